import { Badge, Button, Group, Menu, Modal, Stack, Text } from '@mantine/core';
import { memo, useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { applyPreset, defaultState, matchingPreset, PRESETS } from '../../core/index';
import type { BuilderState, Preset } from '../../core/index';
import { useLanguage, useT } from '../../i18n/language-context';
import { presetMessages } from '../../i18n/messages/presets';
import { CaretDownIcon, CheckIcon } from '../../ui/icons';

// Mantine's light teal text is 4.3:1 on its tint in the light scheme (below WCAG AA): darker there.
const TEAL_TEXT = 'light-dark(#06694b, var(--mantine-color-teal-light-color))';

/**
 * Whether applying a preset would throw away work: the state matches no preset and is not the
 * defaults of its version. Undo brings it back either way; the question avoids the surprise.
 */
export function presetNeedsConfirmation(state: BuilderState): boolean {
  if (matchingPreset(state)) return false;
  return JSON.stringify(state) !== JSON.stringify(defaultState(state.mindspore_version));
}

/**
 * The presets of common jobs. The one the state matches — chosen here or reached by hand — is
 * marked with a check and a "matches" badge, in the menu and beside the button. Applying one is
 * an ordinary edit (undoable); after hand edits it asks first.
 */
export function PresetPicker({
  state,
  onApply,
}: {
  state: BuilderState;
  onApply: (next: BuilderState) => void;
}) {
  // A keystroke renders the badge again only when the matching preset changes, and the menu
  // (~30 components) only while it is open, for its check mark; a choice is applied to the newest
  // state, read when it is made.
  const latest = useRef(state);
  // While the menu is closed (or fading out), the match it shows stays the one of its last opening.
  const [menu, setMenu] = useState<{ open: boolean; matching: Preset | undefined }>({
    open: false,
    matching: undefined,
  });
  const onMenuChange = useCallback(
    (open: boolean) => setMenu({ open, matching: matchingPreset(latest.current) }),
    [],
  );
  useLayoutEffect(() => {
    latest.current = state;
  }, [state]);
  const choose = useCallback(
    (preset: Preset, confirm: (preset: Preset) => void) => {
      if (presetNeedsConfirmation(latest.current)) confirm(preset);
      else onApply(applyPreset(latest.current, preset));
    },
    [onApply],
  );
  const apply = useCallback(
    (preset: Preset) => onApply(applyPreset(latest.current, preset)),
    [onApply],
  );
  const matching = matchingPreset(state);
  return (
    <Group gap="xs" wrap="nowrap" miw={0}>
      <PresetMenu
        opened={menu.open}
        matching={menu.open ? matching : menu.matching}
        onOpenChange={onMenuChange}
        onChoose={choose}
        onConfirm={apply}
      />
      <PresetBadge matching={matching} />
    </Group>
  );
}

const PresetMenu = memo(function PresetMenu({
  opened,
  matching,
  onOpenChange,
  onChoose,
  onConfirm,
}: {
  /** Whether the menu is open (the picker holds it, with the match it shows). */
  opened: boolean;
  /** The preset the state matches (while the menu is closed, the one of its last opening). */
  matching: Preset | undefined;
  onOpenChange: (opened: boolean) => void;
  /** Applies the preset, or asks `confirm` to ask first. */
  onChoose: (preset: Preset, confirm: (preset: Preset) => void) => void;
  onConfirm: (preset: Preset) => void;
}) {
  const t = useT();
  const { language } = useLanguage();
  const [pending, setPending] = useState<Preset | null>(null);
  // The confirmation (Mantine's Modal: a portal, an overlay, transitions) is mounted the first
  // time the menu opens, closed, so that it opens with its transition: not with the page, where
  // its mount re-rendered a dozen components synchronously inside the page's load (a trace).
  const [confirmMounted, setConfirmMounted] = useState(false);
  const [menuMounted, setMenuMounted] = useState(false);
  const target = useRef<HTMLButtonElement>(null);
  const onMenuChange = (open: boolean) => {
    if (open) setConfirmMounted(true);
    onOpenChange(open);
  };
  // The click that mounted the menu opens it, once it is there: from its own target, focused
  // first (the button clicked was replaced), so that closing it gives the focus back there.
  useEffect(() => {
    if (!menuMounted) return;
    target.current?.focus();
    setConfirmMounted(true);
    onOpenChange(true);
  }, [menuMounted, onOpenChange]);

  const choose = (preset: Preset) => onChoose(preset, setPending);
  // However the confirmation closes (Escape, Cancel, the close button, Apply), the focus goes back
  // to the Presets button. Mantine's Modal would return it to what had it when the dialog opened:
  // the menu item chosen, gone with its menu, so the focus fell to the page's body.
  const closeConfirm = () => {
    setPending(null);
    target.current?.focus();
  };
  const confirm = () => {
    if (pending) onConfirm(pending);
    closeConfirm();
  };

  const openFirst = () => setMenuMounted(true);
  const button = (
    <Button
      ref={target}
      size="xs"
      variant="default"
      style={{ flexShrink: 0 }}
      rightSection={<CaretDownIcon />}
      // Until the menu exists, the button says what a click on it opens, and the click mounts it;
      // then Menu.Target gives it both.
      {...(menuMounted
        ? {}
        : { 'aria-haspopup': 'menu' as const, 'aria-expanded': false, onClick: openFirst })}
    >
      {t(presetMessages.button)}
    </Button>
  );
  // The menu (Mantine's Menu: a popover with floating positioning, ~50 ms of main thread on a
  // phone's CPU when it mounts, in a trace of the page's load) is mounted by the click that opens
  // it, open; until then the page holds the button alone.
  if (!menuMounted) return button;

  return (
    <>
      <Menu
        opened={opened}
        onChange={onMenuChange}
        position="bottom-start"
        width={340}
        withinPortal={false}
        withInitialFocusPlaceholder={false}
        shadow="md"
      >
        <Menu.Target>{button}</Menu.Target>
        <Menu.Dropdown data-testid="preset-menu">
          <Menu.Label>{t(presetMessages.menuLabel)}</Menu.Label>
          {PRESETS.map((preset) => {
            const isMatch = matching?.id === preset.id;
            return (
              <Menu.Item
                key={preset.id}
                data-preset={preset.id}
                aria-current={isMatch ? 'true' : undefined}
                onClick={() => choose(preset)}
                leftSection={
                  <Text span w={14} c="teal" aria-hidden="true">
                    {isMatch ? <CheckIcon /> : null}
                  </Text>
                }
              >
                <Group gap={6} wrap="nowrap" justify="space-between">
                  <Text size="sm" fw={isMatch ? 600 : 400}>
                    {preset.name[language]}
                  </Text>
                  {isMatch && (
                    <Badge
                      size="xs"
                      color="teal"
                      c={TEAL_TEXT}
                      variant="light"
                      style={{ flexShrink: 0 }}
                    >
                      {t(presetMessages.matches)}
                    </Badge>
                  )}
                </Group>
                <Text size="xs" c="dimmed">
                  {preset.description[language]}
                </Text>
              </Menu.Item>
            );
          })}
        </Menu.Dropdown>
      </Menu>
      {confirmMounted && (
        <Modal
          opened={pending !== null}
          onClose={closeConfirm}
          returnFocus={false}
          title={t(presetMessages.confirmTitle)}
          closeButtonProps={{ 'aria-label': t(presetMessages.confirmClose) }}
          centered
        >
          <Stack gap="md">
            <Text size="sm">
              {t(presetMessages.confirmBody, { name: pending?.name[language] ?? '' })}
            </Text>
            <Group justify="flex-end" gap="xs">
              <Button variant="default" onClick={closeConfirm}>
                {t(presetMessages.confirmCancel)}
              </Button>
              <Button onClick={confirm} data-autofocus>
                {t(presetMessages.confirmApply)}
              </Button>
            </Group>
          </Stack>
        </Modal>
      )}
    </>
  );
});

const PresetBadge = memo(function PresetBadge({ matching }: { matching: Preset | undefined }) {
  const t = useT();
  const { language } = useLanguage();
  return (
    <Badge
      data-testid="preset-status"
      data-preset={matching?.id ?? ''}
      variant={matching ? 'light' : 'outline'}
      color={matching ? 'teal' : 'gray'}
      {...(matching ? { c: TEAL_TEXT } : {})}
      tt="none"
      style={{ minWidth: 0 }}
      leftSection={matching ? <CheckIcon /> : undefined}
    >
      {matching
        ? t(presetMessages.matchesPreset, { name: matching.name[language] })
        : t(presetMessages.custom)}
    </Badge>
  );
});

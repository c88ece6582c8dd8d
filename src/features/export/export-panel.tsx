import {
  Alert,
  Button,
  Code,
  Group,
  Paper,
  Stack,
  Switch,
  Tabs,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import {
  createContext,
  memo,
  use,
  useCallback,
  useDeferredValue,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import type { CSSProperties } from 'react';
// The writer itself, not the core's index: the index would pull every reader and writer into
// the first load, this module's chunk is loaded lazily.
import { exportText } from '../../core/formats/export-text';
import { validate } from '../../core/mindspore/validate';
import type { BuilderState, Diagnostic, ExportFormat } from '../../core/index';
import { useT } from '../../i18n/language-context';
import { exportMessages } from '../../i18n/messages/export';
import { copyText, downloadText, EXPORT_FILE_NAMES } from './export-actions';
import { tokenize } from './highlight';
import type { Token, TokenKind } from './highlight';
import { CheckIcon } from '../../ui/icons';
import regionClasses from '../../ui/region.module.css';
import { checkText } from '../../ui/check-text';

const FORMATS: { value: ExportFormat; label: string }[] = [
  { value: 'python', label: 'Python' },
  { value: 'typescript', label: 'TypeScript' },
  { value: 'json', label: 'JSON' },
  { value: 'yaml', label: 'YAML' },
];

// Colours with at least 4.5:1 contrast on Mantine's code background in either scheme
// (light-dark() follows the color-scheme Mantine sets on the page).
const TOKEN_STYLES: Record<TokenKind, CSSProperties> = {
  comment: { color: 'light-dark(#5c5f66, #b0b6bd)', fontStyle: 'italic' },
  string: { color: 'light-dark(#1b6e2c, #8ce99a)' },
  number: { color: 'light-dark(#1864ab, #74c0fc)' },
  keyword: { color: 'light-dark(#862e9c, #e599f7)' },
  key: { color: 'light-dark(#a61e4d, #faa2c1)' },
};

type CopyStatus = 'idle' | 'copied' | 'failed';

/**
 * The export region: one tab per format, the text highlighted, copy and download. It follows the
 * state one render late (useDeferredValue), like the warnings: a keystroke's own render, which
 * the typist waits for, skips it; the deferred render that follows shows the new text (copy and
 * download always act on the text shown).
 */
export function ExportPanel({ state }: { state: BuilderState }) {
  return <ExportPanelView state={useDeferredValue(state)} />;
}

interface ShownText {
  tokens: readonly Token[];
  format: ExportFormat;
  /** What MindSpore raises building the exported objects, if anything: the code would fail. */
  raises: Diagnostic | null;
}

// The shown text reaches the code block through a context: an edit renders the block alone, not
// the ~55 components around it (title, tabs, switch, buttons), whose props stay the same.
const ShownTextContext = createContext<ShownText>({ tokens: [], format: 'python', raises: null });

const ExportPanelView = memo(function ExportPanelView({ state }: { state: BuilderState }) {
  const [format, setFormat] = useState<ExportFormat>('python');
  const [onlyNonDefault, setOnlyNonDefault] = useState(true);
  // The feedback belongs to the text it copied: another tab or an edit shows the plain button.
  const [copied, setCopied] = useState<{ status: CopyStatus; text: string }>({
    status: 'idle',
    text: '',
  });
  // Only the active tab's text is computed.
  const text = useMemo(
    () => exportText(state, format, { onlyNonDefault }),
    [state, format, onlyNonDefault],
  );
  // The first exception the exported code meets: CheckpointConfig's, else ModelCheckpoint's. For
  // the deferred state shown here, not the page's newer one (its diagnostics may be a keystroke
  // ahead of this text).
  const raises = useMemo(() => validate(state)[0] ?? null, [state]);
  const shown = useMemo<ShownText>(
    () => ({ tokens: tokenize(text, format), format, raises }),
    [text, format, raises],
  );
  // What copy and download act on, read when clicked: the buttons need not render with each text.
  const shownText = useRef(text);
  useLayoutEffect(() => {
    shownText.current = text;
  }, [text]);
  const onCopy = useCallback(() => {
    const current = shownText.current;
    void copyText(current).then((ok) =>
      setCopied({ status: ok ? 'copied' : 'failed', text: current }),
    );
  }, []);
  const onDownload = useCallback((of: ExportFormat) => downloadText(shownText.current, of), []);

  const copyStatus = copied.text === text ? copied.status : 'idle';
  useEffect(() => {
    if (copied.status === 'idle') return undefined;
    const timer = setTimeout(() => setCopied({ status: 'idle', text: '' }), 2000);
    return () => clearTimeout(timer);
  }, [copied]);

  return (
    <ShownTextContext value={shown}>
      <ExportChrome
        format={format}
        onFormat={setFormat}
        onlyNonDefault={onlyNonDefault}
        onOnlyNonDefault={setOnlyNonDefault}
        copyStatus={copyStatus}
        onCopy={onCopy}
        onDownload={onDownload}
      />
    </ShownTextContext>
  );
});

/** Everything in the region but the text: rendered again only when the tab, switch or copy state change. */
const ExportChrome = memo(function ExportChrome({
  format,
  onFormat,
  onlyNonDefault,
  onOnlyNonDefault,
  copyStatus,
  onCopy,
  onDownload,
}: {
  format: ExportFormat;
  onFormat: (format: ExportFormat) => void;
  onlyNonDefault: boolean;
  onOnlyNonDefault: (on: boolean) => void;
  copyStatus: CopyStatus;
  onCopy: () => void;
  onDownload: (format: ExportFormat) => void;
}) {
  const t = useT();
  return (
    <Paper
      withBorder
      p="md"
      component="section"
      className={regionClasses.region}
      aria-labelledby="export-title"
      data-region="export"
    >
      <Stack gap="sm">
        <div>
          <Title order={2} size="h4" id="export-title">
            {t(exportMessages.title)}
          </Title>
          <Text size="sm" c="dimmed">
            {t(exportMessages.description)}
          </Text>
        </div>
        <Tabs value={format} onChange={(value) => value && onFormat(value as ExportFormat)}>
          <Tabs.List aria-label={t(exportMessages.formats)}>
            {FORMATS.map((item) => (
              <Tabs.Tab key={item.value} value={item.value}>
                {item.label}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          {FORMATS.map((item) => (
            <Tabs.Panel key={item.value} value={item.value} pt="sm">
              {item.value === format ? (
                <Stack gap="sm">
                  <Switch
                    checked={format === 'json' ? false : onlyNonDefault}
                    disabled={format === 'json'}
                    onChange={(event) => onOnlyNonDefault(event.currentTarget.checked)}
                    label={t(exportMessages.onlyNonDefault)}
                    description={t(
                      format === 'json'
                        ? exportMessages.jsonWhole
                        : exportMessages.onlyNonDefaultHelp,
                    )}
                    data-testid="only-non-default"
                  />
                  <Group gap="xs">
                    <Button
                      size="xs"
                      variant={copyStatus === 'copied' ? 'light' : 'filled'}
                      color={copyStatus === 'failed' ? 'red.9' : 'blue.8'}
                      onClick={onCopy}
                      data-testid="export-copy"
                      leftSection={copyStatus === 'copied' ? <CheckIcon /> : undefined}
                    >
                      {copyStatus === 'copied' ? t(exportMessages.copied) : t(exportMessages.copy)}
                    </Button>
                    <Button
                      size="xs"
                      variant="default"
                      onClick={() => onDownload(format)}
                      data-testid="export-download"
                    >
                      {t(exportMessages.download, { file: EXPORT_FILE_NAMES[format] })}
                    </Button>
                    <Text size="sm" role="status" aria-live="polite" c="red.9">
                      {copyStatus === 'failed' ? t(exportMessages.copyFailed) : null}
                      {copyStatus === 'copied' ? (
                        <VisuallyHidden>{t(exportMessages.copied)}</VisuallyHidden>
                      ) : null}
                    </Text>
                  </Group>
                  <ExportCode label={item.label} />
                </Stack>
              ) : null}
            </Tabs.Panel>
          ))}
        </Tabs>
      </Stack>
    </Paper>
  );
});

/** The shown text, highlighted: the one part of the region an edit renders again. */
function ExportCode({ label }: { label: string }) {
  const t = useT();
  const { tokens, format, raises } = use(ShownTextContext);
  return (
    <>
      {raises ? (
        // Not a live region: the effective policy and the field already say it as it happens.
        <Alert
          color="red"
          title={t(
            raises.kind === 'Unsupported'
              ? exportMessages.unchecked
              : format === 'json'
                ? exportMessages.raisesState
                : exportMessages.raises,
          )}
          data-testid="export-raises"
        >
          <Text ff="monospace" size="sm">
            {raises.kind}: {checkText(raises, t)}
          </Text>
        </Alert>
      ) : null}
      <Code
        block
        tabIndex={0}
        // A region, so that its name is announced (a <pre> has no role to carry it).
        role="region"
        aria-label={t(exportMessages.codeLabel, { format: label })}
        // Wrapped rather than scrolled sideways: the column is narrow; copy and download keep lines.
        style={CODE_STYLE}
      >
        <code data-testid="export-code" data-format={format}>
          {tokens.map((token, index) =>
            token.kind ? (
              <span key={index} style={TOKEN_STYLES[token.kind]}>
                {token.text}
              </span>
            ) : (
              token.text
            ),
          )}
        </code>
      </Code>
    </>
  );
}

const CODE_STYLE: CSSProperties = {
  maxHeight: '32rem',
  overflow: 'auto',
  whiteSpace: 'pre-wrap',
  overflowWrap: 'anywhere',
};

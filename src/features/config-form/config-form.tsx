import { Alert, Button, Checkbox, Code, Fieldset, Group, Stack, Text } from '@mantine/core';
import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { FieldError } from 'react-hook-form';
import { useController, useForm } from 'react-hook-form';
import {
  argumentsFor,
  changeVersion,
  DEFAULT_CALLBACK,
  isMindSporeVersion,
  MINDSPORE_VERSIONS,
  samePyValue,
} from '../../core/index';
import type {
  ArgumentSection,
  ArgumentSpec,
  BuilderState,
  EncKeyRef,
  PyValue,
} from '../../core/index';
import { useLanguage, useT } from '../../i18n/language-context';
import { joinSentences, type Message } from '../../i18n/languages';
import { formMessages } from '../../i18n/messages/form';
import type { FieldNotes } from '../../ui/field-note';
import { errorNode } from '../../ui/field-parts';
import { pyRepr } from '../../ui/py-repr';
import { SelectField } from '../../ui/select-field';
import { TextField } from '../../ui/text-field';
import { ArgumentControl } from './argument-control';
import { ArgumentLabel } from './argument-label';
import { explanationFor } from './explain-error';
import { checkForm, lazyFormResolver } from './form-checks';
import type { FormValues } from './form-resolver';
import regionClasses from '../../ui/region.module.css';

const SECTIONS: readonly { section: ArgumentSection; title: Message }[] = [
  { section: 'when', title: formMessages.sectionWhen },
  { section: 'keep', title: formMessages.sectionKeep },
  { section: 'how', title: formMessages.sectionHow },
  { section: 'encryption', title: formMessages.sectionEncryption },
  { section: 'extra', title: formMessages.sectionExtra },
];

export interface ConfigFormProps {
  state: BuilderState;
  /** Remarks at fields, by argument name, `prefix` or `directory`. */
  fieldNotes: FieldNotes;
  /**
   * An edit: the whole next state, or how to make it from the newest one, and the field edited
   * (consecutive edits coalesce).
   */
  onCommit: (
    next: BuilderState | ((current: BuilderState) => BuilderState),
    coalesceKey: string,
  ) => void;
  /**
   * The state the form opens with is known to pass the form's check (the build checked the
   * prerendered page's state, ADR 9): the check it would run as it mounts is skipped. That check
   * is the first zod parse of the page, ~0.1 s of main thread on Lighthouse's slowed phone CPU,
   * in the middle of hydration.
   */
  openedValid?: boolean | undefined;
}

/**
 * CheckpointConfig's arguments of the selected version, generated from the version table, and
 * ModelCheckpoint's prefix and directory. The page's state is the source of truth: the form shows
 * it (and any outside change to it), and every edit is committed back as a whole new state.
 */
export function ConfigForm({ state, fieldNotes, onCommit, openedValid }: ConfigFormProps) {
  return (
    <ConfigFormBody
      state={state}
      fieldNotes={useSameNotes(fieldNotes)}
      onCommit={onCommit}
      openedValid={openedValid}
    />
  );
}

/**
 * The notes as the same object as last time while their content is the same: the warnings (and
 * with them the notes) are recomputed after every edit, and a new object would render the whole
 * form again for nothing.
 */
function useSameNotes(fieldNotes: FieldNotes): FieldNotes {
  const [last] = useState<{ key: string | null; notes: FieldNotes }>(() => ({
    key: null,
    notes: fieldNotes,
  }));
  const key = JSON.stringify(fieldNotes);
  if (key !== last.key) {
    last.key = key;
    last.notes = fieldNotes;
  }
  return last.notes;
}

const ConfigFormBody = memo(function ConfigFormBody({
  state,
  fieldNotes,
  onCommit,
  openedValid = false,
}: ConfigFormProps) {
  const t = useT();
  const { language } = useLanguage();
  const resolver = useMemo(
    () => lazyFormResolver({ encNameRequired: t(formMessages.encNameRequired), language }),
    [t, language],
  );
  const values = state as unknown as FormValues;
  const form = useForm<FormValues>({
    defaultValues: values,
    resolver,
    shouldFocusError: false,
  });
  const { control, trigger, getValues, reset } = form;
  // Every reset and every full validation re-renders each of the form's ~40 controls: a keystroke
  // needs neither unless it changed something they show.
  const lastErrors = useRef<string | null>(null);
  const skipFirstCheck = useRef(openedValid);
  useEffect(() => {
    if (skipFirstCheck.current) {
      // Known to pass: no errors is what the check would have found.
      skipFirstCheck.current = false;
      lastErrors.current = JSON.stringify({});
      return;
    }
    // An outside change (undo, an import, a preset, a fix) is written into the form; an edit made
    // in the form is there already.
    if (JSON.stringify(getValues()) !== JSON.stringify(values)) {
      reset(values, { keepErrors: true });
    }
    // Check the state again (MindSpore's order included), and show the result if it differs. In
    // a task of its own: after a keystroke, this effect runs before the frame is painted, and the
    // check (a zod parse of the whole form, ~1 ms) need not hold that frame back.
    let live = true;
    const timer = setTimeout(() => {
      void checkForm(resolver, values).then((found) => {
        // The errors as data (their `ref`s are DOM elements).
        const errors = JSON.stringify(found, (key, value: unknown) =>
          key === 'ref' ? undefined : value,
        );
        if (!live || errors === lastErrors.current) return;
        lastErrors.current = errors;
        void trigger();
      }, ignoreUntilNextCheck);
    }, 0);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [values, resolver, trigger, getValues, reset]);

  const version = state.mindspore_version;
  const argumentsOfVersion = useMemo(() => argumentsFor(version), [version]);
  const unknownKeywords = useMemo(() => {
    const read = new Set(argumentsOfVersion.map((argument) => argument.name));
    return Object.keys(state.config).filter((name) => !read.has(name));
  }, [argumentsOfVersion, state.config]);

  // Edits apply to the newest state, so these callbacks stay the same function from render to
  // render and a control whose value did not change need not render again.
  const setConfig = useCallback(
    (name: string, value: PyValue | EncKeyRef) =>
      onCommit((current) => ({ ...current, config: { ...current.config, [name]: value } }), name),
    [onCommit],
  );
  const setCallback = useCallback(
    (name: 'prefix' | 'directory', value: PyValue) =>
      onCommit(
        (current) => ({ ...current, callback: { ...current.callback, [name]: value } }),
        name,
      ),
    [onCommit],
  );
  const notesOf = useStableNotes(fieldNotes);
  const removeKeyword = (name: string) => {
    const config = { ...state.config };
    delete config[name];
    onCommit({ ...state, config }, name);
  };
  const explainError = useCallback(
    (error: FieldError) => {
      const message = explanationFor(error);
      return message ? t(message) : null;
    },
    [t],
  );
  const rootError = form.formState.errors.root;

  return (
    <form
      onSubmit={(event) => event.preventDefault()}
      noValidate
      aria-label={t(formMessages.formTitle)}
    >
      <Stack gap="md">
        <VersionField control={control} onCommit={onCommit} />
        {rootError?.message ? (
          <Alert color="red" title={t(formMessages.formErrors)} data-testid="form-error">
            {errorNode(rootError as FieldError, explainError)}
          </Alert>
        ) : null}
        {SECTIONS.map(({ section, title }) => (
          <ArgumentSectionFieldset
            key={section}
            section={section}
            legend={t(title)}
            version={version}
            specs={argumentsOfVersion}
            config={state.config}
            control={control}
            notesOf={notesOf}
            onValue={setConfig}
          />
        ))}
        <CallbackFieldset
          control={control}
          prefix={state.callback.prefix}
          directory={state.callback.directory}
          prefixNotes={notesOf('prefix')}
          directoryNotes={notesOf('directory')}
          explainError={explainError}
          setCallback={setCallback}
        />
        {unknownKeywords.length > 0 ? (
          <Fieldset legend={t(formMessages.sectionUnknown)} data-testid="unknown-keywords">
            <Text size="sm" c="dimmed" mb="xs">
              {t(formMessages.unknownDescription, { version })}
            </Text>
            <Stack gap="xs">
              {unknownKeywords.map((name) => (
                <Group key={name} gap="xs" justify="space-between" wrap="nowrap">
                  <Code>
                    {name}={pyRepr(state.config[name])}
                  </Code>
                  <Button
                    size="compact-xs"
                    variant="light"
                    color="red"
                    aria-label={t(formMessages.remove, { name })}
                    onClick={() => removeKeyword(name)}
                  >
                    ×
                  </Button>
                </Group>
              ))}
            </Stack>
          </Fieldset>
        ) : null}
      </Stack>
    </form>
  );
});

/** ModelCheckpoint's prefix and directory: rendered again only when one of them changes. */
const CallbackFieldset = memo(function CallbackFieldset({
  control,
  prefix,
  directory,
  prefixNotes,
  directoryNotes,
  explainError,
  setCallback,
}: {
  control: ReturnType<typeof useForm<FormValues>>['control'];
  prefix: PyValue;
  directory: PyValue;
  prefixNotes: FieldNotes[string] | undefined;
  directoryNotes: FieldNotes[string] | undefined;
  explainError: (error: FieldError) => React.ReactNode;
  setCallback: (name: 'prefix' | 'directory', value: PyValue) => void;
}) {
  const t = useT();
  const { language } = useLanguage();
  return (
    <Fieldset
      legend={t(formMessages.sectionCallback)}
      data-section="callback"
      className={regionClasses.region}
    >
      <Stack gap="sm">
        <TextField
          control={control}
          name="callback.prefix"
          label={
            <ArgumentLabel name="prefix" changed={!samePyValue(prefix, DEFAULT_CALLBACK.prefix)} />
          }
          description={joinSentences(
            language,
            t(formMessages.prefixDescription),
            t(formMessages.defaultIs, { value: pyRepr(DEFAULT_CALLBACK.prefix) }),
          )}
          notes={prefixNotes}
          explainError={explainError}
          foreign={
            typeof prefix === 'string'
              ? null
              : {
                  text: t(formMessages.pythonValue, { value: pyRepr(prefix) }),
                  clearLabel: t(formMessages.clearValue),
                  onClear: () => setCallback('prefix', DEFAULT_CALLBACK.prefix),
                }
          }
          toText={(value) => (typeof value === 'string' ? value : '')}
          fromText={(text) => text}
          onValueChange={(value) => setCallback('prefix', value as PyValue)}
          data-testid="field-prefix"
        />
        <DirectoryControl
          control={control}
          notes={directoryNotes}
          explainError={explainError}
          directory={directory}
          onValue={(value) => setCallback('directory', value)}
        />
      </Stack>
    </Fieldset>
  );
});

/** The MindSpore version; a change of version is applied to the newest state. */
const VersionField = memo(function VersionField({
  control,
  onCommit,
}: {
  control: ReturnType<typeof useForm<FormValues>>['control'];
  onCommit: ConfigFormProps['onCommit'];
}) {
  const t = useT();
  return (
    <SelectField
      control={control}
      name="mindspore_version"
      label={t(formMessages.versionLabel)}
      description={t(formMessages.versionDescription)}
      options={VERSION_OPTIONS}
      toKey={versionKey}
      fromKey={versionFromKey}
      onValueChange={(next) => {
        if (isMindSporeVersion(next)) {
          onCommit((current) => changeVersion(current, next), 'mindspore_version');
        }
      }}
      data-testid="version-select"
    />
  );
});

const VERSION_OPTIONS = MINDSPORE_VERSIONS.map((item) => ({
  key: item,
  label: `MindSpore ${item}`,
}));
const versionKey = (value: unknown) => (typeof value === 'string' ? value : null);
const versionFromKey = (key: string) => (isMindSporeVersion(key) ? key : undefined);

interface ArgumentSectionProps {
  section: ArgumentSection;
  legend: string;
  version: string;
  /** All arguments of the version; the section shows its own. */
  specs: readonly ArgumentSpec[];
  config: BuilderState['config'];
  control: ReturnType<typeof useForm<FormValues>>['control'];
  notesOf: (name: string) => FieldNotes[string] | undefined;
  onValue: (name: string, value: PyValue | EncKeyRef) => void;
}

/**
 * One section of CheckpointConfig's arguments. Rendered again only when one of its own values
 * changed (an edit replaces only the edited value in the config), or their notes or its legend.
 */
const ArgumentSectionFieldset = memo(
  function ArgumentSectionFieldset({
    section,
    legend,
    version,
    specs,
    config,
    control,
    notesOf,
    onValue,
  }: ArgumentSectionProps) {
    const own = specs.filter((argument) => argument.section === section);
    if (own.length === 0) return null;
    return (
      <Fieldset legend={legend} data-section={section} className={regionClasses.region}>
        <Stack gap="sm">
          {own.map((spec) => (
            <ArgumentControl
              key={`${version}-${spec.name}`}
              spec={spec}
              value={config[spec.name]}
              control={control}
              notes={notesOf(spec.name)}
              onValue={onValue}
            />
          ))}
        </Stack>
      </Fieldset>
    );
  },
  (before, after) =>
    before.section === after.section &&
    before.legend === after.legend &&
    before.version === after.version &&
    before.specs === after.specs &&
    before.control === after.control &&
    before.onValue === after.onValue &&
    // notesOf gives the same array while a field's notes stay the same.
    after.specs.every(
      (spec) =>
        spec.section !== after.section ||
        (before.config[spec.name] === after.config[spec.name] &&
          before.notesOf(spec.name) === after.notesOf(spec.name)),
    ),
);

/**
 * The notes of a field, the same array as last time when their content is the same: the
 * warnings are recomputed on every edit, and a new array would render the field again.
 */
function useStableNotes(fieldNotes: FieldNotes): (name: string) => FieldNotes[string] | undefined {
  const [cache] = useState(() => new Map<string, { key: string; notes: FieldNotes[string] }>());
  return useCallback(
    (name: string) => {
      const notes = fieldNotes[name];
      if (notes === undefined) return undefined;
      const key = JSON.stringify(notes);
      const cached = cache.get(name);
      if (cached?.key === key) return cached.notes;
      cache.set(name, { key, notes });
      return notes;
    },
    [fieldNotes, cache],
  );
}

/** directory: None (the working directory) or a path. */
function DirectoryControl({
  control,
  notes,
  explainError,
  directory,
  onValue,
}: {
  control: ReturnType<typeof useForm<FormValues>>['control'];
  notes: FieldNotes[string] | undefined;
  explainError: (error: FieldError) => React.ReactNode;
  directory: PyValue;
  onValue: (value: PyValue) => void;
}) {
  const t = useT();
  const { language } = useLanguage();
  const { field } = useController({ control, name: 'callback.directory' });
  const [lastPath, setLastPath] = useState(
    typeof directory === 'string' ? directory : './checkpoints',
  );
  const isNone = directory === null;
  return (
    <Stack gap={6}>
      <TextField
        control={control}
        name="callback.directory"
        label={
          <ArgumentLabel
            name="directory"
            changed={!samePyValue(directory, DEFAULT_CALLBACK.directory)}
          />
        }
        description={joinSentences(
          language,
          t(formMessages.directoryDescription),
          t(formMessages.defaultIs, { value: 'None' }),
        )}
        notes={notes}
        explainError={explainError}
        disabled={isNone}
        foreign={
          directory === null || typeof directory === 'string'
            ? null
            : {
                text: t(formMessages.pythonValue, { value: pyRepr(directory) }),
                clearLabel: t(formMessages.clearValue),
                onClear: () => onValue(null),
              }
        }
        toText={(value) => (typeof value === 'string' ? value : '')}
        fromText={(text) => text}
        onValueChange={(value) => {
          if (typeof value === 'string') setLastPath(value);
          onValue(value as PyValue);
        }}
        placeholder="None"
        data-testid="field-directory"
      />
      <Checkbox
        label={t(formMessages.directoryNone)}
        checked={isNone}
        onChange={(event) => {
          const next = event.currentTarget.checked ? null : lastPath;
          field.onChange(next);
          onValue(next);
        }}
        data-testid="directory-none"
      />
    </Stack>
  );
}

/** A check whose code could not be loaded (offline after a new deploy) is tried again at the next. */
function ignoreUntilNextCheck() {}

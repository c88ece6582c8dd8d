import { memo, useState } from 'react';
import type { Control, FieldError } from 'react-hook-form';
import type { ArgumentSpec, EncKeyRef, PyValue } from '../../core/index';
import { samePyValue } from '../../core/index';
import { useLanguage, useT } from '../../i18n/language-context';
import { joinSentences } from '../../i18n/languages';
import { formMessages } from '../../i18n/messages/form';
import type { FieldNote } from '../../ui/field-note';
import { NumberField } from '../../ui/number-field';
import type { NumberEdit } from '../../ui/number-field';
import { pyRepr } from '../../ui/py-repr';
import { SelectField } from '../../ui/select-field';
import { TextField } from '../../ui/text-field';
import { AppendInfoControl } from './append-info-control';
import { ArgumentLabel } from './argument-label';
import { EncKeyControl } from './enc-key-control';
import { explanationFor } from './explain-error';
import type { FormValues } from './form-resolver';

/** The values a free-text str argument is known to work with; others fail at the first save. */
const KNOWN_STRINGS: Readonly<Record<string, readonly string[]>> = {
  enc_mode: ['AES-GCM', 'AES-CBC', 'SM4-CBC'],
  format: ['ckpt', 'safetensors'],
};

const OTHER_KEY = '__other__';

export interface ArgumentControlProps {
  spec: ArgumentSpec;
  value: PyValue | EncKeyRef | undefined;
  control: Control<FormValues>;
  notes: readonly FieldNote[] | undefined;
  onValue: (name: string, value: PyValue | EncKeyRef) => void;
}

function isPlainInt(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value);
}

/** An int beyond 2^53, kept exact as its decimal text (MindSpore may overflow on it). */
function isBigInt(value: unknown): value is { $py: 'int'; value: string } {
  return (
    typeof value === 'object' &&
    value !== null &&
    '$py' in value &&
    value.$py === 'int' &&
    'value' in value &&
    typeof value.value === 'string'
  );
}

/** One CheckpointConfig argument's control, chosen by how MindSpore checks it (`spec.kind`). */
/** Memoised: on a keystroke, only the edited field (and those whose notes changed) render again. */
export const ArgumentControl = memo(function ArgumentControl({
  spec,
  value,
  control,
  notes,
  onValue,
}: ArgumentControlProps) {
  const t = useT();
  const { language } = useLanguage();
  const name = `config.${spec.name}` as const;
  const commit = (next: unknown) => onValue(spec.name, next as PyValue | EncKeyRef);
  const label = <ArgumentLabel name={spec.name} changed={!samePyValue(value, spec.default)} />;
  const defaultText = t(formMessages.defaultIs, { value: pyRepr(spec.default) });
  const description = joinSentences(language, spec.description[language], defaultText);
  const explainError = (error: FieldError) => {
    const message = explanationFor(error);
    return message ? t(message) : null;
  };
  const foreignFor = (isShown: (v: unknown) => boolean) =>
    value === undefined || isShown(value)
      ? null
      : {
          text: t(formMessages.pythonValue, { value: pyRepr(value) }),
          clearLabel: t(formMessages.clearValue),
          onClear: () => commit(spec.default),
        };
  const common = { control, name, label, notes, explainError, 'data-testid': `field-${spec.name}` };

  switch (spec.kind) {
    case 'policy-int':
      return (
        <NumberField
          {...common}
          description={joinSentences(language, description, t(formMessages.emptyIsNone))}
          foreign={foreignFor((v) => v === null || isPlainInt(v) || isBigInt(v))}
          toInput={(v) => (isPlainInt(v) ? v : isBigInt(v) ? v.value : '')}
          fromInput={(edit: NumberEdit) =>
            edit.kind === 'empty'
              ? null
              : edit.kind === 'int'
                ? edit.value
                : { $py: 'int', value: edit.text }
          }
          placeholder="None"
          onValueChange={commit}
        />
      );
    case 'strict-bool':
    case 'isinstance-bool':
    case 'kwarg':
      return (
        <SelectField
          {...common}
          description={description}
          foreign={foreignFor((v) => typeof v === 'boolean')}
          options={[
            { key: 'True', label: 'True' },
            { key: 'False', label: 'False' },
          ]}
          toKey={(v) => (v === true ? 'True' : v === false ? 'False' : null)}
          fromKey={(key) => key === 'True'}
          onValueChange={commit}
        />
      );
    case 'async': {
      const options: { key: string; label: string; value: PyValue }[] = [
        { key: 'False', label: 'False', value: false },
        { key: 'True', label: 'True', value: true },
        { key: "'thread'", label: "'thread'", value: 'thread' },
        { key: "'process'", label: "'process'", value: 'process' },
      ];
      return (
        <SelectField
          {...common}
          description={description}
          foreign={foreignFor((v) => options.some((option) => option.value === v))}
          options={options}
          toKey={(v) => options.find((option) => option.value === v)?.key ?? null}
          fromKey={(key) => options.find((option) => option.key === key)?.value}
          onValueChange={commit}
        />
      );
    }
    case 'cell':
      return (
        <TextField
          {...common}
          description={joinSentences(language, description, t(formMessages.emptyIsNone))}
          foreign={foreignFor((v) => v === null || typeof v === 'string')}
          toText={(v) => (typeof v === 'string' ? v : '')}
          fromText={(text) => (text === '' ? null : text)}
          placeholder={t(formMessages.cellPlaceholder)}
          onValueChange={commit}
        />
      );
    case 'isinstance-str':
      return (
        <StringChoice
          spec={spec}
          value={value}
          common={common}
          description={description}
          foreign={foreignFor((v) => typeof v === 'string')}
          commit={commit}
        />
      );
    case 'enc-key':
      return (
        <EncKeyControl
          control={control}
          name={name}
          label={label}
          description={description}
          notes={notes}
          explainError={explainError}
          onValueChange={commit}
          onReset={() => commit(spec.default)}
        />
      );
    case 'append-info':
      return (
        <AppendInfoControl
          control={control}
          name={name}
          label={label}
          description={description}
          notes={notes}
          explainError={explainError}
          onValueChange={commit}
          onReset={() => commit(spec.default)}
        />
      );
  }
});

type CommonProps = {
  control: Control<FormValues>;
  name: `config.${string}`;
  label: React.ReactNode;
  notes: readonly FieldNote[] | undefined;
  explainError: (error: FieldError) => React.ReactNode;
  'data-testid': string;
};

/** A str argument: its known values, or "other…" with free text (unknown values fail at save). */
function StringChoice({
  spec,
  value,
  common,
  description,
  foreign,
  commit,
}: {
  spec: ArgumentSpec;
  value: PyValue | EncKeyRef | undefined;
  common: CommonProps;
  description: string;
  foreign: React.ComponentProps<typeof SelectField>['foreign'];
  commit: (next: unknown) => void;
}) {
  const t = useT();
  const known = KNOWN_STRINGS[spec.name] ?? [];
  const [otherChosen, setOtherChosen] = useState(false);
  const isOther = typeof value === 'string' && !known.includes(value);
  const showOther = otherChosen || isOther || known.length === 0;
  return (
    <>
      {known.length > 0 ? (
        <SelectField
          {...common}
          description={description}
          foreign={foreign}
          options={[
            ...known.map((text) => ({ key: text, label: `'${text}'` })),
            { key: OTHER_KEY, label: t(formMessages.otherValue) },
          ]}
          shownKey={showOther ? OTHER_KEY : undefined}
          toKey={(v) => (typeof v === 'string' && known.includes(v) ? v : null)}
          fromKey={(key) => (key === OTHER_KEY ? undefined : key)}
          onOtherKey={() => setOtherChosen(true)}
          onValueChange={(next) => {
            setOtherChosen(false);
            commit(next);
          }}
        />
      ) : null}
      {showOther ? (
        <TextField
          {...common}
          label={
            known.length > 0 ? t(formMessages.otherValueLabel, { name: spec.name }) : common.label
          }
          description={known.length > 0 ? undefined : description}
          foreign={known.length > 0 ? null : foreign}
          toText={(v) => (typeof v === 'string' ? v : '')}
          fromText={(text) => text}
          hideError={known.length > 0}
          onValueChange={commit}
          data-testid={`field-${spec.name}-other`}
        />
      ) : null}
    </>
  );
}

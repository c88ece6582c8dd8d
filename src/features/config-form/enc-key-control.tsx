import { Group, NativeSelect, NumberInput, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { ReactNode } from 'react';
import type { Control, FieldError } from 'react-hook-form';
import { useController } from 'react-hook-form';
import { DEFAULT_ENC_KEY_REF, ENC_KEY_TYPES, isEncKeyRef } from '../../core/index';
import type { EncKeyRef } from '../../core/index';
import { useLanguage, useT } from '../../i18n/language-context';
import { joinSentences } from '../../i18n/languages';
import { formMessages } from '../../i18n/messages/form';
import type { FieldNote } from '../../ui/field-note';
import { describe, errorNode, ForeignBadge } from '../../ui/field-parts';
import type { FormValues } from './form-resolver';

const STANDARD_LENGTHS = ['16', '24', '32'];
const OTHER = 'other';

/**
 * What a key file's path starts as: a path, plainly a placeholder to replace (the environment
 * variable's name, which it was, read as a file name relative to the script's directory).
 */
export const DEFAULT_ENC_KEY_FILE = '/path/to/ckpt_enc.key';

type KeySource = EncKeyRef['source'];
const DEFAULT_NAME: Record<KeySource, string> = {
  env: DEFAULT_ENC_KEY_REF.name,
  file: DEFAULT_ENC_KEY_FILE,
};

export interface EncKeyControlProps {
  control: Control<FormValues>;
  name: `config.${string}`;
  label: ReactNode;
  description: string;
  notes: readonly FieldNote[] | undefined;
  explainError: (error: FieldError) => ReactNode;
  onValueChange: (value: EncKeyRef | null) => void;
  onReset: () => void;
}

/**
 * enc_key as where the script reads it at run time (off, an environment variable, a file), its
 * length in bytes and the Python type passed. There is no input for the key itself (ADR 3).
 */
export function EncKeyControl(props: EncKeyControlProps) {
  const t = useT();
  const { language } = useLanguage();
  const { field, fieldState } = useController({ control: props.control, name: props.name });
  const value: unknown = field.value;
  const ref = isEncKeyRef(value) ? value : null;
  const isForeign = value !== null && value !== undefined && ref === null;
  const [otherLength, setOtherLength] = useState(false);
  // The name last given for each source: switching from a file back to a variable (or the other
  // way) brings back what was typed there, else the source's default.
  const [names, setNames] = useState<Partial<Record<KeySource, string>>>({});
  const remember = () => {
    if (ref) setNames((before) => ({ ...before, [ref.source]: ref.name }));
  };
  const set = (next: EncKeyRef | null) => {
    field.onChange(next);
    props.onValueChange(next);
  };
  const error = fieldState.error;
  // The builder's own rule (a name is needed) belongs at the name; MindSpore's error at enc_key.
  const nameError = error?.type === 'custom' ? error : undefined;
  const mindsporeError = nameError ? undefined : error;
  const lengthKey = ref
    ? otherLength || !STANDARD_LENGTHS.includes(String(ref.length))
      ? OTHER
      : String(ref.length)
    : null;

  return (
    <Stack gap="xs">
      <NativeSelect
        ref={field.ref}
        label={props.label}
        description={describe(
          joinSentences(language, props.description, t(formMessages.encNoMaterial)),
          props.notes,
        )}
        error={errorNode(mindsporeError, props.explainError)}
        data={[
          // A value that is no key reference (foreign, from an import) shows as an empty choice.
          ...(value !== null && !ref ? [{ value: '', label: '', disabled: true }] : []),
          { value: 'none', label: t(formMessages.encSourceOff) },
          { value: 'env', label: t(formMessages.encSourceEnv) },
          { value: 'file', label: t(formMessages.encSourceFile) },
        ]}
        value={value === null ? 'none' : ref ? ref.source : ''}
        data-testid="enc-key-source"
        onChange={(event) => {
          const source = event.currentTarget.value;
          remember();
          if (source === 'none') set(null);
          else if (source === 'env' || source === 'file') {
            const name =
              ref?.source === source ? ref.name : (names[source] ?? DEFAULT_NAME[source]);
            set({ ...(ref ?? DEFAULT_ENC_KEY_REF), source, name });
          }
        }}
      />
      {isForeign ? (
        <ForeignBadge
          foreign={{
            text: t(formMessages.encForeign),
            clearLabel: t(formMessages.clearValue),
            onClear: props.onReset,
          }}
        />
      ) : null}
      {ref ? (
        <Group grow align="flex-start" wrap="wrap" gap="sm">
          <TextInput
            label={t(ref.source === 'env' ? formMessages.encEnvName : formMessages.encFileName)}
            value={ref.name}
            error={errorNode(nameError)}
            onChange={(event) => set({ ...ref, name: event.currentTarget.value })}
            miw={180}
          />
          <NativeSelect
            label={t(formMessages.encLength)}
            data={[...STANDARD_LENGTHS, OTHER].map((key) => ({
              value: key,
              label: key === OTHER ? t(formMessages.otherValue) : key,
            }))}
            value={lengthKey ?? OTHER}
            data-testid="enc-key-length"
            onChange={(event) => {
              const key = event.currentTarget.value;
              if (key === OTHER) setOtherLength(true);
              else {
                setOtherLength(false);
                set({ ...ref, length: Number(key) });
              }
            }}
            miw={120}
          />
          {lengthKey === OTHER ? (
            <NumberInput
              label={t(formMessages.encLengthOther)}
              value={ref.length}
              min={0}
              allowNegative={false}
              allowDecimal={false}
              onChange={(raw) => {
                if (typeof raw === 'number' && Number.isSafeInteger(raw) && raw >= 0) {
                  set({ ...ref, length: raw });
                }
              }}
              miw={120}
            />
          ) : null}
          <NativeSelect
            label={t(formMessages.encType)}
            data={ENC_KEY_TYPES.map((type) => ({ value: type, label: type }))}
            value={ref.type}
            onChange={(event) => {
              const type = event.currentTarget.value;
              const known = ENC_KEY_TYPES.find((item) => item === type);
              if (known) set({ ...ref, type: known });
            }}
            miw={140}
          />
        </Group>
      ) : null}
      {ref ? (
        <Text size="xs" c="dimmed">
          {t(formMessages.encTypeDescription)}
        </Text>
      ) : null}
    </Stack>
  );
}

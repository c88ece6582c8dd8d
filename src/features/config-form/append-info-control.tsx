import {
  ActionIcon,
  Button,
  Checkbox,
  Code,
  Group,
  Input,
  NativeSelect,
  NumberInput,
  Stack,
  TextInput,
} from '@mantine/core';
import type { ReactNode } from 'react';
import type { Control, FieldError } from 'react-hook-form';
import { useController } from 'react-hook-form';
import type { PyDict, PyValue } from '../../core/index';
import { useT } from '../../i18n/language-context';
import { formMessages } from '../../i18n/messages/form';
import type { FieldNote } from '../../ui/field-note';
import { describe, errorNode, ForeignBadge } from '../../ui/field-parts';
import { readNumberInput } from '../../ui/number-field';
import { pyRepr } from '../../ui/py-repr';
import {
  appendInfoParts,
  appendInfoValue,
  emptyEntryValue,
  ENTRY_TYPES,
  entryType,
  freshKey,
  replaceEntry,
  storedFloat,
} from './append-info';
import type { AppendInfoParts } from './append-info';
import type { FormValues } from './form-resolver';

export interface AppendInfoControlProps {
  control: Control<FormValues>;
  name: `config.${string}`;
  label: ReactNode;
  description: string;
  notes: readonly FieldNote[] | undefined;
  explainError: (error: FieldError) => ReactNode;
  onValueChange: (value: PyValue) => void;
  onReset: () => void;
}

/** append_info: "epoch_num", "step_num" and the entries of one dict of the user's own. */
export function AppendInfoControl(props: AppendInfoControlProps) {
  const t = useT();
  const { field, fieldState } = useController({ control: props.control, name: props.name });
  const value = field.value as PyValue | undefined;
  const parts = appendInfoParts(value);
  const set = (next: AppendInfoParts) => {
    const stored = appendInfoValue(next);
    field.onChange(stored);
    props.onValueChange(stored);
  };
  const setDict = (dict: PyDict) => parts && set({ ...parts, dict });

  return (
    <Input.Wrapper
      label={props.label}
      labelElement="div"
      description={describe(props.description, props.notes)}
      error={errorNode(fieldState.error, props.explainError)}
      data-testid="field-append_info"
    >
      <Stack gap="xs" mt={4}>
        {parts === null ? (
          <ForeignBadge
            foreign={{
              text: `${t(formMessages.appendForeign)} ${pyRepr(value)}`,
              clearLabel: t(formMessages.clearValue),
              onClear: props.onReset,
            }}
          />
        ) : (
          <>
            <Group gap="lg">
              <Checkbox
                ref={field.ref}
                label={t(formMessages.appendEpoch)}
                checked={parts.epoch}
                onChange={(event) => set({ ...parts, epoch: event.currentTarget.checked })}
              />
              <Checkbox
                label={t(formMessages.appendStep)}
                checked={parts.step}
                onChange={(event) => set({ ...parts, step: event.currentTarget.checked })}
              />
              <Checkbox
                label={t(formMessages.appendDict)}
                checked={parts.dict !== null}
                onChange={(event) =>
                  set({ ...parts, dict: event.currentTarget.checked ? {} : null })
                }
              />
            </Group>
            {parts.dict !== null ? <DictEntries dict={parts.dict} onChange={setDict} /> : null}
          </>
        )}
      </Stack>
    </Input.Wrapper>
  );
}

function DictEntries({ dict, onChange }: { dict: PyDict; onChange: (dict: PyDict) => void }) {
  const t = useT();
  const entries = Object.entries(dict);
  return (
    <Stack gap="xs">
      {entries.map(([key, value], index) => {
        const n = index + 1;
        const type = entryType(value);
        const setValue = (next: PyValue) => onChange(replaceEntry(dict, index, key, next));
        return (
          <Group key={index} gap="xs" align="flex-end" wrap="wrap">
            <TextInput
              label={t(formMessages.appendKeyShort)}
              aria-label={t(formMessages.appendKey, { n })}
              value={key}
              onChange={(event) =>
                onChange(replaceEntry(dict, index, event.currentTarget.value, value))
              }
              w={140}
            />
            <NativeSelect
              label={t(formMessages.appendTypeShort)}
              aria-label={t(formMessages.appendValueType, { n })}
              data={[
                ...ENTRY_TYPES.map((item) => ({ value: item, label: item })),
                ...(type === 'other' ? [{ value: 'other', label: pyRepr(value) }] : []),
              ]}
              value={type}
              onChange={(event) => {
                const next = event.currentTarget.value;
                const known = ENTRY_TYPES.find((item) => item === next);
                if (known && known !== type) setValue(emptyEntryValue(known));
              }}
              w={110}
            />
            <EntryValue n={n} type={type} value={value} onChange={setValue} />
            <ActionIcon
              variant="subtle"
              color="red"
              size="lg"
              aria-label={t(formMessages.appendRemove, { n })}
              onClick={() =>
                onChange(Object.fromEntries(entries.filter((_, i) => i !== index)) as PyDict)
              }
            >
              <span aria-hidden="true">×</span>
            </ActionIcon>
          </Group>
        );
      })}
      <Button
        variant="light"
        size="compact-sm"
        w="fit-content"
        onClick={() => onChange({ ...dict, [freshKey(dict)]: 0 })}
      >
        {t(formMessages.appendAdd)}
      </Button>
    </Stack>
  );
}

function EntryValue({
  n,
  type,
  value,
  onChange,
}: {
  n: number;
  type: ReturnType<typeof entryType>;
  value: PyValue;
  onChange: (value: PyValue) => void;
}) {
  const t = useT();
  // A short visible label; the accessible name says which argument and entry it belongs to.
  const label = t(formMessages.appendValueShort);
  const ariaLabel = t(formMessages.appendValue, { n });
  switch (type) {
    case 'int':
      return (
        <NumberInput
          label={label}
          aria-label={ariaLabel}
          value={typeof value === 'number' ? value : ''}
          allowDecimal={false}
          onChange={(raw) => {
            const edit = readNumberInput(raw);
            if (edit?.kind === 'int') onChange(edit.value);
            else if (edit?.kind === 'big') onChange({ $py: 'int', value: edit.text });
          }}
          w={140}
        />
      );
    case 'float': {
      const shown =
        typeof value === 'number'
          ? value
          : typeof value === 'object' && value !== null && '$py' in value && value.$py === 'float'
            ? Number(value.value)
            : '';
      return (
        <NumberInput
          label={label}
          aria-label={ariaLabel}
          value={Number.isFinite(shown) ? shown : ''}
          onChange={(raw) => {
            if (typeof raw === 'number' && Number.isFinite(raw)) onChange(storedFloat(raw));
          }}
          w={140}
        />
      );
    }
    case 'bool':
      return (
        <NativeSelect
          label={label}
          aria-label={ariaLabel}
          data={['True', 'False']}
          value={value === true ? 'True' : 'False'}
          onChange={(event) => onChange(event.currentTarget.value === 'True')}
          w={110}
        />
      );
    case 'str':
      return (
        <TextInput
          label={label}
          aria-label={ariaLabel}
          value={typeof value === 'string' ? value : ''}
          onChange={(event) => onChange(event.currentTarget.value)}
          w={160}
        />
      );
    case 'other':
      return (
        <Input.Wrapper label={label} labelElement="div">
          <Code display="block">{pyRepr(value)}</Code>
        </Input.Wrapper>
      );
  }
}

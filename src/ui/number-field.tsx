import { NumberInput } from '@mantine/core';
import type { Control, FieldPath, FieldValues } from 'react-hook-form';
import { useController } from 'react-hook-form';
import { describe, errorNode, WithForeign } from './field-parts';
import type { FieldChrome } from './field-parts';

/** What a NumberInput edit means: an integer, a big integer's decimal text, or empty. */
export type NumberEdit =
  { kind: 'int'; value: number } | { kind: 'big'; text: string } | { kind: 'empty' };

/**
 * Reads Mantine NumberInput's `number | string` output. Empty is `empty`; half-typed text ("-")
 * is `undefined` (nothing to commit yet); integers too large for a double stay exact as text.
 */
export function readNumberInput(raw: number | string): NumberEdit | undefined {
  if (raw === '') return { kind: 'empty' };
  if (typeof raw === 'number') {
    if (!Number.isInteger(raw)) return undefined;
    return Number.isSafeInteger(raw) ? { kind: 'int', value: raw } : undefined;
  }
  if (/^-?\d+$/.test(raw)) {
    const big = BigInt(raw);
    if (big >= BigInt(Number.MIN_SAFE_INTEGER) && big <= BigInt(Number.MAX_SAFE_INTEGER)) {
      return { kind: 'int', value: Number(big) };
    }
    return { kind: 'big', text: big.toString() };
  }
  return undefined;
}

export interface NumberFieldProps<T extends FieldValues> extends FieldChrome {
  control: Control<T>;
  name: FieldPath<T>;
  /** The number to show for the field's value; `''` shows an empty input. */
  toInput: (value: unknown) => number | string;
  /** Maps an edit to the value to store, or `undefined` to store nothing. */
  fromInput: (edit: NumberEdit) => unknown;
  onValueChange: (value: unknown) => void;
  placeholder?: string;
  min?: number;
  'data-testid'?: string;
}

/** react-hook-form ↔ Mantine NumberInput: integers only; empty is a value of its own. */
export function NumberField<T extends FieldValues>(props: NumberFieldProps<T>) {
  const { field, fieldState } = useController({ control: props.control, name: props.name });
  return (
    <WithForeign foreign={props.foreign}>
      <NumberInput
        ref={field.ref}
        name={field.name}
        onBlur={field.onBlur}
        label={props.label}
        description={describe(props.description, props.notes)}
        error={props.hideError ? undefined : errorNode(fieldState.error, props.explainError)}
        value={props.toInput(field.value)}
        allowDecimal={false}
        {...(props.min !== undefined ? { min: props.min, allowNegative: props.min < 0 } : {})}
        placeholder={props.placeholder}
        data-testid={props['data-testid']}
        onChange={(raw) => {
          const edit = readNumberInput(raw);
          if (!edit) return;
          const next = props.fromInput(edit);
          if (next === undefined) return;
          field.onChange(next);
          props.onValueChange(next);
        }}
      />
    </WithForeign>
  );
}

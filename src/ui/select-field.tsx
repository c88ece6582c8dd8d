import { NativeSelect } from '@mantine/core';
import type { Control, FieldPath, FieldValues } from 'react-hook-form';
import { useController } from 'react-hook-form';
import { describe, errorNode, WithForeign } from './field-parts';
import type { FieldChrome } from './field-parts';

export interface SelectFieldOption {
  /** The option's key in the <select> (an option's value is a string). */
  key: string;
  label: string;
}

export interface SelectFieldProps<T extends FieldValues> extends FieldChrome {
  control: Control<T>;
  name: FieldPath<T>;
  options: readonly SelectFieldOption[];
  /** The option key for the field's value, or null when no option stands for it. */
  toKey: (value: unknown) => string | null;
  /** The value to store for a chosen key, or `undefined` to store nothing. */
  fromKey: (key: string) => unknown;
  onValueChange: (value: unknown) => void;
  /** Called with the key when it was chosen but maps to no stored value (e.g. "other…"). */
  onOtherKey?: (key: string) => void;
  /** Overrides the shown key (e.g. "other…" while a free text is being typed). */
  shownKey?: string | null | undefined;
  'data-testid'?: string;
}

/**
 * react-hook-form ↔ a native <select>; values are mapped to keys and back. Native, not Mantine's
 * Select: it needs no popover code in the first load, and phones show their own picker.
 */
export function SelectField<T extends FieldValues>(props: SelectFieldProps<T>) {
  const { field, fieldState } = useController({ control: props.control, name: props.name });
  const key = props.shownKey !== undefined ? props.shownKey : props.toKey(field.value);
  return (
    <WithForeign foreign={props.foreign}>
      <NativeSelect
        ref={field.ref}
        name={field.name}
        onBlur={field.onBlur}
        label={props.label}
        description={describe(props.description, props.notes)}
        error={props.hideError ? undefined : errorNode(fieldState.error, props.explainError)}
        data={[
          // A value no option stands for (say, from an import) shows as an empty choice.
          ...(key === null ? [{ value: '', label: '', disabled: true }] : []),
          ...props.options.map((option) => ({ value: option.key, label: option.label })),
        ]}
        value={key ?? ''}
        data-testid={props['data-testid']}
        onChange={(event) => {
          const chosen = event.currentTarget.value;
          if (chosen === '') return;
          const next = props.fromKey(chosen);
          if (next === undefined) {
            props.onOtherKey?.(chosen);
            return;
          }
          field.onChange(next);
          props.onValueChange(next);
        }}
      />
    </WithForeign>
  );
}

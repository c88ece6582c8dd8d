import { TextInput } from '@mantine/core';
import type { Control, FieldPath, FieldValues } from 'react-hook-form';
import { useController } from 'react-hook-form';
import { describe, errorNode, WithForeign } from './field-parts';
import type { FieldChrome } from './field-parts';

export interface TextFieldProps<T extends FieldValues> extends FieldChrome {
  control: Control<T>;
  name: FieldPath<T>;
  /** The text to show for the field's value. */
  toText: (value: unknown) => string;
  /** The value to store for a typed text (e.g. empty → null). */
  fromText: (text: string) => unknown;
  onValueChange: (value: unknown) => void;
  placeholder?: string;
  disabled?: boolean;
  'data-testid'?: string;
}

/** react-hook-form ↔ Mantine TextInput; the caller decides what an empty text means. */
export function TextField<T extends FieldValues>(props: TextFieldProps<T>) {
  const { field, fieldState } = useController({ control: props.control, name: props.name });
  return (
    <WithForeign foreign={props.foreign}>
      <TextInput
        ref={field.ref}
        name={field.name}
        onBlur={field.onBlur}
        label={props.label}
        description={describe(props.description, props.notes)}
        error={props.hideError ? undefined : errorNode(fieldState.error, props.explainError)}
        value={props.toText(field.value)}
        placeholder={props.placeholder}
        disabled={props.disabled ?? false}
        data-testid={props['data-testid']}
        onChange={(event) => {
          const next = props.fromText(event.currentTarget.value);
          field.onChange(next);
          props.onValueChange(next);
        }}
      />
    </WithForeign>
  );
}

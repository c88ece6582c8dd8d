import { NumberInput } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import type { ClipboardEvent } from 'react';
import type { Control, FieldPath, FieldValues } from 'react-hook-form';
import { useController } from 'react-hook-form';
import { useT } from '../i18n/language-context';
import { formMessages } from '../i18n/messages/form';
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

/**
 * The whole number a text means, as plain decimal digits with its sign, or null when it is none.
 * Accepted besides "42" and "-7": full-width digits and signs (an IME's "１２"), surrounding spaces,
 * Python's digit groups ("1_000") and thousands separators ("1,000"). Refused: "1e3", "1.5",
 * "0x10", "100 steps": the input would keep their digits and drop the rest ("1e3" → 13,
 * "1,000" → 1 without this), a number the user never meant.
 */
export function wholeNumberText(text: string): string | null {
  const plain = text.normalize('NFKC').trim();
  const match = /^([+-]?)(\d+(?:_\d+)*|\d{1,3}(?:,\d{3})+)$/.exec(plain);
  if (!match) return null;
  const digits = match[2]!.replace(/[_,]/g, '');
  return match[1] === '-' ? `-${digits}` : digits;
}

/** Pasted text longer than this is shortened in the message that refuses it. */
const SHOWN_PASTE_LENGTH = 40;

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
  const t = useT();
  const { field, fieldState } = useController({ control: props.control, name: props.name });
  // What was last pasted and refused, said at the field until the next edit; or what was typed
  // and refused, said until the field loses focus (the digits typed after it land, and the
  // message says why the number is not the one typed: "1e3" shows 13).
  const [refused, setRefused] = useState<{ text: string; typed: boolean } | null>(null);
  const allowNegative = props.min === undefined || props.min < 0;
  // NumberInput drops a typed character it does not take (".", "e", "x", letters) without a word,
  // so "1.5" would become 15: such a keystroke is refused here, and said.
  const [input, setInput] = useState<HTMLInputElement | null>(null);
  useEffect(() => {
    if (input === null) return;
    const onBeforeInput = (event: InputEvent) => {
      if (event.isComposing || event.inputType !== 'insertText' || event.data === null) return;
      const typed = event.data.normalize('NFKC');
      if ((allowNegative ? /^[-+\d,_ ]*$/ : /^[\d,_ ]*$/).test(typed)) return;
      event.preventDefault();
      setRefused((last) => ({
        text: last?.typed ? `${last.text}${event.data}` : (event.data ?? ''),
        typed: true,
      }));
    };
    input.addEventListener('beforeinput', onBeforeInput);
    return () => input.removeEventListener('beforeinput', onBeforeInput);
  }, [input, allowNegative]);
  const fieldRef = field.ref;
  const ref = useCallback(
    (element: HTMLInputElement | null) => {
      fieldRef(element);
      setInput(element);
    },
    [fieldRef],
  );
  const commit = (raw: number | string) => {
    const edit = readNumberInput(raw);
    if (!edit) return;
    const next = props.fromInput(edit);
    if (next === undefined) return;
    field.onChange(next);
    props.onValueChange(next);
  };
  // A paste is read as a whole: the field's text with the pasted text in place of the selection.
  // Caught before NumberInput's own paste handler, which reads "," as a decimal point ("1,000" →
  // "1.000" → 1) and would still run after a preventDefault.
  const onPasteCapture = (event: ClipboardEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const pasted = event.clipboardData.getData('text/plain');
    const end = input.value.length;
    const whole = wholeNumberText(
      input.value.slice(0, input.selectionStart ?? end) +
        pasted +
        input.value.slice(input.selectionEnd ?? end),
    );
    event.preventDefault();
    event.stopPropagation();
    if (whole === null || (!allowNegative && whole.startsWith('-'))) {
      setRefused({
        text:
          pasted.length > SHOWN_PASTE_LENGTH ? `${pasted.slice(0, SHOWN_PASTE_LENGTH)}…` : pasted,
        typed: false,
      });
      return;
    }
    setRefused(null);
    commit(whole);
  };
  const error =
    refused !== null
      ? t(refused.typed ? formMessages.typingRefused : formMessages.pasteRefused, {
          text: refused.text,
        })
      : props.hideError
        ? undefined
        : errorNode(fieldState.error, props.explainError);
  return (
    <WithForeign foreign={props.foreign}>
      <NumberInput
        ref={ref}
        name={field.name}
        onBlur={() => {
          setRefused(null);
          field.onBlur();
        }}
        onPasteCapture={onPasteCapture}
        // An IME's full-width digits ("１２") are typed as their ASCII forms: NumberInput would
        // drop them before any handler of ours sees them. Not while a composition is under way.
        onChangeCapture={(event) => {
          const input = event.currentTarget as HTMLInputElement;
          const plain = input.value.normalize('NFKC');
          if (plain === input.value || (event.nativeEvent as InputEvent).isComposing) return;
          const caret = input.selectionStart;
          input.value = plain;
          if (caret !== null) input.setSelectionRange(caret, caret);
        }}
        label={props.label}
        description={describe(props.description, props.notes)}
        error={error}
        value={props.toInput(field.value)}
        allowDecimal={false}
        {...(props.min !== undefined ? { min: props.min, allowNegative } : {})}
        placeholder={props.placeholder}
        data-testid={props['data-testid']}
        onChange={(raw) => {
          setRefused((last) => (last?.typed ? last : null));
          commit(raw);
        }}
      />
    </WithForeign>
  );
}

import { MantineProvider } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import { describe, expect, test, vi } from 'vitest';
import { NumberField, readNumberInput, wholeNumberText } from './number-field';
import type { NumberEdit } from './number-field';
import { SelectField } from './select-field';
import { LanguageProvider } from '../i18n/language-context';

describe('readNumberInput', () => {
  test.each<[string, number | string, NumberEdit | undefined]>([
    ['empty is its own value', '', { kind: 'empty' }],
    ['zero is not empty', 0, { kind: 'int', value: 0 }],
    ['a negative int', -1, { kind: 'int', value: -1 }],
    ['half-typed minus: nothing yet', '-', undefined],
    ['a fraction is not an int', 1.5, undefined],
    [
      'a big int stays exact',
      '123456789012345678901',
      { kind: 'big', text: '123456789012345678901' },
    ],
    ['a safe int as text', '42', { kind: 'int', value: 42 }],
  ])('%s', (_label, raw, expected) => {
    expect(readNumberInput(raw)).toEqual(expected);
  });
});

describe('wholeNumberText', () => {
  test.each<[string, string, string | null]>([
    ['digits', '42', '42'],
    ['a sign', '-7', '-7'],
    ['a plus sign is dropped', '+7', '7'],
    ['surrounding spaces', '  42\n', '42'],
    ['Python digit groups', '1_000_000', '1000000'],
    ['thousands separators', '1,000', '1000'],
    ['full-width digits and sign (an IME’s)', '－１２', '-12'],
    ['an int too large for a double stays text', '123456789012345678901', '123456789012345678901'],
    ['a float in exponent form', '1e3', null],
    ['a fraction', '1.5', null],
    ['hexadecimal', '0x10', null],
    ['words after the number', '100 steps', null],
    ['a comma that groups nothing', '1,00', null],
    ['a doubled underscore', '1__000', null],
    ['nothing', '', null],
  ])('%s: %j', (_label, text, expected) => {
    expect(wholeNumberText(text)).toBe(expected);
  });
});

interface Values {
  n: unknown;
  b: unknown;
}

function Harness({
  initial,
  error,
  onValue,
}: {
  initial: Values;
  error?: string;
  onValue: (value: unknown) => void;
}) {
  const { control, setError } = useForm<Values>({ values: initial });
  useEffect(() => {
    if (error) setError('n', { type: 'E03', message: error });
  }, [error, setError]);
  return (
    <>
      <NumberField
        control={control}
        name="n"
        label="steps"
        toInput={(value) => (typeof value === 'number' ? value : '')}
        fromInput={(edit) => (edit.kind === 'int' ? edit.value : null)}
        explainError={(fieldError) => `explained ${String(fieldError.type)}`}
        onValueChange={onValue}
        data-testid="n"
      />
      <SelectField
        control={control}
        name="b"
        label="flag"
        options={[
          { key: 'True', label: 'True' },
          { key: 'False', label: 'False' },
        ]}
        toKey={(value) => (value === true ? 'True' : value === false ? 'False' : null)}
        fromKey={(key) => key === 'True'}
        foreign={
          typeof initial.b === 'boolean'
            ? null
            : { text: 'Python value: 1', clearLabel: 'Reset', onClear: () => onValue('reset') }
        }
        onValueChange={onValue}
        data-testid="b"
      />
    </>
  );
}

function renderHarness(initial: Values, error?: string) {
  const onValue = vi.fn();
  render(
    <MantineProvider env="test">
      <LanguageProvider initial="en">
        <Harness initial={initial} onValue={onValue} {...(error ? { error } : {})} />
      </LanguageProvider>
    </MantineProvider>,
  );
  return onValue;
}

describe('the react-hook-form ↔ Mantine adapters', { timeout: 60_000 }, () => {
  test('NumberField: typing emits ints, emptying emits what empty means', async () => {
    const user = userEvent.setup({ delay: null });
    const onValue = renderHarness({ n: 5, b: true });
    const input = screen.getByTestId('n');
    expect(input).toHaveValue('5');
    await user.clear(input);
    expect(onValue).toHaveBeenLastCalledWith(null);
    await user.type(input, '12');
    expect(onValue).toHaveBeenLastCalledWith(12);
  });

  test('NumberField: an IME’s full-width digits are typed as digits', async () => {
    const user = userEvent.setup({ delay: null });
    const onValue = renderHarness({ n: 5, b: true });
    const input = screen.getByTestId('n');
    await user.clear(input);
    await user.type(input, '１２');
    expect(onValue).toHaveBeenLastCalledWith(12);
    expect(input).toHaveValue('12');
  });

  test('NumberField: a paste is read whole; what is no whole number is refused and said', async () => {
    const user = userEvent.setup({ delay: null });
    const onValue = renderHarness({ n: 5, b: true });
    const input = screen.getByTestId('n') as HTMLInputElement;
    await user.clear(input);
    await user.paste('1,000');
    expect(onValue).toHaveBeenLastCalledWith(1000);
    expect(input).toHaveValue('1000');
    // Into the middle of the text: "1|000" + "5" is 15000.
    input.setSelectionRange(1, 1);
    await user.paste('5');
    expect(onValue).toHaveBeenLastCalledWith(15000);
    onValue.mockClear();
    await user.paste('1e3');
    expect(onValue).not.toHaveBeenCalled();
    expect(input).toHaveValue('15000');
    expect(await screen.findByText('Not pasted: “1e3” is not a whole number.')).toBeInTheDocument();
    expect(input).toHaveAttribute('aria-invalid', 'true');
    // The next edit clears the message.
    await user.type(input, '1');
    expect(screen.queryByText(/Not pasted/)).toBeNull();
    expect(onValue).toHaveBeenLastCalledWith(150001);
  });

  test.each([
    ['1.5', '15', '.'],
    ['1e3', '13', 'e'],
    ['12abc', '12', 'abc'],
    ['0x10', '10', 'x'],
  ])(
    'NumberField: typing %s, the characters it does not take are refused and said until blur',
    async (typed, shown, refused) => {
      const user = userEvent.setup({ delay: null });
      const onValue = renderHarness({ n: 5, b: true });
      const input = screen.getByTestId('n') as HTMLInputElement;
      await user.clear(input);
      await user.type(input, typed);
      expect(input).toHaveValue(shown);
      expect(onValue).toHaveBeenLastCalledWith(Number(shown));
      expect(
        await screen.findByText(
          `Not typed: “${refused}”. This field takes a whole number, as MindSpore does (1.5 or 1e3 is a float, which MindSpore rejects).`,
        ),
      ).toBeInTheDocument();
      expect(input).toHaveAttribute('aria-invalid', 'true');
      await user.tab();
      expect(screen.queryByText(/Not typed/)).toBeNull();
    },
  );

  test('NumberField: digits, a sign and digit groups are typed without a word', async () => {
    const user = userEvent.setup({ delay: null });
    const onValue = renderHarness({ n: 5, b: true });
    const input = screen.getByTestId('n');
    await user.clear(input);
    await user.type(input, '2,000');
    expect(onValue).toHaveBeenLastCalledWith(2000);
    expect(screen.queryByText(/Not typed/)).toBeNull();
  });

  test('NumberField: the field error is the input error, with its explanation', async () => {
    renderHarness({ n: -1, b: true }, 'ValueError: negative');
    expect(await screen.findByText('ValueError: negative')).toBeInTheDocument();
    expect(screen.getByText('explained E03')).toBeInTheDocument();
    expect(screen.getByTestId('n')).toHaveAttribute('aria-invalid', 'true');
  });

  test('SelectField: a value maps to its key, a foreign value is shown and can be reset', async () => {
    const user = userEvent.setup({ delay: null });
    const onValue = renderHarness({ n: 1, b: 1 });
    expect(screen.getByTestId('b')).toHaveValue('');
    expect(screen.getByText('Python value: 1')).toBeInTheDocument();
    await user.selectOptions(screen.getByTestId('b'), 'False');
    expect(onValue).toHaveBeenLastCalledWith(false);
    await user.click(screen.getByRole('button', { name: 'Reset' }));
    expect(onValue).toHaveBeenLastCalledWith('reset');
  });
});

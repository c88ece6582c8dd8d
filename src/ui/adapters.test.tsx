import { MantineProvider } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import { describe, expect, test, vi } from 'vitest';
import { NumberField, readNumberInput } from './number-field';
import type { NumberEdit } from './number-field';
import { SelectField } from './select-field';

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
      <Harness initial={initial} onValue={onValue} {...(error ? { error } : {})} />
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

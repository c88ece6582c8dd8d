import { NativeSelect, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { ReactNode } from 'react';
import { useLanguage } from '../../i18n/language-context';
import { unitWord } from '../../ui/format';
import { fromUnit, parseNumber, toUnit } from './units';
import type { Unit } from './units';

const UNIT_ARROW_WIDTH = 20;
const UNIT_SELECT_STYLES = {
  input: { width: 76, paddingInlineStart: 8, paddingInlineEnd: UNIT_ARROW_WIDTH + 2 },
} as const;

/**
 * A number typed as text (so that "0." or "1,0" can be on the way to a number), shown in a chosen
 * unit and reported in the base unit. Text that is not a number stays in the box with an error and
 * changes nothing; a value changed from outside (undo, a preset), or a state replaced from outside
 * with the same value (`replaced`: a reset while the state is the defaults), replaces the text.
 */
export function NumberField({
  label,
  name,
  value,
  onValue,
  units,
  unit,
  onUnit,
  unitLabel,
  error,
  notANumber,
  nullable = false,
  description,
  replaced = 0,
}: {
  label: ReactNode;
  /** The run-model field name, for test ids and the unit selector's label. */
  name: string;
  value: number | null;
  onValue: (value: number | null) => void;
  units?: readonly Unit[];
  unit?: string;
  onUnit?: (unit: string) => void;
  unitLabel?: string;
  error?: string | undefined;
  notANumber: string;
  nullable?: boolean;
  description?: ReactNode;
  /**
   * Counts the page's replacements of the state from outside the fields (reset, undo, a preset):
   * when it changes, the text typed gives way to the value, even if the value is the same.
   */
  replaced?: number;
}) {
  const { language } = useLanguage();
  const factor = units?.find((candidate) => candidate.id === unit)?.factor ?? 1;
  const [draft, setDraft] = useState<{
    text: string;
    against: number | null;
    factor: number;
    replaced: number;
  }>();
  const fromValue = value === null ? '' : toUnit(value, factor);
  const current =
    draft && draft.against === value && draft.factor === factor && draft.replaced === replaced
      ? draft
      : undefined;
  const text = current?.text ?? fromValue;
  const parsed = parseNumber(text);
  const invalid = parsed === null ? !nullable : Number.isNaN(parsed);

  function onText(next: string) {
    const number = parseNumber(next);
    if (number === null && nullable) {
      setDraft({ text: next, against: null, factor, replaced });
      if (value !== null) onValue(null);
      return;
    }
    if (number === null || Number.isNaN(number)) {
      setDraft({ text: next, against: value, factor, replaced });
      return;
    }
    const base = fromUnit(number, factor);
    setDraft({ text: next, against: base, factor, replaced });
    if (base !== value) onValue(base);
  }

  const unitSelect =
    units && units.length > 1 && onUnit ? (
      <NativeSelect
        aria-label={unitLabel}
        data={units.map((candidate) => ({
          value: candidate.id,
          label: unitWord(candidate.id, language),
        }))}
        value={unit}
        onChange={(event) => onUnit(event.currentTarget.value)}
        variant="unstyled"
        size="xs"
        data-testid={`run-${name}-unit`}
        // Its own arrow's width: inherited, it was the field's right section (76 px), and the
        // arrow, centred in it, covered the unit ("GB/s", "毫秒").
        rightSectionWidth={UNIT_ARROW_WIDTH}
        styles={UNIT_SELECT_STYLES}
      />
    ) : units?.length === 1 ? (
      <span style={{ fontSize: 12, paddingInlineEnd: 8 }}>{unitWord(units[0]!.id, language)}</span>
    ) : undefined;

  return (
    <TextInput
      label={label}
      description={description}
      value={text}
      inputMode="decimal"
      autoComplete="off"
      spellCheck={false}
      onChange={(event) => onText(event.currentTarget.value)}
      error={invalid ? notANumber : error}
      rightSection={unitSelect}
      rightSectionWidth={unitSelect ? 76 : undefined}
      rightSectionPointerEvents="all"
      data-testid={`run-${name}`}
    />
  );
}

import { useId } from 'react';
import classes from './choice-buttons.module.css';

export interface ChoiceButtonsProps<T extends string> {
  /** The group's accessible name. */
  label: string;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange: (value: T) => void;
  'data-testid'?: string;
}

/**
 * One choice among a few, as a segmented button: native radios (arrow keys move between them,
 * screen readers announce a radio group). Replaces Mantine's SegmentedControl, whose indicator
 * measures the layout when it mounts and on every resize: a forced reflow of the whole page.
 */
export function ChoiceButtons<T extends string>({
  label,
  value,
  options,
  onChange,
  'data-testid': testId,
}: ChoiceButtonsProps<T>) {
  const name = useId();
  return (
    <div role="radiogroup" aria-label={label} className={classes.group} data-testid={testId}>
      {options.map((option) => (
        <label key={option.value} className={classes.option}>
          <input
            type="radio"
            className={classes.input}
            name={name}
            value={option.value}
            checked={option.value === value}
            onChange={() => onChange(option.value)}
          />
          <span className={classes.label}>{option.label}</span>
        </label>
      ))}
    </div>
  );
}

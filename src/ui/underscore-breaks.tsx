import { Fragment } from 'react';
import type { ReactNode } from 'react';

/**
 * A text whose identifiers (keep_checkpoint_per_n_minutes) may break after their underscores, and
 * only there: as one word each, they hold a narrow column wider than the page, or, broken anywhere,
 * read as "keep_checkpoint_per_n_m / inutes". What is read or copied is the text unchanged.
 */
export function withUnderscoreBreaks(text: string): ReactNode {
  const parts = text.split('_');
  if (parts.length === 1) return text;
  return parts.map((part, index) => (
    <Fragment key={index}>
      {index > 0 && <wbr />}
      {index < parts.length - 1 ? `${part}_` : part}
    </Fragment>
  ));
}

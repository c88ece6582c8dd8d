import { Fragment } from 'react';
import type { ReactNode } from 'react';

/**
 * A text whose identifiers (keep_checkpoint_per_n_minutes) may break after their underscores, and
 * only there: as one word each, they hold a narrow column wider than the page, or, broken anywhere,
 * read as "keep_checkpoint_per_n_m / inutes". What is read or copied is the text unchanged.
 */
export function withUnderscoreBreaks(text: string): ReactNode {
  return withBreaksAfter(text, /_/);
}

/**
 * A file name (llama2_7b_pretrain-1_100.ckpt) that may break after its underscores and hyphens,
 * and only there: a narrow table keeps the name whole and in view, on as many lines as it needs.
 */
export function withFileNameBreaks(text: string): ReactNode {
  return withBreaksAfter(text, /[_-]/);
}

/** `text` with a <wbr> after each character `separator` matches (one character, no flags). */
function withBreaksAfter(text: string, separator: RegExp): ReactNode {
  const parts = text.split(new RegExp(`(${separator.source})`));
  if (parts.length === 1) return text;
  // [part, separator, part, separator, …, part]: each part with the separator after it, then a
  // break before the next.
  const pieces: string[] = [];
  for (let index = 0; index < parts.length; index += 2) {
    pieces.push(parts[index]! + (parts[index + 1] ?? ''));
  }
  return pieces.map((piece, index) => (
    <Fragment key={index}>
      {index > 0 && <wbr />}
      {piece}
    </Fragment>
  ));
}

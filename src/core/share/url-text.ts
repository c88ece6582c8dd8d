/**
 * JSON text made URL-safe and still readable: `"` and `'`, `{` and `(`, `}` and `)`, `[` and `!`,
 * `]` and `~` swap places, then every character outside the safe set is percent-encoded (UTF-8).
 * `{"a":[1]}` becomes `('a':!1~)`. The swap is its own inverse, so decoding percent-decodes and
 * swaps back; a link whose safe characters someone percent-encoded on the way still reads the same.
 */

const SWAPS: ReadonlyMap<string, string> = new Map([
  ['"', "'"],
  ["'", '"'],
  ['{', '('],
  ['(', '{'],
  ['}', ')'],
  [')', '}'],
  ['[', '!'],
  ['!', '['],
  [']', '~'],
  ['~', ']'],
]);

/** Characters left as they are: RFC 3986 unreserved ones, a few sub-delimiters, ":", "@", "/". */
const SAFE = /^[A-Za-z0-9\-._~!'()*,:$@/]$/;

function swap(text: string): string {
  let swapped = '';
  for (const character of text) swapped += SWAPS.get(character) ?? character;
  return swapped;
}

/** URL-safe readable form of JSON text: `toUrlText('"a"') === "'a'"`. */
export function toUrlText(json: string): string {
  let encoded = '';
  for (const character of swap(json)) {
    encoded += SAFE.test(character) ? character : encodeURIComponent(character);
  }
  return encoded;
}

/** The JSON text back from `toUrlText`'s output (already percent-decoded): `fromUrlText("'a'")`. */
export function fromUrlText(decoded: string): string {
  return swap(decoded);
}

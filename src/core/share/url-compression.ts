/**
 * A small synchronous LZW compressor whose output is URL-safe text (base64url's 64 characters).
 *
 * Why our own: the core takes no dependency beyond zod, and the browser's CompressionStream is
 * asynchronous and absent from Node-free core semantics. Share links are short JSON texts with
 * repeated keys and quotes, which LZW shrinks well enough; non-Latin text (a Chinese prefix) costs
 * about 3 characters per character here instead of 9 when percent-encoded.
 *
 * The bit stream: codes are written least significant bit first, 6 bits to a character. Code 0 is
 * followed by an 8-bit character, code 1 by a 16-bit one (a UTF-16 unit), code 2 ends the stream;
 * codes from 3 up are dictionary phrases. The width of every code is known to both sides from how
 * many codes and literals came before it (`codeWidth`), so nothing else needs to be stored.
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const DIGIT_OF = new Map([...ALPHABET].map((character, index) => [character, index]));

const LITERAL_8 = 0;
const LITERAL_16 = 1;
const END = 2;
const FIRST_PHRASE = 3;

/** Bits needed by the largest code that can appear as the emission after `emitted` others. */
function codeWidth(literals: number, emitted: number): number {
  // An upper bound of the compressor's next free code: every literal added one entry, and every
  // phrase emitted before added one more (that phrase followed by the next character).
  const nextCode = FIRST_PHRASE + literals + emitted;
  return Math.max(2, (nextCode - 1).toString(2).length);
}

class BitWriter {
  private readonly characters: string[] = [];
  private pending = 0;
  private pendingBits = 0;

  write(value: number, width: number): void {
    for (let bit = 0; bit < width; bit++) {
      this.pending |= ((value >>> bit) & 1) << this.pendingBits;
      this.pendingBits++;
      if (this.pendingBits === 6) this.flush();
    }
  }

  finish(): string {
    if (this.pendingBits > 0) this.flush();
    return this.characters.join('');
  }

  private flush(): void {
    this.characters.push(ALPHABET[this.pending] as string);
    this.pending = 0;
    this.pendingBits = 0;
  }
}

class BitReader {
  private position = 0;

  constructor(private readonly text: string) {}

  read(width: number): number {
    let value = 0;
    for (let bit = 0; bit < width; bit++) {
      const index = Math.floor(this.position / 6);
      if (index >= this.text.length) throw new RangeError('the compressed text ends too early');
      const digit = DIGIT_OF.get(this.text[index] as string);
      if (digit === undefined) throw new RangeError('a character outside base64url');
      value |= ((digit >>> (this.position % 6)) & 1) << bit;
      this.position++;
    }
    return value;
  }
}

/** Compresses any text into base64url characters: `decompressFromUrl(compressToUrl(s)) === s`. */
export function compressToUrl(text: string): string {
  const dictionary = new Map<string, number>();
  const writer = new BitWriter();
  let nextCode = FIRST_PHRASE;
  let literals = 0;
  let emitted = 0;

  const emit = (phrase: string): void => {
    const width = codeWidth(literals, emitted);
    emitted++;
    const code = dictionary.get(phrase);
    if (code !== undefined) {
      writer.write(code, width);
      return;
    }
    // Only single characters are ever missing: longer phrases enter the dictionary before use.
    const unit = phrase.charCodeAt(0);
    const wide = unit > 0xff;
    writer.write(wide ? LITERAL_16 : LITERAL_8, width);
    writer.write(unit, wide ? 16 : 8);
    dictionary.set(phrase, nextCode++);
    literals++;
  };

  let phrase = '';
  for (const character of splitUnits(text)) {
    if (phrase !== '' && dictionary.has(phrase + character)) {
      phrase += character;
      continue;
    }
    if (phrase !== '') {
      emit(phrase);
      dictionary.set(phrase + character, nextCode++);
    }
    phrase = character;
  }
  if (phrase !== '') emit(phrase);
  writer.write(END, codeWidth(literals, emitted));
  return writer.finish();
}

/**
 * Reverses `compressToUrl`; throws a RangeError on text it did not produce, or when the result
 * would exceed `maxLength` characters (a crafted link must not exhaust memory).
 */
export function decompressFromUrl(compressed: string, maxLength: number): string {
  const reader = new BitReader(compressed);
  // Indices 0–2 are the control codes; phrases start at FIRST_PHRASE.
  const dictionary: string[] = ['', '', ''];
  const parts: string[] = [];
  let length = 0;
  let previous: string | undefined;
  let literals = 0;
  let emitted = 0;

  for (;;) {
    const code = reader.read(codeWidth(literals, emitted));
    emitted++;
    if (code === END) break;
    let phrase: string;
    if (code === LITERAL_8 || code === LITERAL_16) {
      phrase = String.fromCharCode(reader.read(code === LITERAL_8 ? 8 : 16));
      // The compressor added "previous + this character" before the character itself.
      if (previous !== undefined) dictionary.push(previous + phrase);
      dictionary.push(phrase);
      literals++;
    } else {
      const known = dictionary[code];
      if (known !== undefined) phrase = known;
      else if (code === dictionary.length && previous !== undefined)
        phrase = previous + previous.charAt(0);
      else throw new RangeError('a code that is not in the dictionary');
      if (previous !== undefined) dictionary.push(previous + phrase.charAt(0));
    }
    length += phrase.length;
    if (length > maxLength) throw new RangeError('the decompressed text is too long');
    parts.push(phrase);
    previous = phrase;
  }
  return parts.join('');
}

/** UTF-16 code units one by one: lone surrogates survive, which `for…of` on a string would pair. */
function* splitUnits(text: string): Generator<string> {
  for (let index = 0; index < text.length; index++) yield text.charAt(index);
}

import type { z } from '../zod';
import {
  DEFAULT_ENC_KEY_REF,
  isEncKeyRef,
  REDACTED_KEY_EXPRESSION,
  type EncKeyRef,
} from '../config/enc-key';
import {
  completeState,
  holdsKeyMaterial,
  type BuilderState,
  type PartialBuilderState,
} from '../config/state';
import { partialBuilderStateSchema } from '../config/state-schema';
import type { Diagnostic, ImportProblem } from '../mindspore/diagnostic';
import type { PyValue } from '../python/py-value';
import { utf8Length } from '../python/evaluate';
import { DEFAULT_VERSION, MINDSPORE_VERSIONS } from '../versions';
import type { ImportNote, ImportOptions } from './import-result';

/** The builder's JSON read into a complete state, or the reasons it cannot be. */
export type JsonImport =
  { ok: true; state: BuilderState; notes: ImportNote[] } | { ok: false; errors: Diagnostic[] };

/**
 * Reads the builder's own JSON (a full or partial state) into a complete state; never throws.
 * `readJsonState('{"config":{"keep_checkpoint_max":2}}')` → ok, with MindSpore's other defaults.
 */
export function readJsonState(text: string, options: ImportOptions = {}): JsonImport {
  let data: unknown;
  try {
    JSON.parse(text);
    data = JSON.parse(withExactIntegers(text));
  } catch (error) {
    return { ok: false, errors: [jsonSyntaxError(text, error)] };
  }
  // The run model's fields are plain numbers, not Python values.
  if (isRecord(data) && isRecord(data.run)) {
    data = { ...data, run: Object.fromEntries(Object.entries(data.run).map(plainNumber)) };
  }
  const notes: ImportNote[] = [];
  // Key material never enters a state (docs/adr/0003): drop it before validation.
  if (isRecord(data) && isRecord(data.config) && 'enc_key' in data.config) {
    const replaced = replaceKeyMaterial(data.config.enc_key);
    if (replaced === 'redacted') {
      data = {
        ...data,
        config: { ...data.config, enc_key: { $py: 'expr', source: REDACTED_KEY_EXPRESSION } },
      };
      notes.push({
        id: 'enc-key-expression-dropped',
        variant: 'json',
        field: 'enc_key',
        message:
          "The JSON's enc_key held a value that may spell out the key (text inside a list, a tuple, a dict or an expression); it was not kept: the builder never keeps key material, since the state ends up in links and exports. Choose where the script reads the key (an environment variable or a file) in the form's enc_key field.",
      });
    } else if (replaced !== undefined) {
      data = { ...data, config: { ...data.config, enc_key: replaced.ref } };
      notes.push({
        id: 'enc-key-literal-dropped',
        variant: 'json',
        field: 'enc_key',
        params: {
          length: replaced.ref.length,
          type: replaced.ref.type,
          env: DEFAULT_ENC_KEY_REF.name,
        },
        message: `The JSON held the key itself (${replaced.ref.length} bytes, ${replaced.ref.type}); it was dropped: the builder never keeps key material, since the state ends up in links, exports and local storage. It now reads a key of the same length from the environment variable ${DEFAULT_ENC_KEY_REF.name} at run time.`,
      });
    }
  }
  const parsed = partialBuilderStateSchema.safeParse(data);
  if (!parsed.success) {
    return { ok: false, errors: schemaErrors(parsed.error) };
  }
  const partial: PartialBuilderState = parsed.data;
  return { ok: true, state: completeState(partial, options.version ?? DEFAULT_VERSION), notes };
}

/**
 * The JSON text with every integer beyond 2^53 written as the state's exact int
 * (`{"$py": "int", "value": "…"}`), which `JSON.parse` would round (9007199254740993 → …992).
 * Only for text that parses as it is: strings are skipped whole, so only number tokens change.
 */
function withExactIntegers(text: string): string {
  return text.replace(/"(?:[^"\\]|\\.)*"|-?\b\d+(?:\.\d+)?(?:[eE][-+]?\d+)?/g, (token) => {
    if (token.startsWith('"') || /[.eE]/.test(token)) return token;
    return Number.isSafeInteger(Number(token)) ? token : `{"$py":"int","value":"${token}"}`;
  });
}

function plainNumber([key, value]: [string, unknown]): [string, unknown] {
  return isRecord(value) && value.$py === 'int' && typeof value.value === 'string'
    ? [key, Number(value.value)]
    : [key, value];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A key reference of the same length for a key given as text (str, bytes, bytearray);
 * 'redacted' for anything else that may hold key material (holdsKeyMaterial).
 */
function replaceKeyMaterial(value: unknown): { ref: EncKeyRef } | 'redacted' | undefined {
  if (isEncKeyRef(value)) return undefined;
  if (typeof value === 'string') {
    return {
      ref: { ...DEFAULT_ENC_KEY_REF, type: 'str', length: utf8Length(value) },
    };
  }
  if (!isRecord(value)) return mayHoldText(value) ? 'redacted' : undefined;
  const tag = value.$py;
  if ((tag === 'bytes' || tag === 'bytearray') && typeof value.hex === 'string') {
    return { ref: { ...DEFAULT_ENC_KEY_REF, type: tag, length: Math.floor(value.hex.length / 2) } };
  }
  if (tag === 'str' && typeof value.value === 'string') {
    return {
      ref: {
        ...DEFAULT_ENC_KEY_REF,
        type: 'str',
        length: utf8Length(value.value),
      },
    };
  }
  // Not yet checked against the schema: anything that is not a well-formed PyValue is harmless
  // here only if it holds no text at all.
  return mayHoldText(value) ? 'redacted' : undefined;
}

function mayHoldText(value: unknown): boolean {
  try {
    return holdsKeyMaterial(value as PyValue);
  } catch {
    // A malformed tagged value (a tuple without items, say): it may hold anything.
    return true;
  }
}

/** Reports where `JSON.parse` stopped, as a 1-based line and column. */
function jsonSyntaxError(text: string, error: unknown): Diagnostic {
  const message = error instanceof Error ? error.message : String(error);
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  let line: number;
  let column: number;
  if (lineColumn !== null) {
    line = Number(lineColumn[1]);
    column = Number(lineColumn[2]);
  } else {
    const position = /position (\d+)/.exec(message);
    const offset = position === null ? text.length : Number(position[1]);
    const before = text.slice(0, offset).split(/\r\n?|\n/);
    line = before.length;
    column = (before[before.length - 1]?.length ?? 0) + 1;
  }
  const detail = message.replace(/\s*\(line \d+ column \d+\)/, '');
  return {
    kind: 'SyntaxError',
    line,
    column,
    message: `The text starts like JSON but is not valid JSON (line ${line}, column ${column}): ${detail}`,
    reason: { id: 'json-invalid', values: { line, column, detail } },
  };
}

/** One diagnostic per schema problem, naming its JSON path (`config.save_checkpoint_steps`). */
function schemaErrors(error: z.core.$ZodError): Diagnostic[] {
  const errors: Diagnostic[] = [];
  for (const issue of error.issues.slice(0, 10)) {
    const path = issue.path.map(String).join('.');
    const top = path === '';
    let message = top
      ? `The JSON is not a state the builder can read (${issue.message}).`
      : `${path} has a value a state cannot hold (${issue.message}).`;
    let reason: ImportProblem = {
      id: top ? 'json-invalid-value-top' : 'json-invalid-value',
      values: { path, detail: issue.message },
    };
    if (issue.code === 'unrecognized_keys') {
      const keys = issue.keys.join(', ');
      message = top
        ? `The JSON has keys a state does not have: ${keys}. A state has only mindspore_version, config, callback and run.`
        : `${path} has keys a state does not have: ${keys}.`;
      reason = {
        id: top ? 'json-unknown-keys-top' : 'json-unknown-keys',
        values: { path, keys },
      };
    } else if (issue.path[0] === 'config' && issue.path.length >= 2) {
      message = `${path}: not a value the builder can hold. Use JSON for None, bools, ints, floats, str, lists and dicts with str keys, a {"$py": …} tagged value for other Python values (e.g. {"$py": "float", "value": "1.0"}), or for enc_key a key reference {source, name, length, type}.`;
      reason = { id: 'json-config-value', values: { path } };
    } else if (path === 'mindspore_version') {
      message = `mindspore_version must be one of ${MINDSPORE_VERSIONS.join(', ')}, as a str.`;
      reason = { id: 'json-version', values: { versions: MINDSPORE_VERSIONS.join(', ') } };
    }
    const diagnostic: Diagnostic = { kind: 'Unsupported', message, reason };
    if (path !== '') diagnostic.field = path;
    errors.push(diagnostic);
  }
  return errors;
}

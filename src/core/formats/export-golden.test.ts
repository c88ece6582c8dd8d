/// <reference types="node" />
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { exportText, type ExportFormat } from './export-text';
import { namedStates } from './export-test-states';

// Reviewed by eye once; regenerate deliberately with UPDATE_GOLDEN=1 and review the diff.
// Vitest runs from the project root.
const GOLDEN_DIR = `${resolve('src/core/formats/__golden__')}/`;
const UPDATE = process.env.UPDATE_GOLDEN === '1';

const EXTENSIONS: Record<ExportFormat, string> = {
  json: 'json',
  typescript: 'ts',
  python: 'py',
  yaml: 'yaml',
};

const rows = Object.entries(namedStates()).flatMap(([name, state]) =>
  (Object.keys(EXTENSIONS) as ExportFormat[]).map((format) => ({
    file: `${name}.${EXTENSIONS[format]}`,
    state,
    format,
  })),
);

describe('golden exports of the named states', () => {
  test.each(rows)('$file', ({ file, state, format }) => {
    const text = exportText(state, format);
    const path = `${GOLDEN_DIR}${file}`;
    if (UPDATE) {
      mkdirSync(GOLDEN_DIR, { recursive: true });
      writeFileSync(path, text);
    }
    expect(existsSync(path), `${file} is missing: run with UPDATE_GOLDEN=1`).toBe(true);
    expect(text).toBe(readFileSync(path, 'utf8'));
  });
});

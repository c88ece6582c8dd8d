/// <reference types="node" />
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { BuilderState } from '../config/state';
import { exportText } from './export-text';
import { anyState, namedStates, validPythonState } from './export-test-states';

const table: [string, BuilderState, boolean][] = [
  ...Object.entries(namedStates()).map(([name, state]): [string, BuilderState, boolean] => [
    name,
    state,
    true,
  ]),
  ...fc
    .sample(anyState, { numRuns: 16, seed: 11 })
    .map((state, index): [string, BuilderState, boolean] => [
      `any state #${index}`,
      state,
      index % 2 === 0,
    ]),
  ...fc
    .sample(validPythonState, { numRuns: 10, seed: 3 })
    .map((state, index): [string, BuilderState, boolean] => [
      `accepted state #${index}`,
      state,
      index % 2 === 1,
    ]),
];

// A file that must not compile under --strict (an implicit any): proof that the checker is strict.
const CANARY = 'export function canary(x) {\n  return x;\n}\n';

describe('the TypeScript export', () => {
  test(`compiles with tsc --strict, every one of ${table.length} states in one invocation`, () => {
    const dir = mkdtempSync(join(tmpdir(), 'ts-export-'));
    try {
      const files = table.map(([, state, onlyNonDefault], index) => {
        const file = join(dir, `state-${index}.ts`);
        writeFileSync(file, exportText(state, 'typescript', { onlyNonDefault }));
        return file;
      });
      const canary = join(dir, 'canary.ts');
      writeFileSync(canary, CANARY);
      writeFileSync(
        join(dir, 'tsconfig.json'),
        JSON.stringify({
          compilerOptions: {
            strict: true,
            exactOptionalPropertyTypes: true,
            noEmit: true,
            target: 'es2022',
            lib: ['es2022'],
            module: 'esnext',
            moduleResolution: 'bundler',
            types: [],
          },
          files: [...files, canary],
        }),
      );
      const tsc = resolve('node_modules/typescript/bin/tsc');
      const result = spawnSync(process.execPath, [tsc, '-p', dir, '--pretty', 'false'], {
        encoding: 'utf8',
        cwd: dir,
      });
      const errors = result.stdout.split('\n').filter((line) => line.includes('error TS'));
      const stateErrors = errors.filter((line) => !line.includes('canary.ts'));
      expect(stateErrors).toEqual([]);
      expect(errors.some((line) => line.includes('canary.ts') && line.includes('TS7006'))).toBe(
        true,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  test('holds the state: the config, callback and run as typed literals', () => {
    const state = namedStates().tutorial as BuilderState;
    const text = exportText(state, 'typescript');
    expect(text).toContain("mindspore_version: '2.2',");
    expect(text).toContain('save_checkpoint_steps: 1875,');
    expect(text).toContain("prefix: 'checkpoint_lenet',");
    expect(text).toContain('  /** Save a checkpoint every this many steps. Default: 1. */');
    expect(text).not.toMatch(/^import /m);
  });

  test('a value outside the accepted type widens that field to PyValue, and only that one', () => {
    const state = namedStates().defaults as BuilderState;
    state.config.keep_checkpoint_max = { $py: 'float', value: '5.0' };
    const text = exportText(state, 'typescript');
    expect(text).toMatch(/keep_checkpoint_max\?: PyValue;/);
    expect(text).toMatch(/save_checkpoint_steps\?: number \| null;/);
  });
});

import fc from 'fast-check';
import { afterEach, beforeEach, vi } from 'vitest';

// FC_NUM_RUNS=2000 npx vitest run shakes the property tests harder than CI's default 100 runs.
const numRuns = Number(process.env['FC_NUM_RUNS']);
if (Number.isInteger(numRuns) && numRuns > 0) fc.configureGlobal({ numRuns });

// A test that logs is a test that hides something: any console output fails it.
const methods = ['log', 'info', 'warn', 'error', 'debug'] as const;
let calls: string[] = [];

beforeEach(() => {
  calls = [];
  for (const method of methods) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      calls.push(`console.${method}: ${args.map(String).join(' ')}`);
    });
  }
});

afterEach(() => {
  vi.restoreAllMocks();
  if (calls.length > 0) {
    throw new Error(`Unexpected console output:\n${calls.join('\n')}`);
  }
});

import { describe, expect, test } from 'vitest';
import { argumentsFor, MINDSPORE_VERSIONS, positionalParameters } from './versions';

describe('the argument table', () => {
  test.each([
    ['2.2', 11],
    ['2.3', 12],
    ['2.4', 14],
    ['2.5', 14],
    ['2.6', 14],
    ['2.7', 14],
  ] as const)('MindSpore %s takes %i positional arguments (spec §2.1)', (version, count) => {
    expect(positionalParameters(version)).toHaveLength(count);
  });

  test('positional order never changes between versions; new ones are appended', () => {
    const longest = positionalParameters('2.7').map((argument) => argument.name);
    for (const version of MINDSPORE_VERSIONS) {
      const names = positionalParameters(version).map((argument) => argument.name);
      expect(longest.slice(0, names.length)).toEqual(names);
    }
    expect(longest.slice(11)).toEqual(['crc_check', 'remove_redundancy', 'format']);
  });

  test.each([
    ['2.2', ['incremental']],
    ['2.3', ['incremental', 'enable_redundance']],
    ['2.7', ['incremental', 'enable_redundance']],
  ] as const)('MindSpore %s reads these keyword arguments (spec §5.3)', (version, kwargs) => {
    const read = argumentsFor(version)
      .filter((argument) => argument.passing === 'kwarg')
      .map((argument) => argument.name);
    expect(read).toEqual(kwargs);
  });
});

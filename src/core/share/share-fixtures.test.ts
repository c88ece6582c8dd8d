/// <reference types="node" />
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { BuilderState } from '../config/state';
import { builderStateSchema } from '../config/state-schema';
import { decodeShareState } from './share-decode';
import { encodeShareState, SHARE_FORMAT_VERSION } from './share-state';

interface LinkFixture {
  formatVersion: number;
  label: string;
  link: string;
  state: BuilderState;
  noticeFields: string[];
}

// Read with JSON.parse, not imported: a bundler may turn JSON into an object literal, where a
// "__proto__" key (one fixture has such a keyword) would set the prototype instead.
const fixtures = JSON.parse(
  readFileSync(new URL('./__fixtures__/links.json', import.meta.url), 'utf8'),
) as LinkFixture[];

describe('published links open the same state forever', () => {
  test('there are fixtures of every format version up to the current one', () => {
    const versions = new Set(fixtures.map((fixture) => fixture.formatVersion));
    for (let version = 1; version <= SHARE_FORMAT_VERSION; version++) {
      expect(versions.has(version)).toBe(true);
    }
  });

  test.each(fixtures)('format $formatVersion: $label', ({ link, state, noticeFields }) => {
    expect(builderStateSchema.safeParse(state).success).toBe(true);
    const decoded = decodeShareState(link);
    expect(decoded.state).toEqual(state);
    expect(decoded.notices.map((notice) => notice.field)).toEqual(noticeFields);
  });

  test.each(fixtures)('today’s encoder carries $label to the same state', ({ state }) => {
    expect(decodeShareState(encodeShareState(state)).state).toEqual(state);
  });
});

/**
 * The benchmark's synthetic record must load as cleanly as the real one: a record error there makes
 * the performance guard fail for a reason that has nothing to do with speed (as a stale changelog did).
 */
import { describe, expect, it } from 'vitest';
import { generateEventFile } from '../../../bench/generate.mjs';
import { formatRecordError, parseEventFile } from '../../../src/data/parseEventFile';
import { rawEventFile } from '../data/realData';

describe('bench/generate', () => {
  it('makes a record of N events that validates with no errors, versioned like the real one', () => {
    const file = generateEventFile(500, { real: structuredClone(rawEventFile) }) as { version?: string; events: unknown[] };
    const { data, errors } = parseEventFile(file);
    expect(errors.map(formatRecordError)).toEqual([]);
    expect(data.events).toHaveLength(500);
    expect(file.version).toBe((rawEventFile as { version?: string }).version);
  });
});

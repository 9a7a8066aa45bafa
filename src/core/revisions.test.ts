import { describe, expect, it } from 'vitest';
import { parseRevisions, readRevisions } from './revisions';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('parseRevisions', () => {
  it('keeps the ISO time of each known dataset', () => {
    expect(
      parseRevisions({ services: '2026-11-30T08:15:00.000Z', crime: '2026-11-29T23:59:59+08:00' }),
    ).toEqual({
      ok: true,
      revisions: { services: '2026-11-30T08:15:00.000Z', crime: '2026-11-29T23:59:59+08:00' },
    });
  });

  it('leaves out names that are no dataset of this build', () => {
    expect(parseRevisions({ services: '2026-11-30T08:15:00Z', weather: 'x' })).toEqual({
      ok: true,
      revisions: { services: '2026-11-30T08:15:00Z' },
    });
  });

  it.each([
    [[], '$'],
    ['2026-11-30', '$'],
    [{ services: 20261130 }, 'services'],
    [{ patrol: 'yesterday' }, 'patrol'],
    [{ cases: '2026-11-30' }, 'cases'],
    [{ crime: '2026-13-45T99:00:00Z' }, 'crime'],
  ])('names the first wrong part of %j', (json, path) => {
    expect(parseRevisions(json)).toEqual({ ok: false, path });
  });
});

describe('readRevisions', () => {
  it('reads the bytes as JSON', () => {
    expect(readRevisions(bytes('{"indicators":"2026-11-30T00:00:00Z"}'))).toEqual({
      ok: true,
      revisions: { indicators: '2026-11-30T00:00:00Z' },
    });
  });

  it('refuses bytes that are not JSON', () => {
    expect(readRevisions(bytes('{"services":'))).toEqual({ ok: false, path: '$' });
  });
});

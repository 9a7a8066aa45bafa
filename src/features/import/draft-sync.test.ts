import { afterEach, describe, expect, it } from 'vitest';
import type { Dataset } from '../../core/types';
import type { AppStore } from '../../store/store';
import { DRAFT_SCHEMA_VERSION, draftKey } from './draft-record';
import { adoptStored, syncDraftsAcrossTabs } from './draft-sync';
import { applyDraft, undoDraft } from './drafts';
import { memoryStorage, publishedStore } from '../../../tests/helpers/import-test-utils';

const services = (count: number): Dataset => ({
  id: 'services',
  rows: [{ period: '2022', item: '全城通办', count }],
});

const shown = (store: AppStore) => {
  const s = store.getState().datasets.services;
  return s.status === 'ready' ? { origin: s.origin.kind, dataset: s.dataset } : undefined;
};
const notices = (store: AppStore) => store.getState().importNotices.map((n) => n.key);

const stops: (() => void)[] = [];
afterEach(() => {
  for (const stop of stops.splice(0)) stop();
});

describe('two tabs applying imports', () => {
  it('both end on the last write; the tab whose write lost is told', async () => {
    const storage = memoryStorage();
    const [a, b] = [publishedStore(), publishedStore()];
    await applyDraft(a, services(600), 'a.csv', storage);
    await applyDraft(b, services(700), 'b.csv', storage);
    await Promise.all([adoptStored(a, 'services', storage), adoptStored(b, 'services', storage)]);
    expect(shown(a)).toEqual({ origin: 'imported', dataset: services(700) });
    expect(shown(b)).toEqual(shown(a));
    expect(notices(a)).toEqual(['import.notice.otherTab']);
    expect(a.getState().importNotices[0]?.params).toMatchObject({ file: 'b.csv' });
    expect(notices(b)).toEqual([]);
  });

  it('an undo in one tab returns the other to the published data, with a notice', async () => {
    const storage = memoryStorage();
    const [a, b] = [publishedStore(), publishedStore()];
    const published = shown(a);
    await applyDraft(a, services(600), 'a.csv', storage);
    await adoptStored(b, 'services', storage);
    expect(shown(b)).toEqual(shown(a));
    await undoDraft(a, 'services', storage);
    expect(storage.data.has(draftKey('services'))).toBe(false);
    await adoptStored(b, 'services', storage);
    expect(shown(b)).toEqual(published);
    expect(notices(b)).toEqual(['import.notice.otherTab', 'import.notice.otherTabPublished']);
  });

  it('never replaces a change this tab has not finished saving', async () => {
    const storage = memoryStorage({
      [draftKey('services')]: {
        schemaVersion: DRAFT_SCHEMA_VERSION,
        dataset: services(700),
        fileName: 'b.csv',
        importedAt: 1,
      },
    });
    let release = () => {};
    storage.set.mockImplementationOnce(
      (key, value) =>
        new Promise<undefined>((done) => {
          release = () => {
            storage.data.set(key, value);
            done(undefined);
          };
        }),
    );
    const a = publishedStore();
    const saving = applyDraft(a, services(600), 'a.csv', storage);
    await adoptStored(a, 'services', storage);
    expect(shown(a)?.dataset).toEqual(services(600));
    release();
    await saving;
    expect(storage.data.get(draftKey('services'))).toMatchObject({ fileName: 'a.csv' });
  });

  it('ignores a corrupt record another tab left, keeping what this tab shows', async () => {
    const storage = memoryStorage({ [draftKey('services')]: { schemaVersion: 1, dataset: 'x' } });
    const a = publishedStore();
    const before = a.getState().datasets.services;
    await adoptStored(a, 'services', storage);
    expect(a.getState().datasets.services).toBe(before);
  });

  it('over a BroadcastChannel: a save in one tab reaches the other', async () => {
    const storage = memoryStorage();
    const [a, b] = [publishedStore(), publishedStore()];
    stops.push(syncDraftsAcrossTabs(a, storage), syncDraftsAcrossTabs(b, storage));
    await applyDraft(a, services(600), 'a.csv', storage);
    await expect.poll(() => shown(b)?.dataset).toEqual(services(600));
    expect(notices(b)).toEqual(['import.notice.otherTab']);
  });
});

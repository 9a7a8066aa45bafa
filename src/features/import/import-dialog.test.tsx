import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import iconv from 'iconv-lite';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MAX_BYTES } from '../../core/decode';
import { formatIssue } from '../../i18n/format-issue';
import { translator } from '../../i18n/translate';
import { draftKey } from './draft-record';
import {
  memoryStorage,
  publishedDataset,
  publishedStore,
  renderImport,
  utf8File,
} from '../../../tests/helpers/import-test-utils';

const t = translator('zh');

// jsdom has no layout or canvas; the chart's option is tested in src/charts.
vi.mock('../../charts/echart', () => ({ default: () => null }));

async function pick(files: File[]) {
  const user = userEvent.setup();
  // The header's input; the dialog has one of its own once open.
  await user.upload(screen.getAllByTestId('import-file-input')[0]!, files);
  return user;
}

afterEach(() => vi.restoreAllMocks());

const closeDialog = (user: ReturnType<typeof userEvent.setup>) =>
  user.click(screen.getByRole('button', { name: t('import.close') }));

describe('import dialog', () => {
  it('lists each error by row and column, disables Apply and stores nothing', async () => {
    const store = publishedStore();
    const storage = memoryStorage();
    renderImport(store, storage);
    const before = store.getState().datasets;
    await pick([utf8File('期间,事项,数量\n2022,全城通办,600\n2022,大都市圈,-5\n', 'services.csv')]);

    const dialog = await screen.findByRole('dialog', { name: t('import.title') });
    const alert = await within(dialog).findByRole('alert');
    const expected = formatIssue(
      { code: 'negative', severity: 'error', row: 3, column: '数量', value: '-5' },
      t,
    );
    expect(alert).toHaveTextContent(expected);
    expect(alert).toHaveTextContent(t('issue.row', { row: 3 }));
    expect(within(dialog).getByRole('button', { name: t('import.apply') })).toBeDisabled();
    expect(
      within(dialog).getByRole('button', { name: t('import.issues.download') }),
    ).toBeInTheDocument();
    expect(store.getState().datasets).toBe(before);
    expect(storage.set).not.toHaveBeenCalled();
  });

  it('lists warnings but lets the file be applied', async () => {
    renderImport(publishedStore(), memoryStorage());
    await pick([utf8File('period,item,count,note\n2022,a,1,x\n', 'services.csv')]);
    const warning = t('issue.unknown_column', { column: 'note' });
    expect(await screen.findByText(new RegExp(warning))).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('button', { name: t('import.apply') })).toBeEnabled();
  });

  it('downloads the issues as a formula-safe CSV', async () => {
    const created: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      created.push(blob as Blob);
      return 'blob:issues';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    renderImport(publishedStore(), memoryStorage());
    const user = await pick([utf8File('period,item,count\n2022,=cmd,x\n', 'bad.csv')]);
    await user.click(await screen.findByRole('button', { name: t('import.issues.download') }));
    const text = await created[0]!.text();
    expect(text).toContain('bad.csv,2,count,x,');
    expect(text).toContain(t('issue.bad_integer'));
  });

  it('previews a GBK file, shows the encoding and re-reads it when the encoding changes', async () => {
    const store = publishedStore();
    renderImport(store, memoryStorage());
    const text = '期间,事项,数量\r\n2022,全城通办,600\r\n';
    const bytes = new Uint8Array(iconv.encode(text, 'gbk'));
    const user = await pick([new File([bytes], 'services.csv')]);

    const select = await screen.findByRole('combobox', { name: t('import.facts.encoding') });
    expect(select).toHaveValue('gb18030');
    expect(screen.getByText(t('dataset.services'))).toBeInTheDocument();
    expect(screen.getByRole('cell', { name: '全城通办' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: t('import.apply') })).toBeEnabled();

    await user.selectOptions(select, 'utf-16le');
    await waitFor(() => expect(screen.queryByRole('cell', { name: '全城通办' })).toBeNull());
    expect(screen.getByRole('button', { name: t('import.apply') })).toBeDisabled();
    const peek = screen.getByText(t('import.peek')).parentElement!;
    expect(peek).not.toHaveTextContent('全城通办');

    await user.selectOptions(screen.getByRole('combobox'), 'gb18030');
    expect(await screen.findByRole('cell', { name: '全城通办' })).toBeInTheDocument();
  });

  it('shows the diff against the current data', async () => {
    renderImport(publishedStore(), memoryStorage());
    const published = publishedDataset('services');
    if (published.id !== 'services') throw new Error('services expected');
    const [first, ...rest] = published.rows;
    const lines = [
      'period,item,count',
      `${first!.period},${first!.item},${first!.count + 1}`,
      '2022,新事项,1',
    ];
    await pick([utf8File(lines.join('\n'), 'services.csv')]);
    const summary = t('import.diff.summary', {
      added: 1,
      changed: 1,
      removed: rest.length,
      unchanged: 0,
    });
    expect(await screen.findByText(summary)).toBeInTheDocument();
    const changed = screen.getByRole('list', { name: t('import.diff.changed') });
    expect(changed).toHaveTextContent(`${first!.count} → ${first!.count + 1}`);
  });

  it('draws the affected chart with the new data, or says why not', async () => {
    renderImport(publishedStore(), memoryStorage());
    const user = await pick([
      utf8File('period,item,count\n2021,a,1\n2022,a,5\n2022,b,7\n', 'services.csv'),
    ]);
    const section = await screen.findByRole('region', { name: t('import.preview.chart') });
    const chart = within(section).getByRole('img');
    expect(chart.getAttribute('aria-label')).toMatch(/\S/);

    const many = Array.from({ length: 41 }, (_, i) => `2022,item ${i},${i}`);
    await pick([utf8File(['period,item,count', ...many].join('\n'), 'many.csv')]);
    await user.click(await screen.findByRole('button', { name: /^many\.csv/ }));
    expect(
      await screen.findByText(t('import.preview.tooMany', { count: 41, max: 40 })),
    ).toBeInTheDocument();
  });

  it('says the size cap up front and rejects a larger file without reading it', async () => {
    renderImport(publishedStore(), memoryStorage());
    expect(screen.getByText(t('import.limit', { limitMb: 50 }))).toBeInTheDocument();
    const big = utf8File('period,item,count\n', 'huge.csv');
    Object.defineProperty(big, 'size', { value: MAX_BYTES + 1 });
    const read = vi.spyOn(big, 'arrayBuffer');
    await pick([big]);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      t('issue.file_too_large', { limitMb: 50 }),
    );
    expect(read).not.toHaveBeenCalled();
  });

  it('shows progress while reading and can cancel', async () => {
    const store = publishedStore();
    renderImport(store, memoryStorage());
    const slow = utf8File('period,item,count\n2022,a,1\n', 'slow.csv');
    vi.spyOn(slow, 'arrayBuffer').mockReturnValue(new Promise<ArrayBuffer>(() => {}));
    const user = await pick([slow]);
    expect(await screen.findByRole('progressbar')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: t('import.cancel') }));
    expect(screen.getByText(t('import.cancelled'))).toBeInTheDocument();
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  it('reads several files at once and cells pasted from Excel', async () => {
    renderImport(publishedStore(), memoryStorage());
    const user = await pick([
      utf8File('period,metric,change_pct,baseline\n2022,警情数,-3.5,前三年平均数\n', 'crime.csv'),
      utf8File('nothing here', 'other.csv'),
    ]);
    const tabs = await screen.findByRole('list', { name: t('import.files') });
    await waitFor(() => expect(tabs).toHaveTextContent(`crime.csv · ${t('import.status.ok')}`));
    expect(tabs).toHaveTextContent(`other.csv · ${t('import.status.errors')}`);

    await user.type(
      screen.getByLabelText(t('import.paste.label')),
      '期间\t力量\t日均警力{Enter}2022\t日均巡逻警力\t170余',
    );
    await user.click(screen.getByRole('button', { name: t('import.paste.read') }));
    expect(await screen.findByText(t('dataset.patrol'))).toBeInTheDocument();
    expect(screen.getByText(t('import.delimiter.tab'))).toBeInTheDocument();
  });

  it('is a labelled modal <dialog> that its close button closes', async () => {
    const showModal = vi.spyOn(HTMLDialogElement.prototype, 'showModal');
    renderImport(publishedStore(), memoryStorage());
    const user = await pick([utf8File('period,item,count\n2022,a,1\n', 'services.csv')]);
    const dialog = await screen.findByRole('dialog', { name: t('import.title') });
    expect(dialog.tagName).toBe('DIALOG');
    expect(showModal).toHaveBeenCalledTimes(1);
    await screen.findByRole('button', { name: t('import.apply') });
    await closeDialog(user);
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});

describe('apply, undo and restore', () => {
  it('applies atomically, shows the banner, saves the draft, and undo brings the published data back', async () => {
    const store = publishedStore();
    const storage = memoryStorage();
    renderImport(store, storage);
    const published = store.getState().datasets.services;
    const user = await pick([utf8File('period,item,count\n2022,全城通办,600\n', 'new.csv')]);
    await user.click(await screen.findByRole('button', { name: t('import.apply') }));

    const now = store.getState().datasets.services;
    expect(now.status === 'ready' && now.origin).toMatchObject({
      kind: 'imported',
      fileName: 'new.csv',
    });
    await waitFor(() => expect(storage.set).toHaveBeenCalledTimes(1));
    expect(storage.data.get(draftKey('services'))).toMatchObject({
      schemaVersion: 1,
      fileName: 'new.csv',
    });
    await closeDialog(user);

    const banner = screen.getByRole('status');
    expect(banner).toHaveTextContent('new.csv');
    expect(banner).toHaveTextContent(t('import.banner.draft', { dataset: t('dataset.services') }));
    await user.click(within(banner).getByRole('button', { name: t('import.undo') }));
    expect(store.getState().datasets.services).toBe(published);
    await waitFor(() => expect(storage.data.has(draftKey('services'))).toBe(false));
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('restores the published data after two imports', async () => {
    const store = publishedStore();
    const storage = memoryStorage();
    renderImport(store, storage);
    const user = await pick([
      utf8File('period,item,count\n2022,a,1\n', 'one.csv'),
      utf8File('period,item,count\n2022,b,2\n', 'two.csv'),
    ]);
    for (const name of ['one.csv', 'two.csv']) {
      await user.click(await screen.findByRole('button', { name: new RegExp(`^${name}`) }));
      await user.click(await screen.findByRole('button', { name: t('import.apply') }));
    }
    await closeDialog(user);
    expect(screen.getByRole('status')).toHaveTextContent('two.csv');
    await user.click(screen.getByRole('button', { name: t('import.restorePublished') }));
    const services = store.getState().datasets.services;
    expect(services.status === 'ready' && services.origin.kind).toBe('published');
    expect(services.status === 'ready' && services.dataset).toEqual(publishedDataset('services'));
    await waitFor(() => expect(storage.data.size).toBe(0));
  });

  it('keeps the applied data and says so when the draft cannot be saved', async () => {
    const store = publishedStore();
    const storage = memoryStorage();
    storage.set.mockRejectedValue(new DOMException('quota', 'QuotaExceededError'));
    renderImport(store, storage);
    const user = await pick([utf8File('period,item,count\n2022,a,1\n', 'q.csv')]);
    await user.click(await screen.findByRole('button', { name: t('import.apply') }));
    await closeDialog(user);
    const banner = await screen.findByRole('status');
    await waitFor(() =>
      expect(banner).toHaveTextContent(
        t('import.notice.saveFailed', { dataset: t('dataset.services') }),
      ),
    );
    const services = store.getState().datasets.services;
    expect(services.status === 'ready' && services.origin.kind).toBe('imported');
  });
});

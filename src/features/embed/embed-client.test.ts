import { afterEach, describe, expect, it, vi } from 'vitest';
import { readEmbedState, parseEmbedState, type EmbedState } from './embed-state';
import { fingerprint, stableJson } from '../../core/fingerprint';
import { HEIGHT_MESSAGE, HELLO_MESSAGE, reportHeight } from './frame-height';
import { parseMain, resolveTheme, swapInto } from './swap';

const STATE: EmbedState = {
  id: 'crime',
  dataset: 'crime',
  lang: 'en',
  theme: 'dark',
  period: '2021',
  periods: ['2020', '2021'],
  hash: 'abc',
};

describe('embed state', () => {
  it('round-trips through the JSON a page carries', () => {
    const main = parseMain(
      `<main id="embed"><script type="application/json" class="embed-state">${JSON.stringify(STATE)}</script></main>`,
    );
    expect(readEmbedState(main!)).toEqual(STATE);
  });

  it('refuses anything else', () => {
    for (const bad of [null, 1, [], {}, { ...STATE, id: 'cases' }, { ...STATE, periods: [1] }])
      expect(parseEmbedState(bad)).toBeUndefined();
    const main = parseMain(
      '<main id="embed"><script class="embed-state">{not json</script></main>',
    );
    expect(readEmbedState(main!)).toBeUndefined();
  });
});

describe('fingerprint', () => {
  it('ignores key order and notices any changed value', () => {
    expect(stableJson({ b: 1, a: [{ d: 2, c: 3 }] })).toBe(
      stableJson({ a: [{ c: 3, d: 2 }], b: 1 }),
    );
    const rows = [{ period: '2021', item: '甲', count: 934 }];
    expect(fingerprint(rows)).toBe(fingerprint([{ count: 934, item: '甲', period: '2021' }]));
    expect(fingerprint(rows)).not.toBe(fingerprint([{ ...rows[0], count: 935 }]));
  });
});

describe('swap', () => {
  it('parses a fragment without running its scripts', () => {
    const ran = vi.fn();
    Object.assign(window, { ran });
    parseMain(
      '<main id="embed"><script>window.ran()</script><img src=x onerror="window.ran()"></main>',
    );
    expect(ran).not.toHaveBeenCalled();
  });

  it('moves the new content into the same element and updates the page around it', () => {
    const main = document.createElement('main');
    main.id = 'embed';
    main.innerHTML = '<h1>旧</h1>';
    document.body.append(main);
    const next = parseMain(
      '<main id="embed" lang="en" data-theme="dark" data-title="New · Putuo"><h1>New</h1></main>',
    );
    swapInto(main, next!);
    expect(document.getElementById('embed')).toBe(main);
    expect(main.querySelector('h1')?.textContent).toBe('New');
    expect(document.documentElement.lang).toBe('en');
    expect(document.documentElement.getAttribute('data-theme')).toBe('dark');
    expect(document.title).toBe('New · Putuo');
    main.remove();
  });

  it('resolves theme=auto from the reader’s colour scheme', () => {
    expect(resolveTheme('auto', true)).toBe('dark');
    expect(resolveTheme('auto', false)).toBe('light');
    expect(resolveTheme('light', true)).toBe('light');
  });
});

describe('reportHeight', () => {
  const observed: ResizeObserverCallback[] = [];
  class FakeObserver {
    constructor(callback: ResizeObserverCallback) {
      observed.push(callback);
    }
    observe() {}
    disconnect() {}
  }

  afterEach(() => {
    vi.unstubAllGlobals();
    observed.length = 0;
  });

  function framed() {
    const posted: unknown[] = [];
    const parent = { postMessage: (message: unknown) => posted.push(message) };
    const listeners: ((e: MessageEvent) => void)[] = [];
    const win = {
      parent,
      addEventListener: (_: string, l: (e: MessageEvent) => void) => listeners.push(l),
      removeEventListener: () => {},
    } as unknown as Window;
    let height = 300;
    const content = { getBoundingClientRect: () => ({ height }) } as HTMLElement;
    const send = (source: unknown, data: unknown) =>
      listeners.forEach((l) => l({ source, data } as MessageEvent));
    return { win, parent, posted, content, send, setHeight: (h: number) => (height = h) };
  }

  it('posts the content height on start and on every change, and only then', () => {
    vi.stubGlobal('ResizeObserver', FakeObserver);
    const f = framed();
    reportHeight(f.content, 'crime', f.win);
    expect(f.posted).toEqual([{ type: HEIGHT_MESSAGE, id: 'crime', height: 300 }]);
    f.setHeight(412.2);
    observed[0]!([], {} as ResizeObserver);
    observed[0]!([], {} as ResizeObserver);
    expect(f.posted).toEqual([
      { type: HEIGHT_MESSAGE, id: 'crime', height: 300 },
      { type: HEIGHT_MESSAGE, id: 'crime', height: 413 },
    ]);
  });

  it('answers a hello from its parent only', () => {
    vi.stubGlobal('ResizeObserver', FakeObserver);
    const f = framed();
    reportHeight(f.content, 'crime', f.win);
    f.send({}, { type: HELLO_MESSAGE });
    expect(f.posted).toHaveLength(1);
    f.send(f.parent, { type: HELLO_MESSAGE });
    expect(f.posted).toHaveLength(2);
  });

  it('stays silent when the page is not in a frame', () => {
    const posted: unknown[] = [];
    const win = { postMessage: (m: unknown) => posted.push(m) } as unknown as Window;
    Object.assign(win, { parent: win });
    reportHeight(document.body, 'crime', win);
    expect(posted).toEqual([]);
  });
});

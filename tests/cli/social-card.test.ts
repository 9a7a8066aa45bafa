import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadTemplates, renderSite } from '../../src/app/render-site';
import { readDataFolder, readerOf } from '../../src/core/data-folder';
import { hash53 } from '../../src/core/fingerprint';
import type { RenderOutcome } from '../../src/core/site-files';
import { buildEmbedModel } from '../../src/features/embed/embed-model';
import { embedCardSvg } from '../../src/features/embed/social-card';
import { numberFormats } from '../../src/i18n/format';
import { readDataDir } from '../../scripts/data-dir';
import { wholeFontRender } from './whole-font';

// The source pages stand in for the built templates: same markers, no stylesheets.
const templates = loadTemplates((path) => readFileSync(path, 'utf8'));
const data = readDataDir('data');
const PUBLIC = 'https://police.example/putuo/';

let outcome: Extract<RenderOutcome, { ok: true }>;
/** The services card's SVG, drawn again from data/ as read by core, and the figure to look for. */
let svg: string;
let figure: string;

beforeAll(async () => {
  const rendered = await renderSite(data, new Date(0), templates, { publicUrl: PUBLIC });
  if (!rendered.ok) throw new Error(JSON.stringify(rendered.issues));
  outcome = rendered;
  const folder = await readDataFolder(readerOf(data));
  const services = folder.datasets.services;
  const manifest = folder.manifest;
  if (services?.status !== 'ready' || manifest?.status !== 'ready') throw new Error('data/');
  if (services.dataset.id !== 'services') throw new Error('services.csv');
  const latest = services.dataset.rows
    .map((r) => r.period)
    .sort()
    .at(-1);
  // The smallest bar of the latest period: the hardest label to keep visible.
  const smallest = Math.min(
    ...services.dataset.rows.filter((r) => r.period === latest).map((r) => r.count),
  );
  figure = numberFormats('zh').nf.format(smallest);
  const model = buildEmbedModel('services', services.dataset, manifest.manifest, {
    lang: 'zh',
    theme: 'light',
    period: undefined,
  });
  if (!model) throw new Error('no services model');
  svg = embedCardSvg(model);
}, 120_000);

const file = (path: string) => outcome.files.find((f) => f.path === path)?.body;
const text = (path: string) => String(file(path));
const pixels = wholeFontRender;

describe('social cards', () => {
  it('the board and every embed page carry Open Graph and Twitter tags, linking absolute cards', () => {
    for (const [page, card] of [
      ['index.html', 'cards/board.png'],
      ['embed/services.html', 'cards/services.png'],
      ['embed/crime.html', 'cards/crime.png'],
      ['embed/patrol.html', 'cards/patrol.png'],
    ] as const) {
      const html = text(page);
      const meta = (key: string) =>
        new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`).exec(html)?.[1];
      expect(meta('og:title'), page).toBeTruthy();
      expect(meta('og:description'), page).toBeTruthy();
      expect(meta('og:image'), page).toMatch(new RegExp(`^${PUBLIC}${card}\\?v=\\w+$`));
      expect(meta('twitter:card'), page).toBe('summary_large_image');
      const png = file(card);
      expect(png).toBeInstanceOf(Uint8Array);
      const view = new DataView((png as Uint8Array).buffer, (png as Uint8Array).byteOffset);
      expect([view.getUint32(16), view.getUint32(20)], card).toEqual([1200, 630]);
    }
    const embed = text('embed/services.html');
    expect(embed).toContain(`content="${PUBLIC}embed/services.html"`);
    const caption = /<p class="caption">([^<]*)</.exec(embed)?.[1];
    expect(embed).toContain(`<meta property="og:description" content="${caption}"`);
  });

  it('the services card is the PNG of an SVG that draws the smallest figure of data/', () => {
    expect(svg).toContain(`>${figure}</text>`);
    expect(svg).toMatch(/>期间：/);
    expect(svg).toMatch(/来源：/);
    expect(text('embed/services.html')).toContain(`cards/services.png?v=${hash53(svg)}"`);
    // Drawn again here with the whole font, not the renderer's subset: the same bytes.
    const card = Buffer.from(file('cards/services.png')!);
    expect(Buffer.from(pixels(svg).asPng()).equals(card)).toBe(true);
  }, 60_000);

  it('the figure is drawn in the picture: without its text, pixels change where it stands', () => {
    const label = new RegExp(`<text[^>]*>${figure}</text>`);
    const withFigure = pixels(svg);
    const without = pixels(svg.replace(label, ''));
    const { width, height } = withFigure;
    const a = withFigure.pixels;
    const b = without.pixels;
    let changed = 0;
    let [minX, minY, maxX, maxY] = [width, height, 0, 0];
    for (let i = 0; i < a.length; i += 4) {
      if (a[i] === b[i] && a[i + 1] === b[i + 1] && a[i + 2] === b[i + 2]) continue;
      changed++;
      const x = (i / 4) % width;
      const y = Math.floor(i / 4 / width);
      [minX, minY, maxX, maxY] = [
        Math.min(minX, x),
        Math.min(minY, y),
        Math.max(maxX, x),
        Math.max(maxY, y),
      ];
    }
    // A few glyphs' worth of ink, inside the chart's box, nowhere else.
    expect(changed).toBeGreaterThan(30);
    expect(maxX - minX).toBeLessThan(80);
    expect(maxY - minY).toBeLessThan(40);
    expect(minY).toBeGreaterThan(180);
    expect(maxY).toBeLessThan(520);
  }, 60_000);
});

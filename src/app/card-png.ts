/**
 * Node only: the social cards' rasteriser. It loads a native module and 20 MB of font, so only
 * the site renderer imports it (ESLint keeps it out of every browser entry).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderAsync } from '@resvg/resvg-js';
import subsetFont from 'subset-font';
import { CARD_FONT } from '../features/embed/social-card';

const require = createRequire(import.meta.url);
const WEIGHTS = ['400Regular/NotoSansSC_400Regular.ttf', '700Bold/NotoSansSC_700Bold.ttf'];
/** Characters every subset keeps, so a changed figure does not need a new one. */
const ALWAYS = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('') + '…';
/**
 * One folder for every process, files named by their characters' hash: a killed worker leaves
 * nothing behind that the next one will not reuse, and a cut font is made once per text.
 */
const DIR = join(tmpdir(), 'putuo-card-fonts');

let fonts: Buffer[] | undefined;
let fontsHash: string | undefined;
const subsets = new Map<string, Promise<string[]>>();

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Every character the cards' text draws, sorted, with the ones every subset keeps. */
export function cardChars(svgs: readonly string[]): string {
  const text = svgs
    .join(' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&(\w+);/g, (entity, name: string) => ENTITIES[name] ?? entity);
  return Array.from(new Set(Array.from(ALWAYS + text)))
    .sort()
    .join('');
}

/**
 * The card font cut down to `chars`, as files resvg can load. resvg-js 2.6 re-reads a font file
 * for every run of text it lays out, so the whole 10 MB CJK font cost seconds of I/O per render;
 * a subset of a few dozen KB costs nothing to re-read.
 */
function subsetFiles(chars: string): Promise<string[]> {
  fonts ??= WEIGHTS.map((file) =>
    readFileSync(require.resolve(`@expo-google-fonts/noto-sans-sc/${file}`)),
  );
  // The fonts' own hash is in the name too: a new font release never reuses an old cut.
  fontsHash ??= fonts.reduce((h, f) => h.update(f), createHash('sha256')).digest('hex');
  const key = createHash('sha256').update(fontsHash).update(chars).digest('hex').slice(0, 16);
  const known = subsets.get(key);
  if (known) return known;
  mkdirSync(DIR, { recursive: true });
  const made = Promise.all(
    fonts.map(async (font, i) => {
      const path = join(DIR, `${key}-${i}.ttf`);
      if (existsSync(path)) return path;
      // Written beside and renamed, so another process never reads half a font.
      const part = `${path}.${process.pid}.part`;
      writeFileSync(part, await subsetFont(font, chars, { targetFormat: 'truetype' }));
      renameSync(part, path);
      return path;
    }),
  );
  subsets.set(key, made);
  made.catch(() => subsets.delete(key));
  return made;
}

/** The last render's PNGs by their SVG's hash: a card whose SVG is unchanged is the same picture. */
let previous = new Map<string, Uint8Array>();

/** The cards' SVGs as PNGs, with the bundled font only, so every machine draws them alike. */
export async function cardPngs(svgs: readonly string[]): Promise<Uint8Array[]> {
  if (svgs.length === 0) return [];
  const keys = svgs.map((svg) => createHash('sha256').update(svg).digest('hex'));
  const fresh = svgs.filter((_, i) => !previous.has(keys[i]!));
  // The subset is cut for every card's text, so the same cards keep finding the same one.
  const fontFiles = fresh.length > 0 ? await subsetFiles(cardChars(svgs)) : [];
  const pngs = await Promise.all(
    svgs.map(async (svg, i) => {
      const known = previous.get(keys[i]!);
      if (known) return known;
      const image = await renderAsync(svg, {
        font: { loadSystemFonts: false, fontFiles, defaultFontFamily: CARD_FONT },
        logLevel: 'off',
      });
      return new Uint8Array(image.asPng());
    }),
  );
  previous = new Map(keys.map((key, i) => [key, pngs[i]!]));
  return pngs;
}

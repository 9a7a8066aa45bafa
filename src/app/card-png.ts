/**
 * Node only: the social cards' rasteriser. It loads a native module and 20 MB of font, so only
 * the site renderer imports it (ESLint keeps it out of every browser entry).
 */
import { createRequire } from 'node:module';
import { renderAsync } from '@resvg/resvg-js';
import { CARD_FONT } from '../features/embed/social-card';

const require = createRequire(import.meta.url);
const FONTS = ['400Regular/NotoSansSC_400Regular.ttf', '700Bold/NotoSansSC_700Bold.ttf'].map(
  (file) => require.resolve(`@expo-google-fonts/noto-sans-sc/${file}`),
);

/** The card's SVG as a PNG, with the bundled font only, so every machine draws it alike. */
export async function cardPng(svg: string): Promise<Uint8Array> {
  const image = await renderAsync(svg, {
    font: { loadSystemFonts: false, fontFiles: FONTS, defaultFontFamily: CARD_FONT },
    logLevel: 'off',
  });
  return new Uint8Array(image.asPng());
}

import { Resvg } from '@resvg/resvg-js';
import { CARD_FONT } from '../../src/features/embed/social-card';

/** An SVG drawn with the whole card font, not the subset the renderer cuts for its cards. */
export function wholeFontRender(svg: string) {
  return new Resvg(svg, {
    font: {
      loadSystemFonts: false,
      fontFiles: ['400Regular/NotoSansSC_400Regular.ttf', '700Bold/NotoSansSC_700Bold.ttf'].map(
        (f) => `node_modules/@expo-google-fonts/noto-sans-sc/${f}`,
      ),
      defaultFontFamily: CARD_FONT,
    },
    logLevel: 'off',
  }).render();
}

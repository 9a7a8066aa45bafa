import { describe, expect, it } from 'vitest';
import { contrastRatio, paletteVars, PALETTES, type Palette } from './theme';

const TEXT_COLOURS: (keyof Palette)[] = ['text', 'textMuted', 'link', 'rise', 'fall'];
const GRAPHIC_COLOURS: (keyof Palette)[] = ['series', 'previous', 'focus'];

describe('palettes', () => {
  it('computes contrast as WCAG does', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#777777')).toBe(1);
  });

  for (const [name, palette] of Object.entries(PALETTES)) {
    for (const bg of ['background', 'surface'] as const) {
      it(`${name}: text colours reach 4.5:1 on ${bg}`, () => {
        for (const key of TEXT_COLOURS)
          expect(contrastRatio(palette[key], palette[bg]), key).toBeGreaterThanOrEqual(4.5);
      });
      it(`${name}: bars and focus rings reach 3:1 on ${bg}`, () => {
        for (const key of GRAPHIC_COLOURS)
          expect(contrastRatio(palette[key], palette[bg]), key).toBeGreaterThanOrEqual(3);
      });
    }
  }

  it('turns palette names into CSS custom properties', () => {
    expect(paletteVars(PALETTES.light)['--text-muted']).toBe(PALETTES.light.textMuted);
  });
});

export type ThemeName = 'light' | 'dark';

export interface Palette {
  background: string;
  surface: string;
  border: string;
  text: string;
  textMuted: string;
  link: string;
  focus: string;
  grid: string;
  /** The current period's bars. */
  series: string;
  /** The comparison period's bars. */
  previous: string;
  rise: string;
  fall: string;
  skeleton: string;
}

/** Text colours meet WCAG AA (4.5:1) on both background and surface; theme.test.ts checks it. */
export const PALETTES: Record<ThemeName, Palette> = {
  light: {
    background: '#ffffff',
    surface: '#f5f7fa',
    border: '#d0d5dd',
    text: '#1a1f27',
    textMuted: '#4b5565',
    link: '#1849a9',
    focus: '#1849a9',
    grid: '#e4e7ec',
    series: '#1f5fbf',
    previous: '#6a8cc0',
    rise: '#b42318',
    fall: '#067647',
    skeleton: '#eaecf0',
  },
  dark: {
    background: '#111418',
    surface: '#1b2028',
    border: '#3a4350',
    text: '#eceff3',
    textMuted: '#b3bcc8',
    link: '#8ab4ff',
    focus: '#8ab4ff',
    grid: '#2c333d',
    series: '#6ea8ff',
    previous: '#4d6f9e',
    rise: '#ff8c82',
    fall: '#47cd89',
    skeleton: '#262c35',
  },
};

export const FONT_FAMILY =
  'system-ui, -apple-system, "Segoe UI", "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif';

function channel(hex: string, offset: number): number {
  const c = parseInt(hex.slice(offset, offset + 2), 16) / 255;
  return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

function luminance(hex: string): number {
  return 0.2126 * channel(hex, 1) + 0.7152 * channel(hex, 3) + 0.0722 * channel(hex, 5);
}

/** WCAG 2 contrast ratio of two #rrggbb colours. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** The palette as CSS custom properties, so styles and charts share one source of colour. */
export function paletteVars(palette: Palette): Record<string, string> {
  const vars: Record<string, string> = {};
  for (const [name, value] of Object.entries(palette)) {
    vars[`--${name.replace(/[A-Z]/g, (ch) => '-' + ch.toLowerCase())}`] = value;
  }
  return vars;
}

import { escapeHtml } from '../../i18n/format';
import { bandCss } from '../../charts/band-css';
import { paletteVars, PALETTES, type Palette } from '../../charts/theme';
import { SVG_BREAKPOINTS, SVG_WIDTHS } from './render-svg';

/**
 * For the embed pages, which any site may frame. frame-ancestors is ignored in a meta tag,
 * so docs/hosting.md gives the headers; styles may be inline because ECharts' SVG uses them.
 */
export const EMBED_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

function varsOf(palette: Palette): string {
  return Object.entries(paletteVars(palette))
    .map(([name, value]) => `${name}:${value}`)
    .join(';');
}

/** Each drawing is shown only in its band of frame widths. */
export function drawingCss(): string {
  return bandCss(SVG_WIDTHS, SVG_BREAKPOINTS, '@media', (width) => `.drawing.w${width}`);
}

/** The palettes as custom properties (one source of colour with the charts) and the bands. */
export function embedCss(): string {
  return [
    `:root,[data-theme='light']{${varsOf(PALETTES.light)}}`,
    `[data-theme='dark']{${varsOf(PALETTES.dark)}}`,
    drawingCss(),
  ].join('\n');
}

export interface PageParts {
  lang: string;
  theme: string;
  title: string;
  description: string;
  /** The built stylesheet's text, inlined so the first paint waits for no request. */
  css: string;
  body: string;
  /** Open Graph and Twitter tags (social-card.ts). */
  social?: string;
}

const STYLESHEET = /<link rel="stylesheet"[^>]*>\s*/g;

/** The built template (embed/chart.html after vite build) filled in for one chart. */
export function assemblePage(template: string, parts: PageParts): string {
  const head =
    `<meta http-equiv="Content-Security-Policy" content="${EMBED_CSP}" />\n` +
    `<meta name="description" content="${escapeHtml(parts.description)}" />\n` +
    `<style>${parts.css}\n${embedCss()}</style>\n` +
    (parts.social ? `${parts.social}\n` : '');
  const filled = template
    .replace(/<html[^>]*>/, `<html lang="${parts.lang}" data-theme="${parts.theme}">`)
    .replace(/<title>[\s\S]*?<\/title>/, `<title>${escapeHtml(parts.title)}</title>`)
    .replace(STYLESHEET, '')
    .replace('</head>', `${head}</head>`)
    .replace(/<body[^>]*>[\s\S]*<\/body>/, `<body>${parts.body}</body>`);
  if (!filled.includes(parts.body)) throw new Error('embed template has no <body>');
  return filled;
}

/** The stylesheets the built template links, as paths relative to it. */
export function linkedStylesheets(template: string): string[] {
  return Array.from(
    template.matchAll(STYLESHEET),
    (m) => /href="([^"]+)"/.exec(m[0])?.[1] ?? '',
  ).filter(Boolean);
}

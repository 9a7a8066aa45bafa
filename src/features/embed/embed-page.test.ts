import { describe, expect, it } from 'vitest';
import { assemblePage, drawingCss, EMBED_CSP, linkedStylesheets } from './embed-page';
import { SVG_BREAKPOINTS, SVG_WIDTHS } from './render-svg';

const BUILT = `<!doctype html>
<html lang="zh-CN">
  <head>
    <meta charset="UTF-8" />
    <title>普陀公安平安数据</title>
    <script type="module" crossorigin src="../assets/embed-abc.js"></script>
    <link rel="stylesheet" crossorigin href="../assets/embed-abc.css">
  </head>
  <body>
    <main id="embed" class="embed"></main>
  </body>
</html>`;

describe('assemblePage', () => {
  const html = assemblePage(BUILT, {
    lang: 'zh-CN',
    theme: 'light',
    title: 'A <title> & more',
    description: 'caption "quoted"',
    css: '.embed{color:red}',
    body: '<main id="embed">drawn</main>',
  });
  const doc = new DOMParser().parseFromString(html, 'text/html');

  it('puts the drawn body, title, description and theme into the built template', () => {
    expect(doc.body.innerHTML.trim()).toBe('<main id="embed">drawn</main>');
    expect(doc.title).toBe('A <title> & more');
    expect(doc.querySelector('meta[name="description"]')?.getAttribute('content')).toBe(
      'caption "quoted"',
    );
    expect(doc.documentElement.getAttribute('data-theme')).toBe('light');
  });

  it('inlines the stylesheet with the palettes, and keeps the module script', () => {
    expect(doc.querySelector('link[rel="stylesheet"]')).toBeNull();
    const style = doc.querySelector('style')?.textContent ?? '';
    expect(style).toContain('.embed{color:red}');
    expect(style).toMatch(/\[data-theme='dark'\]\{--background:#/);
    expect(doc.querySelector('script[type="module"]')?.getAttribute('src')).toBe(
      '../assets/embed-abc.js',
    );
  });

  it('sets a CSP that allows no inline script, no eval and no other origin', () => {
    const csp = doc.querySelector('meta[http-equiv="Content-Security-Policy"]');
    expect(csp?.getAttribute('content')).toBe(EMBED_CSP);
    const script = EMBED_CSP.split('; ').find((d) => d.startsWith('script-src'));
    expect(script).toBe("script-src 'self'");
    expect(EMBED_CSP).toContain("default-src 'none'");
    expect(EMBED_CSP).toContain("connect-src 'self'");
    expect(EMBED_CSP).not.toMatch(/https?:|unsafe-eval/);
  });

  it('finds the stylesheets to inline', () => {
    expect(linkedStylesheets(BUILT)).toEqual(['../assets/embed-abc.css']);
  });
});

describe('drawingCss', () => {
  it('shows exactly one drawing at every frame width', () => {
    const css = drawingCss();
    const shown = (width: number) =>
      SVG_WIDTHS.filter((w, i) => {
        const from = SVG_BREAKPOINTS[i] ?? 0;
        const to = SVG_BREAKPOINTS[i + 1] ?? Infinity;
        return width >= from && width < to && css.includes(`.drawing.w${w}{display:block}`);
      });
    for (const width of [280, 320, 439, 440, 599.5, 600, 799, 800, 1200, 2000])
      expect(shown(width), String(width)).toHaveLength(1);
    expect(css.match(/display:block/g)).toHaveLength(SVG_WIDTHS.length);
  });
});

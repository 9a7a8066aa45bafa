import { composePng, createCanvas, imageBlock, stack, textBlock } from '../../ui/png-composer';
import { svgImage } from '../../ui/svg-image';

const PAD = 16;
const FONT = 'system-ui, -apple-system, "Segoe UI", "PingFang SC", "Microsoft YaHei", sans-serif';

function shownDrawing(main: HTMLElement): SVGSVGElement | undefined {
  for (const drawing of main.querySelectorAll<HTMLElement>('.drawing')) {
    const svg = drawing.querySelector('svg');
    if (svg && getComputedStyle(drawing).display !== 'none') return svg;
  }
  return undefined;
}

function textOf(main: HTMLElement, selector: string): string {
  return main.querySelector(selector)?.textContent?.trim() ?? '';
}

/**
 * The chart as shown, with its title above and its period and source below, as one PNG.
 * It reads the embed's own markup, which the page was built from and has no store to ask.
 */
export async function chartPng(main: HTMLElement): Promise<Blob | undefined> {
  const svg = shownDrawing(main);
  if (!svg) return undefined;
  const img = await svgImage(new XMLSerializer().serializeToString(svg));
  const width = svg.viewBox.baseVal.width || img.width;
  const height = svg.viewBox.baseVal.height || img.height;
  const style = getComputedStyle(main);
  const colour = (name: string, fallback: string) =>
    style.getPropertyValue(name).trim() || fallback;
  const text = colour('--text', '#000000');
  const target = createCanvas();
  const colon = main.lang.startsWith('zh') ? '：' : ': ';
  const facts = Array.from(main.querySelectorAll('.facts > div'), (d) =>
    Array.from(d.children, (c) => c.textContent?.trim() ?? '').join(colon),
  );
  const note = { font: `12px ${FONT}`, color: colour('--text-muted', text), lineHeight: 18 };
  const body = stack([
    textBlock(
      target.ctx,
      textOf(main, 'h1'),
      { font: `600 17px ${FONT}`, color: text, lineHeight: 24 },
      width,
    ),
    imageBlock(img, { width, height }, 8),
    ...[...facts, textOf(main, '.as-of'), textOf(main, '.revised')]
      .filter((t) => t !== '')
      .map((t) => textBlock(target.ctx, t, note, width)),
  ]);
  try {
    return await composePng(target, body, {
      width,
      pad: PAD,
      background: colour('--background', '#ffffff'),
    });
  } catch {
    return undefined;
  }
}

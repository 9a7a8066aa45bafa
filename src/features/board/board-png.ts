import type { Palette } from '../../charts/theme';
import { FONT_FAMILY } from '../../charts/theme';
import { gridRows, pixelSize, wrapText } from './png-text';

const SCALE = 2;
const WIDTH = 1200;
const PAD = 32;
const GAP = 16;
const KPI_COLUMNS = 4;

export interface BoardPngInput {
  /** The rendered board: title, KPI cards and chart panels are read from it as shown. */
  root: HTMLElement;
  palette: Palette;
  /** "Period: 2021, compared with 2020". */
  period: string;
  /** The whole case log, one line a case (the screen shows it a page at a time). */
  cases: { heading: string; lines: string[] } | undefined;
}

type Ctx = CanvasRenderingContext2D;
interface Block {
  height: number;
  draw(ctx: Ctx, x: number, y: number): void;
}

const font = (px: number, weight = 400) => `${weight} ${px}px ${FONT_FAMILY}`;
const textOf = (el: Node | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

function textBlock(ctx: Ctx, text: string, f: string, color: string, lh: number, width = WIDTH) {
  ctx.font = f;
  const lines = text ? wrapText(text, width, (s) => ctx.measureText(s).width) : [];
  return {
    height: lines.length * lh,
    draw(c: Ctx, x: number, y: number) {
      c.font = f;
      c.fillStyle = color;
      lines.forEach((line, i) => c.fillText(line, x, y + i * lh + lh * 0.78));
    },
  };
}

function stack(blocks: Block[], gap = 0): Block {
  return {
    height: blocks.reduce((h, b) => h + b.height, 0) + gap * Math.max(0, blocks.length - 1),
    draw(c, x, y) {
      let top = y;
      for (const b of blocks) {
        b.draw(c, x, top);
        top += b.height + gap;
      }
    },
  };
}

function directionColor(el: Element, p: Palette, fallback: string): string {
  if (el.classList.contains('rise')) return p.rise;
  if (el.classList.contains('fall')) return p.fall;
  return fallback;
}

function kpiGrid(ctx: Ctx, root: HTMLElement, p: Palette): Block {
  const width = (WIDTH - GAP * (KPI_COLUMNS - 1)) / KPI_COLUMNS;
  const inner = width - 24;
  const cards = Array.from(root.querySelectorAll('.kpi-card:not(.kpi-skeleton)'), (card) => {
    const value = card.querySelector('.kpi-value');
    const foot = card.querySelector('.kpi-foot')?.firstChild;
    return stack([
      textBlock(ctx, textOf(card.querySelector('.kpi-label')), font(15, 600), p.text, 21, inner),
      textBlock(
        ctx,
        textOf(value),
        font(26, 700),
        value ? directionColor(value, p, p.text) : p.text,
        34,
        inner,
      ),
      ...Array.from(card.querySelectorAll('.kpi-note'), (n) =>
        textBlock(ctx, textOf(n), font(13), directionColor(n, p, p.textMuted), 18, inner),
      ),
      textBlock(ctx, textOf(foot).replace(/\s*·\s*$/, ''), font(12), p.textMuted, 18, inner),
    ]);
  });
  const rows = gridRows(cards, KPI_COLUMNS).map((row) => ({
    row,
    height: Math.max(...row.map((c) => c.height)) + 24,
  }));
  return {
    height: rows.reduce((h, r) => h + r.height, 0) + GAP * Math.max(0, rows.length - 1),
    draw(c, x, y) {
      let top = y;
      for (const { row, height } of rows) {
        row.forEach((card, i) => {
          const left = x + i * (width + GAP);
          c.fillStyle = p.surface;
          c.strokeStyle = p.border;
          c.beginPath();
          c.roundRect(left, top, width, height, 8);
          c.fill();
          c.stroke();
          card.draw(c, left + 12, top + 12);
        });
        top += height + GAP;
      }
    },
  };
}

function loadSvg(svg: SVGSVGElement): Promise<HTMLImageElement> {
  const text = new XMLSerializer().serializeToString(svg);
  const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
  const img = new Image();
  img.src = url;
  return img.decode().then(
    () => (URL.revokeObjectURL(url), img),
    (error: unknown) => {
      URL.revokeObjectURL(url);
      throw error;
    },
  );
}

async function panelBlock(ctx: Ctx, panel: HTMLElement, p: Palette): Promise<Block | undefined> {
  // A pre-rendered chart holds a drawing per width of box; the one on screen is the one shown.
  const svg = Array.from(panel.querySelectorAll<SVGSVGElement>('.chart svg')).find(
    (s) => s.getBoundingClientRect().width > 0,
  );
  if (!svg) return undefined;
  const img = await loadSvg(svg);
  const w = Number(svg.getAttribute('width')) || svg.viewBox.baseVal.width || img.width;
  const h = Number(svg.getAttribute('height')) || svg.viewBox.baseVal.height || img.height;
  const drawW = Math.min(WIDTH, w);
  const drawH = (h * drawW) / w;
  const notes = Array.from(panel.querySelectorAll('.source-note dl > div'), (d) =>
    Array.from(d.children, (c) => textOf(c)).join(d.closest(':lang(en)') ? ': ' : '：'),
  );
  return stack([
    textBlock(ctx, textOf(panel.querySelector('h2')), font(20, 600), p.text, 28),
    textBlock(ctx, textOf(panel.querySelector('.panel-period')), font(14), p.textMuted, 20),
    textBlock(ctx, textOf(panel.querySelector('.chart-caption')), font(14), p.text, 20),
    { height: drawH + 8, draw: (c, x, y) => c.drawImage(img, x, y + 4, drawW, drawH) },
    ...[...notes, textOf(panel.querySelector('.as-of'))].map((n) =>
      textBlock(ctx, n, font(13), p.textMuted, 18),
    ),
  ]);
}

/** The sources section: every dataset's definition, periods and sources, the KPI cards' too. */
function sourcesBlock(ctx: Ctx, root: HTMLElement, p: Palette): Block {
  const entries = Array.from(root.querySelectorAll('.source-entry'), (entry) =>
    stack([
      textBlock(ctx, textOf(entry.querySelector('h3')), font(15, 600), p.text, 22),
      ...Array.from(entry.querySelectorAll('dl > div'), (d) => {
        const [dt, ...dd] = Array.from(d.children, (c) => textOf(c));
        const sep = d.closest(':lang(en)') ? ': ' : '：';
        return textBlock(ctx, `${dt}${sep}${dd.join(' ')}`, font(13), p.textMuted, 18);
      }),
    ]),
  );
  return stack(
    [
      textBlock(ctx, textOf(root.querySelector('.sources h2')), font(20, 600), p.text, 28),
      ...entries,
    ],
    10,
  );
}

function rule(p: Palette): Block {
  return {
    height: 1,
    draw(c, x, y) {
      c.fillStyle = p.border;
      c.fillRect(x, y, WIDTH, 1);
    },
  };
}

/** The whole board as one PNG at twice the pixel density: what it contains is listed in the report. */
export async function boardPng(input: BoardPngInput): Promise<Blob> {
  const { root, palette: p } = input;
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2d canvas');
  const panels = await Promise.all(
    Array.from(root.querySelectorAll<HTMLElement>('[data-panel]'), (el) => panelBlock(ctx, el, p)),
  );
  const blocks: Block[] = [
    textBlock(ctx, textOf(root.querySelector('h1')), font(28, 700), p.text, 38),
    textBlock(ctx, textOf(root.querySelector('.site-head .brand p')), font(16), p.textMuted, 24),
    textBlock(ctx, input.period, font(16, 600), p.text, 24),
    textBlock(ctx, textOf(root.querySelector('.kpi-as-of')), font(13), p.textMuted, 18),
    kpiGrid(ctx, root, p),
    ...panels.flatMap((b) => (b ? [rule(p), b] : [])),
  ];
  if (input.cases) {
    blocks.push(
      rule(p),
      textBlock(ctx, input.cases.heading, font(20, 600), p.text, 28),
      stack(
        input.cases.lines.map((l) => textBlock(ctx, l, font(14), p.text, 20)),
        6,
      ),
    );
  }
  blocks.push(rule(p), sourcesBlock(ctx, root, p));
  blocks.push(
    rule(p),
    textBlock(ctx, textOf(root.querySelector('.site-foot')), font(13), p.textMuted, 18),
  );
  const body = stack(blocks, GAP);
  const css = { width: WIDTH + PAD * 2, height: body.height + PAD * 2 };
  const size = pixelSize(css.width, css.height, SCALE);
  canvas.width = size.width;
  canvas.height = size.height;
  ctx.scale(SCALE, SCALE);
  ctx.fillStyle = p.background;
  ctx.fillRect(0, 0, css.width, css.height);
  body.draw(ctx, PAD, PAD);
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('toBlob failed'))),
      'image/png',
    ),
  );
}

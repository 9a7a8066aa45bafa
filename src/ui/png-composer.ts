import { wrapText } from './wrap-text';

/** What the composer asks of a canvas: a real 2D context, or a recording one in a test. */
export type Ctx = Pick<
  CanvasRenderingContext2D,
  | 'font'
  | 'fillStyle'
  | 'strokeStyle'
  | 'measureText'
  | 'fillText'
  | 'fillRect'
  | 'beginPath'
  | 'roundRect'
  | 'fill'
  | 'stroke'
  | 'drawImage'
>;

/** A piece of the picture that knows its height before it is drawn. */
export interface Block {
  height: number;
  draw(ctx: Ctx, x: number, y: number): void;
}

export interface TextStyle {
  font: string;
  color: string;
  lineHeight: number;
}

export const EMPTY: Block = { height: 0, draw: () => undefined };

/** Text wrapped to `width`; no text takes no room. */
export function textBlock(ctx: Ctx, text: string, style: TextStyle, width: number): Block {
  ctx.font = style.font;
  const lines = text ? wrapText(text, width, (s) => ctx.measureText(s).width) : [];
  const lh = style.lineHeight;
  return {
    height: lines.length * lh,
    draw(c, x, y) {
      c.font = style.font;
      c.fillStyle = style.color;
      lines.forEach((line, i) => c.fillText(line, x, y + i * lh + lh * 0.78));
    },
  };
}

/** Blocks one under another, `gap` between them. */
export function stack(blocks: readonly Block[], gap = 0): Block {
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

/** An image drawn at `width` with its own aspect ratio, `margin` above and below. */
export function imageBlock(
  img: CanvasImageSource,
  size: { width: number; height: number },
  margin = 0,
): Block {
  return {
    height: size.height + margin * 2,
    draw: (c, x, y) => c.drawImage(img, x, y + margin, size.width, size.height),
  };
}

/** A one-pixel line across `width`. */
export function rule(color: string, width: number): Block {
  return {
    height: 1,
    draw(c, x, y) {
      c.fillStyle = color;
      c.fillRect(x, y, width, 1);
    },
  };
}

/** Cards in rows of `columns`, each row as tall as its tallest card, each card boxed. */
export function cardGrid(
  cards: readonly Block[],
  layout: { columns: number; width: number; gap: number; pad: number },
  colors: { surface: string; border: string },
): Block {
  const { columns, gap, pad } = layout;
  const cardWidth = (layout.width - gap * (columns - 1)) / columns;
  const rows: { row: readonly Block[]; height: number }[] = [];
  for (let i = 0; i < cards.length; i += columns) {
    const row = cards.slice(i, i + columns);
    rows.push({ row, height: Math.max(...row.map((c) => c.height)) + pad * 2 });
  }
  return {
    height: rows.reduce((h, r) => h + r.height, 0) + gap * Math.max(0, rows.length - 1),
    draw(c, x, y) {
      let top = y;
      for (const { row, height } of rows) {
        row.forEach((card, i) => {
          const left = x + i * (cardWidth + gap);
          c.fillStyle = colors.surface;
          c.strokeStyle = colors.border;
          c.beginPath();
          c.roundRect(left, top, cardWidth, height, 8);
          c.fill();
          c.stroke();
          card.draw(c, left + pad, top + pad);
        });
        top += height + gap;
      }
    },
  };
}

/** The width a card's text wraps to in a `cardGrid`. */
export function cardTextWidth(layout: {
  columns: number;
  width: number;
  gap: number;
  pad: number;
}) {
  return (layout.width - layout.gap * (layout.columns - 1)) / layout.columns - layout.pad * 2;
}

/** The PNG's pixel size: `scale` times the CSS size, so it stays sharp on a projector or in print. */
export function pixelSize(cssWidth: number, cssHeight: number, scale = 2) {
  return { width: Math.ceil(cssWidth * scale), height: Math.ceil(cssHeight * scale) };
}

/** A canvas to measure on while the blocks are laid out, then to draw them on. */
export function createCanvas(): { canvas: HTMLCanvasElement; ctx: CanvasRenderingContext2D } {
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2d canvas');
  return { canvas, ctx };
}

/** Draws `body` on a `background`, `pad` around it, at `scale` times the CSS size, as a PNG. */
export function composePng(
  target: { canvas: HTMLCanvasElement; ctx: CanvasRenderingContext2D },
  body: Block,
  page: { width: number; pad: number; background: string; scale?: number },
): Promise<Blob> {
  const { canvas, ctx } = target;
  const scale = page.scale ?? 2;
  const css = { width: page.width + page.pad * 2, height: body.height + page.pad * 2 };
  const size = pixelSize(css.width, css.height, scale);
  canvas.width = size.width;
  canvas.height = size.height;
  ctx.scale(scale, scale);
  ctx.fillStyle = page.background;
  ctx.fillRect(0, 0, css.width, css.height);
  body.draw(ctx, page.pad, page.pad);
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('toBlob failed'))),
      'image/png',
    ),
  );
}

import type { Ctx } from '../../src/ui/png-composer';

export interface Drawn {
  text: string;
  x: number;
  y: number;
  font: string;
  color: string;
}

/** A 2D context that measures every character 10 px wide and records what is drawn. */
export function recordingCtx() {
  const texts: Drawn[] = [];
  const images: { x: number; y: number; width: number; height: number }[] = [];
  const boxes: { x: number; y: number; width: number; height: number }[] = [];
  const ctx = {
    font: '',
    fillStyle: '' as Ctx['fillStyle'],
    strokeStyle: '' as Ctx['strokeStyle'],
    measureText: (s: string) => ({ width: [...s].length * 10 }) as TextMetrics,
    fillText(text: string, x: number, y: number) {
      texts.push({ text, x, y, font: ctx.font, color: String(ctx.fillStyle) });
    },
    fillRect: () => undefined,
    beginPath: () => undefined,
    roundRect(x: number, y: number, width: number, height: number) {
      boxes.push({ x, y, width, height });
    },
    fill: () => undefined,
    stroke: () => undefined,
    drawImage(_img: unknown, x: number, y: number, width: number, height: number) {
      images.push({ x, y, width, height });
    },
  };
  return { ctx: ctx as unknown as Ctx, texts, images, boxes };
}

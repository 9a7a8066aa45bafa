import { describe, expect, it } from 'vitest';
import { recordingCtx } from '../../tests/helpers/recording-ctx';
import { cardGrid, imageBlock, pixelSize, rule, stack, textBlock } from './png-composer';

const style = { font: '14px sans-serif', color: '#123456', lineHeight: 20 };

describe('png composer', () => {
  it('wraps text to the width and draws each line one line-height lower', () => {
    const { ctx, texts } = recordingCtx();
    const block = textBlock(ctx, '普陀公安各服务站全年累计办理', style, 60);
    expect(block.height).toBe(3 * 20);
    block.draw(ctx, 5, 100);
    expect(texts.map((t) => t.text).join('')).toBe('普陀公安各服务站全年累计办理');
    expect(texts.map((t) => Math.round((t.y - 100) * 10) / 10)).toEqual([15.6, 35.6, 55.6]);
    expect(texts.every((t) => t.x === 5 && t.color === '#123456')).toBe(true);
    expect(textBlock(ctx, '', style, 60).height).toBe(0);
  });

  it('stacks blocks with gaps, an image keeping its margin', () => {
    const { ctx, texts, images } = recordingCtx();
    const body = stack(
      [
        textBlock(ctx, 'title', style, 200),
        imageBlock({} as CanvasImageSource, { width: 300, height: 150 }, 4),
        rule('#000', 300),
        textBlock(ctx, 'note', style, 200),
      ],
      10,
    );
    expect(body.height).toBe(20 + 158 + 1 + 20 + 3 * 10);
    body.draw(ctx, 0, 0);
    expect(images).toEqual([{ x: 0, y: 20 + 10 + 4, width: 300, height: 150 }]);
    expect(texts.at(-1)).toMatchObject({ text: 'note', y: 20 + 158 + 1 + 30 + 15.6 });
  });

  it('lays cards out in rows as tall as their tallest card', () => {
    const { ctx, boxes } = recordingCtx();
    const card = (lines: number) => textBlock(ctx, 'x'.repeat(lines * 10), style, 100);
    const grid = cardGrid(
      [card(1), card(3), card(2)],
      { columns: 2, width: 220, gap: 20, pad: 10 },
      { surface: '#fff', border: '#ccc' },
    );
    expect(grid.height).toBe(60 + 20 + 20 + 40 + 20);
    grid.draw(ctx, 0, 0);
    expect(boxes).toEqual([
      { x: 0, y: 0, width: 100, height: 80 },
      { x: 120, y: 0, width: 100, height: 80 },
      { x: 0, y: 100, width: 100, height: 60 },
    ]);
  });

  it('doubles the pixel density', () => {
    expect(pixelSize(640.5, 100)).toEqual({ width: 1281, height: 200 });
  });
});

import type { KpiCard } from '../../charts/kpi-model';
import { renderSvg } from '../../charts/ssr-svg';
import { FONT_FAMILY, type Palette } from '../../charts/theme';
import {
  cardGrid,
  cardTextWidth,
  composePng,
  createCanvas,
  imageBlock,
  rule,
  stack,
  textBlock,
  type Block,
  type Ctx,
} from '../../ui/png-composer';
import { svgImage } from '../../ui/svg-image';
import type { BoardModel } from './board-model';

const WIDTH = 1200;
const PAD = 32;
const GAP = 16;
const KPI = { columns: 4, width: WIDTH, gap: GAP, pad: 12 };

const font = (px: number, weight = 400) => `${weight} ${px}px ${FONT_FAMILY}`;

function directionColor(direction: string | undefined, p: Palette, fallback: string): string {
  return direction === 'rise' ? p.rise : direction === 'fall' ? p.fall : fallback;
}

function kpiCard(ctx: Ctx, card: KpiCard, p: Palette, lang: 'zh' | 'en'): Block {
  const inner = cardTextWidth(KPI);
  const unit = card.unit ? `${lang === 'en' ? ' ' : ''}${card.unit}` : '';
  const value = { font: font(26, 700), lineHeight: 34 };
  return stack([
    textBlock(ctx, card.label, { font: font(15, 600), color: p.text, lineHeight: 21 }, inner),
    textBlock(
      ctx,
      card.value + unit,
      { ...value, color: directionColor(card.direction, p, p.text) },
      inner,
    ),
    ...card.notes.map((n) =>
      textBlock(
        ctx,
        n.text,
        { font: font(13), color: directionColor(n.direction, p, p.textMuted), lineHeight: 18 },
        inner,
      ),
    ),
    textBlock(ctx, card.period, { font: font(12), color: p.textMuted, lineHeight: 18 }, inner),
  ]);
}

/**
 * The board laid out as blocks, one image per chart panel (`images`, in the model's order):
 * the title, KPI cards, charts with their notes, the whole case log, the sources and the footer.
 */
export function boardBlocks(
  ctx: Ctx,
  model: BoardModel,
  images: readonly (CanvasImageSource | undefined)[],
  p: Palette,
  lang: 'zh' | 'en',
): Block {
  const text = (s: string, px: number, weight = 400, color = p.text, lineHeight = 0) =>
    textBlock(
      ctx,
      s,
      { font: font(px, weight), color, lineHeight: lineHeight || Math.round(px * 1.4) },
      WIDTH,
    );
  const muted = (s: string) => text(s, 13, 400, p.textMuted, 18);
  const line = rule(p.border, WIDTH);
  const panels = model.panels.flatMap((panel, i) => {
    const img = images[i];
    const size = { width: WIDTH, height: panel.chart.height };
    return [
      line,
      stack([
        text(panel.title, 20, 600, p.text, 28),
        text(panel.period, 14, 400, p.textMuted, 20),
        text(panel.chart.caption, 14, 400, p.text, 20),
        ...(img ? [imageBlock(img, size, 4)] : []),
        ...panel.chart.figures.map((f) =>
          text(
            [`${f.label}${lang === 'zh' ? '：' : ': '}${f.value}${f.spaced ? ' ' : ''}${f.unit}`]
              .concat(f.qualifier ?? [], f.definition ?? [])
              .join(' · '),
            16,
            600,
          ),
        ),
        ...panel.notes.map(muted),
      ]),
    ];
  });
  const cases = model.cases
    ? [
        line,
        text(model.cases.heading, 20, 600, p.text, 28),
        stack(
          model.cases.lines.map((l) => text(l, 14, 400, p.text, 20)),
          6,
        ),
      ]
    : [];
  const sources = stack(
    [
      text(model.sources.heading, 20, 600, p.text, 28),
      ...model.sources.entries.map((e) =>
        stack([text(e.title, 15, 600, p.text, 22), ...e.lines.map(muted)]),
      ),
    ],
    10,
  );
  return stack(
    [
      text(model.title, 28, 700, p.text, 38),
      text(model.subtitle, 16, 400, p.textMuted, 24),
      text(model.period, 16, 600, p.text, 24),
      muted(model.kpiAsOf ?? ''),
      cardGrid(
        model.cards.map((c) => kpiCard(ctx, c, p, lang)),
        KPI,
        { surface: p.surface, border: p.border },
      ),
      ...panels,
      ...cases,
      line,
      sources,
      line,
      muted(model.footer),
    ],
    GAP,
  );
}

/** The whole board as one PNG at twice the pixel density, each chart drawn from its option. */
export async function boardPng(
  model: BoardModel,
  palette: Palette,
  lang: 'zh' | 'en',
): Promise<Blob> {
  const images = await Promise.all(
    model.panels.map((panel) =>
      panel.chart.compares
        ? svgImage(renderSvg(panel.chart.option, WIDTH, panel.chart.height, `png-${panel.id}`))
        : undefined,
    ),
  );
  const target = createCanvas();
  const body = boardBlocks(target.ctx, model, images, palette, lang);
  return composePng(target, body, { width: WIDTH, pad: PAD, background: palette.background });
}

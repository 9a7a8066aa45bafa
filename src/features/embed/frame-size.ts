import type { EmbedModel } from './embed-model';
import { SVG_BREAKPOINTS, SVG_WIDTHS } from './render-svg';

/** Mirrors embed.css: the page's padding, widest content and text sizes. */
const PAD = 12;
const MAX_WIDTH = 960;
const NARROWEST = 320 - 2 * PAD;
const TEXT = {
  title: { size: 18, line: 1.35 },
  body: { size: 15, line: 1.55 },
  small: { size: 13, line: 1.55 },
};
/** The width a fact's label takes beside its text. */
const LABEL = 72;
/** Summary, as-of line, the buttons (up to three rows on a phone) and the margins between. */
const FIXED = 2 * PAD + 4 + 8 + 8 + 10 + 8 + 31 + 3 * 32 + 2 * 8;

/** The most any drawing is scaled up: at the wide end of its band of frame widths. */
export function chartScale(): number {
  return Math.max(
    ...SVG_WIDTHS.map((width, i) => {
      const next = SVG_BREAKPOINTS[i + 1];
      const content = next === undefined ? MAX_WIDTH - 2 * PAD : next - 2 * PAD;
      return content / width;
    }),
  );
}

/** Text width in em: wide characters take one, the rest about 0.6. */
function ems(text: string): number {
  let width = 0;
  for (const ch of text) width += ch.codePointAt(0)! > 0x2e7f ? 1 : 0.6;
  return width;
}

function textHeight(text: string, width: number, style: { size: number; line: number }): number {
  const lines = Math.max(1, Math.ceil((ems(text) * style.size) / width));
  return lines * style.size * style.line;
}

/**
 * A frame height that shows the whole embed at any width from 320 to 1200 px when the host
 * page has no embed.js: the chart as tall as its widest band draws it, the text as long as a
 * phone wraps it. tests/e2e/embed.test.ts measures that it is enough.
 */
export function defaultFrameHeight(model: EmbedModel): number {
  const chart = model.chart.empty ? 0 : Math.ceil(model.chart.height * chartScale());
  const citations = model.citations.map((c) => `${c.title} · ${c.author} · ${c.date}`);
  const notes = model.chart.notes.map((n) => `${n.mark} ${n.text}`);
  const facts = [model.period, model.definition, ...citations, ...notes].reduce(
    (sum, text) => sum + textHeight(text, NARROWEST - LABEL, TEXT.small),
    0,
  );
  const text =
    textHeight(model.title, NARROWEST, TEXT.title) +
    textHeight(model.chart.caption, NARROWEST, TEXT.body) +
    facts +
    TEXT.small.size * TEXT.small.line * 2;
  return Math.ceil((chart + text + FIXED) * 1.05);
}

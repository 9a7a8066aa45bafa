/**
 * CSS that shows each drawing only in its band of widths: from its breakpoint up to the next.
 * `at` is '@media' for the page's width, '@container' for the width of the chart's box.
 */
export function bandCss(
  widths: readonly number[],
  breakpoints: readonly number[],
  at: '@media' | '@container',
  selectorOf: (width: number) => string,
): string {
  return widths
    .map((width, i) => {
      const from = breakpoints[i] ?? 0;
      const to = breakpoints[i + 1];
      const query = [
        from > 0 ? `(min-width: ${from}px)` : '',
        to !== undefined ? `(max-width: ${to - 0.02}px)` : '',
      ]
        .filter(Boolean)
        .join(' and ');
      const rule = `${selectorOf(width)}{display:block}`;
      return query ? `${at} ${query}{${rule}}` : rule;
    })
    .join('\n');
}

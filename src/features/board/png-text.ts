/** Splits text into lines no wider than `width`; breaks at a space when it can, anywhere in Chinese. */
export function wrapText(text: string, width: number, measure: (s: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const ch of text) {
    if (line === '' || measure(line + ch) <= width) {
      line += ch;
      continue;
    }
    const space = line.lastIndexOf(' ');
    if (ch !== ' ' && space > 0) {
      lines.push(line.slice(0, space));
      line = line.slice(space + 1) + ch;
    } else {
      lines.push(line.trimEnd());
      line = ch === ' ' ? '' : ch;
    }
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

/** Card rows of `columns` each, a row as tall as its tallest card. */
export function gridRows<T>(items: readonly T[], columns: number): T[][] {
  const rows: T[][] = [];
  for (let i = 0; i < items.length; i += columns) rows.push(items.slice(i, i + columns));
  return rows;
}

/** The PNG's pixel size: twice the CSS size, so it stays sharp on a projector or in print. */
export function pixelSize(cssWidth: number, cssHeight: number, scale = 2) {
  return { width: Math.ceil(cssWidth * scale), height: Math.ceil(cssHeight * scale) };
}

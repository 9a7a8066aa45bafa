const SCALE = 2;
const PAD = 16;
const FONT = 'system-ui, -apple-system, "Segoe UI", "PingFang SC", "Microsoft YaHei", sans-serif';

function shownDrawing(main: HTMLElement): SVGSVGElement | undefined {
  for (const drawing of main.querySelectorAll<HTMLElement>('.drawing')) {
    const svg = drawing.querySelector('svg');
    if (svg && getComputedStyle(drawing).display !== 'none') return svg;
  }
  return undefined;
}

/** Splits text into lines no wider than `width`, breaking anywhere: Chinese has no spaces. */
export function wrapText(text: string, width: number, measure: (s: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const ch of text) {
    if (line && measure(line + ch) > width) {
      const space = line.lastIndexOf(' ');
      if (space > 0 && ch !== ' ') {
        lines.push(line.slice(0, space));
        line = line.slice(space + 1) + ch;
      } else {
        lines.push(line);
        line = ch === ' ' ? '' : ch;
      }
    } else line += ch;
  }
  if (line) lines.push(line);
  return lines;
}

async function loadImage(svg: SVGSVGElement): Promise<HTMLImageElement> {
  const text = new XMLSerializer().serializeToString(svg);
  const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
  const img = new Image();
  img.src = url;
  try {
    await img.decode();
    return img;
  } finally {
    URL.revokeObjectURL(url);
  }
}

function textOf(main: HTMLElement, selector: string): string {
  return main.querySelector(selector)?.textContent?.trim() ?? '';
}

/** The chart as shown, with its title above and its period and source below, as one PNG. */
export async function chartPng(main: HTMLElement): Promise<Blob | undefined> {
  const svg = shownDrawing(main);
  if (!svg) return undefined;
  const img = await loadImage(svg);
  const width = svg.viewBox.baseVal.width || img.width;
  const height = svg.viewBox.baseVal.height || img.height;
  const style = getComputedStyle(main);
  const colour = (name: string) => style.getPropertyValue(name).trim();
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d');
  if (!ctx) return undefined;
  const measureWith = (font: string) => (s: string) => {
    ctx.font = font;
    return ctx.measureText(s).width;
  };
  const titleFont = `600 17px ${FONT}`;
  const noteFont = `12px ${FONT}`;
  const colon = main.lang.startsWith('zh') ? '：' : ': ';
  const facts = Array.from(main.querySelectorAll('.facts > div'), (d) =>
    Array.from(d.children, (c) => c.textContent?.trim() ?? '').join(colon),
  );
  const title = wrapText(textOf(main, 'h1'), width, measureWith(titleFont));
  const notes = [...facts, textOf(main, '.as-of')].flatMap((t) =>
    wrapText(t, width, measureWith(noteFont)),
  );
  const top = PAD + title.length * 24 + 8;
  const total = top + height + 8 + notes.length * 18 + PAD;
  canvas.width = (width + PAD * 2) * SCALE;
  canvas.height = total * SCALE;
  ctx.scale(SCALE, SCALE);
  ctx.fillStyle = colour('--background') || '#ffffff';
  ctx.fillRect(0, 0, width + PAD * 2, total);
  ctx.fillStyle = colour('--text') || '#000000';
  ctx.textBaseline = 'top';
  ctx.font = titleFont;
  title.forEach((line, i) => ctx.fillText(line, PAD, PAD + i * 24));
  ctx.drawImage(img, PAD, top, width, height);
  ctx.fillStyle = colour('--text-muted') || ctx.fillStyle;
  ctx.font = noteFont;
  notes.forEach((line, i) => ctx.fillText(line, PAD, top + height + 8 + i * 18));
  return new Promise((done) => canvas.toBlob((blob) => done(blob ?? undefined), 'image/png'));
}

export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

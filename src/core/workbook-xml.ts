/**
 * The few facts read-excel-file does not give: sheet visibility, the date
 * epoch, which styles are percents or bare years, hidden rows, formulas with
 * no cached value and error cells. Small regex readers over the parts of the
 * package, which the caller has already inflated under the size caps.
 */

export interface SheetInfo {
  name: string;
  hidden: boolean;
  path?: string;
}

export interface WorkbookInfo {
  sheets: SheetInfo[];
  epoch1904: boolean;
}

/** A cell's own look where it changes what the value means. */
export type CellLook = 'percent' | 'year' | 'month';

export interface SheetScan {
  hiddenRows: number[];
  /** Cells with a formula and no cached value. */
  noValue: string[];
  /** Cells holding an error such as #DIV/0!, with the error. */
  errors: Map<string, string>;
  looks: Map<string, CellLook>;
  /** The last row and column (1-based) any cell names: what a reader will allocate. */
  maxRow: number;
  maxColumn: number;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function unescapeXml(s: string): string {
  return s.replace(/&(amp|lt|gt|quot|apos|#x[0-9a-f]+|#\d+);/gi, (_, e: string) => {
    if (e[0] !== '#') return ENTITIES[e.toLowerCase()] ?? '';
    const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1));
    return String.fromCodePoint(code);
  });
}

function attr(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return m ? unescapeXml(m[1]!) : undefined;
}

function relTargets(rels: string | undefined): Map<string, string> {
  const targets = new Map<string, string>();
  for (const m of (rels ?? '').matchAll(/<Relationship\b[^>]*>/g)) {
    const id = attr(m[0], 'Id');
    const target = attr(m[0], 'Target');
    if (!id || !target) continue;
    targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`);
  }
  return targets;
}

export function readWorkbookInfo(workbook: string, rels: string | undefined): WorkbookInfo {
  const targets = relTargets(rels);
  const sheets: SheetInfo[] = [];
  for (const m of workbook.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const state = attr(m[0], 'state');
    const rid = attr(m[0], 'r:id') ?? /\s\w+:id="([^"]*)"/.exec(m[0])?.[1];
    sheets.push({
      name: attr(m[0], 'name') ?? '',
      hidden: state === 'hidden' || state === 'veryHidden',
      path: rid ? targets.get(rid) : undefined,
    });
  }
  const epoch1904 = /<(?:\w+:)?workbookPr\b[^>]*\sdate1904="(?:1|true)"/.test(workbook);
  return { sheets, epoch1904 };
}

// 17 is mmm-yy; 27, 36, 50 and 52 are yyyy"年"m"月" in a Chinese Excel.
const BUILTIN_LOOKS: Record<number, CellLook> = {
  9: 'percent',
  10: 'percent',
  17: 'month',
  27: 'month',
  36: 'month',
  50: 'month',
  52: 'month',
};

/** What a number format shows, with quoted text and colour codes taken out. */
function lookOfFormat(code: string): CellLook | undefined {
  const bare = code
    .replace(/"[^"]*"/g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/\\./g, '');
  if (bare.includes('%')) return 'percent';
  if (!/y/i.test(bare) || /d/i.test(bare)) return undefined;
  return /m/i.test(bare) ? 'month' : 'year';
}

/** The look of each style index (`s="…"` on a cell) that has one. */
export function readStyleLooks(styles: string | undefined): Map<number, CellLook> {
  const looks = new Map<number, CellLook>();
  if (!styles) return looks;
  const formats = new Map<number, CellLook>();
  for (const m of styles.matchAll(/<(?:\w+:)?numFmt\b[^>]*>/g)) {
    const id = Number(attr(m[0], 'numFmtId'));
    const look = lookOfFormat(attr(m[0], 'formatCode') ?? '');
    if (look) formats.set(id, look);
  }
  const xfs = /<(?:\w+:)?cellXfs\b[^>]*>([\s\S]*?)<\/(?:\w+:)?cellXfs>/.exec(styles)?.[1] ?? '';
  let index = 0;
  for (const m of xfs.matchAll(/<(?:\w+:)?xf\b[^>]*>/g)) {
    const id = Number(attr(m[0], 'numFmtId') ?? 0);
    const look = formats.get(id) ?? BUILTIN_LOOKS[id];
    if (look) looks.set(index, look);
    index++;
  }
  return looks;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + letters.charCodeAt(i) - 64;
  return n;
}

const CELL = /<(?:\w+:)?c\s([^>]*?)(\/>|>([\s\S]*?)<\/(?:\w+:)?c>)/g;
const ROW = /<(?:\w+:)?row\s([^>]*)>/g;

export function scanSheet(xml: string, looks: ReadonlyMap<number, CellLook>): SheetScan {
  const scan: SheetScan = {
    hiddenRows: [],
    noValue: [],
    errors: new Map(),
    looks: new Map(),
    maxRow: 0,
    maxColumn: 0,
  };
  for (const m of xml.matchAll(ROW)) {
    const r = Number(/(?:^|\s)r="(\d+)"/.exec(m[1]!)?.[1] ?? 0);
    if (r > scan.maxRow) scan.maxRow = r;
    if (/\shidden="(?:1|true)"/.test(' ' + m[1]!)) scan.hiddenRows.push(r);
  }
  for (const m of xml.matchAll(CELL)) {
    const attrs = m[1]!;
    const ref = /(?:^|\s)r="([A-Z]{1,3})(\d+)"/.exec(attrs);
    if (!ref) continue;
    const cell = ref[1]! + ref[2]!;
    const column = columnNumber(ref[1]!);
    if (column > scan.maxColumn) scan.maxColumn = column;
    const row = Number(ref[2]);
    if (row > scan.maxRow) scan.maxRow = row;
    const body = m[3] ?? '';
    if (body.length === 0) continue;
    if (looks.size > 0) {
      const style = /\ss="(\d+)"/.exec(' ' + attrs)?.[1];
      const look = style === undefined ? undefined : looks.get(Number(style));
      if (look) scan.looks.set(cell, look);
    }
    const isError = attrs.includes('t="e"');
    if (!isError && !body.includes('<f')) continue;
    const value = /<(?:\w+:)?v>([^<]*)<\/(?:\w+:)?v>/.exec(body)?.[1];
    if (isError) scan.errors.set(cell, unescapeXml(value ?? '#N/A'));
    else if (value === undefined) scan.noValue.push(cell);
  }
  return scan;
}

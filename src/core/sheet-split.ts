/** A long sheet cut at row boundaries: part k's rows are renumbered from 1, `offsets[k]` rows down. */
export interface SheetParts {
  parts: Uint8Array[];
  offsets: number[];
}

// The bytes of the markup this reads: `<`, `>`, `/`, `:`, `=` and both quotes.
const B = { lt: 60, gt: 62, slash: 47, colon: 58, equals: 61, dquote: 34, squote: 39 } as const;
const isSpace = (b: number) => b === 32 || b === 9 || b === 10 || b === 13;
const isDigit = (b: number) => b >= 48 && b <= 57;
const isLetter = (b: number) => b >= 65 && b <= 90;

/** Where the name of the tag at `lt` ends, and where its local part (after any prefix) starts. */
function tagName(b: Uint8Array, lt: number): { local: number; end: number } {
  let local = lt + 1;
  let end = local;
  while (end < b.length && !isSpace(b[end]!) && b[end] !== B.gt && b[end] !== B.slash) {
    if (b[end] === B.colon) local = end + 1;
    end++;
  }
  return { local, end };
}

function named(b: Uint8Array, start: number, end: number, word: string): boolean {
  if (end - start !== word.length) return false;
  for (let i = 0; i < word.length; i++) if (b[start + i] !== word.charCodeAt(i)) return false;
  return true;
}

/** The `r` value's digits inside the tag whose name ends at `from`: [start, end, number], or undefined. */
function rowDigits(b: Uint8Array, from: number): [number, number, number] | undefined {
  let p = from;
  for (;;) {
    while (isSpace(b[p]!)) p++;
    if (p >= b.length || b[p] === B.gt || b[p] === B.slash) return undefined;
    const name = p;
    while (p < b.length && b[p] !== B.equals && !isSpace(b[p]!) && b[p] !== B.gt) p++;
    const isR = p - name === 1 && b[name] === 114;
    while (isSpace(b[p]!)) p++;
    if (b[p] !== B.equals) return undefined;
    p++;
    while (isSpace(b[p]!)) p++;
    const quote = b[p];
    if (quote !== B.dquote && quote !== B.squote) return undefined;
    p++;
    if (isR) {
      while (isLetter(b[p]!)) p++;
      const start = p;
      let n = 0;
      while (isDigit(b[p]!)) n = n * 10 + b[p++]! - 48;
      return b[p] === quote && p > start ? [start, p, n] : undefined;
    }
    const close = b.indexOf(quote, p);
    if (close < 0) return undefined;
    p = close + 1;
  }
}

function writeNumber(out: Uint8Array, at: number, n: number): number {
  let length = 1;
  for (let t = n; t >= 10; t = Math.floor(t / 10)) length++;
  for (let k = length - 1, t = n; k >= 0; k--, t = Math.floor(t / 10)) out[at + k] = 48 + (t % 10);
  return at + length;
}

/** One part: `head`, the rows in [from, to) with every row and cell number less `offset`, `tail`. */
function part(
  b: Uint8Array,
  from: number,
  to: number,
  offset: number,
  rows: number,
  frame: [Uint8Array, Uint8Array],
): Uint8Array | undefined {
  const [head, tail] = frame;
  const out = new Uint8Array(head.length + (to - from) + tail.length);
  out.set(head);
  let w = head.length;
  let copied = from;
  let numbered = 0;
  const last = offset === 0 ? -1 : to;
  for (let lt = b.indexOf(B.lt, from); lt >= 0 && lt < last; lt = b.indexOf(B.lt, lt + 1)) {
    const { local, end } = tagName(b, lt);
    const isRow = named(b, local, end, 'row');
    if (!isRow && !named(b, local, end, 'c')) continue;
    const digits = rowDigits(b, end);
    if (!digits) continue;
    const [start, stop, n] = digits;
    if (n - offset < 1) return undefined;
    for (let i = copied; i < start; i++) out[w++] = b[i]!;
    w = writeNumber(out, w, n - offset);
    copied = stop;
    if (isRow) numbered++;
  }
  if (offset !== 0 && numbered !== rows) return undefined;
  out.set(b.subarray(copied, to), w);
  w += to - copied;
  out.set(tail, w);
  return out.subarray(0, w + tail.length);
}

/**
 * The rows of a worksheet's bytes in parts of at most `partRows` rows, each
 * part a worksheet of its own holding only the sheet data (the rest of a
 * sheet is not what the reader reads). Undefined when the sheet has fewer
 * rows, or a row past a cut lacks its number.
 */
export function splitSheet(b: Uint8Array, partRows: number): SheetParts | undefined {
  let root: { lt: number; gt: number; local: number; end: number } | undefined;
  let bodyStart = -1;
  let prefix = '';
  const text = new TextDecoder();
  for (let lt = b.indexOf(B.lt); lt >= 0 && bodyStart < 0; lt = b.indexOf(B.lt, lt + 1)) {
    const { local, end } = tagName(b, lt);
    const gt = b.indexOf(B.gt, end);
    if (gt < 0) return undefined;
    if (named(b, local, end, 'worksheet')) root = { lt, gt, local, end };
    if (!named(b, local, end, 'sheetData')) continue;
    if (b[gt - 1] === B.slash) return undefined;
    bodyStart = gt + 1;
    prefix = text.decode(b.subarray(lt + 1, local));
  }
  if (!root || bodyStart < 0) return undefined;

  const cuts: number[] = [];
  const counts: number[] = [];
  let bodyEnd = -1;
  for (let lt = b.indexOf(B.lt, bodyStart); lt >= 0; lt = b.indexOf(B.lt, lt + 1)) {
    const closing = b[lt + 1] === B.slash;
    const { local, end } = tagName(b, closing ? lt + 1 : lt);
    if (closing && named(b, local, end, 'sheetData')) {
      bodyEnd = lt;
      break;
    }
    if (closing || !named(b, local, end, 'row')) continue;
    if (counts.length === 0 || counts.at(-1) === partRows) {
      cuts.push(lt);
      counts.push(0);
    }
    counts[counts.length - 1]!++;
  }
  if (bodyEnd < 0 || cuts.length < 2) return undefined;
  cuts[0] = bodyStart;
  cuts.push(bodyEnd);

  const bytes = new TextEncoder();
  const rootName = text.decode(b.subarray(root.lt + 1, root.end));
  const frame: [Uint8Array, Uint8Array] = [
    bytes.encode(`${text.decode(b.subarray(root.lt, root.gt + 1))}<${prefix}sheetData>`),
    bytes.encode(`</${prefix}sheetData></${rootName}>`),
  ];
  const parts: Uint8Array[] = [];
  const offsets: number[] = [];
  for (let k = 0; k < counts.length; k++) {
    let offset = 0;
    if (k > 0) {
      const first = rowDigits(b, tagName(b, cuts[k]!).end);
      if (!first) return undefined;
      offset = first[2] - 1;
    }
    const bytesOfPart = part(b, cuts[k]!, cuts[k + 1]!, offset, counts[k]!, frame);
    if (!bytesOfPart) return undefined;
    parts.push(bytesOfPart);
    offsets.push(offset);
  }
  return { parts, offsets };
}

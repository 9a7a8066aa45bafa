import type { Encoding, Issue } from './types';

export const MAX_BYTES = 50 * 1024 * 1024;

/** Where an encoding problem sits: a physical line (0-based, after any BOM) and how to read it. */
export interface BadLine {
  line: number;
  /** The whole file decoded leniently, to find the spreadsheet row of `line`. */
  lenient: string;
  /** The encoding the bad line itself is written in, when known. */
  lineEncoding?: Encoding;
  lineBytes?: Uint8Array;
}

export type Decoded =
  | { ok: true; text: string; encoding: Encoding; bom: boolean }
  | { ok: false; issue: Issue; at?: BadLine };

const MAGIC: { kind: string; bytes: number[] }[] = [
  { kind: 'xlsx', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { kind: 'xls', bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] },
  { kind: 'image', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { kind: 'image', bytes: [0xff, 0xd8, 0xff] },
  { kind: 'image', bytes: [0x47, 0x49, 0x46, 0x38] },
  { kind: 'pdf', bytes: [0x25, 0x50, 0x44, 0x46] },
];

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.length <= bytes.length && prefix.every((b, i) => bytes[i] === b);
}

export function sniffBinary(bytes: Uint8Array): string | undefined {
  const magic = MAGIC.find((m) => startsWith(bytes, m.bytes));
  if (magic) return magic.kind;
  const head = bytes.subarray(0, 4096);
  return head.includes(0) ? 'binary' : undefined;
}

function bomOf(bytes: Uint8Array): { encoding: Encoding; length: number } | undefined {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { encoding: 'utf-8', length: 3 };
  if (startsWith(bytes, [0xff, 0xfe])) return { encoding: 'utf-16le', length: 2 };
  if (startsWith(bytes, [0xfe, 0xff])) return { encoding: 'utf-16be', length: 2 };
  return undefined;
}

function strictDecode(bytes: Uint8Array, encoding: Encoding): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function lenientDecode(bytes: Uint8Array, encoding: Encoding): string {
  return new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
}

/** Bytes a UTF-8 lead byte announces after itself; -1 for a byte that cannot lead. */
function utf8Tail(b: number): number {
  if (b < 0x80) return 0;
  if (b >= 0xc2 && b <= 0xdf) return 1;
  if (b >= 0xe0 && b <= 0xef) return 2;
  if (b >= 0xf0 && b <= 0xf4) return 3;
  return -1;
}

/** Length of an incomplete UTF-8 sequence at the very end, or 0. */
function utf8TruncatedTail(bytes: Uint8Array): number {
  for (let back = 1; back <= 3 && back <= bytes.length; back++) {
    const b = bytes[bytes.length - back]!;
    if (b >= 0x80 && b <= 0xbf) continue;
    const tail = utf8Tail(b);
    return tail > 0 && tail >= back ? back : 0;
  }
  return 0;
}

export interface LineKinds {
  /** Lines with non-ASCII bytes that are all well-formed UTF-8 and hold a CJK character. */
  utf8: number;
  firstUtf8: number;
  /** Lines with bytes that are not well-formed UTF-8. */
  other: number;
  firstOther: number;
}

/**
 * Sorts the lines with non-ASCII bytes into UTF-8 and not. CR and LF never
 * occur inside a GBK or UTF-8 character, so splitting the bytes is safe.
 * A GBK line is almost never valid UTF-8 that also spells a CJK character.
 */
export function classifyLines(bytes: Uint8Array): LineKinds {
  const kinds: LineKinds = { utf8: 0, firstUtf8: -1, other: 0, firstOther: -1 };
  let line = 0;
  let high = false;
  let valid = true;
  let cjk = false;
  const endLine = () => {
    if (high && !valid) {
      if (kinds.other++ === 0) kinds.firstOther = line;
    } else if (high && cjk) {
      if (kinds.utf8++ === 0) kinds.firstUtf8 = line;
    }
    line++;
    high = false;
    valid = true;
    cjk = false;
  };
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b === 0x0a || b === 0x0d) {
      if (b === 0x0d && bytes[i + 1] === 0x0a) i++;
      endLine();
      continue;
    }
    if (b < 0x80) continue;
    high = true;
    const tail = utf8Tail(b);
    let ok = tail > 0 && i + tail < bytes.length;
    for (let k = 1; ok && k <= tail; k++) {
      const c = bytes[i + k]!;
      ok = c >= 0x80 && c <= 0xbf;
    }
    if (!ok) {
      valid = false;
      continue;
    }
    if (tail === 2 && b >= 0xe3 && b <= 0xe9) cjk = true;
    i += tail;
  }
  if (high) endLine();
  return kinds;
}

function fail(issue: Issue, at?: BadLine): Decoded {
  return { ok: false, issue, at };
}

function lineBytes(bytes: Uint8Array, line: number): Uint8Array {
  let start = 0;
  for (let n = 0; n < line; n++) {
    while (start < bytes.length && bytes[start] !== 0x0a && bytes[start] !== 0x0d) start++;
    if (bytes[start] === 0x0d && bytes[start + 1] === 0x0a) start++;
    start++;
  }
  let end = start;
  while (end < bytes.length && bytes[end] !== 0x0a && bytes[end] !== 0x0d) end++;
  return bytes.subarray(start, end);
}

/** Strict UTF-8 has failed and there is no BOM: GBK, or a file broken in one of three ways. */
function decodeLegacy(body: Uint8Array): Decoded {
  const cut = utf8TruncatedTail(body);
  if (cut > 0 && strictDecode(body.subarray(0, -cut), 'utf-8') !== undefined) {
    const lenient = lenientDecode(body, 'utf-8');
    const line = lenient.split(/\r\n|\r|\n/).length - 1;
    const issue: Issue = {
      code: 'truncated_char',
      severity: 'error',
      params: { encoding: 'utf-8' },
    };
    return fail(issue, { line, lenient });
  }
  const kinds = classifyLines(body);
  if (kinds.utf8 > 0 && kinds.other > 0) {
    // Point at the odd one out: the first line in the encoding fewer lines use.
    const utf8Odd = kinds.utf8 < kinds.other;
    const line = utf8Odd ? kinds.firstUtf8 : kinds.firstOther;
    return fail(
      { code: 'mixed_encoding', severity: 'error' },
      {
        line,
        lenient: lenientDecode(body, utf8Odd ? 'gb18030' : 'utf-8'),
        lineEncoding: utf8Odd ? 'utf-8' : 'gb18030',
        lineBytes: lineBytes(body, line),
      },
    );
  }
  const gb = strictDecode(body, 'gb18030');
  if (gb !== undefined) return { ok: true, text: gb, encoding: 'gb18030', bom: false };
  const lenient = lenientDecode(body, 'gb18030');
  if (strictDecode(body.subarray(0, -1), 'gb18030') !== undefined) {
    const line = lenient.split(/\r\n|\r|\n/).length - 1;
    const issue: Issue = {
      code: 'truncated_char',
      severity: 'error',
      params: { encoding: 'gb18030' },
    };
    return fail(issue, { line, lenient });
  }
  const issue: Issue = {
    code: 'decode_failed',
    severity: 'error',
    params: { encoding: 'gb18030' },
  };
  return fail(issue, { line: badLineOf(lenient), lenient });
}

function badLineOf(lenient: string): number {
  const at = lenient.indexOf('\uFFFD');
  return at < 0 ? 0 : lenient.slice(0, at).split(/\r\n|\r|\n/).length - 1;
}

const NON_ASCII = /[\u0080-\uffff]/;
const BEYOND_TWO_BYTES = /[\u0800-\uffff]/;
const NOT_CJK = /[^\t\n\r\u0020-\u007e\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/;

/**
 * A few GBK characters are also valid two-byte UTF-8 (隆 is C2 A1, ¡ in
 * UTF-8). Chinese in UTF-8 always takes three bytes, so text whose only
 * non-ASCII is two-byte UTF-8 and that reads as pure CJK in GB18030 is GBK.
 */
function gbkPassingAsUtf8(text: string, body: Uint8Array): string | undefined {
  if (!NON_ASCII.test(text) || BEYOND_TWO_BYTES.test(text)) return undefined;
  const gb = strictDecode(body, 'gb18030');
  return gb !== undefined && !NOT_CJK.test(gb) ? gb : undefined;
}

/**
 * BOM first, then strict UTF-8, then GB18030 (a superset of GBK), as the
 * Excel exports staff bring are one of these. `forced` skips detection.
 */
export function decodeBytes(bytes: Uint8Array, forced?: Encoding): Decoded {
  if (bytes.length > MAX_BYTES) {
    return fail({
      code: 'file_too_large',
      severity: 'error',
      params: { limitMb: MAX_BYTES / 1024 / 1024, sizeMb: Math.ceil(bytes.length / 1024 / 1024) },
    });
  }
  const bom = bomOf(bytes);
  const binary = bom?.encoding.startsWith('utf-16') ? undefined : sniffBinary(bytes);
  if (binary) return fail({ code: 'binary_file', severity: 'error', params: { kind: binary } });

  const encoding: Encoding = forced ?? bom?.encoding ?? 'utf-8';
  const body = bom && (!forced || forced === bom.encoding) ? bytes.subarray(bom.length) : bytes;
  const text = strictDecode(body, encoding);
  if (text !== undefined && !forced && !bom) {
    const gb = gbkPassingAsUtf8(text, body);
    if (gb !== undefined) return { ok: true, text: gb, encoding: 'gb18030', bom: false };
  }
  if (text !== undefined) return { ok: true, text, encoding, bom: Boolean(bom) };
  if (forced || bom) {
    const lenient = lenientDecode(body, encoding);
    const issue: Issue = { code: 'decode_failed', severity: 'error', params: { encoding } };
    return fail(issue, { line: badLineOf(lenient), lenient });
  }
  return decodeLegacy(body);
}

import type { Encoding, Issue } from './types';

export const MAX_BYTES = 50 * 1024 * 1024;

export type Decoded =
  { ok: true; text: string; encoding: Encoding; bom: boolean } | { ok: false; issue: Issue };

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

/** Counts well-formed UTF-8 multi-byte sequences and stray high bytes. */
function utf8Evidence(bytes: Uint8Array): {
  valid: number;
  invalid: number;
  truncatedTail: boolean;
} {
  let valid = 0;
  let invalid = 0;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need =
      b < 0x80
        ? 0
        : b >= 0xc2 && b <= 0xdf
          ? 1
          : b >= 0xe0 && b <= 0xef
            ? 2
            : b >= 0xf0 && b <= 0xf4
              ? 3
              : -1;
    if (need === 0) {
      i++;
      continue;
    }
    if (need < 0) {
      invalid++;
      i++;
      continue;
    }
    if (i + need >= bytes.length) {
      const rest = bytes.subarray(i + 1);
      if (rest.every((c) => c >= 0x80 && c <= 0xbf)) return { valid, invalid, truncatedTail: true };
    }
    let ok = true;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || c < 0x80 || c > 0xbf) ok = false;
    }
    if (ok) {
      valid++;
      i += need + 1;
    } else {
      invalid++;
      i++;
    }
  }
  return { valid, invalid, truncatedTail: false };
}

/**
 * BOM first, then strict UTF-8, then GB18030 (a superset of GBK), as the
 * Excel exports staff bring are one of these. `forced` skips detection.
 */
export function decodeBytes(bytes: Uint8Array, forced?: Encoding): Decoded {
  if (bytes.length > MAX_BYTES) {
    return {
      ok: false,
      issue: { code: 'file_too_large', severity: 'error', params: { limitMb: 50 } },
    };
  }
  const bom = bomOf(bytes);
  const binary = bom?.encoding.startsWith('utf-16') ? undefined : sniffBinary(bytes);
  if (binary)
    return {
      ok: false,
      issue: { code: 'binary_file', severity: 'error', params: { kind: binary } },
    };

  const encoding: Encoding = forced ?? bom?.encoding ?? 'utf-8';
  const body = bom && (!forced || forced === bom.encoding) ? bytes.subarray(bom.length) : bytes;
  const text = strictDecode(body, encoding);
  if (text !== undefined) return { ok: true, text, encoding, bom: Boolean(bom) };
  if (forced || bom)
    return { ok: false, issue: { code: 'decode_failed', severity: 'error', params: { encoding } } };

  const evidence = utf8Evidence(body);
  if (evidence.truncatedTail && evidence.invalid === 0) {
    return {
      ok: false,
      issue: { code: 'truncated_char', severity: 'error', params: { encoding: 'utf-8' } },
    };
  }
  if (evidence.valid >= 3 && evidence.valid >= evidence.invalid / 4) {
    return { ok: false, issue: { code: 'mixed_encoding', severity: 'error' } };
  }
  const gb = strictDecode(body, 'gb18030');
  if (gb !== undefined) return { ok: true, text: gb, encoding: 'gb18030', bom: false };
  if (strictDecode(body.subarray(0, -1), 'gb18030') !== undefined) {
    return {
      ok: false,
      issue: { code: 'truncated_char', severity: 'error', params: { encoding: 'gb18030' } },
    };
  }
  return {
    ok: false,
    issue: { code: 'decode_failed', severity: 'error', params: { encoding: 'gb18030' } },
  };
}

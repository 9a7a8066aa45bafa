/** One file in a zip, as its central directory declares it. */
export interface ZipEntry {
  name: string;
  method: number;
  encrypted: boolean;
  compressedSize: number;
  size: number;
  localOffset: number;
}

export type ZipDirectory = { ok: true; entries: ZipEntry[] } | { ok: false; reason: string };

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX_ENTRIES = 10_000;

const u16 = (b: Uint8Array, at: number) => b[at]! | (b[at + 1]! << 8);
const u32 = (b: Uint8Array, at: number) =>
  (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24)) >>> 0;

function findEnd(bytes: Uint8Array): number {
  // The end record sits in the last 22 bytes plus at most a 64 KB comment.
  const stop = Math.max(0, bytes.length - 22 - 0xffff);
  for (let at = bytes.length - 22; at >= stop; at--) if (u32(bytes, at) === EOCD) return at;
  return -1;
}

/**
 * The entries a zip declares, read from its central directory without
 * inflating anything: the sizes bound what inflating may allocate.
 */
export function readZipDirectory(bytes: Uint8Array): ZipDirectory {
  const end = findEnd(bytes);
  if (end < 0) return { ok: false, reason: 'no end of central directory' };
  const count = u16(bytes, end + 10);
  let at = u32(bytes, end + 16);
  // Zip64 marks its counts and offsets with all-ones; a workbook never needs it.
  if (count === 0xffff || at === 0xffffffff) return { ok: false, reason: 'zip64' };
  if (count > MAX_ENTRIES) return { ok: false, reason: 'too many entries' };
  const entries: ZipEntry[] = [];
  const names = new TextDecoder();
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || u32(bytes, at) !== CENTRAL)
      return { ok: false, reason: 'broken central directory' };
    const nameLength = u16(bytes, at + 28);
    const entry: ZipEntry = {
      name: names.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      encrypted: (u16(bytes, at + 8) & 1) === 1,
      method: u16(bytes, at + 10),
      compressedSize: u32(bytes, at + 20),
      size: u32(bytes, at + 24),
      localOffset: u32(bytes, at + 42),
    };
    if (entry.compressedSize === 0xffffffff || entry.size === 0xffffffff)
      return { ok: false, reason: 'zip64' };
    entries.push(entry);
    at += 46 + nameLength + u16(bytes, at + 30) + u16(bytes, at + 32);
  }
  return { ok: true, entries };
}

// Fed in small steps: one step of a bomb inflates to at most ~1000 times its size.
const STEP = 16 * 1024;
const sizeMismatch = () => new Error('entry size differs from its declared size');

/**
 * Inflates with the platform's own streaming inflater (browser, worker and
 * Node alike) into a buffer of the declared size, stopping the moment the
 * data runs past it: an entry that lies about its size costs neither memory
 * nor minutes.
 */
async function inflateRaw(data: Uint8Array, size: number): Promise<Uint8Array> {
  const stream = new DecompressionStream('deflate-raw');
  const writer = stream.writable.getWriter();
  const reader = stream.readable.getReader();
  const feeding = (async () => {
    for (let i = 0; i < data.length; i += STEP) await writer.write(data.slice(i, i + STEP));
    await writer.close();
  })();
  feeding.catch(() => undefined);
  const out = new Uint8Array(size);
  let written = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (written + value.length > size) throw sizeMismatch();
      out.set(value, written);
      written += value.length;
    }
    await feeding;
  } catch (error) {
    await reader.cancel().catch(() => undefined);
    throw error;
  }
  if (written !== size) throw sizeMismatch();
  return out;
}

/** One entry's bytes, inflated under the size its directory declares. */
export async function inflateEntry(bytes: Uint8Array, entry: ZipEntry): Promise<Uint8Array> {
  const at = entry.localOffset;
  if (at + 30 > bytes.length || u32(bytes, at) !== LOCAL) throw new Error('broken local header');
  const start = at + 30 + u16(bytes, at + 26) + u16(bytes, at + 28);
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (data.length !== entry.compressedSize) throw new Error('truncated entry');
  if (entry.method === 0) {
    if (entry.size !== entry.compressedSize) throw sizeMismatch();
    return data.slice();
  }
  if (entry.method !== 8) throw new Error(`compression method ${entry.method}`);
  return inflateRaw(data, entry.size);
}

/** Crc is left 0: the reader this feeds does not check it, and the bytes came from a checked inflate. */
export function storedZip(files: ReadonlyMap<string, Uint8Array>): Uint8Array {
  const encoder = new TextEncoder();
  const named = [...files].map(([name, data]) => ({ name: encoder.encode(name), data }));
  let localSize = 0;
  let centralSize = 0;
  for (const f of named) {
    localSize += 30 + f.name.length + f.data.length;
    centralSize += 46 + f.name.length;
  }
  const out = new Uint8Array(localSize + centralSize + 22);
  const view = new DataView(out.buffer);
  let at = 0;
  let central = localSize;
  for (const f of named) {
    const offset = at;
    view.setUint32(at, LOCAL, true);
    view.setUint16(at + 4, 20, true);
    view.setUint16(at + 6, 0x800, true);
    view.setUint32(at + 18, f.data.length, true);
    view.setUint32(at + 22, f.data.length, true);
    view.setUint16(at + 26, f.name.length, true);
    out.set(f.name, at + 30);
    out.set(f.data, at + 30 + f.name.length);
    at += 30 + f.name.length + f.data.length;
    view.setUint32(central, CENTRAL, true);
    view.setUint16(central + 4, 20, true);
    view.setUint16(central + 6, 20, true);
    view.setUint16(central + 8, 0x800, true);
    view.setUint32(central + 20, f.data.length, true);
    view.setUint32(central + 24, f.data.length, true);
    view.setUint16(central + 28, f.name.length, true);
    view.setUint32(central + 42, offset, true);
    out.set(f.name, central + 46);
    central += 46 + f.name.length;
  }
  view.setUint32(central, EOCD, true);
  view.setUint16(central + 8, named.length, true);
  view.setUint16(central + 10, named.length, true);
  view.setUint32(central + 12, centralSize, true);
  view.setUint32(central + 16, localSize, true);
  return out;
}

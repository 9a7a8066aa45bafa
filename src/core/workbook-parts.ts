import { splitSheet } from './sheet-split';
import type { WorkbookValue } from './workbook-cells';
import type { SheetScan, WorkbookInfo } from './workbook-xml';

/**
 * read-excel-file 9.3.17 parses a sheet in chunks, one recursive call per
 * chunk, and copies every row read so far after each chunk; the chunks shrink
 * as that copy slows, so a long sheet takes time growing with the square of
 * its rows and then overflows the stack (150,000 rows here). A sheet longer
 * than this is handed to it as several sheets, read in one call.
 */
export const PART_ROWS = 20_000;

/**
 * The parts' rows as the one sheet they were cut from, laid out as the
 * reader lays out a sheet: gaps as empty rows, every row as wide as the
 * widest. Undefined when a part starts above where the one before ended.
 */
export function joinParts(
  data: readonly (readonly WorkbookValue[][])[],
  offsets: readonly number[],
): WorkbookValue[][] | undefined {
  const rows: WorkbookValue[][] = [];
  for (let k = 0; k < data.length; k++) {
    const part = data[k]!;
    // The reader drops a sheet's empty rows at the bottom; an empty last part keeps that so.
    if (part.length === 0) continue;
    const offset = offsets[k]!;
    if (rows.length > offset) return undefined;
    while (rows.length < offset) rows.push([]);
    for (const row of part) rows.push(row);
  }
  let width = 0;
  for (const row of rows) if (row.length > width) width = row.length;
  for (const row of rows) while (row.length < width) row.push(null);
  return rows;
}

const WORKSHEET = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet';
const escapeAttr = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** A sheet the reader is given in parts: the first keeps the sheet's place, the rest are added. */
export interface PartedSheet {
  sheet: string;
  added: string[];
  offsets: number[];
}

export interface AddedSheet {
  name: string;
  path: string;
}

/**
 * The workbook and its relationships with `added` listed as sheets after
 * the others; names and ids are picked so they meet nothing already there.
 */
export function listAddedSheets(
  workbook: string,
  rels: string,
  added: readonly AddedSheet[],
): { workbook: string; rels: string } | undefined {
  const sheetsEnd = /<\/((?:\w+:)?)sheets>/.exec(workbook);
  const relsEnd = rels.lastIndexOf('</');
  if (!sheetsEnd || relsEnd < 0) return undefined;
  let n = 0;
  const freeId = () => {
    while (rels.includes(`"rIdPart${n}"`)) n++;
    return `rIdPart${n++}`;
  };
  let sheets = '';
  let relations = '';
  added.forEach((a, i) => {
    const id = freeId();
    sheets += `<${sheetsEnd[1]}sheet name="${escapeAttr(a.name)}" sheetId="${900_000 + i}" r:id="${id}"/>`;
    relations += `<Relationship Id="${id}" Type="${WORKSHEET}" Target="/${escapeAttr(a.path)}"/>`;
  });
  return {
    workbook: workbook.slice(0, sheetsEnd.index) + sheets + workbook.slice(sheetsEnd.index),
    rels: rels.slice(0, relsEnd) + relations + rels.slice(relsEnd),
  };
}

/**
 * Cuts each long sheet in `files` into parts the reader can take and lists
 * the added parts in the workbook, in place. Undefined when the workbook's
 * own lists cannot be extended.
 */
export function feedInParts(
  files: Map<string, Uint8Array>,
  info: WorkbookInfo,
  scans: ReadonlyMap<string, SheetScan>,
  partRows = PART_ROWS,
): PartedSheet[] | undefined {
  const text = new TextDecoder();
  const bytes = new TextEncoder();
  const taken = new Set(info.sheets.map((s) => s.name));
  const parted: PartedSheet[] = [];
  const added: AddedSheet[] = [];
  for (const sheet of info.sheets) {
    const data = sheet.path === undefined ? undefined : files.get(sheet.path);
    if (!data || (scans.get(sheet.name)?.maxRow ?? 0) <= partRows) continue;
    const split = splitSheet(data, partRows);
    if (!split) continue;
    files.set(sheet.path!, split.parts[0]!);
    const names: string[] = [];
    for (const part of split.parts.slice(1)) {
      let name = `:${added.length}`;
      while (taken.has(name)) name = `:${name}`;
      let path = `xl/worksheets/part-${added.length}.xml`;
      while (files.has(path)) path = path.replace('part-', 'part-_');
      taken.add(name);
      files.set(path, part);
      added.push({ name, path });
      names.push(name);
    }
    parted.push({ sheet: sheet.name, added: names, offsets: split.offsets });
  }
  if (added.length === 0) return parted;
  const workbook = files.get('xl/workbook.xml');
  const rels = files.get('xl/_rels/workbook.xml.rels');
  if (!workbook || !rels) return undefined;
  const listed = listAddedSheets(text.decode(workbook), text.decode(rels), added);
  if (!listed) return undefined;
  files.set('xl/workbook.xml', bytes.encode(listed.workbook));
  files.set('xl/_rels/workbook.xml.rels', bytes.encode(listed.rels));
  return parted;
}

/** One sheet as read-excel-file gives it. */
export interface ReadSheet {
  sheet: string;
  data: WorkbookValue[][];
}

/** What the reader gave, with each parted sheet joined again and the added parts gone. */
export function joinParted(
  sheets: readonly ReadSheet[],
  parted: readonly PartedSheet[],
): ReadSheet[] | undefined {
  if (parted.length === 0) return [...sheets];
  const byName = new Map(sheets.map((s) => [s.sheet, s.data]));
  const joined = new Map<string, WorkbookValue[][]>();
  const added = new Set<string>();
  for (const p of parted) {
    const data = [p.sheet, ...p.added].map((name) => byName.get(name) ?? []);
    const rows = joinParts(data, p.offsets);
    if (!rows) return undefined;
    joined.set(p.sheet, rows);
    for (const name of p.added) added.add(name);
  }
  return sheets
    .filter((s) => !added.has(s.sheet))
    .map((s) => ({ sheet: s.sheet, data: joined.get(s.sheet) ?? s.data }));
}

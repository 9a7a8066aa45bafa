// TEMPORARY adapter until scripts/site-renderer.ts lands from w/loader.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface DataFile {
  name: string;
  bytes: Uint8Array;
  modifiedAt: number;
}
export interface SiteFile {
  path: string;
  body: string | Uint8Array;
}
export type RenderOutcome =
  | { ok: true; files: SiteFile[]; timings: Record<string, number> }
  | { ok: false; issues: ReadonlyArray<{ file: string; text: { zh: string; en: string } }> };
export type SiteRenderer = (data: DataFile[], now: Date) => Promise<RenderOutcome>;

export async function loadSiteRenderer(options: { buildDir?: string; distDir: string }) {
  const dist = options.distDir;
  const renderer: SiteRenderer = async (data) => {
    const files: SiteFile[] = data.map((d) => ({ path: `data/${d.name}`, body: d.bytes }));
    files.push({ path: 'index.html', body: await readFile(join(dist, 'index.html')) });
    for (const id of ['services', 'crime', 'patrol'])
      files.push({
        path: `embed/${id}.html`,
        body: await readFile(join(dist, `embed/${id}.html`)),
      });
    return { ok: true, files, timings: {} };
  };
  return renderer;
}

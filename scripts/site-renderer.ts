/**
 * The render contract: the data files in, the site's data-made files out, in-process. Its
 * inputs that are not data (templates, stylesheets, the SSR bundle) come from `vite build` and
 * `vite build --ssr`, under build/.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as RenderSiteModule from '../src/app/render-site';
import type { SiteRenderer } from '../src/core/site-files';

export type { DataFile, RenderOutcome, SiteFile, SiteRenderer } from '../src/core/site-files';

export const BUILD_DIR = 'build';
/** Where the client build leaves the pristine templates (see scripts/data-plugin.ts). */
export const TEMPLATES = 'templates';
export const SSR_ENTRY = join('ssr', 'render-site.js');

export async function loadSiteRenderer(options: { buildDir?: string } = {}): Promise<SiteRenderer> {
  const dir = resolve(options.buildDir ?? BUILD_DIR);
  const entry = join(dir, SSR_ENTRY);
  if (!existsSync(entry)) throw new Error(`${entry} is missing: run npm run build first`);
  const { renderSite, loadTemplates } = (await import(
    pathToFileURL(entry).href
  )) as typeof RenderSiteModule;
  const templates = loadTemplates((path) => readFileSync(join(dir, TEMPLATES, path), 'utf8'));
  return (data, now) => renderSite(data, now, templates);
}

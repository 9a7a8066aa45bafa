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

export interface RendererOptions {
  buildDir?: string;
  /**
   * The site's public URL (https://host/path/), for absolute og:image and og:url links; by
   * default $PUTUO_PUBLIC_URL, so the build and the server's render worker agree.
   */
  publicUrl?: string;
  /** false: render without the social cards (bench/render-bench.ts's baseline). */
  cards?: boolean;
}

export async function loadSiteRenderer(options: RendererOptions = {}): Promise<SiteRenderer> {
  const dir = resolve(options.buildDir ?? BUILD_DIR);
  const entry = join(dir, SSR_ENTRY);
  if (!existsSync(entry)) throw new Error(`${entry} is missing: run npm run build first`);
  const { renderSite, loadTemplates } = (await import(
    pathToFileURL(entry).href
  )) as typeof RenderSiteModule;
  const templates = loadTemplates((path) => readFileSync(join(dir, TEMPLATES, path), 'utf8'));
  const publicUrl = publicUrlOf(options.publicUrl ?? process.env.PUTUO_PUBLIC_URL);
  return (data, now) => renderSite(data, now, templates, { publicUrl, cards: options.cards });
}

/** An http(s) URL ending in "/", or undefined when none is set; anything else is a mistake. */
export function publicUrlOf(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const url = new URL(value);
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new Error(`PUTUO_PUBLIC_URL must be an http(s) URL, not ${value}`);
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  url.search = '';
  url.hash = '';
  return url.href;
}

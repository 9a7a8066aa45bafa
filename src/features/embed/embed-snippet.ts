import { escapeHtml } from '../../i18n/format';

export interface SnippetOptions {
  src: string;
  /** The host script, embed.js at the site root. */
  script: string;
  /** The frame's accessible name. */
  title: string;
  /** Tall enough to show the whole chart at any width when the host script is missing. */
  height: number;
}

export function embedSnippet({ src, script, title, height }: SnippetOptions): string {
  const h = Math.max(1, Math.round(height));
  return (
    `<iframe data-putuo-embed src="${escapeHtml(src)}" title="${escapeHtml(title)}" ` +
    `width="100%" height="${h}" style="width:100%;border:0" loading="lazy"></iframe>\n` +
    `<script async src="${escapeHtml(script)}"></script>`
  );
}

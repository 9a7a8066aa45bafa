import type { ThemeName } from '../../charts/theme';
import type { Theme } from '../../store/view-slice';

export function resolveTheme(theme: Theme, prefersDark: boolean): ThemeName {
  if (theme === 'auto') return prefersDark ? 'dark' : 'light';
  return theme;
}

/** The <main> of an embed page or fragment, parsed inert: its scripts never run. */
export function parseMain(html: string, doc: Document = document): HTMLElement | undefined {
  const template = doc.createElement('template');
  template.innerHTML = html;
  const main = template.content.querySelector('main#embed');
  return main instanceof HTMLElement ? main : undefined;
}

/** The page's language, theme and title follow its content. */
export function syncDocument(main: HTMLElement, doc: Document = document): void {
  if (main.lang) doc.documentElement.lang = main.lang;
  const theme = main.getAttribute('data-theme');
  if (theme) doc.documentElement.setAttribute('data-theme', theme);
  const title = main.getAttribute('data-title');
  if (title) doc.title = title;
}

/** Puts another drawing of the embed into the same element, which stays observed for its height. */
export function swapInto(main: HTMLElement, next: HTMLElement, doc: Document = document): void {
  for (const name of ['lang', 'data-theme', 'data-title']) {
    const value = next.getAttribute(name);
    if (value !== null) main.setAttribute(name, value);
  }
  main.replaceChildren(...Array.from(next.childNodes));
  syncDocument(main, doc);
}

export async function fetchMain(url: string | URL): Promise<HTMLElement | undefined> {
  try {
    const res = await fetch(url, { cache: 'no-cache' });
    return res.ok ? parseMain(await res.text()) : undefined;
  } catch {
    return undefined;
  }
}

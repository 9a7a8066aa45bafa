import type { Lang } from '../core/manifest';
import en from './en.json';
import zh from './zh-CN.json';

export type MessageKey = keyof typeof zh;
export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => string;

/** The BCP 47 tag each language formats with. */
export const LOCALES: Record<Lang, string> = { zh: 'zh-CN', en: 'en' };

const catalogs: Record<Lang, Record<MessageKey, string>> = { zh, en };

export function translate(lang: Lang, key: MessageKey, params?: Params): string {
  const template = catalogs[lang][key] ?? key;
  return params
    ? template.replace(/\{(\w+)\}/g, (m, name: string) => String(params[name] ?? m))
    : template;
}

export function translator(lang: Lang): Translate {
  return (key, params) => translate(lang, key, params);
}

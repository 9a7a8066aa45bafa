import { historyOf, type AuditRecord } from './audit';
import type { Bilingual } from './refusal';

const short = (sha: string | undefined) => (sha ?? '—').slice(0, 12);

/** Why a publish started from `base` cannot replace `live`: whose changes came in between. */
export function staleBase(
  audit: AuditRecord[],
  dataset: string,
  base: string,
  live: string | undefined,
): Bilingual {
  const history = historyOf(audit, dataset);
  const from = history.map((r) => r.after).lastIndexOf(base);
  const between = history.slice(from + 1);
  const zh = between.map((r) => `${r.who}（${r.door}，${r.time}，版本 ${short(r.after)}）`);
  const en = between.map((r) => `${r.who} (${r.door}, ${r.time}, version ${short(r.after)})`);
  return {
    zh: `${dataset} 的线上版本已是 ${short(live)}，而此次发布基于较旧的 ${short(base)}。其间发布者：${zh.join('；') || '未知'}。请基于最新版本修改后重新发布。`,
    en: `The live ${dataset} is now ${short(live)}, but this publish was based on the older ${short(base)}. Published in between by: ${en.join('; ') || 'unknown'}. Start again from the live version.`,
  };
}

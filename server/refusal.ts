import type { Issue } from '../src/core/types';
import { formatIssue } from '../src/i18n/format-issue';
import { translator } from '../src/i18n/translate';

export interface Bilingual {
  zh: string;
  en: string;
}

const zh = translator('zh');
const en = translator('en');

/** The same issue lines the import preview shows, in both languages. */
export function issuesText(issues: Issue[]): Bilingual {
  const errors = issues.filter((i) => i.severity === 'error');
  const list = errors.length > 0 ? errors : issues;
  return {
    zh: list.map((i) => formatIssue(i, zh)).join('\n'),
    en: list.map((i) => formatIssue(i, en)).join('\n'),
  };
}

/** `<file>.errors.txt`: Chinese first, then English, each naming the file. */
export function errorsFile(file: string, reason: Bilingual): string {
  return [
    `文件：${file}`,
    '未发布，线上数据未改变。原因：',
    reason.zh,
    '',
    `File: ${file}`,
    'Not published; the live data is unchanged. Reason:',
    reason.en,
    '',
  ].join('\n');
}

/** A disk or permission failure, said plainly in both languages. */
export function diskText(error: unknown, stateDir: string): Bilingual {
  const e = error as NodeJS.ErrnoException;
  const code = e.code ?? 'error';
  const path = e.path ?? stateDir;
  if (code === 'ENOSPC')
    return {
      zh: `磁盘已满，无法写入状态目录 ${stateDir}（ENOSPC：${path}）。请清理空间后重试。`,
      en: `The disk is full; the state folder ${stateDir} cannot be written (ENOSPC: ${path}). Free space and try again.`,
    };
  if (code === 'EROFS' || code === 'EACCES' || code === 'EPERM')
    return {
      zh: `状态目录 ${stateDir} 不可写（${code}：${path}）。请检查其权限或挂载方式。`,
      en: `The state folder ${stateDir} is not writable (${code}: ${path}). Check its permissions or mount.`,
    };
  return {
    zh: `写入状态目录 ${stateDir} 失败：${e.message}`,
    en: `Writing the state folder ${stateDir} failed: ${e.message}`,
  };
}

/** The render worker died mid-render; the next publish starts a new one. */
export function crashText(error: Error): Bilingual {
  return {
    zh: `渲染进程意外退出（${error.message}），本次未发布，线上数据未改变。渲染进程已重启，可重新发布。`,
    en: `The render worker stopped unexpectedly (${error.message}); nothing was published and the live data is unchanged. It restarts for the next publish.`,
  };
}

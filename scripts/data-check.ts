import { resolve } from 'node:path';
import type { Lang } from '../src/core/manifest';
import { translator } from '../src/i18n/translate';
import { checkFolder } from './check-folder';

const args = process.argv.slice(2);
const langArg = args.find((a) => a.startsWith('--lang='))?.slice('--lang='.length);
const lang: Lang =
  langArg === 'en' || (!langArg && !/^zh/i.test(process.env.LANG ?? '')) ? 'en' : 'zh';
const dir = resolve(args.find((a) => !a.startsWith('--')) ?? 'data');
const t = translator(lang);

const errors = await checkFolder(dir, t, console);
if (errors > 0) {
  console.error(t('issue.check.errors', { count: errors }));
  process.exit(1);
}

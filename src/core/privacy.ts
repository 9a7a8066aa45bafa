import { toHalfWidth } from './cells';
import type { IssueCode, Severity } from './types';

/*
 * Personal data that must not reach the public cases log. An ID number,
 * a mobile number or a plate is an error. A name is only ever a warning:
 * the sources write private people as surname + 某 (李某), so a full name
 * after a word for a private party (男子李明) or before （男/（女 is
 * flagged. Officers named in their official role (民警张铭军、辅警竺涛 in a
 * commendation) are public servants and are deliberately not flagged.
 */

/** One item of personal data found in a text cell. */
export interface Finding {
  code: Extract<
    IssueCode,
    'sensitive_id_number' | 'sensitive_phone' | 'sensitive_plate' | 'personal_name'
  >;
  severity: Severity;
  /** The match with most of it hidden, safe to print. */
  masked: string;
}

const NONE: readonly Finding[] = Object.freeze([]);

const ID_NUMBER = /(?<![0-9])[1-9]\d{16}[\dXx](?![0-9])/g;
const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

const PHONE = /(?<![0-9])(?:\+?86[- ]?)?1[3-9]\d(?:[- ]?\d{4}){2}(?![0-9])/g;

const PROVINCES = '京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼';
const PLATE = new RegExp(`[${PROVINCES}][A-Za-z][·•\\- ]?[A-Za-z0-9]{5,6}(?![A-Za-z0-9])`, 'g');

// Common surnames, less those that also start everyday words after a role (钱包, 田地, 严重, 夏天…).
const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙朱胡郭何罗郑梁谢宋唐许韩冯邓曹彭曾萧肖董袁潘蒋蔡余杜叶程苏魏吕丁沈姚卢' +
  '姜崔钟谭陆汪范廖贾韦邹熊孟秦邱侯尹薛闫段黎史陶贺郝顾龚邵覃戴莫汤洪俞虞竺缪翁楼于马';
const PRIVATE_ROLES = [
  '犯罪嫌疑人',
  '嫌疑人',
  '违法人员',
  '违法行为人',
  '当事人',
  '报警人',
  '受害人',
  '被害人',
  '男子',
  '女子',
  '失主',
  '车主',
  '店主',
  '业主',
  '房东',
  '租客',
  '司机',
  '乘客',
  '村民',
  '居民',
  '市民',
  '游客',
  '老人',
  '男孩',
  '女孩',
  '孩童',
  '学生',
  '工人',
  '户主',
].join('|');
// Characters that start an ordinary word after a role (男子于是…, 司机马上…), not a given name.
const NOT_GIVEN =
  '某是在的了和与及被把将从向到于当因为等上下前后中里外又也都就便即已正先再称说经边围末';
const NAME_AFTER_ROLE = new RegExp(
  `(?:${PRIVATE_ROLES})([${SURNAMES}][^${NOT_GIVEN}\\P{Script=Han}][\\p{Script=Han}]?)`,
  'gu',
);
const NAME_BEFORE_GENDER = new RegExp(
  `(?<![\\p{Script=Han}])([${SURNAMES}][^${NOT_GIVEN}\\P{Script=Han}][\\p{Script=Han}]?)[（(][男女]`,
  'gu',
);

export function isResidentIdNumber(digits: string): boolean {
  if (!/^\d{17}[\dXx]$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(digits[i]) * ID_WEIGHTS[i]!;
  return ID_CHECK[sum % 11] === digits[17]!.toUpperCase();
}

function hide(text: string, keepStart: number, keepEnd: number): string {
  const chars = [...text];
  const hidden = Math.max(chars.length - keepStart - keepEnd, 1);
  return (
    chars.slice(0, keepStart).join('') +
    '*'.repeat(hidden) +
    (keepEnd > 0 ? chars.slice(-keepEnd).join('') : '')
  );
}

function maskPhone(m: string): string {
  const digits = m.replace(/\D/g, '');
  return hide(digits.slice(-11), 3, 4);
}

interface Kind {
  code: Finding['code'];
  pattern: RegExp;
  /** Some matches are near-misses (a bad check digit, a plate of letters only). */
  accept: (match: string) => boolean;
  mask: (match: string) => string;
}

const IDENTIFIERS: readonly Kind[] = [
  {
    code: 'sensitive_id_number',
    pattern: ID_NUMBER,
    accept: isResidentIdNumber,
    mask: (m) => hide(m, 4, 4),
  },
  { code: 'sensitive_phone', pattern: PHONE, accept: () => true, mask: maskPhone },
  {
    code: 'sensitive_plate',
    pattern: PLATE,
    accept: (m) => /\d/.test(m),
    mask: (m) => hide(m, 2, 1),
  },
];

const NAMES: readonly Kind[] = [NAME_AFTER_ROLE, NAME_BEFORE_GENDER].map((pattern) => ({
  code: 'personal_name',
  pattern,
  accept: () => true,
  mask: (m) => hide(m, 1, 0),
}));

const ALL_KINDS = [...IDENTIFIERS, ...NAMES];

// A flag per UTF-16 unit: a scan with it is several times cheaper than a regex, so ordinary cells skip the rest.
const DIGIT = 1;
const SEPARATOR = 2;
const PROVINCE = 3;
const CUE = 4;
const LATIN = 5;
const BRACKET = 6;
const FLAGS = new Uint8Array(0x10000);
function flag(chars: Iterable<string>, value: number) {
  for (const ch of chars) FLAGS[ch.charCodeAt(0)] = value;
}
flag('0123456789\uFF10\uFF11\uFF12\uFF13\uFF14\uFF15\uFF16\uFF17\uFF18\uFF19', DIGIT);
flag('- ', SEPARATOR);
for (let c = 0; c < 26; c++) {
  for (const base of [0x41, 0x61, 0xff21, 0xff41]) FLAGS[base + c] = LATIN;
}
flag(PROVINCES, PROVINCE);
flag(
  PRIVATE_ROLES.split('|').map((role) => role.slice(-1)),
  CUE,
);
flag('（(', BRACKET);

/** False when no pattern can match: no run of 7 digits, no plate start, no role word or （男. */
function mayBeSensitive(s: string): boolean {
  let digits = 0;
  for (let i = 0; i < s.length; i++) {
    const f = FLAGS[s.charCodeAt(i)];
    if (f === DIGIT) {
      if (++digits >= 7) return true;
    } else if (f !== SEPARATOR) {
      digits = 0;
      if (f === CUE) return true;
      if (f === PROVINCE && FLAGS[s.charCodeAt(i + 1)] === LATIN) return true;
      if (f === BRACKET && (s[i + 1] === '男' || s[i + 1] === '女')) return true;
    }
  }
  return false;
}

/** Every sensitive item in a text cell; a shared empty array when there is none. */
export function findSensitive(raw: string): readonly Finding[] {
  if (!mayBeSensitive(raw)) return NONE;
  const text = toHalfWidth(raw);
  const out: Finding[] = [];
  for (const kind of ALL_KINDS) {
    for (const m of text.matchAll(kind.pattern)) {
      const match = m[1] ?? m[0];
      if (!kind.accept(match)) continue;
      const severity = kind.code === 'personal_name' ? 'warning' : 'error';
      out.push({ code: kind.code, severity, masked: kind.mask(match) });
    }
  }
  return out.length > 0 ? out : NONE;
}

/** The text with every ID number, phone and plate masked, for echoing a cell in a message. */
export function maskSensitive(text: string): string {
  if (!mayBeSensitive(text)) return text;
  // toHalfWidth keeps every index, so matches in it mark the same span of the original.
  const probe = toHalfWidth(text);
  const spans: [number, number, string][] = [];
  for (const kind of IDENTIFIERS) {
    for (const m of probe.matchAll(kind.pattern)) {
      if (kind.accept(m[0])) spans.push([m.index, m.index + m[0].length, kind.mask(m[0])]);
    }
  }
  if (spans.length === 0) return text;
  spans.sort((a, b) => a[0] - b[0]);
  let out = '';
  let at = 0;
  for (const [start, end, masked] of spans) {
    if (start < at) continue;
    out += text.slice(at, start) + masked;
    at = end;
  }
  return out + text.slice(at);
}

const ECHO_MAX = 60;

/** A cell as an issue may show it: sensitive items masked, long text cut short. */
export function echoValue(raw: string): string {
  // Mask before cutting, so a cut never leaves part of an ID number unmasked.
  const masked = maskSensitive(raw.length > ECHO_MAX + 40 ? raw.slice(0, ECHO_MAX + 40) : raw);
  if (masked.length <= ECHO_MAX) return masked;
  const cut = /[\uDC00-\uDFFF]/.test(masked[ECHO_MAX]!) ? ECHO_MAX - 1 : ECHO_MAX;
  return masked.slice(0, cut) + '…';
}

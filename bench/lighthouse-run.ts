import { launch } from 'chrome-launcher';
import lighthouse, { desktopConfig } from 'lighthouse';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/e2e/browser';

export type Preset = 'mobile' | 'desktop';

export interface LighthouseRow {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  clsScore: number;
  scriptUrls: string[];
  totalBytes: number;
}

// The test harness's flags, plus the headless mode chrome-launcher does not add itself.
const CHROME_FLAGS = ['--headless=new', ...CHROMIUM_ARGS];

function score(v: number | null | undefined): number {
  return Math.round((v ?? 0) * 100);
}

/** One Lighthouse run of one URL in Debian's Chromium; a fresh browser each time. */
export async function runLighthouse(url: string, preset: Preset): Promise<LighthouseRow> {
  const chrome = await launch({
    chromePath: process.env.CHROME_PATH ?? CHROMIUM_PATH,
    chromeFlags: CHROME_FLAGS,
  });
  try {
    const result = await lighthouse(
      url,
      {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      },
      preset === 'desktop' ? desktopConfig : undefined,
    );
    if (!result) throw new Error(`lighthouse returned nothing for ${url}`);
    const { categories, audits } = result.lhr;
    const requests =
      (
        audits['network-requests']?.details as
          { items?: { url: string; resourceType?: string; transferSize?: number }[] } | undefined
      )?.items ?? [];
    return {
      performance: score(categories.performance?.score),
      accessibility: score(categories.accessibility?.score),
      bestPractices: score(categories['best-practices']?.score),
      seo: score(categories.seo?.score),
      fcpMs: Math.round(audits['first-contentful-paint']?.numericValue ?? NaN),
      lcpMs: Math.round(audits['largest-contentful-paint']?.numericValue ?? NaN),
      tbtMs: Math.round(audits['total-blocking-time']?.numericValue ?? NaN),
      clsScore: audits['cumulative-layout-shift']?.numericValue ?? NaN,
      scriptUrls: requests.filter((r) => r.resourceType === 'Script').map((r) => r.url),
      totalBytes: requests.reduce((s, r) => s + (r.transferSize ?? 0), 0),
    };
  } finally {
    await chrome.kill();
  }
}

/** The headers of docs/hosting.md, chosen by URL path. */
const DASHBOARD_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; worker-src 'self'; frame-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
const EMBED_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors *";

export const GENERATION_HEADER = 'x-putuo-generation';

const COMMON = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
};

export function headersFor(urlPath: string): Record<string, string> {
  if (urlPath === '/embed.js')
    return {
      ...COMMON,
      'Content-Type': 'text/javascript; charset=utf-8',
      'Cache-Control': 'public, max-age=3600',
    };
  const cache = urlPath.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
  if (urlPath.startsWith('/embed/'))
    return { ...COMMON, 'Content-Security-Policy': EMBED_CSP, 'Cache-Control': cache };
  return {
    ...COMMON,
    'Content-Security-Policy': DASHBOARD_CSP,
    'X-Frame-Options': 'DENY',
    'Cache-Control': cache,
  };
}

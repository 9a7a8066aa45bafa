import type { Plugin } from 'vite';

/**
 * The dashboard's Content-Security-Policy, added to index.html at build time only: the dev
 * server injects inline scripts of its own. frame-ancestors has no effect in a meta tag, so
 * docs/hosting.md gives the headers that forbid framing the dashboard.
 */
export const DASHBOARD_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "worker-src 'self'",
  "frame-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

export function dashboardCsp(): Plugin {
  return {
    name: 'dashboard-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!ctx.path.endsWith('/index.html')) return html;
        return {
          html,
          tags: [
            {
              tag: 'meta',
              attrs: { 'http-equiv': 'Content-Security-Policy', content: DASHBOARD_CSP },
              injectTo: 'head-prepend',
            },
          ],
        };
      },
    },
  };
}

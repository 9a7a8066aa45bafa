import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { dataFolder, siteTemplates } from './scripts/data-plugin';
import { dashboardCsp } from './scripts/embed-csp';

export default defineConfig(({ isSsrBuild }) => ({
  base: './',
  plugins: [
    react(),
    dataFolder(),
    dashboardCsp(),
    siteTemplates(['index.html', 'embed/chart.html']),
  ],
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    sourcemap: false,
    // The SSR bundle (build/ssr/) is the site renderer's code, not a site: no public/ files.
    copyPublicDir: !isSsrBuild,
    // Both pages are templates (moved to build/templates/) the site renderer fills with data.
    rolldownOptions: { input: { main: 'index.html', embed: 'embed/chart.html' } },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          include: ['src/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/setup-dom.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: [
            'tests/cli/**/*.test.ts',
            'tests/data/**/*.test.ts',
            'tests/property/**/*.test.ts',
          ],
        },
      },
      {
        extends: true,
        test: {
          name: 'server',
          environment: 'node',
          include: ['tests/server/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          // Each file starts its own server processes; one file at a time keeps them off each other's CPU.
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Real Chromium on a shared 2-core CI machine: one retry absorbs a starved run; a real failure fails twice.
          retry: 1,
        },
      },
    ],
  },
}));

import { cpSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const root = import.meta.dirname;

export default defineConfig({
  root,
  base: './',
  build: { outDir: resolve(root, '../out/chartjs-ref'), emptyOutDir: true, target: 'es2022' },
  plugins: [
    {
      name: 'copy-services',
      closeBundle() {
        cpSync(
          resolve(root, '../../data/services.csv'),
          resolve(root, '../out/chartjs-ref/data/services.csv'),
        );
      },
    },
  ],
});

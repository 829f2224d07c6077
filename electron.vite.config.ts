import { defineConfig } from 'electron-vite';
import { resolve } from 'node:path';
import renderer from './vite.renderer.config.mts';

export default defineConfig({
  main: { build: { rollupOptions: { input: resolve(__dirname, 'electron/main/index.ts') } } },
  preload: { build: { rollupOptions: { input: resolve(__dirname, 'electron/preload/index.ts') } } },
  renderer: {
    ...renderer,
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      rollupOptions: { input: resolve(__dirname, 'renderer/index.html') },
    },
  },
});

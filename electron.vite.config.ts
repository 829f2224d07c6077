import { defineConfig } from 'electron-vite';
import { resolve } from 'node:path';
import renderer from './vite.renderer.config.mts';

const alias = { '@shared': resolve(__dirname, 'shared') };

export default defineConfig({
  main: { resolve: { alias }, build: { rollupOptions: { input: resolve(__dirname, 'electron/main/index.ts') } } },
  // The sandboxed preload can require only `electron`: everything else is bundled into one file.
  preload: { resolve: { alias }, build: { rollupOptions: { input: resolve(__dirname, 'electron/preload/index.ts') } } },
  renderer: {
    ...renderer,
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      rollupOptions: { input: resolve(__dirname, 'renderer/index.html') },
    },
  },
});

import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY } from './shared/security/content-security-policy';

/** The dev server needs inline scripts for hot reload, so the strict policy goes into built pages only. */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'tenure-content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/**
 * The renderer alone, as a web app: `npm run web` serves it, `npm run build:web` builds it, and
 * electron.vite.config.ts reuses it for the desktop build.
 */
export default defineConfig({
  root: resolve(import.meta.dirname, 'renderer'),
  base: './',
  plugins: [react(), contentSecurityPolicy()],
  resolve: { alias: { '@shared': resolve(import.meta.dirname, 'shared') } },
  server: { host: '127.0.0.1', port: 4173, strictPort: true },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  build: { outDir: resolve(import.meta.dirname, 'out/web'), emptyOutDir: true },
});

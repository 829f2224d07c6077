import { defineConfig } from '@playwright/test';

/**
 * Two projects (architecture-anchors §3): `web` drives the built renderer in Debian's Chromium,
 * which runs everywhere; `electron` drives the real app and skips itself where no Electron
 * binary can be had.
 */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** 4173 as `npm run web`; another port lets two checkouts on one machine test side by side. */
const PORT = Number(process.env.TENURE_E2E_PORT ?? 4173);

export default defineConfig({
  testDir: 'e2e/specs',
  workers: 1,
  retries: 0,
  reporter: process.env.CI ? [['list'], ['json', { outputFile: 'reports/playwright.json' }]] : 'list',
  use: { trace: 'retain-on-failure' },
  projects: [
    {
      name: 'web',
      testMatch: /.*\.web\.spec\.ts/,
      use: {
        baseURL: `http://127.0.0.1:${PORT}`,
        browserName: 'chromium',
        headless: true,
        launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS },
      },
    },
    { name: 'electron', testMatch: /.*\.electron\.spec\.ts/ },
  ],
  webServer: {
    command: `node e2e/serve.mjs out/renderer ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
  },
});

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
        baseURL: 'http://127.0.0.1:4173',
        browserName: 'chromium',
        headless: true,
        launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS },
      },
    },
    { name: 'electron', testMatch: /.*\.electron\.spec\.ts/ },
  ],
  webServer: {
    command: 'node e2e/serve.mjs out/renderer 4173',
    url: 'http://127.0.0.1:4173/',
    reuseExistingServer: false,
  },
});

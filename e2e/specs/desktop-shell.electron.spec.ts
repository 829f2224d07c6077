import { expect } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { EVENT_CHANNELS, INVOKE_CHANNELS, listenerName, methodName } from '../../shared/ipc/channels';
import { binary, MAIN_SCRIPT, skipWithoutElectron, test } from '../fixtures/electron-app';

skipWithoutElectron();

test('the window comes from app://tenure, sandboxed, with no Node in the page and only the contract on window.tenure', async ({
  window,
}) => {
  await expect(window.getByRole('heading', { name: 'Welcome to Tenure' })).toBeVisible();
  expect(window.url()).toBe('app://tenure/index.html');
  expect(await window.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
  expect(await window.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe('undefined');
  const exposed = await window.evaluate(() =>
    Object.entries((globalThis as unknown as { tenure: Record<string, unknown> }).tenure).map(([k, v]) => [
      k,
      typeof v,
    ]),
  );
  expect(exposed.map(([k]) => k).sort()).toEqual(
    [...INVOKE_CHANNELS.map(methodName), ...EVENT_CHANNELS.map(listenerName)].sort(),
  );
  expect(exposed.every(([, type]) => type === 'function')).toBe(true);
});

test('navigation away from the app is blocked (checklist item 13)', async ({ window }) => {
  await window.evaluate(() => {
    location.href = 'https://example.org/';
  });
  await window.waitForTimeout(500);
  expect(window.url()).toBe('app://tenure/index.html');
  await window.evaluate(() => {
    location.href = 'file:///etc/passwd';
  });
  await window.waitForTimeout(500);
  expect(window.url()).toBe('app://tenure/index.html');
});

test('window.open opens nothing; only https links reach the browser (items 14–15)', async ({ electronApp, window }) => {
  await electronApp.evaluate(({ shell }) => {
    const opened: string[] = [];
    (globalThis as { opened?: string[] }).opened = opened;
    shell.openExternal = async (url: string) => void opened.push(url);
  });
  expect(await window.evaluate(() => globalThis.open('https://www.ifla.org/') === null)).toBe(true);
  expect(await window.evaluate(() => globalThis.open('file:///etc/passwd') === null)).toBe(true);
  expect(await window.evaluate(() => globalThis.open('app://tenure/index.html') === null)).toBe(true);
  await window.waitForTimeout(300);
  expect(electronApp.windows()).toHaveLength(1);
  expect(await electronApp.evaluate(() => (globalThis as { opened?: string[] }).opened)).toEqual([
    'https://www.ifla.org/',
  ]);
});

test('the page gets no permission, and IPC from the page works through the contract', async ({ window }) => {
  const permission = await window.evaluate(
    async () => (await navigator.permissions.query({ name: 'geolocation' })).state,
  );
  expect(permission).not.toBe('granted');
  const info = await window.evaluate(() =>
    (globalThis as unknown as { tenure: { appInfo(): Promise<{ platform: string }> } }).tenure.appInfo(),
  );
  expect(info.platform).toBe(process.platform);
  const refused = await window.evaluate(() =>
    (globalThis as unknown as { tenure: { settingsSet(r: unknown): Promise<unknown> } }).tenure
      .settingsSet({ reminderDays: ['soon'] })
      .then(
        () => 'accepted',
        (e: Error) => e.message,
      ),
  );
  expect(refused).toMatch(/reminderDays/);
});

test('a second launch focuses the first window and exits within 2 seconds (R13)', async ({ userData, window }) => {
  await expect(window.getByRole('heading', { name: 'Welcome to Tenure' })).toBeVisible();
  const started = Date.now();
  const second = spawnSync((binary as { path: string }).path, [MAIN_SCRIPT], {
    env: { ...process.env, TENURE_USER_DATA_DIR: userData },
    timeout: 10_000,
  });
  expect(second.status).toBe(0);
  expect(Date.now() - started).toBeLessThan(2000);
});

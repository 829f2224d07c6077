import { _electron as electron, expect, test } from '@playwright/test';
import { resolve } from 'node:path';
import { electronExecutable } from '../fixtures/electron-binary';

const binary = electronExecutable();
if ('missing' in binary) console.log(`electron e2e skipped: ${binary.missing}`);

test.skip('missing' in binary, 'missing' in binary ? binary.missing : '');

test('the desktop app opens its window from app://tenure, sandboxed, with no Node in the page', async () => {
  const app = await electron.launch({
    executablePath: (binary as { path: string }).path,
    args: [resolve(__dirname, '../../out/main/index.js')],
  });
  try {
    const window = await app.firstWindow();
    await expect(window.getByRole('heading', { name: 'Welcome to Tenure' })).toBeVisible();
    expect(window.url()).toBe('app://tenure/index.html');
    expect(await window.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
    expect(
      await window.evaluate(() => (globalThis as { tenureDesktop?: { shell: string } }).tenureDesktop?.shell),
    ).toBe('electron');
  } finally {
    await app.close();
  }
});

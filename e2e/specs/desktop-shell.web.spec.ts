import { expect, test } from '@playwright/test';
import { TenureApp } from '../pages/tenure-app';

test.describe('the built page, as the desktop shell serves it', () => {
  test('carries the strict Content-Security-Policy (checklist item 7) and runs no inline script', async ({
    page,
    request,
  }) => {
    const html = await (await request.get('/')).text();
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/
      .exec(html)?.[1]
      ?.replaceAll('&#39;', "'");
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).not.toContain('unsafe-eval');
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);

    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    const app = new TenureApp(page);
    await app.open();
    await app.openExample();
    expect(violations).toEqual([]);
  });

  test('in a browser there is no desktop API: files are chosen with a file input', async ({ page }) => {
    const app = new TenureApp(page);
    await app.open();
    expect(await page.evaluate(() => 'tenure' in window)).toBe(false);
    const importing = app.importDialog();
    await importing.open();
    await expect(importing.dialog.getByLabel('Workspace file')).toBeVisible();
    await expect(importing.dialog.getByRole('button', { name: 'Choose a workspace file…' })).toHaveCount(0);
  });
});

import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const EXAMPLE = resolve(__dirname, '../../examples/it-section-2021.tenure.json');

test('the page loads under its content security policy with no console errors', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Tenure' })).toBeVisible();
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("script-src 'self'");
  expect(errors).toEqual([]);
});

test('a secretary opens the example workspace and reads the findings for a date', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('As of').fill('2021-09-01');
  await page.getByLabel('Workspace file (.tenure.json)').setInputFiles(EXAMPLE);
  await expect(page.getByTestId('counts')).toHaveText('0 errors, 3 warnings, 1 for information');
  await expect(page.getByRole('heading', { name: 'Warnings (3)' })).toBeVisible();
  await expect(
    page.getByText('is still active on 2021-08-26, when corresponding membership was discontinued').first(),
  ).toBeVisible();

  await page.getByLabel('As of').fill('2021-03-19');
  await expect(page.getByTestId('counts')).toHaveText('0 errors, 2 warnings, 0 for information');
});

test('a malformed file is refused whole, naming the JSON path of every problem', async ({ page }) => {
  const example = JSON.parse(readFileSync(EXAMPLE, 'utf8'));
  example.terms[3].start = '2021-13-01';
  example.terms[5].personId = 'nobody';
  await page.goto('/');
  await page.getByLabel('Workspace file (.tenure.json)').setInputFiles({
    name: 'broken.tenure.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(example)),
  });
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('broken.tenure.json is not a valid Tenure workspace; nothing was read.');
  await expect(alert).toContainText('terms[3].start expected a date YYYY-MM-DD, got "2021-13-01"');
  await expect(alert).toContainText('terms[5].personId no person with id "nobody"');
});

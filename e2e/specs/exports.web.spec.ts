import { expect, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readCsv, unguardCell } from '../../shared/exports/csv';
import { ExportsPage } from '../pages/exports-page';
import { TenureApp, writeTempFile } from '../pages/tenure-app';

test.describe('exports and spreadsheet import', () => {
  test('the roster exports as CSV, XLSX and PDF, and the files hold the roster', async ({ page }) => {
    const app = new TenureApp(page);
    await app.open();
    await app.openExample();
    await app.setAsOf('2021-03-19');
    const exports = new ExportsPage(page);
    const group = exports.exportGroup('Export the roster on 2021-03-19');

    const csv = await exports.download(group, 'CSV');
    expect(csv.download.suggestedFilename()).toBe('roster-it-2021-03-19.csv');
    const text = csv.bytes.toString('utf8');
    expect(text.startsWith('\uFEFF"Name","Person ID","Kind"')).toBe(true);
    const rows = readCsv(text).map((r) => r.map(unguardCell));
    expect(rows).toHaveLength(20);
    expect(rows.find((r) => r[0] === 'Daniel Whitford')).toEqual([
      'Daniel Whitford',
      'p05',
      'Elected',
      '2017-08-25',
      '2021-08-26',
      '',
      'term 1 of 2',
      'Chair',
      'North America',
      'CA',
    ]);

    const xlsx = await exports.download(group, 'XLSX');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.bytes as unknown as ExcelJS.Buffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(1).getCell(1).value).toBe('Name');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.rowCount).toBe(20);

    const pdf = await exports.download(group, 'PDF');
    expect(pdf.download.suggestedFilename()).toBe('roster-it-2021-03-19.pdf');
    expect(pdf.bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.bytes.length).toBeGreaterThan(5000);
  });

  test('the expiry screen exports its list and a calendar of term ends and deadlines', async ({ page }) => {
    const app = new TenureApp(page);
    await app.open();
    await app.openExample();
    await app.setAsOf('2021-03-19');
    await app.goTo('Expiry');
    const exports = new ExportsPage(page);
    const csv = await exports.download(exports.exportGroup(/^Export the terms and offices ending/), 'CSV');
    expect(readCsv(csv.bytes.toString('utf8'))[0]![0]).toBe('Ends on');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Calendar (.ics)' }).click(),
    ]);
    const ics = readFileSync(await download.path(), 'utf8');
    expect(ics).toContain('BEGIN:VCALENDAR');
    expect(ics).toContain('SUMMARY:Term boundary 2021: new terms start');
  });

  test('a messy spreadsheet is previewed row by row, then imported in one go', async ({ page }) => {
    const app = new TenureApp(page);
    await app.open();
    await app.openExample();
    const exports = new ExportsPage(page);
    const dialog = await exports.openSpreadsheetImport();
    const file = writeTempFile(
      'miembros.csv',
      [
        'Nombre;Correo;País;Tipo;Inicio;Fin',
        'Čano Tomić;cano@example.org;hr;elegido;26/08/2021;22/08/2025',
        'Ana Ruiz;ana@example.org;;;;',
        ';;;;;',
        'Čano Tomić;cano@example.org;HR;elegido;26/08/2021;22/08/2025',
        'Grace Mwangi;;Kenya;;;',
        '',
      ].join('\r\n'),
    );
    await dialog.getByLabel('Spreadsheet file').setInputFiles(file);
    await expect(dialog.getByLabel('Import column Nombre as')).toHaveValue('name');
    await expect(dialog.getByLabel('Import column Inicio as')).toHaveValue('start');
    await expect(dialog.getByTestId('date-format-start')).toContainText(
      'DD/MM/YYYY (day first): “26/08/2021” is 2021-08-26',
    );
    await expect(dialog.getByTestId('sheet-import-summary')).toContainText(
      '4 rows: 1 new, 1 updates, 1 duplicates, 1 invalid. 2 will be imported and 2 rejected',
    );
    await expect(dialog.getByRole('row', { name: /Invalid country must be a two-letter/ })).toBeVisible();

    const [rejected] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Save the 2 rejected rows as CSV' }).click(),
    ]);
    const rejectedRows = readCsv(readFileSync(await rejected.path(), 'utf8'));
    expect(rejectedRows[0]).toEqual(['Nombre', 'Correo', 'País', 'Tipo', 'Inicio', 'Fin', 'Line', 'Status', 'Reason']);
    expect(rejectedRows).toHaveLength(3);

    await dialog.getByRole('button', { name: 'Import 2 rows' }).click();
    await expect(dialog).toBeHidden();
    await app.setAsOf('2021-09-01');
    await expect(page.getByRole('button', { name: 'Čano Tomić', exact: true })).toBeVisible();
  });

  test('exceljs and pdf-lib are not in the first chunk of the app (quality-anchors P9)', () => {
    const root = resolve(__dirname, '../../out/renderer');
    const html = readFileSync(join(root, 'index.html'), 'utf8');
    const entry = /<script[^>]+src="\.?\/?(assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(entry).toBeDefined();
    const code = readFileSync(join(root, entry!), 'utf8');
    expect(code).not.toMatch(/class Workbook|PDFDocument\.create|registerFontkit/);
    expect(readdirSync(join(root, 'assets')).some((f) => f.startsWith('export-worker'))).toBe(true);
  });
});

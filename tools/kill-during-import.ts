// The crash harness (issue 7, quality-anchors B2 and R4): Debian's Chromium, launched by hand with
// a fixed profile, runs the built app; an import is started through the UI and the whole browser
// process group is SIGKILLed at a random moment inside it, again and again. After every relaunch
// the records must be exactly the old workspace or exactly the imported one, and whenever the
// database is found wiped (by Chromium after a crash, or by this harness deleting it on every
// fifth round) the app must say so and restore it from its backup.
//
// `node --import tsx tools/kill-during-import.ts` (npm test runs it). TENURE_KILLS sets the number of
// kills: 50 by default, 200 with TENURE_HEAVY=1 (quality-anchors R4); the report goes to
// reports/kill-during-import.json, and npm test prints its counts on the `reliability:` line.
import { chromium, type Browser, type Page } from '@playwright/test';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { generateLargeWorkspace, seededRandom } from '../shared/testing/large-workspace';

const ROOT = resolve(import.meta.dirname, '..');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const PORT = 4181;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const KILLS = Number(process.env.TENURE_KILLS ?? (process.env.TENURE_HEAVY === '1' ? 200 : 50));
const FORCED_WIPE_EVERY = 5;
const random = seededRandom(Number(process.env.TENURE_SEED ?? 7));

type Fingerprint = string;
type Round = {
  round: number;
  from: 'A' | 'B';
  to: 'A' | 'B';
  /** Milliseconds after importWorkspace began (its backup written) that the browser was killed. */
  delayMs: number;
  startup: string;
  notice: string;
  found: 'A' | 'B' | 'other';
  forcedWipe: boolean;
  chromiumReportedCorruption: boolean;
};

function log(line: string): void {
  console.log(`[kill-harness] ${line}`);
}

/** The browser, started the way the measurement in quality-anchors B2 did: a real process with a fixed profile. */
class Browserish {
  private child: ChildProcess | undefined;
  private stderr = '';
  browser: Browser | undefined;
  page: Page | undefined;
  /** The page's console and errors since the last launch, for a round that goes wrong. */
  console: string[] = [];

  constructor(readonly profile: string) {}

  async launch(): Promise<Page> {
    rmSync(join(this.profile, 'DevToolsActivePort'), { force: true });
    this.stderr = '';
    this.child = spawn(
      CHROMIUM,
      [
        '--headless=new',
        '--no-sandbox',
        '--disable-gpu',
        '--no-first-run',
        '--no-default-browser-check',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-quic',
        '--enable-logging=stderr',
        '--v=0',
        `--user-data-dir=${this.profile}`,
        '--remote-debugging-port=0',
        'about:blank',
      ],
      // Its own process group, so one kill takes the browser, its renderers and helpers at once.
      { detached: true, stdio: ['ignore', 'ignore', 'pipe'] },
    );
    this.child.stderr?.on('data', (chunk: Buffer) => (this.stderr = (this.stderr + chunk.toString()).slice(-200_000)));
    const port = await waitFor(() => {
      const file = join(this.profile, 'DevToolsActivePort');
      return existsSync(file) ? readFileSync(file, 'utf8').split('\n')[0] || undefined : undefined;
    }, 15_000);
    this.browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
    const context = this.browser.contexts()[0];
    if (!context) throw new Error('Chromium has no default context');
    this.page = context.pages()[0] ?? (await context.newPage());
    this.console = [];
    this.page.on('console', (message) => this.console.push(`${message.type()}: ${message.text()}`));
    this.page.on('pageerror', (error) => this.console.push(`page error: ${error.message}`));
    return this.page;
  }

  /** SIGKILL to the whole process group: no shutdown, no flush, as a power cut or a crash. */
  async kill(): Promise<void> {
    const child = this.child;
    if (!child?.pid) return;
    const exited = new Promise<void>((done) => child.once('exit', () => done()));
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
    await exited;
    await this.browser?.close().catch(() => undefined);
    // Give the kernel a moment to reap the group's other processes and release the profile lock.
    await sleep(150);
    this.child = undefined;
  }

  diagnostics(): string {
    const chromium = this.stderr
      .split('\n')
      .filter((l) => /ERROR|indexed|leveldb|corrupt|file system/i.test(l))
      .slice(-15);
    return [...this.console.slice(-15), ...chromium].join('\n    ');
  }

  corruptionLogged(): boolean {
    return /corrupt/i.test(this.stderr) && /indexeddb|leveldb/i.test(this.stderr);
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((done) => setTimeout(done, ms));
}

async function waitFor<T>(probe: () => T | undefined, timeoutMs: number): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error('timed out');
    await sleep(25);
  }
}

/** Opens the app and waits for its start-up check; returns the verdict and any notice shown. */
async function openApp(page: Page, browser: Browserish): Promise<{ startup: string; notice: string }> {
  await page.goto(`${ORIGIN}/`);
  try {
    await page.waitForFunction(() => document.documentElement.dataset.tenureStartup, undefined, { timeout: 30_000 });
  } catch (error) {
    const body = await page.evaluate(() => document.body.innerText.slice(0, 300)).catch(() => '?');
    throw new Error(`the app did not finish its start-up check in 30 s; page: ${body}\n    ${browser.diagnostics()}`, {
      cause: error,
    });
  }
  const startup = await page.evaluate(() => document.documentElement.dataset.tenureStartup ?? '');
  const notice = page.getByTestId('startup-notice');
  return { startup, notice: (await notice.count()) > 0 ? await notice.innerText() : '' };
}

/** Every record id of every table, read straight from IndexedDB, folded into one string. */
async function fingerprint(page: Page): Promise<Fingerprint> {
  return page.evaluate(async () => {
    const tables = ['committees', 'people', 'terms', 'offices', 'elections', 'meetings', 'actions'];
    const db = await new Promise<IDBDatabase>((done, fail) => {
      const request = indexedDB.open('tenure');
      request.onsuccess = () => done(request.result);
      request.onerror = () => fail(request.error);
    });
    try {
      if (!tables.every((t) => db.objectStoreNames.contains(t))) return 'no tables';
      const tx = db.transaction(tables, 'readonly');
      const parts = await Promise.all(
        tables.map(
          (t) =>
            new Promise<string>((done, fail) => {
              const request = tx.objectStore(t).getAllKeys();
              request.onsuccess = () => {
                const keys = request.result.map(String).join('|');
                let hash = 0;
                for (let i = 0; i < keys.length; i += 1) hash = (Math.imul(hash, 31) + keys.charCodeAt(i)) | 0;
                done(`${t}:${request.result.length}:${hash}`);
              };
              request.onerror = () => fail(request.error);
            }),
        ),
      );
      return parts.join(' ');
    } finally {
      db.close();
    }
  });
}

/** The newest "before an import" backup in the browser's private file storage (the web platform's backup folder). */
async function newestImportBackup(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const folder = await (await navigator.storage.getDirectory()).getDirectoryHandle('tenure', { create: true });
    let newest = '';
    for await (const [name] of folder as unknown as AsyncIterable<[string, unknown]>) {
      if (name.includes('-before-import-') && name > newest) newest = name;
    }
    return newest;
  });
}

/**
 * Waits until the import dialog has written its backup: the next thing it does is `importWorkspace`,
 * so a kill timed from here lands inside the import's transaction, not in the backup before it.
 */
async function importStarted(page: Page, previous: string): Promise<void> {
  const until = Date.now() + 30_000;
  while ((await newestImportBackup(page)) <= previous) {
    if (Date.now() > until) throw new Error('the import never wrote its backup');
    await sleep(2);
  }
}

async function startImport(page: Page, file: string): Promise<() => Promise<void>> {
  await page.getByRole('button', { name: 'File', exact: true }).click();
  await page.getByRole('button', { name: 'Import workspace…', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Import a workspace file' });
  await dialog.getByLabel('Workspace file').setInputFiles(file);
  const confirm = dialog.getByRole('button', { name: 'Replace the workspace with this file' });
  await confirm.waitFor({ timeout: 30_000 });
  return async () => {
    await confirm.click();
  };
}

/** Deletes the origin's IndexedDB folder while the browser is down: what Chromium does to a corrupt database. */
function wipeIndexedDb(profile: string): number {
  const folder = join(profile, 'Default', 'IndexedDB');
  if (!existsSync(folder)) return 0;
  const gone = readdirSync(folder).filter((name) => name.startsWith(`http_127.0.0.1_${PORT}.indexeddb`));
  for (const name of gone) rmSync(join(folder, name), { recursive: true, force: true });
  return gone.length;
}

async function main(): Promise<number> {
  if (!existsSync(CHROMIUM)) {
    log(`skipped: no Chromium at ${CHROMIUM} (Debian: apt-get install chromium, or set CHROMIUM_PATH)`);
    return 0;
  }
  if (!existsSync(join(ROOT, 'out/renderer/index.html'))) {
    log('building the renderer first');
    if (spawnSync('npx', ['electron-vite', 'build'], { cwd: ROOT, stdio: 'inherit' }).status !== 0) return 1;
  }
  const work = mkdtempSync(join(tmpdir(), 'tenure-kill-'));
  const profile = join(work, 'profile');
  mkdirSync(profile);
  const files = { A: join(ROOT, 'examples/it-section-2021.tenure.json'), B: join(work, 'large.tenure.json') };
  writeFileSync(files.B, JSON.stringify(generateLargeWorkspace({ committees: 25, placesPerCycle: 10, cycles: 10 })));

  // A private copy of the build, so a rebuild elsewhere cannot change the app under the harness.
  cpSync(join(ROOT, 'out/renderer'), join(work, 'renderer'), { recursive: true });
  const server = spawn(process.execPath, [join(ROOT, 'e2e/serve.mjs'), join(work, 'renderer'), String(PORT)], {
    stdio: 'ignore',
  });
  const browser = new Browserish(profile);
  const started = Date.now();
  try {
    await sleep(300);
    // Calibration: the first run, the example (A), one backup, and how long each import takes unkilled.
    let page = await browser.launch();
    await openApp(page, browser);
    await page.getByRole('button', { name: 'Open the example committee' }).click();
    await page.getByTestId('member-count').waitFor();
    const prints: Record<'A' | 'B', Fingerprint> = { A: await fingerprint(page), B: '' };
    const window: Record<'A' | 'B', number> = { A: 0, B: 0 };
    for (const target of ['B', 'A'] as const) {
      const go = await startImport(page, files[target]);
      const previous = await newestImportBackup(page);
      await go();
      await importStarted(page, previous);
      const t0 = Date.now();
      await page.getByRole('dialog', { name: 'Import a workspace file' }).waitFor({ state: 'hidden', timeout: 60_000 });
      window[target] = Date.now() - t0;
      if (target === 'B') prints.B = await fingerprint(page);
    }
    if ((await fingerprint(page)) !== prints.A) throw new Error('calibration: importing A back did not give A');
    log(
      `importWorkspace takes ${window.B} ms for A→B, ${window.A} ms for B→A (from its backup written to the dialog closed)`,
    );
    await browser.kill();

    let current: 'A' | 'B' = 'A';
    const rounds: Round[] = [];
    const failures: string[] = [];
    // Each round's relaunch, once checked, is where the next round's import starts.
    page = await browser.launch();
    await openApp(page, browser);
    for (let round = 1; round <= KILLS; round += 1) {
      const target = current === 'A' ? 'B' : 'A';
      const go = await startImport(page, files[target]);
      const previous = await newestImportBackup(page);
      // Anywhere in the import's transaction, and a little after it (to see committed imports survive).
      const delayMs = Math.round(random() * window[target] * 1.2);
      await go();
      await importStarted(page, previous);
      await sleep(delayMs);
      await browser.kill();
      const forcedWipe = round % FORCED_WIPE_EVERY === 0 && wipeIndexedDb(profile) > 0;

      page = await browser.launch();
      const { startup, notice } = await openApp(page, browser);
      const print = await fingerprint(page);
      const found = print === prints.A ? 'A' : print === prints.B ? 'B' : 'other';
      const chromiumReportedCorruption = browser.corruptionLogged();
      rounds.push({
        round,
        from: current,
        to: target,
        delayMs,
        startup,
        notice,
        found,
        forcedWipe,
        chromiumReportedCorruption,
      });
      if (found === 'other')
        failures.push(`round ${round}: the records are neither the old workspace nor the import (${print})`);
      if (forcedWipe && startup !== 'wiped')
        failures.push(`round ${round}: a wiped database was not detected (${startup})`);
      if (startup === 'wiped' && !/restored the backup/.test(notice)) {
        failures.push(`round ${round}: a wiped database was not restored: ${notice || '(no notice)'}`);
      }
      if (!['intact', 'wiped', 'behind'].includes(startup))
        failures.push(`round ${round}: unexpected start-up verdict ${startup}`);
      if (found !== 'other') current = found;
      log(
        `round ${round}: ${rounds.at(-1)?.from}→${target}, kill ${delayMs} ms into importWorkspace${forcedWipe ? ', database deleted' : ''}: ` +
          `start-up ${startup}, records ${found === target ? 'the full import' : found === 'other' ? 'TORN' : 'none of the import'}`,
      );
      if (startup !== 'intact')
        await page.getByTestId('startup-notice').getByRole('button', { name: 'Dismiss' }).click();
    }

    const wiped = rounds.filter((r) => r.startup === 'wiped');
    const summary = {
      kills: rounds.length,
      consistent: rounds.filter((r) => r.found !== 'other').length,
      fullImport: rounds.filter((r) => r.found === r.to).length,
      noneOfIt: rounds.filter((r) => r.found === r.from).length,
      forcedWipes: rounds.filter((r) => r.forcedWipe).length,
      wipesByChromium: wiped.filter((r) => !r.forcedWipe).length,
      wipesDetected: wiped.length,
      wipesRestored: wiped.filter((r) => /restored the backup/.test(r.notice)).length,
      behind: rounds.filter((r) => r.startup === 'behind').length,
      importWindowMs: window,
      seconds: Math.round((Date.now() - started) / 1000),
      failures,
    };
    mkdirSync(join(ROOT, 'reports'), { recursive: true });
    writeFileSync(join(ROOT, 'reports/kill-during-import.json'), `${JSON.stringify({ summary, rounds }, null, 2)}\n`);
    log(
      `${summary.kills} kills during import: ${summary.consistent} consistent (${summary.fullImport} the full import, ` +
        `${summary.noneOfIt} none of it); wiped databases: ${summary.wipesDetected} detected ` +
        `(${summary.forcedWipes} deleted by the harness, ${summary.wipesByChromium} by Chromium), ${summary.wipesRestored} restored; ` +
        `${summary.seconds} s`,
    );
    for (const failure of failures) log(`FAILED ${failure}`);
    return failures.length === 0 && summary.kills === KILLS ? 0 : 1;
  } finally {
    await browser.kill();
    server.kill();
    rmSync(work, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);

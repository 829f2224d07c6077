// The atomic-write harness (quality-anchors R7): a child process writes backups through main's
// `writeFileAtomic` in a loop, each a few megabytes and self-checking, and is SIGKILLed at a random
// moment, 50 times. After every kill the backup file must be a whole one (the previous or the new
// version, never a truncated mix) and no temp file may be mistaken for a backup.
//
// `node --import tsx tools/kill-during-backup-write.ts` (npm test runs it). TENURE_KILLS sets the
// count: 50 by default, 200 with TENURE_HEAVY=1; the report goes to reports/kill-during-backup-write.json.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createHash } from 'node:crypto';
import { parseBackupFileName } from '../shared/backup/catalog';
import { seededRandom } from '../shared/testing/large-workspace';

const ROOT = resolve(import.meta.dirname, '..');
const KILLS = Number(process.env.TENURE_KILLS ?? (process.env.TENURE_HEAVY === '1' ? 200 : 50));
const random = seededRandom(Number(process.env.TENURE_SEED ?? 7));
const NAME = 'tenure-backup-20261127T101500123Z-interval-cabc123-s1.tenure.json';

const say = (line: string) => console.log(`[atomic-write-harness] ${line}`);
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** The writer: main's own module, loaded through tsx as npm test loads every TypeScript tool. */
function writeWriter(work: string): string {
  const entry = join(work, 'writer.mts');
  writeFileSync(
    entry,
    `import { createHash } from 'node:crypto';
import { writeFileAtomic } from ${JSON.stringify(join(ROOT, 'electron/main/services/atomic-write.ts'))};
const [, , path, seed] = process.argv;
let version = Number(seed);
for (;;) {
  version += 1;
  const rows = Array.from({ length: 40000 }, (_, i) => ({ id: 'p' + i, name: 'Person ' + i + ' v' + version }));
  const body = JSON.stringify({ version, rows });
  const sum = createHash('sha256').update(body).digest('hex');
  await writeFileAtomic(path, JSON.stringify({ sum, body }));
  process.stdout.write(version + '\\n');
}
`,
  );
  return entry;
}

function whole(path: string): { ok: true; version: number } | { ok: false; why: string } {
  try {
    const { sum, body } = JSON.parse(readFileSync(path, 'utf8')) as { sum: string; body: string };
    if (createHash('sha256').update(body).digest('hex') !== sum) return { ok: false, why: 'checksum mismatch' };
    return { ok: true, version: (JSON.parse(body) as { version: number }).version };
  } catch (error) {
    return { ok: false, why: error instanceof Error ? error.message : String(error) };
  }
}

async function main(): Promise<number> {
  const work = mkdtempSync(join(tmpdir(), 'tenure-atomic-'));
  const started = Date.now();
  try {
    const writer = writeWriter(work);
    const folder = join(work, 'backups');
    mkdirSync(folder);
    const target = join(folder, NAME);
    const failures: string[] = [];
    let interrupted = 0;
    for (let kill = 1; kill <= KILLS; kill += 1) {
      const child = spawn(process.execPath, ['--import', 'tsx', writer, target, String(kill * 1_000_000)], {
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      let completed = 0;
      child.stdout.on('data', (chunk: Buffer) => (completed += chunk.toString().split('\n').filter(Boolean).length));
      const exited = new Promise<void>((done) => child.once('exit', () => done()));
      // Wait for the child's first complete write, then kill somewhere within the next few.
      const until = Date.now() + 20_000;
      while (completed === 0 && Date.now() < until) await sleep(5);
      await sleep(Math.round(random() * 250));
      child.kill('SIGKILL');
      await exited;
      if (!existsSync(target)) {
        failures.push(`kill ${kill}: the backup file disappeared`);
        continue;
      }
      const found = whole(target);
      const seed = kill * 1_000_000;
      if (!found.ok) failures.push(`kill ${kill}: the backup file is torn (${found.why})`);
      // Never older than the last write the child saw finish (the rename is on disk once it returns).
      else if (found.version < seed + completed) failures.push(`kill ${kill}: a finished write was lost`);
      // Temp files left by the kill are hidden, end in .tmp, and are never read as backups.
      const strays = readdirSync(folder).filter((name) => name !== NAME);
      // A temp file left behind means the kill landed inside a write, before its rename.
      if (strays.length > 0) interrupted += 1;
      for (const stray of strays) rmSync(join(folder, stray));
      if (strays.some((name) => parseBackupFileName(name) !== undefined))
        failures.push(`kill ${kill}: a temp file looks like a backup`);
      if (strays.some((name) => !(name.startsWith('.') && name.endsWith('.tmp'))))
        failures.push(`kill ${kill}: unexpected file`);
    }
    const torn = failures.filter((f) => /torn|disappeared/.test(f)).length;
    const summary = {
      kills: KILLS,
      wholeFiles: KILLS - torn,
      interruptedWrites: interrupted,
      seconds: Math.round((Date.now() - started) / 1000),
      failures,
    };
    mkdirSync(join(ROOT, 'reports'), { recursive: true });
    writeFileSync(join(ROOT, 'reports/kill-during-backup-write.json'), `${JSON.stringify({ summary }, null, 2)}\n`);
    say(
      `${KILLS} kills during atomic backup writes: ${failures.length === 0 ? 'every file whole' : `${failures.length} problems`} ` +
        `(${interrupted} kills landed inside a write and left its temp file; the backup was the last whole version every time); ` +
        `${((Date.now() - started) / 1000).toFixed(0)} s`,
    );
    for (const failure of failures) say(`FAILED ${failure}`);
    return failures.length === 0 ? 0 : 1;
  } finally {
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

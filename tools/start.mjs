// `npm start`: the desktop app where Electron can run, otherwise the same renderer as a web app.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const electronDir = join('node_modules', 'electron');
const electronBinary = () => {
  const pathFile = join(electronDir, 'path.txt');
  return existsSync(pathFile) && existsSync(join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim()));
};
const run = (command, args) => spawnSync(command, args, { stdio: 'inherit' }).status ?? 1;

if (!electronBinary()) {
  console.log('Fetching the Electron binary (first start only)…');
  spawnSync(process.execPath, [join(electronDir, 'install.js')], { stdio: 'ignore' });
}

if (electronBinary()) {
  process.exit(run('npx', ['electron-vite', 'build']) || run('npx', ['electron-vite', 'preview', '--skipBuild']));
}

console.log(`
The Electron binary could not be downloaded on this machine (no access to github.com),
so Tenure starts as a web app in your browser instead. Everything works the same; the
desktop-only parts (native menus, file dialogs, backups on disk) are not available.
Open http://127.0.0.1:4173/ once the server below is ready (Ctrl+C stops it).
`);
process.exit(
  run('npx', ['vite', 'build', '--config', 'vite.renderer.config.mts', '--logLevel', 'warn']) ||
    run('npx', ['vite', 'preview', '--config', 'vite.renderer.config.mts']),
);

// Serves a built renderer folder on 127.0.0.1 for the web e2e project: `node e2e/serve.mjs out/renderer 4173`.
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, relative, resolve, isAbsolute } from 'node:path';

const root = resolve(process.argv[2] ?? 'out/renderer');
const port = Number(process.argv[3] ?? 4173);
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

createServer((request, response) => {
  const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
  const file = normalize(join(root, path === '/' ? 'index.html' : path));
  const rel = relative(root, file);
  let found = !rel.startsWith('..') && !isAbsolute(rel);
  try {
    found = found && statSync(file).isFile();
  } catch {
    found = false;
  }
  if (!found) {
    response.writeHead(404).end('Not found');
    return;
  }
  response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(response);
}).listen(port, '127.0.0.1', () => console.log(`serving ${root} on http://127.0.0.1:${port}/`));

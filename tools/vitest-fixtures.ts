import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import type {} from '../shared/testing/fixtures';

const ROOT = resolve(import.meta.dirname, '..');

/** Vitest global setup: reads the files shared/'s tests use, so they stay free of Node (shared/testing/fixtures.ts). */
export default function provideFixtures(project: TestProject): void {
  const examples = join(ROOT, 'examples');
  project.provide(
    'examples',
    Object.fromEntries(
      readdirSync(examples)
        .filter((file) => file.endsWith('.tenure.json'))
        .map((file) => [file.replace(/\.tenure\.json$/, ''), readFileSync(join(examples, file), 'utf8')]),
    ),
  );
  const font = (name: string) =>
    new Uint8Array(readFileSync(createRequire(import.meta.url).resolve(`dejavu-fonts-ttf/ttf/${name}`)));
  project.provide('dejavu', { regular: font('DejaVuSans.ttf'), bold: font('DejaVuSans-Bold.ttf') });
}

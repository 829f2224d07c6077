import { readFile } from 'node:fs/promises';
import type { z } from 'zod';
import { writeFileAtomic } from './atomic-write';

/**
 * A small JSON document in the user-data folder (the sentinel, settings, reminders already shown),
 * read through a schema so a damaged or hand-edited file reads as absent rather than as nonsense.
 */
export class JsonFile<S extends z.ZodType> {
  constructor(
    readonly path: string,
    private readonly schema: S,
  ) {}

  async read(): Promise<z.output<S> | undefined> {
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
    try {
      const parsed = this.schema.safeParse(JSON.parse(text));
      return parsed.success ? parsed.data : undefined;
    } catch {
      return undefined;
    }
  }

  async write(value: z.input<S>): Promise<void> {
    await writeFileAtomic(this.path, `${JSON.stringify(this.schema.parse(value), null, 2)}\n`);
  }
}

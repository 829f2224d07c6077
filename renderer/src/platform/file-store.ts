/**
 * A flat folder of small text files: what the web platform keeps its backups and sentinel in. In
 * the browser it is the Origin Private File System, which lives apart from IndexedDB, so Chromium
 * deleting a corrupted database leaves it alone; tests use the in-memory one.
 */
export type FileStore = {
  list(): Promise<string[]>;
  read(name: string): Promise<string | undefined>;
  /** Replaces the file whole: OPFS writes to a swap file and swaps it in on close. */
  write(name: string, text: string): Promise<void>;
  remove(name: string): Promise<void>;
};

export function opfsStore(folder: string): FileStore {
  const directory = async () => (await navigator.storage.getDirectory()).getDirectoryHandle(folder, { create: true });
  return {
    async list() {
      const names: string[] = [];
      // `keys()` is in every Chromium with OPFS, but not yet in TypeScript's DOM library.
      for await (const name of (await directory()) as unknown as AsyncIterable<[string, unknown]>) names.push(name[0]);
      return names;
    },
    async read(name) {
      try {
        return await (await (await (await directory()).getFileHandle(name)).getFile()).text();
      } catch (error) {
        if (error instanceof DOMException && error.name === 'NotFoundError') return undefined;
        throw error;
      }
    },
    async write(name, text) {
      const writable = await (await (await directory()).getFileHandle(name, { create: true })).createWritable();
      await writable.write(text);
      await writable.close();
    },
    async remove(name) {
      await (await directory()).removeEntry(name).catch((error: unknown) => {
        if (!(error instanceof DOMException && error.name === 'NotFoundError')) throw error;
      });
    },
  };
}

export function memoryStore(): FileStore & { files: Map<string, string> } {
  const files = new Map<string, string>();
  return {
    files,
    list: async () => [...files.keys()],
    read: async (name) => files.get(name),
    write: async (name, text) => void files.set(name, text),
    remove: async (name) => void files.delete(name),
  };
}

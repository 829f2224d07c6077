// Renderer tests run in Node: give them an in-memory IndexedDB before Dexie is first imported.
import 'fake-indexeddb/auto';

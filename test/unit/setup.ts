// Dexie looks up IndexedDB when it is first imported, so the in-memory
// implementation is installed before any test module loads.
import 'fake-indexeddb/auto';

// Unit tests run in Node; repositories get an in-memory IndexedDB.
import 'fake-indexeddb/auto';

// Unit tests run in Node; repositories get an in-memory IndexedDB, and after every test each
// Caderneta database the test created must pass checkInvariants (issue 10).
import 'fake-indexeddb/auto';
import { guardInvariants } from './invariant-guard';

guardInvariants();

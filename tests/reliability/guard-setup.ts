// Setup file for tests/reliability/vitest.guard.config.ts: checkInvariants after every test of
// the whole unit suite, on every Caderneta database the test created.
import { guardInvariants } from '../unit/invariant-guard';

guardInvariants();

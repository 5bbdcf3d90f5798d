// An entry of its own, loaded by a <script type="module" async> that the build puts in
// index.html's head (vite.config.ts, earlyReadScript). Its few modules load and run long before
// the app's (React, the router, Dexie): it starts the opening screen's read on the page's
// warm-up connection (public/early-open.js) as soon as that is open, and the app's start takes
// the result (prime-route.ts). main.tsx imports it too, so it has always run (once: one module)
// before boot.ts takes its result, even where the script tag is missing (the dev server) or the
// app's own modules happen to be ready first.
//
// A commit made by another tab between this read and the app's start is not seen by it until
// the next change: the app subscribes to changes only once Dexie has loaded.
import { earlyOpened, shopDbName } from './early-open';
import { today } from './clock';
import { startEarlyRead } from './early-reads';
import { openingRead } from './opening-read';
import { isCurrentStore } from '../db/schema-version';

const opening = openingRead(window.location.hash.slice(1));
if (opening) {
  const day = today();
  startEarlyRead(opening.screen, shopDbName(), day, async () => {
    const idb = await earlyOpened();
    return idb && isCurrentStore(idb) ? opening.read(idb, day) : null;
  });
}

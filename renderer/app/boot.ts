// Imported by main.tsx right after early-open, so it runs before React, the layout and the
// routes' modules are evaluated: the database opens and the opening screen's data starts to be
// read (primed) while the rest of the app's code runs and React draws the frame.
import { getDb } from './db-open';
import { primeRouteData } from './prime-route';
import { today } from './clock';
import { shopDbName } from './early-open';

/** The hash route the app opened on ('/cobranca', '/'). */
export const openedOn = window.location.hash.slice(1);

getDb().catch(() => undefined); // DbProvider shows an open failure
primeRouteData(openedOn, shopDbName(), today());

// Caderneta: the first script of the page (a classic script, run while index.html is parsed,
// before the app's modules have even downloaded). It starts opening the shop's IndexedDB store,
// so the browser reads it from disk while the app's code loads: on a large shop that first
// open takes ~100 ms or more. The connection only warms the store: it never creates a database
// (a first run is left to the app), gives way to any upgrade, and the app closes it once its
// own is open (app/early-open.ts). Until then the opening screen may read on it (earlyConnection
// in app/db-open.ts). The name rule is shopDbName's (app/early-open.ts).
(function () {
  'use strict';
  if (typeof indexedDB === 'undefined') return;
  var m = /[?&]db=([\w-]{1,40})/.exec(location.search + location.hash);
  var name = m && m[1] ? 'caderneta-' + m[1] : 'caderneta';
  window.__cadernetaEarly = 'opening';
  performance.mark('caderneta:store-open');
  var req = indexedDB.open(name);
  req.onupgradeneeded = function () {
    if (req.transaction) req.transaction.abort();
  };
  var settled = function () {
    window.dispatchEvent(new Event('caderneta:early-open'));
  };
  req.onerror = function (e) {
    e.preventDefault();
    window.__cadernetaEarly = 'released';
    settled();
  };
  req.onsuccess = function () {
    performance.mark('caderneta:store-opened');
    var db = req.result;
    if (window.__cadernetaEarly === 'released') {
      db.close();
      settled();
      return;
    }
    window.__cadernetaEarly = db;
    db.onversionchange = function () {
      db.close();
      window.__cadernetaEarly = 'released';
    };
    settled();
  };
})();

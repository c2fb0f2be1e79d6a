// Runs in <head>, before the app's JavaScript (a file, not an inline script, so the page runs
// under a Content-Security-Policy with script-src 'self').
// 1. A dataset named by ?data= is requested now, while the app's JavaScript downloads, not after
//    it has run; the app reads the response (with its size and time limits) in
//    src/lib/data/earlyData.ts and hands the bytes to its validating worker.
// 2. On the prerendered page (English, default state), any other address or language hides the
//    prerendered charts until the app has drawn the right ones, instead of flashing them.
(function () {
  // ?data= read by the same rule as the app's fromQuery (src/lib/state/url.ts), so both ask for
  // the same address: the first "data", each comma-separated piece decoded on its own ("+" is a
  // space; a piece with a stray "%" kept as typed), Unicode white space trimmed, empty = none.
  // tests/unit/bootData.test.ts runs this file against the app's parser on one table of cases.
  function decode(s) {
    try {
      return decodeURIComponent(s.split('+').join(' '));
    } catch (e) {
      return s;
    }
  }
  function dataParam(search) {
    var parts = String(search).replace(/^\?/, '').split('&');
    for (var i = 0; i < parts.length; i++) {
      var part = parts[i];
      if (!part) continue;
      var eq = part.indexOf('=');
      if (decode(eq < 0 ? part : part.slice(0, eq)) !== 'data') continue;
      var value = (eq < 0 ? '' : part.slice(eq + 1)).split(',').map(decode).join(',').trim();
      return value || null;
    }
    return null;
  }
  try {
    var data = dataParam(location.search);
    // A file opened from the computer, or the studio's hand-over (local:, studio:), is not fetched.
    if (data && !/^(local|studio):/.test(data) && window.fetch) {
      var url = new URL(data, location.href).href;
      var controller = window.AbortController ? new AbortController() : null;
      window.__ungaEarly = {
        url: url,
        controller: controller,
        response: fetch(url, controller ? { signal: controller.signal } : undefined).then(
          function (r) {
            return { response: r };
          },
          function (e) {
            return { error: String((e && e.message) || e) };
          },
        ),
      };
    }
  } catch (e) {}
  try {
    var langs = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || 'en'];
    var lang =
      langs
        .map(function (t) {
          return String(t).split('-')[0].toLowerCase();
        })
        .filter(function (t) {
          return t === 'en' || t === 'ru' || t === 'kk';
        })[0] || 'en';
    if (location.search.replace(/^\?/, '') !== '' || lang !== 'en') document.documentElement.classList.add('unga-fresh');
  } catch (e) {}
})();

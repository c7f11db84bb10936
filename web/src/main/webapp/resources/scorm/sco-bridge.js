/*
 * Put into every HTML page of a SCORM package by the content path, after scorm-again's CrossFrameAPI: the
 * SCO finds window.API (1.2) and window.API_1484_11 (2004) in its own window, and their calls travel by
 * postMessage to the player page, which holds the real run-time. The player hands the data the attempt
 * resumes from in the frame's name (rendered with the iframe: a sandboxed frame keeps only the name it was
 * created with), so the first GetValue after Initialize already answers it.
 */
(function () {
  'use strict';
  var api = new window.CrossFrameAPI('*', window.parent);
  var prefix = 'scorm-cmi:';
  try {
    if (typeof window.name === 'string' && window.name.indexOf(prefix) === 0) {
      var start = JSON.parse(window.name.substring(prefix.length));
      Object.keys(start).forEach(function (key) {
        api._cache.set(key, String(start[key]));
      });
    }
  } catch (ignored) {
    // no start data: the cache fills from the player after Initialize
  }
  window.API = api;
  window.API_1484_11 = api;
})();

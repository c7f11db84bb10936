/*
 * The SCORM player: the run-time API (scorm-again) lives here, in the intranet's page; the package runs in
 * the sandboxed frame and reaches it only through postMessage (CrossFrameLMS here, CrossFrameAPI there).
 * Each value the SCO sets is committed to the intranet within a second (autocommit), and once more when
 * it finishes; the page reads its start data and commit address from #scorm-player's data-config.
 */
(function () {
  'use strict';
  var player = document.getElementById('scorm-player');
  var frame = document.getElementById('scorm-frame');
  if (!player || !frame) {
    return;
  }
  var config = JSON.parse(player.getAttribute('data-config'));
  var status = document.getElementById('scorm-status');
  var settings = {
    autocommit: true,
    autocommitSeconds: 1,
    lmsCommitUrl: config.commitUrl,
    dataCommitFormat: 'flattened',
    terminateCommitParam: 'terminate',
    xhrHeaders: { 'X-Requested-With': 'XMLHttpRequest' },
    logLevel: 4,
    // The intranet answers a refused value with 400 and its SCORM error code: passed on to the SCO.
    xhrResponseHandler: function (xhr) {
      var body = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch (ignored) {
        body = null;
      }
      return answered(body);
    },
    responseHandler: function (response) {
      return response.json().then(answered, function () {
        return answered(null);
      });
    }
  };
  var commits = 0;
  var courseDone = false;

  function answered(body) {
    if (!body || typeof body.result !== 'boolean') {
      return { result: false, errorCode: 101 };
    }
    if (body.result && status) {
      commits++;
      status.setAttribute('data-commits', String(commits));
      if (body.courseCompleted) {
        courseDone = true; // the finishing commit that follows must not take the news back
        status.textContent = status.getAttribute('data-course-done');
      } else if (body.lessonCompleted && !courseDone) {
        status.textContent = status.getAttribute('data-lesson-done');
      }
    }
    return { result: body.result, errorCode: typeof body.errorCode === 'number' ? body.errorCode : 101 };
  }

  var api = config.scorm2004 ? new window.Scorm2004API(settings) : new window.Scorm12API(settings);
  api.loadFromFlattenedJSON(config.start, '');
  window.API = config.scorm2004 ? undefined : api;
  window.API_1484_11 = config.scorm2004 ? api : undefined;

  // Only the frame's own window may call the run-time: any other sender is dropped before CrossFrameLMS sees it.
  window.addEventListener('message', function (event) {
    if (event.source !== frame.contentWindow) {
      event.stopImmediatePropagation();
    }
  }, true);
  new window.CrossFrameLMS(api, '*');

  // The frame's name (rendered with the page) carries the start data to the package's run-time shim.
  frame.src = config.launchUrl;
})();

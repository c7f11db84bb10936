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
    responseHandler: function (response) {
      return response.json().then(function (body) {
        if (body && body.courseCompleted && status) {
          status.textContent = status.getAttribute('data-course-done');
        } else if (body && body.lessonCompleted && status) {
          status.textContent = status.getAttribute('data-lesson-done');
        }
        return { result: body.result === true, errorCode: typeof body.errorCode === 'number' ? body.errorCode : 101 };
      }, function () {
        return { result: false, errorCode: 101 };
      });
    }
  };
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

  frame.name = 'scorm-cmi:' + JSON.stringify(config.start);
  frame.src = config.launchUrl;
})();

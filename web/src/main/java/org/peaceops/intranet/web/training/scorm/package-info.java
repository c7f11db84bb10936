/**
 * SCORM lessons in the browser: the trainer's import page, the learner's player, the content path and the
 * run-time's commit endpoint.
 *
 * <p><b>Why the content cannot reach the intranet.</b> A package is someone else's HTML and JavaScript.
 * It is served from {@code /scorm-content/<sha256 of the zip>/...} with a {@code Content-Security-Policy:
 * sandbox allow-scripts allow-forms} header and shown in an {@code <iframe sandbox="allow-scripts
 * allow-forms">} (no {@code allow-same-origin}, no {@code allow-top-navigation}): its documents get an
 * opaque origin, so they cannot read the player page, its DOM or its cookies; the session cookie is
 * {@code HttpOnly} and {@code SameSite=Lax}, so requests the content makes (from an opaque, hence
 * cross-site, origin) carry no session and reach the API as nobody. Because the content path cannot
 * require the session, it is public, and the package's SHA-256 in the path is the capability: only people
 * who opened the lesson are given it. The content's policy allows scripts (SCOs need inline and eval'd
 * code) but only from the package's own path and the run-time shim, {@code form-action 'none'},
 * {@code frame-ancestors 'self'}.
 *
 * <p><b>How the SCO still talks to the run-time.</b> The SCORM run-time API (scorm-again's
 * {@code Scorm12API}/{@code Scorm2004API}, built into the WAR by Maven from the npm lock file) lives in the
 * player page. The content servlet puts scorm-again's {@code CrossFrameAPI} into each HTML page of the
 * package (as {@code window.API}/{@code API_1484_11}, the first place a SCO looks), which relays calls by
 * {@code postMessage} to the player's {@code CrossFrameLMS}; the player accepts messages only from its own
 * iframe's window. The player commits to {@code /training/scorm-commit}, which takes requests only from
 * the intranet's own origin (a request from the sandboxed content says {@code Origin: null}) and only for
 * the signed-in person's own attempt, and checks every value against the SCORM data model: a bad value is
 * answered with its SCORM error code, never a server error.
 */
package org.peaceops.intranet.web.training.scorm;

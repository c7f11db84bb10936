/**
 * Scheduled work on a cluster: which timer runs once per cluster ({@link JobClaims}) and which on every
 * instance. Decided per timer: the nightly recertification, the review-date step, the blob sweep, the
 * directory sync and the demo import claim their period; text extraction retries run on every instance (a pending row is
 * extracted again at worst, and its result is recorded once); the search index is kept by every instance
 * for itself.
 */
package org.peaceops.intranet.shared.schedule;

/**
 * In-mission training sessions: a scheduled sitting of a classroom or blended course in a mission, with
 * its seats and waiting list, the attendance a trainer records (which completes the course), and the
 * attendees' end-of-session evaluations.
 */
package org.peaceops.intranet.training.session.domain;

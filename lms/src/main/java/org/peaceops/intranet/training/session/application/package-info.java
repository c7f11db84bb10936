/** Use cases of in-mission sessions: scheduling, enrolment, attendance, cancellation and evaluation. */
package org.peaceops.intranet.training.session.application;

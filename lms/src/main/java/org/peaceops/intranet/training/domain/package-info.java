/**
 * The training context's model: courses and their versions (modules, lessons, guidance citations, quiz),
 * learners, assignments and due-date rules, lesson progress, quiz attempts, immutable records, certificates.
 */
package org.peaceops.intranet.training.domain;

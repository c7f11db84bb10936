/**
 * Telling people about the guidance workflow: in-app notifications written with each lifecycle step,
 * read and marked read by their recipient, and an optional e-mail through Jakarta Mail after commit.
 */
package org.peaceops.intranet.documents.application.notification;

/**
 * In-app notifications of the guidance workflow: who is told what when a version moves (submitted,
 * approved, returned, promulgated), and whether they have read it.
 */
package org.peaceops.intranet.documents.domain.notification;

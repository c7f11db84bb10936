/**
 * Compliance dashboards as trainers read them: the figures of the missions they manage (every mission at
 * headquarters), each figure's drill-down list a page at a time, and the whole list for an export.
 */
package org.peaceops.intranet.training.compliance.application;

/**
 * Trends analysis over published Toolbox reports: figures by type, mission and month, the most used words
 * (from the search index), and their CSV form.
 */
package org.peaceops.intranet.toolbox.application.trends;

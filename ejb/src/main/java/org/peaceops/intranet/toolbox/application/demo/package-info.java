/**
 * The demo Toolbox filed and published at start-up when demo content is configured, so a newcomer's
 * Toolbox, board, search and trends are not empty.
 */
package org.peaceops.intranet.toolbox.application.demo;

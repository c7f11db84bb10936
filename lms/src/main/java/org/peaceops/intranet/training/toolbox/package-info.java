/**
 * The training context's answers to the Toolbox's ports: which courses teach the guidance a lesson led to.
 */
package org.peaceops.intranet.training.toolbox;

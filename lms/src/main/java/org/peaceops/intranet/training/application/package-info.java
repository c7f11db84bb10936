/**
 * Transactional services of the training context, called by the web module.
 */
package org.peaceops.intranet.training.application;

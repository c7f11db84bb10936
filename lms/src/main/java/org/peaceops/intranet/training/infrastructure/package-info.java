/**
 * JPA repositories and start-up migrations of the training context.
 */
package org.peaceops.intranet.training.infrastructure;

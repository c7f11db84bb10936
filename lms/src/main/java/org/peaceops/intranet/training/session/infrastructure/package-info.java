/** Sessions kept with JPA in the training schema. */
package org.peaceops.intranet.training.session.infrastructure;

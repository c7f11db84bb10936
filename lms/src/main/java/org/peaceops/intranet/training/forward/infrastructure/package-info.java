/** Storage of the forwarded learning events and of their folds at headquarters (JPA, training unit). */
package org.peaceops.intranet.training.forward.infrastructure;

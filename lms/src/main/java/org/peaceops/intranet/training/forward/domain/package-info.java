/**
 * Store and forward of learning made on a mission node: the events a node writes beside its own learning
 * rows, forwarded to headquarters by logical replication, and headquarters' record of having folded them.
 */
package org.peaceops.intranet.training.forward.domain;

/** Owed refreshers stored with JPA, listed a page at a time in the database. */
package org.peaceops.intranet.training.refresher.infrastructure;

/**
 * The documents context's model: document types today; guidance, versions and lifecycle as they are built.
 */
package org.peaceops.intranet.documents.domain;

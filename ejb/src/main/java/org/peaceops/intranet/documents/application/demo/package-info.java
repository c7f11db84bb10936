/**
 * Demo content for the one-command run and the tests: the public reports the product was specified from,
 * imported through the same services an author and an approver use.
 */
package org.peaceops.intranet.documents.application.demo;

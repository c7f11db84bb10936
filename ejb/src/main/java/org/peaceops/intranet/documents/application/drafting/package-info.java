/**
 * Drafting as the pages and the API ask for it: plain commands (what the person typed) turned here into
 * the domain's metadata and filing, so each rule is checked once, in the domain, and every refusal names its field.
 */
package org.peaceops.intranet.documents.application.drafting;

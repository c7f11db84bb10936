/**
 * The Best Practices Toolbox: report types defined as data, the reports written with them and their review
 * workflow, and the recommendations they carry until acted on. Its tables live in the {@code toolbox} schema.
 */
package org.peaceops.intranet.toolbox;

/**
 * SCORM packages on real things: zips read with Apache Commons Compress (its central directory tells
 * symbolic links apart), JPA repositories for packages and attempts.
 */
package org.peaceops.intranet.training.scorm.infrastructure;

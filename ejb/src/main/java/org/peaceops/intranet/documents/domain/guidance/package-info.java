/**
 * The guidance aggregate: a {@code GuidanceDocument} and its {@code DocumentVersion}s, the lifecycle state
 * machine with four-eyes approval and immutable published versions, and the thematic taxonomy.
 */
package org.peaceops.intranet.documents.domain.guidance;

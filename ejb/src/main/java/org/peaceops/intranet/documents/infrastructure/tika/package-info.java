/**
 * Apache Tika behind two small seams: what a file really is (content detection, with the file name only as a
 * hint) and what text and metadata it holds (extraction under limits of size, depth, expansion and time).
 */
package org.peaceops.intranet.documents.infrastructure.tika;

package org.peaceops.intranet.documents.domain.guidance;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.peaceops.intranet.documents.domain.DocumentType;

/** Where guidance documents are kept. */
public interface GuidanceDocumentRepository {

    Optional<GuidanceDocument> find(long id);

    /** Whether a document of this type already uses the number (reference numbers are unique per type). */
    boolean referenceTaken(DocumentType type, ReferenceNumber referenceNumber);

    void add(GuidanceDocument document);

    /** Documents whose promulgated version has reached its review date on {@code today}. */
    List<GuidanceDocument> findDueForReview(LocalDate today);

    /** One page of the library: each matching document's current version, in the filter's order. */
    List<DocumentVersion> findCurrentVersions(LibraryFilter filter, Readership reader, int first, int max);

    long countCurrentVersions(LibraryFilter filter, Readership reader);

    /** Every version whose file has this content, to offer the existing document on a duplicate upload. */
    List<DocumentVersion> findVersionsWithContent(String sha256);

    /** The content hashes any version uses: what the blob store must keep. */
    Set<String> referencedContentHashes();
}

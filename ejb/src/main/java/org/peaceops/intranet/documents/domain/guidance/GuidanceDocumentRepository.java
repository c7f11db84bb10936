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

    /** Deletes a document that never had anything but a discarded draft (never a published one). */
    void remove(GuidanceDocument document);

    /** Documents whose promulgated version has reached its review date on {@code today}. */
    List<GuidanceDocument> findDueForReview(LocalDate today);

    /** One page of the library: each matching document's current version, in the filter's order. */
    List<DocumentVersion> findCurrentVersions(LibraryFilter filter, Readership reader, int first, int max);

    long countCurrentVersions(LibraryFilter filter, Readership reader);

    /** Every version whose file has this content, to offer the existing document on a duplicate upload. */
    List<DocumentVersion> findVersionsWithContent(String sha256);

    /** Versions in these statuses, oldest change first: what waits for an approver (the inbox). */
    List<DocumentVersion> findVersionsInStatus(java.util.Collection<org.peaceops.intranet.documents.domain.LifecycleStatus> statuses, int max);

    /** Versions this person wrote, most recently changed document first ("my drafts"). */
    List<DocumentVersion> findVersionsByAuthor(String authorSubject, int max);

    /** The missions (and HQ) that own at least one document, for the library's filter. */
    List<String> missionCodes();

    /** The languages at least one version is in, for the library's filter. */
    List<String> languageCodes();

    /** The content hashes any version uses: what the blob store must keep. */
    Set<String> referencedContentHashes();
}

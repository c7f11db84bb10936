package org.peaceops.intranet.testing;

import java.lang.reflect.Field;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.peaceops.intranet.documents.domain.DocumentType;
import org.peaceops.intranet.documents.domain.LifecycleStatus;
import org.peaceops.intranet.documents.domain.guidance.DocumentVersion;
import org.peaceops.intranet.documents.domain.guidance.GuidanceDocument;
import org.peaceops.intranet.documents.domain.guidance.GuidanceDocumentRepository;
import org.peaceops.intranet.documents.domain.guidance.LibraryFilter;
import org.peaceops.intranet.documents.domain.guidance.Readership;
import org.peaceops.intranet.documents.domain.guidance.ReferenceNumber;

/**
 * Guidance documents kept in a map, ids given as the database would ({@link #add}) or chosen by the
 * test ({@link #hold}). It keeps what the write, workflow and reading services use (finding, adding,
 * removing, the reference-number check, the review dates); the library's queries belong to the JPA
 * repository, so they refuse here rather than answer something the SQL would not.
 */
public final class InMemoryGuidanceDocuments implements GuidanceDocumentRepository {

    private final Map<Long, GuidanceDocument> byId = new LinkedHashMap<>();
    private long next = 1;

    /** Keeps {@code document} under the id the test chose (as a document read back from the database). */
    public InMemoryGuidanceDocuments hold(long id, GuidanceDocument document) {
        giveId(document, id);
        byId.put(id, document);
        next = Math.max(next, id + 1);
        return this;
    }

    /** The document kept under {@code id}; fails the test when there is none. */
    public GuidanceDocument get(long id) {
        return find(id).orElseThrow(() -> new AssertionError("No document " + id));
    }

    @Override
    public Optional<GuidanceDocument> find(long id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public boolean referenceTaken(DocumentType type, ReferenceNumber referenceNumber) {
        return byId.values().stream().anyMatch(d -> d.getType().getCode().equals(type.getCode())
                && d.getReferenceNumber().equals(referenceNumber));
    }

    @Override
    public void add(GuidanceDocument document) {
        hold(next, document);
    }

    @Override
    public void remove(GuidanceDocument document) {
        byId.remove(document.getId());
    }

    @Override
    public List<GuidanceDocument> findDueForReview(LocalDate today) {
        return byId.values().stream().filter(d -> d.inForceVersion().flatMap(DocumentVersion::getReviewDate)
                .map(review -> !review.isAfter(today)).orElse(false)).toList();
    }

    @Override
    public List<DocumentVersion> findCurrentVersions(LibraryFilter filter, Readership reader, int first, int max) {
        throw libraryQuery();
    }

    @Override
    public long countCurrentVersions(LibraryFilter filter, Readership reader) {
        throw libraryQuery();
    }

    @Override
    public List<DocumentVersion> findVersionsWithContent(String sha256) {
        throw libraryQuery();
    }

    @Override
    public List<DocumentVersion> findVersionsInStatus(Collection<LifecycleStatus> statuses, int max) {
        throw libraryQuery();
    }

    @Override
    public List<DocumentVersion> findVersionsByAuthor(String authorSubject, int max) {
        throw libraryQuery();
    }

    @Override
    public List<String> missionCodes() {
        throw libraryQuery();
    }

    @Override
    public List<String> languageCodes() {
        throw libraryQuery();
    }

    @Override
    public Set<String> referencedContentHashes() {
        throw libraryQuery();
    }

    private static UnsupportedOperationException libraryQuery() {
        return new UnsupportedOperationException("A library query: the JPA repository answers it, not this map");
    }

    /** The id is the database's to give; the entity has no setter for it. */
    private static void giveId(GuidanceDocument document, long id) {
        try {
            Field field = GuidanceDocument.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(document, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}

package org.peaceops.intranet.documents.domain.search;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * A change the search index has not taken in yet. Refers to the document (or Toolbox report) by id, without a foreign
 * key, so that a deletion can still be announced to the indexer after the row is gone.
 */
@Entity
@Table(name = "search_outbox", schema = "documents")
public class SearchOutboxEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "search_outbox_seq")
    @SequenceGenerator(name = "search_outbox_seq", sequenceName = "documents.search_outbox_seq", allocationSize = 1)
    private Long id;

    @Column(name = "document_id", nullable = false, updatable = false)
    private long documentId;

    @Column(name = "version_number", updatable = false)
    private Integer versionNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "change_kind", nullable = false, length = 30, updatable = false)
    private SearchChangeKind changeKind;

    @Enumerated(EnumType.STRING)
    @Column(name = "entry_kind", nullable = false, length = 20, updatable = false)
    private SearchEntryKind entryKind = SearchEntryKind.GUIDANCE;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    protected SearchOutboxEntry() {
        // for JPA
    }

    public SearchOutboxEntry(long documentId, Integer versionNumber, SearchChangeKind changeKind, Instant createdAt) {
        this.documentId = documentId;
        this.versionNumber = versionNumber;
        this.changeKind = changeKind;
        this.createdAt = LocalDateTime.ofInstant(createdAt, ZoneOffset.UTC);
    }

    /** A change to a Toolbox report (published, or no longer readable): the indexer re-reads it whole. */
    public static SearchOutboxEntry report(long reportId, SearchChangeKind changeKind, Instant createdAt) {
        SearchOutboxEntry entry = new SearchOutboxEntry(reportId, null, changeKind, createdAt);
        entry.entryKind = SearchEntryKind.REPORT;
        return entry;
    }

    public Long getId() {
        return id;
    }

    /** Whether {@link #getDocumentId()} names a guidance document or a Toolbox report. */
    public SearchEntryKind getEntryKind() {
        return entryKind;
    }

    /** The id of the document, or of the report when {@link #getEntryKind()} says so. */
    public long getDocumentId() {
        return documentId;
    }

    public Optional<Integer> getVersionNumber() {
        return Optional.ofNullable(versionNumber);
    }

    public SearchChangeKind getChangeKind() {
        return changeKind;
    }

    public Instant getCreatedAt() {
        return createdAt.toInstant(ZoneOffset.UTC);
    }
}

package org.peaceops.intranet.documents.application.search;

import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One document version (or one published Toolbox report) as the index takes it: the words to find it
 * by, the facts to filter, count and sort on, and the access facts the permission filter reads: classification and mission, this version's
 * status and author, and the status and author of the document's version in force (or newest), since a
 * version is readable only when its document is (a superseded version of withdrawn guidance is not).
 * Plain values, so the index never touches JPA entities (and the benchmark can build them directly).
 */
public final class IndexedVersion {

    /** Opens the extracted text of the version's file; empty when there is none (yet). */
    @FunctionalInterface
    public interface BodyText {
        Optional<Reader> open() throws IOException;

        static BodyText none() {
            return Optional::empty;
        }
    }

    private final long documentId;
    private final int versionNumber;
    private final boolean current;
    private final String status;
    private final String classification;
    private final String mission;
    private final String authorSubject;
    private final String documentStatus;
    private final String documentAuthorSubject;
    private final String typeCode;
    private final Set<String> themeCodes;
    private final Set<String> languages;
    private final String referenceNumber;
    private final String titleEn;
    private final String titleFr;
    private final String summaryEn;
    private final String summaryFr;
    private final Set<String> keywords;
    private final LocalDate effectiveDate;
    private final LocalDate createdDate;
    private final long downloads;
    private final BodyText body;
    private final boolean report;
    private final boolean missionAndSuccessorOnly;
    private final String successorSubject;

    private IndexedVersion(Builder b) {
        this.documentId = b.documentId;
        this.versionNumber = b.versionNumber;
        this.current = b.current;
        this.status = Objects.requireNonNull(b.status, "status");
        this.classification = Objects.requireNonNull(b.classification, "classification");
        this.mission = Objects.requireNonNull(b.mission, "mission");
        this.authorSubject = Objects.requireNonNull(b.authorSubject, "authorSubject");
        this.documentStatus = b.documentStatus == null ? status : b.documentStatus;
        this.documentAuthorSubject = b.documentAuthorSubject == null ? authorSubject : b.documentAuthorSubject;
        this.typeCode = Objects.requireNonNull(b.typeCode, "typeCode");
        this.themeCodes = Set.copyOf(b.themeCodes);
        this.languages = Set.copyOf(b.languages);
        this.referenceNumber = Objects.requireNonNull(b.referenceNumber, "referenceNumber");
        this.titleEn = b.titleEn;
        this.titleFr = b.titleFr;
        this.summaryEn = b.summaryEn;
        this.summaryFr = b.summaryFr;
        this.keywords = Set.copyOf(b.keywords);
        this.effectiveDate = b.effectiveDate;
        this.createdDate = Objects.requireNonNull(b.createdDate, "createdDate");
        this.downloads = b.downloads;
        this.body = b.body == null ? BodyText.none() : b.body;
        this.report = b.report;
        this.missionAndSuccessorOnly = b.missionAndSuccessorOnly;
        this.successorSubject = b.successorSubject;
    }

    public static Builder builder() {
        return new Builder();
    }

    public long documentId() {
        return documentId;
    }

    public int versionNumber() {
        return versionNumber;
    }

    /** The version the library lists for its document (in force, or else the newest). */
    public boolean current() {
        return current;
    }

    public String status() {
        return status;
    }

    public String classification() {
        return classification;
    }

    public String mission() {
        return mission;
    }

    public String authorSubject() {
        return authorSubject;
    }

    /** The status of the document's version in force, or else its newest: what document-level reading is judged on. */
    public String documentStatus() {
        return documentStatus;
    }

    /** The author of that version. */
    public String documentAuthorSubject() {
        return documentAuthorSubject;
    }

    public String typeCode() {
        return typeCode;
    }

    public Set<String> themeCodes() {
        return themeCodes;
    }

    public Set<String> languages() {
        return languages;
    }

    public String referenceNumber() {
        return referenceNumber;
    }

    public Optional<String> titleEn() {
        return Optional.ofNullable(titleEn);
    }

    public Optional<String> titleFr() {
        return Optional.ofNullable(titleFr);
    }

    public Optional<String> summaryEn() {
        return Optional.ofNullable(summaryEn);
    }

    public Optional<String> summaryFr() {
        return Optional.ofNullable(summaryFr);
    }

    public Set<String> keywords() {
        return keywords;
    }

    public Optional<LocalDate> effectiveDate() {
        return Optional.ofNullable(effectiveDate);
    }

    public LocalDate createdDate() {
        return createdDate;
    }

    /** The year results are counted under: the year it took effect, or the year it was drafted. */
    public int year() {
        return (effectiveDate != null ? effectiveDate : createdDate).getYear();
    }

    public long downloads() {
        return downloads;
    }

    public BodyText body() {
        return body;
    }

    /** A published Toolbox report rather than a guidance version: {@link #documentId()} is the report's id. */
    public boolean report() {
        return report;
    }

    /**
     * A report read by its mission and its successor only (a handover note), whatever the reader's role
     * or the classification; other reports are read by classification and mission, like guidance.
     */
    public boolean missionAndSuccessorOnly() {
        return missionAndSuccessorOnly;
    }

    public Optional<String> successorSubject() {
        return Optional.ofNullable(successorSubject);
    }

    /** Collects the values; {@link #build()} checks the required ones. */
    public static final class Builder {
        private long documentId;
        private int versionNumber;
        private boolean current;
        private String status;
        private String classification;
        private String mission;
        private String authorSubject;
        private String documentStatus;
        private String documentAuthorSubject;
        private String typeCode;
        private Set<String> themeCodes = Set.of();
        private Set<String> languages = Set.of();
        private String referenceNumber;
        private String titleEn;
        private String titleFr;
        private String summaryEn;
        private String summaryFr;
        private Set<String> keywords = Set.of();
        private LocalDate effectiveDate;
        private LocalDate createdDate;
        private long downloads;
        private BodyText body;
        private boolean report;
        private boolean missionAndSuccessorOnly;
        private String successorSubject;

        private Builder() {
        }

        public Builder document(long id, int version, boolean isCurrent) {
            documentId = id;
            versionNumber = version;
            current = isCurrent;
            return this;
        }

        public Builder access(String classificationName, String missionCode, String statusName, String author) {
            classification = classificationName;
            mission = missionCode;
            status = statusName;
            authorSubject = author;
            return this;
        }

        /**
         * The status and author of the document's version in force (or newest); without this call, the
         * version's own (right for the current version, which is the document's).
         */
        public Builder documentAccess(String statusName, String author) {
            documentStatus = statusName;
            documentAuthorSubject = author;
            return this;
        }

        public Builder catalogue(String type, String reference, Set<String> themes) {
            typeCode = type;
            referenceNumber = reference;
            themeCodes = themes;
            return this;
        }

        public Builder titles(String english, String french) {
            titleEn = english;
            titleFr = french;
            return this;
        }

        public Builder summaries(String english, String french) {
            summaryEn = english;
            summaryFr = french;
            return this;
        }

        public Builder languages(Set<String> codes) {
            languages = codes;
            return this;
        }

        public Builder keywords(Set<String> words) {
            keywords = words;
            return this;
        }

        public Builder dates(LocalDate effective, LocalDate created) {
            effectiveDate = effective;
            createdDate = created;
            return this;
        }

        public Builder downloads(long count) {
            downloads = count;
            return this;
        }

        public Builder body(BodyText text) {
            body = text;
            return this;
        }

        /** Marks a published Toolbox report; a handover note is for its mission and successor only. */
        public Builder report(boolean missionAndSuccessor, String successor) {
            report = true;
            missionAndSuccessorOnly = missionAndSuccessor;
            successorSubject = successor;
            return this;
        }

        public IndexedVersion build() {
            return new IndexedVersion(this);
        }
    }

    /** The titles shown for a hit: the reader's language first, the other one otherwise. */
    public static String title(String english, String french, boolean frenchFirst) {
        List<String> order = frenchFirst ? java.util.Arrays.asList(french, english) : java.util.Arrays.asList(english, french);
        return order.stream().filter(Objects::nonNull).findFirst().orElse("");
    }
}

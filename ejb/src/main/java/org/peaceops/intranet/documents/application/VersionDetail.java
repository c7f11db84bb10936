package org.peaceops.intranet.documents.application;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.peaceops.intranet.documents.domain.LifecycleStatus;
import org.peaceops.intranet.documents.domain.guidance.DocumentVersion;
import org.peaceops.intranet.documents.domain.guidance.FileReference;
import org.peaceops.intranet.documents.domain.guidance.VersionMetadata;
import org.peaceops.intranet.shared.BilingualText;

/** Everything about one version, with its history: what the document page and the REST API show. */
public class VersionDetail implements Serializable {

    private static final long serialVersionUID = 1L;

    private final int number;
    private final LifecycleStatus status;
    private final String titleEn;
    private final String titleFr;
    private final String summaryEn;
    private final String summaryFr;
    private final List<String> languages;
    private final List<String> keywords;
    private final String authorSubject;
    private final Instant createdAt;
    private final String approvedBy;
    private final Instant approvedAt;
    private final LocalDate inForceFrom;
    private final LocalDate inForceUntil;
    private final LocalDate reviewDate;
    private final String contentSha256;
    private final Long contentSize;
    private final String mediaType;
    private final String fileName;
    private final List<TransitionDetail> history;
    /** The re-filing this version proposes for its document; {@code null} when none. */
    private final ProposedFiling proposedFiling;

    VersionDetail(DocumentVersion v) {
        VersionMetadata m = v.getMetadata();
        this.number = v.getNumber();
        this.status = v.getStatus();
        this.titleEn = m.titleEn().orElse(null);
        this.titleFr = m.titleFr().orElse(null);
        this.summaryEn = m.summaryEn().orElse(null);
        this.summaryFr = m.summaryFr().orElse(null);
        this.languages = List.copyOf(m.languages());
        this.keywords = List.copyOf(m.keywords());
        this.authorSubject = v.getAuthorSubject();
        this.createdAt = v.getCreatedAt();
        this.approvedBy = v.getApprovedBy().orElse(null);
        this.approvedAt = v.getApprovedAt().orElse(null);
        this.inForceFrom = v.inForceFrom().orElse(null);
        this.inForceUntil = v.inForceUntil().orElse(null);
        this.reviewDate = v.getReviewDate().orElse(m.reviewDate().orElse(null));
        FileReference file = v.getFile().orElse(null);
        this.contentSha256 = file == null ? null : file.getSha256();
        this.contentSize = file == null ? null : file.getSize();
        this.mediaType = file == null ? null : file.getMediaType();
        this.fileName = file == null ? null : file.getOriginalFileName();
        this.history = v.getTransitions().stream().map(TransitionDetail::new).toList();
        this.proposedFiling = v.getProposedCataloguing().map(ProposedFiling::new).orElse(null);
    }

    public int getNumber() {
        return number;
    }

    public LifecycleStatus getStatus() {
        return status;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public String getTitleFr() {
        return titleFr;
    }

    /**
     * The English title, or the French one when there is no English title: one order for sorting and the
     * API, whoever reads. Pages show {@link #titleIn(Locale)}.
     */
    public String getTitle() {
        return titleEn != null ? titleEn : titleFr;
    }

    /** The title in the reader's language, or in the other one when it has none. */
    public String titleIn(Locale reader) {
        return BilingualText.of(titleEn, titleFr).in(reader);
    }

    public String getSummaryEn() {
        return summaryEn;
    }

    public String getSummaryFr() {
        return summaryFr;
    }

    public List<String> getLanguages() {
        return languages;
    }

    public List<String> getKeywords() {
        return keywords;
    }

    public String getAuthorSubject() {
        return authorSubject;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getApprovedBy() {
        return approvedBy;
    }

    public Instant getApprovedAt() {
        return approvedAt;
    }

    public LocalDate getInForceFrom() {
        return inForceFrom;
    }

    /** {@code null} while still in force (or never promulgated). */
    public LocalDate getInForceUntil() {
        return inForceUntil;
    }

    /** The review date set at approval, or before approval the one the author asked for. */
    public LocalDate getReviewDate() {
        return reviewDate;
    }

    public boolean isHasFile() {
        return contentSha256 != null;
    }

    public String getContentSha256() {
        return contentSha256;
    }

    public Long getContentSize() {
        return contentSize;
    }

    public String getMediaType() {
        return mediaType;
    }

    public String getFileName() {
        return fileName;
    }

    public List<TransitionDetail> getHistory() {
        return history;
    }

    public ProposedFiling getProposedFiling() {
        return proposedFiling;
    }
}

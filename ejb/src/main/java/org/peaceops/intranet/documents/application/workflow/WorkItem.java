package org.peaceops.intranet.documents.application.workflow;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.peaceops.intranet.documents.domain.LifecycleStatus;
import org.peaceops.intranet.documents.domain.guidance.DocumentVersion;
import org.peaceops.intranet.documents.domain.guidance.LifecycleTransition;
import org.peaceops.intranet.shared.BilingualText;

/** One version in an inbox or an author's list, with the last thing that happened to it and why. */
public class WorkItem implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long documentId;
    private final String typeCode;
    private final String referenceNumber;
    private final String missionCode;
    private final BilingualText title;
    private final int versionNumber;
    private final LifecycleStatus status;
    private final String authorSubject;
    private final String lastActorSubject;
    private final Instant lastAt;
    private final String lastComment;

    WorkItem(DocumentVersion v) {
        this.documentId = v.getDocument().getId();
        this.typeCode = v.getDocument().getType().getCode();
        this.referenceNumber = v.getDocument().getReferenceNumber().getValue();
        this.missionCode = v.getDocument().getMission().getValue();
        this.title = BilingualText.of(v.getMetadata().titleEn().orElse(null), v.getMetadata().titleFr().orElse(null));
        this.versionNumber = v.getNumber();
        this.status = v.getStatus();
        this.authorSubject = v.getAuthorSubject();
        List<LifecycleTransition> steps = v.getTransitions();
        LifecycleTransition last = steps.isEmpty() ? null : steps.get(steps.size() - 1);
        this.lastActorSubject = last == null ? null : last.getActorSubject();
        this.lastAt = last == null ? null : last.getOccurredAt();
        this.lastComment = last == null ? null : last.getComment().orElse(null);
    }

    public long getDocumentId() {
        return documentId;
    }

    public String getTypeCode() {
        return typeCode;
    }

    public String getReferenceNumber() {
        return referenceNumber;
    }

    public String getMissionCode() {
        return missionCode;
    }

    /** The English title, else the French one (else empty): the same for every reader. */
    public String getTitle() {
        return titleIn(Locale.ENGLISH);
    }

    /** The title in the reader's language, or in the other one when it has none. */
    public String titleIn(Locale reader) {
        String shown = title.in(reader);
        return shown == null ? "" : shown;
    }

    public int getVersionNumber() {
        return versionNumber;
    }

    public LifecycleStatus getStatus() {
        return status;
    }

    public String getAuthorSubject() {
        return authorSubject;
    }

    public String getLastActorSubject() {
        return lastActorSubject;
    }

    public Instant getLastAt() {
        return lastAt;
    }

    public String getLastComment() {
        return lastComment;
    }
}

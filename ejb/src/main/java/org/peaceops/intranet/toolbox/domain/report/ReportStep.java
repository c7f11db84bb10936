package org.peaceops.intranet.toolbox.domain.report;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/** One step of a report's review: who moved it from where to where, when, and why when a reason is owed. */
@Embeddable
public class ReportStep implements Serializable {

    private static final long serialVersionUID = 1L;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 20)
    private ReportStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 20)
    private ReportStatus to;

    @Column(name = "actor_subject", nullable = false, length = 255)
    private String actor;

    @Column(name = "occurred_at", nullable = false)
    private LocalDateTime at;

    @Column(name = "reason", length = 2000)
    private String reason;

    protected ReportStep() {
        // for JPA
    }

    ReportStep(ReportStatus from, ReportStatus to, String actor, Instant at, String reason) {
        this.from = from;
        this.to = to;
        this.actor = actor;
        this.at = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
        this.reason = reason;
    }

    /** Empty for the step that created the draft. */
    public Optional<ReportStatus> from() {
        return Optional.ofNullable(from);
    }

    public ReportStatus to() {
        return to;
    }

    public String actor() {
        return actor;
    }

    public Instant at() {
        return at.toInstant(ZoneOffset.UTC);
    }

    public Optional<String> reason() {
        return Optional.ofNullable(reason);
    }
}

package org.peaceops.intranet.documents.domain.guidance;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.peaceops.intranet.documents.domain.DocumentType;
import org.peaceops.intranet.documents.domain.LifecycleStatus;
import org.peaceops.intranet.shared.Classification;

/** Builds guidance in any lifecycle state, with an author and an approver who are different people. */
final class GuidanceFixture {

    static final String AUTHOR = "author-1";
    static final String APPROVER = "approver-1";
    static final String OFFICER = "officer-1";
    static final Instant T0 = Instant.parse("2025-03-10T09:00:00Z");
    static final LocalDate DAY0 = LocalDate.ofInstant(T0, ZoneOffset.UTC);
    static final DocumentType SOP = new DocumentType(2L, "SOP", "Standard operating procedure", "Procédure", true, 20);
    static final DocumentType TEMPLATE = new DocumentType(5L, "TEMPLATE_FORM", "Template or form", "Modèle", false, 50);
    static final ThematicArea GENDER = new ThematicArea(2L, "GENDER", "Gender", "Genre", 20);
    static final ThematicArea POC = new ThematicArea(1L, "PROTECTION_OF_CIVILIANS", "Protection of civilians",
            "Protection des civils", 10);

    private GuidanceFixture() {
    }

    static Instant day(int days) {
        return T0.plusSeconds(86_400L * days);
    }

    static VersionMetadata metadata(String title) {
        return VersionMetadata.builder().titleEn(title).summaryEn("What to do").languages(List.of("en"))
                .keywords(List.of("handover")).build();
    }

    static Cataloguing cataloguing() {
        return new Cataloguing("DPO Policy and Best Practices Service", MissionCode.HEADQUARTERS, Classification.INTERNAL,
                Set.of(GENDER, POC));
    }

    static FileReference file(char fill) {
        return new FileReference(String.valueOf(fill).repeat(64), 1234, "application/pdf", "sop.pdf");
    }

    static GuidanceDocument draft() {
        return draft(SOP);
    }

    static GuidanceDocument draft(DocumentType type) {
        return GuidanceDocument.draft(type, new ReferenceNumber("2007.04"), cataloguing(), metadata("Handover notes"),
                AUTHOR, T0);
    }

    /** A document whose version 1 is in {@code status}; superseded means version 2 replaced it. */
    static GuidanceDocument withVersionIn(LifecycleStatus status) {
        GuidanceDocument d = draft();
        if (status == LifecycleStatus.DRAFT) {
            return d;
        }
        d.attach(1, file('a'), day(1));
        d.submit(1, AUTHOR, day(1), null);
        if (status == LifecycleStatus.SUBMITTED) {
            return d;
        }
        d.approve(1, APPROVER, day(2), "Fine", ReviewPolicy.standard());
        if (status == LifecycleStatus.APPROVED) {
            return d;
        }
        d.promulgate(1, OFFICER, day(3), DAY0.plusDays(3));
        switch (status) {
            case PROMULGATED -> { }
            case UNDER_REVIEW -> d.startReview(1, OFFICER, day(800));
            case WITHDRAWN -> d.withdraw(1, OFFICER, day(10), "Replaced by the 2026 policy");
            case SUPERSEDED -> promulgateRevision(d, 20);
            case ARCHIVED -> {
                d.withdraw(1, OFFICER, day(10), "Obsolete");
                d.archive(1, OFFICER, day(11), null);
            }
            default -> throw new IllegalArgumentException(status.name());
        }
        return d;
    }

    /** Revises, approves and promulgates version N+1, effective {@code days} after T0. */
    static DocumentVersion promulgateRevision(GuidanceDocument d, int days) {
        DocumentVersion next = d.revise(AUTHOR, day(days));
        d.attach(next.getNumber(), file('b'), day(days));
        d.submit(next.getNumber(), AUTHOR, day(days), null);
        d.approve(next.getNumber(), APPROVER, day(days), null, ReviewPolicy.standard());
        d.promulgate(next.getNumber(), OFFICER, day(days), DAY0.plusDays(days));
        return next;
    }
}

package org.peaceops.intranet.toolbox.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.peaceops.intranet.documents.application.CatalogueEntry;
import org.peaceops.intranet.documents.application.DraftGuidance;
import org.peaceops.intranet.documents.application.GuidanceAccessPolicy;
import org.peaceops.intranet.documents.application.GuidanceNotFoundException;
import org.peaceops.intranet.documents.domain.guidance.DocumentVersion;
import org.peaceops.intranet.documents.domain.guidance.GuidanceDocument;
import org.peaceops.intranet.documents.domain.guidance.GuidanceDocumentRepository;
import org.peaceops.intranet.documents.domain.guidance.VersionMetadata;
import org.peaceops.intranet.identity.application.AccessControl;
import org.peaceops.intranet.identity.domain.Action;
import org.peaceops.intranet.shared.Caller;
import org.peaceops.intranet.shared.Classification;
import org.peaceops.intranet.shared.audit.AuditAction;
import org.peaceops.intranet.shared.audit.AuditTrail;
import org.peaceops.intranet.shared.refusal.AccessDenied;
import org.peaceops.intranet.toolbox.application.DraftingRequest;
import org.peaceops.intranet.toolbox.application.GuidanceChain;
import org.peaceops.intranet.toolbox.application.LessonBehind;
import org.peaceops.intranet.toolbox.application.LinkedGuidance;
import org.peaceops.intranet.toolbox.application.RecommendationNotFoundException;
import org.peaceops.intranet.toolbox.application.RecommendationOutcome;
import org.peaceops.intranet.toolbox.application.ReportNotFoundException;
import org.peaceops.intranet.toolbox.domain.ToolboxRuleException;
import org.peaceops.intranet.toolbox.domain.recommendation.Decider;
import org.peaceops.intranet.toolbox.domain.recommendation.GuidanceLink;
import org.peaceops.intranet.toolbox.domain.recommendation.Recommendation;
import org.peaceops.intranet.toolbox.domain.recommendation.RecommendationRepository;
import org.peaceops.intranet.toolbox.domain.report.ReportReadership;
import org.peaceops.intranet.toolbox.domain.report.ToolboxReport;
import org.peaceops.intranet.toolbox.domain.report.ToolboxReportRepository;

/**
 * The chain over both contexts in one transaction: a drafting request starts the draft through the
 * documents context's own service (its access policy, reference-number and filing rules apply unchanged)
 * and links the recommendation; if either step is refused, neither happens. Guidance is read through
 * the documents repository and policy so that an unreadable version is left out, not refused.
 */
@Stateless
public class DefaultGuidanceChain implements GuidanceChain {

    /** The document type a drafting request proposes: guidance written from lessons. */
    static final String PROPOSED_TYPE = "GUIDELINES";
    private static final int TITLE_MAX = 300;

    @Inject
    RecommendationRepository recommendations;

    @Inject
    ToolboxReportRepository reports;

    @Inject
    AccessControl access;

    @Inject
    AuditTrail audit;

    @Inject
    DraftGuidance drafting;

    @Inject
    GuidanceDocumentRepository documents;

    @Inject
    GuidanceAccessPolicy guidancePolicy;

    Clock clock = Clock.systemUTC();

    @Override
    public DraftingRequest proposeDrafting(Caller caller, long recommendationId) {
        Linking linking = load(caller, recommendationId);
        linking.recommendation.requireMayLeadToGuidance(linking.report, linking.decider);
        ToolboxReport report = linking.report;
        Recommendation r = linking.recommendation;
        String title = r.text().length() <= TITLE_MAX ? r.text() : r.text().substring(0, TITLE_MAX - 1) + "…";
        String summary = "From the recommendation to " + r.office() + " in the report \"" + report.title() + "\" ("
                + report.mission() + ", Toolbox report " + report.getId() + ", recommendation " + r.getId() + "): "
                + r.text();
        String reference = "BP-" + report.getId() + "-" + r.getId();
        return new DraftingRequest(PROPOSED_TYPE, reference, title, summary, r.office(), report.mission().getValue(),
                List.of());
    }

    @Override
    public long requestDrafting(Caller caller, long recommendationId, long seenVersion, DraftingRequest request) {
        Linking linking = load(caller, recommendationId);
        Recommendation recommendation = linking.recommendation;
        recommendation.requireUnchangedSince(seenVersion);
        recommendation.requireMayLeadToGuidance(linking.report, linking.decider);
        if (!mayDraft(caller)) {
            throw new AccessDenied("toolbox.chain.notDrafter", "Starting a guidance draft needs a contributor");
        }
        recommendation.guidance().ifPresent(existing -> {
            throw new ToolboxRuleException("toolbox.chain.alreadyLinked", "The recommendation already leads to "
                    + existing, existing.documentId(), existing.versionNumber());
        });
        ToolboxReport report = linking.report;
        CatalogueEntry filing = new CatalogueEntry(request.owningOffice(), report.mission().getValue(),
                classificationOf(report), request.themeCodes());
        VersionMetadata metadata = VersionMetadata.builder().titleEn(request.title()).summaryEn(request.summary())
                .languages(Set.of("en")).build();
        long documentId = drafting.startDraft(caller, request.typeCode(), request.referenceNumber(), filing, metadata);
        recommendation.linkTo(report, GuidanceLink.draftingRequest(documentId, 1), linking.decider, clock.instant());
        recommendations.store(recommendation);
        audit.record(caller.subject(), AuditAction.TOOLBOX_RECOMMENDATION_DRAFTING_REQUESTED, "toolbox-recommendation",
                String.valueOf(recommendationId), "report " + report.getId() + " in " + report.mission()
                        + ": guidance draft " + documentId + " (" + request.referenceNumber() + ") started");
        return documentId;
    }

    @Override
    public void linkExisting(Caller caller, long recommendationId, long seenVersion, long documentId,
            int versionNumber) {
        Linking linking = load(caller, recommendationId);
        linking.recommendation.requireUnchangedSince(seenVersion);
        linking.recommendation.requireMayLeadToGuidance(linking.report, linking.decider);
        GuidanceDocument document = documents.find(documentId)
                .orElseThrow(() -> new GuidanceNotFoundException(documentId));
        DocumentVersion version = versionOf(document, versionNumber)
                .filter(v -> guidancePolicy.mayReadVersion(caller, document, v))
                .orElseThrow(() -> new GuidanceNotFoundException(documentId));
        linking.recommendation.linkTo(linking.report, GuidanceLink.existing(documentId, version.getNumber()),
                linking.decider, clock.instant());
        recommendations.store(linking.recommendation);
        audit.record(caller.subject(), AuditAction.TOOLBOX_RECOMMENDATION_LINKED, "toolbox-recommendation",
                String.valueOf(recommendationId), "report " + linking.report.getId() + " in "
                        + linking.report.mission() + ": " + document.label() + " v" + version.getNumber());
    }

    @Override
    public boolean mayDraft(Caller caller) {
        return caller.isPerson() && access.may(caller, Action.CREATE_DRAFT, caller.mission());
    }

    @Override
    public List<RecommendationOutcome> outcomes(Caller caller, long reportId) {
        ToolboxReport report = reports.find(reportId).filter(r -> new ReportReaders(access).mayRead(caller, r))
                .orElseThrow(() -> new ReportNotFoundException(reportId));
        Decider decider = ReportReaders.decider(caller);
        return recommendations.ofReport(reportId).stream()
                .map(r -> new RecommendationOutcome(r.getId(), r.status().name(), r.rowVersion(),
                        r.guidance().map(link -> shown(caller, link)),
                        report.isPublished() && r.mayLeadToGuidanceBy(decider, report.mission(), report.author())))
                .toList();
    }

    @Override
    public List<LessonBehind> lessonsBehind(Caller caller, long documentId) {
        if (!caller.isPerson()) {
            return List.of();
        }
        ReportReaders readers = new ReportReaders(access);
        Map<Long, Optional<ToolboxReport>> readable = new HashMap<>();
        List<LessonBehind> lessons = new ArrayList<>();
        for (Recommendation r : recommendations.behindGuidance(documentId)) {
            Optional<ToolboxReport> report = readable.computeIfAbsent(r.reportId(),
                    id -> reports.find(id).filter(found -> readers.mayRead(caller, found)));
            GuidanceLink link = r.guidance().orElse(null);
            if (report.isEmpty() || link == null) {
                continue;
            }
            ToolboxReport found = report.get();
            lessons.add(new LessonBehind(found.getId(), found.title(), found.typeCode(), found.mission().getValue(),
                    r.getId(), r.text(), r.status().name(), link.versionNumber(), link.origin().name()));
        }
        return lessons;
    }

    /** The linked version as the caller may see it: described when they may read it, else only named. */
    private LinkedGuidance shown(Caller caller, GuidanceLink link) {
        Optional<GuidanceDocument> document = documents.find(link.documentId());
        Optional<DocumentVersion> version = document.flatMap(d -> versionOf(d, link.versionNumber()))
                .filter(v -> guidancePolicy.mayReadVersion(caller, document.get(), v));
        if (version.isEmpty()) {
            return LinkedGuidance.withheld(link.documentId(), link.versionNumber(), link.origin().name());
        }
        VersionMetadata m = version.get().getMetadata();
        return new LinkedGuidance(link.documentId(), link.versionNumber(), link.origin().name(), true,
                document.get().getReferenceNumber().getValue(), m.titleEn().orElse(""), m.titleFr().orElse(""),
                version.get().getStatus().name());
    }

    private static Optional<DocumentVersion> versionOf(GuidanceDocument document, int number) {
        return document.getVersions().stream().filter(v -> v.getNumber() == number).findFirst();
    }

    /** Guidance drafted from a report starts as widely readable as the report was published. */
    private static Classification classificationOf(ToolboxReport report) {
        return report.readership() instanceof ReportReadership.ByClassification byClass
                && byClass.classification() != null ? byClass.classification() : Classification.INTERNAL;
    }

    /** What linking acts on: the recommendation, its report, and the caller as a decider. */
    private record Linking(Recommendation recommendation, ToolboxReport report, Decider decider) {
    }

    /** A recommendation of a report the caller may read; otherwise not found, so nothing is given away. */
    private Linking load(Caller caller, long id) {
        if (!caller.isPerson()) {
            throw new RecommendationNotFoundException(id);
        }
        Recommendation recommendation = recommendations.find(id)
                .orElseThrow(() -> new RecommendationNotFoundException(id));
        ToolboxReport report = reports.find(recommendation.reportId())
                .filter(r -> new ReportReaders(access).mayRead(caller, r))
                .orElseThrow(() -> new RecommendationNotFoundException(id));
        return new Linking(recommendation, report, ReportReaders.decider(caller));
    }
}

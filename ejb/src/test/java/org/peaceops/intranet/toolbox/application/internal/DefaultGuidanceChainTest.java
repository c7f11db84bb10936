package org.peaceops.intranet.toolbox.application.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peaceops.intranet.documents.application.CatalogueEntry;
import org.peaceops.intranet.documents.application.DraftGuidance;
import org.peaceops.intranet.documents.application.GuidanceNotFoundException;
import org.peaceops.intranet.documents.application.PolicyBackedGuidanceAccess;
import org.peaceops.intranet.documents.domain.DocumentType;
import org.peaceops.intranet.documents.domain.guidance.Cataloguing;
import org.peaceops.intranet.documents.domain.guidance.GuidanceDocument;
import org.peaceops.intranet.documents.domain.guidance.MissionCode;
import org.peaceops.intranet.documents.domain.guidance.ReferenceNumber;
import org.peaceops.intranet.documents.domain.guidance.ThematicArea;
import org.peaceops.intranet.documents.domain.guidance.VersionMetadata;
import org.peaceops.intranet.identity.application.AccessControl;
import org.peaceops.intranet.shared.Caller;
import org.peaceops.intranet.shared.Classification;
import org.peaceops.intranet.shared.PersonnelCategory;
import org.peaceops.intranet.shared.Role;
import org.peaceops.intranet.shared.audit.AuditAction;
import org.peaceops.intranet.shared.audit.AuditRecord;
import org.peaceops.intranet.shared.audit.AuditTrail;
import org.peaceops.intranet.shared.refusal.AccessDenied;
import org.peaceops.intranet.shared.refusal.Conflict;
import org.peaceops.intranet.shared.refusal.RuleBroken;
import org.peaceops.intranet.testing.InMemoryGuidanceDocuments;
import org.peaceops.intranet.toolbox.application.DraftingRequest;
import org.peaceops.intranet.toolbox.application.LinkedGuidance;
import org.peaceops.intranet.toolbox.application.RecommendationNotFoundException;
import org.peaceops.intranet.toolbox.application.RecommendationOutcome;
import org.peaceops.intranet.toolbox.domain.ToolboxFixture;
import org.peaceops.intranet.toolbox.domain.definition.DefinitionVersion;
import org.peaceops.intranet.toolbox.domain.recommendation.BoardCriteria;
import org.peaceops.intranet.toolbox.domain.recommendation.BoardReader;
import org.peaceops.intranet.toolbox.domain.recommendation.BoardSort;
import org.peaceops.intranet.toolbox.domain.recommendation.GuidanceLink;
import org.peaceops.intranet.toolbox.domain.recommendation.Priority;
import org.peaceops.intranet.toolbox.domain.recommendation.Recommendation;
import org.peaceops.intranet.toolbox.domain.recommendation.RecommendationRepository;
import org.peaceops.intranet.toolbox.domain.recommendation.RecommendationStatus;
import org.peaceops.intranet.toolbox.domain.recommendation.TrackedRecommendation;
import org.peaceops.intranet.toolbox.domain.report.ToolboxReport;
import org.peaceops.intranet.toolbox.domain.report.ToolboxReportRepository;

/**
 * The chain: a drafting request starts a draft only for an officer who may draft, once, on what they
 * saw; a link names guidance the officer may read; the lessons and outcomes show only what the reader
 * may open.
 */
class DefaultGuidanceChainTest {

    private static final Caller DRAFTING_OFFICER = caller(ToolboxFixture.OFFICER, "UNMISS", Role.BPO, Role.CONTRIBUTOR);
    private static final Caller OFFICER = caller("bpo-only-sub", "UNMISS", Role.BPO);
    private static final Caller READER = caller("reader-sub", "UNMISS", Role.READER);
    private static final Caller READER_MINUSCA = caller("reader2-sub", "MINUSCA", Role.READER);
    private static final ThematicArea GENDER = new ThematicArea(2L, "GENDER", "Gender", "Genre", 20);

    private final List<String> audited = new ArrayList<>();
    private final List<String> draftsStarted = new ArrayList<>();
    private final InMemoryGuidanceDocuments documents = new InMemoryGuidanceDocuments();
    private final DefaultGuidanceChain chain = new DefaultGuidanceChain();
    private ToolboxReport report;
    private Recommendation recommendation;

    private static Caller caller(String subject, String mission, Role... roles) {
        EnumSet<Role> all = EnumSet.of(Role.READER, roles);
        return new Caller(subject, subject, subject, all, mission, PersonnelCategory.CIVILIAN);
    }

    private static GuidanceDocument draftBy(String author, String mission) {
        return GuidanceDocument.draft(new DocumentType(3L, "GUIDELINES", "Guidelines", "Lignes directrices", true, 30),
                new ReferenceNumber("2026.07"), new Cataloguing("DPO", new MissionCode(mission), Classification.INTERNAL,
                        Set.of(GENDER)), VersionMetadata.builder().titleEn("Convoy timings").build(), author,
                ToolboxFixture.NOW);
    }

    @BeforeEach
    void chain() {
        DefinitionVersion v1 = ToolboxFixture.aar().current();
        report = ToolboxFixture.stored(ToolboxReport.draft(v1, ToolboxFixture.UNMISS, "Convoy", ToolboxFixture.AUTHOR,
                ToolboxFixture.NOW), 7L);
        report.edit(v1, "Convoy", ToolboxFixture.aarValues(), ToolboxFixture.AUTHOR, ToolboxFixture.NOW);
        recommendation = ToolboxFixture.stored(Recommendation.propose(report, "Agree departure times.", "Movement Control",
                Priority.HIGH, LocalDate.of(2026, 11, 30), ToolboxFixture.AUTHOR, ToolboxFixture.NOW), 3L);
        report.submit(v1, ToolboxFixture.AUTHOR, ToolboxFixture.NOW);
        report.publish(ToolboxFixture.OFFICER, ToolboxFixture.UNMISS, Classification.CONFIDENTIAL, ToolboxFixture.NOW);

        documents.hold(60L, draftBy(DRAFTING_OFFICER.subject(), "UNMISS"));
        documents.hold(61L, draftBy("someone-else", "MINUSCA"));
        chain.documents = documents;
        chain.guidancePolicy = new PolicyBackedGuidanceAccess();
        chain.clock = Clock.fixed(ToolboxFixture.NOW, ZoneOffset.UTC);
        chain.access = new AccessControl();
        chain.drafting = new DraftGuidance() {
            @Override
            public long startDraft(Caller actor, String typeCode, String referenceNumber, CatalogueEntry catalogue,
                    VersionMetadata metadata) {
                draftsStarted.add(actor.subject() + " " + typeCode + " " + referenceNumber + " "
                        + catalogue.getMissionCode() + " " + catalogue.getClassification() + " "
                        + catalogue.getOwningOffice() + " " + catalogue.getThemeCodes() + " " + metadata.titleEn().orElse(""));
                return 42L;
            }
        };
        chain.audit = OneRecommendation.recordedIn(audited);
        chain.reports = OneRecommendation.reports(report);
        chain.recommendations = OneRecommendation.recommendations(recommendation, report);
    }

    private DraftingRequest completed(DraftingRequest proposal) {
        return new DraftingRequest(proposal.typeCode(), proposal.referenceNumber(), proposal.title(), proposal.summary(),
                proposal.owningOffice(), proposal.missionCode(), List.of("GENDER"));
    }

    @Test
    void anOfficerWhoMayDraftStartsAPrefilledDraftThatTheRecommendationLeadsTo() {
        DraftingRequest proposal = chain.proposeDrafting(DRAFTING_OFFICER, 3L);
        assertThat(proposal.title()).isEqualTo("Agree departure times.");
        assertThat(proposal.summary()).contains("\"Convoy\"", "UNMISS", "report 7", "recommendation 3", "Movement Control");
        assertThat(proposal.missionCode()).isEqualTo("UNMISS");

        long documentId = chain.requestDrafting(DRAFTING_OFFICER, 3L, recommendation.rowVersion(), completed(proposal));

        assertThat(documentId).isEqualTo(42L);
        assertThat(draftsStarted).singleElement().asString().isEqualTo(ToolboxFixture.OFFICER
                + " GUIDELINES BP-7-3 UNMISS CONFIDENTIAL Movement Control [GENDER] Agree departure times.");
        assertThat(recommendation.guidance()).contains(GuidanceLink.draftingRequest(42L, 1));
        assertThat(recommendation.status()).isEqualTo(RecommendationStatus.ACCEPTED);
        assertThat(audited).singleElement().asString().contains("TOOLBOX_RECOMMENDATION_DRAFTING_REQUESTED",
                "report 7 in UNMISS", "guidance draft 42");
    }

    @Test
    void anOfficerWhoMayNotDraftIsRefusedAndNoDraftIsStarted() {
        DraftingRequest request = completed(chain.proposeDrafting(OFFICER, 3L));

        assertThatThrownBy(() -> chain.requestDrafting(OFFICER, 3L, recommendation.rowVersion(), request))
                .isInstanceOf(AccessDenied.class).hasMessageContaining("contributor");
        assertThat(chain.mayDraft(OFFICER)).isFalse();
        assertThat(draftsStarted).isEmpty();
        assertThat(recommendation.guidance()).isEmpty();
        assertThat(audited).isEmpty();
    }

    @Test
    void aReaderDoesNotLeadARecommendationToGuidanceAndAnotherMissionDoesNotFindIt() {
        assertThatThrownBy(() -> chain.proposeDrafting(READER, 3L)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> chain.linkExisting(READER, 3L, recommendation.rowVersion(), 60L, 1))
                .isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> chain.linkExisting(READER_MINUSCA, 3L, recommendation.rowVersion(), 60L, 1))
                .isInstanceOf(RecommendationNotFoundException.class);
        assertThat(recommendation.guidance()).isEmpty();
    }

    @Test
    void aRecommendationIsDraftedOnceAndASecondRequestIsRefused() {
        DraftingRequest request = completed(chain.proposeDrafting(DRAFTING_OFFICER, 3L));
        chain.requestDrafting(DRAFTING_OFFICER, 3L, recommendation.rowVersion(), request);

        assertThatThrownBy(() -> chain.requestDrafting(DRAFTING_OFFICER, 3L, recommendation.rowVersion(), request))
                .isInstanceOf(RuleBroken.class).hasMessageContaining("already leads to");
        assertThat(draftsStarted).hasSize(1);
    }

    @Test
    void aStepOnAStaleViewIsAConflictAndChangesNothing() {
        DraftingRequest request = completed(chain.proposeDrafting(DRAFTING_OFFICER, 3L));

        assertThatThrownBy(() -> chain.requestDrafting(DRAFTING_OFFICER, 3L, recommendation.rowVersion() + 1, request))
                .isInstanceOf(Conflict.class);
        assertThatThrownBy(() -> chain.linkExisting(DRAFTING_OFFICER, 3L, recommendation.rowVersion() + 1, 60L, 1))
                .isInstanceOf(Conflict.class);
        assertThat(draftsStarted).isEmpty();
        assertThat(recommendation.guidance()).isEmpty();
        assertThat(audited).isEmpty();
    }

    @Test
    void existingGuidanceIsLinkedOnlyWhenTheOfficerMayReadThatVersionAndNotTwice() {
        assertThatThrownBy(() -> chain.linkExisting(DRAFTING_OFFICER, 3L, recommendation.rowVersion(), 61L, 1))
                .isInstanceOf(GuidanceNotFoundException.class);
        assertThatThrownBy(() -> chain.linkExisting(DRAFTING_OFFICER, 3L, recommendation.rowVersion(), 60L, 2))
                .isInstanceOf(GuidanceNotFoundException.class);
        assertThatThrownBy(() -> chain.linkExisting(DRAFTING_OFFICER, 3L, recommendation.rowVersion(), 99L, 1))
                .isInstanceOf(GuidanceNotFoundException.class);

        chain.linkExisting(DRAFTING_OFFICER, 3L, recommendation.rowVersion(), 60L, 1);

        assertThat(recommendation.guidance()).contains(GuidanceLink.existing(60L, 1));
        assertThat(audited).singleElement().asString().contains("TOOLBOX_RECOMMENDATION_LINKED", "v1");
        assertThatThrownBy(() -> chain.linkExisting(DRAFTING_OFFICER, 3L, recommendation.rowVersion(), 60L, 1))
                .isInstanceOf(RuleBroken.class);
        assertThat(audited).hasSize(1);
    }

    @Test
    void theLessonsBehindGuidanceAndTheOutcomesShowOnlyWhatTheReaderMayOpen() {
        chain.linkExisting(DRAFTING_OFFICER, 3L, recommendation.rowVersion(), 60L, 1);

        assertThat(chain.lessonsBehind(READER, 60L)).singleElement().satisfies(l -> {
            assertThat(l.reportId()).isEqualTo(7L);
            assertThat(l.reportTitle()).isEqualTo("Convoy");
            assertThat(l.recommendationText()).isEqualTo("Agree departure times.");
            assertThat(l.origin()).isEqualTo("EXISTING_GUIDANCE");
        });
        assertThat(chain.lessonsBehind(READER_MINUSCA, 60L)).isEmpty();
        assertThat(chain.lessonsBehind(Caller.system(), 60L)).isEmpty();

        LinkedGuidance toTheDraftsAuthor = chain.outcomes(DRAFTING_OFFICER, 7L).get(0).guidance().orElseThrow();
        assertThat(toTheDraftsAuthor.readable()).isTrue();
        assertThat(toTheDraftsAuthor.status()).isEqualTo("DRAFT");
        assertThat(toTheDraftsAuthor.titleEn()).isEqualTo("Convoy timings");
        RecommendationOutcome toAReader = chain.outcomes(READER, 7L).get(0);
        assertThat(toAReader.guidance().orElseThrow().readable()).isFalse();
        assertThat(toAReader.guidance().orElseThrow().titleEn()).isEmpty();
        assertThat(toAReader.linkable()).isFalse();
        assertThat(chain.outcomes(DRAFTING_OFFICER, 7L).get(0).linkable()).isTrue();
    }
}

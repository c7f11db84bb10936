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
import org.peaceops.intranet.toolbox.application.RecommendationNotFoundException;
import org.peaceops.intranet.toolbox.domain.ToolboxFixture;
import org.peaceops.intranet.toolbox.domain.definition.DefinitionVersion;
import org.peaceops.intranet.toolbox.domain.recommendation.BoardCriteria;
import org.peaceops.intranet.toolbox.domain.recommendation.BoardReader;
import org.peaceops.intranet.toolbox.domain.recommendation.BoardSort;
import org.peaceops.intranet.toolbox.domain.recommendation.Priority;
import org.peaceops.intranet.toolbox.domain.recommendation.Recommendation;
import org.peaceops.intranet.toolbox.domain.recommendation.RecommendationRepository;
import org.peaceops.intranet.toolbox.domain.recommendation.RecommendationStatus;
import org.peaceops.intranet.toolbox.domain.recommendation.TrackedRecommendation;
import org.peaceops.intranet.toolbox.domain.report.ToolboxReport;
import org.peaceops.intranet.toolbox.domain.report.ToolboxReportRepository;

/** Deciding on the board: the mission's officer, on what they saw, audited; others are refused or told not found. */
class DefaultRecommendationBoardTest {

    private static final Caller OFFICER = caller(ToolboxFixture.OFFICER, "UNMISS", Role.BPO);
    private static final Caller OFFICER_MINUSCA = caller("bpo-minusca-sub", "MINUSCA", Role.BPO);
    private static final Caller READER_MINUSCA = caller("reader2-sub", "MINUSCA", Role.READER);
    private static final Caller READER = caller("reader-sub", "UNMISS", Role.READER);

    private final List<String> audited = new ArrayList<>();
    private final DefaultRecommendationBoard board = new DefaultRecommendationBoard();
    private ToolboxReport report;
    private Recommendation recommendation;

    private static Caller caller(String subject, String mission, Role role) {
        return new Caller(subject, subject, subject, EnumSet.of(Role.READER, role), mission, PersonnelCategory.CIVILIAN);
    }

    @BeforeEach
    void board() {
        DefinitionVersion v1 = ToolboxFixture.aar().current();
        report = ToolboxFixture.stored(ToolboxReport.draft(v1, ToolboxFixture.UNMISS, "Convoy", ToolboxFixture.AUTHOR,
                ToolboxFixture.NOW), 7L);
        report.edit(v1, "Convoy", ToolboxFixture.aarValues(), ToolboxFixture.AUTHOR, ToolboxFixture.NOW);
        recommendation = ToolboxFixture.stored(Recommendation.propose(report, "Agree departure times.", "Movement Control",
                Priority.HIGH, LocalDate.of(2026, 11, 30), ToolboxFixture.AUTHOR, ToolboxFixture.NOW), 3L);
        report.submit(v1, ToolboxFixture.AUTHOR, ToolboxFixture.NOW);
        report.publish(ToolboxFixture.OFFICER, ToolboxFixture.UNMISS, Classification.CONFIDENTIAL, ToolboxFixture.NOW);

        board.clock = Clock.fixed(ToolboxFixture.NOW, ZoneOffset.UTC);
        board.access = new AccessControl();
        board.audit = OneRecommendation.recordedIn(audited);
        board.reports = OneRecommendation.reports(report);
        board.recommendations = OneRecommendation.recommendations(recommendation, report);
    }

    @Test
    void theMissionsOfficerAcceptsOnWhatTheySawAndItIsAudited() {
        board.accept(OFFICER, 3L, recommendation.rowVersion());

        assertThat(recommendation.status()).isEqualTo(RecommendationStatus.ACCEPTED);
        assertThat(audited).singleElement().asString().contains("TOOLBOX_RECOMMENDATION_ACCEPTED", "report 7 in UNMISS");
    }

    @Test
    void aDecisionOnAStaleRowIsAConflictAndChangesNothing() {
        assertThatThrownBy(() -> board.reject(OFFICER, 3L, recommendation.rowVersion() + 1, "Not feasible."))
                .isInstanceOf(Conflict.class);
        assertThat(recommendation.status()).isEqualTo(RecommendationStatus.OPEN);
        assertThat(audited).isEmpty();
    }

    @Test
    void anotherMissionDoesNotFindAConfidentialReportsRecommendationAndAReaderDoesNotDecide() {
        assertThatThrownBy(() -> board.accept(READER_MINUSCA, 3L, recommendation.rowVersion()))
                .isInstanceOf(RecommendationNotFoundException.class);
        assertThatThrownBy(() -> board.accept(OFFICER_MINUSCA, 3L, recommendation.rowVersion()))
                .isInstanceOf(RecommendationNotFoundException.class);
        assertThatThrownBy(() -> board.accept(READER, 3L, recommendation.rowVersion())).isInstanceOf(AccessDenied.class);
        assertThat(recommendation.status()).isEqualTo(RecommendationStatus.OPEN);
    }

    @Test
    void theBoardOffersActionsOnlyToThoseWhoMayDecide() {
        org.peaceops.intranet.toolbox.application.BoardQuery query = new org.peaceops.intranet.toolbox.application.BoardQuery(
                null, null, null, null, false, BoardSort.DUE_DATE, true, 0, 10);

        assertThat(board.list(OFFICER, query).rows()).singleElement().satisfies(r -> {
            assertThat(r.decidable()).isTrue();
            assertThat(r.item().overdue()).isTrue();
        });
        assertThat(board.list(READER, query).rows()).singleElement().satisfies(r -> assertThat(r.decidable()).isFalse());
        assertThat(board.list(Caller.system(), query).rows()).isEmpty();
    }
}

package org.peaceops.intranet.toolbox.application.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peaceops.intranet.documents.application.search.ReportIndexing;
import org.peaceops.intranet.documents.domain.search.SearchEntryKind;
import org.peaceops.intranet.documents.domain.search.SearchOutbox;
import org.peaceops.intranet.documents.domain.search.SearchOutboxEntry;
import org.peaceops.intranet.identity.application.AccessControl;
import org.peaceops.intranet.shared.Caller;
import org.peaceops.intranet.shared.Classification;
import org.peaceops.intranet.shared.PersonnelCategory;
import org.peaceops.intranet.shared.Role;
import org.peaceops.intranet.shared.audit.AuditAction;
import org.peaceops.intranet.shared.audit.AuditRecord;
import org.peaceops.intranet.shared.audit.AuditTrail;
import org.peaceops.intranet.shared.refusal.AccessDenied;
import org.peaceops.intranet.shared.refusal.RuleBroken;
import org.peaceops.intranet.toolbox.application.ReportNotFoundException;
import org.peaceops.intranet.toolbox.application.ReviewItem;
import org.peaceops.intranet.toolbox.domain.ToolboxFixture;
import org.peaceops.intranet.toolbox.domain.definition.DefinitionVersion;
import org.peaceops.intranet.toolbox.domain.report.ReportStatus;
import org.peaceops.intranet.toolbox.domain.report.ToolboxReport;
import org.peaceops.intranet.toolbox.domain.report.ToolboxReportRepository;

/** The officer's review through the access policy: their own mission only, every step audited. */
class DefaultReportReviewTest {

    private static final Caller OFFICER = caller("bpo-unmiss-sub", "UNMISS", Role.BPO);
    private static final Caller OFFICER_MINUSCA = caller("bpo-minusca-sub", "MINUSCA", Role.BPO);
    private static final Caller APPROVER = caller("approver-sub", "UNMISS", Role.APPROVER);

    private final Map<Long, ToolboxReport> stored = new HashMap<>();
    private final List<String> audited = new ArrayList<>();
    private final List<SearchOutboxEntry> outbox = new ArrayList<>();
    private DefaultReportReview review;
    private long reportId;

    private static Caller caller(String subject, String mission, Role role) {
        return new Caller(subject, subject, subject, EnumSet.of(Role.READER, role), mission, PersonnelCategory.CIVILIAN);
    }

    @BeforeEach
    void review() {
        DefinitionVersion v1 = ToolboxFixture.aar().current();
        ToolboxReport report = ToolboxReport.draft(v1, ToolboxFixture.UNMISS, "Convoy to Bor", ToolboxFixture.AUTHOR,
                ToolboxFixture.NOW);
        report.edit(v1, "Convoy to Bor", ToolboxFixture.aarValues(), ToolboxFixture.AUTHOR, ToolboxFixture.NOW);
        report.submit(v1, ToolboxFixture.AUTHOR, ToolboxFixture.NOW);
        reportId = 7L;
        stored.put(reportId, ToolboxFixture.stored(report, reportId));

        review = new DefaultReportReview();
        review.clock = Clock.fixed(ToolboxFixture.NOW.plusSeconds(60), ZoneOffset.UTC);
        review.access = new AccessControl();
        review.audit = new AuditTrail() {
            @Override
            public void record(AuditRecord line) {
                audited.add(line.action().name());
            }

            @Override
            public void record(String actor, AuditAction action, String targetType, String targetId, String detail) {
                audited.add(actor + " " + action + " " + targetId + " " + detail);
            }
        };
        review.indexing = new ReportIndexing(new SearchOutbox() {
            @Override
            public void enqueue(SearchOutboxEntry entry) {
                outbox.add(entry);
            }

            @Override
            public List<SearchOutboxEntry> pending(int max) {
                return List.copyOf(outbox);
            }

            @Override
            public void taken(List<SearchOutboxEntry> entries) {
                throw new UnsupportedOperationException("the review only enqueues");
            }
        }, review.clock);
        review.reports = new ToolboxReportRepository() {
            @Override
            public Optional<ToolboxReport> find(long id) {
                return Optional.ofNullable(stored.get(id));
            }

            @Override
            public List<ToolboxReport> byAuthor(String authorSubject) {
                return List.of();
            }

            @Override
            public List<ToolboxReport> awaitingReview(String missionCode) {
                return stored.values().stream().filter(r -> r.status() == ReportStatus.SUBMITTED)
                        .filter(r -> r.mission().getValue().equals(missionCode)).toList();
            }

            @Override
            public Set<String> referencedBlobHashes() {
                return Set.of();
            }

            @Override
            public ToolboxReport store(ToolboxReport report) {
                return report;
            }
        };
    }

    @Test
    void theOfficerSeesTheMissionsQueueAndPublishesWithAClassification() {
        assertThat(review.queue(OFFICER)).extracting(ReviewItem::id, ReviewItem::title, ReviewItem::handover)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(reportId, "Convoy to Bor", false));
        assertThat(review.queue(OFFICER_MINUSCA)).isEmpty();

        review.publish(OFFICER, reportId, Classification.INTERNAL);

        assertThat(stored.get(reportId).status()).isEqualTo(ReportStatus.PUBLISHED);
        assertThat(stored.get(reportId).classification()).contains(Classification.INTERNAL);
        assertThat(audited).containsExactly("bpo-unmiss-sub TOOLBOX_REPORT_PUBLISHED 7 AFTER_ACTION_REVIEW as INTERNAL");
        assertThat(review.queue(OFFICER)).isEmpty();
    }

    @Test
    void aPublishedReportGoesToTheSearchIndexThroughTheOutbox() {
        review.publish(OFFICER, reportId, Classification.INTERNAL);

        assertThat(outbox).singleElement().satisfies(e -> {
            assertThat(e.getEntryKind()).isEqualTo(SearchEntryKind.REPORT);
            assertThat(e.getDocumentId()).isEqualTo(reportId);
        });
    }

    @Test
    void aReturnedReportStaysOutOfTheSearchIndex() {
        review.returnToAuthor(OFFICER, reportId, "Say who was in the convoy");

        assertThat(outbox).isEmpty();
    }

    @Test
    void returningNeedsAReasonAndIsAudited() {
        assertThatThrownBy(() -> review.returnToAuthor(OFFICER, reportId, "  ")).isInstanceOf(RuleBroken.class)
                .extracting("key").isEqualTo("toolbox.report.reasonRequired");
        assertThat(audited).isEmpty();

        review.returnToAuthor(OFFICER, reportId, "Say who was in the convoy");

        assertThat(stored.get(reportId).status()).isEqualTo(ReportStatus.RETURNED);
        assertThat(audited).containsExactly("bpo-unmiss-sub TOOLBOX_REPORT_RETURNED 7 Say who was in the convoy");
    }

    @Test
    void anotherMissionsOfficerFindsNothingAndOtherRolesMayNotReview() {
        assertThatThrownBy(() -> review.publish(OFFICER_MINUSCA, reportId, Classification.PUBLIC))
                .isInstanceOf(ReportNotFoundException.class);
        assertThatThrownBy(() -> review.queue(APPROVER)).isInstanceOf(AccessDenied.class)
                .extracting("key").isEqualTo("toolbox.review.denied");
        assertThatThrownBy(() -> review.returnToAuthor(APPROVER, reportId, "No")).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> review.queue(Caller.system())).isInstanceOf(AccessDenied.class);
        assertThat(stored.get(reportId).status()).isEqualTo(ReportStatus.SUBMITTED);
        assertThat(audited).isEmpty();
    }
}

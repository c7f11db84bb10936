package org.peaceops.intranet.documents.domain.guidance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.peaceops.intranet.documents.domain.guidance.GuidanceFixture.APPROVER;
import static org.peaceops.intranet.documents.domain.guidance.GuidanceFixture.DAY0;
import static org.peaceops.intranet.documents.domain.guidance.GuidanceFixture.OFFICER;
import static org.peaceops.intranet.documents.domain.guidance.GuidanceFixture.day;
import static org.peaceops.intranet.documents.domain.guidance.GuidanceFixture.withVersionIn;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.peaceops.intranet.documents.domain.LifecycleStatus;

/**
 * Every lifecycle action tried from every state: the allowed ones pass the graph, all others are refused
 * with a {@link ForbiddenTransitionException} and change nothing.
 */
class ForbiddenTransitionsTest {

    /** The lifecycle as DOMAIN.md describes it, written out independently of the enum. */
    private static final Map<LifecycleStatus, EnumSet<LifecycleStatus>> EXPECTED = Map.of(
            LifecycleStatus.DRAFT, EnumSet.of(LifecycleStatus.SUBMITTED),
            LifecycleStatus.SUBMITTED, EnumSet.of(LifecycleStatus.APPROVED, LifecycleStatus.DRAFT),
            LifecycleStatus.APPROVED, EnumSet.of(LifecycleStatus.PROMULGATED, LifecycleStatus.DRAFT),
            LifecycleStatus.PROMULGATED, EnumSet.of(LifecycleStatus.UNDER_REVIEW, LifecycleStatus.SUPERSEDED,
                    LifecycleStatus.WITHDRAWN),
            LifecycleStatus.UNDER_REVIEW, EnumSet.of(LifecycleStatus.SUPERSEDED, LifecycleStatus.WITHDRAWN),
            LifecycleStatus.SUPERSEDED, EnumSet.of(LifecycleStatus.ARCHIVED),
            LifecycleStatus.WITHDRAWN, EnumSet.of(LifecycleStatus.ARCHIVED),
            LifecycleStatus.ARCHIVED, EnumSet.noneOf(LifecycleStatus.class));

    /** The actions a person can take, by the state they lead to (supersession is automatic, not an action). */
    private static final Map<LifecycleStatus, Consumer<GuidanceDocument>> ACTIONS = Map.of(
            LifecycleStatus.SUBMITTED, ForbiddenTransitionsTest::attachIfDraftAndSubmit,
            LifecycleStatus.APPROVED, d -> d.approve(1, APPROVER, day(900), null, ReviewPolicy.standard()),
            LifecycleStatus.DRAFT, d -> d.returnToDraft(1, APPROVER, day(900), "reason"),
            LifecycleStatus.PROMULGATED, d -> d.promulgate(1, OFFICER, day(900), DAY0.plusDays(4)),
            LifecycleStatus.UNDER_REVIEW, d -> d.startReview(1, OFFICER, day(900)),
            LifecycleStatus.WITHDRAWN, d -> d.withdraw(1, OFFICER, day(900), "reason"),
            LifecycleStatus.ARCHIVED, d -> d.archive(1, OFFICER, day(900), null));

    /** A draft needs its file before it may be submitted; that rule is tested elsewhere. */
    private static void attachIfDraftAndSubmit(GuidanceDocument d) {
        if (d.version(1).getStatus() == LifecycleStatus.DRAFT) {
            d.attach(1, GuidanceFixture.file('a'), day(900));
        }
        d.submit(1, "someone", day(900), null);
    }

    @Test
    void theGraphIsExactlyTheDocumentedOne() {
        for (LifecycleStatus from : LifecycleStatus.values()) {
            assertThat(from.next()).as("from %s", from).isEqualTo(EXPECTED.get(from));
        }
    }

    static Stream<Arguments> everyStateAndAction() {
        List<Arguments> cases = new ArrayList<>();
        for (LifecycleStatus from : LifecycleStatus.values()) {
            for (LifecycleStatus to : ACTIONS.keySet()) {
                cases.add(Arguments.of(from, to));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("everyStateAndAction")
    void onlyDocumentedTransitionsHappen(LifecycleStatus from, LifecycleStatus to) {
        GuidanceDocument d = withVersionIn(from);
        int steps = d.version(1).getTransitions().size();

        if (EXPECTED.get(from).contains(to)) {
            assertThatCode(() -> ACTIONS.get(to).accept(d)).doesNotThrowAnyException();
            assertThat(d.version(1).getStatus()).isEqualTo(to);
        } else {
            assertThatThrownBy(() -> ACTIONS.get(to).accept(d))
                    .isInstanceOf(ForbiddenTransitionException.class)
                    .hasMessageStartingWith("The version 1 of SOP 2007.04 is " + from.name().toLowerCase().replace('_', ' '))
                    .satisfies(e -> {
                        assertThat(((ForbiddenTransitionException) e).getFrom()).isEqualTo(from);
                        assertThat(((ForbiddenTransitionException) e).getTo()).isEqualTo(to);
                    });
            assertThat(d.version(1).getStatus()).isEqualTo(from);
            assertThat(d.version(1).getTransitions()).hasSize(steps);
        }
    }

    @Test
    void theMessageSaysWhatIsPossibleInstead() {
        GuidanceDocument d = withVersionIn(LifecycleStatus.DRAFT);

        assertThatThrownBy(() -> d.approve(1, APPROVER, day(1), null, ReviewPolicy.standard()))
                .hasMessage("The version 1 of SOP 2007.04 is draft and cannot become approved "
                        + "(from draft it can only become submitted).");
        GuidanceDocument archived = withVersionIn(LifecycleStatus.ARCHIVED);
        assertThatThrownBy(() -> archived.withdraw(1, OFFICER, day(20), "again"))
                .hasMessageContaining("(it is final)");
    }

    @Test
    void aForbiddenTransitionIsReportedBeforeTheFourEyesRule() {
        GuidanceDocument d = withVersionIn(LifecycleStatus.DRAFT);

        assertThatThrownBy(() -> d.approve(1, GuidanceFixture.AUTHOR, day(1), null, ReviewPolicy.standard()))
                .isInstanceOf(ForbiddenTransitionException.class);
    }
}

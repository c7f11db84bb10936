package org.peaceops.intranet.training.compliance.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peaceops.intranet.identity.application.AccessControl;
import org.peaceops.intranet.shared.Caller;
import org.peaceops.intranet.shared.Role;
import org.peaceops.intranet.shared.refusal.AccessDenied;
import org.peaceops.intranet.shared.refusal.RuleBroken;
import org.peaceops.intranet.testing.Callers;
import org.peaceops.intranet.training.application.TrainingAccess;
import org.peaceops.intranet.training.compliance.domain.ComplianceCriteria;
import org.peaceops.intranet.training.compliance.domain.ComplianceFigure;
import org.peaceops.intranet.training.compliance.domain.ComplianceFigures;
import org.peaceops.intranet.training.compliance.domain.ComplianceFigures.CountryGap;
import org.peaceops.intranet.training.compliance.domain.ComplianceOrder;
import org.peaceops.intranet.training.compliance.domain.ComplianceRepository;
import org.peaceops.intranet.training.compliance.domain.ComplianceRow;

/** Who sees which missions, and that every figure is asked with the same scope as its list. */
class ComplianceDashboardsTest {

    private final List<ComplianceCriteria> asked = new ArrayList<>();
    private ComplianceDashboards dashboards;

    private final Caller hqTrainer = Callers.person("hq", "HQ", Role.TRAINER);
    private final Caller unmissTrainer = Callers.person("t", "UNMISS", Role.TRAINER);
    private final Caller reader = Callers.person("r", "UNMISS", Role.READER);

    /** Counts each figure by its ordinal, so the figures can be told apart. */
    private final class Recording implements ComplianceRepository {
        @Override
        public long count(ComplianceCriteria c) {
            asked.add(c);
            return c.figure().ordinal() + 10L;
        }

        @Override
        public List<ComplianceRow> page(ComplianceCriteria c, ComplianceOrder o, boolean a, int first, int max) {
            asked.add(c);
            return List.of();
        }

        @Override
        public void each(ComplianceCriteria c, ComplianceOrder o, boolean a, Consumer<ComplianceRow> row) {
            asked.add(c);
        }

        @Override
        public Map<YearMonth, Long> completionsPerMonth(ComplianceCriteria c, YearMonth from, YearMonth to) {
            asked.add(c);
            return Map.of(to, 5L);
        }

        @Override
        public List<CountryGap> gapsByCountry(ComplianceCriteria c) {
            asked.add(c);
            return List.of(new CountryGap("Ghana", 2));
        }
    }

    @BeforeEach
    void service() throws ReflectiveOperationException {
        TrainingAccess access = new TrainingAccess();
        var field = TrainingAccess.class.getDeclaredField("access");
        field.setAccessible(true);
        field.set(access, new AccessControl());
        dashboards = new ComplianceDashboards();
        dashboards.access = access;
        dashboards.repository = new Recording();
        dashboards.clock = Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"), ZoneOffset.UTC);
    }

    @Test
    void headquartersSeesEveryMissionAndAMissionTrainerOnlyTheirs() {
        dashboards.figures(hqTrainer, null, null);
        assertThat(asked).allSatisfy(c -> assertThat(c.visibleMissions()).isEmpty());

        asked.clear();
        ComplianceFigures figures = dashboards.figures(unmissTrainer, null, null);
        assertThat(asked).isNotEmpty().allSatisfy(c -> assertThat(c.visibleMissions()).containsExactly("UNMISS"));
        assertThat(figures.count(ComplianceFigure.OVERDUE)).isEqualTo(ComplianceFigure.OVERDUE.ordinal() + 10L);
        assertThat(figures.trend()).hasSize(24).last().extracting(p -> p.count()).isEqualTo(5L);
        assertThat(figures.gaps()).containsExactly(new CountryGap("Ghana", 2));
    }

    @Test
    void aMissionTrainerIsRefusedAnotherMissionAndAReaderEveryDashboard() {
        assertThatThrownBy(() -> dashboards.figures(unmissTrainer, "MINUSCA", null)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> dashboards.page(unmissTrainer, new Drill(ComplianceFigure.OVERDUE, "minusca", null,
                null, null), ComplianceOrder.NAME, true, 0, 10)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> dashboards.figures(reader, null, null)).isInstanceOf(AccessDenied.class);
        assertThat(asked).isEmpty();
    }

    @Test
    void theListOfAFigureIsAskedWithTheCriteriaItsCountUses() {
        CompliancePage page = dashboards.page(hqTrainer, new Drill(ComplianceFigure.OVERDUE, " unmiss ", "Police", null,
                null), ComplianceOrder.NAME, true, -5, 10_000);

        assertThat(page.total()).isEqualTo(ComplianceFigure.OVERDUE.ordinal() + 10L);
        assertThat(page.first()).isZero();
        assertThat(asked).hasSize(2);
        assertThat(asked.get(0)).isEqualTo(asked.get(1));
        assertThat(asked.get(0).mission()).isEqualTo("UNMISS");
        assertThat(asked.get(0).category()).isEqualTo("police");
        assertThat(asked.get(0).today()).hasToString("2026-12-07");
    }

    @Test
    void anUnknownCategoryOrATrendPointWithoutMonthIsABrokenRule() {
        assertThatThrownBy(() -> dashboards.figures(hqTrainer, null, "pirates")).isInstanceOf(RuleBroken.class);
        assertThatThrownBy(() -> dashboards.count(hqTrainer, new Drill(ComplianceFigure.COMPLETED_IN_MONTH, null, null,
                null, null))).isInstanceOf(RuleBroken.class);
    }
}

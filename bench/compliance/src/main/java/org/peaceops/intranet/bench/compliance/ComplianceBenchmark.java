package org.peaceops.intranet.bench.compliance;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.peaceops.intranet.platform.infrastructure.SchemaMigrator;
import org.peaceops.intranet.training.compliance.domain.ComplianceCriteria;
import org.peaceops.intranet.training.compliance.domain.ComplianceFigure;
import org.peaceops.intranet.training.compliance.domain.ComplianceOrder;
import org.peaceops.intranet.training.compliance.domain.Trend;
import org.peaceops.intranet.training.compliance.infrastructure.ComplianceSql;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Migrates an empty PostgreSQL database with the application's training migrations, fills it
 * ({@link Population}), then runs every dashboard statement and every drill-down's first page (50 rows by
 * name) the given number of times for three readers (headquarters, one mission's trainer, headquarters
 * filtering one category) and prints p50/p95. Numbers are printed, never asserted.
 *
 * <p>Arguments: {@code --people N --runs R --pg-url U --pg-user U --pg-password P}.
 */
public final class ComplianceBenchmark {

    /** The first page a dashboard's drill-down opens on. */
    static final int PAGE = 50;

    private ComplianceBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> a = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            a.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        int people = Integer.parseInt(a.getOrDefault("people", "110000"));
        int runs = Integer.parseInt(a.getOrDefault("runs", "50"));
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(a.get("pg-url"));
        ds.setUser(a.get("pg-user"));
        ds.setPassword(a.get("pg-password"));
        LocalDate today = LocalDate.now();

        long start = System.nanoTime();
        SchemaMigrator.migrate(ds, "training", ComplianceSql.class.getClassLoader());
        System.out.printf("migrated  training schema (Flyway, the application's migrations) in %.1f s%n",
                (System.nanoTime() - start) / 1e9);
        try (Connection c = ds.getConnection()) {
            // a kept database (BENCH_REUSE) already holds its people: time them again after new migrations
            if (learners(c) == 0) {
                start = System.nanoTime();
                Population.generate(c, people, today);
                System.out.printf("generated %,d people, %,d training records in %.1f s%n", people,
                        (long) people * Population.RECORDS_PER_PERSON, (System.nanoTime() - start) / 1e9);
            } else {
                people = (int) learners(c);
                System.out.printf("reused    %,d people already generated%n", people);
            }
            if (runs == 0) {
                return;
            }
            String size = String.format("%,d people", people);
            System.out.printf("timing    %d runs per statement (after 3 warm-up runs), %s%n", runs, size);
            for (Reader reader : readers(today)) {
                time(c, reader, runs);
            }
        }
    }

    private static long learners(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select count(*) from training.learner");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** A reader of the dashboards and the scope of their criteria. */
    record Reader(String label, ComplianceCriteria base) {
    }

    static List<Reader> readers(LocalDate today) {
        return List.of(
                new Reader("HQ, every mission", new ComplianceCriteria(ComplianceFigure.PEOPLE, List.of(), null, null,
                        today, null, null)),
                new Reader("trainer of M07", new ComplianceCriteria(ComplianceFigure.PEOPLE, List.of("M07"), null, null,
                        today, null, null)),
                new Reader("HQ, police only", new ComplianceCriteria(ComplianceFigure.PEOPLE, List.of(), null, "police",
                        today, null, null)));
    }

    private static void time(Connection c, Reader reader, int runs) throws SQLException {
        List<ComplianceFigure> counted = new ArrayList<>(Arrays.asList(ComplianceFigure.values()));
        counted.remove(ComplianceFigure.COMPLETED_IN_MONTH);
        YearMonth month = YearMonth.from(reader.base().today()).minusMonths(1);
        for (ComplianceFigure figure : counted) {
            ComplianceCriteria criteria = reader.base().of(figure);
            measure(c, reader.label(), "count " + figure, ComplianceSql.count(criteria), runs);
            measure(c, reader.label(), "page1 " + figure,
                    ComplianceSql.page(criteria, ComplianceOrder.NAME, true, 0, PAGE), runs);
        }
        ComplianceCriteria point = reader.base().inMonth(month);
        measure(c, reader.label(), "count COMPLETED_IN_MONTH", ComplianceSql.count(point), runs);
        measure(c, reader.label(), "page1 COMPLETED_IN_MONTH",
                ComplianceSql.page(point, ComplianceOrder.NAME, true, 0, PAGE), runs);
        LocalDate today = reader.base().today();
        measure(c, reader.label(), "trend 24 months",
                ComplianceSql.perMonth(reader.base(), Trend.firstMonth(today), YearMonth.from(today)), runs);
        measure(c, reader.label(), "gap per country", ComplianceSql.gapsByCountry(reader.base()), runs);
        ComplianceCriteria country = reader.base().ofCountry("Country 006");
        measure(c, reader.label(), "page1 gap of one country",
                ComplianceSql.page(country, ComplianceOrder.NAME, true, 0, PAGE), runs);
    }

    private static void measure(Connection c, String reader, String what, ComplianceSql.Statement statement, int runs)
            throws SQLException {
        long[] nanos = new long[runs];
        long rows = 0;
        try (PreparedStatement ps = c.prepareStatement(statement.sql())) {
            List<Object> p = statement.parameters();
            for (int i = 0; i < p.size(); i++) {
                ps.setObject(i + 1, p.get(i));
            }
            for (int run = -3; run < runs; run++) {
                long start = System.nanoTime();
                rows = 0;
                long first = 0;
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows++;
                        if (rows == 1) {
                            first = rs.getObject(1) instanceof Number n ? n.longValue() : 0;
                        }
                    }
                }
                if (run >= 0) {
                    nanos[run] = System.nanoTime() - start;
                }
                if (what.startsWith("count")) {
                    rows = first;
                }
            }
        }
        Arrays.sort(nanos);
        System.out.printf("compliance %-18s %-36s p50 %8.1f ms  p95 %8.1f ms  (%,d %s)%n", reader, what,
                nanos[percentile(runs, 50)] / 1e6, nanos[percentile(runs, 95)] / 1e6, rows,
                what.startsWith("count") ? "counted" : "rows");
    }

    private static int percentile(int n, int p) {
        return Math.max(0, Math.min(n - 1, (int) Math.ceil(p / 100.0 * n) - 1));
    }
}

package org.peaceops.intranet.training.compliance.infrastructure;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.peaceops.intranet.training.compliance.domain.ComplianceCriteria;
import org.peaceops.intranet.training.compliance.domain.ComplianceFigure;
import org.peaceops.intranet.training.compliance.domain.ComplianceOrder;

/**
 * The SQL of every compliance figure. {@link #from} writes the FROM and WHERE of a criteria once; the
 * count, the page, the export and the trend all wrap that same text, so a figure and its list cannot
 * drift apart. Plain JDBC parameters (no JPA) so the benchmark times exactly these statements.
 */
public final class ComplianceSql {

    /** A statement and its positional parameters. */
    public record Statement(String sql, List<Object> parameters) {
    }

    /** Each row's columns: subject, name, mission, category, course, date, country. */
    private static final String PEOPLE_COLUMNS = "l.subject, l.display_name, l.mission, l.category, "
            + "cast(null as varchar(40)), l.arrival_date, l.country";

    private ComplianceSql() {
    }

    /** The rows a criteria designates, as "select <columns> from ... where ...". */
    static Statement select(ComplianceCriteria c) {
        List<Object> p = new ArrayList<>();
        String sql = columns(c.figure()) + from(c, p);
        return new Statement(sql, p);
    }

    public static Statement count(ComplianceCriteria c) {
        List<Object> p = new ArrayList<>();
        return new Statement("select count(*)" + from(c, p), p);
    }

    public static Statement page(ComplianceCriteria c, ComplianceOrder order, boolean ascending, int first, int max) {
        Statement s = select(c);
        List<Object> p = new ArrayList<>(s.parameters());
        p.add(max);
        p.add(first);
        return new Statement(s.sql() + orderBy(c.figure(), order, ascending) + " limit ? offset ?", p);
    }

    /**
     * Records completed per month over the window, in the scope of the criteria, from the monthly tally
     * ({@link MonthlyCompletions}): the month's first day, and its count.
     */
    public static Statement perMonth(ComplianceCriteria c, YearMonth from, YearMonth to) {
        List<Object> p = new ArrayList<>();
        StringBuilder where = new StringBuilder(" from training.compliance_month m where m.month_start >= ?"
                + " and m.month_start <= ?");
        p.add(Date.valueOf(from.atDay(1)));
        p.add(Date.valueOf(to.atDay(1)));
        scope(c, "m", where, p);
        return new Statement("select m.month_start, sum(m.completions)" + where + " group by m.month_start", p);
    }

    /** The gap report: arrived people without a verified attestation, per country. */
    public static Statement gapsByCountry(ComplianceCriteria c) {
        List<Object> p = new ArrayList<>();
        String inner = "select coalesce(l.country, '" + ComplianceCriteria.NO_COUNTRY + "') as country"
                + from(c.of(ComplianceFigure.ARRIVED_WITHOUT_ATTESTATION), p);
        return new Statement("select g.country, count(*) from (" + inner + ") g group by g.country"
                + " order by count(*) desc, g.country", p);
    }

    private static String columns(ComplianceFigure figure) {
        if (figure.isExpiry()) {
            return "select cert.learner_subject, cert.holder_name, cert.mission, cert.category, cert.course_title,"
                    + " cert.expires_on,"
                    + " cast(null as varchar(60))";
        }
        if (figure == ComplianceFigure.COMPLETED_IN_MONTH) {
            return "select t.learner_subject, t.learner_name, t.mission, t.category, t.course_code,"
                    + " cast(t.completed_at as date), cast(null as varchar(60))";
        }
        return "select " + PEOPLE_COLUMNS;
    }

    /** " from ... where ..." of a criteria, adding its parameters in order. */
    static String from(ComplianceCriteria c, List<Object> p) {
        StringBuilder sql = new StringBuilder();
        ComplianceFigure figure = c.figure();
        if (figure.isExpiry()) {
            // the holder's mission and category are copied onto the certificate (Standings)
            sql.append(" from training.certificate cert where cert.expires_on >= ? and cert.expires_on <= ?");
            p.add(Date.valueOf(c.today()));
            p.add(Date.valueOf(c.expiryLimit()));
            scope(c, "cert", sql, p);
            return sql.toString();
        }
        if (figure == ComplianceFigure.COMPLETED_IN_MONTH) {
            sql.append(" from training.training_record t where t.completed_at >= ? and t.completed_at < ?");
            p.add(Timestamp.valueOf(c.month().atDay(1).atStartOfDay()));
            p.add(Timestamp.valueOf(c.month().plusMonths(1).atDay(1).atStartOfDay()));
            scope(c, "t", sql, p);
            return sql.toString();
        }
        // each person's standing is kept on their row (Standings): no probe of their assignments or records
        sql.append(" from training.learner l where 1 = 1");
        scope(c, "l", sql, p);
        switch (figure) {
            case COMPLIANT -> sql.append(" and l.owes = false");
            case NOT_COMPLIANT -> sql.append(" and l.owes = true");
            case OVERDUE -> {
                // owed_due is the earliest due date still owed: one owed past due makes the person overdue,
                // past the day of their mission (a mission ahead of UTC is on the next day already)
                sql.append(" and l.owes = true and l.owed_due < ");
                var days = c.missionsOnAnotherDay();
                if (!days.isEmpty()) {
                    sql.append("case");
                    days.forEach((day, missions) -> {
                        sql.append(" when l.mission in (")
                                .append(String.join(", ", missions.stream().map(m -> "?").toList())).append(") then cast(? as date)");
                        p.addAll(missions);
                        p.add(Date.valueOf(day));
                    });
                    // typed: PostgreSQL takes a case of bare parameters for text, and refuses date < text
                    sql.append(" else cast(? as date) end");
                } else {
                    sql.append("?");
                }
                p.add(Date.valueOf(c.today()));
            }
            case ARRIVED_WITHOUT_ATTESTATION -> {
                sql.append(" and l.attested = false and l.arrival_date is not null and l.arrival_date <= ?");
                p.add(Date.valueOf(c.today()));
                if (c.country() != null) {
                    sql.append(" and coalesce(l.country, ?) = ?");
                    p.add(ComplianceCriteria.NO_COUNTRY);
                    p.add(c.country());
                }
            }
            default -> {
                // PEOPLE: the scope alone
            }
        }
        return sql.toString();
    }

    private static void scope(ComplianceCriteria c, String alias, StringBuilder sql, List<Object> p) {
        if (!c.visibleMissions().isEmpty()) {
            sql.append(" and ").append(alias).append(".mission in (")
                    .append(String.join(", ", c.visibleMissions().stream().map(m -> "?").toList())).append(")");
            p.addAll(c.visibleMissions());
        }
        if (c.mission() != null) {
            sql.append(" and ").append(alias).append(".mission = ?");
            p.add(c.mission());
        }
        if (c.category() != null) {
            sql.append(" and ").append(alias).append(".category = ?");
            p.add(c.category());
        }
    }

    private static String orderBy(ComplianceFigure figure, ComplianceOrder order, boolean ascending) {
        String dir = ascending ? " asc" : " desc";
        String name;
        String subject;
        String date;
        String mission;
        String category;
        String tie;
        if (figure.isExpiry()) {
            name = "cert.holder_name";
            subject = "cert.learner_subject";
            date = "cert.expires_on";
            mission = "cert.mission";
            category = "cert.category";
            tie = "cert.id";
        } else if (figure == ComplianceFigure.COMPLETED_IN_MONTH) {
            name = "t.learner_name";
            subject = "t.learner_subject";
            date = "t.completed_at";
            mission = "t.mission";
            category = "t.category";
            tie = "t.id";
        } else {
            name = "l.display_name";
            subject = "l.subject";
            date = "l.arrival_date";
            mission = "l.mission";
            category = "l.category";
            tie = "l.subject";
        }
        String by = switch (order == null ? ComplianceOrder.NAME : order) {
            case NAME -> name + dir + ", " + subject;
            case MISSION -> mission + dir + ", " + name + ", " + subject;
            case CATEGORY -> category + dir + ", " + name + ", " + subject;
            case DATE -> date + dir + ", " + name + ", " + subject;
        };
        return " order by " + by + ", " + tie;
    }

    /** The month the per-month statement returns (its first day), as a month. */
    public static YearMonth month(Object firstDay) {
        return YearMonth.from(date(firstDay));
    }

    /** A date column as JDBC or EclipseLink returns it. */
    public static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof LocalDate d) {
            return d;
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toLocalDateTime().toLocalDate();
        }
        if (value instanceof java.time.LocalDateTime t) {
            return t.toLocalDate();
        }
        return ((java.sql.Date) value).toLocalDate();
    }
}

package org.peaceops.intranet.training.scorm.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The part of the SCORM run-time data model the intranet keeps, checked as SCORM 1.2 (CMI data types and
 * vocabularies) or 2004 (RTE 4.2) defines it: statuses, score, location, suspend data, session time and
 * exit. Other {@code cmi.*} elements a SCO sets (interactions, objectives, comments) are accepted by the
 * run-time in the page and are not kept; an element the SCO may only read is refused.
 */
public final class CmiDataModel {

    static final Pattern DECIMAL = Pattern.compile("-?\\d{1,10}(\\.\\d{1,7})?");
    /** SCORM 1.2 CMITimespan: HHHH:MM:SS.SS. */
    static final Pattern TIMESPAN_12 = Pattern.compile("(\\d{2,4}):([0-5]\\d):([0-5]\\d)(\\.\\d{1,2})?");
    /** SCORM 2004 timeinterval (second, 10,2): an ISO 8601 duration. */
    static final Pattern INTERVAL_2004 = Pattern.compile(
            "P(?:(\\d+)Y)?(?:(\\d+)M)?(?:(\\d+)D)?(?:T(?:(\\d+)H)?(?:(\\d+)M)?(?:(\\d+(?:\\.\\d{1,2})?)S)?)?");

    private static final Set<String> STATUS_12 = Set.of("passed", "completed", "failed", "incomplete", "browsed",
            "not attempted");
    private static final Set<String> EXIT_12 = Set.of("time-out", "suspend", "logout", "");
    private static final Set<String> COMPLETION_2004 = Set.of("completed", "incomplete", "not attempted", "unknown");
    private static final Set<String> SUCCESS_2004 = Set.of("passed", "failed", "unknown");
    private static final Set<String> EXIT_2004 = Set.of("time-out", "suspend", "logout", "normal", "");
    private static final Set<String> READ_ONLY = Set.of("cmi.core.student_id", "cmi.core.student_name",
            "cmi.core.credit", "cmi.core.entry", "cmi.core.total_time", "cmi.launch_data", "cmi.learner_id",
            "cmi.learner_name", "cmi.credit", "cmi.entry", "cmi.total_time", "cmi.mode", "cmi.core.lesson_mode",
            "cmi.scaled_passing_score", "cmi.completion_threshold", "cmi.student_data.mastery_score");

    private static final Set<String> KEPT_12 = Set.of("cmi.core.lesson_status", "cmi.core.exit",
            "cmi.core.score.raw", "cmi.core.score.min", "cmi.core.score.max", "cmi.core.lesson_location",
            "cmi.suspend_data", "cmi.core.session_time");
    private static final Set<String> KEPT_2004 = Set.of("cmi.completion_status", "cmi.success_status", "cmi.exit",
            "cmi.score.scaled", "cmi.score.raw", "cmi.score.min", "cmi.score.max", "cmi.location",
            "cmi.suspend_data", "cmi.session_time");

    private CmiDataModel() {
    }

    /** The elements the intranet keeps of a SCO's data in {@code version}. */
    public static Set<String> kept(ScormVersion version) {
        return version.is2004() ? KEPT_2004 : KEPT_12;
    }

    /**
     * The errors among the kept elements of a commit. A commit carries the whole data model as the
     * run-time in the page holds it (read-only elements included, as the intranet gave them): only what
     * the intranet keeps is checked and kept; a blank value is a value the SCO has not set.
     */
    public static List<CmiError> checkCommit(ScormVersion version, Map<String, String> values) {
        List<CmiError> errors = new ArrayList<>();
        values.forEach((element, value) -> {
            if (kept(version).contains(element) && !"".equals(value)) {
                check(version, element, value).ifPresent(errors::add);
            }
        });
        return errors;
    }

    public static Optional<CmiError> check(ScormVersion version, String element, String value) {
        if (element == null || !element.startsWith("cmi.") && !element.startsWith("adl.")) {
            return error(element, version.is2004() ? "401" : "201", "not a data model element");
        }
        if (value == null) {
            return error(element, version.is2004() ? "406" : "405", "no value");
        }
        if (READ_ONLY.contains(element)) {
            return error(element, version.is2004() ? "404" : "403", "read only");
        }
        return version.is2004() ? check2004(element, value) : check12(element, value);
    }

    private static Optional<CmiError> check12(String element, String value) {
        return switch (element) {
            case "cmi.core.lesson_status" -> vocabulary(element, value, STATUS_12, "405");
            case "cmi.core.exit" -> vocabulary(element, value, EXIT_12, "405");
            case "cmi.core.score.raw", "cmi.core.score.min", "cmi.core.score.max" ->
                value.isEmpty() ? Optional.empty() : decimal(element, value, BigDecimal.ZERO, new BigDecimal(100), "405", "405");
            case "cmi.core.lesson_location" -> length(element, value, 255, "405");
            case "cmi.suspend_data" -> length(element, value, 4096, "405");
            case "cmi.core.session_time" -> TIMESPAN_12.matcher(value).matches() ? Optional.empty()
                    : error(element, "405", "not HHHH:MM:SS.SS");
            default -> Optional.empty();
        };
    }

    private static Optional<CmiError> check2004(String element, String value) {
        return switch (element) {
            case "cmi.completion_status" -> vocabulary(element, value, COMPLETION_2004, "406");
            case "cmi.success_status" -> vocabulary(element, value, SUCCESS_2004, "406");
            case "cmi.exit" -> vocabulary(element, value, EXIT_2004, "406");
            case "cmi.score.scaled" -> decimal(element, value, BigDecimal.ONE.negate(), BigDecimal.ONE, "406", "407");
            case "cmi.score.raw", "cmi.score.min", "cmi.score.max" -> decimal(element, value, null, null, "406", "407");
            case "cmi.location" -> length(element, value, 1000, "406");
            case "cmi.suspend_data" -> length(element, value, 64000, "406");
            case "cmi.session_time" -> INTERVAL_2004.matcher(value).matches() && !value.equals("P")
                    && !value.endsWith("T") ? Optional.empty() : error(element, "406", "not an ISO 8601 duration");
            default -> Optional.empty();
        };
    }

    private static Optional<CmiError> vocabulary(String element, String value, Set<String> allowed, String code) {
        return allowed.contains(value) ? Optional.empty() : error(element, code, "not one of " + allowed);
    }

    private static Optional<CmiError> length(String element, String value, int max, String code) {
        return value.length() <= max ? Optional.empty() : error(element, code, "longer than " + max);
    }

    private static Optional<CmiError> decimal(String element, String value, BigDecimal min, BigDecimal max,
            String typeCode, String rangeCode) {
        if (!DECIMAL.matcher(value).matches()) {
            return error(element, typeCode, "not a number");
        }
        BigDecimal v = new BigDecimal(value);
        if (min != null && v.compareTo(min) < 0 || max != null && v.compareTo(max) > 0) {
            return error(element, rangeCode, "outside " + min + ".." + max);
        }
        return Optional.empty();
    }

    private static Optional<CmiError> error(String element, String code, String reason) {
        return Optional.of(new CmiError(String.valueOf(element), code, reason));
    }

    /** Seconds in a session time already checked for {@code version}. */
    static long seconds(ScormVersion version, String sessionTime) {
        if (sessionTime == null || sessionTime.isEmpty()) {
            return 0;
        }
        if (!version.is2004()) {
            var m = TIMESPAN_12.matcher(sessionTime);
            if (!m.matches()) {
                return 0;
            }
            return Long.parseLong(m.group(1)) * 3600 + Long.parseLong(m.group(2)) * 60 + Long.parseLong(m.group(3));
        }
        var m = INTERVAL_2004.matcher(sessionTime);
        if (!m.matches()) {
            return 0;
        }
        long days = num(m.group(1)) * 365 + num(m.group(2)) * 30 + num(m.group(3));
        long secs = m.group(6) == null ? 0 : new BigDecimal(m.group(6)).longValue();
        return days * 86_400 + num(m.group(4)) * 3600 + num(m.group(5)) * 60 + secs;
    }

    private static long num(String group) {
        return group == null ? 0 : Long.parseLong(group);
    }
}

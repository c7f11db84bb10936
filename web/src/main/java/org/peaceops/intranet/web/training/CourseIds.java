package org.peaceops.intranet.web.training;

/** An id from a query parameter, or {@code null} when it is missing or not a number (answered 404). */
final class CourseIds {

    private CourseIds() {
    }

    static Long parse(String value) {
        return value != null && value.matches("\\d{1,18}") ? Long.valueOf(value) : null;
    }
}

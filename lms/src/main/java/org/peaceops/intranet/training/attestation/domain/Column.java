package org.peaceops.intranet.training.attestation.domain;

import java.util.List;

/**
 * The columns of an attestation file, in template order, with the header each one has and the longest
 * value it takes (what the database column holds).
 */
public enum Column {
    PERSON_ID("person_id", 255), NAME("name", 255), CATEGORY("category", 20), COUNTRY("country", 60),
    COURSE_CODE("course_code", 40), COMPLETED_ON("completed_on", 20), TRAINING_CENTRE("training_centre", 255);

    private final String header;
    private final int maxLength;

    Column(String header, int maxLength) {
        this.header = header;
        this.maxLength = maxLength;
    }

    public String header() {
        return header;
    }

    public int maxLength() {
        return maxLength;
    }

    public static List<String> headers() {
        return java.util.Arrays.stream(values()).map(Column::header).toList();
    }
}

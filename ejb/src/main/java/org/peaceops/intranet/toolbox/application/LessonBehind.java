package org.peaceops.intranet.toolbox.application;

import java.io.Serializable;

/** A recommendation that led to a guidance document, with the report it comes from. */
public record LessonBehind(long reportId, String reportTitle, String reportType, String mission,
        long recommendationId, String recommendationText, String status, int versionNumber, String origin)
        implements Serializable {
}

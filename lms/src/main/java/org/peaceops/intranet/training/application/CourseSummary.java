package org.peaceops.intranet.training.application;

import java.io.Serializable;
import java.util.Locale;
import org.peaceops.intranet.training.domain.Course;
import org.peaceops.intranet.training.domain.CourseVersion;

/** A catalogue row. Pages read it with method calls ({@code #{c.code()}}). */
public record CourseSummary(long id, String code, String titleEn, String titleFr, String descriptionEn,
        String descriptionFr, String phase, String status, String deliveryMode, String audience,
        Integer durationMinutes, String missionScope, Integer certificateValidityMonths, Integer currentVersion,
        Integer draftVersion, boolean outOfDate, String outOfDateReason) implements Serializable {

    static CourseSummary of(Course c) {
        return new CourseSummary(c.getId(), c.getCode(), c.getTitleEn(), c.getTitleFr(), c.getDescriptionEn(),
                c.getDescriptionFr(), c.getPhase().name(), c.getStatus().name(), c.getDeliveryMode().name(),
                c.getAudience(), c.getDurationMinutes(), c.getMissionScope(),
                c.getCertificateValidityMonths().orElse(null),
                c.currentVersion().map(CourseVersion::getNumber).orElse(null),
                c.draft().map(CourseVersion::getNumber).orElse(null), c.isOutOfDate(), c.getOutOfDateReason());
    }

    /** The title in the reader's language, falling back to English. */
    public String title(Locale locale) {
        return "fr".equals(locale.getLanguage()) && titleFr != null && !titleFr.isBlank() ? titleFr : titleEn;
    }

    public String description(Locale locale) {
        return "fr".equals(locale.getLanguage()) && descriptionFr != null && !descriptionFr.isBlank()
                ? descriptionFr : descriptionEn;
    }
}

package org.peaceops.intranet.training.application;

import java.io.Serializable;
import java.util.Locale;
import org.peaceops.intranet.shared.BilingualText;
import org.peaceops.intranet.training.domain.AssignmentRule;

/**
 * One course of a mission's induction programme: due {@code days} after arrival, for everyone of the
 * mission or only one personnel category ({@code category} null: every category).
 */
public record InductionStep(long ruleId, long courseId, String courseCode, String titleEn, String titleFr, int days,
        String category) implements Serializable {

    static InductionStep of(AssignmentRule rule) {
        return new InductionStep(rule.getId(), rule.getCourse().getId(), rule.getCourse().getCode(),
                rule.getCourse().getTitleEn(), rule.getCourse().getTitleFr(), rule.due().days(),
                rule.getCategory().orElse(null));
    }

    public String titleIn(Locale locale) {
        return BilingualText.of(titleEn, titleFr).in(locale);
    }
}

package org.peaceops.intranet.web.training;

import java.io.Serializable;
import org.peaceops.intranet.training.application.CourseAuthoring;
import org.peaceops.intranet.training.application.CourseSummary;
import org.peaceops.intranet.training.domain.DeliveryMode;
import org.peaceops.intranet.training.domain.TrainingPhase;

/** The catalogue entry as the editor's form binds it. */
public class DescriptionForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String titleEn;
    private String titleFr;
    private String descriptionEn;
    private String descriptionFr;
    private TrainingPhase phase;
    private String audience;
    private Integer durationMinutes;
    private DeliveryMode deliveryMode;
    private Integer validityMonths;

    void fill(CourseSummary c) {
        titleEn = c.titleEn();
        titleFr = c.titleFr();
        descriptionEn = c.descriptionEn();
        descriptionFr = c.descriptionFr();
        phase = TrainingPhase.valueOf(c.phase());
        audience = c.audience();
        durationMinutes = c.durationMinutes();
        deliveryMode = DeliveryMode.valueOf(c.deliveryMode());
        validityMonths = c.certificateValidityMonths();
    }

    CourseAuthoring.Description toDescription() {
        return new CourseAuthoring.Description(titleEn, titleFr, descriptionEn, descriptionFr, phase, audience,
                durationMinutes, deliveryMode, validityMonths);
    }

    public String getTitleEn() {
        return titleEn;
    }

    public void setTitleEn(String titleEn) {
        this.titleEn = titleEn;
    }

    public String getTitleFr() {
        return titleFr;
    }

    public void setTitleFr(String titleFr) {
        this.titleFr = titleFr;
    }

    public String getDescriptionEn() {
        return descriptionEn;
    }

    public void setDescriptionEn(String descriptionEn) {
        this.descriptionEn = descriptionEn;
    }

    public String getDescriptionFr() {
        return descriptionFr;
    }

    public void setDescriptionFr(String descriptionFr) {
        this.descriptionFr = descriptionFr;
    }

    public TrainingPhase getPhase() {
        return phase;
    }

    public void setPhase(TrainingPhase phase) {
        this.phase = phase;
    }

    public String getAudience() {
        return audience;
    }

    public void setAudience(String audience) {
        this.audience = audience;
    }

    public Integer getDurationMinutes() {
        return durationMinutes;
    }

    public void setDurationMinutes(Integer durationMinutes) {
        this.durationMinutes = durationMinutes;
    }

    public DeliveryMode getDeliveryMode() {
        return deliveryMode;
    }

    public void setDeliveryMode(DeliveryMode deliveryMode) {
        this.deliveryMode = deliveryMode;
    }

    public Integer getValidityMonths() {
        return validityMonths;
    }

    public void setValidityMonths(Integer validityMonths) {
        this.validityMonths = validityMonths;
    }
}

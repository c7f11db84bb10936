package org.peaceops.intranet.web.training;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.peaceops.intranet.training.application.CourseAuthoring;
import org.peaceops.intranet.training.application.CourseCatalogue;
import org.peaceops.intranet.training.application.CourseSummary;
import org.peaceops.intranet.training.domain.TrainingPhase;
import org.peaceops.intranet.web.security.CurrentUser;
import org.peaceops.intranet.web.shell.LanguageSelection;
import org.peaceops.intranet.web.shell.PageFeedback;

/** The trainer's catalogue: the courses they manage (drafts included) and a new course. */
@Named
@ViewScoped
public class CoursesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CourseCatalogue catalogue;

    @Inject
    CourseAuthoring authoring;

    @Inject
    CurrentUser user;

    @Inject
    PageFeedback feedback;

    @Inject
    LanguageSelection language;

    private List<CourseSummary> courses;
    private String code;
    private String titleEn;
    private String titleFr;
    private TrainingPhase phase = TrainingPhase.PRE_DEPLOYMENT;

    @PostConstruct
    void init() {
        courses = catalogue.managed(user.caller().orElseThrow());
    }

    /** Creates the course and opens its editor; on a refusal the form keeps what was typed. */
    public String create() {
        long[] id = new long[1];
        boolean ok = feedback.run(() -> id[0] = authoring.create(user.caller().orElseThrow(),
                new CourseAuthoring.NewCourse(code, titleEn, titleFr, phase)), null);
        return ok ? "/training/manage/course?faces-redirect=true&id=" + id[0] : null;
    }

    public String title(CourseSummary course) {
        return course.title(language.getLocale());
    }

    public TrainingPhase[] getPhases() {
        return TrainingPhase.values();
    }

    public List<CourseSummary> getCourses() {
        return courses;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
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

    public TrainingPhase getPhase() {
        return phase;
    }

    public void setPhase(TrainingPhase phase) {
        this.phase = phase;
    }
}

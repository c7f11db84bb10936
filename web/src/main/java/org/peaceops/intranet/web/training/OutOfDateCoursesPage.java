package org.peaceops.intranet.web.training;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.peaceops.intranet.training.refresher.application.CitationGap;
import org.peaceops.intranet.training.refresher.application.OutOfDateCourse;
import org.peaceops.intranet.training.refresher.application.RefresherQueries;
import org.peaceops.intranet.web.security.CurrentUser;
import org.peaceops.intranet.web.shell.LanguageSelection;

/**
 * For course owners: every course flagged out of date in their scopes, each cited document with the
 * version cited and the version now in force, and the comparison of the two texts.
 */
@Named
@ViewScoped
public class OutOfDateCoursesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RefresherQueries queries;

    @Inject
    CurrentUser user;

    @Inject
    LanguageSelection language;

    private OutOfDateTable courses;

    @PostConstruct
    void init() {
        courses = new OutOfDateTable(queries, () -> user.caller().orElseThrow());
    }

    /** The course's title in the reader's language (French when there is one, else English). */
    public String title(OutOfDateCourse course) {
        boolean french = "fr".equals(language.getLocale().getLanguage());
        return french && course.titleFr() != null ? course.titleFr() : course.titleEn();
    }

    /** The text comparison page between the cited version and the one in force. */
    public String diffQuery(CitationGap gap) {
        return "?doc=" + gap.documentId() + "&from=" + gap.citedVersion() + "&to=" + gap.inForceVersion();
    }

    public OutOfDateTable getCourses() {
        return courses;
    }
}

package org.peaceops.intranet.web.training;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.peaceops.intranet.shared.Caller;
import org.peaceops.intranet.training.application.CourseCatalogue;
import org.peaceops.intranet.training.application.CourseSummary;
import org.peaceops.intranet.training.application.Learning;
import org.peaceops.intranet.training.application.MyTraining;
import org.peaceops.intranet.training.application.TrainingAccess;
import org.peaceops.intranet.training.application.TrainingAssignments;
import org.peaceops.intranet.web.security.CurrentUser;
import org.peaceops.intranet.web.shell.LanguageSelection;

/** "My training": what I owe (with overdue computed now), what I completed, my certificates, the catalogue. */
@Named
@ViewScoped
public class MyTrainingPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(MyTrainingPage.class.getName());

    @Inject
    CourseCatalogue courses;

    @Inject
    Learning learning;

    @Inject
    TrainingAssignments assignments;

    @Inject
    TrainingAccess access;

    @Inject
    CurrentUser user;

    @Inject
    LanguageSelection language;

    private MyTraining mine;
    private List<CourseSummary> catalogue;
    private boolean trainer;

    @PostConstruct
    void init() {
        Caller profile = user.caller().orElseThrow();
        try {
            // Rules made since the last sign-in reach the person now, not only at the next sign-in.
            assignments.learnerSeen(profile);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not apply assignment rules for " + profile.subject(), e);
        }
        mine = learning.myTraining(profile);
        catalogue = courses.published();
        trainer = access.isTrainer(profile);
    }

    public MyTraining getMine() {
        return mine;
    }

    public List<CourseSummary> getCatalogue() {
        return catalogue;
    }

    public long getPublishedCourseCount() {
        return catalogue.size();
    }

    public boolean isTrainer() {
        return trainer;
    }

    public String title(CourseSummary course) {
        return course.title(language.getLocale());
    }
}

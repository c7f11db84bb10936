package org.peaceops.intranet.web.training.scorm;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.peaceops.intranet.training.scorm.application.PlayView;
import org.peaceops.intranet.training.scorm.application.ScormPlay;
import org.peaceops.intranet.web.security.CurrentUser;
import org.peaceops.intranet.web.shell.PageFeedback;

/**
 * {@code /training/scorm.xhtml?course=..&lesson=..[&item=..]}: the player. Opens (or resumes) the person's
 * attempt and hands the page's run-time what it starts from; the SCO runs in the sandboxed frame.
 */
@Named
@RequestScoped
public class ScormPlayerPage {

    @Inject
    ScormPlay play;

    @Inject
    CurrentUser user;

    @Inject
    PageFeedback feedback;

    private Long course;
    private Long lesson;
    private String item;
    private PlayView view;

    /** f:viewAction: a lesson that is not published to the person is answered like one that does not exist. */
    public void load() {
        if (course == null || lesson == null || user.caller().isEmpty()) {
            return;
        }
        feedback.runQuietly(() -> view = play.open(user.caller().get(), course, lesson, item));
    }

    public boolean isMissing() {
        return view == null;
    }

    public PlayView getView() {
        return view;
    }

    /** The iframe's address: the launch file under the package's own content path. */
    public String getLaunchUrl() {
        String context = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
        String url = view.launchUrl();
        int query = url.indexOf('?');
        String file = query < 0 ? url : url.substring(0, query);
        String encoded = Arrays.stream(file.split("/", -1))
                .map(s -> URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20"))
                .collect(Collectors.joining("/"));
        return context + "/scorm-content/" + view.packageSha256() + "/" + encoded + (query < 0 ? "" : url.substring(query));
    }

    /**
     * The frame's name: the data the attempt resumes from, which the run-time shim in the package reads
     * synchronously (a sandboxed frame keeps the name it was created with, not one set afterwards).
     */
    public String getFrameName() {
        return "scorm-cmi:" + start().build().toString();
    }

    /** What player.js reads: the edition, the commit address, and the data the run-time starts from. */
    public String getConfig() {
        String context = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
        return Json.createObjectBuilder().add("scorm2004", view.scorm2004())
                .add("commitUrl", context + "/training/scorm-commit?attempt=" + view.attemptId())
                .add("launchUrl", getLaunchUrl()).add("start", start()).build().toString();
    }

    private JsonObjectBuilder start() {
        JsonObjectBuilder start = Json.createObjectBuilder();
        view.startData().forEach(start::add);
        if (view.scorm2004()) {
            start.add("cmi.learner_id", view.learnerId()).add("cmi.learner_name", String.valueOf(view.learnerName()));
        } else {
            start.add("cmi.core.student_id", view.learnerId())
                    .add("cmi.core.student_name", String.valueOf(view.learnerName()));
        }
        return start;
    }

    public Long getCourse() {
        return course;
    }

    public void setCourse(Long course) {
        this.course = course;
    }

    public Long getLesson() {
        return lesson;
    }

    public void setLesson(Long lesson) {
        this.lesson = lesson;
    }

    public String getItem() {
        return item;
    }

    public void setItem(String item) {
        this.item = item;
    }
}

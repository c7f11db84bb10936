package org.peaceops.intranet.web.toolbox;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.peaceops.intranet.identity.application.PersonDirectory;
import org.peaceops.intranet.shared.Classification;
import org.peaceops.intranet.toolbox.application.ReportDraftingService;
import org.peaceops.intranet.toolbox.application.ReportReview;
import org.peaceops.intranet.toolbox.application.ReportTypeSummary;
import org.peaceops.intranet.toolbox.application.ReviewItem;
import org.peaceops.intranet.web.security.CurrentUser;
import org.peaceops.intranet.web.shell.LanguageSelection;
import org.peaceops.intranet.web.shell.PageFeedback;

/**
 * {@code /toolbox/review.xhtml}: the reports of the officer's mission waiting for review, each published
 * with a classification or returned with a reason. A handover note can only be confidential, so it is
 * offered nothing else.
 */
@Named
@ViewScoped
public class ReviewQueuePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReportReview review;

    @Inject
    ReportDraftingService drafting;

    @Inject
    CurrentUser user;

    @Inject
    PageFeedback feedback;

    @Inject
    PersonDirectory people;

    @Inject
    LanguageSelection language;

    private final Map<String, String> authors = new HashMap<>();

    private List<ReviewItem> queue = List.of();
    private Map<String, ReportTypeSummary> types = Map.of();
    /** The classification chosen for each report, by its name (what the menu submits). */
    private final Map<Long, String> classification = new HashMap<>();
    private final Map<Long, String> reason = new HashMap<>();

    @PostConstruct
    void init() {
        types = drafting.reportTypes().stream().collect(Collectors.toMap(ReportTypeSummary::code, t -> t));
        reload();
    }

    private void reload() {
        queue = feedback.valueOr(() -> review.queue(user.caller().orElseThrow()), List.of());
        for (ReviewItem item : queue) {
            classification.putIfAbsent(item.id(), (item.handover() ? Classification.CONFIDENTIAL : Classification.INTERNAL).name());
        }
    }

    public void publish(ReviewItem item) {
        String chosen = classification.get(item.id());
        Classification given = chosen == null ? null : Classification.valueOf(chosen);
        if (feedback.run(() -> review.publish(user.caller().orElseThrow(), item.id(), given), "toolbox.review.published",
                item.title())) {
            reload();
        }
    }

    public void giveBack(ReviewItem item) {
        if (feedback.run(() -> review.returnToAuthor(user.caller().orElseThrow(), item.id(), reason.get(item.id())),
                "toolbox.review.returned", item.title())) {
            reason.remove(item.id());
            reload();
        }
    }

    public Classification[] classifications(ReviewItem item) {
        return item.handover() ? new Classification[] {Classification.CONFIDENTIAL} : Classification.values();
    }

    public String typeName(ReviewItem item) {
        ReportTypeSummary type = types.get(item.typeCode());
        return type == null ? item.typeCode() : type.name().in(language.getLocale());
    }

    /** The author's name as the directory knows it (everyone who filed a report has signed in). */
    public String author(ReviewItem item) {
        return authors.computeIfAbsent(item.author(), subject -> people.displayName(subject).orElse(subject));
    }

    public List<ReviewItem> getQueue() {
        return queue;
    }

    public Map<Long, String> getClassification() {
        return classification;
    }

    public Map<Long, String> getReason() {
        return reason;
    }
}

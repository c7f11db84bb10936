package org.peaceops.intranet.web.toolbox;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.peaceops.intranet.documents.application.DocumentTypeCatalogue;
import org.peaceops.intranet.documents.application.DocumentTypeSummary;
import org.peaceops.intranet.documents.application.GuidanceQueries;
import org.peaceops.intranet.documents.application.GuidanceSummary;
import org.peaceops.intranet.documents.application.ThemeSummary;
import org.peaceops.intranet.shared.Caller;
import org.peaceops.intranet.toolbox.application.CoursesCitingGuidance;
import org.peaceops.intranet.toolbox.application.CoursesCitingGuidance.CitingCourse;
import org.peaceops.intranet.toolbox.application.DraftingRequest;
import org.peaceops.intranet.toolbox.application.GuidanceChain;
import org.peaceops.intranet.toolbox.application.LinkedGuidance;
import org.peaceops.intranet.toolbox.application.RecommendationOutcome;
import org.peaceops.intranet.web.security.CurrentUser;
import org.peaceops.intranet.web.shell.LanguageSelection;
import org.peaceops.intranet.web.shell.PageFeedback;

/**
 * The chain on the report page: what became of each recommendation (the guidance it leads to, that
 * guidance's stage, the courses citing it and how many completed them), and, for the report's mission's
 * officer, the two ways a recommendation leads to guidance, each confirmed in a dialog: a drafting
 * request (a new draft pre-filled from it) or a link to a guidance version picked from what they may
 * read. Each names the row version shown, so a recommendation someone else changed meanwhile is refused.
 */
@Named
@ViewScoped
public class RecommendationChain implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int PICKER_ROWS = 10;

    @Inject
    GuidanceChain chain;

    @Inject
    CoursesCitingGuidance courses;

    @Inject
    GuidanceQueries guidance;

    @Inject
    DocumentTypeCatalogue types;

    @Inject
    CurrentUser user;

    @Inject
    PageFeedback feedback;

    @Inject
    LanguageSelection language;

    @Inject
    ReportPage page;

    private Map<Long, RecommendationOutcome> outcomes;
    private Boolean mayDraft;
    private final Map<String, List<CitingCourse>> citing = new HashMap<>();
    private final Map<String, String> pickLabels = new LinkedHashMap<>();

    private Long actingOn;
    private long seenVersion;
    private String typeCode;
    private String referenceNumber;
    private String title;
    private String summary;
    private String owningOffice;
    private String missionCode;
    private List<String> themeCodes = new ArrayList<>();
    private String picked;

    private Caller caller() {
        return user.caller().orElseThrow();
    }

    private Map<Long, RecommendationOutcome> outcomes() {
        if (outcomes == null) {
            outcomes = new HashMap<>();
            if (page.getId() != null && user.caller().isPresent()) {
                feedback.runQuietly(() -> chain.outcomes(caller(), page.getId())
                        .forEach(o -> outcomes.put(o.recommendationId(), o)));
            }
        }
        return outcomes;
    }

    public LinkedGuidance linked(long recommendationId) {
        RecommendationOutcome outcome = outcomes().get(recommendationId);
        return outcome == null ? null : outcome.guidance().orElse(null);
    }

    /** Whether the reader may tie this recommendation to guidance now. */
    public boolean linkable(long recommendationId) {
        RecommendationOutcome outcome = outcomes().get(recommendationId);
        return outcome != null && outcome.linkable();
    }

    /** The drafting request is offered only to an officer who may also draft guidance, and only once. */
    public boolean draftable(long recommendationId) {
        if (mayDraft == null) {
            mayDraft = user.caller().map(c -> chain.mayDraft(c)).orElse(false);
        }
        return mayDraft && linkable(recommendationId) && linked(recommendationId) == null;
    }

    public String title(LinkedGuidance g) {
        return g.title(language.getLocale());
    }

    /** The published courses citing the linked guidance version, with their completion counts. */
    public List<CitingCourse> courses(LinkedGuidance g) {
        if (g == null || !g.readable()) {
            return List.of();
        }
        return citing.computeIfAbsent(g.documentId() + "/" + g.versionNumber(),
                key -> feedback.valueOr(() -> courses.citing(g.documentId(), g.versionNumber()), List.of()));
    }

    public String courseTitle(CitingCourse c) {
        boolean french = "fr".equals(language.getLocale().getLanguage());
        String t = french ? c.titleFr() : c.titleEn();
        return t == null || t.isBlank() ? c.titleEn() : t;
    }

    /** Opens the drafting request's dialog, pre-filled from the recommendation. */
    public void prepareDraft(long recommendationId) {
        actingOn = recommendationId;
        seenVersion = outcomes().get(recommendationId).rowVersion();
        feedback.runOn(PageFeedback.ON_PAGE, () -> {
            DraftingRequest proposal = chain.proposeDrafting(caller(), recommendationId);
            typeCode = proposal.typeCode();
            referenceNumber = proposal.referenceNumber();
            title = proposal.title();
            summary = proposal.summary();
            owningOffice = proposal.owningOffice();
            missionCode = proposal.missionCode();
            themeCodes = new ArrayList<>(proposal.themeCodes());
        });
    }

    /** Starts the draft and links it; the page is shown again with the new link, or the refusal. */
    public String confirmDraft() {
        if (actingOn == null) {
            return null;
        }
        DraftingRequest request = new DraftingRequest(typeCode, referenceNumber, title, summary, owningOffice,
                missionCode, themeCodes);
        feedback.run(() -> chain.requestDrafting(caller(), actingOn, seenVersion, request),
                "toolbox.chain.draftRequested", referenceNumber);
        return reload();
    }

    /** Opens the link dialog with an empty picker. */
    public void prepareLink(long recommendationId) {
        actingOn = recommendationId;
        seenVersion = outcomes().get(recommendationId).rowVersion();
        picked = null;
    }

    /** The picker: guidance the reader may read whose title or reference holds {@code text}. */
    public List<String> complete(String text) {
        List<String> keys = new ArrayList<>();
        for (GuidanceSummary s : feedback.valueOr(() -> guidance.findByText(caller(), text, PICKER_ROWS),
                List.<GuidanceSummary>of())) {
            String key = s.getDocumentId() + ":" + s.getVersionNumber();
            pickLabels.put(key, s.getTypeCode() + " " + s.getReferenceNumber() + " v" + s.getVersionNumber() + " — "
                    + s.titleIn(language.getLocale()));
            keys.add(key);
        }
        return keys;
    }

    public String pickLabel(String key) {
        return key == null ? "" : pickLabels.getOrDefault(key, key);
    }

    public String confirmLink() {
        if (actingOn == null || picked == null || !picked.matches("\\d+:\\d+")) {
            feedback.error("toolbox.chain.pickGuidance");
            return null;
        }
        String[] parts = picked.split(":");
        feedback.run(() -> chain.linkExisting(caller(), actingOn, seenVersion,
                Long.parseLong(parts[0]), Integer.parseInt(parts[1])), "toolbox.chain.linked", pickLabel(picked));
        return reload();
    }

    /**
     * After a step, done or refused, the report is read again from the start (its outcomes changed, or
     * someone else's change is shown with the refusal); the message survives the redirect.
     */
    private String reload() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/toolbox/report?faces-redirect=true&id=" + page.getId();
    }

    public List<DocumentTypeSummary> getTypes() {
        return types.activeTypes(language.getLocale()).stream().filter(DocumentTypeSummary::isGuidance).toList();
    }

    public List<ThemeSummary> getThemes() {
        return guidance.thematicAreas(language.getLocale());
    }

    public String getTypeCode() {
        return typeCode;
    }

    public void setTypeCode(String typeCode) {
        this.typeCode = typeCode;
    }

    public String getReferenceNumber() {
        return referenceNumber;
    }

    public void setReferenceNumber(String referenceNumber) {
        this.referenceNumber = referenceNumber;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getOwningOffice() {
        return owningOffice;
    }

    public void setOwningOffice(String owningOffice) {
        this.owningOffice = owningOffice;
    }

    public List<String> getThemeCodes() {
        return themeCodes;
    }

    public void setThemeCodes(List<String> themeCodes) {
        this.themeCodes = themeCodes == null ? new ArrayList<>() : new ArrayList<>(themeCodes);
    }

    public String getPicked() {
        return picked;
    }

    public void setPicked(String picked) {
        this.picked = picked;
    }

    public Long getActingOn() {
        return actingOn;
    }
}

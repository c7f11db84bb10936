package org.peaceops.intranet.web.library;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.peaceops.intranet.documents.application.CatalogueEntry;
import org.peaceops.intranet.documents.application.DocumentTypeCatalogue;
import org.peaceops.intranet.documents.application.DocumentTypeSummary;
import org.peaceops.intranet.documents.application.DraftGuidance;
import org.peaceops.intranet.documents.application.GuidanceAction;
import org.peaceops.intranet.documents.application.GuidanceDetail;
import org.peaceops.intranet.documents.application.GuidanceQueries;
import org.peaceops.intranet.documents.application.ProposedFiling;
import org.peaceops.intranet.documents.application.ThemeSummary;
import org.peaceops.intranet.documents.application.VersionDetail;
import org.peaceops.intranet.documents.application.drafting.DraftCommands;
import org.peaceops.intranet.documents.application.drafting.DraftFile;
import org.peaceops.intranet.documents.application.drafting.DraftText;
import org.peaceops.intranet.documents.application.drafting.NewDraft;
import org.peaceops.intranet.documents.application.workflow.WorkflowSteps;
import org.peaceops.intranet.identity.application.AccessControl;
import org.peaceops.intranet.identity.domain.Action;
import org.peaceops.intranet.shared.Caller;
import org.peaceops.intranet.shared.Classification;
import org.peaceops.intranet.shared.refusal.Refusal;
import org.peaceops.intranet.web.security.CurrentUser;
import org.peaceops.intranet.web.shell.LanguageSelection;
import org.peaceops.intranet.web.shell.PageFeedback;
import org.primefaces.model.file.UploadedFile;

/**
 * The metadata form of a draft: a new document (type and reference number chosen once) or the open
 * draft version of an existing one (after "revise", a copy of the previous version's metadata). Every
 * field the domain refuses is answered next to that field, and nothing typed is lost.
 */
@Named
@ViewScoped
public class DraftForm implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The languages offered; documents in others are rare enough to be filed under "other" later. */
    static final List<String> LANGUAGES = List.of("en", "fr", "ar", "es", "ru", "zh", "pt");

    @Inject
    DraftGuidance drafts;

    @Inject
    DraftCommands commands;

    @Inject
    GuidanceQueries queries;

    @Inject
    WorkflowSteps workflow;

    @Inject
    DocumentTypeCatalogue types;

    @Inject
    AccessControl access;

    @Inject
    CurrentUser user;

    @Inject
    PageFeedback feedback;

    @Inject
    LanguageSelection language;

    private Long id;
    private Integer versionNumber;
    private boolean allowed;
    private String label;

    private String typeCode;
    private String referenceNumber;
    private String titleEn;
    private String titleFr;
    private String summaryEn;
    private String summaryFr;
    private List<String> languages = new ArrayList<>();
    private List<String> keywords = new ArrayList<>();
    private LocalDate reviewDate;
    private String owningOffice;
    private String missionCode;
    private Classification classification = Classification.INTERNAL;
    private List<String> themeCodes = new ArrayList<>();
    /** Related documents, as ids in text (what the picker submits); labels kept for the chips. */
    private List<String> relatedIds = new ArrayList<>();
    private final Map<String, String> relatedLabels = new java.util.HashMap<>();
    private transient UploadedFile file;
    private String currentFileName;
    /** Whether the document was ever published: then a change of filing waits for promulgation. */
    private boolean published;

    /** Called from f:viewAction: fills the form from the draft, or empty for a new document. */
    public void load() {
        Caller actor = actor();
        if (id == null) {
            allowed = access.may(actor.person().orElseThrow(), Action.CREATE_DRAFT, actor.person().orElseThrow().mission());
            missionCode = actor.person().orElseThrow().mission();
            return;
        }
        // A refused or missing draft leaves the form closed (the page says so); nothing else to show.
        feedback.runQuietly(() -> {
            if (workflow.available(actor, id).allows(GuidanceAction.EDIT_DRAFT)) {
                fill(queries.get(actor, id));
                allowed = true;
            }
        });
    }

    private void fill(GuidanceDetail d) {
        VersionDetail v = d.getVersions().stream().filter(x -> d.getOpenVersionNumber() != null
                && x.getNumber() == d.getOpenVersionNumber()).findFirst().orElseThrow();
        versionNumber = v.getNumber();
        label = d.getTypeCode() + " " + d.getReferenceNumber();
        typeCode = d.getTypeCode();
        referenceNumber = d.getReferenceNumber();
        titleEn = v.getTitleEn();
        titleFr = v.getTitleFr();
        summaryEn = v.getSummaryEn();
        summaryFr = v.getSummaryFr();
        languages = new ArrayList<>(v.getLanguages());
        keywords = new ArrayList<>(v.getKeywords());
        reviewDate = v.getReviewDate();
        // The draft shows the filing it proposes, if any: that is what its author is working on.
        ProposedFiling proposal = v.getProposedFiling();
        owningOffice = proposal == null ? d.getOwningOffice() : proposal.getOwningOffice();
        missionCode = proposal == null ? d.getMissionCode() : proposal.getMissionCode();
        classification = proposal == null ? d.getClassification() : proposal.getClassification();
        themeCodes = new ArrayList<>(proposal == null ? d.getThemeCodes() : proposal.getThemeCodes());
        published = d.getVersions().stream().anyMatch(x -> x.getInForceFrom() != null);
        currentFileName = v.getFileName();
        queries.related(actor(), d.getDocumentId()).forEach(r -> remember(r));
        relatedIds = new ArrayList<>(relatedLabels.keySet());
    }

    private String remember(org.peaceops.intranet.documents.application.GuidanceSummary row) {
        String key = String.valueOf(row.getDocumentId());
        relatedLabels.put(key, row.getTypeCode() + " " + row.getReferenceNumber() + " — " + row.getTitle());
        return key;
    }

    /** The related-documents picker: documents the author may read whose title or reference matches. */
    public List<String> completeRelated(String text) {
        org.peaceops.intranet.documents.domain.guidance.LibraryFilter filter =
                new org.peaceops.intranet.documents.domain.guidance.LibraryFilter();
        filter.setText(text);
        return queries.list(actor(), filter, 0, 10).getRows().stream()
                .filter(r -> id == null || r.getDocumentId() != id).map(this::remember).toList();
    }

    public String relatedLabel(String key) {
        return relatedLabels.getOrDefault(key, key);
    }

    /** Saves the metadata, the filing and the file if one was chosen; stays on the form when refused. */
    public String save() {
        Caller actor = actor();
        DraftText text = new DraftText(titleEn, titleFr, summaryEn, summaryFr, languages, keywords, reviewDate);
        CatalogueEntry filing = new CatalogueEntry(owningOffice, missionCode == null ? null
                : missionCode.strip().toUpperCase(java.util.Locale.ROOT), classification, themeCodes);
        boolean saved = id == null
                ? feedback.runOn(this::clientIdOf, () -> {
                    id = commands.start(actor, new NewDraft(typeCode, referenceNumber, text, filing));
                    versionNumber = 1;
                    // The form stays when the file is refused next: it now edits this draft, named as such.
                    label = typeCode + " " + referenceNumber;
                })
                : feedback.runOn(this::clientIdOf, () -> commands.describe(actor, id, versionNumber, text, filing));
        if (!saved || !feedback.runOn(this::clientIdOf,
                () -> commands.relateAndAttach(actor, id, versionNumber, relatedIds, chosenFile()))) {
            return null;
        }
        feedback.done("draft.saved");
        return "/library/document?faces-redirect=true&id=" + id;
    }

    private DraftFile chosenFile() {
        if (file == null || file.getFileName() == null || file.getFileName().isBlank() || file.getSize() == 0) {
            return null;
        }
        return new DraftFile(file::getInputStream, file.getFileName(), file.getContentType());
    }

    /** The form's component for the field a refusal names (the reference number's is {@code reference}). */
    private String clientIdOf(Refusal refusal) {
        String field = refusal.field();
        if (field == null) {
            return null;
        }
        return "editForm:" + ("referenceNumber".equals(field) ? "reference" : field);
    }

    private Caller actor() {
        return user.caller().orElseThrow(() -> new IllegalStateException("Not signed in"));
    }

    public List<DocumentTypeSummary> getTypes() {
        return types.activeTypes(language.getLocale());
    }

    public List<ThemeSummary> getThemes() {
        return queries.thematicAreas(language.getLocale());
    }

    public List<String> getLanguageChoices() {
        return LANGUAGES;
    }

    /** The missions the person can file the document under (the directory's), keeping the one it has. */
    public List<String> getMissions() {
        List<String> codes = new ArrayList<>(drafts.filingMissions(actor()));
        if (missionCode != null && !missionCode.isBlank() && !codes.contains(missionCode)) {
            codes.add(0, missionCode);
        }
        return codes;
    }

    public boolean isPublished() {
        return published;
    }

    public Classification[] getClassifications() {
        return Classification.values();
    }

    public boolean isCreating() {
        return id == null;
    }

    public boolean isAllowed() {
        return allowed;
    }

    public String getLabel() {
        return label;
    }

    public Integer getVersionNumber() {
        return versionNumber;
    }

    public String getCurrentFileName() {
        return currentFileName;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
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

    public String getSummaryEn() {
        return summaryEn;
    }

    public void setSummaryEn(String summaryEn) {
        this.summaryEn = summaryEn;
    }

    public String getSummaryFr() {
        return summaryFr;
    }

    public void setSummaryFr(String summaryFr) {
        this.summaryFr = summaryFr;
    }

    public List<String> getLanguages() {
        return languages;
    }

    public void setLanguages(List<String> languages) {
        this.languages = languages == null ? new ArrayList<>() : new ArrayList<>(languages);
    }

    public List<String> getKeywords() {
        return keywords;
    }

    public void setKeywords(List<String> keywords) {
        this.keywords = keywords == null ? new ArrayList<>() : new ArrayList<>(keywords);
    }

    public LocalDate getReviewDate() {
        return reviewDate;
    }

    public void setReviewDate(LocalDate reviewDate) {
        this.reviewDate = reviewDate;
    }

    public String getOwningOffice() {
        return owningOffice;
    }

    public void setOwningOffice(String owningOffice) {
        this.owningOffice = owningOffice;
    }

    public String getMissionCode() {
        return missionCode;
    }

    public void setMissionCode(String missionCode) {
        this.missionCode = missionCode;
    }

    public Classification getClassification() {
        return classification;
    }

    public void setClassification(Classification classification) {
        this.classification = classification;
    }

    public List<String> getThemeCodes() {
        return themeCodes;
    }

    public void setThemeCodes(List<String> themeCodes) {
        this.themeCodes = themeCodes == null ? new ArrayList<>() : new ArrayList<>(themeCodes);
    }

    public List<String> getRelatedIds() {
        return relatedIds;
    }

    public void setRelatedIds(List<String> relatedIds) {
        this.relatedIds = relatedIds == null ? new ArrayList<>() : new ArrayList<>(relatedIds);
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }
}

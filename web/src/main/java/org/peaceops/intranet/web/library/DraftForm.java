package org.peaceops.intranet.web.library;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
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
import org.peaceops.intranet.documents.application.GuidanceUpload;
import org.peaceops.intranet.documents.application.ProposedFiling;
import org.peaceops.intranet.documents.application.ThemeSummary;
import org.peaceops.intranet.documents.application.VersionDetail;
import org.peaceops.intranet.documents.application.workflow.WorkflowSteps;
import org.peaceops.intranet.documents.domain.Classification;
import org.peaceops.intranet.documents.domain.guidance.VersionMetadata;
import org.peaceops.intranet.identity.application.AccessControl;
import org.peaceops.intranet.identity.domain.Action;
import org.peaceops.intranet.shared.Caller;
import org.peaceops.intranet.web.security.CurrentUser;
import org.peaceops.intranet.web.shell.LanguageSelection;
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

    /** Which field answers for each broken rule of the domain (bundle key to field id). */
    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("guidance.type.unknown", "type"),
            Map.entry("guidance.referenceNumber.invalid", "reference"),
            Map.entry("guidance.referenceNumber.taken", "reference"),
            Map.entry("guidance.title.required", "titleEn"),
            Map.entry("guidance.title.tooLong", "titleEn"),
            Map.entry("guidance.summary.tooLong", "summaryEn"),
            Map.entry("guidance.language.invalid", "languages"),
            Map.entry("guidance.keyword.tooLong", "keywords"),
            Map.entry("guidance.keywords.tooMany", "keywords"),
            Map.entry("guidance.owningOffice.invalid", "owningOffice"),
            Map.entry("guidance.mission.invalid", "mission"),
            Map.entry("guidance.mission.unknown", "mission"),
            Map.entry("guidance.classification.required", "classification"),
            Map.entry("guidance.thematicAreas.required", "themes"),
            Map.entry("guidance.theme.unknown", "themes"),
            Map.entry("guidance.fileRequired", "file"),
            Map.entry("guidance.related.self", "related"),
            Map.entry("guidance.related.tooMany", "related"),
            Map.entry("guidance.related.unknown", "related"));

    @Inject
    transient DraftGuidance drafts;

    @Inject
    transient GuidanceUpload uploads;

    @Inject
    transient GuidanceQueries queries;

    @Inject
    transient WorkflowSteps workflow;

    @Inject
    transient DocumentTypeCatalogue types;

    @Inject
    transient AccessControl access;

    @Inject
    transient CurrentUser user;

    @Inject
    transient Refusals refusals;

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
        try {
            if (!workflow.available(actor, id).allows(GuidanceAction.EDIT_DRAFT)) {
                return;
            }
            fill(queries.get(actor, id));
            allowed = true;
        } catch (RuntimeException e) {
            if (Refusals.keyOf(e).isEmpty()) {
                throw e;
            }
        }
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
        try {
            VersionMetadata metadata = VersionMetadata.builder().titleEn(titleEn).titleFr(titleFr).summaryEn(summaryEn)
                    .summaryFr(summaryFr).languages(languages).keywords(keywords).reviewDate(reviewDate).build();
            CatalogueEntry catalogue = new CatalogueEntry(owningOffice, missionCode == null ? null
                    : missionCode.strip().toUpperCase(java.util.Locale.ROOT), classification, themeCodes);
            if (id == null) {
                id = drafts.startDraft(actor, typeCode, referenceNumber, catalogue, metadata);
                versionNumber = 1;
            } else {
                drafts.describe(actor, id, versionNumber, metadata);
                drafts.recatalogue(actor, id, versionNumber, catalogue);
            }
            drafts.relate(actor, id, relatedIds.stream().filter(k -> k.matches("\\d{1,18}")).map(Long::valueOf).toList());
            attachChosenFile(actor);
        } catch (org.peaceops.intranet.documents.domain.guidance.GuidanceRuleException e) {
            // Raised while building the metadata in this bean, before any service was called.
            refusals.show(new org.peaceops.intranet.documents.application.GuidanceRejectedException(e),
                    field(e.getKey()));
            return null;
        } catch (IOException e) {
            refusals.show(new IllegalStateException(e), "editForm:file");
            return null;
        } catch (RuntimeException e) {
            refusals.show(e, Refusals.keyOf(e).map(this::field).orElse(null));
            return null;
        }
        refusals.done("draft.saved");
        return "/library/document?faces-redirect=true&id=" + id;
    }

    private void attachChosenFile(Caller actor) throws IOException {
        if (file == null || file.getFileName() == null || file.getFileName().isBlank() || file.getSize() == 0) {
            return;
        }
        try (InputStream content = file.getInputStream()) {
            uploads.attach(actor, id, versionNumber, content, file.getFileName(), file.getContentType());
        }
    }

    private String field(String key) {
        String field = FIELDS.get(key);
        return field == null ? null : "editForm:" + field;
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

package org.peaceops.intranet.web.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /api/v1/documents}: a new document's filing and its first version's metadata. */
@Schema(description = "A new document: version 1 starts as the caller's draft")
public class DraftRequest {

    @Schema(required = true, example = "SOP")
    private String type;
    @Schema(required = true, example = "2026.01")
    private String referenceNumber;
    private String titleEn;
    private String titleFr;
    private String summaryEn;
    private String summaryFr;
    private List<String> languages = new ArrayList<>();
    private List<String> keywords = new ArrayList<>();
    @Schema(description = "ISO date; the default is approval plus the review period")
    private String reviewDate;
    @Schema(required = true)
    private String owningOffice;
    @Schema(required = true, example = "UNMISS")
    private String mission;
    @Schema(required = true, example = "INTERNAL")
    private String classification;
    @Schema(required = true, example = "[\"GENDER\"]")
    private List<String> themes = new ArrayList<>();

    LocalDate reviewDateValue() {
        return ApiInputException.date("reviewDate", reviewDate);
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
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
        this.languages = languages == null ? new ArrayList<>() : languages;
    }

    public List<String> getKeywords() {
        return keywords;
    }

    public void setKeywords(List<String> keywords) {
        this.keywords = keywords == null ? new ArrayList<>() : keywords;
    }

    public String getReviewDate() {
        return reviewDate;
    }

    public void setReviewDate(String reviewDate) {
        this.reviewDate = reviewDate;
    }

    public String getOwningOffice() {
        return owningOffice;
    }

    public void setOwningOffice(String owningOffice) {
        this.owningOffice = owningOffice;
    }

    public String getMission() {
        return mission;
    }

    public void setMission(String mission) {
        this.mission = mission;
    }

    public String getClassification() {
        return classification;
    }

    public void setClassification(String classification) {
        this.classification = classification;
    }

    public List<String> getThemes() {
        return themes;
    }

    public void setThemes(List<String> themes) {
        this.themes = themes == null ? new ArrayList<>() : themes;
    }
}

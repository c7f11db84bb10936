package org.peaceops.intranet.documents.domain.guidance;

import java.io.Serializable;
import org.peaceops.intranet.documents.domain.LifecycleStatus;
import org.peaceops.intranet.shared.Classification;

/**
 * What a reader narrows the library to: type, theme, status, mission,
 * language, year in force, classification; and the order. Empty fields do not filter. A mutable bean
 * with void setters on purpose: the library page binds its filter form to it directly (EL needs JavaBeans setters).
 */
public class LibraryFilter implements Serializable {

    private static final long serialVersionUID = 1L;

    private String typeCode;
    private String themeCode;
    private LifecycleStatus status;
    private String missionCode;
    private String language;
    private Integer year;
    private Classification classification;
    private LibrarySort sort = LibrarySort.REFERENCE;
    private boolean ascending = true;

    /** Words a reader typed: matched against titles and reference numbers (full-text search is its own issue). */
    private String text;

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text == null || text.isBlank() ? null : text.strip();
    }

    public String getTypeCode() {
        return typeCode;
    }

    public void setTypeCode(String typeCode) {
        this.typeCode = blankToNull(typeCode);
    }

    public String getThemeCode() {
        return themeCode;
    }

    public void setThemeCode(String themeCode) {
        this.themeCode = blankToNull(themeCode);
    }

    public LifecycleStatus getStatus() {
        return status;
    }

    public void setStatus(LifecycleStatus status) {
        this.status = status;
    }

    public String getMissionCode() {
        return missionCode;
    }

    public void setMissionCode(String missionCode) {
        this.missionCode = blankToNull(missionCode);
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = blankToNull(language);
    }

    /** The calendar year the listed version took effect. */
    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public Classification getClassification() {
        return classification;
    }

    public void setClassification(Classification classification) {
        this.classification = classification;
    }

    public LibrarySort getSort() {
        return sort;
    }

    public void setSort(LibrarySort sort) {
        this.sort = sort == null ? LibrarySort.REFERENCE : sort;
    }

    public boolean isAscending() {
        return ascending;
    }

    public void setAscending(boolean ascending) {
        this.ascending = ascending;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}

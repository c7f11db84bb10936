package org.peaceops.intranet.web.library;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.peaceops.intranet.shared.Classification;

/** The catalogue entry shared by every draft made on one visit to the upload page. */
public class UploadDefaults implements Serializable {

    private static final long serialVersionUID = 1L;

    private String typeCode;
    private String owningOffice;
    private String missionCode;
    private Classification classification = Classification.INTERNAL;
    private String language = "en";
    private List<String> themeCodes = new ArrayList<>();

    public String getTypeCode() {
        return typeCode;
    }

    public void setTypeCode(String typeCode) {
        this.typeCode = typeCode;
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

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public List<String> getThemeCodes() {
        return themeCodes;
    }

    public void setThemeCodes(List<String> themeCodes) {
        this.themeCodes = themeCodes == null ? new ArrayList<>() : new ArrayList<>(themeCodes);
    }
}

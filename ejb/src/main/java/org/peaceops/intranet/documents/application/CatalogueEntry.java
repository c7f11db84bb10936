package org.peaceops.intranet.documents.application;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.peaceops.intranet.shared.Classification;

/**
 * How a document is to be filed, as a form fills it in: owning office, mission code (or HQ),
 * classification and theme codes. The service turns it into the domain's {@code Cataloguing}.
 */
public class CatalogueEntry implements Serializable {

    private static final long serialVersionUID = 1L;

    private String owningOffice;
    private String missionCode = "HQ";
    private Classification classification = Classification.INTERNAL;
    private List<String> themeCodes = new ArrayList<>();

    public CatalogueEntry() {
    }

    public CatalogueEntry(String owningOffice, String missionCode, Classification classification, List<String> themeCodes) {
        this.owningOffice = owningOffice;
        this.missionCode = missionCode;
        this.classification = classification;
        setThemeCodes(themeCodes);
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
}

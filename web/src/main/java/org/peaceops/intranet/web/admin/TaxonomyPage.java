package org.peaceops.intranet.web.admin;

import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.List;
import org.peaceops.intranet.documents.application.taxonomy.TaxonomyAdministration;
import org.peaceops.intranet.documents.application.taxonomy.TaxonomyEntry;
import org.peaceops.intranet.documents.application.taxonomy.TaxonomyKind;
import org.peaceops.intranet.shared.Caller;
import org.peaceops.intranet.web.security.CurrentUser;
import org.peaceops.intranet.web.shell.PageFeedback;

/**
 * What the two taxonomy pages (document types, thematic areas) share: the list, adding an entry,
 * renaming one in English and French, retiring or bringing it back after a confirmation.
 */
public abstract class TaxonomyPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TaxonomyAdministration administration;

    @Inject
    CurrentUser user;

    @Inject
    PageFeedback feedback;

    private List<TaxonomyEntry> entries;
    private String newCode;
    private String newNameEn;
    private String newNameFr;
    private String editedCode;
    private String editedNameEn;
    private String editedNameFr;
    private boolean editedActive;

    protected abstract TaxonomyKind kind();

    protected abstract List<TaxonomyEntry> load(TaxonomyAdministration administration, Caller actor);

    protected abstract void define(TaxonomyAdministration administration, Caller actor, String code, String en, String fr);

    public List<TaxonomyEntry> getEntries() {
        if (entries == null) {
            entries = load(administration, actor());
        }
        return entries;
    }

    public void add() {
        if (feedback.run(() -> define(administration, actor(), newCode, newNameEn, newNameFr), "taxonomy.added", newCode)) {
            newCode = null;
            newNameEn = null;
            newNameFr = null;
            entries = null;
        }
    }

    /** Picks the entry the rename or (de)activation dialog acts on. */
    public void edit(TaxonomyEntry entry) {
        editedCode = entry.getCode();
        editedNameEn = entry.getNameEn();
        editedNameFr = entry.getNameFr();
        editedActive = entry.isActive();
    }

    public void rename() {
        if (feedback.run(() -> administration.rename(actor(), kind(), editedCode, editedNameEn, editedNameFr),
                "taxonomy.renamed", editedCode)) {
            entries = null;
        }
    }

    public void toggleActive() {
        if (feedback.run(() -> administration.setActive(actor(), kind(), editedCode, !editedActive),
                editedActive ? "taxonomy.deactivated" : "taxonomy.reactivated", editedCode)) {
            entries = null;
        }
    }

    private Caller actor() {
        return user.caller().orElseThrow(() -> new IllegalStateException("Not signed in"));
    }

    public String getNewCode() {
        return newCode;
    }

    public void setNewCode(String newCode) {
        this.newCode = newCode;
    }

    public String getNewNameEn() {
        return newNameEn;
    }

    public void setNewNameEn(String newNameEn) {
        this.newNameEn = newNameEn;
    }

    public String getNewNameFr() {
        return newNameFr;
    }

    public void setNewNameFr(String newNameFr) {
        this.newNameFr = newNameFr;
    }

    public String getEditedCode() {
        return editedCode;
    }

    public String getEditedNameEn() {
        return editedNameEn;
    }

    public void setEditedNameEn(String editedNameEn) {
        this.editedNameEn = editedNameEn;
    }

    public String getEditedNameFr() {
        return editedNameFr;
    }

    public void setEditedNameFr(String editedNameFr) {
        this.editedNameFr = editedNameFr;
    }

    public boolean isEditedActive() {
        return editedActive;
    }
}

package org.peaceops.intranet.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.List;
import org.peaceops.intranet.documents.application.taxonomy.TaxonomyAdministration;
import org.peaceops.intranet.documents.application.taxonomy.TaxonomyEntry;
import org.peaceops.intranet.documents.application.taxonomy.TaxonomyKind;
import org.peaceops.intranet.shared.Caller;

/** Administration: the document types (a new type may carry the guidance lifecycle with review dates). */
@Named
@ViewScoped
public class DocumentTypesPage extends TaxonomyPage {

    private static final long serialVersionUID = 1L;

    private boolean newGuidance = true;

    @Override
    protected TaxonomyKind kind() {
        return TaxonomyKind.DOCUMENT_TYPE;
    }

    @Override
    protected List<TaxonomyEntry> load(TaxonomyAdministration administration, Caller actor) {
        return administration.documentTypes(actor);
    }

    @Override
    protected void define(TaxonomyAdministration administration, Caller actor, String code, String en, String fr) {
        administration.defineDocumentType(actor, code, en, fr, newGuidance);
    }

    public boolean isNewGuidance() {
        return newGuidance;
    }

    public void setNewGuidance(boolean newGuidance) {
        this.newGuidance = newGuidance;
    }
}

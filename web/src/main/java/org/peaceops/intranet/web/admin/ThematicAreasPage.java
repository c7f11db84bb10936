package org.peaceops.intranet.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.List;
import org.peaceops.intranet.documents.application.taxonomy.TaxonomyAdministration;
import org.peaceops.intranet.documents.application.taxonomy.TaxonomyEntry;
import org.peaceops.intranet.documents.application.taxonomy.TaxonomyKind;
import org.peaceops.intranet.shared.Caller;

/** Administration: the thematic taxonomy documents are filed under. */
@Named
@ViewScoped
public class ThematicAreasPage extends TaxonomyPage {

    private static final long serialVersionUID = 1L;

    @Override
    protected TaxonomyKind kind() {
        return TaxonomyKind.THEMATIC_AREA;
    }

    @Override
    protected List<TaxonomyEntry> load(TaxonomyAdministration administration, Caller actor) {
        return administration.thematicAreas(actor);
    }

    @Override
    protected void define(TaxonomyAdministration administration, Caller actor, String code, String en, String fr) {
        administration.defineThematicArea(actor, code, en, fr);
    }
}

package org.peaceops.intranet.documents.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import org.peaceops.intranet.documents.domain.DocumentTypeRepository;

/** Lists the document types the repository accepts, named in the reader's language. */
@Stateless
public class DocumentTypeCatalogue {

    @Inject
    DocumentTypeRepository types;

    public List<DocumentTypeSummary> activeTypes(Locale locale) {
        return types.findActive().stream()
                .map(t -> new DocumentTypeSummary(t.getCode(), t.name(locale), t.isGuidance()))
                .toList();
    }
}

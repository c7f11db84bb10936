package org.peaceops.intranet.web.library;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.peaceops.intranet.documents.application.reading.MostReadDocument;
import org.peaceops.intranet.documents.application.reading.ReadingStatistics;
import org.peaceops.intranet.shared.Caller;
import org.peaceops.intranet.web.security.CurrentUser;

/** The "most read" panel (home page): what readers opened and downloaded most lately, that this reader may open. */
@Named
@RequestScoped
public class MostReadPanel {

    static final int SHOWN = 5;

    @Inject
    ReadingStatistics statistics;

    @Inject
    CurrentUser user;

    private List<MostReadDocument> documents;

    public List<MostReadDocument> getDocuments() {
        if (documents == null) {
            documents = user.caller().map(p -> statistics.mostRead(p, SHOWN)).orElse(List.of());
        }
        return documents;
    }
}

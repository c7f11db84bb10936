package org.peaceops.intranet.toolbox.community.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.peaceops.intranet.documents.application.GuidanceAccessPolicy;
import org.peaceops.intranet.documents.application.GuidanceQueries;
import org.peaceops.intranet.documents.domain.guidance.DocumentVersion;
import org.peaceops.intranet.documents.domain.guidance.GuidanceDocumentRepository;
import org.peaceops.intranet.shared.Caller;
import org.peaceops.intranet.toolbox.community.application.LinkedDocument;
import org.peaceops.intranet.toolbox.community.application.ReadableGuidance;

/**
 * Guidance through the library's own access policy: the picker lists what the library would list the
 * person, and a linked document is shown only if its version in force is one they may read.
 */
@ApplicationScoped
public class LibraryReadableGuidance implements ReadableGuidance {

    @Inject
    GuidanceQueries library;

    @Inject
    GuidanceDocumentRepository documents;

    @Inject
    GuidanceAccessPolicy policy;

    @Override
    public List<LinkedDocument> find(Caller caller, String text, int max) {
        return library.findByText(caller, text, max).stream()
                .map(s -> new LinkedDocument(s.getDocumentId(), s.getReferenceNumber(), s.getTitle())).toList();
    }

    @Override
    public Optional<LinkedDocument> readable(Caller caller, long documentId) {
        return documents.find(documentId).filter(d -> policy.mayReadVersion(caller, d, d.currentVersion()))
                .map(d -> {
                    DocumentVersion v = d.currentVersion();
                    String title = v.getMetadata().titleEn().or(() -> v.getMetadata().titleFr()).orElse(null);
                    return new LinkedDocument(d.getId(), d.getReferenceNumber().getValue(), title);
                });
    }
}

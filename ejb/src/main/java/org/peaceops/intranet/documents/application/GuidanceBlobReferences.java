package org.peaceops.intranet.documents.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import org.peaceops.intranet.documents.domain.guidance.GuidanceDocumentRepository;
import org.peaceops.intranet.shared.BlobReferences;

/** The blobs the versions of guidance documents are. */
@ApplicationScoped
public class GuidanceBlobReferences implements BlobReferences {

    @Inject
    GuidanceDocumentRepository documents;

    @Override
    public Set<String> referencedBlobHashes() {
        return documents.referencedContentHashes();
    }
}

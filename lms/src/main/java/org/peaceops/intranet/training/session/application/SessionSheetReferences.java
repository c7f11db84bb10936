package org.peaceops.intranet.training.session.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import org.peaceops.intranet.shared.BlobReferences;
import org.peaceops.intranet.training.session.domain.SessionRepository;

/** Signed attendance sheets live in the documents' content store: without this the sweep would delete them. */
@ApplicationScoped
public class SessionSheetReferences implements BlobReferences {

    @Inject
    SessionRepository sessions;

    @Override
    public Set<String> referencedBlobHashes() {
        return sessions.sheetHashes();
    }
}

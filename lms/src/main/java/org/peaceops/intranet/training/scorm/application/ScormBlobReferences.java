package org.peaceops.intranet.training.scorm.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import org.peaceops.intranet.shared.BlobReferences;
import org.peaceops.intranet.training.scorm.domain.ScormRepository;

/** The package zips and their unpacked files are blobs of the one content store: the sweep keeps them. */
@ApplicationScoped
public class ScormBlobReferences implements BlobReferences {

    @Inject
    ScormRepository scorm;

    @Override
    public Set<String> referencedBlobHashes() {
        return scorm.blobHashes();
    }
}

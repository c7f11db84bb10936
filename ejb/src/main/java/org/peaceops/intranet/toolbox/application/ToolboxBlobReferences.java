package org.peaceops.intranet.toolbox.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import org.peaceops.intranet.shared.BlobReferences;
import org.peaceops.intranet.toolbox.domain.report.ToolboxReportRepository;

/** The blobs Toolbox reports attach, in the same store as guidance: without this the sweep would delete them. */
@ApplicationScoped
public class ToolboxBlobReferences implements BlobReferences {

    @Inject
    ToolboxReportRepository reports;

    @Override
    public Set<String> referencedBlobHashes() {
        return reports.referencedBlobHashes();
    }
}

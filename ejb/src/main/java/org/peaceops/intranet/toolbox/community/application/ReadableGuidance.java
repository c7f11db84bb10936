package org.peaceops.intranet.toolbox.community.application;

import java.util.List;
import java.util.Optional;
import org.peaceops.intranet.shared.Caller;

/** The guidance a person may read, through the library's access policy: what questions link to. */
public interface ReadableGuidance {

    /** The first {@code max} documents the caller may read whose title or reference contains {@code text}. */
    List<LinkedDocument> find(Caller caller, String text, int max);

    /** The document if the caller may read it; empty when it does not exist or they may not. */
    Optional<LinkedDocument> readable(Caller caller, long documentId);
}

package org.peaceops.intranet.toolbox.community.application;

import org.peaceops.intranet.shared.refusal.NotFound;

/** No such community, question or answer, or one the caller may not see: the two look the same from outside. */
public class CommunityNotFoundException extends NotFound {

    private static final long serialVersionUID = 1L;

    public CommunityNotFoundException(String what, long id) {
        super("community.notFound", "No " + what + " " + id + " that you can open", id);
    }
}

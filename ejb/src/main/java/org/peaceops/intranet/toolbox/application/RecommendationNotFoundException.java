package org.peaceops.intranet.toolbox.application;

import org.peaceops.intranet.shared.refusal.NotFound;

/** No such recommendation, or none of a report the caller may read: the two look the same from outside. */
public class RecommendationNotFoundException extends NotFound {

    private static final long serialVersionUID = 1L;

    public RecommendationNotFoundException(long id) {
        super("toolbox.recommendation.notFound", "No recommendation " + id + " that you can open", id);
    }
}

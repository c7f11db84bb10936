package org.peaceops.intranet.training.session.domain;

/**
 * The fixed questions of the end-of-session form, each rated 1 (poor) to 5 (excellent). Fixed so that
 * summaries compare across sessions and missions; their wording is in the bundles.
 */
public enum EvaluationQuestion {
    CONTENT, TRAINER, MATERIALS, RELEVANCE
}

package org.peaceops.intranet.training.domain;

/** How a completion was earned: lessons and a passed quiz online, or attendance a trainer recorded. */
public enum CompletionMethod {
    E_LEARNING, ATTENDANCE
}

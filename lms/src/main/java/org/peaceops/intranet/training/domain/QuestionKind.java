package org.peaceops.intranet.training.domain;

/** The kinds of quiz question: one right option, one or more right options, or true/false. */
public enum QuestionKind {
    SINGLE_CHOICE, MULTIPLE_CHOICE, TRUE_FALSE
}

package org.peaceops.intranet.documents.domain.search;

/** What an outbox entry's id names: a guidance document or a published Toolbox report; stored by name. */
public enum SearchEntryKind {
    GUIDANCE, REPORT
}

package org.peaceops.intranet.documents.domain;

import java.util.List;

/** Where document types are kept. */
public interface DocumentTypeRepository {

    /** Active types in their display order. */
    List<DocumentType> findActive();
}

package org.peaceops.intranet.documents.domain;

import java.util.List;
import java.util.Optional;

/** Where document types are kept. */
public interface DocumentTypeRepository {

    /** Active types in their display order. */
    List<DocumentType> findActive();

    /** The type with this code, active or not (old documents keep a retired type). */
    Optional<DocumentType> findByCode(String code);

    /** Every type, retired ones included, in display order: the administration page. */
    List<DocumentType> findAll();

    void add(DocumentType type);
}

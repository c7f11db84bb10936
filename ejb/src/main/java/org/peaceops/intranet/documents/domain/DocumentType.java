package org.peaceops.intranet.documents.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Locale;

/**
 * A kind of document the repository holds (policy directive, SOP, ...). Guidance types carry the
 * full lifecycle with review dates; the others (templates, forms) are simpler.
 */
@Entity
@Table(name = "document_type", schema = "documents")
public class DocumentType {

    @Id
    private Long id;

    @Column(nullable = false, unique = true, length = 40)
    private String code;

    @Embedded
    private BilingualName name;

    @Column(nullable = false)
    private boolean guidance;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(nullable = false)
    private boolean active;

    protected DocumentType() {
        // for JPA
    }

    public DocumentType(Long id, String code, String nameEn, String nameFr, boolean guidance, int sortOrder) {
        this.id = id;
        this.code = code;
        this.name = new BilingualName(nameEn, nameFr);
        this.guidance = guidance;
        this.sortOrder = sortOrder;
        this.active = true;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    /** The name in the reader's language; French when asked for, English otherwise. */
    public String name(Locale locale) {
        return name.in(locale);
    }

    public boolean isGuidance() {
        return guidance;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public boolean isActive() {
        return active;
    }
}

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
    @jakarta.persistence.GeneratedValue(strategy = jakarta.persistence.GenerationType.SEQUENCE, generator = "document_type_seq")
    @jakarta.persistence.SequenceGenerator(name = "document_type_seq", sequenceName = "documents.document_type_seq", allocationSize = 1)
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

    /** A new type an administrator adds; the id comes from the sequence. */
    public static DocumentType define(String code, BilingualName name, boolean guidance, int sortOrder) {
        return new DocumentType(null, TaxonomyCode.require(code, 40), name.english(), name.french(), guidance, sortOrder);
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

    public BilingualName getName() {
        return name;
    }

    /** Renames it in both languages; documents refer to it by code, so nothing else changes. */
    public void rename(BilingualName newName) {
        this.name = java.util.Objects.requireNonNull(newName, "newName");
    }

    /**
     * Takes it out of the lists offered for new documents; documents that already use it keep it,
     * which is why there is no deletion.
     */
    public void deactivate() {
        active = false;
    }

    public void reactivate() {
        active = true;
    }
}

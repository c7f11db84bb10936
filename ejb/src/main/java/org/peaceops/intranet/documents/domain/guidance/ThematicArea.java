package org.peaceops.intranet.documents.domain.guidance;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import org.peaceops.intranet.documents.domain.BilingualName;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Locale;

/**
 * A theme of the managed taxonomy (protection of civilians, gender, rule of law, ...). A table rather
 * than an enum because admins extend it; a code rather than the name as key so renaming is harmless.
 */
@Entity
@Table(name = "thematic_area", schema = "documents")
public class ThematicArea {

    @Id
    @jakarta.persistence.GeneratedValue(strategy = jakarta.persistence.GenerationType.SEQUENCE, generator = "thematic_area_seq")
    @jakarta.persistence.SequenceGenerator(name = "thematic_area_seq", sequenceName = "documents.thematic_area_seq", allocationSize = 1)
    private Long id;

    @Column(nullable = false, unique = true, length = 60)
    private String code;

    @Embedded
    private BilingualName name;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(nullable = false)
    private boolean active;

    protected ThematicArea() {
        // for JPA
    }

    public ThematicArea(Long id, String code, String nameEn, String nameFr, int sortOrder) {
        this.id = id;
        this.code = code;
        this.name = new BilingualName(nameEn, nameFr);
        this.sortOrder = sortOrder;
        this.active = true;
    }

    /** A new theme an administrator adds; the id comes from the sequence. */
    public static ThematicArea define(String code, BilingualName name, int sortOrder) {
        return new ThematicArea(null, org.peaceops.intranet.documents.domain.TaxonomyCode.require(code, 60),
                name.english(), name.french(), sortOrder);
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

    @Override
    public boolean equals(Object o) {
        return o instanceof ThematicArea other && code.equals(other.code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }
}

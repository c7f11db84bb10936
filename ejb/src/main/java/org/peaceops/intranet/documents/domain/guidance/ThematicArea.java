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

    @Override
    public boolean equals(Object o) {
        return o instanceof ThematicArea other && code.equals(other.code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }
}

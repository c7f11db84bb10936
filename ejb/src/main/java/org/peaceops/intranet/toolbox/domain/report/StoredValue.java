package org.peaceops.intranet.toolbox.domain.report;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.time.LocalDate;
import org.peaceops.intranet.toolbox.domain.definition.FieldKind;

/**
 * One stored piece of a report's values: a text, a date or period, one mission, one person or one file
 * of a field (or of a column in one row of a list). The kind is stored with it, so the values read back
 * without the definition, whatever became of the type since.
 */
@Embeddable
public class StoredValue implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "field_key", nullable = false, length = 40)
    String fieldKey;

    /** 0 for a top-level field, else the row (from 1) of the list {@link #fieldKey}. */
    @Column(name = "row_no", nullable = false)
    int row;

    /** Empty for a top-level field, else the column's key. */
    @Column(name = "column_key", nullable = false, length = 40)
    String column;

    /** Which of several missions, persons or files (from 0). */
    @Column(name = "item_no", nullable = false)
    int item;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    FieldKind kind;

    @Column(name = "text_value", length = 200_000)
    String text;

    @Column(name = "date_from")
    LocalDate from;

    @Column(name = "date_to")
    LocalDate to;

    /** A mission code, a person's subject or a file's SHA-256. */
    @Column(name = "reference", length = 255)
    String reference;

    @Column(name = "file_name", length = 255)
    String fileName;

    @Column(name = "file_size")
    Long fileSize;

    @Column(name = "media_type", length = 255)
    String mediaType;

    protected StoredValue() {
        // for JPA
    }

    StoredValue(String fieldKey, int row, String column, int item, FieldKind kind) {
        this.fieldKey = fieldKey;
        this.row = row;
        this.column = column;
        this.item = item;
        this.kind = kind;
    }
}

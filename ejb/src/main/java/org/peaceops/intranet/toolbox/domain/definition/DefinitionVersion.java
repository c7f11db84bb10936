package org.peaceops.intranet.toolbox.domain.definition;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.peaceops.intranet.toolbox.domain.ToolboxRuleException;

/**
 * One numbered version of a report type: its fields, in form order, columns after the list they belong
 * to. Never changed once written; a report keeps the number of the version it was written with, so a
 * later change to the type cannot break it.
 */
@Entity
@Table(name = "report_definition_version", schema = "toolbox")
public class DefinitionVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "report_definition_version_seq")
    @SequenceGenerator(name = "report_definition_version_seq", sequenceName = "toolbox.report_definition_version_seq",
            allocationSize = 1)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "definition_id", nullable = false, updatable = false)
    private ReportDefinition definition;

    @Column(name = "version_number", nullable = false, updatable = false)
    private int number;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "report_definition_field", schema = "toolbox", joinColumns = @JoinColumn(name = "version_id"))
    @OrderColumn(name = "position")
    private List<FieldDefinition> fields = new ArrayList<>();

    @Column(name = "created_by", nullable = false, updatable = false, length = 255)
    private String createdBy;

    /** UTC wall-clock time, as everywhere in the schema. */
    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    protected DefinitionVersion() {
        // for JPA
    }

    DefinitionVersion(ReportDefinition definition, int number, List<FieldDefinition> fields, String by, Instant at) {
        this.definition = definition;
        this.number = number;
        this.fields = new ArrayList<>(checked(fields));
        this.createdBy = by;
        this.createdAt = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    /**
     * Keys unique per level, at least one top-level field, every column under an existing list of rows,
     * every list with at least one column.
     */
    private static List<FieldDefinition> checked(List<FieldDefinition> fields) {
        Set<String> topLevel = new HashSet<>();
        Set<String> lists = new HashSet<>();
        Set<String> columns = new HashSet<>();
        for (FieldDefinition field : fields) {
            boolean fresh = field.isColumn() ? columns.add(field.parentKey() + "." + field.key()) : topLevel.add(field.key());
            if (!fresh) {
                throw new ToolboxRuleException("toolbox.definition.duplicateKey", "Two fields have the key " + field.key(),
                        field.key());
            }
            if (field.kind() == FieldKind.ROWS) {
                lists.add(field.key());
            }
        }
        if (topLevel.isEmpty()) {
            throw new ToolboxRuleException("toolbox.definition.noField", "A report type needs at least one field");
        }
        for (FieldDefinition field : fields) {
            if (field.isColumn() && !lists.contains(field.parentKey())) {
                throw new ToolboxRuleException("toolbox.definition.orphanColumn", "Column " + field.key()
                        + " belongs to no list of rows called " + field.parentKey(), field.key());
            }
        }
        for (String list : lists) {
            if (fields.stream().noneMatch(f -> list.equals(f.parentKey()))) {
                throw new ToolboxRuleException("toolbox.definition.noColumn", "The list of rows " + list
                        + " needs at least one column", list);
            }
        }
        return fields;
    }

    public Long getId() {
        return id;
    }

    public ReportDefinition definition() {
        return definition;
    }

    public int number() {
        return number;
    }

    /** The top-level fields in form order. */
    public List<FieldDefinition> fields() {
        return fields.stream().filter(f -> !f.isColumn()).toList();
    }

    public Optional<FieldDefinition> field(String key) {
        return fields().stream().filter(f -> f.key().equals(key)).findFirst();
    }

    /** The columns of a list of rows, in form order (none for another kind of field). */
    public List<FieldDefinition> columnsOf(String listKey) {
        return fields.stream().filter(f -> listKey.equals(f.parentKey())).toList();
    }

    /** Every field and column, as stored: what a new version starts from. */
    public List<FieldDefinition> allFields() {
        return List.copyOf(fields);
    }

    /** Every problem of these values against this version's fields, none when they fit. */
    public List<FieldProblem> check(ReportValues values, Completeness completeness) {
        return ValuesCheck.check(this, values, completeness);
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt.toInstant(ZoneOffset.UTC);
    }
}

package org.peaceops.intranet.toolbox.domain.definition;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.peaceops.intranet.shared.BilingualText;
import org.peaceops.intranet.toolbox.domain.ToolboxRuleException;

/**
 * A type of Toolbox report (After Action Review, Handover Note, ...), defined as data so that a new type
 * or field needs no code change. Its fields live in numbered versions that are never changed: revising
 * the type appends a version, and the reports already written keep theirs.
 */
@Entity
@Table(name = "report_definition", schema = "toolbox")
public class ReportDefinition {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,59}");
    /** The column length of both names. */
    public static final int MAX_NAME = 120;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "report_definition_seq")
    @SequenceGenerator(name = "report_definition_seq", sequenceName = "toolbox.report_definition_seq", allocationSize = 1)
    private Long id;

    @Column(name = "code", nullable = false, updatable = false, length = 60)
    private String code;

    /** Both languages are required: the form list shows every type in the reader's language. */
    @Column(name = "name_en", nullable = false, length = MAX_NAME)
    private String nameEn;

    @Column(name = "name_fr", nullable = false, length = MAX_NAME)
    private String nameFr;

    @Enumerated(EnumType.STRING)
    @Column(name = "audience", nullable = false, length = 30)
    private ReportAudience audience;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @OneToMany(mappedBy = "definition", cascade = CascadeType.ALL, fetch = FetchType.EAGER)
    @OrderBy("number ASC")
    private List<DefinitionVersion> versions = new ArrayList<>();

    @Version
    @Column(name = "row_version", nullable = false)
    private long rowVersion;

    protected ReportDefinition() {
        // for JPA
    }

    private ReportDefinition(String code, BilingualText name, ReportAudience audience, int sortOrder) {
        String normal = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        if (!CODE.matcher(normal).matches()) {
            throw new ToolboxRuleException("toolbox.definition.code", "A report type's code is 2 to 60 capital letters, "
                    + "digits or underscores, such as AFTER_ACTION_REVIEW: " + code, String.valueOf(code));
        }
        this.code = normal;
        name(name);
        this.audience = Objects.requireNonNull(audience, "audience");
        this.sortOrder = sortOrder;
    }

    /** A new type with its first version. */
    public static ReportDefinition define(String code, BilingualText name, ReportAudience audience, int sortOrder,
            List<FieldDefinition> fields, String by, Instant at) {
        ReportDefinition definition = new ReportDefinition(code, name, audience, sortOrder);
        definition.versions.add(new DefinitionVersion(definition, 1, fields, by, at));
        return definition;
    }

    /**
     * Appends a version with these fields. A key kept from the current version keeps its kind: trends and
     * searches read a key across versions, and "date" must not come to mean a mission.
     *
     * @throws ToolboxRuleException {@code toolbox.definition.unchanged} when nothing differs,
     *         {@code toolbox.definition.kindChanged} when a kept key changes kind
     */
    public DefinitionVersion revise(List<FieldDefinition> fields, String by, Instant at) {
        DefinitionVersion current = current();
        if (current.allFields().equals(List.copyOf(fields))) {
            throw new ToolboxRuleException("toolbox.definition.unchanged",
                    "The fields are those of version " + current.number() + ": nothing to save", current.number());
        }
        for (FieldDefinition field : fields) {
            for (FieldDefinition old : current.allFields()) {
                if (old.key().equals(field.key()) && old.parentKey().equals(field.parentKey()) && old.kind() != field.kind()) {
                    throw new ToolboxRuleException("toolbox.definition.kindChanged", "Field " + field.key() + " was "
                            + old.kind() + " and cannot become " + field.kind() + ": give the new field another key",
                            field.key());
                }
            }
        }
        DefinitionVersion next = new DefinitionVersion(this, current.number() + 1, fields, by, at);
        versions.add(next);
        return next;
    }

    public void rename(BilingualText newName) {
        name(newName);
    }

    private void name(BilingualText name) {
        String en = Objects.requireNonNull(name, "name").english() == null ? "" : name.english().strip();
        String fr = name.french() == null ? "" : name.french().strip();
        if (en.isEmpty() || fr.isEmpty() || en.length() > MAX_NAME || fr.length() > MAX_NAME) {
            throw new ToolboxRuleException("toolbox.definition.name", "A report type is named in English and in French, "
                    + "in at most " + MAX_NAME + " characters each", MAX_NAME);
        }
        this.nameEn = en;
        this.nameFr = fr;
    }

    /** No new report of this type; those written stay readable. */
    public void retire() {
        this.active = false;
    }

    public void reinstate() {
        this.active = true;
    }

    public Long getId() {
        return id;
    }

    public String code() {
        return code;
    }

    public BilingualText name() {
        return BilingualText.of(nameEn, nameFr);
    }

    public ReportAudience audience() {
        return audience;
    }

    public boolean isActive() {
        return active;
    }

    public int sortOrder() {
        return sortOrder;
    }

    /** The version new reports are written with. */
    public DefinitionVersion current() {
        return versions.get(versions.size() - 1);
    }

    public Optional<DefinitionVersion> version(int number) {
        return versions.stream().filter(v -> v.number() == number).findFirst();
    }

    public List<DefinitionVersion> versions() {
        return List.copyOf(versions);
    }
}

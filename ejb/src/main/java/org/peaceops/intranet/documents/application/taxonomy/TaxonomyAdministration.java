package org.peaceops.intranet.documents.application.taxonomy;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.peaceops.intranet.documents.application.DomainRulesAsApplicationExceptions;
import org.peaceops.intranet.documents.domain.BilingualName;
import org.peaceops.intranet.documents.domain.DocumentType;
import org.peaceops.intranet.documents.domain.DocumentTypeRepository;
import org.peaceops.intranet.documents.domain.audit.AuditEntry;
import org.peaceops.intranet.documents.domain.audit.AuditEntryRepository;
import org.peaceops.intranet.documents.domain.guidance.GuidanceRuleException;
import org.peaceops.intranet.documents.domain.guidance.ThematicArea;
import org.peaceops.intranet.documents.domain.guidance.ThematicAreaRepository;
import org.peaceops.intranet.identity.application.AccessControl;
import org.peaceops.intranet.identity.domain.Action;
import org.peaceops.intranet.shared.Caller;
import org.peaceops.intranet.shared.audit.AuditAction;
import org.peaceops.intranet.shared.refusal.AccessDenied;
import org.peaceops.intranet.shared.refusal.Conflict;

/**
 * Document types and thematic areas as administrators manage them. Nothing is ever deleted: documents
 * keep the type and themes they were filed under, so retiring only stops offering an entry for new ones.
 * Every change is written to the audit trail with the name before and after.
 */
@Stateless
@Interceptors(DomainRulesAsApplicationExceptions.class)
public class TaxonomyAdministration {

    @Inject
    DocumentTypeRepository types;

    @Inject
    ThematicAreaRepository themes;

    @Inject
    AccessControl access;

    @Inject
    AuditEntryRepository audit;

    Clock clock = Clock.systemUTC();

    public List<TaxonomyEntry> documentTypes(Caller actor) {
        administrator(actor);
        return types.findAll().stream().map(TaxonomyAdministration::entry).toList();
    }

    public List<TaxonomyEntry> thematicAreas(Caller actor) {
        administrator(actor);
        return themes.findAll().stream().map(TaxonomyAdministration::entry).toList();
    }

    public void defineDocumentType(Caller actor, String code, String nameEn, String nameFr, boolean guidance) {
        administrator(actor);
        BilingualName name = name(nameEn, nameFr);
        String normal = code(code, 40);
        if (types.findByCode(normal).isPresent()) {
            throw taken(normal);
        }
        int order = types.findAll().stream().mapToInt(DocumentType::getSortOrder).max().orElse(0) + 10;
        types.add(DocumentType.define(normal, name, guidance, order));
        record(actor, AuditAction.TAXONOMY_ENTRY_CREATED, TaxonomyKind.DOCUMENT_TYPE, normal,
                "Created " + normal + " \"" + name + "\"" + (guidance ? " (guidance lifecycle)" : ""));
    }

    public void defineThematicArea(Caller actor, String code, String nameEn, String nameFr) {
        administrator(actor);
        BilingualName name = name(nameEn, nameFr);
        String normal = code(code, 60);
        if (!themes.findByCodes(List.of(normal)).isEmpty()) {
            throw taken(normal);
        }
        int order = themes.findAll().stream().mapToInt(ThematicArea::getSortOrder).max().orElse(0) + 10;
        themes.add(ThematicArea.define(normal, name, order));
        record(actor, AuditAction.TAXONOMY_ENTRY_CREATED, TaxonomyKind.THEMATIC_AREA, normal,
                "Created " + normal + " \"" + name + "\"");
    }

    public void rename(Caller actor, TaxonomyKind kind, String code, String nameEn, String nameFr) {
        administrator(actor);
        BilingualName after = name(nameEn, nameFr);
        BilingualName before;
        if (kind == TaxonomyKind.DOCUMENT_TYPE) {
            DocumentType type = type(code);
            before = type.getName();
            type.rename(after);
        } else {
            ThematicArea theme = theme(code);
            before = theme.getName();
            theme.rename(after);
        }
        record(actor, AuditAction.TAXONOMY_ENTRY_RENAMED, kind, code, "Renamed from \"" + before + "\" to \"" + after + "\"");
    }

    /** Retires ({@code active = false}) or brings back an entry. */
    public void setActive(Caller actor, TaxonomyKind kind, String code, boolean active) {
        administrator(actor);
        boolean before;
        if (kind == TaxonomyKind.DOCUMENT_TYPE) {
            DocumentType type = type(code);
            before = type.isActive();
            if (active) {
                type.reactivate();
            } else {
                type.deactivate();
            }
        } else {
            ThematicArea theme = theme(code);
            before = theme.isActive();
            if (active) {
                theme.reactivate();
            } else {
                theme.deactivate();
            }
        }
        record(actor, active ? AuditAction.TAXONOMY_ENTRY_REACTIVATED : AuditAction.TAXONOMY_ENTRY_DEACTIVATED, kind,
                code, "Active: " + before + " -> " + active);
    }

    private void administrator(Caller actor) {
        Caller user = actor.person().orElseThrow(() -> new AccessDenied("refusal.denied", "ADMINISTER denied: no signed-in person"));
        access.require(user, Action.ADMINISTER, user.mission());
    }

    private DocumentType type(String code) {
        return types.findByCode(code).orElseThrow(() -> new GuidanceRuleException("taxonomy.unknown",
                "There is no document type " + code + "."));
    }

    private ThematicArea theme(String code) {
        return themes.findByCodes(List.of(code)).stream().findFirst().orElseThrow(() -> new GuidanceRuleException(
                "taxonomy.unknown", "There is no thematic area " + code + "."));
    }

    private static BilingualName name(String en, String fr) {
        try {
            return BilingualName.typed(en, fr);
        } catch (IllegalArgumentException e) {
            throw new GuidanceRuleException(e.getMessage(),
                    "Give the name in English and in French (1 to " + BilingualName.MAX + " characters each).");
        }
    }

    private static String code(String code, int max) {
        try {
            return org.peaceops.intranet.documents.domain.TaxonomyCode.require(code, max);
        } catch (IllegalArgumentException e) {
            throw new GuidanceRuleException(e.getMessage(), "A code is 2 to " + max
                    + " capital letters, digits or underscores, starting with a letter.");
        }
    }

    private static Conflict taken(String code) {
        return new Conflict("taxonomy.code.taken", "The code " + code + " is already used.");
    }

    private void record(Caller actor, AuditAction action, TaxonomyKind kind, String code, String detail) {
        Instant now = clock.instant();
        audit.record(new AuditEntry(now, actor.subject(), action, kind.name(), code, detail));
    }

    private static TaxonomyEntry entry(DocumentType t) {
        return new TaxonomyEntry(t.getCode(), t.getName().english(), t.getName().french(), t.isActive(), t.getSortOrder(),
                t.isGuidance());
    }

    private static TaxonomyEntry entry(ThematicArea t) {
        return new TaxonomyEntry(t.getCode(), t.getName().english(), t.getName().french(), t.isActive(), t.getSortOrder(),
                false);
    }
}

package org.peaceops.intranet.documents.application.drafting;

import java.util.Map;
import org.peaceops.intranet.shared.refusal.Refusal;

/** Which input field answers for each broken drafting rule, by the rule's key (names as in the API's JSON). */
final class DraftFields {

    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("guidance.type.unknown", "type"),
            Map.entry("guidance.referenceNumber.invalid", "referenceNumber"),
            Map.entry("guidance.referenceNumber.taken", "referenceNumber"),
            Map.entry("guidance.title.required", "titleEn"),
            Map.entry("guidance.title.tooLong", "titleEn"),
            Map.entry("guidance.summary.tooLong", "summaryEn"),
            Map.entry("guidance.language.invalid", "languages"),
            Map.entry("guidance.keyword.tooLong", "keywords"),
            Map.entry("guidance.keywords.tooMany", "keywords"),
            Map.entry("guidance.owningOffice.invalid", "owningOffice"),
            Map.entry("guidance.mission.invalid", "mission"),
            Map.entry("guidance.mission.unknown", "mission"),
            Map.entry("guidance.classification.required", "classification"),
            Map.entry("guidance.thematicAreas.required", "themes"),
            Map.entry("guidance.theme.unknown", "themes"),
            Map.entry("guidance.fileRequired", "file"),
            Map.entry("guidance.related.self", "related"),
            Map.entry("guidance.related.tooMany", "related"),
            Map.entry("guidance.related.unknown", "related"));

    private DraftFields() {
    }

    /** The refusal with its field named (when the rule has one and it was not named already). */
    static Refusal named(Refusal refusal) {
        String field = FIELDS.get(refusal.key());
        return field != null && refusal.field() == null ? refusal.onField(field) : refusal;
    }
}

package org.peaceops.intranet.toolbox.application.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.StringReader;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.peaceops.intranet.documents.application.search.IndexedVersion;
import org.peaceops.intranet.documents.application.search.SearchableReports;
import org.peaceops.intranet.toolbox.domain.definition.FieldDefinition;
import org.peaceops.intranet.toolbox.domain.definition.ReportAudience;
import org.peaceops.intranet.toolbox.domain.definition.ReportDefinitionRepository;
import org.peaceops.intranet.toolbox.domain.report.PublishedReports;
import org.peaceops.intranet.toolbox.domain.report.ToolboxReport;
import org.peaceops.intranet.toolbox.domain.report.ToolboxReportRepository;

/**
 * Published reports as the search index takes them: found like guidance, by their words, type, mission
 * and year, and read by the same rules (classification and mission; a handover note by its mission
 * and successor only). A report that is not published is not in the index at all.
 */
@ApplicationScoped
public class ToolboxSearchEntries implements SearchableReports {

    /** How a report's reference reads in results: the Toolbox's own numbering, not guidance's. */
    static final String REFERENCE_PREFIX = "TBX-";

    @Inject
    ToolboxReportRepository reports;

    @Inject
    PublishedReports published;

    @Inject
    ReportDefinitionRepository definitions;

    @Override
    public Optional<IndexedVersion> published(long reportId) {
        return reports.find(reportId).filter(ToolboxReport::isPublished).map(r -> entry(r, fieldOrder(r)));
    }

    @Override
    public List<Long> publishedIdsAfter(long afterId, int max) {
        return published.after(afterId, max).stream().map(ToolboxReport::getId).toList();
    }

    /** How much of a report's text stands for its summary: about two lines of a result. */
    static final int OPENING_CHARS = 240;

    /** The start of the text, whole words, as one line; null when there is no text. */
    static String opening(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        if (flat.length() <= OPENING_CHARS) {
            return flat.isEmpty() ? null : flat;
        }
        int cut = flat.lastIndexOf(' ', OPENING_CHARS);
        return flat.substring(0, cut > 0 ? cut : OPENING_CHARS) + " …";
    }

    /** The keys of the report's fields in the order its version's form shows them. */
    private List<String> fieldOrder(ToolboxReport r) {
        return definitions.find(r.definitionId()).flatMap(d -> d.version(r.definitionVersion()))
                .map(v -> v.fields().stream().map(FieldDefinition::key).toList()).orElse(List.of());
    }

    /** A published report as the index takes it, its text in the order of {@code fieldOrder}. */
    public static IndexedVersion entry(ToolboxReport r, List<String> fieldOrder) {
        String body = ReportText.of(r.values(), fieldOrder);
        return IndexedVersion.builder()
                .document(r.getId(), 1, false)
                .access(r.classification().orElseThrow().name(), r.mission().getValue(), "PUBLISHED", r.author())
                .catalogue(r.typeCode(), REFERENCE_PREFIX + r.getId(), java.util.Set.of())
                // Reports are written in one language the Toolbox does not record: both analyses find them.
                .titles(r.title(), r.title())
                // A report has no summary: its opening stands for one, the snippet when only the title matched.
                .summaries(opening(body), opening(body))
                .dates(r.publishedAt().orElseThrow().atZone(ZoneOffset.UTC).toLocalDate(),
                        r.createdAt().atZone(ZoneOffset.UTC).toLocalDate())
                .body(() -> Optional.of(new StringReader(body)))
                .report(r.audience() == ReportAudience.SUCCESSOR_AND_MISSION, r.successor().orElse(null))
                .build();
    }
}

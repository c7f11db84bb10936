package org.peaceops.intranet.documents.infrastructure.search;

import java.util.List;
import java.util.Map;

/**
 * The names of the index's fields and the weight of each in ranking. Text fields come per language
 * (English or French analysis) plus the folded fields {@link #TITLE_ANY} and {@link #TEXT_ANY} that hold
 * every word unstemmed; keyword fields hold codes for filters and the access filter.
 */
final class IndexFields {

    /** Bump when the fields or their analysis change: a node with an older index rebuilds it. */
    static final String SCHEMA_VERSION = "5";

    static final String KEY = "key";
    /** {@link #KIND_GUIDANCE} or {@link #KIND_REPORT}: which access rules and which id field apply. */
    static final String KIND = "kind";
    static final String KIND_GUIDANCE = "guidance";
    static final String KIND_REPORT = "report";
    static final String DOCUMENT_ID = "document_id";
    /** The id of a published Toolbox report (which has no {@link #DOCUMENT_ID}). */
    static final String REPORT_ID = "report_id";
    /** "mission" on a handover note: read by its mission and its successor only. */
    static final String AUDIENCE = "audience";
    static final String AUDIENCE_MISSION = "mission";
    static final String SUCCESSOR = "successor";
    static final String VERSION = "version";
    static final String CURRENT = "current";
    static final String STATUS = "status";
    static final String CLASSIFICATION = "classification";
    static final String MISSION = "mission";
    static final String AUTHOR = "author";
    /** Status and author of the document's version in force (or newest): document-level readability. */
    static final String DOCUMENT_STATUS = "document_status";
    static final String DOCUMENT_AUTHOR = "document_author";
    static final String TYPE = "type";
    static final String THEME = "theme";
    static final String LANGUAGE = "language";
    static final String YEAR = "year";
    static final String REFERENCE = "ref";
    static final String REFERENCE_SHOWN = "ref_shown";
    static final String EFFECTIVE = "effective";
    static final String DOWNLOADS = "downloads";

    static final String TITLE_EN = "title_en";
    static final String TITLE_FR = "title_fr";
    static final String TITLE_ANY = "title_any";
    static final String SUMMARY_EN = "summary_en";
    static final String SUMMARY_FR = "summary_fr";
    static final String BODY_EN = "body_en";
    static final String BODY_FR = "body_fr";
    /**
     * The body's words two by two, in the body's language ({@link SearchAnalysis}): a phrase is looked
     * up here as one term (or a phrase of pairs) instead of checking word positions in every body that
     * has all its words, which over very common words is most of the library ({@link PhrasePairs}).
     */
    static final String BODY_EN_PAIRS = "body_en_pairs";
    static final String BODY_FR_PAIRS = "body_fr_pairs";
    /** The pairs field of each body field. */
    static final Map<String, String> PAIRS = Map.of(BODY_EN, BODY_EN_PAIRS, BODY_FR, BODY_FR_PAIRS);
    static final String KEYWORDS = "keywords";
    static final String TEXT_ANY = "text_any";
    /**
     * The words of a report's title and text, folded, on reports only: its term dictionary is the
     * reports' vocabulary, which the Toolbox's trends count without walking the guidance's.
     */
    static final String REPORT_TERMS = "report_terms";

    /**
     * Fields a word without qualifier is looked for in, and how much a match there counts. Not
     * {@link #TEXT_ANY}: it repeats the body, unstemmed, and would double the work of every query over
     * long texts for no better match (bodies of unknown language are in both language fields already).
     */
    static final Map<String, Float> TEXT_WEIGHTS = Map.of(
            TITLE_EN, 5f, TITLE_FR, 5f, TITLE_ANY, 4f,
            SUMMARY_EN, 2f, SUMMARY_FR, 2f, KEYWORDS, 2f,
            BODY_EN, 1f, BODY_FR, 1f);

    static final Map<String, Float> TITLE_WEIGHTS = Map.of(TITLE_EN, 1f, TITLE_FR, 1f, TITLE_ANY, 0.8f);

    /** Prefixes and wildcards: unstemmed words, where "protect*" means what the reader typed. */
    static final List<String> PREFIX_FIELDS = List.of(TITLE_ANY, TEXT_ANY);

    /** Where snippets come from, best first: the body, then the summary. */
    static final List<String> SNIPPET_FIELDS = List.of(BODY_EN, BODY_FR, SUMMARY_EN, SUMMARY_FR);

    /** A reference match counts most: people quote "2007.04" to find exactly that document. */
    static final float REFERENCE_WEIGHT = 10f;

    /** The facet dimensions; multi-valued ones must be declared as such. */
    static final List<String> MULTI_VALUED_FACETS = List.of(THEME, LANGUAGE);

    /** Commit data keys. */
    static final String STATE_SCHEMA = "schema";
    static final String STATE_COMPLETE = org.peaceops.intranet.documents.application.search.GuidanceIndex.STATE_COMPLETE;

    private IndexFields() {
    }
}

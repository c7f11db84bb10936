package org.peaceops.intranet.documents.infrastructure.search;

import static org.peaceops.intranet.documents.infrastructure.search.IndexFields.*;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.peaceops.intranet.documents.application.search.IndexedVersion;

/**
 * Turns a version (or a published Toolbox report) into the Lucene document the index stores. The body is streamed into the index
 * (each analysed field opens its own reader, its word pairs too); only its first
 * {@link #STORED_BODY_CHARS} characters are stored, as the source of snippets. The caller closes the readers via {@link Built#close()}.
 */
final class VersionDocuments {

    /** Snippets come from the start of the text; storing whole manuals would bloat the index. */
    static final int STORED_BODY_CHARS = 10_000;

    /**
     * Language fields keep term offsets, so snippets are cut from the index's own positions instead of
     * analysing the stored text again for every hit shown (UnifiedHighlighter's postings offset source).
     */
    private static final FieldType WITH_OFFSETS = offsets(TextField.TYPE_NOT_STORED);
    private static final FieldType STORED_WITH_OFFSETS = offsets(TextField.TYPE_STORED);

    private static FieldType offsets(FieldType base) {
        FieldType type = new FieldType(base);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

    private final FacetsConfig facets;

    VersionDocuments(FacetsConfig facets) {
        this.facets = facets;
    }

    static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        MULTI_VALUED_FACETS.forEach(dim -> config.setMultiValued(dim, true));
        return config;
    }

    /** A document ready for the writer, holding the readers its body fields will consume. */
    static final class Built implements AutoCloseable {
        final Document document;
        private final List<Reader> readers;

        Built(Document document, List<Reader> readers) {
            this.document = document;
            this.readers = readers;
        }

        @Override
        public void close() throws IOException {
            for (Reader reader : readers) {
                reader.close();
            }
        }
    }

    static String key(long documentId, int version) {
        return documentId + "/" + version;
    }

    Built build(IndexedVersion v) throws IOException {
        Document doc = new Document();
        List<Reader> readers = new ArrayList<>();
        if (v.report()) {
            keyword(doc, KEY, KIND_REPORT + "/" + v.documentId(), true);
            keyword(doc, KIND, KIND_REPORT, true);
            keyword(doc, REPORT_ID, String.valueOf(v.documentId()), true);
            if (v.missionAndSuccessorOnly()) {
                keyword(doc, AUDIENCE, AUDIENCE_MISSION, false);
            }
            v.successorSubject().ifPresent(s -> keyword(doc, SUCCESSOR, s, false));
        } else {
            keyword(doc, KEY, key(v.documentId(), v.versionNumber()), true);
            keyword(doc, KIND, KIND_GUIDANCE, true);
            keyword(doc, DOCUMENT_ID, String.valueOf(v.documentId()), true);
        }
        doc.add(new StoredField(VERSION, v.versionNumber()));
        keyword(doc, CURRENT, String.valueOf(v.current()), false);
        keyword(doc, STATUS, v.status(), true);
        keyword(doc, CLASSIFICATION, v.classification(), true);
        keyword(doc, MISSION, v.mission(), true);
        keyword(doc, AUTHOR, v.authorSubject(), false);
        keyword(doc, DOCUMENT_STATUS, v.documentStatus(), false);
        keyword(doc, DOCUMENT_AUTHOR, v.documentAuthorSubject(), false);
        keyword(doc, TYPE, v.typeCode(), true);
        v.themeCodes().forEach(t -> keyword(doc, THEME, t, false));
        v.languages().forEach(l -> keyword(doc, LANGUAGE, l, false));
        keyword(doc, YEAR, String.valueOf(v.year()), false);
        keyword(doc, REFERENCE, v.referenceNumber().toLowerCase(Locale.ROOT), false);
        doc.add(new StoredField(REFERENCE_SHOWN, v.referenceNumber()));
        v.effectiveDate().ifPresent(d -> doc.add(new StoredField(EFFECTIVE, d.toString())));
        long day = v.effectiveDate().orElse(v.createdDate()).toEpochDay();
        doc.add(new NumericDocValuesField(EFFECTIVE, day));
        doc.add(new NumericDocValuesField(DOWNLOADS, v.downloads()));
        doc.add(new StoredField(DOWNLOADS, v.downloads()));

        v.titleEn().ifPresent(t -> doc.add(new Field(TITLE_EN, t, STORED_WITH_OFFSETS)));
        v.titleFr().ifPresent(t -> doc.add(new Field(TITLE_FR, t, STORED_WITH_OFFSETS)));
        v.summaryEn().ifPresent(s -> doc.add(new Field(SUMMARY_EN, s, STORED_WITH_OFFSETS)));
        v.summaryFr().ifPresent(s -> doc.add(new Field(SUMMARY_FR, s, STORED_WITH_OFFSETS)));
        for (Optional<String> title : List.of(v.titleEn(), v.titleFr())) {
            title.ifPresent(t -> text(doc, TITLE_ANY, t, false));
        }
        for (Optional<String> part : List.of(v.titleEn(), v.titleFr(), v.summaryEn(), v.summaryFr())) {
            part.ifPresent(t -> text(doc, TEXT_ANY, t, false));
        }
        v.keywords().forEach(k -> {
            text(doc, KEYWORDS, k, false);
            text(doc, TEXT_ANY, k, false);
        });
        body(v, doc, readers);
        if (v.report()) {
            reportTerms(v, doc, readers);
        }

        return new Built(facets.build(withFacets(v, doc)), readers);
    }

    private static Document withFacets(IndexedVersion v, Document doc) {
        doc.add(new SortedSetDocValuesFacetField(TYPE, v.typeCode()));
        v.themeCodes().forEach(t -> doc.add(new SortedSetDocValuesFacetField(THEME, t)));
        v.languages().forEach(l -> doc.add(new SortedSetDocValuesFacetField(LANGUAGE, l)));
        doc.add(new SortedSetDocValuesFacetField(MISSION, v.mission()));
        doc.add(new SortedSetDocValuesFacetField(YEAR, String.valueOf(v.year())));
        doc.add(new SortedSetDocValuesFacetField(STATUS, v.status()));
        return doc;
    }

    /**
     * The body goes to the analysis of the document's language: French when it is in French only,
     * English when in English only, both when mixed or unknown (a reader of either language finds it),
     * and always to the folded field.
     */
    private static void body(IndexedVersion v, Document doc, List<Reader> readers) throws IOException {
        boolean french = v.languages().contains("fr");
        boolean english = v.languages().contains("en");
        boolean both = french == english;
        String stored = null;
        for (String field : both ? List.of(BODY_EN, BODY_FR) : List.of(french ? BODY_FR : BODY_EN)) {
            Optional<Reader> reader = v.body().open();
            if (reader.isEmpty()) {
                return;
            }
            readers.add(reader.get());
            doc.add(new Field(field, reader.get(), WITH_OFFSETS));
            Optional<Reader> pairs = v.body().open();
            if (pairs.isPresent()) {
                readers.add(pairs.get());
                doc.add(new TextField(PAIRS.get(field), pairs.get()));
            }
            if (stored == null) {
                stored = head(v);
            }
            if (stored != null) {
                doc.add(new StoredField(field, stored));
            }
        }
        Optional<Reader> any = v.body().open();
        if (any.isPresent()) {
            readers.add(any.get());
            doc.add(new TextField(TEXT_ANY, any.get()));
        }
    }

    private static void reportTerms(IndexedVersion v, Document doc, List<Reader> readers) throws IOException {
        for (Optional<String> title : List.of(v.titleEn(), v.titleFr())) {
            title.ifPresent(t -> text(doc, REPORT_TERMS, t, false));
        }
        Optional<Reader> reader = v.body().open();
        if (reader.isPresent()) {
            readers.add(reader.get());
            doc.add(new TextField(REPORT_TERMS, reader.get()));
        }
    }

    private static String head(IndexedVersion v) throws IOException {
        Optional<Reader> reader = v.body().open();
        if (reader.isEmpty()) {
            return null;
        }
        try (Reader r = reader.get()) {
            char[] buffer = new char[STORED_BODY_CHARS];
            int filled = 0;
            int n;
            while (filled < buffer.length && (n = r.read(buffer, filled, buffer.length - filled)) > 0) {
                filled += n;
            }
            return new String(buffer, 0, filled);
        }
    }

    private static void keyword(Document doc, String field, String value, boolean stored) {
        doc.add(new StringField(field, value, stored ? Field.Store.YES : Field.Store.NO));
    }

    private static void text(Document doc, String field, String value, boolean stored) {
        doc.add(new TextField(field, value, stored ? Field.Store.YES : Field.Store.NO));
    }
}

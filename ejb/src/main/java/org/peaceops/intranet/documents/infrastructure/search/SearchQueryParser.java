package org.peaceops.intranet.documents.infrastructure.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Reads the search box: words, "phrases", AND/OR/NOT (and + / -), prefixes ({@code protect*}) and the
 * qualifiers {@code title:}, {@code ref:}, {@code type:} (also {@code theme:}, {@code mission:},
 * {@code lang:}, {@code year:}). A plain word is looked for in every text field, each with its own
 * analysis and weight, so "maintiens" meets the French stemmer and "protecting" the English one. Words
 * must all match unless joined by OR. Text that is not valid syntax is searched as plain words, so a
 * stray quote or colon never turns into an error.
 */
final class SearchQueryParser {

    private static final String ANY = "_any";

    private final Analyzer analyzer;

    SearchQueryParser(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    Query parse(String text) {
        if (text == null || text.isBlank()) {
            return new MatchAllDocsQuery();
        }
        Query query;
        try {
            query = parser().parse(text);
        } catch (ParseException | RuntimeException invalid) {
            try {
                query = parser().parse(QueryParser.escape(text));
            } catch (ParseException | RuntimeException stillInvalid) {
                return new MatchAllDocsQuery();
            }
        }
        return query == null ? new BooleanQuery.Builder().build() : positive(query);
    }

    /** "NOT draft" alone would match nothing in Lucene; a reader means "everything but". */
    private static Query positive(Query query) {
        if (query instanceof BooleanQuery bq && !bq.clauses().isEmpty()
                && bq.clauses().stream().allMatch(BooleanClause::isProhibited)) {
            BooleanQuery.Builder all = new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.MUST);
            bq.clauses().forEach(all::add);
            return all.build();
        }
        return query;
    }

    private QueryParser parser() {
        QueryParser parser = new Qualified(analyzer);
        parser.setDefaultOperator(QueryParser.Operator.AND);
        parser.setAllowLeadingWildcard(false);
        parser.setSplitOnWhitespace(true);
        parser.setAutoGeneratePhraseQueries(true);
        return parser;
    }

    /** The classic parser, with the box's virtual fields spread over the index's real ones. */
    private static final class Qualified extends QueryParser {

        Qualified(Analyzer analyzer) {
            super(ANY, analyzer);
        }

        @Override
        protected Query getFieldQuery(String field, String text, boolean quoted) throws ParseException {
            if (INDEX_TEXT_FIELDS.contains(field)) {
                // One of the fields a virtual one is spread over: the parser's phrase building (quoted
                // text, with or without slop) comes back here for each of them, and must stop here. It
                // used to spread again, so a phrase ran on every field once per field (64 phrase queries,
                // most of the time of a phrase search) and title:"..." matched bodies too.
                return super.getFieldQuery(field, text, quoted);
            }
            return switch (qualifier(field)) {
                case "title" -> across(IndexFields.TITLE_WEIGHTS, f -> super.getFieldQuery(f, text, quoted));
                case "ref" -> reference(text);
                case "type" -> keyword(IndexFields.TYPE, text.toUpperCase(Locale.ROOT).replace(' ', '_'));
                case "theme" -> keyword(IndexFields.THEME, text.toUpperCase(Locale.ROOT).replace(' ', '_'));
                case "mission" -> keyword(IndexFields.MISSION, text.toUpperCase(Locale.ROOT));
                case "lang" -> keyword(IndexFields.LANGUAGE, text.toLowerCase(Locale.ROOT));
                case "year" -> keyword(IndexFields.YEAR, text);
                default -> anywhere(text, quoted);
            };
        }

        @Override
        protected Query getFieldQuery(String field, String text, int slop) throws ParseException {
            String q = qualifier(field);
            if (q.equals("title")) {
                return across(IndexFields.TITLE_WEIGHTS, f -> super.getFieldQuery(f, text, slop));
            }
            if (q.equals(ANY) || !KNOWN.contains(q)) {
                Query reference = reference(text);
                Query words = across(IndexFields.TEXT_WEIGHTS, f -> super.getFieldQuery(f, text, slop));
                return either(words, reference);
            }
            return getFieldQuery(field, text, true);
        }

        private Query anywhere(String text, boolean quoted) throws ParseException {
            Query words = across(IndexFields.TEXT_WEIGHTS, f -> super.getFieldQuery(f, text, quoted));
            return either(words, reference(text));
        }

        @Override
        protected Query getPrefixQuery(String field, String prefix) throws ParseException {
            String q = qualifier(field);
            if (q.equals("ref")) {
                return new PrefixQuery(new Term(IndexFields.REFERENCE, prefix.toLowerCase(Locale.ROOT)));
            }
            String normal = normal(prefix);
            List<String> fields = q.equals("title") ? List.of(IndexFields.TITLE_ANY) : IndexFields.PREFIX_FIELDS;
            return dismax(fields.stream().map(f -> (Query) new PrefixQuery(new Term(f, normal))).toList());
        }

        @Override
        protected Query getWildcardQuery(String field, String pattern) throws ParseException {
            String q = qualifier(field);
            List<String> fields = q.equals("title") ? List.of(IndexFields.TITLE_ANY) : IndexFields.PREFIX_FIELDS;
            List<Query> parts = new ArrayList<>();
            for (String f : fields) {
                parts.add(super.getWildcardQuery(f, pattern.toLowerCase(Locale.ROOT)));
            }
            return dismax(parts);
        }

        @Override
        protected Query getFuzzyQuery(String field, String term, float similarity) throws ParseException {
            return super.getFuzzyQuery(IndexFields.TEXT_ANY, normal(term), similarity);
        }

        @Override
        protected Query getRangeQuery(String field, String part1, String part2, boolean start, boolean end)
                throws ParseException {
            return super.getRangeQuery(qualifier(field).equals("year") ? IndexFields.YEAR : IndexFields.TEXT_ANY,
                    part1, part2, start, end);
        }

        @Override
        protected Query getRegexpQuery(String field, String regexp) throws ParseException {
            // Regular expressions are slow to run and nobody in the field types them: plain words instead.
            return anywhere(regexp, false);
        }

        private String normal(String text) {
            return getAnalyzer().normalize(IndexFields.TEXT_ANY, text).utf8ToString();
        }

        /** "2007.04", "S/2019/12": words with a digit and no spaces; anything else is not a reference. */
        private static final java.util.regex.Pattern REFERENCE_LIKE =
                java.util.regex.Pattern.compile("(?=.*\\d)[\\p{L}\\p{N}./_-]+");

        private static final List<String> KNOWN = List.of("title", "ref", "type", "theme", "mission", "lang", "year");

        private static final java.util.Set<String> INDEX_TEXT_FIELDS = java.util.stream.Stream.concat(
                IndexFields.TEXT_WEIGHTS.keySet().stream(), IndexFields.TITLE_WEIGHTS.keySet().stream())
                .collect(java.util.stream.Collectors.toUnmodifiableSet());

        private static String qualifier(String field) {
            String lower = field.toLowerCase(Locale.ROOT);
            return KNOWN.contains(lower) ? lower : field.equals(ANY) ? ANY : "unknown";
        }

        /** A reference number typed as a word: "2007.04" matches exactly that document, with high weight. */
        private static Query reference(String text) {
            String normal = text.strip().toLowerCase(Locale.ROOT);
            if (!REFERENCE_LIKE.matcher(normal).matches()) {
                return null;
            }
            return new BoostQuery(new TermQuery(new Term(IndexFields.REFERENCE, normal)), IndexFields.REFERENCE_WEIGHT);
        }

        private static Query keyword(String field, String value) {
            return new TermQuery(new Term(field, value.strip()));
        }

        private static Query either(Query words, Query reference) {
            if (reference == null) {
                return words;
            }
            if (words == null) {
                return reference;
            }
            return new DisjunctionMaxQuery(List.of(words, reference), 0f);
        }

        private interface FieldQuery {
            Query on(String field) throws ParseException;
        }

        /** The best matching field counts, the others a little (tie breaker), each with its weight. */
        private static Query across(Map<String, Float> weights, FieldQuery perField) throws ParseException {
            List<Query> parts = new ArrayList<>();
            for (Map.Entry<String, Float> field : weights.entrySet()) {
                Query q = perField.on(field.getKey());
                if (q != null) {
                    parts.add(new BoostQuery(q, field.getValue()));
                }
            }
            return parts.isEmpty() ? null : new DisjunctionMaxQuery(parts, 0.1f);
        }

        private static Query dismax(List<Query> parts) {
            return parts.size() == 1 ? parts.get(0) : new DisjunctionMaxQuery(parts, 0f);
        }
    }
}

package org.peaceops.intranet.bench.search;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * The baseline: PostgreSQL full-text search (tsvector column with weights A/B/D, GIN index) over the
 * same library, queried like the results page: the access filter in the WHERE clause, the total, type
 * counts, and the top ten by ts_rank with a ts_headline snippet.
 */
final class PostgresRun {

    private static final String SEARCH = """
            with hits as (
              select id, type, tsv, body from bench_doc
              where tsv @@ to_tsquery('english', ?) and current
                and (classification <> 'CONFIDENTIAL' or mission = 'UNMISS' or author = 'bench-reader')
                and status in ('PROMULGATED', 'UNDER_REVIEW', 'SUPERSEDED')
            ), top as (
              select id, ts_rank(tsv, to_tsquery('english', ?)) as rank, body from hits order by rank desc limit 10
            )
            select 'hit', id::text, ts_headline('english', body, to_tsquery('english', ?), 'MaxFragments=2'), 0 from top
            union all select 'type', type, null, count(*) from hits group by type
            union all select 'total', null, null, count(*) from hits
            """;

    private final String url;
    private final String user;
    private final String password;

    PostgresRun(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    /** @return nanoseconds spent loading the rows and building the GIN index */
    long load(Corpus corpus, int documents) throws Exception {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("drop table if exists bench_doc");
            s.execute("""
                    create table bench_doc (id bigint, version int, current boolean, status text, classification text,
                      mission text, author text, type text, title text, summary text, body text,
                      tsv tsvector generated always as (
                        setweight(to_tsvector('english', coalesce(title, '')), 'A') ||
                        setweight(to_tsvector('english', coalesce(summary, '')), 'B') ||
                        setweight(to_tsvector('english', coalesce(body, '')), 'D')) stored)""");
            long start = System.nanoTime();
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            StringBuilder batch = new StringBuilder();
            for (int i = 0; i < documents; i++) {
                Corpus.Generated g = corpus.document(i);
                row(batch, g, g.superseded() ? 2 : 1, true, "PROMULGATED");
                if (g.superseded()) {
                    row(batch, g, 1, false, "SUPERSEDED");
                }
                if ((i + 1) % 2_000 == 0 || i == documents - 1) {
                    copy.copyIn("copy bench_doc (id, version, current, status, classification, mission, author, type,"
                            + " title, summary, body) from stdin", new StringReader(batch.toString()));
                    batch.setLength(0);
                }
                if ((i + 1) % 10_000 == 0) {
                    System.out.printf("  postgresql: %,d documents loaded%n", i + 1);
                }
            }
            s.execute("create index bench_doc_tsv on bench_doc using gin (tsv)");
            s.execute("analyze bench_doc");
            return System.nanoTime() - start;
        }
    }

    private static void row(StringBuilder out, Corpus.Generated g, int version, boolean current, String status) {
        out.append(g.id()).append('\t').append(version).append('\t').append(current ? "t" : "f").append('\t')
                .append(status).append('\t').append(g.classification()).append('\t').append(g.mission()).append('\t')
                .append("author-").append(g.id() % 300).append('\t').append(g.type()).append('\t')
                .append(escape(g.title())).append('\t').append(escape(g.summary())).append('\t')
                .append(escape(g.body())).append('\n');
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\t", " ").replace("\n", " ").replace("\r", " ");
    }

    long sizeBytes() throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("select pg_total_relation_size('bench_doc')")) {
            r.next();
            return r.getLong(1);
        }
    }

    /** One search on a connection the caller keeps open. */
    static long run(Connection c, String tsquery) throws SQLException {
        long start = System.nanoTime();
        try (PreparedStatement p = c.prepareStatement(SEARCH)) {
            p.setString(1, tsquery);
            p.setString(2, tsquery);
            p.setString(3, tsquery);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    r.getString(3);
                }
            }
        }
        return System.nanoTime() - start;
    }
}

package org.peaceops.intranet.documents.infrastructure;

/** The SQL of {@link JpaReadingCounts}, apart so that a test runs exactly these statements on H2. */
final class ReadingCountSql {

    /** Parameters: document id, mission, first day of the month, views to add, downloads to add. */
    private static final String POSTGRESQL_UPSERT = "insert into documents.reading_count "
            + "(document_id, mission_code, reading_month, views, downloads) values (?1, ?2, ?3, ?4, ?5) "
            + "on conflict (document_id, mission_code, reading_month) do update set "
            + "views = documents.reading_count.views + excluded.views, "
            + "downloads = documents.reading_count.downloads + excluded.downloads";

    private static final String STANDARD_MERGE = "merge into documents.reading_count t using (values "
            + "(cast(?1 as bigint), cast(?2 as varchar(20)), cast(?3 as date), cast(?4 as bigint), cast(?5 as bigint))) "
            + "s (document_id, mission_code, reading_month, views, downloads) "
            + "on t.document_id = s.document_id and t.mission_code = s.mission_code and t.reading_month = s.reading_month "
            + "when matched then update set views = t.views + s.views, downloads = t.downloads + s.downloads "
            + "when not matched then insert (document_id, mission_code, reading_month, views, downloads) "
            + "values (s.document_id, s.mission_code, s.reading_month, s.views, s.downloads)";

    /** Parameters: document id, first month. */
    static final String FOR_DOCUMENT = "select document_id, mission_code, reading_month, views, downloads "
            + "from documents.reading_count where document_id = ?1 and reading_month >= ?2 "
            + "order by reading_month desc, mission_code";

    /** Parameters: first month, page size, offset. Ties go to the older document id (a stable order). */
    static final String MOST_READ = "select document_id, sum(views), sum(downloads) from documents.reading_count "
            + "where reading_month >= ?1 group by document_id "
            + "order by sum(views) + sum(downloads) desc, document_id limit ?2 offset ?3";

    private ReadingCountSql() {
    }

    static String upsert(boolean postgresql) {
        return postgresql ? POSTGRESQL_UPSERT : STANDARD_MERGE;
    }
}

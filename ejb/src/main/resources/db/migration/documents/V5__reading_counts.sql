-- Reading counts (issue 5, Reading): views and downloads of each document per reader's mission per
-- calendar month (UTC), as counters. A page view adds 1 to views in its own transaction; a download adds
-- 1 to downloads in the transaction that writes its VERSION_DOWNLOADED audit line, so the two agree.
-- Counters rather than a count over the audit trail: views are not audit events, and the "most read"
-- panel on the home page must not scan 50,000 audit lines per request.
-- Upserted with INSERT ... ON CONFLICT on PostgreSQL and MERGE on H2 (see JpaReadingCounts).

create table reading_count (
    document_id    bigint       not null,
    mission_code   varchar(20)  not null,
    reading_month  date         not null,
    views          bigint       not null default 0,
    downloads      bigint       not null default 0,
    constraint pk_reading_count primary key (document_id, mission_code, reading_month),
    constraint fk_reading_count_document foreign key (document_id) references guidance_document (id) on delete cascade,
    constraint ck_reading_count_month check (extract(day from reading_month) = 1),
    constraint ck_reading_count_positive check (views >= 0 and downloads >= 0)
);

-- "Most read since": a range over months, then per document.
create index ix_reading_count_month on reading_count (reading_month, document_id);

-- What Apache Tika found in each stored file (issue 5, ingest): one row per content hash, since the same
-- bytes always give the same text; every version whose file has that hash shares it. The text itself
-- lives gzip'ed beside the blobs (<data dir>/texts); this row says whether it is there and why not.
-- Status and reason are Java enums stored by name (no "in (...)" check: see V2's header).

create table content_extraction (
    content_sha256    varchar(64)   not null primary key,
    status            varchar(20)   not null,
    reason            varchar(30),
    reason_detail     varchar(1000),
    detected_type     varchar(255),
    title             varchar(500),
    author            varchar(500),
    page_count        integer,
    language_code     varchar(8),
    text_chars        bigint,
    attempts          integer       not null default 0,
    requested_at      timestamp     not null,
    finished_at       timestamp,
    row_version       bigint        not null default 0
);

create index ix_content_extraction_status on content_extraction (status, requested_at);

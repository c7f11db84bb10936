-- Download receipts: who has downloaded which version's file, with the content (the ETag) they got.
-- A download is recorded in the audit trail and counted once per person, version and content, whatever
-- the Range header says: a resumed download, a download manager's parallel ranges or a suffix range
-- ("bytes=-2000000000") all get the same file and so count as one. The first request that sends bytes
-- inserts the receipt (INSERT ... ON CONFLICT DO NOTHING on PostgreSQL, MERGE on H2); only the request
-- that inserted it writes the audit line and adds to the counters, in the same transaction.

create table download_receipt (
    subject         varchar(255) not null,
    document_id     bigint       not null,
    version_number  integer      not null,
    content_sha256  char(64)     not null,
    first_at        timestamp    not null,
    constraint pk_download_receipt primary key (subject, document_id, version_number, content_sha256),
    constraint fk_download_receipt_document foreign key (document_id) references guidance_document (id) on delete cascade
);

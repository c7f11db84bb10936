-- In-app notifications of the guidance workflow (issue 5, Lifecycle): one row per person told about a
-- step. The document is referenced by id without a foreign key, like the audit trail: a notification
-- keeps the label and title it was written with. SQL accepted by PostgreSQL and H2 (MODE=PostgreSQL).
create table notification (
    id                 bigint        not null primary key,
    recipient_subject  varchar(255)  not null,
    kind               varchar(30)   not null,
    document_id        bigint        not null,
    version_number     integer       not null,
    document_label     varchar(120)  not null,
    document_title     varchar(500),
    actor_subject      varchar(255)  not null,
    step_comment       varchar(2000),
    created_at         timestamp     not null,
    read_at            timestamp
);

create sequence notification_seq start with 1 increment by 1;
-- The bell asks "how many unread for me" on every page: recipient first, then read_at.
create index ix_notification_recipient on notification (recipient_subject, read_at);
create index ix_notification_recipient_created on notification (recipient_subject, created_at);

-- Related documents (issue 5, metadata): a document points to others, by id; both ends are documents of
-- this repository, so a deleted document takes its links with it.
create table guidance_related_document (
    document_id          bigint not null,
    related_document_id  bigint not null,
    constraint pk_guidance_related primary key (document_id, related_document_id),
    constraint fk_related_document foreign key (document_id) references guidance_document (id) on delete cascade,
    constraint fk_related_target foreign key (related_document_id) references guidance_document (id) on delete cascade,
    constraint ck_related_not_self check (document_id <> related_document_id)
);

create index ix_guidance_related_target on guidance_related_document (related_document_id);

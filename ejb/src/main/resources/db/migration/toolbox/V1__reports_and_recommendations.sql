-- The Best Practices Toolbox: report types as versioned data, reports with their values and review
-- steps, and the recommendations they carry. SQL kept to what PostgreSQL and H2 (MODE=PostgreSQL) both
-- accept, as in the documents schema: bigint ids from sequences, varchar, boolean, date, timestamp (UTC
-- wall-clock time), and no check constraints on enum columns (the Java enums guard them).
-- Other contexts are referred to by identifier only (guidance document id and version, mission code,
-- person subject, blob SHA-256): no foreign key leaves this schema.

create table report_definition (
    id            bigint       not null primary key,
    code          varchar(60)  not null,
    name_en       varchar(120) not null,
    name_fr       varchar(120) not null,
    audience      varchar(30)  not null,
    active        boolean      not null default true,
    sort_order    integer      not null,
    row_version   bigint       not null default 0,
    constraint uq_report_definition_code unique (code)
);

create sequence report_definition_seq start with 100 increment by 1;

-- Immutable once written: reports point at (definition_id, version_number).
create table report_definition_version (
    id              bigint       not null primary key,
    definition_id   bigint       not null,
    version_number  integer      not null,
    created_by      varchar(255) not null,
    created_at      timestamp    not null,
    constraint fk_definition_version_definition foreign key (definition_id) references report_definition (id),
    constraint uq_definition_version unique (definition_id, version_number)
);

create sequence report_definition_version_seq start with 100 increment by 1;

-- Fields and, after their list, the columns of lists of rows (parent_key names the list; '' at top level).
create table report_definition_field (
    version_id  bigint       not null,
    position    integer      not null,
    field_key   varchar(40)  not null,
    parent_key  varchar(40)  not null default '',
    kind        varchar(20)  not null,
    required    boolean      not null,
    multiple    boolean      not null default false,
    label_en    varchar(200) not null,
    label_fr    varchar(200) not null,
    max_length  integer,
    constraint pk_report_definition_field primary key (version_id, position),
    constraint uq_report_definition_field_key unique (version_id, parent_key, field_key),
    constraint fk_definition_field_version foreign key (version_id) references report_definition_version (id)
);

create table report (
    id                  bigint       not null primary key,
    definition_id       bigint       not null,
    definition_version  integer      not null,
    type_code           varchar(60)  not null,
    audience            varchar(30)  not null,
    mission_code        varchar(20)  not null,
    title               varchar(200) not null,
    author_subject      varchar(255) not null,
    status              varchar(20)  not null,
    classification      varchar(20),
    successor_subject   varchar(255),
    created_at          timestamp    not null,
    updated_at          timestamp    not null,
    published_at        timestamp,
    row_version         bigint       not null default 0,
    constraint fk_report_definition_version foreign key (definition_id, definition_version)
        references report_definition_version (definition_id, version_number)
);

create sequence report_seq start with 1 increment by 1;
create index ix_report_mission_status on report (mission_code, status);
create index ix_report_author on report (author_subject);
create index ix_report_type on report (type_code);

-- One row per text, date or period, mission, person or file of a field, or of a column in one row of a list.
create table report_value (
    report_id    bigint        not null,
    seq          integer       not null,
    field_key    varchar(40)   not null,
    row_no       integer       not null,
    column_key   varchar(40)   not null,
    item_no      integer       not null,
    kind         varchar(20)   not null,
    text_value   varchar(200000),
    date_from    date,
    date_to      date,
    reference    varchar(255),
    file_name    varchar(255),
    file_size    bigint,
    media_type   varchar(255),
    constraint pk_report_value primary key (report_id, seq),
    constraint fk_report_value_report foreign key (report_id) references report (id) on delete cascade
);

-- Attachments keep their blobs alive: the orphan sweep must count these references.
create index ix_report_value_reference on report_value (reference);

create table report_step (
    report_id      bigint        not null,
    seq            integer       not null,
    from_status    varchar(20),
    to_status      varchar(20)   not null,
    actor_subject  varchar(255)  not null,
    occurred_at    timestamp     not null,
    reason         varchar(2000),
    constraint pk_report_step primary key (report_id, seq),
    constraint fk_report_step_report foreign key (report_id) references report (id) on delete cascade
);

create table recommendation (
    id                    bigint        not null primary key,
    report_id             bigint        not null,
    text                  varchar(4000) not null,
    office_addressed      varchar(200)  not null,
    priority              varchar(10)   not null,
    due_date              date,
    status                varchar(20)   not null,
    decision_note         varchar(2000),
    decided_by            varchar(255),
    decided_at            timestamp,
    guidance_document_id  bigint,
    guidance_version      integer,
    guidance_origin       varchar(30),
    created_by            varchar(255)  not null,
    created_at            timestamp     not null,
    row_version           bigint        not null default 0,
    constraint fk_recommendation_report foreign key (report_id) references report (id) on delete cascade
);

create sequence recommendation_seq start with 1 increment by 1;
create index ix_recommendation_report on recommendation (report_id);
create index ix_recommendation_status_due on recommendation (status, due_date);
create index ix_recommendation_guidance on recommendation (guidance_document_id);

-- Guidance documents, their versions and lifecycle history, the thematic taxonomy, the audit trail and
-- the search outbox (issue 5). SQL kept to what PostgreSQL and H2 (MODE=PostgreSQL) both accept:
-- bigint ids from sequences, varchar, boolean, date, timestamp (UTC wall-clock time, see the entities).
-- No "column in ('A', 'B')" checks for the enum columns (status, classification): H2 2.4.240 fails every
-- insert with "Check constraint invalid ... database has been closed" once the session that created such
-- a constraint is closed (Flyway's). The Java enums are the guard there.

create table thematic_area (
    id          bigint       not null primary key,
    code        varchar(60)  not null,
    name_en     varchar(120) not null,
    name_fr     varchar(120) not null,
    sort_order  integer      not null,
    active      boolean      not null default true,
    constraint uq_thematic_area_code unique (code)
);

create sequence thematic_area_seq start with 100 increment by 1;

insert into thematic_area (id, code, name_en, name_fr, sort_order) values
    (1, 'PROTECTION_OF_CIVILIANS', 'Protection of civilians', 'Protection des civils', 10),
    (2, 'GENDER', 'Gender', 'Genre', 20),
    (3, 'RULE_OF_LAW', 'Rule of law', 'État de droit', 30),
    (4, 'DDR', 'Disarmament, demobilization and reintegration', 'Désarmement, démobilisation et réintégration', 40),
    (5, 'CONDUCT_AND_DISCIPLINE', 'Conduct and discipline', 'Déontologie et discipline', 50),
    (6, 'PLANNING', 'Planning', 'Planification', 60),
    (7, 'CIVIL_AFFAIRS', 'Civil affairs', 'Affaires civiles', 70),
    (8, 'LOGISTICS', 'Logistics', 'Logistique', 80),
    (9, 'SECURITY_SECTOR_REFORM', 'Security sector reform', 'Réforme du secteur de la sécurité', 90),
    (10, 'HUMAN_RIGHTS', 'Human rights', 'Droits de l''homme', 100);

create table guidance_document (
    id                bigint       not null primary key,
    document_type_id  bigint       not null,
    reference_number  varchar(40)  not null,
    owning_office     varchar(200) not null,
    mission_code      varchar(20)  not null,
    classification    varchar(20)  not null,
    created_by        varchar(255) not null,
    created_at        timestamp    not null,
    updated_at        timestamp    not null,
    row_version       bigint       not null default 0,
    constraint fk_guidance_document_type foreign key (document_type_id) references document_type (id),
    constraint uq_guidance_reference unique (document_type_id, reference_number)
);

create sequence guidance_document_seq start with 1 increment by 1;
create index ix_guidance_document_mission on guidance_document (mission_code);

create table guidance_thematic_area (
    document_id       bigint not null,
    thematic_area_id  bigint not null,
    constraint pk_guidance_thematic_area primary key (document_id, thematic_area_id),
    constraint fk_guidance_theme_document foreign key (document_id) references guidance_document (id) on delete cascade,
    constraint fk_guidance_theme_area foreign key (thematic_area_id) references thematic_area (id)
);

create index ix_guidance_theme_area on guidance_thematic_area (thematic_area_id);

create table document_version (
    id                     bigint        not null primary key,
    document_id            bigint        not null,
    version_number         integer       not null,
    title_en               varchar(500),
    title_fr               varchar(500),
    summary_en             varchar(4000),
    summary_fr             varchar(4000),
    requested_review_date  date,
    content_sha256         varchar(64),
    content_size           bigint,
    media_type             varchar(255),
    original_file_name     varchar(255),
    status                 varchar(20)   not null,
    author_subject         varchar(255)  not null,
    created_at             timestamp     not null,
    approved_by            varchar(255),
    approved_at            timestamp,
    effective_date         date,
    review_date            date,
    in_force_until         date,
    is_current             boolean       not null default false,
    constraint fk_version_document foreign key (document_id) references guidance_document (id) on delete cascade,
    constraint uq_version_number unique (document_id, version_number),
    constraint ck_version_number check (version_number > 0),
    constraint ck_version_title check (title_en is not null or title_fr is not null),
    constraint ck_version_file check ((content_sha256 is null and content_size is null)
        or (content_sha256 is not null and content_size is not null and content_size >= 0))
);

create sequence document_version_seq start with 1 increment by 1;
create index ix_version_current_status on document_version (is_current, status);
create index ix_version_review_date on document_version (status, review_date);
create index ix_version_content on document_version (content_sha256);

create table document_version_language (
    version_id     bigint      not null,
    language_code  varchar(8)  not null,
    constraint pk_version_language primary key (version_id, language_code),
    constraint fk_version_language_version foreign key (version_id) references document_version (id) on delete cascade
);

create index ix_version_language_code on document_version_language (language_code);

create table document_version_keyword (
    version_id  bigint       not null,
    keyword     varchar(100) not null,
    constraint pk_version_keyword primary key (version_id, keyword),
    constraint fk_version_keyword_version foreign key (version_id) references document_version (id) on delete cascade
);

create table lifecycle_transition (
    id                  bigint        not null primary key,
    version_id          bigint        not null,
    from_status         varchar(20),
    to_status           varchar(20)   not null,
    actor_subject       varchar(255)  not null,
    occurred_at         timestamp     not null,
    transition_comment  varchar(2000),
    constraint fk_transition_version foreign key (version_id) references document_version (id) on delete cascade
);

create sequence lifecycle_transition_seq start with 1 increment by 1;
create index ix_transition_version on lifecycle_transition (version_id);

-- No foreign key to the target: an audit line must outlive what it is about.
create table audit_entry (
    id             bigint        not null primary key,
    occurred_at    timestamp     not null,
    actor_subject  varchar(255)  not null,
    action         varchar(60)   not null,
    target_type    varchar(60)   not null,
    target_id      varchar(100)  not null,
    detail         varchar(4000)
);

create sequence audit_entry_seq start with 1 increment by 1;
create index ix_audit_occurred on audit_entry (occurred_at);
create index ix_audit_target on audit_entry (target_type, target_id);

-- No foreign key to the document either: a deletion is announced to the indexer after the row is gone.
create table search_outbox (
    id              bigint       not null primary key,
    document_id     bigint       not null,
    version_number  integer,
    change_kind     varchar(30)  not null,
    created_at      timestamp    not null,
    processed_at    timestamp
);

create sequence search_outbox_seq start with 1 increment by 1;
create index ix_search_outbox_pending on search_outbox (processed_at, id);

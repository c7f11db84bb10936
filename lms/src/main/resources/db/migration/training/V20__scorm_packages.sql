-- SCORM e-learning packages. A package is kept once per content (its zip's SHA-256): its files are
-- blobs of the documents content store, one per file by its own SHA-256, so a second import of the same
-- package (or another package sharing a file) stores nothing twice. A lesson plays one version of a
-- package at a time; a learner's attempt stays on the version it started with. Depends on V1-V4 only.
create table scorm_package (
    id                  bigint        not null primary key,
    sha256              varchar(64)   not null,
    scorm_version       varchar(20)   not null,
    manifest_identifier varchar(255)  not null,
    package_version     varchar(100)  not null,
    title               varchar(500)  not null,
    total_bytes         bigint        not null,
    imported_by         varchar(255)  not null,
    imported_at         timestamp     not null,
    constraint uq_scorm_package_sha256 unique (sha256),
    constraint ck_scorm_package_version check (scorm_version in
        ('SCORM_12', 'SCORM_2004_2ND', 'SCORM_2004_3RD', 'SCORM_2004_4TH'))
);

create table scorm_package_file (
    package_id          bigint        not null,
    path                varchar(1000) not null,
    blob_sha256         varchar(64)   not null,
    size_bytes          bigint        not null,
    constraint pk_scorm_package_file primary key (package_id, path),
    constraint fk_scorm_package_file_package foreign key (package_id) references scorm_package (id)
);
create index ix_scorm_package_file_blob on scorm_package_file (blob_sha256);

-- The table of contents: the items of the manifest's default organization that launch a file, in order.
create table scorm_package_item (
    package_id          bigint        not null,
    position            integer       not null,
    identifier          varchar(255)  not null,
    title               varchar(500)  not null,
    launch_path         varchar(1000) not null,
    launch_suffix       varchar(1000) not null,
    is_sco              boolean       not null,
    mastery_score       numeric(7, 4),
    constraint pk_scorm_package_item primary key (package_id, position),
    constraint fk_scorm_package_item_package foreign key (package_id) references scorm_package (id)
);

-- A lesson's package versions: imported (shown to the trainer), then published; the latest published plays.
create table scorm_lesson_version (
    id                  bigint        not null primary key,
    lesson_id           bigint        not null,
    version_number      integer       not null,
    package_id          bigint        not null,
    added_by            varchar(255)  not null,
    added_at            timestamp     not null,
    published_at        timestamp,
    constraint uq_scorm_lesson_version unique (lesson_id, version_number),
    constraint fk_scorm_lesson_version_lesson foreign key (lesson_id) references lesson (id),
    constraint fk_scorm_lesson_version_package foreign key (package_id) references scorm_package (id)
);

-- One learner's run-time data for one SCO of one lesson version, as the SCO last committed it.
create table scorm_attempt (
    id                  bigint        not null primary key,
    version             integer       not null,
    learner_subject     varchar(255)  not null,
    lesson_version_id   bigint        not null,
    item_identifier     varchar(255)  not null,
    completion_status   varchar(20)   not null,
    success_status      varchar(20)   not null,
    score_raw           numeric(12, 4),
    score_min           numeric(12, 4),
    score_max           numeric(12, 4),
    score_scaled        numeric(6, 5),
    location            varchar(1000),
    suspend_data        varchar(64000),
    total_seconds       bigint        not null,
    session_seconds     bigint        not null,
    sessions            integer       not null,
    started_at          timestamp     not null,
    updated_at          timestamp     not null,
    completed_at        timestamp,
    constraint uq_scorm_attempt unique (learner_subject, lesson_version_id, item_identifier),
    constraint fk_scorm_attempt_lesson_version foreign key (lesson_version_id) references scorm_lesson_version (id),
    constraint ck_scorm_attempt_completion check (completion_status in ('NOT_ATTEMPTED', 'INCOMPLETE', 'COMPLETED', 'UNKNOWN')),
    constraint ck_scorm_attempt_success check (success_status in ('PASSED', 'FAILED', 'UNKNOWN'))
);
create index ix_scorm_attempt_lesson_version on scorm_attempt (lesson_version_id);

create sequence scorm_seq start with 50 increment by 50;

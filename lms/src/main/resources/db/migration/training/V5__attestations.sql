-- Pre-deployment attestations: a batch per uploaded file (stored whole or not at all), verified or
-- rejected by a second trainer; its lines become training records when verified.
create table attestation_batch (
    id                 bigint        not null primary key,
    mission            varchar(20)   not null,
    file_name          varchar(255)  not null,
    uploaded_by        varchar(255)  not null,
    uploaded_by_name   varchar(255)  not null,
    uploaded_at        timestamp     not null,
    line_count         integer       not null,
    new_people         integer       not null,
    status             varchar(20)   not null,
    decided_by         varchar(255),
    decided_by_name    varchar(255),
    decided_at         timestamp,
    rejection_reason   varchar(1000),
    version            integer       not null,
    constraint ck_attestation_batch_status check (status in ('PENDING', 'VERIFIED', 'REJECTED'))
);
create index ix_attestation_batch_mission on attestation_batch (mission, uploaded_at);

create table attestation (
    id                 bigint        not null primary key,
    batch_id           bigint        not null,
    line_number        integer       not null,
    person_id          varchar(255)  not null,
    person_name        varchar(255)  not null,
    category           varchar(20)   not null,
    country            varchar(60)   not null,
    course_id          bigint        not null,
    course_code        varchar(40)   not null,
    course_version_id  bigint        not null,
    completed_on       date          not null,
    training_centre    varchar(255)  not null,
    constraint fk_attestation_batch foreign key (batch_id) references attestation_batch (id),
    constraint fk_attestation_course foreign key (course_id) references course (id),
    constraint fk_attestation_version foreign key (course_version_id) references course_version (id)
);
create index ix_attestation_batch on attestation (batch_id, line_number);
-- "Already recorded": the same person, course and day in another batch.
create index ix_attestation_key on attestation (person_id, course_id, completed_on);

create sequence attestation_seq start with 50 increment by 50;

-- Lesson progress, quiz attempts, immutable training records (completion) and certificates
-- (issue 7, My training, Quizzes, Completion, Certificates).
create table lesson_progress (
    id                 bigint       not null primary key,
    learner_subject    varchar(255) not null,
    lesson_id          bigint       not null,
    completed_at       timestamp    not null,
    constraint uq_lesson_progress unique (learner_subject, lesson_id),
    constraint fk_lesson_progress_lesson foreign key (lesson_id) references lesson (id)
);

create table quiz_attempt (
    id                 bigint       not null primary key,
    learner_subject    varchar(255) not null,
    course_version_id  bigint       not null,
    attempt_number     integer      not null,
    question_order     varchar(2000) not null,
    answers            varchar(4000),
    started_at         timestamp    not null,
    submitted_at       timestamp,
    score_percent      integer,
    passed             boolean,
    constraint uq_quiz_attempt unique (learner_subject, course_version_id, attempt_number),
    constraint fk_quiz_attempt_version foreign key (course_version_id) references course_version (id)
);

-- A completion: never updated or deleted (the entity refuses; no service offers it).
create table training_record (
    id                    bigint       not null primary key,
    learner_subject       varchar(255) not null,
    learner_name          varchar(255) not null,
    mission               varchar(20)  not null,
    category              varchar(20)  not null,
    course_id             bigint       not null,
    course_code           varchar(40)  not null,
    course_title          varchar(200) not null,
    course_version_number integer      not null,
    method                varchar(20)  not null,
    score_percent         integer,
    completed_at          timestamp    not null,
    recorded_by           varchar(255) not null,
    constraint fk_training_record_course foreign key (course_id) references course (id)
);
create index ix_training_record_learner on training_record (learner_subject);
create index ix_training_record_course on training_record (course_id);

create table record_citation (
    record_id          bigint       not null,
    position           integer      not null,
    document_id        bigint       not null,
    version_number     integer      not null,
    reference_number   varchar(60)  not null,
    title              varchar(500) not null,
    constraint pk_record_citation primary key (record_id, position),
    constraint fk_record_citation_record foreign key (record_id) references training_record (id)
);
create index ix_record_citation_document on record_citation (document_id, version_number);

create table certificate (
    id                 bigint       not null primary key,
    record_id          bigint       not null,
    code               varchar(20)  not null,
    learner_subject    varchar(255) not null,
    holder_name        varchar(255) not null,
    course_id          bigint       not null,
    course_title       varchar(200) not null,
    issued_on          date         not null,
    expires_on         date,
    recertification_assigned boolean not null default false,
    constraint uq_certificate_code unique (code),
    constraint uq_certificate_record unique (record_id),
    constraint fk_certificate_record foreign key (record_id) references training_record (id)
);
create index ix_certificate_expiry on certificate (expires_on);

create sequence learning_seq start with 50 increment by 50;

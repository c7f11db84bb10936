-- Course versions with modules, lessons, citations of guidance pinned to a version, and the quiz
-- (issue 7, Catalogue and Quizzes). Publishing freezes a version; a change makes the next one.
-- The position of a module, lesson or question is written by JPA after the row (nullable for that).
-- Enum columns are guarded by the Java enums, not by "in (...)" checks (H2 2.4 bug, see documents V2).
alter table course add column description_en varchar(4000);
alter table course add column description_fr varchar(4000);
alter table course add column audience varchar(400);
alter table course add column duration_minutes integer;
alter table course add column delivery_mode varchar(20) default 'E_LEARNING' not null;
alter table course add column owner_subject varchar(255);
alter table course add column mission_scope varchar(20) default 'HQ' not null;
alter table course add column certificate_validity_months integer;
alter table course add column out_of_date boolean default false not null;
alter table course add column out_of_date_reason varchar(400);

create table course_version (
    id                 bigint       not null primary key,
    course_id          bigint       not null,
    number             integer      not null,
    published          boolean      not null default false,
    published_at       timestamp,
    published_by       varchar(255),
    pass_mark_percent  integer      not null default 80,
    attempt_limit      integer      not null default 3,
    shuffle_questions  boolean      not null default true,
    constraint fk_course_version_course foreign key (course_id) references course (id),
    constraint uq_course_version unique (course_id, number),
    constraint ck_course_version_pass_mark check (pass_mark_percent between 0 and 100),
    constraint ck_course_version_attempts check (attempt_limit >= 0)
);

create table course_module (
    id                 bigint       not null primary key,
    course_version_id  bigint       not null,
    position           integer,
    title              varchar(200) not null,
    constraint fk_course_module_version foreign key (course_version_id) references course_version (id)
);

create table lesson (
    id                 bigint       not null primary key,
    module_id          bigint       not null,
    position           integer,
    title              varchar(200) not null,
    body_html          varchar(200000),
    attachment_document_id bigint,
    attachment_version_number integer,
    constraint fk_lesson_module foreign key (module_id) references course_module (id)
);

create table guidance_citation (
    course_version_id  bigint       not null,
    position           integer      not null,
    document_id        bigint       not null,
    version_number     integer      not null,
    reference_number   varchar(60)  not null,
    title              varchar(500) not null,
    constraint pk_guidance_citation primary key (course_version_id, position),
    constraint fk_guidance_citation_version foreign key (course_version_id) references course_version (id)
);
create index ix_guidance_citation_document on guidance_citation (document_id, version_number);

create table quiz_question (
    id                 bigint       not null primary key,
    course_version_id  bigint       not null,
    position           integer,
    kind               varchar(20)  not null,
    text               varchar(2000) not null,
    constraint fk_quiz_question_version foreign key (course_version_id) references course_version (id)
);

create table quiz_option (
    question_id        bigint       not null,
    position           integer      not null,
    text               varchar(500) not null,
    correct            boolean      not null,
    constraint pk_quiz_option primary key (question_id, position),
    constraint fk_quiz_option_question foreign key (question_id) references quiz_question (id)
);

-- EclipseLink reads each value of a sequence as the last id of a block of allocationSize (50): a
-- sequence must start at 50 or the first block would reach below 1 ("sequence setup incorrectly").
-- No course has been stored through V1's course_seq (nothing wrote courses before this issue).
alter sequence course_seq restart with 50;

-- One sequence for the content rows of a version (versions, modules, lessons, questions).
create sequence course_content_seq start with 50 increment by 50;

-- Refreshers owed because guidance a person was trained on was revised: one open row per person and
-- course, with the versions they were trained on; the assignment is made when the updated course is
-- published (at once, or once a trainer confirms). Who and where are copied so the list pages and
-- filters by mission and category on this table alone.
create table owed_refresher (
    id                 bigint       not null primary key,
    learner_subject    varchar(255) not null,
    learner_name       varchar(255) not null,
    mission            varchar(20)  not null,
    category           varchar(20)  not null,
    course_id          bigint       not null,
    course_code        varchar(40)  not null,
    course_title       varchar(200) not null,
    trained_version    integer      not null,
    document_id        bigint       not null,
    reference_number   varchar(60)  not null,
    cited_version      integer      not null,
    revised_version    integer      not null,
    state              varchar(30)  not null,
    owed_since         timestamp    not null,
    assignment_id      bigint,
    due_date           date,
    assigned_at        timestamp,
    assigned_by        varchar(255),
    completed_at       timestamp,
    constraint fk_owed_refresher_course foreign key (course_id) references course (id),
    constraint fk_owed_refresher_assignment foreign key (assignment_id) references assignment (id),
    -- the same revision never makes a person owe the same course twice
    constraint uq_owed_refresher unique (learner_subject, course_id, document_id, revised_version),
    constraint ck_owed_refresher_state check (state in ('WAITING_FOR_COURSE', 'WAITING_FOR_CONFIRMATION',
        'ASSIGNED', 'COMPLETED'))
);
create index ix_owed_refresher_scope on owed_refresher (mission, category, state);
create index ix_owed_refresher_course on owed_refresher (course_id, state);
create index ix_owed_refresher_learner on owed_refresher (learner_subject, course_id);

create sequence owed_refresher_seq start with 50 increment by 50;

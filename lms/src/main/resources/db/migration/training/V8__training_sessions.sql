-- In-mission training sessions: a sitting of a classroom or blended course in a mission (times in UTC;
-- entered and shown in the mission's zone), its seats and waiting list, attendance, the attendees'
-- evaluations, and what learners are told (a cancellation, a seat freed). Depends on V1-V4 only.
create table training_session (
    id                 bigint       not null primary key,
    version            integer      not null,
    course_id          bigint       not null,
    course_code        varchar(40)  not null,
    course_title       varchar(200) not null,
    mission            varchar(20)  not null,
    starts_at          timestamp    not null,
    ends_at            timestamp    not null,
    location           varchar(200) not null,
    trainer_subject    varchar(255) not null,
    trainer_name       varchar(255) not null,
    capacity           integer      not null,
    seats_taken        integer      not null,
    waiting_count      integer      not null,
    next_queue_number  integer      not null,
    state              varchar(30)  not null,
    cancel_reason      varchar(1000),
    closed_at          timestamp,
    closed_by          varchar(255),
    sheet_sha256       varchar(64),
    sheet_name         varchar(255),
    sheet_type         varchar(100),
    scheduled_by       varchar(255) not null,
    scheduled_at       timestamp    not null,
    constraint fk_training_session_course foreign key (course_id) references course (id),
    -- the counters are what two enrolments at once collide on: the database holds them too
    constraint ck_training_session_seats check (seats_taken >= 0 and seats_taken <= capacity and waiting_count >= 0),
    constraint ck_training_session_times check (ends_at > starts_at),
    constraint ck_training_session_state check (state in ('SCHEDULED', 'ATTENDANCE_RECORDED', 'CANCELLED'))
);
create index ix_training_session_mission on training_session (mission, starts_at);
create index ix_training_session_starts on training_session (starts_at);

create table session_enrolment (
    id                 bigint       not null primary key,
    session_id         bigint       not null,
    learner_subject    varchar(255) not null,
    learner_name       varchar(255) not null,
    place              varchar(10)  not null,
    queue_number       integer      not null,
    attendance         varchar(10),
    enrolled_by        varchar(255) not null,
    enrolled_at        timestamp    not null,
    constraint fk_session_enrolment_session foreign key (session_id) references training_session (id),
    constraint uq_session_enrolment unique (session_id, learner_subject),
    constraint ck_session_enrolment_place check (place in ('SEAT', 'WAITING')),
    constraint ck_session_enrolment_attendance check (attendance in ('PRESENT', 'ABSENT'))
);
create index ix_session_enrolment_learner on session_enrolment (learner_subject);

create table session_evaluation (
    id                 bigint       not null primary key,
    session_id         bigint       not null,
    learner_subject    varchar(255) not null,
    rating_content     integer      not null,
    rating_trainer     integer      not null,
    rating_materials   integer      not null,
    rating_relevance   integer      not null,
    comment_text       varchar(2000),
    submitted_at       timestamp    not null,
    constraint fk_session_evaluation_session foreign key (session_id) references training_session (id),
    -- once each: two submissions at once cannot both be kept
    constraint uq_session_evaluation unique (session_id, learner_subject),
    constraint ck_session_evaluation_ratings check (rating_content between 1 and 5 and rating_trainer between 1 and 5
        and rating_materials between 1 and 5 and rating_relevance between 1 and 5)
);

create table session_notice (
    id                 bigint       not null primary key,
    learner_subject    varchar(255) not null,
    session_id         bigint       not null,
    kind               varchar(20)  not null,
    course_title       varchar(200) not null,
    local_start        timestamp    not null,
    reason             varchar(1000),
    created_at         timestamp    not null,
    constraint fk_session_notice_session foreign key (session_id) references training_session (id)
);
create index ix_session_notice_learner on session_notice (learner_subject, created_at);

create sequence session_seq start with 50 increment by 50;

-- Learners as training knows them, assignment rules and assignments (issue 7, Assignments).
-- A person is referenced by the identity provider's subject id; the learner row keeps what due dates
-- need (mission, category, arrival and deployment dates). Overdue is never stored: it is computed.
create table learner (
    subject            varchar(255) not null primary key,
    display_name       varchar(255) not null,
    mission            varchar(20)  not null,
    category           varchar(20)  not null,
    arrival_date       date,
    deployment_date    date,
    updated_at         timestamp    not null
);
create index ix_learner_scope on learner (mission, category);

create table assignment_rule (
    id                 bigint       not null primary key,
    course_id          bigint       not null,
    mission            varchar(20),
    category           varchar(20),
    due_kind           varchar(30)  not null,
    due_date           date,
    due_days           integer      not null default 0,
    created_by         varchar(255) not null,
    created_at         timestamp    not null,
    active             boolean      not null default true,
    constraint fk_assignment_rule_course foreign key (course_id) references course (id)
);

create table assignment (
    id                 bigint       not null primary key,
    course_id          bigint       not null,
    learner_subject    varchar(255) not null,
    rule_id            bigint,
    due_kind           varchar(30)  not null,
    due_date           date,
    due_days           integer      not null default 0,
    extended_to        date,
    extension_reason   varchar(500),
    extended_by        varchar(255),
    origin             varchar(20)  not null,
    status             varchar(20)  not null,
    assigned_by        varchar(255) not null,
    assigned_at        timestamp    not null,
    closed_at          timestamp,
    closed_by          varchar(255),
    cancel_reason      varchar(500),
    constraint fk_assignment_course foreign key (course_id) references course (id),
    constraint fk_assignment_rule foreign key (rule_id) references assignment_rule (id)
);
create index ix_assignment_learner on assignment (learner_subject, status);
create index ix_assignment_course on assignment (course_id, status);

create sequence assignment_seq start with 50 increment by 50;

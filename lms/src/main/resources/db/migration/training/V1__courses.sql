-- The course catalogue (DOMAIN.md, Training). Later migrations add modules, citations of guidance
-- pinned to a version, assignments and records. SQL kept to what PostgreSQL and H2 both accept.
create table course (
    id             bigint       not null primary key,
    code           varchar(40)  not null,
    title_en       varchar(200) not null,
    title_fr       varchar(200),
    phase          varchar(20)  not null,
    status         varchar(20)  not null,
    constraint uq_course_code unique (code),
    constraint ck_course_phase check (phase in ('PRE_DEPLOYMENT', 'INDUCTION', 'IN_MISSION', 'REFRESHER')),
    constraint ck_course_status check (status in ('DRAFT', 'PUBLISHED', 'RETIRED'))
);

create sequence course_seq start with 1 increment by 50;

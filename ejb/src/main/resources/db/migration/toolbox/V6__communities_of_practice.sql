-- Communities of practice: communities of a specialty with their members (some moderating), questions
-- and answers moderated before others see them, and the guidance documents a question links to (by id
-- only: no foreign key leaves this schema). A question raised for guidance names its recommendation (by id: the
-- recommendation is another aggregate, written in the same transaction in no guaranteed order).

create table community (
    id           bigint        not null primary key,
    name         varchar(120)  not null,
    specialty    varchar(40)   not null,
    description  varchar(2000),
    created_by   varchar(255)  not null,
    created_at   timestamp     not null,
    row_version  bigint        not null default 0
);

create sequence community_seq start with 1 increment by 1;

create table community_member (
    community_id  bigint        not null,
    subject       varchar(255)  not null,
    moderator     boolean       not null default false,
    joined_at     timestamp     not null,
    constraint pk_community_member primary key (community_id, subject),
    constraint fk_community_member_community foreign key (community_id) references community (id) on delete cascade
);

create index ix_community_member_subject on community_member (subject);

create table community_question (
    id                 bigint         not null primary key,
    community_id       bigint         not null,
    title              varchar(200)   not null,
    body               varchar(40000) not null,
    author_subject     varchar(255)   not null,
    created_at         timestamp      not null,
    status             varchar(20)    not null,
    moderated_by       varchar(255),
    moderated_at       timestamp,
    recommendation_id  bigint,
    guidance_asked_by  varchar(255),
    guidance_asked_at  timestamp,
    row_version        bigint         not null default 0,
    constraint fk_community_question_community foreign key (community_id) references community (id) on delete cascade
);

create sequence community_question_seq start with 1 increment by 1;
create index ix_community_question_community on community_question (community_id, status);

create table community_question_document (
    question_id  bigint   not null,
    position     integer  not null,
    document_id  bigint   not null,
    constraint pk_community_question_document primary key (question_id, position),
    constraint fk_community_question_document_question foreign key (question_id)
        references community_question (id) on delete cascade
);

create table community_answer (
    id              bigint         not null primary key,
    question_id     bigint         not null,
    body            varchar(40000) not null,
    author_subject  varchar(255)   not null,
    created_at      timestamp      not null,
    status          varchar(20)    not null,
    moderated_by    varchar(255),
    moderated_at    timestamp,
    row_version     bigint         not null default 0,
    constraint fk_community_answer_question foreign key (question_id) references community_question (id) on delete cascade
);

create sequence community_answer_seq start with 1 increment by 1;
create index ix_community_answer_question on community_answer (question_id, status);

-- The local directory (identity issue): everyone who has signed in, keyed by the stable subject id of
-- the identity provider, so training records, assignments and the audit trail can reference them.
-- Refreshed from the token claims at each sign-in.
create table person (
    subject        varchar(255) not null primary key,
    username       varchar(255) not null,
    display_name   varchar(255) not null,
    email          varchar(320),
    mission        varchar(20)  not null,
    category       varchar(20)  not null,
    roles          varchar(200) not null,
    first_seen     timestamp    not null,
    last_sign_in   timestamp    not null,
    sign_in_count  integer      not null
);

create index ix_person_mission on person (mission);
create index ix_person_username on person (username);

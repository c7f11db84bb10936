-- Which instance ran a scheduled job for which period. On a cluster every instance fires the same timers
-- (they are not persistent, so not shared): the first instance to insert a job's period runs the job, in
-- the same transaction; the others insert nothing and skip it. On PostgreSQL a second instance's insert
-- waits for the first one's transaction: if that one rolls back, the second runs the job instead.

create table scheduled_job_run (
    job         varchar(60)  not null,
    period      varchar(40)  not null,
    node        varchar(120) not null,
    claimed_at  timestamp    not null,
    constraint pk_scheduled_job_run primary key (job, period)
);

-- Store and forward of learning made on a mission node (issue 13). A node writes one learning_event per
-- lesson gone through, quiz submitted and course completed, in the same transaction as its own rows
-- (lesson_progress, quiz_attempt, training_record, certificate: the node's own, never sent as such, since
-- their ids come from the node's sequence and would collide with headquarters' ones). The node publishes
-- this table (publication intranet_learning); headquarters subscribes to it, one subscription and one
-- replication slot on the node per mission, so what is written during an outage waits in the node's slot.
-- Keyed by a UUID made on the node: unique across nodes, and the key of the fold at headquarters.
-- No foreign keys: the ids name headquarters' own catalogue rows (replicated to the node), and the rows
-- arrive at headquarters through the replication apply worker, in whatever order it applies them.
create table learning_event (
    id                 varchar(36)  not null primary key,
    kind               varchar(20)  not null,
    learner_subject    varchar(255) not null,
    learner_name       varchar(255) not null,
    learner_mission    varchar(20)  not null,
    learner_category   varchar(20)  not null,
    course_id          bigint       not null,
    course_version_id  bigint       not null,
    lesson_id          bigint,
    attempt_number     integer,
    question_order     varchar(2000),
    answers            varchar(4000),
    started_at         timestamp,
    score_percent      integer,
    passed             boolean,
    certificate_code   varchar(20),
    occurred_at        timestamp    not null
);
create index ix_learning_event_occurred on learning_event (occurred_at);

-- At headquarters: which forwarded events were folded into its own training tables, and how. The event's
-- id is the key, so an event is folded once however often it arrives or the fold runs (two instances of
-- a cluster folding the same event: the second insert fails and its transaction, the fold too, rolls back).
create table learning_event_applied (
    event_id           varchar(36)  not null primary key,
    applied_at         timestamp    not null,
    outcome            varchar(20)  not null
);

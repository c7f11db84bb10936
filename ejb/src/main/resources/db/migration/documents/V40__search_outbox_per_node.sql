-- Each instance keeps its own search index, so each takes the outbox in for itself: which entries an
-- instance's index has taken in is recorded per instance (search_outbox_taken) instead of one shared
-- processed mark, with which a second instance only caught up at its next start. An entry every live
-- instance has taken is pruned; an instance away for longer than the retention rebuilds its index.
-- The entries processed under the shared mark were processed by the only instance there was: they go.

create table search_node (
    node     varchar(120) not null,
    seen_at  timestamp    not null,
    constraint pk_search_node primary key (node)
);

create table search_outbox_taken (
    entry_id  bigint       not null,
    node      varchar(120) not null,
    constraint pk_search_outbox_taken primary key (entry_id, node),
    constraint fk_search_outbox_taken_entry foreign key (entry_id) references search_outbox (id) on delete cascade
);

-- When entries were last pruned: an instance last seen before that, by more than the retention, may have
-- missed some.
create table search_outbox_pruning (
    id         integer   not null,
    pruned_at  timestamp not null,
    constraint pk_search_outbox_pruning primary key (id)
);

delete from search_outbox where processed_at is not null;
drop index ix_search_outbox_pending;
alter table search_outbox drop column processed_at;

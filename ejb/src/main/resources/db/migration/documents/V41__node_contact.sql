-- Mission nodes as headquarters sees them: the last request a node made with its credential and what was
-- sent to it over the files channel (GET /api/v1/node/content/{sha256}); on a node, the same table says
-- what it received from headquarters (one row, peer HQ): the peer is the other end. Written where it
-- happens, never replicated (config/mission-node/replication.tables lists it as local). The replication
-- lag itself is PostgreSQL's (pg_replication_slots at headquarters, pg_stat_subscription on the node).
create table node_contact (
    peer             varchar(20)   not null,
    last_contact_at  timestamp     not null,
    bytes            bigint        not null default 0,
    files            bigint        not null default 0,
    constraint pk_node_contact primary key (peer)
);

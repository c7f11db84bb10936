-- The search index holds published Toolbox reports beside guidance: an outbox entry says which kind of
-- entry its id names. Every entry written before is about guidance.
alter table documents.search_outbox add column entry_kind varchar(20) default 'GUIDANCE' not null;

-- The personnel number (index number) of a learner: what attestation files name people by, and what
-- the identity provider gives at sign-in, so a person attested before their first sign-in is recognised
-- then (the learner introduced under the number takes the real subject id). Unique when known.
alter table learner add column personnel_number varchar(64);

create unique index uq_learner_personnel_number on learner (personnel_number);

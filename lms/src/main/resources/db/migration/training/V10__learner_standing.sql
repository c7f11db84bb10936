-- The compliance standing of each learner, kept on the learner row so the dashboards count and list
-- people from this one table instead of probing assignments, records and attestations person by person
-- (seconds at 110,000 people). Maintained by the application in the transaction that changes what it is
-- computed from (compliance infrastructure, Standings); filled here once from the rows that exist.
--   owes      a mandatory assignment (active, from an active rule) is still owed
--   owed_due  the earliest due date among those; overdue is owed_due before the reference day, so it
--             stays a range condition and is never stored
--   attested  a pre-deployment course completed by attestation
--   country   the contributing country of the person's attestation lines, if any
alter table learner add column owes boolean default false not null;
alter table learner add column owed_due date;
alter table learner add column attested boolean default false not null;
alter table learner add column country varchar(60);

update learner set
    owes = exists (select 1 from assignment a join assignment_rule r on r.id = a.rule_id
        where a.status = 'ACTIVE' and a.learner_subject = learner.subject and r.active = true),
    owed_due = (select min(coalesce(a.extended_to, case a.due_kind when 'ABSOLUTE' then a.due_date
            when 'DAYS_AFTER_ARRIVAL' then p.arrival_date + a.due_days
            when 'DAYS_BEFORE_DEPLOYMENT' then p.deployment_date - a.due_days end))
        from assignment a join assignment_rule r on r.id = a.rule_id join learner p on p.subject = a.learner_subject
        where a.status = 'ACTIVE' and a.learner_subject = learner.subject and r.active = true),
    attested = exists (select 1 from training_record t join course c on c.id = t.course_id
        where t.learner_subject = learner.subject and t.method = 'ATTESTATION' and c.phase = 'PRE_DEPLOYMENT'),
    country = (select min(at.country) from attestation at where at.person_id = learner.subject);

-- People figures in a scope: counted from these indexes alone (the name-ordered lists use V7's).
create index ix_learner_standing on learner (mission, category, owes, owed_due);
create index ix_learner_arrived on learner (mission, category, attested, arrival_date, country);

-- Certificates carry their holder's mission and category (kept with the learner's), so the expiry
-- figures read a range of one index without joining 110,000 learners.
alter table certificate add column mission varchar(20);
alter table certificate add column category varchar(20);
update certificate set mission = (select l.mission from learner l where l.subject = certificate.learner_subject),
    category = (select l.category from learner l where l.subject = certificate.learner_subject);
create index ix_certificate_holder on certificate (learner_subject);
create index ix_certificate_expiry_scope on certificate (expires_on, mission, category);
create index ix_certificate_mission_expiry on certificate (mission, expires_on);
create index ix_certificate_name on certificate (holder_name, learner_subject, id);
-- V7's expiry index with the holder served the join this replaces.
drop index ix_certificate_expiry_holder;

-- A month's completions in name order (the trend's drill-down): walked by name, the month read from the
-- index, instead of sorting the month's tens of thousands of records for its first page.
create index ix_training_record_name on training_record (learner_name, learner_subject, id, completed_at);

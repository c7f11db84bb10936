-- Compliance dashboards: indexes for their figures and drill-downs at 110,000 people and millions of
-- records (bench/compliance/run times them). SQL kept to what PostgreSQL and H2 both accept.
-- Drill-down lists sorted by name, alone or within a mission.
create index ix_learner_name on learner (display_name, subject);
create index ix_learner_mission_name on learner (mission, display_name, subject);
-- Owed assignments of a person with what their due date needs, read without touching the table.
create index ix_assignment_owed on assignment (status, learner_subject, rule_id, due_kind, due_date, due_days, extended_to);
-- Certificates by expiry, with their holder for the scope join.
create index ix_certificate_expiry_holder on certificate (expires_on, learner_subject);
-- The trend and a month's drill-down: records by completion time, within a mission or across all.
create index ix_training_record_mission_completed on training_record (mission, completed_at, category);
create index ix_training_record_completed on training_record (completed_at, mission, category);
-- Completions by attestation: all of them (the gap report) or one person's.
create index ix_training_record_method_learner on training_record (method, learner_subject, course_id);
-- The contributing country of a person's attestation lines.
create index ix_attestation_person on attestation (person_id, country);
-- Records completed per month, mission and category: the dashboards' 24-month trend reads this instead
-- of counting millions of records. Kept up to date in the transaction that adds each record (records are
-- never updated or deleted); filled here once from the records that exist.
create table compliance_month (
    mission            varchar(20)  not null,
    category           varchar(20)  not null,
    month_start        date         not null,
    completions        bigint       not null,
    constraint pk_compliance_month primary key (mission, category, month_start)
);
insert into compliance_month (mission, category, month_start, completions)
    select mission, category, cast(date_trunc('month', completed_at) as date), count(*)
    from training_record group by mission, category, cast(date_trunc('month', completed_at) as date);
create index ix_compliance_month_month on compliance_month (month_start, mission, category);

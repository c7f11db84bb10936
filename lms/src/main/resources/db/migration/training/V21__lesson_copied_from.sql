-- A lesson copied into a course's next version remembers the lesson it was copied from, so that what a
-- learner began on the older version (a SCORM attempt pinned to its package) can be found again from the
-- lesson of the version they now see. Nullable: a lesson written in its own version has no origin. Set
-- null if the origin goes (only a draft's lessons are ever removed, and copies are made from published ones).
alter table lesson add column copied_from_id bigint;
alter table lesson add constraint fk_lesson_copied_from foreign key (copied_from_id) references lesson (id)
    on delete set null;

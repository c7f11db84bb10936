-- The report that carries a community question raised for guidance to the recommendations board. Retired
-- from the start (active = false): nobody files one by hand; the community service writes it, published.
insert into report_definition (id, code, name_en, name_fr, audience, active, sort_order) values
    (50, 'COMMUNITY_QUESTION', 'Community question', 'Question d''une communauté', 'BY_CLASSIFICATION', false, 90);

insert into report_definition_version (id, definition_id, version_number, created_by, created_at) values
    (50, 50, 1, 'system', timestamp '2026-12-07 00:00:00');

insert into report_definition_field (version_id, position, field_key, parent_key, kind, required, multiple, label_en, label_fr, max_length) values
    (50, 0, 'community', '', 'TEXT', true, false, 'Community', 'Communauté', 120),
    (50, 1, 'question', '', 'LONG_TEXT', true, false, 'Question', 'Question', 10000),
    (50, 2, 'answers', '', 'LONG_TEXT', false, false, 'Answers published so far', 'Réponses publiées à ce jour', 100000);

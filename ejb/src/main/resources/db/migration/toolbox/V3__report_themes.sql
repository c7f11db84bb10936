-- Reports carry the thematic areas of the guidance taxonomy (a THEMES field, several codes), so that
-- trends can count them by theme. Each of the four types gains version 2: the fields of version 1 and an
-- optional "Themes" field. Reports written on version 1 keep it and stay valid; new ones use version 2.

insert into report_definition_version (id, definition_id, version_number, created_by, created_at) values
    (11, 1, 2, 'system', timestamp '2026-12-07 12:00:00'),
    (12, 2, 2, 'system', timestamp '2026-12-07 12:00:00'),
    (13, 3, 2, 'system', timestamp '2026-12-07 12:00:00'),
    (14, 4, 2, 'system', timestamp '2026-12-07 12:00:00');

insert into report_definition_field (version_id, position, field_key, parent_key, kind, required, multiple, label_en, label_fr, max_length)
    select version_id + 10, position, field_key, parent_key, kind, required, multiple, label_en, label_fr, max_length
    from report_definition_field where version_id in (1, 2, 3, 4);

insert into report_definition_field (version_id, position, field_key, parent_key, kind, required, multiple, label_en, label_fr, max_length)
    select v.id, (select max(f.position) + 1 from report_definition_field f where f.version_id = v.id), 'themes', '',
        'THEMES', false, true, 'Themes', 'Thèmes', null
    from report_definition_version v where v.id in (11, 12, 13, 14);

-- The four learning methodologies of the Best Practices Toolbox (seed 000, paragraph 20), as data: a new
-- type or field is a new definition or version, never a code change. Each starts at version 1.

insert into report_definition (id, code, name_en, name_fr, audience, sort_order) values
    (1, 'AFTER_ACTION_REVIEW', 'After Action Review', 'Examen après action', 'BY_CLASSIFICATION', 10),
    (2, 'SURVEY_OF_PRACTICE', 'Survey of Practice', 'Enquête sur les pratiques', 'BY_CLASSIFICATION', 20),
    (3, 'END_OF_ASSIGNMENT_REPORT', 'End of Assignment Report', 'Rapport de fin d''affectation', 'BY_CLASSIFICATION', 30),
    (4, 'HANDOVER_NOTE', 'Handover Note', 'Note de passation', 'SUCCESSOR_AND_MISSION', 40);

insert into report_definition_version (id, definition_id, version_number, created_by, created_at) values
    (1, 1, 1, 'system', timestamp '2026-12-07 00:00:00'),
    (2, 2, 1, 'system', timestamp '2026-12-07 00:00:00'),
    (3, 3, 1, 'system', timestamp '2026-12-07 00:00:00'),
    (4, 4, 1, 'system', timestamp '2026-12-07 00:00:00');

-- After Action Review: a collaborative review of what happened, why, what went well and what to improve.
insert into report_definition_field (version_id, position, field_key, parent_key, kind, required, multiple, label_en, label_fr, max_length) values
    (1, 0, 'event', '', 'TEXT', true, false, 'Event', 'Événement', null),
    (1, 1, 'date', '', 'DATE', true, false, 'Date', 'Date', null),
    (1, 2, 'mission', '', 'MISSION', true, false, 'Mission', 'Mission', null),
    (1, 3, 'participants', '', 'PERSON', false, true, 'Participants', 'Participants', null),
    (1, 4, 'whatWasPlanned', '', 'LONG_TEXT', true, false, 'What was planned', 'Ce qui était prévu', null),
    (1, 5, 'whatHappened', '', 'LONG_TEXT', true, false, 'What happened', 'Ce qui s''est passé', null),
    (1, 6, 'why', '', 'LONG_TEXT', true, false, 'Why it happened', 'Pourquoi', null),
    (1, 7, 'whatWentWell', '', 'LONG_TEXT', true, false, 'What went well', 'Ce qui a bien fonctionné', null),
    (1, 8, 'whatToImprove', '', 'LONG_TEXT', true, false, 'What to improve', 'Ce qui doit être amélioré', null);

-- Survey of Practice: how practitioners in several missions carry out one function, compared.
insert into report_definition_field (version_id, position, field_key, parent_key, kind, required, multiple, label_en, label_fr, max_length) values
    (2, 0, 'question', '', 'TEXT', true, false, 'Question', 'Question', null),
    (2, 1, 'missionsSurveyed', '', 'MISSION', true, true, 'Missions surveyed', 'Missions interrogées', null),
    (2, 2, 'findingsPerMission', '', 'ROWS', true, false, 'Findings per mission', 'Constats par mission', null),
    (2, 3, 'mission', 'findingsPerMission', 'MISSION', true, false, 'Mission', 'Mission', null),
    (2, 4, 'findings', 'findingsPerMission', 'LONG_TEXT', true, false, 'Findings', 'Constats', null),
    (2, 5, 'comparison', '', 'LONG_TEXT', true, false, 'Comparison', 'Comparaison', null);

-- End of Assignment Report: senior staff's assessment at the end of their assignment.
insert into report_definition_field (version_id, position, field_key, parent_key, kind, required, multiple, label_en, label_fr, max_length) values
    (3, 0, 'post', '', 'TEXT', true, false, 'Post', 'Poste', null),
    (3, 1, 'period', '', 'PERIOD', true, false, 'Period of assignment', 'Période d''affectation', null),
    (3, 2, 'achievements', '', 'LONG_TEXT', true, false, 'Achievements', 'Réalisations', null),
    (3, 3, 'challenges', '', 'LONG_TEXT', true, false, 'Challenges', 'Difficultés', null),
    (3, 4, 'recommendations', '', 'LONG_TEXT', false, false, 'Recommendations', 'Recommandations', null),
    (3, 5, 'contacts', '', 'ROWS', false, false, 'Contacts to pass on', 'Contacts à transmettre', null),
    (3, 6, 'name', 'contacts', 'TEXT', true, false, 'Name', 'Nom', 200),
    (3, 7, 'role', 'contacts', 'TEXT', false, false, 'Role or organisation', 'Fonction ou organisation', 200),
    (3, 8, 'howToReach', 'contacts', 'TEXT', false, false, 'How to reach them', 'Comment les joindre', 300);

-- Handover Note: written by someone leaving a post, for the successor.
insert into report_definition_field (version_id, position, field_key, parent_key, kind, required, multiple, label_en, label_fr, max_length) values
    (4, 0, 'post', '', 'TEXT', true, false, 'Post', 'Poste', null),
    (4, 1, 'responsibilities', '', 'LONG_TEXT', true, false, 'Responsibilities', 'Responsabilités', null),
    (4, 2, 'ongoingIssues', '', 'LONG_TEXT', false, false, 'Ongoing issues', 'Dossiers en cours', null),
    (4, 3, 'keyContacts', '', 'ROWS', false, false, 'Key contacts', 'Contacts clés', null),
    (4, 4, 'name', 'keyContacts', 'TEXT', true, false, 'Name', 'Nom', 200),
    (4, 5, 'role', 'keyContacts', 'TEXT', false, false, 'Role or organisation', 'Fonction ou organisation', 200),
    (4, 6, 'howToReach', 'keyContacts', 'TEXT', false, false, 'How to reach them', 'Comment les joindre', 300),
    (4, 7, 'keyFiles', '', 'ATTACHMENT', false, true, 'Key files', 'Dossiers clés', null);

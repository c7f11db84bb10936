-- Four eyes over everyone who changed a version, not only its author: each person who edited a draft
-- is recorded, and none of them may approve it. Existing versions start with their author.
create table document_version_editor (
    version_id      bigint       not null,
    editor_subject  varchar(255) not null,
    constraint pk_version_editor primary key (version_id, editor_subject),
    constraint fk_version_editor_version foreign key (version_id) references document_version (id) on delete cascade
);

insert into document_version_editor (version_id, editor_subject)
    select id, author_subject from document_version;

-- A published document's filing (office, mission, classification, themes) changes only with its next
-- version: the draft proposes it, and promulgation applies it. Empty columns: no change proposed.
alter table document_version add column proposed_owning_office varchar(200);
alter table document_version add column proposed_mission_code varchar(20);
alter table document_version add column proposed_classification varchar(20);

create table document_version_proposed_theme (
    version_id        bigint not null,
    thematic_area_id  bigint not null,
    constraint pk_version_proposed_theme primary key (version_id, thematic_area_id),
    constraint fk_proposed_theme_version foreign key (version_id) references document_version (id) on delete cascade,
    constraint fk_proposed_theme_area foreign key (thematic_area_id) references thematic_area (id)
);

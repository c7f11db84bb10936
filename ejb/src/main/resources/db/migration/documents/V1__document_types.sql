-- Document types (DOMAIN.md, Documents): the four guidance types plus the other kinds of documents
-- the repository holds. Admins manage the list; these are the seeded ones.
-- SQL kept to what PostgreSQL and H2 (MODE=PostgreSQL) both accept.
create table document_type (
    id          bigint       not null primary key,
    code        varchar(40)  not null,
    name_en     varchar(120) not null,
    name_fr     varchar(120) not null,
    guidance    boolean      not null,
    sort_order  integer      not null,
    active      boolean      not null default true,
    constraint uq_document_type_code unique (code)
);

create sequence document_type_seq start with 100 increment by 1;

insert into document_type (id, code, name_en, name_fr, guidance, sort_order) values
    (1, 'POLICY_DIRECTIVE', 'Policy directive', 'Directive de politique générale', true, 10),
    (2, 'SOP', 'Standard operating procedure', 'Procédure opérationnelle permanente', true, 20),
    (3, 'GUIDELINES', 'Guidelines', 'Lignes directrices', true, 30),
    (4, 'MANUAL', 'Manual', 'Manuel', true, 40),
    (5, 'TEMPLATE_FORM', 'Template or form', 'Modèle ou formulaire', false, 50),
    (6, 'OTHER', 'Other document', 'Autre document', false, 90);

-- Missions as the intranet records them (identity issue): a code that is also the Keycloak group
-- /missions/<CODE>, a name, the host country and whether the mission is active. Seeded with the realm's
-- missions. People gain what the periodic directory sync learns: whether the account is still enabled.
create table mission (
    code               varchar(20)  not null primary key,
    name               varchar(200) not null,
    country            varchar(100) not null,
    status             varchar(20)  not null,
    keycloak_group_id  varchar(64),
    created_at         timestamp    not null,
    created_by         varchar(255) not null
);

insert into mission (code, name, country, status, created_at, created_by) values
    ('HQ', 'United Nations Headquarters', 'United States', 'ACTIVE', current_timestamp, 'system'),
    ('UNMISS', 'United Nations Mission in South Sudan', 'South Sudan', 'ACTIVE', current_timestamp, 'system'),
    ('MINUSCA', 'United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic', 'Central African Republic', 'ACTIVE', current_timestamp, 'system'),
    ('MONUSCO', 'United Nations Organization Stabilization Mission in the Democratic Republic of the Congo', 'Democratic Republic of the Congo', 'ACTIVE', current_timestamp, 'system'),
    ('UNIFIL', 'United Nations Interim Force in Lebanon', 'Lebanon', 'ACTIVE', current_timestamp, 'system'),
    ('MINUSMA', 'United Nations Multidimensional Integrated Stabilization Mission in Mali', 'Mali', 'CLOSED', current_timestamp, 'system');

alter table person add column account_enabled boolean not null default true;
alter table person add column directory_synced_at timestamp;

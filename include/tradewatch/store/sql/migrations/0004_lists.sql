-- Official sanctions lists, their versions and changes, and name matches against them.

create table if not exists list_versions (
    list_id      varchar not null,       -- us_ofac_sdn | uk_sanctions_list | eu_fsf | un_sc
    list_version varchar not null,       -- sha256 of the downloaded file
    source_url   varchar,
    fetched_at   timestamptz not null,
    entity_count integer,
    is_current   boolean not null,
    primary key (list_id, list_version)
);

create table if not exists list_entities (
    list_id      varchar not null,
    entity_id    varchar not null,       -- list_id-prefixed, stable across versions
    kind         varchar,                -- organization | person | vessel | aircraft | unknown
    primary_name varchar not null,
    countries    varchar[],
    programs     varchar[],
    listed_on    date,
    list_version varchar not null,
    primary key (list_id, entity_id)
);

create table if not exists list_names (
    list_id         varchar not null,
    entity_id       varchar not null,
    name            varchar not null,
    is_alias        boolean not null,
    normalised_name varchar not null
);

create table if not exists list_changes (
    list_id      varchar not null,
    entity_id    varchar not null,
    change       varchar not null,       -- added | removed | changed
    primary_name varchar,
    old_version  varchar,
    new_version  varchar not null,
    detail       varchar,
    changed_at   timestamptz not null
);

create table if not exists matches (
    subject_table varchar not null,      -- sanction_targets | deal_parties
    subject_key   varchar not null,      -- sanction_id:target_idx | deal_id:party_idx
    article_id    varchar not null,
    subject_name  varchar not null,
    list_id       varchar not null,
    entity_id     varchar not null,
    matched_name  varchar not null,
    score         double not null,
    method        varchar not null,
    matched_at    timestamptz not null
);

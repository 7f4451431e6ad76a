-- Structured records extracted from articles. Re-extracting an article replaces its records.

create table if not exists sanctions (
    sanction_id       varchar primary key,   -- sha256(article_id|ordinal|evidence span)[:20]
    article_id        varchar not null,
    authority         varchar,
    authority_country varchar,
    unnamed_targets   varchar,
    measure           varchar,
    program           varchar,
    date              date,
    amount            double,
    currency          varchar,
    amount_usd        double,
    evidence          varchar not null,
    start_offset      integer,
    end_offset        integer,
    confidence        double,
    extractor_version varchar not null
);

create table if not exists sanction_targets (
    sanction_id varchar not null,
    target_idx  integer not null,
    article_id  varchar not null,
    name        varchar not null,
    kind        varchar,
    country     varchar,
    primary key (sanction_id, target_idx)
);

create table if not exists deals (
    deal_id           varchar primary key,
    article_id        varchar not null,
    deal_type         varchar,
    sector            varchar,
    countries         varchar[],
    value             double,
    currency          varchar,
    value_usd         double,
    date              date,
    evidence          varchar not null,
    start_offset      integer,
    end_offset        integer,
    confidence        double,
    extractor_version varchar not null
);

create table if not exists deal_parties (
    deal_id    varchar not null,
    party_idx  integer not null,
    article_id varchar not null,
    name       varchar not null,
    country    varchar,
    primary key (deal_id, party_idx)
);

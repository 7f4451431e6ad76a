-- Data quality: rows that failed validation (kept, never dropped) and every expectation result.

create table if not exists quarantine (
    run_id          varchar not null,
    table_name      varchar not null,
    record_key      varchar,
    expectation     varchar not null,
    column_name     varchar,
    offending_value varchar,
    reason          varchar,
    article_id      varchar,
    record_json     varchar,             -- the whole row as JSON, so nothing is lost
    quarantined_at  timestamptz not null
);

create table if not exists dq_results (
    run_id           varchar not null,
    suite            varchar not null,
    expectation      varchar not null,
    column_name      varchar,
    success          boolean not null,
    element_count    bigint,
    unexpected_count bigint,
    observed_value   varchar,
    validated_at     timestamptz not null
);

-- Core ingest tables: what was fetched, the articles it yielded, and one row per source per run.
-- run_id is the run key: the DAG run's logical date in ISO 8601 (or its run_id when it has none),
-- so rerunning the same logical date replaces that run's rows instead of adding to them.

create table if not exists fetches (
    run_id      varchar     not null,
    source_id   varchar     not null,
    url         varchar     not null,
    status      integer,                 -- HTTP status; null when no response arrived
    bytes       bigint,
    sha256      varchar,                 -- of the body as received; blob in data/blobs/
    fetched_at  timestamptz not null,
    error       varchar,
    primary key (run_id, url)
);

create table if not exists articles (
    article_id    varchar primary key,   -- sha256(canonical URL)[:20]
    source_id     varchar not null,      -- first source that reached it
    url           varchar not null,      -- canonical URL
    title         varchar,
    published_at  timestamptz,
    text          varchar,
    language      varchar,
    sha256        varchar,               -- of the raw body the text came from
    fetched_at    timestamptz,
    first_seen_at timestamptz not null,
    last_seen_at  timestamptz not null
);

create table if not exists source_runs (
    run_id       varchar     not null,
    source_id    varchar     not null,
    logical_date timestamptz,
    status       varchar     not null,   -- ok | partial | failed | config_error | skipped
    fetched      integer     not null default 0,
    new          integer     not null default 0,
    updated      integer     not null default 0,   -- known articles whose content changed
    unchanged    integer     not null default 0,   -- 304, or the same bytes as last time
    skipped      integer     not null default 0,   -- robots.txt disallow, filtered links
    failed       integer     not null default 0,
    records      integer     not null default 0,
    error        varchar,
    primary key (run_id, source_id)
);

-- Validators for conditional GET, written by the loader in the same transaction as the data, so a
-- crashed load never makes the next run believe it already has a page. A run uses only validators
-- recorded by earlier logical dates, so rerunning a date repeats its fetches exactly.
create table if not exists http_cache (
    url           varchar primary key,
    etag          varchar,
    last_modified varchar,
    sha256        varchar,
    article_id    varchar,
    recorded_for  timestamptz not null
);

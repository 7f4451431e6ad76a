-- The validators an `http_cache` row replaced when a later logical date recorded its own (hostile probe 14): a rerun
-- of that later date reads these, the ones its first run read, so it repeats that run's conditional GETs (with only
-- the newest row kept, the rerun found none, fetched every page whole and stored them as "updated").
create table if not exists http_cache_before (
    url           varchar primary key,
    etag          varchar,
    last_modified varchar,
    sha256        varchar,
    article_id    varchar,
    recorded_for  timestamptz not null
);

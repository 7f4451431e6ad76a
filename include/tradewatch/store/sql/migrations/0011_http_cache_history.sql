-- The validators every earlier logical date read, not only the last one replaced (hostile probe 24, F3): with one row a
-- URL, a rerun of any date but the latest found no validators recorded before it, fetched every page whole and stored
-- the unchanged ones as "updated". A few rows a URL (see load/07_http_cache.sql); the history starts with the one row.
-- (Written to apply again to a file whose schema_migrations lost its rows: 0008 then makes http_cache_before anew.)
create table if not exists http_cache_history (
    url           varchar not null,
    etag          varchar,
    last_modified varchar,
    sha256        varchar,
    article_id    varchar,
    recorded_for  timestamptz not null,
    primary key (url, recorded_for)
);
insert into http_cache_history by name
select b.url, b.etag, b.last_modified, b.sha256, b.article_id, b.recorded_for from http_cache_before as b
where not exists (select 1 from http_cache_history as o where o.url = b.url and o.recorded_for = b.recorded_for);
drop table if exists http_cache_before;

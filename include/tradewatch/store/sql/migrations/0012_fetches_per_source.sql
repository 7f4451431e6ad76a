-- One row per request of each source (hostile probe 25, F5): two sources whose listings link the same URL in one run
-- each fetch it, and a key of (run_id, url) kept the first source's row only, so the second source's requests vanished
-- from `fetches` while its source run still counted them. DuckDB cannot change a primary key in place: the table is
-- copied into one keyed by source too. (Written to apply again: a file whose schema_migrations lost its rows copies
-- the table once more.)
create table fetches_per_source (
    run_id      varchar     not null,
    source_id   varchar     not null,
    url         varchar     not null,
    status      integer,                 -- HTTP status; null when no response arrived
    bytes       bigint,
    sha256      varchar,                 -- of the body as received; blob in data/blobs/
    fetched_at  timestamptz not null,
    error       varchar,
    primary key (run_id, source_id, url)
);
insert into fetches_per_source by name select * from fetches;
drop table fetches;
alter table fetches_per_source rename to fetches;

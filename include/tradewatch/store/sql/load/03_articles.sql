-- New articles are inserted; known ones keep their first sighting and take the newest content.
-- The same canonical URL reached from two sources in one run is stored once (first source by id).
--
-- Written as a plain insert, a small update and a delete-and-insert rather than one
-- `insert ... on conflict do update`: DuckDB holds every row of an upsert in memory until the
-- statement ends (a 10,000-article run needed 256 MB), while the statements below stream and spill to
-- disk, so the memory a load needs stays flat in the size of the run. No join below carries a text.
--
-- 1. The run's articles that are already stored, and what their stored row becomes.
create or replace temp table tw_load_known as
with staged as (
    select article_id, fetched_at, first_seen_at, last_seen_at, published_at
    from s_articles
    qualify row_number() over (partition by article_id order by source_id) = 1
)
select
    s.article_id,
    a.source_id                                      as stored_source_id,
    -- (an article whose records a newer extractor made keeps its content: 02b_articles_newer.sql)
    coalesce(s.fetched_at >= a.fetched_at, false) and n.article_id is null as replace_content,
    case when n.article_id is null then greatest(a.fetched_at, s.fetched_at) else a.fetched_at end as fetched_at,
    -- (a backfill of a date before the article was published, run after a later date saw it, cannot have seen it
    -- then: the earlier sighting counts only from its publication day on; hostile probe 16. An article with no date
    -- keeps the sighting of the run that stored it: a backfill fetched today's page, nothing says it was there on its
    -- date, and moving it back changed a briefing window already reported; hostile probe 31 F2)
    case when s.first_seen_at < a.first_seen_at
              and coalesce(s.published_at, a.published_at) is not null
              and s.first_seen_at >= date_trunc('day', coalesce(s.published_at, a.published_at))
         then s.first_seen_at else a.first_seen_at end as first_seen_at,
    greatest(a.last_seen_at, s.last_seen_at)         as last_seen_at,
    a.first_run_id,
    a.arrived_for,
    a.updated_for
from staged as s
join articles as a using (article_id)
left join (select distinct article_id from tw_load_newer) as n using (article_id);
-- 2. A copy as new as the stored one or newer replaces its content: the stored row goes, to come back
--    in 3 from the staged row (an older copy leaves the stored content as it is).
delete from articles where article_id in (select article_id from tw_load_known where replace_content);
-- 3. Articles not stored (or no longer): inserted from the staged rows.
insert into articles by name
select s.*
from s_articles as s
anti join articles as a on a.article_id = s.article_id
qualify row_number() over (partition by s.article_id order by s.source_id) = 1;
-- 4. Every known article keeps its first source, and its sighting times merge the stored and new ones; when and by
--    which run it arrived, and when its records were last updated, are kept (03a_articles_arrival.sql).
update articles as a set
    source_id     = k.stored_source_id,
    fetched_at    = k.fetched_at,
    first_seen_at = k.first_seen_at,
    last_seen_at  = k.last_seen_at,
    first_run_id  = k.first_run_id,
    arrived_for   = k.arrived_for,
    updated_for   = k.updated_for
from tw_load_known as k
where a.article_id = k.article_id;
drop table tw_load_known;

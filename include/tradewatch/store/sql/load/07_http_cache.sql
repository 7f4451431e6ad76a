-- Validators for the next run's conditional GETs, committed together with the data they describe.
-- A page whose article was quarantined keeps no validators: the next run fetches it whole and tries again
-- (with them it answered "unchanged" for ever after, and the article was never loaded).
-- A page the validation dropped as another source's copy (same text) keeps its validators, pointing at the
-- article kept: the next run finds it unchanged instead of storing it then.
-- Written as deletes and plain inserts, not `insert ... on conflict do update`: DuckDB holds every row of an upsert
-- in memory until the statement ends, and a rerun of a run whose pages are all stored already updated every row
-- (a 100,000-article rerun ran out of the load's 128 MB; hostile probe 16). These statements stream and spill.
--
-- 1. The run's validators, one a URL: a copy's pointing at the article kept, a quarantined article's left out.
create or replace temp table tw_load_cache as
select * from (
    select h.* replace (coalesce(c.kept_as, h.article_id) as article_id)
    from s_http_cache as h left join s_copies as c on c.article_id = h.article_id
) as h
where (h.article_id is null
   or h.article_id not in (
       select q.article_id from s_quarantine as q where q.table_name = 'articles' and q.article_id is not null
   ))
   -- (an article kept as a newer extractor made it keeps the validators of the content it keeps: a changed page is
   -- then fetched whole again, and read by the upgraded install; 02b_articles_newer.sql)
   and not exists (select 1 from tw_load_newer as n where n.article_id = h.article_id)
qualify row_number() over (partition by url order by sha256, etag, last_modified) = 1;
-- 2. A later date's validators replace a row: the row goes to http_cache_history first (a rerun of that date, or of any
--    date since the row's, reads the newest row recorded before it). The newest 16 rows of a URL are kept: a page
--    rechecked every TRADEWATCH_REVALIDATE_DAYS keeps months of them.
insert into http_cache_history by name
select h.url, h.etag, h.last_modified, h.sha256, h.article_id, h.recorded_for
from http_cache as h join tw_load_cache as s using (url)
where s.recorded_for > h.recorded_for
  and not exists (select 1 from http_cache_history as o where o.url = h.url and o.recorded_for = h.recorded_for);
delete from http_cache_history
where (url, recorded_for) in (
    select (url, recorded_for) from (
        select o.url, o.recorded_for, row_number() over (partition by o.url order by o.recorded_for desc) as k
        from http_cache_history as o where o.url in (select url from tw_load_cache)
    ) where k > 16
);
-- 3. Quarantined articles' validators go.
delete from http_cache
where article_id in (
    select q.article_id from s_quarantine as q where q.table_name = 'articles' and q.article_id is not null
);
-- 4. The stored rows this run's replace (an earlier logical date loaded after a later one leaves the later validators,
--    and the content they describe), then the run's rows for every URL without one.
delete from http_cache
where url in (select s.url from tw_load_cache as s join http_cache as h using (url)
              where s.recorded_for >= h.recorded_for or h.recorded_for is null);
insert into http_cache by name
select s.* from tw_load_cache as s anti join http_cache as h using (url);
drop table tw_load_cache;
-- ... and a copy's fetch, by the source whose copy was dropped, says why it stored no article: the same text under
-- another URL, or the same URL another source linked too (`kept_as` is then the copy's own id: the article is stored
-- as the kept source's; the kept copy may have been quarantined, and then no source is named).
update fetches
set error = n.note
from (
    select f.run_id, f.source_id, f.url,
           left(case when c.kept_as = c.article_id
                     then 'also linked by ' || coalesce('source ' || k.source_id, 'another source')
                          || ' in this run: stored once, as that source''s article'
                     else 'same article text as ' || c.kept_url || ' (another source): stored once, under that URL'
                end, 500) as note
    from s_copies as c
    join s_http_cache as h on h.article_id = c.article_id
    join s_fetches as f on f.url = h.url and f.source_id = c.source_id
    left join (select distinct source_id, article_id from s_articles) as k on k.article_id = c.kept_as
    qualify row_number() over (partition by f.run_id, f.source_id, f.url order by note) = 1
) as n
where fetches.run_id = n.run_id and fetches.source_id = n.source_id and fetches.url = n.url
  and fetches.error is null;

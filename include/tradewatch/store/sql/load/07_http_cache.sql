-- Validators for the next run's conditional GETs, committed together with the data they describe.
-- A page whose article was quarantined keeps no validators: the next run fetches it whole and tries again
-- (with them it answered "unchanged" for ever after, and the article was never loaded).
-- A page the validation dropped as another source's copy (same text) keeps its validators, pointing at the
-- article kept: the next run finds it unchanged instead of storing it then.
-- A later date's validators replace a row: the row goes to http_cache_before first (a rerun of that date reads it).
insert into http_cache_before by name
select h.url, h.etag, h.last_modified, h.sha256, h.article_id, h.recorded_for
from http_cache as h
where h.url in (select s.url from s_http_cache as s where s.recorded_for > h.recorded_for)
on conflict (url) do update set
    etag = excluded.etag, last_modified = excluded.last_modified, sha256 = excluded.sha256,
    article_id = excluded.article_id, recorded_for = excluded.recorded_for;
delete from http_cache
where article_id in (
    select q.article_id from s_quarantine as q where q.table_name = 'articles' and q.article_id is not null
);
insert into http_cache by name
select * from (
    select h.* replace (coalesce(c.kept_as, h.article_id) as article_id)
    from s_http_cache as h left join s_copies as c on c.article_id = h.article_id
) as h
where h.article_id is null
   or h.article_id not in (
       select q.article_id from s_quarantine as q where q.table_name = 'articles' and q.article_id is not null
   )
qualify row_number() over (partition by url order by sha256, etag, last_modified) = 1
on conflict (url) do update set
    etag = excluded.etag, last_modified = excluded.last_modified, sha256 = excluded.sha256,
    article_id = excluded.article_id, recorded_for = excluded.recorded_for
-- an earlier logical date loaded after a later one leaves the later validators (and the content they describe)
where excluded.recorded_for >= http_cache.recorded_for or http_cache.recorded_for is null;
-- ... and its fetch says why it stored no article.
update fetches
set error = left('same article text as ' || c.kept_url || ' (another source): stored once, under that URL', 500)
from s_fetches as f, s_http_cache as h, s_copies as c
where c.article_id = h.article_id and f.url = h.url
  and fetches.run_id = f.run_id and fetches.url = f.url and fetches.error is null;

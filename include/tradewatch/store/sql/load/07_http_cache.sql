-- Validators for the next run's conditional GETs, committed together with the data they describe.
-- A page whose article was quarantined keeps no validators: the next run fetches it whole and tries again
-- (with them it answered "unchanged" for ever after, and the article was never loaded).
delete from http_cache
where article_id in (
    select q.article_id from s_quarantine as q where q.table_name = 'articles' and q.article_id is not null
);
insert into http_cache by name
select * from s_http_cache as h
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

-- Validators for the next run's conditional GETs, committed together with the data they describe.
insert into http_cache by name
select * from s_http_cache qualify row_number() over (partition by url order by sha256, etag, last_modified) = 1
on conflict (url) do update set
    etag = excluded.etag, last_modified = excluded.last_modified, sha256 = excluded.sha256,
    article_id = excluded.article_id, recorded_for = excluded.recorded_for;

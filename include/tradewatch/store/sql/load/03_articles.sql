-- New articles are inserted; known ones keep their first sighting and take the newest content.
-- The same canonical URL reached from two sources in one run is stored once (first source by id).
insert into articles by name
with staged as (
    select * from s_articles
    qualify row_number() over (partition by article_id order by source_id) = 1
)
select * from staged
on conflict (article_id) do update set
    title        = case when excluded.fetched_at >= articles.fetched_at then excluded.title else articles.title end,
    published_at = case when excluded.fetched_at >= articles.fetched_at then excluded.published_at else articles.published_at end,
    text         = case when excluded.fetched_at >= articles.fetched_at then excluded.text else articles.text end,
    language     = case when excluded.fetched_at >= articles.fetched_at then excluded.language else articles.language end,
    sha256       = case when excluded.fetched_at >= articles.fetched_at then excluded.sha256 else articles.sha256 end,
    fetched_at   = greatest(articles.fetched_at, excluded.fetched_at),
    first_seen_at = least(articles.first_seen_at, excluded.first_seen_at),
    last_seen_at  = greatest(articles.last_seen_at, excluded.last_seen_at);

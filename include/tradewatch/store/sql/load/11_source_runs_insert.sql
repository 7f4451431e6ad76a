insert into source_runs by name
with staged_articles as (
    select distinct source_id, article_id from s_articles
),
counted as (
    select
        s.source_id,
        count(*) filter (where a.first_seen_at >= $logical_date) as new,
        count(*) filter (where a.first_seen_at < $logical_date)  as updated
    from staged_articles as s
    join articles as a using (article_id)
    group by s.source_id
)
select
    r.run_id, r.source_id, r.logical_date, r.status, r.fetched,
    coalesce(c.new, 0) as new, coalesce(c.updated, 0) as updated,
    r.unchanged, r.skipped, r.failed, r.records, r.error
from s_source_runs as r
left join counted as c using (source_id)
qualify row_number() over (partition by r.source_id order by r.status) = 1;

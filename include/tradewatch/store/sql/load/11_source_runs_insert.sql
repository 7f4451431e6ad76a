-- `records`: those the source's articles hold now, not those its crawl extracted: a page the validation dropped as
-- another source's copy, or quarantined, loaded none (hostile probe 23 F5: the crawl's count made a source's `records`
-- and the run's total larger than the tables). (A statement of its own: joined in the insert below, a rerun of a
-- 40,000-article load ran out of 64 MB.)
create or replace temp table tw_load_records as
select s.source_id, count(*) as records
from (select distinct source_id, article_id from s_articles) as s
join (select article_id from sanctions union all select article_id from deals) as r using (article_id)
group by s.source_id;
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
),
-- Pages the validation dropped as another source's copy, by the source that staged them (the same text under another
-- URL, or the same URL: hostile probe 25 F5, such pages were counted nowhere): fetched, stored as nothing new, so
-- counted as skipped (their fetches say why).
copied as (
    select source_id, count(distinct article_id) as copies
    from s_copies
    group by source_id
)
select
    r.run_id, r.source_id, r.logical_date, r.status, r.fetched,
    coalesce(c.new, 0) as new, coalesce(c.updated, 0) as updated,
    r.unchanged, r.skipped + coalesce(cp.copies, 0) as skipped, r.failed, coalesce(rc.records, 0) as records, r.error
from s_source_runs as r
left join counted as c using (source_id)
left join copied as cp using (source_id)
left join tw_load_records as rc using (source_id)
qualify row_number() over (partition by r.source_id order by r.status) = 1;
drop table tw_load_records;

-- `records`: those the source's articles hold now, not those its crawl extracted: a page the validation dropped as
-- another source's copy, or quarantined, loaded none (hostile probe 23 F5: the crawl's count made a source's `records`
-- and the run's total larger than the tables). (A statement of its own: joined in the insert below, a rerun of a
-- 40,000-article load ran out of 64 MB.)
create or replace temp table tw_load_records as
select s.source_id, count(*) as records
from (select distinct source_id, article_id from s_articles) as s
join (select article_id from sanctions union all select article_id from deals) as r using (article_id)
group by s.source_id;
-- Known articles whose page came back with the bytes its URL's validators recorded before this date (the newest such
-- row, the one the crawl reads; after 07_http_cache.sql it is in http_cache_history, or still in http_cache): unchanged,
-- not updated. A crawl that could not read the warehouse (a list refresh holding its write lock) fetched every known
-- page whole, and each was counted "updated" though nothing had changed (hostile probe 27 F2). A rerun of the date
-- compares with the same earlier rows, so it counts as the first attempt did.
-- So are those whose text is the one stored before the load, and whose records the load left as they were
-- (02c_articles_same_text.sql, 06c_records_updated.sql): a rerun of an older date puts back the validators of before it,
-- and a page stored by a later date (or edited since) came back whole with the bytes stored; 10 such pages were counted
-- "updated" (hostile probe 39 F6).
create or replace temp table tw_load_same as
with earlier as (
    select url, sha256, article_id
    from (
        select url, sha256, article_id, recorded_for from http_cache
        where url in (select url from s_http_cache) and recorded_for < $logical_date
        union all
        select url, sha256, article_id, recorded_for from http_cache_history
        where url in (select url from s_http_cache) and recorded_for < $logical_date
    )
    qualify row_number() over (partition by url order by recorded_for desc) = 1
)
select distinct s.source_id, s.article_id
from s_articles as s
join s_http_cache as h on h.article_id = s.article_id and h.sha256 = s.sha256
join earlier as e on e.url = h.url and e.sha256 = h.sha256 and e.article_id = h.article_id
-- (... and none of its other pages came back with other bytes: an article whose page 2 was corrected under an unchanged
-- page 1 was updated, not unchanged)
anti join (select h.article_id from s_http_cache as h join earlier as e on e.url = h.url and e.sha256 <> h.sha256)
    as p on p.article_id = s.article_id
union
select s.source_id, s.article_id
from s_articles as s
semi join tw_load_same_text as t on t.article_id = s.article_id
anti join tw_load_records_changed as c on c.article_id = s.article_id;
-- New: the articles this run's load stored first (03a_articles_arrival.sql), so a backfill run after later dates counts
-- only the articles it brought in, not those the later dates had stored (hostile probe 31 F3: their first sighting is
-- no later than the backfill's date, and every one was counted new again); a rerun of the date counts as it did.
insert into source_runs by name
with staged_articles as (
    select distinct source_id, article_id from s_articles
),
counted as (
    select
        s.source_id,
        count(*) filter (where a.first_run_id = $run_id)                                              as new,
        count(*) filter (where a.first_run_id is distinct from $run_id and x.article_id is null)     as updated,
        count(*) filter (where a.first_run_id is distinct from $run_id and x.article_id is not null) as same
    from staged_articles as s
    join articles as a using (article_id)
    left join tw_load_same as x on x.source_id = s.source_id and x.article_id = s.article_id
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
    r.unchanged + coalesce(c.same, 0) as unchanged, r.skipped + coalesce(cp.copies, 0) as skipped, r.failed, coalesce(rc.records, 0) as records, r.error
from s_source_runs as r
left join counted as c using (source_id)
left join copied as cp using (source_id)
left join tw_load_records as rc using (source_id)
qualify row_number() over (partition by r.source_id order by r.status) = 1;
-- Articles kept as a newer extractor made them (02b_articles_newer.sql) are said on their source's row, and not counted
-- updated: they were not (hostile probe 39 F1). (Statements of their own: joined in the insert above, the rerun of a
-- 40,000-article load ran out of 64 MB.)
create or replace temp table tw_load_kept as
select n.source_id, count(distinct n.article_id) as kept,
       count(distinct n.article_id) filter (where a.first_run_id is distinct from $run_id and x.article_id is null)
           as counted_updated,
       string_agg(distinct n.extractor_version, ', ' order by n.extractor_version) as versions
from tw_load_newer as n
join articles as a using (article_id)
left join tw_load_same as x on x.source_id = n.source_id and x.article_id = n.article_id
group by n.source_id;
update source_runs set
    updated = updated - k.counted_updated,
    error   = coalesce(error || '. ', '') || k.kept || ' article(s) kept: their records are from a newer extractor ('
              || k.versions || '), and this install runs the older ' || $extractor_version || ': upgrade it'
from tw_load_kept as k
where source_runs.run_id = $run_id and source_runs.source_id = k.source_id;
drop table tw_load_kept;
drop table tw_load_records;
drop table tw_load_same;
drop table tw_load_same_text;
drop table tw_load_records_changed;

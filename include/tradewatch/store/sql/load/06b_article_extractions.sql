-- The extractor version of every article whose records 05/06 replaced (staged content as new as the stored one): the
-- version its staged records carry, or, for an article that yielded none, the version of the code loading it (the
-- crawl's and the load's are the same installed library). A staged copy older than the stored one leaves the stored
-- version, as it leaves the stored records; so does an article whose records a newer extractor made. `tradewatch reextract` and the load's re-extraction of unchanged pages read
-- it to find articles whose records another version made.
create or replace temp table tw_load_versions as
with kept as (
    select distinct s.article_id from s_articles as s join articles as a using (article_id)
    anti join tw_load_newer as n on n.article_id = s.article_id where s.fetched_at >= a.fetched_at
),
staged_versions as (
    select article_id, min(extractor_version) as extractor_version
    from (select article_id, extractor_version from s_sanctions union all select article_id, extractor_version from s_deals)
    group by article_id
)
select k.article_id, coalesce(v.extractor_version, $extractor_version) as extractor_version
from kept as k left join staged_versions as v using (article_id);
delete from article_extractions where article_id in (select article_id from tw_load_versions);
insert into article_extractions by name select * from tw_load_versions;
drop table tw_load_versions;

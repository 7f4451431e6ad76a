-- Which extractor version made each article's records (hostile probe 23, F7). An article with no records keeps its
-- version here too: without it, "extracted by an older version and found nothing" and "extracted by this version and
-- found nothing" look the same, and `tradewatch reextract` could not tell which articles it still has to do.
-- Written by the load in the same transaction as the article's records, and by `tradewatch reextract`.
create table if not exists article_extractions (
    article_id        varchar primary key,
    extractor_version varchar not null
);
-- Articles stored before this table: the version their records carry (the oldest, should two differ); an article
-- without records stays out, and counts as made by an unknown (older) version.
insert into article_extractions
select article_id, min(extractor_version)
from (select article_id, extractor_version from sanctions union all select article_id, extractor_version from deals)
where article_id in (select article_id from articles)
group by article_id;

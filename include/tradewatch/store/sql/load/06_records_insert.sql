-- The run's records, but those of an article whose stored content is newer than the copy they were extracted from
-- (see 05_records_delete.sql), or whose stored records a newer extractor made (02b_articles_newer.sql).
-- (Those articles' ids are found once, into a temp table, and the records anti-joined to it: a `not in` over the
-- staged-and-stored join, once per table, ran out of the load's 128 MB on a rerun of a 150,000-article run whose
-- articles were all stored already; hostile probe 16.)
create or replace temp table tw_load_stale as
select distinct s.article_id from s_articles as s join articles as a using (article_id) where s.fetched_at < a.fetched_at
union
select article_id from tw_load_newer;
insert into sanctions by name
select r.* from s_sanctions as r anti join tw_load_stale as x using (article_id)
qualify row_number() over (partition by r.sanction_id order by r.article_id) = 1;
insert into sanction_targets by name
select r.* from s_sanction_targets as r anti join tw_load_stale as x using (article_id)
qualify row_number() over (partition by r.sanction_id, r.target_idx order by r.article_id) = 1;
insert into deals by name
select r.* from s_deals as r anti join tw_load_stale as x using (article_id)
qualify row_number() over (partition by r.deal_id order by r.article_id) = 1;
insert into deal_parties by name
select r.* from s_deal_parties as r anti join tw_load_stale as x using (article_id)
qualify row_number() over (partition by r.deal_id, r.party_idx order by r.article_id) = 1;
drop table tw_load_stale;

-- The run's records, but those of an article whose stored content is newer than the copy they were extracted from
-- (see 05_records_delete.sql).
insert into sanctions by name
select * from s_sanctions
where article_id not in (select s.article_id from s_articles as s join articles as a using (article_id) where s.fetched_at < a.fetched_at)
qualify row_number() over (partition by sanction_id order by article_id) = 1;
insert into sanction_targets by name
select * from s_sanction_targets
where article_id not in (select s.article_id from s_articles as s join articles as a using (article_id) where s.fetched_at < a.fetched_at)
qualify row_number() over (partition by sanction_id, target_idx order by article_id) = 1;
insert into deals by name
select * from s_deals
where article_id not in (select s.article_id from s_articles as s join articles as a using (article_id) where s.fetched_at < a.fetched_at)
qualify row_number() over (partition by deal_id order by article_id) = 1;
insert into deal_parties by name
select * from s_deal_parties
where article_id not in (select s.article_id from s_articles as s join articles as a using (article_id) where s.fetched_at < a.fetched_at)
qualify row_number() over (partition by deal_id, party_idx order by article_id) = 1;

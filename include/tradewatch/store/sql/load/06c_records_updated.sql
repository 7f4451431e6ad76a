-- Stored articles whose records this load replaced with different ones (another id: other evidence; another value or
-- currency) are marked updated at the load's date (tw_load_clock, 03a_articles_arrival.sql: the newest date loaded,
-- so a backfill's corrections reach the next briefing too); the briefing lists their records as updated (hostile probe
-- 31 F11: a corrected deal value reached no briefing). A rerun of the date loads the records it loaded before, so it
-- changes nothing.
create or replace temp table tw_load_new_records as
select article_id, 'sanction|' || sanction_id || '|' || coalesce(amount::varchar, '') || '|' || coalesce(currency, '')
       as fingerprint
from sanctions where article_id in (select article_id from tw_load_replaced)
union all
select article_id, 'deal|' || deal_id || '|' || coalesce(value::varchar, '') || '|' || coalesce(currency, '')
from deals where article_id in (select article_id from tw_load_replaced);
-- (kept for 11_source_runs_insert.sql: a page whose text did not change counts as updated only if its records did)
create or replace temp table tw_load_records_changed as
select distinct article_id from (
    (select * from tw_load_old_records except select * from tw_load_new_records)
    union all
    (select * from tw_load_new_records except select * from tw_load_old_records)
);
update articles set updated_for = (select loaded_for from tw_load_clock)
where article_id in (select article_id from tw_load_records_changed);
drop table tw_load_new_records;
drop table tw_load_old_records;
drop table tw_load_replaced;
drop table tw_load_clock;

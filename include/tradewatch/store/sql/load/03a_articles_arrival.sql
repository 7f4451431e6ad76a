-- When the warehouse received the articles this load stored for the first time (hostile probe 31 F2, F3): the run
-- that stored them, and the newest logical date loaded so far, this run's or a later one's when this is a backfill
-- (an older date run after later ones). The briefing selects records by it, so a backfill's new records reach the
-- next briefing, and it never moves, so a window already reported keeps its records. Articles stored before keep
-- theirs (step 4 of 03_articles.sql); a rerun of the date finds its articles stored by itself and keeps them too.
-- (A file of its own because it takes parameters: 03_articles.sql stays idle in a run that staged no article.)
create or replace temp table tw_load_clock as
select greatest($logical_date, (select max(logical_date) from source_runs where run_id <> $run_id)) as loaded_for;
update articles set
    first_run_id = $run_id,
    arrived_for  = (select loaded_for from tw_load_clock)
where arrived_for is null;
-- Stored articles (another run's) whose records this load replaces (05_records_delete.sql: the staged copy is as new
-- as the stored one), with a fingerprint of their records as they stand: 06c_records_updated.sql compares the records
-- loaded with it, and marks the articles whose records changed (a corrected value) as updated (hostile probe 31 F11).
create or replace temp table tw_load_replaced as
select distinct s.article_id
from s_articles as s
join articles as a using (article_id)
anti join tw_load_newer as n on n.article_id = s.article_id
where s.fetched_at >= a.fetched_at and a.first_run_id is distinct from $run_id;
create or replace temp table tw_load_old_records as
select article_id, 'sanction|' || sanction_id || '|' || coalesce(amount::varchar, '') || '|' || coalesce(currency, '')
       as fingerprint
from sanctions where article_id in (select article_id from tw_load_replaced)
union all
select article_id, 'deal|' || deal_id || '|' || coalesce(value::varchar, '') || '|' || coalesce(currency, '')
from deals where article_id in (select article_id from tw_load_replaced);

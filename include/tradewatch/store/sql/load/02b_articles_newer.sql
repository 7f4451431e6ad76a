-- The run's articles already stored with records a newer extractor made than the one loading ($newer_versions, worked
-- out by load_frames): the load keeps those articles, their records, their extractor version and their validators as
-- they are (hostile probe 39 F1: a rollback's rerun of a date re-read pages whose bytes had not changed, and loaded the
-- older extractor's records over the newer ones). 11_source_runs_insert.sql notes them on the source's row; the load
-- says to upgrade. Dropped by load_frames after the commit.
create or replace temp table tw_load_newer as
select distinct s.source_id, s.article_id, e.extractor_version
from s_articles as s
join article_extractions as e using (article_id)
where e.extractor_version in (select unnest($newer_versions::varchar[]));

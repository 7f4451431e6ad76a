-- The run's articles already stored with the text staged, by a run for another date: 11_source_runs_insert.sql does
-- not count them updated when the load leaves their records as they were either (hostile probe 39 F6: a rerun of an
-- older date puts back the validators of before it, and 10 pages a later date had stored, byte-identical, were counted
-- "updated"). Read before 03_articles.sql replaces the stored rows and 03b the digests. A copy stored by an earlier
-- attempt of this run's date is left to the validators: a rerun counts as the first attempt did. (A file of its own,
-- with its parameter: it runs, and makes the table 11 reads, in a run that staged no article too.)
create or replace temp table tw_load_same_text as
select distinct s.article_id
from s_articles as s
join articles as a on a.article_id = s.article_id
join article_text_digests as d on d.article_id = s.article_id and d.text_sha256 = sha256(s.text)
where a.fetched_at is distinct from $logical_date;

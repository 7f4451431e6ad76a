-- One row per source: the crawl's counts, with new/updated decided against what was loaded before, records counted
-- from what was loaded and another source's copies dropped by the validation counted as skipped.
-- A rerun of the run replaces the rows of the sources it staged (crawled, found invalid, or whose crawl did not finish),
-- as 01_fetches.sql replaces their fetches: a source it did not hand out (disabled since) keeps its row, beside the
-- fetches and articles that row describes (hostile probe 28 F1: the rerun deleted it, and the date then counted as
-- never crawled by that source).
delete from source_runs where run_id = $run_id and source_id in (select source_id from s_source_runs);

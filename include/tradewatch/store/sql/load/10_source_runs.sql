-- One row per source: the crawl's counts, with new/updated decided against what was loaded before, records counted
-- from what was loaded and another source's copies dropped by the validation counted as skipped.
delete from source_runs where run_id = $run_id;

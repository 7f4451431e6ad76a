-- One row per source: the crawl's counts, with new/updated decided against what was loaded before.
delete from source_runs where run_id = $run_id;

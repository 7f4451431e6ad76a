-- Every request of the run, replacing what an earlier attempt of the same run recorded for the same URLs of the same
-- sources (two sources linking one URL each keep their own row).
-- A URL the earlier attempt fetched and this one did not (the feed changed in between) keeps its row: the
-- article that fetch loaded stays, and so does the record of where it came from.
delete from fetches where run_id = $run_id and (source_id, url) in (select (source_id, url) from s_fetches);

-- Every request of the run, replacing what an earlier attempt of the same run recorded for the same URLs.
-- A URL the earlier attempt fetched and this one did not (the feed changed in between) keeps its row: the
-- article that fetch loaded stays, and so does the record of where it came from.
delete from fetches where run_id = $run_id and url in (select url from s_fetches);

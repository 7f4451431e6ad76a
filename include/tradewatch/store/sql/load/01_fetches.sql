-- Every request of the run, replacing what an earlier attempt of the same run recorded.
delete from fetches where run_id = $run_id;

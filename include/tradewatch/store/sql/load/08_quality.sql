-- Quarantined rows and expectation results of the run, replacing an earlier attempt's.
delete from quarantine where run_id = $run_id;
delete from dq_results where run_id = $run_id;

-- What was last loaded per source, for `tradewatch status`.
with health as (
    select * from v_source_health
)
select
    source_id,
    last_run_id,
    last_run_at,
    last_status,
    last_fetched,
    last_new,
    last_records,
    last_failed,
    last_success_at,
    failure_streak,
    runs,
    last_error,
    -- the last run's own error, and when the last error was (hostile probe 27: an older run's error showed beside a
    -- clean last run, as if it were its)
    (select max(r.error) from source_runs as r
     where r.source_id = health.source_id and r.run_id = health.last_run_id)        as last_run_error,
    (select max(r.logical_date) from source_runs as r
     where r.source_id = health.source_id and coalesce(r.error, '') <> '')          as last_error_at
from health
order by failure_streak desc, source_id

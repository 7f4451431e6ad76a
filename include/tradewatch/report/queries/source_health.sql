-- Per-source health for the briefing, failing sources first.
with health as (
    select * from v_source_health
)
select
    source_id,
    last_status,
    last_run_at,
    last_success_at,
    failure_streak,
    runs,
    yield_new_per_run,
    last_error,
    -- the last run's own error, and when the last error was: an earlier run's error beside a clean last run is said
    -- to be earlier, as `tradewatch status` does (hostile probe 31 F5)
    (select max(r.error) from source_runs as r
     where r.source_id = health.source_id and r.run_id = health.last_run_id)        as last_run_error,
    (select max(r.logical_date) from source_runs as r
     where r.source_id = health.source_id and coalesce(r.error, '') <> '')          as last_error_at
from health
order by failure_streak desc, source_id

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
    last_error
from health
order by failure_streak desc, source_id

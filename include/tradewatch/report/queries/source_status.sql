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
    last_error
from health
order by failure_streak desc, source_id

-- The last N runs that left quality data, newest first. Parameter: N.
with validated as (
    select run_id, max(validated_at) as seen_at
    from dq_results
    group by run_id
),

quarantined as (
    select run_id, max(quarantined_at) as seen_at
    from quarantine
    group by run_id
),

runs as (
    select run_id, max(seen_at) as seen_at
    from (select * from validated union all select * from quarantined)
    group by run_id
),

final as (
    select
        runs.run_id,
        runs.seen_at as validated_at,
        (select count(*) from dq_results as r where r.run_id = runs.run_id) as evaluated,
        (select count(*) from dq_results as r where r.run_id = runs.run_id and not r.success) as failed,
        (select count(*) from quarantine as q where q.run_id = runs.run_id) as quarantined
    from runs
)

select * from final
order by validated_at desc, run_id desc
limit ?

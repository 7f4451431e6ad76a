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

-- the N runs chosen before anything is counted (the counts were made for every run, then all but N dropped)
recent as (
    select run_id, seen_at
    from runs
    order by seen_at desc, run_id desc
    limit ?
),

final as (
    select
        recent.run_id,
        recent.seen_at as validated_at,
        (select count(*) from dq_results as r where r.run_id = recent.run_id) as evaluated,
        (select count(*) from dq_results as r where r.run_id = recent.run_id and not r.success) as failed,
        (select count(*) from quarantine as q where q.run_id = recent.run_id) as quarantined
    from recent
)

select * from final
order by validated_at desc, run_id desc

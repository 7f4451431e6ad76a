-- Share of expectations that passed, per suite, over the last N runs. Parameter: N.
with runs as (
    select run_id, max(validated_at) as validated_at
    from dq_results
    group by run_id
),

recent as (
    select run_id
    from runs
    order by validated_at desc, run_id desc
    limit ?
),

results as (
    select *
    from dq_results
    where run_id in (select run_id from recent)
),

final as (
    select
        suite,
        count(distinct run_id) as runs,
        count(*) as evaluated,
        count(*) filter (where success) as passed,
        round(100.0 * count(*) filter (where success) / count(*), 1) as pass_rate,
        count(distinct run_id) filter (where not success) as runs_with_failures
    from results
    group by suite
)

select * from final
order by pass_rate, suite

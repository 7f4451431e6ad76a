-- The expectations that failed most often over the last N runs. Parameters: N, limit.
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

failures as (
    select *
    from dq_results
    where run_id in (select run_id from recent)
      and not success
),

final as (
    select
        suite,
        expectation,
        column_name,
        count(*) as failures,
        count(distinct run_id) as runs_failed,
        sum(coalesce(unexpected_count, 0)) as unexpected_rows,
        arg_max(observed_value, validated_at) as last_observed_value,
        max(validated_at) as last_failed_at
    from failures
    group by suite, expectation, column_name
)

select * from final
order by failures desc, unexpected_rows desc, suite, expectation, column_name
limit ?

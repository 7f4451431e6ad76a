-- What every source yielded in the last N runs up to the given run (or the latest N runs when the
-- run is not in source_runs yet). A source missing from a run's rows gets a row with status null.
-- Parameters: run_id, number of runs.
with runs as (
    select run_id, max(logical_date) as logical_date
    from source_runs
    group by run_id
),

ranked as (
    select
        run_id,
        logical_date,
        row_number() over (order by logical_date nulls first, run_id) as position
    from runs
),

anchor as (
    select coalesce(max(case when run_id = ? then position end), max(position)) as position
    from ranked
),

window_runs as (
    select ranked.run_id, ranked.logical_date, ranked.position
    from ranked
    cross join anchor
    where ranked.position <= anchor.position
      and ranked.position > anchor.position - ?
),

sources as (
    select distinct source_id
    from source_runs
    where run_id in (select run_id from window_runs)
),

final as (
    select
        sources.source_id,
        window_runs.run_id,
        window_runs.position,
        source_runs.status,
        coalesce(source_runs.fetched, 0) as fetched,
        coalesce(source_runs.new, 0) as new,
        coalesce(source_runs.updated, 0) as updated,
        coalesce(source_runs.records, 0) as records,
        source_runs.error
    from sources
    cross join window_runs
    left join source_runs
        on source_runs.source_id = sources.source_id
       and source_runs.run_id = window_runs.run_id
)

select * from final
order by source_id, position

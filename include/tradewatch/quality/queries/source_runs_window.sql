-- What each source handed out in the given run (or in the latest run when the run is not in source_runs yet) yielded
-- in its own last N runs up to that run. Only runs that handed the source out count: the runs before it existed and
-- after it left the registry have no row of it, and are not its runs (hostile probe 31 F8: "yielded nothing in its
-- last 3 runs (statuses: absent, absent, failed)" for a source on its first run, and for one deleted since).
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

anchor_sources as (
    select distinct source_runs.source_id
    from source_runs
    join ranked using (run_id)
    cross join anchor
    where ranked.position = anchor.position
),

own_runs as (
    select
        source_runs.source_id,
        source_runs.run_id,
        ranked.position,
        source_runs.status,
        coalesce(source_runs.fetched, 0) as fetched,
        coalesce(source_runs.new, 0) as new,
        coalesce(source_runs.updated, 0) as updated,
        coalesce(source_runs.records, 0) as records,
        source_runs.error,
        row_number() over (partition by source_runs.source_id order by ranked.position desc) as back
    from source_runs
    join ranked using (run_id)
    cross join anchor
    where ranked.position <= anchor.position
      and source_runs.source_id in (select source_id from anchor_sources)
),

final as (
    select source_id, run_id, position, status, fetched, new, updated, records, error
    from own_runs
    where back <= ?
)

select * from final
order by source_id, position

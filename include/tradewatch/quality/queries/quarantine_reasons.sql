-- Why the records of the last N runs were quarantined: one row per table, column and reason, counting distinct records
-- (a record quarantined by several runs counts once), so that a person sees every distinct failure however many rows
-- there are (hostile probe 32 F5). Records taken along with a failing parent or part are one row per table, whatever
-- their parent's reason (it is the parent's own row). Parameters: N, the cascade expectation, the whole-record
-- expectation. Records a newer extractor superseded are rows of their own, last (hostile probe 39 F2); needs the temp
-- view `quarantine_standing` (`quarantine.define_standing`).
with runs as (
    select run_id, max(seen_at) as seen_at
    from (
        select run_id, validated_at as seen_at from dq_results
        union all
        select run_id, quarantined_at as seen_at from quarantine
    )
    group by run_id
),

recent as (
    select run_id
    from runs
    order by seen_at desc, run_id desc
    limit ?
),

taken_along as (
    select unnest([?, ?]) as expectation
),

rows as (
    select
        table_name,
        coalesce(record_key, record_json) as record,
        run_id,
        expectation,
        case when expectation in (select expectation from taken_along) then null else column_name end as column_name,
        case when expectation in (select expectation from taken_along) then null else reason end as reason,
        superseded_by
    from quarantine_standing
    where run_id in (select run_id from recent)
),

final as (
    select
        table_name,
        column_name,
        expectation,
        reason,
        reason is null as taken_along,
        superseded_by,
        count(distinct record) as records,
        count(distinct run_id) as runs
    from rows
    group by table_name, column_name, expectation, reason, superseded_by
)

select * from final
order by superseded_by is not null, taken_along, records desc, table_name, column_name, reason

-- Quarantined records of the last N runs with the URL and title of their article: each record once, the records that
-- failed a check themselves first, then those taken along with their parent or the rest of their record.
-- A record quarantined again (by `reextract`, or by every run that refetches a page that stays bad) is one row, its
-- latest, with the number of runs that quarantined it: such copies were listed, and counted, once a run (hostile probe
-- 32 F6). The quarantine table keeps every run's rows: it is the history of what each run held back.
-- At 200 rows the list held only cascaded children ("deal_parties" sorts before "deals"), never a failing record (F5).
-- A quarantined article is not in `articles`: its URL and title come from its own record_json.
-- Records a newer extractor superseded (`quarantine_standing.sql`) come last, counted apart (hostile probe 39 F2).
-- Needs the temp view `quarantine_standing` (`quarantine.define_standing`).
-- Parameters: N, the cascade expectation, the whole-record expectation, limit.
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

occurrences as (
    select
        *,
        -- (a row without a key, a null key being what failed, is only ever the same as its own copies)
        count(distinct run_id) over (partition by table_name, coalesce(record_key, record_json), expectation)
            as seen_in_runs,
        min(quarantined_at) over (partition by table_name, coalesce(record_key, record_json), expectation)
            as first_quarantined_at,
        row_number() over (
            partition by table_name, coalesce(record_key, record_json), expectation, coalesce(column_name, '')
            order by quarantined_at desc, run_id desc
        ) as latest
    from quarantine_standing
    where run_id in (select run_id from recent)
),

rows as (
    select
        *,
        expectation not in (select expectation from taken_along) as failed_itself,
        count(*) over () as total,
        count(*) filter (where superseded_by is not null) over () as superseded_total
    from occurrences
    where latest = 1
),

final as (
    select
        rows.quarantined_at,
        rows.first_quarantined_at,
        rows.seen_in_runs,
        rows.failed_itself,
        rows.total,
        rows.superseded_total,
        rows.run_id,
        rows.table_name,
        rows.record_key,
        rows.expectation,
        rows.column_name,
        rows.offending_value,
        rows.reason,
        rows.article_id,
        coalesce(
            articles.url,
            case when rows.table_name = 'articles' then json_extract_string(rows.record_json, '$.url') end
        ) as url,
        coalesce(
            articles.title,
            case when rows.table_name = 'articles' then json_extract_string(rows.record_json, '$.title') end
        ) as title,
        rows.loaded_now,
        rows.superseded_by,
        rows.extractor_version
    from rows
    left join articles on articles.article_id = rows.article_id
)

select * from final
order by superseded_by is not null, failed_itself desc, quarantined_at desc, table_name, record_key, expectation
limit ?

-- Quarantined rows of the last N runs with the URL and title of their article, newest first.
-- A quarantined article is not in `articles`: its URL and title come from its own record_json.
-- Parameters: N, limit.
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

rows as (
    select *
    from quarantine
    where run_id in (select run_id from recent)
),

final as (
    select
        rows.quarantined_at,
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
        -- whether the record is in its table now: loaded by a later run (an article: a later fetch of it), so the row
        -- needs no action; null where that cannot be told (list tables)
        case rows.table_name
            when 'articles' then exists (
                select 1 from articles as a
                where a.article_id = rows.record_key
                    and a.fetched_at > try_cast(json_extract_string(rows.record_json, '$.fetched_at') as timestamptz)
            )
            when 'sanctions' then exists (select 1 from sanctions as s where s.sanction_id = rows.record_key)
            when 'deals' then exists (select 1 from deals as d where d.deal_id = rows.record_key)
            when 'sanction_targets' then exists (
                select 1 from sanction_targets as t where t.sanction_id || ':' || t.target_idx = rows.record_key
            )
            when 'deal_parties' then exists (
                select 1 from deal_parties as p where p.deal_id || ':' || p.party_idx = rows.record_key
            )
        end as loaded_now
    from rows
    left join articles on articles.article_id = rows.article_id
)

select * from final
order by quarantined_at desc, table_name, record_key, expectation
limit ?

-- What validation held back, per run and source: records (sanctions, deals) and whole articles in quarantine. A source
-- whose every record was quarantined read "ok, records 0" in `tradewatch status`, with no word of where they went
-- (hostile probe 32 F4). A record's source is its article's: the stored article, or, for an article quarantined
-- itself (never stored by that run), the source in its own quarantined row. Records a newer extractor has since
-- superseded are counted apart (`superseded`): history, not outstanding (hostile probe 39 F2). Needs the temp view
-- `quarantine_standing` (`quality.quarantine.define_standing`).
with quarantined_articles as (
    select distinct run_id, record_key as article_id, json_extract_string(record_json, '$.source_id') as source_id
    from quarantine
    where table_name = 'articles'
),

rows as (
    select
        q.run_id,
        q.table_name,
        q.record_key,
        q.superseded_by,
        coalesce(qa.source_id, a.source_id) as source_id
    from quarantine_standing as q
    left join quarantined_articles as qa on qa.run_id = q.run_id and qa.article_id = q.article_id
    left join articles as a on a.article_id = q.article_id
    where q.table_name in ('articles', 'sanctions', 'deals')
),

final as (
    select
        run_id,
        source_id,
        count(distinct record_key) filter (where table_name in ('sanctions', 'deals')) as records,
        count(distinct record_key) filter (where table_name = 'articles') as articles,
        count(distinct record_key) filter (where table_name in ('sanctions', 'deals') and superseded_by is not null)
            as superseded
    from rows
    where source_id is not null
    group by run_id, source_id
)

select * from final
order by run_id, source_id

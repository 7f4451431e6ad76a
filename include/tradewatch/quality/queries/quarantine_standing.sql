-- Every quarantine row, with whether its record is in its table now (`loaded_now`) and, for a record an older
-- extractor made that the article's records were made again without (`superseded_by`: the newer extractor's version),
-- so that the reports count it as history, not as outstanding. After an upgrade and `tradewatch reextract --all`,
-- dq-report listed a record 0.1.141 quarantined and 0.1.158 no longer read as "Loaded since: no", and told the user to
-- run `reextract --all`, the command just run (hostile probe 39 F2). The rows stay: the quarantine is an audit trail.
-- Decided by article and extractor version, not by record id alone: an id is positional (F4).
-- A temp view, defined on each connection that reads it (a read-only one too); {versions} is `article_extractions`, or
-- what it would hold for a file its migration has not reached.
create or replace temp view quarantine_standing as
with made_by as (
    -- the extractor of a run's records of an article: a sanction's or deal's row says it, its targets' and parties'
    -- rows do not (they were quarantined with it, by the same run)
    select run_id, article_id, max(json_extract_string(record_json, '$.extractor_version')) as extractor_version
    from quarantine
    where table_name in ('sanctions', 'deals')
    group by run_id, article_id
),

rows as (
    select
        q.*,
        made_by.extractor_version,
        versions.extractor_version as article_version,
        -- loaded by a later run (an article: a later fetch of it), so the row needs no action; null where that cannot
        -- be told (list tables)
        case q.table_name
            when 'articles' then exists (
                select 1 from articles as a
                where a.article_id = q.record_key
                    and a.fetched_at > try_cast(json_extract_string(q.record_json, '$.fetched_at') as timestamptz)
            )
            when 'sanctions' then exists (select 1 from sanctions as s where s.sanction_id = q.record_key)
            when 'deals' then exists (select 1 from deals as d where d.deal_id = q.record_key)
            when 'sanction_targets' then exists (
                select 1 from sanction_targets as t where t.sanction_id || ':' || t.target_idx = q.record_key
            )
            when 'deal_parties' then exists (
                select 1 from deal_parties as p where p.deal_id || ':' || p.party_idx = q.record_key
            )
        end as loaded_now
    from quarantine as q
    left join made_by on made_by.run_id = q.run_id and made_by.article_id = q.article_id
        and q.table_name in ('sanctions', 'sanction_targets', 'deals', 'deal_parties')
    left join {versions} as versions on versions.article_id = q.article_id
),

final as (
    select
        *,
        -- newer compared number by number (0.1.123 > 0.1.99); a version not written so counts as older, as
        -- `reextract.version_key` has it
        case
            when loaded_now is distinct from false or extractor_version is null
                or not regexp_full_match(coalesce(article_version, ''), '[0-9]{1,18}(\.[0-9]{1,18})*') then null
            when not regexp_full_match(extractor_version, '[0-9]{1,18}(\.[0-9]{1,18})*') then article_version
            when string_split(article_version, '.')::bigint[] > string_split(extractor_version, '.')::bigint[]
                then article_version
        end as superseded_by
    from rows
)

select * from final

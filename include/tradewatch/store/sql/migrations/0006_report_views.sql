-- Reporting views for analysts and the daily briefing. Views only (`create or replace view`), so
-- they always follow the tables; nothing here depends on the list views of 0005.
-- `reported_on` is the best date we have for a record: its own date, else the article's
-- publication date, else the day we first saw the article.

create or replace view v_recent_sanctions as
with sanctions as (
    select * from sanctions
),
targets as (
    select
        sanction_id,
        count(*)                                              as target_count,
        string_agg(name, '; ' order by target_idx)            as target_names,
        list(name order by target_idx)                        as target_list
    from sanction_targets
    group by sanction_id
),
articles as (
    select article_id, source_id, url, title, published_at, first_seen_at from articles
),
joined as (
    select
        s.sanction_id,
        s.article_id,
        s.authority,
        s.authority_country,
        s.measure,
        s.program,
        s.date                                                as sanction_date,
        coalesce(s.date, a.published_at::date, a.first_seen_at::date) as reported_on,
        s.amount,
        s.currency,
        s.amount_usd,
        coalesce(t.target_count, 0)                           as target_count,
        t.target_names,
        t.target_list,
        s.unnamed_targets,
        s.confidence,
        s.extractor_version,
        a.title                                               as article_title,
        a.url                                                 as article_url,
        a.published_at,
        a.first_seen_at,
        a.source_id
    from sanctions as s
    left join targets as t using (sanction_id)
    left join articles as a using (article_id)
)
select * from joined;

create or replace view v_sanctions_by_authority_month as
with sanctions as (
    select * from v_recent_sanctions
),
monthly as (
    select
        coalesce(authority, 'unknown')                        as authority,
        date_trunc('month', reported_on)::date                as month,
        count(*)                                              as sanctions,
        sum(target_count)                                     as targets,
        count(distinct article_id)                            as articles,
        sum(amount_usd)                                       as amount_usd
    from sanctions
    group by all
)
select * from monthly;

create or replace view v_recent_deals as
with deals as (
    select * from deals
),
parties as (
    select
        deal_id,
        count(*)                                              as party_count,
        string_agg(name, '; ' order by party_idx)             as party_names,
        list(name order by party_idx)                         as party_list
    from deal_parties
    group by deal_id
),
articles as (
    select article_id, source_id, url, title, published_at, first_seen_at from articles
),
joined as (
    select
        d.deal_id,
        d.article_id,
        d.deal_type,
        d.sector,
        d.countries,
        d.value,
        d.currency,
        d.value_usd,
        d.date                                                as deal_date,
        coalesce(d.date, a.published_at::date, a.first_seen_at::date) as reported_on,
        coalesce(p.party_count, 0)                            as party_count,
        p.party_names,
        p.party_list,
        d.confidence,
        d.extractor_version,
        a.title                                               as article_title,
        a.url                                                 as article_url,
        a.published_at,
        a.first_seen_at,
        a.source_id
    from deals as d
    left join parties as p using (deal_id)
    left join articles as a using (article_id)
)
select * from joined;

create or replace view v_deals_by_type_country as
with deals as (
    select * from v_recent_deals
),
by_country as (
    -- a deal with no country still counts, under 'unknown'
    select
        deal_id,
        coalesce(deal_type, 'unknown')                        as deal_type,
        coalesce(unnest(case when len(coalesce(countries, [])) = 0 then ['unknown'] else countries end), 'unknown') as country,
        value_usd,
        reported_on
    from deals
),
aggregated as (
    select
        deal_type,
        country,
        count(distinct deal_id)                               as deals,
        sum(value_usd)                                        as value_usd,
        min(reported_on)                                      as first_reported_on,
        max(reported_on)                                      as last_reported_on
    from by_country
    group by all
)
select * from aggregated;

create or replace view v_entity_mentions as
with targets as (
    select
        t.name,
        'sanction_target'                                     as role,
        'sanction'                                            as record_type,
        t.sanction_id                                         as record_id,
        t.target_idx                                          as idx,
        t.kind,
        t.country,
        s.authority                                           as context,
        t.article_id
    from sanction_targets as t
    left join sanctions as s using (sanction_id)
),
parties as (
    select
        p.name,
        'deal_party'                                          as role,
        'deal'                                                as record_type,
        p.deal_id                                             as record_id,
        p.party_idx                                           as idx,
        null::varchar                                         as kind,
        p.country,
        d.deal_type                                           as context,
        p.article_id
    from deal_parties as p
    left join deals as d using (deal_id)
),
mentions as (
    select * from targets
    union all
    select * from parties
),
articles as (
    select article_id, source_id, url, title, published_at, first_seen_at from articles
),
joined as (
    select
        m.name,
        m.role,
        m.record_type,
        m.record_id,
        m.idx,
        m.kind,
        m.country,
        m.context,
        m.article_id,
        a.title                                               as article_title,
        a.url                                                 as article_url,
        a.published_at,
        a.first_seen_at,
        a.source_id
    from mentions as m
    left join articles as a using (article_id)
)
select * from joined;

create or replace view v_source_health as
with runs as (
    -- skipped runs neither extend nor break a failure streak
    select
        *,
        status in ('failed', 'config_error')                  as is_failure,
        row_number() over (
            partition by source_id order by logical_date desc nulls last, run_id desc
        )                                                     as recency
    from source_runs
    where status <> 'skipped'
),
all_runs as (
    select
        source_id,
        count(*)                                              as runs,
        avg(new) filter (where status <> 'skipped')           as yield_new_per_run,
        sum(new)                                              as articles_new,
        max(logical_date) filter (where status in ('ok', 'partial')) as last_success_at,
        max(logical_date)                                     as last_run_at,
        arg_max(run_id, coalesce(logical_date, '-infinity'::timestamptz)) as last_run_id
    from source_runs
    group by source_id
),
latest as (
    select
        source_id,
        status                                                as last_status,
        fetched                                               as last_fetched,
        new                                                   as last_new,
        failed                                                as last_failed,
        records                                               as last_records
    from runs
    where recency = 1
),
streaks as (
    select
        source_id,
        coalesce(min(recency) filter (where not is_failure), max(recency) + 1) - 1 as failure_streak
    from runs
    group by source_id
),
errors as (
    select
        source_id,
        arg_max(error, coalesce(logical_date, '-infinity'::timestamptz)) as last_error
    from source_runs
    where error is not null and error <> ''
    group by source_id
),
joined as (
    select
        r.source_id,
        r.runs,
        r.last_run_id,
        r.last_run_at,
        l.last_status,
        r.last_success_at,
        coalesce(s.failure_streak, 0)                         as failure_streak,
        r.yield_new_per_run,
        r.articles_new,
        l.last_fetched,
        l.last_new,
        l.last_failed,
        l.last_records,
        e.last_error
    from all_runs as r
    left join latest as l using (source_id)
    left join streaks as s using (source_id)
    left join errors as e using (source_id)
)
select * from joined;

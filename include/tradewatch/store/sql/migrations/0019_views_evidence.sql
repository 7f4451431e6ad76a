-- What an analyst reads in the views says why: the record's evidence sentence (with its offsets in the article's text)
-- and when its article was fetched (hostile probe 38 F7). The record views had the article's link and dates but no
-- evidence and no `fetched_at`; the two listed-party views had neither, and `v_deals_with_listed_parties` no source:
-- "why is this flagged, what did the article say?" needed a join back to `deals` or `sanctions` and `articles`. The
-- four views are restated as 0017 and 0014 left them, with `evidence`, `start_offset`, `end_offset`, `fetched_at` (and
-- `source_id` where it was missing) added after their other columns. In `v_news_about_listed_entities` the evidence is
-- the sanction's for a sanction target, the deal's for a deal party.

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
    select article_id, source_id, url, title, published_at, first_seen_at, arrived_for, updated_for, fetched_at from articles
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
        coalesce(s.date, (a.published_at at time zone 'UTC')::date,
                 (a.first_seen_at at time zone 'UTC')::date) as reported_on,
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
        a.source_id,
        coalesce(a.arrived_for, a.first_seen_at)              as arrived_for,
        a.updated_for,
        s.evidence,
        s.start_offset,
        s.end_offset,
        a.fetched_at
    from sanctions as s
    left join targets as t using (sanction_id)
    left join articles as a using (article_id)
)
select * from joined;

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
    select article_id, source_id, url, title, published_at, first_seen_at, arrived_for, updated_for, fetched_at from articles
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
        coalesce(d.date, (a.published_at at time zone 'UTC')::date,
                 (a.first_seen_at at time zone 'UTC')::date) as reported_on,
        coalesce(p.party_count, 0)                            as party_count,
        p.party_names,
        p.party_list,
        d.confidence,
        d.extractor_version,
        a.title                                               as article_title,
        a.url                                                 as article_url,
        a.published_at,
        a.first_seen_at,
        a.source_id,
        coalesce(a.arrived_for, a.first_seen_at)              as arrived_for,
        a.updated_for,
        d.evidence,
        d.start_offset,
        d.end_offset,
        a.fetched_at
    from deals as d
    left join parties as p using (deal_id)
    left join articles as a using (article_id)
)
select * from joined;

create or replace view v_deals_with_listed_parties as
with party_matches as (
    select
        m.subject_key,
        m.subject_name,
        m.subject_kind,
        m.list_id,
        m.entity_id,
        m.matched_name,
        m.score,
        m.method,
        m.more_matches
    from matches as m
    where m.subject_table = 'deal_parties'
),

joined as (
    select
        d.deal_id,
        d.article_id,
        a.title         as article_title,
        a.url           as article_url,
        a.published_at,
        d.deal_type,
        d.sector,
        d.date          as deal_date,
        d.value_usd,
        p.party_idx,
        p.name          as party_name,
        p.country       as party_country,
        pm.subject_kind as party_kind,
        pm.list_id,
        pm.entity_id,
        e.primary_name  as listed_name,
        e.kind          as listed_kind,
        e.programs      as listed_programs,
        e.listed_on,
        pm.matched_name,
        pm.score,
        pm.method,
        pm.more_matches,
        d.evidence,
        d.start_offset,
        d.end_offset,
        a.source_id,
        a.fetched_at
    from party_matches as pm
    join deal_parties as p on p.deal_id || ':' || p.party_idx = pm.subject_key
    join deals as d on d.deal_id = p.deal_id
    left join articles as a on a.article_id = d.article_id
    left join list_entities as e on e.list_id = pm.list_id and e.entity_id = pm.entity_id
)

select * from joined
order by published_at desc nulls last, score desc, deal_id, party_idx, entity_id;

create or replace view v_news_about_listed_entities as
with subject_matches as (
    select
        m.subject_table,
        m.subject_key,
        m.article_id,
        m.subject_name,
        m.subject_kind,
        m.list_id,
        m.entity_id,
        m.matched_name,
        m.score,
        m.method,
        m.more_matches
    from matches as m
),

sanction_context as (
    select
        t.sanction_id || ':' || t.target_idx as subject_key,
        s.authority,
        s.measure,
        s.program,
        s.evidence,
        s.start_offset,
        s.end_offset
    from sanction_targets as t
    join sanctions as s on s.sanction_id = t.sanction_id
),

deal_context as (
    select
        p.deal_id || ':' || p.party_idx as subject_key,
        d.evidence,
        d.start_offset,
        d.end_offset
    from deal_parties as p
    join deals as d on d.deal_id = p.deal_id
),

joined as (
    select
        sm.article_id,
        a.title         as article_title,
        a.url           as article_url,
        a.source_id,
        a.published_at,
        sm.subject_table,
        sm.subject_key,
        sm.subject_name,
        sm.subject_kind,
        sc.authority    as sanction_authority,
        sc.measure      as sanction_measure,
        sc.program      as sanction_program,
        sm.list_id,
        sm.entity_id,
        e.primary_name  as listed_name,
        e.kind          as listed_kind,
        e.programs      as listed_programs,
        e.listed_on,
        sm.matched_name,
        sm.score,
        sm.method,
        sm.more_matches,
        coalesce(sc.evidence, dc.evidence)            as evidence,
        coalesce(sc.start_offset, dc.start_offset)    as start_offset,
        coalesce(sc.end_offset, dc.end_offset)        as end_offset,
        a.fetched_at
    from subject_matches as sm
    join articles as a on a.article_id = sm.article_id
    left join sanction_context as sc
        on sm.subject_table = 'sanction_targets' and sc.subject_key = sm.subject_key
    left join deal_context as dc
        on sm.subject_table = 'deal_parties' and dc.subject_key = sm.subject_key
    left join list_entities as e on e.list_id = sm.list_id and e.entity_id = sm.entity_id
)

select * from joined
order by published_at desc nulls last, article_id, score desc, entity_id;

-- The record views' day, whatever the session's TimeZone (hostile probe 33 F9).
--
-- `published_at` and `first_seen_at` are timestamptz: a publication day is stored as 00:00 UTC of the publisher's day.
-- `timestamptz::date` takes the day in the session's TimeZone, which DuckDB sets from the machine's (TZ=America/New_York
-- gives 'America/New_York'): an analyst opening the warehouse with DuckDB itself saw a page published 2025-04-01
-- reported on 2025-03-31, in the month before, in these views and in the month views built on them. The day is read
-- in UTC, the zone it was written in, so every session gives the same day. Only `reported_on` changes.

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
    select article_id, source_id, url, title, published_at, first_seen_at, arrived_for, updated_for from articles
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
        a.updated_for
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
    select article_id, source_id, url, title, published_at, first_seen_at, arrived_for, updated_for from articles
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
        a.updated_for
    from deals as d
    left join parties as p using (deal_id)
    left join articles as a using (article_id)
)
select * from joined;

-- When a record reached the warehouse, apart from when a run first saw its article (hostile probe 31 F1-F3, F11).
--
-- `articles.first_seen_at` is the earliest logical date whose run saw an article: a backfill (an older date run after
-- later ones) can move it back, and gives the articles it brings in its own old date. The briefing selected records by
-- it, so a backfill's new records reached no briefing, and a window already reported lost records afterwards.
-- * `first_run_id`: the run whose load first stored the article. `source_runs.new` counts the articles its own load
--   stored (a backfill counted every article later dates had stored as "new").
-- * `arrived_for`: the newest logical date the warehouse had loaded when the article was first stored (the run's own
--   date, or a later one's for a backfill). Set once, never moved: the briefing's window, so a backfill's new records
--   reach the next briefing and no window already reported changes.
-- * `updated_for`: the logical date of the last load that replaced a stored article's records with different ones (a
--   corrected value): the briefing lists such records as updated.
-- The record views carry both (`arrived_for` falling back on the first sighting for a row written otherwise than by a
-- load).
-- * `matches.first_matched_at`: when the warehouse first held this match (a subject of an article, by its name,
--   against a list entry), kept across recomputations. The briefing shows deals whose party was newly listed.
alter table articles add column if not exists first_run_id varchar;
alter table articles add column if not exists arrived_for timestamptz;
alter table articles add column if not exists updated_for timestamptz;
alter table matches add column if not exists first_matched_at timestamptz;

-- Rows stored before: the earliest run that fetched the article's URL, its first sighting, its matches' time.
update articles set first_run_id = (
    select arg_min(f.run_id, f.fetched_at) from fetches as f where f.url = articles.url
) where first_run_id is null;
update articles set arrived_for = first_seen_at where arrived_for is null;
update matches set first_matched_at = matched_at where first_matched_at is null;

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
        a.source_id,
        coalesce(a.arrived_for, a.first_seen_at)              as arrived_for,
        a.updated_for
    from deals as d
    left join parties as p using (deal_id)
    left join articles as a using (article_id)
)
select * from joined;

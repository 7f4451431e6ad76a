-- One action reported by several articles is one sanction (hostile probe 38 F3). A news report of an OFAC designation
-- the Treasury's own release gave the day before ("Rosneft Oil Company and Volgatrans Logistika OOO", asset freeze,
-- the same day) became a second measure: `v_sanctions_by_authority_month.sanctions` and the briefing's "new sanctions"
-- counted press coverage, not actions. Every record is kept, each with its own article (provenance stays per
-- article); `v_recent_sanctions.same_action_as` names, for a record that repeats another article's, the first
-- record of that action to reach the warehouse (null: the first, or no other report). Two records are one action when
-- they have the same jurisdiction (`authority_country`, else the authority), measure and day (`reported_on`), come
-- from different articles, and the named targets of one are all among the other's (names compared folded); a record
-- naming no target is never merged. `v_sanctions_by_authority_month.sanctions` counts actions; its new `reports`
-- counts the records, one per article that reported each.

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
),
-- one action as each record reads it: who imposed it, what, on which day, on whom (names folded as the target counts
-- fold them); a record naming no target is an action of its own
actions as (
    select
        j.sanction_id,
        j.article_id,
        coalesce(j.authority_country, j.authority)            as jurisdiction,
        j.measure,
        j.reported_on,
        j.arrived_for,
        list_sort(list_distinct(list_transform(j.target_list, lambda x: lower(trim(x))))) as target_keys
    from joined as j
    where j.target_count > 0
),
repeats as (
    select
        later.sanction_id,
        arg_min(earlier.sanction_id, (earlier.arrived_for, earlier.sanction_id)) as same_action_as
    from actions as later
    join actions as earlier
        on earlier.jurisdiction = later.jurisdiction
        and earlier.measure = later.measure
        and earlier.reported_on = later.reported_on
        and earlier.article_id <> later.article_id
        and (earlier.arrived_for, earlier.sanction_id) < (later.arrived_for, later.sanction_id)
        and (list_has_all(earlier.target_keys, later.target_keys) or list_has_all(later.target_keys, earlier.target_keys))
    group by later.sanction_id
)
select joined.*, r.same_action_as
from joined
left join repeats as r using (sanction_id);

create or replace view v_sanctions_by_authority_month as
with sanctions as (
    select
        *,
        coalesce(authority_country, authority, 'unknown')     as jurisdiction,
        date_trunc('month', reported_on)::date                as month
    from v_recent_sanctions
),
targets as (
    select
        s.jurisdiction,
        s.month,
        count(distinct lower(trim(t.name)))                   as targets
    from sanctions as s
    join sanction_targets as t using (sanction_id)
    group by all
),
monthly as (
    select
        jurisdiction,
        month,
        array_to_string(list_sort(list(distinct authority)), '; ') as authorities,
        count(*) filter (where same_action_as is null)        as sanctions,
        count(*)                                              as reports,
        count(distinct article_id)                            as articles,
        sum(amount_usd)                                       as amount_usd
    from sanctions
    group by all
),
joined as (
    select
        m.jurisdiction,
        m.month,
        m.authorities,
        m.sanctions,
        m.reports,
        coalesce(t.targets, 0)                                as targets,
        m.articles,
        m.amount_usd
    from monthly as m
    left join targets as t
        on t.jurisdiction = m.jurisdiction and t.month is not distinct from m.month
)
select * from joined
order by month, jurisdiction;

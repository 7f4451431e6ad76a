-- Fallback when the lists view (0005) is absent: deals with a party matched in `matches` that are news in the window,
-- as listed_party_deals_view.sql: a deal that reached the warehouse in it ("new deal"), or an older deal whose party
-- was first matched in it ("newly listed").
with party_matches as (
    select
        split_part(subject_key, ':', 1)  as deal_id,
        subject_key,
        subject_name,
        list_id,
        entity_id,
        matched_name,
        score
    from matches
    where subject_table = 'deal_parties'
),
first_matched as (
    select subject_key, list_id, entity_id, min(first_matched_at) as first_matched_at
    from matches
    where subject_table = 'deal_parties'
    group by all
),
deals as (
    select * from v_recent_deals
),
flagged as (
    select
        m.*,
        case
            when ($since is null or d.arrived_for >= $since) and d.arrived_for <= $until then 'new deal'
            when f.first_matched_at >= $since and f.first_matched_at <= $until then 'newly listed'
        end                              as change
    from party_matches as m
    join deals as d using (deal_id)
    left join first_matched as f using (subject_key, list_id, entity_id)
),
joined as (
    select
        d.deal_id,
        d.reported_on,
        m.change,
        d.deal_type,
        m.subject_name                   as party,
        m.list_id,
        m.matched_name,
        null::varchar                    as programs,
        max(m.score)                     as score,
        d.article_title,
        d.article_url
    from flagged as m
    join deals as d using (deal_id)
    where m.change is not null
    group by all
),
-- every deal of the window, not those of the rows shown (the briefing's headline: hostile probe 27 counted the 200
-- rows' deals, 133 where the view held 23,705)
total as (
    select
        count(distinct deal_id)                                           as total_deals,
        count(distinct deal_id) filter (where change = 'newly listed')    as newly_listed_deals
    from joined
)
select joined.*, total.total_deals, total.newly_listed_deals from joined, total
order by reported_on desc nulls last, score desc, deal_id
limit $limit

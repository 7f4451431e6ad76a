-- Deals with a party on an official list that are news in the window, read from the lists area's view (migration
-- 0005): a deal that reached the warehouse in the window ("new deal"), and an older deal whose party was matched in it
-- for the first time, a list refresh having added the party ("newly listed"; hostile probe 31 F1: the briefing filtered
-- by the deal's first sighting, so an existing deal with a party listed today reached no briefing).
with listed as (
    select * from v_deals_with_listed_parties
),
first_matched as (
    select split_part(subject_key, ':', 1) as deal_id, subject_name, list_id, min(first_matched_at) as first_matched_at
    from matches
    where subject_table = 'deal_parties'
    group by all
),
deals as (
    select deal_id, reported_on, arrived_for from v_recent_deals
),
flagged as (
    select
        l.*,
        d.reported_on,
        case
            when ($since is null or d.arrived_for >= $since) and d.arrived_for <= $until then 'new deal'
            when f.first_matched_at >= $since and f.first_matched_at <= $until then 'newly listed'
        end                                           as change
    from listed as l
    join deals as d using (deal_id)
    left join first_matched as f
        on f.deal_id = l.deal_id and f.subject_name = l.party_name and f.list_id = l.list_id
),
joined as (
    select
        deal_id,
        reported_on,
        change,
        deal_type,
        party_name                                    as party,
        list_id,
        coalesce(listed_name, matched_name)           as matched_name,
        array_to_string(listed_programs, ', ')        as programs,
        max(score)                                    as score,
        article_title,
        article_url
    from flagged
    where change is not null
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

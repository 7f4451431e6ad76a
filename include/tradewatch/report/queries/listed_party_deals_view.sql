-- Deals in the window with a party on an official list, read from the lists area's view (migration 0005).
with listed as (
    select * from v_deals_with_listed_parties
),
deals as (
    select deal_id, reported_on from v_recent_deals
    where ($since is null or first_seen_at >= $since) and first_seen_at <= $until
),
joined as (
    select
        l.deal_id,
        d.reported_on,
        l.deal_type,
        l.party_name                                  as party,
        l.list_id,
        coalesce(l.listed_name, l.matched_name)       as matched_name,
        array_to_string(l.listed_programs, ', ')      as programs,
        max(l.score)                                  as score,
        l.article_title,
        l.article_url
    from listed as l
    join deals as d using (deal_id)
    group by all
),
-- every deal of the window, not those of the rows shown (the briefing's headline: hostile probe 27 counted the 200
-- rows' deals, 133 where the view held 23,705)
total as (
    select count(distinct deal_id) as total_deals from joined
)
select joined.*, total.total_deals from joined, total
order by reported_on desc nulls last, score desc, deal_id
limit $limit

-- New deals in the window counted per country and deal type (a deal with two countries counts in both).
with deals as (
    select * from v_recent_deals
    where ($since is null or arrived_for >= $since) and arrived_for <= $until
),
by_country as (
    select
        deal_id,
        coalesce(deal_type, 'unknown') as deal_type,
        coalesce(unnest(case when len(coalesce(countries, [])) = 0 then ['unknown'] else countries end), 'unknown') as country
    from deals
),
counted as (
    select country, deal_type, count(distinct deal_id) as deals
    from by_country
    group by all
)
select * from counted
order by country, deal_type

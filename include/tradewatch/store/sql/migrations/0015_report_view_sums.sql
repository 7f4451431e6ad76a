-- Two analyst views of 0006 whose sums misled (hostile probe 31): they are replaced here, views only.
--
-- v_deals_by_type_country repeated a multi-country deal's whole value in each of its countries' rows, so a sum by
-- deal type counted a German-Norwegian contract twice (F6). `value_usd` is now each deal's value split equally among
-- the countries it names, and `deal_share` its share of one deal, so both sum right across countries;
-- `value_usd_whole_deals` keeps the full values of the deals naming the country (a per-country figure: do not add it
-- up across countries). `deals` still counts every deal naming the country.
--
-- v_sanctions_by_authority_month grouped by the raw authority name ("OFAC" apart from "US Treasury") while the
-- briefing counts by jurisdiction, came unsorted (F10), and counted one person under an asset freeze and a travel ban
-- as two targets (F7). It now groups as the briefing does, counts distinct target names, and is ordered.

create or replace view v_deals_by_type_country as
with deals as (
    select *, greatest(len(list_distinct(coalesce(countries, []))), 1) as country_count
    from v_recent_deals
),
by_country as (
    -- a deal with no country still counts, under 'unknown'
    select
        deal_id,
        coalesce(deal_type, 'unknown')                        as deal_type,
        coalesce(unnest(case when len(coalesce(countries, [])) = 0 then ['unknown'] else countries end), 'unknown') as country,
        value_usd,
        country_count,
        reported_on
    from deals
),
one_row_per_deal as (
    -- a country named twice in one deal's list is still one share
    select deal_id, deal_type, country, any_value(value_usd) as value_usd, any_value(country_count) as country_count,
           any_value(reported_on) as reported_on
    from by_country
    group by deal_id, deal_type, country
),
aggregated as (
    select
        deal_type,
        country,
        count(*)                                              as deals,
        sum(1.0 / country_count)                              as deal_share,
        sum(value_usd / country_count)                        as value_usd,
        sum(value_usd)                                        as value_usd_whole_deals,
        min(reported_on)                                      as first_reported_on,
        max(reported_on)                                      as last_reported_on
    from one_row_per_deal
    group by all
)
select * from aggregated
order by deal_type, country;

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
        count(*)                                              as sanctions,
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
        coalesce(t.targets, 0)                                as targets,
        m.articles,
        m.amount_usd
    from monthly as m
    left join targets as t
        on t.jurisdiction = m.jurisdiction and t.month is not distinct from m.month
)
select * from joined
order by month, jurisdiction;

-- Headline figures for the briefing window ($since may be null: all time; $until is the report time). A record is in
-- the window when its article reached the warehouse in it (`arrived_for`: a backfill's records count in the next
-- briefing, and a window already reported keeps its records; hostile probe 31 F2).
-- Jurisdictions are the states or blocs that imposed the sanctions (see sanctions_by_jurisdiction.sql), not the raw
-- authority names, which split one office into several. A deal valued in a currency without a shipped rate has no
-- value_usd: it is counted apart so the briefing can say the USD total leaves it out.
-- A sanction is one measure: an asset freeze and a travel ban on one person are two sanctions. Targets are distinct
-- names, so that person is one target (hostile probe 31 F7: "4 named targets" for 3). One action reported by several
-- articles is one sanction: a record that repeats an earlier one's (`same_action_as`, migration 0020) is not counted
-- (hostile probe 38 F3: a news report of an OFAC release counted as a second measure). Sanctions that name no
-- authority have no jurisdiction: they are counted apart so the card can say so (F14).
with new_articles as (
    select count(*) as n from articles
    where ($since is null or coalesce(arrived_for, first_seen_at) >= $since) and coalesce(arrived_for, first_seen_at) <= $until
),
sanctions as (
    select *, coalesce(authority_country, authority) as jurisdiction
    from v_recent_sanctions
    where ($since is null or arrived_for >= $since) and arrived_for <= $until
),
distinct_targets as (
    select count(distinct lower(trim(t.name))) as n
    from sanction_targets as t
    where t.sanction_id in (select sanction_id from sanctions)
),
new_sanctions as (
    select
        count(*) filter (where same_action_as is null)                  as n,
        (select n from distinct_targets)                                as targets,
        count(distinct jurisdiction)                                    as jurisdictions,
        count(*) filter (where jurisdiction is null and same_action_as is null) as without_jurisdiction,
        list_sort(list(distinct jurisdiction) filter (where jurisdiction is not null)) as jurisdiction_list
    from sanctions
),
new_deals as (
    select
        count(*)                                                        as n,
        sum(value_usd)                                                  as value_usd,
        count(*) filter (where value is not null and value_usd is null) as unconverted,
        list_sort(list(distinct currency) filter (where value is not null and value_usd is null and currency is not null)) as unconverted_currencies
    from v_recent_deals
    where ($since is null or arrived_for >= $since) and arrived_for <= $until
),
figures as (
    select
        new_articles.n                  as articles,
        new_sanctions.n                 as sanctions,
        new_sanctions.targets           as sanction_targets,
        new_sanctions.jurisdictions     as jurisdictions,
        new_sanctions.jurisdiction_list as jurisdiction_list,
        new_sanctions.without_jurisdiction as sanctions_without_jurisdiction,
        new_deals.n                     as deals,
        new_deals.value_usd             as deals_value_usd,
        new_deals.unconverted           as deals_unconverted,
        new_deals.unconverted_currencies as deals_unconverted_currencies
    from new_articles, new_sanctions, new_deals
)
select * from figures

-- Headline figures for the briefing window ($since may be null: all time; $until is the report time).
-- Jurisdictions are the states or blocs that imposed the sanctions (see sanctions_by_jurisdiction.sql), not the raw
-- authority names, which split one office into several. A deal valued in a currency without a shipped rate has no
-- value_usd: it is counted apart so the briefing can say the USD total leaves it out.
with new_articles as (
    select count(*) as n from articles
    where ($since is null or first_seen_at >= $since) and first_seen_at <= $until
),
sanctions as (
    select *, coalesce(authority_country, authority) as jurisdiction
    from v_recent_sanctions
    where ($since is null or first_seen_at >= $since) and first_seen_at <= $until
),
new_sanctions as (
    select
        count(*)                                                        as n,
        coalesce(sum(target_count), 0)                                  as targets,
        count(distinct jurisdiction)                                    as jurisdictions,
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
    where ($since is null or first_seen_at >= $since) and first_seen_at <= $until
),
failing_sources as (
    select count(*) as n from v_source_health where failure_streak > 0
),
figures as (
    select
        new_articles.n                  as articles,
        new_sanctions.n                 as sanctions,
        new_sanctions.targets           as sanction_targets,
        new_sanctions.jurisdictions     as jurisdictions,
        new_sanctions.jurisdiction_list as jurisdiction_list,
        new_deals.n                     as deals,
        new_deals.value_usd             as deals_value_usd,
        new_deals.unconverted           as deals_unconverted,
        new_deals.unconverted_currencies as deals_unconverted_currencies,
        failing_sources.n               as failing_sources
    from new_articles, new_sanctions, new_deals, failing_sources
)
select * from figures

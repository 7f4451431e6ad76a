-- Headline figures for the briefing window ($since may be null: all time; $until is the report time).
with new_articles as (
    select count(*) as n from articles
    where ($since is null or first_seen_at >= $since) and first_seen_at <= $until
),
new_sanctions as (
    select count(*) as n, coalesce(sum(target_count), 0) as targets, count(distinct authority) as authorities
    from v_recent_sanctions
    where ($since is null or first_seen_at >= $since) and first_seen_at <= $until
),
new_deals as (
    select count(*) as n, sum(value_usd) as value_usd
    from v_recent_deals
    where ($since is null or first_seen_at >= $since) and first_seen_at <= $until
),
failing_sources as (
    select count(*) as n from v_source_health where failure_streak > 0
),
figures as (
    select
        new_articles.n          as articles,
        new_sanctions.n         as sanctions,
        new_sanctions.targets   as sanction_targets,
        new_sanctions.authorities as authorities,
        new_deals.n             as deals,
        new_deals.value_usd     as deals_value_usd,
        failing_sources.n       as failing_sources
    from new_articles, new_sanctions, new_deals, failing_sources
)
select * from figures

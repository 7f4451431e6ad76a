-- New sanctions in the window, per authority.
with sanctions as (
    select * from v_recent_sanctions
    where ($since is null or first_seen_at >= $since) and first_seen_at <= $until
),
by_authority as (
    select
        coalesce(authority, 'unknown')  as authority,
        count(*)                        as sanctions,
        sum(target_count)               as targets,
        count(distinct article_id)      as articles,
        max(reported_on)                as latest_reported_on
    from sanctions
    group by all
)
select * from by_authority
order by sanctions desc, authority

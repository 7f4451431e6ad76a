-- New sanctions in the window, per jurisdiction: the state or bloc that imposed them (authority_country: US, GB, EU,
-- UN, ...). Articles name one office many ways ("OFAC", "US Treasury", "US government"), so the raw authority names
-- are listed, not counted; an authority of no state or bloc (ECOWAS, the African Union) stands for itself.
with sanctions as (
    select
        *,
        coalesce(authority_country, authority, 'unknown')   as jurisdiction
    from v_recent_sanctions
    where ($since is null or first_seen_at >= $since) and first_seen_at <= $until
),
by_jurisdiction as (
    select
        jurisdiction,
        array_to_string(list_sort(list(distinct authority)), '; ') as authorities,
        count(*)                        as sanctions,
        sum(target_count)               as targets,
        count(distinct article_id)      as articles,
        max(reported_on)                as latest_reported_on
    from sanctions
    group by all
)
select * from by_jurisdiction
order by sanctions desc, jurisdiction

-- New sanctions in the window, per jurisdiction: the state or bloc that imposed them (authority_country: US, GB, EU,
-- UN, ...). Articles name one office many ways ("OFAC", "US Treasury", "US government"), so the raw authority names
-- are listed, not counted; an authority of no state or bloc (ECOWAS, the African Union) stands for itself.
-- Targets are distinct names: one person under an asset freeze and a travel ban is one target (hostile probe 31 F7).
-- Sanctions are actions: a record repeating another article's (`same_action_as`) is counted under Articles only.
with sanctions as (
    select
        *,
        coalesce(authority_country, authority, 'unknown')   as jurisdiction
    from v_recent_sanctions
    where ($since is null or arrived_for >= $since) and arrived_for <= $until
),
targets as (
    select s.jurisdiction, count(distinct lower(trim(t.name))) as targets
    from sanctions as s
    join sanction_targets as t using (sanction_id)
    group by all
),
by_jurisdiction as (
    select
        jurisdiction,
        array_to_string(list_sort(list(distinct authority)), '; ') as authorities,
        count(*) filter (where same_action_as is null) as sanctions,
        count(distinct article_id)      as articles,
        max(reported_on)                as latest_reported_on
    from sanctions
    group by all
),
joined as (
    select
        b.jurisdiction,
        b.authorities,
        b.sanctions,
        coalesce(t.targets, 0)          as targets,
        b.articles,
        b.latest_reported_on
    from by_jurisdiction as b
    left join targets as t using (jurisdiction)
)
select * from joined
order by sanctions desc, jurisdiction

-- Sanctions per jurisdiction per week (weeks start on Monday) by the date they were reported; a jurisdiction is the
-- state or bloc that imposed them, as in sanctions_by_jurisdiction.sql; one action reported by several articles once.
with sanctions as (
    select * from v_recent_sanctions
    where reported_on >= $chart_start and reported_on <= $until::date
),
weekly as (
    select
        date_trunc('week', reported_on)::date                  as week,
        coalesce(authority_country, authority, 'unknown')      as jurisdiction,
        count(*) filter (where same_action_as is null)         as sanctions
    from sanctions
    group by all
)
select * from weekly
order by week, jurisdiction

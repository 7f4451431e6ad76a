-- The briefing's sanctions (as new_sanctions.sql selects them: reached the warehouse in the window, or updated in it)
-- whose reported day falls outside the weekly chart's weeks: a backfill's, or an old action's reported now. The chart
-- says how many, rather than "no data" beside a table that lists them (hostile probe 33 F14). Actions, as the chart
-- counts them: a record repeating another article's (`same_action_as`) is not counted again.
with sanctions as (
    select reported_on
    from v_recent_sanctions
    where same_action_as is null
      and ((($since is null or arrived_for >= $since) and arrived_for <= $until)
           or (updated_for >= $since and updated_for <= $until))
)
select
    count(*)                  as sanctions,
    min(reported_on)          as earliest,
    max(reported_on)          as latest
from sanctions
where reported_on < $chart_start or reported_on > $until::date

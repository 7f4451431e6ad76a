-- Every deal that reached the warehouse in the window (`arrived_for`), and those of articles updated in it (a corrected
-- value: `updated_for`; hostile probe 31 F11), marked so, newest first, with its parties and source article.
with deals as (
    select
        *,
        case when ($since is null or arrived_for >= $since) and arrived_for <= $until then 'new' else 'updated' end
            as change
    from v_recent_deals
    where (($since is null or arrived_for >= $since) and arrived_for <= $until)
       or (updated_for >= $since and updated_for <= $until)
)
select
    deal_id,
    change,
    reported_on,
    deal_type,
    sector,
    array_to_string(countries, ', ') as countries,
    party_names,
    value_usd,
    value,
    currency,
    confidence,
    article_title,
    article_url,
    source_id
from deals
order by change, reported_on desc nulls last, deal_type, deal_id
limit $limit

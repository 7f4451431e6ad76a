-- Every deal first seen in the window, newest first, with its parties and source article.
with deals as (
    select * from v_recent_deals
    where ($since is null or first_seen_at >= $since) and first_seen_at <= $until
)
select
    deal_id,
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
order by reported_on desc nulls last, deal_type, deal_id
limit $limit

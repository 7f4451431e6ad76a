-- Every sanction first seen in the window, newest first, with its targets and source article.
with sanctions as (
    select * from v_recent_sanctions
    where ($since is null or first_seen_at >= $since) and first_seen_at <= $until
)
select
    sanction_id,
    reported_on,
    authority,
    authority_country,
    measure,
    program,
    target_names,
    target_count,
    unnamed_targets,
    amount_usd,
    amount,
    currency,
    confidence,
    article_title,
    article_url,
    source_id
from sanctions
order by reported_on desc nulls last, authority, sanction_id
limit $limit

-- Every sanction that reached the warehouse in the window (`arrived_for`), and those of articles updated in it (a corrected
-- value: `updated_for`; hostile probe 31 F11), marked so, newest first, with its targets and source article.
with sanctions as (
    select
        *,
        case when ($since is null or arrived_for >= $since) and arrived_for <= $until then 'new' else 'updated' end
            as change
    from v_recent_sanctions
    where (($since is null or arrived_for >= $since) and arrived_for <= $until)
       or (updated_for >= $since and updated_for <= $until)
)
select
    sanction_id,
    change,
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
order by change, reported_on desc nulls last, authority, sanction_id
limit $limit

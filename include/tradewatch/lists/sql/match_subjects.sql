-- Names to screen: sanction targets and deal parties, optionally limited to some articles.
-- Parameter: $article_ids (a list of article ids, or null for all).
with targets as (
    select 'sanction_targets' as subject_table,
           sanction_id || ':' || target_idx as subject_key,
           article_id,
           name as subject_name
    from sanction_targets
),

parties as (
    select 'deal_parties' as subject_table,
           deal_id || ':' || party_idx as subject_key,
           article_id,
           name as subject_name
    from deal_parties
),

subjects as (
    select * from targets
    union all
    select * from parties
)

select subject_table, subject_key, article_id, subject_name
from subjects
where $article_ids is null or list_contains($article_ids, article_id)
order by subject_table, subject_key

-- Names to screen: sanction targets and deal parties, optionally limited to some articles, with the kind the
-- extractor gave a target (a deal party has none) and the country it gave either, staged in a temporary table:
-- `refresh_matches` screens its distinct names once each (and their partial-name matches once per country, see
-- `matching.screen_names`) and `matches_insert.sql` joins their matches back to these rows.
-- Parameter: $article_ids (a list of article ids, or null for all).
create or replace temporary table match_subject_rows as
with targets as (
    select 'sanction_targets' as subject_table,
           sanction_id || ':' || target_idx as subject_key,
           article_id,
           name as subject_name,
           kind as extracted_kind,
           country as subject_country
    from sanction_targets
),

parties as (
    select 'deal_parties' as subject_table,
           deal_id || ':' || party_idx as subject_key,
           article_id,
           name as subject_name,
           null::varchar as extracted_kind,
           country as subject_country
    from deal_parties
),

subjects as (
    select * from targets
    union all
    select * from parties
)

select subject_table, subject_key, article_id, subject_name, extracted_kind, subject_country
from subjects
where $article_ids is null or list_contains($article_ids, article_id)

-- When each stored match was first held, before `refresh_matches` replaces the matches: a match is a subject of an
-- article, by its name (a re-extracted record gets another id, its party the same name), against a list entry.
-- matches_insert.sql keeps that time for the same match, so `first_matched_at` says when a party became listed
-- (hostile probe 31 F1: an older deal whose party a list refresh added reached no briefing).
-- Parameter: $article_ids (the articles being screened again, or null for all).
create or replace temporary table match_first_seen as
select subject_table, article_id, subject_name, list_id, entity_id, min(first_matched_at) as first_matched_at
from matches
where $article_ids is null or list_contains($article_ids, article_id)
group by all

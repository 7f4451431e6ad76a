-- Store the matches of every screened subject: each row of `match_subject_rows` (match_subjects.sql) joined to the
-- matches of its name and country in `name_matches` (screened once per distinct name, see `matching.screen_names`).
-- A subject's kind is "organization" when its name shows one (a legal form or a business word: the kind screening
-- itself uses), else the kind the extractor gave it, else "unknown".
-- `more_matches`: how many more list entries the name matched than the rows stored for it (see `keep_fairly`).
-- `first_matched_at`: when the warehouse first held this match (match_first_seen, matches_first.sql), else now.
-- Parameter: $matched_at.
insert into matches (subject_table, subject_key, article_id, subject_name, subject_kind, list_id, entity_id,
                     matched_name, score, method, more_matches, matched_at, first_matched_at)
select subjects.subject_table,
       subjects.subject_key,
       subjects.article_id,
       subjects.subject_name,
       case when found.organisation then 'organization' else coalesce(subjects.extracted_kind, 'unknown') end,
       found.list_id,
       found.entity_id,
       found.matched_name,
       found.score,
       found.method,
       found.more_matches,
       $matched_at,
       coalesce(earlier.first_matched_at, $matched_at)
from match_subject_rows as subjects
inner join name_matches as found
    on found.subject_name = subjects.subject_name
    and found.subject_country is not distinct from subjects.subject_country
left join match_first_seen as earlier
    on earlier.subject_table = subjects.subject_table and earlier.article_id = subjects.article_id
    and earlier.subject_name = subjects.subject_name and earlier.list_id = found.list_id
    and earlier.entity_id = found.entity_id
order by subjects.subject_table, subjects.subject_key, found.rank

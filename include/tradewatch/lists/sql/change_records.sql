-- The stored records each changed entry's matches flag now, for `tradewatch lists changes` (hostile probe 31 F1: an
-- entry added by a refresh newly flagged stored deals, and nothing said which): deals and sanctions with a party or
-- target matched to the entry, and the first deal ids. A removed entry flags none: its matches went with it.
-- Parameter: $entity_keys, "list_id|entity_id" of the changes shown.
with matched as (
    select list_id, entity_id, subject_table, split_part(subject_key, ':', 1) as record_id
    from matches
    where list_contains($entity_keys, list_id || '|' || entity_id)
)
select
    list_id,
    entity_id,
    count(distinct record_id) filter (where subject_table = 'deal_parties')                       as deals,
    list_sort(list(distinct record_id) filter (where subject_table = 'deal_parties'))[1:3]         as deal_ids,
    count(distinct record_id) filter (where subject_table = 'sanction_targets')                   as sanctions
from matched
group by all

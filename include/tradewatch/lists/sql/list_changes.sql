-- Differences between the stored version of one list and the staged new version.
-- Parameters: $list_id, $old_version, $new_version, $changed_at.
-- Staged relations (registered by the loader): staged_entities, staged_names.
with old_names as (
    select entity_id, list_sort(list(name)) as names
    from list_names
    where list_id = $list_id
    group by entity_id
),

old as (
    select e.entity_id, e.kind, e.primary_name, e.countries, e.programs, e.listed_on,
           coalesce(n.names, []) as names
    from list_entities as e
    left join old_names as n on n.entity_id = e.entity_id
    where e.list_id = $list_id
),

new_names as (
    select entity_id, list_sort(list(name)) as names
    from staged_names
    group by entity_id
),

new as (
    select e.entity_id, e.kind, e.primary_name, e.countries, e.programs, e.listed_on,
           coalesce(n.names, []) as names
    from staged_entities as e
    left join new_names as n on n.entity_id = e.entity_id
),

compared as (
    select
        coalesce(new.entity_id, old.entity_id) as entity_id,
        case
            when old.entity_id is null then 'added'
            when new.entity_id is null then 'removed'
            else 'changed'
        end as change,
        coalesce(new.primary_name, old.primary_name) as primary_name,
        concat_ws(', ',
            case when new.primary_name is distinct from old.primary_name then 'primary_name' end,
            case when new.kind is distinct from old.kind then 'kind' end,
            case when list_sort(new.countries) is distinct from list_sort(old.countries) then 'countries' end,
            case when list_sort(new.programs) is distinct from list_sort(old.programs) then 'programs' end,
            case when new.listed_on is distinct from old.listed_on then 'listed_on' end,
            case when new.names is distinct from old.names then 'names' end
        ) as fields,
        old.programs as old_programs,
        new.programs as new_programs,
        old.kind as old_kind,
        new.kind as new_kind
    from new
    full outer join old on old.entity_id = new.entity_id
)

select
    $list_id as list_id,
    entity_id,
    change,
    primary_name,
    $old_version as old_version,
    $new_version as new_version,
    case
        when change <> 'changed' then null
        when fields = 'programs' then 'programs: ' || array_to_string(old_programs, '; ')
            || ' -> ' || array_to_string(new_programs, '; ')
        -- (from what to what: "changed: kind" alone read the same for a ship now listed as a company as for a field
        -- the parser no longer reads, hostile probe 29 F8)
        when fields = 'kind' then 'kind: ' || coalesce(old_kind, 'none') || ' -> ' || coalesce(new_kind, 'none')
        else 'changed: ' || fields
    end as detail,
    $changed_at as changed_at
from compared
where change <> 'changed' or fields <> ''

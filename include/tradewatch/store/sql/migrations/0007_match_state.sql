-- Which list versions the stored matches were computed against. A list refresh commits each list's version, then
-- recomputes every match: a crash or a failure between the two (or a retry that then finds every list unchanged)
-- left the matches of the old versions for good. `tradewatch lists refresh` and the sanctions_lists DAG recompute
-- them whenever this differs from the current versions.
create table if not exists match_state (
    id             integer primary key,            -- always 1: one row
    list_versions  varchar not null,               -- "list_id=version" of every current list, ";"-joined in order
    computed_at    timestamptz not null
);

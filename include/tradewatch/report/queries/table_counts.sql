-- Row counts of every base table in the main schema, for `tradewatch status`.
with tables as (
    select table_name, estimated_size
    from duckdb_tables()
    where schema_name = 'main' and not temporary
)
select table_name from tables
order by table_name

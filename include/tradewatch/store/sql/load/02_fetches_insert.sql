insert into fetches by name
select * from s_fetches
qualify row_number() over (partition by run_id, source_id, url order by status nulls last, error nulls first) = 1;

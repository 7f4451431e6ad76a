insert into fetches by name
select * from s_fetches
qualify row_number() over (partition by run_id, url order by status nulls last, source_id, error nulls first) = 1;

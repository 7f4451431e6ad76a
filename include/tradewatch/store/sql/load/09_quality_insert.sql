-- (not the records of an article kept as a newer extractor made it: 02b_articles_newer.sql)
insert into quarantine by name select * from s_quarantine
where article_id is null or article_id not in (select article_id from tw_load_newer);
insert into dq_results by name select * from s_dq_results;

-- (not the records of an article kept as a newer extractor made it: 02b_articles_newer.sql)
insert into quarantine by name select q.* from s_quarantine as q
anti join tw_load_newer as n on n.article_id = q.article_id;
insert into dq_results by name select * from s_dq_results;

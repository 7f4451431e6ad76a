-- Re-extracting an article replaces its records instead of adding to them: the records of every staged article whose
-- staged content was kept (3 in 03_articles.sql: it is now as new as the stored row). A staged copy older than the
-- stored one (an earlier logical date loaded after a later one) leaves the article and its records as they are: the
-- records stay those extracted from the text the article keeps; so does one whose records a newer extractor made
-- (02b_articles_newer.sql).
delete from sanction_targets where article_id in (
    select s.article_id from s_articles as s join articles as a using (article_id)
    anti join tw_load_newer as n on n.article_id = s.article_id where s.fetched_at >= a.fetched_at);
delete from sanctions where article_id in (
    select s.article_id from s_articles as s join articles as a using (article_id)
    anti join tw_load_newer as n on n.article_id = s.article_id where s.fetched_at >= a.fetched_at);
delete from deal_parties where article_id in (
    select s.article_id from s_articles as s join articles as a using (article_id)
    anti join tw_load_newer as n on n.article_id = s.article_id where s.fetched_at >= a.fetched_at);
delete from deals where article_id in (
    select s.article_id from s_articles as s join articles as a using (article_id)
    anti join tw_load_newer as n on n.article_id = s.article_id where s.fetched_at >= a.fetched_at);

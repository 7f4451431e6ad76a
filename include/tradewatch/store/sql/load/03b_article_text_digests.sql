-- The text digests of the run's articles, as 03_articles.sql left them (a staged copy older than the stored one keeps
-- the stored text, and so its digest): a later crawl finds a renamed page by them (see migration 0013).
delete from article_text_digests where article_id in (select article_id from s_articles);
insert into article_text_digests
select article_id, sha256(text) from articles
where article_id in (select article_id from s_articles) and text is not null;

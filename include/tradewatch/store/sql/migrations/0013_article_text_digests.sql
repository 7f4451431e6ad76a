-- The sha256 of each stored article's text (hex, of its UTF-8 bytes), kept by the load beside the article
-- (sql/load/03b_article_text_digests.sql). A crawl looks up only the digests of the texts it fetched, to find a page
-- renamed since an earlier run: it read the digest of every text seen in 90 days, worked out from the texts, which
-- cost each crawl task ~1 s and ~180 MB at 105k articles (hostile probe 27 F3). A table of its own, not a column of
-- `articles`: the validated articles' columns stay those the crawls of runs staged before this migration wrote. No key
-- (the load deletes a run's rows before it inserts them, one an article): an index held every row a load replaces in
-- memory until its commit, and a rerun of a 40,000-article load no longer fitted its 64 MB.
create table if not exists article_text_digests (
    article_id  varchar not null,
    text_sha256 varchar not null
);
insert into article_text_digests
select article_id, sha256(text) from articles
where text is not null and article_id not in (select article_id from article_text_digests);

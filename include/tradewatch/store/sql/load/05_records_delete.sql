-- Re-extracting an article replaces its records instead of adding to them.
delete from sanction_targets where article_id in (select article_id from s_articles);
delete from sanctions        where article_id in (select article_id from s_articles);
delete from deal_parties     where article_id in (select article_id from s_articles);
delete from deals            where article_id in (select article_id from s_articles);

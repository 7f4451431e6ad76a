-- Quarantined rows and expectation results of the run, replacing an earlier attempt's: its results, and the
-- quarantine rows of the articles this attempt validated again. An article the retry did not reach (the site
-- failed, the item left the feed) keeps its quarantine rows: they are the only trace of it.
delete from quarantine where run_id = $run_id and (article_id is null or article_id in (
    select article_id from s_articles
    union all select article_id from s_quarantine
    union all select article_id from s_sanctions
    union all select article_id from s_deals));
-- Expectation results are per validation batch, and a batch holds the records of several sources: they cannot be
-- replaced source by source. A rerun that validated records replaces the run's results with its own (which then
-- describe the records of the sources it crawled); one that validated none (it handed out no source, or its sources
-- staged no article) leaves them, as it leaves the records they describe (hostile probe 28 F1).
delete from dq_results where run_id = $run_id and exists (select 1 from s_dq_results);

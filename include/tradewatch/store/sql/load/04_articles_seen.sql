-- Pages that answered 304 or the same bytes: still there, nothing to re-parse.
update articles set last_seen_at = greatest(last_seen_at, $logical_date)
where article_id in (select article_id from s_seen);

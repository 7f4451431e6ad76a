-- Quarantine rows whose records a newer extractor has since superseded, for `tradewatch status` to count apart from
-- the outstanding ones (hostile probe 39 F2). Needs the temp view `quarantine_standing`.
select count(*) as superseded
from quarantine_standing
where superseded_by is not null

insert into quarantine by name select * from s_quarantine;
insert into dq_results by name select * from s_dq_results;

insert into sanctions by name
select * from s_sanctions qualify row_number() over (partition by sanction_id order by article_id) = 1;
insert into sanction_targets by name
select * from s_sanction_targets qualify row_number() over (partition by sanction_id, target_idx order by article_id) = 1;
insert into deals by name
select * from s_deals qualify row_number() over (partition by deal_id order by article_id) = 1;
insert into deal_parties by name
select * from s_deal_parties qualify row_number() over (partition by deal_id, party_idx order by article_id) = 1;

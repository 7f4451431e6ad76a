-- How many more list entries a screened name matched than the rows stored for it (hostile probe 29 F2). At most
-- five matches are stored per name (`matching.MAX_MATCHES_PER_NAME`), the best of each list always among them; ties
-- were broken by entry id, so a name the EU lists five times ("Bank Melli Iran") kept only the EU's rows and dropped
-- OFAC's and the UK's at 100, and nothing said so. `more_matches` (0: none cut) is carried by both views; `tradewatch
-- screen NAME` shows them all. match_state is cleared so that the next list refresh stores every match again under
-- the new cut.
alter table matches add column if not exists more_matches integer;

delete from match_state;

create or replace view v_deals_with_listed_parties as
with party_matches as (
    select
        m.subject_key,
        m.subject_name,
        m.subject_kind,
        m.list_id,
        m.entity_id,
        m.matched_name,
        m.score,
        m.method,
        m.more_matches
    from matches as m
    where m.subject_table = 'deal_parties'
),

joined as (
    select
        d.deal_id,
        d.article_id,
        a.title         as article_title,
        a.url           as article_url,
        a.published_at,
        d.deal_type,
        d.sector,
        d.date          as deal_date,
        d.value_usd,
        p.party_idx,
        p.name          as party_name,
        p.country       as party_country,
        pm.subject_kind as party_kind,
        pm.list_id,
        pm.entity_id,
        e.primary_name  as listed_name,
        e.kind          as listed_kind,
        e.programs      as listed_programs,
        e.listed_on,
        pm.matched_name,
        pm.score,
        pm.method,
        pm.more_matches
    from party_matches as pm
    join deal_parties as p on p.deal_id || ':' || p.party_idx = pm.subject_key
    join deals as d on d.deal_id = p.deal_id
    left join articles as a on a.article_id = d.article_id
    left join list_entities as e on e.list_id = pm.list_id and e.entity_id = pm.entity_id
)

select * from joined
order by published_at desc nulls last, score desc, deal_id, party_idx, entity_id;

create or replace view v_news_about_listed_entities as
with subject_matches as (
    select
        m.subject_table,
        m.subject_key,
        m.article_id,
        m.subject_name,
        m.subject_kind,
        m.list_id,
        m.entity_id,
        m.matched_name,
        m.score,
        m.method,
        m.more_matches
    from matches as m
),

sanction_context as (
    select
        t.sanction_id || ':' || t.target_idx as subject_key,
        s.authority,
        s.measure,
        s.program
    from sanction_targets as t
    join sanctions as s on s.sanction_id = t.sanction_id
),

joined as (
    select
        sm.article_id,
        a.title         as article_title,
        a.url           as article_url,
        a.source_id,
        a.published_at,
        sm.subject_table,
        sm.subject_key,
        sm.subject_name,
        sm.subject_kind,
        sc.authority    as sanction_authority,
        sc.measure      as sanction_measure,
        sc.program      as sanction_program,
        sm.list_id,
        sm.entity_id,
        e.primary_name  as listed_name,
        e.kind          as listed_kind,
        e.programs      as listed_programs,
        e.listed_on,
        sm.matched_name,
        sm.score,
        sm.method,
        sm.more_matches
    from subject_matches as sm
    join articles as a on a.article_id = sm.article_id
    left join sanction_context as sc
        on sm.subject_table = 'sanction_targets' and sc.subject_key = sm.subject_key
    left join list_entities as e on e.list_id = sm.list_id and e.entity_id = sm.entity_id
)

select * from joined
order by published_at desc nulls last, article_id, score desc, entity_id;

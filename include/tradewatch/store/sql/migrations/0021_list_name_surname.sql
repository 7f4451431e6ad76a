-- The surname of a listed name as the list splits it into given names and a surname (OFAC's lastName beside a
-- firstName, the EU's lastName, the UK's Name6; null where the list gives no split: an organisation, a vessel, the UN's
-- numbered name parts). The press names a person by a given name and the first word of the surname ("Nicolas Maduro"
-- for Nicolas MADURO MOROS: 88, unflagged, when every listed word but one was a word of the name), and only the split
-- says which word that is (`scoring.partial_name_cost`). Rows loaded before it have none: PARSER_VERSION 2 parses their
-- downloads again at the next refresh.
alter table list_names add column if not exists surname varchar;

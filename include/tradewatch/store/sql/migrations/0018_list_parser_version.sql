-- The version of the rules that turned each list version's download into rows (`lists.parsers.PARSER_VERSION`).
-- A list was parsed again only when its download changed, so a parser fix (OFAC's weak aliases left out, a name a
-- parser used to miss) never reached a list version loaded before the upgrade: the old parse stayed loaded until the
-- publisher changed the file (hostile probe 34 F4). A version parsed by an older parser is parsed again from its stored
-- download at the next refresh. Versions loaded before this column existed have none: they are parsed again once.
alter table list_versions add column if not exists parser_version integer;

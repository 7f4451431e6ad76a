"""Rules added from the eighty-first and eighty-second held-out rounds (scored on arrival before them), on invented
texts."""

from __future__ import annotations

from tests.support.records import sanctions, targets_of


def test_the_following_entities_then_one_more_sentence_then_parts_by_country() -> None:
    text = ("SUMMARY: In this rule, the Bureau of Industry and Security (BIS) amends the Export Administration "
            "Regulations by adding five entities to the Entity List.\n\n"
            "The End-User Review Committee (ERC) determined to add the following entities. For each, BIS imposes a "
            "license requirement for all items subject to the EAR.\n\n"
            "China\n\n"
            "- Foshan Lingyun Avionics Co., Ltd.;\n"
            "- Dalian Haixin Optical Co., Ltd.\n\n"
            "Armenia\n\n"
            "- Ararat Precision Supply LLC;\n"
            "- Gyumri Components CJSC.\n\n"
            "Thailand\n\n"
            "- Chao Phraya Parts Trading Co., Ltd.\n")
    recs = sanctions(text, "Additions to the Entity List")
    assert {"Foshan Lingyun Avionics Co., Ltd.", "Ararat Precision Supply LLC", "Gyumri Components CJSC",
            "Chao Phraya Parts Trading Co., Ltd."} <= targets_of(recs, "US", "export_control"), recs


def test_a_pipe_tables_name_column_may_say_its_language_in_brackets() -> None:
    text = ("Taipei, May 3, 2026 -- The International Trade Administration (ITA) today announced that it has added "
            "three foreign entities to its entity list for exports of strategic high-tech commodities.\n\n"
            "Exporters must now obtain an export permit from the ITA before shipping listed items to the entities "
            "below.\n\n"
            "| No. | Entity (English)                 | Entity (Chinese)   | Location        |\n"
            "|-----|----------------------------------|--------------------|-----------------|\n"
            "| 1   | Jinlong Precision Optics Co., Ltd. | 金龍精密光學有限公司 | Suzhou, China   |\n"
            "| 2   | Pacific Helix Components Ltd.    | 太平洋螺旋元件公司   | Hong Kong       |\n"
            "| 3   | Vostok Cryo Engineering LLC      | —                  | Kazan, Russia   |\n")
    recs = sanctions(text, "Taiwan adds 3 entities to its entity list")
    names = {t["name"] for r in recs for t in r["targets"]}
    assert {"Jinlong Precision Optics Co., Ltd.", "Pacific Helix Components Ltd.", "Vostok Cryo Engineering LLC"} <= names, recs
    assert not names & {"Suzhou", "Hong Kong", "Location"}, recs


def test_a_cue_whose_kinds_take_a_long_phrase_before_its_colon() -> None:
    text = ("Today, the Minister of Foreign Affairs announced that Canada is imposing sanctions under the Special "
            "Economic Measures (Iran) Regulations on 3 individuals.\n\n"
            "The individuals include judges, prison officials and senior members of the security apparatus:\n\n"
            "- Hojatoleslam Reza Mahdavi-Kani, head of Branch 26 of the Revolutionary Court\n"
            "- Farzaneh Gholami-Rad, deputy warden of Qarchak Prison\n"
            "- Brig. Gen. Nasser Ebrahimzadeh, commander of a provincial police command\n")
    recs = sanctions(text, "Canada imposes sanctions on Iranian officials")
    names = {t["name"] for r in recs for t in r["targets"]}
    assert {"Reza Mahdavi-Kani", "Farzaneh Gholami-Rad", "Nasser Ebrahimzadeh"} <= {
        n.replace("Hojatoleslam ", "").replace("Brig. Gen. ", "") for n in names}, recs

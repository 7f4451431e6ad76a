"""The suites accept every code the extractor and the list loaders can write (one list of countries, not two)."""

from __future__ import annotations

import pandas as pd

from tradewatch.extract.lexicon import load_csv, load_yaml
from tradewatch.quality import validate_batch
from tradewatch.quality.codes import country_codes

from .batches import VALIDATED_AT, make_batch


def _extractor_country_codes() -> list[str]:
    """Every code the extractor can write: its gazetteer's and its authorities' countries."""
    codes = {row["code"].strip() for row in load_csv("countries.csv")}
    codes |= {item["country"] for item in load_yaml("authorities.yaml")["authorities"] if item.get("country")}
    return sorted(codes)


def test_every_country_code_the_extractor_can_write_is_a_known_code():
    # hostile probe 32 F2: the extractor wrote XK for Kosovo, the suites refused it, every Kosovo record was quarantined
    assert set(_extractor_country_codes()) - set(country_codes()) == set()


def test_records_with_every_extractor_country_code_load():
    codes = _extractor_country_codes()
    assert "XK" in codes
    batch = make_batch(1)
    targets = batch["sanction_targets"]
    sanction_id, article_id = targets["sanction_id"].iloc[0], targets["article_id"].iloc[0]
    batch["sanction_targets"] = pd.DataFrame([
        {"sanction_id": sanction_id, "target_idx": i, "article_id": article_id, "name": f"Target {i}",
         "kind": "organization", "country": code}
        for i, code in enumerate(codes)
    ]).astype(targets.dtypes.to_dict())
    batch["deals"].at[0, "countries"] = codes
    batch["deal_parties"].at[1, "country"] = "XK"
    batch["sanctions"].at[0, "authority_country"] = "XK"

    outcome = validate_batch(batch, run_id="codes", validated_at=VALIDATED_AT)

    assert outcome.quarantine.empty, outcome.quarantine[["table_name", "reason", "offending_value"]]
    assert len(outcome.clean["sanction_targets"]) == len(codes)

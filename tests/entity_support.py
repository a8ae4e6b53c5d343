"""Shared helpers of the entity tests: the BGT lifecycle cut and its monthly deliveries."""

from __future__ import annotations

from pathlib import Path

from ingest_survey.readers.lifecycle import LifecycleRecord, read_bgt_lifecycle

DATA = Path(__file__).resolve().parent / "data" / "entities"
BGT_CUT = DATA / "bgt_pand_cut.gml"


def bgt_records() -> list[LifecycleRecord]:
    """Every version in the cut (real BGT lifecycle, see tests/data/README.md)."""
    return read_bgt_lifecycle(BGT_CUT)

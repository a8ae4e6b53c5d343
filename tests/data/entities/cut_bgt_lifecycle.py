"""Regenerate bgt_pand_cut.gml from ../shared/data/entities/bgt_lifecycle/bgt_pand.gml.

Keeps every version of the objects that have a history (more than one version, or a
terminationDate) and every fourth other object, byte for byte (the cityObjectMember elements
are copied as text; nothing is edited).

    python tests/data/entities/cut_bgt_lifecycle.py
"""

from __future__ import annotations

import os
import re
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED = Path(os.environ.get("TWIN_SHARED_DIR", HERE.parents[3] / "shared"))
SOURCE = SHARED / "data" / "entities" / "bgt_lifecycle" / "bgt_pand.gml"
MEMBER = re.compile(r"\s*<cityObjectMember>.*?</cityObjectMember>", re.S)
LOCAL_ID = re.compile(r"<imgeo:lokaalID>([^<]+)</imgeo:lokaalID>")


def main() -> None:
    """Write the cut beside this script."""
    text = SOURCE.read_text(encoding="utf-8")
    members = MEMBER.findall(text)
    ids = [LOCAL_ID.search(m).group(1) for m in members]  # type: ignore[union-attr]
    versions = Counter(ids)
    history = {i for i, m in zip(ids, members, strict=True) if "terminationDate" in m}
    history |= {i for i, n in versions.items() if n > 1}
    others = sorted(set(ids) - history)
    keep = history | set(others[::4])
    head = text[: text.index("<cityObjectMember>")].rstrip()
    tail = text[text.rindex("</cityObjectMember>") + len("</cityObjectMember>") :]
    kept = [m for i, m in zip(ids, members, strict=True) if i in keep]
    (HERE / "bgt_pand_cut.gml").write_text(head + "".join(kept) + tail, encoding="utf-8")
    print(f"{len(kept)} versions of {len(keep)} objects ({len(history)} with a history)")


if __name__ == "__main__":
    main()

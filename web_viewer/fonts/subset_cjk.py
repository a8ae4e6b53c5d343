"""Build the viewer's bundled Chinese font: a subset of Noto Sans SC (SIL OFL 1.1) as WOFF2.

Machines without a CJK font (a fresh Debian, many kiosks) draw Chinese as empty boxes, so the
viewer ships one. The subset keeps every hanzi of GB 2312 (the 6,763 characters that cover nearly
all modern Chinese text, including place names and the layer titles a city gives), CJK and
full-width punctuation, and every character of the zh-CN locale, so the UI never falls back.

Run by hand when the zh-CN locale gains characters outside GB 2312 (a test checks coverage):

    apt-get download fonts-noto-cjk && dpkg-deb -x fonts-noto-cjk_*.deb deb
    python -m venv /tmp/fontvenv && /tmp/fontvenv/bin/pip install fonttools brotli
    /tmp/fontvenv/bin/python web_viewer/fonts/subset_cjk.py \
        deb/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTCollection

HERE = Path(__file__).resolve().parent
OUT = HERE / "NotoSansSC-twin.woff2"
LOCALE = HERE.parent / "src" / "locales" / "zh-CN.json"
FAMILY = "Noto Sans CJK SC"


def gb2312_hanzi() -> str:
    """Every hanzi of GB 2312: rows 0xB0-0xF7, cells 0xA1-0xFE (level 1 and level 2)."""
    chars = []
    for row in range(0xB0, 0xF8):
        for cell in range(0xA1, 0xFF):
            try:
                chars.append(bytes([row, cell]).decode("gb2312"))
            except UnicodeDecodeError:
                continue  # the five unassigned cells at the end of row 0xD7
    return "".join(chars)


def wanted_text() -> str:
    punctuation = "".join(chr(c) for c in range(0x3000, 0x3040))
    fullwidth = "".join(chr(c) for c in range(0xFF00, 0xFFF0))
    locale = "".join(json.loads(LOCALE.read_text(encoding="utf-8")).values())
    return gb2312_hanzi() + punctuation + fullwidth + locale


def main(collection: str) -> None:
    fonts = TTCollection(collection).fonts
    font = next(f for f in fonts if f["name"].getDebugName(1) == FAMILY)
    options = subset.Options()
    options.flavor = "woff2"
    options.layout_features = ["*"]
    options.name_IDs = ["*"]  # keep the copyright and licence records
    subsetter = subset.Subsetter(options)
    subsetter.populate(text=wanted_text())
    subsetter.subset(font)
    font.flavor = "woff2"
    font.save(OUT)
    print(f"{OUT.name}: {OUT.stat().st_size / 1024:.0f} KiB")


if __name__ == "__main__":
    main(sys.argv[1])

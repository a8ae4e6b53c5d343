"""The viewer's locales: every locale has the same keys, and every key the code names exists."""

from __future__ import annotations

import json
import re
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "web_viewer" / "src"
# t("key") with a literal key; keys built at run time (t(`upload.job.${state}`)) are not seen.
LITERAL_KEY = re.compile(r"""\bt\(\s*["']([\w.-]+)["']""")


def _catalog(locale: str) -> dict[str, str]:
    catalog: dict[str, str] = json.loads((SRC / "locales" / f"{locale}.json").read_text("utf-8"))
    return catalog


def test_every_locale_has_the_english_keys() -> None:
    english = set(_catalog("en"))
    for path in (SRC / "locales").glob("*.json"):
        assert set(_catalog(path.stem)) == english, path.name


def test_every_literal_key_is_translated() -> None:
    english = _catalog("en")
    used = {
        key for path in SRC.rglob("*.js") for key in LITERAL_KEY.findall(path.read_text("utf-8"))
    }
    html = (SRC.parent / "index.html").read_text("utf-8")
    used |= set(re.findall(r'data-i18n="([\w.-]+)"', html))
    assert used and sorted(used - set(english)) == []


def test_the_bundled_font_draws_every_chinese_string() -> None:
    """Machines without a CJK font fall back to web_viewer/fonts: it must hold every character
    of the zh-CN locale, or those characters are boxes (rebuild it with subset_cjk.py)."""
    from fontTools.ttLib import TTFont

    font = TTFont(SRC.parent / "fonts" / "NotoSansSC-twin.woff2")
    cmap = font.getBestCmap()
    text = "".join(_catalog("zh-CN").values())
    missing = sorted({c for c in text if ord(c) > 0x2FFF and ord(c) not in cmap})
    assert len(cmap) > 6000 and missing == []

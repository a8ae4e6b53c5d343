"""Settings: defaults, TWIN_ environment variables, derived paths."""

from __future__ import annotations

from pathlib import Path

import pytest

import twin
from twin.settings import Settings


def test_defaults(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.chdir(tmp_path)  # no stray .env
    settings = Settings()
    assert settings.data_dir == Path("twin-data")
    assert (settings.host, settings.port) == ("127.0.0.1", 8000)
    assert settings.cors_origins == ["*"]
    assert settings.viewer_dir == Path(twin.__file__).resolve().parent.parent / "web_viewer"
    assert settings.cesium_dir == settings.viewer_dir / "node_modules/cesium/Build/Cesium"
    assert settings.database_url == "sqlite:///twin-data/twin.sqlite"


def test_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("TWIN_DATA_DIR", str(tmp_path / "d"))
    monkeypatch.setenv("TWIN_PORT", "9001")
    monkeypatch.setenv("TWIN_VIEWER_DIR", str(tmp_path / "viewer"))
    monkeypatch.setenv("TWIN_CORS_ORIGINS", '["https://example.org"]')
    settings = Settings()
    assert settings.data_dir == tmp_path / "d"
    assert settings.port == 9001
    assert settings.cors_origins == ["https://example.org"]
    # The cesium default follows a custom viewer folder.
    assert settings.cesium_dir == tmp_path / "viewer/node_modules/cesium/Build/Cesium"
    assert settings.database_url == f"sqlite:///{tmp_path}/d/twin.sqlite"


def test_explicit_cesium_dir_is_kept(tmp_path: Path) -> None:
    assert Settings(cesium_dir=tmp_path / "cesium").cesium_dir == tmp_path / "cesium"


def test_database_url_from_the_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("TWIN_DATABASE_URL", "postgresql://twin@db.example.org/twin")
    assert Settings(data_dir=tmp_path).database_url == "postgresql://twin@db.example.org/twin"

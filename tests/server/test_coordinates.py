"""GET /api/coordinates: the status bar's grid coordinates, equal to pyproj's."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from pyproj import Transformer

from twin.server.app import create_app
from twin.settings import Settings

# Delft (the sample city) and a point of the Chinese provincial capital the brief names
# (Jinan, 117.0 E 36.65 N), which CGCS2000 / 3-degree Gauss-Kruger CM 117E covers.
DELFT = (4.3665, 52.0115)
JINAN = (117.0, 36.65)


def _client(tmp_path, display_crs: str) -> TestClient:
    settings = Settings(data_dir=tmp_path / "data", display_crs=display_crs)
    return TestClient(create_app(settings))


@pytest.mark.parametrize(
    ("display_crs", "point", "expected_crs"),
    [("utm", DELFT, "EPSG:32631"), ("EPSG:4548", JINAN, "EPSG:4548"), ("utm", JINAN, "EPSG:32650")],
)
def test_grid_coordinates_equal_pyproj(
    tmp_path, display_crs: str, point: tuple[float, float], expected_crs: str
) -> None:
    with _client(tmp_path, display_crs) as client:
        response = client.get("/api/coordinates", params={"lon": point[0], "lat": point[1]})
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["crs"] == expected_crs and body["unit"] == "metre"
    x, y = Transformer.from_crs("EPSG:4326", expected_crs, always_xy=True).transform(*point)
    assert abs(body["x"] - x) < 0.01 and abs(body["y"] - y) < 0.01


@pytest.mark.parametrize(
    ("params", "field"),
    [({"lon": 200, "lat": 0}, "lon"), ({"lon": 0, "lat": "nan"}, "lat"), ({"lon": 1}, "lat")],
)
def test_bad_points_are_422_naming_the_field(tmp_path, params: dict, field: str) -> None:
    with _client(tmp_path, "utm") as client:
        response = client.get("/api/coordinates", params=params)
    assert response.status_code == 422
    assert response.headers["content-type"] == "application/problem+json"
    assert field in response.text


def test_an_unknown_display_crs_is_a_clear_error(tmp_path) -> None:
    with _client(tmp_path, "EPSG:99999999") as client:
        response = client.get("/api/coordinates", params={"lon": 1, "lat": 2})
    assert response.status_code == 400
    assert "TWIN_DISPLAY_CRS" in response.json()["detail"]

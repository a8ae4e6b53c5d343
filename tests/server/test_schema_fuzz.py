"""schemathesis against the app's own OpenAPI document: generated requests to every operation
(valid and invalid parameters, bodies, headers) find no 5xx and no response that breaks the
document's schemas. The app serves a real published layer, so reads reach the real code."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
import schemathesis
from conftest import write_tileset
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
)

from twin.model import LayerKind
from twin.publish import publish
from twin.server.app import create_app
from twin.settings import Settings

# Examples per operation: enough for every parameter to be tried invalid several times, while
# the whole document takes seconds.
EXAMPLES = 25


@pytest.fixture(scope="module")
def api_schema(tmp_path_factory: pytest.TempPathFactory) -> object:
    root: Path = tmp_path_factory.mktemp("fuzz")
    app_settings = Settings(data_dir=root / "data")
    publish(app_settings, "demo", LayerKind.BUILDINGS, write_tileset(root / "src"), meta={})
    return schemathesis.openapi.from_asgi("/openapi.json", create_app(app_settings))


# An event stream answers until the client leaves (each generated request would hold it for
# seconds); tests/server/test_monitoring_stream.py reads it through real uvicorn instead.
ENDLESS = {"GET /api/monitoring/stream"}


def _operations(schema: object) -> list[object]:
    operations = [result.ok() for result in schema.get_all_operations()]  # type: ignore[attr-defined]
    return [operation for operation in operations if operation.label not in ENDLESS]


def test_no_5xx_and_no_schema_violation(api_schema: object) -> None:
    # schemathesis' own pytest plugin does not run under pytest 9; this drives its strategies
    # through hypothesis directly, one operation at a time.
    operations = _operations(api_schema)
    assert len(operations) > 10
    statuses: Counter[int] = Counter()
    for operation in operations:

        @given(case=operation.as_strategy())  # type: ignore[attr-defined]
        @settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
        def check(case: schemathesis.Case) -> None:
            response = case.call_and_validate(
                checks=[not_a_server_error, response_schema_conformance, content_type_conformance]
            )
            statuses[response.status_code // 100] += 1

        check()
    # The generated requests reached real answers: accepted ones and refused ones.
    assert statuses[2] > 0 and statuses[4] > 0 and statuses[5] == 0, statuses

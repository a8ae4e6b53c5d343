"""/sta/v1.1 with the real SensorThings client frost-sta-client (Things, Locations, Datastreams,
Observations, $filter, $expand, dataArray) and the MQTT extension through a real Mosquitto."""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import frost_sta_client as fsc
import httpx
import paho.mqtt.client as mqtt
import pytest
import requests
from frost_sta_client.model.ext.data_array_document import DataArrayDocument
from frost_sta_client.model.ext.data_array_value import DataArrayValue
from monitoring_support import AGENCY, serving

from twin.auth import Role
from twin.settings import Settings

Headers = dict[str, str]
# frost-sta-client 1.1 calls furl's deprecated `pathstr` to build query URLs (its code, not ours).
pytestmark = pytest.mark.filterwarnings("ignore:furl.pathstr is deprecated:DeprecationWarning")
# Tank T1 of C-Town (tests/data/monitoring/ctown_sensors.csv) and BATADAL's first levels.
T1 = (-2.23783066, 1.34690778)
LEVELS = [("2016-07-04T00:00:00Z", 2.44), ("2016-07-04T01:00:00Z", 2.66),
          ("2016-07-04T02:00:00Z", 3.02)]  # fmt: skip


class BearerAuth(fsc.AuthHandler):  # type: ignore[misc]
    """frost-sta-client's auth hook, sending a twin token instead of HTTP Basic."""

    def __init__(self, token: str) -> None:
        super().__init__()
        self.token = token

    def add_auth_header(self) -> Callable[[requests.PreparedRequest], requests.PreparedRequest]:
        def sign(request: requests.PreparedRequest) -> requests.PreparedRequest:
            request.headers["Authorization"] = f"Bearer {self.token}"
            return request

        return sign


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def mosquitto(tmp_path: Path) -> Iterator[str]:
    """A real Mosquitto broker (Debian's package) on a free loopback port."""
    binary = shutil.which("mosquitto") or "/usr/sbin/mosquitto"
    if not Path(binary).exists():
        pytest.fail("mosquitto is not installed: `.ci/apt-install mosquitto` (make test does)")
    port = _free_port()
    config = tmp_path / "mosquitto.conf"
    config.write_text(f"listener {port} 127.0.0.1\nallow_anonymous true\npersistence false\n")
    process = subprocess.Popen([binary, "-c", str(config)], stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)  # fmt: skip
    try:
        deadline = time.monotonic() + 10
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                assert time.monotonic() < deadline, "mosquitto did not start"
                time.sleep(0.05)
        yield f"mqtt://127.0.0.1:{port}"
    finally:
        process.terminate()
        process.wait(10)


def _service(port: int, token: str | None = None) -> fsc.SensorThingsService:
    auth = BearerAuth(token) if token else None
    return fsc.SensorThingsService(f"http://127.0.0.1:{port}/sta/v1.1", auth_handler=auth)


def _create_tank(service: fsc.SensorThingsService) -> fsc.Datastream:
    location = fsc.Location(name="T1", description="C-Town tank T1 (assumed place, EPSG:3857)",
                            encoding_type="application/geo+json",
                            location={"type": "Point", "coordinates": list(T1)})  # fmt: skip
    thing = fsc.Thing(name="Tank T1", description="C-Town tank", properties={"network": "ctown"})
    thing.locations = [location]
    service.create(thing)
    datastream = fsc.Datastream(
        name="L_T1", description="tank level (simulated benchmark readings, BATADAL)",
        observation_type="http://www.opengis.net/def/observationType/OGC-OM/2.0/OM_Measurement",
        unit_of_measurement=fsc.UnitOfMeasurement(name="metre", symbol="m",
                                                  definition="http://qudt.org/vocab/unit/M"),
        properties={"warning_high": 4.64, "alarm_high": 6.5, "hysteresis": 0.13},
    )  # fmt: skip
    datastream.thing = thing
    datastream.sensor = fsc.Sensor(
        name="level gauge", description="tank level gauge", encoding_type="text/plain",
        metadata="BATADAL SCADA L_T1",
    )  # fmt: skip
    datastream.observed_property = fsc.ObservedProperty(
        name="level", definition="http://vocab.nerc.ac.uk/collection/P07/current/CFSN0721/",
        description="water level in the tank",
    )  # fmt: skip
    service.create(datastream)
    return datastream


def test_the_client_creates_and_reads_back_with_filter_and_expand(
    settings: Settings, make_token: Callable[..., Headers]
) -> None:
    token = make_token(Role.AGENCY, name=AGENCY)["Authorization"].split()[1]
    with serving(settings) as port:
        service = _service(port, token)
        datastream = _create_tank(service)
        assert isinstance(datastream.id, int)
        for when, value in LEVELS[:2]:
            service.create(fsc.Observation(phenomenon_time=when, result=value,
                                           datastream=datastream))  # fmt: skip
        # The dataArray extension: one more hour through CreateObservations.
        dav = DataArrayValue()
        dav.datastream = datastream
        dav.components = {DataArrayValue.Property.PHENOMENON_TIME, DataArrayValue.Property.RESULT}
        dav.add_observation(fsc.Observation(phenomenon_time=LEVELS[2][0], result=LEVELS[2][1]))
        document = DataArrayDocument()
        document.add_data_array_value(dav)
        created = service.observations().create(document)
        assert len(created) == 1

        reader = _service(port)  # reads are public
        things = reader.things().query().filter("name eq 'Tank T1'").expand(
            "Locations,Datastreams($expand=Observations($orderby=phenomenonTime desc;$top=2))"
        ).list()  # fmt: skip
        (thing,) = list(things)
        assert thing.locations.entities[0].location["coordinates"] == list(T1)
        (stream,) = thing.datastreams.entities
        assert stream.name == "L_T1" and stream.unit_of_measurement.symbol == "m"
        latest = stream.observations.entities
        assert [o.result for o in latest] == [3.02, 2.66]
        late = reader.observations().query().filter(
            "result gt 2.5 and phenomenonTime ge 2016-07-04T01:00:00Z"
        ).orderby("phenomenonTime", "asc").list()  # fmt: skip
        assert [o.result for o in late] == [2.66, 3.02]
        assert list(reader.things().query().filter("name eq 'none'").list()) == []
        # The observations are monitoring readings: the sensor's latest state moved.
        monitoring = httpx.get(f"http://127.0.0.1:{port}/api/monitoring/latest").json()
        i = monitoring["sensors"].index(f"sta-{datastream.id}")
        assert monitoring["value"][i] == 3.02 and monitoring["state"][i] == "normal"


def test_paging_select_count_and_refusals(
    settings: Settings, make_token: Callable[..., Headers]
) -> None:
    token = make_token(Role.AGENCY, name=AGENCY)["Authorization"].split()[1]
    viewer = make_token(Role.VIEWER)
    with serving(settings) as port:
        datastream = _create_tank(_service(port, token))
        base = f"http://127.0.0.1:{port}/sta/v1.1"
        rows = [[f"2016-07-04T{h:02d}:00:00Z", 2.0 + h / 10] for h in range(5)]
        body = [{"Datastream": {"@iot.id": datastream.id},
                 "components": ["phenomenonTime", "result"], "dataArray": rows}]  # fmt: skip
        headers = {"Authorization": f"Bearer {token}"}
        assert (
            httpx.post(f"{base}/CreateObservations", json=body, headers=headers).status_code == 201
        )
        url = f"{base}/Datastreams({datastream.id})/Observations"
        first = httpx.get(url, params={"$top": "2", "$count": "true",
                                       "$select": "result,phenomenonTime"}).json()  # fmt: skip
        assert first["@iot.count"] == 5 and len(first["value"]) == 2
        assert set(first["value"][0]) == {"result", "phenomenonTime"}
        second = httpx.get(first["@iot.nextLink"]).json()
        assert [o["result"] for o in second["value"]] == [2.2, 2.3]
        one = second["value"][0]
        assert httpx.get(f"{base}/Things", params={"$filter": "name eq"}).status_code == 400
        assert httpx.post(f"{base}/Things", json={"name": "x", "description": "y"},
                          headers=viewer).status_code == 403  # fmt: skip
        assert httpx.post(f"{base}/Things", json={"name": "x"}, headers=headers).status_code == 400
        assert "phenomenonTime" in one
        assert httpx.get(f"{base}/Things(999)").status_code == 404


def test_mqtt_publish_creates_an_observation(
    settings: Settings, make_token: Callable[..., Headers], mosquitto: str
) -> None:
    token = make_token(Role.AGENCY, name=AGENCY)["Authorization"].split()[1]
    live = settings.model_copy(update={"mqtt_url": mosquitto})
    with serving(live) as port:
        datastream = _create_tank(_service(port, token))
        url = f"http://127.0.0.1:{port}/sta/v1.1/Datastreams({datastream.id})/Observations"
        publisher = mqtt.Client(mqtt.CallbackAPIVersion.VERSION2)
        host, mqtt_port = mosquitto.removeprefix("mqtt://").split(":")
        publisher.connect(host, int(mqtt_port))
        publisher.loop_start()
        try:
            payload = json.dumps({"phenomenonTime": "2016-07-04T00:00:00Z", "result": 2.44})
            topic = f"v1.1/Datastreams({datastream.id})/Observations"
            found: list[object] = []
            deadline = time.monotonic() + 20
            # The server subscribes once it has connected; publish until the observation shows.
            while not found and time.monotonic() < deadline:
                publisher.publish(topic, payload, qos=1).wait_for_publish(5)
                time.sleep(0.2)
                found = httpx.get(url).json()["value"]
        finally:
            publisher.loop_stop()
            publisher.disconnect()
        assert [(o["phenomenonTime"], o["result"]) for o in found] == [
            ("2016-07-04T00:00:00.000Z", 2.44)
        ]

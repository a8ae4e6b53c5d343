"""The SensorThings MQTT extension: a message published to ``v1.1/Datastreams(id)/Observations``
on the TWIN_MQTT_URL broker creates that Observation (SensorThings 1.1 section 14.2.1).

paho-mqtt runs its network loop in its own thread; each message is checked and ingested like an
HTTP observation (all or nothing, upserted by phenomenon time) and streamed to SSE clients. The
broker is the gate for who may publish (its ACLs): MQTT carries no twin token, so messages are
written with the rights of the server itself. A bad message is logged and dropped, since MQTT
has no answer to send.
"""

from __future__ import annotations

import json
import logging
import re
from typing import Any
from urllib.parse import urlsplit

import paho.mqtt.client as mqtt

from twin.errors import TwinError
from twin.sensorthings.entities import write_observations
from twin.server.monitoring_state import alarms_out, publish_result

logger = logging.getLogger(__name__)
TOPIC_FILTER = "v1.1/+/Observations"
_TOPIC = re.compile(r"^v1\.1/Datastreams\((\d+)\)/Observations$")


class MqttBridge:
    """Subscribes to the broker of ``url`` (mqtt://host:port) for the life of the app."""

    def __init__(self, url: str, state: Any) -> None:
        """Bridge the broker at ``url`` into the app whose ``app.state`` is ``state``."""
        parts = urlsplit(url)
        if parts.scheme not in ("mqtt", "tcp") or not parts.hostname:
            raise TwinError(f"TWIN_MQTT_URL must be mqtt://host[:port], not {url!r}")
        self.host, self.port = parts.hostname, parts.port or 1883
        self.state = state
        self.client = mqtt.Client(mqtt.CallbackAPIVersion.VERSION2, client_id="twin-sta")
        if parts.username:
            self.client.username_pw_set(parts.username, parts.password)
        self.client.on_connect = self._on_connect
        self.client.on_message = self._on_message

    def start(self) -> None:
        """Connect (retried by paho in the background) and start the network thread."""
        self.client.connect_async(self.host, self.port)
        self.client.loop_start()

    def stop(self) -> None:
        """Disconnect and stop the network thread."""
        self.client.disconnect()
        self.client.loop_stop()

    def _on_connect(self, client: mqtt.Client, userdata: Any, flags: Any, reason: Any,
                    properties: Any) -> None:  # fmt: skip
        # Subscribing on every (re)connect keeps the subscription across broker restarts.
        client.subscribe(TOPIC_FILTER, qos=1)
        logger.info("MQTT: subscribed to %s on %s:%d", TOPIC_FILTER, self.host, self.port)

    def _on_message(self, client: mqtt.Client, userdata: Any, message: mqtt.MQTTMessage) -> None:
        match = _TOPIC.match(message.topic)
        if match is None:
            return
        try:
            self.write(int(match[1]), json.loads(message.payload))
        except (TwinError, ValueError, TypeError, KeyError) as exc:
            logger.warning("MQTT: dropped a message on %s: %s", message.topic, exc)

    def write(self, datastream: int, doc: dict[str, Any]) -> None:
        """Create the observation of one message and stream it."""
        stores = self.state.stores
        if stores is None:
            raise TwinError("the stores are not open")
        result, _ = write_observations(
            stores, [(datastream, doc.get("phenomenonTime"), doc["result"])], None
        )
        alarms = alarms_out(self.state.settings, stores, self.state.sources, result.alarms)
        publish_result(self.state.events, stores.monitoring.index(), result, alarms)

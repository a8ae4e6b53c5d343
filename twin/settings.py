"""The one configuration object of twin, read from TWIN_* environment variables and `.env`."""

from __future__ import annotations

from pathlib import Path

from pydantic import model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

import twin

# The viewer sits next to the packages in the source tree (editable install), so the default is
# located from the package, never from the current working directory.
DEFAULT_VIEWER_DIR = Path(twin.__file__).resolve().parent.parent / "web_viewer"


class Settings(BaseSettings):
    """Where the data lives, where the server listens and what the viewer loads.

    Every field can be set through the environment, e.g. ``TWIN_DATA_DIR=/srv/twin``,
    ``TWIN_PORT=9000``, ``TWIN_CORS_ORIGINS='["https://example.org"]'`` or
    ``TWIN_DATABASE_URL=postgresql://twin@db.example.org/twin``.
    """

    model_config = SettingsConfigDict(
        env_prefix="TWIN_",
        env_nested_delimiter="__",
        env_file=".env",
        extra="ignore",
    )

    data_dir: Path = Path("twin-data")
    host: str = "127.0.0.1"
    port: int = 8000
    viewer_dir: Path = DEFAULT_VIEWER_DIR
    cesium_dir: Path | None = None
    # CORS (see README "Cross-origin clients"): origins that may read (GET, HEAD), origins that
    # may write (None: the same as cors_origins) and the write methods they may use. No
    # credentials are ever allowed, so "*" never meets Access-Control-Allow-Credentials.
    cors_origins: list[str] = ["*"]
    cors_write_origins: list[str] | None = None
    cors_write_methods: list[str] = ["POST", "PATCH", "DELETE"]
    # The largest request body accepted outside tus PATCHes (JSON job specs and the like).
    max_body_bytes: int = 1024**2
    # Uvicorn (twin serve): an idle keep-alive connection is closed after this many seconds,
    # and a request line plus headers over h11_max_incomplete_event_size bytes answers 431 (the
    # name is uvicorn's; twin.cli.http_protocol enforces it on httptools).
    timeout_keep_alive: int = 5
    h11_max_incomplete_event_size: int = 64 * 1024
    # Reads (/tiles, /terrain, /api): public, or (false) only with a token of role viewer or
    # above, which sees only its granted layers (`twin tokens create --layers`).
    public_read: bool = True
    # Behind nginx (deploy/nginx.conf): published files are answered with an X-Accel-Redirect
    # to this internal nginx location, which aliases the data folder; None: twin sends them.
    accel_redirect: str | None = None
    # Server processes of `twin serve` (uvicorn workers); each keeps its own tile caches and
    # sees a publish made by any process within twin.server.current_versions.REFRESH_S.
    workers: int = 1
    # The job queue (twin worker): a worker holds a running job by a lease it renews every
    # job_renew_seconds; a lease not renewed for job_lease_seconds means the worker is gone, and
    # the job runs again, up to job_max_attempts attempts in all.
    job_lease_seconds: float = 30.0
    job_renew_seconds: float = 10.0
    job_max_attempts: int = 3
    job_poll_seconds: float = 0.25  # an idle poll is one indexed read
    # Progress is written to the store at most once per this many seconds per job.
    job_progress_seconds: float = 0.5
    # Task processes of each job's pipeline (None: up to 2 cores).
    job_task_workers: int | None = None
    # sqlite:///PATH or postgresql://user:password@host/db; empty: twin.sqlite in data_dir.
    database_url: str = ""
    # A Dask distributed scheduler (tcp://host:8786) that pipelines hand their tasks to; None
    # runs them in a local process pool. Its workers mount the data folder on shared storage.
    dask_scheduler: str | None = None
    # Resumable uploads (tus, /api/uploads): the largest Upload-Length accepted, and how long an
    # upload lives after its last PATCH before the sweep removes it (finished or not).
    max_upload_bytes: int = 64 * 1024**3
    upload_expiry_hours: float = 24.0
    # Monitoring: the largest body of POST /api/monitoring/readings, /sensors and the
    # SensorThings writes (a batch of 10,000 JSON readings is about 1 MB), how often the server
    # marks sensors stale (0: only `twin monitoring sweep`), and the MQTT broker of the
    # SensorThings MQTT extension (mqtt://host:port; None: no MQTT).
    monitoring_max_body_bytes: int = 32 * 1024**2
    monitoring_sweep_seconds: float = 60.0
    mqtt_url: str | None = None

    # The layers the viewer shows when it opens (TWIN_VIEWER_LAYERS='["city-buildings"]'); None:
    # every layer but point clouds and pipe networks, which cover the city or lie under it and
    # wait until asked for. The layer the viewer opens on (?layer=NAME) is always shown.
    viewer_layers: list[str] | None = None
    # The projected grid of the viewer's status bar (/api/coordinates): a CRS such as the city's
    # CGCS2000 Gauss-Kruger zone (EPSG:4547), or "utm" for the WGS 84 UTM zone of the point.
    display_crs: str = "utm"

    @model_validator(mode="after")
    def _derived_defaults(self) -> Settings:
        # Derived after validation so that a custom viewer_dir moves the cesium default with it,
        # and a custom data_dir the SQLite file.
        if self.cesium_dir is None:
            self.cesium_dir = self.viewer_dir / "node_modules" / "cesium" / "Build" / "Cesium"
        if not self.database_url:
            self.database_url = f"sqlite:///{self.data_dir / 'twin.sqlite'}"
        return self

    @property
    def layers_dir(self) -> Path:
        """The folder holding one sub-folder per layer."""
        return self.data_dir / "layers"

    @property
    def uploads_dir(self) -> Path:
        """The folder holding one sub-folder per resumable upload."""
        return self.data_dir / "uploads"

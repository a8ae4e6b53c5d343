"""`twin worker`: run queued jobs (each in a child process), and starting workers beside the
server (`twin serve --workers-inline N`)."""

from __future__ import annotations

import logging
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import typer

from twin.cli.errors import reports_errors
from twin.cli.progress import console
from twin.settings import Settings

# `python -c` rather than the `twin` script: the interpreter running now always has twin.
_WORKER_COMMAND = [sys.executable, "-c", "from twin.cli.main import app; app()", "worker"]


def register(app: typer.Typer) -> None:
    """Add `twin worker` to the main app."""

    @app.command()
    @reports_errors
    def worker(
        data_dir: Annotated[
            Path | None, typer.Option("--data-dir", help="Data folder (default: TWIN_DATA_DIR).")
        ] = None,
        once: Annotated[
            bool, typer.Option("--once", help="Run the jobs queued now, then exit.")
        ] = False,
        poll: Annotated[
            float | None,
            typer.Option(help="Seconds between looks at an empty queue (TWIN_JOB_POLL_SECONDS)."),
        ] = None,
    ) -> None:
        """Claim queued jobs and run them, one at a time, each in its own process."""
        from twin.workers import serve_forever

        logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
        settings = Settings(data_dir=data_dir) if data_dir else Settings()
        count = serve_forever(settings, once=once, poll=poll)
        console.print(f"worker ran {count} job{'s' if count != 1 else ''}")


@contextmanager
def inline_workers(count: int, settings: Settings) -> Iterator[list[subprocess.Popen[bytes]]]:
    """``count`` `twin worker` processes on ``settings``' data folder for the block's life;
    stopped (SIGTERM: their running jobs go back to the queue) when it ends."""
    processes: list[subprocess.Popen[bytes]] = []
    command = [*_WORKER_COMMAND, "--data-dir", str(settings.data_dir.absolute())]
    try:
        for _ in range(count):
            processes.append(subprocess.Popen(command))
        if processes:
            console.print(f"started {count} job worker{'s' if count != 1 else ''}")
        yield processes
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()

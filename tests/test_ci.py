"""`.ci/apt-install`, which `.ci/run` and `make test` use: it installs only the Debian packages
that are missing, non-interactively, with sudo only when not root.

The test cannot install packages on the machine that runs it, so `apt-get` and `sudo` are small
scripts on PATH that record how they were called; everything else (dpkg-query, the checks for
python3, chromium, PostgreSQL...) is the machine's own.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
APT_INSTALL = REPO / ".ci" / "apt-install"
RECORDER = '#!/bin/sh\necho "$(basename "$0") DEBIAN_FRONTEND=$DEBIAN_FRONTEND $*" >> "$CALLS"\n'
SUDO = '#!/bin/sh\necho "sudo $*" >> "$CALLS"\nexec "$@"\n'

pytestmark = pytest.mark.skipif(
    shutil.which("bash") is None or shutil.which("dpkg-query") is None,
    reason="needs bash and dpkg-query (a Debian machine)",
)


def _run(tmp_path: Path, *packages: str) -> list[str]:
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    for name, text in (("apt-get", RECORDER), ("sudo", SUDO)):
        (bin_dir / name).write_text(text)
        (bin_dir / name).chmod(0o755)
    calls = tmp_path / "calls"
    env = {**os.environ, "PATH": f"{bin_dir}:{os.environ['PATH']}", "CALLS": str(calls)}
    subprocess.run([str(APT_INSTALL), *packages], check=True, env=env, capture_output=True)
    return calls.read_text().splitlines() if calls.exists() else []


def test_present_packages_are_not_installed(tmp_path: Path) -> None:
    # What runs this test is there: python3 with venv; coreutils is found by dpkg-query.
    assert _run(tmp_path, "python3", "python3-venv", "coreutils") == []


def test_a_missing_package_is_installed_non_interactively(tmp_path: Path) -> None:
    calls = _run(tmp_path, "python3", "twin-test-no-such-package")
    apt = [call for call in calls if call.startswith("apt-get")]
    assert apt[0].endswith(" update")
    assert apt[1] == (
        "apt-get DEBIAN_FRONTEND=noninteractive install -y --no-install-recommends "
        "twin-test-no-such-package"
    )
    sudo = [call for call in calls if call.startswith("sudo")]
    assert bool(sudo) == (os.getuid() != 0)  # sudo only when not root

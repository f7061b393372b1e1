"""`--output` to something that is not a regular file: written in place, never replaced."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from tests.helpers import CONFORMANCE, ROOT

PLAN = CONFORMANCE / "07-for-each.yaml"


def timeline(*args: str, stdout: object = subprocess.PIPE) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "RES_PLAN_LANG": "en", "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "res_plan", "timeline", str(PLAN), "-f", "csv", *args],
                          stdout=stdout, stderr=subprocess.PIPE, env=env, timeout=60)  # type: ignore[call-overload]


def test_output_dev_stdout_appends_to_the_redirected_log(tmp_path: Path) -> None:
    log = tmp_path / "ci.log"
    log.write_bytes(b"earlier steps of the job\n")
    with log.open("ab") as out:
        run = timeline("--output", "/dev/stdout", stdout=out)
    assert run.returncode == 0, run.stderr
    text = log.read_bytes()
    assert text.startswith(b"earlier steps of the job\n"), "the log's earlier content was lost"
    assert b"id;" in text or b"id," in text, "the timeline did not reach the log"


def test_output_dash_is_stdout() -> None:
    run = timeline("--output", "-")
    assert run.returncode == 0, run.stderr
    assert run.stdout.count(b"\n") > 3
    assert not Path("-").exists()


@pytest.mark.skipif(not os.path.exists("/dev/null"), reason="no /dev/null")
def test_output_dev_null_stays_a_device() -> None:
    run = timeline("--output", "/dev/null")
    assert run.returncode == 0, run.stderr
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode), "/dev/null was replaced by a regular file"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_output_to_a_fifo_is_streamed_to_its_reader(tmp_path: Path) -> None:
    fifo = tmp_path / "feed"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()), daemon=True)
    reader.start()
    run = timeline("--output", str(fifo))
    reader.join(timeout=30)
    assert run.returncode == 0, run.stderr
    assert stat.S_ISFIFO(os.stat(fifo).st_mode), "the FIFO was replaced by a regular file"
    assert got and got[0].count(b"\n") > 3
    assert sorted(p.name for p in tmp_path.iterdir()) == ["feed"], "a temporary file was left behind"

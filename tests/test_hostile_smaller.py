"""The smaller hostile cases of the README's limits: a reader that closes the pipe early and
SIGTERM while an output file is written."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.helpers import ROOT
from tests.test_hostile import hostile

ON_TIME = hostile.HEAD + "decisions:\n" + "".join(f"  - {{id: d{i}, lead: 1d}}\n" for i in range(3000))


def test_a_closed_pipe_keeps_the_exit_code_of_the_run(tmp_path: Path) -> None:
    path = tmp_path / "p.yaml"
    path.write_text(ON_TIME, encoding="utf-8")
    for fmt in ("json", "text"):
        proc = subprocess.Popen([sys.executable, "-m", "res_plan", "check", "--format", fmt, str(path)],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT)
        assert proc.stdout is not None and proc.stderr is not None
        proc.stdout.close()  # the reader is gone before anything is written
        err = proc.stderr.read().decode()
        assert proc.wait(timeout=60) == 0, err
        assert "Error" not in err and "Traceback" not in err


SIGTERM_CHILD = """
import os, signal, sys
from pathlib import Path
from res_plan import atomic
os.fsync = lambda fd: os.kill(os.getpid(), signal.SIGTERM)  # the signal arrives mid-write
atomic.write_atomic(Path(sys.argv[1]), "content\\n")
"""


def test_sigterm_during_output_leaves_no_temporary_file(tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    proc = subprocess.run([sys.executable, "-c", SIGTERM_CHILD, str(target)], capture_output=True, text=True,
                          cwd=ROOT, timeout=60)
    assert proc.returncode == 143, proc.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == []

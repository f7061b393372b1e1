"""The smaller hostile cases of the README's limits: a reader that closes the pipe early,
SIGTERM while an output file is written, and files with old Mac (CR) or mixed line ends."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import ROOT, check_json, run_cli
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


# -- line ends: a lone CR, a CRLF and an LF each end one line, as an editor shows them ---------

LINES = ["version: 1", "region: {id: r}", "deadline: 2025-01-01", "today: 2024-01-08", "decisions:",
         "  - id: a", "    title: Één", "    lead: 1w", "  - id: b", "    lead: 1x"]  # line 10: the bad lead


def _joined(ends: list[str], lines: list[str] = LINES) -> bytes:
    return "".join(line + ends[i % len(ends)] for i, line in enumerate(lines)).encode("utf-8")


@pytest.mark.parametrize("ends", [["\r"], ["\r\n"], ["\r\n", "\r", "\n"], ["\r", "\n", "\n", "\r\n"]],
                         ids=["cr", "crlf", "mixed", "mixed2"])
def test_every_line_end_counts_one_line(tmp_path: Path, ends: list[str]) -> None:
    path = tmp_path / "p.yaml"
    cases = [
        (LINES, ("bad-duration", 10, 11)),  # located through the parsed document
        ([*LINES[:9], "    title: \x07", LINES[9]], ("yaml-syntax", 10, 12)),  # a character YAML refuses
        ([*LINES[:6], "    title: Één\x07", *LINES[7:]], ("yaml-syntax", 7, 15)),  # ... after letters of 2 bytes
        ([*LINES[:9], "    lead: 1w", "    lead: 2w"], ("duplicate-key", 11, 5)),
        ([*LINES[:9], "    lead: [1w"], ("yaml-syntax", 10, 11)),  # a bracket never closed
    ]
    for lines, expected in cases:
        path.write_bytes(_joined(ends, lines))
        code, doc = check_json(path)
        [p] = doc["plans"][0]["problems"]
        assert code == 2 and (p["code"], p["line"], p["column"]) == expected, (lines, p)
    path.write_bytes(_joined(ends, [*LINES[:9], "    title: \xff"]).replace("\xc3\xbf".encode("latin-1"), b"\xff"))
    code, doc = check_json(path)
    [p] = doc["plans"][0]["problems"]
    assert (code, p["code"], p["line"], p["column"]) == (2, "bad-encoding", 10, 12)
    path.write_bytes(_joined(ends, [*LINES[:9], "    lead: 1w", "    lead: 2w"]))
    _, out = run_cli("check", str(path), "--lang", "nl")
    assert f"{path}:11:5: fout duplicate-key:" in out and "(eerst op regel 10)" in " ".join(out.split())


def test_an_old_mac_file_is_told_at_the_editors_line_and_column(tmp_path: Path) -> None:
    # The case of the report: before, "line 1 col 193" for an error on the 9th line of a CR-only file.
    path = tmp_path / "mac.yaml"
    text = "\r".join(["version: 1", "region: {id: r}", "deadline: 2025-01-01", "today: 2024-01-08", "decisions:",
                      "  - id: a", "    lead: 1w", "  - id: b", "    title: ab\x07c"]) + "\r"
    path.write_bytes(text.encode("utf-8"))
    code, out = run_cli("check", str(path))
    assert code == 2 and f"{path}:9:14: error yaml-syntax: the character U+0007 is not allowed in YAML" in out


def test_separators_an_editor_shows_inside_a_line_do_not_count_as_lines(tmp_path: Path) -> None:
    # YAML ends a line at NEL (U+0085) and U+2028/U+2029; editors do not, so neither do the locations.
    path = tmp_path / "p.yaml"
    lines = [*LINES[:6], '    title: "Eén\u2028twee\x85drie"', *LINES[7:]]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code, doc = check_json(path)
    [p] = doc["plans"][0]["problems"]
    assert (code, p["code"], p["line"], p["column"]) == (2, "bad-duration", 10, 11)
    path.write_text("\n".join([*lines[:9], "    lead: 1w", "    lead: 2w"]) + "\n", encoding="utf-8")
    _, doc = check_json(path)
    [p] = doc["plans"][0]["problems"]
    assert (p["line"], p["column"]) == (11, 5) and "first on line 10" in p["message"]
    # unquoted, the separator breaks the line for YAML: it is named where it stands
    path.write_text("\n".join([*LINES[:6], "    title: Eén\u2028twee", *LINES[7:]]) + "\n", encoding="utf-8")
    code, doc = check_json(path)
    [p] = doc["plans"][0]["problems"]
    assert (code, p["line"], p["column"]) == (2, 7, 15) and "invisible character U+2028" in p["message"]
    _, out = run_cli("check", str(path), "--lang", "nl")
    assert "onzichtbare teken U+2028" in " ".join(out.split())

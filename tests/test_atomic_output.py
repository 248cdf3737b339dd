"""Killing a build at any moment leaves the previous site intact, and the next build succeeds.

A build runs in a subprocess whose writes and swap steps are slowed down and announced on
stdout; the test SIGKILLs it right after a chosen announcement (a random sample of all of
them, seeded, plus every step of the swap). After each kill the output folder must hold the
previous site or the new one, whole; the next build must succeed and lose none of the
hidden entries a user keeps in the output folder (.git, .nojekyll).
"""
from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from site_builder.cli import main

from .conftest import ROOT, copy_site, tree

# The slowed build: every staged file written, the search indexing (Pagefind writes into the
# staging folder) and every swap step are announced, then it waits.
SLOW_BUILD = """
import os, sys, time
from pathlib import Path
import site_builder.search as search
import site_builder.write as write

pause = float(os.environ["PAUSE"])

def announce(line):
    # one write per line: the search index is made in a thread of its own, beside the writes
    sys.stdout.write(line + "\\n")
    sys.stdout.flush()

original_write_bytes = Path.write_bytes

def announced_write_bytes(self, data):
    written = original_write_bytes(self, data)
    announce(f"wrote {self.name}")
    time.sleep(pause)
    return written

Path.write_bytes = announced_write_bytes
original_write = write._write

def announced_write(target, data, digest):
    written = original_write(target, data, digest)
    announce(f"wrote {target.name}")
    time.sleep(pause)
    return written

write._write = announced_write
steps = ((search, "index_shards"), (write, "_carry_hidden_entries"), (write.SiteWriter, "swap"), (write, "_exchange"))
for module, name in steps:
    def step(*args, original=getattr(module, name), name=name):
        announce(f"enter {name}")
        time.sleep(pause)
        result = original(*args)
        announce(f"leave {name}")
        time.sleep(pause)
        return result
    setattr(module, name, step)
if os.environ.get("NO_EXCHANGE"):
    write._exchange = lambda a, b: False  # the fallback for systems without renameat2
from site_builder.cli import main
sys.exit(main(sys.argv[1:]))
"""

# A killed build's hidden entries are looked for first; the new site is swapped in after the indexing.
SWAP_STEPS = (
    "enter _carry_hidden_entries", "leave _carry_hidden_entries", "enter index_shards", "leave index_shards", "enter swap",
    "enter _exchange", "leave _exchange", "enter _carry_hidden_entries", "leave _carry_hidden_entries", "leave swap",
)
HIDDEN = {".nojekyll": b"", ".git/HEAD": b"ref: refs/heads/main\n", ".git/config": b"[core]\n"}


def visible(folder: Path) -> dict[str, bytes]:
    return {path: data for path, data in tree(folder).items() if not path.startswith(".")}


def slow_build(script: Path, content: Path, output: Path, kill_after: int | None, no_exchange: bool) -> list[str]:
    """Run the slowed build; with `kill_after`, SIGKILL it once that many announcements were read."""
    env = {**os.environ, "PAUSE": "0.002", "PYTHONPATH": str(ROOT)}
    if no_exchange:
        env["NO_EXCHANGE"] = "1"
    command = [sys.executable, str(script), "build", "--content", str(content), "--output", str(output)]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    announced: list[str] = []
    assert process.stdout is not None
    for line in process.stdout:
        if line.startswith(("wrote ", "enter ", "leave ")):
            announced.append(line.strip())
            if kill_after is not None and len(announced) == kill_after:
                process.send_signal(signal.SIGKILL)
                break
    _, err = process.communicate(timeout=120)
    if kill_after is None:
        assert process.returncode == 0, err
    return announced


@pytest.mark.parametrize("no_exchange", [False, True], ids=["renameat2-exchange", "rename-fallback"])
def test_killing_a_build_at_any_moment_costs_nothing(tmp_path, no_exchange):
    script = tmp_path / "slow_build.py"
    script.write_text(SLOW_BUILD)
    content = copy_site("small", tmp_path)
    output = tmp_path / "output"
    assert main(["build", "--content", str(content), "--output", str(output)]) == 0
    for path, data in HIDDEN.items():
        (output / path).parent.mkdir(exist_ok=True)
        (output / path).write_bytes(data)
    old = visible(output)
    (content / "events/raw-only/third.txt").write_text(
        "Third report\n\nThe ferry resumed its crossings on Sunday after a week of storms kept it in port.\n"
    )
    reference = tmp_path / "reference"
    shutil.copytree(output, reference, symlinks=True)  # so that the reference build swaps as the killed ones do
    announced = slow_build(script, content, reference, None, no_exchange)
    new = visible(reference)
    assert new != old
    steps = [step for step in SWAP_STEPS if not (no_exchange and "_exchange" in step)]
    assert [a for a in announced if not a.startswith("wrote")] == steps

    moments = sorted(set(random.Random(8).sample(range(1, len(announced) + 1), 8)) | {
        number for number, step in enumerate(announced, start=1) if step in steps
    })
    outcomes = {"old": 0, "new": 0, "aside": 0}
    for moment in moments:
        slow_build(script, content, output, moment, no_exchange)
        if output.exists():
            now = visible(output)
            assert now in (old, new), f"killed after {announced[moment - 1]!r}: a mixed site"
            outcomes["old" if now == old else "new"] += 1
        else:  # only the fallback can leave this: the previous site moved aside, put back by the next build
            assert no_exchange and visible(output.with_name(".output.swap")) == old
            outcomes["aside"] += 1
        assert main(["build", "--content", str(content), "--output", str(output)]) == 0
        assert visible(output) == new
        assert {p: d for p, d in tree(output).items() if p.startswith(".")} == HIDDEN, f"after {announced[moment - 1]!r}"
        assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".output")) == [".output.lock", ".output.previous"]
        for path in list(output.iterdir()):  # back to the old site for the next kill
            if not path.name.startswith("."):
                shutil.rmtree(path) if path.is_dir() else path.unlink()
        for path, data in old.items():
            (output / path).parent.mkdir(parents=True, exist_ok=True)
            (output / path).write_bytes(data)
    assert outcomes["old"] >= 1 and outcomes["new"] >= 1
    assert outcomes["aside"] == 0 or no_exchange


def test_a_second_build_into_one_folder_waits_for_the_first(tmp_path, capsys):
    """Two builds into one folder (a `build` beside `serve`) would remove each other's staging
    folders and write one spare at once: the second waits for the first's lock, writing nothing."""
    import fcntl
    import threading

    content = copy_site("small", tmp_path)
    output = tmp_path / "output"
    with open(tmp_path / ".output.lock", "ab") as first_build:
        fcntl.flock(first_build, fcntl.LOCK_EX)
        second = threading.Thread(target=main, args=(["build", "--content", str(content), "--output", str(output)],))
        second.start()
        while "waiting for another build" not in capsys.readouterr().err:
            assert second.is_alive(), "the second build ended without waiting"
            second.join(0.05)
        assert not output.exists() and sorted(p.name for p in tmp_path.iterdir()) == [".output.lock", "small"]
    second.join(120)
    assert not second.is_alive()
    assert (output / "index.html").is_file()


WORKER_OF_A_KILLED_BUILD = """
import multiprocessing, os, sys, time
from concurrent.futures import ProcessPoolExecutor
from site_builder.rebuild import die_with_parent

with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("fork"), initializer=die_with_parent,
                         initargs=(os.getpid(),)) as pool:
    print(pool.submit(os.getpid).result(), flush=True)
    pool.submit(time.sleep, 120)
    time.sleep(120)
"""


def _alive(pid: int) -> bool:
    """Running, not a zombie waiting for a reaper (a container's first process may never reap it)."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return False
    return "\nState:\tZ" not in status


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the parent-death signal is Linux's")
def test_a_killed_builds_worker_processes_die_with_it():
    """A build killed by SIGKILL must not leave its forked workers behind: they hold the output's lock file
    they inherited, and the next build into that folder would wait for them."""
    process = subprocess.Popen([sys.executable, "-c", WORKER_OF_A_KILLED_BUILD], stdout=subprocess.PIPE, text=True,
                               env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert process.stdout is not None
    worker = int(process.stdout.readline())
    process.send_signal(signal.SIGKILL)
    process.wait()
    deadline = time.monotonic() + 20
    while _alive(worker) and time.monotonic() < deadline:
        time.sleep(0.05)
    alive = _alive(worker)
    if alive:
        os.kill(worker, signal.SIGKILL)
    assert not alive, "the worker outlived its build"

"""Benchmark: what a build's peak memory is made of, process by process, over time.

Runs a command (by default a cold `site-builder build --timings` of a content folder) and samples every
process of its tree every `--interval` seconds: its role (the build process, a worker forked from it,
Pagefind, another child), its resident memory split into anonymous and file-backed pages, and, with
`--pss`, its proportional set size (shared pages divided among the processes sharing them, which summed
RSS counts once per process: forked workers share the build process's pages until they write them).
Prints the peak of the tree's summed RSS (what `bench/run.py` reports) and of its summed PSS, what each
role held at that moment, each role's own peak and when it came, and a coarse timeline.

    python bench/memory.py CONTENT [--output DIR] [--interval 0.1] [--pss] [--jobs N] [--timeline 20]
    python bench/memory.py --command 'site-builder build ...'   (any command: its tree is sampled)

A benchmark prints figures; it asserts nothing.
"""
from __future__ import annotations

import argparse
import os
import shlex
import shutil
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

PAGE = os.sysconf("SC_PAGE_SIZE")
MB = 2**20


@dataclass
class Sample:
    """One process at one instant."""

    role: str
    rss: int
    anon: int
    file: int
    pss: int  # 0 unless sampled with --pss


def tree(root: int) -> list[int]:
    """The process and its descendants, from /proc's children lists."""
    found, pending = [], [root]
    while pending:
        pid = pending.pop()
        found.append(pid)
        try:
            for task in os.listdir(f"/proc/{pid}/task"):
                with open(f"/proc/{pid}/task/{task}/children") as children:
                    pending.extend(int(child) for child in children.read().split())
        except (FileNotFoundError, ProcessLookupError):
            continue
    return found


def sample(pid: int, root: int, with_pss: bool) -> Sample | None:
    try:
        with open(f"/proc/{pid}/status") as status:
            fields = dict(line.split(":", 1) for line in status if ":" in line)
        with open(f"/proc/{pid}/cmdline", "rb") as cmdline:
            command = cmdline.read().split(b"\0")
        pss = 0
        if with_pss:
            with open(f"/proc/{pid}/smaps_rollup") as rollup:
                pss = next(int(line.split()[1]) for line in rollup if line.startswith("Pss:")) * 1024
    except (FileNotFoundError, ProcessLookupError, StopIteration, ValueError):
        return None
    kb = lambda name: int(fields.get(name, "0 kB").split()[0]) * 1024  # noqa: E731
    return Sample(_role(pid, root, command, fields), kb("VmRSS"), kb("RssAnon"), kb("RssFile") + kb("RssShmem"), pss)


def _role(pid: int, root: int, command: list[bytes], fields: dict[str, str]) -> str:
    if pid == root:
        return "build"
    if b"pagefind" in os.path.basename(command[0]):
        return "pagefind"
    if command[0] and Path(command[0].decode(errors="replace")).name.startswith("python"):
        return "worker"  # forked from the build: same command line
    return Path(command[0].decode(errors="replace")).name or "child"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("content", nargs="?", type=Path, help="content folder to build cold")
    parser.add_argument("--output", type=Path, help="output folder (default: a temporary one, removed after)")
    parser.add_argument("--jobs", type=int)
    parser.add_argument("--command", help="any command to sample instead of the cold build")
    parser.add_argument("--interval", type=float, default=0.1)
    parser.add_argument("--pss", action="store_true", help="sample PSS too (smaps_rollup: costlier)")
    parser.add_argument("--timeline", type=int, default=20, help="rows of the timeline")
    args = parser.parse_args()
    scratch = None
    if args.command:
        command = shlex.split(args.command)
    else:
        if args.content is None:
            parser.error("a content folder or --command")
        output = args.output
        if output is None:
            scratch = Path(tempfile.mkdtemp(prefix="memory-bench-"))
            output = scratch / "output"
        command = [sys.executable, "-m", "site_builder", "build", "--content", str(args.content), "--output", str(output),
                   "--timings", "--clear-cache", *(["--jobs", str(args.jobs)] if args.jobs else [])]
    print(f"load average before: {_load()}", flush=True)
    start = time.perf_counter()
    process = subprocess.Popen(command, stderr=subprocess.PIPE, text=True)
    samples: list[tuple[float, dict[int, Sample]]] = []
    while process.poll() is None:
        now = time.perf_counter() - start
        found = {pid: s for pid in tree(process.pid) if (s := sample(pid, process.pid, args.pss)) is not None}
        samples.append((now, found))
        time.sleep(args.interval)
    _, err = process.communicate()
    wall = time.perf_counter() - start
    print(err.strip()[-3000:])
    print(f"exit {process.returncode}; {wall:.1f} s wall; load average after: {_load()}")
    if scratch is not None:
        shutil.rmtree(scratch, ignore_errors=True)
    report(samples, args.pss, args.timeline)


def report(samples: list[tuple[float, dict[int, Sample]]], with_pss: bool, rows: int) -> None:
    if not samples:
        return
    total = lambda found, attr: sum(getattr(s, attr) for s in found.values())  # noqa: E731
    for measure in ("rss", "pss") if with_pss else ("rss",):
        at, found = max(samples, key=lambda item: total(item[1], measure))
        print(f"\npeak of the tree's summed {measure.upper()}: {total(found, measure) / MB:,.0f} MB at {at:.1f} s;"
              f" then, by process:")
        for pid, s in sorted(found.items(), key=lambda item: -getattr(item[1], measure)):
            print(f"  {s.role:9} {pid:>7}  {measure} {getattr(s, measure) / MB:7.0f} MB  (anon {s.anon / MB:5.0f},"
                  f" file {s.file / MB:4.0f})")
    peaks: dict[tuple[str, int], tuple[int, float, int]] = {}
    for at, found in samples:
        for pid, s in found.items():
            if s.rss > peaks.get((s.role, pid), (0, 0.0, 0))[0]:
                peaks[(s.role, pid)] = (s.rss, at, s.anon)
    print("\neach process's own peak RSS (anon) and when:")
    by_role: dict[str, list[tuple[int, float, int, int]]] = defaultdict(list)
    for (role, pid), (rss, at, anon) in peaks.items():
        by_role[role].append((rss, at, anon, pid))
    for role, peaks_of_role in by_role.items():
        peaks_of_role.sort(reverse=True)
        shown = peaks_of_role[:4]
        more = f" (+{len(peaks_of_role) - 4} more, smallest {peaks_of_role[-1][0] / MB:.0f} MB)" if len(peaks_of_role) > 4 else ""
        print(f"  {role:9} " + ", ".join(f"{rss / MB:.0f} MB ({anon / MB:.0f}) at {at:.0f} s" for rss, at, anon, _ in shown) + more)
    print("\ntimeline (summed RSS by role, MB):")
    step = max(1, len(samples) // rows)
    for at, found in samples[::step]:
        roles: dict[str, list[int]] = defaultdict(list)
        for s in found.values():
            roles[s.role].append(s.rss)
        cells = "  ".join(f"{role} {sum(v) / MB:.0f}" + (f" ({len(v)})" if len(v) > 1 else "") for role, v in sorted(roles.items()))
        print(f"  {at:7.1f} s  total {total(found, 'rss') / MB:6.0f}   {cells}")


def _load() -> str:
    return " ".join(f"{value:.2f}" for value in os.getloadavg())


if __name__ == "__main__":
    main()

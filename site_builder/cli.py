"""The `site-builder` command: parse arguments, run the pipeline, print problems as file:line: message."""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from . import __version__
from .problems import BuildError, Problem, unexpected


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        return args.run(args)
    except BuildError as exc:
        report(exc.problems, args.debug)
        return 1
    except KeyboardInterrupt:
        print("interrupted; the previous output was left as it was", file=sys.stderr)
        return 130
    except Exception as exc:  # a bug outside any file's processing: still one line, unless --debug
        if args.debug:
            raise
        report([unexpected(str(getattr(args, "content", "site-builder")), exc)], False)
        return 1


def report(problems: list[Problem], debug: bool) -> None:
    """One line per problem on stderr; with --debug, the traceback of an internal error above its line."""
    for problem in sorted(problems):
        if debug and problem.trace is not None:
            sys.stderr.write(problem.trace)
        print(problem, file=sys.stderr)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="site-builder", description="Static site generator for curated news story archives.")
    parser.add_argument("--version", action="version", version=f"site-builder {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--debug", action="store_true", help="show the traceback of an internal error")

    build = commands.add_parser("build", parents=[common], help="build the archive into the output folder")
    build.add_argument("--content", type=Path, default=Path("content"))
    build.add_argument("--output", type=Path, default=Path("output"))
    build.add_argument("--base-url", default=None, help="absolute URL the site is served from")
    build.add_argument("--strict", action="store_true", help="fail on warnings too")
    build.add_argument("--jobs", type=int, default=None, help="worker processes (default: one per core)")
    build.add_argument("--clear-cache", action="store_true", help="forget the build cache and build everything again")
    build.add_argument("--timings", action="store_true", help="print the wall and CPU seconds spent per stage")
    build.set_defaults(run=_build)

    serve = commands.add_parser("serve", parents=[common], help="build, serve the output, rebuild on every change and reload open pages")
    serve.add_argument("--content", type=Path, default=Path("content"))
    serve.add_argument("--output", type=Path, default=Path("output"))
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1: this machine only)")
    serve.add_argument("--port", type=int, default=8000)
    serve.set_defaults(run=_serve)

    convert = commands.add_parser("convert", parents=[common], help="raw articles -> cleaned Markdown with front matter")
    convert.add_argument("files", type=Path, nargs="+")
    convert.add_argument("--out", type=Path, default=None, help="write DIR/<stem>.md for each input")
    convert.set_defaults(run=_convert)

    imp = commands.add_parser("import", parents=[common], help="convert raw articles and file them under content/events/SLUG/")
    imp.add_argument("files", type=Path, nargs="+")
    imp.add_argument("--event", required=True, help="the event's slug")
    imp.add_argument("--content", type=Path, default=Path("content"))
    imp.add_argument("--url", default=None, help="the original URL (one file only)")
    imp.add_argument("--outlet", default=None)
    imp.set_defaults(run=_import)
    return parser


def _build(args: argparse.Namespace) -> int:
    from .rebuild import build

    if not args.content.is_dir():
        raise BuildError([Problem(str(args.content), None, "content folder not found")])
    progress = Progress() if sys.stderr.isatty() else None
    try:
        result = build(
            args.content, args.output, args.base_url, args.strict,
            jobs=args.jobs, clear_cache=args.clear_cache, progress=progress,
        )
    finally:
        if progress is not None:
            progress.close()
    report(result.warnings, args.debug)
    print(
        f"built {result.events} events, {result.sources} sources, {len(result.files)} files into {args.output}"
        f" ({result.written} changed)"
    )
    if args.timings:
        print(result.timings.table(), file=sys.stderr)
    return 0


def _serve(args: argparse.Namespace) -> int:
    from .serve import serve

    if not args.content.is_dir():
        raise BuildError([Problem(str(args.content), None, "content folder not found")])
    return serve(args.content, args.output, args.host, args.port)


class Progress:
    """One line on the terminal, redrawn at most ten times a second: events done out of those to build."""

    def __init__(self) -> None:
        self.drawn = 0.0
        self.shown = False

    def __call__(self, done: int, total: int) -> None:
        now = time.monotonic()
        if now - self.drawn >= 0.1 or done == total:
            width = 30
            filled = width * done // max(total, 1)
            sys.stderr.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total} events")
            sys.stderr.flush()
            self.drawn, self.shown = now, True

    def close(self) -> None:
        if self.shown:
            sys.stderr.write("\r\033[K")
            sys.stderr.flush()


def _convert(args: argparse.Namespace) -> int:
    from .commands import convert_command

    report(convert_command(args.files, args.out), args.debug)
    return 0


def _import(args: argparse.Namespace) -> int:
    from .commands import import_command

    report(import_command(args.files, args.event, args.content, args.url, args.outlet), args.debug)
    return 0

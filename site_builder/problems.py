"""Problems found in the input, reported as `file:line: message` without a traceback."""
from __future__ import annotations

import traceback
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Problem:
    file: str
    line: int | None
    message: str
    severity: str = "error"  # "error" fails the build; "warning" does not (unless --strict)
    trace: str | None = field(default=None, compare=False, repr=False)  # an internal error's traceback, for --debug

    def __str__(self) -> str:
        """Always one line: a line break in a file name or a message is shown escaped."""
        where = _printable(self.file) if self.line is None else f"{_printable(self.file)}:{self.line}"
        prefix = "" if self.severity == "error" else f"{self.severity}: "
        return f"{where}: {prefix}{_printable(self.message)}"

    def __lt__(self, other: Problem) -> bool:
        """By file, then line (a problem of the whole file first), then message."""
        return self._order() < other._order()

    def _order(self) -> tuple:
        return (self.file, self.line or 0, self.message, self.severity)


def _printable(text: str) -> str:
    return "".join(ch if ch.isprintable() else repr(ch)[1:-1] for ch in text)


def unexpected(file: str, exc: BaseException) -> Problem:
    """An exception no stage expected, as one line naming the file being processed."""
    detail = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
    # formatted now: a problem found in a worker process crosses to the parent without its frames
    trace = "".join(traceback.format_exception(exc))
    return Problem(file, None, f"internal error ({detail}); --debug shows the traceback", trace=trace)


class BuildError(Exception):
    """Raised by a stage with every problem it found, so one run reports them all."""

    def __init__(self, problems: list[Problem]):
        super().__init__("\n".join(str(p) for p in problems))
        self.problems = sorted(problems)


@contextmanager
def processing(file: str, expected: tuple[type[Exception], ...] = ()) -> Iterator[None]:
    """Turn an unexpected exception raised while working on `file` into a BuildError naming it.

    The innermost `processing` names the file: a BuildError passes outer ones unchanged, and so
    do `expected` exceptions, which the caller reports in its own words.
    """
    try:
        yield
    except (BuildError, *expected):
        raise
    except Exception as exc:
        raise BuildError([unexpected(file, exc)]) from exc

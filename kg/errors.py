"""One exception type for every mistake a user can make.

The CLI turns a ``KgError`` into a single line on stderr and exit code 1, so its
message must name the file (or option) and say what to do. File names are the user's
own text: :func:`one_line` escapes what they may hold so that a line stays one line.
"""
import re

# C0 and C1 controls and the Unicode line and paragraph separators: anything that breaks or redraws a line.
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def one_line(text: str) -> str:
    """``text`` with every control character written as its escape (``\\n``, ``\\x1b`` …).

    A newline in a file name would otherwise forge a second error line, and an escape
    sequence could redraw the terminal.
    """
    return _CONTROL.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


class KgError(Exception):
    """A user-facing error: bad input file, unknown query, invalid option."""


class InputError(KgError):
    """An input file that cannot be read as a report."""

    def __init__(self, path: object, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem

    def __reduce__(self) -> tuple[type, tuple[object, str]]:
        # Built in a worker process, the error is pickled back to the parent with its own arguments.
        return InputError, (self.path, self.problem)

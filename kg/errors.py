"""One exception type for every mistake a user can make.

The CLI turns a ``KgError`` into a single line on stderr and exit code 1, so its
message must name the file (or option) and say what to do.
"""


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

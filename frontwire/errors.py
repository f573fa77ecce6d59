"""Errors that frontwire reports to users as one line, never as a traceback."""


class FrontwireError(Exception):
    """A problem the user can act on; str(error) is the whole message."""


class BadDocument(FrontwireError):
    """One input document cannot be read; a batch reports it and goes on."""

    def __init__(self, source: str, problem: str):
        super().__init__(f"{source}: {problem}")
        self.source = source
        self.problem = problem

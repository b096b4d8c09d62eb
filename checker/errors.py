"""Errors the user sees. Messages are Chinese and name the file."""


class CheckerError(Exception):
    """A problem with the user's input or configuration (exit code 2)."""


class InputError(CheckerError):
    """A file that cannot be read as a draft."""

    def __init__(self, source: str, problem: str):
        self.source = source
        self.problem = problem
        super().__init__(f"{shown_name(source)}：{problem}")


def shown_name(name: str) -> str:
    """A file name as a message shows it: a newline or other control character in the name is
    written as an escape, so one message stays one line."""
    return "".join(c if c.isprintable() or c == " " else repr(c)[1:-1] for c in str(name))


class RuleError(CheckerError):
    """A rule or lexicon file that does not load; names the file."""


class ModelError(CheckerError):
    """A model file that cannot be trusted or does not fit this version."""

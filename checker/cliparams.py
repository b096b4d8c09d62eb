"""Command-line values without pydantic where they are plain. Typer 0.29 converts every
parameter's value with a pydantic TypeAdapter built for it; importing pydantic and building
the adapters of `checker check` cost about 0.1 s of each cold start. A flag, a text, a whole
number written plainly, a path and a list of texts are converted here the way those adapters
convert them; any other value, and any value converted here that fails a check, goes to
typer's own adapter, so what is accepted and every error message stay typer's
(tests/test_cli_conventions.py compares the two on every parameter)."""

from __future__ import annotations

import re
from pathlib import Path

try:
    from typer import core
    from typer._click.exceptions import BadParameter
    from typer._coercion import RuntimeParam, build_runtime_param
    from typer._param_types import coerce_cli_path
except ImportError:  # pragma: no cover - another typer layout: its own conversions stay
    core = None
    RuntimeParam = object

PLAIN_INT = re.compile(r"-?(?:0|[1-9][0-9]{0,17})")  # int() and pydantic read these alike


class _NotPlain:
    def __repr__(self) -> str:
        return "NOT_PLAIN"


NOT_PLAIN = _NotPlain()


def is_plain(descriptor) -> bool:
    """A flag, a text, an unbounded whole number, a path with typer's default path settings,
    or a list of texts, with no parser, file or choices of its own."""
    info = descriptor.parameter_info
    if info.parser is not None or getattr(info, "click_type", None) is not None or descriptor.file_annotation is not None:
        return False
    annotation = descriptor.annotation
    if annotation in (bool, str, list[str]):
        return True
    if annotation is int:
        return info.min is None and info.max is None and not info.clamp
    if annotation is Path:
        return info.path_type is None and not info.resolve_path and not info.allow_dash
    return False


def plain_value(annotation, info, value, param, ctx):
    """The value converted as typer's adapter converts it, or NOT_PLAIN."""
    if annotation is bool:  # typer passes a flag's True or False through itself; None is an unused help option
        return value if type(value) is bool else NOT_PLAIN
    if annotation is str:
        return value if type(value) is str else NOT_PLAIN
    if annotation is int:
        return int(value) if type(value) is str and PLAIN_INT.fullmatch(value) else NOT_PLAIN
    if annotation is Path:
        if type(value) is not str or not value:
            return NOT_PLAIN
        return coerce_cli_path(Path(value), info, path_type=Path, param=param, ctx=ctx)
    if annotation == list[str]:
        if isinstance(value, (list, tuple)) and all(type(item) is str for item in value):
            return list(value)
        return NOT_PLAIN
    return NOT_PLAIN


class PlainValue(RuntimeParam):
    """A parameter of a plain kind: plain values converted here, the others by typer's
    adapter (built the first time one comes)."""

    def _coerce_value(self, value, param, ctx):
        try:
            converted = plain_value(self.annotation, self.parameter_info, value, param, ctx)
        except BadParameter:  # typer's adapter raises it too, worded as typer words it
            converted = NOT_PLAIN
        if converted is not NOT_PLAIN:
            return converted
        return self._typer_runtime_param(param)._coerce_value(value, param=param, ctx=ctx)

    def _typer_runtime_param(self, param):
        built = self.__dict__.get("typer_runtime_param")
        if built is None:  # (a frozen dataclass: set through __dict__)
            built = self.__dict__["typer_runtime_param"] = build_runtime_param(param.type_descriptor)
        return built


def plain_runtime_param(descriptor) -> PlainValue:
    return PlainValue(parameter_info=descriptor.parameter_info, annotation=descriptor.annotation)


def install() -> None:
    """Give typer's parameters of a plain kind these conversions (idempotent)."""
    if core is None or getattr(core._TyperParameter.get_runtime_param, "plain_values", False):
        return
    typer_runtime_param = core._TyperParameter.get_runtime_param

    def get_runtime_param(self):
        if self._runtime_param is None and is_plain(self.type_descriptor):
            self._runtime_param = plain_runtime_param(self.type_descriptor)
        return typer_runtime_param(self)

    get_runtime_param.plain_values = True
    core._TyperParameter.get_runtime_param = get_runtime_param

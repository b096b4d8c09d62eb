"""Adoption model: placeholder until the training path lands (returns no model)."""

from __future__ import annotations

from pathlib import Path

from .paths import DEFAULT_MODEL


def load_default_model():
    if not DEFAULT_MODEL.exists():
        return None
    return load_model(DEFAULT_MODEL)


def load_model(path: Path):
    from .errors import ModelError

    raise ModelError(f"{path}：尚不支持加载模型")

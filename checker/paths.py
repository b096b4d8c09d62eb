"""Where the shipped rule data and default model live.

In a source checkout they are the top-level `rules/` and `models/` folders; a built wheel
carries copies inside the package (see pyproject.toml, force-include).
"""

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _data_dir(name: str) -> Path:
    bundled = _PACKAGE / "_data" / name
    if bundled.is_dir():
        return bundled
    return _PACKAGE.parent / name


RULES_DIR = _data_dir("rules")
LEXICON_DIR = RULES_DIR / "lexicons"
MODELS_DIR = _data_dir("models")
DEFAULT_MODEL = MODELS_DIR / "default.npz"

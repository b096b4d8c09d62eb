"""The optional compiled build: a build of compiled modules (bench/mypyc_build.py) never runs
behind the sources it was built from."""

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def test_compiled_modules_match_their_sources():
    import checker.lexicon

    stamp = ROOT / "checker" / "_mypyc_sources.json"
    compiled = sorted((ROOT / "checker").rglob("*.so"))
    if not compiled and not stamp.exists():
        pytest.skip("pure Python: no compiled modules")
    assert stamp.exists(), "extensions without a record of their sources: rebuild or --clean"
    recorded = json.loads(stamp.read_text())
    assert {str(p.relative_to(ROOT)).split(".")[0] for p in compiled} == {name[:-3] for name in recorded}
    assert checker.lexicon.__file__.endswith(".so")


def test_a_stale_build_is_refused(tmp_path):
    import hashlib
    import subprocess
    import sys

    package = tmp_path / "checker"
    package.mkdir()
    (package / "__init__.py").write_text((ROOT / "checker" / "__init__.py").read_text(encoding="utf-8"), encoding="utf-8")
    (package / "lexicon.py").write_text("X = 1\n", encoding="utf-8")
    (package / "_mypyc_sources.json").write_text(json.dumps({"checker/lexicon.py": hashlib.sha256(b"X = 0\n").hexdigest()}))
    result = subprocess.run([sys.executable, "-c", "import checker"], cwd=tmp_path, capture_output=True, text=True,
                            env={"PYTHONPATH": str(tmp_path)})
    assert result.returncode != 0 and "checker/lexicon.py" in result.stderr

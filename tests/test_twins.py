"""End to end: the same facts written strong and weak, across genres. The strong version
must score clearly above its weak twin, and each version's profile must be what it was
written to show (tests/data/twins/manifest.yaml)."""

import pytest
import yaml

from .conftest import DATA

TWINS = DATA / "twins"
MANIFEST = yaml.safe_load((TWINS / "manifest.yaml").read_text(encoding="utf-8"))
CLEAR_MARGIN = 10


@pytest.mark.parametrize("pair", MANIFEST, ids=[p["name"] for p in MANIFEST])
def test_strong_scores_clearly_above_weak(checker, pair):
    strong = checker.check_path(str(TWINS / pair["strong"]), pair["genre"])
    weak = checker.check_path(str(TWINS / pair["weak"]), pair["genre"])
    assert strong.score >= weak.score + CLEAR_MARGIN, (strong.score, weak.score)


@pytest.mark.parametrize("pair,version", [(p, v) for p in MANIFEST for v in ("strong", "weak")],
                         ids=[f"{p['name']}-{v}" for p in MANIFEST for v in ("strong", "weak")])
def test_profile_matches_what_the_draft_shows(checker, pair, version):
    report = checker.check_path(str(TWINS / pair[version]), pair["genre"])
    assert report.profile == pair[f"{version}_profile"]


def test_strong_drafts_have_few_findings(checker):
    for pair in MANIFEST:
        report = checker.check_path(str(TWINS / pair["strong"]), pair["genre"])
        serious = [f.rule for f in report.findings if f.severity != "info"]
        assert len(serious) <= 2, (pair["name"], serious)

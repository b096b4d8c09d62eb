"""The adoption probability computed with numpy alone (checker/predict.py) is scikit-learn's:
a pipeline fitted here is exported, saved, loaded and compared with its own predict_proba on a
few hundred texts; the files are refused when anything in them is not what train writes."""

import hashlib
import json
import subprocess
import sys

import numpy as np
import pytest

from checker.corpus import read_corpus
from checker.errors import ModelError
from checker.features import FEATURE_VERSION
from checker.load import Source
from checker.model import build_pipeline, export
from checker.predict import (char_ngram_hashes, char_ngrams, load_model, murmurhash3_32, word_ngram_hashes,
                             word_ngrams)
from checker.train import prepare

from .conftest import DATA, ROOT


def _source(name: str, text: str) -> Source:
    title = text.strip().split("\n")[0][:40]
    return Source(name=name, text=text, title=title)


@pytest.fixture(scope="module")
def fitted(checker):
    """A pipeline fitted on the bootstrap corpus (rule weight 0.3 as the shipped model),
    and samples of texts it was not fitted on: other drafts, ASCII, odd spacing, capitals."""
    corpus = read_corpus(str(ROOT / "corpus" / "bootstrap.jsonl"))
    prepared = prepare(corpus, checker)
    pipeline = build_pipeline(3.0, 3, 0.3)
    pipeline.fit(prepared.samples, prepared.labels)
    items = corpus.items
    texts = [f"{a.title}\n{a.text}\n{b.text}" for a, b in zip(items[::2], items[1::2])]  # 130 unseen drafts
    texts += [path.read_text(encoding="utf-8") for path in sorted(DATA.rglob("*.txt"))]
    texts += ["标题\n请把 E-mail   发到 ABC@Example.COM，编号 D-019。\t\t第二段  PM2.5  COVID-19。",
              "只有一句话", "x", "\n\n", "全文只有英文 Words And Spaces  Here."]
    samples = prepared.samples[:120]
    from checker.features import sample

    samples += [sample(checker.analyse(_source(str(n), text))) for n, text in enumerate(texts)]
    return pipeline, samples, prepared


def test_hashing_is_scikit_learns_murmurhash():
    from sklearn.utils import murmurhash3_32 as reference

    strings = ["", "a", "ab", "abc", "abcd", "中", "中文", "县委组织部", "e-mail", "😀 é", "一 二 三"] + \
        [chr(0x4E00 + n) * (n % 13) for n in range(300)] + ["中" * 400, "ab" * 700]  # over 255 blocks: wide sort keys
    assert murmurhash3_32(strings).tolist() == [reference(s, seed=0) for s in strings]


def test_ngrams_are_scikit_learns(fitted):
    pipeline, samples, _ = fitted
    union = dict(pipeline.named_steps["features"].transformer_list)
    words = union["words"].named_steps["hash"].build_analyzer()
    chars = union["chars"].named_steps["hash"].build_analyzer()
    for s in samples[::7]:
        assert word_ngrams(s["tokens"], (1, 2), False) == words(s["tokens"])
        assert char_ngrams(s["text"], (2, 3), True) == chars(s["text"])
        # hashed from stretches of the text's bytes, without building the n-grams
        assert sorted(word_ngram_hashes(s["tokens"], (1, 2), False).tolist()) == \
            sorted(murmurhash3_32(words(s["tokens"])).tolist())
        assert sorted(char_ngram_hashes(s["text"], (2, 3), True).tolist()) == \
            sorted(murmurhash3_32(chars(s["text"])).tolist())


def test_numpy_probabilities_match_predict_proba(fitted, tmp_path):
    pipeline, samples, _ = fitted
    meta = {"feature_version": FEATURE_VERSION, "created": "", "corpus": {}, "model": {}, "metrics": {}, "top_features": {},
            "versions": {}}
    export(pipeline, meta).save(tmp_path / "m.npz")
    model = load_model(tmp_path / "m.npz")  # through the file, as a check does
    assert len(samples) >= 250
    expected = pipeline.predict_proba(samples)[:, 1]
    computed = model.probabilities(samples)
    assert np.abs(computed - expected).max() < 1e-9
    assert 0.05 < expected.mean() < 0.95  # both classes are predicted: the comparison means something


def test_a_check_imports_no_scikit_learn_scipy_or_skops():
    code = ("import sys, json; from checker.cli import app\n"
            "try: app(['check', '-f', 'json', sys.argv[1]])\nexcept SystemExit: pass\n"
            "print(json.dumps([m for m in ('sklearn', 'scipy', 'skops') if m in sys.modules]))")
    run = subprocess.run([sys.executable, "-c", code, str(ROOT / "examples" / "样稿.txt")],
                         capture_output=True, text=True, cwd=ROOT, check=True)
    lines = run.stdout.strip().splitlines()
    assert json.loads("\n".join(lines[:-1]))["adoption_probability"] is not None  # the model was used
    assert json.loads(lines[-1]) == []


@pytest.fixture()
def saved(fitted, tmp_path):
    pipeline, _, _ = fitted
    meta = {"feature_version": FEATURE_VERSION, "created": "", "corpus": {}, "model": {}, "metrics": {}, "top_features": {},
            "versions": {}}
    path = tmp_path / "m.npz"
    export(pipeline, meta).save(path)
    return path


def _rewrite_card(path, change):
    card_path = path.with_suffix(".card.json")
    card = json.loads(card_path.read_text(encoding="utf-8"))
    change(card)
    card_path.write_text(json.dumps(card, ensure_ascii=False), encoding="utf-8")


def _rewrite_arrays(path, change):
    with np.load(path, allow_pickle=False) as archive:
        arrays = {name: archive[name] for name in archive.files}
    change(arrays)
    with open(path, "wb") as out:
        np.savez_compressed(out, **arrays)
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    _rewrite_card(path, lambda card: card.update(arrays_sha256=digest))


def test_saved_model_loads(saved):
    assert load_model(saved).meta["parameters"]["rule_weight"] == 0.3


@pytest.mark.parametrize("change,message", [
    (lambda card: card.update(extra=1), "未知内容"),
    (lambda card: card.update(format_version=1), "格式版本"),
    (lambda card: card.update(feature_version=0), "重新训练"),
    (lambda card: card["parameters"]["words"].update(analyzer="char"), "模型参数"),
    (lambda card: card["parameters"].update(calibration="isotonic"), "模型参数"),
    (lambda card: card["parameters"].update(depth_weight=0), "模型参数"),
    (lambda card: card["parameters"].update(depth_weight="2"), "模型参数"),
    (lambda card: card["parameters"].update(depth_weight=float("inf")), "模型参数"),
    (lambda card: card["parameters"].pop("depth_weight"), "不一致"),  # its column is still in the arrays
    (lambda card: card["parameters"]["chars"].update(n_features=1024), "不一致"),
    (lambda card: card.update(arrays_sha256="0" * 64), "校验值不符"),
    (lambda card: card.update(format="something-else"), "不是 checker"),
])
def test_unknown_or_inconsistent_card_is_refused(saved, change, message):
    _rewrite_card(saved, change)
    with pytest.raises(ModelError, match=message):
        load_model(saved)


@pytest.mark.parametrize("change,message", [
    (lambda arrays: arrays.update(extra=np.zeros(3)), "未知数组"),
    (lambda arrays: arrays.pop("intercept"), "缺少数组"),
    (lambda arrays: arrays.update(intercept=np.zeros((3, 1))), "类型或形状"),
    (lambda arrays: arrays.update(rule_names=np.arange(len(arrays["rule_names"]))), "类型或形状"),
    (lambda arrays: arrays.update(coef=arrays["coef"][:, :-1]), "不一致"),
    (lambda arrays: arrays.update(intercept=np.full(3, np.nan)), "不一致"),
])
def test_unknown_or_inconsistent_arrays_are_refused(saved, change, message):
    _rewrite_arrays(saved, change)
    with pytest.raises(ModelError, match=message):
        load_model(saved)


def test_object_arrays_and_pickles_are_refused(saved):
    import pickle

    _rewrite_arrays(saved, lambda arrays: arrays.update(rule_names=np.array([{"a": 1}], dtype=object)))
    with pytest.raises(ModelError, match="不是有效的 .npz"):  # an object array would need pickle to load
        load_model(saved)
    saved.write_bytes(pickle.dumps({"a": 1}))
    _rewrite_card(saved, lambda card: card.update(arrays_sha256=hashlib.sha256(saved.read_bytes()).hexdigest()))
    with pytest.raises(ModelError, match="不是有效的 .npz"):
        load_model(saved)


def test_a_model_without_its_card_or_an_old_skops_file_is_refused(saved, tmp_path):
    saved.with_suffix(".card.json").unlink()
    with pytest.raises(ModelError, match="缺少模型说明"):
        load_model(saved)
    old = tmp_path / "old.skops"
    old.write_bytes(b"PK")
    with pytest.raises(ModelError, match="重新训练"):
        load_model(old)


def test_an_array_declaring_a_gigabyte_is_refused_before_it_is_allocated(saved):
    import tracemalloc

    # 125 million zeros (1 GB of float64) compress to about a megabyte
    _rewrite_arrays(saved, lambda arrays: arrays.update(words_idf=np.zeros(125_000_000)))
    assert saved.stat().st_size < 5_000_000
    tracemalloc.start()
    try:
        with pytest.raises(ModelError, match="解压后有 1000 MB"):
            load_model(saved)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 100_000_000  # nothing near the declared gigabyte was allocated


def test_a_card_nested_200k_deep_is_refused_with_a_message(saved):
    card = saved.with_suffix(".card.json")
    card.write_text("[" * 200_000 + "]" * 200_000, encoding="utf-8")
    with pytest.raises(ModelError, match="不是有效的 JSON"):
        load_model(saved)


def test_files_far_larger_than_a_model_are_refused_unread(saved):
    card = saved.with_suffix(".card.json")
    with card.open("ab") as out:
        out.truncate(6_000_000)
    with pytest.raises(ModelError, match="文件过大"):
        load_model(saved)


def _with_depth(sample: dict, depth: float) -> dict:
    return {**sample, "features": {**sample["features"], "depth_score": depth}}


def test_the_model_leans_on_the_depth_score(fitted, saved):
    """The depth score is a view of its own (DEPTH_WEIGHT): the same draft judged shallower is
    less likely to be adopted, by a margin, whatever its words."""
    _, samples, _ = fitted
    model = load_model(saved)
    assert model.depth_weight > 0
    chosen = samples[::25]
    low = model.probabilities([_with_depth(s, 0.2) for s in chosen])
    high = model.probabilities([_with_depth(s, 0.9) for s in chosen])
    assert (high > low).all()
    assert np.median(high - low) > 0.05


def test_a_model_trained_before_the_depth_view_still_loads(fitted, saved):
    """A card without depth_weight (trained by an earlier checker) has no depth column: it loads
    and gives what the same model gives when its depth column weighs nothing."""
    _, samples, _ = fitted
    depth_column = load_model(saved).depth_column
    chosen = samples[::10]

    def silence_depth(arrays):
        arrays["coef"][:, arrays["columns"] == depth_column] = 0.0

    def drop_depth(arrays):
        keep = arrays["columns"] != depth_column
        arrays.update(columns=arrays["columns"][keep], coef=arrays["coef"][:, keep])

    _rewrite_arrays(saved, silence_depth)
    silenced = load_model(saved).probabilities(chosen)
    _rewrite_arrays(saved, drop_depth)
    _rewrite_card(saved, lambda card: card["parameters"].pop("depth_weight"))
    old = load_model(saved)
    assert old.depth_weight is None
    assert np.abs(old.probabilities(chosen) - silenced).max() < 1e-12

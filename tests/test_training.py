"""The training path: corpus reading and validation, train/eval through the CLI, the model
file's safety checks, and the probability in every check."""

import csv
import hashlib
import json
import pickle

import pytest
from typer.testing import CliRunner

from checker.cli import app
from checker.corpus import parse_label, read_corpus, validate
from checker.errors import ModelError
from checker.model import load_default_model, load_model

from .conftest import DATA, ROOT

runner = CliRunner()
BOOTSTRAP = ROOT / "corpus" / "bootstrap.jsonl"
ITEMS = [json.loads(line) for line in BOOTSTRAP.read_text(encoding="utf-8").splitlines()]


def run(*args):
    return runner.invoke(app, [str(a) for a in args])


def small_corpus(path, units=4, per_unit=10):
    """A balanced slice of the bootstrap corpus: `units` units, half adopted."""
    chosen = []
    for unit in sorted({i["unit"] for i in ITEMS})[:units]:
        mine = [i for i in ITEMS if i["unit"] == unit]
        adopted = [i for i in mine if i["adopted"]][: per_unit // 2]
        rejected = [i for i in mine if not i["adopted"]][: per_unit // 2]
        chosen += adopted + rejected
    path.write_text("\n".join(json.dumps(i, ensure_ascii=False) for i in chosen), encoding="utf-8")
    return path


def write_csv(path, rows, encoding):
    with open(path, "w", encoding=encoding, newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "unit", "date", "genre", "title", "text", "adopted"])
        writer.writerows(rows)
    return path


@pytest.mark.parametrize("word,label", [("是", True), ("否", False), ("采用", True), ("未采用", False),
                                        ("1", True), ("0", False), ("TRUE", True), (False, False)])
def test_label_words(word, label):
    assert parse_label(word) is label


@pytest.mark.parametrize("encoding", ["utf-8-sig", "gbk"])
def test_excel_bom_and_gbk_csv(tmp_path, encoding):
    rows = [["a1", "临河县委组织部", "2024-01-02", "news", "标题一", "正文一，有内容。", "采用"],
            ["a2", "临河县委组织部", "2024-01-03", "", "标题二", "正文二，也有内容。", "否"]]
    corpus = read_corpus(str(write_csv(tmp_path / "c.csv", rows, encoding)))
    assert [(i.id, i.adopted, i.genre) for i in corpus.items] == [("a1", True, "news"), ("a2", False, None)]
    assert corpus.items[0].unit == "临河县委组织部"


def test_chinese_headers_and_genre_words(tmp_path):
    path = tmp_path / "导出.csv"
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["序号", "报送单位", "标题", "正文", "文体", "是否采用", "备注"])
        writer.writerow(["1", "石桥区委组织部", "标题", "正文内容。", "工作动态", "是", ""])
        writer.writerow(["2", "石桥区委组织部", "标题二", "正文内容二。", "经验做法", "否", "只讲成绩"])
    corpus = read_corpus(str(path))
    assert [(i.id, i.unit, i.genre, i.adopted) for i in corpus.items] == [
        ("1", "石桥区委组织部", "news", True), ("2", "石桥区委组织部", "experience", False)]


def test_csv_rows_are_numbered_as_excel_shows_them(tmp_path):
    path = tmp_path / "多行.csv"
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["标题", "正文", "是否采用"])
        writer.writerow(["标题", "第一段。\n第二段。\n第三段。", "是"])
        writer.writerow(["标题", "正文。", "待定"])
    corpus = read_corpus(str(path))
    assert [(bad.line, "待定" in bad.reason) for bad in corpus.bad] == [(3, True)]


def test_bad_rows_are_reported_with_line_numbers(tmp_path):
    lines = [
        {"id": "1", "unit": "甲", "text": "正文", "adopted": True},
        {"id": "2", "unit": "甲", "adopted": False},
        {"id": "3", "unit": "甲", "text": "正文三"},
        {"id": "4", "unit": "甲", "text": "正文四", "adopted": "也许"},
        {"id": "1", "unit": "甲", "text": "重复编号", "adopted": True},
        {"id": "6", "unit": "甲", "text": "   ", "adopted": False},
    ]
    raw = [json.dumps(x, ensure_ascii=False) for x in lines] + ["{这不是JSON"]
    path = tmp_path / "c.jsonl"
    path.write_text("\n".join(raw), encoding="utf-8")
    corpus = read_corpus(str(path))
    reasons = {bad.line: bad.reason for bad in corpus.bad}
    assert [i.id for i in corpus.items] == ["1"]
    assert "text" in reasons[2] and "adopted" in reasons[3] and "也许" in reasons[4]
    assert "重复" in reasons[5] and "正文为空" in reasons[6] and "JSON" in reasons[7]


def test_validate_summarises_balance_duplicates_and_problems(tmp_path):
    corpus = read_corpus(str(small_corpus(tmp_path / "c.jsonl", units=2)))
    summary = validate(corpus)
    assert summary["items"] == 20 and summary["adopted"] == 10
    assert len(summary["by_unit"]) == 2 and summary["problems"] == []
    result = run("corpus", "validate", tmp_path / "c.jsonl")
    assert result.exit_code == 0 and "各报送单位" in result.output
    as_json = json.loads(run("corpus", "validate", "-f", "json", tmp_path / "c.jsonl").stdout)
    assert as_json["items"] == 20 and as_json["bad_rows"] == [] and len(as_json["by_unit"]) == 2


def test_validate_flags_one_class_and_too_few(tmp_path):
    one_class = [i for i in ITEMS if i["adopted"]][:25]
    path = tmp_path / "one.jsonl"
    path.write_text("\n".join(json.dumps(i, ensure_ascii=False) for i in one_class), encoding="utf-8")
    result = run("corpus", "validate", path)
    assert result.exit_code == 2 and "采用" in result.output
    few = tmp_path / "few.jsonl"
    few.write_text("\n".join(json.dumps(i, ensure_ascii=False) for i in ITEMS[:6]), encoding="utf-8")
    trained = run("train", few, "--out", tmp_path / "m.npz")
    assert trained.exit_code == 2 and "至少需要" in trained.output
    assert not (tmp_path / "m.npz").exists()


@pytest.fixture(scope="module")
def trained(tmp_path_factory):
    folder = tmp_path_factory.mktemp("train")
    corpus = small_corpus(folder / "small.jsonl")
    result = run("train", corpus, "--out", folder / "m.npz", "--report", folder / "r.json")
    assert result.exit_code == 0, result.output
    return folder, result


def test_train_writes_model_card_and_report(trained):
    folder, result = trained
    for words in ("ROC AUC", "Brier", "混淆矩阵", "按报送单位分组", "最倾向“采用”的特征"):
        assert words in result.output
    card = json.loads((folder / "m.card.json").read_text(encoding="utf-8"))
    assert card["corpus"]["items"] == 40 and len(card["corpus"]["sha256"]) == 64
    assert {"roc_auc", "accuracy", "precision_adopted", "recall_adopted", "brier", "confusion_matrix"} <= set(card["metrics"])
    assert card["versions"]["scikit-learn"] and card["top_features"]["adopted"]
    assert card["format_version"] == 2 and card["parameters"]["folds"] >= 2
    assert load_model(folder / "m.npz").meta["arrays_sha256"] == hashlib.sha256((folder / "m.npz").read_bytes()).hexdigest()
    report = json.loads((folder / "r.json").read_text(encoding="utf-8"))
    assert report["cross_validation"]["folds"] == 4  # one fold per unit
    validation = report["cross_validation"]
    assert (validation["chosen_c"], validation["chosen_rule_weight"]) in {(r["C"], r["rule_weight"]) for r in validation["candidates"]}
    assert len(validation["candidates"]) == 2  # C 1 and 3, rule weight 0.3 (checker/train.py)
    assert card["parameters"]["depth_weight"] == 2.0  # the depth view (checker/model.py DEPTH_WEIGHT)


def test_train_does_not_overwrite_without_force(trained):
    folder, _ = trained
    before = (folder / "m.npz").read_bytes()
    card = (folder / "m.card.json").read_bytes()
    result = run("train", folder / "small.jsonl", "--out", folder / "m.npz")
    assert result.exit_code == 2 and "--force" in result.output
    assert (folder / "m.npz").read_bytes() == before and (folder / "m.card.json").read_bytes() == card
    report = (folder / "r.json").read_text(encoding="utf-8")
    again = run("train", folder / "small.jsonl", "--out", folder / "new.npz", "--report", folder / "r.json")
    assert again.exit_code == 2 and not (folder / "new.npz").exists()
    assert (folder / "r.json").read_text(encoding="utf-8") == report


def test_eval_and_check_use_the_trained_model(trained):
    folder, _ = trained
    evaluated = run("eval", BOOTSTRAP, "--model", folder / "m.npz", "--report", folder / "e.json")
    assert evaluated.exit_code == 0 and "ROC AUC" in evaluated.output
    assert json.loads((folder / "e.json").read_text(encoding="utf-8"))["items"] == len(ITEMS)
    checked = run("check", "-f", "json", "--model", folder / "m.npz", DATA / "twins" / "news_ganbupeixun.weak.txt")
    probability = json.loads(checked.stdout)["adoption_probability"]
    assert 0 <= probability <= 1


def test_pickle_is_refused(tmp_path, trained):
    folder, _ = trained
    path = tmp_path / "evil.npz"
    path.write_bytes(pickle.dumps({"a": 1}))
    card = json.loads((folder / "m.card.json").read_text(encoding="utf-8"))
    card["arrays_sha256"] = hashlib.sha256(path.read_bytes()).hexdigest()
    (tmp_path / "evil.card.json").write_text(json.dumps(card, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(ModelError, match="不是有效的 .npz"):
        load_model(path)
    result = run("check", "--model", path, DATA / "twins" / "news_ganbupeixun.weak.txt")
    assert result.exit_code == 2 and "拒绝加载" in result.output


def test_old_skops_model_is_refused_with_advice(tmp_path):
    path = tmp_path / "old.skops"
    path.write_bytes(b"PK\x03\x04")
    result = run("check", "--model", path, DATA / "twins" / "news_ganbupeixun.weak.txt")
    assert result.exit_code == 2 and "checker train" in result.output


def test_model_from_another_feature_version_is_refused(tmp_path, trained):
    import shutil

    folder, _ = trained
    shutil.copy(folder / "m.npz", tmp_path / "old.npz")
    card = json.loads((folder / "m.card.json").read_text(encoding="utf-8"))
    card["feature_version"] = 0
    (tmp_path / "old.card.json").write_text(json.dumps(card, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(ModelError, match="重新训练"):
        load_model(tmp_path / "old.npz")


def test_default_model_fills_probability_and_prefers_strong_twins(checker):
    import yaml

    from checker.pipeline import Checker

    model = load_default_model()
    assert model is not None, "models/default.npz is missing: run the documented train command"
    with_model = Checker(model=model)
    manifest = yaml.safe_load((DATA / "twins" / "manifest.yaml").read_text(encoding="utf-8"))
    wins = 0
    for pair in manifest:
        strong = with_model.check_path(str(DATA / "twins" / pair["strong"]), pair["genre"])
        weak = with_model.check_path(str(DATA / "twins" / pair["weak"]), pair["genre"])
        assert 0 <= weak.adoption_probability <= 1
        wins += strong.adoption_probability > weak.adoption_probability
    assert wins >= len(manifest) - 1


def test_model_from_another_scikit_learn_still_loads(tmp_path, trained):
    """The probability is computed with numpy: scikit-learn's version at training time no
    longer matters when checking."""
    import shutil

    folder, _ = trained
    shutil.copy(folder / "m.npz", tmp_path / "other.npz")
    card = json.loads((folder / "m.card.json").read_text(encoding="utf-8"))
    card["versions"]["scikit-learn"] = "0.24.2"
    (tmp_path / "other.card.json").write_text(json.dumps(card, ensure_ascii=False), encoding="utf-8")
    assert load_model(tmp_path / "other.npz").meta["versions"]["scikit-learn"] == "0.24.2"


def test_unusable_default_model_only_costs_the_probability(monkeypatch, tmp_path):
    import checker.predict as predict_module

    broken = tmp_path / "default.npz"
    broken.write_bytes(b"not a model")
    monkeypatch.setattr(predict_module, "DEFAULT_MODEL", broken)
    result = run("check", "-f", "json", DATA / "twins" / "news_ganbupeixun.weak.txt")
    assert result.exit_code == 0
    assert json.loads(result.stdout)["adoption_probability"] is None
    assert "内置模型不可用" in result.stderr


def test_folds_option(tmp_path):
    corpus = small_corpus(tmp_path / "small.jsonl", units=3, per_unit=8)
    result = run("train", corpus, "--out", tmp_path / "m.npz", "--report", tmp_path / "r.json", "--folds", "2")
    assert result.exit_code == 0, result.output
    assert json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))["cross_validation"]["folds"] == 2


def test_training_says_which_fold_it_is_in(trained):
    _, result = trained
    assert "交叉验证：第 1/" in result.output and "正在用全部语料训练最终模型" in result.output


def test_eval_warns_when_its_items_were_in_the_training_corpus(trained, tmp_path):
    folder, _ = trained
    card = json.loads((folder / "m.card.json").read_text(encoding="utf-8"))
    assert len(card["corpus"]["item_fingerprints"]) == 40
    # the bootstrap corpus holds the 40 training items and 220 others
    evaluated = run("eval", BOOTSTRAP, "--model", folder / "m.npz", "--report", tmp_path / "e.json")
    report = json.loads((tmp_path / "e.json").read_text(encoding="utf-8"))
    assert report["overlap_with_training"]["items"] == 40 and "与模型的训练语料相同" in evaluated.output
    # unseen items only: no warning
    training_texts = {"".join(i["text"].split()) for i in map(json.loads, (folder / "small.jsonl").read_text(encoding="utf-8").splitlines())}
    unseen = [i for i in ITEMS if "".join(i["text"].split()) not in training_texts]
    held_out = tmp_path / "留出.jsonl"
    held_out.write_text("\n".join(json.dumps(i, ensure_ascii=False) for i in unseen), encoding="utf-8")
    clean = run("eval", held_out, "--model", folder / "m.npz", "--report", tmp_path / "e2.json")
    assert clean.exit_code == 0 and "与模型的训练语料相同" not in clean.output
    assert json.loads((tmp_path / "e2.json").read_text(encoding="utf-8"))["overlap_with_training"]["items"] == 0


def test_eval_lists_the_misjudged_items_most_confident_first(trained, tmp_path):
    folder, _ = trained
    evaluated = run("eval", BOOTSTRAP, "--model", folder / "m.npz", "--report", tmp_path / "e.json")
    report = json.loads((tmp_path / "e.json").read_text(encoding="utf-8"))
    wrong = report["misjudged"]
    (tn, fp), (fn, tp) = report["confusion_matrix"]["values"]
    assert len(wrong) == fp + fn
    errors = [abs(item["probability"] - item["adopted"]) for item in wrong]
    assert errors == sorted(errors, reverse=True)
    assert all((item["probability"] >= 0.5) != item["adopted"] for item in wrong)
    if wrong:
        assert "判断错误的稿件" in evaluated.output and str(wrong[0]["id"]) in evaluated.output

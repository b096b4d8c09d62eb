"""The adoption model at check time: numpy only (no scikit-learn, scipy or skops).

`checker train` fits a scikit-learn pipeline (checker/model.py) and exports what its
prediction computes into two files beside each other:

    NAME.npz        the fitted arrays (loaded with allow_pickle=False)
    NAME.card.json  the model card: format and version, the vectoriser settings, the
                    arrays' SHA-256, and what an editor reads (corpus, metrics, features)

The probability is the pipeline's own computation, redone here: hashed word 1-2-grams and
character 2-3-grams (MurmurHash3, as scikit-learn's HashingVectorizer), sublinear TF-IDF with
l2 norm, the rule features scaled by their training maximum and weighted, one logistic
regression per calibration fold, each through its sigmoid calibration, averaged. It matches
scikit-learn's predict_proba to 1e-9 (tests/test_predict.py) and does not change when
scikit-learn's version does. Anything in either file that is not exactly what is described
here is refused, with a Chinese message naming the file.
"""

from __future__ import annotations

import hashlib
import io
import json
import re
import zipfile
from pathlib import Path

import numpy as np

from .errors import ModelError
from .files import write_atomically
from .features import FEATURE_VERSION
from .paths import DEFAULT_MODEL

FORMAT = "checker-adoption-model"
FORMAT_VERSION = 2  # 1 was a skops file holding the scikit-learn pipeline
# bounds on what loading may read and allocate (the default model: ~3 MB on disk, ~10 MB in memory)
MAX_MODEL_BYTES = 100_000_000
MAX_CARD_BYTES = 5_000_000
MAX_ARRAY_BYTES = 64_000_000
MAX_ARRAYS_BYTES = 160_000_000
SUFFIX = ".npz"

# The arrays of a model file: name -> (dtype kind, number of dimensions).
ARRAYS = {
    "words_idf": ("f", 1),    # idf of each hashed word n-gram column
    "chars_idf": ("f", 1),    # idf of each hashed character n-gram column
    "rule_names": ("U", 1),   # the rule features' names, in column order
    "rule_scale": ("f", 1),   # their largest absolute value in training (MaxAbsScaler)
    "columns": ("i", 1),      # the columns with a non-zero coefficient in any fold
    "coef": ("f", 2),         # per calibration fold, the coefficients of those columns
    "intercept": ("f", 1),    # per fold
    "calibration": ("f", 2),  # per fold, the sigmoid's a and b: p = 1 / (1 + exp(a d + b))
}
CARD_KEYS = {"format", "format_version", "feature_version", "parameters", "arrays_sha256", "created", "corpus",
             "model", "metrics", "top_features", "versions"}
TEXT_VIEW = {"analyzer": str, "n_features": int, "ngram_range": list, "lowercase": bool, "sublinear_tf": bool,
             "norm": str}
PARAMETER_KEYS = {"words", "chars", "rule_weight", "folds", "calibration"}
OPTIONAL_PARAMETER_KEYS = {"depth_weight"}  # absent in models trained before the depth view: no such column


# -- hashing (scikit-learn's HashingVectorizer: MurmurHash3 x86 32-bit, seed 0) ----------------

_C1, _C2 = np.uint32(0xCC9E2D51), np.uint32(0x1B873593)
_WHITE_SPACES = re.compile(r"\s\s+")


def _rotl(x: np.ndarray, r: int) -> np.ndarray:
    return (x << np.uint32(r)) | (x >> np.uint32(32 - r))


def murmurhash3_slices(data: bytes, starts: np.ndarray, lengths: np.ndarray) -> np.ndarray:
    """Signed 32-bit MurmurHash3 (seed 0) of the byte slices data[start:start + length], all at
    once. Every 4-byte little-endian word of `data` is read once into an array, so a slice's
    blocks are that array at start, start + 4, …: n-grams need not be built as strings."""
    count = len(starts)
    if count == 0:
        return np.zeros(0, dtype=np.int32)
    # the little-endian 4-byte word at every byte offset: an unaligned view of the bytes, copied once
    words = np.ndarray((len(data) + 1,), dtype="<u4", buffer=data + b"\0\0\0\0", strides=(1,)).astype(np.uint32)
    mixed = _rotl(words * _C1, 15) * _C2  # each word as a block is mixed in; slices share their words' mix
    blocks = lengths >> 2
    most = int(blocks.max())
    # most blocks first, so block j's slices are a prefix: a stable sort of small keys (numpy
    # sorts bytes in one radix pass, a tenth of the merge sort of 64-bit keys)
    order = (most - blocks.astype(np.uint8 if most < 256 else np.int64)).argsort(kind="stable")
    sorted_lengths, sorted_starts = lengths[order], starts[order]
    sorted_blocks = sorted_lengths >> 2
    # how many slices have more than j blocks, for each j (the descending counts, searched at once)
    actives = (-sorted_blocks).searchsorted(-np.arange(most), side="left").tolist()
    h = np.zeros(count, dtype=np.uint32)
    bits = np.empty(count, dtype=np.uint32)
    for j, active in enumerate(actives):  # h = rotl(h ^ k, 13) * 5 + 0xE6546B64, in place
        part, high = h[:active], bits[:active]
        part ^= mixed[sorted_starts[:active] + 4 * j]
        np.left_shift(part, np.uint32(13), out=high)
        part >>= np.uint32(19)
        part |= high
        part *= np.uint32(5)
        part += np.uint32(0xE6546B64)
    # the last 0-3 bytes: the word after the blocks, masked to them (2 ** (8 * bytes) - 1)
    tail = words[sorted_starts + 4 * sorted_blocks] & ((np.uint32(1) << ((sorted_lengths & 3) << 3).astype(np.uint32)) - np.uint32(1))
    h ^= _rotl(tail * _C1, 15) * _C2
    h ^= sorted_lengths.astype(np.uint32)
    h ^= h >> np.uint32(16)
    h *= np.uint32(0x85EBCA6B)
    h ^= h >> np.uint32(13)
    h *= np.uint32(0xC2B2AE35)
    h ^= h >> np.uint32(16)
    result = np.empty(count, dtype=np.uint32)
    result[order] = h
    return result.view(np.int32)


def murmurhash3_32(strings: list[str]) -> np.ndarray:
    """Signed 32-bit MurmurHash3 of each string's UTF-8 bytes (scikit-learn's murmurhash3_32)."""
    encoded = [s.encode("utf-8", "surrogatepass") for s in strings]
    lengths = np.fromiter(map(len, encoded), dtype=np.int64, count=len(encoded))
    starts = np.cumsum(lengths) - lengths
    return murmurhash3_slices(b"".join(encoded), starts, lengths)


def _char_offsets(data: bytes) -> np.ndarray:
    """The byte offset of each character of UTF-8 `data` and of its end: the UTF-8 of
    text[i:j] is data[offsets[i]:offsets[j]]. A character begins at every byte that is not
    a continuation byte (10xxxxxx)."""
    raw = np.frombuffer(data, dtype=np.uint8)
    return np.concatenate((((raw & 0xC0) != 0x80).nonzero()[0], (len(data),)))


def _spans(first: np.ndarray, last: np.ndarray, low: int, high: int) -> tuple[np.ndarray, np.ndarray]:
    """Start and end (exclusive) character offsets of every n-gram, n from low to high, of
    units that begin at `first` and end at `last` (characters, or words between spaces)."""
    count = len(first)
    starts, ends = [], []
    for n in range(low, min(high, count) + 1):
        starts.append(first[:count - n + 1])
        ends.append(last[n - 1:])
    if not starts:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    return np.concatenate(starts), np.concatenate(ends)


def word_ngram_slices(tokens: str, ngram_range: tuple[int, int], lowercase: bool):
    """The words view's n-grams as (UTF-8 bytes, starts, lengths): tokens joined by single
    spaces, cut on spaces (features.split_tokens); an n-gram is its words joined by a space,
    so a stretch of the text."""
    data = (tokens.lower() if lowercase else tokens).encode("utf-8", "surrogatepass")
    spaces = (np.frombuffer(data, dtype=np.uint8) == 32).nonzero()[0]  # a space is one byte: offsets in bytes
    first = np.concatenate([[0], spaces + 1])
    last = np.concatenate([spaces, [len(data)]])
    starts, ends = _spans(first, last, *ngram_range)
    return data, starts, ends - starts


def char_ngram_slices(text: str, ngram_range: tuple[int, int], lowercase: bool):
    """The characters view's n-grams as (UTF-8 bytes, starts, lengths), lowercased, runs of
    white space as one space."""
    if lowercase:
        text = text.lower()
    data = _WHITE_SPACES.sub(" ", text).encode("utf-8", "surrogatepass")
    offsets = _char_offsets(data)
    count, (low, high) = len(offsets) - 1, ngram_range
    # the n-grams of n characters begin at characters 0 … count - n and end at n … count: slices
    # of the offsets, gathered from nothing
    sizes = range(low, min(high, count) + 1)
    if not sizes:
        return data, np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    return (data, np.concatenate([offsets[:count - n + 1] for n in sizes]),
            np.concatenate([offsets[n:] - offsets[:count - n + 1] for n in sizes]))


def word_ngram_hashes(tokens: str, ngram_range: tuple[int, int], lowercase: bool) -> np.ndarray:
    return murmurhash3_slices(*word_ngram_slices(tokens, ngram_range, lowercase))


def char_ngram_hashes(text: str, ngram_range: tuple[int, int], lowercase: bool) -> np.ndarray:
    return murmurhash3_slices(*char_ngram_slices(text, ngram_range, lowercase))


def word_ngrams(tokens: str, ngram_range: tuple[int, int], lowercase: bool) -> list[str]:
    """The words view's n-grams as strings (what word_ngram_hashes hashes; for tests)."""
    words = (tokens.lower() if lowercase else tokens).split(" ")
    low, high = ngram_range
    grams = list(words) if low == 1 else []
    for n in range(max(low, 2), min(high + 1, len(words) + 1)):
        grams += [" ".join(words[i:i + n]) for i in range(len(words) - n + 1)]
    return grams


def char_ngrams(text: str, ngram_range: tuple[int, int], lowercase: bool) -> list[str]:
    """The characters view's n-grams as strings (what char_ngram_hashes hashes; for tests)."""
    if lowercase:
        text = text.lower()
    text = _WHITE_SPACES.sub(" ", text)
    low, high = ngram_range
    grams = list(text) if low == 1 else []
    for n in range(max(low, 2), min(high + 1, len(text) + 1)):
        grams += [text[i:i + n] for i in range(len(text) - n + 1)]
    return grams


def _normalise(values: np.ndarray) -> None:
    """l2 norm, in place (a view with no n-gram stays all zero)."""
    norm = np.sqrt(np.dot(values, values))
    if norm > 0:
        values /= norm


# -- the model ---------------------------------------------------------------------------------

class AdoptionModel:
    """A loaded model: `probability(analysis)` for a checked draft, `probabilities(samples)`
    for model inputs (features.sample)."""

    def __init__(self, arrays: dict[str, np.ndarray], card: dict, path: Path | None = None):
        self.arrays = arrays
        self.meta = card  # the card: what `checker train` wrote about this model
        self.path = path
        parameters = card["parameters"]
        self.words = parameters["words"]
        self.chars = parameters["chars"]
        self.rule_weight = float(parameters["rule_weight"])
        self.depth_weight = parameters.get("depth_weight")  # None: a model without the depth view
        self.rule_columns = {name: index for index, name in enumerate(arrays["rule_names"].tolist())}
        self.rule_factor = 1.0 / arrays["rule_scale"]
        words_n, chars_n = self.words["n_features"], self.chars["n_features"]
        self.offsets = (0, words_n, words_n + chars_n)
        # the hash's row within each view, where both widths are powers of two below 2**30
        self.row_mask = (words_n - 1, chars_n - 1) if all(
            n & (n - 1) == 0 and n <= 2**30 for n in (words_n, chars_n)) else None
        # a rule feature's table row and its scale factor
        self._rule_rows = {name: (index + words_n + chars_n, float(self.rule_factor[index]))
                           for name, index in self.rule_columns.items()}
        self.depth_column = words_n + chars_n + len(self.rule_columns)
        width = self.depth_column + (self.depth_weight is not None)
        folds = arrays["coef"].shape[0]
        # one row per column: its idf (1 for rule columns), then its coefficient in each fold,
        # so a draft's columns are gathered from memory once
        self.table = np.zeros((width, 1 + folds))
        self.table[:, 0] = np.concatenate([arrays["words_idf"], arrays["chars_idf"],
                                           np.ones(width - words_n - chars_n)])
        self.table[arrays["columns"], 1:] = arrays["coef"].T
        self.intercept = arrays["intercept"]
        self.calibration = arrays["calibration"]

    def probability(self, analysis) -> float:
        from .features import sample

        return round(float(self.probabilities([sample(analysis)])[0]), 4)

    def probabilities(self, samples: list[dict]) -> np.ndarray:
        return np.array([self._one(s) for s in samples])

    def _one(self, sample: dict) -> float:
        words, chars = self.words, self.chars
        word_data, word_starts, word_lengths = word_ngram_slices(sample["tokens"], tuple(words["ngram_range"]),
                                                                 words["lowercase"])
        char_data, char_starts, char_lengths = char_ngram_slices(sample["text"], tuple(chars["ngram_range"]),
                                                                 chars["lowercase"])
        hashes = murmurhash3_slices(word_data + char_data, np.concatenate([word_starts, char_starts + len(word_data)]),
                                    np.concatenate([word_lengths, char_lengths]))  # both views in one pass
        # each n-gram's table row (the characters view's rows follow the words view's), counted
        # in one sort: the rows come out ascending, the words view's first, as each view alone
        split = len(word_starts)
        if self.row_mask is not None:  # both views' widths powers of two: the remainder is the low bits
            rows_of = np.abs(hashes)  # (the low bits of abs(-2**31), which stays -2**31, are 0 as 2**31's are)
            rows_of[:split] &= self.row_mask[0]
            rows_of[split:] &= self.row_mask[1]
        else:
            rows_of = np.abs(hashes.astype(np.int64))
            rows_of[:split] %= words["n_features"]
            rows_of[split:] %= chars["n_features"]
        rows_of[split:] += self.offsets[1]
        # the distinct rows ascending and how often each occurs (np.unique's, without its Python layer)
        rows_of.sort()
        firsts = np.empty(len(rows_of), dtype=bool)
        firsts[:1] = True
        np.not_equal(rows_of[1:], rows_of[:-1], out=firsts[1:])
        starts = firsts.nonzero()[0]
        text_rows = rows_of[starts]
        bounds = np.concatenate((starts, (len(rows_of),)))
        values = (bounds[1:] - bounds[:-1]).astype(np.float64)
        split, text_columns = int(text_rows.searchsorted(self.offsets[1])), len(text_rows)
        for view, part in ((words, values[:split]), (chars, values[split:])):
            if view["sublinear_tf"]:
                np.log(part, out=part)
                part += 1.0
        rule_rows, rule_values = [], []
        rules, weight = self._rule_rows, self.rule_weight
        for name, value in sample["features"].items():
            found = rules.get(name)
            if found is not None:
                rule_rows.append(found[0])
                rule_values.append(float(value) * found[1] * weight)
        if self.depth_weight is not None:
            rule_rows.append(self.depth_column)
            rule_values.append(float(sample["features"]["depth_score"]) * self.depth_weight)
        # take() gathers whole rows several times faster than fancy indexing, same values
        rows = self.table.take(np.concatenate([text_rows, np.asarray(rule_rows, dtype=np.int64)]), axis=0)
        values = np.concatenate([values, np.asarray(rule_values, dtype=np.float64)])
        values[:text_columns] *= rows[:text_columns, 0]  # tf-idf
        _normalise(values[:split])
        _normalise(values[split:text_columns])
        decision = values @ rows[:, 1:] + self.intercept
        a, b = self.calibration[:, 0], self.calibration[:, 1]
        calibrated = 1.0 / (1.0 + np.exp(a * decision + b))
        calibrated[(1.0 < calibrated) & (calibrated <= 1.0 + 1e-5)] = 1.0
        return float(calibrated.sum() / len(calibrated))  # (mean's own sum and division)

    # -- files ---------------------------------------------------------------------------

    def save(self, path: Path) -> Path:
        """Write NAME.npz and NAME.card.json, each atomically (a temporary file beside it,
        then a rename); returns the card's path."""
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        buffer = io.BytesIO()
        np.savez_compressed(buffer, **self.arrays)  # type: ignore[arg-type]  # numpy's stub
        data = buffer.getvalue()
        card = {**self.meta, "arrays_sha256": hashlib.sha256(data).hexdigest()}
        card_path = card_path_of(path)
        write_atomically(card_path, (json.dumps(card, ensure_ascii=False, indent=2) + "\n").encode("utf-8"))
        write_atomically(path, data)
        self.meta = card
        return card_path


def card_path_of(path: Path) -> Path:
    return Path(path).with_suffix(".card.json")


def load_default_model() -> AdoptionModel | None:
    return load_model(DEFAULT_MODEL) if DEFAULT_MODEL.exists() else None


def load_model(path: Path) -> AdoptionModel:
    """Load NAME.npz and its card, refusing anything not exactly as `checker train` writes it."""
    path = Path(path)
    if path.suffix == ".skops":
        raise ModelError(f"{path}：这是旧版 checker 的 .skops 模型，已不再支持，请用 checker train 重新训练"
                         f"（新模型为 .npz 文件及其 .card.json 说明）")
    if not path.is_file():
        raise ModelError(f"{path}：模型文件不存在")
    card_path = card_path_of(path)
    if not card_path.is_file():
        raise ModelError(f"{path}：缺少模型说明文件 {card_path.name}，拒绝加载")
    for file, limit in ((card_path, MAX_CARD_BYTES), (path, MAX_MODEL_BYTES)):
        if file.stat().st_size > limit:
            raise ModelError(f"{file}：文件过大（{file.stat().st_size / 1e6:.1f} MB，上限 {limit / 1e6:.0f} MB），"
                             "不像 checker train 写出的模型，拒绝加载")
    card = _read_card(card_path)
    raw = path.read_bytes()
    if hashlib.sha256(raw).hexdigest() != card["arrays_sha256"]:
        raise ModelError(f"{path}：模型文件与说明 {card_path.name} 中记录的校验值不符（文件被改动或两者不配套），拒绝加载")
    arrays = _read_arrays(path)
    _check_consistent(path, arrays, card["parameters"])
    return AdoptionModel(arrays, card, path)


def _read_card(path: Path) -> dict:
    try:
        card = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, OSError, RecursionError) as exc:  # RecursionError: 200k-deep nesting
        raise ModelError(f"{path}：模型说明不是有效的 JSON（{type(exc).__name__}），拒绝加载") from None
    if not isinstance(card, dict) or card.get("format") != FORMAT:
        raise ModelError(f"{path}：不是 checker 的采用概率模型说明")
    if card.get("format_version") != FORMAT_VERSION:
        raise ModelError(f"{path}：模型格式版本 {card.get('format_version')!r} 不受支持（当前为 {FORMAT_VERSION}），"
                         "请用 checker train 重新训练")
    unknown = sorted(set(card) - CARD_KEYS)
    missing = sorted(CARD_KEYS - set(card))
    if unknown or missing:
        raise ModelError(f"{path}：模型说明含有未知内容（{', '.join(unknown)}）或缺少内容（{', '.join(missing)}），拒绝加载")
    if card["feature_version"] != FEATURE_VERSION:
        raise ModelError(f"{path}：模型由旧版 checker（特征版本 {card['feature_version']}）训练，"
                         f"与当前版本（{FEATURE_VERSION}）不匹配，请用 checker train 重新训练")
    if not isinstance(card["arrays_sha256"], str) or not re.fullmatch(r"[0-9a-f]{64}", card["arrays_sha256"]):
        raise ModelError(f"{path}：模型说明中的 arrays_sha256 不是有效的校验值，拒绝加载")
    for key in ("corpus", "model", "metrics", "top_features", "versions"):
        if not isinstance(card[key], dict):
            raise ModelError(f"{path}：模型说明中的 {key} 应为对象，拒绝加载")
    _check_parameters(path, card["parameters"])
    return card


def _check_parameters(path: Path, parameters) -> None:
    def refuse(what: str):
        raise ModelError(f"{path}：模型参数 {what} 无效或不受支持，拒绝加载")

    if not isinstance(parameters, dict) or not PARAMETER_KEYS <= set(parameters) <= PARAMETER_KEYS | OPTIONAL_PARAMETER_KEYS:
        refuse("（parameters 的键）")
    for view, analyzer in (("words", "word"), ("chars", "char")):
        settings = parameters[view]
        if not isinstance(settings, dict) or set(settings) != set(TEXT_VIEW):
            refuse(f"{view} 的键")
        for key, kind in TEXT_VIEW.items():
            if type(settings[key]) is not kind:
                refuse(f"{view}.{key}")
        low_high = settings["ngram_range"]
        if settings["analyzer"] != analyzer or settings["norm"] != "l2" or settings["n_features"] < 1 or \
                len(low_high) != 2 or not all(type(n) is int for n in low_high) or not 1 <= low_high[0] <= low_high[1]:
            refuse(view)
    for key in ("rule_weight", "depth_weight"):
        if key in parameters and (type(parameters[key]) not in (int, float) or not 0 < parameters[key] < 1e6):
            refuse(key)
    if type(parameters["folds"]) is not int or parameters["folds"] < 1:
        refuse("folds")
    if parameters["calibration"] != "sigmoid":
        refuse("calibration")


def _read_arrays(path: Path) -> dict[str, np.ndarray]:
    try:
        with np.load(path, allow_pickle=False) as archive:
            names = set(archive.files)
            if names != set(ARRAYS):
                unknown, missing = sorted(names - set(ARRAYS)), sorted(set(ARRAYS) - names)
                raise ModelError(f"{path}：模型文件含有未知数组（{', '.join(unknown)}）或缺少数组（{', '.join(missing)}），拒绝加载")
            _check_array_sizes(path, archive)
            arrays = {name: archive[name] for name in ARRAYS}
    except ModelError:
        raise
    except (ValueError, OSError, zipfile.BadZipFile, EOFError) as exc:  # a pickle, object arrays, a text file
        raise ModelError(f"{path}：不是有效的 .npz 模型文件（{type(exc).__name__}），拒绝加载") from None
    for name, (kind, dimensions) in ARRAYS.items():
        array = arrays[name]
        if array.dtype.kind != kind or array.ndim != dimensions:
            raise ModelError(f"{path}：模型数组 {name} 的类型或形状不对（{array.dtype}，{array.ndim} 维），拒绝加载")
    return arrays


def _check_array_sizes(path: Path, archive) -> None:
    """Each array's declared size, read from its header before the data: a small compressed
    file may declare a gigabyte of zeros, which loading would allocate."""
    total = 0
    for name in ARRAYS:
        with archive.zip.open(f"{name}.npy") as member:
            version = np.lib.format.read_magic(member)
            if version == (1, 0):
                shape, _, dtype = np.lib.format.read_array_header_1_0(member)
            elif version == (2, 0):
                shape, _, dtype = np.lib.format.read_array_header_2_0(member)
            else:
                raise ModelError(f"{path}：模型数组 {name} 的格式版本 {version} 不受支持，拒绝加载")
        size = int(np.prod(shape, dtype=np.int64)) * dtype.itemsize
        total += size
        if size > MAX_ARRAY_BYTES or total > MAX_ARRAYS_BYTES:
            raise ModelError(f"{path}：模型数组 {name} 解压后有 {size / 1e6:.0f} MB，超过上限，拒绝加载")


def _check_consistent(path: Path, arrays: dict[str, np.ndarray], parameters: dict) -> None:
    folds = parameters["folds"]
    rules = len(arrays["rule_names"])
    width = parameters["words"]["n_features"] + parameters["chars"]["n_features"] + rules + ("depth_weight" in parameters)
    columns = arrays["columns"]
    problems = [
        arrays["words_idf"].shape != (parameters["words"]["n_features"],),
        arrays["chars_idf"].shape != (parameters["chars"]["n_features"],),
        arrays["rule_scale"].shape != (rules,),
        arrays["coef"].shape != (folds, len(columns)),
        arrays["intercept"].shape != (folds,),
        arrays["calibration"].shape != (folds, 2),
        bool(len(columns)) and (int(columns.min()) < 0 or int(columns.max()) >= width),
        not all(np.isfinite(arrays[name]).all() for name in ARRAYS if arrays[name].dtype.kind == "f"),
        bool((arrays["rule_scale"] == 0).any()),
    ]
    if any(problems):
        raise ModelError(f"{path}：模型数组的大小与说明中的参数不一致，拒绝加载")

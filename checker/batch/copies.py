"""Copies (东拼西凑、移花接木、抄袭): passages of an item taken from another item.

Two steps, as plagiarism detectors do it: cheap candidates, then exact alignment.

1. Candidates by MinHash + LSH over windows. The text is normalised: only Chinese characters,
   letters and digits are kept, letters lower-cased, and every number (12, 12.4, １２) reads
   as one character "0", so changed figures neither hide a copy nor shift anything. Windows
   of WINDOW characters start at anchors chosen by winnowing (Schleimer, Wilkerson and Aiken
   2003, as MOSS does): in every run of ANCHOR_SPAN shingle positions, the position of the
   smallest 5-character shingle hash. An anchor depends only on the characters around it, so
   a passage copied into another text has the same anchors and the same windows there, and
   every run of ANCHOR_SPAN positions holds one: a passage of ANCHOR_SPAN + WINDOW - 1 = 95
   characters always has a whole window in it (about 26 windows per 1,000 characters). Each
   window gets a MinHash (datasketch's affine32 scheme, NUM_PERM permutations) of its
   5-character shingles, and LSH bands the signatures (BANDS bands of ROWS rows): two windows
   collide in some band with probability 1 - (1 - J^3)^6, 1 for the same words, 0.92 at
   Jaccard 0.7 (a window with a name swapped), 0.55 at 0.5, 0.05 at 0.2.

   Why shingles of 5 characters: Chinese words are 1-4 characters, so a 5-character shingle
   mostly spans a word boundary and two texts share one by repeating a phrase, not by using
   the same words (组织部、党员干部 are shared by every item on the topic); longer shingles
   lose more to each swapped character (k shingles per character), so a lightly edited
   window would fall under the LSH threshold.

   Why windows and not whole items: a MinHash of a whole item estimates the Jaccard
   similarity of whole items, and a short item made of two paragraphs of a long document, or
   an item spliced from two sources, is not similar to any one source as a whole (0.1-0.4).
   A window of a copied passage is the same window in the source, wherever it sits.

   Why our own band tables and not datasketch.MinHashLSH: its in-memory storage keeps a
   Python set per bucket, measured at 590 MB and 9 s to insert 200,000 keys, and an archive
   of 100,000 items of 1,000 characters has about 2.6 million windows. Sorted numpy arrays per
   band hold the same buckets in 8 bytes per window and band (a 32-bit bucket key and the
   item), about 125 MB for 100,000 items; a lookup is a binary search, so it grows with the
   logarithm of the archive. A bucket holding more than MAX_BUCKET windows is stock text
   every unit repeats, not evidence.

   The windows that collide with one source cover part of the new item; the sources whose
   windows cover at least CANDIDATE_SHARE of what a copy must cover (rules/copy/ZG971.yaml)
   are aligned, those whose windows collide in most bands first, at most MAX_CANDIDATES.

2. Exact alignment with each candidate: every SEED_CHARS-character run of the new item found
   in the source is extended into a maximal common passage (both ways); passages separated by
   at most `join_gap` characters in both texts are one passage with a name or a unit swapped.
   What counts as a copy (minimum passage, covered share) is data: the copy rule's file.

Of two items sharing passages the later one (by date, then by order) is the copy.
"""

from __future__ import annotations

import hashlib
import re
from array import array
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Callable

import numpy as np

from ..errors import RuleError
from ..findings import Finding, shorten
from ..paths import RULES_DIR

SHINGLE = 5  # characters per shingle (see above)
WINDOW = 32  # normalised characters per window: about the shortest passage that counts (min_passage 30)
ANCHOR_SPAN = 64  # winnowing: the smallest shingle hash of every 64 positions starts a window (31 per 1,000 characters)
BRIDGE = 2 * WINDOW  # colliding windows this close cover the characters between them too
BANDS, ROWS = 6, 3  # LSH: 6 bands of 3 rows
NUM_PERM = BANDS * ROWS  # MinHash permutations per window
MINHASH_SEED = 1
SEED_CHARS = 8  # alignment: a common run this long starts a passage
MAX_BUCKET = 200  # an LSH bucket holding more windows than this is stock text, not evidence
CANDIDATE_SHARE = 0.5  # colliding windows must cover half of what a copy covers before aligning
MAX_CANDIDATES = 8  # sources aligned per item at most, the most covered first
FRESH_LIMIT = 20_000  # windows added since the band tables were sorted, kept in dicts until then
FINGERPRINT_METHOD = (f"minhash-affine32 shingle={SHINGLE} window={WINDOW} winnow={ANCHOR_SPAN} "
                      f"perm={NUM_PERM} seed={MINHASH_SEED}")  # stored fingerprints made otherwise are redone

# -- normalisation ----------------------------------------------------------------------------

@dataclass
class Normalised:
    text: str  # what is compared
    starts: np.ndarray  # where each character of `text` starts in the original text
    ends: np.ndarray  # and where it ends (a number is one character standing for several)
    codes: np.ndarray  # the code points of `text` (uint32)
    _seeds: np.ndarray | None = field(default=None, repr=False)

    def seeds(self) -> np.ndarray:
        """A 64-bit hash of every SEED_CHARS-character run (made once, however many sources
        the text is aligned with)."""
        if self._seeds is None:
            count = max(len(self.codes) - SEED_CHARS + 1, 0)
            hashes = np.zeros(count, dtype=np.uint64)
            for offset in range(SEED_CHARS):
                hashes = hashes * np.uint64(0x100000001B3) + self.codes[offset:offset + count].astype(np.uint64)
            self._seeds = hashes
        return self._seeds


def normalise(text: str) -> Normalised:
    """Chinese characters, letters (lower case) and numbers (each one "0"), with their places."""
    codes = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32).copy()
    codes[(codes >= 0xFF01) & (codes <= 0xFF5E)] -= 0xFEE0  # full-width ASCII (１２ＡＢ) as ASCII
    codes[(codes >= 65) & (codes <= 90)] += 32  # and A-Z as a-z: one code for one, so offsets hold
    digit = (codes >= 48) & (codes <= 57)
    if digit.any():  # 12.4 is one number: a point between digits is part of it
        point = np.zeros_like(digit)
        point[1:-1] = (codes[1:-1] == 46) & digit[:-2] & digit[2:]
        digit |= point
    word = ((codes >= 97) & (codes <= 122)) | ((codes >= 0x3400) & (codes <= 0x4DBF)) | \
        ((codes >= 0x4E00) & (codes <= 0x9FFF))
    before = np.concatenate(([False], digit[:-1]))
    after = np.concatenate((digit[1:], [False]))
    number_start = digit & ~before
    keep = word | number_start
    starts = np.flatnonzero(keep)
    ends = starts + 1
    if digit.any():
        number_ends = np.flatnonzero(digit & ~after) + 1  # the n-th number ends at the n-th of these
        is_number = number_start[starts]
        ends[is_number] = number_ends
    kept = codes[starts].copy()
    kept[number_start[starts]] = 48
    return Normalised(kept.tobytes().decode("utf-32-le"), starts, ends, kept)


def content_hash(text: str, unit: str | None = "", title: str | None = "") -> str:
    """What makes two archived items the same item: unit, title and text."""
    digest = hashlib.sha256("\x1f".join((unit or "", title or "", text.strip())).encode("utf-8"))
    return digest.hexdigest()[:32]


# -- fingerprints -----------------------------------------------------------------------------

@cache
def _permutations() -> tuple[np.ndarray, np.ndarray]:
    """datasketch's MinHash permutations (scheme affine32: h -> a * fmix32(h) + b mod 2^32),
    drawn as datasketch 2.0 draws them (MinHash._init_permutations: numpy's RandomState(seed),
    an odd 32-bit a, then a 32-bit b); tests/test_copies.py checks them against datasketch's.
    Not imported from it: `import datasketch` imports its LSH and with it scipy.integrate,
    a second of start-up for every batch and every `check --archive`."""
    generator = np.random.RandomState(MINHASH_SEED)
    a = generator.randint(0, 1 << 31, NUM_PERM, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = generator.randint(0, 1 << 32, NUM_PERM, dtype=np.uint32)
    return a, b


def _fmix32(values: np.ndarray) -> np.ndarray:
    """MurmurHash3's finaliser, which datasketch applies to every input hash first."""
    values = values ^ (values >> np.uint32(16))
    values = values * np.uint32(0x85EBCA6B)
    values = values ^ (values >> np.uint32(13))
    values = values * np.uint32(0xC2B2AE35)
    return values ^ (values >> np.uint32(16))


def window_minhashes(hashes: np.ndarray, anchors: np.ndarray) -> np.ndarray:
    """The MinHash signature (uint32, NUM_PERM) of the shingles of each window (WINDOW
    characters from an anchor): the same values as datasketch's MinHash(num_perm=NUM_PERM,
    seed=MINHASH_SEED, scheme="affine32").update_batch(those shingle hashes), which
    tests/test_copies.py checks, computed for all windows of a text in one numpy pass
    instead of one MinHash object per window."""
    permuted = _permuted(hashes)
    inside = anchors[:, None] + np.arange(WINDOW - SHINGLE + 1)[None, :]
    return permuted[inside].min(axis=1)


def _permuted(hashes: np.ndarray) -> np.ndarray:
    a, b = _permutations()
    return _fmix32(hashes)[:, None] * a[None, :] + b[None, :]  # wraps modulo 2^32, as datasketch's


@dataclass
class Fingerprint:
    """Where each window starts (in normalised characters) and its MinHash signature."""

    starts: np.ndarray  # int32 (windows,)
    signatures: np.ndarray  # uint32 (windows, NUM_PERM)

    def band_keys(self) -> np.ndarray:
        """(windows, BANDS) uint32: each band's ROWS values mixed into one bucket key."""
        return band_keys(self.signatures)

    def to_bytes(self) -> bytes:
        """The signatures, window after window, as little-endian uint32: what an archive stores."""
        return self.signatures.astype("<u4").tobytes()


def signatures_from_bytes(data: bytes) -> np.ndarray:
    """Stored signatures (Fingerprint.to_bytes, or several of them joined) as (windows, NUM_PERM)."""
    if len(data) % (4 * NUM_PERM):
        raise ValueError("not a whole number of signatures")
    return np.frombuffer(data, dtype="<u4").astype(np.uint32, copy=False).reshape(-1, NUM_PERM)


_MIX = (np.uint32(0x9E3779B1), np.uint32(0x85EBCA77), np.uint32(0xC2B2AE3D), np.uint32(0x27D4EB2F))


def band_keys(signatures: np.ndarray) -> np.ndarray:
    """(windows, BANDS) uint32 bucket keys: each band's ROWS values mixed into one number
    (uint32 arithmetic, wrapping; two different bands of values share a key 1 time in 4
    billion)."""
    keys = np.empty((len(signatures), BANDS), dtype=np.uint32)
    for band in range(BANDS):
        key = np.zeros(len(signatures), dtype=np.uint32)
        for row in range(ROWS):
            key = key * _MIX[row] + signatures[:, band * ROWS + row]
        key ^= key >> np.uint32(15)
        key *= _MIX[3]
        keys[:, band] = key ^ (key >> np.uint32(13))
    return keys


def anchors(hashes: np.ndarray) -> np.ndarray:
    """Window starts, by winnowing: in every run of ANCHOR_SPAN shingle positions, the position
    of the smallest shingle hash (all of them, if it occurs twice). Which position that is depends only
    on the shingles of the run, so a passage has the same anchors wherever it is copied, and
    every ANCHOR_SPAN positions hold one: a passage of ANCHOR_SPAN + WINDOW - 1 characters
    always has a whole window inside it."""
    last = len(hashes) - (WINDOW - SHINGLE + 1)  # the last start of a whole window
    if last < 0:
        return np.zeros(0, dtype=np.int32)
    usable = hashes[:last + 1]
    if len(usable) <= ANCHOR_SPAN:
        return np.flatnonzero(usable == usable.min()).astype(np.int32)
    smallest = running_min(usable, ANCHOR_SPAN)
    smallest = np.unique(smallest[np.concatenate(([True], smallest[1:] != smallest[:-1]))])  # a few dozen values
    found = np.minimum(np.searchsorted(smallest, usable), len(smallest) - 1)
    return np.flatnonzero(smallest[found] == usable).astype(np.int32)  # (a hash equal to a run's smallest is in that run)


def running_min(values: np.ndarray, span: int) -> np.ndarray:
    """The smallest of every `span` consecutive values (len(values) - span + 1 of them), by van
    Herk and Gil-Werman's blocks: the minimum from each block's start and to each block's end,
    so every run is one block's end part and the next block's start part (a few passes over
    the values however long the span, where a sliding window compares each value span times)."""
    blocks = -(-len(values) // span)
    padded = np.full(blocks * span, np.iinfo(values.dtype).max, dtype=values.dtype)
    padded[:len(values)] = values
    shaped = padded.reshape(blocks, span)
    from_start = np.minimum.accumulate(shaped, axis=1).ravel()
    to_end = np.minimum.accumulate(shaped[:, ::-1], axis=1)[:, ::-1].ravel()
    return np.minimum(to_end[:len(values) - span + 1], from_start[span - 1:len(values)])


def shingle_hashes(codes: np.ndarray) -> np.ndarray:
    """A 32-bit hash of every SHINGLE-character run (a polynomial over the code points)."""
    count = len(codes) - SHINGLE + 1
    wide = codes.astype(np.uint64)
    hashes = np.zeros(count, dtype=np.uint64)
    for offset in range(SHINGLE):
        hashes = hashes * np.uint64(0x100000001B3) + wide[offset:offset + count]
    return ((hashes ^ (hashes >> np.uint64(32))) & np.uint64(0xFFFFFFFF)).astype(np.uint32)


def fingerprint_normalised(normalised: Normalised) -> Fingerprint | None:
    """None for a text shorter than a window."""
    if len(normalised.codes) < WINDOW:
        return None
    hashes = shingle_hashes(normalised.codes)
    starts = anchors(hashes)
    return Fingerprint(starts, window_minhashes(hashes, starts))


def fingerprint(text: str) -> Fingerprint | None:
    return fingerprint_normalised(normalise(text))


# -- thresholds: the copy rule's data -----------------------------------------------------------

@dataclass(frozen=True)
class Thresholds:
    min_passage: int  # normalised characters: a shorter common run is a quotation
    min_share: float  # of the new item covered by one source's passages ...
    min_chars: int  # ... and at least this many characters
    long_passage: int  # one passage this long is a copy whatever its share
    join_gap: int  # passages this close are one passage with a word swapped

    @classmethod
    def from_rule(cls, rule) -> "Thresholds":
        names = [name for name in cls.__dataclass_fields__]
        missing = [name for name in names if name not in rule.spec]
        if missing:
            raise RuleError(f"{rule.path}：抄袭拼凑规则缺少阈值 {', '.join(missing)}")
        return cls(**{name: rule.spec[name] for name in names})


@cache
def copy_rule(rules_dir: Path = RULES_DIR):
    """The rule of kind `copy` (rules/copy/): thresholds, message, severity."""
    from ..rulebook import load_rule, rule_names

    names = rule_names(rules_dir)
    for path in sorted((rules_dir / "copy").glob("ZG*.yaml")):
        rule = load_rule(path, rules_dir, names)
        if rule.kind == "copy":
            return rule
    raise RuleError(f"{rules_dir / 'copy'}：没有找到抄袭拼凑规则（kind: copy）")


def default_thresholds() -> Thresholds:
    return Thresholds.from_rule(copy_rule())


# -- alignment --------------------------------------------------------------------------------

@dataclass
class Passage:
    new_start: int  # offsets in the original texts
    new_end: int
    src_start: int
    src_end: int
    text: str  # the new item's words


@dataclass
class CopyMatch:
    source_id: str
    meta: dict  # unit, date, title of the source (as given when it was added)
    share: float  # of the new item's normalised characters covered by these passages
    passages: list[Passage] = field(default_factory=list)


def _runs(new_normalised: Normalised, src_normalised: Normalised) -> list[tuple[int, int, int]]:
    """Maximal common runs (new start, source start, length), left to right in the new text.
    A run is extended backwards too, so the first characters of a passage are not lost to a
    run before it that happened to continue into them; runs may then overlap. (Where a seed
    occurs several times in the source, its first place is taken.)"""
    new, src = new_normalised.text, src_normalised.text
    n, m = len(new), len(src)
    if n < SEED_CHARS or m < SEED_CHARS:
        return []
    ours, theirs = new_normalised.seeds(), src_normalised.seeds()
    order = np.argsort(theirs, kind="stable")  # equal seeds: the first place first
    ranked = theirs[order]
    place = np.minimum(np.searchsorted(ranked, ours), len(ranked) - 1)
    hits = np.flatnonzero(ranked[place] == ours)
    runs, covered = [], 0
    for i, j in zip(hits.tolist(), order[place[hits]].tolist()):
        if i < covered or new[i:i + SEED_CHARS] != src[j:j + SEED_CHARS]:
            continue
        length = SEED_CHARS
        while new[i + length:i + length + 16] == src[j + length:j + length + 16] and i + length + 16 <= n \
                and j + length + 16 <= m:
            length += 16
        while i + length < n and j + length < m and new[i + length] == src[j + length]:
            length += 1
        back = 0
        while back < i and back < j and new[i - back - 1] == src[j - back - 1]:
            back += 1
        runs.append((i - back, j - back, length + back))
        covered = i + length
    return runs


def align_normalised(new: Normalised, src: Normalised, thresholds: Thresholds) -> tuple[list[tuple[int, int, int, int]], int]:
    """Passages (new start, new end, source start, source end) in normalised characters, at
    least `min_passage` long, and how many of the new item's characters they cover."""
    merged: list[list[int]] = []
    for i, j, length in _runs(new, src):
        if merged and i < merged[-1][1]:  # overlaps the passage before in the new text
            last = merged[-1]
            if i - last[0] == j - last[2]:  # the same alignment: one passage
                last[1], last[3] = max(last[1], i + length), max(last[3], j + length)
                continue
            cut = last[1] - i  # another alignment: the earlier passage gives up the overlap
            last[1] -= cut
            last[3] -= cut
            if last[1] <= last[0]:
                merged.pop()
        if merged and 0 <= i - merged[-1][1] <= thresholds.join_gap and 0 <= j - merged[-1][3] <= thresholds.join_gap:
            merged[-1][1], merged[-1][3] = i + length, j + length
        else:
            merged.append([i, i + length, j, j + length])
    passages = [tuple(p) for p in merged if p[1] - p[0] >= thresholds.min_passage]
    return passages, sum(p[1] - p[0] for p in passages)


def align(new_text: str, source_text: str, thresholds: Thresholds | None = None) -> tuple[list[Passage], float]:
    """The passages of `new_text` found in `source_text` (original offsets) and the share of
    `new_text` they cover, whether or not that makes a copy."""
    new, src = normalise(new_text), normalise(source_text)
    passages, covered = align_normalised(new, src, thresholds or default_thresholds())
    return _passages(new_text, new, src, passages), covered / len(new.text) if new.text else 0.0


def _passages(new_text: str, new: Normalised, src: Normalised, spans) -> list[Passage]:
    out = []
    for i, i_end, j, j_end in spans:
        start, end = int(new.starts[i]), int(new.ends[i_end - 1])
        out.append(Passage(start, end, int(src.starts[j]), int(src.ends[j_end - 1]), new_text[start:end]))
    return out


def is_copy(passages, covered: int, length: int, thresholds: Thresholds) -> bool:
    if not passages or not length:
        return False
    longest = max(p[1] - p[0] for p in passages)
    return longest >= thresholds.long_passage or (covered / length >= thresholds.min_share
                                                   and covered >= thresholds.min_chars)


def needed(length, thresholds: Thresholds):
    """How much of a new item of `length` normalised characters colliding windows must
    cover before a source is aligned with it: CANDIDATE_SHARE of the least a copy covers
    (its share of the item, or one long passage), and at least one window. The windows
    miss a passage's last characters and the spots where a word was swapped; the
    alignment decides. (`length` may be an array of lengths.)"""
    t = thresholds
    return np.maximum(WINDOW, CANDIDATE_SHARE * np.minimum(t.long_passage, t.min_share * np.asarray(length, dtype=float)))


# -- the index --------------------------------------------------------------------------------

class Probe:
    """A text prepared once for adding and for lookups. `prints` (what `prints_of` gives: the
    normalised length and the fingerprint, made where the text was checked) saves making them
    again; the normalised text is then made only if the probe is aligned with a source."""

    def __init__(self, text: str, prints: tuple[int, Fingerprint | None] | None = None):
        self.text = text
        self._normalised = None
        if prints is None:
            self._normalised = normalise(text)
            self.length, self.fingerprint = len(self._normalised.text), fingerprint_normalised(self._normalised)
        else:
            self.length, self.fingerprint = prints

    @property
    def normalised(self) -> Normalised:
        if self._normalised is None:
            self._normalised = normalise(self.text)
        return self._normalised


def prints_of(text: str) -> tuple[int, Fingerprint | None]:
    """What a batch worker makes for the copy search while it has the text: the normalised
    length and the fingerprint (Probe(text, prints_of(text)) is Probe(text))."""
    normalised = normalise(text)
    return len(normalised.text), fingerprint_normalised(normalised)


Allowed = Callable[[str, dict], bool]  # (source id, source meta) -> may it be a source?


class CopyIndex:
    """Fingerprints of known items: a batch's, or an archive's (Archive.copy_index()).

    `add` keeps the text; an archive gives fingerprints and a `loader(ref) -> (text, meta)`
    instead, so the texts stay on disk until a candidate is aligned."""

    def __init__(self, thresholds: Thresholds | None = None, loader: Callable | None = None):
        self.thresholds = thresholds or default_thresholds()
        self.loader = loader
        self.ids: list[str] = []
        self._refs: list = []  # per item: (text, meta), or the loader's key
        self._keys = [np.zeros(0, dtype=np.uint32) for _ in range(BANDS)]  # per band, sorted
        self._owners = [np.zeros(0, dtype=np.int32) for _ in range(BANDS)]  # the item of each key
        self._fresh: list[dict[int, list[int]]] = [{} for _ in range(BANDS)]  # added since: key -> items
        self._fresh_owner = array("i")
        self._fresh_keys: list[np.ndarray] = []

    def __len__(self) -> int:
        return len(self.ids)

    @property
    def windows(self) -> int:
        return len(self._keys[0]) + len(self._fresh_owner)

    def add(self, item_id: str, text: str, meta: dict | None = None) -> None:
        self.add_probe(item_id, Probe(text), meta)

    def add_probe(self, item_id: str, probe: Probe, meta: dict | None = None) -> None:
        self.ids.append(item_id)
        self._refs.append((probe.text, dict(meta or {})))
        fp = probe.fingerprint
        if fp is None or not len(fp.starts):
            return
        item, keys = len(self.ids) - 1, fp.band_keys()
        for band in range(BANDS):  # looked up in dicts until they are sorted in
            table = self._fresh[band]
            for key in keys[:, band].tolist():
                table.setdefault(key, []).append(item)
        self._fresh_owner.extend([item] * len(keys))
        self._fresh_keys.append(keys)
        if len(self._fresh_owner) > max(FRESH_LIMIT, len(self._keys[0]) // 4):
            self.consolidate()

    def add_stored(self, ids: list[str], refs: list, windows: np.ndarray, signatures: np.ndarray,
                   sort: bool = True) -> None:
        """Many items at once, as an archive stores them: each item's id, the key the loader
        reads its text and meta by, its number of windows, and all their signatures in order.
        Sorted into the band tables in one pass (with sort=False, at the next consolidate())."""
        first = len(self.ids)
        self.ids.extend(ids)
        self._refs.extend(refs)
        if len(signatures):
            owners = np.repeat(np.arange(first, first + len(ids), dtype=np.int32), windows)
            self._fresh_owner.frombytes(owners.astype(np.int32).tobytes())
            self._fresh_keys.append(band_keys(signatures))
        if sort:
            self.consolidate()

    def consolidate(self) -> None:
        """Sort the windows added since the last time into the band tables (key and item
        sorted together as one 64-bit number)."""
        if not self._fresh_owner:
            return
        new_keys = np.concatenate(self._fresh_keys)
        new_owners = np.frombuffer(self._fresh_owner, dtype=np.int32).astype(np.uint64)
        self._fresh_owner, self._fresh_keys = array("i"), []
        for band in range(BANDS):
            both = (new_keys[:, band].astype(np.uint64) << np.uint64(32)) | new_owners
            if len(self._keys[band]):
                both = np.concatenate([(self._keys[band].astype(np.uint64) << np.uint64(32))
                                       | self._owners[band].astype(np.uint64), both])
            both.sort()
            self._keys[band] = (both >> np.uint64(32)).astype(np.uint32)
            self._owners[band] = (both & np.uint64(0xFFFFFFFF)).astype(np.int32)
            self._fresh[band] = {}

    def source(self, item: int) -> tuple[str, dict]:
        ref = self._refs[item]
        return ref if isinstance(ref, tuple) else self.loader(ref)

    def candidates(self, fp: Fingerprint, needed: float = 0) -> list[tuple[int, int]]:
        """(item, normalised characters of the probe covered by windows that collide with the
        item's windows), for the items whose windows cover at least `needed` characters, those
        whose windows collide in most bands first."""
        keys = fp.band_keys()
        found_items, found_windows = [], []
        for band in range(BANDS):
            table = self._keys[band]
            if len(table):
                low = np.searchsorted(table, keys[:, band], side="left")
                high = np.searchsorted(table, keys[:, band], side="right")
                hit = np.flatnonzero((high > low) & (high - low <= MAX_BUCKET))
                if len(hit):
                    sizes = high[hit] - low[hit]
                    ends = np.cumsum(sizes)
                    places = np.arange(ends[-1]) - np.repeat(ends - sizes - low[hit], sizes)  # every bucket's places
                    found_items.append(self._owners[band][places])
                    found_windows.append(np.repeat(hit, sizes))
            fresh = self._fresh[band]
            if fresh:
                for window, key in enumerate(keys[:, band].tolist()):
                    items = fresh.get(key)
                    if items and len(items) <= MAX_BUCKET:
                        found_items.append(np.array(items, dtype=np.int32))
                        found_windows.append(np.full(len(items), window, dtype=np.int64))
        if not found_items:
            return []
        count = len(fp.starts)
        pairs, bands = np.unique(np.concatenate(found_items).astype(np.int64) * count + np.concatenate(found_windows),
                                 return_counts=True)
        items, windows = pairs // count, pairs % count
        starts = fp.starts[windows].astype(np.int64)
        # what each item's windows cover (all WINDOW long, in order): up to the next one's start,
        # and the characters between two windows at most BRIDGE apart (a word swapped there)
        same = np.concatenate((items[1:] == items[:-1], [False]))
        gap = np.concatenate((starts[1:], [0])) - starts
        reach = np.where(same & (gap <= BRIDGE), gap, np.where(same, np.minimum(gap, WINDOW), WINDOW))
        unique_items, first = np.unique(items, return_index=True)
        covered = np.add.reduceat(reach, first)
        # ranked by the same coverage weighted by the share of bands that collide: a window
        # with the same words collides in all of them, one with words in common in one or two
        weighted = np.add.reduceat(reach * bands, first)
        keep = covered >= needed
        unique_items, covered, weighted = unique_items[keep], covered[keep], weighted[keep]
        order = np.lexsort((unique_items, -weighted))
        return list(zip(unique_items[order].tolist(), covered[order].tolist()))

    def needed(self, length: int) -> float:
        return needed(length, self.thresholds)

    def query(self, text: str, exclude_id: str | None = None, *, allowed: Allowed | None = None) -> list[CopyMatch]:
        """The known items `text` copies from, largest share first. `allowed(source id, meta)`
        narrows the sources (within a batch: only earlier items)."""
        return self.query_probe(Probe(text), exclude_id, allowed=allowed)

    def query_probe(self, probe: Probe, exclude_id: str | None = None, *, allowed: Allowed | None = None,
                    skip_identical: bool = False) -> list[CopyMatch]:
        """`skip_identical`: a source with the very same normalised text is the item itself
        (a draft checked again after it was archived), not a source."""
        if probe.fingerprint is None or not self.windows:
            return []
        matches, tried = [], 0
        for item, _ in self.candidates(probe.fingerprint, self.needed(probe.length)):
            if tried >= MAX_CANDIDATES:
                break
            source_id = self.ids[item]
            if source_id == exclude_id:
                continue
            source_text, meta = self.source(item)
            if allowed is not None and not allowed(source_id, meta):
                continue
            tried += 1
            src = normalise(source_text)
            if skip_identical and src.text == probe.normalised.text:
                continue
            match = _match(probe, source_id, meta, src, self.thresholds)
            if match is not None:
                matches.append(match)
        return sorted(matches, key=lambda m: (-m.share, m.source_id))


def _match(probe: Probe, source_id: str, meta: dict, src: Normalised, thresholds: Thresholds) -> CopyMatch | None:
    """The probe aligned with one candidate source: a CopyMatch if what they share is a copy."""
    spans, covered_chars = align_normalised(probe.normalised, src, thresholds)
    if not is_copy(spans, covered_chars, probe.length, thresholds):
        return None
    return CopyMatch(source_id, meta, covered_chars / probe.length, _passages(probe.text, probe.normalised, src, spans))


# -- within a batch -----------------------------------------------------------------------------

def _when(meta: dict, position: int) -> tuple[str, int]:
    """Earlier by date, then by order; an item without a date comes after the dated ones."""
    return (str(meta.get("date") or "") or "\uffff", position)


def find_copies(items: list[tuple[str, str, dict]], index: CopyIndex | None = None,
                prints: list[tuple[int, Fingerprint | None]] | None = None) -> dict[str, list[CopyMatch]]:
    """Within a batch (and against `index`, an archive's items): item id -> what it copies.

    Of two items sharing passages, the later one (by date, then by order) is the copy, so a
    pair is reported once, on the later item. An archived item is a source unless it is
    dated after the new item or is an item of this batch (same id, or same unit, title
    and text: a month added to the archive and checked again, whose copies are then found
    within the batch, once). `prints` (per item, `prints_of`
    its text) are the fingerprints made by the batch's workers; without them they are made here.

    Within the batch the candidates of all items are found at once (`batch_candidates`), the
    same candidates, in the same order, as a CopyIndex of the batch gives each item."""
    thresholds = index.thresholds if index is not None else default_thresholds()
    probes = [Probe(text, prints[n] if prints is not None else None) for n, (_, text, _) in enumerate(items)]
    when = [_when(meta, position) for position, (_, _, meta) in enumerate(items)]
    rank = np.empty(len(items), dtype=np.int64)
    rank[sorted(range(len(items)), key=when.__getitem__)] = np.arange(len(items))
    candidates = batch_candidates(probes, rank, thresholds)
    # An archived item with the same unit, title and text as an item of this batch is that
    # item (the month was archived, then resumed or run again): the batch's own copy of it
    # is the source, or not, by the order above; the archived one would repeat it.
    in_batch = {content_hash(text, meta.get("unit"), meta.get("title")) for _, text, meta in items} if index is not None else set()
    found: dict[str, list[CopyMatch]] = {}
    for position, (item_id, text, meta) in enumerate(items):
        probe = probes[position]
        matches = []
        for source in candidates.get(position, ()):
            source_id, _, source_meta = items[source]
            match = _match(probe, source_id, source_meta, probes[source].normalised, thresholds)
            if match is not None:
                matches.append(match)
        if index is not None:
            date = str(meta.get("date") or "")

            def earlier(source: str, source_meta: dict, date=date) -> bool:
                source_date = str(source_meta.get("date") or "")
                return source_meta.get("hash") not in in_batch and not (date and source_date and source_date > date)

            matches += index.query_probe(probe, item_id, allowed=earlier)
        if matches:
            found[item_id] = sorted(matches, key=lambda m: (-m.share, m.source_id))
    return found


def _ranges(firsts: np.ndarray, sizes: np.ndarray) -> np.ndarray:
    """firsts[0], firsts[0] + 1, ... (sizes[0] of them), then the same from firsts[1], ..."""
    ends = np.cumsum(sizes)
    return np.repeat(firsts - (ends - sizes), sizes) + np.arange(ends[-1] if len(ends) else 0)


def batch_candidates(probes: list[Probe], rank: np.ndarray, thresholds: Thresholds) -> dict[int, list[int]]:
    """For every item of a batch, the earlier items (rank lower) to align it with, in the order
    CopyIndex.query_probe would try them against an index of the whole batch: the items whose
    colliding windows cover at least `needed`, most weighted coverage first, at most
    MAX_CANDIDATES. Computed for all items together: per band, the windows are sorted by key
    and every pair of windows of two items in one bucket (of at most MAX_BUCKET windows) is a
    collision, so the cost is a few sorts of the batch's windows instead of a lookup per item."""
    counts = np.array([0 if p.fingerprint is None else len(p.fingerprint.starts) for p in probes], dtype=np.int64)
    total = int(counts.sum())
    if total == 0:
        return {}
    items = len(probes)
    owner = np.repeat(np.arange(items, dtype=np.int64), counts)
    offsets = np.cumsum(counts) - counts
    with_windows = [p.fingerprint for p in probes if p.fingerprint is not None and len(p.fingerprint.starts)]
    starts = np.concatenate([fp.starts for fp in with_windows]).astype(np.int64)
    keys = band_keys(np.concatenate([fp.signatures for fp in with_windows]))
    widest = int(counts.max())
    collisions = []
    for band in range(BANDS):
        order = np.argsort(keys[:, band], kind="stable")
        ranked = keys[order, band]
        firsts = np.flatnonzero(np.concatenate(([True], ranked[1:] != ranked[:-1])))
        sizes = np.diff(np.append(firsts, total))
        keep = (sizes >= 2) & (sizes <= MAX_BUCKET)
        firsts, sizes = firsts[keep], sizes[keep]
        if not len(firsts):
            continue
        members = _ranges(firsts, sizes)  # every place in a kept bucket, and each paired with its whole bucket
        member_sizes = np.repeat(sizes, sizes)
        probe_windows = order[np.repeat(members, member_sizes)]
        source_windows = order[_ranges(np.repeat(firsts, sizes), member_sizes)]
        probe_items, source_items = owner[probe_windows], owner[source_windows]
        useful = (probe_items != source_items) & (rank[source_items] < rank[probe_items])
        local = probe_windows[useful] - offsets[probe_items[useful]]
        collisions.append((probe_items[useful] * items + source_items[useful]) * widest + local)
    if not collisions:
        return {}
    # (probe item, source item, probe window) in that order, with the bands (and source windows) colliding
    triples, bands = np.unique(np.concatenate(collisions), return_counts=True)
    pairs, local = triples // widest, triples % widest
    probe_items = pairs // items
    window_starts = starts[offsets[probe_items] + local]
    # what the source's windows cover of the probe: as CopyIndex.candidates reckons it
    same = np.concatenate((pairs[1:] == pairs[:-1], [False]))
    gap = np.concatenate((window_starts[1:], [0])) - window_starts
    reach = np.where(same & (gap <= BRIDGE), gap, np.where(same, np.minimum(gap, WINDOW), WINDOW))
    unique_pairs, first = np.unique(pairs, return_index=True)
    covered = np.add.reduceat(reach, first)
    weighted = np.add.reduceat(reach * bands, first)
    probe_of, source_of = unique_pairs // items, unique_pairs % items
    lengths = np.array([p.length for p in probes], dtype=np.int64)
    keep = covered >= needed(lengths[probe_of], thresholds)
    probe_of, source_of, weighted = probe_of[keep], source_of[keep], weighted[keep]
    chosen: dict[int, list[int]] = {}
    for probe, source in zip(*(a[np.lexsort((source_of, -weighted, probe_of))].tolist() for a in (probe_of, source_of))):
        tried = chosen.setdefault(probe, [])
        if len(tried) < MAX_CANDIDATES:
            tried.append(source)
    return chosen


# -- findings ---------------------------------------------------------------------------------


def copy_findings(matches: list[CopyMatch], text: str | None = None, rule=None) -> list[Finding]:
    """One finding of the copy rule per matched passage, its span on the passage; the
    message names the source (id, unit, date) and the share of the item it covers. `text`
    (the new item) gives line and column; `rule` is the rule as configured (default: as
    shipped)."""
    rule = rule or copy_rule()
    line_starts = [0] + [m.end() for m in re.finditer("\n", text)] if text is not None else None
    findings = []
    for match in matches:
        chars = sum(len(normalise(p.text).text) for p in match.passages)
        fields = {"source": match.source_id, "unit": match.meta.get("unit") or "单位不详",
                  "date": match.meta.get("date") or "日期不详", "title": match.meta.get("title") or "",
                  "chars": str(chars), "share": f"{match.share:.0%}"}
        for passage in match.passages:
            line, column = _line_col(line_starts, passage.new_start) if line_starts else (0, 0)
            excerpt = shorten(passage.text)
            findings.append(Finding(
                rule=rule.id, family=rule.family, severity=rule.severity, message=_fill(rule.message, fields),
                suggestion=_fill(rule.suggestion, fields), start=passage.new_start, end=passage.new_end,
                line=line, column=column, excerpt=excerpt, dimension=rule.dimension,
                copy={"source_id": match.source_id, "unit": match.meta.get("unit") or "",
                      "date": match.meta.get("date") or "", "title": match.meta.get("title") or "",
                      "share": round(match.share, 3), "source_start": passage.src_start,
                      "source_end": passage.src_end}))
    return sorted(findings, key=lambda f: (f.start, f.end))


def _line_col(line_starts: list[int], offset: int) -> tuple[int, int]:
    from bisect import bisect_right

    line = bisect_right(line_starts, offset)
    return line, offset - line_starts[line - 1] + 1


def _fill(template: str, fields: dict[str, str]) -> str:
    return re.sub(r"\{(\w+)\}", lambda m: fields.get(m.group(1), m.group(0)), template)


def add_copy_findings(report, index: CopyIndex, checker=None):
    """`checker check --archive`: the report with a finding for every passage taken from an
    archived item. The copy rule is used as the checker's configuration sets it (left out
    when switched off). An archived item with exactly this text is this draft, archived
    earlier, and is not reported (a copy under another unit's name differs at least there)."""
    rule = copy_rule()
    if checker is not None:
        rule = checker.settings(report.genre, form=report.form).get(rule.id)
        if rule is None:
            return report
    matches = index.query_probe(Probe(report.text), skip_identical=True)
    if matches:
        from ..suggest import MAX_SUGGESTIONS, suggestions

        found = copy_findings(matches, report.text, rule)
        report.findings = sorted(report.findings + found, key=lambda f: (f.start, f.end, f.rule))
        # numbered as every other output numbers paragraphs (as Word shows them)
        report.suggestions = (suggestions(found, [], report.paragraphs()) + report.suggestions)[:MAX_SUGGESTIONS]
    return report

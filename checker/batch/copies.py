"""Copies: 东拼西凑、移花接木、抄袭 — passages of an item that come from another item.

Two steps, as plagiarism detectors do it:

1. Candidates by fingerprint. Each text is normalised (only Chinese characters, letters and
   digits; every digit read as 0, so changed figures do not hide a copy), cut into K-character
   grams, and winnowed: in every window of W grams the smallest hash is kept. Any passage of
   at least K + W - 1 characters shared by two texts shares at least one fingerprint, whatever
   else the texts contain. Unlike a similarity of whole items (MinHash estimates Jaccard), this
   also finds a short item made of passages of a long document (containment) and an item
   spliced from several sources. A fingerprint shared by very many items (a stock formulation
   every unit quotes) is not evidence and is ignored.
2. Exact alignment with each candidate: common grams are extended into maximal passages,
   passages separated by a few changed characters (a name, a unit swapped) are joined, and
   passages shorter than MIN_PASSAGE characters are dropped (quoting a policy formulation is
   not copying). An item is reported when the passages from one source cover at least
   MIN_SHARE of it and MIN_COVERED characters.
"""

from __future__ import annotations

import re
import zlib
from collections import Counter
from dataclasses import dataclass, field

K = 10  # characters per gram: long enough that shared grams are not chance
W = 6  # winnowing window: every shared passage of K + W - 1 = 15 characters is seen
MIN_PASSAGE = 30  # normalised characters: a 提法 of 20 characters quoted is not a copy
JOIN_GAP = 8  # passages this close are one passage with a word or figure changed
MIN_SHARE = 0.3  # share of the new item covered by one source's passages
MIN_COVERED = 80  # and at least this many characters: a short note quoting one 提法 is not a copy
# before an alignment is tried: a reportable copy covers MIN_COVERED characters in passages
# of at least MIN_PASSAGE, and winnowing keeps one fingerprint in every W grams, so it shares
# about (MIN_COVERED - K + 1) / W = 11 fingerprints; 6 leaves room for passages cut by edits
MIN_SHARED_FINGERPRINTS = 6
MAX_CANDIDATES = 10  # sources aligned per item, most shared fingerprints first (bounds the cost)
COMMON_FINGERPRINT = 50  # a fingerprint in more items than this is a stock phrase, not evidence

_KEPT_RUN = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]+")
_DIGITS_AS_ZERO = str.maketrans("0123456789", "0000000000")


@dataclass
class Normalised:
    text: str  # what is compared
    offsets: list[int]  # position in the original text of each normalised character


def _normal_text(text: str) -> str:
    return "".join(_KEPT_RUN.findall(text)).translate(_DIGITS_AS_ZERO).lower()


def normalise(text: str) -> Normalised:
    runs = list(_KEPT_RUN.finditer(text))
    offsets = [index for run in runs for index in range(run.start(), run.end())]
    return Normalised("".join(run.group() for run in runs).translate(_DIGITS_AS_ZERO).lower(), offsets)


def _gram_hashes(text: str) -> list[int]:
    return [zlib.crc32(text[i:i + K].encode("utf-8")) for i in range(len(text) - K + 1)]


def fingerprints(text: str) -> set[int]:
    """The winnowed fingerprints of a text (normalised first)."""
    hashes = _gram_hashes(_normal_text(text))
    if len(hashes) <= W:
        return set(hashes)
    return {min(hashes[i:i + W]) for i in range(len(hashes) - W + 1)}


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
    meta: dict  # unit, date, title of the source
    share: float  # of the new item's normalised characters covered by these passages
    passages: list[Passage] = field(default_factory=list)


def align(new_text: str, source_text: str) -> tuple[list[Passage], float]:
    """The passages of `new_text` found in `source_text`, and the share of `new_text` they cover."""
    new, src = normalise(new_text), normalise(source_text)
    if len(new.text) < K or len(src.text) < K:
        return [], 0.0
    where: dict[str, list[int]] = {}
    for j in range(len(src.text) - K + 1):
        where.setdefault(src.text[j:j + K], []).append(j)
    runs: list[tuple[int, int, int]] = []  # (new start, src start, length) in normalised characters
    i = 0
    while i <= len(new.text) - K:
        starts = where.get(new.text[i:i + K])
        if not starts:
            i += 1
            continue
        best_j, best_len = starts[0], 0
        for j in starts[:20]:  # a gram repeated many times: the first twenty places are enough
            length = K
            while i + length < len(new.text) and j + length < len(src.text) and new.text[i + length] == src.text[j + length]:
                length += 1
            if length > best_len:
                best_j, best_len = j, length
        runs.append((i, best_j, best_len))
        i += best_len
    merged: list[list[int]] = []
    for i, j, length in runs:
        if merged and i - (merged[-1][0] + merged[-1][2]) <= JOIN_GAP and 0 <= j - (merged[-1][1] + merged[-1][3]) <= JOIN_GAP * 2:
            last = merged[-1]
            last[2] = i + length - last[0]
            last[3] = j + length - last[1]
        else:
            merged.append([i, j, length, length])
    passages, covered = [], 0
    for i, j, new_length, src_length in merged:
        if new_length < MIN_PASSAGE:
            continue
        covered += new_length
        start, end = new.offsets[i], new.offsets[i + new_length - 1] + 1
        passages.append(Passage(start, end, src.offsets[j], src.offsets[j + src_length - 1] + 1, new_text[start:end]))
    return passages, covered / len(new.text) if covered >= MIN_COVERED else 0.0


class CopyIndex:
    """Fingerprints of known items, in memory: the items of a batch, or an archive's."""

    def __init__(self) -> None:
        self.postings: dict[int, list[str]] = {}
        self.texts: dict[str, str] = {}
        self.meta: dict[str, dict] = {}

    def add(self, item_id: str, text: str, meta: dict | None = None, prints: set[int] | None = None) -> None:
        self.texts[item_id] = text
        self.meta[item_id] = meta or {}
        for fingerprint in prints if prints is not None else fingerprints(text):
            self.postings.setdefault(fingerprint, []).append(item_id)

    def candidates(self, prints: set[int], exclude: set[str] = frozenset()) -> list[str]:
        shared: Counter[str] = Counter()
        for fingerprint in prints:
            posting = self.postings.get(fingerprint)
            if posting and len(posting) <= COMMON_FINGERPRINT:
                shared.update(posting)
        ranked = [item for item, count in shared.most_common() if count >= MIN_SHARED_FINGERPRINTS and item not in exclude]
        return ranked[:MAX_CANDIDATES]

    def query(self, text: str, exclude_id: str | None = None, allowed=None, prints: set[int] | None = None) -> list[CopyMatch]:
        """Known items this text copies from, largest share first. `allowed(id)` limits the sources
        (within a batch: only items that came earlier); `prints` are the text's fingerprints, when known."""
        matches = []
        prints = fingerprints(text) if prints is None else prints
        for source_id in self.candidates(prints, {exclude_id} if exclude_id else set()):
            if allowed is not None and not allowed(source_id):
                continue
            passages, share = align(text, self.texts[source_id])
            if share >= MIN_SHARE:
                matches.append(CopyMatch(source_id, self.meta[source_id], share, passages))
        return sorted(matches, key=lambda m: (-m.share, m.source_id))


def find_copies(items: list[tuple[str, str, dict]], index: CopyIndex | None = None) -> dict[str, list[CopyMatch]]:
    """Within a batch (and against `index`, an archive's items): item id -> what it copies.

    Of two items sharing passages, the later one (by date, then by order) is the copy; an
    item is never its own source, and an archive item with the same id is the same item."""
    order = {item_id: (meta.get("date") or "9999", n) for n, (item_id, _, meta) in enumerate(items)}
    batch = CopyIndex()
    prints = {}
    for item_id, text, meta in items:
        prints[item_id] = fingerprints(text)
        batch.add(item_id, text, meta, prints[item_id])
    found: dict[str, list[CopyMatch]] = {}
    for item_id, text, _ in items:
        earlier = batch.query(text, exclude_id=item_id, allowed=lambda other, me=item_id: order[other] < order[me],
                              prints=prints[item_id])
        archived = index.query(text, exclude_id=item_id) if index is not None else []
        matches = sorted(earlier + archived, key=lambda m: (-m.share, m.source_id))
        if matches:
            found[item_id] = matches
    return found

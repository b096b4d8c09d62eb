"""The archive: every month's items, their scores and copy fingerprints, in one SQLite file.

The standard library's sqlite3, not sqlite-utils: the archive needs three tables and a
handful of statements, and sqlite3 gives the explicit transactions it relies on without
another dependency. One file an office can copy and back up; every write is a transaction,
so an interrupted import leaves the file as it was before the last unfinished step.

Items are stored once per content hash (unit, title and text: checker.batch.copies.
content_hash), however often a month is added; adding it again only fills in what was not
known before (adopted, score). Fingerprints are the MinHash signatures of each item's windows,
stored as bytes in a fixed little-endian layout (uint32, copies.Fingerprint.to_bytes), never
pickles, with the number of windows and the method that made them: `copy_index()` reads them
all in one query and sorts them into the LSH band tables without re-hashing any text; only
fingerprints made by another method (after the windows or hashing changed) are redone.
"""

from __future__ import annotations

import os
import re
import sqlite3
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Callable, Iterable

import numpy as np

from ..errors import CheckerError
from .copies import (FINGERPRINT_METHOD, NUM_PERM, CopyIndex, Fingerprint, Thresholds, content_hash, fingerprint,
                     signatures_from_bytes)

SCHEMA_VERSION = 2
SQLITE_HEADER = b"SQLite format 3\x00"
SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS items (
    rowid INTEGER PRIMARY KEY, id TEXT NOT NULL, hash TEXT NOT NULL UNIQUE, unit TEXT, date TEXT,
    month TEXT, title TEXT, text TEXT NOT NULL, score REAL, probability REAL, genre TEXT, adopted INTEGER,
    added TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS items_month ON items (month);
CREATE TABLE IF NOT EXISTS fingerprints (
    item INTEGER PRIMARY KEY REFERENCES items (rowid), method TEXT NOT NULL, windows INTEGER NOT NULL,
    signatures BLOB NOT NULL);
"""
_MONTH = re.compile(r"^(\d{4})[-/.年](\d{1,2})")
LOAD_STEP = 5000  # archived items read at a time by copy_index()
COMMIT_EVERY = 500  # items per transaction when importing: an interruption loses at most these


class ArchiveError(CheckerError):
    pass


@dataclass
class ImportResult:
    read: int  # usable items in the corpus file
    added: int  # of them new to the archive
    bad: list = field(default_factory=list)  # corpus.BadRow: line and reason of rows not read


class Archive:
    """`Archive(path)` opens (or, with create=True, starts) an archive file."""

    def __init__(self, path: Path | str, create: bool = True):
        self.path = Path(path)
        if self.path.is_dir():
            raise ArchiveError(f"{self.path}：这是一个文件夹，请给出档案文件（.sqlite）的路径")
        if not self.path.exists():
            if not create:
                raise ArchiveError(f"{self.path}：档案文件不存在")
        elif self.path.stat().st_size:
            with open(self.path, "rb") as handle:
                if handle.read(16) != SQLITE_HEADER:
                    raise ArchiveError(f"{self.path}：不是稿件档案（不是 SQLite 数据库文件），请检查档案路径")
        self._pid = os.getpid()
        with self._guard():
            self.db = sqlite3.connect(self.path)
            self._prepare()

    # -- opening ---------------------------------------------------------------------------

    def _prepare(self) -> None:
        tables = {row[0] for row in self.db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if tables and not {"meta", "items"} <= tables:
            raise ArchiveError(f"{self.path}：这个 SQLite 文件不是稿件档案（没有稿件表），请另选档案路径")
        version = None
        if "meta" in tables:
            row = self.db.execute("SELECT value FROM meta WHERE key='schema'").fetchone()
            version = row[0] if row else None
        with self.db:
            if version == "1":  # integer winnowing prints: replaced by chunk MinHash fingerprints
                self.db.execute("DROP TABLE IF EXISTS prints")
                self.db.execute("DROP TABLE IF EXISTS spread")
                self.db.execute("ALTER TABLE items ADD COLUMN added TEXT NOT NULL DEFAULT ''")
                self.db.execute("DELETE FROM meta WHERE key='schema'")
                version = None
            elif version is not None and version != str(SCHEMA_VERSION):
                raise ArchiveError(f"{self.path}：档案格式版本 {version} 与本程序（{SCHEMA_VERSION}）不符，请升级 checker")
            self.db.executescript(SCHEMA)
            self.db.execute("INSERT OR IGNORE INTO meta VALUES ('schema', ?)", (str(SCHEMA_VERSION),))

    @contextmanager
    def _guard(self):
        """SQLite's own errors (a damaged page found mid-way) as a Chinese error naming the file."""
        try:
            yield
        except sqlite3.DatabaseError as exc:
            raise ArchiveError(f"{self.path}：无法作为稿件档案读写（{exc}），文件可能已损坏或不是档案文件") from None

    def _db(self) -> sqlite3.Connection:
        """The connection; a forked process opens its own (SQLite connections do not survive fork)."""
        if os.getpid() != self._pid:
            self.db, self._pid = sqlite3.connect(self.path), os.getpid()
        return self.db

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> "Archive":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- writing ---------------------------------------------------------------------------

    def add(self, records: Iterable[dict], month: str | None = None, prints: dict | None = None) -> int:
        """Store items, each a dict with text and any of id, unit, date, title, score,
        adoption_probability (or probability), genre, adopted (a batch record or a corpus
        row), in one transaction. Returns how many were new; an item already there (same unit,
        title and text) is not added again, only its unknown adopted flag, score, probability
        and genre are filled in. `prints`: id -> fingerprint already made (copies.prints_of)."""
        prints = prints or {}
        added = 0
        now = datetime.now().isoformat(timespec="seconds")
        with self._guard(), self._db() as db:
            for record in records:
                text = record.get("text") or ""
                if not text.strip():
                    continue
                digest = content_hash(text, record.get("unit"), record.get("title"))
                probability = record.get("adoption_probability", record.get("probability"))
                adopted = record.get("adopted")
                adopted = None if adopted is None else int(bool(adopted))
                known = db.execute("SELECT rowid FROM items WHERE hash=?", (digest,)).fetchone()
                if known:
                    db.execute("UPDATE items SET adopted=coalesce(?, adopted), score=coalesce(?, score), "
                               "probability=coalesce(?, probability), genre=coalesce(?, genre) WHERE rowid=?",
                               (adopted, record.get("score"), probability, record.get("genre"), known[0]))
                    continue
                date = str(record.get("date") or "")
                cursor = db.execute(
                    "INSERT INTO items (id, hash, unit, date, month, title, text, score, probability, genre, adopted, added)"
                    " VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                    (str(record.get("id") or digest[:12]), digest, record.get("unit"), date,
                     month or record.get("month") or _month(date), record.get("title"), text, record.get("score"),
                     probability, record.get("genre"), adopted, now))
                made = prints.get(record.get("id"))
                _store_fingerprint(db, cursor.lastrowid, made[1] if made is not None else fingerprint(text))
                added += 1
        return added

    def import_corpus(self, path: Path | str, progress: Callable[[int, int], None] | None = None) -> ImportResult:
        """Load a corpus file (JSON Lines or CSV: id, unit, date, title, text[, adopted]; see
        checker/corpus.py) in transactions of COMMIT_EVERY items. Rows that cannot be read are
        returned with their line and reason; the rest are stored."""
        from ..corpus import read_corpus

        corpus = read_corpus(str(path), labels_required=False)
        added = 0
        items = corpus.items
        for start in range(0, len(items), COMMIT_EVERY):
            added += self.add([{"id": i.id, "unit": i.unit, "date": i.date, "title": i.title, "text": i.text,
                                "genre": i.genre, "adopted": i.adopted} for i in items[start:start + COMMIT_EVERY]])
            if progress:
                progress(min(start + COMMIT_EVERY, len(items)), len(items))
        return ImportResult(len(items), added, corpus.bad)

    # -- reading ---------------------------------------------------------------------------

    def stats(self) -> dict:
        """What the archive holds: items, units, months, adopted, dates, file size."""
        with self._guard():
            db = self._db()
            total, units, adopted, known, first, last = db.execute(
                "SELECT COUNT(*), COUNT(DISTINCT unit), SUM(adopted = 1), SUM(adopted IS NOT NULL), "
                "MIN(NULLIF(date, '')), MAX(NULLIF(date, '')) FROM items").fetchone()
            months = db.execute("SELECT coalesce(month, ''), COUNT(*) FROM items GROUP BY 1 ORDER BY 1").fetchall()
            by_unit = db.execute("SELECT coalesce(unit, ''), COUNT(*) FROM items GROUP BY 1 ORDER BY 2 DESC, 1").fetchall()
        return {"path": str(self.path), "items": total, "units": units, "adopted": adopted or 0,
                "adoption_known": known or 0, "first_date": first or "", "last_date": last or "",
                "months": dict(months), "by_unit": dict(by_unit),
                "bytes": self.path.stat().st_size if self.path.exists() else 0}

    def copy_index(self, thresholds: Thresholds | None = None) -> CopyIndex:
        """A CopyIndex over the archived items from their stored fingerprints (no text is
        read or hashed, except for fingerprints made by another method, which are redone and
        stored). Read LOAD_STEP items at a time; texts are read from the file only for the
        candidates of a lookup."""
        index = CopyIndex(thresholds, loader=self._source)
        stale = []
        with self._guard():
            cursor = self._db().execute(
                "SELECT items.rowid, items.id, fingerprints.method, fingerprints.windows, fingerprints.signatures "
                "FROM items LEFT JOIN fingerprints ON fingerprints.item = items.rowid ORDER BY items.rowid")
            while rows := cursor.fetchmany(LOAD_STEP):
                ids, refs, windows, blobs = [], [], [], []
                for rowid, item_id, method, count, blob in rows:
                    if method != FINGERPRINT_METHOD:
                        stale.append((rowid, item_id))
                        continue
                    if len(blob) != count * 4 * NUM_PERM:
                        raise ArchiveError(f"{self.path}：第 {rowid} 篇稿件的指纹已损坏，文件可能被其他程序改动过")
                    ids.append(item_id)
                    refs.append(rowid)
                    windows.append(count)
                    blobs.append(blob)
                index.add_stored(ids, refs, np.array(windows, dtype=np.int64), signatures_from_bytes(b"".join(blobs)),
                                 sort=False)
            for rowid, item_id, prints in self._refingerprint(stale):
                index.add_stored([item_id], [rowid], np.array([0 if prints is None else len(prints.starts)]),
                                 prints.signatures if prints is not None else np.zeros((0, NUM_PERM), np.uint32),
                                 sort=False)
        index.consolidate()
        return index

    def _refingerprint(self, stale: list[tuple[int, str]]) -> list[tuple[int, str, Fingerprint | None]]:
        done = []
        with self._db() as db:
            for rowid, item_id in stale:
                (text,) = db.execute("SELECT text FROM items WHERE rowid=?", (rowid,)).fetchone()
                prints = fingerprint(text)
                _store_fingerprint(db, rowid, prints)
                done.append((rowid, item_id, prints))
        return done

    def _source(self, rowid: int) -> tuple[str, dict]:
        """An archived item's text and meta, for aligning it with a new item."""
        with self._guard():
            row = self._db().execute("SELECT text, unit, date, title, month, hash, adopted FROM items WHERE rowid=?",
                                     (rowid,)).fetchone()
        text, unit, date, title, month, digest, adopted = row
        return text, {"unit": unit or "", "date": date or "", "title": title or "", "month": month or "",
                      "hash": digest, "adopted": None if adopted is None else bool(adopted), "archived": True}


def _month(date: str) -> str | None:
    match = _MONTH.match(date)
    return f"{match.group(1)}-{int(match.group(2)):02d}" if match else None


def _store_fingerprint(db: sqlite3.Connection, rowid: int, prints: Fingerprint | None) -> None:
    """None (a text shorter than a window) is stored as no windows."""
    db.execute("INSERT OR REPLACE INTO fingerprints VALUES (?, ?, ?, ?)",
               (rowid, FINGERPRINT_METHOD, 0 if prints is None else len(prints.starts),
                b"" if prints is None else prints.to_bytes()))

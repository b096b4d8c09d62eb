"""The archive: every month's items, their scores and fingerprints, in one SQLite file.

SQLite from the standard library: one file an office can copy and back up, transactions so an
interrupted write leaves the file as it was, and an index on the fingerprints so a copy lookup
reads only the postings of the new item's fingerprints (a B-tree search each, so it grows with
the logarithm of the archive, not its size). Fingerprints are integers, never pickles.

The same content (by hash) is stored once, however often a month is added.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from pathlib import Path

from ..errors import CheckerError
from .copies import COMMON_FINGERPRINT, MAX_CANDIDATES, MIN_SHARE, MIN_SHARED_FINGERPRINTS, CopyMatch, align, fingerprints

SCHEMA_VERSION = 1
SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS items (
    rowid INTEGER PRIMARY KEY, id TEXT NOT NULL, hash TEXT NOT NULL UNIQUE, unit TEXT, date TEXT,
    month TEXT, title TEXT, text TEXT NOT NULL, score INTEGER, probability REAL, genre TEXT, adopted INTEGER);
CREATE TABLE IF NOT EXISTS prints (fp INTEGER NOT NULL, item INTEGER NOT NULL REFERENCES items(rowid));
CREATE INDEX IF NOT EXISTS prints_fp ON prints (fp);
CREATE TABLE IF NOT EXISTS spread (fp INTEGER PRIMARY KEY, items INTEGER NOT NULL) WITHOUT ROWID;
"""


class ArchiveError(CheckerError):
    pass


class Archive:
    def __init__(self, path: Path):
        self.path = Path(path)
        try:
            self.db = sqlite3.connect(self.path)
            found = {row[0] for row in self.db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if found and not {"meta", "items", "prints"} <= found:
                raise ArchiveError(f"{self.path}：这个 SQLite 文件不是稿件档案，请另选档案路径")
            with self.db:
                self.db.executescript(SCHEMA)
                self.db.execute("INSERT OR IGNORE INTO meta VALUES ('schema', ?)", (str(SCHEMA_VERSION),))
            version = self.db.execute("SELECT value FROM meta WHERE key='schema'").fetchone()[0]
        except sqlite3.DatabaseError as exc:
            raise ArchiveError(f"{self.path}：无法作为稿件档案打开（{exc}），文件可能已损坏或不是档案文件") from None
        if version != str(SCHEMA_VERSION):
            raise ArchiveError(f"{self.path}：档案格式版本 {version} 与本程序（{SCHEMA_VERSION}）不符")

    def close(self) -> None:
        self.db.close()

    def add(self, records: list[dict], month: str | None = None) -> int:
        """Store checked items (batch records) with their fingerprints; returns how many were new."""
        added = 0
        with self.db:
            for r in records:
                text = r.get("text") or ""
                cursor = self.db.execute(
                    "INSERT OR IGNORE INTO items (id, hash, unit, date, month, title, text, score, probability, genre, adopted)"
                    " VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                    (r["id"], r["hash"], r.get("unit"), r.get("date"), month or (r.get("date") or "")[:7] or None,
                     r.get("title"), text, r.get("score"), r.get("adoption_probability"), r.get("genre"),
                     None if r.get("adopted") is None else int(bool(r["adopted"]))))
                if cursor.rowcount:
                    added += 1
                    prints = [_signed(fp) for fp in fingerprints(text)]
                    self.db.executemany("INSERT INTO prints VALUES (?, ?)", [(fp, cursor.lastrowid) for fp in prints])
                    self.db.executemany("INSERT INTO spread VALUES (?, 1) ON CONFLICT(fp) DO UPDATE SET items = items + 1",
                                        [(fp,) for fp in prints])
        return added

    def hashes(self) -> set[str]:
        return {row[0] for row in self.db.execute("SELECT hash FROM items")}

    def query(self, text: str, exclude_id: str | None = None, exclude_hashes: set[str] = frozenset()) -> list[CopyMatch]:
        """Archived items this text copies from (see copies.CopyIndex.query)."""
        prints = [_signed(fp) for fp in fingerprints(text)]
        postings: dict[int, list[int]] = defaultdict(list)
        for start in range(0, len(prints), 500):  # SQLite's limit on bound parameters
            chunk = prints[start:start + 500]
            # only fingerprints few items share: a stock phrase's long posting list is never read
            rows = self.db.execute(
                f"SELECT p.fp, p.item FROM spread s JOIN prints p ON p.fp = s.fp"
                f" WHERE s.fp IN ({','.join('?' * len(chunk))}) AND s.items <= ?", [*chunk, COMMON_FINGERPRINT])
            for fp, item in rows:
                postings[fp].append(item)
        shared: dict[int, int] = defaultdict(int)
        for items in postings.values():
            if len(items) <= COMMON_FINGERPRINT:
                for item in items:
                    shared[item] += 1
        matches = []
        ranked = sorted((item for item, count in shared.items() if count >= MIN_SHARED_FINGERPRINTS), key=lambda i: -shared[i])
        for rowid in ranked[:MAX_CANDIDATES]:
            item_id, digest, unit, date, title, source = self.db.execute(
                "SELECT id, hash, unit, date, title, text FROM items WHERE rowid=?", (rowid,)).fetchone()
            if digest in exclude_hashes or item_id == exclude_id:
                continue
            passages, share = align(text, source)
            if share >= MIN_SHARE:
                matches.append(CopyMatch(item_id, {"unit": unit, "date": date, "title": title, "text": source}, share, passages))
        return sorted(matches, key=lambda m: (-m.share, m.source_id))

    def stats(self) -> dict:
        total, units = self.db.execute("SELECT COUNT(*), COUNT(DISTINCT unit) FROM items").fetchone()
        months = self.db.execute("SELECT month, COUNT(*) FROM items GROUP BY month ORDER BY month").fetchall()
        adopted = self.db.execute("SELECT COUNT(*) FROM items WHERE adopted=1").fetchone()[0]
        return {"items": total, "units": units, "adopted": adopted, "months": dict(months)}


def _signed(fingerprint: int) -> int:
    """crc32 values as SQLite's signed 64-bit integers (they fit; kept explicit)."""
    return int(fingerprint)

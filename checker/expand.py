"""What the files on a command line stand for: a folder is every draft under it, searched
recursively; a glob pattern (来稿/*.docx, 来稿/**/*.txt) is expanded here, because Windows
shells pass it on as it is; Office lock files (~$稿件.docx) and hidden files are skipped when
found this way. A name that is neither an existing path nor a pattern is passed on unchanged,
so the loader says what is wrong with it; a folder without drafts and a pattern that matches
none are problems of their own."""

from __future__ import annotations

import glob
from pathlib import Path

SUFFIXES = (".docx", ".txt", ".md")
GLOB_CHARS = frozenset("*?[")


def skipped(path: Path) -> bool:
    """An Office lock file or a hidden file or folder: never a draft."""
    return any(part.startswith(("~$", ".")) and part not in (".", "..") for part in path.parts)


def expand(arguments: list[str]) -> list[tuple[str, str | None]]:
    """In the order given, each file to check once as (file, None), and each argument that
    stands for no file as (argument, the reason in Chinese)."""
    entries: list[tuple[str, str | None]] = []
    for argument in arguments:
        path = Path(argument)
        try:
            kind = "file" if argument == "-" or path.is_file() else "folder" if path.is_dir() else None
        except OSError:  # a name too long, a folder we may not enter: the loader says which
            kind = "file"
        if kind == "file":
            entries.append((argument, None))
        elif kind == "folder":
            found = sorted(p for p in path.rglob("*")
                           if p.suffix.lower() in SUFFIXES and not skipped(p.relative_to(path)) and p.is_file())
            entries += [(str(p), None) for p in found]
            if not found:
                entries.append((argument, "文件夹里（含子文件夹）没有 .docx、.txt 或 .md 稿件"))
        elif GLOB_CHARS & set(argument):
            # glob leaves hidden files and folders out unless the pattern names them (.草稿/*.txt);
            # the folders the pattern starts from may be hidden (~/.local/来稿/*.docx)
            drafts = [p for p in sorted(glob.glob(argument, recursive=True))
                      if Path(p).is_file() and not Path(p).name.startswith("~$")]
            entries += [(p, None) for p in drafts]
            if not drafts:
                entries.append((argument, "没有与这个通配符匹配的稿件文件"))
        else:
            entries.append((argument, None))
    return list(dict.fromkeys(entries))

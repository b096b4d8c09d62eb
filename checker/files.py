"""Writing the user's files: whole or not at all."""

from __future__ import annotations

import os
from pathlib import Path
from typing import BinaryIO, Callable, Iterable


def write_atomically(path: Path, data: str | bytes | Iterable[bytes] | Callable[[BinaryIO], None]) -> None:
    """Write a temporary file in the same folder (usual permissions), then rename it over
    `path`: a reader, or an interrupted run, never sees half a file. Text is UTF-8. A large
    file can come as pieces (an iterable of bytes) or as a function writing to the open file,
    so it is never whole in memory."""
    path = Path(path)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.{os.urandom(4).hex()}.tmp")
    try:
        with open(temporary, "xb") as out:
            if isinstance(data, (str, bytes)):
                out.write(data.encode("utf-8") if isinstance(data, str) else data)
            elif callable(data):
                data(out)
            else:
                out.writelines(data)
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise

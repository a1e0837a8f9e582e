"""A 200 MB photo upload to a real hub on 127.0.0.1: peak memory and speed against a floor.

Starts ``recp-hub serve`` as a process, uploads one file of ``--mb`` MB in a single streamed
``PUT`` (and again in 8 MiB pieces), and reads the hub process's peak resident memory (VmHWM in
/proc) before and after. The floor, measured in the same run on the same disk: writing the same
bytes with plain Python in 64 KiB pieces, fsync, then reading them back through SHA-256 — what
any verified, durable store must do at least.

Targets: the hub's peak memory grows by far less than the file (it streams; < 64 MiB for 200 MB)
and the upload takes at most 3x the floor.

    uv run python benchmarks/hub_upload.py [--mb 200]
"""

from __future__ import annotations

import argparse
import hashlib
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


from tests.hub.harness import Hub, ProcessServer, cli, hub_settings, seed_accounts

PIECE = 64 * 1024


def peak_rss(pid: int) -> int:
    """The process's peak resident memory in bytes (Linux /proc VmHWM)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) * 1024
    raise RuntimeError("no VmHWM")


def block(size: int) -> bytes:
    return os.urandom(PIECE)[:size]


def stream(data_piece: bytes, total: int):
    sent = 0
    while sent < total:
        piece = data_piece[: min(PIECE, total - sent)]
        sent += len(piece)
        yield piece


def digest_of(data_piece: bytes, total: int) -> str:
    digest = hashlib.sha256()
    for piece in stream(data_piece, total):
        digest.update(piece)
    return digest.hexdigest()


def floor(folder: Path, data_piece: bytes, total: int) -> float:
    path = folder / "floor.bin"
    start = time.perf_counter()
    with open(path, "wb", buffering=0) as handle:
        for piece in stream(data_piece, total):
            handle.write(piece)
        os.fsync(handle.fileno())
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    elapsed = time.perf_counter() - start
    path.unlink()
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mb", type=int, default=200)
    args = parser.parse_args()
    total = args.mb * 1024 * 1024
    # A repeating 64 KiB block, shifted by one byte per file so every file has its own hash.
    base = os.urandom(PIECE)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        settings = hub_settings(folder, None)
        cli(settings, "migrate")
        seed_accounts(settings)
        server = ProcessServer(settings)
        url = server.start()
        try:
            device = Hub(url, settings).login("A", "auditor-a")
            warm = base[:1000]
            device.client.put(
                f"/v1/blobs/{hashlib.sha256(warm).hexdigest()}",
                content=warm,
                headers={"Content-Range": "bytes 0-999/1000"},
            )
            before = peak_rss(server.process.pid)
            one = bytes([1]) + base[1:]
            sha = digest_of(one, total)
            start = time.perf_counter()
            answer = device.client.put(
                f"/v1/blobs/{sha}",
                content=stream(one, total),
                headers={"Content-Range": f"bytes 0-{total - 1}/{total}"},
                timeout=600,
            )
            single = time.perf_counter() - start
            assert answer.json()["state"] == "complete", answer.text
            after_single = peak_rss(server.process.pid)

            two = bytes([2]) + base[1:]
            sha2 = digest_of(two, total)
            piece_size = 8 * 1024 * 1024
            start = time.perf_counter()
            offset = 0
            pieces = stream(two, total)
            while offset < total:
                size = min(piece_size, total - offset)
                body = b"".join(next(pieces) for _ in range((size + PIECE - 1) // PIECE))
                answer = device.client.put(
                    f"/v1/blobs/{sha2}",
                    content=body,
                    headers={"Content-Range": f"bytes {offset}-{offset + size - 1}/{total}"},
                    timeout=600,
                )
                offset += size
            pieced = time.perf_counter() - start
            assert answer.json()["state"] == "complete", answer.text
            after_pieces = peak_rss(server.process.pid)
            device.close()
        finally:
            server.stop()
        floor_s = floor(folder, base, total)
    mib = 1024 * 1024
    print(f"file: {args.mb} MB")
    print(f"floor (write + fsync + read back through SHA-256): {floor_s:.2f} s")
    print(
        f"one streamed PUT: {single:.2f} s = {single / floor_s:.2f}x the floor "
        f"({total / mib / single:.0f} MiB/s)"
    )
    print(f"8 MiB pieces:     {pieced:.2f} s = {pieced / floor_s:.2f}x the floor")
    print(
        f"hub peak memory: {before / mib:.0f} MiB before, {after_single / mib:.0f} MiB after "
        f"the streamed PUT (+{(after_single - before) / mib:.0f} MiB), "
        f"{after_pieces / mib:.0f} MiB after the pieces (+{(after_pieces - before) / mib:.0f} MiB)"
    )


if __name__ == "__main__":
    main()

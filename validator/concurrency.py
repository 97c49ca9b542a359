"""How work items run: serially or on a pool of threads, swappable without touching the pipeline.

Threads are enough for pages: the heavy work happens in Tesseract
subprocesses and in PDFium/Pillow code that releases the GIL.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor, as_completed
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")


def run_all(
    fn: Callable[[T], R], items: Iterable[T], jobs: int, on_done: Callable[[R], None] | None = None
) -> list[R]:
    """Apply fn to every item, at most `jobs` at a time; results in the items' order."""
    items = list(items)
    if jobs <= 1 or len(items) <= 1:
        results = []
        for item in items:
            result = fn(item)
            if on_done:
                on_done(result)
            results.append(result)
        return results
    out: list[R | None] = [None] * len(items)
    with ThreadPoolExecutor(max_workers=jobs, thread_name_prefix="page") as pool:
        futures = {pool.submit(fn, item): i for i, item in enumerate(items)}
        try:
            for future in as_completed(futures):
                result = future.result()
                out[futures[future]] = result
                if on_done:
                    on_done(result)
        except BaseException:
            # A failure, or on_done asking to stop, ends the run after the items already started.
            for future in futures:
                future.cancel()
            raise
    return out  # type: ignore[return-value]


def batches(items: list[T], jobs: int, most: int) -> list[list[T]]:
    """The items cut into runs for `jobs` workers: large runs first, down to single items at the end.

    Each run is a share of what is left (guided scheduling): long runs save work per run, and short
    ones at the end keep every worker busy until the last item.
    """
    out: list[list[T]] = []
    start = 0
    while start < len(items):
        size = max(1, min(most, (len(items) - start) // max(1, jobs)))
        out.append(items[start : start + size])
        start += size
    return out

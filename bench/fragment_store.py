"""The fragment store's lookups: its OrderedDict LRU against cachetools' LRUCache with the same budget.

A list that misses the HTTP cache looks its page's facts up in the store (app/api/fragments.py),
so this is on the path of every miss. Both stores hold 1,000 facts of 1.5 KB; a round times 1,000
lookups of a 60-fact page in each, alternating; the table gives the median and best of 15 rounds.

    .venv/bin/python bench/fragment_store.py
"""

import statistics
import sys
import timeit
from collections.abc import Callable
from pathlib import Path

from cachetools import LRUCache

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import common

from app.api.fragments import MAX_BYTES, FragmentStore

SLUGS = [f"statistic-{i}" for i in range(1000)]
PAGE = SLUGS[400:460]
ROUNDS, CALLS = 15, 1000


def cachetools_lookup() -> Callable[[], object]:
    entries: LRUCache[tuple[str, str, str], bytes] = LRUCache(maxsize=MAX_BYTES, getsizeof=len)
    for slug in SLUGS:
        entries[("statistic", "zh", slug)] = b"x" * 1500
    return lambda: [entries.get(("statistic", "zh", slug)) for slug in PAGE]


def store_lookup() -> Callable[[], object]:
    store = FragmentStore()
    store.put_many("statistic", "zh", {slug: b"x" * 1500 for slug in SLUGS})
    return lambda: store.get_many("statistic", "zh", PAGE)


def main() -> None:
    lookups = {"FragmentStore (OrderedDict)": store_lookup(), "cachetools LRUCache": cachetools_lookup()}
    times: dict[str, list[float]] = {name: [] for name in lookups}
    for _ in range(ROUNDS):
        for name, lookup in lookups.items():
            times[name].append(timeit.timeit(lookup, number=CALLS) / CALLS * 1e6)
    rows = [[name, f"{statistics.median(found):.1f}", f"{min(found):.1f}"] for name, found in times.items()]
    print(common.table(["60 lookups", "median µs", "best µs"], rows))


if __name__ == "__main__":
    main()

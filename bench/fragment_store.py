"""The stored JSON's lookups: DatasetVersion's cachetools LRUCache against an OrderedDict LRU.

A list that misses the HTTP cache looks its page's facts up in the version's store (app/api/dataset.py),
so this is on the path of every miss. Both stores hold 1,000 facts of 1.5 KB; a round times 1,000
lookups of a 60-fact page in each, alternating; the table gives the median and best of 15 rounds.

    .venv/bin/python bench/fragment_store.py
"""

import statistics
import sys
import timeit
from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import common

from app.api.dataset import DatasetVersion

SLUGS = [f"statistic-{i}" for i in range(1000)]
PAGE = SLUGS[400:460]
ROUNDS, CALLS = 15, 1000


def ordered_dict_lookup() -> Callable[[], object]:
    entries: OrderedDict[tuple[str, str, str], bytes] = OrderedDict()
    for slug in SLUGS:
        entries[("statistic", "zh", slug)] = b"x" * 1500

    def lookup() -> list[bytes | None]:
        found = []
        for slug in PAGE:
            key = ("statistic", "zh", slug)
            body = entries.get(key)
            if body is not None:
                entries.move_to_end(key)
            found.append(body)
        return found

    return lookup


def store_lookup() -> Callable[[], object]:
    scope = DatasetVersion("v")
    scope.store({("statistic", "zh", slug): b"x" * 1500 for slug in SLUGS})
    keys = [("statistic", "zh", slug) for slug in PAGE]
    return lambda: scope.stored(keys)


def main() -> None:
    lookups = {"DatasetVersion (cachetools)": store_lookup(), "OrderedDict LRU": ordered_dict_lookup()}
    times: dict[str, list[float]] = {name: [] for name in lookups}
    for _ in range(ROUNDS):
        for name, lookup in lookups.items():
            times[name].append(timeit.timeit(lookup, number=CALLS) / CALLS * 1e6)
    rows = [[name, f"{statistics.median(found):.1f}", f"{min(found):.1f}"] for name, found in times.items()]
    print(common.table(["60 lookups", "median µs", "best µs"], rows))


if __name__ == "__main__":
    main()

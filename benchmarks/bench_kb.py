"""Knowledge-base load time, memory, size, and matching speed (goal: load <= 1 s, <= 300 MB RSS).

    python benchmarks/bench_kb.py
"""

from __future__ import annotations

import resource
import time

from rasd.kb import Matcher, load

TEXT = ("قال وزير الخارجية الأمريكي مايك بومبيو في واشنطن إن الولايات المتحدة ستواصل قيادة التحالف الدولي "
        "ضد داعش في العراق وسوريا، فيما أعلنت قوات سوريا الديمقراطية أن الأمم المتحدة ومجلس الأمن "
        "مطالبان بدعم جهود الاستقرار في شمال شرق سوريا والرياض والقاهرة وعمّان وبيروت. ") * 20


def main() -> None:
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.perf_counter()
    kb = load()
    loaded = time.perf_counter() - started
    matcher = Matcher(kb)
    built = time.perf_counter() - started
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    by_type: dict[str, int] = {}
    for entry in kb.entries.values():
        by_type[entry.type] = by_type.get(entry.type, 0) + 1
    places = sum(1 for e in kb.entries.values() if e.lat is not None)
    print(f"entries {len(kb):,} ({', '.join(f'{t} {n:,}' for t, n in sorted(by_type.items()))}); "
          f"with coordinates {places:,}; surface forms {len(kb.surfaces):,}")
    print(f"load {loaded:.2f} s, load + automaton {built:.2f} s, max RSS {rss / 1024:.0f} MB "
          f"(interpreter and imports {before / 1024:.0f} MB)")
    runs = 20
    started = time.perf_counter()
    for _ in range(runs):
        found = matcher.find(TEXT)
    seconds = (time.perf_counter() - started) / runs
    print(f"matching: {len(TEXT) / seconds / 1e6:.2f} MB/s, {len(found)} matches in {len(TEXT):,} chars")


if __name__ == "__main__":
    main()

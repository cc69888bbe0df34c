#!/usr/bin/env python3
"""What the themes page costs (bot/dashboard/themes.py), with the themes extra installed.

Embeds the answers of tests/test_themes.py and tests/test_results_page.py (traffic safety in five
languages) repeated with a running number up to --answers, as the page does (one thread for the
model, one for numpy), then groups them. Reported: the model's load time, CPU and wall time per
answer embedded, the grouping's time, the themes found, the process's peak memory, and the load
average the figures were taken at (two shared cores: the wall times move with it).

    .venv/bin/python benchmarks/bench_themes.py [--answers 500]
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.dashboard import themes  # noqa: E402  (before numpy: its BLAS on one thread)
from tests.test_results_page import TRAFFIC  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--answers", type=int, default=500)
    args = parser.parse_args()
    if not themes.available():
        sys.exit("install the themes extra first: pip install -e '.[themes]'")
    started = time.perf_counter()
    embed = themes.load_embedder()
    assert embed is not None
    load = time.perf_counter() - started
    rows = [(i, f"{TRAFFIC[i % len(TRAFFIC)][1]} ({i})", TRAFFIC[i % len(TRAFFIC)][0]) for i in range(args.answers)]
    cpu, wall = time.process_time(), time.perf_counter()
    vectors = [embed([text for _, text, _ in rows[start:start + 32]]) for start in range(0, len(rows), 32)]
    cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    import numpy as np

    matrix = np.concatenate(vectors)
    grouping = time.perf_counter()
    found = themes.group([i for i, _, _ in rows], [t for _, t, _ in rows], [lang for _, _, lang in rows], matrix,
                         themes.calibration(), function_words=themes.stopwords())
    grouping = time.perf_counter() - grouping
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"answers: {len(rows)}; load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    print(f"model loaded in {load * 1000:.0f} ms")
    print(f"embedding: {cpu / len(rows) * 1000:.1f} ms CPU, {wall / len(rows) * 1000:.1f} ms wall per answer "
          f"({wall:.1f} s in all)")
    print(f"grouping: {grouping:.2f} s, {len(found)} themes of {', '.join(str(t.count) for t in found)}")
    print(f"peak memory of the process: {peak:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())

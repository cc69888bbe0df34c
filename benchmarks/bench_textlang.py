#!/usr/bin/env python3
"""The language tagger (bot/textlang.py) beside the langdetect detector it replaced, on held-out text.

    python3 tasks.py bench-textlang          # or: .venv/bin/python benchmarks/bench_textlang.py
    python3 tasks.py bench-textlang --split dev --tagger-only    # quicker, while trying things on dev

Both run in this process, one after the other, on the `test` items of
benchmarks/textlang/textlang-eval.tsv.gz (built by benchmarks/build_textlang_eval.py from
Debian's message catalogs; the tagger's tables were built from other text). For each
language and length class: accuracy. For our six languages (sv en ar fa so uk) the text
must get its own code; for a confuser (nb da fi de ru tr pl am) it must *not* get one of
ours (its own code or `und` are both right: "not one of ours"). Tigrinya is tagged by
script. Also: milliseconds per call (mean over the items; the CPU time of the calling
thread, which other processes on a shared machine do not inflate, and wall time), the memory the
detector holds after it is built (tracemalloc), and how often a sentence would get a
wrong switch offer (detected as another of our languages, ≥ 4 words, confidence ≥ 0.9).

"langdetect by script" is the detector bot/textlang.py had before: the script picks the
candidates (Ethiopic → ti, Arabic → ar fa, Cyrillic → uk ru, Latin → sv en so), then
langdetect (seeded) with only those profiles loaded.
"""

from __future__ import annotations

import argparse
import gc
import gzip
import json
import sys
import time
import tracemalloc
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.textlang import LanguageDetector, dominant_script, load_tables  # noqa: E402
from handlers.common import OFFER_MIN_CONFIDENCE, OFFER_MIN_WORDS  # noqa: E402
from handlers.context import Detection  # noqa: E402

EVAL = ROOT / "benchmarks" / "textlang" / "textlang-eval.tsv.gz"
OURS = ("sv", "en", "ar", "fa", "so", "uk")
CONFUSERS = ("nb", "da", "fi", "de", "ru", "tr", "pl", "am")
CLASSES = ("word", "pair", "sentence")
AIM = {"word": 95.0, "pair": 99.0, "sentence": 99.9}


class LangdetectByScript:
    """The detector of bot/textlang.py before this tagger: a script rule, then langdetect."""

    CANDIDATES = {"LATIN": ("sv", "en", "so"), "ARABIC": ("ar", "fa"), "CYRILLIC": ("uk", "ru")}

    def __init__(self) -> None:
        import langdetect
        from langdetect.detector_factory import DetectorFactory

        profiles = Path(langdetect.__file__).parent / "profiles"
        self._factories = {}
        for script, codes in self.CANDIDATES.items():
            factory = DetectorFactory()
            factory.seed = 0
            factory.load_json_profile([(profiles / code).read_text(encoding="utf-8") for code in codes])
            self._factories[script] = factory

    def __call__(self, text: str) -> Detection:
        from langdetect.lang_detect_exception import LangDetectException

        words = len(text.split())
        script = dominant_script(text)
        if script == "ETHIOPIC":
            return Detection("ti", 1.0, words)
        factory = self._factories.get(script or "")
        if factory is None:
            return Detection("und", 0.0, words)
        detector = factory.create()
        detector.append(text)
        try:
            best = detector.get_probabilities()[0]
        except (LangDetectException, IndexError):
            return Detection("und", 0.0, words)
        return Detection(best.lang, round(best.prob, 3), words)


def load(split: str) -> list[tuple[str, str, str]]:
    with gzip.open(EVAL, "rt", encoding="utf-8") as handle:
        rows = [line.rstrip("\n").split("\t") for line in handle if not line.startswith("#")]
    return [(lang, cls, text) for s, lang, cls, text in rows if s == split]


def build(factory: Callable[[], Callable[[str], Detection]]) -> tuple[Callable[[str], Detection], float, float]:
    """Build a detector; return it, the memory it holds (MB) and the CPU seconds building took."""
    load_tables.cache_clear()
    started = time.process_time()
    factory()("warm up")
    seconds = time.process_time() - started
    load_tables.cache_clear()
    gc.collect()
    tracemalloc.start()      # slows building down several times: timed above, without it
    detector = factory()
    detector("warm up")
    gc.collect()
    held = tracemalloc.get_traced_memory()[0] / 1e6
    tracemalloc.stop()
    return detector, held, seconds


def measure(name: str, detector: Callable[[str], Detection], items: list[tuple[str, str, str]]) -> dict:
    right: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    stored_as: dict[tuple[str, str], dict[str, int]] = defaultdict(lambda: defaultdict(int))
    seconds: dict[str, float] = defaultdict(float)
    cpu: dict[str, float] = defaultdict(float)
    counted: dict[str, int] = defaultdict(int)
    wrong_offers = sentences_ours = 0
    for lang, cls, text in items:
        started, started_cpu = time.perf_counter(), time.thread_time()
        detection = detector(text)
        cpu[cls] += time.thread_time() - started_cpu
        seconds[cls] += time.perf_counter() - started
        counted[cls] += 1
        got = detection.language
        ok = got == lang if lang in OURS or lang == "ti" else got not in OURS and got != "ti"
        cell = right[(lang, cls)]
        cell[0] += ok
        cell[1] += 1
        stored_as[(lang, cls)][got] += 1
        if cls == "sentence" and lang in OURS:
            sentences_ours += 1
            wrong_offers += (got != lang and got in OURS and detection.words >= OFFER_MIN_WORDS
                             and detection.confidence >= OFFER_MIN_CONFIDENCE)
    accuracy = {f"{lang}/{cls}": 100 * c / n for (lang, cls), (c, n) in right.items()}
    mean = {cls: sum(accuracy[f"{lang}/{cls}"] for lang in OURS) / len(OURS) for cls in CLASSES}
    ms = {cls: 1000 * seconds[cls] / counted[cls] for cls in CLASSES}
    ms["all"] = 1000 * sum(seconds.values()) / sum(counted.values())
    cpu_ms = {cls: 1000 * cpu[cls] / counted[cls] for cls in CLASSES}
    cpu_ms["all"] = 1000 * sum(cpu.values()) / sum(counted.values())
    return {
        "name": name,
        "accuracy": accuracy,
        "items": {f"{lang}/{cls}": n for (lang, cls), (_, n) in right.items()},
        "mean": mean,
        "ms_per_call": ms,
        "cpu_ms_per_call": cpu_ms,
        "wrong_offer_rate": 100 * wrong_offers / max(1, sentences_ours),
        "stored_as": {f"{k[0]}/{k[1]}": dict(v) for k, v in stored_as.items()},
    }


def table(results: list[dict]) -> str:
    lines = ["| language | class | items | " + " | ".join(r["name"] for r in results) + " |",
             "|---|---|---:|" + "---:|" * len(results)]
    for lang in (*OURS, "ti", *CONFUSERS):
        for cls in CLASSES:
            key = f"{lang}/{cls}"
            if key not in results[0]["accuracy"]:
                continue
            cells = " | ".join(f"{r['accuracy'][key]:.1f}" for r in results)
            lines.append(f"| {lang} | {cls} | {results[0]['items'][key]} | {cells} |")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", default="test", choices=("test", "dev"))
    parser.add_argument("--json", type=Path, help="also write everything to this file")
    parser.add_argument("--tagger-only", action="store_true",
                        help="leave langdetect out (quicker, for trying things on dev; figures are reported with it)")
    args = parser.parse_args()
    items = load(args.split)
    results = []
    engines = (("tagger", LanguageDetector), ("langdetect by script", LangdetectByScript))
    for name, factory in engines[:1] if args.tagger_only else engines:
        detector, held, seconds = build(factory)
        result = measure(name, detector, items)
        result.update(memory_mb=held, build_seconds=seconds)
        results.append(result)
        del detector
    print(f"{len(items)} items ({args.split}); mean over {' '.join(OURS)} (aim {AIM['word']} / {AIM['pair']} / "
          f"{AIM['sentence']} %, < 0.1 ms, < 50 MB):\n")
    print("| | single words | word pairs | sentences | CPU ms per call (word / pair / sentence / all) "
          "| wall ms per call (all) | memory (MB) | start, CPU (s) | wrong switch offers (sentences) |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for r in results:
        m, ms, wall = r["mean"], r["cpu_ms_per_call"], r["ms_per_call"]
        print(f"| {r['name']} | {m['word']:.2f} % | {m['pair']:.2f} % | {m['sentence']:.2f} % | "
              f"{ms['word']:.3f} / {ms['pair']:.3f} / {ms['sentence']:.3f} / {ms['all']:.3f} | {wall['all']:.3f} | "
              f"{r['memory_mb']:.1f} | {r['build_seconds']:.1f} | {r['wrong_offer_rate']:.2f} % |")
    print("\nPer language and class (% right; for a confuser: % not stored as one of ours):\n")
    print(table(results))
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(results, indent=1, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

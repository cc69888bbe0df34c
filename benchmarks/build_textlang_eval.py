#!/usr/bin/env python3
"""Build the evaluation set of short texts for the language tagger (bot/textlang.py).

    python3 benchmarks/build_textlang_eval.py [--out benchmarks/textlang/textlang-eval.tsv]

The texts are translations people wrote for free software, as Debian ships them on this
machine: the message catalogs in /usr/share/locale/<lang>/LC_MESSAGES/*.mo (read with the
standard library's gettext). English is the catalogs' source text (the msgids). Where a
language has too little there, other local text fills in, named in SOURCES below and in
benchmarks/README.md:

- Somali: Debian has only the iso-codes catalogs (names of countries, languages,
  currencies); the project's own Somali catalogs (locales/so/*.ftl, drafts for native
  review) give the sentences.
- Amharic and Tigrinya: the few catalogs Debian has (GTK, GLib, iso-codes). Their
  tables are built from *other* text (LibreOffice's Amharic catalogs, our Tigrinya
  catalogs; tools/build_textlang_tables.py), and any item that also occurs in that
  training text is dropped here.

Length classes (words are runs of letters, apostrophes and hyphens inside allowed):
- `word`: one word of at least 3 letters, each distinct word once;
- `pair`: two words that stand next to each other in a message;
- `sentence`: a whole message of 5 to 30 words.

Cleaning: format strings (%s, %(name)d, {0}, ${x}, $VAR), markup, entities, menu
accelerators (_ & ~), URLs, e-mail addresses, paths, options (--x) and tokens with
digits or underscores are removed; a translated word that also occurs in the message's
English source (a brand, a loanword left untranslated) is not used as a word or a pair,
and a sentence with more than a fifth of such words is dropped. Items are deduplicated
within a language. Each language and class is sampled (seeded) to at most --per-class
items, split into `dev` (for tuning the tagger's few constants) and `test` (reported).

The output is a TSV: split, language, class, text.
"""

from __future__ import annotations

import argparse
import gettext
import gzip
import hashlib
import random
import re
import subprocess
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tools.build_textlang_tables import ethiopic_training_texts  # noqa: E402

LANGUAGES = ("sv", "en", "ar", "fa", "so", "uk", "ti", "nb", "da", "fi", "de", "ru", "tr", "pl", "am")
SCRIPT = {"ar": "ARABIC", "fa": "ARABIC", "uk": "CYRILLIC", "ru": "CYRILLIC", "am": "ETHIOPIC", "ti": "ETHIOPIC"}
LOCALE_DIR = Path("/usr/share/locale")
# iso-codes' lists of place and language names: names, mostly transliterated, not language.
NAME_LISTS = frozenset({"iso_3166-2", "iso_3166_2", "iso_639-3", "iso_639_3", "iso_639-5", "iso_639_5"})
# English words must be in Debian's word list (wamerican): the msgids hold code identifiers too.
WAMERICAN = "wamerican"
SOURCES = {
    "so": "Debian iso-codes catalogs (so) + the project's locales/so/*.ftl",
    "en": "msgids of all Debian catalogs on the machine",
}
MIN_SENTENCE_WORDS, MAX_SENTENCE_WORDS = 5, 30
MIN_WORD_LETTERS = 3

_FORMAT = re.compile(
    r"%(\([^)]*\))?[-+ #0'I]*(\d+\$)?[\d*]*(\.[\d*]+)?(hh|h|ll|l|L|q|j|z|t)?[A-Za-z%@]"
    r"|\{[^{}]*\}|\$\{[^}]*\}|\$[A-Za-z_]\w*|<[^<>]*>|&[#\w]+;|\\[ntr]"
)
_NOISE = re.compile(r"\S+://\S+|\S+@\S+\.\S+|(?<!\w)[~/.]?/[\w./-]+|--?[\w-]+|\S*[\d_]\S*|\S*[A-Z]\S*[A-Z]\S*")
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_ACCEL = re.compile(r"(?<=\w)[_&~](?=\w)|(?<!\w)[_&~](?=\w)")


def _script(word: str) -> str:
    return unicodedata.name(word[0], "?").split(" ")[0]


def clean(text: str) -> str:
    text = _FORMAT.sub(" ", text)
    text = _ACCEL.sub("", text)
    text = _NOISE.sub(" ", text)
    return " ".join(text.split())


def words_of(text: str) -> list[str]:
    return _WORD.findall(text)


def catalog_pairs(lang: str) -> list[tuple[str, str]]:
    """(English source, translation) of every translated message of `lang`'s catalogs."""
    pairs = []
    for path in sorted((LOCALE_DIR / lang / "LC_MESSAGES").glob("*.mo")):
        if path.stem in NAME_LISTS:
            continue
        try:
            with path.open("rb") as handle:
                catalog = gettext.GNUTranslations(handle)._catalog  # type: ignore[attr-defined]
        except Exception:  # a catalog the gettext module cannot read: skip it
            continue
        for key, value in catalog.items():
            source = key[0] if isinstance(key, tuple) else key
            if not source or not isinstance(value, str) or value == source:
                continue
            for part in value.split("\x00"):
                pairs.append((source.split("\x04")[-1], part))
    return pairs


def english_sources() -> list[tuple[str, str]]:
    seen: set[str] = set()
    out = []
    for path in sorted(LOCALE_DIR.glob("*/LC_MESSAGES/*.mo")):
        if path.stem in NAME_LISTS or path.stem.startswith("iso_"):
            continue
        try:
            with path.open("rb") as handle:
                catalog = gettext.GNUTranslations(handle)._catalog  # type: ignore[attr-defined]
        except Exception:
            continue
        for key in catalog:
            source = key[0] if isinstance(key, tuple) else key
            if isinstance(source, str):
                source = source.split("\x04")[-1]
                if source and source not in seen:
                    seen.add(source)
                    out.append(("", source))
    return out


def ftl_messages(path: Path) -> list[str]:
    """The values of a Fluent file, placeables and selectors removed (good enough for text)."""
    messages, current = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        if re.match(r"^-?[\w-]+\s*=", line):
            if current:
                messages.append(" ".join(current))
            current = [line.split("=", 1)[1]]
        elif line.startswith((" ", "\t")):
            stripped = line.strip()
            if re.match(r"^\*?\[[^\]]*\]", stripped):
                stripped = re.sub(r"^\*?\[[^\]]*\]", "", stripped)
            if stripped.startswith((".", "}")):
                continue
            current.append(stripped)
    if current:
        messages.append(" ".join(current))
    return [re.sub(r"\{[^{}]*\}", " ", re.sub(r"\{[^{}]*\{[^{}]*\}[^{}]*\}", " ", m)) for m in messages]


def english_words(cache: Path) -> frozenset[str]:
    """Debian's American English word list (fetched with apt-get download into the cache)."""
    unpacked = cache / WAMERICAN
    if not unpacked.exists():
        cache.mkdir(parents=True, exist_ok=True)
        subprocess.run(["apt-get", "download", WAMERICAN], check=True, cwd=cache)
        deb = sorted(cache.glob(f"{WAMERICAN}_*.deb"))[0]
        subprocess.run(["dpkg-deb", "-x", str(deb), str(unpacked)], check=True)
    text = (unpacked / "usr" / "share" / "dict" / "american-english").read_text(encoding="utf-8")
    return frozenset(line.strip().lower() for line in text.splitlines())


def pool(lang: str, exclude: set[str], dictionary: frozenset[str]) -> dict[str, set[str]]:
    """All candidate items of a language by class."""
    expected = SCRIPT.get(lang, "LATIN")
    if lang == "en":
        pairs = english_sources()
    else:
        pairs = catalog_pairs(lang)
    if lang == "so":
        for path in sorted((ROOT / "locales" / "so").glob("*.ftl")):
            pairs += [("", m) for m in ftl_messages(path)]
    items: dict[str, set[str]] = defaultdict(set)
    for source, translation in pairs:
        text = clean(translation)
        words = words_of(text)
        if not words or any(_script(w) != expected for w in words):
            continue
        borrowed = {w.lower() for w in words_of(clean(source))} if lang != "en" else set()
        own = [w.lower() not in borrowed and not (w.isupper() and len(w) <= 5) for w in words]
        if lang == "en":
            own = [ok and w.lower() in dictionary for ok, w in zip(own, words, strict=True)]
        if MIN_SENTENCE_WORDS <= len(words) <= MAX_SENTENCE_WORDS and sum(own) >= 0.8 * len(words):
            items["sentence"].add(text)
        for i, word in enumerate(words):
            if own[i] and sum(ch.isalpha() for ch in word) >= MIN_WORD_LETTERS:
                items["word"].add(word)
            if i and own[i] and own[i - 1]:
                items["pair"].add(f"{words[i - 1]} {word}")
    for cls in items:
        items[cls] = {t for t in items[cls] if t.lower() not in exclude}
    return items


def _split(text: str) -> str:
    return "dev" if hashlib.sha256(text.encode()).digest()[0] < 64 else "test"  # a quarter for tuning


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "textlang" / "textlang-eval.tsv.gz")
    parser.add_argument("--per-class", type=int, default=1000, help="test items per language and class (at most)")
    parser.add_argument("--seed", type=int, default=10)
    parser.add_argument("--cache", type=Path, default=Path("/tmp/textlang-build"))
    args = parser.parse_args()
    training = ethiopic_training_texts(args.cache)
    dictionary = english_words(args.cache)
    exclude = {line.lower() for texts in training.values() for line in texts}
    exclude |= {w.lower() for texts in training.values() for line in texts for w in words_of(line)}
    for texts in training.values():
        for line in texts:
            ws = words_of(line)
            exclude |= {f"{a} {b}".lower() for a, b in zip(ws, ws[1:], strict=False)}
    rng = random.Random(args.seed)
    rows = []
    for lang in LANGUAGES:
        items = pool(lang, exclude, dictionary)
        for cls in ("word", "pair", "sentence"):
            ordered = sorted(items.get(cls, ()))
            rng.shuffle(ordered)
            dev = [t for t in ordered if _split(t) == "dev"][: args.per_class // 4]
            test = [t for t in ordered if _split(t) == "test"][: args.per_class]
            rows += [("dev", lang, cls, t) for t in dev] + [("test", lang, cls, t) for t in test]
            print(f"{lang} {cls}: {len(ordered)} available, {len(test)} test, {len(dev)} dev", file=sys.stderr)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with gzip.open(args.out, "wt", encoding="utf-8", compresslevel=9) as out:
        out.write("# split\tlanguage\tclass\ttext  (benchmarks/build_textlang_eval.py; see benchmarks/README.md)\n")
        for row in rows:
            out.write("\t".join(row) + "\n")
    print(f"{len(rows)} items -> {args.out} ({args.out.stat().st_size // 1024} KiB)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

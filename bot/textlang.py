"""Which language a resident's free text is written in: the script first, then character n-grams.

Short texts are the hard case: one or two words carry little evidence, and the languages
our residents write are each next to a language they are easily taken for (Swedish and
Norwegian or Danish, Ukrainian and Russian, Dari and Arabic, Tigrinya and Amharic). So:

1. The script of the text picks the candidates: Latin (sv en so, and nb da fi de tr pl,
   so that "not one of ours" is an answer), Arabic (ar fa), Cyrillic (uk, and ru),
   Ethiopic (ti, and am). A script only one language writes (Greek, Hebrew, Georgian,
   Armenian, Hangul, Thai, ...) is that language; any other is "und".
2. Letters only some candidates use decide outright: a Persian ی ک گ چ پ ژ is never
   Arabic; ы э ъ ё are never Ukrainian, ї є ґ never Russian; a Pashto, Kurdish, Urdu or
   Belarusian letter (ټ ښ, ە ێ, ٹ ے, ў) is that language.
3. A Naive Bayes over character 1- to 5-grams within words, the frequent whole words and
   the words' endings (their last 1 to 4 letters; Latin and Cyrillic script) ranks what is
   left, from tables built once, offline, by tools/build_textlang_tables.py and shipped in
   bot/langdata/: n-grams from lingua-language-detector's published models (Apache-2.0),
   words and endings from wordfreq's lists (CC BY-SA 4.0), Ethiopic counted from
   LibreOffice's Amharic and our Tigrinya catalogs. Our languages get a prior over the
   others: a resident of a Swedish municipality who writes "hus" more likely writes
   Swedish than Norwegian, but a Norwegian sentence outweighs it and is stored as `nb`.
   Tigrinya is the answer for Ethiopic script unless the text clearly is Amharic.

Nothing but the standard library runs here. The tables are loaded once (~2 s, ~46 MB); a
call takes some tens of microseconds: each n-gram's costs in all of a script's languages are
packed into one integer (rows with the same costs share it), so scoring a text is one dict
lookup and one addition per n-gram, word and ending.
Benchmarked in benchmarks/bench_textlang.py.
"""

from __future__ import annotations

import functools
import gzip
import math
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from handlers.context import Detection

UNDETERMINED = "und"
DATA = Path(__file__).parent / "langdata" / "textlang.tsv.gz"
_WORD_KEY = " "   # whole words are kept in the same table, as " word"
_END_KEY = "$"    # and word endings as "ending$" ("^hus$" is the whole word "hus")

# Our languages: the confusers of a script pay PRIOR (in eighths of a nat, like the tables).
OURS = frozenset({"sv", "en", "so", "ar", "fa", "uk", "ti"})
PRIOR = 120
# Tigrinya is the answer for Ethiopic script unless a text is overwhelmingly Amharic: our
# Tigrinya tables are small (our own catalogs), and a Tigrinya text stored as Amharic is worse
# than an Amharic one stored as Tigrinya.
ETHIOPIC_PRIOR = 400
# How much each n-gram length counts.
WEIGHT = {1: 1.0, 2: 1.0, 3: 1.0, 4: 1.0, 5: 1.0}
WORD_WEIGHT = 2.0
# How much the word endings count, and the longest ending looked at.
ENDING_WEIGHT = 1.0
ENDING = 4
# Enough of a long text to know its language; the rest is not looked at.
MAX_LETTERS = 300
# Each n-gram length votes; the posterior is tempered by it so that confidences mean something.
TEMPERATURE = 5 * 8
_FIELD = 24                      # bits per language in a packed row
_MASK = (1 << _FIELD) - 1
_EXCLUDED = 1 << 18              # the cost of a language a letter rules out

# Scripts of one language (as far as residents here write them).
_SINGLE = {"GREEK": "el", "HEBREW": "he", "GEORGIAN": "ka", "ARMENIAN": "hy", "HANGUL": "ko",
           "THAI": "th", "KHMER": "km", "LAO": "lo", "SINHALA": "si", "TAMIL": "ta", "BENGALI": "bn"}
_PASHTO = frozenset("ټډړږښګڼېۍځڅ")
_KURDISH = frozenset("ەێۆڵڕ")
_URDU = frozenset("ٹڈڑںےھ")
# Letters some candidates never write: the languages they rule out.
_RULES = {
    "ARABIC": [(frozenset("یکگچپژ"), {"ar"})],
    "CYRILLIC": [(frozenset("ыэъё"), {"uk"}), (frozenset("іїєґ"), {"ru"})],
}
_ARABIC_MARKS = re.compile("[\u064b-\u065f\u0670\u0640\u06d6-\u06ed]")  # harakat, tatweel, Quranic marks
_WORD = re.compile(r"[^\W\d_]+")


def _script_of(char: str) -> str:
    code = ord(char)
    if code < 0x250 or 0x1E00 <= code <= 0x1EFF:
        return "LATIN"
    if 0x400 <= code <= 0x52F:
        return "CYRILLIC"
    if 0x600 <= code <= 0x6FF or 0x750 <= code <= 0x77F or 0x8A0 <= code <= 0x8FF or 0xFB50 <= code <= 0xFEFF:
        return "ARABIC"
    if 0x1200 <= code <= 0x139F or 0x2D80 <= code <= 0x2DDF or 0xAB00 <= code <= 0xAB2F:
        return "ETHIOPIC"
    name = unicodedata.name(char, "")
    return "HANGUL" if name.startswith("HANGUL") else name.split(" ")[0]


def dominant_script(text: str) -> str | None:
    """Return the Unicode script name most letters of the text are in (LATIN, ARABIC, ...)."""
    scripts = Counter(_script_of(char) for char in text if char.isalpha())
    return scripts.most_common(1)[0][0] if scripts else None


@dataclass(frozen=True, slots=True)
class _Group:
    languages: tuple[str, ...]
    table: dict[str, int]        # n-gram -> the costs of every language, packed
    prior: int                   # packed costs every text starts with

    def pack(self, costs: dict[str, int]) -> int:
        return sum(costs.get(lang, 0) << (_FIELD * i) for i, lang in enumerate(self.languages))

    def unpack(self, packed: int) -> list[int]:
        return [(packed >> (_FIELD * i)) & _MASK for i in range(len(self.languages))]


def words_path(path: Path) -> Path:
    """The whole-word tables that go with the n-gram tables at `path`."""
    return path.with_name(path.name.replace(".tsv", "-words.tsv"))


def endings_path(path: Path) -> Path:
    """The word-ending tables that go with the n-gram tables at `path`."""
    return path.with_name(path.name.replace(".tsv", "-endings.tsv"))


def _read(path: Path, tables: dict[str, tuple[tuple[str, ...], dict[str, int]]], prefix: str, weight: float,
          suffix: str = "", shared: dict[int, int] | None = None) -> None:
    """Add the rows of one tables file (n-grams, words under `prefix`, endings under `suffix`) to `tables`.

    Rows that pack to the same costs share one integer object (`shared`): a third of the rows
    do, which saves some megabytes."""
    shared = {} if shared is None else shared
    missing: list[int] = []
    languages: tuple[str, ...] = ()
    table: dict[str, int] = {}
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("#"):
                continue
            if line.startswith("@missing "):
                missing = [int(cost) for cost in line.split()[1].split(",")]
                continue
            if line.startswith("@group "):
                script, *codes = line.split()[1:]
                languages, table = tables.setdefault(script, (tuple(codes), {}))
                if list(languages) != codes:
                    raise ValueError(f"{path}: the languages of {script} differ from the other tables'")
                continue
            gram, _, costs = line.rstrip("\n").partition("\t")
            absent = missing[min(len(gram), len(missing)) - 1]
            factor = weight if prefix or suffix else WEIGHT[len(gram)]
            packed = 0
            for i, cost in enumerate(costs.split(",")):
                packed |= round((int(cost) if cost else absent) * factor) << (_FIELD * i)
            table[prefix + gram + suffix] = shared.setdefault(packed, packed)


@functools.cache
def load_tables(path: Path = DATA) -> dict[str, _Group]:
    """Read the n-gram and the word tables into one packed table per script (once per process)."""
    tables: dict[str, tuple[tuple[str, ...], dict[str, int]]] = {}
    shared: dict[int, int] = {}
    _read(path, tables, "", 1.0, shared=shared)
    words = words_path(path)
    if words.exists():
        _read(words, tables, _WORD_KEY, WORD_WEIGHT, shared=shared)
    endings = endings_path(path)
    if endings.exists():
        _read(endings, tables, "", ENDING_WEIGHT, _END_KEY, shared=shared)
    del shared
    groups = {}
    for script, (languages, table) in tables.items():
        cost = ETHIOPIC_PRIOR if script == "ETHIOPIC" else PRIOR
        prior = sum(cost << (_FIELD * i) for i, lang in enumerate(languages) if lang not in OURS)
        groups[script] = _Group(languages, table, prior)
    return groups


class LanguageDetector:
    """The script rule and the n-gram Naive Bayes. Build once (loads the tables); calls are thread-safe."""

    def __init__(self, path: Path = DATA) -> None:
        self._groups = load_tables(path)

    @property
    def languages(self) -> dict[str, tuple[str, ...]]:
        """The candidates of each script."""
        return {script: group.languages for script, group in self._groups.items()}

    def __call__(self, text: str) -> Detection:
        ranked, words = self.rank(text)
        if not ranked:
            return Detection(UNDETERMINED, 0.0, words)
        language, probability = ranked[0]
        return Detection(language, round(probability, 3), words)

    def rank(self, text: str) -> tuple[list[tuple[str, float]], int]:
        """The candidate languages of `text`, most probable first, and the number of words."""
        words = len(text.split())
        text = unicodedata.normalize("NFKC", text).lower()
        script = dominant_script(text)
        if script is None:
            return [], words
        if script in _SINGLE:
            return [(_SINGLE[script], 1.0)], words
        group = self._groups.get(script)
        if group is None:
            return [], words
        if script == "ARABIC":
            text = _ARABIC_MARKS.sub("", text)
            letters = set(text)
            if letters & _PASHTO:
                return [("ps", 1.0)], words
            if letters & _KURDISH:
                return [("ckb", 1.0)], words
            if letters & _URDU:
                return [("ur", 1.0)], words
        if script == "CYRILLIC" and "ў" in text:
            return [("be", 1.0)], words
        tokens = [w for w in _WORD.findall(text) if _script_of(w[0]) == script]
        total = group.prior
        letters_seen = 0
        table = group.table
        for token in tokens:
            size = len(token)
            total += table.get(_WORD_KEY + token, 0)
            marked = "^" + token
            for k in range(1, min(ENDING, size + 1) + 1):
                total += table.get(marked[-k:] + _END_KEY, 0)
            for n in range(1, 6):
                for i in range(size - n + 1):
                    total += table.get(token[i : i + n], 0)
            letters_seen += size
            if letters_seen >= MAX_LETTERS:
                break
        costs = group.unpack(total)
        for rule_letters, ruled_out in _RULES.get(script, ()):
            if not rule_letters.isdisjoint(text):
                pairs = zip(group.languages, costs, strict=True)
                costs = [c + _EXCLUDED if lang in ruled_out else c for lang, c in pairs]
        best = min(costs)
        weights = [math.exp((best - c) / TEMPERATURE) for c in costs]
        norm = sum(weights)
        ranked = sorted(zip(group.languages, (w / norm for w in weights), strict=True), key=lambda item: -item[1])
        return ranked, words

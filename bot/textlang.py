"""Which language a resident's free text is written in: a script rule, then langdetect.

langdetect knows no Tigrinya and guesses wildly among 55 languages on short texts, so
the script of the text picks the candidates first (PERFORMANCE-NOTES.md): Ethiopic is
Tigrinya, Arabic script is Arabic or Dari, Cyrillic Ukrainian or Russian, Latin
Swedish, English or Somali. Only those profiles are loaded, which is also faster.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from pathlib import Path

from langdetect.detector_factory import DetectorFactory
from langdetect.lang_detect_exception import LangDetectException

from handlers.context import Detection

_CANDIDATES = {
    "LATIN": ("sv", "en", "so"),
    "ARABIC": ("ar", "fa"),
    "CYRILLIC": ("uk", "ru"),
}
UNDETERMINED = "und"
_SEED = 0


class LanguageDetector:
    """Deterministic language detection restricted by script. Build once; calls are thread-safe."""

    def __init__(self) -> None:
        import langdetect

        profiles = Path(langdetect.__file__).parent / "profiles"
        self._factories: dict[str, DetectorFactory] = {}
        for script, codes in _CANDIDATES.items():
            factory = DetectorFactory()
            factory.seed = _SEED
            factory.load_json_profile([(profiles / code).read_text(encoding="utf-8") for code in codes])
            self._factories[script] = factory

    def __call__(self, text: str) -> Detection:
        words = len(text.split())
        script = dominant_script(text)
        if script == "ETHIOPIC":
            return Detection("ti", 1.0, words)
        factory = self._factories.get(script or "")
        if factory is None:
            return Detection(UNDETERMINED, 0.0, words)
        detector = factory.create()
        detector.append(text)
        try:
            best = detector.get_probabilities()[0]
        except (LangDetectException, IndexError):
            return Detection(UNDETERMINED, 0.0, words)
        return Detection(best.lang, round(best.prob, 3), words)


def dominant_script(text: str) -> str | None:
    """Return the Unicode script name most letters of the text are in (LATIN, ARABIC, ...)."""
    scripts: Counter[str] = Counter()
    for char in text:
        if char.isalpha():
            name = unicodedata.name(char, "")
            scripts[name.split(" ")[0]] += 1
    if not scripts:
        return None
    return scripts.most_common(1)[0][0]

"""Charts drawn on the server as SVG geometry (no script, no CDN); templates turn it into markup."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

WIDTH = 640
LABEL_WIDTH = 240
VALUE_ROOM = 100
ROW = 34
BAR = 22
MAX_LABEL = 34


@dataclass(frozen=True, slots=True)
class Bar:
    label: str
    short_label: str
    value: int
    share: str          # "42 %"
    x: float
    y: float
    width: float
    height: float
    text_x: float       # where the value (or the column's caption) is written
    text_y: float
    label_x: float
    label_y: float


@dataclass(frozen=True, slots=True)
class Chart:
    id: str
    title: str
    kind: str           # "bars" (horizontal) or "columns" (over time)
    width: int
    height: int
    bars: Sequence[Bar]
    total: int
    axis: Sequence[tuple[float, str]] = ()   # (x, caption) under the columns


def _short(label: str) -> str:
    return label if len(label) <= MAX_LABEL else label[: MAX_LABEL - 1] + "…"


def _share(value: int, total: int) -> str:
    return f"{round(100 * value / total)} %" if total else "0 %"


def bars(chart_id: str, title: str, items: Sequence[tuple[str, int]]) -> Chart:
    """A horizontal bar per (label, count), longest bar the largest count."""
    total = sum(v for _, v in items)
    top = max((v for _, v in items), default=0) or 1
    room = WIDTH - LABEL_WIDTH - VALUE_ROOM
    out = []
    for i, (label, value) in enumerate(items):
        y = i * ROW + (ROW - BAR) / 2
        width = max(room * value / top, 2 if value else 0)
        out.append(
            Bar(
                label=label, short_label=_short(label), value=value, share=_share(value, total),
                x=LABEL_WIDTH, y=y, width=round(width, 1), height=BAR,
                text_x=round(LABEL_WIDTH + width + 6, 1), text_y=y + BAR * 0.75,
                label_x=LABEL_WIDTH - 8, label_y=y + BAR * 0.75,
            )
        )
    return Chart(chart_id, title, "bars", WIDTH, max(len(items), 1) * ROW, out, total)


def columns(chart_id: str, title: str, items: Sequence[tuple[str, int]]) -> Chart:
    """A column per (period, count), left to right in time."""
    height, base, left = 200, 170, 10
    total = sum(v for _, v in items)
    top = max((v for _, v in items), default=0) or 1
    n = max(len(items), 1)
    step = (WIDTH - 2 * left) / n
    width = max(min(step * 0.7, 40), 1)
    out = []
    for i, (label, value) in enumerate(items):
        h = (base - 20) * value / top
        x = left + i * step + (step - width) / 2
        out.append(
            Bar(
                label=label, short_label=label, value=value, share=_share(value, total),
                x=round(x, 1), y=round(base - h, 1), width=round(width, 1), height=round(h, 1),
                text_x=round(x + width / 2, 1), text_y=round(base - h - 4, 1),
                label_x=round(x + width / 2, 1), label_y=base + 18,
            )
        )
    marks = {0, n - 1, (n - 1) // 2} if n > 2 else set(range(n))
    axis = [(out[i].label_x, out[i].label) for i in sorted(marks) if i < len(out)]
    return Chart(chart_id, title, "columns", WIDTH, height, out, total, axis)

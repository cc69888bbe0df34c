"""/metrics in Prometheus' text format, on a port of its own (METRICS_PORT; off unless set).

Counted as they happen, in this process: turns and their latency by channel and step, the
outbox's deliveries by recipient, kind and result, the web server's requests by method, route
template and status. Read from the database on each scrape (storage/monitoring.py, on the
read-only engine): the outbox's pending messages and the age of the oldest, tips by status, the
inbox's unfinished updates — the same for every instance on one database.

A label value is only ever a name from the code (a channel, a conversation state, a route's
pattern such as `/officer/tips/{reference}`, a status number): never a path as requested, a
resident's text, key, reference or address. `_label()` turns anything else into "other".

Why a port of its own, bound to 127.0.0.1 by default: the public port is what the reverse proxy
exposes to everyone, and tip counts and error rates are not the public's; the officers' login is
no fit for a scraper either. A separate listener stays off the proxy's way, and is off unless
METRICS_PORT is set, so nothing listens that the operator did not ask for, and several instances
on one machine do not fight over a port.
"""

from __future__ import annotations

import asyncio
import logging
import re
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from datetime import datetime

from aiohttp import web
from aiohttp.typedefs import Middleware
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Counter, Gauge, Histogram, generate_latest

from storage import monitoring
from storage.db import Sessionmaker
from storage.models import utcnow

log = logging.getLogger(__name__)

PREFIX = "medborgardialog"
# A label value from the code: a channel, a state, a kind; a route pattern; a status number.
_NAME = re.compile(r"[a-z][a-z0-9_-]{0,39}")
_ROUTE = re.compile(r"(/[A-Za-z0-9_.{}-]*)+")
_METHODS = frozenset({"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"})
# Seconds: a turn is a few milliseconds on SQLite, a page a few more; a slow database shows up high.
# Label sets whose children are kept found (more are looked up each time): far more than the code has.
_CHILDREN_KEPT = 4_096
_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0)


def _label(value: str) -> str:
    """Return `value` if it looks like a name from the code, else "other" (never data)."""
    return value if _NAME.fullmatch(value) else "other"


def route_template(request: web.Request) -> str:
    """Return the matched route's pattern (`/officer/tips/{reference}`), never the path as requested."""
    resource = request.match_info.route.resource
    canonical = resource.canonical if resource is not None else ""
    return canonical if canonical and _ROUTE.fullmatch(canonical) else "unmatched"


class Metrics:
    """The product's metrics, in a registry of their own (one per runtime: tests run several)."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        r = self.registry
        self.turns = Counter(f"{PREFIX}_turns", "Resident turns handled, by channel, step (the conversation's "
                             "state when the turn arrived) and result", ["channel", "step", "result"], registry=r)
        self.turn_seconds = Histogram(f"{PREFIX}_turn_seconds", "Time from a turn's arrival at the router to its "
                                      "replies handed to the channel (lock, transaction, commit, sending)",
                                      ["channel", "step"], buckets=_BUCKETS, registry=r)
        self.deliveries = Counter(f"{PREFIX}_outbox_deliveries", "Outbox sends, by recipient, kind and result "
                                  "(delivered, retried: failed and tried again later, failed: given up)",
                                  ["recipient", "kind", "result"], registry=r)
        self.http_requests = Counter(f"{PREFIX}_http_requests", "Web requests, by method, route pattern and status",
                                     ["method", "route", "status"], registry=r)
        self.http_seconds = Histogram(f"{PREFIX}_http_request_seconds", "Time to answer a web request, by route "
                                      "pattern", ["route"], buckets=_BUCKETS, registry=r)
        self.outbox_pending = Gauge(f"{PREFIX}_outbox_pending", "Outbox messages waiting to be sent, by recipient "
                                    "(from the database: the same on every instance)", ["recipient"], registry=r)
        self.outbox_oldest_age = Gauge(f"{PREFIX}_outbox_oldest_pending_age_seconds", "Age of the oldest outbox "
                                       "message waiting to be sent; 0 when none waits", registry=r)
        self.tips = Gauge(f"{PREFIX}_tips", "Tips by status (from the database)", ["status"], registry=r)
        self.inbox_unfinished = Gauge(f"{PREFIX}_inbox_unfinished", "Updates taken in and not yet finished, "
                                      "every channel and instance (from the database)", registry=r)
        self.database_up = Gauge(f"{PREFIX}_database_up", "1 when the last scrape could read the database, "
                                 "else 0 (then the database's gauges keep their last values)", registry=r)
        self.scrape_seconds = Gauge(f"{PREFIX}_scrape_database_seconds", "Time the last scrape spent reading "
                                    "the database", registry=r)
        for recipient in ("officer", "tipster", "follower"):
            self.outbox_pending.labels(recipient)
        # The children of one set of label values, found once (prometheus_client's `labels()` checks
        # and looks them up under a lock at every call): a handful of channels, steps and results,
        # of methods, routes and statuses, each by the arguments as given.
        self._turn_children: dict[tuple[str, str, str], tuple[Counter, Histogram]] = {}
        self._request_children: dict[tuple[str, str, int], tuple[Counter, Histogram]] = {}

    # --- as it happens -------------------------------------------------------------------------

    def observe_turn(self, channel: str, step: str, result: str, seconds: float) -> None:
        """Count one resident turn (the router calls it; `services.observe_turn`)."""
        children = self._turn_children.get((channel, step, result))
        if children is None:
            named = _label(channel), _label(step)
            children = self.turns.labels(*named, _label(result)), self.turn_seconds.labels(*named)
            if len(self._turn_children) < _CHILDREN_KEPT:
                self._turn_children[(channel, step, result)] = children
        children[0].inc()
        children[1].observe(seconds)

    def observe_delivery(self, recipient: str, kind: str, result: str) -> None:
        """Count one outbox send: "delivered", "retried" or "failed" (the outbox worker calls it)."""
        self.deliveries.labels(_label(recipient), _label(kind), _label(result)).inc()

    def observe_request(self, method: str, route: str, status: int, seconds: float) -> None:
        method = method if method in _METHODS else "other"
        children = self._request_children.get((method, route, status))
        if children is None:
            children = self.http_requests.labels(method, route, str(status)), self.http_seconds.labels(route)
            if len(self._request_children) < _CHILDREN_KEPT:
                self._request_children[(method, route, status)] = children
        children[0].inc()
        children[1].observe(seconds)

    # --- on each scrape ----------------------------------------------------------------------

    async def refresh(self, reads: Sessionmaker, *, now: datetime | None = None) -> None:
        """Set the database's gauges from one snapshot, read on the read-only engine."""
        started = time.perf_counter()
        try:
            async with reads() as session:
                snapshot = await monitoring.snapshot(session=session)
        except Exception as exc:  # noqa: BLE001 - a scrape reports the database down, it does not fail
            log.warning("metrics: the database could not be read (%s)", type(exc).__name__)
            self.database_up.set(0)
            return
        finally:
            self.scrape_seconds.set(time.perf_counter() - started)
        self.database_up.set(1)
        for recipient in {*self._known(self.outbox_pending), *snapshot.outbox_pending}:
            self.outbox_pending.labels(_label(recipient)).set(snapshot.outbox_pending.get(recipient, 0))
        oldest = snapshot.outbox_oldest_pending
        self.outbox_oldest_age.set(max(0.0, ((now or utcnow()) - oldest).total_seconds()) if oldest else 0.0)
        for status, count in snapshot.tips.items():
            self.tips.labels(_label(status)).set(count)
        self.inbox_unfinished.set(snapshot.inbox_unfinished)

    @staticmethod
    def _known(gauge: Gauge) -> list[str]:
        return [sample.labels["recipient"] for family in gauge.collect() for sample in family.samples]

    def exposition(self) -> bytes:
        return generate_latest(self.registry)


Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


def request_counter(metrics_of: Callable[[web.Request], Metrics | None]) -> Middleware:
    """Return the web server's outermost middleware: it counts every request by its route's pattern
    in the metrics `metrics_of(request)` returns (the runtime's; None before there is one)."""

    @web.middleware
    async def count_requests(request: web.Request, handler: Handler) -> web.StreamResponse:
        started = time.perf_counter()
        status = 500
        try:
            response = await handler(request)
            status = response.status
            return response
        except web.HTTPException as exc:
            status = exc.status
            raise
        except asyncio.CancelledError:
            status = 499  # the client went away first (nginx's number for it)
            raise
        finally:
            metrics = metrics_of(request)
            if metrics is not None:
                metrics.observe_request(request.method, route_template(request), status,
                                        time.perf_counter() - started)

    return count_requests


def metrics_app(metrics: Metrics, reads: Sessionmaker) -> web.Application:
    """Return the small app served on METRICS_PORT: GET /metrics, nothing else."""

    async def scrape(request: web.Request) -> web.Response:
        await metrics.refresh(reads)
        response = web.Response(body=metrics.exposition())
        response.headers["Content-Type"] = CONTENT_TYPE_LATEST
        response.headers["Cache-Control"] = "no-store"
        return response

    app = web.Application()
    app.router.add_get("/metrics", scrape)
    return app


@asynccontextmanager
async def serving(metrics: Metrics, reads: Sessionmaker, host: str, port: int) -> AsyncIterator[web.AppRunner]:
    """Serve /metrics on host:port while inside (access log off: a scraper's address is noise)."""
    runner = web.AppRunner(metrics_app(metrics, reads), access_log=None)
    await runner.setup()
    try:
        await web.TCPSite(runner, host, port).start()
        yield runner
    finally:
        await runner.cleanup()

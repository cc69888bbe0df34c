"""The deployment kit in deploy/, read as its tools would (no Docker engine or systemd runs here)."""

from __future__ import annotations

import configparser
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEPLOY = ROOT / "deploy"


def test_the_image_is_slim_built_from_the_projects_files_runs_unprivileged_and_checks_its_health() -> None:
    dockerfile = (DEPLOY / "Dockerfile").read_text(encoding="utf-8")
    assert re.search(r"^FROM python:3\.11-slim$", dockerfile, re.M)
    for source in re.findall(r"^COPY (.+) \./", dockerfile, re.M):
        for name in source.split():
            assert (ROOT / name).exists(), f"the Dockerfile copies {name}, which is not in the repository"
    users = re.findall(r"^USER (\S+)$", dockerfile, re.M)
    assert users and users[-1] not in ("root", "0")
    assert "HEALTHCHECK" in dockerfile and "/healthz" in dockerfile
    assert dockerfile.rstrip().endswith('CMD ["medborgardialog", "run"]')


def test_compose_migrates_once_before_the_app_which_then_does_not() -> None:
    compose = (DEPLOY / "compose.yml").read_text(encoding="utf-8")
    app = compose.split("\n  app:\n", 1)[1]
    assert 'command: ["medborgardialog", "db", "upgrade"]' in compose
    assert "condition: service_completed_successfully" in app and 'RUN_MIGRATIONS: "false"' in app
    assert "image: postgres:16" in compose and "pg_isready" in compose
    assert '"127.0.0.1:8080:8080"' in app  # only the proxy on the host reaches it


def test_the_systemd_unit_migrates_first_and_is_hardened() -> None:
    unit = configparser.ConfigParser(strict=False, interpolation=None)
    unit.optionxform = str  # type: ignore[assignment,method-assign]
    unit.read(DEPLOY / "medborgardialog.service", encoding="utf-8")
    service = unit["Service"]
    assert service["ExecStartPre"].endswith("medborgardialog db upgrade")
    assert service["ExecStart"].endswith("medborgardialog run")
    for option, value in (("NoNewPrivileges", "yes"), ("ProtectSystem", "strict"), ("PrivateTmp", "yes"),
                          ("UMask", "0077"), ("StateDirectoryMode", "0700")):
        assert service[option] == value, option
    assert service["User"] != "root"
    # (Environment= is repeated; configparser keeps only the last one.)
    assert "Environment=TRUSTED_PROXIES=127.0.0.1,::1" in (DEPLOY / "medborgardialog.service").read_text()


def test_the_proxy_terminates_tls_and_sends_the_headers_trusted_proxies_reads() -> None:
    nginx = (DEPLOY / "nginx.conf").read_text(encoding="utf-8")
    assert "listen 443 ssl" in nginx and "ssl_certificate " in nginx
    assert "proxy_set_header X-Forwarded-For $remote_addr;" in nginx
    assert "proxy_set_header X-Forwarded-Proto $scheme;" in nginx
    assert "access_log off;" in nginx

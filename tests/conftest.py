"""Fixtures for tests that need a server. `. .ci/services.sh` starts them on loopback and exports
MARSAD_TEST_PG_URL / RAY_ADDRESS; without them those tests skip, unless MARSAD_REQUIRE_SERVICES=1
(set it in CI), where a missing service fails the test instead of hiding behind a skip."""

from __future__ import annotations

import importlib.util
import os
import uuid
from collections.abc import Iterator
from urllib.parse import urlsplit, urlunsplit

import pytest


def _missing(what: str) -> None:
    if os.environ.get("MARSAD_REQUIRE_SERVICES") == "1":
        pytest.fail(f"{what} (MARSAD_REQUIRE_SERVICES=1)")
    pytest.skip(what)


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A fresh, empty PostgreSQL database for this test, dropped afterwards."""
    base = os.environ.get("MARSAD_TEST_PG_URL")
    if not base:
        _missing("MARSAD_TEST_PG_URL is not set; `. .ci/services.sh` starts PostgreSQL on loopback")
    try:
        import psycopg
    except ImportError:
        _missing("psycopg is not installed (pip install 'marsad[postgres]')")
    name = f"marsad_t_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(base, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        yield urlunsplit(urlsplit(base)._replace(path=f"/{name}"))
    finally:
        with psycopg.connect(base, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(scope="session")
def ray_address() -> str:
    """The address of the running local Ray cluster (started by .ci/services.sh)."""
    address = os.environ.get("RAY_ADDRESS")
    if not address:
        _missing("RAY_ADDRESS is not set; `. .ci/services.sh` starts a local 2-CPU Ray head")
    if importlib.util.find_spec("ray") is None:  # not imported here: the engine sets up Ray's environment
        _missing("ray is not installed (pip install 'marsad[ray]')")
    return address

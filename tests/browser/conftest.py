"""Real browser tests: Playwright for Python driving Debian's Chromium against a live server.

Chromium is never downloaded (no ``playwright install``): Debian's package at
``/usr/bin/chromium`` is launched directly. When it or the ``playwright``
package is missing the tests are skipped with the reason, except with
``CI=true``, where a missing browser fails the run instead (scripts/test
installs Chromium when it runs as root).

Screenshots of every page visited go to ``test-artifacts/browser/<test>/NN-<page>.png``.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import pytest
from django.utils import timezone
from django_otp.plugins.otp_totp.models import TOTPDevice

from haven.accounts.models import User
from haven.cases import actions, assessing, deadlines
from haven.cases.models import Case
from haven.testing.personas import PASSWORD, Personas, current_token

if TYPE_CHECKING:
    from playwright.sync_api import Browser, BrowserContext, Page

CHROMIUM = os.environ.get("HAVEN_TEST_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "browser"
TIMEOUT_MS = 10_000


def _missing() -> str | None:
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "the playwright package is not installed (pip install -e '.[dev]')"
    if not (os.path.isfile(CHROMIUM) and os.access(CHROMIUM, os.X_OK)):
        return f"Chromium is not installed at {CHROMIUM} (apt-get install chromium)"
    return None


@pytest.fixture(scope="package")
def browser() -> Iterator[Browser]:
    missing = _missing()
    if missing:
        if os.environ.get("CI") == "true":
            pytest.fail(
                f"CI=true and {missing}: browser tests fail rather than skip.", pytrace=False
            )
        pytest.skip(f"browser tests need Chromium and Playwright: {missing}")
    from playwright.sync_api import sync_playwright

    # Playwright's sync API keeps its event loop visible as "running" in this
    # thread, so Django would refuse every ORM call from the tests with
    # SynchronousOnlyOperation. Nothing here is async: allow it while, and only
    # while, Playwright runs (the live server answers from its own thread).
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    try:
        with sync_playwright() as playwright:
            chromium = playwright.chromium.launch(
                executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
            )
            yield chromium
            chromium.close()
    finally:
        if previous is None:
            os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
        else:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


_FAILED = pytest.StashKey[bool]()
_STATUS_LOGGED = "Failed to load resource: the server responded with a status of"


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Any:
    """Remember whether the test itself failed, for a last screenshot of each page."""
    report = yield
    if report.when == "call":
        item.stash[_FAILED] = report.failed
    return report


class Shots:
    """Numbered full-page screenshots of one test, and the pages' problems.

    Every page opened through ``open_page`` is watched: a console error (a
    blocked stylesheet, a CSP violation) or an unexpected 4xx/5xx response is
    collected in ``problems`` and fails the test at the end.
    """

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self.count = 0
        self.problems: list[str] = []
        self.expected_statuses: set[tuple[str, int]] = set()
        self.pages: list[Page] = []

    def take(self, page: Page, name: str) -> Path:
        self.count += 1
        path = self.directory / f"{self.count:02d}-{name}.png"
        page.screenshot(path=str(path), full_page=True, scale="css")
        return path

    def expect_status(self, path: str, status: int) -> None:
        self.expected_statuses.add((path, status))

    def watch(self, page: Page) -> None:
        def on_response(response: Any) -> None:
            path = urlsplit(response.url).path
            if response.status >= 400 and (path, response.status) not in self.expected_statuses:
                self.problems.append(f"{response.status} for {path}")

        def on_console(message: Any) -> None:
            # Chromium also logs every 4xx/5xx response; those are judged above.
            if message.type == "error" and not message.text.startswith(_STATUS_LOGGED):
                self.problems.append(f"console error: {message.text}")

        page.on("response", on_response)
        page.on("console", on_console)
        self.pages.append(page)


@pytest.fixture
def shots(request: pytest.FixtureRequest) -> Iterator[Shots]:
    directory = ARTIFACTS / request.node.name
    shutil.rmtree(directory, ignore_errors=True)
    directory.mkdir(parents=True)
    taken = Shots(directory)
    yield taken
    assert not taken.problems, f"the pages had problems: {taken.problems}"


@pytest.fixture
def open_page(
    request: pytest.FixtureRequest, browser: Browser, live_server: Any, shots: Shots
) -> Iterator[Callable[..., Page]]:
    """``open_page(**context_options)``: a fresh browser context (its own cookies), one page."""
    contexts: list[BrowserContext] = []

    def make(**options: Any) -> Page:
        options.setdefault("locale", "en-GB")
        context = browser.new_context(base_url=live_server.url, **options)
        context.set_default_timeout(TIMEOUT_MS)
        contexts.append(context)
        page = context.new_page()
        shots.watch(page)
        return page

    yield make
    if request.node.stash.get(_FAILED, False):
        for page in shots.pages:
            if not page.is_closed():
                shots.take(page, "failure")
    for context in contexts:
        context.close()


def fresh_token(user: User) -> str:
    """The current code, with replay protection reset: one person signs in in several tests."""
    TOTPDevice.objects.filter(user=user).update(last_t=-1, throttling_failure_count=0)
    return current_token(user)


@pytest.fixture
def sign_in(shots: Shots) -> Callable[[Page, User], None]:
    """``sign_in(page, user)``: password, then the authenticator code, by clicking."""

    def do(page: Page, user: User) -> None:
        page.goto("/")
        assert page.url.split("?")[0].endswith("/accounts/login/")
        shots.take(page, f"sign-in-{user.username}")
        page.get_by_label("User name").fill(user.username)
        page.get_by_label("Password").fill(PASSWORD)
        page.get_by_role("button", name="Continue").click()
        page.wait_for_url("**/accounts/verify/**")
        shots.take(page, f"second-factor-{user.username}")
        page.get_by_label("Six-digit code").fill(fresh_token(user))
        page.get_by_role("button", name="Sign in").click()
        page.wait_for_url(lambda url: "/accounts/" not in url)
        page.get_by_role("button", name=f"Sign out {user.username}").wait_for()

    return do


@pytest.fixture
def expect() -> Any:
    """Playwright's auto-waiting assertions (imported late: the package may be missing)."""
    from playwright.sync_api import expect as playwright_expect

    playwright_expect.set_options(timeout=TIMEOUT_MS)
    return playwright_expect


@dataclass
class Desk:
    """Synthetic cases of several priorities and ages; every text is invented."""

    lead: User
    moderator: User
    outsider: User
    oldest_critical: Case
    newer_critical: Case
    old_high: Case
    restricted: Case
    normal: Case

    def inbox_order(self) -> list[Case]:
        """What the moderator's inbox must list: priority, then the longest wait."""
        return [
            self.oldest_critical,
            self.newer_critical,
            self.old_high,
            self.restricted,
            self.normal,
        ]


def _opened(lead: User, hours_ago: float, members: list[User], **answers: str) -> Case:
    case = actions.open_case(
        acting_user=lead, members=members, disclosure="Synthetic disclosure for a browser test."
    )
    created = timezone.now() - timedelta(hours=hours_ago)
    Case.objects.filter(pk=case.pk).update(
        created_at=created, first_response_due=deadlines.response_due(created, urgent=False)
    )
    case.refresh_from_db()
    if answers:
        # As a moderator's assessment would: the rules set priority and deadline.
        assessing.update_assessment(case, acting_user=lead, answers=answers)
    return case


@pytest.fixture
def desk(transactional_db: None, personas: Personas) -> Desk:
    lead, moderator, outsider = personas.lead, personas.moderator, personas.outsider
    on_case = [moderator]
    # Opened out of order, so neither creation order nor ids give the inbox order.
    newer_critical = _opened(lead, 0.5, on_case, immediate_risk="yes")
    old_high = _opened(lead, 8, on_case, threat_of_exposure="yes", demand_money="yes")
    oldest_critical = _opened(lead, 5, on_case, immediate_risk="yes")
    normal = _opened(lead, 20, [moderator, outsider])
    restricted = _opened(lead, 2, on_case, threat_of_exposure="yes")
    actions.set_restricted(restricted, True, acting_user=lead)
    return Desk(
        lead=lead,
        moderator=moderator,
        outsider=outsider,
        oldest_critical=oldest_critical,
        newer_critical=newer_critical,
        old_high=old_high,
        restricted=restricted,
        normal=normal,
    )


def unfold(page: Page, anchor: str) -> None:
    """Open the case page's folded section that holds ``#anchor`` by its summary, as a
    moderator does (no script is needed: <details>); a section already open stays so."""
    fold = page.locator(f"details.fold:has(#{anchor})")
    if fold.get_attribute("open") is None:
        fold.locator("summary").first.click()


def unfold_step(page: Page, key: str) -> None:
    """Open a step's own form on the case page (the steps section first)."""
    unfold(page, f"step-{key}")
    body = page.locator(f"#step-{key} details.step-body")
    if body.get_attribute("open") is None:
        body.locator("summary").click()

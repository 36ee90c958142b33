"""Django settings, read only from the environment (see docs/configuration.md).

Secure by default: DEBUG off, secure cookies, HSTS and SSL redirect for an https
public address. The one relaxation is a public address of http on a loopback
host, which is what the local demo uses.
"""

from __future__ import annotations

import ipaddress
import os
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit
from zoneinfo import available_timezones

import dj_database_url

from haven.core import env
from haven.core.errors import ConfigurationError
from haven.locale.languages import LANGUAGES as HAVEN_LANGUAGES

BASE_DIR = Path(__file__).resolve().parent

HAVEN_DATA_DIR = Path(env.string("HAVEN_DATA_DIR", "./var")).resolve()
HAVEN_PUBLIC_URL = env.string("HAVEN_PUBLIC_URL", "http://127.0.0.1:8000").rstrip("/")
DEBUG = env.boolean("HAVEN_DEBUG", False)

_public = urlsplit(HAVEN_PUBLIC_URL)
if _public.scheme not in {"http", "https"} or not _public.hostname:
    raise ConfigurationError(
        "HAVEN_PUBLIC_URL must be an http(s) address such as https://haven.example.org"
    )


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


HAVEN_LOCAL_HTTP = _public.scheme == "http" and _is_loopback(_public.hostname)
if _public.scheme == "http" and not HAVEN_LOCAL_HTTP:
    raise ConfigurationError("HAVEN_PUBLIC_URL must use https unless it is a loopback address.")


def _secret_key() -> str:
    configured = env.raw("HAVEN_SECRET_KEY")
    if configured:
        return configured
    path = HAVEN_DATA_DIR / "secret.key"
    if path.exists():
        return path.read_text(encoding="ascii").strip()
    # Only until 'haven init' writes the real one; 'haven check' fails and
    # 'haven serve' refuses to start while this is in use.
    return UNINITIALISED_SECRET_PREFIX + os.urandom(32).hex()


UNINITIALISED_SECRET_PREFIX = "haven-uninitialised-"  # noqa: S105  (a marker, not a secret)
SECRET_KEY = _secret_key()

ALLOWED_HOSTS = [_public.hostname, *env.string_list("HAVEN_ALLOWED_HOSTS")]
if HAVEN_LOCAL_HTTP:
    ALLOWED_HOSTS += ["127.0.0.1", "localhost", "[::1]"]
CSRF_TRUSTED_ORIGINS = [f"{_public.scheme}://{_public.netloc}"]

INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "axes",
    "django_tasks",
    "django_tasks_db",
    "haven.core",
    "haven.crypto",
    "haven.accounts",
    "haven.cases",
    "haven.evidence",
    "haven.fediverse",
    "haven.jobs",
    "haven.matching",
    "haven.notify",
    "haven.policy",
    "haven.portal",
    "haven.resources",
    "haven.web",
    "haven.testing",
]

MIDDLEWARE = [
    # First, so that every answer gets the security headers (haven.web.middleware).
    "haven.web.middleware.SecurityHeadersMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "haven.web.time_zones.MemberTimeZoneMiddleware",
    # After LocaleMiddleware (the browser's choice) and OTPMiddleware (signed in or not).
    "haven.web.languages.MemberLanguageMiddleware",
    "haven.accounts.middleware.SessionLifetimeMiddleware",
    # Before anything reads a body: nothing above it does (haven.web.limits).
    "haven.web.limits.BodyLimitMiddleware",
    "haven.accounts.middleware.RequireSecondFactorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "haven.web.middleware.HavenErrorMiddleware",
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "haven.urls"
WSGI_APPLICATION = "haven.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                # LANGUAGE_CODE for <html lang>, in whichever language the page is drawn.
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "haven.web.context.haven",
            ]
        },
    }
]

DATABASES = {
    "default": dj_database_url.parse(
        env.string("DATABASE_URL", f"sqlite:///{HAVEN_DATA_DIR / 'haven.sqlite3'}"),
        conn_max_age=env.integer("HAVEN_DB_CONN_MAX_AGE", 60, minimum=0),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets the web server read while the worker writes; IMMEDIATE stops
    # two writers deadlocking on lock upgrade.
    DATABASES["default"]["OPTIONS"] = {
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
        "init_command": (
            "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;"
            # Deleted rows are overwritten with zeros, not left in free pages:
            # an erased case's hashes must not be readable from the file.
            " PRAGMA secure_delete=ON;"
        ),
    }
    DATABASES["default"]["CONN_MAX_AGE"] = 0

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
AUTH_USER_MODEL = "accounts.User"

AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "web:home"
LOGOUT_REDIRECT_URL = "accounts:login"

# Staff sessions: idle timeout and absolute lifetime (THREATS.md, staff accounts).
HAVEN_SESSION_IDLE_SECONDS = (
    env.integer("HAVEN_SESSION_IDLE_MINUTES", 30, minimum=1, maximum=30) * 60
)
HAVEN_SESSION_MAX_SECONDS = env.integer("HAVEN_SESSION_MAX_HOURS", 12, minimum=1, maximum=12) * 3600
SESSION_COOKIE_AGE = HAVEN_SESSION_MAX_SECONDS
# Database sessions that store only a keyed hash of each key: a dumped row opens nothing.
SESSION_ENGINE = "haven.accounts.sessions"
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_HTTPONLY = True
CSRF_COOKIE_SAMESITE = "Lax"
# Browsers accept Secure and __Host- cookies on http://localhost and 127.0.0.1,
# so the local demo keeps them too.
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SESSION_COOKIE_NAME = "__Host-haven_session"
CSRF_COOKIE_NAME = "__Host-haven_csrf"

SECURE_SSL_REDIRECT = not HAVEN_LOCAL_HTTP
SECURE_HSTS_SECONDS = 0 if HAVEN_LOCAL_HTTP else 63072000
SECURE_HSTS_INCLUDE_SUBDOMAINS = not HAVEN_LOCAL_HTTP
# Preload only says the host consents to browsers' preload lists; nothing is listed
# until someone submits the domain (docs/operators.md, "HTTPS").
SECURE_HSTS_PRELOAD = not HAVEN_LOCAL_HTTP
HAVEN_BEHIND_PROXY = env.boolean("HAVEN_BEHIND_PROXY", False)
if HAVEN_BEHIND_PROXY:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_CONTENT_TYPE_NOSNIFF = True
# "same-origin", not "no-referrer": with no-referrer browsers send `Origin: null` on
# form posts, which Django's CSRF check rightly refuses. Nothing leaves for other sites.
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SILENCED_SYSTEM_CHECKS = ["security.W004", "security.W008"] if HAVEN_LOCAL_HTTP else []

# Second factor: TOTP with ±1 step, replay of the last token refused, growing delay.
OTP_TOTP_ISSUER = env.string("HAVEN_OTP_ISSUER", "Haven")
OTP_TOTP_TOLERANCE = 1
OTP_TOTP_THROTTLE_FACTOR = 1
OTP_STATIC_THROTTLE_FACTOR = 1

# Lock out by account as well as by address (axes locks by address alone by default).
AXES_FAILURE_LIMIT = env.integer("HAVEN_LOGIN_FAILURE_LIMIT", 5, minimum=1)
AXES_COOLOFF_TIME = env.integer("HAVEN_LOGIN_COOLOFF_MINUTES", 15, minimum=1) / 60
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
# Behind a proxy every request comes from the proxy's address: take the client's
# from the hop the proxy added, or one attacker would lock the whole team out.
AXES_CLIENT_IP_CALLABLE = "haven.accounts.client_ip.client_ip"
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "haven.accounts.views.locked_out"
AXES_VERBOSE = False
AXES_ENABLE_ACCESS_FAILURE_LOG = False
# Successful staff logins are not kept with address and browser: nothing needs them.
AXES_DISABLE_ACCESS_LOG = True

# The eight languages (docs/translating.md): LocaleMiddleware takes the browser's
# Accept-Language, or the visible switch's choice (i18n/setlang/), else English;
# a signed-in member's own choice then wins (haven.web.languages).
LANGUAGE_CODE = "en"
LANGUAGES = list(HAVEN_LANGUAGES)
LOCALE_PATHS = [BASE_DIR / "locale"]
# The switch's choice lasts until the browser closes, like the session, and only
# this site reads it: a language chosen on a shared device is not left behind.
LANGUAGE_COOKIE_NAME = "__Host-haven_language"
LANGUAGE_COOKIE_AGE = None
LANGUAGE_COOKIE_SECURE = True
LANGUAGE_COOKIE_HTTPONLY = True
LANGUAGE_COOKIE_SAMESITE = "Lax"
# The desk's time zone: dates for members who have not chosen their own, and on
# the victim's pages. Every date is shown with its zone (haven.formats).
TIME_ZONE = env.string("HAVEN_TIME_ZONE", "UTC")
if TIME_ZONE not in available_timezones():
    raise ConfigurationError("HAVEN_TIME_ZONE must be a time zone name such as Europe/Berlin.")
FORMAT_MODULE_PATH = ["haven.formats"]
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = HAVEN_DATA_DIR / "static"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedStaticFilesStorage"},
}
WHITENOISE_USE_FINDERS = True

TASKS = {
    "default": {
        "BACKEND": env.string("HAVEN_TASK_BACKEND", "django_tasks_db.DatabaseBackend"),
        "QUEUES": ["default"],
    }
}
HAVEN_TASK_MAX_ATTEMPTS = env.integer("HAVEN_TASK_MAX_ATTEMPTS", 5, minimum=1, maximum=50)
HAVEN_TASK_BACKOFF_SECONDS = env.integer("HAVEN_TASK_BACKOFF_SECONDS", 30, minimum=0)
HAVEN_TASK_LEASE_SECONDS = env.integer("HAVEN_TASK_LEASE_SECONDS", 900, minimum=1)
# Telling the team (haven.notify): e-mail through this SMTP server; empty turns e-mail off.
HAVEN_SMTP_HOST = env.string("HAVEN_SMTP_HOST", "")
HAVEN_SMTP_PORT = env.integer("HAVEN_SMTP_PORT", 587, minimum=1, maximum=65535)
HAVEN_SMTP_USER = env.string("HAVEN_SMTP_USER", "")
HAVEN_SMTP_PASSWORD = env.raw("HAVEN_SMTP_PASSWORD") or ""
HAVEN_SMTP_SECURITY = env.string("HAVEN_SMTP_SECURITY", "starttls").lower()
if HAVEN_SMTP_SECURITY not in {"starttls", "tls", "none"}:
    raise ConfigurationError("HAVEN_SMTP_SECURITY must be starttls, tls or none.")
HAVEN_SMTP_TIMEOUT_SECONDS = env.integer("HAVEN_SMTP_TIMEOUT_SECONDS", 10, minimum=1, maximum=120)
HAVEN_NOTIFY_FROM = env.string("HAVEN_NOTIFY_FROM", f"Haven <haven@{_public.hostname}>")
# Notification hosts allowed on a private address (a relay on the local network).
HAVEN_NOTIFY_PRIVATE_HOSTS = env.string_list("HAVEN_NOTIFY_PRIVATE_HOSTS")
# Signed checkpoints of every hash chain's head, kept outside the database (docs/operators.md).
HAVEN_CHECKPOINT_SECONDS = env.integer("HAVEN_CHECKPOINT_INTERVAL_MINUTES", 10, minimum=1) * 60
HAVEN_CHECKPOINT_KEEP = env.integer("HAVEN_CHECKPOINT_KEEP", 144, minimum=1)
HAVEN_CHECKPOINT_MIRROR = env.string("HAVEN_CHECKPOINT_MIRROR", "")

HAVEN_FIRST_RESPONSE_HOURS = env.integer("HAVEN_FIRST_RESPONSE_HOURS", 24, minimum=1)
HAVEN_URGENT_RESPONSE_MINUTES = env.integer("HAVEN_URGENT_RESPONSE_MINUTES", 60, minimum=5)
# The victim's side (haven.portal): messages are signed by the team, never by a moderator;
# the confidential pages live under a discreet path and leave for a neutral site.
HAVEN_TEAM_SIGNATURE = env.string("HAVEN_TEAM_SIGNATURE", "")
HAVEN_PORTAL_IDLE_SECONDS = (
    env.integer("HAVEN_PORTAL_IDLE_MINUTES", 30, minimum=1, maximum=120) * 60
)
# ISO 3166 country code of the server's jurisdiction: picks the mandatory reporting
# route shown on cases that may involve a minor. Empty: international routes only.
HAVEN_JURISDICTION = env.string("HAVEN_JURISDICTION", "").upper()
HAVEN_MEDIA_MAX_BYTES = env.integer("HAVEN_MEDIA_MAX_MB", 10, minimum=1, maximum=100) * 1024 * 1024

# The evidence vault (haven.evidence, docs/configuration.md#evidence): one item's
# size cap, and where the sealed blobs go (a directory in the data dir, or a bucket).
HAVEN_EVIDENCE_MAX_BYTES = (
    env.integer("HAVEN_EVIDENCE_MAX_MB", 100, minimum=1, maximum=4096) * 1024 * 1024
)
HAVEN_EVIDENCE_STORE = env.string("HAVEN_EVIDENCE_STORE", "local")
if HAVEN_EVIDENCE_STORE not in {"local", "s3"}:
    raise ConfigurationError("HAVEN_EVIDENCE_STORE must be local or s3.")
HAVEN_EVIDENCE_S3_BUCKET = env.string("HAVEN_EVIDENCE_S3_BUCKET", "")
HAVEN_EVIDENCE_S3_ENDPOINT = env.string("HAVEN_EVIDENCE_S3_ENDPOINT", "")
HAVEN_EVIDENCE_S3_REGION = env.string("HAVEN_EVIDENCE_S3_REGION", "us-east-1")
HAVEN_EVIDENCE_S3_ACCESS_KEY = env.string("HAVEN_EVIDENCE_S3_ACCESS_KEY", "")
HAVEN_EVIDENCE_S3_SECRET_KEY = env.string("HAVEN_EVIDENCE_S3_SECRET_KEY", "")
if HAVEN_EVIDENCE_STORE == "s3" and not HAVEN_EVIDENCE_S3_BUCKET:
    raise ConfigurationError("HAVEN_EVIDENCE_STORE=s3 needs HAVEN_EVIDENCE_S3_BUCKET.")
HAVEN_EVIDENCE_RETENTION_DAYS = env.integer("HAVEN_EVIDENCE_RETENTION_DAYS", 90, minimum=0)
# How often servers without a webhook are asked for new reports (haven.fediverse.polling).
HAVEN_POLL_INTERVAL_SECONDS = env.integer(
    "HAVEN_POLL_INTERVAL_SECONDS", 300, minimum=30, maximum=86400
)

# The confidential report page (haven.portal, docs/portal.md): a discreet path and
# title, so that neither a browser's history nor a glance at the screen says much,
# and the neutral site its quick-exit button leaves for.
HAVEN_PORTAL_PATH = env.string("HAVEN_PORTAL_PATH", "help/").strip("/") + "/"
if HAVEN_PORTAL_PATH == "/" or not all(
    part.replace("-", "").replace("_", "").isalnum() for part in HAVEN_PORTAL_PATH[:-1].split("/")
):
    raise ConfigurationError(
        "HAVEN_PORTAL_PATH must be a path such as help/ (letters, digits, - _)."
    )
if HAVEN_PORTAL_PATH.split("/")[0] in {
    "accounts",
    "audit",
    "cases",
    "directory",
    "hooks",
    "jobs",
    "notifications",
    "static",
}:
    raise ConfigurationError("HAVEN_PORTAL_PATH must not begin with a path the desk uses itself.")
HAVEN_PORTAL_TITLE = env.string("HAVEN_PORTAL_TITLE", "Help")
HAVEN_QUICK_EXIT_URL = env.string("HAVEN_QUICK_EXIT_URL", "https://www.wikipedia.org/")
if urlsplit(HAVEN_QUICK_EXIT_URL).scheme not in {"http", "https"}:
    raise ConfigurationError("HAVEN_QUICK_EXIT_URL must be an http(s) address.")

# Request bodies: refused above these before a byte is read (haven.web.limits). Staff
# send an image at the media cap with its form, or a long report: one at the length
# limit, percent-encoded, is about 2.4 MB, and one well past it still comes back to
# be trimmed. Django's own limits are the staff cap, so they never cut in first, and
# uploads stay in memory: nothing anyone sends is written to a temporary file.
HAVEN_ANONYMOUS_MAX_BODY_BYTES = (
    env.integer("HAVEN_ANONYMOUS_MAX_KB", 1024, minimum=16, maximum=10240) * 1024
)
HAVEN_STAFF_MAX_BODY_BYTES = HAVEN_MEDIA_MAX_BYTES + 4 * 1024 * 1024
# Only the evidence upload may send more: it is sealed as it streams
# (haven.evidence.uploads), never held in memory, so its cap follows the item cap.
HAVEN_EVIDENCE_UPLOAD_MAX_BODY_BYTES = HAVEN_EVIDENCE_MAX_BYTES + 4 * 1024 * 1024
DATA_UPLOAD_MAX_MEMORY_SIZE = HAVEN_STAFF_MAX_BODY_BYTES
FILE_UPLOAD_MAX_MEMORY_SIZE = HAVEN_STAFF_MAX_BODY_BYTES
FILE_UPLOAD_HANDLERS = ["django.core.files.uploadhandler.MemoryFileUploadHandler"]

# Logs carry ids only; the formatter adds nothing from the request.
LOGGING: dict[str, Any] = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env.string("HAVEN_LOG_LEVEL", "INFO").upper()},
    "loggers": {
        # django.request logs the path, which is fine (ids only), but never bodies.
        "django.db.backends": {"level": "WARNING", "propagate": True},
        "axes": {"level": "WARNING", "propagate": True},
        # httpx logs every request's full URL at INFO; a server's admin URL names accounts.
        "httpx": {"level": "WARNING", "propagate": True},
        "httpcore": {"level": "WARNING", "propagate": True},
        # faiss says at INFO which CPU build it tried on every start.
        "faiss.loader": {"level": "WARNING", "propagate": True},
    },
}

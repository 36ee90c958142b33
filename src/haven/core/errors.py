"""Haven's errors: one small tree, each with a stable code.

    HavenError                  base; ``code`` is stable, ``message`` is safe to show
    ├── ConfigurationError      a setting is missing or malformed (CLI exit 2)
    ├── NotFound                the object does not exist *or* the user may not see it (404)
    ├── InvalidInput            the request is malformed or breaks a rule (400)
    ├── Conflict                the action does not fit the current state (409)
    ├── CryptoError             a key is missing or ciphertext does not authenticate
    │   └── ContentErased       the data key is gone: the content was erased on purpose
    ├── RetryableError          a background job may succeed later (network, a locked row)
    └── PermanentError          a background job will never succeed as it is

Messages never carry case content, handles or secrets: they may reach a log,
a browser or a terminal.
"""

from __future__ import annotations


class HavenError(Exception):
    code = "haven_error"
    http_status = 500
    exit_code = 1

    def __init__(self, message: str = "", *, code: str | None = None) -> None:
        super().__init__(message or self.__class__.__doc__ or self.code)
        if code is not None:
            self.code = code

    @property
    def message(self) -> str:
        return str(self.args[0])


class ConfigurationError(HavenError):
    """Haven is not configured correctly."""

    code = "configuration"
    exit_code = 2


class NotFound(HavenError):
    """Not found."""

    code = "not_found"
    http_status = 404


class InvalidInput(HavenError):
    """The input is not valid."""

    code = "invalid_input"
    http_status = 400


class Conflict(HavenError):
    """That cannot be done in the current state."""

    code = "conflict"
    http_status = 409


class CryptoError(HavenError):
    """Encrypted content could not be read."""

    code = "crypto"


class ContentErased(CryptoError):
    """This content was erased."""

    code = "erased"
    http_status = 410


class RetryableError(HavenError):
    """A temporary failure; the job will be tried again."""

    code = "retryable"


class PermanentError(HavenError):
    """A failure that retrying will not fix."""

    code = "permanent"

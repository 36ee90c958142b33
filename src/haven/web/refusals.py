"""A refused form, kept for the page its refusal redirects to (POST/redirect/GET).

A refusal answers with a redirect, so reloading the page shows it again
without sending the form a second time. What the moderator typed must not be
lost either: the form's data, its errors and the reason are kept in the
session for the next GET of that page, and shown there once. The session table
is in every database dump (THREATS.md REST-1), so what is kept is sealed under
the case's key, bound to the person and the page; erasing the case makes it
unreadable, like the rest of the case.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import Any, TypeVar

from django import forms
from django.core.exceptions import NON_FIELD_ERRORS
from django.forms.utils import ErrorDict
from django.http import HttpRequest, HttpResponse, QueryDict
from django.shortcuts import redirect
from django.utils.datastructures import MultiValueDict

from haven.cases import sealing
from haven.cases.models import Case
from haven.core.errors import CryptoError

SESSION_KEY = "haven.refused_form"
NOT_KEPT = ("csrfmiddlewaretoken",)

F = TypeVar("F", bound=forms.BaseForm)


@dataclass(frozen=True)
class Refusal:
    """What a refused POST left: which form, where on the page, what was typed, and why."""

    form: str  # the key the page rebuilds the form by
    where: str  # the section (anchor) it is shown in
    data: dict[str, list[str]]
    errors: dict[str, list[str]]
    message: str
    code: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


def refusal_of(
    form: forms.BaseForm, *, key: str, where: str, message: str, code: str = "", **extra: Any
) -> Refusal:
    data = form.data
    assert isinstance(data, MultiValueDict)  # a bound form, bound to request.POST
    posted = {name: data.getlist(name) for name in data if name not in NOT_KEPT}
    errors = {name: [str(e) for e in errs] for name, errs in form.errors.items()}
    return Refusal(key, where, posted, errors, str(message), code, extra)


def _aad_where(request: HttpRequest, page: str) -> str:
    return f"refused-form:{request.user.pk}:{page}"


def keep(request: HttpRequest, case: Case, page: str, refusal: Refusal) -> None:
    """Keep ``refusal`` for the next GET of ``page`` of ``case`` (the last refusal only)."""
    text = json.dumps(asdict(refusal), ensure_ascii=False)
    try:
        sealed = sealing.seal(case.pk, _aad_where(request, page), text)
    except CryptoError:  # erased meanwhile: there is nothing to show it on
        return
    request.session[SESSION_KEY] = {
        "case": case.pk,
        "page": page,
        "sealed": base64.b64encode(sealed).decode("ascii"),
    }


def redirect_refused(
    request: HttpRequest, case: Case, page: str, refusal: Refusal, to: str
) -> HttpResponse:
    keep(request, case, page, refusal)
    return redirect(to)


def take(request: HttpRequest, case: Case, page: str) -> Refusal | None:
    """The refusal kept for this page of this case, once; any other kept one is dropped."""
    kept = request.session.pop(SESSION_KEY, None)
    if not isinstance(kept, dict) or kept.get("case") != case.pk or kept.get("page") != page:
        return None
    try:
        sealed = base64.b64decode(kept["sealed"])
        text = sealing.unseal(case.pk, _aad_where(request, page), sealed)
    except (CryptoError, KeyError, ValueError):
        return None
    return Refusal(**json.loads(text))


def rebuild(make: Callable[[QueryDict], F], refusal: Refusal) -> F:
    """The form bound to what was typed, with the errors it had. Its own check runs
    again (for ``cleaned_data``) but its errors are replaced by those kept: a domain
    refusal, or a file that is never kept, would read differently the second time."""
    data = QueryDict(mutable=True)
    for name, values in refusal.data.items():
        data.setlist(name, values)
    form = make(data)
    form.full_clean()
    form._errors = ErrorDict(renderer=form.renderer)  # type: ignore[attr-defined]
    for name, messages in refusal.errors.items():
        form.add_error(None if name == NON_FIELD_ERRORS else name, messages)
    return form

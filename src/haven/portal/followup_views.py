"""The victim's follow-up page: enter the code, read the team, answer, add evidence,
change consents, ask for erasure, leave.

Nobody here has an account: the session holds only the id of the code entered
(``followup_session``), checked again on every request. The code goes in a
POST body only, never in an address. A file sent with an answer is sealed as it
streams in (``SealingUploadHandler``), like a moderator's upload, so the CSRF
check runs inside the view once the handler is in place.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any

from django.conf import settings
from django.contrib import messages as flash
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt, csrf_protect
from django.views.decorators.http import require_http_methods

from haven.accounts.client_ip import client_ip
from haven.cases import consent, erasure
from haven.cases.models import Case, CaseKind, ConsentMethod, ConsentScope
from haven.core.errors import Conflict, InvalidInput
from haven.evidence import intake
from haven.evidence.models import EvidenceSource
from haven.evidence.uploads import SealedUpload, SealingUploadHandler
from haven.portal import codes, followup_session, messages, throttle
from haven.portal.followup_forms import CodeForm, ConsentForm, EraseForm, ReplyForm
from haven.portal.followup_help import other_help

CODE_PAGE = "portal_followup:code"
THREAD_PAGE = "portal_followup:thread"
# A victim's file is one item: a screenshot, a chat export, a short video.
UPLOAD_LIMIT_SETTING = "HAVEN_MEDIA_MAX_BYTES"

View = Callable[..., HttpResponse]


def _page(
    request: HttpRequest, template: str, context: dict[str, Any], status: int = 200
) -> HttpResponse:
    context = {
        "quick_exit_url": reverse("portal_followup:exit"),
        "portal_title": settings.HAVEN_PORTAL_TITLE,
        **context,
    }
    return render(request, f"portal/{template}", context, status=status)


def with_code(view: View) -> View:
    """Only with a live code in the session; otherwise back to the code form."""

    @wraps(view)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        had_code = followup_session.has_code(request)
        case = followup_session.current_case(request)
        if case is None:
            if had_code:
                flash.info(request, _("Please enter your code again."))
            return redirect(CODE_PAGE)
        return view(request, case, *args, **kwargs)

    return wrapper


def victims_language() -> str:
    code = (translation.get_language() or "en").split("-")[0].lower()
    return code if code in messages.languages() else "en"


@require_http_methods(["GET", "HEAD", "POST"])
def code_page(request: HttpRequest) -> HttpResponse:
    if request.method != "POST":
        if followup_session.current_case(request) is not None:
            return redirect(THREAD_PAGE)
        return _page(request, "followup_code.html", {"form": CodeForm()})
    form = CodeForm(request.POST)
    if not form.is_valid():
        return _page(request, "followup_code.html", {"form": form}, status=400)
    try:
        case = codes.verify_code(form.cleaned_data["code"], address=client_ip(request) or "")
        followup_session.enter(request, case)
    except codes.WrongCode as wrong:
        # One message for every wrong code, whatever made it wrong.
        message = _("That code does not open a report. Check it and try again.")
        context = {"form": CodeForm(), "error": message}
        return _page(request, "followup_code.html", context, status=wrong.http_status)
    except throttle.TooManyAttempts as limited:
        context = {"form": CodeForm(), "error": limited.message}
        response = _page(request, "followup_code.html", context, status=429)
        response["Retry-After"] = str(limited.retry_after)
        return response
    return redirect(THREAD_PAGE)


def _thread_context(request: HttpRequest, case: Case, **forms: Any) -> dict[str, Any]:
    current = consent.current_consents(case)
    initial = {scope.value: bool(record and record.given) for scope, record in current.items()}
    return {
        "thread": messages.thread(case),
        "reply_form": forms.get("reply_form") or ReplyForm(auto_id="reply-%s"),
        "consent_form": forms.get("consent_form")
        or ConsentForm(initial=initial, auto_id="consent-%s"),
        "can_keep_files": _evidence_scope(case) is not None,
        "help": other_help(request, case),
    }


@require_http_methods(["GET", "HEAD"])
@with_code
def thread_page(request: HttpRequest, case: Case) -> HttpResponse:
    context = _thread_context(request, case)
    messages.mark_read(case)
    return _page(request, "followup_thread.html", context)


def _evidence_scope(case: Case) -> ConsentScope | None:
    """The consent a victim's file is kept under; None if they gave none that keeps files."""
    if case.kind == CaseKind.CSEA:
        return ConsentScope.EVIDENCE_FOR_BAN  # only its hashes are kept (intake)
    for scope in (ConsentScope.EVIDENCE_FOR_BAN, ConsentScope.EVIDENCE_FOR_POLICE):
        if consent.has_consent(case, scope):
            return scope
    return None


def _add_file(case: Case, upload: object) -> None:
    if not isinstance(upload, SealedUpload):
        raise InvalidInput(_("That file could not be read. Nothing of it was kept."))
    scope = _evidence_scope(case)
    if scope is None:
        raise Conflict(
            _(
                "To keep a file you send, first allow the team to keep evidence, under "
                "“What the team may do” below."
            )
        )
    try:
        intake.receive_evidence(
            case, upload, acting_user=None, source=EvidenceSource.VICTIM, scope=scope
        )
    except InvalidInput as error:
        if error.code == "too_large":
            raise InvalidInput(_("That file is too large. Nothing of it was kept.")) from None
        raise InvalidInput(
            _(
                "That file could not be read: it may be damaged, or of a kind Haven does not "
                "take (images, videos, PDF files, saved chats). Nothing of it was kept."
            )
        ) from None


@csrf_protect
def _reply(request: HttpRequest, case: Case, handler: SealingUploadHandler) -> HttpResponse:
    form = ReplyForm(request.POST, request.FILES, auto_id="reply-%s")
    try:
        if handler.too_large:
            raise InvalidInput(_("That file is too large. Nothing of it was kept."))
        if not form.is_valid():
            raise InvalidInput(_("Please check what is marked below."))
        body, upload = form.cleaned_data["body"], form.cleaned_data["file"]
        if not body and not upload:
            raise InvalidInput(_("Write an answer, or choose a file to add."))
        if body:
            messages.clean_body(body)  # refused before any file is kept
        if upload:
            _add_file(case, upload)
        if body:
            messages.receive_from_victim(case, body=body, language=victims_language())
    except (InvalidInput, Conflict) as error:
        form.add_error(None, error.message)
        context = _thread_context(request, case, reply_form=form)
        return _page(request, "followup_thread.html", context, status=error.http_status)
    if body and upload:
        flash.success(request, _("Your answer and your file were sent to the team."))
    elif body:
        flash.success(request, _("Your answer was sent to the team."))
    else:
        flash.success(request, _("Your file was added for the team."))
    return redirect(THREAD_PAGE)


@csrf_exempt  # checked inside, once the body can be read (see the module's docstring)
@require_http_methods(["POST"])
@with_code
def reply(request: HttpRequest, case: Case) -> HttpResponse:
    limit = int(getattr(settings, UPLOAD_LIMIT_SETTING))
    handler = SealingUploadHandler(request, case_id=case.pk, limit=limit)
    request.upload_handlers = [handler]
    try:
        return _reply(request, case, handler)
    finally:
        handler.discard_unclaimed()


@require_http_methods(["POST"])
@with_code
def change_consents(request: HttpRequest, case: Case) -> HttpResponse:
    form = ConsentForm(request.POST, auto_id="consent-%s")
    if not form.is_valid():  # only booleans: cannot fail, but say so if it does
        context = _thread_context(request, case, consent_form=form)
        return _page(request, "followup_thread.html", context, status=400)
    changed = 0
    with transaction.atomic():
        for scope in ConsentScope:
            given = bool(form.cleaned_data[scope.value])
            if given != consent.has_consent(case, scope):
                consent.record_consent(
                    case, scope, given=given, acting_user=None, method=ConsentMethod.PORTAL
                )
                changed += 1
    if changed:
        flash.success(request, _("Your choices were saved. The team can see them now."))
    else:
        flash.info(request, _("Nothing was changed."))
    return redirect(THREAD_PAGE)


@require_http_methods(["GET", "HEAD", "POST"])
@with_code
def erase_page(request: HttpRequest, case: Case) -> HttpResponse:
    if request.method != "POST":
        return _page(request, "followup_erase.html", {"form": EraseForm()})
    form = EraseForm(request.POST)
    if not form.is_valid():
        return _page(request, "followup_erase.html", {"form": form}, status=400)
    erasure.erase_at_victims_request(case)
    followup_session.leave(request)
    return _page(request, "followup_erased.html", {})


@require_http_methods(["POST"])
def leave(request: HttpRequest) -> HttpResponse:
    followup_session.leave(request)
    flash.info(request, _("You have left the page. Your code opens it again."))
    return redirect(CODE_PAGE)


@require_http_methods(["GET", "HEAD"])
def quick_exit(request: HttpRequest) -> HttpResponse:
    """The quick-exit button: forget the code, then off to the neutral site.

    So that the back button, or the next person at the device, finds the code
    form rather than the messages. Forgetting a code is harmless, so a GET may do it.
    """
    followup_session.leave(request)
    return redirect(settings.HAVEN_QUICK_EXIT_URL)

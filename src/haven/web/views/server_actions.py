"""A case's actions on the moderator's server: ask for one, confirm it, release or cancel it.

Asking shows a confirmation page first: what the action causes on that server
(its module says), the victim's recorded wishes, and the exact requests Haven
will send. Only the confirmation's POST queues the action (``outbox``). A refusal
at either step redirects back to the form with what was typed (``haven.web.refusals``),
so a reload sends nothing again.

The form offers only the account actions some connected server's software can
do; each of the case's reports is resolved on its own (``server_resolve``): on
Mastodon every account action resolves the account's open reports itself.
"""

from __future__ import annotations

from collections.abc import Callable

from django import forms
from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from haven.cases import victim_wishes
from haven.cases.models import Case
from haven.core.errors import Conflict, HavenError, InvalidInput, NotFound
from haven.fediverse import capture_hold, credentials, leak_guard, linked, outbox, report_intake
from haven.fediverse.models import ActionState, CaptureRun, Connection, EnforcementAction
from haven.fediverse.outbox import Target
from haven.fediverse.servers import ActionKind, ActionRequest, PlannedRequest, module_for
from haven.web import refusals
from haven.web.http import StaffRequest
from haven.web.views import server_forward, server_resolve
from haven.web.views.base import case_view

PAGE = "server"
# The actions this form can ask for: each is on the perpetrator's account.
ACCOUNT_ACTIONS = (
    ActionKind.SUSPEND,
    ActionKind.LIMIT,
    ActionKind.MARK_SENSITIVE,
    ActionKind.DELETE_ACCOUNT_DATA,
)


def offered_kinds() -> list[ActionKind]:
    """The account actions at least one active connection's software can do."""
    softwares = set(Connection.objects.filter(active=True).values_list("software", flat=True))
    modules = [module_for(software) for software in softwares]
    return [kind for kind in ACCOUNT_ACTIONS if any(m.offers(kind) for m in modules)]


class ConnectionField(forms.ModelChoiceField[Connection]):
    def label_from_instance(self, obj: object) -> str:
        # The server's name, never the connection's id: that is its webhook address.
        assert isinstance(obj, Connection)
        return f"{obj.domain or obj.base_url} ({obj.get_software_display()})"


class ActionForm(forms.Form):
    connection = ConnectionField(
        label=gettext_lazy("Server"),
        queryset=Connection.objects.filter(active=True),
        empty_label=None,
    )
    kind = forms.ChoiceField(label=gettext_lazy("Action"), choices=ActionKind.choices)
    target = forms.TypedChoiceField(label=gettext_lazy("Account"), coerce=int, choices=())
    reason = forms.CharField(
        label=gettext_lazy("Why (kept with the case, never sent)"),
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    text = forms.CharField(
        label=gettext_lazy("Text shown to the account's owner (optional)"),
        help_text=gettext_lazy(
            "Leave it empty, or write something neutral. It is checked first: it may not "
            "name the victim, quote the report or hold the case's id."
        ),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    wait_for_victim = forms.BooleanField(
        label=gettext_lazy(
            "Wait until the victim says they are ready (after saving their evidence or "
            "blocking the account elsewhere)"
        ),
        required=False,
    )
    not_before = forms.DateTimeField(
        label=gettext_lazy("Or not before (date and time, optional)"), required=False
    )
    respects_wishes = forms.BooleanField(
        label=gettext_lazy("This respects the victim's wishes, shown above"), required=False
    )

    def __init__(self, *args: object, targets: list[Target], **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.fields["target"].choices = [(t.party_id, t.acct) for t in targets]  # type: ignore[attr-defined]
        self.fields["kind"].choices = [(k.value, k.label) for k in offered_kinds()]  # type: ignore[attr-defined]

    def clean(self) -> dict[str, object]:
        data = super().clean() or {}
        connection, kind = data.get("connection"), data.get("kind")
        offered = isinstance(connection, Connection) and (
            not kind or module_for(connection.software).offers(ActionKind(kind))
        )
        if isinstance(connection, Connection) and not offered:
            self.add_error("kind", _("This server cannot do that."))
        return data


def _page(request: StaffRequest, case: Case, form: ActionForm, status: int = 200) -> HttpResponse:
    actions = EnforcementAction.objects.filter(case=case).select_related(
        "connection", "requested_by"
    )
    context = {
        "case": case,
        "form": form,
        "actions": [(action, _plan_of(action)) for action in actions],
        "has_targets": bool(form.fields["target"].choices),  # type: ignore[attr-defined]
        "has_connections": Connection.objects.filter(active=True).exists(),
        "wishes": victim_wishes.read_wishes(case),
        "waiting": ActionState.WAITING,
        "queued": ActionState.QUEUED,
        "captures": CaptureRun.objects.filter(case=case),
        "held": capture_hold.held_items(case),
        "linked": linked.linked_by_connection(case),
        "resolvable": server_resolve.resolvable_reports(case),
        "forwardable": server_forward.forwardable_reports(case),
        "forwarded": case.events.filter(type=report_intake.REPORT_FORWARDED.name).exists(),
    }
    return render(request, "web/server/case.html", context, status=status)


def _plan_of(action: EnforcementAction) -> list[PlannedRequest]:
    return outbox.planned_requests(action) if action.state == ActionState.DRY_RUN else []


def _action_form(case: Case, data=None) -> ActionForm:
    return ActionForm(data, targets=outbox.perpetrator_accounts(case), auto_id="act-%s")


@case_view("GET", "HEAD")
def server_actions(request: StaffRequest, case: Case) -> HttpResponse:
    refusal = refusals.take(request, case, PAGE)
    if refusal is None:
        return _page(request, case, _action_form(case))
    return _page(request, case, refusals.rebuild(lambda data: _action_form(case, data), refusal))


def _refused(request: StaffRequest, case: Case, form: ActionForm) -> HttpResponse:
    refusal = refusals.refusal_of(form, key="ask", where="ask", message="")
    to = reverse("web:case_server", args=[case.pk]) + "#ask"
    return refusals.redirect_refused(request, case, PAGE, refusal, to)


def _chosen(form: ActionForm, targets: list[Target]) -> Target:
    by_id = {t.party_id: t for t in targets}
    return by_id[form.cleaned_data["target"]]


@case_view("POST")
def server_action_confirm(request: StaffRequest, case: Case) -> HttpResponse:
    """Step one: check the form and show what will happen; nothing is queued yet."""
    targets = outbox.perpetrator_accounts(case)
    form = ActionForm(request.POST, targets=targets, auto_id="act-%s")
    if not form.is_valid():
        return _refused(request, case, form)
    data, target = form.cleaned_data, _chosen(form, targets)
    connection: Connection = data["connection"]
    module = module_for(connection.software)
    kind = ActionKind(data["kind"])
    guarded = leak_guard.check(case, data["text"])
    if not guarded.ok:
        form.add_error(
            "text",
            _("This text would reveal the case to the server: %(why)s. Write it without them.")
            % {"why": "; ".join(guarded.reasons)},
        )
        return _refused(request, case, form)
    client = module.client(connection.base_url, credentials.token_of(connection))
    try:
        plan = client.plan(ActionRequest(kind=kind, account_id=target.remote_id, text=data["text"]))
    finally:
        client.close()
    context = {
        "case": case,
        "form": form,
        "target": target,
        "connection": connection,
        "kind": kind,
        "consequence": module.consequences[kind],
        "plan": plan,
        "wishes": victim_wishes.read_wishes(case),
    }
    return render(request, "web/server/confirm.html", context)


@case_view("POST")
def server_action_request(request: StaffRequest, case: Case) -> HttpResponse:
    """Step two: the confirmed action is queued (or waits, as asked)."""
    targets = outbox.perpetrator_accounts(case)
    form = ActionForm(request.POST, targets=targets, auto_id="act-%s")
    if not form.is_valid():
        return _refused(request, case, form)
    data, target = form.cleaned_data, _chosen(form, targets)
    try:
        outbox.request_action(
            case,
            data["connection"],
            data["kind"],
            acting_user=request.user,
            reason=data["reason"],
            confirmed_wishes=data["respects_wishes"],
            account_id=target.remote_id,
            text=data["text"],
            wait_for_victim=data["wait_for_victim"],
            not_before=data["not_before"],
        )
    except (InvalidInput, Conflict) as refused:
        form.add_error(None, refused.message)
        return _refused(request, case, form)
    messages.success(request, _("The action was asked for: its outcome shows below."))
    return redirect(reverse("web:case_server", args=[case.pk]))


def _action(case: Case, action_id: str) -> EnforcementAction:
    action = EnforcementAction.objects.filter(case=case, pk=action_id).first()
    if action is None:
        raise NotFound("No such action.")
    return action


@case_view("POST")
def server_action_release(request: StaffRequest, case: Case, action_id: str) -> HttpResponse:
    return _change(request, case, action_id, outbox.release, _("Released: it runs now."))


@case_view("POST")
def server_action_cancel(request: StaffRequest, case: Case, action_id: str) -> HttpResponse:
    return _change(request, case, action_id, outbox.cancel, _("Cancelled."))


def _change(
    request: StaffRequest,
    case: Case,
    action_id: str,
    verb: Callable[..., None],
    said: str,
) -> HttpResponse:
    action = _action(case, action_id)
    try:
        verb(action, acting_user=request.user)
    except HavenError as refused:
        messages.error(request, refused.message)
    else:
        messages.success(request, said)
    return redirect(reverse("web:case_server", args=[case.pk]))

from django.urls import path

from haven.web.views import (
    audit,
    base,
    care,
    closing,
    connections,
    detector,
    evidence,
    hooks,
    images,
    inbox,
    intake,
    messages,
    notify_settings,
    page,
    policy,
    server_actions,
    server_capture,
    server_forward,
    server_reports,
    server_resolve,
    team,
)

app_name = "web"
case = "cases/<str:case_id>/"
urlpatterns = [
    path("", inbox.home, name="home"),
    path("healthz", base.healthz, name="healthz"),
    path("hooks/<str:connection_id>/", hooks.delivery, name="hook_delivery"),
    path("audit/", audit.audit_stream, name="audit"),
    path("notifications/", notify_settings.notify_settings, name="notify_settings"),
    path("notifications/test/", notify_settings.notify_test, name="notify_test"),
    # Before the case routes: "new" is not a case id (those are 22 random characters).
    path("cases/new/", intake.open_case, name="open_case"),
    path(case, page.case_detail, name="case"),
    path(case + "timeline/", page.case_timeline, name="case_timeline"),
    path(case + "assessment/", care.assessment, name="case_assessment"),
    path(case + "steps/<str:key>/", care.step, name="case_step"),
    path(case + "wishes/", care.wishes, name="case_wishes"),
    path(case + "consent/", care.record_consent, name="case_consent"),
    path(case + "messages/", messages.compose, name="case_messages"),
    path(case + "response/", closing.response, name="case_response"),
    path(case + "close/", closing.close, name="case_close"),
    path(case + "status/", closing.status, name="case_status"),
    path(case + "media/", images.upload, name="case_media"),
    path(case + "media/<str:media_id>/preview/", images.preview, name="case_media_preview"),
    path(case + "media/<str:media_id>/reveal/", images.reveal, name="case_media_reveal"),
    path(case + "evidence/", evidence.evidence_list, name="case_evidence"),
    path(case + "evidence/add/", evidence.evidence_add, name="case_evidence_add"),
    path(case + "evidence/export/", evidence.evidence_export, name="case_evidence_export"),
    path(case + "evidence/retention/", evidence.evidence_retention, name="case_evidence_retention"),
    path(case + "evidence/<str:item_id>/", evidence.item_detail, name="case_evidence_item"),
    path(
        case + "evidence/<str:item_id>/reveal/", evidence.item_reveal, name="case_evidence_reveal"
    ),
    path(
        case + "evidence/<str:item_id>/download/",
        evidence.item_download,
        name="case_evidence_download",
    ),
    path(case + "server/", server_actions.server_actions, name="case_server"),
    path(
        case + "server/capture/<str:capture_id>/retry/",
        server_capture.capture_retry,
        name="case_capture_retry",
    ),
    path(
        case + "server/linked/confirm/",
        server_capture.suspend_all_confirm,
        name="case_linked_confirm",
    ),
    path(case + "server/linked/suspend/", server_capture.suspend_all, name="case_linked_suspend"),
    path(
        case + "server/reports/<str:capture_id>/resolve/",
        server_resolve.report_resolve,
        name="case_report_resolve",
    ),
    path(
        case + "server/reports/<str:capture_id>/forward/confirm/",
        server_forward.report_forward_confirm,
        name="case_report_forward_confirm",
    ),
    path(
        case + "server/reports/<str:capture_id>/forward/",
        server_forward.report_forward,
        name="case_report_forward",
    ),
    path(
        case + "server/confirm/", server_actions.server_action_confirm, name="case_server_confirm"
    ),
    path(
        case + "server/request/", server_actions.server_action_request, name="case_server_request"
    ),
    path(
        case + "server/<str:action_id>/release/",
        server_actions.server_action_release,
        name="case_server_release",
    ),
    path(
        case + "server/<str:action_id>/cancel/",
        server_actions.server_action_cancel,
        name="case_server_cancel",
    ),
    path(case + "people/", team.people, name="case_people"),
    path(case + "team/", team.team, name="case_team"),
    path(case + "restrict/", team.restrict, name="case_restrict"),
    path(case + "erase/", team.erase, name="case_erase"),
    path(case + "notes/", team.add_note, name="case_add_note"),
    path(case + "reports/", intake.add_report, name="case_add_report"),
    path(case + "reports/<str:note_id>/mark/", detector.mark, name="case_mark_verdict"),
    path("detector/", detector.figures, name="detector"),
    path("server-rules/", policy.server_rules, name="server_rules"),
    path("servers/", connections.connections, name="connections"),
    path(
        "servers/<str:connection_id>/verify/",
        connections.connection_verify,
        name="connection_verify",
    ),
    path(
        "servers/<str:connection_id>/dry-run/",
        connections.connection_dry_run,
        name="connection_dry_run",
    ),
    path(
        "servers/<str:connection_id>/webhook-secret/",
        connections.connection_webhook_secret,
        name="connection_webhook_secret",
    ),
    path(
        "servers/<str:connection_id>/disconnect/",
        connections.connection_disconnect,
        name="connection_disconnect",
    ),
    path("server-reports/", server_reports.server_reports, name="server_reports"),
    path("server-reports/by-server/", server_reports.by_server, name="server_reports_by_server"),
    path(
        "server-reports/<int:report_id>/open/",
        server_reports.open_server_report,
        name="server_report_open",
    ),
]

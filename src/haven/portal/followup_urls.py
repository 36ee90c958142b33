"""The follow-up page's addresses, under the portal's discreet path (``HAVEN_PORTAL_PATH``).

Nothing about a report is ever in them: the code travels in a POST body, the
case is found from the session.
"""

from django.urls import path

from haven.portal import followup_views as views

app_name = "portal_followup"

urlpatterns = [
    path("back/", views.code_page, name="code"),
    path("back/messages/", views.thread_page, name="thread"),
    path("back/reply/", views.reply, name="reply"),
    path("back/choices/", views.change_consents, name="consents"),
    path("back/erase/", views.erase_page, name="erase"),
    path("back/leave/", views.leave, name="leave"),
    path("back/exit/", views.quick_exit, name="exit"),
]

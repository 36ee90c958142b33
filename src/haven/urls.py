from django.conf import settings
from django.urls import include, path

urlpatterns = [
    path("accounts/", include("haven.accounts.urls")),
    path("jobs/", include("haven.jobs.urls")),
    path("directory/", include("haven.resources.urls")),
    # set_language: the language switch (portal/_language_switch.html).
    path("i18n/", include("django.conf.urls.i18n")),
    path(settings.HAVEN_PORTAL_PATH, include("haven.portal.urls")),
    path(settings.HAVEN_PORTAL_PATH, include("haven.portal.followup_urls")),
    path("", include("haven.web.urls")),
]

handler404 = "haven.web.views.not_found"
handler403 = "haven.web.views.not_found"

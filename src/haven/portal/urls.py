from django.urls import path

from haven.portal import views_report

app_name = "portal"
urlpatterns = [
    path("", views_report.report, name="report"),
    path("urgent/", views_report.urgent_help, name="urgent_help"),
]

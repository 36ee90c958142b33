from django.urls import path

from haven.jobs import views

app_name = "jobs"
urlpatterns = [
    path("failed/", views.failed_jobs, name="failed"),
    path("failed/<int:job_id>/retry/", views.retry, name="retry"),
    path("failed/<int:job_id>/dismiss/", views.dismiss, name="dismiss"),
]

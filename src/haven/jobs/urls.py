from django.urls import path

from haven.jobs import views

app_name = "jobs"
urlpatterns = [path("failed/", views.failed_jobs, name="failed")]

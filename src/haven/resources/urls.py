from django.urls import path

from haven.resources import views

app_name = "resources"
urlpatterns = [
    path("", views.directory_page, name="directory"),
    path("new/", views.organisation_edit, name="add"),
    path("<str:org_id>/edit/", views.organisation_edit, name="edit"),
]

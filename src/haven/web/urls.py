from django.urls import path

from haven.web import views

app_name = "web"
urlpatterns = [
    path("", views.home, name="home"),
    path("healthz", views.healthz, name="healthz"),
    path("cases/<str:case_id>/", views.case_detail, name="case"),
    path("cases/<str:case_id>/timeline/", views.case_timeline, name="case_timeline"),
    path("cases/<str:case_id>/notes/", views.case_add_note, name="case_add_note"),
]

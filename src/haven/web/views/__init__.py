"""Moderator pages. Each view: look up through access, call one domain function, render.

Split by section of the case page; ``urls.py`` names each view by its module.
"""

from haven.web.views.base import case_view, error_page, healthz, not_found
from haven.web.views.inbox import home
from haven.web.views.page import case_detail, case_timeline

__all__ = [
    "case_detail",
    "case_timeline",
    "case_view",
    "error_page",
    "healthz",
    "home",
    "not_found",
]

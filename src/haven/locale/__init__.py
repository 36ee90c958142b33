"""Haven's gettext catalogues (``<lang>/LC_MESSAGES/django.po``) and the tools that keep them.

See docs/translating.md. The ``.mo`` files beside the ``.po`` files are build
products: ``setup.py`` writes them on every install, ``python -m haven.locale
compile`` on demand.
"""

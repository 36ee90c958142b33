import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "haven.settings")
application = get_wsgi_application()

# The detector's lexicons and language model load as the process starts, not
# while the first report of the day waits (holding a lock) for them.
from haven.cases import screening  # noqa: E402

screening.warm_up()

"""Gunicorn settings for 'haven serve', loaded with ``-c python:haven.jobs.gunicorn_conf``.

Naming a config also stops gunicorn from executing a ``gunicorn.conf.py`` it finds
in the working directory. The address, worker counts and trusted proxies come
from 'haven serve' on the command line, which overrides what is here.
"""

wsgi_app = "haven.wsgi:application"

# Threads per process: a slow client does not hold a whole process.
worker_class = "gthread"
threads = 4
timeout = 30
graceful_timeout = 20
keepalive = 5
# Recycle processes now and then, so a slow leak cannot grow without bound.
max_requests = 2000
max_requests_jitter = 200

# No access log by default. Its default format records the client address, user
# agent, referrer and query string of every request: for the report portal that
# is a list of who reported and when. 'haven serve --access-log' turns on a format
# without them (see haven.jobs.serve.ACCESS_LOG_FORMAT).
accesslog = None
errorlog = "-"
loglevel = "info"

# Nothing listens beside the HTTP port (gunicorn 25+ opens a control socket by default).
control_socket_disable = True

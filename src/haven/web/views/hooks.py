"""Webhook deliveries from connected servers: ``POST /hooks/<connection id>/``.

Open to anyone (a server signs, it does not sign in), bounded like every
anonymous request (``haven.web.limits``), answered from the raw body's
signature alone: nothing of the body is echoed, logged or kept.
"""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from haven.fediverse import webhooks


@csrf_exempt  # authenticated by the server's signature over the body, not by a cookie
@require_POST
def delivery(request: HttpRequest, connection_id: str) -> HttpResponse:
    answer = webhooks.accept(connection_id, request.headers, request.body)
    return HttpResponse(status=answer.value, content_type="text/plain")

from __future__ import annotations

from django import template

register = template.Library()


@register.filter
def lookup(mapping, key):
    """``notices|lookup:anchor``: a dict entry by a computed key, "" when absent."""
    return mapping.get(key, "") if mapping else ""

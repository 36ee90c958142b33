"""The server softwares Haven speaks to: one module each, registered when imported.

Adding a software is one module here and one import line below.
"""

from haven.fediverse.software import gotosocial, mastodon, misskey  # noqa: F401

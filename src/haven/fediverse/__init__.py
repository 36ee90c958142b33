"""Everything about the fediverse: accounts, and the moderators' own servers.

``servers`` is the one interface (types, capabilities, the registry of software
modules); ``software/`` holds one module per server software; ``models`` the
connections, their token and secret sealed by ``credentials``.
"""

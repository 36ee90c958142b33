"""The evidence vault: everything kept about a case that is not text, sealed under its key.

Today: images a moderator attaches (``images``), stored by ``store``. The vault's
later sources (capture from the server, the victim's own upload) come in here too.
"""

"""Telling the team at once: e-mail and outgoing webhooks carrying a link and a priority only."""

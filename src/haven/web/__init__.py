"""Moderator pages: thin views over the domain modules."""

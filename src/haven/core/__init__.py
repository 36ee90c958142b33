"""Small shared pieces: errors with stable codes, environment parsing, event types.

Imports no other Haven module.
"""

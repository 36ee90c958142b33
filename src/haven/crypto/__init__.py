"""Envelope encryption: per-scope data keys wrapped by a master key kept outside the database.

Every sensitive text Haven stores is sealed with AES-GCM under the data key of
its case, with the case and field bound as associated data. Destroying a data
key erases everything sealed under it (crypto-shredding).
"""

from haven.crypto.envelope import open_bytes, open_text, seal_bytes, seal_text
from haven.crypto.keystore import KeyStore, get_keystore

__all__ = ["KeyStore", "get_keystore", "open_bytes", "open_text", "seal_bytes", "seal_text"]

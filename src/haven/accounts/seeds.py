"""TOTP seeds sealed at rest: django-otp's TOTPDevice.key holds AES-GCM ciphertext.

The seed is sealed under the ``accounts-totp`` data key (wrapped by the master
key, outside the database) with the device id bound as associated data, so a
dump holds no usable seed and a sealed seed copied to another device row does
not open. In memory the device keeps its hex seed as django-otp expects, so its
own ``verify_token`` (the ±tolerance window, ``last_t`` replay refusal and
throttling) and every caller of ``TOTPDevice`` work unchanged.

This is done with model signals, not a model of Haven's own, because every
path that creates or saves a TOTPDevice (Haven's enrolment, django-otp's
verification, the test personas) then stores ciphertext without knowing it.
``bulk_create`` and ``QuerySet.update(key=...)`` bypass signals: never use them
for seeds. A row whose seed does not open keeps its sealed text in memory,
which is not hex: ``bin_key`` fails and ``is_usable`` says no, so it verifies
nothing instead of verifying against an empty key. A row found with a seed in
clear (written past the signals) is refused too, and never sealed from here.
"""

from __future__ import annotations

import base64
import binascii
import logging
from typing import Any

from django.db.models.signals import post_init, post_save, pre_save
from django_otp.plugins.otp_totp.models import TOTPDevice

from haven.core.errors import ContentErased, CryptoError
from haven.crypto import get_keystore, open_bytes, seal_bytes

logger = logging.getLogger(__name__)

KEY_SCOPE = "accounts-totp"
SEALED_PREFIX = "sealed1:"
# TOTPDevice.key holds 80 characters: the prefix and base64 of a sealed 20-byte seed.
MAX_SEED_BYTES = 24
_CLEAR = "_haven_clear_seed"
_CLEAR_AT_REST = "_haven_seed_was_clear_at_rest"


def _aad(device_id: object) -> bytes:
    return f"haven-totp-seed:{device_id}".encode("ascii")


def seal_seed(device_id: object, hex_seed: str) -> str:
    """The text stored in ``TOTPDevice.key`` for ``hex_seed`` on device ``device_id``."""
    seed = binascii.unhexlify(hex_seed.encode("ascii"))
    if len(seed) > MAX_SEED_BYTES:
        raise ValueError(f"TOTP seeds of more than {MAX_SEED_BYTES} bytes cannot be sealed.")
    sealed = seal_bytes(get_keystore().get_or_create(KEY_SCOPE), seed, _aad(device_id))
    return SEALED_PREFIX + base64.urlsafe_b64encode(sealed).decode("ascii").rstrip("=")


def open_seed(device_id: object, stored: str) -> str:
    """The hex seed sealed in ``stored``; CryptoError when it does not open here."""
    body = stored.removeprefix(SEALED_PREFIX)
    try:
        sealed = base64.urlsafe_b64decode(body + "=" * (-len(body) % 4))
    except (binascii.Error, ValueError):
        raise CryptoError("Sealed seed is malformed.") from None
    return open_bytes(get_keystore().get(KEY_SCOPE), sealed, _aad(device_id)).hex()


def is_sealed(stored: str) -> bool:
    return stored.startswith(SEALED_PREFIX)


def is_usable(device: TOTPDevice) -> bool:
    """True when the device's seed was opened (or is new), so its codes can be checked."""
    return not is_sealed(device.key) and not device.__dict__.get(_CLEAR_AT_REST)


def _open_loaded(sender: type[TOTPDevice], instance: TOTPDevice, **kwargs: Any) -> None:
    stored = instance.__dict__.get("key")
    if instance.pk is None or stored is None:
        return
    if not is_sealed(stored):
        instance.__dict__[_CLEAR_AT_REST] = True
        return
    try:
        instance.key = open_seed(instance.pk, stored)
    except (CryptoError, ContentErased):
        # Never log the stored text; the id is enough to reset this device.
        logger.error("TOTP seed does not open device=%s", instance.pk)


def _seal_before_save(sender: type[TOTPDevice], instance: TOTPDevice, **kwargs: Any) -> None:
    fields = kwargs.get("update_fields")
    if is_sealed(instance.key) or instance.__dict__.get(_CLEAR_AT_REST):
        return
    if fields is not None and "key" not in fields:
        return
    setattr(instance, _CLEAR, instance.key)
    # A new row has no id to bind yet: it gets a placeholder that opens nothing,
    # and its sealed seed right after the insert (_restore_after_save).
    instance.key = SEALED_PREFIX if instance.pk is None else seal_seed(instance.pk, instance.key)


def _restore_after_save(
    sender: type[TOTPDevice], instance: TOTPDevice, created: bool, **kwargs: Any
) -> None:
    clear = instance.__dict__.pop(_CLEAR, None)
    if clear is None:
        return
    instance.key = clear
    if created:
        sealed = seal_seed(instance.pk, clear)
        sender.objects.filter(pk=instance.pk).update(key=sealed)


def connect() -> None:
    """Called once from AccountsConfig.ready()."""
    post_init.connect(_open_loaded, sender=TOTPDevice, dispatch_uid="haven-seed-open")
    pre_save.connect(_seal_before_save, sender=TOTPDevice, dispatch_uid="haven-seed-seal")
    post_save.connect(_restore_after_save, sender=TOTPDevice, dispatch_uid="haven-seed-restore")

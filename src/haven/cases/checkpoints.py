"""The hash chains that checkpoints anchor outside the database, and how to compare them.

A chain kind is registered once with a function yielding the head of each of its
chains: ``(chain_id, length, head_hash)``. A case's timeline is one such chain
(registered below); the audit stream registers its own.

    register_chain("audit", audit_heads, hash_at=audit_hash_at)

``haven.cases.checkpoint_files`` writes the heads of every registered chain into a
signed file; ``compare`` then names each chain that no longer matches: shorter
than at the checkpoint, with another hash at the checkpointed position, or gone.
Someone who rewrote a whole chain and its stored head consistently passes the
chain's own check, but not this one.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass

from haven.cases.models import Case, CaseEvent

Head = tuple[str, int, str]  # chain id, length, hash of its newest entry
Heads = Callable[[], Iterable[Head]]
HashAt = Callable[[str, int], str | None]  # the stored hash of entry ``position`` (from 1)
Excused = Callable[[Collection[str]], Collection[str]]


def _none_excused(chain_ids: Collection[str]) -> Collection[str]:
    return ()


@dataclass(frozen=True)
class Chain:
    name: str
    heads: Heads
    hash_at: HashAt | None
    # Of the chain ids given, those allowed to have changed (a case erased since).
    excused: Excused


_CHAINS: dict[str, Chain] = {}


def register_chain(
    name: str, heads: Heads, *, hash_at: HashAt | None = None, excused: Excused | None = None
) -> None:
    """Anchor the chains of kind ``name`` in every checkpoint.

    Give ``hash_at`` so a chain that grew since the checkpoint is checked at the
    checkpointed position; without it only a shorter chain, a changed head at the
    same length or a vanished chain is found.
    """
    _CHAINS[name] = Chain(name, heads, hash_at, excused or _none_excused)


def registered_chains() -> list[Chain]:
    return [_CHAINS[name] for name in sorted(_CHAINS)]


def snapshot() -> dict[str, list[Head]]:
    """The current head of every chain of every registered kind."""
    return {
        chain.name: sorted((str(i), int(n), str(h)) for i, n, h in chain.heads())
        for chain in registered_chains()
    }


@dataclass(frozen=True)
class Mismatch:
    chain: str
    chain_id: str
    kind: str  # "shorter", "rewritten", "gone", "unknown"; "excused" is not a problem
    message: str


def compare(checkpointed: Mapping[str, Sequence[Head]], seq: int) -> list[Mismatch]:
    """Name each chain that no longer matches checkpoint ``seq`` (or changed, excused)."""
    found: list[Mismatch] = []
    for name, heads in sorted(checkpointed.items()):
        chain = _CHAINS.get(name)
        if chain is None:
            found.append(
                Mismatch(name, "", "unknown", f"Checkpoint {seq} lists {name!r}, unknown here.")
            )
            continue
        suspects = _compare_chain(chain, heads, seq)
        excused = set(chain.excused([m.chain_id for m in suspects])) if suspects else set()
        found += [_excuse(m) if m.chain_id in excused else m for m in suspects]
    return found


def _excuse(mismatch: Mismatch) -> Mismatch:
    # Kept, not dropped: whoever can set ``erased_at`` could hide a rewrite behind it.
    text = f"{mismatch.chain} {mismatch.chain_id} changed since the checkpoint, as erasure does."
    return Mismatch(mismatch.chain, mismatch.chain_id, "excused", text)


def _compare_chain(chain: Chain, heads: Sequence[Head], seq: int) -> list[Mismatch]:
    current = {str(i): (int(n), str(h)) for i, n, h in chain.heads()}
    found = []
    for chain_id, length, head in heads:
        where, at = f"{chain.name} {chain_id}", f"at checkpoint {seq}"
        now = current.get(chain_id)
        if now is None:
            kind, text = "gone", f"{where} is gone ({length} entries {at})."
        elif now[0] < length:
            kind, text = "shorter", f"{where} has {now[0]} of its {length} entries {at}."
        elif not _same_at(chain, chain_id, length, head, now):
            kind, text = "rewritten", f"{where}: entry {length} is not the one {at}."
        else:
            continue
        found.append(Mismatch(chain.name, chain_id, kind, text))
    return found


def _same_at(chain: Chain, chain_id: str, length: int, head: str, now: tuple[int, str]) -> bool:
    if now[0] == length:
        return now[1] == head
    if chain.hash_at is None:
        return True  # grown, and no way to look at the old position
    return length == 0 or chain.hash_at(chain_id, length) == head


def _case_heads() -> Iterable[Head]:
    return Case.objects.values_list("id", "timeline_length", "timeline_head").iterator()


def _case_hash_at(case_id: str, seq: int) -> str | None:
    return CaseEvent.objects.filter(case_id=case_id, seq=seq).values_list("hash", flat=True).first()


def _erased_cases(case_ids: Collection[str]) -> Collection[str]:
    # Erasure removes a case's events but keeps its row: a case that vanished is named.
    erased = Case.objects.filter(pk__in=list(case_ids), erased_at__isnull=False)
    return set(erased.values_list("pk", flat=True))


register_chain("case-timeline", _case_heads, hash_at=_case_hash_at, excused=_erased_cases)

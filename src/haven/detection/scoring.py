"""From signals to a score: a logistic function of a few documented evidence terms.

Each signal type contributes the sum of its matches' weights, capped at 1
(1.0 for a specific phrase, 0.5 for a weak one), written below by its
initial. Words alone count for little (SINGLE); what scores is a combination:

- material  M = max(I, 0.8 P): intimate material (I), or proof of possession (P);
- exposure  E = min(M, max(T, A)): that material with a threat to expose it (T)
  or an audience (A, "your family");
- coercion  C = max(D, U): a demand (D: money, more material or an action) or
  a deadline or ultimatum (U: "within 24 hours", "or else", "if you block me");
- implicit  min(T, A, D): "pay or I send it to your family", material unnamed,
  and min(T, D): "do as I say or I post them";
- ultimatum min(D, U, max(T, I, A, P)): a demand under a deadline about exposure;
- held for money min(P, I, Dm): "I have your nudes, pay me" (Dm: a money demand);
- victim    V: a first-person disclosure ("threatening to post my photos");
- warning   W: a warning about an account, counting only with sextortion
  behaviour B = max(X, E, min(I, D), min(T, D), V), X an extortion
  word ("blackmail", "sextortion"), N a named account; a named account with an
  extortion word (min(N, X)) counts as a warning too;
- context   K: news or advice, policy discussion or fiction, which lowers the
  score unless a strong first-person disclosure or a named warning shields it.

    e = SINGLE * (T + I + A + P + D + U + X)
          + EXPOSURE * E + COERCED_EXPOSURE * min(E, C) + AUDIENCE_BONUS * min(E, A)
          + IMPLICIT * min(T, A, D) + THREAT_DEMAND * min(T, D)
          + ULTIMATUM * min(D, U, max(T, I, A, P)) + HELD_FOR_MONEY * min(P, I, Dm)
          + VICTIM * V + VICTIM_CONTEXT * min(V, max(I, T, A, P, D, X))
          + WARNING * min(W, B) + WARNING_ACCOUNT * min(W, N, B)
    k = K * (1 - (1 if strong V else SHIELD * min(W, N, B)))
    z = BIAS + e * (1 - DAMP * k) - CONTEXT * k
    score = 1 / (1 + exp(-z))

The weights are set by hand so that each combination reads as intended;
THRESHOLD is tuned on the corpus (docs/detection.md, "Tuning").
"""

from __future__ import annotations

import math
from collections.abc import Iterable

from haven.detection.detection import Signal, SignalType

THRESHOLD = 0.5

BIAS = -2.1
SINGLE = 0.35
EXPOSURE = 2.6
COERCED_EXPOSURE = 1.8
AUDIENCE_BONUS = 0.6
IMPLICIT = 2.4
THREAT_DEMAND = 1.4
ULTIMATUM = 2.0
HELD_FOR_MONEY = 2.0
VICTIM = 3.4
VICTIM_CONTEXT = 1.6
WARNING = 2.2
WARNING_ACCOUNT = 1.2
CONTEXT = 3.2
SHIELD = 0.6
DAMP = 0.5

_S = SignalType


def strengths(signals: Iterable[Signal]) -> dict[SignalType, float]:
    """Per signal type, the sum of its signals' weights, capped at 1: two weak make one strong."""
    total: dict[SignalType, float] = {}
    for signal in signals:
        total[signal.type] = min(1.0, total.get(signal.type, 0.0) + signal.weight)
    return total


def score(signals: Iterable[Signal]) -> float:
    return 1.0 / (1.0 + math.exp(-log_odds(strengths(signals))))


def log_odds(s: dict[SignalType, float]) -> float:
    threat, intimate = s.get(_S.THREAT_TO_EXPOSE, 0.0), s.get(_S.INTIMATE_MATERIAL, 0.0)
    audience, proof = s.get(_S.AUDIENCE, 0.0), s.get(_S.PROOF_OF_POSSESSION, 0.0)
    demand = max(
        s.get(_S.DEMAND_MONEY, 0.0), s.get(_S.DEMAND_MATERIAL, 0.0), s.get(_S.DEMAND_ACTION, 0.0)
    )
    deadline, extortion = s.get(_S.DEADLINE, 0.0), s.get(_S.EXTORTION_TERM, 0.0)
    victim, warning = s.get(_S.VICTIM_DISCLOSURE, 0.0), s.get(_S.THIRD_PARTY_WARNING, 0.0)
    account = s.get(_S.NAMED_ACCOUNT, 0.0)
    # A named account doing the extorting is a warning even without "beware".
    warning = max(warning, min(account, extortion))
    context = max(
        s.get(_S.NEWS_OR_ADVICE, 0.0), s.get(_S.POLICY_DISCUSSION, 0.0), s.get(_S.FICTION, 0.0)
    )

    exposure = min(max(intimate, 0.8 * proof), max(threat, audience))
    coercion = max(demand, deadline)
    behaviour = max(extortion, exposure, min(intimate, demand), min(threat, demand), victim)
    named_warning = min(warning, account, behaviour)
    z = SINGLE * (threat + intimate + audience + proof + demand + deadline + extortion)
    z += EXPOSURE * exposure + COERCED_EXPOSURE * min(exposure, coercion)
    z += AUDIENCE_BONUS * min(exposure, audience)
    z += IMPLICIT * min(threat, audience, demand) + THREAT_DEMAND * min(threat, demand)
    z += ULTIMATUM * min(demand, deadline, max(threat, intimate, audience, proof))
    z += HELD_FOR_MONEY * min(proof, intimate, s.get(_S.DEMAND_MONEY, 0.0))
    z += VICTIM * victim + VICTIM_CONTEXT * min(
        victim, max(intimate, threat, audience, proof, demand, extortion)
    )
    z += WARNING * min(warning, behaviour) + WARNING_ACCOUNT * named_warning
    # A first-person disclosure is never news: "if I don't pay" is not advice.
    shield = 1.0 if victim >= 1.0 else SHIELD * named_warning
    # Context damps the evidence as well as subtracting from it: a policy text that
    # spells out every element of a threat must not outscore its own context.
    damp = context * (1.0 - shield)
    return BIAS + z * (1.0 - DAMP * damp) - CONTEXT * damp

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
- victim    V: a first-person disclosure ("threatening to post my photos"),
  helped by what shows it is about sextortion, S = max(min(max(I, Dmat),
  max(T, A, D, U)), P, X, E, Dmat) (Dmat: a demand for more material):
  "she says she'll send the photos from the trip" has I but nothing at stake;
- warning   W: a warning about an account, counting only with sextortion
  behaviour B = max(X, E, min(I, D), min(T, D), V), X an extortion
  word ("blackmail", "sextortion"), N a named account; a named account with an
  extortion word (min(N, X)) counts as a warning too;
- context   K: news or advice, policy discussion or fiction, which lowers the
  score unless a first-person disclosure with at least one full-weight phrase
  (Vs; two weak ones such as "demanded" and "threatened to send" in a court
  report make V = 1 but not Vs) or a named warning shields it;
- framing   R: a case framed as someone else's report, generic or public ("when
  someone reports", "reports like", "Meldungen, in denen", "the court heard",
  "was jailed for"): context that a disclosure quoted inside it does not
  shield, only a named warning does;
- everyday  Y: everyday material or money ("the class photos", "pics from the
  trip", "half the rent", "my money back"), context that a disclosure does not
  shield: "she threatened to show my baby pictures" is a first-person report
  of nothing intimate. Only what is specific to sextortion shields it,
  H = max(X, P, I if I = 1, min(E, C), min(T, D));
- banter    L: "lol", "jajaja", "just kidding", shielded by both and by coercion
  of an exposure, G = min(max(T, A), C); a denial J ("no es broma", "not a
  joke") cancels it: L' = L (1 - J);
- not intimate  O: material named as something not intimate (customer data, a
  councillor's lies, a debt, the cat, "watched you eat cereal", house photos, a
  photographer's invoice), shielded only by material intimate by itself (I = 1).

    e = SINGLE * (T + I + A + P + D + U + X)
          + EXPOSURE * E + COERCED_EXPOSURE * min(E, C)
          + AUDIENCE_BONUS * min(E, A, max(T, C))
          + IMPLICIT * min(T, A, D) + THREAT_DEMAND * min(T, D)
          + ULTIMATUM * min(D, U, max(T, I, A, P)) + HELD_FOR_MONEY * min(P, I, Dm)
          + VICTIM * V + VICTIM_CONTEXT * min(V, S)
          + WARNING * min(W, B) + WARNING_ACCOUNT * min(W, N, B)
    s = 1 if Vs else SHIELD * min(W, N, B)
    c = max(K * (1 - s), O * (1 - (I if I = 1 else 0)), R * (1 - SHIELD * min(W, N, B)))
    k = max(c, Y * (1 - H), L' * (1 - max(s, H, G)))
    z = BIAS + e * (1 - max(DAMP * k, CONTEXT_DAMP * c)) - CONTEXT * k
    score = 1 / (1 + exp(-z))

News, policy, fiction and named ordinary material (c) leave a fifth of the
evidence (CONTEXT_DAMP), so that a notice quoting a whole threat ("messages like
'pay $500 or I send your nudes to your family' are sextortion") stays below
the threshold; everyday context and banter, which victims also write, leave
half of it (DAMP). The audience bonus needs a threat or coercion: "send the
photos to your mom" names material and an audience and nothing else. The weights are set by hand
so that each combination reads as intended; THRESHOLD is tuned on the corpus
(docs/detection.md, "Tuning").
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence

from haven.detection.detection import SIGNAL_TYPES, SPECIFIC_VICTIM, Signal, SignalType

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
CONTEXT_DAMP = 0.8

_S = SignalType
_I = {kind: SIGNAL_TYPES.index(kind) for kind in SignalType}
(_THREAT, _INTIMATE, _AUDIENCE, _PROOF, _MONEY, _MATERIAL, _ACTION, _DEADLINE, _EXTORTION,
 _VICTIM, _WARNING, _ACCOUNT, _NEWS, _POLICY, _FICTION, _EVERYDAY, _BANTER, _NOT_INTIMATE,
 _FRAMING, _NOT_A_JOKE) = (
    _I[kind] for kind in (
        _S.THREAT_TO_EXPOSE, _S.INTIMATE_MATERIAL, _S.AUDIENCE, _S.PROOF_OF_POSSESSION,
        _S.DEMAND_MONEY, _S.DEMAND_MATERIAL, _S.DEMAND_ACTION, _S.DEADLINE, _S.EXTORTION_TERM,
        _S.VICTIM_DISCLOSURE, _S.THIRD_PARTY_WARNING, _S.NAMED_ACCOUNT, _S.NEWS_OR_ADVICE,
        _S.POLICY_DISCUSSION, _S.FICTION, _S.EVERYDAY_CONTEXT, _S.BANTER, _S.NOT_INTIMATE,
        _S.REPORT_FRAMING, _S.NOT_A_JOKE,
    )
)  # fmt: skip


def strengths(signals: Iterable[Signal]) -> dict[SignalType, float]:
    """Per signal type, the sum of its signals' weights, capped at 1: two weak make one strong."""
    total: dict[SignalType, float] = {}
    for signal in signals:
        total[signal.type] = min(1.0, total.get(signal.type, 0.0) + signal.weight)
    return total


def score(signals: Iterable[Signal]) -> float:
    signals = tuple(signals)
    s = [0.0] * (SPECIFIC_VICTIM + 1)
    for kind, value in strengths(signals).items():
        s[_I[kind]] = value
    if any(sig.type is _S.VICTIM_DISCLOSURE and sig.weight >= 1.0 for sig in signals):
        s[SPECIFIC_VICTIM] = 1.0
    return probability(log_odds_of(s))


def probability(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-z))


def log_odds(s: dict[SignalType, float]) -> float:
    """From strengths alone, a disclosure of full strength counts as specific."""
    return log_odds_of([s.get(kind, 0.0) for kind in SIGNAL_TYPES])


def log_odds_of(s: Sequence[float]) -> float:
    """The log-odds from strengths listed in ``SIGNAL_TYPES`` order, optionally
    followed by ``SPECIFIC_VICTIM`` (without it, V = 1 counts as specific)."""
    threat, intimate, audience, proof = s[_THREAT], s[_INTIMATE], s[_AUDIENCE], s[_PROOF]
    money = s[_MONEY]
    demand = max(money, s[_MATERIAL], s[_ACTION])
    deadline, extortion = s[_DEADLINE], s[_EXTORTION]
    victim, warning, account = s[_VICTIM], s[_WARNING], s[_ACCOUNT]
    # A named account doing the extorting is a warning even without "beware".
    warning = max(warning, min(account, extortion))
    context = max(s[_NEWS], s[_POLICY], s[_FICTION])

    exposure = min(max(intimate, 0.8 * proof), max(threat, audience))
    coercion = max(demand, deadline)
    behaviour = max(extortion, exposure, min(intimate, demand), min(threat, demand), victim)
    named_warning = min(warning, account, behaviour)
    z = SINGLE * (threat + intimate + audience + proof + demand + deadline + extortion)
    z += EXPOSURE * exposure + COERCED_EXPOSURE * min(exposure, coercion)
    z += AUDIENCE_BONUS * min(exposure, audience, max(threat, coercion))
    z += IMPLICIT * min(threat, audience, demand) + THREAT_DEMAND * min(threat, demand)
    z += ULTIMATUM * min(demand, deadline, max(threat, intimate, audience, proof))
    z += HELD_FOR_MONEY * min(proof, intimate, money)
    # A disclosure gains from context only when it is about sextortion: material
    # under pressure, proof, an extortion word, or a demand for more material.
    # "She says she'll send the photos from the trip" is not "...unless I pay".
    material = s[_MATERIAL]
    pressure = max(threat, audience, demand, deadline)
    about = max(min(max(intimate, material), pressure), proof, extortion, exposure, material)
    z += VICTIM * victim + VICTIM_CONTEXT * min(victim, about)
    z += WARNING * min(warning, behaviour) + WARNING_ACCOUNT * named_warning
    # A first-person disclosure is never news: "if I don't pay" is not advice.
    # It takes one full-weight phrase: two weak ones ("exigen dinero", "amenazando
    # con", "demanded", "threatened to send") are how news tells a case too.
    specific_victim = s[SPECIFIC_VICTIM] if len(s) > SPECIFIC_VICTIM else victim
    shield = 1.0 if specific_victim >= 1.0 else SHIELD * named_warning
    # Context damps the evidence as well as subtracting from it: a policy text that
    # spells out every element of a threat must not outscore its own context.
    damp = context_damp = context * (1.0 - shield)
    framing = s[_FRAMING]
    if framing:
        # A report framed as someone else's, generic or public ("when someone
        # reports 'he's threatening to leak my nudes'", "the court heard"): the
        # disclosure it quotes does not shield it; a named warning still does.
        damp = context_damp = max(context_damp, framing * (1.0 - SHIELD * named_warning))
    # A denial ("no es broma", "not a joke", "kein Witz") cancels banter anywhere
    # in the text: "jajaja … no es broma" is not a joke.
    everyday, banter = s[_EVERYDAY], s[_BANTER] * (1.0 - s[_NOT_A_JOKE])
    if everyday or banter:
        # What is specific to sextortion: an extortion word, proof, material
        # intimate by itself ("nudes", "intimate photos"; "the photos" is not), or
        # the shape of a threat: exposure under coercion, a threat with a demand.
        specific = max(
            extortion,
            proof,
            intimate if intimate >= 1.0 else 0.0,
            min(exposure, coercion),
            min(threat, demand),
        )
        # Everyday context (class photos, pics from the trip, half the rent) is not
        # shielded by a disclosure: "she threatened to show my baby pictures" is one.
        damp = max(damp, everyday * (1.0 - specific))
        # Banter ("lol", "just kidding") is shielded by both: a frightened victim
        # may write "lol", and "I have your nudes lol" is no joke. It is also
        # shielded by coercion of any exposure: a threat or an audience with a
        # deadline, condition or demand ("lol do my chem lab by friday or the
        # whole grade sees it"). Teenagers laugh while they extort; banter only
        # lowers texts that coerce nobody.
        ultimatum = min(max(threat, audience), coercion)
        damp = max(damp, banter * (1.0 - max(shield, specific, ultimatum)))
    not_intimate = s[_NOT_INTIMATE]
    if not_intimate:
        # Material named as something not intimate (customer data, a councillor's
        # lies, the cat, "watched you eat cereal") is shielded by nothing but
        # material intimate by itself: a threat of that shape is still not sextortion.
        # It damps as strongly as news, policy and fiction do.
        context_damp = max(
            context_damp, not_intimate * (1.0 - (intimate if intimate >= 1.0 else 0.0))
        )
        damp = max(damp, context_damp)
    # News, policy, fiction and named ordinary material leave a fifth of the
    # evidence (CONTEXT_DAMP); everyday context and banter, which a frightened
    # victim also writes, leave half of it (DAMP).
    return BIAS + z * (1.0 - max(DAMP * damp, CONTEXT_DAMP * context_damp)) - CONTEXT * damp

"""Language-neutral entries: currencies, payment services, wallets, mentions."""

# ruff: noqa: E501
from __future__ import annotations

_AMOUNT = r"\d[\d,.]*(?: ?k)?"

ENTRIES: dict[str, tuple[str, ...]] = {
    "demand_money": (
        rf"\$ ?{_AMOUNT}",
        rf"€ ?{_AMOUNT}",
        rf"£ ?{_AMOUNT}",
        rf"r\$ ?{_AMOUNT}",
        rf"{_AMOUNT} ?(?:\$|€|£|usd|eur|euros?|gbp|chf|brl|reais|btc|eth|usdt|xmr|ltc|bitcoins?|sats)",
        r"(?:bitcoins?|btc|crypto|cryptos|usdt|tether|ethereum|monero|xmr|litecoin|ltc|bnb|solana)",
        r"(?:cash ?app|cash\.app|paypal|paypal\.me|venmo|zelle|apple ?pay|google ?pay|revolut|western union|moneygram|wise transfer|skrill|neteller|bizum|pix|mbway|mb way|lydia|tikkie|satispay|paysafe ?cards?|paysafecards?|twint|interac)",
        r"(?:gift ?cards?|giftcards?|steam ?cards?|steam (?:gift|wallet)|amazon (?:cards?|gift)|itunes (?:cards?|gift)|apple (?:gift )?cards?|google play (?:cards?|gift)|razer gold|vanilla (?:visa|cards?)|ebay cards?)",
        r"(?:iban|swift code|bic code|sort code|routing number)",
        r"bc[1i][a-z0-9]{25,62}",
        r"0x[0-9a-z]{40}",
        r"\$[a-z][a-z0-9_]{2,20}",
    ),
    "named_account": (r"@acct",),
    "deadline": (r"countdown",),
    # Laughter and joking emoji; each language adds its own words ("mdr", "jaja").
    "banter:weak": (r"(?:😂|🤣|😆|😹|🙃|😜|xd|xdd)",),
}

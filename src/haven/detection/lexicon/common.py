"""Language-neutral entries: currencies, payment services, wallets, mentions."""

# ruff: noqa: E501
from __future__ import annotations

from haven.detection.lexicon.entries import Entries, combine

_AMOUNT = r"\d[\d,.]*(?: ?k)?"

_CORE: Entries = {
    "demand_money": (
        rf"\$ ?{_AMOUNT}",
        rf"€ ?{_AMOUNT}",
        rf"£ ?{_AMOUNT}",
        rf"r\$ ?{_AMOUNT}",
        rf"{_AMOUNT} ?(?:\$|€|£|usd|eur|euros?|gbp|chf|brl|reais|btc|eth|usdt|usdc|xmr|ltc|bitcoins?|sats|cad|mxn|ars|cop|clp|pen|jpy|yen)",
        r"(?:bitcoins?|btc|crypto|cryptos|usdt|usdc|tether|ethereum|monero|xmr|litecoin|ltc|bnb|solana|trc ?20|erc ?20|bep ?20|binance|coinbase)",
        # Payment apps and transfer services by country: US/UK, Switzerland (Twint),
        # Canada (Interac e-transfer), Belgium (Payconiq, Bancontact), Netherlands
        # (Tikkie), France (Lydia, Paylib, Wero), Spain (Bizum), Portugal (MB Way),
        # Brazil (Pix, PicPay), Italy (Satispay, Postepay), Colombia (Nequi,
        # Daviplata), Argentina (Mercado Pago), Peru (Yape, Plin), Mexico (SPEI),
        # Japan (PayPay, LINE Pay)
        r"(?:cash ?app|cash\.app|paypal|paypal\.me|venmo|zelle|apple ?pay|google ?pay|revolut|western union|moneygram|wise transfer|skrill|neteller|bizum|pix|picpay|mbway|mb way|lydia|paylib|wero|tikkie|satispay|postepay|paysafe ?cards?|paysafecards?|twint|interac|e ?transfer|payconiq|bancontact|nequi|daviplata|mercado ?pago|yape|plin|spei|paypay|line ?pay|remitly|worldremit|ria money|n26)",
        # Voucher and prepaid codes: gift cards everywhere, Transcash, PCS and
        # Neosurf coupons (France, Belgium), Amazon vouchers in each language
        r"(?:gift ?cards?|giftcards?|steam ?cards?|steam (?:gift|wallet)|amazon (?:cards?|gift|vouchers?|gutschein\w*|bons?|cadeaubons?|cheques?|buoni|buono|vales?|tarjetas?|cartao|cartoes|coupons?|codes?)|itunes (?:cards?|gift)|apple (?:gift )?cards?|google play (?:cards?|gift|codes?)|razer gold|vanilla (?:visa|cards?)|ebay cards?|transcash|neosurf|pcs mastercard|toneo|flexepin|ukash)",
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

# Recall round 2: Japanese written in romaji (Latin letters, so matched by the
# spaced lexicons, never by the Japanese regex): baramaku, sarasu, okure, 2man.
_ON_SOMEONES_BEHALF_AND_IMPLIED: Entries = {
    "threat_to_expose": (
        r"(?:baramaku|baramaite|baramakuzo|baramakeru|sarasu|sarasuzo|sarashite|sarasareru|kakusan suru|kakusan shite|netto ni ageru|netto ni sarasu)",
    ),
    "audience": (
        r"(?:gakkou|kaisha|shokuba|kurasu|daigaku|koukou|kazoku) no (?:minna|hito|tomodachi|zenin)(?: ni)?",
        r"(?:kazoku|oya|ryoushin|tomodachi|kanojo|kareshi|joushi|senpai) (?:ni|zenin ni|minna ni)",
    ),
    "demand_money": (
        r"\d+ ?man(?: ?en)?(?= okure| harae| furikome| okutte| de)",
        r"(?:okure|harae|furikome|furikonde|okutte kure)",
    ),
    "proof_of_possession:weak": (r"(?:motteru|motte ru|hozon shita|hozon shiteru)",),
    "intimate_material": (r"(?:nude gazou|hadaka no (?:gazou|shashin|douga)|ero gazou)",),
}

# Recall round 4: game currency and its codes as payment ("buy a 5000 vbucks
# card and send the code", "koop 2800 FIFA points").
_JOKES_DENIED_POLICE_AND_HINTS: Entries = {
    "demand_money": (
        r"(?:v ?bucks|robux|fifa points|fc points|fut points|riot points|valorant points|cod points|apex coins|minecoins)(?: gift)? (?:cards?|codes?|karte|karten|kaart|kaarten|carte|cartes|tarjetas?|cartao|cartoes|carta|carte regalo|codigo|codigos|code|codice|codici)",
        r"\d[\d,.]* ?(?:v ?bucks|robux|fifa points|fc points|fut points|riot points|valorant points|cod points|apex coins|minecoins)",
    ),
}

ENTRIES = combine(_CORE, _ON_SOMEONES_BEHALF_AND_IMPLIED, _JOKES_DENIED_POLICE_AND_HINTS)

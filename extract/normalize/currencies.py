"""Currency table: symbols, codes and words -> ISO 4217 (ANNOTATION.md §3 MONEY).

Sources: ISO 4217 list of codes; symbols and English names as newspapers write them
(Reuters/AP style guides). Longest forms are matched first.
"""

from __future__ import annotations

# Written before (or glued to) the number: "HK$3", "US$ 5", "€2.5m", "Rs 300".
SYMBOLS: dict[str, str] = {
    "US$": "USD", "U.S.$": "USD", "USD$": "USD", "HK$": "HKD", "NT$": "TWD", "S$": "SGD",
    "SG$": "SGD", "A$": "AUD", "AU$": "AUD", "C$": "CAD", "CA$": "CAD", "CAN$": "CAD",
    "NZ$": "NZD", "R$": "BRL", "MX$": "MXN", "Mex$": "MXN", "RD$": "DOP", "J$": "JMD",
    "$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "￥": "JPY", "₹": "INR", "Rs.": "INR",
    "Rs": "INR", "₨": "PKR", "₩": "KRW", "₽": "RUB", "₺": "TRY", "₫": "VND", "₱": "PHP",
    "฿": "THB", "₪": "ILS", "₦": "NGN", "₴": "UAH", "zł": "PLN", "RM": "MYR", "Rp": "IDR",
    "kr": "SEK", "Fr.": "CHF", "CHF": "CHF", "R": "ZAR",
}

# ISO codes as written in text ("USD 5bn", "5bn euros (EUR)"), plus RMB for the renminbi.
CODES: frozenset[str] = frozenset(
    """USD EUR GBP JPY CNY CNH HKD TWD SGD AUD CAD NZD CHF INR KRW RUB BRL MXN ZAR SEK NOK DKK
    PLN CZK HUF TRY IDR MYR THB PHP VND AED SAR QAR KWD ILS EGP NGN KES PKR BDT LKR ARS CLP
    COP PEN UAH KZT MOP""".split()
)
CODE_ALIASES: dict[str, str] = {"RMB": "CNY", "NTD": "TWD", "STG": "GBP"}

# Currency words after the number; qualified dollars before plain "dollars".
WORDS: dict[str, str] = {
    "us dollar": "USD", "u.s. dollar": "USD", "american dollar": "USD",
    "hong kong dollar": "HKD", "hk dollar": "HKD", "new taiwan dollar": "TWD",
    "taiwan dollar": "TWD", "taiwanese dollar": "TWD", "singapore dollar": "SGD",
    "australian dollar": "AUD", "canadian dollar": "CAD", "new zealand dollar": "NZD",
    "jamaican dollar": "JMD", "dollar": "USD", "buck": "USD",
    "yuan": "CNY", "renminbi": "CNY", "chinese yuan": "CNY",
    "euro": "EUR", "pound": "GBP", "pound sterling": "GBP", "sterling": "GBP",
    "yen": "JPY", "won": "KRW", "south korean won": "KRW",
    "rupee": "INR", "indian rupee": "INR", "pakistani rupee": "PKR", "sri lankan rupee": "LKR",
    "swiss franc": "CHF", "franc": "CHF", "rouble": "RUB", "ruble": "RUB",
    "real": "BRL", "reais": "BRL", "mexican peso": "MXN", "philippine peso": "PHP",
    "argentine peso": "ARS", "peso": "MXN", "ringgit": "MYR", "baht": "THB", "rupiah": "IDR",
    "dong": "VND", "lira": "TRY", "turkish lira": "TRY", "rand": "ZAR",
    "swedish krona": "SEK", "krona": "SEK", "kronor": "SEK", "norwegian krone": "NOK",
    "danish krone": "DKK", "krone": "NOK", "kroner": "NOK", "zloty": "PLN", "shekel": "ILS",
    "dirham": "AED", "riyal": "SAR", "naira": "NGN", "shilling": "KES", "hryvnia": "UAH",
    "taka": "BDT", "forint": "HUF", "koruna": "CZK", "pataca": "MOP", "tenge": "KZT",
    # Currencies replaced by the euro, still in archives and older news.
    "guilder": "NLG", "dutch guilder": "NLG", "deutsche mark": "DEM", "d-mark": "DEM",
    "french franc": "FRF", "belgian franc": "BEF", "italian lira": "ITL", "peseta": "ESP",
    "escudo": "PTE", "drachma": "GRD", "austrian schilling": "ATS", "markka": "FIM", "punt": "IEP",
}
# Plural and other inflected forms that are not WORD + "s".
WORD_FORMS: dict[str, str] = {
    "euros": "euro", "pounds": "pound", "rupees": "rupee", "francs": "franc", "roubles": "rouble",
    "rubles": "ruble", "pesos": "peso", "liras": "lira", "lire": "lira", "rands": "rand",
    "zlotys": "zloty", "shekels": "shekel", "dirhams": "dirham", "riyals": "riyal",
    "shillings": "shilling", "dollars": "dollar", "bucks": "buck", "nairas": "naira",
    "guilders": "guilder", "pesetas": "peseta", "escudos": "escudo",
    "drachmas": "drachma", "deutsche marks": "deutsche mark", "d-marks": "d-mark",
}
# Subunits: "50 cents" is 0.5 of the main unit.
SUBUNITS: dict[str, tuple[str, float]] = {"cent": ("USD", 0.01), "cents": ("USD", 0.01),
                                          "pence": ("GBP", 0.01), "p": ("GBP", 0.01)}
# "37.5 Canadian cents": the dollar named before "cents" (from the qualified dollars above).
SUBUNIT_QUALIFIERS: dict[str, tuple[tuple[str, str], ...]] = {
    unit: tuple((word.removesuffix(" dollar"), code) for word, code in WORDS.items()
                if word.endswith(" dollar") and code != "USD")
    for unit in ("cent", "cents")
}

# ANNOTATION §3: bare "$" is USD unless the article names another dollar; bare "¥" is JPY
# unless the amount is called yuan.
BARE_SYMBOL_OVERRIDES: dict[str, tuple[tuple[str, str], ...]] = {
    "$": (
        ("hong kong dollar", "HKD"), ("singapore dollar", "SGD"), ("australian dollar", "AUD"),
        ("canadian dollar", "CAD"), ("new zealand dollar", "NZD"), ("taiwan dollar", "TWD"),
    ),
    "¥": (("yuan", "CNY"), ("renminbi", "CNY"), ("rmb", "CNY")),
    "￥": (("yuan", "CNY"), ("renminbi", "CNY"), ("rmb", "CNY")),
}

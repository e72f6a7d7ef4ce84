"""Currency table: symbols, codes and words -> ISO 4217 (ANNOTATION.md §3 MONEY).

Sources: ISO 4217 list of codes; symbols and English names as newspapers write them
(Reuters/AP style guides). Longest forms are matched first.
"""

from __future__ import annotations

from fractions import Fraction

# Written before (or glued to) the number: "HK$3", "US$ 5", "€2.5m", "Rs 300".
SYMBOLS: dict[str, str] = {
    "US$": "USD", "U.S.$": "USD", "USD$": "USD", "HK$": "HKD", "NT$": "TWD", "S$": "SGD",
    "SG$": "SGD", "A$": "AUD", "AU$": "AUD", "C$": "CAD", "CA$": "CAD", "CAN$": "CAD",
    "NZ$": "NZD", "R$": "BRL", "MX$": "MXN", "Mex$": "MXN", "RD$": "DOP", "J$": "JMD",
    "$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "￥": "JPY", "₹": "INR", "Rs.": "INR",
    "Rs": "INR", "₨": "PKR", "₩": "KRW", "₽": "RUB", "₺": "TRY", "₫": "VND", "₱": "PHP",
    "฿": "THB", "₪": "ILS", "₦": "NGN", "₴": "UAH", "zł": "PLN", "RM": "MYR", "Rp": "IDR",
    "kr": "SEK", "Fr.": "CHF", "CHF": "CHF", "R": "ZAR",
    "GB£": "GBP", "CN¥": "CNY", "JP¥": "JPY", "MOP$": "MOP", "Ksh": "KES",
    "#": "GBP",
    "dlrs": "USD", "dlr": "USD",  # AP and Reuters wire style: "a ransom of dlrs 1 million"
    "euro": "EUR",  # wire copy without the sign glues the word: "sales of euro958 million" (GLUED_LETTER_SYMBOLS)
}
# Symbols of letters read glued to the number ("Rs500", "RM2.5bn", "Rp10,000", "euro958"); the
# others ("kr", "R", "dlrs") only before it, where their letters can't be the end of a word.
GLUED_LETTER_SYMBOLS: frozenset[str] = frozenset({"Rs", "RM", "Rp", "euro"})
# Symbols that end in an abbreviation's period, one token where spaCy would split the period off
# ("Rs. 1,200 crore", "Fr. 50"), so the money rows read the symbol before the number.
ABBREVIATED_SYMBOLS: tuple[str, ...] = tuple(s for s in SYMBOLS if s.endswith(".") and "$" not in s)
# Symbols read only where the amount says money. "#" is the pound sign as the Penn Treebank
# WSJ text (TimeBank, TempEval) lost it: "#89.7 million ($141.9 million)", "dropped 11 to
# #10.86"; an amount with a scale word or pence is a sum, "#1" or "#2022" is not.
GUARDED_SYMBOLS: dict[str, str] = {
    "#": r"#\s?\d[\d,]*(?:\.\d+)?\s*(?:million|billion|trillion|mln|bln|bn|m)\b|#\s?\d+\.\d\d\b",
}

# ISO codes as written in text ("USD 5bn", "5bn euros (EUR)"), plus RMB for the renminbi.
CODES: frozenset[str] = frozenset(
    """USD EUR GBP JPY CNY CNH HKD TWD SGD AUD CAD NZD CHF INR KRW RUB BRL MXN ZAR SEK NOK DKK
    PLN CZK HUF TRY IDR MYR THB PHP VND AED SAR QAR KWD ILS EGP NGN KES PKR BDT LKR ARS CLP
    COP PEN UAH KZT MOP DOP JMD""".split()
)
CODE_ALIASES: dict[str, str] = {"RMB": "CNY", "Rmb": "CNY", "NTD": "TWD", "STG": "GBP"}  # "Rmb5bn": the FT's style
# The renminbi's aliases, read glued to any number ("RMB5bn", "Rmb5bn"); an ISO code glues only before
# decimals, thousands or a scale ("EUR4.6 Bln", not "PEN15": rules._GLUED_ISO).
GLUED_CODES: frozenset[str] = frozenset({"RMB", "Rmb"})

# Currency words after the number, singular; qualified forms win over the bare head word
# ("Chilean peso" CLP over "peso" MXN). Completed from CLDR's English display names and
# plurals (Babel; tests/test_currencies_cldr.py checks every one of them).
WORDS: dict[str, str] = {
    "us dollar": "USD", "u.s. dollar": "USD", "american dollar": "USD",
    "hong kong dollar": "HKD", "hk dollar": "HKD", "new taiwan dollar": "TWD",
    "taiwan dollar": "TWD", "taiwanese dollar": "TWD", "singapore dollar": "SGD",
    "australian dollar": "AUD", "canadian dollar": "CAD", "new zealand dollar": "NZD",
    "jamaican dollar": "JMD", "dollar": "USD", "buck": "USD", "dlr": "USD",
    "stg": "GBP",  # Reuters wire style: "12 mln stg"
    "yuan": "CNY", "renminbi": "CNY", "chinese yuan": "CNY",
    "offshore yuan": "CNH", "yuan (offshore)": "CNH", "chinese yuan (offshore)": "CNH",
    "euro": "EUR", "pound": "GBP", "pound sterling": "GBP", "sterling": "GBP", "british pound": "GBP",
    "egyptian pound": "EGP", "irish pound": "IEP",
    "yen": "JPY", "japanese yen": "JPY", "won": "KRW", "south korean won": "KRW",
    "rupee": "INR", "indian rupee": "INR", "pakistani rupee": "PKR", "sri lankan rupee": "LKR",
    "swiss franc": "CHF", "franc": "CHF", "rouble": "RUB", "ruble": "RUB", "russian ruble": "RUB",
    "russian rouble": "RUB",
    "real": "BRL", "brazilian real": "BRL", "mexican peso": "MXN", "philippine peso": "PHP",
    "argentine peso": "ARS", "chilean peso": "CLP", "colombian peso": "COP", "dominican peso": "DOP",
    "peso": "MXN", "ringgit": "MYR", "malaysian ringgit": "MYR", "baht": "THB", "thai baht": "THB",
    "rupiah": "IDR", "indonesian rupiah": "IDR", "dong": "VND", "vietnamese dong": "VND",
    "lira": "TRY", "turkish lira": "TRY", "rand": "ZAR", "south african rand": "ZAR",
    "swedish krona": "SEK", "krona": "SEK", "norwegian krone": "NOK",
    "danish krone": "DKK", "krone": "NOK", "zloty": "PLN", "polish zloty": "PLN",
    "shekel": "ILS", "israeli shekel": "ILS", "new shekel": "ILS", "israeli new shekel": "ILS",
    "dirham": "AED", "uae dirham": "AED", "united arab emirates dirham": "AED",
    "riyal": "SAR", "saudi riyal": "SAR", "qatari riyal": "QAR", "kuwaiti dinar": "KWD",
    "naira": "NGN", "nigerian naira": "NGN", "shilling": "KES", "kenyan shilling": "KES",
    "hryvnia": "UAH", "ukrainian hryvnia": "UAH", "taka": "BDT", "bangladeshi taka": "BDT",
    "forint": "HUF", "hungarian forint": "HUF", "koruna": "CZK", "czech koruna": "CZK",
    "pataca": "MOP", "macanese pataca": "MOP", "tenge": "KZT", "kazakhstani tenge": "KZT",
    "peruvian sol": "PEN", "nuevo sol": "PEN",
    # The Nordic and Czech currencies in English, as wire services write them ("17.3 billion
    # Danish crowns"); bare "crown" names no currency.
    "danish crown": "DKK", "swedish crown": "SEK", "norwegian crown": "NOK", "czech crown": "CZK",
    # Bare "crowns" after an amount is the crown the article qualifies in an amount ("1.84 billion Swedish
    # crowns ... 610 million crowns"), else that of the country it names (COUNTRY_CURRENCIES); plural only
    # (PLURAL_ONLY: "the crown" is a monarchy's or a title).
    "crown": "SEK",
    # Currencies replaced by the euro, still in archives and older news.
    "guilder": "NLG", "dutch guilder": "NLG", "deutsche mark": "DEM", "d-mark": "DEM", "german mark": "DEM",
    "mark": "DEM", "french franc": "FRF", "belgian franc": "BEF", "italian lira": "ITL", "peseta": "ESP",
    "spanish peseta": "ESP", "escudo": "PTE", "portuguese escudo": "PTE", "drachma": "GRD",
    "greek drachma": "GRD", "austrian schilling": "ATS", "markka": "FIM", "finnish markka": "FIM",
    "punt": "IEP",
}
# A bare head word that several countries share is the currency of the country the article is
# about, where it qualifies no currency of that name in an amount (ANNOTATION §3: ambiguous
# currencies): "120 million pesos" in a Buenos Aires story is ARS, in a Manila story PHP. Head
# word -> (code, the country's names, demonyms and capitals as news writes them); the code
# whose words the article names most often wins, ties to the first named; none named, WORDS's code.
COUNTRY_CURRENCIES: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {
    "peso": (
        ("MXN", ("Mexico", "Mexican", "Mexicans", "Mexico City")),
        ("ARS", ("Argentina", "Argentine", "Argentinian", "Argentines", "Buenos Aires")),
        ("CLP", ("Chile", "Chilean", "Chileans", "Santiago")),
        ("COP", ("Colombia", "Colombian", "Colombians", "Bogota", "Bogotá")),
        ("PHP", ("Philippines", "Philippine", "Filipino", "Filipinos", "Manila")),
        ("DOP", ("Dominican Republic", "Santo Domingo")),
    ),
    "franc": (
        ("CHF", ("Switzerland", "Swiss", "Zurich", "Geneva", "Bern", "Basel")),
        ("FRF", ("France", "French", "Paris")),
        ("BEF", ("Belgium", "Belgian", "Brussels")),
    ),
    "rupee": (
        ("INR", ("India", "Indian", "Indians", "New Delhi", "Mumbai")),
        ("PKR", ("Pakistan", "Pakistani", "Pakistanis", "Islamabad", "Karachi")),
        ("LKR", ("Sri Lanka", "Sri Lankan", "Colombo")),
    ),
    "krone": (
        ("NOK", ("Norway", "Norwegian", "Oslo")),
        ("DKK", ("Denmark", "Danish", "Copenhagen")),
    ),
    "crown": (
        ("SEK", ("Sweden", "Swedish", "Swede", "Swedes", "Stockholm")),
        ("NOK", ("Norway", "Norwegian", "Norwegians", "Oslo")),
        ("DKK", ("Denmark", "Danish", "Dane", "Danes", "Copenhagen")),
        ("CZK", ("Czech Republic", "Czech", "Czechs", "Prague")),
    ),
    "lira": (  # "lire" is the Italian plural, still in archives: "958 billion lire" in a Milan story
        ("TRY", ("Turkey", "Turkish", "Turks", "Türkiye", "Istanbul", "Ankara")),
        ("ITL", ("Italy", "Italian", "Italians", "Rome", "Milan", "Turin")),
    ),
    "riyal": (
        ("SAR", ("Saudi Arabia", "Saudi", "Riyadh")),
        ("QAR", ("Qatar", "Qatari", "Doha")),
    ),
}
# Bare head words that are money only in an article that names one of their countries or qualifies one
# in an amount: "610 million crowns" in a Stockholm story, not "the queen wore two crowns".
COUNTRY_REQUIRED: frozenset[str] = frozenset({"crown"})
# Plurals of a head word that are not WORD + "s" ("Danish kroner", "Peruvian soles").
WORD_FORMS: dict[str, str] = {
    "kroner": "krone", "kronor": "krona", "reais": "real", "lire": "lira", "soles": "sol",
    "markkaa": "markka",
}
# Head words read only in the plural when written bare: "the 10,000 mark" is a threshold,
# "549,000 marks" an amount; qualified ("one German mark") both are.
PLURAL_ONLY: frozenset[str] = frozenset({"mark", "crown"})
# Subunits: "50 cents" is 0.5 of the main unit.
SUBUNITS: dict[str, tuple[str, Fraction]] = {"cent": ("USD", Fraction(1, 100)), "cents": ("USD", Fraction(1, 100)),
                                             "cts": ("USD", Fraction(1, 100)),  # Reuters: "60 cts a share"
                                             "pence": ("GBP", Fraction(1, 100)), "p": ("GBP", Fraction(1, 100))}
# The words of a dollar's hundredths ("cents", "cts"): bare, they are the cents of the dollar their
# sentence writes ("by 4 cents to C$1.08"), and a dollar's qualifier before them names it.
DOLLAR_SUBUNITS: frozenset[str] = frozenset(word for word, (code, _) in SUBUNITS.items() if code == "USD")
# The dollars other than the US one, by their words ("canadian dollar": "CAD"), in WORDS' order.
OTHER_DOLLARS: dict[str, str] = {word: code for word, code in WORDS.items() if word.endswith(" dollar") and code != "USD"}
# "37.5 Canadian cents", "60 Canadian cts": the dollar named before the subunit (from the qualified dollars above).
SUBUNIT_QUALIFIERS: dict[str, tuple[tuple[str, str], ...]] = {
    unit: tuple((word.removesuffix(" dollar"), code) for word, code in OTHER_DOLLARS.items())
    for unit in sorted(DOLLAR_SUBUNITS)
}

# ANNOTATION §3: bare "$" is USD unless the article names another dollar; bare "¥" is JPY
# unless the amount is called yuan (in its sentence: SENTENCE_SCOPED). "kr" is shared by the
# Swedish, Norwegian and Danish crowns and "Rs" by the Indian, Pakistani and Sri Lankan
# rupees: SEK and INR unless the article names the other currency.
BARE_SYMBOL_OVERRIDES: dict[str, tuple[tuple[str, str], ...]] = {
    "$": tuple(OTHER_DOLLARS.items()),
    "¥": (("yuan", "CNY"), ("renminbi", "CNY"), ("rmb", "CNY")),
    "￥": (("yuan", "CNY"), ("renminbi", "CNY"), ("rmb", "CNY")),
    "kr": (("norwegian krone", "NOK"), ("danish krone", "DKK")),
    "Rs": (("pakistani rupee", "PKR"), ("sri lankan rupee", "LKR")),
    "Rs.": (("pakistani rupee", "PKR"), ("sri lankan rupee", "LKR")),
}
SENTENCE_SCOPED: frozenset[str] = frozenset({"¥", "￥"})

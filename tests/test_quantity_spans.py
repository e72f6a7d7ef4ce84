"""MONEY and PERCENT spans found in sentences (ANNOTATION.md §2; issue 5): symbols, words, modifiers, ranges."""

from __future__ import annotations

import pytest

from tests.conftest import labelled

SPAN_CASES = [  # (sentence, [(label, text), ...] expected among the mentions)
    ("The shares cost HK$3 apiece.", [("MONEY", "HK$3 apiece")]),
    ("Revenue rose to 301.6 billion yuan ($44.7 billion).", [("MONEY", "301.6 billion yuan"), ("MONEY", "$44.7 billion")]),
    ("The market is worth more than 26.2 trillion yuan.", [("MONEY", "more than 26.2 trillion yuan")]),
    # the model's amount with its modifier and no currency, the rule's amount with its currency: one span
    ("The bloc will spend more than 800 billion euros on defence.", [("MONEY", "more than 800 billion euros")]),
    ("Vantor paid around 10 billion euros for the unit.", [("MONEY", "around 10 billion euros")]),
    ("Nordwind earned about 10 trillion won last quarter.", [("MONEY", "about 10 trillion won")]),
    ("The state will spend nearly 5 trillion rupees on roads.", [("MONEY", "nearly 5 trillion rupees")]),
    ("It raised US$5.2bn in the offering.", [("MONEY", "US$5.2bn")]),
    ("The deal values the firm at NT$300 billion.", [("MONEY", "NT$300 billion")]),
    ("Sales reached €2.5m last year.", [("MONEY", "€2.5m")]),
    ("The fund holds about C$40 million.", [("MONEY", "about C$40 million")]),
    ("It will cost between $5 million and $7 million.", [("MONEY", "between $5 million and $7 million")]),
    ("Costs are $5 million to $7 million.", [("MONEY", "$5 million to $7 million")]),
    ("The stock plunged $4 to $14.75.", [("MONEY", "$4"), ("MONEY", "$14.75")]),
    # a verb of change, then "from" the level before "to" the level after: two amounts (RR9's real-news class)
    ("Vantor shares rose Tuesday from $18.40 to $21.15.", [("MONEY", "$18.40"), ("MONEY", "$21.15")]),
    ("The board cut the payout from 60 cents to 45 cents.", [("MONEY", "60 cents"), ("MONEY", "45 cents")]),
    ("Its bond yield climbed from 3.1% to 3.6% in a week.", [("PERCENT", "3.1%"), ("PERCENT", "3.6%")]),
    # guards: "up from" compares with an earlier range; "priced from" is a range; a scale written once
    ("It now sees $2.1 billion to $2.3 billion, up from $1.9 billion to $2.2 billion in March.",
     [("MONEY", "$2.1 billion to $2.3 billion"), ("MONEY", "$1.9 billion to $2.2 billion")]),
    ("The kits, priced from $40 to $65, sell online.", [("MONEY", "$40 to $65")]),
    ("Vantor hopes to raise $5 million to $7 million in the offering.", [("MONEY", "$5 million to $7 million")]),  # R9: intent, a range
    # a range from the subunit to the currency: one mention
    ("Nordwind expects earnings of 85 cents to $1.10 a share.", [("MONEY", "85 cents to $1.10")]),
    ("Vantor stock fell a further 65 cents to $12.40.", [("MONEY", "65 cents"), ("MONEY", "$12.40")]),  # a change, a level
    ("Its shares were down only 5% to 120 pence.", [("PERCENT", "5%"), ("MONEY", "120 pence")]),
    ("Shares closed up 37.5 Canadian cents.", [("MONEY", "37.5 Canadian cents")]),
    ("Net income was 235 million guilders.", [("MONEY", "235 million guilders")]),
    # a symbol ending in its abbreviation's period, and wire copy's glued "euro" (M10)
    ("Tata posted a profit of Rs. 1,200 crore.", [("MONEY", "Rs. 1,200 crore")]),
    ("The watch costs Fr. 450 in Geneva.", [("MONEY", "Fr. 450")]),
    ("Sales rose to euro958 million from euro900 million.", [("MONEY", "euro958 million"), ("MONEY", "euro900 million")]),
    ("Earnings were six cents a share.", [("MONEY", "six cents")]),
    ("Alibaba had more than 40 per cent of the market.", [("PERCENT", "more than 40 per cent")]),
    ("Huawei and Tencent owned roughly 16 per cent each.", [("PERCENT", "roughly 16 per cent")]),
    ("Revenue fell 5.9% year-on-year.", [("PERCENT", "5.9%")]),
    ("Margins widened 3 percentage points.", [("PERCENT", "3 percentage points")]),
    ("Growth will be 5-7% this year.", [("PERCENT", "5-7%")]),
    ("Rates rose between 3% and 4%.", [("PERCENT", "between 3% and 4%")]),
    ("Rates rose between 3 and 4 percent.", [("PERCENT", "between 3 and 4 percent")]),
    ("Shootings declined between 1982 and 1992.", [("DATE", "1982"), ("DATE", "1992")]),  # years, not a percent range
    ("It bought the 33% of Telerate it did not own.", [("PERCENT", "33%")]),
    ("Unemployment fell 5% to 3%.", [("PERCENT", "5%"), ("PERCENT", "3%")]),
    ("The Fed raised rates by a quarter of a percentage point.", [("PERCENT", "a quarter of a percentage point")]),
    ("The bank cut rates by a quarter percentage point next week.", [("PERCENT", "a quarter percentage point")]),
    ("Yields rose a quarter point on Friday.", [("PERCENT", "a quarter point")]),
    ("The bank raised rates by a quarter-point to 5%.", [("PERCENT", "a quarter-point"), ("PERCENT", "5%")]),
    ("The central bank cut by a half percentage point.", [("PERCENT", "a half percentage point")]),
    ("Rates fell three-quarters of a percentage point in March.", [("PERCENT", "three-quarters of a percentage point")]),
    # a range written with a dash between two signed percentages; two shares of one whole are two mentions
    ("The bank held its target range at 3.5%-3.75% on Wednesday.", [("PERCENT", "3.5%-3.75%")]),
    ("Analysts expect 3%-4% growth next year.", [("PERCENT", "3%-4%")]),
    ("The partners formed a 60%-40% venture.", [("PERCENT", "60%"), ("PERCENT", "40%")]),
    # issue 19: fractions, glued scales, prefixes, ranges against coordination and lists, vague multiples
    ("The bonds yield 6 1/4% now.", [("PERCENT", "6 1/4%")]),
    ("The bonds yield 6¼% now.", [("PERCENT", "6¼%")]),
    ("Yields were 6-1/4% and 8 1/2% last week.", [("PERCENT", "6-1/4%"), ("PERCENT", "8 1/2%")]),
    ("It paid $1 1/2 billion for the unit.", [("MONEY", "$1 1/2 billion")]),
    ("It cost one point six billion dollars.", [("MONEY", "one point six billion dollars")]),
    ("The company raised €250m in the offering.", [("MONEY", "€250m")]),
    ("Sales were £2bn in the year.", [("MONEY", "£2bn")]),
    ("The debt reached $1.5tn.", [("MONEY", "$1.5tn")]),
    ("It paid GB£5 million for the stake.", [("MONEY", "GB£5 million")]),
    ("It paid USD$5 million for the stake.", [("MONEY", "USD$5 million")]),
    ("Growth will be 3% to 4% this year.", [("PERCENT", "3% to 4%")]),
    ("Rates rose 6 1/2 to 7 1/4 percent.", [("PERCENT", "6 1/2 to 7 1/4 percent")]),
    ("The phones cost $299 and $399 respectively.", [("MONEY", "$299"), ("MONEY", "$399")]),
    ("Tickets cost $5, $10 or $20.", [("MONEY", "$5"), ("MONEY", "$10"), ("MONEY", "$20")]),
    ("The notes were sold in $1 $2 $3 $4 million lots.",
     [("MONEY", "$1"), ("MONEY", "$2"), ("MONEY", "$3"), ("MONEY", "$4 million")]),
    ("Net income was 5 million euros and 7 million euros.", [("MONEY", "5 million euros"), ("MONEY", "7 million euros")]),
    ("The deal cost billions of dollars.", [("MONEY", "billions of dollars")]),
    ("They spent tens of millions of euros on it.", [("MONEY", "tens of millions of euros")]),
    ("The club paid 500 pounds for the ticket.", [("MONEY", "500 pounds")]),
    ("Net income slipped 5% to #89.7 million ($141.9 million), or 16 pence a share.",
     [("MONEY", "#89.7 million"), ("MONEY", "$141.9 million"), ("MONEY", "16 pence")]),
    ("Analysts expected #130 million to #135 million.", [("MONEY", "#130 million to #135 million")]),
    ("Earnings fell 50% to 75% below the year-earlier $4.5 million.", [("PERCENT", "50% to 75%")]),
    ("Donors gave more than 20,000 marks (dlrs 11,000) to the party.",
     [("MONEY", "more than 20,000 marks"), ("MONEY", "dlrs 11,000")]),
    ("The kidnappers demanded a ransom of dlrs 1 million.", [("MONEY", "dlrs 1 million")]),
    # a rule's amount that a longer model DATE swallowed comes back when the date is cut
    ("Sales rose 40pct last year.", [("PERCENT", "40pct"), ("DATE", "last year")]),
    ("The licence sold for $20 five years ago.", [("MONEY", "$20"), ("DATE", "five years ago")]),
    ("Some boxes sell for as little as 99 cents.", [("MONEY", "99 cents")]),
    # after "by": a change, then the level it reached; a range of change stays one
    ("The carrier raised its basic fare in Canada by C$4 to C$29.50.", [("MONEY", "C$4"), ("MONEY", "C$29.50")]),
    ("The central bank lifted its main rate by 0.5% to 4.75%.", [("PERCENT", "0.5%"), ("PERCENT", "4.75%")]),
    ("Ericsson's sales rose to 61 billion Swedish crowns.", [("MONEY", "61 billion Swedish crowns")]),
    ("Orsted wrote down 28.4 billion Danish crowns.", [("MONEY", "28.4 billion Danish crowns")]),
]
EXACT_SPANS = [  # (sentence, [(label, text)]): these and no other MONEY/PERCENT mentions
    # a percentage ends at its sign: "year on year" is a rate (M10)
    ("Vantor's sales rose 12 per cent year on year.", [("PERCENT", "12 per cent")]),
    ("Exports grew 7 per cent month on month in May.", [("PERCENT", "7 per cent")]),
    # a range whose ends each carry a sign, written with a dash (FT and Reuters style); glued "Rmb"
    ("Vantor expects a loss of $500m-$600m this year.", [("MONEY", "$500m-$600m")]),
    ("The unit could fetch £1.5bn-£2bn in a sale.", [("MONEY", "£1.5bn-£2bn")]),
    ("Nordwind raised Rmb5bn in the offering.", [("MONEY", "Rmb5bn")]),
    # an ISO code glued to its number in a wire headline (RR10's real-news class 7)
    ("Vantor to Buy Kolvex for EUR4.6 Bln Including Debt", [("MONEY", "EUR4.6 Bln")]),
    ("Nordwind Sells Unit for GBP1.2bn", [("MONEY", "GBP1.2bn")]),
    ("The phones cost $299 and $399 respectively.", [("MONEY", "$299"), ("MONEY", "$399")]),
    ("Costs are $5 million to $7 million.", [("MONEY", "$5 million to $7 million")]),
    ("Growth will be 3% to 4% this year.", [("PERCENT", "3% to 4%")]),
    ("The notes were sold in $1 $2 $3 $4 million lots.",
     [("MONEY", "$1"), ("MONEY", "$2"), ("MONEY", "$3"), ("MONEY", "$4 million")]),
    ("The app has millions of users.", []),
    ("The plan cuts spending by $40 million to $60 million.", [("MONEY", "$40 million to $60 million")]),
    ("The group plans to trim its staff by 8% to 12% next year.", [("PERCENT", "8% to 12%")]),
    ("Pay rose by 1% to 4% depending on grade.", [("PERCENT", "1% to 4%")]),
    ("Fees rose by $5 to $25 depending on the plan.", [("MONEY", "$5 to $25")]),
    # the model's "50 cents to $" before "2.90": the cents, then the level with its sign
    ("The fare rose by 50 cents to $2.90.", [("MONEY", "50 cents"), ("MONEY", "$2.90")]),
    ("The subway fare rose by 25 cents to $2.75.", [("MONEY", "25 cents"), ("MONEY", "$2.75")]),  # cents, then dollars
    # the model's MONEY that runs on into a name: the name is not money
    ("Samsung wins $4.7 billion CHIPS Act award.", [("MONEY", "$4.7 billion")]),
    ("It paid 300 Swiss Francs and 10 EUR.", [("MONEY", "300 Swiss Francs"), ("MONEY", "10 EUR")]),
    ("The company ranked #1 in sales and #2 overall.", []),
    # a percentage glued to a hyphenated word: spaCy's tokenizer keeps "61%-owned" one token
    ("The refiner, which is 61%-owned by a Texas group, reported a loss.", [("PERCENT", "61%")]),
    ("It agreed to buy the rest of its 30%-owned Dutch unit.", [("PERCENT", "30%")]),
    ("The fund took a 4.5%-stake in the airline.", [("PERCENT", "4.5%")]),
    # a price per a count of things: the count's scale is no part of the amount
    ("The model costs $2.50 per million input tokens.", [("MONEY", "$2.50")]),
    ("Output is priced at $10 per million tokens, input at $1.25 per million.", [("MONEY", "$10"), ("MONEY", "$1.25")]),
    ("The fund raised $2.5 million per year.", [("MONEY", "$2.5 million")]),
    ("The yen traded at 150 yen per dollar.", [("MONEY", "150 yen")]),
    # pence glued to the number, as British market reports write share prices (D8)
    ("Shares in the grocer rose 3p to 120p.", [("MONEY", "3p"), ("MONEY", "120p")]),
    ("The shares closed 4.5p higher at 210.5p.", [("MONEY", "4.5p"), ("MONEY", "210.5p")]),
    ("The bank sold 40 million shares at 55p each.", [("MONEY", "55p")]),
    ("A 5p charge on plastic bags took effect.", [("MONEY", "5p")]),
    # Reuters wire style (D8): "dlrs" after a number with a scale, "cts", "stg", "mln" after the model's "about $850"
    ("Revenue rose to 2.3 billion dlrs from 2.1 billion dlrs.", [("MONEY", "2.3 billion dlrs"), ("MONEY", "2.1 billion dlrs")]),
    ("Profit was 45.6 mln dlrs, or 1.05 dlrs per share.", [("MONEY", "45.6 mln dlrs"), ("MONEY", "1.05 dlrs")]),
    ("The board declared a quarterly dividend of 60 cts a share.", [("MONEY", "60 cts")]),
    ("The unit earned 12 mln stg in the year.", [("MONEY", "12 mln stg")]),
    ("Capital spending will be about $850 mln this year.", [("MONEY", "about $850 mln")]),
    ("It paid dlrs 1 million in ransom.", [("MONEY", "dlrs 1 million")]),  # guard: "dlrs" before the number
    # bare "crowns" in a story that names a crown country (D8)
    ("The Swedish retailer posted a loss of 610 million crowns.", [("MONEY", "610 million crowns")]),
    ("The Oslo-based lender will pay a dividend of 1.50 crowns.", [("MONEY", "1.50 crowns")]),
]
NOT_MONEY = [
    # an exchange rate: the amount is of a currency not written (D7)
    ("The yen weakened past 160 per dollar on Monday.", "160 per dollar"),
    ("The app has 500 million users.", "500 million"),
    ("The company cut 2,000 jobs.", "2,000"),
    ("The PEN15 series returns in May.", "PEN15"),  # guard: a code glued to an integer alone is no amount
    ("Attacks took place between 1994 and 1997.", "between 1994 and 1997"),
    # issue 19 (found by bench/cross_check_quantities.py): pounds of weight
    ("Albright announced a gift of 500 pounds (225 kilograms) of medical supplies.", "500 pounds"),
    ("He is 5 feet, 10 inches tall and weighs 150 to 175 pounds.", "150 to 175 pounds"),
    ("Police found more than 1,300 pounds of explosives in a shed.", "more than 1,300 pounds"),
    # a display's lines or a video's frames, written like pence: no money (guards of the glued pence, D8)
    ("The camera shoots 4K video at 60p.", "60p"),
    ("The TV upscales 1080p content.", "1080p"),
    ("The phone records 24p footage.", "24p"),
    ("The queen wore two crowns at the ceremony.", "two crowns"),  # no crown country named: no money (D8)
]


@pytest.mark.parametrize("sentence,expected", SPAN_CASES, ids=[c[0][:40] for c in SPAN_CASES])
def test_quantity_spans(nlp, sentence, expected):
    found = labelled(sentence)
    assert set(expected) <= found, found


@pytest.mark.parametrize("sentence,expected", EXACT_SPANS, ids=[c[0][:40] for c in EXACT_SPANS])
def test_quantity_spans_exactly(nlp, sentence, expected):
    found = {(label, text) for label, text in labelled(sentence) if label in ("MONEY", "PERCENT")}
    assert found == set(expected)


@pytest.mark.parametrize("sentence,text", NOT_MONEY, ids=[c[1] for c in NOT_MONEY])
def test_counts_are_not_money(nlp, sentence, text):
    assert not {label for label, _ in labelled(sentence)} & {"MONEY", "PERCENT"}

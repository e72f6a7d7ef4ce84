"""Organization spans in modern news (ANNOTATION.md §2 ORG; issue 17): datelines, titles and
descriptors around a name, owners before a participle, legal-suffix chains, a registered name's
apostrophe, laws and events, analysts' employers, short names of a company the article names in full.

Each row fails on the code before these rules (negative rows guard them); the names are not the
probe gold's (bench/gold/news_probe)."""

from __future__ import annotations

import pytest

from tests.conftest import labelled

ORG_SPAN_CASES = [  # (text, mentions that must be found, mentions that must not)
    # a dateline in capitals, with its country or state, opens the body: a place, no ORG
    ("OSLO, Norway — Equinor ASA said on Monday it would cut output.",
     {("ORG", "Equinor ASA")}, {("ORG", "OSLO")}),
    ("SEOUL — Samsung Electronics Co. said profit fell.",
     {("ORG", "Samsung Electronics Co.")}, {("ORG", "SEOUL")}),
    # a person's title after an agency, and the person, are no part of it; the agency is an ORG
    ('"We will hold them to account," NTSB Chair Jennifer Homendy said on Friday.',
     {("ORG", "NTSB")}, {("ORG", "NTSB Chair Jennifer Homendy"), ("PRODUCT", "NTSB")}),
    ("NHTSA Administrator Sophie Shulman said the agency would act.",
     {("ORG", "NHTSA")}, {("ORG", "NHTSA Administrator Sophie Shulman")}),
    # a person "of" a firm, with the title before the person, is no part of the firm's name
    ("Analyst Dan Ives of Wedbush Securities said the stock was cheap.",
     {("ORG", "Wedbush Securities")}, {("ORG", "Analyst Dan Ives of Wedbush Securities")}),
    # a trigger noun that opens the sentence is a descriptor
    ("Chipmaker Qualcomm Inc. said revenue rose.",
     {("ORG", "Qualcomm Inc.")}, {("ORG", "Chipmaker Qualcomm Inc.")}),
    # a name before a hyphenated participle of owning or backing is the owner, an ORG
    ("The Google-backed startup released a new model.",
     {("ORG", "Google")}, {("PRODUCT", "Google-backed"), ("ORG", "Google-backed"), ("PRODUCT", "Google")}),
    # laws and events are no organizations
    ("Regulators said the companies broke the Digital Services Act.", set(), {("ORG", "Digital Services Act")}),
    ("Airlines placed orders at the Farnborough Airshow on Monday.", set(), {("ORG", "Farnborough Airshow")}),
    # legal forms joined by a comma are one name
    ("Shares of Hon Hai Precision Industry Co., Ltd. rose 3%.",
     {("ORG", "Hon Hai Precision Industry Co., Ltd.")}, {("ORG", "Ltd."), ("ORG", "Hon Hai Precision Industry Co.")}),
    # a legal form after a comma is the name's, as a press release writes it (ANNOTATION §2: the full name)
    ("Nordwind Sciences, Inc. said on Monday it would cut jobs.",
     {("ORG", "Nordwind Sciences, Inc.")}, {("ORG", "Inc"), ("ORG", "Nordwind Sciences")}),
    ("Shares of Quillmark Partners, LLC, the lender, fell.", {("ORG", "Quillmark Partners, LLC")}, set()),
    # a stock's symbol after its exchange's name and a colon is the company's ORG
    ("Nordwind Sciences, Inc. (Nasdaq: NWSC) and Quillmark, Inc. (NYSE: QLM) agreed to merge.",
     {("ORG", "NWSC"), ("ORG", "QLM"), ("ORG", "Quillmark, Inc.")}, set()),
    ("Quillmark Energy (OTCQX: QMEF; TSXV: QME) fell.", {("ORG", "QMEF")}, set()),
    # a press release's wire in its dateline, between double dashes, and the company after it
    ("NEW YORK--(BUSINESS WIRE)--Nordwind Corp. said on Monday it would cut jobs.",
     {("ORG", "BUSINESS WIRE"), ("ORG", "Nordwind Corp.")}, set()),
    ("HAMBURG (dpa-AFX) - Shares of Nordwind rose, and PC World said demand was weak.",
     {("ORG", "dpa-AFX"), ("ORG", "PC World")}, set()),
    # the producers' alliance is written with its plus sign
    ("Prices fell ahead of an OPEC+ meeting. Delegates from OPEC+, which includes Russia, met.",
     {("ORG", "OPEC+")}, {("ORG", "OPEC")}),
    # a name that opens with its digits, its brand word in lower case, and its repeats and first word
    pytest.param("3Quill bio, Inc. agreed to be bought. Shares of 3Quill bio rose. A year ago, 3Quill decided to sell.",
                 {("ORG", "3Quill bio, Inc."), ("ORG", "3Quill bio"), ("ORG", "3Quill")}, set(),
                 marks=pytest.mark.xfail(strict=True, reason="a lower-case brand word: any lower-case word class makes the names' match windows the whole doc")),
    ("12Nordwind Holding Co. said profit rose.", {("ORG", "12Nordwind Holding Co.")}, set()),
    # the apostrophe of a registered name that owns nothing after it is kept
    ("Sotheby's said the sale raised $100 million.", {("ORG", "Sotheby's")}, {("ORG", "Sotheby")}),
    ("Retailer Macy's said on Monday that sales fell.", {("ORG", "Macy's")}, {("ORG", "Macy")}),
    # the employer after "analysts at" is an ORG, whatever the ner reads
    ("Analysts at Bernstein said the stock was cheap.", {("ORG", "Bernstein")}, set()),
    # a short name of a company the article names in full, where it acts
    ("Delta Air Lines and American Airlines cut fares. American said demand was strong.",
     {("ORG", "American Airlines"), ("ORG", "American")}, set()),
    # a company before a noun of its machines is their operator or maker, no product
    ("JetBlue Airways Corp. cut its forecast. A JetBlue jet landed safely. JetBlue shares fell.",
     {("ORG", "JetBlue")}, {("PRODUCT", "JetBlue")}),
    ("An Apple phone and a Tesla car were on display.", {("ORG", "Tesla")}, {("PRODUCT", "Tesla")}),
    # a name before the noun of a company's business is the unit's, an ORG (ANNOTATION §2), not a product
    ("Diageo agreed to sell its Guinness Ghana brewing operations to a local group.",
     {("ORG", "Guinness Ghana")}, {("PRODUCT", "Guinness Ghana")}),
    # what "called" names is no product where it is a titled person, a place, or called something
    ("Protesters called Prime Minister Kishida a coward on Sunday.", set(), {("PRODUCT", "Prime Minister Kishida")}),
    ("The senator called U.S. regulators a disgrace.", set(), {("PRODUCT", "U.S."), ("ORG", "U.S.")}),
    # a law's name before its noun, a church's before "Cathedral": no ORG, no PRODUCT
    ("Under the Racketeer Influenced and Corrupt Organizations law, prosecutors may seize assets.", set(),
     {("PRODUCT", "Racketeer Influenced"), ("PRODUCT", "Corrupt Organizations")}),
    ("Lawmakers passed the Dodd-Frank law in 2010.", set(), {("ORG", "Dodd-Frank")}),
    ("In his Easter sermon at St. Paul's Cathedral in London, the bishop called for calm.", set(),
     {("PRODUCT", "Cathedral")}),
    # the first words of the article's suffix name are the company, not a maker + model
    ("Samsung Heavy Industries Co. won a $1 billion order. Samsung Heavy shares rose 3%.",
     {("ORG", "Samsung Heavy")}, {("PRODUCT", "Samsung Heavy")}),
    ("Toyota Tsusho Corp. said profit rose. Toyota Tsusho will buy the unit.",
     {("ORG", "Toyota Tsusho")}, {("PRODUCT", "Toyota Tsusho")}),
    # a wire dateline with its date before the agency's mark: the place is no ORG
    ("FRANKFURT, March 3 (Reuters) - Deutsche Bank AG said on Monday it would cut 3,500 jobs.",
     {("ORG", "Deutsche Bank AG"), ("ORG", "Reuters")}, {("ORG", "FRANKFURT")}),
    ("JOHANNESBURG, August 7 (Xinhua) -- South African police arrested two men.", {("ORG", "Xinhua")},
     {("ORG", "JOHANNESBURG")}),
    # a department's short name in a minister's title, and the person after it, are no ORG
    ("Secretary of State Antony Blinken met Chinese officials on Friday.", set(),
     {("ORG", "State Antony Blinken"), ("ORG", "State")}),
    ("The plan was backed by Treasury Secretary Jane Roe and Commerce Secretary John Doe on Monday.", set(),
     {("ORG", "Treasury"), ("ORG", "Commerce")}),
    ("The deal was signed by Finance Minister Jane Roe and Trade Minister John Doe.", set(), {("ORG", "Finance")}),
    # the department itself stays an ORG
    ("The Treasury said yields rose, and the Defense Department awarded the contract.",
     {("ORG", "Treasury"), ("ORG", "Defense Department")}, set()),
    # one capitalised field, "and", and an institution's name are one name
    ("Officials of the Immigration and Naturalization Service said the boy would stay.",
     {("ORG", "Immigration and Naturalization Service")}, {("ORG", "Immigration")}),
    # also after its country's word: the field before "and" is no name of its own
    ("Agents of the U.S. Immigration and Naturalization Service said the boy would stay.",
     {("ORG", "U.S. Immigration and Naturalization Service")}, {("ORG", "U.S. Immigration"), ("ORG", "Naturalization Service")}),
    # mixed-case legal forms are one token and end the name; particles of another language stay inside it
    ("Fincantieri S.p.A. won a contract for two frigates.", {("ORG", "Fincantieri S.p.A.")}, set()),
    ("Kofola s.r.o. said sales rose.", {("ORG", "Kofola s.r.o.")}, set()),
    ("Shares of Banca Monte dei Paschi di Siena S.p.A. rose 4%.", {("ORG", "Banca Monte dei Paschi di Siena S.p.A.")},
     {("ORG", "Siena S.p.A."), ("ORG", "Banca Monte dei Paschi di Siena S.p.A")}),
    # a product's short form is no repeat where the ner reads a nationality ('British' after 'Jaguar British')
    ("The plan would keep Jaguar British-owned and independent. In wooing British lawmakers, GM pointed to jobs.",
     {("ORG", "GM")}, {("PRODUCT", "British")}),
    # an event's name: a suffix name before its event word, or ending in one, is no ORG (issue 17)
    ("Executives gathered at the Consumer Electronics Show in Las Vegas.", set(), {("ORG", "Consumer Electronics")}),
    ("Boeing won orders at the Dubai Air Show on Monday.", {("ORG", "Boeing")}, {("ORG", "Dubai Air Show")}),
    # a body's word ending a name the ner reads as a venue or an event
    ("Huawei showed its phones at Mobile World Congress Shanghai on Tuesday.", {("ORG", "Huawei")},
     {("ORG", "Mobile World Congress"), ("ORG", "Mobile World Congress Shanghai")}),
    # a military base is a facility, no ORG
    ("The C-17 landed at Dover Air Force Base on Friday.", set(), {("ORG", "Dover Air Force Base")}),
    # a person's name before a weapon's noun owns the weapons: three words or more, or the end of a longer name
    ("Reporters saw Kim Jong Il missiles on parade.", set(), {("PRODUCT", "Kim Jong Il")}),
    ("Satellite images showed Bashar al-Assad tanks near the border.", set(), {("PRODUCT", "Assad")}),
    # a word glued to a descriptor's participle is the descriptor's, no model name
    ("Buyers liked the Volvo Swedish-built sedans.", {("ORG", "Volvo")}, {("PRODUCT", "Volvo Swedish")}),
    # a trim's code after a model number is part of the model's name
    ("Stellantis will delay the Wagoneer 2500 SRT until next year.", {("PRODUCT", "Wagoneer 2500 SRT")},
     {("ORG", "SRT")}),
    ("Honda sold the Civic 2000 EXL in Asia.", {("PRODUCT", "Civic 2000 EXL")}, {("ORG", "EXL")}),
    # a name after "on" and a verb of posting or selling is the platform, a PRODUCT in that mention
    ("The video was posted on Facebook on Sunday.", {("PRODUCT", "Facebook")}, {("ORG", "Facebook")}),
    # the employer after "a trader at", "executives at" is the ORG, not a brand and its product
    ("Executives at Google DeepMind said the model was ready.", {("ORG", "Google DeepMind")},
     {("PRODUCT", "Google DeepMind")}),
    ("The engineers at Boeing Commercial Airplanes worked overtime.", {("ORG", "Boeing Commercial Airplanes")},
     {("PRODUCT", "Boeing Commercial Airplanes")}),
    # a known company and a company's words after it, read as one ORG by the ner, are a unit's name
    ("The index is run by Morgan Stanley Capital International Barra.",
     {("ORG", "Morgan Stanley Capital International Barra")}, {("PRODUCT", "Morgan Stanley Capital International Barra")}),
    # two names joined by a hyphen before a deal's noun, each written alone in the article, are two ORGs
    ("Holders approved the Ameritech-Cellnet agreement on Friday. Ameritech said it would pay $40 a share, and "
     "Cellnet holders cheered.", {("ORG", "Ameritech"), ("ORG", "Cellnet")}, {("ORG", "Ameritech-Cellnet")}),
    # an event's name before a product's noun is no product
    ("A bomb blast shocks the Olympic games.", set(), {("PRODUCT", "Olympic")}),
    # places joined by a hyphen, each a place or a nationality elsewhere in the article, are no ORG
    ("The Iraq-Kuwait border was closed. Iraq denied it, and Kuwait protested.", set(), {("ORG", "Iraq-Kuwait")}),
    ("Officials praised U.S.-Soviet cooperation. Soviet and U.S. diplomats met.", set(), {("ORG", "U.S.-Soviet")}),
    # a side's word and "Bank" name a river's bank or a region, no bank
    ("Artists lived on the Left Bank in Paris.", set(), {("ORG", "Left Bank")}),
    ("Troops crossed to the East Bank of the river.", set(), {("ORG", "East Bank")}),
    # a name before "operating" and a noun other than a system's is the operator
    ("The Nordwind operating profit rose 4%.", {("ORG", "Nordwind")}, {("PRODUCT", "Nordwind")}),
    # a registered name's own possessive between its words, as the ner reads the name
    ("Shares of Dick's Sporting Goods Inc. rose.", {("ORG", "Dick's Sporting Goods Inc.")},
     {("ORG", "Sporting Goods Inc."), ("ORG", "Dick")}),
    # business news and 1989-2000 newswire (issue 17, N7): a town named like a known company is a place
    ("The festival is held every summer in Hershey, Pennsylvania.", set(), {("ORG", "Hershey")}),
    ("Floods hit homes near Hershey on Sunday.", set(), {("ORG", "Hershey")}),
    ("Hershey, Pa.-based Hershey Co. raised prices.", {("ORG", "Hershey Co.")}, {("ORG", "Hershey")}),
    ("The mayor of the town of Hershey resigned.", set(), {("ORG", "Hershey")}),
    ("Eni, a small village in the hills, lost power.", set(), {("ORG", "Eni")}),
    # the person after an honorific owns the company, no ORG of their own
    ("Mrs. Helmsley's Helmsley Enterprises Inc. owns the hotels.", {("ORG", "Helmsley Enterprises Inc.")},
     {("ORG", "Helmsley")}),
    ("Mr. Trump's Trump Shuttle Inc. lost money.", {("ORG", "Trump Shuttle Inc.")}, {("ORG", "Trump")}),
    # a known company and the words of its group's company are the unit's name, an ORG
    ("Samsung Bioepis won approval for the drug.", {("ORG", "Samsung Bioepis")}, {("PRODUCT", "Samsung Bioepis")}),
    ("Take-Two Interactive shares fell after the delay.", {("ORG", "Take-Two Interactive")}, {("ORG", "Take-Two")}),
    ("Contracts went to Airbus Defence and Space last year.", {("ORG", "Airbus Defence and Space")},
     {("ORG", "Space")}),
    ("Costco Wholesale raised its membership fee.", {("ORG", "Costco Wholesale")}, {("ORG", "Costco")}),
    # a known product's name read on over a name word before a business unit's noun is the unit
    ("The company sold its Max Factor unit to a rival.", {("ORG", "Max Factor")}, {("PRODUCT", "Max Factor")}),
    # a brand's line before a noun of consumer goods, after an owner, is a product
    ("Gucci said demand for its Jackie bags fell.", {("PRODUCT", "Jackie")}, set()),
    # a known company that begins a person's name after a role noun, or a family's name, is no ORG
    ("The festival booked singer Zara Larsson.", set(), {("ORG", "Zara")}),
    ("Members of the Aldi family declined to comment.", set(), {("ORG", "Aldi")}),
    # a credit rating's grade is no name; nor is a fuel's abbreviation
    ("Moody's lowered the bonds to Baa3 from A2.", {("ORG", "Moody's")}, {("ORG", "Baa3"), ("PRODUCT", "A2")}),
    ("The shipyard builds LNG tankers.", set(), {("ORG", "LNG")}),
    # newswire's "Cos.", a group's words after a known company, partners' names with a comma
    ("McGraw-Hill Cos. raised its dividend.", {("ORG", "McGraw-Hill Cos.")}, {("ORG", "McGraw-Hill")}),
    ("Airbus Industrie won the order.", {("ORG", "Airbus Industrie")}, {("PRODUCT", "Airbus Industrie")}),
    ("Visa International cut its fees.", {("ORG", "Visa International")}, {("ORG", "Visa")}),
    ("Analysts at Kidder, Peabody & Co. cut their estimates.", {("ORG", "Kidder, Peabody & Co.")},
     {("ORG", "Kidder"), ("ORG", "Peabody & Co.")}),
    ("The notes were sold through Dillon, Read & Co. last week.", {("ORG", "Dillon, Read & Co.")}, {("ORG", "Dillon")}),
    # N8: partners' names of two words, and three partners, with commas between, are one registered name
    ("Smith Barney, Harris Upham & Co. said it would cut 300 jobs.", {("ORG", "Smith Barney, Harris Upham & Co.")},
     {("ORG", "Smith Barney"), ("ORG", "Harris Upham & Co.")}),
    ("The bonds were underwritten by Merrill Lynch, Pierce, Fenner & Smith Inc. on Tuesday.",
     {("ORG", "Merrill Lynch, Pierce, Fenner & Smith Inc.")}, {("ORG", "Fenner & Smith Inc.")}),
    # one capitalised word opening a sentence that the article writes in lower case elsewhere is no name
    ("Ransomware payments rose 40% last year, a report said. Hospitals paid ransomware gangs the most.", set(),
     {("ORG", "Ransomware"), ("PRODUCT", "Ransomware")}),
    ("Biotech funding fell 30% in 2023. Investors said biotech startups struggled.", set(), {("ORG", "Biotech")}),
    ("Crypto prices fell on Monday. Analysts said crypto trading slowed.", set(), {("PRODUCT", "Crypto")}),
    # a capitalised plural of an ordinary word opening a sentence is no name
    ("Chiplet designs are spreading. Makers said packaging cut costs.", set(), {("ORG", "Makers")}),
    ("Lenders said demand for mortgages fell in May.", set(), {("ORG", "Lenders")}),
    # a person's name after a known company's possessive is no ORG nor PRODUCT, whatever the ner reads
    ("Wipro's Rishad Premji said the company would hire 10,000 graduates.", {("ORG", "Wipro")},
     {("ORG", "Rishad Premji"), ("PRODUCT", "Rishad Premji")}),
    # a known company and the ordinary capitalised words of its full name the ner reads with it are one ORG
    ("Alibaba Cloud cut prices of its AI models by 20%.", {("ORG", "Alibaba Cloud")}, {("ORG", "Alibaba")}),
    ("Shares of Meta Platforms rose 5% on Friday.", {("ORG", "Meta Platforms")}, {("PRODUCT", "Meta Platforms")}),
    # a launch verb's object that begins with a person's title is the person, no product
    ("Snowflake introduced Chief Executive Officer Lena Vask at the event.", {("ORG", "Snowflake")},
     {("PRODUCT", "Chief Executive Officer Lena Vask")}),
    # what is sold, and a name before a noun of a medicine's dose or of tobacco, is the product
    ("Sales of Mevacor rose 12% in the quarter.", {("PRODUCT", "Mevacor")}, {("ORG", "Mevacor")}),
    ("Pharmacists stocked more Dorvalin tablets in May.", {("PRODUCT", "Dorvalin")}, set()),
    ("Philip Morris raised the price of Marlboro cigarettes.", {("PRODUCT", "Marlboro")}, {("ORG", "Marlboro")}),
    # time spent on a name makes it the platform
    ("Teenagers spend hours on Roblox each day.", {("PRODUCT", "Roblox")}, {("ORG", "Roblox")}),
    # a name before "feature" or "mode" is a named feature, no name
    ("The phone has a Crash Detection feature.", set(), {("ORG", "Crash Detection"), ("PRODUCT", "Crash Detection")}),
    # a company's possessive before a participle and the noun it owns keeps no apostrophe
    ("Nordvik Grand Inc. filed the papers. The filing came ahead of Nordvik Grand's planned offering of shares.",
     {("ORG", "Nordvik Grand")}, {("ORG", "Nordvik Grand's")}),
    # a flight and its number are no product; the airline before them is the ORG
    ("The bombing of Pan Am Flight 103 killed 270 people.", {("ORG", "Pan Am")}, {("PRODUCT", "Pan Am Flight 103")}),
    ("Investigators studied the crash of TWA Flight 800 off Long Island.", {("ORG", "TWA")},
     {("PRODUCT", "TWA Flight 800 off Long Island")}),
    # a company named with a descriptor and its suffix: its short form is the ORG, also one the ner reads as a place
    ("Smartphone maker Orvana Technologies Co. said sales rose. Orvana shipped 14.2 million phones.",
     {("ORG", "Orvana")}, set()),
    ("Snack maker Pellham Foods Inc. said it would cut jobs. Shares of Pellham rose 4%.", {("ORG", "Pellham")}, set()),
    # a capitalised common noun opening a quote, with no cue of a name, is the ordinary word
    ('"Scale matters more than ever," the chief executive said.', set(), {("PRODUCT", "Scale"), ("ORG", "Scale")}),
    # an exchange's name is an ORG, no brand + product, nor a platform things are listed on
    ("The shares trade on the Nasdaq Stock Market under the symbol NRDV.", {("ORG", "Nasdaq Stock Market")},
     {("PRODUCT", "Nasdaq Stock Market")}),
    ("Paysprout, which listed on the New York Stock Exchange in May 2024, said revenue rose.",
     {("ORG", "New York Stock Exchange")}, {("PRODUCT", "New York Stock Exchange")}),
    # an owner's line before a kind's word and a noun of products (a word the tagger reads as an adjective too)
    ("The company shut its Pinpost messaging service in May.", {("PRODUCT", "Pinpost")}, {("ORG", "Pinpost")}),
    ("Halvard Inc. said its Arcline laptops sold well.", {("PRODUCT", "Arcline")}, {("ORG", "Arcline")}),
    ("The carmaker is developing its Helix electric platform.", {("PRODUCT", "Helix")}, set()),
    # partners' surnames with commas and "&", no suffix: one firm
    ("The bank was advised by Keefe, Bruyette & Woods on the deal.", {("ORG", "Keefe, Bruyette & Woods")},
     {("ORG", "Keefe"), ("ORG", "Bruyette & Woods")}),
    ("Wachtell, Lipton, Rosen & Katz advised the board.", {("ORG", "Wachtell, Lipton, Rosen & Katz")},
     {("ORG", "Rosen & Katz")}),
    ("Nordwind, Quillan and Co. advised Merchants Union.", {("ORG", "Nordwind, Quillan and Co.")}, {("ORG", "Quillan")}),
    # a name ending in "OS", apart or glued, is an operating system, a product, with its version
    ("Attackers exploited a flaw in Norvik Networks' Bastion OS firewall software.", {("PRODUCT", "Bastion OS")},
     {("ORG", "Bastion OS")}),
    ("The phones run OrvanaOS 5, the company said.", {("PRODUCT", "OrvanaOS 5")}, {("ORG", "OrvanaOS 5")}),
    # a freighter's designation
    ("The carrier ordered 12 777 freighters.", {("PRODUCT", "777")}, set()),
    # a company's noun heading an apposition after a name makes it an ORG, whatever the ner reads (a person, a town,
    # nothing); a hyphenated noun and a participle glued to a hyphen are read whole
    ("Kolvex, a Berlin-based maker of drones, raised $40 million. Kolvex said it would expand.",
     {("ORG", "Kolvex")}, set()),
    ("Pelzer, a unit of Brantwell Corp., cut prices.", {("ORG", "Pelzer"), ("ORG", "Brantwell Corp.")}, set()),
    ("Dunmore, a subsidiary of Vexar Holdings, cut 40 jobs.", {("ORG", "Dunmore")}, set()),
    ("The round was led by Corvana, a venture firm in London.", {("ORG", "Corvana")}, set()),
    # a capitalised word the tagger reads as an adverb, a compound of the name, is its first word
    ("Nearly Software Inc. said revenue rose. Nearly expects growth.", {("ORG", "Nearly Software Inc.")},
     {("ORG", "Software Inc.")}),
    # two names and a name with its suffix, 'and' between, are two names where the ner reads them apart or the words
    # around 'and' are no ordinary words; 'X and Y and Co.' is X and the firm 'Y and Co.'
    ("Kessler Dunmore and Pinecrest Ventures led the round.", {("ORG", "Pinecrest Ventures")},
     {("ORG", "Kessler Dunmore and Pinecrest Ventures")}),
    ("Granite State Bancorp and Merchants Union Corp. agreed to merge.",
     {("ORG", "Granite State Bancorp"), ("ORG", "Merchants Union Corp.")},
     {("ORG", "Granite State Bancorp and Merchants Union Corp.")}),
    ("Sales of Zorvex and Pellham and Co. drugs rose.", {("ORG", "Pellham and Co.")}, {("ORG", "Zorvex and Pellham and Co.")}),
]
ORG_SPAN_GUARDS = [  # (text, mentions that must be found, mentions that must not): readings the rules keep
    # N8's guards: a known company first in a comma list; a known product with a plural word; a unit of a product's name
    ("Analysts at Dell, Texas Instruments & Co. said so.", {("ORG", "Dell")}, {("ORG", "Dell, Texas Instruments & Co.")}),
    ("Google Maps added a feature on Monday.", {("PRODUCT", "Google Maps")}, {("ORG", "Google Maps")}),
    ("Anthropic's Claude Opus writes code.", {("ORG", "Anthropic"), ("PRODUCT", "Claude Opus")}, set()),
    ("Stablecoin issuance doubled. Regulators want stablecoin firms to hold reserves.", set(), {("ORG", "Stablecoin")}),
    ("Walgreens said sales fell 2% in the quarter.", {("ORG", "Walgreens")}, set()),
    ("Sales of Boeing fell. Shipments of Apple rose 10%.", {("ORG", "Boeing"), ("ORG", "Apple")}, set()),
    ("Pfizer pills were recalled.", {("ORG", "Pfizer")}, {("PRODUCT", "Pfizer")}),
    ("Microsoft spent $69 billion on Activision Blizzard.", {("ORG", "Activision Blizzard")}, set()),
    ("Apple, Google & Meta face new rules.", {("ORG", "Apple"), ("ORG", "Google"), ("ORG", "Meta")}, set()),
    ("The FBI and DOS officials met.", {("ORG", "FBI")}, {("PRODUCT", "DOS")}),
    ("Target shares fell 5% on Monday.", {("ORG", "Target")}, set()),
    ("The Federal Aviation Administration approved the plan.", {("ORG", "Federal Aviation Administration")},
     {("ORG", "The Federal Aviation Administration")}),
    ("The State Department said on Friday it would send aid.", {("ORG", "State Department")}, set()),
    ("The Ministry of Finance said the deficit narrowed.", {("ORG", "Ministry of Finance")}, set()),
    ("Nokia and Ericsson AB cut prices.", {("ORG", "Ericsson AB")}, {("ORG", "Nokia and Ericsson AB")}),
    # a product named "called", a known product's business
    ("The startup released an app called Lensa last year.", {("PRODUCT", "Lensa")}, set()),
    ("Microsoft's Xbox business grew 5% in the quarter.", {("PRODUCT", "Xbox")}, set()),
    # a one-word name before a law's noun is its maker; a product's units counted are devices (review R5)
    ("The Senate bill passed 51-49 on Tuesday.", {("ORG", "Senate")}, set()),
    ("An SEC directive took effect.", {("ORG", "SEC")}, set()),
    ("Meta sold fewer Quest 3 headset units in the quarter.", {("PRODUCT", "Quest 3")}, {("ORG", "Quest 3")}),
    ("Ford Motor Co. said Ford Mustang sales rose.", {("ORG", "Ford Motor Co.")}, {("ORG", "Ford Mustang")}),
    # N7's rules keep: a state's name that begins a company's, a possessive state, a product of the unit's brand,
    # a maker before consumer goods, a car model after "to"
    ("Dell, Texas Instruments and Intel cut prices.", {("ORG", "Dell"), ("ORG", "Texas Instruments")}, set()),
    ("Toyota, Japan's biggest carmaker, raised its forecast.", {("ORG", "Toyota")}, set()),
    ("The Samsung Pay service grew.", {("PRODUCT", "Samsung Pay")}, set()),
    ("The retailer cut prices on its Adidas sneakers.", {("ORG", "Adidas")}, {("PRODUCT", "Adidas")}),
    ("Audi said it would switch production to A3 models.", {("PRODUCT", "A3")}, set()),
    ("Intel, Motorola & Co. face a price war.", {("ORG", "Intel")}, {("ORG", "Intel, Motorola & Co.")}),
    # a line opening with names and a dash that is no dateline
    ("IBM, Intel and AMD — the three chipmakers — raised prices.", {("ORG", "IBM"), ("ORG", "Intel")}, set()),
    # a role word that ends a company's name, a trigger word that opens one
    ("Dollar General Corp. said sales rose.", {("ORG", "Dollar General Corp.")}, set()),
    ("Carrier Global Corp. said it would cut jobs.", {("ORG", "Carrier Global Corp.")}, set()),
    ("Bank Leumi Ltd. said profit rose.", {("ORG", "Bank Leumi Ltd.")}, set()),
    # companies in a list, each with its suffix
    ("Apple Inc., Google LLC and Meta Platforms Inc. were fined.",
     {("ORG", "Apple Inc."), ("ORG", "Google LLC"), ("ORG", "Meta Platforms Inc.")}, set()),
    # a possessive before what it owns, or with nothing after it, is cut
    ("Its margins were thinner than Apple's. Apple's shares fell.", {("ORG", "Apple")}, {("ORG", "Apple's")}),
    # a state named like the airline's short form, with no cue, is no ORG
    ("The FAA fined Alaska Airlines on Monday. Officials in Alaska said the storm had passed.",
     {("ORG", "Alaska Airlines")}, {("ORG", "Alaska")}),
    # an app named after its company is still a product
    ("Regulators asked Meta to change the Facebook app.", {("PRODUCT", "Facebook")}, set()),
    # a company that acts is the ORG; a generic term after a model number is no trim's code
    ("Facebook posted a loss on Tuesday.", {("ORG", "Facebook")}, set()),
    ("The senator appeared on CNN on Sunday.", {("ORG", "CNN")}, {("PRODUCT", "CNN")}),
    ("The RTX 4090 GPU sold out, and Llama 3 API prices fell.", {("PRODUCT", "RTX 4090")},
     {("PRODUCT", "RTX 4090 GPU"), ("PRODUCT", "Llama 3 API")}),
    # a weapon named after a person, in one or two words, is still the weapon
    ("The Sherman tank and a Carl Gustaf recoilless rifle were shown.",
     {("PRODUCT", "Sherman"), ("PRODUCT", "Carl Gustaf")}, set()),
    ("Delegates met at the Indian National Congress office.", {("ORG", "Indian National Congress")}, set()),
    # one company's hyphenated name before a deal's noun stays one; a brand's product read as an ORG stays the product
    ("The Hewlett-Packard merger talks ended. Packard sold tools.", {("ORG", "Hewlett-Packard")}, {("ORG", "Hewlett")}),
    ("Microsoft Teams and Google Meet gained users.", {("PRODUCT", "Microsoft Teams"), ("PRODUCT", "Google Meet")}, set()),
    ("East West Bank said profit rose.", {("ORG", "East West Bank")}, set()),
    ("Troops left a British Army base on Monday.", {("ORG", "British Army")}, set()),
    ("Apple updated the Quill operating system.", {("PRODUCT", "Quill")}, set()),
    # a known company's or the article's own name before the possessive owns the company after it
    ("Toyota's Daihatsu Motor Co. unit recalled cars.", {("ORG", "Toyota"), ("ORG", "Daihatsu Motor Co.")}, set()),
    ("Acme said it would grow, and Acme's Quill Corp. unit grew.", {("ORG", "Acme"), ("ORG", "Quill Corp.")}, set()),
    # N9's guards for the apposition: a person, a place, a subject after the comma, a seat, a longer name's end
    ("Gail Hoxley, a property developer, bought the site.", set(), {("ORG", "Gail Hoxley"), ("ORG", "Hoxley")}),
    ("It has plants in Toledo, a city in Ohio, and in Berlin, a hub of start-ups.", set(),
     {("ORG", "Toledo"), ("ORG", "Berlin")}),
    ("Flights will rise between Sydney and India, the airline announced.", set(), {("ORG", "India")}),
    ("Lawrence Group owns Vantor Agency Corp., Schenectady, N.Y., an insurance agency.",
     {("ORG", "Vantor Agency Corp.")}, {("ORG", "N.Y."), ("ORG", "Schenectady")}),
    ("It bought stock of Rally's Inc., a fast-food company.", {("ORG", "Rally's Inc.")}, {("ORG", "Inc"), ("ORG", "Rally")}),
    ("Anna Lane, a company spokeswoman, declined to comment.", set(), {("ORG", "Anna Lane")}),
    ("Nearly all analysts expect Acme Corp. to grow.", {("ORG", "Acme Corp.")}, {("ORG", "Nearly")}),
    ('"We are growing," said Dana Wu, chief executive of Quorra, a robotics start-up.', {("ORG", "Quorra")}, set()),
    # N9's guards for coordination: the fields of one name, partners before 'and Co.'
    ("Pacific Gas and Electric Co. raised rates.", {("ORG", "Pacific Gas and Electric Co.")}, {("ORG", "Electric Co.")}),
    ("American Telephone and Telegraph Co. cut prices.", {("ORG", "American Telephone and Telegraph Co.")}, set()),
    ("Columbia Savings and Loan Association failed.", {("ORG", "Columbia Savings and Loan Association")}, set()),
    ("Brown Brothers Harriman and Co. advised the board.", {("ORG", "Brown Brothers Harriman and Co.")}, set()),
    ("Greylock Partners and Sequoia Capital invested.", {("ORG", "Greylock Partners"), ("ORG", "Sequoia Capital")}, set()),
]


@pytest.mark.parametrize("text,found,absent", ORG_SPAN_CASES + ORG_SPAN_GUARDS,
                         ids=[getattr(c, "values", c)[0][:40] for c in ORG_SPAN_CASES + ORG_SPAN_GUARDS])
def test_org_spans(nlp, text, found, absent):
    got = labelled(text)
    assert found <= got, got
    assert not absent & got, got


def test_a_dotted_legal_form_leaves_the_entity_key(nlp):
    """ANNOTATION §3: 'Banco Santander S.A.' and 'Banco Santander' are one entity, as 'Acme Ltd' and 'Acme' are."""
    from datetime import date

    from extract import extract_text

    keys = {m.text: m.value.entity for m in extract_text(
        "Banco Santander S.A. agreed to buy the lender. Banco Santander said the deal would close in June.",
        published=date(2024, 5, 1)) if m.label == "ORG"}
    assert keys == {"Banco Santander S.A.": "banco-santander", "Banco Santander": "banco-santander"}


def test_registered_apostrophe_stays_in_the_value(nlp):
    """ANNOTATION §3 value.name: the possessive is removed, a registered name's apostrophe is not."""
    from datetime import date

    from extract import extract_text

    names = {m.text: m.value.name for m in extract_text("Sotheby's said the sale raised $100 million. "
                                                         "Christie's shares fell.", published=date(2024, 5, 1))
             if m.label == "ORG"}
    assert names.get("Sotheby's") == "Sotheby's", names


def test_a_persons_first_name_is_the_person():
    """'Eliot is going to make it a priority' after the person 'Eliot Spitzer': the first name is
    one of the article's people (the ner's PRODUCT 'Eliot' is none), unless it is a known name."""
    import spacy
    from spacy.tokens import Doc

    from extract.name_filters import person_names

    words = ["Candidate", "Eliot", "Spitzer", "spoke", ".", "Eliot", "is", "going", "to", "win", "."]
    ents = ["O", "B-PERSON", "I-PERSON", "O", "O", "B-PRODUCT", "O", "O", "O", "O", "O"]
    doc = Doc(spacy.blank("en").vocab, words=words, ents=ents)
    assert {"Eliot Spitzer", "Spitzer", "Eliot"} <= person_names(doc, [])
    assert "Eliot" not in person_names(doc, ["Eliot"])


def test_a_makers_name_as_a_persons_surname_is_no_repeat():
    """'Jamie Bell' after 'Bell helicopters': propagation gives the maker's ORG no surname of a person the ner
    reads with a first name before it; the maker's own mention stays the ORG."""
    from datetime import date

    from extract import extract_text

    text = "Textron makes Bell helicopters. Jamie Bell, a pilot, said the aircraft was safe."
    bells = [m.start for m in extract_text(text, published=date(2024, 5, 1)) if m.label == "ORG" and m.text == "Bell"]
    assert bells == [text.index("Bell")], bells


def test_a_company_repeat_is_no_part_of_a_facility():
    """'MGM' after 'MGM Grand Inc.' is no ORG inside the ner's 'MGM Grand Hotel', a facility (no mention)."""
    from datetime import date

    from extract import extract_text

    text = "MGM Grand Inc. said it bought land. The resort will include the MGM Grand Hotel, with 5,000 rooms."
    orgs = [m.text for m in extract_text(text, published=date(1989, 11, 2)) if m.label == "ORG"]
    assert orgs == ["MGM Grand Inc."], orgs

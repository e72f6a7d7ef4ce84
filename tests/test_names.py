"""ORG and PRODUCT decisions in sentences (ANNOTATION.md §2; issue 6): spans, labels, consistency."""

from __future__ import annotations

import pytest

from tests.conftest import labelled

NAME_CASES = [  # (text, [(label, text), ...] expected among the mentions)
    ("Chinese tech giant Huawei Technologies Co has shut down online collaboration app LinkNow.",
     [("ORG", "Huawei Technologies Co"), ("PRODUCT", "LinkNow")]),
    ("Alibaba Group Holding's DingTalk and Tencent Holdings' Wecom are rivals.",
     [("ORG", "Alibaba Group Holding"), ("PRODUCT", "DingTalk"), ("ORG", "Tencent Holdings"), ("PRODUCT", "Wecom")]),
    ("Get answers with SCMP Knowledge, a new content platform.", [("PRODUCT", "SCMP Knowledge")]),
    ("Alibaba's DingTalk said its user base reached 500 million.", [("ORG", "Alibaba"), ("ORG", "DingTalk")]),
    ("Apple Inc. plans to release the Vision Pro headset next year.", [("ORG", "Apple Inc."), ("PRODUCT", "Vision Pro")]),
    ("Copilot is built into Windows 11 and Office 365.", [("PRODUCT", "Windows 11"), ("PRODUCT", "Office 365")]),
    ("SEATTLE (Reuters) - Microsoft Corp said revenue rose.", [("ORG", "Reuters"), ("ORG", "Microsoft Corp")]),
    ("Dow Jones & Co. extended its offer for Telerate Inc.", [("ORG", "Dow Jones & Co."), ("ORG", "Telerate Inc.")]),
    ("The Securities and Exchange Commission fined the firm.", [("ORG", "Securities and Exchange Commission")]),
    # 'service' after a public body's or an outlet's kind is no product's trigger (N12, real newswire)
    ("Inflation slowed, the statistics service Rosstat said on Friday.", [("ORG", "Rosstat")]),
    ("Russia's security service FSB detained a man.", [("ORG", "FSB")]),
    ("The tax service FNS said revenue rose.", [("ORG", "FNS")]),
    ("The messaging service Zentro launched in 2020.", [("PRODUCT", "Zentro")]),  # guard: a product's service
    # a firm before 'fair' that goes on to a noun is the firm (guard of law_or_event's trade fairs)
    ("Kolvex Research fair value estimates rose, and Kolvex Research said so.", [("ORG", "Kolvex Research")]),
    ("Magna International Inc. said profit fell. Magna shares closed lower.",
     [("ORG", "Magna International Inc."), ("ORG", "Magna")]),
    # a registered name's descriptor word (kind of firm, place of registry) is left out of its short form
    ("Zhejiang Velmora Technology Co., Ltd. opened a plant. Velmora said output would double.",
     [("ORG", "Zhejiang Velmora Technology Co., Ltd."), ("ORG", "Velmora")]),
    ("Grupo Ostrana SAB raised its dividend. Ostrana said profit rose.",
     [("ORG", "Grupo Ostrana SAB"), ("ORG", "Ostrana")]),
    ("ByteDance's Feishu - known internationally as Lark - is growing.",
     [("ORG", "ByteDance"), ("PRODUCT", "Feishu"), ("PRODUCT", "Lark")]),
    ("The data came from research firm Canalys and market data firm Quest Mobile.",
     [("ORG", "Canalys"), ("ORG", "Quest Mobile")]),
    ("Link Now launched in 2020. The LinkNow app is free.", [("PRODUCT", "Link Now"), ("PRODUCT", "LinkNow")]),
    # model designations, vehicles, model numbers (issue 6)
    ("Flaws were found in Intel's 80486 chip. The 486 is Intel's flagship; 486-based machines follow.",
     [("ORG", "Intel"), ("PRODUCT", "80486")]),
    ("Analysts said the 486 chip will ship soon. Sales of the 486 are expected to grow.",
     [("PRODUCT", "486")]),
    ("The refurbishment of three DC-8-62 aircraft will cost $24 million.", [("PRODUCT", "DC-8-62")]),
    ("Norvia Air flies 12 767 aircraft, and its 757 aircraft are old.", [("PRODUCT", "767"), ("PRODUCT", "757")]),
    ("Norvia Air retired its last 747 aircraft. The carrier's remaining 767 aircraft fly on.",
     [("PRODUCT", "747"), ("PRODUCT", "767")]),
    # a name at a headline's end owns no line break after it
    ("Nordwind ships Xbox Series S\n\nSony said it sold more.", [("PRODUCT", "Xbox Series S"), ("ORG", "Sony")]),
    ("Sun Microsystems Inc. said one of its new computers, called Sparcstation 1, sold well.",
     [("ORG", "Sun Microsystems Inc."), ("PRODUCT", "Sparcstation 1")]),
    ("IBM began shipping a card for its PS/2 model 70-A21 computers.", [("PRODUCT", "PS/2 model 70-A21")]),
    ("She will command the Space Shuttle Columbia in December.", [("PRODUCT", "Columbia")]),
    ("He was launched into space on board the Soyuz 36 in 1980.", [("PRODUCT", "Soyuz 36")]),
    ("Kopp's 1987 Chevrolet Cavalier was discovered last month.", [("PRODUCT", "Chevrolet Cavalier")]),
    ("Mr. Archuleta is a director of Hewlett-Packard Co. Hewlett announced last week that it will ship a computer.",
     [("ORG", "Hewlett-Packard Co."), ("ORG", "Hewlett")]),
    ("An engine of the Boeing 747 she had flown in overheated.", [("PRODUCT", "Boeing 747")]),
    ("Mr. Weil of Weil & Associates said he will remain at $1 a share.", [("ORG", "Weil & Associates")]),
    ("Crane Co. said it holds a stake in Milton Roy Corp. Milton Roy's board will meet. Milton Roy said it would fight.",
     [("ORG", "Milton Roy Corp."), ("ORG", "Milton Roy")]),
]
# ANNOTATION §2 as revised (issue 17): products the bare model reads as ORG, coordinated names,
# suffix periods, descriptors, whole product names and model designations (plurals too).
GUIDELINE_CASES = [  # (text, [(label, text), ...] expected among the mentions)
    ("The new ThinkPad X1 Carbon laptops ship with Windows 11.",
     [("PRODUCT", "ThinkPad X1 Carbon"), ("PRODUCT", "Windows 11")]),
    ("He upgraded his Galaxy S23 Ultra to Android 14.", [("PRODUCT", "Galaxy S23 Ultra"), ("PRODUCT", "Android 14")]),
    ("Users can download Microsoft Teams from the App Store.", [("PRODUCT", "Microsoft Teams"), ("PRODUCT", "App Store")]),
    ("Owners can control the lights through Alexa or Google Home.", [("PRODUCT", "Alexa"), ("PRODUCT", "Google Home")]),
    ("Subscribers can watch the series on Disney+ from Friday.", [("PRODUCT", "Disney+")]),
    ("Nordwind Airlines and Aurora Airlines agreed to merge.", [("ORG", "Nordwind Airlines"), ("ORG", "Aurora Airlines")]),
    ("Acme Corp. and Nordwind Co. signed the deal.", [("ORG", "Acme Corp."), ("ORG", "Nordwind Co.")]),
    ("Acme Corp. said profit rose.", [("ORG", "Acme Corp.")]),
    ("All rights reserved by Acme Holdings Ltd.", [("ORG", "Acme Holdings Ltd.")]),
    ("Procter & Gamble Co. raised prices.", [("ORG", "Procter & Gamble Co.")]),
    ("Stamford, Conn.-based Nordwind Co. said sales fell.", [("ORG", "Nordwind Co.")]),
    ("Shenzhen-based Nordwind Technologies Co. said sales fell.", [("ORG", "Nordwind Technologies Co.")]),
    ("The airline ordered 24 N90s from Nordwind last year.", [("PRODUCT", "N90s")]),
    ("Nordwind said the Nordwind N90-200LR will enter service next year.", [("PRODUCT", "Nordwind N90-200LR")]),
    ("Deliveries of the N90 start in May, Nordwind said.", [("PRODUCT", "N90")]),
]
# Rules re-derived around the trained ner (issue 17, bench/names_votes.py on the dev sets).
RULE_CASES = [  # (text, [(label, text), ...] expected among the mentions)
    # a capitalised trigger word is part of the name, not a product's category
    ("The National Park Service said the park would reopen in May.", [("ORG", "National Park Service")]),
    # an institution's name goes on with "of"; a company's "of Boston" is its seat
    ("The Federal Bureau of Investigation and the Liberal Party of Canada declined to comment.",
     [("ORG", "Federal Bureau of Investigation"), ("ORG", "Liberal Party of Canada")]),
    ("Norwood Partners Limited Partnership of Boston said it may buy more shares.",
     [("ORG", "Norwood Partners Limited Partnership")]),
    ("The Italian Republican Party left the coalition.", [("ORG", "Italian Republican Party")]),
    ("He studied at the University of Freiburg and University of Stuttgart.",
     [("ORG", "University of Freiburg"), ("ORG", "University of Stuttgart")]),
    # coordinated names the ner reads apart stay apart; "and" inside an "of" complement stays
    ("Delta Air Lines and United Airlines cut flights.", [("ORG", "Delta Air Lines"), ("ORG", "United Airlines")]),
    ("He was elected to the American Academy of Arts and Sciences in 1990.",
     [("ORG", "American Academy of Arts and Sciences")]),
    # a plural owner's possessive is inside the name
    ("The Farmers' Union of Nordland said prices fell.", [("ORG", "Farmers' Union of Nordland")]),
    # maker + model name is a product; maker + suffix, and maker + title, stay the company
    ("She drove a Pontiac Astre and later a Renault Espace.",
     [("PRODUCT", "Pontiac Astre"), ("PRODUCT", "Renault Espace")]),
    ("He owns a Ford Mustang Mach-E.", [("PRODUCT", "Ford Mustang Mach-E")]),
    ("Toyota Motor said sales rose, and Tesla CEO Elon Musk agreed.", [("ORG", "Toyota Motor"), ("ORG", "Tesla")]),
    # an operating system with its version name; the company, not its computers or records
    ("The Macs run macOS Sonoma, and Instagram Reels grew.", [("PRODUCT", "macOS Sonoma"), ("PRODUCT", "Instagram Reels")]),
    ("Apple Computer said sales rose; Apple Records owns the catalogue.",
     [("ORG", "Apple Computer"), ("ORG", "Apple Records")]),
    # a designation standing alone is a product; a group named by its number of members is not
    ("The A320neo sold well, the G20 said.", [("PRODUCT", "A320neo"), ("ORG", "G20")]),
    ("Boeing delivered 24 787s last month.", [("ORG", "Boeing"), ("PRODUCT", "787s")]),
    # a designation in capitals before a noun of machines is a model, plural noun too ("20 A350-1000 jets")
    ("Airbus delivered 20 A350-1000 jets, and the airline ordered 30 A321XLR planes.",
     [("PRODUCT", "A350-1000"), ("PRODUCT", "A321XLR")]),
    # a known product's plural is the product ("iPads", "Kindles")
    ("Schools bought iPads, and Kindles were cheaper.", [("PRODUCT", "iPads"), ("PRODUCT", "Kindles")]),
    # the plural's English spelling: '-es' after x and ch
    ("Microsoft sold more Xboxes, and Apple Watches were cheaper.",
     [("PRODUCT", "Xboxes"), ("PRODUCT", "Apple Watches")]),
    # a joined legal suffix ends the one name the ner reads without it ("& Co." names no second company)
    ("Morgan Stanley & Co. advised JPMorgan Chase & Co. on the sale.",
     [("ORG", "Morgan Stanley & Co."), ("ORG", "JPMorgan Chase & Co.")]),
    # a product line before a noun of the machines it names: two name words, or after a possessive or "new"
    ("Nordwind unveiled new Quill Pro and Quill Book models on Tuesday.",
     [("PRODUCT", "Quill Pro"), ("PRODUCT", "Quill Book")]),
    ("Nordwind's Quill Ultra chips and Intel's Core Ultra chips were in short supply.",
     [("PRODUCT", "Quill Ultra"), ("ORG", "Intel"), ("PRODUCT", "Core Ultra")]),
    ("The bank bought 500 Falcon Edge Pro laptops.", [("PRODUCT", "Falcon Edge Pro")]),
    # one name after an ORG's possessive, the ner's PERSON ('Blackwell', 'Spectre')
    ("Nvidia's Blackwell GPUs are sold out, and HP's Spectre laptops got a refresh.",
     [("ORG", "Nvidia"), ("PRODUCT", "Blackwell"), ("PRODUCT", "Spectre")]),
    # a period code or a quantity before a known product is no part of it
    ("Q3 iPhone sales rose 10%.", [("PRODUCT", "iPhone")]),
    ("Apple's Q4 iPhone revenue beat forecasts.", [("ORG", "Apple"), ("PRODUCT", "iPhone")]),
    ("FY2024 Azure growth slowed.", [("PRODUCT", "Azure")]),
    # a known product's plural inside the ner's PERSON is the product (no person's name is a plural)
    ("Schools bought K-12 Chromebooks in bulk.", [("PRODUCT", "Chromebooks")]),
    # a plural designation with a letter after "the"
    ("The airline will retire the A321neos next year.", [("PRODUCT", "A321neos")]),
    # a designation launched or released is a product, a lowercase suffix or a capitalised word before the number too
    ("Nordwind released NX-4o in May, and Acme launched Quill-3 in June.",
     [("PRODUCT", "NX-4o"), ("PRODUCT", "Quill-3")]),
    # a designation's variant in the plural, and a plural designation after a count word
    ("Emirates ordered 50 777-9s, and the airline will retire its 737-800s and lease more A321neos.",
     [("PRODUCT", "777-9s"), ("PRODUCT", "737-800s"), ("PRODUCT", "A321neos")]),
    # a designation before a known product's name is part of it (ANNOTATION §2: maker + model + nickname)
    ("United Airlines ordered 10 787-9 Dreamliners from Boeing Co.", [("PRODUCT", "787-9 Dreamliners")]),
    # products the ner reads as ORG: web frameworks, streaming services, smart-home devices, drugs, laptop lines
    ("Developers are moving from Angular to Svelte and Vue, a survey found.",
     [("PRODUCT", "Angular"), ("PRODUCT", "Svelte"), ("PRODUCT", "Vue")]),
    ("Peacock lost subscribers while Amazon Echo speakers got cheaper.", [("PRODUCT", "Peacock"), ("PRODUCT", "Amazon Echo")]),
    ("The drug, sold as Ozempic and Wegovy, is made by Novo Nordisk.", [("PRODUCT", "Ozempic"), ("PRODUCT", "Wegovy")]),
    ("HP launched new EliteBook notebooks, and schools bought Surface Pros.",
     [("PRODUCT", "EliteBook"), ("PRODUCT", "Surface Pros")]),
    # the ner's longer product wins over the known name it begins with
    ("The iPhone 4S, iPad 3, iPad Mini 1G, iPad Air and iPad Pro 1G all come with it.",
     [("PRODUCT", "iPad Mini 1G"), ("PRODUCT", "iPad Pro 1G")]),
    # a hyphenated part of a maker's model name is taken whole
    ("Ford Mustang Mach-E cars were recalled.", [("PRODUCT", "Ford Mustang Mach-E")]),
    # a store's whole name (ANNOTATION §2: "the Quill Store" gives "Quill Store"), also where the ner reads it as ORG
    ("The game is on the Nordwind Games Store or Steam, and merchants sell on TikTok Shop.",
     [("PRODUCT", "Nordwind Games Store"), ("PRODUCT", "TikTok Shop")]),
    # edition words after a model number ("Gemini 1.5 Flash", "GPT-4 Turbo")
    ("Google's Gemini 1.5 Flash is cheaper, the company said.", [("PRODUCT", "Gemini 1.5 Flash")]),
    # a stock index is an ORG, as OntoNotes reads it (tests/gold/NOTES.md): an index word ends its name,
    # and the indexes named without one are in org_names.txt
    ("The Nasdaq Composite fell 1.2% and the S&P 500 lost 0.8% on Wednesday.",
     [("ORG", "Nasdaq Composite"), ("ORG", "S&P 500")]),
    ("The Dow Jones Industrial Average closed at a record high.", [("ORG", "Dow Jones Industrial Average")]),
    ("Hong Kong's Hang Seng Index fell 2%, and the Nikkei 225 rose.", [("ORG", "Hang Seng Index"), ("ORG", "Nikkei 225")]),
    ("The Shanghai Composite index slipped, and the FTSE 100 Index gained.",
     [("ORG", "Shanghai Composite"), ("ORG", "FTSE 100 Index")]),
    ("The Hang Seng Tech index slid 3%.", [("ORG", "Hang Seng Tech")]),  # a provider's index before "index"
    ("The Tokyo Stock Exchange Price Index fell.", [("ORG", "Tokyo Stock Exchange Price Index")]),  # an exchange's
    ("GM CEO Mary Barra said sales rose.", [("ORG", "GM")]),  # the company before a title stays
    # rating agencies; the Danish and Norwegian legal form A/S (three tokens)
    ("Moody's Ratings downgraded Intel, and Fitch Ratings and S&P Global Ratings affirmed Boeing.",
     [("ORG", "Moody's Ratings"), ("ORG", "Fitch Ratings"), ("ORG", "S&P Global Ratings")]),
    ("Novo Nordisk A/S raised its sales outlook.", [("ORG", "Novo Nordisk A/S")]),
    # one name the ner reads as a person after a company's pronoun, before a noun of machines, is its line
    ("Shares of Nvidia Corp. rose 4% after the chipmaker said demand for its Blackwell GPUs remained strong.",
     [("PRODUCT", "Blackwell")]),
    ("Alibaba Group Holding Ltd. said its Qwen models had been downloaded 40 million times.", [("PRODUCT", "Qwen")]),
    # a bare designation before a known product's name in the singular begins it; an edition word after it
    ("Chicago-based Boeing said it would raise output of the 787 Dreamliner to seven a month.",
     [("PRODUCT", "787 Dreamliner")]),
    ("Boeing Co. delivered 27 737 Max jets in October, and the FAA cleared the 737 Max 7.",
     [("PRODUCT", "737 Max"), ("PRODUCT", "737 Max 7")]),
    # one or two words the ner reads as a person or a region after a company's pronoun or possessive
    ("Intel's Lunar Lake processors ship in September.", [("PRODUCT", "Lunar Lake")]),
    ("The Nasdaq-listed company said sales of its Echo speakers doubled.", [("PRODUCT", "Echo")]),
    # the ner's product without the noun of its kind at its end (ANNOTATION §2: "the Quill app" gives "Quill")
    ("Asus unveiled the ROG Ally X handheld, which runs Windows 11.", [("PRODUCT", "ROG Ally X")]),
    ("The FAA grounded about 171 Boeing 737 Max 9 aircraft after a panel blew out.", [("PRODUCT", "Boeing 737 Max 9")]),
    # a name and its number after "the" is a model (the row product-the-name-number)
    ("Hyundai Motor said sales of the Ioniq 5 rose 20% in the United States.", [("PRODUCT", "Ioniq 5")]),
    ("Meta's Quest 3 headset sold better than its predecessor, the Quest 2.", [("PRODUCT", "Quest 2")]),
    ("China showed its Type 055 destroyer at the parade.", [("PRODUCT", "Type 055")]),
    # a version number and a generation after a known product's name
    ("Qualcomm's Snapdragon 8 Gen 3 powers most Android flagships sold this year.", [("PRODUCT", "Snapdragon 8 Gen 3")]),
    ("Meta released Llama 3.1 in July, and Apple shipped iOS 17.4 to users in the EU.",
     [("PRODUCT", "Llama 3.1"), ("PRODUCT", "iOS 17.4")]),
    # the ner's ORG without the lowercase noun after the name
    ("A Royal Mail van was seen outside the depot in Swindon.", [("ORG", "Royal Mail")]),
    ("Barclays plc said profit rose, and he stood for the Green party in Oxford.",
     [("ORG", "Barclays plc"), ("ORG", "Green party")]),
    # a listed name in lower case (product_names.txt)
    ("OpenAI released GPT-4o in May and followed it with the o1 reasoning model in September.", [("PRODUCT", "o1")]),
    # companies coordinated after a joined legal suffix are two names
    ("JPMorgan Chase & Co. and Goldman Sachs Group Inc. led the offering.",
     [("ORG", "JPMorgan Chase & Co."), ("ORG", "Goldman Sachs Group Inc.")]),
    # a known company the tagger missed begins the legal-suffix name the ner reads whole; a regional unit
    ("Spotify Technology SA had complained to Brussels about Apple's App Store.", [("ORG", "Spotify Technology SA")]),
    ("Kia America recalled 460,000 Telluride SUVs.", [("ORG", "Kia America")]),
    # what asks or urges is an ORG; a name that modifies a noun only an organization has is one
    ("TikTok asked a federal appeals court to block a law that could ban the app in the United States.",
     [("ORG", "TikTok")]),
    ("Amazon's Zoox unit tests robotaxis in Las Vegas.", [("ORG", "Zoox")]),
    ("Samsung's Harman division makes car audio systems.", [("ORG", "Harman")]),
    # game franchises, driver-assistance software, car lines and companies the ner misses (the gazetteers)
    ("Microsoft completed its $69 billion acquisition of Activision Blizzard, the maker of Call of Duty.",
     [("ORG", "Activision Blizzard"), ("PRODUCT", "Call of Duty")]),
    ("Take-Two Interactive Software Inc. delayed its next game to 2026.", [("ORG", "Take-Two Interactive Software Inc.")]),
    ("Tesla recalled vehicles to update Autopilot software in its Model S, Model X, Model 3 and Model Y cars.",
     [("PRODUCT", "Autopilot"), ("PRODUCT", "Model S"), ("PRODUCT", "Model X")]),
    ("The UK's Competition and Markets Authority cleared the deal after Microsoft sold cloud rights to Ubisoft.",
     [("ORG", "Ubisoft")]),
    ("Apple's App Store and Google's Play Store take a 30% cut.", [("PRODUCT", "Play Store")]),
    # a legislature's, a board's or a police force's word ends its name after a nationality the ner reads
    # alone (name_words.GOVERNMENT_BODIES); a person's seat "of" a body is no part of the body's name
    ("The Finnish Parliament approved the bid.", [("ORG", "Finnish Parliament")]),
    ("The Austrian Parliament passed the budget.", [("ORG", "Austrian Parliament")]),
    ("Jane Doe, President of Tufts University, resigned on Friday.", [("ORG", "Tufts University")]),
    # a name before a weapon's noun is the weapon's (row product-weapon-noun), the words of its kind between
    ("The Sherman tank was produced in large numbers.", [("PRODUCT", "Sherman")]),
    ("The company delivered 50 Abrams tanks to Poland.", [("PRODUCT", "Abrams")]),
    ("The Patriot missile system intercepted the attack.", [("PRODUCT", "Patriot")]),
    ("The regiment was armed with the Lee-Enfield rifle.", [("PRODUCT", "Lee-Enfield")]),
    ("The Centurion tank served for decades.", [("PRODUCT", "Centurion")]),
    ("Soldiers fired a Carl Gustaf recoilless rifle at the bunker.", [("PRODUCT", "Carl Gustaf")]),
    # military machines too, their designation before the name with them
    ("The ministry will buy 48 AH-64E Apache helicopters from Boeing.", [("PRODUCT", "AH-64E Apache")]),
    ("The air force bought 31 MQ-9 Reaper drones last year.", [("PRODUCT", "MQ-9 Reaper")]),
    ("Iran supplied Shahed drones to Russia.", [("PRODUCT", "Shahed")]),
    # weapons news names without a cue (data/product_names.txt), a count before an acronym's name no part of it
    ("Taiwan ordered 18 HIMARS launchers last year.", [("PRODUCT", "HIMARS")]),
    ("Kyiv asked for more air defence, and Berlin sent IRIS-T batteries.", [("PRODUCT", "IRIS-T")]),
    ("Germany ordered 20 more Eurofighter Typhoon jets.", [("PRODUCT", "Eurofighter Typhoon")]),
    ("Russia fired Kinzhal missiles at the city overnight.", [("PRODUCT", "Kinzhal")]),
    # a cued name of product_names.txt is a product with a cue: a company's possessive, a product noun, a
    # model number or an AI model's size after it, a known product coordinated with it, a product verb ...
    ("Samsung's Galaxy phones sold well in Europe.", [("PRODUCT", "Galaxy")]),
    ("Anthropic released Claude 3 Haiku, and Google's Gemini Ultra is larger.",
     [("PRODUCT", "Claude 3 Haiku"), ("PRODUCT", "Gemini Ultra")]),
    ("Subscribers can choose Max or Hulu, the survey found.", [("PRODUCT", "Max")]),
    ("OpenAI said new versions of Codex would ship in June.", [("PRODUCT", "Codex")]),
    # ... or where another mention of the article has one ("Edge" after "Microsoft Edge")
    ("Microsoft Edge gained users in May. Edge now has 5% of the market, StatCounter said.", [("PRODUCT", "Edge")]),
    # games, developer tools and drugs of the gazetteer
    ("Players bought Elden Ring and Baldur's Gate 3 in record numbers.",
     [("PRODUCT", "Elden Ring"), ("PRODUCT", "Baldur's Gate 3")]),
    ("The plug-in runs in IntelliJ IDEA and PyCharm.", [("PRODUCT", "IntelliJ IDEA"), ("PRODUCT", "PyCharm")]),
    ("Bristol Myers Squibb said sales of Opdivo and Yervoy rose.", [("PRODUCT", "Yervoy")]),
    ("Cohere and Databricks raised money this year.", [("ORG", "Cohere"), ("ORG", "Databricks")]),
    # technology companies of 2015-2026 news (org_names.txt), where the ner reads none or one of a pair
    ("Krafton and Nexon reported quarterly results on Thursday.", [("ORG", "Krafton"), ("ORG", "Nexon")]),
    # a product's short form: its words after a company's name or a designation, standing alone
    ("Amazon cut the price of Amazon Music Unlimited, and subscribers to Music Unlimited get more songs.",
     [("PRODUCT", "Music Unlimited")]),
    # a product's name that is also its company's: the company where it acts, the product where a cue says so
    ("Slack said it would raise prices. Users of Slack pay $8.75 a month.", [("ORG", "Slack"), ("PRODUCT", "Slack")]),
    # a generic term before a lowercase noun qualifies the noun: no part of the name
    ("Apple's Vision Pro AR headset costs $3,499, and HP AI PC shipments rose.",
     [("PRODUCT", "Vision Pro"), ("ORG", "HP")]),
    # a code name is a product's ('previously codenamed ...'), whatever the ner reads
    ("Microsoft will finish the spring update, previously codenamed Ironbark, next month.", [("PRODUCT", "Ironbark")]),
    # a cued product before a noun of its kind ("chipsets", a designation noun)
    ("The phones run on the new Tensor chipsets, Google said.", [("PRODUCT", "Tensor")]),
    # the subject of a broadcasting verb with an object is the broadcaster, a known product's name too
    ("PlayStation has aired a new showcase, with trailers for ten games.", [("ORG", "PlayStation")]),
    # bare designations listed after a product whose last word is one, in its shape: each a product
    ("The laptops come with the Core i3, i5 and i7 chips, Intel said.",
     [("PRODUCT", "Core i3"), ("PRODUCT", "i5"), ("PRODUCT", "i7")]),
    # a name in apposition after a company's noun is the company in that mention ('a new developer, X')
    ("The game is from a new developer, Kindle Forge and is set for release next spring.", [("ORG", "Kindle Forge")]),
    # a bank's name and the firm it took over, one ner name: the company, no brand and product
    ("The notes were underwritten by Bank of America Merrill Lynch, Acme said.", [("ORG", "Bank of America Merrill Lynch")]),
    # a name in apposition after a product's noun
    ("Acme moved advertisers to its new ad platform, Acme Ads Manager, last year.", [("PRODUCT", "Acme Ads Manager")]),
    # a known product, a colon and a title is one name (an edition's subtitle)
    ("Ubisoft said Far Cry: New Dawn sold well in its first week.", [("PRODUCT", "Far Cry: New Dawn")]),
    # a short form after a known product's name; a cued name in a longer coordination with a known product
    ("Microsoft cut Xbox Series X prices, and Series X sales rose.", [("PRODUCT", "Series X")]),
    ("Analysts compared Gemini, Claude and Copilot on coding tasks.", [("PRODUCT", "Gemini")]),
    # a known product's name that ends in a name suffix (no legal form) is the product
    ("Microsoft stopped updating Windows Mobile in 2019.", [("PRODUCT", "Windows Mobile")]),
    # a cued name compared with a known product is a product (issue 17: comparisons)
    ("In the benchmark, ChatGPT scored higher than Claude on coding.", [("PRODUCT", "Claude")]),
    ("Testers said Copilot outperformed Cursor in the trial.", [("PRODUCT", "Cursor")]),
    ("The Switch outsold the Xbox last year.", [("PRODUCT", "Switch")]),
    # a company's name coordinated with a known product before its users' noun is the product there
    ("Meta said WhatsApp and Facebook users grew.", [("ORG", "Meta"), ("PRODUCT", "Facebook")]),
    # companies news names alone, which the ner does not know (data/org_names.txt)
    ("Kioxia filed for a listing in Tokyo.", [("ORG", "Kioxia")]),
    ("Macy's Inc. and Kohl's Corp. reported weak sales.", [("ORG", "Macy's Inc."), ("ORG", "Kohl's Corp.")]),
    ("Nomura and Daiwa cut their targets on Toyota.", [("ORG", "Nomura"), ("ORG", "Daiwa")]),
    ("Shein and Temu face new EU scrutiny over product safety.", [("ORG", "Shein"), ("ORG", "Temu")]),
    ("Hapag-Lloyd and Maersk rerouted ships around the Cape of Good Hope.", [("ORG", "Maersk")]),
    # a platform that is also its company (' [company]' in data/product_names.txt): used, the product
    ("Bets on Polymarket and Kalshi favoured the challenger.", [("PRODUCT", "Polymarket"), ("PRODUCT", "Kalshi")]),
    # a company's possessive before a name the ner reads as an ORG: its product where nothing makes the name act
    ("Okta's Identity Threat Protection is now generally available.",
     [("ORG", "Okta"), ("PRODUCT", "Identity Threat Protection")]),
    ("Developers praised ByteDance's Trae editor for its speed.", [("ORG", "ByteDance"), ("PRODUCT", "Trae")]),
    # ... also one the ner reads as a person, before a noun of a product; or none at all, after a company it misreads
    ("Lenovo's Ada assistant answers questions about laptops.", [("PRODUCT", "Ada")]),
    ("Alibaba's Quark app topped the download charts.", [("PRODUCT", "Quark")]),
    # ... but a subsidiary that acts is the company ('said', 'hired': name_cues.STRONG_AGENCY)
    ("Alphabet's Wing said it would expand drone deliveries.", [("ORG", "Wing")]),
    ("Intuit's Credit Karma hired 100 engineers.", [("ORG", "Credit Karma")]),
    # issue 17, T7: a name in apposition before the noun of a product, a machine, a weapon or a medicine heading it
    ("Rheinholt said Dorvalis, a weekly obesity injection, would launch in May.", [("PRODUCT", "Dorvalis")]),
    ("The navy tested the Ghost Shark, an undersea drone built by Nordwind.", [("PRODUCT", "Ghost Shark")]),
    ("Halvard won approval for Trelzio, a twice-yearly HIV prevention shot.", [("PRODUCT", "Trelzio")]),
    # ... a facility's word ending it ('Tower') where the apposition names a product
    ("Nordwind unveiled Agent Tower, a tool for managing AI agents.", [("PRODUCT", "Agent Tower")]),
    # a name right after a company's launch verb, where the ner reads a person or nothing
    ("Snowflake unveiled Polaris Catalog, which it said would be free.", [("PRODUCT", "Polaris Catalog")]),
    ("The startup launched Quillmate Studio at its annual conference.", [("PRODUCT", "Quillmate Studio")]),
    ("Alibaba released Vantor3-Coder to developers.", [("PRODUCT", "Vantor3-Coder")]),
    ("The company will roll out Quillmate Studio to schools in May.", [("PRODUCT", "Quillmate Studio")]),
    # the article's suffix name's short form before a product's cue is its brand ('Veltano' of 'Veltano Systems Inc.');
    # without one, a unit of the company ("Courtaulds Textiles"); a word glued to "OS" is an operating system
    ("Veltano Systems Inc. said developers reach the model through the Veltano API.", [("PRODUCT", "Veltano API")]),
    ("Veltano Systems Inc. shipped its Veltano Stream wireless speakers.", [("PRODUCT", "Veltano Stream")]),
    ("Veltano Systems Inc. sells the Veltano Office suite, including Veltano Office 98.", [("PRODUCT", "Veltano Office 98")]),
    ("Courtaulds PLC said Courtaulds Textiles would cut 300 jobs.", [("ORG", "Courtaulds Textiles")]),
    ("Its cars use the VeltanoOS infotainment system.", [("PRODUCT", "VeltanoOS")]),
    # a product's own intransitive verb in a relative clause after its name; a company's verb there is none
    ("The Orvix X7, which shipped in late 2024, costs $999.", [("PRODUCT", "Orvix X7")]),
    ("Nordwind Corp., which launched a tablet in 2010, employs 300 people.", [("ORG", "Nordwind Corp.")]),
    # a designation before a noun of its making ('output', 'production', 'program'), or before 'freighter', is a model;
    # digits before such a noun that goes on to another are a count
    ("Boeing said a strike halts 737 output at its Renton plant.", [("PRODUCT", "737")]),
    ("Airbus plans to raise A320neo output to 75 a month.", [("PRODUCT", "A320neo")]),
    ("Boeing will end production of the 767 freighter in 2027.", [("PRODUCT", "767")]),
    ("Boeing delayed the 777X program again.", [("PRODUCT", "777X")]),
    # a medicine's or a farm chemical's noun before its name (name_words.MEDICINE_TRIGGERS); a known company stays one
    ("Halvard said its weight-loss injection Trelzamab more than doubled sales.", [("PRODUCT", "Trelzamab")]),
    ("Doctors prescribed the antibiotic Zelrocin to 40,000 patients.", [("PRODUCT", "Zelrocin")]),
    ("Farmers sprayed the herbicide Veltrazine on their fields.", [("PRODUCT", "Veltrazine")]),
    ("Sales of the painkiller Dorvalex fell 12%.", [("PRODUCT", "Dorvalex")]),
    ("Critics said the medicine Bayer sells was too costly.", [("ORG", "Bayer")]),
    ("The company won approval for the therapy Pfizer made.", [("ORG", "Pfizer")]),
    ("Regulators cleared the drug Novartis developed.", [("ORG", "Novartis")]),
    # a legal form's period inside the ner's name, before a plain capitalised word, ends the name and its sentence
    ("The forecast came from Velmora Corp. Shares rose 3%.", [("ORG", "Velmora Corp.")]),
    ("Nomura Securities Co. Ltd. said profit rose.", [("ORG", "Nomura Securities Co. Ltd.")]),
    # Finnish and Russian legal forms ('Oy', 'PJSC'): the short form after the full name is the same company
    ("Finnish health-tech company Kelvora Oy raised 40 million euros. Kelvora said it would hire 50 people.",
     [("ORG", "Kelvora Oy"), ("ORG", "Kelvora")]),
    ("Moscow-based Aeroflot PJSC said traffic fell. Aeroflot said fuel costs rose.", [("ORG", "Aeroflot PJSC"), ("ORG", "Aeroflot")]),
    # '& Co', 'and Co': the joining word goes with the legal form in the short form (N12, real business news)
    ("Marlow Pennick & Co said profit rose. Marlow Pennick shares fell 3%.", [("ORG", "Marlow Pennick & Co"), ("ORG", "Marlow Pennick")]),
    ("Orsell Brandt and Co. cut jobs on Monday. Analysts said Orsell Brandt was cheap.",
     [("ORG", "Orsell Brandt and Co."), ("ORG", "Orsell Brandt")]),
    # a stock exchange is an ORG (ANNOTATION §2), where a company lists its shares, no platform ('listed on Etsy')
    ("Shares of Velmora Corp. rose 4% on the Nasdaq Stock Market on Tuesday.", [("ORG", "Nasdaq Stock Market")]),
    ("Lumora, which listed on the New York Stock Exchange in May, said revenue rose.", [("ORG", "New York Stock Exchange")]),
    ("The startup listed on Nasdaq in 2021.", [("ORG", "Nasdaq")]),
    ("Sellers listed vintage lamps on Etsy last month.", [("PRODUCT", "Etsy")]),
    ("Microsoft is rolling out Agent Forge to its biggest customers.", [("ORG", "Microsoft"), ("PRODUCT", "Agent Forge")]),
    # a name compared with a known product, on either side of the comparison's word
    ("In tests, Cursor beat Windsurf on most tasks.", [("PRODUCT", "Cursor"), ("PRODUCT", "Windsurf")]),
    ("Devstral outperformed GPT-4.1 mini on the test, Mistral AI said.", [("PRODUCT", "Devstral")]),
    ("In the benchmark, ChatGPT outperformed Vellora on most tasks.", [("PRODUCT", "Vellora")]),
    ("Vellora Pro beat ChatGPT in coding, the researchers found.", [("PRODUCT", "Vellora Pro")]),
    # a maker before a noun of its machines is the company (maker_names.txt: "Bell"); the ner's longer ORG ending
    # in a known company stays whole ("Royal Dutch Shell", "Taco Bell")
    ("The ministry bought Bell helicopters for the army.", [("ORG", "Bell")]),
    ("Royal Dutch Shell said profit rose.", [("ORG", "Royal Dutch Shell")]),
    # a variant's letter after a known product, before a noun of its machines
    ("Saab will deliver 10 Gripen E fighters to Thailand.", [("PRODUCT", "Gripen E")]),
    # a designation the ner reads as a place, before a weapon's noun; a vehicle after the words of its kind
    ("Hanwha Aerospace will build K9 howitzers in Romania.", [("PRODUCT", "K9")]),
    ("Rheinmetall will supply 100 Lynx infantry fighting vehicles to Hungary.", [("PRODUCT", "Lynx")]),
    ("BAE Systems delivered the first CV90 vehicles to Slovakia.", [("PRODUCT", "CV90")]),
    # a version written with its 'v' is a model number
    ("ElevenLabs said its Eleven v3 model supports 70 languages.", [("PRODUCT", "Eleven v3")]),
    # a known company and a product's words: brand + product, also before a name suffix that is no legal form
    ("Developers can call models through AWS Bedrock.", [("PRODUCT", "AWS Bedrock")]),
    ("Customers of VMware vSphere Foundation have complained about prices.", [("PRODUCT", "VMware vSphere Foundation")]),
    # after the noun of its maker and 'of', the whole object is the thing made, in that mention, whatever the ner
    # reads (a person, a place) and whatever the name is where it acts
    ("Velmar Robotics said on Monday that the maker of the Skyvane would cut 300 jobs.", [("PRODUCT", "Skyvane")]),
    ("Nexaro, the developer of Cloudspire, said revenue rose 12%. Cloudspire said it would hire.",
     [("PRODUCT", "Cloudspire"), ("ORG", "Cloudspire")]),
    ("Brantley Foods, the manufacturer of Crunchola, was sold to Nestle.", [("PRODUCT", "Crunchola")]),
    # a plus glued to a model's name is the name's (its variant)
    ("The Galaxy S24 and S24+ will ship in May, Samsung said.", [("PRODUCT", "S24+")]),
    ("Samsung sold 5 million Galaxy S8+ phones last year.", [("PRODUCT", "Galaxy S8+")]),
    # a name after "on", where the parse hangs "on" from the object of a verb of posting or selling, is the platform
    ("Scalpers listed units on Kestova for more than $1,000.", [("PRODUCT", "Kestova")]),
    # a one-word name the ner reads as a person where it acts with a strong verb, and as something else in another
    # place of the article, is an organization (a person is named in full, and read as one each time)
    ("Investors in Quillor were pleased. Quillor announced a new chief executive on Monday.", [("ORG", "Quillor")]),
    ("Shares of Lumira rose in early trading. Lumira said quarterly revenue rose 12%.", [("ORG", "Lumira")]),
    # the ner's person with a model number, then edition words only, is a model's name
    ("The app was built on Brelix 3.5 and Tovan 2 Turbo models.", [("PRODUCT", "Tovan 2 Turbo")]),
    # one name word before a noun of a product, where the ner reads no name or a person, is the product
    ("Rivals include the Velkor headset and Drevo phones.", [("PRODUCT", "Velkor"), ("PRODUCT", "Drevo")]),
]
NOT_NAME_CASES = [  # (text, surface that must not be an ORG or PRODUCT)
    # a one-word person the ner reads as one each time, acting, is a person
    ("Shares fell after Marlowe said quarterly sales dropped.", "Marlowe"),
    # a capitalised word opening a sentence is no product's name before a noun, nor is a place ("China phones")
    ("Analysts watch Tessaro closely. Tessaro said it would cut jobs.", "Analysts"),
    ("China phones and Texas plants were in the news.", "China"),
    # a country, even as an actor (ANNOTATION §2); a minister's portfolio before the title (RR10's real-news classes)
    ("Uruguay is closing in on a trade deal with China.", "Uruguay"),
    ("Consumer prices in Uruguay rose 8% in January.", "Uruguay"),
    ("Peru's economy grew 3% last year.", "Peru"),
    # a country in any case or spacing (a line in capitals, a lost space), and the states of 1989-98 newswire
    ("MALAYSIA said on Monday it would cut tariffs.", "MALAYSIA"),
    ("The family wants the boy to stay in the UnitedStates, a lawyer said.", "UnitedStates"),
    ("In 1979 the Soviet Union invaded Afghanistan, a diplomat recalled.", "Soviet Union"),
    # a sea's or a coast's name (its last word) is a place
    ("Fishing boats crossed the Florida Straits on Sunday, the Coast Guard said.", "Florida Straits"),
    ("Russian Economic Development Minister Maxim Oreshkin predicted growth.", "Russian Economic Development"),
    # an officer's title after a company's possessive (M10, real earnings news)
    ('"Demand was strong," said Ann Lee, Tesla\'s CEO.', "CEO"),
    ("Nordwind's CFO resigned on Monday.", "CFO"),
    ("Kolvex's COO and its CTO will leave.", "COO"),
    ("The deal was announced by Tesla's Global Vice President, Ann Lee.", "Global Vice President"),
    ("Tesla's Chief Operating Officer resigned.", "Chief Operating Officer"),
    # a company's short form that begins a longer capitalised name (a product's) is no repeat of the company
    ("Sorrento Motors Corp. is recalling 410,000 Sorrento Vela sport utility vehicles.", "Sorrento"),
    ("The ruling was written by Justice John Paul Stevens. The Justice Department said it would appeal.", "Justice"),
    # digits before a noun of making that goes on to another noun are a count; a year's output is no model's
    ("The plant has 500 production workers.", "500"),
    ("It bought 300 freighters from Boeing.", "300"),
    ("It said 2024 output fell 5%.", "2024"),
    # a known company inside the ner's longer product is its brand, no ORG of its own
    ("He bought a used PAL Sega Dreamcast at a flea market.", "Sega"),
    # an index word after a name that is no market's is a measure, not a stock index
    ("The Consumer Price Index rose 0.3% in March.", "Consumer Price Index"),
    ("His Body Mass Index was above 30.", "Body Mass Index"),
    ("Her Grade Point Average was 3.9.", "Grade Point Average"),
    # a team's general manager before his name is a title, not General Motors
    ("Yankees GM Brian Cashman said the team would spend.", "GM"),
    ("Iraqi Airways Co. said flights resumed. Iraqi troops moved south.", "Iraqi"),
    ("Letters went to Immigration and Naturalization Service Commissioner Doris Meissner.", "Commissioner Doris Meissner"),
    ("Castro called Munero a traitor. He blamed Lazaro Rafael Munero for the trip.", "Munero"),
    ("Hungarian astronaut Bertalan Farkas is leaving. Farkas said he was tired of waiting.", "Farkas"),
    ("With astronaut Jon McBride, he set up a venture. McBride, 54, lives in Lewisburg.", "McBride"),
    ("Unisys, the Blue Bell, Pa., concern, took a $230 million charge.", "Blue Bell"),
    ("MGM Grand Inc. will buy the existing Marina Hotel from a partnership.", "Marina Hotel"),
    ("Mr. Weil of Weil & Associates said he will remain at $1 a share.", "Mr. Weil of Weil & Associates"),
    ("The company sold 300 chips in 1989.", "300"),
    # digits before a noun whose plural is its singular are a count ("aircraft")
    ("The carrier has about 640 aircraft in its fleet.", "640"),
    ("Norvia Air ordered 250 aircraft last year.", "250"),
    ("Its 1990 model sold well.", "1990"),
    ("SEATTLE (Reuters) - Microsoft said revenue rose.", "SEATTLE"),
    ("Ratners's U.S. presence grew to 450 stores.", "U.S"),
    ("Weisfield's Inc. agreed to the offer.", "Inc"),
    # a known product's name after an honorific is a person's
    ("Mr. Peacock said he would resign.", "Peacock"),
    # an economic indicator is no stock index and no organization
    ("The Consumer Price Index rose 0.3% in March, the Labor Department said.", "Consumer Price Index"),
    # a named feature of an interface is no name
    ("Windows 11 users can now pin apps to the Start menu.", "Start"),
    # a visa class names no product and no organization
    ("H-1B workers filed applications for the H-1B lottery.", "H-1B"),
    # a person's seat, or what names the person before it, is no part of a body's name
    ("Jane Doe, President of Tufts University, resigned on Friday.", "President of Tufts University"),
    ("He became a Green Member of Parliament in 2019.", "Green Member of Parliament"),
    # a programming language is no product (data/generic_names.txt)
    ("Developers wrote the service in TypeScript and Kotlin.", "TypeScript"),
    # a display technology is a generic term, before its noun no part of a name (data/generic_names.txt)
    ("Kestrel Optics will supply OLED panels to Apple from next year.", "OLED"),
    ("Vantor halted LCD production at its Osaka plant.", "LCD"),
    ("Vantor's Mini LED TVs took share from rivals.", "Mini LED"),
    ("Vantor's Mini LED TVs took share from rivals.", "Mini"),
    ("Nordwind OLED screens are in most of its phones.", "Nordwind OLED"),
    ("The tablet supports HDR video.", "HDR"),
    # a known company's name inside the ner's longer person or place is theirs
    ("Kenji Nomura, a trader in Tokyo, said yields rose.", "Nomura"),
    ("Blake Nordstrom spoke at the meeting in Seattle.", "Nordstrom"),
    ("Labour's Harriet Harman said the bill would pass.", "Harman"),
    # memory, its standards and finance terms are generic terms (data/generic_names.txt)
    ("Hynix sold out its 2026 supply of HBM chips, and Micron raised NAND and DRAM prices.", "HBM"),
    ("Hynix sold out its 2026 supply of HBM chips, and Micron raised NAND and DRAM prices.", "NAND"),
    ("Samsung's HBM3E chips passed Nvidia's tests.", "HBM3E"),
    ("Kioxia filed for an IPO in Tokyo on Friday.", "IPO"),
    ("The outage was caused by a DNS failure at Cloudflare.", "DNS"),
    # a vehicle category is a generic term (data/generic_names.txt)
    ("BYD overtook Tesla in EV sales, while Volkswagen's Scout Motors opened a plant in South Carolina.", "EV"),
    # a maker's noun before 'of' and a place: no product made
    ("Hines, the developer of Hudson Yards, said rents rose.", "Hudson Yards"),
    # a trade fair's name before its lowercase noun is the event's (N12, real tech news)
    ("Samsung showed the phone at the IFA expo in Berlin.", "IFA"),
    ("Xiaomi exhibited at the MWC trade fair in Barcelona.", "MWC"),
    ("Huawei showed the laptop at the Computex trade show in Taipei.", "Computex"),
    ("Visitors at the IFA consumer electronics fair saw robots.", "IFA"),
]
NOT_PRODUCT_CASES = [  # (text, surface that must not be a PRODUCT): a product named by an ordinary word
    # a name only its noun makes a product, acting as a company in another mention, is the maker
    ("Drevo phones sold well. Drevo said on Monday that profit rose.", "Drevo"),
    # a company's possessive before a name with an organization's word: the ner's ORG, a publication or unit, stays
    ("An editor of the Heritage Foundation's Policy Intelligence Report said the study was flawed.",
     "Policy Intelligence Report"),
    # before a weapon's noun: an organization, a nationality, a noun's modifier, a maker, a person's plant
    ("Hamas missiles struck the city.", "Hamas"),
    ("Hamas drones and Hezbollah fighters attacked the base.", "Hezbollah"),
    ("Ukrainian drones struck a refinery, and Russian warships left port.", "Ukrainian"),
    ("Delta jets were delayed at Atlanta on Monday.", "Delta"),
    ("Amazon drones will deliver parcels in Texas.", "Amazon"),
    ("A typhoon hit Taiwan, and a tornado struck Oklahoma on Tuesday.", "typhoon"),
    ("The Patriot Act was renewed by the Senate.", "Patriot"),
    ("Polish tanks crossed the river.", "Polish"),
    ("The Brady gun law was passed in 1993.", "Brady"),
    ("Lockheed Martin missiles are built in Texas.", "Lockheed Martin"),
    ("General Creighton Abrams visited the Abrams tank plant.", "Abrams"),
    # a numbered club, band or stock index after "the" is no model
    ("The Bundesliga 2 club was relegated on Sunday.", "Bundesliga 2"),
    ("Tickets for the Maroon 5 concert sold out.", "Maroon 5"),
    ("Madrid's benchmark, the IBEX 35, fell 1%.", "IBEX 35"),
    # has no plural in the gazetteer ('Telegram', 'Safari', 'Slack', 'Docker', 'React' are words)
    ("Telegrams were sent to the embassy.", "Telegrams"),
    ("Safaris are popular with tourists in Kenya.", "Safaris"),
    ("Slacks and Dockers sold well.", "Slacks"),
    ("Slacks and Dockers sold well.", "Dockers"),
    ("Wall Street Reacts To Fed", "Reacts"),
    # a company before a noun of its machines is the maker, not a product line
    ("General Motors trucks and new Boeing jets sold well.", "General Motors"),
    ("General Motors trucks and new Boeing jets sold well.", "Boeing"),
    ("Verizon's Samsung phones sold out.", "Samsung"),
    ("The Air Force said Air Force jets flew over the city.", "Air Force"),
    # a maker whose name begins a longer maker's is no brand of a product ("Lockheed" of "Lockheed Martin")
    ("The Pentagon wants more Lockheed Martin jets.", "Lockheed Martin"),
    ("The Pentagon wants more General Dynamics tanks.", "General Dynamics"),
    # a company whose name ends in a store word and begins with "The" is no store, a shop is a business
    ("She bought soap at The Body Store.", "Body Store"),
    ("In the 1970s, he opened the Stove Shop, a second-hand dealership.", "Stove Shop"),
    # a known product goes on over the ner's ORG words, not over another known name
    ("Employees use WeCom Tencent's office app.", "WeCom Tencent"),
    # a known product's name inside a person's name
    ("The Liberal Party was led by Andrew Peacock.", "Peacock"),
    ("He toured with flutist Paula Chan Bing and others.", "Bing"),
    # a designation that nobody launches or uses: a filing, a visa, a disease
    ("The company filed an S-1 with regulators.", "S-1"),
    ("Employers use H-1B visas, and hospitals tested patients for COVID-19.", "H-1B"),
    # standards and diseases are no products, also as a product verb's object (ANNOTATION §2)
    ("Developers used Covid-19 as an excuse to delay.", "Covid-19"),
    ("Apple adopted ARM64 for the Mac.", "ARM64"),
    ("Banks must adopt Basel-3 by 2025.", "Basel-3"),
    # a designation before a noun of a meeting or of a group of nations names no product
    ("Leaders met at the G20 summit in Rio de Janeiro.", "G20"),
    ("G7 leaders agreed on sanctions ahead of the G7 meeting in Italy.", "G7"),
    # a company or an armed group before a noun of machines or of people is no product line
    ("Boston Dynamics robots can now open doors.", "Boston Dynamics"),
    ("Joby Aviation aircraft will fly in Dubai next year.", "Joby Aviation"),
    ("GE Aerospace engines power most narrowbody jets.", "GE Aerospace"),
    ("Blue Origin rockets launched from Texas.", "Blue Origin"),
    ("Islamic State fighters attacked the town.", "Islamic State"),
    ("The Taliban fighters took control of Kabul.", "Taliban"),
    ("Russia's Wagner fighters left Bakhmut.", "Wagner"),
    # a known product's name that is a person's or a company's here
    ("Sora Amamiya voiced the character.", "Sora Amamiya"),
    ("Peacock, the former Liberal leader, died on Tuesday.", "Peacock"),
    ("Vue Cinemas reopened its London sites.", "Vue"),
    # a plural of digits after "the" is a range of numbers
    ("Temperatures were in the 110s on Tuesday.", "110s"),
    # a stock index is no product
    ("The Nasdaq Composite fell 1.2% on Wednesday.", "Nasdaq Composite"),
    # a number before a known product's plural is a count; a nationality the lexicon knows is no line
    ("The school district bought 500 iPads last year.", "500 iPads"),
    ("Xiaomi said demand for its Chinese phones was weak.", "Chinese"),
    ("Xiaomi said demand for its China phones was weak.", "China"),
    # a numbered stage, place or part of a law is no product, after "the" too
    ("The drug met its main goal in the Phase 3 trial, Vertex Pharmaceuticals Inc. said.", "Phase 3"),
    ("Passengers at the Terminal 5 building waited for hours.", "Terminal 5"),
    ("The retailer filed for the Chapter 11 protection in Delaware.", "Chapter 11"),
    ("The Jaguars drove 72 yards to the Titans 5-yard line.", "Titans 5"),
    ("The game was released for the Atari 8-bit family in 1988.", "Atari 8"),
    # a company's name with its suffix or region is no brand + product
    ("Spotify Technology SA had complained to Brussels about Apple's App Store.", "Spotify Technology SA"),
    ("Kia America recalled 460,000 Telluride SUVs.", "Kia America"),
    ("Viewers can watch it on The Roku Channel for free.", "Roku Channel"),
    # a version number is no model number before a quantity
    ("Apple said iPhone 1.5 million units were sold in the quarter.", "iPhone 1.5"),
    # a first name is no AI model
    ("Sebastian (Claude Rains) in Notorious is a spy.", "Claude Rains"),
    # a cued name without a cue (product_names.txt ' [cue]'): a team, a musician, a painter
    ("The LA Galaxy beat Seattle 2-1 on Saturday.", "Galaxy"),
    ("Edge said he would tour with the band next year.", "Edge"),
    ("Claude Monet painted water lilies at Giverny.", "Claude"),
    # a known company listed after a product's noun is no product
    ("On the platform, Google, Meta and Amazon compete for ads.", "Google"),
    # a known company's name after the colon: no subtitle
    ("Fortnite: Epic Games said it would appeal the ruling.", "Fortnite: Epic Games"),
    # a product's name that is also its company's, acting in the article, without a cue of its own
    ("Zoom said revenue rose 5%. A survey by Zoom found that most firms work remotely.", "Zoom"),
    # a cued name compared with no known product stays no product's
    ("The team is faster than Max, the rival driver.", "Max"),
    # a company's noun heads the apposition after the name, a product's trigger word only modifying it
    ("Shares of Vantorix, a software company based in Oslo, rose.", "Vantorix"),
    # a maker's noun before 'of' and a known company before a noun of its kind: the maker's, no product made
    ("Shares of Dalvora, the maker of Boeing jets, rose.", "Boeing"),
]
DESCRIPTOR_CASES = [  # (text, words no name may contain): ANNOTATION §2, a descriptor is no part of the name
    ("Stamford, Conn.-based Nordwind Co. said sales fell.", "based"),
    ("Shenzhen-based Nordwind Technologies Co. said sales fell.", "Shenzhen"),
]


# Title-case headlines (extract/headlines.py; R7's probe class 1): a capitalised ordinary word begins, ends or
# extends no name; the names the gazetteers or the body write keep their words. (text, the whole set of ORG and
# PRODUCT mentions)
HEADLINE_CASES = [
    ("Chevron Net Climbs 18%\nChevron Corp. said third-quarter net income rose 18%.", {("ORG", "Chevron"), ("ORG", "Chevron Corp.")}),
    ("Xerox Profit Drops on Copier Slump\nXerox Corp. said profit fell.", {("ORG", "Xerox"), ("ORG", "Xerox Corp.")}),
    ("Hasbro Agrees to Acquire Tonka\nHasbro Inc. agreed to acquire Tonka Corp.",
     {("ORG", "Hasbro"), ("ORG", "Tonka"), ("ORG", "Hasbro Inc."), ("ORG", "Tonka Corp.")}),
    ("Unisys Unit Sells Software Line\nA unit of Unisys Corp. sold its software line.", {("ORG", "Unisys"), ("ORG", "Unisys Corp.")}),
    ("Kellwood Cuts 800 Jobs\nKellwood Co. said it would cut 800 jobs.", {("ORG", "Kellwood"), ("ORG", "Kellwood Co.")}),
    ("Reebok Earnings Jump 40%\nReebok International Ltd. said earnings jumped 40%.",
     {("ORG", "Reebok"), ("ORG", "Reebok International Ltd.")}),
    ("Nordwind Profit Falls\nNordwind Corp. said profit fell.", {("ORG", "Nordwind"), ("ORG", "Nordwind Corp.")}),
    ("Quillcorp Agrees to Sell Unit\nQuillcorp Inc. agreed to sell a unit.", {("ORG", "Quillcorp"), ("ORG", "Quillcorp Inc.")}),
    ("Rivian Cuts Production Forecast\nRivian Automotive Inc. cut its production forecast.",
     {("ORG", "Rivian"), ("ORG", "Rivian Automotive Inc.")}),
    ("Shopify Stock Falls as Growth Slows\nShopify Inc. shares fell 8%.", {("ORG", "Shopify"), ("ORG", "Shopify Inc.")}),
    ("Siemens Wins Rail Order in India\nSiemens AG won a rail order in India.", {("ORG", "Siemens"), ("ORG", "Siemens AG")}),
    # ordinary words only: no name
    ("Merger Plan Boosts Insurance Shares\nInsurance shares rose on the merger plan.", set()),
    ("Strike Threat Hits Airline Stocks\nAirline stocks fell on a strike threat.", set()),
    ("Housing Starts Rise 4%\nHousing starts rose 4% in May.", set()),
    # names of ordinary words that the body or a gazetteer writes keep them
    ("Lotus Development Names New Chief\nLotus Development Corp. named a new chief executive.",
     {("ORG", "Lotus Development"), ("ORG", "Lotus Development Corp.")}),
    ("Zenith Electronics Cuts Prices\nZenith Electronics Corp. cut prices on televisions.",
     {("ORG", "Zenith Electronics"), ("ORG", "Zenith Electronics Corp.")}),
    ("Delta Air Lines Posts Record Profit\nDelta Air Lines Inc. posted a record profit.",
     {("ORG", "Delta Air Lines"), ("ORG", "Delta Air Lines Inc.")}),
    ("General Motors to Build Battery Plant\nGeneral Motors Co. will build a battery plant.",
     {("ORG", "General Motors"), ("ORG", "General Motors Co.")}),
    ("Texas Instruments Profit Beats Forecast\nTexas Instruments Inc. said profit rose.",
     {("ORG", "Texas Instruments"), ("ORG", "Texas Instruments Inc.")}),
    # products in headlines keep their names
    ("Honda Accord Sales Rise\nSales of the Honda Accord rose 5% last month.", {("PRODUCT", "Honda Accord")}),
    ("Apple Unveils Vision Pro Headset\nApple Inc. unveiled the Vision Pro headset.",
     {("ORG", "Apple"), ("PRODUCT", "Vision Pro"), ("ORG", "Apple Inc.")}),
    ("Airbus A321XLR Deliveries Resume\nAirbus SE resumed deliveries of the A321XLR.",
     {("PRODUCT", "Airbus A321XLR"), ("ORG", "Airbus SE"), ("PRODUCT", "A321XLR")}),
]


@pytest.mark.parametrize("text,expected", NAME_CASES, ids=[c[0][:40] for c in NAME_CASES])
def test_names_found_and_labelled(nlp, text, expected):
    found = labelled(text)
    assert set(expected) <= found, found


@pytest.mark.parametrize("text,expected", GUIDELINE_CASES, ids=[c[0][:40] for c in GUIDELINE_CASES])
def test_guideline_names(nlp, text, expected):
    found = labelled(text)
    assert set(expected) <= found, found


@pytest.mark.parametrize("text,expected", RULE_CASES, ids=[c[0][:40] for c in RULE_CASES])
def test_rules_after_the_trained_ner(nlp, text, expected):
    found = labelled(text)
    assert set(expected) <= found, found


# A headline in capitals (wire copy): its names are the body's, and an ORG's short forms, in capitals; the ner's
# readings there are none ('TRUCK ORDERS SLIP'); a gazetteer's name is one ('IBM').
HEADLINE_CASES += [
    ("BRANTLEY MILLS TO BUY OSTERGAARD FOODS\nBrantley Mills Inc. agreed to buy Ostergaard Foods Corp. for $300 million.",
     {("ORG", "BRANTLEY MILLS"), ("ORG", "OSTERGAARD FOODS"), ("ORG", "Brantley Mills Inc."), ("ORG", "Ostergaard Foods Corp.")}),
    ("TRUCK ORDERS SLIP AT NORDWIND\nNordwind Corp. said truck orders fell in May.", {("ORG", "NORDWIND"), ("ORG", "Nordwind Corp.")}),
    ("QUILL PAD SALES SOAR AT NORDWIND\nNordwind Inc. said sales of its Quill Pad tablet doubled.",
     {("PRODUCT", "QUILL PAD"), ("ORG", "NORDWIND"), ("ORG", "Nordwind Inc."), ("PRODUCT", "Quill Pad")}),
    ("IBM TO CUT 5,000 JOBS\nInternational Business Machines Corp. said it would cut jobs.",
     {("ORG", "IBM"), ("ORG", "International Business Machines Corp.")}),
]


@pytest.mark.parametrize("text,expected", HEADLINE_CASES, ids=[c[0].split("\n")[0] for c in HEADLINE_CASES])
def test_title_case_headline(nlp, text, expected):
    assert {m for m in labelled(text) if m[0] in ("ORG", "PRODUCT")} == expected


@pytest.mark.parametrize("text,surface", DESCRIPTOR_CASES, ids=[c[1] for c in DESCRIPTOR_CASES])
def test_descriptor_not_in_name(nlp, text, surface):
    assert not any(surface in t for _, t in labelled(text))


def test_trained_ner_is_loaded_from_package_data(nlp):
    """The pipeline's ner carries the shipped weights (read from disk, offline), not the model's own."""
    import spacy

    from extract.pipeline import MODEL, NAMES_NER

    shipped = spacy.load(MODEL, exclude=["tok2vec", "tagger", "parser", "senter", "attribute_ruler", "lemmatizer"])
    original = shipped.get_pipe("ner").model.to_bytes()
    shipped.get_pipe("ner").from_disk(NAMES_NER, exclude=["vocab"])
    assert (NAMES_NER / "model").stat().st_size < 15_000_000
    assert nlp.get_pipe("ner").model.to_bytes() == shipped.get_pipe("ner").model.to_bytes() != original


def test_fingerprint_covers_the_trained_ner():
    from extract.pipeline import names_ner_fingerprint, pipeline_fingerprint

    assert f"ner-{names_ner_fingerprint()}" in pipeline_fingerprint()


@pytest.mark.parametrize("text,surface", NOT_NAME_CASES, ids=[c[1] for c in NOT_NAME_CASES])
def test_not_a_name(nlp, text, surface):
    assert not {("ORG", surface), ("PRODUCT", surface)} & labelled(text)


@pytest.mark.parametrize("text,surface", NOT_PRODUCT_CASES, ids=[c[1] for c in NOT_PRODUCT_CASES])
def test_not_a_product(nlp, text, surface):
    assert ("PRODUCT", surface) not in labelled(text)


def test_weapon_named_after_a_person_is_not_the_person(nlp):
    """'the Churchill tank' is a PRODUCT; 'Churchill' of the person 'Winston Churchill' stays his name."""
    text = "Winston Churchill toured the plant that built the Churchill tank."
    doc = nlp(text)
    names = {(e.start_char, e.label_) for e in doc.ents if e.label_ in ("ORG", "PRODUCT")}
    assert (text.rindex("Churchill"), "PRODUCT") in names
    assert not any(start < text.index(" toured") for start, _ in names), names


@pytest.mark.parametrize("name,plural", [("iPad", "iPads"), ("Xbox", "Xboxes"), ("Apple Watch", "Apple Watches"),
                                         ("Camry", "Camrys"), ("Prius", "Priuses"), ("RAV4", "RAV4s"),
                                         ("Windows", None), ("iOS", None), ("Disney+", None)])
def test_product_plural_spelling(name, plural):
    from extract.names import _plural

    assert _plural(name) == plural


def test_names_of_one_article_share_entity_keys(nlp):
    from extract import extract_text

    mentions = extract_text("Link Now launched in 2020. The LinkNow app is free. Huawei Technologies Co owns it. "
                            "Huawei said so.")
    keys = {m.text: m.value.entity for m in mentions if m.label in ("ORG", "PRODUCT")}
    assert keys["Link Now"] == keys["LinkNow"] == "link-now"
    assert keys["Huawei"] == keys["Huawei Technologies Co"]


# The rules over a given ner reading (the doc's ents are set by hand, so the rows hold whatever
# the shipped weights read): (text, ner ents [(label, surface)], [(label, surface)] expected among
# the names, surfaces no name may have).
OVER_NER_CASES = [
    # a PERSON the ner starts right after a maker is its car
    ("Kopp's 1987 Chevrolet Cavalier was discovered last month.", [("PERSON", "Cavalier")],
     [("PRODUCT", "Chevrolet Cavalier")], ["Chevrolet"]),
    # the model designation the ner reads alone is part of 'product model designation'
    ("IBM began shipping a card that converts its PS/2 model 70-A21 from a 80386 machine.",
     [("ORG", "IBM"), ("PRODUCT", "70-A21")], [("PRODUCT", "PS/2 model 70-A21")], ["70-A21", "PS/2"]),
    # "a venture called X": the noun decides for the ner's longer span too
    ("Farkas set up a joint venture called Orion 1980, manufacturing space-travel equipment.",
     [("PERSON", "Farkas"), ("PRODUCT", "Orion 1980")], [("ORG", "Orion 1980")], []),
    # an abbreviation of the lowercase words right before it is no name, in any of its mentions;
    # a name's abbreviation still is one
    ("The chip runs at 15 million instructions per second, or MIPs. MIPs matter.", [("ORG", "MIPs")], [],
     ["MIPs"]),
    ("Gross domestic product (GDP) rose, the Department of Energy (DOE) said.", [("ORG", "GDP"), ("ORG", "DOE")],
     [("ORG", "DOE")], ["GDP"]),
    # a share class is no name (extract/data/generic_names.txt)
    ("The company cut its dividend, and the company's Class A shares fell.", [("PRODUCT", "Class A")], [],
     ["Class A"]),
    # a group of nations the ner reads as an ORG before a noun of its members stays one (ANNOTATION §2:
    # a name used as a modifier still counts); its PRODUCT there is none
    ("G7 leaders met in Apulia.", [("ORG", "G7")], [("ORG", "G7")], []),
    ("G7 leaders met in Apulia.", [("PRODUCT", "G7")], [], ["G7"]),
    # a known product inside the ner's longer PERSON is the person's name; the ner's PERSON that is the
    # product's name alone is its misreading
    ("Sora Amamiya voiced the lead character.", [("PERSON", "Sora Amamiya")], [], ["Sora", "Sora Amamiya"]),
    ("Patients on Wegovy lost weight.", [("PERSON", "Wegovy")], [("PRODUCT", "Wegovy")], []),
    # two name words the ner reads as an ORG before a machine noun, without a product cue, are the maker
    ("Boston Dynamics robots can now open doors.", [("ORG", "Boston Dynamics")], [("ORG", "Boston Dynamics")], []),
    # a name never ends in a dash or other punctuation: a known product the ner reads on into an aside
    ("Tencent's WeChat - the messaging app - dominates.", [("PRODUCT", "WeChat -")], [("PRODUCT", "WeChat")],
     ["WeChat -"]),
    ("Microsoft's Teams - once a rival - grew.", [("PRODUCT", "Teams -")], [("PRODUCT", "Teams")], ["Teams -"]),
    ("Users of Bing: the search engine lost share.", [("PRODUCT", "Bing:")], [("PRODUCT", "Bing")], ["Bing:"]),
    # a word in capitals with a plural 's' is a common noun's plural, no ORG or PRODUCT; a name in
    # capitals and a maker's plural (its cars) stay names
    ("Investors poured money into ETFs last year.", [("ORG", "ETFs")], [], ["ETFs"]),
    ("NGOs criticised the plan on Monday.", [("ORG", "NGOs")], [], ["NGOs"]),
    ("The bank installed more ATMs this year.", [("PRODUCT", "ATMs")], [], ["ATMs"]),
    ("The NHS said waiting lists grew.", [("ORG", "NHS")], [("ORG", "NHS")], []),
    ("Two BMWs were parked outside.", [("PRODUCT", "BMWs")], [("PRODUCT", "BMWs")], []),
    # a headline's verb before a person of the article: neither is a name; a company whose name
    # begins with a verb stays one
    ("Meet Taylor Swift's new neighbours\nPop star Taylor Alison Swift bought a house.",
     [("ORG", "Meet Taylor Swift"), ("PERSON", "Taylor Alison Swift")], [], ["Meet Taylor Swift", "Taylor Swift"]),
    ("Watch Serena Williams Play Again\nTennis champion Serena J. Williams returned on Monday.",
     [("ORG", "Watch Serena Williams"), ("PERSON", "Serena J. Williams")], [], ["Watch Serena Williams", "Serena Williams"]),
    ("Shake Shack said sales rose.", [("ORG", "Shake Shack")], [("ORG", "Shake Shack")], []),
    # the ner's name and number before a noun of a band, team or league is no product; before a
    # product's noun it stays one
    ("Tickets for the Matchbox 20 tour sold out.", [("PRODUCT", "Matchbox 20")], [], ["Matchbox 20"]),
    ("Fans of the Blink 182 concert queued for hours.", [("PRODUCT", "Blink 182")], [], ["Blink 182"]),
    ("She bought the Pixel 9 phone on Monday.", [("PRODUCT", "Pixel 9")], [("PRODUCT", "Pixel 9")], []),
]


@pytest.mark.parametrize("text,ner,expected,absent", OVER_NER_CASES, ids=[c[0][:40] for c in OVER_NER_CASES])
def test_rules_over_a_given_ner_reading(nlp, text, ner, expected, absent):
    with nlp.select_pipes(disable=["extract_names"]):
        doc = nlp(text)
    spans = []
    for label, surface in ner:
        start = text.index(surface)
        spans.append(doc.char_span(start, start + len(surface), label=label))
    doc.ents = [e for e in doc.ents if not any(e.start < s.end and s.start < e.end for s in spans)] + spans
    doc = nlp.get_pipe("extract_names")(doc)
    names = {(e.label_, e.text) for e in doc.ents if e.label_ in ("ORG", "PRODUCT")}
    assert set(expected) <= names, names
    assert not {t for _, t in names} & set(absent), names



def test_names_inside_memory_zones_are_the_names_outside(nlp):
    """The resolver keeps a surface's words across calls, not its Doc: a Doc made inside nlp.memory_zone()
    points at lexemes freed when the zone closes (extra ORGs came from them, now and then)."""
    def spans(doc):
        return sorted((s.start, s.end, s.label_) for key in doc.spans for s in doc.spans[key]) + \
            [(e.start, e.end, e.label_) for e in doc.ents]
    for n in range(8):  # words new to the vocab, made inside the zone, freed and their memory reused after it
        text = (f"Zorblax{n} Quoddity{n} Ltd sold 5,000 Vexa{n} Pro units for $1.2 billion. "
                f"Later Zorblax{n} Quoddity{n} said Vexa{n} Pro sales rose 40pct on Tuesday.")
        with nlp.memory_zone():
            inside = spans(nlp(text))
        with nlp.memory_zone():
            nlp(" ".join(f"Frob{n}x{i} Wuzzle{n}y{i} Inc" for i in range(40)))
        assert spans(nlp(text)) == inside

"""Name lexicon: the word lists that find, label and key organization and product names (ANNOTATION.md §2-§3).

Sources: the guideline's examples; legal forms as company registers write them (Companies
House, SEC EDGAR, the EU's and Asian registers' abbreviations); trigger, role and product
nouns from the news the rules were written on (tech news, Reuters/AP business wires,
TimeBank) and the CrossNER, Few-NERD and WNUT-17 train splits (bench/names_votes.py measures
each rule that reads them). The pattern files name the lists as token classes
(`{"CLASS": "product_noun"}`, rules.TOKEN_CLASSES), the code imports them from here.
"""

from __future__ import annotations

import re

# --- organization suffixes (ANNOTATION §2 ORG: "the full name with its legal suffix") -----------
# Legal forms: end a name, and are left out of its entity key and slug ("Acme Holdings Ltd" -> acme-holdings).
# Italian, Czech, Slovak, Slovenian and Luxembourg forms written in mixed case ("Fincantieri S.p.A.",
# "Kofola s.r.o.") are MIXED_CASE_LEGAL_FORMS: spaCy's tokenizer splits them ("S.p", ".", "A."), so
# load_pipeline makes each one token, as it reads "S.A." and "N.V.".
LEGAL_FORMS = (
    "Co", "Co.", "Corp", "Corp.", "Corporation", "Inc", "Inc.", "Incorporated", "Ltd", "Ltd.",
    "Limited", "LLC", "LLP", "LP", "PLC", "Plc", "plc", "AG", "SA", "S.A.", "SE", "NV", "N.V.",
    "BV", "GmbH", "KK", "AB", "ASA", "A/S", "Oy", "Oyj", "SpA", "Bhd", "Berhad", "Tbk", "Pte", "Pty", "Company",
    "PJSC", "JSC",
    *(MIXED_CASE_LEGAL_FORMS := ("S.p.A.", "S.r.l.", "s.r.l.", "s.r.o.", "a.s.", "d.o.o.", "S.a.r.l.")),
)
# The legal forms written after a comma, as US and UK filings and press releases write them ("Gilead
# Sciences, Inc.", "Acme Partners, LLC"); the comma and the form belong to the name (ANNOTATION §2 ORG).
COMMA_LEGAL_FORMS = ("Inc", "Inc.", "Incorporated", "LLC", "LLP", "LP", "Ltd", "Ltd.", "PLC", "plc")
# A name's first word that opens with its digits ("2seventy bio, Inc.", "23andMe Holding Co.", "3Com Corp."),
# which no capitalised name word is; no ordinal ("21st"), nor a size's letters ("5G", "4K").
DIGIT_NAME_WORD = r"^\d+[A-Za-z]{3,}$"
# Corporate words: end a name, and are left out of its grouping key only ("Alibaba Group Holding" ~ "Alibaba").
CORPORATE_SUFFIXES = (
    "Holdings", "Holding", "Group", "Technologies", "Technology", "Publishers", "Publishing",
    "Enterprises", "Industries",
    "Cos.", "Cos",  # "Companies" as newswire abbreviates it ("Philip Morris Cos.", "McGraw-Hill Cos.")
)
# Left out of the grouping key like a corporate word, but no suffix: "International" ends no name by itself.
CORPORATE_NON_SUFFIXES = ("International",)
# Capitalised words that end a stock index's name ("Hang Seng Index", "Nasdaq Composite", "Dow Jones
# Industrial Average"); those named without one are in data/org_names.txt ("S&P 500").
INDEX_WORDS = ("Index", "Composite", "Average")
# Words of an economic indicator's name, no stock index and no organization ("the Consumer Price Index",
# "the Caixin Purchasing Managers' Index"): an index word after them ends no ORG's name.
INDICATOR_WORDS = frozenset({
    "Price", "Prices", "Consumer", "Producer", "Purchasing", "Managers", "Managers'", "Confidence", "Sentiment",
    "Activity", "Leading", "Development", "Peace", "Perceptions", "Freedom", "Happiness", "Misery", "Inflation",
    "Cost", "Living", "Wage", "Housing", "Business", "Economic", "Expectations"})
# Lowercase nouns after a stock index's name ("the Hang Seng Tech index"; row org-stock-index-named).
INDEX_NOUNS = ("index", "indexes", "indices", "benchmark")
# The first word of a stock index's name: its provider, exchange or market (row org-stock-index).
# An index word after another name is no ORG: "the Consumer Price Index", "Body Mass Index",
# "Grade Point Average" are measures.
INDEX_PROVIDERS = (
    "S&P", "Nasdaq", "NASDAQ", "Dow", "FTSE", "Hang", "Stoxx", "STOXX", "Euro", "MSCI", "Russell", "Nikkei",
    "Topix", "TOPIX", "Kospi", "KOSPI", "PHLX", "Philadelphia", "Cboe", "CBOE", "NYSE", "Bovespa", "DAX", "CAC",
    "IBEX", "Ibex", "Sensex", "Nifty", "BSE", "ASX", "TSX", "S&P/TSX", "S&P/ASX", "Wilshire", "KBW", "Bloomberg",
    "Shanghai", "Shenzhen", "Straits", "Jakarta", "Kuala", "Taiwan", "Tokyo",
)
# Words that end the name of a legislature, a court, a board or a force of the state ("Scottish Parliament",
# "Ohio Senate", "Legislative Assembly", "Senate Judiciary Committee", "Sindh Police"), where the ner reads
# the nationality before it alone ("Irish" NORP of "Irish Parliament"); institutions whose name goes on with
# "of" ("Parliament of Norway", "Board of Governors").
GOVERNMENT_BODIES = ("Parliament", "Senate", "Assembly", "Congress", "Legislature", "Committee", "Board", "Tribunal",
                     "Police")
# A registered name's first word that says what kind of firm it is or where it is registered, not which firm:
# a kind of firm in another language ("Banca Intesa SpA", "Banco Santander", "Grupo Televisa") or the Chinese
# city or province in a company's registered name ("Beijing Roborock Technology Co., Ltd."). The rest is the
# name's short form ("Intesa", "Roborock"), and the word alone is none (entities.without_descriptor).
NAME_DESCRIPTOR_WORDS = frozenset({
    "Banca", "Banco", "Banque", "Bankhaus", "Grupo", "Groupe", "Gruppo", "Compagnie", "Companhia", "Compania",
    "Compa\u00f1\u00eda", "Societe", "Soci\u00e9t\u00e9", "Societa", "Societ\u00e0", "Industrias",
    "Beijing", "Shanghai", "Shenzhen", "Guangzhou", "Hangzhou", "Tianjin", "Chongqing", "Wuhan", "Nanjing",
    "Chengdu", "Suzhou", "Xiamen", "Qingdao", "Ningbo", "Hefei", "Dongguan", "Zhuhai", "Changsha", "Jinan",
    "Zhejiang", "Jiangsu", "Guangdong", "Anhui", "Fujian", "Hubei", "Hunan", "Henan", "Hebei", "Sichuan",
    "Zhengzhou", "Shenyang", "Dalian", "Harbin", "Kunming", "Fuzhou", "Wuxi", "Foshan",
    "Shandong", "Jiangxi", "Shaanxi", "Shanxi", "Liaoning", "Jilin", "Yunnan", "Guangxi", "Guizhou", "Hainan", "Gansu",
})
# Other words that end an organization's name: kinds of firm, institution, outlet.
NAME_SUFFIXES = (
    "Companies", "Research", "Media", "Bank", "Airlines", "Airways", "Motors", "Motor",
    "Partners", "Capital", "Ventures", "Labs", "Laboratories", "Systems", "Networks",
    "Pharmaceuticals", "Pharma", "Securities", "Investments", "Insurance", "Communications",
    "Telecom", "Telecommunications", "Electronics", "Energy",
    "Entertainment", "Studios", "Foods", "Brands", "Semiconductor", "Software", "Solutions",
    "Services", "Consulting", "Associates", "Trust", "Fund", "Foundation", "University",
    "Institute", "Association", "Agency", "Commission", "Authority", "Exchange", "Council",
    "Bureau", "Administration", "Ministry", "Department", "Party", "Court", "Times", "Post",
    "Journal", "News", "Daily", "Herald", "Tribune", "Gazette", "Press", "Review", "Analytics",
    "Intelligence", "Consultancy", "Mobile", "Partnership", "Cinemas", "Ratings",
    # the company, not its machines or its records ("Apple Computer", "Dell Computers", "Def Jam Records")
    "Computer", "Computers", "Records", "Pictures",
    # a carmaker's company word ("Fiat Chrysler Automobiles", "Cox Automotive"), not a car's
    "Automobiles", "Automotive",
    *GOVERNMENT_BODIES,
)
# Words of a financial firm's or an institution's name: after a known company's name, inside the ner's ORG, they
# make the whole a unit of the company, no brand and its product ("Morgan Stanley Capital International Barra";
# not "Nintendo Entertainment System", "Sony Mobile" words, which also name products).
FIRM_NAME_WORDS = frozenset({"Capital", "Securities", "Investments", "Partners", "Ventures", "Research", "Bank", "Trust",
                             "Fund", "Insurance", "Associates", "Consulting", "Foundation", "Institute", "University",
                             "Companies", "Asset", "Wealth", "Markets", *LEGAL_FORMS, *CORPORATE_SUFFIXES,
                             *CORPORATE_NON_SUFFIXES})
# Words of a direction or a side before "Bank": a river's bank or a region, a place ("the West Bank", "the
# South Bank", "the Left Bank"), no bank's name.
SIDE_WORDS = frozenset({"North", "South", "East", "West", "Left", "Right"})
# Every word that ends an organization's name (the `org_suffix` token class).
ORG_SUFFIXES = frozenset(LEGAL_FORMS + CORPORATE_SUFFIXES + NAME_SUFFIXES)
# The lowercase keys the entity index compares a name's last word with, without its dots
# (`legal_key`: "S.A." -> "sa", "S.p.A." -> "spa", "Corp." -> "corp"); not the Czech "a.s.", whose key
# is the word "as".
LEGAL_FORM_KEYS = frozenset(w.lower().replace(".", "") for w in LEGAL_FORMS) - {"as"}
CORPORATE_KEYS = frozenset(w.lower() for w in CORPORATE_SUFFIXES + CORPORATE_NON_SUFFIXES)
# Every suffix as a lowercase word without its dots' end ("corp", "s.a").
SUFFIX_KEYS = frozenset(w.lower().strip(".") for w in ORG_SUFFIXES) | LEGAL_FORM_KEYS
# Suffix words of institutions, whose name goes on with "of"/"for" ("Liberal Party of Canada",
# "Bank of England", "Department of Justice"); after a company's suffix "of Boston" is its seat.
# Of them, the public bodies' and associations' words; these also end an institution's name that joins
# two fields with "and" ("Food and Drug Administration", "Law and Justice Party"; spans._one_institution).
PUBLIC_BODY_WORDS = ("Institute", "Association", "Agency", "Commission", "Authority", "Council", "Bureau",
                     "Administration", "Ministry", "Department", "Party", "Court")
INSTITUTION_SUFFIXES = frozenset({
    "Bank", "Foundation", "University", "Exchange", "Journal", "Fund", *PUBLIC_BODY_WORDS, *GOVERNMENT_BODIES,
})
# The last words of an institution's name that joins two fields with "and" ("Immigration and
# Naturalization Service", "Food and Drug Administration"); not a company's or a bank's ("Citigroup and
# JPMorgan Chase Bank" are two), nor a university's ("Oxford and Cambridge University"), nor a chamber's
# ("the House and Senate" are two).
AND_INSTITUTION_WORDS = frozenset({*PUBLIC_BODY_WORDS, "Service", "Services", "Office", "Committee", "Board"})
# ANNOTATION §2: an abbreviated suffix keeps its period ("Acme Corp.", "Nordwind Co."), also where
# that period ends the sentence; dotted initials ("S.A.", "N.V.") keep their last one.
ABBREVIATED_SUFFIXES = frozenset({s.rstrip(".") for s in ORG_SUFFIXES if s.endswith(".")} | {
    "Cos", "Bros", "Mfg", "Bhd", "Pty", "Pte", "Assn", "Intl", "Cia", "Cie", "Ltda", "Ag", "Plc", "Dept",
    "Univ"})
DOTTED_INITIALS = re.compile(r"(?:^|\s)(?:[A-Z]\.){2,}$")


# Lowercase particles inside a company's or an institution's name in other languages ("Banca Monte dei
# Paschi di Siena S.p.A.", "Caisse des Dépôts", "Banco do Brasil S.A.", "Koninklijke Luchtvaart van Nederland").
NAME_PARTICLES = frozenset({"di", "dei", "del", "della", "delle", "de", "des", "du", "do", "da", "dos", "das", "van",
                            "von", "der", "den", "y", "e", "und", "et"})


def legal_key(word: str) -> str:
    """'S.A.' -> 'sa', 'Corp.,' -> 'corp': a word as LEGAL_FORM_KEYS writes it."""
    return word.lower().replace(".", "").strip(",")


# Words that join the parts of one name ("Procter & Gamble", "Becton Dickinson and Co").
JOINING_WORDS = frozenset({"and", "&"})


def strip_legal(words: list[str], corporate: bool = True) -> list[list[str]]:
    """['Acme', 'Holdings', 'Ltd'] -> [['Acme', 'Holdings', 'Ltd'], ['Acme', 'Holdings'], ['Acme']]:
    the name, then each shorter form as its last legal form (and, with CORPORATE, corporate
    word) comes off, with the comma before it (['Acme', 'Sciences,', 'Inc.'] -> ['Acme', 'Sciences']);
    the first word always stays."""
    drop = LEGAL_FORM_KEYS | CORPORATE_KEYS if corporate else LEGAL_FORM_KEYS
    forms = [words]
    while len(words) > 1 and legal_key(words[-1]) in drop:
        words = [*words[:-2], words[-2].removesuffix(",")]
        forms.append(words)
    return forms


# --- words around a name ---------------------------------------------------------------------
# Nouns that announce an organization's name right after them ("research firm Canalys").
ORG_TRIGGERS = (
    "firm", "company", "giant", "maker", "startup", "start-up", "operator", "retailer", "lender",
    "bank", "insurer", "carrier", "outlet", "publisher", "regulator", "agency", "consultancy",
    "conglomerate", "provider", "manufacturer", "brokerage", "automaker", "carmaker",
    "chipmaker", "supplier", "vendor", "newspaper", "broadcaster", "watchdog", "airline",
    "subsidiary", "rival", "unicorn", "e-tailer", "platform operator", "tracker", "venture",
)
# People whose employer news names after "at" ("analysts at Nordwind Securities", "an economist at
# Acme Bank"): the name after them is an organization's, whatever the ner reads (a place, a person).
ANALYST_NOUNS = ("analyst", "analysts", "economist", "economists", "strategist", "strategists")
# The people (as lemmas) whose employer a sentence names after "at" ("a trader at Nordwind Capital Markets", "an
# executive at Acme Asset Management"): that mention is the organization's, whatever the ner or a brand reads.
EMPLOYEE_NOUNS = frozenset({*ANALYST_NOUNS[::2], "trader", "banker", "broker", "dealer", "executive", "official",
                            "engineer", "researcher", "scientist", "manager", "partner", "spokesman", "spokeswoman",
                            "spokesperson", "director", "lawyer", "attorney", "consultant", "officer", "adviser", "advisor"})
# Trigger nouns that also open companies' names ("Bank Leumi", "Carrier Global", "Giant Eagle",
# "Venture Global"): at a sentence's start they may be the name's first word, no descriptor.
NAME_OPENING_TRIGGERS = frozenset({"bank", "carrier", "giant", "venture", "tracker", "outlet", "unicorn", "platform operator"})
# Trigger nouns written capitalised at a sentence's start before a company ("Rival Nordwind Co. said"): no part of its name.
SENTENCE_DESCRIPTORS = frozenset(ORG_TRIGGERS) - NAME_OPENING_TRIGGERS
# Nouns of medicines and farm chemicals that announce their name ("the antibiotic Zelrocin", "its weight-loss
# injection Trelzamab", "the herbicide Veltrazine"; after them "drug", "vaccine" below).
MEDICINE_TRIGGERS = ("antibiotic", "antidepressant", "antiviral", "painkiller", "treatment", "therapy", "medicine",
                     "medication", "pill", "injection", "antibody", "inhibitor", "herbicide", "pesticide",
                     "insecticide", "fungicide")
# Nouns that announce a product's name ("online collaboration app LinkNow").
PRODUCT_TRIGGERS = (
    "app", "apps", "application", "platform", "service", "tool", "software", "os", "browser",
    "assistant", "chatbot", "smartphone", "phone", "handset", "device", "tablet", "laptop",
    "console", "game", "model", "vaccine", "drug", "messenger", "website", "portal",
    "marketplace", "engine", "headset", "wearable", "smartwatch", "car", "sedan", "suv",
    "vehicle", "jet", "aircraft", "chip", "processor", "program", "programme", "framework",
    "library", "system", "version", "edition", "series", "product", "brand", *MEDICINE_TRIGGERS,
)
# Nouns before "service" that make it a public body's or an outlet's, no product's ("the statistics service
# Rosstat", "the security service FSB", "the news service Bloomberg"): the name after them is an ORG's.
PUBLIC_SERVICE_KINDS = frozenset({
    "statistics", "statistical", "security", "intelligence", "counterintelligence", "tax", "customs", "postal",
    "weather", "meteorological", "health", "migration", "immigration", "border", "civil", "news", "wire",
    "secret", "prison", "forestry", "veterinary", "antimonopoly", "employment", "pension", "sanitary",
})
# Nouns written after a product's name ("the Quill app" gives "Quill", ANNOTATION §2 PRODUCT).
PRODUCT_NOUNS = frozenset({
    "airliner", "app", "apps", "assistant", "browser", "camera", "car", "cars", "chatbot", "chip", "chips",
    "console", "drone", "drones", "drug", "earbuds", "ev", "evs", "game", "glasses", "handset", "headset",
    "headsets", "jet", "jetliner", "jets", "laptop", "microprocessor", "model", "operating", "os", "phone",
    "plane", "platform", "processor", "robot", "robotaxi", "rocket", "satellite", "smartphone", "smartwatch",
    "software", "spacecraft", "speaker", "tablet", "truck", "trucks", "tv", "vaccine", "watch",
})
# The nouns that make "operating" a product's noun after a name ("the Quill operating system"); before another
# noun it is a participle ("the Bell operating companies", "the Acme operating profit": names.
# _operating_not_system).
OPERATING_NOUNS = frozenset({"system", "systems"})
# After "the" and a name ("the Quill service"); the row product-the-name-app.
THE_PRODUCT_NOUNS = PRODUCT_NOUNS | {"service"}
# Consumer goods of business news after an owner and a brand's line ("its Air Jordan shoes", "its Birkin bags",
# "its Marlboro cigarettes"); a known company's name before them is their maker ("its Adidas sneakers").
CONSUMER_GOODS_NOUNS = frozenset({"shoes", "sneakers", "razor", "razors", "bags", "handbags", "cigarettes"})
# Nouns of a medicine's dose or a tobacco product right after a name, with no owner before it ("Vasotec
# tablets", "raised the price of Marlboro cigarettes"; the row product-dose-noun): the name is the product's.
DOSE_NOUNS = frozenset({"tablet", "tablets", "pill", "pills", "capsule", "capsules", "injections", "inhaler",
                        "inhalers", "cigarettes", "cigars"})
# "sales of Mevacor rose": the words before a name that make it what is sold (the row product-sales-of).
SALES_OF_NOUNS = frozenset({"sales", "shipments", "prescriptions"})
# "the maker of the Roomba", "the developer of Fortnite": the nouns of whoever makes a thing, before "of" and a
# name that is the whole object (the row product-maker-of): the thing made, in that mention, whatever the name
# is elsewhere in the article (a company named after its product).
MAKER_OF_NOUNS = frozenset({"maker", "makers", "manufacturer", "manufacturers", "developer", "developers",
                            "creator", "creators"})
# After an owner and a name ("its Quill dolls", "their Pixel phones"); the row product-owned-name-noun.
OWNED_PRODUCT_NOUNS = PRODUCT_NOUNS | {
    "computer", "computers", "device", "devices", "doll", "dolls", "drugs", "games", "phones", "toy", "toys",
    "laptops", "earphones", "headphones", "switches", "routers", "servers", "appliances", "workstation",
    "workstations", "suite", "service", "program", "range", "crackers", "cereal", "resin", *CONSUMER_GOODS_NOUNS}
# Singular nouns a model designation names ("the 486 chip"); a number before a plural is a count.
CODE_NOUNS = ("chip", "microprocessor", "processor", "cpu", "aircraft", "jet", "jetliner", "airliner", "plane",
              "spacecraft", "rocket", "machine", "computer", "freighter", "freighters")
# Nouns of a model's making, after its designation ("raise A320neo output", "737 production", "the 777X programme";
# the rows product-letter-code-output, product-code-output): uncountable, so digits before one name a model, where
# no noun follows ("500 production workers" is a count).
CODE_OUTPUT_NOUNS = ("output", "production", "program", "programme")
# Of CODE_NOUNS, those whose plural is the singular: digits alone before one are a count ("about 720 aircraft",
# "ordered 300 aircraft"), a designation only after a determiner, an owner, a count or a maker's name ("the 747
# aircraft", "its 777 aircraft", "20 777 aircraft", "Boeing 777 aircraft"; names._not_a_count).
INVARIANT_CODE_NOUNS = frozenset({"aircraft", "spacecraft"})
# The plurals among CODE_NOUNS, those and the others ("300 freighters" is a count, "20 777 freighters" a designation).
COUNTED_CODE_NOUNS = INVARIANT_CODE_NOUNS | {n for n in CODE_NOUNS if n.endswith("s") and n[:-1] in CODE_NOUNS}
# Nouns of a deal between parties, after their names joined by a hyphen ("the BellSouth-LIN agreement", "the
# Nordwind-Acme merger"): each name is a party's, an ORG (ANNOTATION §2: coordinated names are separate mentions).
DEAL_NOUNS = frozenset({"agreement", "agreements", "deal", "deals", "merger", "mergers", "pact", "accord", "talks",
                        "alliance", "partnership", "combination", "transaction", "tie-up", "venture", "takeover"})
# Words that compare two things ("Gemini beat GPT-4", "faster than ChatGPT", "Claude versus Copilot"): a name
# compared with a known product is a product too (names.NameResolver._product_cue).
COMPARISON_WORDS = frozenset({"than", "versus", "vs", "vs.", "beat", "beats", "outperformed", "outperforms", "outperform",
                              "surpassed", "surpasses", "rivals", "trails", "trailed", "overtook", "overtakes", "outsold",
                              "outsells"})
# Possessive endings, their own tokens ("Acme 's", "Airlines '"): an owner before them (spans.POSSESSIVES).
POSSESSIVES = frozenset({"'s", "\u2019s", "'", "\u2019", "s'"})
# Words that own or point to a product's name before it ("its Quill app", "the Quill app"); the row
# product-owned-name-noun. An apposition ("Quill, a chat app") is read after all but "our".
PRODUCT_DETERMINERS = ("its", "their", "his", "her", "our", "the", "a", "an")
APPOSITION_DETERMINERS = tuple(w for w in PRODUCT_DETERMINERS if w != "our")
# Category nouns written before a vehicle's name ("the shuttle Columbia", "the destroyer Cole"): the row
# product-vehicle-category takes the name after them.
VEHICLE_CATEGORY_NOUNS = frozenset({
    "shuttle", "orbiter", "spacecraft", "submarine", "warship", "battleship", "destroyer", "frigate"})
# Category words left off the start of a product's name ("the Space Shuttle Columbia" -> "Columbia").
VEHICLE_CATEGORY_WORDS = frozenset({"space", "shuttle", "orbiter", "spacecraft", "submarine", "warship"})
# The words of a code name, before the name or after it ("previously codenamed Redstone", "code-named Zelph", "their
# "Skylake" code-name"): what has a code name is a product in the making (a chip, an update, a device), no company.
# The Matcher's tokens: "code-named" is "code", "-", "named"; "codenamed" one token.
CODENAME_WORDS = frozenset({"codenamed", "codename", "codenames"})
CODENAME_TAILS = frozenset({"named", "name"})
# Verbs that give a name another ("Feishu - known internationally as Lark", "a firm called Acme").
ALIAS_VERBS = frozenset({"known", "called", "named", "dubbed", "branded", "renamed", "rebranded"})

# --- people and places the model reads as organizations (ANNOTATION §2 ORG: "Not: ... people") ---
# Words before a name that make it a person's ("astronaut Bertalan Farkas", "Mr. Unruh"):
# the model's ORG for such a name, and for its surname elsewhere in the article, is dropped.
HONORIFICS = frozenset({"Mr", "Mrs", "Ms", "Dr", "Sen", "Rep", "Gov", "Gen", "Col", "Capt", "Lt", "Sgt", "Prof", "Messrs",
                        "Mmes"})
PERSON_ROLE_NOUNS = frozenset({
    "astronaut", "analyst", "spokesman", "spokeswoman", "spokesperson", "chairman", "chairwoman",
    "president", "minister", "secretary", "senator", "governor", "lawyer", "attorney", "judge",
    "economist", "professor", "editor", "reporter", "columnist", "actor", "actress", "singer",
    "founder", "colonel", "general", "captain", "lieutenant", "sergeant",
    # titles written after an agency's or a company's name ("FAA Administrator Mike Whitaker")
    "administrator", "commissioner", "chair", "director", "deputy", "chief", "executive", "ceo",
    "cfo", "coo", "cto", "cio", "cmo", "officer", "manager",  # "Tesla's CFO", "its Chief Operating Officer"
}) | {form for h in HONORIFICS for form in (h.lower(), f"{h.lower()}.")}
# A government department's short name in a minister's title, after "Secretary of" or "Minister of"
# ("Secretary of State Antony Blinken", "Minister of Finance"): part of the
# person's title, no ORG (the department's own name, "the State Department", is one).
# The titles a department's short name follows after "of" ("Secretary of State", "Minister of Finance").
DEPARTMENT_TITLES = frozenset({"secretary", "secretaries", "minister", "ministers"})
# Titles whose every capitalised word before them names the minister's portfolio, no organization
# ("Russian Economic Development Minister Maxim Oreshkin"); not "secretary" ("UN Secretary-General").
PORTFOLIO_TITLES = DEPARTMENT_TITLES - {"secretary", "secretaries"}
TITLE_DEPARTMENTS = frozenset({"State", "Defense", "Defence", "War", "Energy", "Commerce", "Labor", "Labour", "Treasury",
                               "Agriculture", "Transportation", "Transport", "Education", "Interior", "Justice", "Health",
                               "Finance", "Homeland", "Veterans", "Housing", "Trade", "Foreign"})
# Capitalised words of a person's seat or a law before "of" and a body's name: no part of it ("Member of
# Parliament", "Speaker of the Assembly", "an Act of Congress" give the body alone, or no name).
SEAT_WORDS = frozenset({"Member", "Members", "Speaker", "Clerk", "Leader", "Inspector", "Superintendent", "Act", "Acts",
                        *(w.title() for w in PERSON_ROLE_NOUNS if w.isalpha())})
# Titles of a company's or an agency's officers: one inside the ner's ORG before a person's name
# ends the organization's name ("NTSB Chair Ann Lee", "Nordwind Chief Executive Ann Lee"); a head of
# state's or a minister's title follows a country's adjective as often ("Cuban President ..."): not here.
OFFICER_TITLES = frozenset({
    "administrator", "commissioner", "chair", "chairman", "chairwoman", "director", "deputy", "chief",
    "executive", "ceo", "founder", "spokesman", "spokeswoman", "spokesperson", "analyst", "economist",
})
# Nouns that head an apposition after a person's name ("Peacock, the former Liberal leader,"): the
# role nouns and those that also follow a company ("market leader Nvidia"), which only an apposition makes a person's.
APPOSITION_ROLE_NOUNS = PERSON_ROLE_NOUNS | {"leader", "premier", "mayor"}
# AP-style US state abbreviations: "Blue Bell, Pa., concern" names a town, not a company.
US_STATE_ABBREVIATIONS = frozenset({
    "Ala.", "Ariz.", "Ark.", "Calif.", "Colo.", "Conn.", "Del.", "Fla.", "Ga.", "Ill.", "Ind.", "Kan.",
    "Ky.", "La.", "Md.", "Mass.", "Mich.", "Minn.", "Miss.", "Mo.", "Mont.", "Neb.", "Nev.", "N.H.",
    "N.J.", "N.M.", "N.Y.", "N.C.", "N.D.", "Okla.", "Ore.", "Pa.", "R.I.", "S.C.", "S.D.", "Tenn.",
    "Vt.", "Va.", "Wash.", "W.Va.", "Wis.", "Wyo.", "D.C.",
})
# The US states' names written out: "in Hershey, Pennsylvania" names a town, not the company named like it
# (name_filters.town_named_like_company).
US_STATE_NAMES = frozenset({
    "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida",
    "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine",
    "Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska",
    "Nevada", "New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio",
    "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas",
    "Utah", "Vermont", "Virginia", "Washington", "West Virginia", "Wisconsin", "Wyoming",
})
# Nouns of a settlement: "the town of Hershey", "Eni, a village in the hills" name a place.
SETTLEMENT_NOUNS = frozenset({"town", "village", "city", "hamlet", "suburb", "township", "borough", "municipality",
                              "commune", "county"})
# Last words of facility names (OntoNotes FAC): a hotel or stadium is a place, not an organization.
FACILITY_WORDS = frozenset({"Hotel", "Casino", "Resort", "Stadium", "Arena", "Airport", "Bridge", "Tower", "Mall",
                            "Cathedral", "Basilica", "Mosque", "Palace",
                            # military sites: "Andrews Air Force Base", "Ramstein Air Base", "Wellington Barracks"
                            "Base", "Airbase", "Barracks", "Airfield"})
# Last words of the names of seas and coasts (OntoNotes LOC: "the Florida Straits", "the South China Sea", "the
# Persian Gulf"): a place, not an organization, after another word ("Sea" alone may be a company's short name).
PLACE_FEATURE_WORDS = frozenset({"Strait", "Straits", "Sea", "Ocean", "Gulf", "Peninsula"})
# A facility noun written after a name in lower case ("the Desert Inn resort", "the Marina hotel").
# Not "base": a service before it owns it ("a British Army base", "the Navy base").
FACILITY_NOUNS = frozenset(w.lower() for w in FACILITY_WORDS) - {"base"} | {"hotels", "casinos", "resorts", "inn", "club"}

# --- model numbers and designations (ANNOTATION §2 PRODUCT: "with its model number") ----------
# Edition words written after a product's name as its model ("iPhone 15 Pro"), the sizes of AI models
# ("Claude 3 Opus", "GPT-4o mini") among them.
MODEL_WORDS = ("Pro", "Max", "Plus", "Ultra", "Mini", "Lite", "SE", "XL", "Turbo", "Flash", "Nano", "Opus", "Sonnet",
               "Haiku", "mini")
# Edition words inside a product line's name: a product cue of two name words ("Surface Pro models",
# "Core Ultra chips", "Snapdragon X Elite laptops"; not "Boston Dynamics robots").
EDITION_WORDS = frozenset({*MODEL_WORDS, "Air", "Elite", "Fold", "Flip", "Note"})


def model_number(letters: int, words: tuple[str, ...] = MODEL_WORDS) -> str:
    """The model-number token: a number with up to LETTERS letters ('15', '3GS'), a letter and
    digits ('X1'), a version written with its 'v' ('v3', 'v2.5'), or an edition word of WORDS."""
    return rf"^(\d{{1,4}}[A-Za-z]{{0,{letters}}}|[A-Z]\d{{1,3}}|v\d{{1,2}}(?:\.\d{{1,2}})?|{'|'.join(words)})$"


# A version number after a known product ("Llama 3.1", "iOS 17.4"; names._with_model_number), and the words
# of a generation after its model number ("Snapdragon 8 Gen 3").
VERSION_NUMBER = r"^\d{1,2}\.\d{1,2}$"
# A trim's or variant's code in capitals after a model number ("Ram 1500 REV", "A350 XWB", "Galaxy S24 FE").
TRIM_CODE = r"^[A-Z]{2,4}$"
GENERATION_WORDS = ("Gen",)
# After a name a pattern found ("app LinkNow 2", the `model_number` token class).
MODEL_NUMBER_TOKEN = model_number(3)
# After a known product or a maker's model ("MacBook Air", "Windows 11", "iPhone 15 Pro").
MODEL_NUMBER = model_number(2, (*MODEL_WORDS, "Air"))
# A word in capitals with a plural 's' ("FAQs", "ETFs", "NGOs", "ATMs"): the plural of a common
# noun's abbreviation, no ORG and no PRODUCT (a name in capitals has no plural: "the NHS", "UPS";
# a maker's plural, "two BMWs", is its cars: names._acronym_plural leaves known names out).
ACRONYM_PLURAL = r"[A-Z]{2,}s"
# A model designation as a whole name (ANNOTATION §2: "the N90", "24 N90s", "N90-200LR",
# "A320neo", "T-34", "787"); not a year, and not one digit after a word, as TV channels and
# units are numbered ("BBC2", "VH1", "MI6": 54 such ORGs against 268 PRODUCTs in the train splits).
DESIGNATION = (r"^(?!(?:19|20)\d\ds?$)(?:\d{3,6}|[A-Z]{1,3}-?\d{2,5}[A-Za-z]{0,3}|[A-Z]-?\d[A-Za-z]{0,3}"
               r"|[A-Z]{1,3}-\d{1,5}[A-Za-z]{0,3})(?:-\d{1,4}[A-Za-z]{0,2})?s?$")
# Groups of nations named by their number of members: organizations, not designations.
NOT_DESIGNATIONS = frozenset({"G7", "G8", "G20", "G77", "G-7", "G-8", "G-20", "G-77"})
# Codes shaped like a designation that name no product (ANNOTATION §2: standards are not products):
# periods such as Q3, H1 or FY2024; school grades, K-12; visa classes such as H-1B, L-1 or EB-5;
# standards and rules such as ISO-9001, SHA-256, ARM64, Basel-3, USB4 or Euro-6; diseases such as
# Covid-19 or H5N1. The stems are read in any case.
# A credit rating's grade, S&P's and Fitch's ("AA", "BBB-") and Moody's ("Baa2", "Aa1"), and the words around
# it in news of ratings ("affirmed at AA", "cut to Baa2", "AA-rated bonds", "a BBB rating"): no ORG.
RATING_GRADE = r"^(?:AAA|AA|A|BBB|BB|B|CCC|CC|C|Aaa|Aa[1-3]|A[1-3]|Baa[1-3]|Ba[1-3]|B[1-3]|Caa[1-3]|Ca)[+-]?$"
RATING_BEFORE_WORDS = frozenset({"at", "to", "from", "rated", "rating", "ratings", "grade"})
RATING_AFTER_WORDS = frozenset({"rating", "ratings", "grade", "credit", "category"})
RATING_SENTENCE_WORDS = frozenset({"rating", "ratings", "rated", "rate", "rates", "downgrade", "downgraded", "downgrades",
                                   "upgrade", "upgraded", "upgrades", "affirmed", "affirms", "cut", "cuts", "lowered",
                                   "raised", "outlook", "notch", "notches", "moody", "moody's", "s&p", "fitch",
                                   "creditwatch", "investment-grade", "junk"})
NOT_PRODUCT_CODE = (r"^(?:[QH][1-4]|FY-?\d{2,4}|CY-?\d{2,4}|K-?12|(?:H-?[12][AB]?|L-?1[AB]?|O-?1[AB]?|EB-?[1-5]|"
                    r"J-?1|F-?1)|(?i:iso|iec|sha|arm|rfc|usb|ddr|lpddr|pcie|lte|ipv|basel|solvency|euro|mifid|"
                    r"covid|sars|mers|ebola|hiv|h\dn\d)-?\d[\w.-]*|H\dN\d)s?$")


def product_code(plural: bool = False) -> str:
    """A model designation that is a product's whole name: '80486', '747', 'DC-8', 'A320'
    (with PLURAL, '747s', and a lowercase suffix of up to three letters, 'A321neos'); not a
    year ('1990', '1990s')."""
    s = "s" if plural else ""
    suffix = "(?:[A-Za-z]|[a-z]{2,3})?" if plural else "[A-Za-z]?"
    return rf"^(?!(?:19|20)\d\d{s}$)(?:\d{{3,6}}|[A-Z]{{1,4}}-?\d{{1,5}}{suffix}){s}$"


PRODUCT_CODE = product_code()
PLURAL_PRODUCT_CODE = product_code(plural=True)
# After an owner or a count word: not a century ("the 1800s"); after "the": one with a letter ("the A321neos").
OWNED_PLURAL_CODE = r"^(?!\d*00s$)" + PLURAL_PRODUCT_CODE[1:]
LETTER_PLURAL_CODE = r"^(?=.*[A-Za-z].*s$)(?=[A-Z])" + PLURAL_PRODUCT_CODE[1:]
# A variant number after a designation and its hyphen ('777-9', '737-800'; the row
# product-code-variant-noun), and in the plural ('777-9s', '737-800s').
CODE_VARIANT = r"^\d{1,4}[A-Za-z]?$"
PLURAL_CODE_VARIANT = r"^\d{1,4}[A-Za-z]{0,3}s$"
# A versioned name: a designation with a lowercase suffix ('GPT-4o') or a capitalised word and a
# version number ('Phi-3', 'Llama-3.1'); a product where it is launched, released or used
# (DESIGNATION, or this, as a product verb's object: the row product-designation-object).
VERSIONED_NAME = r"^[A-Z][a-z]{1,5}-\d{1,3}(?:\.\d)?[a-z]{0,2}$"
# The token of such a name: a designation with a letter in it, or a versioned name (the row
# product-designation-object; NOT_PRODUCT_CODE is none).
VERSIONED_CODE = r"^(?=.*[A-Za-z])" + DESIGNATION[1:] + "|" + VERSIONED_NAME
# A designation that begins with capital letters ("A350", "A321XLR", "F-150", "MI300X", "T-72"):
# a model, never a count, where a noun of the machines it names follows, plural too ("20 A350-1000 jets").
LETTER_CODE = r"^[A-Z]{1,4}-?\d{1,5}[A-Za-z]{0,3}$"
# Nouns of the machines such a designation names (singular; machine_nouns adds plurals).
DESIGNATION_NOUNS = (
    "jet", "jetliner", "airliner", "plane", "airplane", "helicopter", "fighter", "bomber", "drone", "rocket",
    "missile", "satellite", "engine", "chip", "chipset", "processor", "microprocessor", "cpu", "gpu", "accelerator",
    "phone", "smartphone", "handset", "laptop", "notebook", "tablet", "computer", "console", "camera", "car",
    "sedan", "suv", "truck", "pickup", "van", "tank", "rifle", "pistol", "submarine", "locomotive", "model",
    "vehicle", "howitzer", "interceptor", "freighter",
)
# Nouns of weapons, after a weapon's name ("the Sherman tank", "Hellfire missiles", "the Lee-Enfield rifle",
# "Leopard 2 tanks"; the row product-weapon-noun), with the words of their kind between ("the Sten submachine
# gun", "the Tomahawk cruise missile", "the Javelin anti-tank missile": WEAPON_MODIFIERS).
WEAPON_NOUNS = ("rifle", "carbine", "pistol", "revolver", "shotgun", "gun", "cannon", "howitzer", "mortar", "missile",
                "torpedo", "tank", "grenade", "launcher",
                # and the military and civil machines named so ("AH-64E Apache helicopters", "MQ-9 Reaper drones",
                # "Eurofighter Typhoon jets", "Shahed drones"; ANNOTATION §2: vehicles are products). Not "fighters",
                # which are also people ("Wagner fighters"): "fighter jets" is read by its "jets".
                "helicopter", "jet", "warplane", "bomber", "drone", "interceptor", "warship", "frigate", "destroyer",
                "submarine",
                # a vehicle after the words of its kind ("Lynx infantry fighting vehicles", "Boxer armoured vehicles")
                "vehicle")
WEAPON_NOUN_FORMS = frozenset({*WEAPON_NOUNS, *(f"{n}s" for n in WEAPON_NOUNS), "torpedoes"})
# Of those, the nouns of any vehicle, a weapon only after the words of its kind (WEAPON_MODIFIERS; names._a_weapon).
GENERAL_VEHICLE_NOUNS = frozenset({"vehicle", "vehicles"})
WEAPON_MODIFIERS = frozenset({
    "machine", "submachine", "sub", "assault", "sniper", "battle", "service", "cruise", "ballistic", "anti", "tank",
    "aircraft", "ship", "air", "surface", "to", "-", "heavy", "light", "medium", "main", "field", "infantry",
    "recoilless", "self", "propelled", "amphibious", "semi", "automatic", "bolt", "action", "rocket", "guided",
    "attack", "multiple", "launch", "hypersonic", "supersonic", "intercontinental", "anti-tank", "anti-aircraft",
    "anti-ship", "air-to-air", "surface-to-air", "self-propelled", "semi-automatic", "bolt-action", "shoulder",
    "fired", "man", "portable", "fighter", "combat", "stealth", "military", "transport", "tanker",
    "reconnaissance", "surveillance", "unmanned", "armed", "fighting", "armored", "armoured"})
# Nouns after a weapon's noun that make the two one noun of the weapon ("the Patriot missile system").
WEAPON_SYSTEM_NOUNS = frozenset({"system", "systems", "battery", "batteries", "launcher", "launchers"})
# Designation nouns that also name people or units ("Islamic State fighters", "suicide bombers"):
# after a designation the machine ("F-16 fighters"), after a name no product line.
PERSON_OR_UNIT_NOUNS = frozenset({"fighter", "bomber"})
# Nouns of the machines a product line names, after the line's name ("Quill Pro models", "its Falcon
# GPUs", the rows product-line-noun*): the designation nouns and a few more kinds of device.
LINE_NOUNS = (*(n for n in DESIGNATION_NOUNS if n not in PERSON_OR_UNIT_NOUNS), "device", "robot", "speaker",
              "headset", "smartwatch", "watch", "server", "workstation")


def machine_nouns(singulars: tuple[str, ...]) -> frozenset[str]:
    """The forms of nouns of machines: each singular, its plural, and the nouns whose plural is the singular."""
    return frozenset({*singulars, *(f"{n}s" for n in singulars), "aircraft", "spacecraft"})


DESIGNATION_NOUN_FORMS = machine_nouns(DESIGNATION_NOUNS)
LINE_NOUN_FORMS = machine_nouns(LINE_NOUNS)
# Last words of a company's unit after its brand: a region, a channel, a maker's division ("Kia America",
# "Samsung Electronics America", "the Roku Channel", "Safran Aircraft Engines"): the unit, an ORG, not the
# brand's product.
UNIT_WORDS = frozenset({
    "America", "Americas", "Europe", "Asia", "Pacific", "Africa", "China", "India", "Japan", "Korea", "Canada",
    "Australia", "UK", "U.K.", "US", "U.S.", "USA", "Germany", "France", "Italy", "Spain", "Brazil", "Mexico",
    "Worldwide", "Channel", "Engines", "Aviation", "Aerospace", "Automotive", "Defense", "Defence",
    # an exchange's ("the Nasdaq Stock Market", "Cboe Global Markets"; ANNOTATION §2: exchanges are ORGs)
    "Market", "Markets"})
# Stock exchanges: where a company lists its shares ("listed on the New York Stock Exchange", "listed on
# Nasdaq"), no marketplace the verb puts goods on ("listed on Etsy"; name_cues.PLATFORM_VERBS). A name ending
# in an exchange's word, or one of these, written alone (same source as org_names.txt: general knowledge).
EXCHANGE_WORDS = frozenset({"Exchange", "Exchanges", "Bourse", "Market", "Markets"})
EXCHANGE_NAMES = frozenset({"Nasdaq", "NYSE", "Euronext", "LSE", "TSX", "ASX", "SGX", "HKEX", "JPX", "Cboe", "AMEX",
                            "Amex", "Xetra", "KOSDAQ", "Kosdaq", "BSE", "NSE", "JSE", "B3", "Tadawul", "SIX",
                            "NASDAQ", "TSXV", "OTC", "OTCQX", "OTCQB"})
# Capitalised words after a known company's name that make the two one unit's name, a company of its group
# ("Samsung Biologics", "Samsung SDI", "LG Display", "Take-Two Interactive", "Lockheed Martin Space", "Airbus
# Defence and Space", "Costco Wholesale", "Bloomberg Television"): an ORG, no maker + model, nor the parent alone.
COMPANY_UNIT_WORDS = frozenset({
    "Display", "Biologics", "Bioepis", "SDI", "SDS", "Interactive", "Space", "Television", "Wholesale", "Defence",
    "Industrie", "International",
    "Defense", "Shipbuilding", "Engineering", "Chemical", "Chemicals", "Steel", "Heavy", "Construction",
    "Logistics", "Aerospace", "Aviation", "Automotive", "Mobility", "Robotics", "Biosciences", "Therapeutics"})
# Nouns of a company's business after its name, with the kind of business between ("its Emery shipping
# business", "Control Data's Imprimis disk-drive business", "a Hostess cake bakery", "the GM Hughes unit"):
# the name is the unit's, a brand operated as a business unit, an ORG (ANNOTATION §2), not a product;
# a known product stays one ("the iPhone business"). Not "plant", "factory": a product line is made there.
BUSINESS_UNIT_NOUNS = frozenset({"business", "businesses", "unit", "units", "division", "divisions", "subsidiary",
                                 "subsidiaries", "arm", "operations", "bakery", "bakeries"})
# Lowercase words between such a name and its unit noun: the kind of business ("shipping", "disk-drive").
BUSINESS_KIND_WORDS = 3
# Words before a name that count what follows it: "units" after them are devices ("fewer Quest 3 headset
# units", "2 million Galaxy units"), not a business unit.
COUNT_WORDS = frozenset({"more", "fewer", "millions"})
# Lowercase nouns after a law's name: "the Racketeer Influenced and Corrupt Organizations law", "the Dodd-Frank act".
LAW_NOUNS = frozenset({"law", "laws", "act", "statute", "statutes", "bill", "treaty", "directive", "ordinance", "amendment"})
# Last words of armed and public services, the owners of the machines after them ("U.S. Navy submarine").
SERVICE_WORDS = frozenset({"Army", "Navy", "Force", "Guard", "Corps", "Marines", "Police"})
# Words before a one-name line that make it one: an owner ("its Falcon GPUs", "Acme's Falcon GPUs") or
# "new" ("new Falcon GPUs"); not an article ("The Taliban fighters"). Possessives are POSSESSIVES.
LINE_OWNERS = (*(w for w in PRODUCT_DETERMINERS if w not in ("the", "a", "an")), "new", *sorted(POSSESSIVES))
# Possessive pronouns a company is written with (of PRODUCT_DETERMINERS): before one name and a noun
# of machines the name is the company's product line, where the ner reads a person ("its Blackwell
# GPUs", "their Qwen models").
COMPANY_PRONOUNS = tuple(w for w in PRODUCT_DETERMINERS if w in ("its", "their"))
# Words before a plural designation that make it the machines, not a count ("its 737-800s",
# "more A321neos"; after a number, "50 777-9s"); after "the" only a designation with a letter
# ("the A321neos"; "in the 110s" is a temperature).
PLURAL_CODE_BEFORE = (*LINE_OWNERS, "more", "fewer", "several", "many", "other", "older", "remaining")
# Nouns after a designation that make it no product: an event or body of a group of nations
# ("the G20 summit", "G7 leaders"; the group itself may be an ORG, ANNOTATION §2 modifier).
# Nouns a numbered group, team, band or league takes, a model never does ("the Bundesliga 2 club",
# "the Maroon 5 concert"; not "games": "the Quest 2 games" are the model's).
GROUP_NOUNS = frozenset({"club", "clubs", "team", "teams", "squad", "side", "league", "band", "concert", "concerts",
                         "tour", "album", "albums", "championship", "fans", "cup"})
# The same words capitalised after a known name end a league's, a tour's or a team's name, no product's or
# company's ("the Overwatch League", "the Capcom Pro Tour", "Capcom Cup").
GROUP_NAME_WORDS = frozenset(w.title() for w in GROUP_NOUNS)
# The small words of a title, written in lower case inside it ("Tears of the Kingdom"; names._with_subtitle).
TITLE_SMALL_WORDS = frozenset({"of", "the", "and", "a", "an", "in", "on", "for", "to", "at"})
NOT_PRODUCT_NOUNS = frozenset({
    "summit", "summits", "meeting", "meetings", "talks", "leaders", "conference", "ministers", "nations",
    "countries", "members", "economies", "forum", "bloc", "communique", "declaration", "presidency"})
# Capitalised words numbered as things that are no product: laws and their parts, stages, classes, places,
# routes, flights, channels ("the Chapter 11 filing", "the Phase 3 trial", "the Terminal 5", "the Formula 1
# season"); the row product-the-name-number ("the Ioniq 5", "the Quest 2") takes none of them. Not "Type":
# weapons are named so ("the Type 055 destroyer").
NUMBERED_WORDS = frozenset({
    "Chapter", "Section", "Title", "Article", "Proposition", "Prop", "Amendment", "Rule", "Act", "Schedule",
    "Annex", "Appendix", "Exhibit", "Form", "Item", "Note", "Page", "Figure", "Table", "Part", "Volume", "No",
    "Number", "Phase", "Stage", "Step", "Level", "Class", "Tier", "Category", "Grade", "Week", "Day",
    "Year", "Round", "Game", "Match", "Leg", "Season", "Episode", "Series", "Gate", "Terminal", "Platform",
    "Pier", "Route", "Highway", "Interstate", "Road", "Street", "Flight", "Line", "Track", "Room", "Building",
    "Unit", "Block", "Lot", "Zone", "Area", "District", "Ward", "Precinct", "Region", "Sector", "Station",
    "Camp", "Reactor", "Formula", "Channel", "Group", "Local", "Top", "Big", "Pillar", "Division", "Fleet",
    "Squadron", "Brigade", "Battalion", "Company", "Corps", "Army",
})
# Nouns of a named feature of an interface or a device, after its name ("the Start menu", "the Action
# button"): the name is the feature's, no product or company (ANNOTATION §2: named features are none).
FEATURE_NOUNS = frozenset({"menu", "button", "key", "bar", "tab", "icon", "toolbar", "widget", "feature", "features",
                           "mode", "setting"})
# Words that end an online store's name (ANNOTATION §2: "the Quill Store" gives "Quill Store"; the row
# product-store-name). Not "Shop": a shop is a business ("the Stove Shop", a dealership), or inside a name
# ("Pet Shop Boys").
# The last word of a law's or an event's name: no ORG, no PRODUCT (ANNOTATION §2; OntoNotes
# LAW and EVENT: "the Digital Markets Act", "the CHIPS Act", "the Dubai Airshow").
# An event's: a trade show's, a summit's, an awards' ("the Paris Air Show", "the Web Summit", "the Game
# Awards"); not "Fair" ("Vanity Fair"), "Games" ("Epic Games"), "Conference" (a league: "Big Ten Conference").
EVENT_WORDS = frozenset({"Airshow", "Expo", "Olympics", "Festival", "Show", "Summit", "Awards"})
LAW_AND_EVENT_WORDS = frozenset({"Act", "Acts", "Bill", "Treaty", "Directive"}) | EVENT_WORDS
# Lowercase nouns of a trade fair after its name, with up to EVENT_KIND_WORDS lowercase words of its kind
# between ("the IFA expo", "the MWC trade fair", "the IFA consumer electronics fair"): the name is the event's.
# A show only right after a trade fair's kind, SHOW_KINDS ("the Computex trade show", "the IFA tech show"):
# "the Netflix show", "an Acme cooking show" are a company's programme; not "conference" ("the JPMorgan
# healthcare conference" is the bank's).
EVENT_NOUNS = frozenset({"expo", "expos", "fair", "fairs", "exhibition", "airshow"})
SHOW_NOUNS = frozenset({"show", "shows"})
SHOW_KINDS = frozenset({"trade", "tech", "technology", "electronics", "auto", "motor", "air", "car", "boat"})
EVENT_KIND_WORDS = 3
STORE_WORDS = ("Store", "Marketplace", "Appstore")
# Nouns of medicines, heading an apposition after a drug's name ("Journavx, a non-opioid painkiller").
DRUG_NOUNS = (*MEDICINE_TRIGGERS, "shot", "jab")  # not before a name: a photograph's, a punch's
# Nouns that head an apposition after a product's name (the row product-apposition: "Figure 03, a humanoid robot",
# "Barracuda-500, a low-cost cruise missile", "Zyra, an AI coding assistant"): the trigger nouns, the nouns of
# machines and weapons, and of medicines; where one heads the phrase ('Vantorix, a software company' is a company).
APPOSITION_PRODUCT_NOUNS = frozenset({*PRODUCT_TRIGGERS, *LINE_NOUNS, *WEAPON_NOUNS, *DRUG_NOUNS, "humanoid", "database"}
                                     - {"tank"})  # "Brookings, a think tank"
# Nouns that head an apposition after a company's name (the row org-apposition: "Kolvex, a Berlin-based maker of
# drones", "Pinbright, a start-up", "Hoxley, a unit of Acme Corp."): the trigger nouns but those that also name a
# ship, a device or a person's rival ("a carrier", "a fitness tracker", "a rival of ..."), and the nouns of a company's
# parts; where one heads the phrase ("Kolvex, a company spokesman" is a person's).
APPOSITION_ORG_NOUNS = frozenset({*ORG_TRIGGERS, "unit", "division", "affiliate", "spinoff", "spin-off", "developer",
                                  "designer", "drugmaker", "steelmaker", "planemaker", "toymaker", "homebuilder",
                                  "shipbuilder", "refiner", "miner", "utility", "chain", "fintech", "partnership",
                                  "cooperative"} - {"carrier", "tracker", "rival", "platform operator"})
# Of those, the nouns of people too ("Lane, a property developer", "a fashion designer", "a film maker"): after a name
# the ner reads as a person or a place, no company's noun.
APPOSITION_PERSON_NOUNS = frozenset({"maker", "developer", "designer", "operator", "publisher", "supplier", "vendor", "giant",
                                     "provider", "venture", "outlet", "watchdog", "miner", "refiner", "homebuilder"})
# Their last words where a hyphen joins them ("start-up" is three tokens, "start", "-", "up"): the row's last token.
APPOSITION_ORG_TAILS = frozenset(noun.rsplit("-", 1)[-1] for noun in APPOSITION_ORG_NOUNS)
# Of those, the nouns of people too ("Kate Lane, a fashion model", "a personal assistant"): after a name the ner
# reads as a person, no product's noun.
PERSON_PRODUCT_NOUNS = frozenset({"model", "assistant", "speaker", "series", "brand", "program", "programme"})
# Verbs whose object a company makes public as its new product ("Snowflake unveiled Polaris Catalog", "it
# launched Vellum"; the row product-launch-object): forms, as the Matcher reads words.
LAUNCH_VERB_FORMS = frozenset({f"{stem}{end}" for stem in ("launch", "unveil", "debut") for end in ("", "s", "ed", "ing")}
                              | {"introduce", "introduces", "introduced", "introducing", "release", "releases", "released",
                                 "releasing", "roll", "rolled", "rolling", "rolls"})
# The words between a launch verb and its object's name ("unveiled the new ...", "launched its ..."; the row
# product-launch-object).
LAUNCH_OBJECT_DETERMINERS = ("the", "its", "their", "a", "an", "new")

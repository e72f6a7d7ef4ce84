"""DATE finding and normalization, table-driven from ANNOTATION.md §2-§3.

Each row runs the whole pipeline on a sentence and checks the DATE mention whose text is
EXPRESSION: its span (governing preposition outside, modifiers inside) and its value,
resolved against PUBLISHED and the tense of the sentence.
"""

from __future__ import annotations

from datetime import date

import pytest

from extract.normalize.date_context import DateContext
from extract.normalize.dates import normalize_date, point_from_timex, read_date
from extract.normalize.timex import TimePoint

P1 = date(2022, 10, 22)  # a Saturday
P2 = date(2021, 1, 3)  # a Sunday
P3 = date(1998, 2, 13)  # a Friday
P4 = date(2019, 6, 3)  # a Monday
P5 = date(2023, 2, 10)

DATE_CASES = [  # (sentence, expression, published, timex, mod)
    # explicit days
    ("The deal closed on October 16, 2022.", "October 16, 2022", P1, "2022-10-16", None),
    ("The plant opened on 3 March 2015.", "3 March 2015", P1, "2015-03-03", None),
    ("Shares fell on Jan. 5, 2021.", "Jan. 5, 2021", P1, "2021-01-05", None),
    ("The filing, dated 3/15/2013, was made public.", "3/15/2013", P1, "2013-03-15", None),
    ("The order was signed on 15/03/13.", "15/03/13", P1, "2013-03-15", None),
    ("The ruling of 15.03.2013 was appealed.", "15.03.2013", P1, "2013-03-15", None),
    ("The data were published on 2013/03/18.", "2013/03/18", P1, "2013-03-18", None),
    # ISO 8601 timestamps in text are one DATE of the day they name (issue 19)
    ("The notice was posted at 2022-10-22T08:00:00Z by the agency.", "2022-10-22T08:00:00Z", P1, "2022-10-22", None),
    ("Updated 2022-10-21T23:30:00-05:00 with new figures.", "2022-10-21T23:30:00-05:00", P1, "2022-10-21", None),
    ("The company was founded on December 1st, 1999.", "December 1st, 1999", P1, "1999-12-01", None),
    ("Markets were closed on July 4, 1998.", "July 4, 1998", P3, "1998-07-04", None),
    ("Revenue for the year ended March 31, 2022, rose.", "March 31, 2022", P1, "2022-03-31", None),
    ("The shares rose 5% on Monday, October 17.", "Monday, October 17", P1, "2022-10-17", None),
    # month and day, the year from P and the tense (§3 resolution)
    ("Registrations stopped on October 16.", "October 16", P1, "2022-10-16", None),
    ("The service will end on December 16.", "December 16", P1, "2022-12-16", None),
    ("The service will end on January 10.", "January 10", P1, "2023-01-10", None),
    ("The store opened on November 30.", "November 30", P1, "2021-11-30", None),
    ("Results are due on October 25.", "October 25", P1, "2022-10-25", None),
    ("The talks resumed on Feb. 2.", "Feb. 2", P3, "1998-02-02", None),
    ("The vote will take place on March 3.", "March 3", P3, "1998-03-03", None),
    ("The report was released on 12 January.", "12 January", P2, "2020-01-12", None),
    ("The vaccine rollout will start on 12 January.", "12 January", P2, "2021-01-12", None),
    ("Trading was halted on December 28.", "December 28", P2, "2020-12-28", None),
    ("The law took effect on 1 July.", "1 July", P1, "2022-07-01", None),
    ("The review is scheduled for Sept. 30.", "Sept. 30", P1, "2023-09-30", None),
    ("Earnings will be released on Oct. 28.", "Oct. 28", P1, "2022-10-28", None),
    ("Huawei announced that as of October 16, Link Now will no longer accept registrations.", "October 16", P1, "2022-10-16", None),
    # the tense reaches a date through the one noun it modifies, and not past "until"/"through"
    ("The doctor was shot on the night of Oct. 23.", "Oct. 23", P4, "2018-10-23", None),
    ("Police have gathered evidence in the October shooting.", "October", P4, "2018-10", None),
    ("The crew will fly a mission in December.", "December", P3, "1998-12", None),
    ("The court suspended the injunction issued Thursday.", "Thursday", P4, "2019-05-30", None),
    ("The bank extended the loans through January.", "January", P1, "2023-01", None),
    ("The regulator gave no reason for the Jan. 14 deadline.", "Jan. 14", P1, "2023-01-14", None),
    # a date a verb schedules lies ahead; one set as a deadline is the nearest
    ("The deal is scheduled to close Monday.", "Monday", date(1989, 11, 2), "1989-11-06", None),
    ("The agency has scheduled a news conference Thursday.", "Thursday", P1, "2022-10-27", None),
    ("Protesters planned a large demonstration on Saturday.", "Saturday", P5, "2023-02-11", None),
    ("The shares are to resume trading in Paris Tuesday.", "Tuesday", P3, "1998-02-17", None),
    ("Officials postponed until Tuesday any action on the permit.", "Tuesday", P3, "1998-02-17", None),
    ("The company has set Nov. 10 as the deadline for bids.", "Nov. 10", P1, "2022-11-10", None),
    # the tense climbs through chained prepositions and "up/down from"
    ("Crane holds 504,200 shares, including 254,200 bought from Sept. 14 to Thursday.", "Thursday",
     date(1989, 10, 30), "1989-10-26", None),
    ("Volume was 840.8 million shares, up from 443.6 million Thursday.", "Thursday", date(1989, 10, 30),
     "1989-10-26", None),
    ("On Friday, the government planned to pay the families.", "Friday", P1, "2022-10-21", None),
    ("The index ended near its record high set on Aug. 6.", "Aug. 6", P3, "1997-08-06", None),
    ("The issue is expected to dominate a NATO summit set for Washington in April.", "April", date(1999, 3, 12), "1999-04", None),
    ("The company expects to report a loss for the third quarter.", "the third quarter", P1, "2022-Q3", None),
    # a date between a reporting verb and its clause's subject is when it was said, not when it happens
    ("The carrier said in December it would cut 300 jobs.", "December", P1, "2021-12", None),
    ("The carrier said in December it will cut 300 jobs.", "December", P1, "2021-12", None),
    ("The carrier said it will cut 300 jobs in December.", "December", P1, "2022-12", None),
    # months
    ("In August, the founder warned employees.", "August", P1, "2022-08", None),
    ("The firm registered 180 million users in January.", "January", P1, "2022-01", None),
    ("The speech was delivered in November.", "November", P2, "2020-11", None),
    ("The chairman said in September that supplies were enough.", "September", P2, "2020-09", None),
    ("The product will launch in March.", "March", P1, "2023-03", None),
    ("The company plans to list in December.", "December", P1, "2022-12", None),
    ("Sales rose in October.", "October", P1, "2022-10", None),
    ("The user base reached 500 million last October.", "last October", P1, "2021-10", None),
    ("Prices rose this October.", "this October", P1, "2022-10", None),
    ("The plan takes effect next March.", "next March", P1, "2023-03", None),
    ("Sales jumped in May 2021.", "May 2021", P1, "2021-05", None),
    ("The merger closed in September of 2019.", "September of 2019", P1, "2019-09", None),
    ("The strike started in February 2021.", "February 2021", P1, "2021-02", None),
    ("The regulator approved the deal this month.", "this month", P1, "2022-10", None),
    ("The regulator will rule next month.", "next month", P1, "2022-11", None),
    ("Shipments fell last month.", "last month", P1, "2022-09", None),
    # years
    ("In 2021, the workforce fell by 2,000.", "2021", P1, "2021", None),
    ("It was the first decline since 2008.", "2008", P1, "2008", None),
    ("Copyright (c) 2022. All rights reserved.", "2022", P1, "2022", None),
    ("Huawei said last year that it had grown.", "last year", P1, "2021", None),
    ("The market shrank last year.", "last year", P2, "2020", None),
    ("The app will be rolled out this year.", "this year", P2, "2021", None),
    ("Profits will recover next year.", "next year", P1, "2023", None),
    ("Revenue doubled in fiscal 2021.", "fiscal 2021", P1, "2021", None),
    ("Sales in the 2021 fiscal year rose.", "the 2021 fiscal year", P1, "2021", None),
    # a fiscal year across two calendar years is named by the one it ends in, as "FY22" names it
    ("Revenue rose 12% in fiscal 2021-22.", "fiscal 2021-22", P1, "2022", None),
    ("Profit fell in FY2021-22, the company said.", "FY2021-22", P1, "2022", None),
    ("Exports grew in the 2021-22 financial year.", "the 2021-22 financial year", P1, "2022", None),
    ("Output rose 4% in FY21-22 on higher demand.", "FY21-22", P1, "2022", None),
    ("The unit earned more in FY2021/22 than forecast.", "FY2021/22", P1, "2022", None),
    ("Profits fell in each of the past three years.", "the past three years", P1, "P3Y", None),
    ("The trial is expected to last several weeks.", "several weeks", P1, "PXW", None),
    ("The storm will last two days.", "two days", P1, "P2D", None),
    ("The plan covers the next 18 to 24 months.", "the next 18 to 24 months", P1, "P18M", "EQUAL_OR_MORE"),
    ("Exports rose in the January-March quarter.", "the January-March quarter", P1, "2022-Q1", None),
    ("GDP grew in the July\u2013September quarter of 2012.", "the July\u2013September quarter of 2012", P1, "2012-Q3",
     None),
    ("Sales fell in the April-June period.", "the April-June period", P1, "2022-Q2", None),
    ("Sales rose in the July to December half.", "the July to December half", P1, "2022-H2", None),
    ("Growth slowed in the second half of fiscal 2012.", "the second half of fiscal 2012", P1, "2012-H2", None),
    ("Prices will rise in the second half of the decade.", "the second half of the decade", P1, "202", "END"),
    ("Sales were flat in the last half of the '80s.", "the last half of the '80s", P1, "198", "END"),
    ("The city grew in the first half of the 1990s.", "the first half of the 1990s", P1, "199", "START"),
    ("Its first album came out in '99.", "'99", P1, "1999", None),
    ("The market will close on Good Friday.", "Good Friday", date(2013, 3, 22), "2013-03-29", None),
    ("Stores reopened after Easter.", "Easter", date(2019, 5, 2), "2019-04-21", None),
    ("Sales jumped on Easter Monday 2012.", "Easter Monday 2012", P1, "2012-04-09", None),
    ("Pilgrims arrived as Holy Week began.", "Holy Week", date(2000, 4, 17), "2000-W16", None),
    ("The fund returned 5% over the trailing 12 months.", "the trailing 12 months", P1, "P12M", None),
    ("The index rose 2% in the week ending March 15.", "the week", date(2013, 3, 22), "2013-W11", None),
    ("The offer expires a week from today.", "a week from today", P1, "2022-10-29", None),
    ("The budget year, which begins Oct. 1, must be funded.", "Oct. 1", date(2013, 3, 22), "2013-10-01", None),
    ("Congress reconvenes Jan. 24.", "Jan. 24", date(2000, 1, 13), "2000-01-24", None),
    ("The appointment takes effect Nov. 13.", "Nov. 13", date(2013, 3, 22), "2013-11-13", None),
    ("The company takes a charge in the third quarter.", "the third quarter", date(2013, 11, 22), "2013-Q3", None),
    ("The rights, which expire Nov. 21, can be exercised.", "Nov. 21", date(1989, 11, 2), "1989-11-21", None),
    ("Shops were shut on Christmas Day, 1998.", "Christmas Day, 1998", P1, "1998-12-25", None),
    ("Police arrived on March 3; the next day the suspect fled.", "the next day", P1, "2022-03-04", None),
    ("The suspect fled on March 3 and was caught the following morning.", "the following morning", P1, "2022-03-04",
     None),
    ("He appeared in court the next morning.", "the next morning", P1, "2022-10-23", None),
    ("The company expects FY2023 sales to rise.", "FY2023", P1, "2023", None),
    ("Margins will widen in FY24, the company said.", "FY24", P1, "2024", None),
    ("In 1998, the bank collapsed.", "1998", P3, "1998", None),
    ("Output will double by 2025.", "2025", P1, "2025", None),
    ("The firm has operated since 1987.", "1987", P1, "1987", None),
    ("The figures for 2020 were revised.", "2020", P1, "2020", None),
    # modifiers (§3 mod)
    ("WeLink was launched in late 2019.", "late 2019", P1, "2019", "END"),
    ("Since mid-2019, it has been banned.", "mid-2019", P2, "2019", "MID"),
    ("Late last year, the company sold Honor.", "Late last year", P2, "2020", "END"),
    ("The market was worth 26 trillion yuan at the end of last year.", "the end of last year", P1, "2021", "END"),
    ("Prices peaked in early 2020.", "early 2020", P1, "2020", "START"),
    ("The plant will open at the beginning of next year.", "the beginning of next year", P1, "2023", "START"),
    ("Demand slowed in the middle of 2021.", "the middle of 2021", P1, "2021", "MID"),
    ("Sales rose earlier this year.", "earlier this year", P1, "2022", "START"),
    # "earlier"/"later" order events within a weekday or week: no mod, and outside the span (TimeML)
    ("Earlier Friday, lawyers filed a petition.", "Friday", P3, "1998-02-13", None),
    # ... before a deictic day they are part of the date, its START/END (TBAQ "Earlier yesterday" START)
    ("The court will rule later today.", "later today", P3, "1998-02-13", "END"),
    ("Earlier today, the regulator fined the bank.", "Earlier today", P1, "2022-10-22", "START"),
    ("The union said earlier yesterday that talks had failed.", "earlier yesterday", P1, "2022-10-21", "START"),
    ("Late yesterday, the board named a new chief.", "Late yesterday", P1, "2022-10-21", "END"),
    ("Late Monday, the board named a new chief.", "Monday", P1, "2022-10-17", None),
    ("Police came on Friday. Earlier that day, the guards had left.", "Earlier that day", P3, "1998-02-13", None),
    ("She fled to Florida in June 1998 and returned to Cuba later that year.", "later that year", P1, "1998", None),
    ("Herbicide use was delayed earlier in the year by heavy rains.", "earlier in the year", P1, "2022", "START"),
    ("The plant will reopen late in 2023.", "late in 2023", P1, "2023", "END"),
    ("The agency said earlier this week that it would act.", "this week", P1, "2022-W42", None),
    ("Prices rose earlier this month.", "earlier this month", P1, "2022-10", "START"),  # a month keeps it
    ("Shipments resumed in early December.", "early December", P1, "2021-12", "START"),
    # the period whole keeps its words, no mod
    ("Demand stayed weak for the whole of 2021.", "the whole of 2021", P1, "2021", None),
    ("The plant ran at a loss for all of last year.", "all of last year", P1, "2021", None),
    # what is left of a period is that period, no mod (as "later this year"), its words in the span
    ("Sales should stay weak for the rest of the year.", "the rest of the year", P1, "2022", None),
    ("The plant will stay shut for the remainder of the month.", "the remainder of the month", P1, "2022-10", None),
    ("Demand will keep rising for the rest of the decade.", "the rest of the decade", P1, "202", None),
    ("The deal is expected to close in late November.", "late November", P1, "2022-11", "END"),
    ("Prices will rise by year-end.", "year-end", P1, "2022", "END"),
    # the year, quarter or month so far: the period of P (D7)
    ("The stock has gained 18% year to date.", "year to date", date(1997, 10, 28), "1997", None),
    ("The fund is up 31% year-to-date.", "year-to-date", date(2025, 7, 30), "2025", None),
    ("Sales so far are flat quarter-to-date.", "quarter-to-date", date(2025, 8, 12), "2025-Q3", None),
    # "mid-decade": P's decade, in its middle
    ("The carmaker aims to sell a million electric cars by mid-decade.", "mid-decade", date(2026, 2, 19), "202", "MID"),
    ("The chipmaker expects full-year 2025 sales to rise 8%.", "full-year 2025", date(2025, 10, 23), "2025", None),
    # coordinated quarters and halves: the first ordinal is a date of its own, as TimeML tags it
    ("Revenue in the second and third quarters was hurt by export curbs.", "second", date(2025, 10, 23), "2025-Q2", None),
    ("Revenue in the second and third quarters was hurt by export curbs.", "third quarters", date(2025, 10, 23), "2025-Q3",
     None),
    ("Margins were thin in the first and second halves of 1997.", "first", date(1998, 3, 12), "1997-H1", None),
    ("Margins were thin in the first and second halves of 1997.", "second halves of 1997", date(1998, 3, 12), "1997-H2", None),
    # a period an expectation's infinitive governs lies ahead (a ccomp as an xcomp: "expect profits to improve")
    ("Analysts expect profits to improve in the fourth quarter.", "the fourth quarter", date(1992, 4, 16), "1992-Q4", None),
    ("The company expects margins to widen in the second half.", "the second half", date(1992, 4, 16), "1992-H2", None),
    # the year-ago quarter with no period named before: the one under report, a year back
    ("Investment banking fees rose 9% from the prior-year quarter.", "the prior-year quarter", date(2026, 1, 13), "2024-Q4",
     None),
    ("Revenue beat the year-ago quarter's.", "the year-ago quarter", date(2025, 10, 23), "2024-Q3", None),
    # what the full year earned, written in the first quarter: the year just ended
    ("For the full year, the bank earned $58 billion.", "the full year", date(2026, 1, 13), "2025", None),
    # a digit count then a word count are two numbers: "$20" is money, the date is the words'
    ("In the past, the licence sold for $20 five years ago.", "five years ago", date(2026, 4, 28), "2021", None),
    ("Sales fell at the end of the year.", "the end of the year", P1, "2022", "END"),
    ("Demand picked up toward the tail end of the year.", "the tail end of the year", P1, "2022", "END"),
    ("Orders slowed at the very end of 2021.", "the very end of 2021", P1, "2021", "END"),
    ("The ban took effect in early September.", "early September", P1, "2022-09", "START"),
    # quarters
    ("In the third quarter of 2020, Alibaba had 40 per cent.", "the third quarter of 2020", P2, "2020-Q3", None),
    ("Profit rose in the fourth quarter.", "the fourth quarter", P5, "2022-Q4", None),
    ("Revenue will grow in the first quarter.", "the first quarter", P1, "2023-Q1", None),
    ("Sales rose in the second quarter of last year.", "the second quarter of last year", P1, "2021-Q2", None),
    ("Earnings fell last quarter.", "last quarter", P1, "2022-Q3", None),
    ("Deliveries will pick up this quarter.", "this quarter", P1, "2022-Q4", None),
    ("Margins will improve next quarter.", "next quarter", P1, "2023-Q1", None),
    ("Rates will rise in the fourth quarter of 2023.", "the fourth quarter of 2023", P1, "2023-Q4", None),
    ("Revenue in Q3 2021 rose.", "Q3 2021", P1, "2021-Q3", None),
    # a time to come the sentence does not assert (D8): a modal, an expectation, a future reported in the past;
    # the quarter is the one ahead or under way, or one just ended whose figures are not out (45 days)
    ("The company said it would complete the sale in the fourth quarter.", "the fourth quarter", date(1989, 8, 2),
     "1989-Q4", None),
    ("The brewer said it will close the plant in the fourth quarter.", "the fourth quarter", date(1989, 8, 2),
     "1989-Q4", None),
    ("The partners said the merger would close in the first quarter.", "the first quarter", date(1989, 11, 2),
     "1990-Q1", None),
    ("The retailer said sales in the quarter would rise.", "the quarter", date(1989, 5, 2), "1989-Q2", None),
    ("The airline expects a loss in the fourth quarter.", "the fourth quarter", date(1989, 8, 2), "1989-Q4", None),
    ("The insurer anticipates a profit in the fourth quarter.", "the fourth quarter", date(1989, 8, 2), "1989-Q4", None),
    ("Management is projecting higher sales in the second half.", "the second half", date(1989, 5, 2), "1989-H2", None),
    ("The steelmaker could return to profit in the fourth quarter.", "the fourth quarter", date(1989, 8, 2),
     "1989-Q4", None),
    ("The unit may be sold in the fourth quarter.", "the fourth quarter", date(1989, 8, 2), "1989-Q4", None),
    ("The carrier is likely to return to profit in the fourth quarter.", "the fourth quarter", date(1989, 8, 2),
     "1989-Q4", None),
    ("The bank hopes to complete the sale in the fourth quarter.", "the fourth quarter", date(1989, 8, 2),
     "1989-Q4", None),
    ("The chain could post a loss in the fourth quarter, analysts said.", "the fourth quarter", date(1990, 1, 20),
     "1989-Q4", None),  # guard: the quarter just ended, its figures not out
    ("The company said it would have earned $5 million in the third quarter without the charge.",
     "the third quarter", date(1989, 11, 2), "1989-Q3", None),  # guard: "would have" is past
    ("The talks lasted a few minutes.", "a few minutes", P1, "PTXM", None),  # guard: a count keeps a clock unit
    # a season likewise; a month or a day the nearest (D8, R8 interim D1)
    ("The plant could reopen in the spring.", "the spring", date(2025, 7, 10), "2026-SP", None),
    ("The union said it would strike on Oct. 28.", "Oct. 28", date(1989, 11, 2), "1989-10-28", None),  # guard
    ("Holders will vote at a special meeting expected in January.", "January", date(1989, 10, 13), "1990-01", None),
    ("Holders will vote at a special meeting expected in the fourth quarter.", "the fourth quarter",
     date(1989, 8, 13), "1989-Q4", None),
    # what is booked or expected for a period: the one nearest P, as a forecast's (OUTLOOK_NOUNS)
    ("Bookings for the summer were running 9 percent ahead of last year.", "the summer", date(2026, 2, 18),
     "2026-SU", None),
    ("The company raised its outlook for the second half.", "the second half", date(1989, 5, 2), "1989-H2", None),
    # a period whose figures a verb reports has begun, also under "will" (R8 interim D2); the day stays ahead
    ("The company will report results for the second quarter on Aug. 21.", "the second quarter", date(2025, 8, 5),
     "2025-Q2", None),
    ("The chipmaker will report second-quarter results on Aug. 28.", "second-quarter", date(2025, 8, 21),
     "2025-Q2", None),
    ("The chipmaker will report second-quarter results on Aug. 28.", "Aug. 28", date(2025, 8, 21),
     "2025-08-28", None),  # guard
    # "mid-year", "midyear": the middle of P's year, as "mid-2019" (D8, R8 interim D4)
    ("The plant will reach full output by mid-year.", "mid-year", date(2025, 7, 24), "2025", "MID"),
    ("Sales should recover by midyear, the bank said.", "midyear", date(2025, 7, 24), "2025", "MID"),
    ("The launch was delayed by a quarter.", "a quarter", date(2025, 7, 24), "P1Q", None),  # guard: a duration
    # "set aside" (a particle) reserves money, it does not schedule as "set for" does
    ("The bank set aside $200 million in the third quarter for bad loans.", "the third quarter", date(1989, 11, 2),
     "1989-Q3", None),
    ("Citicorp set up a reserve in the third quarter for its Latin American loans.", "the third quarter",
     date(1989, 11, 2), "1989-Q3", None),
    # a rate's unit the model runs on into a year is no offset: "15% a year from 2025" gives the year
    ("Profit will climb 15% a year from 2025.", "2025", date(2024, 3, 1), "2025", None),
    # halves
    ("Revenue fell in the first half of 2022.", "the first half of 2022", P1, "2022-H1", None),
    # a part of a year written out, and a calendar quarter (RR10's real-news class 3, D10's class 4)
    ("Vantor expects sales to recover in the latter part of 2023.", "the latter part of 2023", P1, "2023", "END"),
    ("Kolvex cut costs in the early part of 2021 and hired later.", "the early part of 2021", P1, "2021", "START"),
    ("Nordwind sees a profit in the latter half of 2023.", "the latter half of 2023", P1, "2023-H2", None),
    ("The deal must close by the end of the first calendar quarter of 2021.",
     "the end of the first calendar quarter of 2021", P1, "2021-Q1", "END"),
    # a quarter glued to its year's last two digits, a bare season after a preposition, the second month of
    # a range (RR12's real-news class 13)
    ("Nordwind expects the deal to close in Q113.", "Q113", P1, "2013-Q1", None),
    ("Lawmakers want to avoid a shutdown in fall, members said.", "fall", P1, "2022-FA", None),
    ("The growth between January and May was propelled by new policies.", "May", P1, "2022-05", None),
    ("Kolvex shipped the phones from March to June, it said.", "June", P1, "2022-06", None),  # guard
    # a stretch of months at one edge of a year, and the whole year, are one DATE (RR12's real-news class 3)
    ("Kolvex shipped 4 million units in the first five months of 2021, it said.",
     "the first five months of 2021", P1, "2021", "START"),
    ("Imports rose in the first seven months of this year, the agency said.",
     "the first seven months of this year", P1, "2022", "START"),
    ("Vantor lost money in the last four months of 2021.", "the last four months of 2021", P1, "2021", "END"),
    ("Nordwind sold 2 million phones in the first three months of 2021.", "the first three months of 2021", P1, "2021-Q1", None),
    # "of the year" where the stretch is a calendar quarter or half: one mention, of the year by context as
    # "the first quarter" is; no quarter or half ("the first nine months") stays split, as TimeML writes it
    ("Nordwind sold 2 million phones in the first three months of the year.", "the first three months of the year",
     P1, "2022-Q1", None),
    ("Vantor's revenue rose in the first six months of the year.", "the first six months of the year", P1, "2022-H1", None),
    ("Sales fell in the last three months of the year, Acme said.", "the last three months of the year", P5, "2022-Q4", None),
    ("Acme lost money in the last six months of the year.", "the last six months of the year", P5, "2022-H2", None),
    ("Revenue fell in the first nine months of the year.", "the first nine months", P1, "P9M", None),
    ("For the full year of 2021, Acme forecast revenue of $9 billion.", "the full year of 2021", P1, "2021", None),
    # a relative fiscal year is the year "next year" names; a whole period is the period (§2: modifiers in)
    ("Acme expects margins to widen next fiscal year.", "next fiscal year", P1, "2023", None),
    ("Acme cut 300 jobs last fiscal year.", "last fiscal year", P1, "2021", None),
    ("Acme expects a loss for the entire year.", "the entire year", P1, "2022", None),
    ("Acme will stay in the red for the whole month.", "the whole month", P1, "2022-10", None),
    ("Acme expects a loss for the full quarter.", "the full quarter", P1, "2022-Q4", None),
    ("Vantor's sales rose in the final quarter of 2021.", "the final quarter of 2021", P1, "2021-Q4", None),
    ("Demand will stay weak in the first two quarters of 2023.", "the first two quarters of 2023", P1, "2023-H1", None),
    # a stretch at a year's or a month's edge is that year or month, START or END (as "late 2019")
    ("Shipments slowed in the closing months of 2021.", "the closing months of 2021", P1, "2021", "END"),
    ("Shipments slowed in the early months of 2021.", "the early months of 2021", P1, "2021", "START"),
    ("Shipments slowed in the final weeks of last year.", "the final weeks of last year", P1, "2021", "END"),
    ("The shares fell in the first week of October.", "the first week of October", P1, "2022-10", "START"),
    ("The shares fell in the last 10 days of March 2021.", "the last 10 days of March 2021", P1, "2021-03", "END"),
    ("Talks will resume in the first few days of January.", "the first few days of January", P1, "2023-01", "START"),
    ("Orders rose in the second half of September.", "the second half of September", P1, "2022-09", "END"),
    ("Orders rose in the first half of this month.", "the first half of this month", P1, "2022-10", "START"),
    # newswire's hyphenated modifiers ("by end-2023", "at end-March", "in late-2023") and a bare unit after one
    ("The bank expects the rate to peak by end-2023.", "end-2023", P1, "2023", "END"),
    ("Reserves stood at $5 billion at end-March.", "end-March", P1, "2022-03", "END"),
    ("The plant will open in late-2023.", "late-2023", P1, "2023", "END"),
    ("The plant will open by end of year.", "end of year", P1, "2022", "END"),
    ("Payments are due at mid-month.", "mid-month", P1, "2022-10", "MID"),
    # "to", "through" before a day close a reported period as "ended" does: the week that ends on it
    ("Jobless claims fell in the week to Oct. 21, the ministry said.", "the week", date(2022, 10, 26), "2022-W42", None),
    # "the back half of the year": its second half
    ("Sales will improve in the back half of 2023.", "the back half of 2023", P1, "2023-H2", None),
    # a count of units before "period", "span", "stretch" measures that noun's stretch: the noun phrase is the span
    ("He overstated earnings over a three-year period.", "a three-year period", P1, "P3Y", None),
    ("Sales rose 5% in the two-week period.", "the two-week period", P1, "P2W", None),
    # a year that modifies a noun leaves the noun's "the" out (the model's "the 2021 holiday season")
    ("Sales rose during the 2021 holiday season.", "2021", P1, "2021", None),
    # "pre-"/"post-" before a year: before or after it (TimeML BEFORE, AFTER; TBAQ tags "post-1959" so)
    ("Output has not returned to pre-2020 levels.", "pre-2020", P1, "2020", "BEFORE"),
    ("The post-2008 recovery was slow.", "post-2008", P1, "2008", "AFTER"),
    # a quarter or half of a fiscal year's code: that fiscal year's part, as written ("the fiscal first quarter")
    ("Infosys reported profit for Q2 FY23.", "Q2 FY23", P1, "2023-Q2", None),
    ("Infosys reported profit for the second quarter of FY23.", "the second quarter of FY23", P1, "2023-Q2", None),
    # analysts' codes with the count first
    ("Margins narrowed in 3Q22, the note said.", "3Q22", P1, "2022-Q3", None),
    ("Margins will widen in 1H23, the note said.", "1H23", P1, "2023-H1", None),
    ("Margins improved in the second half of last year.", "the second half of last year", P1, "2021-H2", None),
    ("Output will rise in the second half.", "the second half", P1, "2022-H2", None),
    ("Revenue fell in the first half of 2022. Margin fell from 9.8% in the same period last year.",
     "the same period last year", P1, "2021-H1", None),
    ("Sales rose in the third quarter of 2021, up from the same quarter a year earlier.",
     "the same quarter a year earlier", P1, "2020-Q3", None),
    # The seasons, meteorological ones.
    ("Link Now launched in the summer of 2020.", "the summer of 2020", P1, "2020-SU", None),
    ("The phone goes on sale in spring 2023.", "spring 2023", P1, "2023-SP", None),
    ("Sales slumped last winter.", "last winter", P1, "2021-WI", None),
    ("The firm will hire more staff this summer.", "this summer", P4, "2019-SU", None),
    ("Prices rose in the autumn.", "the autumn", P1, "2022-FA", None),
    ("The app will launch next spring.", "next spring", P1, "2023-SP", None),
    ("Demand collapsed in the winter of 2019.", "the winter of 2019", P1, "2019-WI", None),
    ("Classes resumed in fall 2021.", "fall 2021", P1, "2021-FA", None),
    ("The chain opened stores last summer.", "last summer", P4, "2018-SU", None),
    ("Sales rose 3% in the spring.", "the spring", P4, "2019-SP", None),
    # weeks
    ("Shares fell this week.", "this week", P1, "2022-W42", None),
    ("The board met last week.", "last week", P1, "2022-W41", None),
    ("Talks will resume next week.", "next week", P1, "2022-W43", None),
    # today, yesterday, tomorrow
    ("The company said today that it would cut jobs.", "today", P1, "2022-10-22", None),
    ("Shares fell yesterday.", "yesterday", P1, "2022-10-21", None),
    ("The results are due tomorrow.", "tomorrow", P1, "2022-10-23", None),
    # weekdays (§3: past tense -> on or before P)
    ("The company announced the plan on Tuesday.", "Tuesday", P1, "2022-10-18", None),
    ("The board will meet on Tuesday.", "Tuesday", P1, "2022-10-25", None),
    ("Officials said Thursday that the talks had failed.", "Thursday", P3, "1998-02-12", None),
    ("The strike began last Monday.", "last Monday", P1, "2022-10-17", None),
    ("The vote is next Friday.", "next Friday", P1, "2022-10-28", None),
    ("On Friday, the index rose.", "Friday", P3, "1998-02-13", None),
    # durations
    ("It shut down the app two years after launching it.", "two years", P1, "P2Y", None),
    ("The project took 18 months.", "18 months", P1, "P18M", None),
    ("Talks lasted three days.", "three days", P1, "P3D", None),
    ("The ban will last for six weeks.", "six weeks", P1, "P6W", None),
    ("The company has struggled for a decade.", "a decade", P1, "P1DE", None),
    ("The firm has grown for decades.", "decades", P1, "PXDE", None),
    ("Prices have risen for years.", "years", P1, "PXY", None),
    ("Revenue grew over the past two years.", "the past two years", P1, "P2Y", None),
    ("The plan covers the next five years.", "the next five years", P1, "P5Y", None),
    # "the next year" is the twelve months ahead, as "the next month" (P1M) and "the past year" (P1Y) are
    ("Prices will keep rising over the next year.", "the next year", P1, "P1Y", None),
    ("The unit will be closed over the next year or so.", "the next year or so", P1, "P1Y", "APPROX"),
    ("She joined the bank in 2015 and the next year she left.", "the next year", P1, "2016", None),  # after a date, past
    ("Investors are cautious about the year ahead.", "the year ahead", P1, "P1Y", None),  # as "the next year"
    ("Traders will watch jobs data in the week ahead.", "the week ahead", P1, "P1W", None),
    ("The contract runs for a year and a half.", "a year and a half", P1, "P1Y6M", None),  # TimeML: P2Y6M, PT5H30M
    ("The bond matures in 10 years.", "10 years", P1, "P10Y", None),
    ("The deal took more than two years.", "more than two years", P1, "P2Y", "MORE_THAN"),
    ("Construction will take about six months.", "about six months", P1, "P6M", "APPROX"),
    ("The review took nearly three weeks.", "nearly three weeks", P1, "P3W", "APPROX"),
    ("The outage lasted at least 30 days.", "at least 30 days", P1, "P30D", "EQUAL_OR_MORE"),
    ("Shipments will resume within two to three weeks.", "two to three weeks", P1, "P2W", "EQUAL_OR_MORE"),  # a range: one
    ("The talks may take two or three days.", "two or three days", P1, "P2D", "APPROX"),
    ("He probably died within weeks or months of his capture.", "weeks or months", P1, "PXW", "APPROX"),
    ("''I am talking about three days'' more or less, Castro told students.", "three days", P1, "P3D", None),
    ("The remaining $40 million can be used over three years for acquisitions.", "three years", P1, "P3Y", None),
    ("He ran the company for about five years.", "about five years", P1, "P5Y", "APPROX"),
    ("Russia may use the base for at least 20 more years.", "at least 20 more years", P1, "P20Y", "EQUAL_OR_MORE"),
    ("The loan may be extended for an additional year.", "an additional year", P1, "P1Y", None),
    ("The agency will keep funding the program for another year.", "another year", P1, "P1Y", None),
    ("Kolvex stayed in the market another two weeks.", "another two weeks", P1, "P2W", None),
    ("She is scheduled to spend only five hours on the ground.", "five hours", P1, "PT5H", None),
    ("This year's results included a gain.", "This year", P1, "2022", None),
    ("The company has grown for over three years.", "over three years", P1, "P3Y", "MORE_THAN"),
    ("Ritter arrived for a tour likely to last over a week.", "over a week", P3, "P1W", "MORE_THAN"),  # a verb of duration
    # durations the model types TIME or CARDINAL, with their modifier
    ("He should have arrived at least 72 hours after his son was found.", "at least 72 hours", P3, "PT72H", "EQUAL_OR_MORE"),
    ("She then spent about 5 1/2 hours in Nairobi.", "about 5 1/2 hours", P3, "PT5H30M", "APPROX"),
    ("It recently achieved profitability after several quarters of losses.", "several quarters", P1, "PXQ", None),
    ("Sales fell over the past several quarters.", "the past several quarters", P1, "PXQ", None),
    # the age of a thing counted in no number is a duration (a person's age is none: NOT_DATE_CASES)
    ("Kenya hoped for an end to a years-old slump in tourism.", "years-old", P3, "PXY", None),
    ("The decades-old conflict flared again.", "decades-old", P3, "PXDE", None),
    # "the past year" is the twelve months before P, as "the past two years" is two years (TIDES, TimeML: P1Y)
    ("The app has grown rapidly over the past year.", "the past year", P1, "P1Y", None),
    ("Orders at the unit had grown 18% in the past year.", "the past year", P1, "P1Y", None),
    ("Prices have doubled in the past year or so.", "the past year or so", P1, "P1Y", "APPROX"),
    ("Sales fell last year.", "last year", P1, "2021", None),  # guard: the calendar year before P's
    ("It will take a few years to recover.", "a few years", P1, "PXY", None),
    ("Over the past years the index rose.", "the past years", P1, "PXY", None),  # plural without a count
    ("There were sell programs in past years, too.", "past years", P1, "PAST_REF", None),
    ("You don't save as many lives in the early years.", "the early years", P1, "PXY", None),  # no period to be early in
    ("Islam will one day be the second largest religion.", "one day", P1, "FUTURE_REF", None),
    ("The strike lasted one day.", "one day", P1, "P1D", None),
    ("The mood will not change for a couple of years.", "a couple of years", P1, "P2Y", "APPROX"),
    ("Over the next couple of years, sales will grow.", "the next couple of years", P1, "P2Y", "APPROX"),
    ("The company spent 15 years building it.", "15 years", P1, "P15Y", None),
    ("The loan has a two-year term.", "two-year", P1, "P2Y", None),
    # vague references built on a calendar unit
    ("The tech giant backed off months ago.", "months ago", P1, "PAST_REF", None),
    ("The firm has expanded in recent years.", "recent years", P1, "PAST_REF", None),
    ("Demand will grow in coming years.", "coming years", P1, "FUTURE_REF", None),
    ("Prices will stay high in the coming months.", "the coming months", P1, "FUTURE_REF", None),
    ("The company was founded years ago.", "years ago", P1, "PAST_REF", None),
    # ago: P minus the amount, at the unit's granularity
    ("The plant opened two years ago.", "two years ago", P1, "2020", None),
    ("The deal was signed three months ago.", "three months ago", P1, "2022-07", None),
    ("The firm was fined a week ago.", "a week ago", P1, "2022-W41", None),
    ("Shares fell two days ago.", "two days ago", P1, "2022-10-20", None),
    ("The company was founded 30 years ago.", "30 years ago", P1, "1992", None),
    ("The merger was announced about two years ago.", "about two years ago", P1, "2020", "APPROX"),
    # decades and centuries
    ("Sales boomed in the 1990s.", "the 1990s", P1, "199", None),
    ("In 1990s Britain, sales boomed.", "1990s", P1, "199", None),  # a decade at the start, not a model
    ("The Reagan 1980s boom ended.", "1980s", P1, "198", None),  # a decade after a name
    ("Stocks Have Their Best Run Since The Late 1990s", "The Late 1990s", P1, "199", "END"),  # a title-case headline
    ("Workers began a two-day strike at the plant.", "two-day", P1, "P2D", None),  # not after-hours
    ("In the late 1970s, the firm expanded.", "the late 1970s", P1, "197", "END"),
    ("Growth slowed in the mid-1990s.", "the mid-1990s", P1, "199", "MID"),
    ("Banking changed in the 21st century.", "the 21st century", P1, "20", None),
    # anaphora against the previous DATE mention
    ("Sales rose 5% in 2021, after falling a year earlier.", "a year earlier", P1, "2020", None),
    ("Net rose in the third quarter of 2022 from a year earlier. Sales rose from $8 million a year earlier.",
     "a year earlier", P1, "2021-Q3", None),  # a comparison is not the next one's antecedent
    ("Net was $306 million in 1989, compared with $195 million in the 1988 period. The year-ago results "
     "included a charge.", "year-ago", date(1989, 11, 2), "1988", None),  # "compared with … in" is a comparison
    ("Profit fell in the third quarter. The unit earned $24 million, compared with a loss of $3 million last year.",
     "last year", date(1989, 11, 2), "1988-Q3", None),  # "last year" compared with the quarter under report
    ("Profit fell in the third quarter. Last year, the company lost money.", "Last year", date(1989, 11, 2),
     "1988", None),
    ("Analysts see losses through the third quarter of 1990. In the year-ago period, Bethlehem earned $101 million.",
     "the year-ago period", date(1989, 10, 26), "1988-Q3", None),  # a forecast is no period under report
    ("For the six months ended Aug. 12, net was C$7 million, compared with C$18 million a year earlier.",
     "a year earlier", date(1989, 10, 26), "1988-08-12", None),  # a duration's closing day anchors
    ("In the third quarter, net fell. In the first nine months, net was $9 million, compared with a loss a year "
     "earlier.", "a year earlier", date(1989, 10, 26), "1988", None),  # "the nine months": no point to move back
    ("Revenue hit a record in March 2022. Two months later, it fell.", "Two months later", P1, "2022-05", None),
    ("The firm was founded in 2010. The following year, it went public.", "The following year", P1, "2011", None),
    ("The plant opened in June 2019. That month, output doubled.", "That month", P1, "2019-06", None),
    # "that day" after a longer period: a day of it, unknown which (TimeML's X), not its first day
    ("The plant opened in 2010. That day, the mayor cut a ribbon.", "That day", P1, "2010-XX-XX", None),
    ("The ruling came in 2009. That month, the firm filed for bankruptcy.", "That month", P1, "2009-XX", None),
    ("The mine flooded in October 2016 and was closed that same day.", "that same day", P1, "2016-10-XX", None),
    ("The band formed in the 1990s. That year, it signed its first deal.", "That year", P1, "199X", None),
    ("The bridge opened on March 3, 2010. That day, the mayor cut a ribbon.", "That day", P1, "2010-03-03", None),
    # "the year before", "the month earlier": one unit back from the previous DATE mention, as "a year
    # earlier"; the day before or after the day last mentioned; "the year before last" two back from P's
    ("Revenue rose to $5 million in 2020 from $4 million the year before.", "the year before", P1, "2019", None),
    ("Exports rose in August from the month before, the ministry said.", "the month before", P1, "2022-07", None),
    ("The ceasefire began on Oct. 3; the day before, rockets hit the town.", "the day before", P1, "2022-10-02",
     None),
    ("Profit rose in the second quarter of 2021 from the quarter before.", "the quarter before", P1, "2021-Q1", None),
    ("Orders rose in September from the month earlier.", "the month earlier", P1, "2022-08", None),
    ("The mill closed in 2015 and reopened the year after.", "the year after", P1, "2016", None),
    ("Turnout was lower than the year before last.", "the year before last", P1, "2020", None),
    ("Sales rose in 2019 from the year before. A year later, they fell.", "A year later", P1, "2020", None),
    ("Slepian was shot on Oct. 23. His name was crossed out that same day.", "that same day", date(1998, 10, 25),
     "1998-10-23", None),
    # a second day coordinated with a month's day is a date of that month (TimeML tags both)
    ("The summit will be held in Washington on April 24 and 25.", "25", date(1999, 2, 10), "1999-04-25", None),
    ("Voting is set for March 3 and 4.", "4", P3, "1998-03-04", None),
    ("Talks ran from March 3 to 5 in Geneva.", "5", P3, "1997-03-05", None),  # past: the March before P
    ("The Games were held from February 12 to 28, 2010.", "28, 2010", P1, "2010-02-28", None),
    # holidays that name a calendar day
    ("Stores will close on Christmas Day.", "Christmas Day", P1, "2022-12-25", None),
    ("Sales jumped on Black Friday.", "Black Friday", P2, "2020-11-27", None),
    ("Shipping was suspended on New Year's Day.", "New Year's Day", P2, "2021-01-01", None),
    ("The staff forum post came two days before the new year.", "two days before the new year", P2, "2020-12-30", None),
    ("The sale ends on Valentine's Day.", "Valentine's Day", P3, "1998-02-14", None),
    ("The party lost ground in the 1997 local elections.", "1997", P3, "1997", None),  # R9: a year before "local", no clock time
    ("The campaign will launch on April Fools Day.", "April Fools Day", P3, "1998-04-01", None),  # RR9: written without its apostrophe
    ("The boy arrived last Thanksgiving.", "last Thanksgiving", date(2000, 2, 10), "1999-11-25", None),
    # forms from news archives: hyphenated quarters, spoken years, parts of days, "or so"
    ("Third-quarter profit rose 5%.", "Third-quarter", date(1989, 11, 2), "1989-Q3", None),
    ("The company reported a loss for the latest quarter.", "the latest quarter", date(1989, 11, 2), "1989-Q3", None),
    # a hyphenated date is an adjective: the "the" before it is its noun's ("the fiscal second-quarter of $8.6 million")
    ("National Steel posted net income for the fiscal second-quarter of $8.6 million.", "fiscal second-quarter",
     date(1989, 10, 26), "1989-Q2", None),
    ("Profit rose in the third quarter of 1989, up 5% from the year-ago quarter.", "the year-ago quarter",
     date(1989, 11, 2), "1988-Q3", None),
    ("The plan was announced a week or so ago.", "a week or so ago", P1, "2022-W41", "APPROX"),
    ("Prices hit that level in the winter of nineteen ninety-four.", "the winter of nineteen ninety-four", P1, "1994-WI", None),
    ("The Times said in an editorial on Monday, Oct. 26, that the law failed.", "Monday, Oct. 26", date(1998, 10, 25),
     "1998-10-26", None),
    ("The strike ended Wednesday night.", "Wednesday night", P1, "2022-10-19", None),
    ("Officials met on Friday morning.", "Friday morning", P3, "1998-02-13", None),
    ("Police arrested him in the early hours of Thursday morning.", "Thursday morning", P3, "1998-02-12", None),
    ("Shares fell 3% in the past week.", "the past week", P1, "P1W", None),  # the stretch before P, as "the past year"
    ("Downloads doubled in the past month, the company said.", "the past month", P1, "P1M", None),
    ("Margins narrowed in the last quarter.", "the last quarter", P1, "2022-Q3", None),  # guard: the quarter before P's
    # "later this <unit>": any time after P in it, no part of it (no mod); "earlier this year" keeps START
    ("The company will launch the service later this year.", "later this year", P1, "2022", None),
    ("Sony will take ownership of the studio later this month.", "later this month", P1, "2022-10", None),
    ("The firm cut jobs earlier this year.", "earlier this year", P1, "2022", "START"),  # guard
    # "two years ago" is a year even after a month of P's year; "a year ago" there compares with that month
    ("Sales rose in March. The plant opened two years ago.", "two years ago", P1, "2020", None),
    ("Sales rose 4% in March from a year ago.", "a year ago", P1, "2021-03", None),  # guard
    ("The index has risen over the past decade.", "the past decade", P1, "P1DE", None),  # not "the 2010s"
    # "a decade ago" is about ten years back: a year, as TimeML writes it, not the calendar decade before P's
    ("The company was founded a decade ago.", "a decade ago", P1, "2012", None),
    ("Two decades ago, the town had no airport.", "Two decades ago", P1, "2002", None),
    ("The war ended more than four decades ago.", "more than four decades ago", P3, "1958", "MORE_THAN"),
    ("The bond matures in 2 1/2 years.", "2 1/2 years", P1, "P2Y6M", None),
    ("Stores closed at the end of the month.", "the end of the month", P1, "2022-10", "END"),
    ("The notes will be due on Nov. 1, 2004.", "Nov. 1, 2004", P1, "2004-11-01", None),
    ("Growth slowed in the early 1980s.", "the early 1980s", P1, "198", "START"),
    ("Reliance reported a profit for the quarter ended September 30.", "the quarter", date(2023, 11, 8), "2023-Q3", None),
    # a relative day that closes a period is read in its own context: the anchor the period has just
    # set and its own comparison (values of 8b91498, before the closing day's reading was shared)
    ("Net income was $9 million in the quarter, compared with $4 million in the quarter ended last year.",
     "last year", P1, "2021-Q3", None),
    ("Sales rose in the first half, compared with sales in the six months ending the same period last year.",
     "the same period last year", P1, "2021", None),
    ("In the quarter ending the previous quarter, sales rose.", "the previous quarter", P1, "2022-Q2", None),
    ("The company reported results for 1988. Sales fell in the year ended the following year.",
     "the following year", P1, "2023", None),
    ("The company reported results for 1988. Sales fell in the year ended the following year.",
     "the following year", None, "XXXX", None),
    ("Profit rose in the fiscal year ended March 31, compared with a loss in the year ending a year earlier.",
     "a year earlier", P1, "2021", None),
    ("Net sales for this year's third quarter were $14 million.", "this year's third quarter", date(1989, 11, 1),
     "1989-Q3", None),
    ("The charge was taken in the 1988 second quarter.", "the 1988 second quarter", date(1989, 11, 2), "1988-Q2", None),
    ("Profit rose in the third quarter of 1989 from the corresponding period last year.",
     "the corresponding period last year", date(1989, 11, 2), "1988-Q3", None),
    ("Vodafone reported a 2.5% fall in first-half revenue.", "first-half", date(2023, 11, 8), "2023-H1", None),
    # anchored and bounded shapes: "the previous Friday", "the week of", "the day before", "or later"
    ("The index rose on Friday. It fell 4.5% from the previous Friday.", "the previous Friday",
     date(1989, 10, 30), "1989-10-20", None),
    ("A hearing may come the week of March 6.", "the week of March 6", date(2000, 2, 24), "2000-W10", None),
    ("The day before last Tuesday's hearing, the uncle went home.", "The day before last Tuesday",
     date(2000, 2, 24), "2000-02-21", None),
    ("Eight trading days after the crash, the index was down.", "Eight trading days", P1, "P8D", None),
    ("The day before last Tuesday's federal court hearing, Manuel went to the house.", "The day before last Tuesday",
     date(2000, 2, 24), "2000-02-21", None),
    ("Shares were sold two weeks after March 6.", "two weeks after March 6", date(2000, 4, 24), "2000-03-20", None),
    ("The company won't be profitable until 1994 or later.", "1994 or later", date(1989, 10, 30), "1994", "ON_OR_AFTER"),
    ("The sale is to be completed around Nov. 1.", "around Nov. 1", date(1989, 10, 30), "1989-11-01", "APPROX"),
    ("Brewers have been discounting for at least the past 18 months.", "at least the past 18 months", P1,
     "P18M", "EQUAL_OR_MORE"),
    ("Sales rose 5% over the past two years.", "the past two years", P1, "P2Y", None),  # "over" governs here
    ("Kirschner earned $3 million in the third quarter, against $2 million in the 1988 period.", "the 1988 period",
     date(1989, 10, 30), "1988-Q3", None),
    ("Profit fell in the third quarter. In the year-ago third quarter, it earned $22 million.",
     "the year-ago third quarter", date(1989, 10, 30), "1988-Q3", None),
    ("The market fell in the last twenty four hours.", "the last twenty four hours", P3, "PT24H", None),
    # a reported period and the day it ended: two dates; a fiscal year is not a calendar year
    ("Sun reported sales for the quarter ended Sept. 29, up 39% from a year earlier.", "Sept. 29",
     date(1989, 10, 26), "1989-09-29", None),
    ("Sun reported sales for the quarter ended Sept. 29, up 39% from a year earlier.", "a year earlier",
     date(1989, 10, 26), "1988-Q3", None),
    ("Jayark had 5.6 million shares in the quarter ended July 31.", "the quarter", date(1989, 10, 30), "1989-Q2", None),
    ("In the second quarter ended Oct. 31, the company had a loss.", "the second quarter", date(1989, 10, 27),
     "1988-Q2", None),  # a numbered quarter is in the year of the day that closes it
    ("The units had revenue of $76 million for the year ended March 31.", "the year", date(1989, 11, 1), "P1Y", None),
    ("Net income for the year ended Dec. 31 rose 5%.", "the year", date(1989, 3, 1), "1988", None),
    ("In the fiscal year ended Jan. 31, the company reported sales of $59.5 million.", "the fiscal year",
     date(1989, 10, 31), "P1Y", None),
    ("Net fell in the third quarter. For the quarter a year ago, it earned $16.3 million.", "the quarter a year ago",
     date(1989, 10, 26), "1988-Q3", None),
    # weekends (HeidelTime's 2022-W41-WE), deictic days the model misses, year-earlier as a modifier
    ("The first evidence arrived over the weekend at the lab.", "the weekend", P4, "2019-W22-WE", None),
    ("Talks will resume next weekend.", "next weekend", P1, "2022-W43-WE", None),
    ("Classmates planned to apply for visas today at the office.", "today", P4, "2019-06-03", None),
    ("Net fell in the third quarter, compared with year-earlier profit of $3.8 million.", "year-earlier",
     date(1989, 11, 2), "1988-Q3", None),
    ("Net rose in the third quarter. Sales in the latest period were $1.76 billion.", "the latest period",
     date(1989, 11, 2), "1989-Q3", None),
    # durations in hours and minutes are durations too (not clock times); a fraction in the smaller unit
    ("The meeting lasted five hours.", "five hours", P1, "PT5H", None),
    ("The struggle must not stop for one minute!", "one minute", P1, "PT1M", None),
    ("He spoke for nearly an hour.", "nearly an hour", P1, "PT1H", "APPROX"),
    ("Workers held a 24-hour strike.", "24-hour", P1, "PT24H", None),
    ("The stop lasted 5 1/2 hours.", "5 1/2 hours", P1, "PT5H30M", None),
    ("Provigo had sales of $7.38 billion in the latest fiscal year.", "the latest fiscal year", date(1989, 10, 26), "1988", None),
    ("The doctor was shot to death last Oct. 23 at his home.", "last Oct. 23", date(1999, 4, 19), "1998-10-23", None),
    ("The offer, which had been due to expire Friday, was extended to Nov. 16.", "Nov. 16", date(1989, 10, 30),
     "1989-11-16", None),
    ("U.K. sales for last year's quarter were about $3 million.", "last year's quarter", date(1989, 11, 1), "1988-Q3", None),
    ("The case of Elian is for today's youth what the revolution was.", "today", P1, "PRESENT_REF", None),
    ("Today's talks ended early.", "Today", P1, "2022-10-22", None),
    # determiners belong to the expression (§2)
    ("For the nine months, the company reported a loss.", "the nine months", P1, "P9M", None),
    ("Over the years, many patients waited.", "years", P1, "PXY", None),  # a bare unit: "the" outside, as TimeML
    ("Police searched for him in the weeks before the attack.", "weeks", P1, "PXW", None),
    ("Earnings soared in the fiscal first quarter.", "the fiscal first quarter", date(1989, 10, 26), "1989-Q1", None),
    # deictic words (§2): vague values, no interval; "right now"/"for now" give "now"
    ("Stocks are now higher.", "now", P1, "PRESENT_REF", None),
    ("Right now, prices are falling.", "now", P1, "PRESENT_REF", None),
    ("For now, the plan is on hold.", "now", P1, "PRESENT_REF", None),
    ("The company currently employs 500 people.", "currently", P1, "PRESENT_REF", None),
    ("The company is, at present, the largest maker.", "at present", P1, "PRESENT_REF", None),
    ("Nowadays few people write letters.", "Nowadays", P1, "PRESENT_REF", None),
    ("These days the firm sells mostly online.", "These days", P1, "PRESENT_REF", None),
    ("He recently left the company.", "recently", P1, "PAST_REF", None),
    ("Sales have slowed lately.", "lately", P1, "PAST_REF", None),
    ("More recently, the firm cut jobs.", "More recently", P1, "PAST_REF", None),
    ("Sun competes with Hewlett-Packard Co. Recently, analysts said it would grow.", "Recently", P1, "PAST_REF", None),
    ("In the past, the company lost money.", "the past", P1, "PAST_REF", None),
    ("In the future, the company will grow.", "the future", P1, "FUTURE_REF", None),
    ("Prices will fall in the near future.", "the near future", P1, "FUTURE_REF", None),
    ("The plan will end three years from now.", "three years from now", P1, "2025", None),
    # "N units from now" is one date counted from P in its unit (§2 "two days before the new year"),
    # also where the ner reads "N units" and "now" apart
    ("The talks will resume two weeks from now.", "two weeks from now", P1, "2022-W44", None),
    ("The plant will open three days from now.", "three days from now", P1, "2022-10-25", None),
    ("Prices will be higher six months from now.", "six months from now", P1, "2023-04", None),
    ("Prices will be higher a year from now.", "a year from now", P1, "2023", None),
    ("Two weeks from now, the talks resume.", "Two weeks from now", P1, "2022-W44", None),
    # counted runs: the run so far, a duration (TimeML: "the fifth straight year" P5Y)
    ("Stocks fell for a third consecutive day on Friday.", "a third consecutive day", P1, "P3D", None),
    # "for a second day": the indefinite article makes the ordinal a run's count, as "consecutive" does
    ("Protesters rallied for a third day on Sunday.", "a third day", P1, "P3D", None),
    ("Talks entered a second week.", "a second week", P1, "P2W", None),
    ("The index rose for the fourth week in a row.", "the fourth week in a row", P1, "P4W", None),
    ("Profits declined for two straight quarters.", "two straight quarters", P1, "P2Q", None),
    ("Oil fell for the third session in a row.", "the third session in a row", P1, "P3D", None),
    ("Apple closed at a record for a fifth consecutive session.", "a fifth consecutive session", P1, "P5D", None),
    ("Sales rose for the 10th straight month.", "the 10th straight month", P1, "P10M", None),
    ("Shares fell three days in a row.", "three days in a row", P1, "P3D", None),
    # durations written as adjectives
    ("It was the biggest single-day drop since 2008.", "single-day", P1, "P1D", None),
    ("The decades-long dispute ended.", "decades-long", P1, "PXDE", None),
    ("The firm signed a multiyear deal.", "multiyear", P1, "PXY", None),
    ("A year-long probe ended.", "year-long", P1, "P1Y", None),
    ("The company signed a five-year contract.", "five-year", P1, "P5Y", None),
    # trading days and sessions; "the day"/"the session" of a market report is the day under report
    ("Shares have lost 12% over the past five trading days.", "the past five trading days", P1, "P5D", None),
    ("The shares gained in each of the last three sessions.", "the last three sessions", P1, "P3D", None),
    ("The index fell 2% on the day.", "the day", P1, "2022-10-22", None),
    ("Stocks fell on Friday. The index lost 2% on the day.", "the day", P1, "2022-10-21", None),
    ("Shares closed up 3% for the session.", "the session", P1, "2022-10-22", None),
    # "this week" in a report dated the day after it was written
    ("Investors will watch earnings this week.", "this week", P2, "2021-W01", None),  # P2 a Sunday
    ("Stocks rose 2% this week.", "this week", P4, "2019-W22", None),  # P4 a Monday
    ("Stocks rose 2% this week.", "this week", P1, "2022-W42", None),
    # no publication date: X placeholders, no interval
    ("Registrations stopped on October 16.", "October 16", None, "XXXX-10-16", None),
    ("The service will end in December.", "December", None, "XXXX-12", None),
    ("Sales fell last year.", "last year", None, "XXXX", None),
    ("Revenue fell in the first half of 2022.", "the first half of 2022", None, "2022-H1", None),
    ("Revenue will grow in the third quarter.", "the third quarter", None, "XXXX-Q3", None),
    ("Shares fell on Tuesday.", "Tuesday", None, "XXXX-WXX-2", None),
    ("The board met last Friday.", "last Friday", None, "XXXX-WXX-5", None),
    ("The firm said yesterday that sales rose.", "yesterday", None, "XXXX-XX-XX", None),
    ("The talks ended last week.", "last week", None, "XXXX-WXX", None),
    ("Sales rose this month.", "this month", None, "XXXX-XX", None),
    ("The plant opened two years ago.", "two years ago", None, "XXXX", None),
    ("The store closed on Christmas Day.", "Christmas Day", None, "XXXX-12-25", None),
    ("The deal closed two days before the new year.", "two days before the new year", None, "XXXX-12-30", None),
    ("Prices will rise at the end of the month.", "the end of the month", None, "XXXX-XX", "END"),
    ("Sales rose in the first half of 2022, up from the same period last year.", "the same period last year", None,
     "2021-H1", None),
    ("The plant will close in 18 months.", "18 months", None, "P18M", None),
    ("Stores reopened after Easter.", "Easter", None, "XXXX-WXX-7", None),
    # a calendar quarter named by its last month (the quarter by context, as "the second quarter")
    ("Samsung led shipments in the June quarter.", "the June quarter", P1, "2022-Q2", None),
    ("Sales in the December quarter of 2020 rose.", "the December quarter of 2020", P1, "2020-Q4", None),
    ("Revenue for the Sept. quarter beat forecasts.", "the Sept. quarter", P1, "2022-Q3", None),
    # a count of days back after a longer period counts from the publication date, not from the period
    # (ANNOTATION §3 resolves "a year earlier" against the previous DATE; a quarter cannot move by days)
    ("Profit fell in the third quarter. A day earlier, its rival cut prices.", "A day earlier", P1, "2022-10-21", None),
    ("The vote was on Tuesday. A day earlier, talks failed.", "A day earlier", P1, "2022-10-17", None),
    # a guidance verb: the period it forecasts nearest the publication date; the day it governs is when it was said
    ("The chipmaker forecast first-quarter revenue above estimates.", "first-quarter", P1, "2023-Q1", None),
    ("It projected sales of $2 billion for the fourth quarter.", "the fourth quarter", date(2022, 8, 3), "2022-Q4", None),
    ("The company forecast on Tuesday that sales would rise.", "Tuesday", P1, "2022-10-18", None),
    # ... the period nearest the publication date: a preliminary figure or analysts' forecast of the one just ended
    ("Analysts had forecast fourth-quarter earnings of $1.10 a share.", "fourth-quarter", date(2025, 1, 30), "2024-Q4", None),
    ("Samsung forecast fourth-quarter operating profit of 6.5 trillion won.", "fourth-quarter", date(2025, 1, 8), "2024-Q4",
     None),
    # an event called or set for a day: the day nearest the publication date, not the calling verb's past
    ("Pilots called a strike for November 3.", "November 3", P1, "2022-11-03", None),
    ("The board has called a special meeting for Nov. 15.", "Nov. 15", P1, "2022-11-15", None),
    ("Opposition parties demanded a vote for December 4.", "December 4", P1, "2022-12-04", None),
    ("The regulator scheduled nothing; it called a hearing for October 28, a spokesman said.", "October 28", P1,
     "2022-10-28", None),
    ("The company reported a loss for September.", "September", P1, "2022-09", None),  # guard: a period reported on
    ("The company reported a loss for November.", "November", P1, "2021-11", None),  # guard (R9): past and nearest differ here
    ("Dockworkers held a strike on November 3.", "November 3", P1, "2021-11-03", None),  # guard: the strike held, past
    # "the quarter", "the latest period": the quarter the article last named (ANNOTATION §3 anaphora)
    ("Velmora said its fiscal second quarter was strong. Net income for the quarter rose 12%.", "the quarter", P1,
     "2022-Q2", None),
    ("Kestrel reported results for the first quarter of 2022 on Tuesday. Revenue in the quarter rose 8%.", "the quarter",
     P1, "2022-Q1", None),
    ("Orvana said its fiscal first quarter was weak. The latest period included a $4 million charge.", "The latest period",
     P1, "2022-Q1", None),
    ("Travelers expects a fourth-quarter charge. In the latest quarter, profit fell 5%.", "the latest quarter", P1,
     "2022-Q3", None),  # guard: a quarter forecast is not the one reported
    # ... nor a quarter forecast by a forecast's verb or outlook (tense NEAREST), nor one still under way at P
    ("Brindle reported a profit for the third quarter. It forecast fourth-quarter earnings of 40 cents a share. "
     "Cash rose to $9 million at the end of the quarter.", "the end of the quarter", P1, "2022-Q3", "END"),
    ("Brindle reported a profit for the third quarter. It raised its outlook for the fourth quarter. "
     "Net income in the quarter rose 5%.", "the quarter", P1, "2022-Q3", None),
    ("Brindle posted a profit for the third quarter. It sees fourth-quarter revenue of $2 billion. "
     "Revenue in the quarter rose 5%.", "the quarter", P1, "2022-Q3", None),
    # ... and under a forecast, "the end of the quarter" is the quarter ahead, not the one reported
    ("Brindle reported a profit for the third quarter. Brindle expects to return to profit by the end of the quarter.",
     "the end of the quarter", P1, "2022-Q4", "END"),
    # a year-on-year comparison after the day results were posted looks back from the quarter named, not the day
    ("Brindle posted third-quarter results on Monday. Revenue was $40 million, compared with $32 million in the "
     "year-ago quarter.", "the year-ago quarter", P1, "2021-Q3", None),
    ("Brindle posted third-quarter results on Monday. Net income was $5 million, up from $3 million a year earlier.",
     "a year earlier", P1, "2021-Q3", None),
    ("Brindle said Monday its third-quarter profit rose. On Tuesday, net income rose to $5 million from $3 million "
     "a year ago.", "a year ago", P1, "2021-Q3", None),
    ("Brindle reported a third-quarter loss. Its shares fell on Monday. A year earlier, it had cut 500 jobs.",
     "A year earlier", P1, "2021-10-17", None),  # guard: no figure compared, the day a year back
    # a month a future reported in the past ("said it will"), or a modal, looks to lies ahead of P, but for the one
    # just ended, whose outcome is not known yet
    ("Brindle said it will ship the Widget X2 in May.", "May", P1, "2023-05", None),
    ("Brindle said it would launch the phone in June.", "June", P1, "2023-06", None),
    ("Brindle said sales would fall in September.", "September", P1, "2022-09", None),  # guard: the month just ended
    ("Brindle now expects sales of $6 billion, up from $5 billion forecast in July.", "July", P1, "2022-07",
     None),  # guard: a figure compared with is known
]
REFS = ("PAST_REF", "PRESENT_REF", "FUTURE_REF")


def _find(records, expression):
    matches = [r for r in records if r.text == expression]
    assert matches, f"{expression!r} not found as a mention; got {[(r.label, r.text) for r in records]}"
    return matches[-1]


@pytest.mark.parametrize("sentence,expression,published,timex,mod", DATE_CASES,
                         ids=[f"{c[1]}@{c[2]}" for c in DATE_CASES])
def test_date_found_and_normalized(nlp, sentence, expression, published, timex, mod):
    from extract import extract_text

    record = _find(extract_text(sentence, published=published), expression)
    assert record.label == "DATE"
    value = record.value
    expected_type = "DURATION" if timex.startswith("P") and timex not in REFS else "DATE"
    assert (value.type, value.timex, value.mod) == (expected_type, timex, mod)
    point = None if "X" in timex or timex.startswith("P") or timex in REFS else _interval(timex.split("T")[0])
    assert (value.start, value.end) == (point or (None, None))


def _interval(timex: str) -> tuple[str, str]:
    first, last = point_from_timex(timex).interval() if point_from_timex(timex) else _century(timex)
    return first.isoformat(), last.isoformat()


def _century(timex: str):
    return TimePoint("century", int(timex)).interval()


INTERVAL_CASES = [  # (timex, start, end): §3 calendar intervals, seasons meteorological
    ("2022-H1", "2022-01-01", "2022-06-30"), ("2022-H2", "2022-07-01", "2022-12-31"),
    ("2022-Q3", "2022-07-01", "2022-09-30"), ("2020-SP", "2020-03-01", "2020-05-31"),
    ("2020-SU", "2020-06-01", "2020-08-31"), ("2020-FA", "2020-09-01", "2020-11-30"),
    ("2019-WI", "2019-12-01", "2020-02-29"), ("2022-W05", "2022-01-31", "2022-02-06"),
    ("2022-W05-WE", "2022-02-05", "2022-02-06"),
    ("199", "1990-01-01", "1999-12-31"), ("2024-02", "2024-02-01", "2024-02-29"),
]


@pytest.mark.parametrize("timex,start,end", INTERVAL_CASES, ids=[c[0] for c in INTERVAL_CASES])
def test_date_interval(timex, start, end):
    first, last = point_from_timex(timex).interval()
    assert (first.isoformat(), last.isoformat()) == (start, end)


NOT_DATE_CASES = [  # (sentence, text that must not be a DATE mention): §2 rates, ages, times
    ("Prices rose 7%-a-year for a decade.", "a-year"),  # a rate (review R5: the tokenizer's '%-' split made it one)
    ("Revenue fell 5.9% year-on-year.", "year-on-year"),
    ("The fee is charged annually.", "annually"),
    ("The app has a million daily active users.", "daily"),
    ("The 50-year-old founder resigned.", "50-year"),
    ("The Post-Dispatch reported it in 2008.", "Post-Dispatch"),  # "post-" before no year
    ("The end-user market grew in 2021.", "end-user"),  # "end-" before no date
    ("Acme expects a second quarter loss.", "a second quarter"),  # a quarter's loss, no run
    ("Sales rose during the 2021 season.", "the 2021"),  # the year's "the" is its noun's
    ("He retired at 65 years old.", "65 years"),
    ("The market opens at 9 a.m.", "9 a.m."),
    ("Vantor said it would report by 2000 GMT on Thursday.", "2000"),  # a clock time of four digits, no year
    ("The ceasefire starts at 1800 local time.", "1800"),
    ("Hernandez was kidnapped at 10 p.m. Wednesday, police said.", "Wednesday"),  # the day of a clock time: one TIME
    ("The FBI arrested him in the early hours of Thursday morning.", "the early hours"),  # a time of day
    ("Crowds gathered the day before the vote.", "the day before"),  # a day fixed by an event
    ("Guards stood outside the clinic 24 hours a day.", "24 hours"),
    ("Staff come in two days a week.", "two days"),
    ("He said on CBS's 60 Minutes that he was sad.", "60 Minutes"),
    ("The two men showed up at the house the day after his death.", "the day"),
    ("Kopp's stepmother married his father when Kopp was in his 30s.", "30s"),
    ("The quarter-to-quarter comparison was hurt by a charge.", "quarter"),
    ("Mutual funds account for more than a quarter of the junk market.", "quarter"),
    ("The festival takes place every summer.", "summer"),
    ("The company holds its annual meeting each spring.", "spring"),
    ("The board meets every Monday.", "Monday"),
    ("Each year the firm hires 300 graduates.", "year"),
    ("The library shipped version 3.8.18 this week.", "3.8.18"),
    ("He said the 9/11 attacks changed everything.", "9/11"),
    ("The 49ers took the lead in the second half of the game.", "half"),
    ("He scored twice in the first quarter of the match.", "quarter"),
    ("The talks will resume after the Lunar New Year holiday.", "New Year"),
    ("Chinese New Year was quiet.", "New Year"),
    ("Police scanned the crowd at the annual March for Life on Capitol Hill.", "March"),  # a march, an event
    ("The operator changed from a fiscal year to a calendar year in December.", "fiscal year"),  # a kind of year
    ("Iraq imports about three-quarters of its foodstuffs.", "quarters"),  # a fraction
    # the size of a change after "by" is a fraction (D8, R8 interim D4)
    ("Profit fell by a quarter to $2 billion.", "quarter"),
    ("Shares are down by more than a quarter this year.", "quarter"),
    ("The firm cut costs by about a quarter.", "quarter"),
    ("It was a record year for the firm.", "year"),  # guard: a bare "year" is no date
    # a bare clock unit below the hour says how soon, no duration (D8); a count keeps it ("a few minutes")
    ("Rescuers reached the site within minutes.", "minutes"),
    ("The two blasts went off minutes apart.", "minutes"),
    ("The order was filled in seconds.", "seconds"),
    # a rate's unit split off the model's span ("a year through 2026")
    ("Analysts expect revenue to grow 50% a year through 2026.", "a year"),
    ("Sales should rise 20% a year until 2030.", "a year"),
    ("The meeting was held on April 24, and 25 people came.", "25"),  # a count after the date
    # deictic words that are no date (§2): the conjunction "now that", names, adjectives, a fate
    ("Now that the deal is done, the company will grow.", "Now"),
    ("Huawei shut down its office app Link Now last week.", "Now"),
    ("NOW president Patricia Ireland spoke.", "NOW"),
    ("The future king visited the plant.", "future"),
    ("The future of the company is unclear.", "future"),
    # "the day"/"the session" outside a market report: a day fixed by an event, a sitting
    ("Police were at the scene on the day he died.", "the day"),
    ("The legislature passed 30 bills in the session.", "session"),
    ("Baker met with Sununu Sunday. A source said the outcome of that session was unclear.", "session"),
    ("The minister left for Nairobi later in the day.", "the day"),
    ("The five-year-old boy was found.", "five-year"),
    # a relative date in title case after a possessive, a quote or a broadcaster is a programme
    ("Baker said on ABC News' \"This Week\" that the request was denied.", "This Week"),
    ("This is VOA Today.", "Today"),
    # trading hours outside a session are a modifier; a name's plural models are no decade
    ("Nvidia shares fell 4% in after-hours trading.", "hours"),
    ("The stock slid in extended-hours trade.", "hours"),
    ("Unsold Tundra 1500s crowded dealer lots.", "1500s"),
    ("Dealers still had unsold Sierra 1500s in March.", "1500s"),
]


@pytest.mark.parametrize("sentence,text", NOT_DATE_CASES, ids=[c[1] for c in NOT_DATE_CASES])
def test_not_a_date(nlp, sentence, text):
    from extract import extract_text

    assert not [r for r in extract_text(sentence, published=P1) if r.label == "DATE" and text in r.text]


def test_date_outside_the_calendar_is_none():
    assert normalize_date("next year", DateContext(date(9999, 12, 31))) is None
    assert normalize_date("two days ago", DateContext(date(1, 1, 1))) is None


def test_date_never_reads_the_clock():
    assert normalize_date("today") == {"type": "DATE", "timex": "XXXX-XX-XX", "mod": None, "start": None,
                                             "end": None}
    assert normalize_date("last year")["timex"] == "XXXX"


from hypothesis import given, settings, strategies as st  # noqa: E402

DATE_WORDS = st.sampled_from(["the", "last", "next", "year", "years", "quarter", "half", "of", "ago", "early", "mid-",
                              "October", "16", "2022", "'90s", "1990s", "same", "period", "earlier", "morning", "two",
                              "a", "week", "or so", "before", "new", "Christmas", "fiscal", "Q3", "H1", "century"])


@settings(max_examples=400, deadline=None)
@given(st.lists(st.one_of(DATE_WORDS, st.text(max_size=6)), max_size=8).map(" ".join),
       st.one_of(st.none(), st.dates()), st.sampled_from([None, "PAST", "FUTURE"]),
       st.sampled_from([None, "2022-H1", "2021-10-16", "199", "XXXX-10", "2020-W53", "2019-WI"]))
def test_date_normalizer_never_raises(text, published, tense, anchor):
    reading = read_date(text, DateContext(published, tense, point_from_timex(anchor) if anchor else None))
    assert reading is None or reading.value["type"] in ("DATE", "DURATION")
    # the typed point a later anaphor counts from is the one the value's TIMEX3 writes
    assert reading is None or reading.point == point_from_timex(reading.value["timex"])


RULE_CASES = [  # (text, published, rule id): a value names the date rule that read it, as a span its pattern
    ("the first half of 2022", P1, "half"),
    ("the same period last year", P1, "same-period"),
    ("two years ago", P1, "ago"),
    ("a year earlier", P1, "anaphoric"),
    ("the year before", P1, "unit-before"),
    ("the June quarter", P1, "month-quarter"),
    ("the closing months of 2021", P1, "year-edge-vague"),
    ("the first three months of the year", P1, "year-edge"),
    ("the first week of October", P1, "month-edge"),
    ("the second half of September", P1, "month-half"),
    ("3Q22", P1, "count-first-short-year"),
    ("fiscal 2021-22", P1, "fiscal-split-year"),
    ("Christmas Day", P1, "holiday"),
    ("late 2019", P1, "year"),
    ("the past two years", P1, "stretch"),
    ("Tuesday", None, "weekday"),
    ("October 16", None, "month-day"),
]


@pytest.mark.parametrize("text,published,rule", RULE_CASES, ids=[c[0] for c in RULE_CASES])
def test_date_rule_named(text, published, rule):
    assert read_date(text, DateContext(published)).rule == rule


def test_date_rule_ids_unique():
    from extract.normalize.date_rules import RULES

    ids = [r.id for r in RULES]
    assert len(ids) == len(set(ids)) and all(ids)


def test_date_scan_read_once(nlp, monkeypatch):
    """The span stage's scan of a date's words rides on the doc as plain data (the doc still pickles
    and serializes) and the cue stage resolves it in context without reading the words again."""
    import pickle

    from spacy.tokens import Doc, DocBin

    import extract.date_spans as date_spans
    import extract.normalize.dates as dates
    from extract.articles import Article
    from extract.mentions import doc_mentions

    text = "Sales rose in the first half of 2022, compared with the same period last year."
    doc = nlp(text)
    assert sorted(k[1:] for k in doc.user_data if k[0] == date_spans.SCAN_KEY) == [(14, 36), (52, 77)]
    docs = [doc, pickle.loads(pickle.dumps(doc)), Doc(nlp.vocab).from_bytes(doc.to_bytes()),
            next(DocBin().from_bytes(DocBin(docs=[doc], store_user_data=True).to_bytes()).get_docs(nlp.vocab))]

    def no_second_reading(text):
        raise AssertionError(f"{text!r} read again")

    monkeypatch.setattr(date_spans, "scan_date", no_second_reading)
    monkeypatch.setattr(dates, "scan_date", no_second_reading)
    for each in docs:
        found = [(m.text, m.value.timex) for m in doc_mentions(each, Article("a.txt", text, P1)) if m.label == "DATE"]
        assert found == [("the first half of 2022", "2022-H1"), ("the same period last year", "2021-H1")]


def test_date_words_checked_once_per_process(nlp, monkeypatch):
    """The span stage's check that the normalizer reads a span's words depends on the words alone:
    it is made once per text in a process, and a second article with the same dates scans none again
    (the same spans, the scans on the doc as before)."""
    import extract.date_spans as date_spans

    text = "Revenue rose 4% in the third quarter of 2041 and fell in late 2043, the company said on Tuesday."
    first = nlp(text)

    def no_second_scan(words):
        raise AssertionError(f"{words!r} scanned again")

    monkeypatch.setattr(date_spans, "scan_date", no_second_scan)
    again = nlp(text)
    assert [(e.text, e.label_) for e in again.ents] == [(e.text, e.label_) for e in first.ents]
    assert {"the third quarter of 2041", "late 2043", "Tuesday"} <= {e.text for e in again.ents if e.label_ == "DATE"}
    assert {k: v for k, v in again.user_data.items() if k[0] == date_spans.SCAN_KEY} == {
        k: v for k, v in first.user_data.items() if k[0] == date_spans.SCAN_KEY}


@pytest.mark.parametrize("stale", ["other words", "unknown rule"])
def test_date_stale_scan_read_again(nlp, stale):
    """A scan on the doc is used only for the words it was made of and the rules there are: a doc
    whose stored scan holds other words or a rule id no rule has still gives the span's own value."""
    import extract.date_spans as date_spans
    from extract.articles import Article
    from extract.mentions import doc_mentions
    from extract.normalize.dates import scan_date

    text = "Sales rose in the first half of 2022."
    doc = nlp(text)
    key = (date_spans.SCAN_KEY, 14, 36)
    span_text, data = doc.user_data[key]
    if stale == "other words":
        doc.user_data[key] = ("March 2015", scan_date("March 2015").as_data())
    else:
        doc.user_data[key] = (span_text, (*data[:3], tuple(("no-such-rule", s, g) for _, s, g in data[3])))
    found = [(m.text, m.value.timex) for m in doc_mentions(doc, Article("a.txt", text, P1)) if m.label == "DATE"]
    assert found == [("the first half of 2022", "2022-H1")]


def test_date_someday_reading_own(nlp):
    """'will one day' is a FUTURE_REF read by a rule of RULES, a value of its own for each mention
    (not one dict shared by every 'one day' of every article)."""
    from extract.date_cues import DateCues
    from extract.normalize.date_rules import RULES

    docs = [nlp("Islam will one day be the second largest religion."), nlp("He said China would one day lead the world.")]
    spans = [e for doc in docs for e in doc.ents if e.label_ == "DATE"]
    assert [e.text for e in spans] == ["one day", "one day"]
    readings = [DateCues(P1).read(e, e.text, e.doc.text[:e.start_char]) for e in spans]
    assert [r.value["timex"] for r in readings] == ["FUTURE_REF", "FUTURE_REF"]
    assert all(r.rule in {rule.id for rule in RULES} for r in readings)
    assert readings[0].value is not readings[1].value


def test_span_value_refuses_a_date(nlp):
    """A DATE's value depends on its context (DateCues): span_value, which has none, refuses one."""
    from extract.articles import Article
    from extract.mentions import span_value

    text = "Sales rose in 2021 by 5%."
    doc = nlp(text)
    spans = {e.label_: e for e in doc.ents}
    with pytest.raises(ValueError):
        span_value(spans["DATE"], spans["DATE"].text, Article("a.txt", text, P1))
    assert span_value(spans["PERCENT"], "5%", Article("a.txt", text, P1))["percent"] == 5.0


HOLIDAY_CASES = [  # (holiday, year, day): fixed, floating and counted from Easter or Thanksgiving
    ("easter", 2013, date(2013, 3, 31)), ("easter", 2019, date(2019, 4, 21)), ("good friday", 2020, date(2020, 4, 10)),
    ("black friday", 2022, date(2022, 11, 25)), ("thanksgiving", 1998, date(1998, 11, 26)),
    ("memorial day", 2022, date(2022, 5, 30)), ("labor day", 2022, date(2022, 9, 5)),
    ("martin luther king day", 2022, date(2022, 1, 17)), ("christmas eve", 2021, date(2021, 12, 24)),
]


@pytest.mark.parametrize("name,year,day", HOLIDAY_CASES, ids=[f"{c[0]}-{c[1]}" for c in HOLIDAY_CASES])
def test_holiday_day(name, year, day):
    from extract.normalize.holidays import holiday_day

    assert holiday_day(name, year) == day


# Dates found from their words whatever the ner reads (issue 17: a retrained ner moved TimeBank's
# DATE spans). Each row gives the ner's reading of some words, imposed on the doc before the
# date stage runs (the ner's spans over those words are replaced): (words, label), label None for
# no span. The date must come out the same. Every row fails on the code before these rules.
READING_CASES = [  # (sentence, expression, published, timex, mod, reading)
    # "now" read alone after a count of units and "from": the count is part of the date
    ("The plan will end three years from now.", "three years from now", P1, "2025", None, ("now", "DATE")),
    # a lone weekday, after "Earlier" too (the ner read no date)
    ("Earlier Sunday, protesters prayed for divine help.", "Sunday", P1, "2022-10-16", None, ("Earlier Sunday", None)),
    ("The union said Friday that the strike would end.", "Friday", P1, "2022-10-21", None, ("Friday", None)),
    ("Castro announced last Wednesday that the boy would return.", "last Wednesday", P1, "2022-10-19", None,
     ("last Wednesday", None)),
    # "Late Monday," opening a sentence orders the day's news as "Earlier Sunday," does: no part of the date
    ("The talks went on. Late Monday, officials said they had ended.", "Monday", P1, "2022-10-17", None,
     ("Late Monday", "DATE")),
    ("Prices fell late yesterday.", "late yesterday", P1, "2022-10-21", "END", ("late yesterday", None)),
    # a month or year from the words that make it a date: a preposition, a determiner, a year
    ("The plant closed in March.", "March", P1, "2022-03", None, ("March", None)),
    ("Prices have risen since 1995.", "1995", P1, "1995", None, ("1995", None)),
    ("He was hurt in the 1996 Olympic bombing.", "1996", P1, "1996", None, ("1996", None)),
    ("Profits rose between 1994 and 1997.", "1997", P1, "1997", None, ("1994 and 1997", None)),
    ("The bomb went off in January 1998.", "January 1998", P1, "1998-01", None, ("January 1998", "CARDINAL")),
    ("Sales for fiscal 1989 rose.", "fiscal 1989", P1, "1989", None, ("1989", "CARDINAL")),
    ("In June last year, the leaders met.", "June last year", P1, "2021-06", None, ("June last year", None)),
    # an ordinal quarter without "the", "fiscal" kept inside the span
    ("After a flat second quarter, sales rose.", "second quarter", P1, "2022-Q2", None, ("second quarter", "ORDINAL")),
    ("Net income for the fiscal second-quarter of $8.6 million rose.", "fiscal second-quarter", P1, "2022-Q2", None,
     ("second-quarter", "DATE")),
    ("The company's fourth quarter ended Sept. 30.", "fourth quarter", P1, "2022-Q4", None, ("fourth quarter", None)),
    # durations counted in calendar units, whatever the ner's label (MONEY with no currency, CARDINAL)
    ("Iraq will open its sites for no more than sixty days.", "no more than sixty days", P1, "P60D", "EQUAL_OR_LESS",
     ("no more than sixty days", "MONEY")),
    ("They had lived there for a couple of years.", "a couple of years", P1, "P2Y", "APPROX", ("a couple of", "CARDINAL")),
    ("He spent 2 1/2 years in the camps.", "2 1/2 years", P1, "P2Y6M", None, ("2 1/2", "CARDINAL")),
    ("It was the end of the eight-year war.", "eight-year", P1, "P8Y", None, ("eight", "CARDINAL")),
    ("Wages were 3.8 percent higher than a year earlier.", "a year earlier", P1, "2021", None, ("a year earlier", None)),
    ("Sales fell in the first nine months.", "the first nine months", P1, "P9M", None, ("nine", "CARDINAL")),
    # vague references and named parts of the calendar
    ("Investors will sell in the weeks ahead.", "the weeks ahead", P1, "FUTURE_REF", None, ("weeks", "DATE")),
    ("The buildings were removed a few years ago.", "a few years ago", P1, "PAST_REF", None, ("few years ago", "DATE")),
    ("The country was ruled from Moscow for centuries.", "centuries", P1, "PXCE", None, ("centuries", None)),
    ("He was seen in the weeks before the attack.", "weeks", P1, "PXW", None, ("the weeks", None)),  # "the" out: bare
    ("It followed a several-year tenure as editor.", "several-year", P1, "PXY", None, ("several", "CARDINAL")),
    ("The bombing arrived at the lab over the weekend.", "the weekend", P1, "2022-W42-WE", None, ("the weekend", None)),
    ("Sales for the full year were $6.6 billion.", "the full year", P1, "2022", None, ("the full year", None)),
    ("Net sales for this year's third quarter were $14 million.", "this year's third quarter", P1, "2022-Q3", None,
     ("this year's", "DATE")),
    ("The cuts will be done by year end.", "year end", P1, "2022", "END", ("year end", None)),  # as "year-end"
    ("The deal will close by year-end.", "year-end", P1, "2022", "END", ("year-end", None)),
    ("She called herself a 20th century democrat.", "20th century", P1, "19", None, ("20th", "ORDINAL")),
    ("A court hearing is set for the week of March 6.", "the week of March 6", P5, "2023-W10", None, ("March 6", "DATE")),
    ("The unit made 5% of sales in the latest nine months.", "the latest nine months", P1, "P9M", None, ("nine", "CARDINAL")),
    ("Sales grew for the first time in years.", "years", P1, "PXY", None, ("years", None)),
    ("Prices were low in the early summer.", "the early summer", P1, "2022-SU", "START", ("summer", "DATE")),
    ("The business was sold this past spring.", "this past spring", P1, "2022-SP", None, ("spring", "DATE")),
]

NOT_DATE_READING_CASES = [  # (sentence, text that must not be a DATE mention, reading): names and rates
    ("Prime Minister Theresa May spoke.", "May", ("Theresa May", "PERSON")),  # a month at a name's end: a name
    ("Brian May played the guitar.", "May", ("Brian May", "PERSON")),
    ("The crash on Black Monday hurt investors.", "Monday", ("Black Monday", "EVENT")),  # an event's name
    ("The Sunday Times reported the deal.", "Sunday", ("The Sunday Times", "ORG")),  # a weekday inside a name
    ("The May Department Stores Co. said it would cut jobs.", "May", ("May Department Stores Co.", "ORG")),
    ("They stayed at a Days Inn near the airport.", "Days", ("Days Inn", None)),  # a unit in a name, none read
    ("The airline will add nearly 700 seats a week on the route.", "a week", ("a week", "DATE")),  # a rate
    ("The preferred has a dividend rate of $1.76 a year.", "a year", ("a year", "DATE")),
    ("Jobs grew at a rate of 358,000 a month.", "a month", ("a month", "DATE")),
    ("Hernandez was kidnapped at 10 p.m. Wednesday, police said.", "Wednesday", ("10 p.m. Wednesday", "TIME")),
    ("They scored in the second quarter of the game.", "quarter", ("second quarter", None)),
    ("Earlier, the company said it would cut jobs.", "Earlier", ("Earlier", None)),
    ("You may leave the meeting early.", "may", ("may", None)),
    ("It is just a matter of days before he leaves.", "days", ("days", None)),  # a bare unit counted by "a matter of"
]

READING_KEY = "test.ner_reading"


@pytest.fixture(scope="module")
def reading_nlp():
    """The pipeline with one step before the date stage that imposes a row's reading of the ner."""
    from spacy.language import Language
    from spacy.tokens import Span
    from spacy.util import filter_spans

    from extract.pipeline import load_pipeline

    def impose(doc):
        reading = doc.user_data.get(READING_KEY)
        if reading is not None:
            words, label = reading
            start = doc.text.index(words)
            span = doc.char_span(start, start + len(words), alignment_mode="expand")
            kept = [e for e in doc.ents if e.end <= span.start or span.end <= e.start]
            doc.ents = filter_spans(kept + ([Span(doc, span.start, span.end, label=label)] if label else []))
        return doc

    if "test_ner_reading" not in Language.factories:
        Language.component("test_ner_reading", func=impose)
    nlp = load_pipeline.__wrapped__()  # a pipeline of its own: the shared one stays as it is
    nlp.add_pipe("test_ner_reading", before="extract_quantities")
    return nlp


def _read_with(nlp, sentence, published, reading):
    from extract.articles import Article
    from extract.mentions import doc_mentions

    article = Article(path="<text>", text=sentence, published=published)
    doc = nlp.make_doc(sentence)
    doc.user_data[READING_KEY] = reading
    for _, pipe in nlp.pipeline:
        doc = pipe(doc)
    return doc_mentions(doc, article)


@pytest.mark.parametrize("sentence,expression,published,timex,mod,reading", READING_CASES,
                         ids=[f"{c[1]}<-{c[5][1]}" for c in READING_CASES])
def test_date_whatever_the_ner_reads(reading_nlp, sentence, expression, published, timex, mod, reading):
    record = _find(_read_with(reading_nlp, sentence, published, reading), expression)
    assert record.label == "DATE"
    assert (record.value.timex, record.value.mod) == (timex, mod)


@pytest.mark.parametrize("sentence,text,reading", NOT_DATE_READING_CASES, ids=[c[1] + "-" + c[0][:12] for c in NOT_DATE_READING_CASES])
def test_no_date_whatever_the_ner_reads(reading_nlp, sentence, text, reading):
    records = _read_with(reading_nlp, sentence, P1, reading)
    assert not [r for r in records if r.label == "DATE" and text in r.text], [(r.label, r.text) for r in records]

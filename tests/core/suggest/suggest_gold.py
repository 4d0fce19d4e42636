"""A small hand-annotated set of news paragraphs: the figures and quotes an analyst would mark in each.

Written for these tests by the suggesters' author, so the precision and recall measured on it are a
sanity check, not the unbiased measure issue 11 asks for (that needs articles annotated blind).
Each figure is (surface, value, unit); each quote is (surface, speaker). A surface is found in the
paragraph after the previous one of its kind, so repeated strings are matched in order.
"""

PARAGRAPHS = [
    {
        "text": "The US has estimated a total of 10,000 North Korean troops are in Russia. Seoul and its allies said "
        "that the number has increased to 11,000, while Ukraine has put it at around 12,000.",
        "figures": [("10,000", 10000, "troops"), ("11,000", 11000, ""), ("12,000", 12000, "")],
        "quotes": [],
    },
    {
        "text": "\"DPRK participation in combat against Ukraine would be an alarming expansion of the conflict,\" Robert A. "
        "Wood, the Deputy US Ambassador to the United Nations, said at a Security Council session in 2024.",
        "figures": [],
        "quotes": [("DPRK participation in combat against Ukraine would be an alarming expansion of the conflict",
                    "Robert A. Wood")],
    },
    {
        "text": "“We will not give up a single metre of our land,” said Zelenskyy on 5 November, adding that about "
        "eight thousand soldiers had been moved to the front in the past week.",
        "figures": [("eight thousand", 8000, "soldiers")],
        "quotes": [("We will not give up a single metre of our land", "Zelenskyy")],
    },
    {
        "text": "Inflation rose to 3.5% in October, the highest since 2023, and the central bank raised its rate by "
        "0.25 percentage points. Prices of bread were up 12 per cent on the year.",
        "figures": [("3.5%", 3.5, "%"), ("0.25 percentage points", 0.25, "percentage points"), ("12 per cent", 12, "%")],
        "quotes": [],
    },
    {
        "text": "The European Union pledged €3.2 million in emergency aid, while Washington announced a $5bn package and "
        "London added £40m. \"This is only the beginning,\" a spokesperson for the European Commission said.",
        "figures": [("€3.2 million", 3200000, "EUR"), ("$5bn", 5000000000, "USD"), ("£40m", 40000000, "GBP")],
        "quotes": [("This is only the beginning", "a spokesperson for the European Commission")],
    },
    {
        "text": "Between 10,000–12,000 people fled the city, officials said. The UN Security Council met at 10:30 on "
        "Tuesday under Resolution 2231 and debated Article 5 for the 3rd time.",
        "figures": [("10,000–12,000", 10000, "people")],
        "quotes": [],
    },
    {
        "text": "The minister called the plan a \"dead end\" and dismissed the \"peace initiative\". \"We cannot accept a "
        "ceasefire that rewards aggression,\" he said.\n\n\"Nobody in Kyiv believes that,\" he added.",
        "figures": [],
        "quotes": [("We cannot accept a ceasefire that rewards aggression", ""),
                   ("Nobody in Kyiv believes that", "")],
    },
    {
        "text": "Foreign Minister Cho Tae-yul said the deployment of some 1.2 million shells was a threat. «Russia and "
        "the North are now partners in this war,» Cho said, adding that two ships had delivered the cargo.",
        "figures": [("1.2 million", 1200000, "shells"), ("two", 2, "ships")],
        "quotes": [("Russia and the North are now partners in this war", "Cho Tae-yul")],
    },
    {
        "text": "Adedeji Ebo told the council: “Recent reports refer to the presence of third party military personnel\n"
        "in the Russian Federation to assist in operations against Ukrainian forces.” He said the first convoy "
        "carried 300 tonnes of fuel.",
        "figures": [("300", 300, "tonnes")],
        "quotes": [("Recent reports refer to the presence of third party military personnel\nin the Russian Federation "
                    "to assist in operations against Ukrainian forces.", "Adedeji Ebo")],
    },
    {
        "text": "The BBC documentary ‘The War Next Door’ was watched by 4.5 million viewers. ‘It changed how I see the "
        "conflict,’ one viewer told the programme. The F-16 jets arrived in 2024 with 20% fewer pilots than planned.",
        "figures": [("4.5 million", 4500000, "viewers"), ("20%", 20, "%")],
        "quotes": [("It changed how I see the conflict", "one viewer")],
    },
]

"""Word lists the location rules consult: everyday-word places, titles, organisation and feature words."""

from __future__ import annotations

SMALL_TOWN = 50_000
# Place names that are everyday words (or read as one mid-headline); found only with evidence.
COMMON_WORDS = frozenset("""Tour Most Police Nice Reading Mobile Of Split Bath Orange Young Male Sale Deal Hope Hull Wells March
May Union Victoria Marks Bell Buy Gap Sandy Independence Liberty Commerce Enterprise Opportunity Normal Peoria Corona
Temple Mission Pleasant Progress Concord Champion Harmony Providence Phoenix Eagle Leader Best Sofia Florence Olive
Aurora Paradise Grand Mercedes Cork Lincoln Jackson Franklin Clinton Hamilton Kent Troy Man Bar Bay Bo Ho Van
Nancy Marion Charlotte Regina Eugene Tyler Mesa Leon Salem Gary Kelly Chester Warren Homestead Centre Central Auburn
Sparks Post Ede Ore Batman Bra Hell Summit University Commonwealth Surprise Airport Federal Republic Spring Brent
Halifax BP Forest Toyota Hitachi Nokia Wimbledon Falcon Sina Suez Liberal Islands Brits""".split())  # a season, an oil
# blend, a bank, companies; "Nottingham Forest"; the tennis championships; "Liberal Democrat"; "the Highlands and
# Islands"; Britons and their music awards ("Keane won at the Brits"), not the South African town
MONTHS = frozenset("January February March April May June July August September October November December".split())
# Institutions named after a place-like phrase, and generic words a gazetteer gives as another name for a region
# ("Region" for two Philippine regions): never a location.
INSTITUTIONS = frozenset(["White House", "Whitehall", "Region", "Regions",  # "Whitehall departments": the civil service
                          "Olympic", "Olympics"])  # the Games ("the Olympic marathon"), not a district of Hong Kong
# Capitalised words that may stand right before a place without making it part of a name.
DIRECTIONS = frozenset("North South East West Northern Southern Eastern Western Central Northeast Northwest Southeast "
                       "Southwest Upper Lower Greater Occupied Mainland Downtown Inner Outer Rural Coastal".split())
# Words that open a sentence before a place ("Outside Kyiv, …"); any other capitalised opener is likely a first name.
OPENERS = frozenset("the in at on from to for by and but or as after before since while when if with across near "
                    "outside inside like unlike both neither meanwhile throughout beyond within around across "
                    "across into toward towards than then also even only including against between among "
                    # Quantifiers and "neighbouring": "Most New Jersey Republicans", "Neighbouring Liberia".
                    "most many some all few several other neighbouring neighboring nearby every each "
                    # Articles, numbers and "former": "A New York man", "One Washington-based expert", "Former U.S. envoy".
                    "a an one two three this that these those another former top senior "
                    # Question words and other function words: "Why Delhi’s air is bad" names no person "Why Delhi".
                    "why how what where whose which whether so yet though although because unless until once now here "
                    "there does did do is are was were will can could should would may might must over under upon "
                    "despite during via".split())
# Words after which a place is being named as one (a cue that lets a common word through).
CUES = frozenset("in near from to at outside around into across towards toward via of inside within off through between "
                 "city town village province region capital port".split())
TITLES = frozenset("Mayor Governor President Premier Prime Minister Ministry Foreign Defence Defense Interior "
                   "Health Finance Army Navy Air Armed Forces Police Government Governments Parliament Embassy "
                   "Ambassador Deputy Envoy Consulate Chancellor King Queen Prince Princess Emperor Sheikh Senator Congressman "
                   "Congresswoman Representative Mr Mrs Ms Dr General Gen Colonel Lieutenant Sergeant "
                   "Territory Territories Gov Lt Rep Sen Secretary Attorney Vice Speaker Commissioner Chief Consul Treasury Senate House Congress Military "
                   "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June "
                   "July August September October November December The A An On In At From By And Or But "
                   # Party words after a place name it as a modifier: "a Texas Republican", "the Ohio Democratic Party".
                   "Republican Republicans Democrat Democrats Democratic Labour Conservative Conservatives Liberal".split())
PERSON_BEFORE = frozenset("Mr Mrs Ms Miss Dr Prof Professor Sir Dame Lord Lady President General Gen Senator Sen Rep Judge Justice "
                          "Coach Captain Saint St Pope Father Sister Brother King Queen Prince Princess Duke Duchess".split())
ORG_AFTER = frozenset("Post Times Herald Tribune Journal Daily News Gazette Telegraph Independent Observer Guardian "
                      "Chronicle Review Express Standard Star Mirror Globe Today Bank University College Institute "
                      "School Party Council Fleet FC United Rovers Athletic Wanderers Club Airlines Airways Air "
                      "Forest Albion Hotspur Argyle Rangers "  # English and Scottish clubs: "Nottingham Forest"
                      "Group Company Corporation Corp Inc Ltd Holdings Motors Energy Exchange Stock Fund Foundation "
                      "Productions Pictures Films Studios Records Entertainment Television "  # "Buffalo Productions"
                      "Museum Agency Commission Conference Convention Declaration Accords Accord Agreement Protocol "
                      "Summit Games Marathon Open Festival Opera Orchestra Philharmonic Symphony Zoo Hospital "
                      "Clinic Capitals Commanders Nationals Giants Jets Knicks Lakers Kings Wizards Spurs Operator "
                      "Authority Administration Department Service Board Office Organization Organisation Association "
                      "Society Center Centre Trust Network Alliance Coalition Committee Court Utilities "
                      "Forum Roundtable Symposium Expo "
                      # Agencies, forces and facilities: "U.S. Customs", "Miami-Dade Police", "Spanish Town Police Station".
                      "Police Constabulary Customs Protection Enforcement Patrol Guard Marshals Bureau Corps Branch "
                      "Station Airport Prison Jail Penitentiary Stadium Arena Mall Hotel Library Courthouse Cathedral "
                      "Ramp Terminal Barracks".split())
# Peers' titles: "Lord Baker of Dorking", "Baroness Smith of Basildon" name a person, the place is part of the title.
PEERAGE = frozenset("Lord Lady Baron Baroness Viscount Viscountess Earl Countess Marquess Marchioness".split())
# Capitalised words heading a royal's title, a royal estate or a named office with "of": "the Prince of Wales", "the
# Duchy of Cornwall", "the Mayor of London" (lower-case "the mayor of Frankfurt" keeps the town). "Grand Duchy of
# Luxembourg" is the country's own name and keeps it.
TITLE_OF = frozenset("Prince Princess Duchy Mayor".split())
# Lower-case words after a place that make it a gang's name: "the Sinaloa cartel", "the Gulf drug cartel".
GANG_WORDS = frozenset("cartel cartels tribe tribes".split())  # "the Pueblo tribe": a people named after a place
# Capitalised words after which a place starts a firm's name: an airline ("Air Europa", "Air India"), a broadcaster
# ("TV Angola").
NAME_BEFORE = frozenset("Air TV".split())
# Titles that also end people's names: "Wayne King" is a person, though "Kyiv Mayor" keeps the place.
SURNAME_TITLES = frozenset("King Queen Prince Princess".split())
# Lower-case words after a place that name a facility of its own: "the Rafah crossing".
FACILITY_AFTER = frozenset("crossing".split())
# Lower-case words after a town's name that make it the name of a share index or a consortium: "the Dax index",
# "the Phoenix consortium" (a country keeps its place: "the three main US indices").
TOWN_NAMED_AFTER = frozenset("index consortium".split())
# Vessels named after places: "the sunken Russian submarine Kursk", "the frigate Ramillies" ("ship" and "ferry" are
# verbs too: "ship Wyoming's coal").
VESSELS = frozenset("submarine vessel warship frigate destroyer cruiser tanker liner yacht trawler".split())
# Words that join a Romance name's parts: "Château de Versailles", "Musée d'Orsay".
ROMANCE_LINKS = frozenset("de du des d di da del della".split())
ORG_OF = frozenset("Bank University College Institute School Museum Council Alternative Party Union Federation "
                   "Association League Society Academy Church Archbishop Bishop Duke Duchess Earl Battle Siege "
                   "Treaty Congress Convention Declaration Friends Bishops Sisters Knights Summit Conference Bank "
                   # Agencies: "the Port Authority of Jamaica", "the Department of Education of Texas".
                   "Authority Department Ministry Commission Bureau Agency".split())
CURRENCY_NOUNS = frozenset("dollar dollars pound pounds peso pesos rupee rupees franc francs shilling shillings yuan yen won "
                           "euro euros rand ringgit baht dinar dinars dirham dirhams riyal riyals rial rials lira krona "
                           "kronor krone kroner ruble rubles rouble roubles hryvnia zloty forint naira cedi taka rupiah".split())
LEADERSHIP = frozenset("administration presidency premiership campaign government cabinet era".split())
# "state" only in lower case: "Ohio State" is mostly a university or its team.
REGION_WORDS = frozenset("region oblast province governorate krai district state Region Oblast Province Governorate Krai".split())
FEATURE_AFTER = frozenset("peninsula river sea coast valley mountains basin delta Peninsula River Sea Coast Valley "
                          "Mountains Basin Delta Ocean Strait Gulf Bay Lake Island Islands Desert Canal Channel Straits "
                          # Counties and neighbourhoods: "Lake County", "Crown Heights", "Throgs Neck", "Indian Village".
                          "County Parish Heights Neck Village".split())
FEATURE_BEFORE = frozenset("Gulf Sea Strait Straits Bay Isle Lake Mount Cape".split())  # Gulf of Mexico, Lake Chad

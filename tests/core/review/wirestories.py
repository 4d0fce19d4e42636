"""One wire story as three outlets ran it (reworded, trimmed), and other stories on the same subject that are not copies."""

WIRE = """KYIV, March 4 (Reuters) - Ukraine exported 5.2 million tonnes of grain through its Black Sea ports in February, \
the agriculture ministry said on Monday, the highest monthly volume since the start of the war.

Shipments of corn made up almost 60% of the total, followed by wheat and barley, the ministry said in a statement. \
Most of the cargoes left from the ports of Odesa, Chornomorsk and Pivdennyi.

Exports have recovered since Ukraine launched its own shipping corridor in August after Russia quit a U.N.-brokered \
deal that had guaranteed safe passage for cargo ships. Russian drones and missiles have repeatedly hit port \
infrastructure on the Danube and near Odesa since then.

"The corridor works, and the ships keep coming despite the attacks," deputy minister Taras Kachka told reporters. \
He said insurance costs for vessels calling at Ukrainian ports had fallen by about a third since December.

Traders said the pace of shipments could slow in March as farmers hold back stocks in the hope of higher prices, \
and as the wheat harvest from last year is largely sold. The ministry expects total exports for the 2023/24 season \
to reach 45 million tonnes, down from 49 million tonnes a year earlier.

Ukraine is one of the world's largest exporters of corn and wheat. Before the war its ports shipped up to 6 million \
tonnes of grain a month."""

# Another outlet: its own headline and lede, a few words changed, the last paragraph dropped.
REWORDED = """Ukraine's grain exports hit a wartime high in February

Ukraine shipped 5.2 million tonnes of grain through its Black Sea ports in February, the agriculture ministry said \
on Monday, the highest monthly volume since Russia's invasion began.

Shipments of corn made up almost 60% of the total, followed by wheat and barley, the ministry said in a statement. \
Most of the cargoes left from the ports of Odesa, Chornomorsk and Pivdennyi.

Exports have recovered since Kyiv launched its own shipping corridor in August after Moscow quit a U.N.-brokered \
deal that had guaranteed safe passage for cargo ships. Russian drones and missiles have repeatedly struck port \
infrastructure on the Danube and near Odesa since then.

"The corridor works, and the ships keep coming despite the attacks," deputy minister Taras Kachka told journalists. \
He said insurance costs for vessels calling at Ukrainian ports had fallen by about a third since December.

Traders said the pace of shipments could slow in March as farmers hold back stocks hoping for higher prices, \
and as last year's wheat harvest is largely sold. The ministry expects total exports for the 2023/24 season \
to reach 45 million tonnes, down from 49 million tonnes a year earlier."""

# A news site that ran only the first three paragraphs.
TRIMMED = """Grain exports: Ukraine ships 5.2 million tonnes in February

KYIV (Reuters) - Ukraine exported 5.2 million tonnes of grain through its Black Sea ports in February, \
the agriculture ministry said on Monday, the highest monthly volume since the start of the war.

Shipments of corn made up almost 60% of the total, followed by wheat and barley, the ministry said in a statement. \
Most of the cargoes left from the ports of Odesa, Chornomorsk and Pivdennyi.

Exports have recovered since Ukraine launched its own shipping corridor in August after Russia quit a U.N.-brokered \
deal that had guaranteed safe passage for cargo ships."""

# The same subject and many of the same words, written independently: not a copy.
OTHER_GRAIN = """ODESA, March 5 - Farmers in southern Ukraine say they are storing more of their corn this spring, \
betting that prices will rise once shipping through the Black Sea becomes safer.

"We sold wheat at a loss last year, we will not do it again," said Oleksandr Petrenko, who farms 2,000 hectares \
near Mykolaiv. Grain elevators in the region report that stocks are a fifth higher than a year ago.

The agriculture ministry said exports reached 5.2 million tonnes in February. But analysts at a Kyiv consultancy \
warned that attacks on Danube ports and high freight costs could cut March shipments. Insurance for vessels \
remains expensive, brokers said, even though fewer ships have been hit since the new corridor opened.

Ukraine was among the world's largest grain exporters before the war, and the government hopes to keep the \
corridor open through the summer harvest."""

# A follow-up by the same agency that repeats two sentences of the first story.
FOLLOW_UP = """KYIV, April 2 (Reuters) - Ukraine's grain exports fell to 4.1 million tonnes in March as farmers held \
back stocks and drone attacks damaged a grain terminal in Izmail, the agriculture ministry said on Tuesday.

Wheat shipments fell by almost half from February, while corn exports held steady, traders said. Two vessels \
waited for more than a week at the Danube port of Reni after the attack.

Exports have recovered since Ukraine launched its own shipping corridor in August after Russia quit a U.N.-brokered \
deal that had guaranteed safe passage for cargo ships. The ministry kept its forecast for the season unchanged.

Separately, the European Commission proposed tariffs on grain imports from Russia and Belarus, a move Ukrainian \
officials had sought for months."""

UNRELATED = """ROTTERDAM, May 12 - Dock workers at the port of Rotterdam began a 48-hour strike on Sunday over pay \
and the automation of container terminals, halting work at the Maasvlakte II terminals.

The FNV union said talks with employers broke down after the companies offered a 3% rise. Fourteen ships were \
waiting to berth on Sunday evening, the port authority said, and more are expected on Monday."""

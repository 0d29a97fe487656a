# ruff: noqa: E501  (each paragraph is one line of the page, as the seed form prints it)
"""The outlines of the seed-form fixtures (invented stories; see ``build.py``)."""

from __future__ import annotations

from build import Page, Story, meta

L = "The council said the work would start after the summer holidays and that the road would stay open to buses throughout."
M = "Residents who want to comment on the plan can write to the town hall before the end of the month or attend the public meeting."

PAGES = [
    Page(
        "marsh-valley-daily-2025-09-06",
        ["Marsh Valley Daily", "VOL.8-NO.212", "SEPTEMBER 6-7, 2025"],
        meta("Marsh Valley Daily", "8", "212", "SEPTEMBER 6-7, 2025", "2025-09-06/2025-09-07"),
        [("VALLEY FARMS TRY NEW IRRIGATION", 3), ("SCHOOL ROBOTICS TEAM WINS CUP", 5)],
        [
            Story(
                "Flood Barrier Opens Ahead of Autumn Storms",
                "Edited by Clara Menon",
                [("Clara Menon", "editor")],
                [
                    (
                        "p",
                        "The new flood barrier on the lower river opened on Friday, three weeks ahead of schedule, after engineers finished testing the gates during the spring tides.",
                    ),
                    (
                        "p",
                        (
                            "The barrier can close in under ten minutes and protects more than four thousand homes in the lower town, the river board said in a statement on its",
                            "website on Friday evening.",
                        ),
                    ),
                    (
                        "p",
                        "Work on the barrier began two years ago and cost the board and the town council a combined eighty million dollars, most of it from a national climate fund.",
                    ),
                    (
                        "fig",
                        "The new flood barrier on the lower river is tested on Thursday evening.",
                        "Omar Haddad / Marsh Valley Daily",
                    ),
                ],
            ),
            Story(
                "Rail Line Returns to the Valley",
                "By Petra Lind, Jonas Berg & Ravi Kumar",
                [("Petra Lind", "author"), ("Jonas Berg", "author"), ("Ravi Kumar", "author")],
                [
                    (
                        "p",
                        "Passenger trains will run again on the valley line from next spring, forty years after the last service was withdrawn, the regional transport authority announced on Thursday.",
                    ),
                    ("sub", "Stations rebuilt"),
                    (
                        "p",
                        "Three of the old stations will be rebuilt with longer platforms, and two new stops will be added near the hospital and the business park on the eastern edge of town.",
                    ),
                    (
                        "p",
                        (
                            "The authority expects about two thousand passengers a day in the first year, rising to five thousand once the line is extended to the coast in",
                            "2029.",
                        ),
                    ),
                    ("sub", "Fares and timetable"),
                    (
                        "p",
                        "Trains will run every half hour at peak times and every hour in the evenings, with fares set at the same level as the bus services they replace.",
                    ),
                ],
                jump=3,
            ),
            Story("Where the New Trains Will Stop"),
            Story(
                "Library Extends Weekend Hours",
                "Marsh Valley Daily staff",
                [],
                [
                    (
                        "p",
                        "The central library will open on Sunday afternoons from October, after a trial last winter drew more than three hundred visitors each week to its reading rooms.",
                    ),
                    (
                        "p",
                        "The extra hours will be paid for by a grant from the county arts trust and staffed by a mix of librarians and trained volunteers from the friends of the library.",
                    ),
                ],
                deck="Sunday afternoon opening follows a winter trial that drew hundreds of readers",
            ),
        ],
    ),
    Page(
        "northgate-herald-2026-03-07",
        ["The Northgate Herald", "Vol. 12, No. 48", "Saturday, March 7, 2026"],
        meta("The Northgate Herald", "12", "48", "Saturday, March 7, 2026", "2026-03-07"),
        [("HARBOUR FESTIVAL PROGRAMME", 4)],
        [
            Story(
                "Hospital Wing to Open in May",
                "By Amara Lindgren",
                [("Amara Lindgren", "author")],
                [
                    (
                        "p",
                        "The new children's wing at Northgate General Hospital will open to its first patients in May, the health trust confirmed on Wednesday after the final safety inspection.",
                    ),
                    (
                        "p",
                        "The wing has forty beds, a play garden on the roof and rooms where parents can stay overnight, which families had asked for during the consultation three years ago.",
                    ),
                    ("sub", "Staff still needed"),
                    (
                        "p",
                        (
                            "The trust is still recruiting nurses for the wing and said about a third of the posts were unfilled, although it expected most of them to be taken",
                            "by the spring.",
                        ),
                    ),
                ],
            ),
            Story(
                "Council Backs Cycle Lanes on Main Street",
                "By KIM Soyeon and Daniel Osei",
                [("KIM Soyeon", "author"), ("Daniel Osei", "author")],
                [
                    (
                        "p",
                        "Councillors voted by eleven to four on Tuesday to build protected cycle lanes along the length of Main Street, ending a debate that has run for most of the past year.",
                    ),
                    (
                        "fig",
                        "Cyclists ride along Main Street during a trial closure last summer.",
                        "Lena Ortiz / The Northgate Herald",
                    ),
                    (
                        "p",
                        "Shopkeepers had argued that losing parking spaces would hurt trade, but the council said a survey showed most shoppers arrived on foot, by bus or by bike.",
                    ),
                    ("p", L),
                ],
                jump=2,
            ),
        ],
    ),
    Page(
        "coastal-science-weekly-2025-11-15",
        ["Coastal Science Weekly", "No. 1204", "15 November 2025"],
        meta("Coastal Science Weekly", None, "1204", "15 November 2025", "2025-11-15"),
        [("DEEP SEA SENSORS MAP CURRENTS", 2), ("NEW TELESCOPE FIRST LIGHT", 6)],
        [
            Story(
                "Seagrass Meadows Return to the Bay",
                "By Ines Farrow",
                [("Ines Farrow", "author")],
                [
                    (
                        "p",
                        "Seagrass has returned to large parts of the bay for the first time in three decades, marine scientists reported this week, after a ten-year effort to clean the water.",
                    ),
                    (
                        "p",
                        (
                            "The meadows now cover about twelve square kilometres and shelter young fish, seahorses and crabs that had almost disappeared from the bay in the",
                            "nineteen nineties.",
                        ),
                    ),
                    (
                        "p",
                        "The researchers credit new rules on farm runoff and the upgrade of two sewage works, which cut the nutrients that had clouded the water and smothered the plants.",
                    ),
                ],
            ),
            Story(
                "Students Build a Weather Balloon",
                "From our correspondent",
                [],
                [
                    (
                        "p",
                        "A team of secondary school students launched a weather balloon that reached a height of thirty-one kilometres before it burst and parachuted back to a farm field.",
                    ),
                    ("sub", "What the balloon carried"),
                    (
                        "p",
                        "The balloon carried a camera, a thermometer and a small radio, all bought with money the students raised by selling cakes and washing cars over the summer holidays.",
                    ),
                ],
            ),
            Story(
                "Ocean Observatory Begins Work",
                "By Tomas Reyes",
                [("Tomas Reyes", "author")],
                [
                    (
                        "p",
                        "The first cabled ocean observatory in the region began sending data this week from a depth of nine hundred metres, where it will measure currents, temperature and sound.",
                    ),
                    (
                        "p",
                        "Scientists say the data will help them understand how warming water moves along the shelf and how whales use the canyon during their autumn migration.",
                    ),
                ],
                jump=4,
            ),
        ],
    ),
    Page(
        "riverbend-times-2026-02-02",
        ["Riverbend Times", "Volume 31 Number 7", "MONDAY 2 FEBRUARY 2026"],
        meta("Riverbend Times", "31", "7", "MONDAY 2 FEBRUARY 2026", "2026-02-02"),
        [("MARKET HALL REOPENS", 3)],
        [
            Story(
                "Bridge Repairs Close River Road",
                "By Maria Okafor",
                [("Maria Okafor", "author")],
                [
                    (
                        "p",
                        "River Road will close between the mill and the old ferry landing for three weeks from Monday while crews replace the expansion joints on the town bridge.",
                    ),
                    (
                        "p",
                        "Drivers will be sent along the ring road, which adds about five minutes to the journey at quiet times and rather more during the morning rush, the works department said.",
                    ),
                    (
                        "fig",
                        "Crews inspect the underside of the town bridge on Friday.",
                        "Sam Ito / Riverbend Times",
                    ),
                ],
            ),
            Story(
                "Community Garden Wins National Award",
                "Riverbend Times staff",
                [],
                [
                    (
                        "p",
                        "The community garden behind the old fire station has won a national award for its work with schools, older residents and people recovering from illness.",
                    ),
                    (
                        "p",
                        (
                            "Volunteers grow vegetables on twenty raised beds and give most of the harvest to the food bank, which says the fresh produce is the most welcome part of",
                            "every delivery.",
                        ),
                    ),
                    ("sub", "Plans for the prize money"),
                    (
                        "p",
                        "The garden will spend the prize money on a greenhouse and a wheelchair-friendly path, so that more people can take part in the growing season next year.",
                    ),
                ],
                jump=5,
            ),
            Story("A Year in the Garden in Pictures"),
            Story(
                "Swimming Pool Plans Go on Show",
                "By Leah Brandt",
                [("Leah Brandt", "author")],
                [
                    (
                        "p",
                        "Plans for a new public swimming pool on the site of the old bus depot go on show at the town hall this week, and residents are invited to give their views.",
                    ),
                    ("p", M),
                ],
            ),
        ],
    ),
    Page(
        "eastport-evening-news-2025-10-20",
        ["Eastport Evening News", "VOL. 9 NO. 311", "Monday, October 20, 2025"],
        meta("Eastport Evening News", "9", "311", "Monday, October 20, 2025", "2025-10-20"),
        [("PORT JOBS FAIR THIS WEEK", 2), ("FOOTBALL CLUB'S NEW STAND", 8)],
        [
            Story(
                "Ferry Fares Frozen for Another Year",
                "By Colm Ruddy",
                [("Colm Ruddy", "author")],
                [
                    (
                        "p",
                        "Ferry fares between Eastport and the islands will stay at this year's level until next October, the operator said on Monday after talks with the county council.",
                    ),
                    (
                        "p",
                        "The council will pay the operator an extra two million dollars to cover the rising cost of fuel, which had threatened to push the price of a return ticket up by a fifth.",
                    ),
                ],
            ),
            Story(
                "Port Expansion Approved",
                "By Hannah Lindqvist & Ben Oduya",
                [("Hannah Lindqvist", "author"), ("Ben Oduya", "author")],
                [
                    (
                        "p",
                        "The planning board approved the expansion of the container port on Thursday, clearing the way for a new quay that will double the number of ships the port can handle.",
                    ),
                    ("sub", "Jobs and traffic"),
                    (
                        "p",
                        (
                            "The port company says the expansion will create about six hundred jobs, but residents near the docks worry about the extra lorries that will use the",
                            "coast road at night.",
                        ),
                    ),
                    ("sub", "Wildlife concerns"),
                    (
                        "p",
                        "Conservation groups asked the board to protect the mudflats east of the port, where thousands of wading birds spend the winter, and the board added conditions.",
                    ),
                    (
                        "fig",
                        "Cranes unload a container ship at the Eastport docks on Thursday.",
                        "Rosa Delgado / Eastport Evening News",
                    ),
                ],
                jump=3,
            ),
        ],
    ),
    Page(
        "highland-courier-2025-12-13",
        ["Highland Courier", "VOL.2-NO.48", "DECEMBER 13-14, 2025"],
        meta("Highland Courier", "2", "48", "DECEMBER 13-14, 2025", "2025-12-13/2025-12-14"),
        [("WINTER ROAD SAFETY GUIDE", 4)],
        [
            Story(
                "Ski Centre Opens Early After Heavy Snow",
                "By Fiona Grant",
                [("Fiona Grant", "author")],
                [
                    (
                        "p",
                        "The ski centre on the north slope opened a week earlier than planned on Saturday after the heaviest December snowfall in fifteen years covered the upper runs.",
                    ),
                    (
                        "p",
                        "The centre's manager said bookings were already higher than last season and that the new chairlift, installed over the summer, had carried its first skiers without a hitch.",
                    ),
                ],
            ),
            Story(
                "Mountain Rescue Team Gets New Base",
                "Edited by Ewan Ross",
                [("Ewan Ross", "editor")],
                [
                    (
                        "p",
                        "The volunteer mountain rescue team moved into a new base at the foot of the pass this week, replacing the cramped garage it has used for more than thirty years.",
                    ),
                    (
                        "fig",
                        "Rescue team members unload equipment at their new base on Tuesday.",
                        "Calum Reid / Highland Courier",
                    ),
                    (
                        "p",
                        (
                            "The base has a drying room for wet gear, a training wall and space for two vehicles, and it was paid for by a public appeal that raised the money in",
                            "under a year.",
                        ),
                    ),
                    ("sub", "Busiest year on record"),
                    (
                        "p",
                        "The team was called out ninety times this year, more than ever before, as more walkers head into the hills in winter without the right equipment or a map.",
                    ),
                ],
                jump=2,
            ),
            Story("Snowfall Across the Region This Week"),
            Story(
                "Village Shop Saved by Residents",
                "By Morag Kerr",
                [("Morag Kerr", "author")],
                [
                    (
                        "p",
                        "Residents of the village of Glenmore have bought their local shop and post office, which was due to close at Christmas, after raising the money in only six weeks.",
                    ),
                    (
                        "p",
                        "More than two hundred people bought shares in the new community company, and volunteers will work alongside two paid staff to keep the shop open seven days a week.",
                    ),
                ],
            ),
        ],
    ),
    Page(
        "lakeside-gazette-2026-01-24",
        ["Lakeside Gazette", "Vol. 44, No. 4", "Saturday, January 24, 2026"],
        meta("Lakeside Gazette", "44", "4", "Saturday, January 24, 2026", "2026-01-24"),
        [("ICE FISHING SEASON OPENS", 3), ("TOWN BAND CONCERT", 7)],
        [
            Story(
                "Lake Water Quality Best in Decades",
                "By Anika Sorensen",
                [("Anika Sorensen", "author")],
                [
                    (
                        "p",
                        "The water in the lake is cleaner than it has been at any time since records began in the nineteen sixties, according to a report published by the lake trust on Wednesday.",
                    ),
                    ("sub", "Farmers play their part"),
                    (
                        "p",
                        (
                            "The trust credits farmers around the lake, who have planted buffer strips along streams and cut their use of fertiliser, with most of the",
                            "improvement.",
                        ),
                    ),
                    (
                        "p",
                        "Swimmers and anglers have noticed the difference, and the trust says the lake could be declared safe for bathing along its whole shore within two years.",
                    ),
                ],
            ),
            Story(
                "New Bus Route Links Villages",
                "Lakeside Gazette staff",
                [],
                [
                    (
                        "p",
                        "A new bus route will link the five villages on the north shore of the lake with the town centre and the railway station from the first week of February.",
                    ),
                    (
                        "p",
                        "Buses will run every two hours from early morning until the evening, and the route will be free for the first month to encourage people to try it.",
                    ),
                    (
                        "fig",
                        "The first bus on the new route waits at the station on Thursday.",
                        "Jan Novak / Lakeside Gazette",
                    ),
                ],
            ),
            Story(
                "Museum Finds Lost Paintings in Attic",
                "By Peter Holm",
                [("Peter Holm", "author")],
                [
                    (
                        "p",
                        "Staff at the town museum found six paintings by a local artist in the building's attic while clearing it for new storage, wrapped in newspapers from the nineteen twenties.",
                    ),
                    (
                        "p",
                        "The paintings show the lake in every season and will go on display in the spring, once conservators have cleaned them and repaired the damage done by damp.",
                    ),
                ],
                jump=6,
            ),
        ],
    ),
    Page(
        "westbrook-tribune-2025-08-16",
        ["Westbrook Tribune", "VOL.14-NO.33", "AUGUST 16-17, 2025"],
        meta("Westbrook Tribune", "14", "33", "AUGUST 16-17, 2025", "2025-08-16/2025-08-17"),
        [("SUMMER FAIR RESULTS", 5)],
        [
            Story(
                "Heatwave Brings Record Demand for Water",
                "By Grace Mensah",
                [("Grace Mensah", "author")],
                [
                    (
                        "p",
                        "Water use in Westbrook reached a record level on Tuesday as temperatures climbed above thirty-five degrees for the fourth day running, the water company said.",
                    ),
                    (
                        "p",
                        (
                            "The company asked residents not to water gardens or wash cars until the heat passes, and said the reservoirs were still more than half full despite the",
                            "dry summer.",
                        ),
                    ),
                    (
                        "fig",
                        "Children cool off in the fountains in the town square on Tuesday.",
                        "Ali Rahman / Westbrook Tribune",
                    ),
                ],
            ),
            Story(
                "Old Cinema to Become Arts Centre",
                "By LI Wei, Sara Nilsson & Tom Beck",
                [("LI Wei", "author"), ("Sara Nilsson", "author"), ("Tom Beck", "author")],
                [
                    (
                        "p",
                        "The old cinema on Market Street, empty for twelve years, will be turned into an arts centre with a small theatre, studios and a cafe, the town council decided this week.",
                    ),
                    ("sub", "A long campaign"),
                    (
                        "p",
                        "A group of residents has campaigned for the building to be saved since the cinema closed, and raised a quarter of the cost through concerts, raffles and donations.",
                    ),
                    ("sub", "Opening date"),
                    (
                        "p",
                        "Building work will start in the autumn and the centre is due to open in two years, with the first season of plays and films already being planned by volunteers.",
                    ),
                ],
                jump=4,
            ),
            Story("The Cinema Through the Years"),
            Story(
                "Allotment Waiting List Grows",
                "By Nadia Petrova",
                [("Nadia Petrova", "author")],
                [
                    (
                        "p",
                        "More than four hundred people are now waiting for an allotment in Westbrook, twice as many as five years ago, and some have waited for more than three years.",
                    ),
                    ("p", M),
                ],
            ),
        ],
    ),
    Page(
        "southfield-observer-2026-04-11",
        ["Southfield Observer", "No. 877", "11 April 2026"],
        meta("Southfield Observer", None, "877", "11 April 2026", "2026-04-11"),
        [("EASTER MARKET GUIDE", 2), ("CRICKET SEASON PREVIEW", 9)],
        [
            Story(
                "Solar Farm Will Power Two Thousand Homes",
                "By Olivia Brennan",
                [("Olivia Brennan", "author")],
                [
                    (
                        "p",
                        "A solar farm on former quarry land south of the town will start producing electricity next month and will supply enough power for about two thousand homes.",
                    ),
                    (
                        "p",
                        "The farm is owned by a community energy group, and its members will share the profits, with part of the money going into a fund for insulation in older homes.",
                    ),
                    (
                        "fig",
                        "Engineers fit the last panels at the solar farm on Wednesday.",
                        "Kofi Asante / Southfield Observer",
                    ),
                ],
            ),
            Story(
                "Town Centre Gets New Trees",
                "",
                [],
                [
                    (
                        "p",
                        "Sixty new trees will be planted along the high street and in the square this spring, replacing those lost to disease and storms over the past ten years.",
                    ),
                    ("sub", "Choosing the trees"),
                    (
                        "p",
                        (
                            "Residents chose the species in an online vote, and the winners were lime, rowan and field maple, which the council says cope well with dry summers and",
                            "city air.",
                        ),
                    ),
                ],
                jump=3,
                deck="Sixty limes, rowans and maples will replace trees lost to disease and storms",
                deck_joined=True,
            ),
        ],
    ),
    Page(
        "pinecrest-ledger-2025-07-05",
        ["Pinecrest Ledger", "VOL.6-NO.27", "JULY 5-6, 2025"],
        meta("Pinecrest Ledger", "6", "27", "JULY 5-6, 2025", "2025-07-05/2025-07-06"),
        [("FOREST TRAIL REOPENS", 3)],
        [
            Story(
                "Wildfire Crews Ready for Dry Season",
                "By Marcus Webb",
                [("Marcus Webb", "author")],
                [
                    (
                        "p",
                        "Wildfire crews across the county are on alert as the dry season begins, with more firefighters and two extra water bombers on standby at the regional airport.",
                    ),
                    (
                        "p",
                        "The fire service asked visitors to the forest not to light campfires or barbecues outside the marked areas, and to report any smoke they see straight away.",
                    ),
                ],
            ),
            Story(
                "Sawmill Reopens With Sixty Jobs",
                "Edited by Helen Park",
                [("Helen Park", "editor")],
                [
                    (
                        "p",
                        "The old sawmill on the river reopened on Monday under new owners, bringing sixty jobs back to Pinecrest two years after the previous company went out of business.",
                    ),
                    ("sub", "Timber from local forests"),
                    (
                        "p",
                        (
                            "The new owners will buy timber only from forests managed under the county's sustainability scheme, and plan to sell most of it to builders",
                            "in the region.",
                        ),
                    ),
                    (
                        "p",
                        "Former workers were offered their old jobs first, and about forty of them accepted, the company said, while the rest of the posts went to younger people from the town.",
                    ),
                    (
                        "fig",
                        "A worker feeds a log into the saw at the reopened mill on Monday.",
                        "Iris Chen / Pinecrest Ledger",
                    ),
                ],
                jump=2,
            ),
            Story("Inside the Reopened Sawmill"),
            Story(
                "Farmers Market Moves to the Square",
                "By Rosa Alvarez",
                [("Rosa Alvarez", "author")],
                [
                    (
                        "p",
                        "The Saturday farmers market will move from the school car park to the town square from next week, giving the stallholders more room and shade from the trees.",
                    ),
                    ("p", L),
                ],
                deck="More room for the stallholders and shade from the trees for their customers",
                deck_joined=True,
            ),
        ],
    ),
]

"""Pilot course for regional policy officers: designing effective internationalisation
policies in VET (led by CIS with ART-ER)."""

from courses.content import option, question
from website.core.seeding import RichText, Text

MODULE_1 = {
    "slug": Text("introduction-and-setting-the-scene"),
    "title": Text("Module 1: Introduction to the Course and Setting the Scene"),
    "introduction": Text(
        "Why should a region have a policy for the internationalisation of vocational education "
        "and training (VET), and what does Europe already expect of it? This module introduces "
        "the course and sets the scene: the European policy frame for VET since 2002 and the "
        "regional dimension of internationalisation."
    ),
    "learning_outcomes": [
        Text(
            "Learners can outline the main steps of European cooperation in VET, from the "
            "Copenhagen Process to the Union of Skills."
        ),
        Text(
            "Learners can explain why the internationalisation of VET is a matter for regional "
            "policy and not only for individual providers."
        ),
        Text("Learners can state the EU-level targets for learning mobility in VET."),
    ],
    "estimated_minutes": 80,
    "units": [
        {
            "type": "text",
            "value": {
                "title": Text("About this course"),
                "body": RichText(
                    "<p>This course is for officers in regional and national administrations, "
                    "development agencies and VET authorities who design, fund or oversee "
                    "policies for the internationalisation of VET. It follows one policy through "
                    "its life cycle in four modules:</p>"
                    "<ol>"
                    "<li><b>Setting the scene</b>: the European policy frame, and why "
                    "internationalisation is a regional matter.</li>"
                    "<li><b>Making a plan and looking for support</b>: designing the policy with "
                    "the DIG.INT regional Blueprint and building the coalition that will carry "
                    "it.</li>"
                    "<li><b>A taste of European cake</b>: the layers of European, national and "
                    "regional instruments that can fund the policy, and how they stack.</li>"
                    "<li><b>Evaluating and sustaining a policy</b>: monitoring, evaluation, and "
                    "the conditions that keep a policy alive after its first funding "
                    "period.</li>"
                    "</ol>"
                    "<p>Throughout the course, internationalisation means more than sending "
                    "learners abroad. It covers the international dimension of curricula and "
                    "qualifications; the physical, virtual and blended mobility of learners and "
                    "staff; partnerships with providers and companies in other countries; the "
                    "attraction of international learners and talent; and the participation of "
                    "the regional VET system in European networks.</p>"
                    "<p>The course was developed by CIS and ART-ER within DIG.INT (Digital "
                    "International Trainers), an Erasmus+ project. It builds on the project's "
                    "benchmarking of VET providers, its competence framework, its guidelines for "
                    "internationalisation plans and its regional Blueprint. Each module combines "
                    "short readings, a link to an official source, a reflection on your own "
                    "territory and a short quiz; in the blended version, the reflections are the "
                    "starting point for the group sessions.</p>"
                ),
            },
        },
        {
            "type": "text",
            "value": {
                "title": Text("Two decades of European cooperation in VET"),
                "body": RichText(
                    "<p>The European Union does not harmonise national VET systems: under the "
                    "Treaties, its vocational training policy supports and supplements the "
                    "action of the Member States. Cooperation therefore rests on shared "
                    "objectives, voluntary commitments and common tools. The main milestones "
                    "are:</p>"
                    "<ul>"
                    "<li><b>Copenhagen Declaration (2002)</b>: launched the Copenhagen Process of "
                    "enhanced European cooperation in VET among ministers, the European social "
                    "partners and the Commission.</li>"
                    "<li><b>Bruges Communiqué (2010)</b>: a long-term vision and objectives for "
                    "2011–2020, including more opportunities for learning mobility in VET.</li>"
                    "<li><b>Riga Conclusions (2015)</b>: five medium-term deliverables for "
                    "2015–2020, among them work-based learning, quality assurance and the "
                    "professional development of teachers and trainers.</li>"
                    "<li><b>Council Recommendation of 24 November 2020</b> on VET for sustainable "
                    "competitiveness, social fairness and resilience: the reference text of "
                    "current EU VET policy, with EU-level objectives for 2025, one of them that "
                    "8% of VET learners benefit from learning mobility abroad.</li>"
                    "<li><b>Osnabrück Declaration (30 November 2020)</b>: policy actions for "
                    "2021–2025; one of its four objectives is the European education and "
                    "training area and the international dimension of VET.</li>"
                    "<li><b>European Education Area</b>: the strategic framework for European "
                    "cooperation in education and training for 2021–2030.</li>"
                    "<li><b>Council Recommendation “Europe on the Move” (13 May 2024)</b>: by "
                    "2030, at least 12% of VET learners should benefit from learning mobility "
                    "abroad.</li>"
                    "<li><b>Union of Skills (March 2025)</b>: the Commission's strategy for "
                    "education, training and skills, which includes strengthening Centres of "
                    "Vocational Excellence.</li>"
                    "</ul>"
                    "<p>The direction is consistent: from mobility as an opportunity for a few "
                    "to internationalisation as a structural dimension of quality VET.</p>"
                ),
            },
        },
        {
            "type": "text",
            "value": {
                "title": Text("Why internationalisation is a regional matter"),
                "body": RichText(
                    "<p>Most VET providers meet internationalisation through projects: an "
                    "Erasmus+ mobility, a partnership with a school abroad, a study visit. These "
                    "are valuable, but left to themselves they remain uneven. Providers with "
                    "experienced staff and strong networks do a lot; others, often those whose "
                    "learners have fewer opportunities, do little; and results are rarely "
                    "connected to what the territory needs.</p>"
                    "<p>Regions have three reasons to act:</p>"
                    "<ul>"
                    "<li><b>Competences</b>. In many countries regions plan or fund VET "
                    "provision, accredit providers, or manage the cohesion policy programmes "
                    "(ERDF and ESF+) that invest in skills. Their rules and calls shape what "
                    "providers can do.</li>"
                    "<li><b>Strategy</b>. Regional development plans and smart specialisation "
                    "strategies set priorities that need technicians able to work across "
                    "borders, and that depend on international cooperation.</li>"
                    "<li><b>Talent</b>. Demographic change and skills shortages make attracting "
                    "and retaining talent a regional priority. In Emilia-Romagna this is the "
                    "subject of regional law n. 2 of February 2023 on attracting, retaining and "
                    "valorising talent.</li>"
                    "</ul>"
                    "<p>National frameworks matter too. In Italy, the Ministry of Education and "
                    "Merit has issued guidelines for the internationalisation of the technical "
                    "and vocational chain, a national reference to which regional policies can "
                    "connect.</p>"
                    "<p>A regional policy does not replace providers' own strategies. Its role is "
                    "to give them a shared direction, common tools and indicators, and stable "
                    "conditions, so that internationalisation becomes, in the words of the "
                    "DIG.INT guidelines, a structural dimension of quality rather than a "
                    "complement.</p>"
                ),
            },
        },
        {
            "type": "resource",
            "value": {
                "title": Text("Vocational education and training: European Education Area"),
                "description": Text(
                    "The European Commission's page on VET policy presents the Council "
                    "Recommendation on VET, the Osnabrück Declaration, Centres of Vocational "
                    "Excellence and related initiatives, with links to the official texts."
                ),
                "document": None,
                "url": "https://education.ec.europa.eu/education-levels/vocational-education-and-training",
            },
        },
        {
            "type": "reflection",
            "value": {
                "title": Text("Your starting point"),
                "prompt": Text(
                    "Which of the European milestones in this module are referred to in your "
                    "region's policy documents? Where does the internationalisation of VET "
                    "appear today: in education policy, in the development strategy, in the "
                    "smart specialisation strategy, or nowhere? Note one gap you would like this "
                    "course to help you close."
                ),
            },
        },
        {
            "type": "quiz",
            "value": {
                "title": Text("Check your understanding: setting the scene"),
                "pass_mark": 70,
                "max_attempts": 3,
                "shuffle": False,
                "questions": [
                    question(
                        "single",
                        "What did the Copenhagen Declaration of 2002 launch?",
                        [
                            option(
                                "The Copenhagen Process of enhanced European cooperation in VET.",
                                True,
                                "Yes. It brought ministers, the European social partners and the "
                                "Commission together around shared objectives for VET, renewed in "
                                "Bruges, Riga and Osnabrück.",
                            ),
                            option(
                                "A common European VET diploma replacing national qualifications.",
                                False,
                                "No. EU vocational training policy supports and supplements "
                                "national policies; the Treaties exclude harmonising national "
                                "systems.",
                            ),
                            option(
                                "The Erasmus+ programme.",
                                False,
                                "Erasmus+ started in 2014 and is a funding programme. The "
                                "Copenhagen Process is a framework for policy cooperation.",
                            ),
                        ],
                    ),
                    question(
                        "true_false",
                        "The Council Recommendation “Europe on the Move” sets the EU-level target "
                        "that by 2030 at least 12% of VET learners benefit from learning mobility "
                        "abroad.",
                        [
                            option(
                                "True",
                                True,
                                "Correct. The Recommendation of 13 May 2024 raised the ambition "
                                "from the 8% objective for 2025 set in the 2020 Council "
                                "Recommendation on VET.",
                            ),
                            option(
                                "False",
                                False,
                                "The statement is correct: 12% by 2030 is the target adopted by "
                                "the Council on 13 May 2024, up from 8% for 2025.",
                            ),
                        ],
                    ),
                    question(
                        "multiple",
                        "Which of these are objectives of the Osnabrück Declaration (2020)? "
                        "Select all that apply.",
                        [
                            option(
                                "Resilience and excellence through quality, inclusive and "
                                "flexible VET.",
                                True,
                                "Yes, this is the first of its four objectives.",
                            ),
                            option(
                                "A new lifelong learning culture, with continuing VET and "
                                "digitalisation.",
                                True,
                                "Yes, this is its second objective.",
                            ),
                            option(
                                "Sustainability: a green link in VET.",
                                True,
                                "Yes, this is its third objective.",
                            ),
                            option(
                                "The European education and training area and the international "
                                "dimension of VET.",
                                True,
                                "Yes, and it is the objective most directly relevant to this "
                                "course.",
                            ),
                            option(
                                "Harmonising VET qualifications across the Member States.",
                                False,
                                "No. European cooperation respects national competences; tools "
                                "such as the European Qualifications Framework make "
                                "qualifications comparable without harmonising them.",
                            ),
                        ],
                    ),
                    question(
                        "single",
                        "Why is the internationalisation of VET a matter for regional policy?",
                        [
                            option(
                                "Because regions often plan or fund VET, manage cohesion policy "
                                "programmes and set development strategies that need "
                                "internationally skilled technicians.",
                                True,
                                "Right. Regions hold levers that individual providers do not, and "
                                "they can connect internationalisation to what the territory "
                                "needs.",
                            ),
                            option(
                                "Because EU law requires every region to adopt a law on VET "
                                "internationalisation.",
                                False,
                                "There is no such obligation. A regional policy is a choice that "
                                "builds on the region's competences and strategies.",
                            ),
                            option(
                                "Because providers should stop running their own international "
                                "projects.",
                                False,
                                "A regional policy gives providers direction and stable "
                                "conditions; it does not replace their own strategies and "
                                "projects.",
                            ),
                        ],
                    ),
                ],
            },
        },
    ],
}

MODULE_2 = {
    "slug": Text("making-a-plan-and-looking-for-support"),
    "title": Text("Module 2: Making a Plan and Looking for Support"),
    "introduction": Text(
        "A policy is a plan that others are willing to carry out. This module uses the DIG.INT "
        "regional Blueprint to structure the plan, and shows how to build the coalition of "
        "providers, companies and institutions whose support it needs."
    ),
    "learning_outcomes": [
        Text(
            "Learners can use the six phases of the DIG.INT regional Blueprint to structure a "
            "regional internationalisation plan."
        ),
        Text(
            "Learners can map the stakeholders of a VET internationalisation policy and define "
            "their roles at the governance, monitoring and operational levels."
        ),
        Text(
            "Learners can outline a policy document that answers the questions of "
            "decision-makers, providers and funders."
        ),
    ],
    "estimated_minutes": 100,
    "units": [
        {
            "type": "text",
            "value": {
                "title": Text("The plan: the DIG.INT regional Blueprint"),
                "body": RichText(
                    "<p>The DIG.INT regional Blueprint organises the internationalisation of a "
                    "regional VET system in six phases, repeated as a continuous-improvement "
                    "cycle:</p>"
                    "<ol>"
                    "<li><b>Define</b>: the region and its technical development agencies "
                    "analyse policies and local economic priorities and define the reference "
                    "indicators. Tool: the Cedefop toolbox on multi-objective "
                    "internationalisation policies.</li>"
                    "<li><b>Analyse</b>: VET providers and professional higher education "
                    "institutions define key strategic orientations and impact areas. Tool: the "
                    "DIG.INT benchmarking tool.</li>"
                    "<li><b>Develop</b>: companies, providers, institutions and the region "
                    "develop the working plan. Tool: the DIG.INT strategy repository and "
                    "guidelines for internationalisation plans.</li>"
                    "<li><b>Implement</b>: providers carry out the plan through courses, "
                    "mobility and partnerships. Tool: the DIG.INT competence framework and "
                    "training programme.</li>"
                    "<li><b>Control</b>: the region, as an internal audit, evaluates results "
                    "against the reference indicators, again with the benchmarking tool.</li>"
                    "<li><b>Improve</b>: the region, providers and companies improve the strategy "
                    "and share lessons learned.</li>"
                    "</ol>"
                    "<p>Two features make the Blueprint a policy tool rather than a project "
                    "checklist. It separates <b>levels</b>: governance sets the strategy, "
                    "monitoring follows the working plan, operations deliver it. And it ties "
                    "every phase to an <b>actor and a tool</b>, so that responsibilities are "
                    "clear. At provider level, the DIG.INT guidelines suggest a plan with "
                    "five-year objectives and priorities (languages, mobility, digitalisation, "
                    "cooperation), an annual schedule of actions and expected results, and "
                    "qualitative and quantitative impact indicators.</p>"
                ),
            },
        },
        {
            "type": "text",
            "value": {
                "title": Text("Looking for support: stakeholders and roles"),
                "body": RichText(
                    "<p>A regional internationalisation policy depends on actors the "
                    "administration does not control. Looking for support starts with a "
                    "<b>stakeholder map</b>: who has an interest in the policy, who has influence "
                    "over its success, and what each can contribute.</p>"
                    "<ul>"
                    "<li><b>VET providers and professional higher education institutions</b> "
                    "deliver the policy. Their leadership must own internationalisation as a "
                    "strategic priority, not leave it to one enthusiastic teacher.</li>"
                    "<li><b>Companies and their associations</b> host trainees, say which skills "
                    "they need, and decide whether international experience counts in "
                    "recruitment. Chambers of commerce and sectoral clusters reach many of them "
                    "at once.</li>"
                    "<li><b>Regional agencies</b> for development, innovation and business "
                    "internationalisation connect VET to the smart specialisation strategy and "
                    "to services for companies.</li>"
                    "<li><b>Learners and families</b>, including those with fewer opportunities, "
                    "whose participation is the test of an inclusive policy.</li>"
                    "<li><b>National authorities and Erasmus+ National Agencies</b>, which set "
                    "the national frame and manage key funding.</li>"
                    "<li><b>Partner regions abroad</b>, met through European networks and "
                    "Interreg cooperation, for exchange and joint projects.</li>"
                    "</ul>"
                    "<p>Support is built through involvement, not information alone. Inviting "
                    "stakeholders to the define and analyse phases, agreeing the indicators with "
                    "them, and giving them a seat at the monitoring level of the Blueprint turns "
                    "them from recipients into co-owners. Formal instruments help to make "
                    "commitments last: memoranda of understanding, regional networks of "
                    "providers, and agreements with business associations.</p>"
                ),
            },
        },
        {
            "type": "text",
            "value": {
                "title": Text("From plan to policy document"),
                "body": RichText(
                    "<p>Whether the policy takes the form of a regional law, a decision of the "
                    "regional government, a multi-annual plan or a chapter of a programme, its "
                    "document should answer the same questions. A clear structure also helps "
                    "with funding, because European and national programmes ask for the same "
                    "elements.</p>"
                    "<ol>"
                    "<li><b>Problem and context</b>: the situation of regional VET, with baseline "
                    "data, and the needs identified in the define phase.</li>"
                    "<li><b>Objectives</b>: the intended impact and outcomes, explicitly linked "
                    "to the regional development and smart specialisation strategies and to "
                    "European objectives.</li>"
                    "<li><b>Target groups</b>: learners, staff, providers and companies, with "
                    "attention to those with fewer opportunities.</li>"
                    "<li><b>Actions</b>: what will be supported, for example providers' "
                    "internationalisation plans, staff training, mobility, partnerships, virtual "
                    "exchanges and the attraction of international learners.</li>"
                    "<li><b>Governance</b>: who decides, who monitors and who delivers, following "
                    "the three levels of the Blueprint.</li>"
                    "<li><b>Resources</b>: budget and funding sources, regional, national and "
                    "European (the subject of Module 3).</li>"
                    "<li><b>Indicators and evaluation</b>: baselines, targets, data sources and "
                    "the evaluation plan (the subject of Module 4).</li>"
                    "<li><b>Timeline and risks</b>: milestones, and the main assumptions to "
                    "monitor.</li>"
                    "</ol>"
                    "<p>Keep the main text short and move technical detail to annexes. "
                    "Decision-makers read the objectives and the budget; providers read the "
                    "actions and the rules.</p>"
                ),
            },
        },
        {
            "type": "resource",
            "value": {
                "title": Text("Cedefop, the EU agency for vocational education and training"),
                "description": Text(
                    "Cedefop publishes information on national VET systems, monitors European VET "
                    "policy and produces tools and studies for policy makers, including on the "
                    "international dimension of VET. Use it to compare your region's system with "
                    "others when preparing the define phase."
                ),
                "document": None,
                "url": "https://www.cedefop.europa.eu/en",
            },
        },
        {
            "type": "reflection",
            "value": {
                "title": Text("Your stakeholder map"),
                "prompt": Text(
                    "Draw a simple map of the stakeholders of an internationalisation policy in "
                    "your region, placing each by interest and influence. Who has high influence "
                    "but little interest today? What could you offer them, or ask of them, in "
                    "the define and analyse phases?"
                ),
            },
        },
        {
            "type": "quiz",
            "value": {
                "title": Text("Check your understanding: making a plan"),
                "pass_mark": 70,
                "max_attempts": 3,
                "shuffle": False,
                "questions": [
                    question(
                        "single",
                        "In the DIG.INT regional Blueprint, who carries out the control phase, "
                        "evaluating results against the reference indicators?",
                        [
                            option(
                                "The region, as an internal audit.",
                                True,
                                "Right. The region set the reference indicators in the define "
                                "phase and checks results against them in the control phase.",
                            ),
                            option(
                                "Each company hosting trainees.",
                                False,
                                "Companies take part in developing and following the working "
                                "plan, but the evaluation against reference indicators is the "
                                "region's task.",
                            ),
                            option(
                                "The European Commission.",
                                False,
                                "The Blueprint is a regional process. The Commission evaluates "
                                "its own programmes, not a region's internationalisation "
                                "policy.",
                            ),
                        ],
                    ),
                    question(
                        "multiple",
                        "Which tools does the Blueprint associate with its phases? Select all "
                        "that apply.",
                        [
                            option(
                                "The Cedefop toolbox on multi-objective internationalisation "
                                "policies, in the define phase.",
                                True,
                                "Yes: it supports the region in analysing policies and priorities "
                                "and defining reference indicators.",
                            ),
                            option(
                                "The DIG.INT benchmarking tool, in the analyse and control phases.",
                                True,
                                "Yes: providers use it to define orientations and impact areas, "
                                "and it supports the evaluation of results.",
                            ),
                            option(
                                "The DIG.INT competence framework and training programme, in the "
                                "implement phase.",
                                True,
                                "Yes: they prepare the staff who carry out the working plan.",
                            ),
                            option(
                                "A single regional examination for all VET learners, in the "
                                "implement phase.",
                                False,
                                "No such tool is part of the Blueprint; implementation relies on "
                                "the competence framework and the training programme for "
                                "staff.",
                            ),
                        ],
                    ),
                    question(
                        "true_false",
                        "In the Blueprint, companies take part only at the operational level, by "
                        "hosting trainees.",
                        [
                            option(
                                "True",
                                False,
                                "Companies also sit at the monitoring level, where they develop "
                                "and follow the working plan with providers and the region, and "
                                "they help improve the strategy.",
                            ),
                            option(
                                "False",
                                True,
                                "Correct. Companies are involved in developing and monitoring "
                                "the working plan and in improving the strategy, not only in "
                                "delivery.",
                            ),
                        ],
                    ),
                    question(
                        "single",
                        "What is the most effective way to turn stakeholders into co-owners of a "
                        "policy?",
                        [
                            option(
                                "Send them the final policy document once it is adopted.",
                                False,
                                "Information after the fact creates awareness, not ownership.",
                            ),
                            option(
                                "Involve them in defining needs and indicators, and give them a "
                                "role in monitoring.",
                                True,
                                "Right. People defend what they have helped to shape, and shared "
                                "indicators make shared monitoring possible.",
                            ),
                            option(
                                "Make participation compulsory for all providers from the first "
                                "year.",
                                False,
                                "Obligations can come later, for example through accreditation, "
                                "but without involvement they produce compliance rather than "
                                "ownership.",
                            ),
                        ],
                    ),
                ],
            },
        },
    ],
}

MODULE_3 = {
    "slug": Text("a-taste-of-european-cake"),
    "title": Text("Module 3: A taste of European Cake"),
    "introduction": Text(
        "European support for VET internationalisation comes in layers, like a cake: programmes "
        "run at European level, cohesion policy funds managed in the regions, and national and "
        "regional resources. This module explains each layer and how to stack them without "
        "overlaps or gaps."
    ),
    "learning_outcomes": [
        Text(
            "Learners can distinguish programmes managed at European level, such as Erasmus+, "
            "from cohesion policy funds under shared management (ERDF, ESF+ and Interreg)."
        ),
        Text(
            "Learners can match the actions of an internationalisation policy with the "
            "instruments best suited to fund them."
        ),
        Text(
            "Learners can explain how to combine funding layers under one strategy while "
            "avoiding double funding."
        ),
    ],
    "estimated_minutes": 110,
    "units": [
        {
            "type": "text",
            "value": {
                "title": Text("The layers of the cake"),
                "body": RichText(
                    "<p>EU funding reaches VET through two main kinds of management, and the "
                    "difference decides whom you talk to and how the money flows.</p>"
                    "<ul>"
                    "<li><b>Direct and indirect management</b>: the Commission, its executive "
                    "agencies or national agencies run the programme under rules that apply "
                    "across the EU. <b>Erasmus+</b> is the main example: most of its VET actions "
                    "are managed by the Erasmus+ National Agency of each country, and applicants "
                    "are providers and other organisations.</li>"
                    "<li><b>Shared management</b>: the Commission and the Member States manage "
                    "the funds together. The cohesion policy funds, the <b>European Regional "
                    "Development Fund (ERDF)</b> and the <b>European Social Fund Plus "
                    "(ESF+)</b>, are spent through national and regional programmes run by "
                    "managing authorities, often the regions themselves. <b>Interreg</b>, "
                    "financed by the ERDF, supports cooperation across borders.</li>"
                    "</ul>"
                    "<p>Below and around these sit the <b>national and regional layers</b>: "
                    "national VET funds and reforms, in several countries also supported by the "
                    "Recovery and Resilience Facility; regional budgets; and regional laws such "
                    "as Emilia-Romagna's law n. 2 of February 2023 on attracting, retaining and "
                    "valorising talent. Companies and foundations can add private resources.</p>"
                    "<p>Each layer has its own logic. Erasmus+ funds <b>people and "
                    "partnerships</b>: the mobility and cooperation projects of providers. "
                    "Cohesion policy funds <b>systems and territories</b>: programmes that "
                    "develop skills, infrastructure and innovation in line with regional "
                    "strategies. Regional resources give <b>direction and continuity</b>, and "
                    "fill the gaps the European layers leave. A good policy uses each layer for "
                    "what it does best, under one strategy.</p>"
                ),
            },
        },
        {
            "type": "text",
            "value": {
                "title": Text("Erasmus+: the mobility and cooperation layer"),
                "body": RichText(
                    "<p><a href='https://erasmus-plus.ec.europa.eu/'>Erasmus+</a> (2021–2027) is "
                    "the EU programme for education, training, youth and sport. For VET "
                    "internationalisation, three parts matter most.</p>"
                    "<ul>"
                    "<li><b>Key Action 1, learning mobility</b>: VET learners, recent graduates "
                    "and staff spend periods abroad with providers or companies, including "
                    "long-term placements (ErasmusPro). Providers can apply project by project or "
                    "obtain an <b>Erasmus accreditation in VET</b>: accredited organisations "
                    "commit to a multi-annual Erasmus plan and then apply for mobility funding "
                    "each year in a simplified way. Accreditation rewards a strategic approach, "
                    "which is why it fits regional internationalisation policies well.</li>"
                    "<li><b>Key Action 2, cooperation</b>: cooperation partnerships and "
                    "small-scale partnerships let providers from different countries develop "
                    "curricula, methods and tools together.</li>"
                    "<li><b>Centres of Vocational Excellence (CoVEs)</b>, funded as partnerships "
                    "for excellence under Key Action 2: international networks of local skills "
                    "ecosystems that link VET with companies, research and regional innovation "
                    "and smart specialisation strategies.</li>"
                    "</ul>"
                    "<p>Regions are rarely the applicants for mobility, but they can make a "
                    "difference. They can encourage and support providers in obtaining "
                    "accreditation; promote mobility consortia so that smaller providers can take "
                    "part; co-finance what Erasmus+ does not cover; join CoVE partnerships; and "
                    "align their own calls so that Erasmus+ projects serve regional objectives. "
                    "The Erasmus+ Programme Guide, published every year, sets the rules and "
                    "should be checked before any plan is finalised.</p>"
                ),
            },
        },
        {
            "type": "text",
            "value": {
                "title": Text("Cohesion policy and Interreg: the territorial layer"),
                "body": RichText(
                    "<p>In 2021–2027 cohesion policy pursues five policy objectives: a more "
                    "competitive and smarter Europe, a greener Europe, a more connected Europe, a "
                    "more social and inclusive Europe, and a Europe closer to citizens. Two funds "
                    "matter most for VET internationalisation.</p>"
                    "<ul>"
                    "<li>The <b><a href='https://ec.europa.eu/european-social-fund-plus/en'>ESF+"
                    "</a></b> invests in people: education and training systems, skills, "
                    "employment and social inclusion. Regional ESF+ programmes often finance VET "
                    "provision itself, and can support international components of VET pathways, "
                    "staff training and transnational cooperation.</li>"
                    "<li>The <b>ERDF</b> invests in regional development. Under its first policy "
                    "objective it supports research and innovation and the development of skills "
                    "for smart specialisation, industrial transition and entrepreneurship.</li>"
                    "</ul>"
                    "<p><b><a href='https://interreg.eu/'>Interreg</a></b> is the cohesion policy "
                    "goal of European territorial cooperation. Its strands cover cooperation "
                    "between neighbouring border regions (Interreg A), transnational cooperation "
                    "in larger areas such as the Alpine Space or the Baltic Sea region "
                    "(Interreg B), interregional cooperation across the whole EU (Interreg C, "
                    "which includes Interreg Europe), and cooperation involving the outermost "
                    "regions (Interreg D). Interreg Europe is especially relevant to policy "
                    "officers: its projects help public authorities improve their policy "
                    "instruments by learning from each other.</p>"
                    "<p>Stacking the layers well means one strategy with several sources; a clear "
                    "demarcation of what each fund pays for; no double funding of the same cost; "
                    "and aligned calendars, so that regional co-financing is ready when European "
                    "calls open.</p>"
                ),
            },
        },
        {
            "type": "resource",
            "value": {
                "title": Text("European Social Fund Plus (ESF+)"),
                "description": Text(
                    "The European Commission's ESF+ site explains the fund's priorities for "
                    "education, training, skills and employment, and lists the national and "
                    "regional programmes that implement it. Use it to find the ESF+ programme "
                    "that covers your region and its managing authority."
                ),
                "document": None,
                "url": "https://ec.europa.eu/european-social-fund-plus/en",
            },
        },
        {
            "type": "reflection",
            "value": {
                "title": Text("Your slice of the cake"),
                "prompt": Text(
                    "List three actions of your region's internationalisation policy, existing or "
                    "planned. For each, note which layer could fund it: Erasmus+, ESF+, ERDF, "
                    "Interreg, national or regional resources. Where do two layers overlap, and "
                    "how would you draw the line between them?"
                ),
            },
        },
        {
            "type": "quiz",
            "value": {
                "title": Text("Check your understanding: the European cake"),
                "pass_mark": 70,
                "max_attempts": 3,
                "shuffle": False,
                "questions": [
                    question(
                        "single",
                        "Who usually manages Erasmus+ mobility funding for VET in each country?",
                        [
                            option(
                                "The Erasmus+ National Agency.",
                                True,
                                "Right. Most VET actions of Erasmus+, including mobility and "
                                "accreditation, are managed by the National Agencies.",
                            ),
                            option(
                                "The managing authority of the regional ERDF programme.",
                                False,
                                "Managing authorities run cohesion policy programmes under "
                                "shared management; Erasmus+ follows its own rules and "
                                "management structure.",
                            ),
                            option(
                                "The board of each VET provider.",
                                False,
                                "Providers apply for Erasmus+ funding; they do not manage the "
                                "programme.",
                            ),
                        ],
                    ),
                    question(
                        "true_false",
                        "The ERDF and the ESF+ are implemented under shared management, through "
                        "national and regional programmes run by managing authorities.",
                        [
                            option(
                                "True",
                                True,
                                "Correct. This is why regions that are managing authorities can "
                                "use cohesion policy programmes as a lever for their VET "
                                "internationalisation policy.",
                            ),
                            option(
                                "False",
                                False,
                                "The statement is correct: cohesion policy funds are managed "
                                "jointly by the Commission and the Member States, through "
                                "programmes run by managing authorities, often regions.",
                            ),
                        ],
                    ),
                    question(
                        "multiple",
                        "What can a region do to help its VET providers make better use of "
                        "Erasmus+? Select all that apply.",
                        [
                            option(
                                "Encourage and support providers in obtaining the Erasmus "
                                "accreditation in VET.",
                                True,
                                "Yes: accreditation gives providers stable, multi-annual access "
                                "to mobility funding.",
                            ),
                            option(
                                "Promote mobility consortia so that smaller providers can take "
                                "part.",
                                True,
                                "Yes: consortia let providers without experience or staff for "
                                "international work benefit from a shared coordinator.",
                            ),
                            option(
                                "Approve or reject providers' Erasmus+ applications.",
                                False,
                                "No: applications are assessed and selected under the rules of "
                                "the Programme Guide by the National Agencies, or by the European "
                                "Education and Culture Executive Agency for centrally managed "
                                "actions.",
                            ),
                            option(
                                "Align regional calls and co-financing with Erasmus+ projects "
                                "that serve regional objectives.",
                                True,
                                "Yes: alignment lets European and regional funds reinforce each "
                                "other instead of running in parallel.",
                            ),
                        ],
                    ),
                    question(
                        "single",
                        "Which Interreg strand supports interregional cooperation across the "
                        "whole EU, including Interreg Europe's work on improving policy "
                        "instruments?",
                        [
                            option(
                                "Interreg A",
                                False,
                                "Interreg A is cross-border cooperation between neighbouring "
                                "regions.",
                            ),
                            option(
                                "Interreg B",
                                False,
                                "Interreg B is transnational cooperation in large areas, such as "
                                "the Alpine Space or the Baltic Sea region.",
                            ),
                            option(
                                "Interreg C",
                                True,
                                "Right. Interreg C covers interregional cooperation across the "
                                "EU; Interreg Europe helps public authorities improve their "
                                "policies by learning from each other.",
                            ),
                        ],
                    ),
                    question(
                        "single",
                        "What is the main risk to avoid when stacking several funding layers on "
                        "the same policy?",
                        [
                            option(
                                "Double funding of the same cost from two sources.",
                                True,
                                "Right. A clear demarcation of what each fund pays for avoids "
                                "double funding and the financial corrections that follow it.",
                            ),
                            option(
                                "Using more than one fund for one strategy.",
                                False,
                                "Combining sources under one strategy is good practice; the "
                                "problem is paying twice for the same cost or blurring "
                                "responsibilities.",
                            ),
                            option(
                                "Talking to the Erasmus+ National Agency during regional planning.",
                                False,
                                "Dialogue with the National Agency helps align calendars and "
                                "priorities; it is not a risk.",
                            ),
                        ],
                    ),
                ],
            },
        },
    ],
}

MODULE_4 = {
    "slug": Text("evaluating-and-sustaining-a-policy"),
    "title": Text("Module 4: Evaluating and Sustaining a Policy"),
    "introduction": Text(
        "A policy that is not evaluated cannot learn, and one that depends on a single funding "
        "period rarely outlives it. This module covers monitoring frameworks, mid-term and "
        "ex-post evaluation, and the conditions that make internationalisation a lasting part of "
        "the regional VET system."
    ),
    "learning_outcomes": [
        Text(
            "Learners can design a monitoring framework with indicators, baselines, targets and "
            "responsibilities for a VET internationalisation policy."
        ),
        Text(
            "Learners can plan mid-term and ex-post evaluations using recognised evaluation "
            "criteria."
        ),
        Text(
            "Learners can identify measures for sustainability: stakeholder ownership, "
            "mainstreaming in accreditation and quality systems, and continuity of funding."
        ),
    ],
    "estimated_minutes": 100,
    "units": [
        {
            "type": "text",
            "value": {
                "title": Text("A monitoring framework"),
                "body": RichText(
                    "<p>A monitoring framework turns the objectives of the policy into "
                    "information collected at regular intervals. It is usually a table that, for "
                    "each indicator, states:</p>"
                    "<ul>"
                    "<li>the <b>definition</b> and unit, for example the share of VET learners "
                    "who complete a learning mobility abroad during their programme;</li>"
                    "<li>its <b>level</b> in the results chain: input, output, result or "
                    "impact;</li>"
                    "<li>the <b>baseline</b> value and year, and the <b>target</b> with its "
                    "deadline;</li>"
                    "<li>the <b>source</b>, such as administrative records, provider reports, "
                    "surveys of learners and companies or Erasmus+ reporting, and the "
                    "<b>frequency</b> of collection;</li>"
                    "<li>who is <b>responsible</b> for collecting, checking and using the "
                    "data.</li>"
                    "</ul>"
                    "<p>Keep the set small and stable: a few well-chosen indicators used every "
                    "year are worth more than many that change with every call. Combine "
                    "quantitative indicators, such as mobility rates or the number of providers "
                    "with an internationalisation plan, with qualitative ones, such as the "
                    "judgement of companies on graduates' international skills. Where possible, "
                    "reuse definitions that already exist: the EU targets on learning mobility "
                    "in VET, the EQAVET indicators for quality assurance in VET, and the common "
                    "indicators of ERDF and ESF+ programmes. This makes comparison with other "
                    "regions possible and lightens the burden on providers.</p>"
                    "<p>In the DIG.INT Blueprint, the framework is agreed in the define phase, "
                    "fed by providers during implementation and used by the region in the "
                    "control phase. The DIG.INT benchmarking tool gives providers a common way "
                    "to assess their internationalisation, which also helps the region follow "
                    "the maturity of the system as a whole.</p>"
                ),
            },
        },
        {
            "type": "text",
            "value": {
                "title": Text("Mid-term and ex-post evaluation"),
                "body": RichText(
                    "<p>Monitoring tells you what is happening; evaluation tells you whether it "
                    "is worthwhile, and why. A policy cycle usually includes:</p>"
                    "<ul>"
                    "<li>an <b>ex-ante</b> assessment at the design stage, checking the relevance "
                    "of the objectives and the logic of the intervention;</li>"
                    "<li>a <b>mid-term evaluation</b>, focused on implementation and early "
                    "results, to adjust the policy while it runs: are the right providers and "
                    "learners taking part, are the actions producing the expected outcomes, "
                    "which assumptions do not hold?</li>"
                    "<li>an <b>ex-post evaluation</b>, once effects have had time to appear, "
                    "judging results and impact and informing the next policy cycle.</li>"
                    "</ul>"
                    "<p>Recognised criteria give structure to the evaluation questions. The "
                    "European Commission's Better Regulation guidelines ask about effectiveness, "
                    "efficiency, relevance, coherence and EU added value; the OECD DAC criteria "
                    "add impact and sustainability. For a VET internationalisation policy, "
                    "coherence deserves particular attention: does the policy fit the regional "
                    "development and smart specialisation strategies, the national framework, "
                    "and the European programmes that fund it?</p>"
                    "<p>Three practices make evaluation useful. Entrust it to evaluators who are "
                    "functionally independent of those who manage the policy, as the cohesion "
                    "policy rules require for programme evaluations. Involve stakeholders in "
                    "formulating the questions and discussing the findings. And plan how the "
                    "results will be <b>used</b>, for instance with a management response that "
                    "states which recommendations are accepted and what will change.</p>"
                ),
            },
        },
        {
            "type": "text",
            "value": {
                "title": Text("Sustaining the policy"),
                "body": RichText(
                    "<p>Many internationalisation initiatives end with their funding. In the "
                    "OECD DAC criteria, sustainability is the extent to which the net benefits of "
                    "an intervention continue, or are likely to continue. For a regional policy, "
                    "four levers make the difference.</p>"
                    "<ul>"
                    "<li><b>Stakeholder ownership</b>. When providers, companies and learners "
                    "see the benefits and have helped to shape the policy, they defend it across "
                    "changes of government and budget cycles.</li>"
                    "<li><b>Mainstreaming in accreditation and quality systems</b>. The DIG.INT "
                    "guidelines recommend integrating the impact of internationalisation into "
                    "regional accreditation systems and, looking ahead, making the international "
                    "dimension a requirement of VET accreditation. Once it is part of the "
                    "criteria by which providers are accredited and assessed, "
                    "internationalisation no longer depends on a single project.</li>"
                    "<li><b>Continuity of funding</b>. Plan across programming periods: use "
                    "regional resources to bridge gaps between European calls, encourage "
                    "providers to obtain the multi-annual Erasmus accreditation, and write "
                    "internationalisation into the next ESF+ and ERDF programmes and smart "
                    "specialisation strategy while they are being prepared.</li>"
                    "<li><b>Capacity and knowledge</b>. Train staff in providers and in the "
                    "administration, using references such as the DIG.INT competence framework, "
                    "and keep strategies and good practices documented so that knowledge "
                    "survives staff turnover.</li>"
                    "</ul>"
                    "<p>The improve phase of the Blueprint closes the loop: evaluation findings "
                    "and lessons learned feed a revised strategy, and the cycle starts again "
                    "from a better baseline.</p>"
                ),
            },
        },
        {
            "type": "resource",
            "value": {
                "title": Text("OECD: vocational education and training"),
                "description": Text(
                    "The OECD's work on VET offers international comparisons, country policy "
                    "reviews and analyses of what makes VET systems effective. Use it to set your "
                    "region's policy and its evaluation questions against international "
                    "evidence."
                ),
                "document": None,
                "url": "https://www.oecd.org/en/topics/vocational-education-and-training-vet.html",
            },
        },
        {
            "type": "reflection",
            "value": {
                "title": Text("After the funding ends"),
                "prompt": Text(
                    "Imagine that the main European funding for your region's "
                    "internationalisation policy ends in two years. Which activities would "
                    "continue, who would pay for them, and why? Which single change in "
                    "accreditation, quality or programming rules would most improve the policy's "
                    "chances of lasting?"
                ),
            },
        },
        {
            "type": "quiz",
            "value": {
                "title": Text("Check your understanding: evaluating and sustaining a policy"),
                "pass_mark": 70,
                "max_attempts": 3,
                "shuffle": False,
                "questions": [
                    question(
                        "single",
                        "What is the main purpose of a mid-term evaluation?",
                        [
                            option(
                                "To adjust the policy while it is still running.",
                                True,
                                "Right. It looks at implementation and early results, and at "
                                "which assumptions hold, so that the course can be corrected in "
                                "time.",
                            ),
                            option(
                                "To prove the final impact of the policy.",
                                False,
                                "Impact usually takes longer to appear; judging it is the task of "
                                "the ex-post evaluation.",
                            ),
                            option(
                                "To replace annual monitoring.",
                                False,
                                "Evaluation builds on monitoring data; it does not replace the "
                                "regular collection of indicators.",
                            ),
                        ],
                    ),
                    question(
                        "multiple",
                        "What should a monitoring framework state for each indicator? Select all "
                        "that apply.",
                        [
                            option(
                                "The baseline and the target, with dates.",
                                True,
                                "Yes: without them a value cannot be read as progress or delay.",
                            ),
                            option(
                                "The data source and the frequency of collection.",
                                True,
                                "Yes: they make the indicator measurable in practice and "
                                "comparable over time.",
                            ),
                            option(
                                "Who is responsible for collecting and using the data.",
                                True,
                                "Yes: an indicator without an owner is rarely collected, let "
                                "alone used.",
                            ),
                            option(
                                "The name of the evaluator who will write the ex-post report.",
                                False,
                                "The evaluator is chosen later and should be independent; the "
                                "monitoring framework assigns responsibility for data, not for "
                                "the final evaluation.",
                            ),
                        ],
                    ),
                    question(
                        "true_false",
                        "Cohesion policy rules require programme evaluations to be carried out by "
                        "experts who are functionally independent of the authorities responsible "
                        "for implementation.",
                        [
                            option(
                                "True",
                                True,
                                "Correct. The Common Provisions Regulation (EU) 2021/1060 "
                                "entrusts evaluations to functionally independent internal or "
                                "external experts, a good principle for regional policies too.",
                            ),
                            option(
                                "False",
                                False,
                                "The statement is correct: the Common Provisions Regulation "
                                "requires functionally independent experts, so that those who "
                                "run a programme do not judge it themselves.",
                            ),
                        ],
                    ),
                    question(
                        "single",
                        "Which measure most directly makes internationalisation independent of a "
                        "single project or call?",
                        [
                            option(
                                "Including the international dimension in the criteria of "
                                "regional VET accreditation.",
                                True,
                                "Right. Once it is part of how providers are accredited and "
                                "assessed, internationalisation becomes part of normal quality, "
                                "as the DIG.INT guidelines recommend.",
                            ),
                            option(
                                "Organising a large closing conference.",
                                False,
                                "Dissemination events raise visibility but do not change the "
                                "rules that keep internationalisation going.",
                            ),
                            option(
                                "Extending the current project by six months.",
                                False,
                                "An extension postpones the end of funding; it does not change "
                                "the conditions after it.",
                            ),
                        ],
                    ),
                    question(
                        "single",
                        "In the OECD DAC evaluation criteria, what does sustainability refer to?",
                        [
                            option(
                                "The extent to which the net benefits of the intervention "
                                "continue, or are likely to continue.",
                                True,
                                "Right. The question is whether the benefits last after the "
                                "intervention, not only whether activities continue.",
                            ),
                            option(
                                "Only the environmental footprint of the policy.",
                                False,
                                "Environmental aspects can be part of it, but the DAC criterion "
                                "is broader: it concerns the continuation of benefits.",
                            ),
                            option(
                                "Whether the budget was spent on time.",
                                False,
                                "That is a question of implementation and efficiency, not of "
                                "sustainability.",
                            ),
                        ],
                    ),
                ],
            },
        },
    ],
}

COURSE = {
    "slug": Text("design-internationalisation-policies-vet"),
    "title": Text("Design Effective Internationalization Policies in VET"),
    "introduction": Text(
        "A blended course for regional policy officers who design or manage policies for the "
        "internationalisation of vocational education and training. It follows a policy from its "
        "European and regional context, through planning and funding, to evaluation and "
        "long-term sustainability, with the DIG.INT regional Blueprint as a common thread."
    ),
    "search_description": Text(
        "Course for regional policy officers on designing, funding, evaluating and sustaining "
        "policies for the internationalisation of VET."
    ),
    "target_group": "policy-officers",
    "learning_outcomes": [
        Text(
            "Learners can place a regional VET internationalisation policy within the European "
            "policy frame, from the Copenhagen Process to the Union of Skills."
        ),
        Text(
            "Learners can plan a policy with the DIG.INT regional Blueprint, involving the "
            "region, VET providers and companies."
        ),
        Text(
            "Learners can combine European, national and regional funding instruments coherently "
            "to support the policy."
        ),
        Text(
            "Learners can design monitoring and evaluation arrangements, and measures that keep "
            "the policy alive beyond a single funding period."
        ),
    ],
    "competences": [
        ("eu-funding", "intermediate"),
        ("project-management", "intermediate"),
        ("international-dimension", "intermediate"),
        ("networking", "foundation"),
    ],
    "eqf_level": 7,
    "workload_hours": 25,
    "ects": "1.0",
    "delivery_mode": "blended",
    "partners": ["CIS", "ART-ER"],
    "prerequisites": Text(
        "Experience in designing or managing education, training or regional development "
        "policies, and familiarity with the VET system of your own country. No previous "
        "knowledge of EU funding programmes is required."
    ),
    "modules": [MODULE_1, MODULE_2, MODULE_3, MODULE_4],
}

"""Pilot course for regional policy officers: creating impact for the internationalisation of
territories (led by JVB)."""

from courses.content import option, question
from website.core.seeding import RichText, Text

MODULE_1 = {
    "slug": Text("what-is-impact"),
    "title": Text("Module 1: What is Impact"),
    "introduction": Text(
        "Impact is the lasting change a policy helps to bring about in a territory, not the "
        "number of activities it funds. This module sets out the vocabulary of the results chain "
        "and applies it to the internationalisation of vocational education and training (VET)."
    ),
    "learning_outcomes": [
        Text(
            "Learners can place the inputs, activities, outputs, outcomes and impact of an "
            "internationalisation measure on a results chain."
        ),
        Text(
            "Learners can explain the difference between attribution and contribution, and why "
            "it matters for regional policy."
        ),
        Text(
            "Learners can name the kinds of impact internationalisation can have on learners, "
            "staff, providers, companies and the territory."
        ),
    ],
    "estimated_minutes": 90,
    "units": [
        {
            "type": "text",
            "value": {
                "title": Text("From activities to change: the results chain"),
                "body": RichText(
                    "<p>Public policies are usually described by what they do: calls launched, "
                    "grants awarded, learners sent abroad. Evaluation asks a different question: "
                    "what has changed because of them? The <b>results chain</b>, also called a "
                    "logic model, connects the two in five links.</p>"
                    "<ul>"
                    "<li><b>Inputs</b>: the resources committed, such as budget, staff time, "
                    "partnerships and regulations.</li>"
                    "<li><b>Activities</b>: what is done with them, for example a regional call "
                    "for mobility projects or training for international coordinators.</li>"
                    "<li><b>Outputs</b>: the direct, countable products, such as learners who "
                    "completed a placement abroad, teachers trained or partnership agreements "
                    "signed.</li>"
                    "<li><b>Outcomes</b>: the short- and medium-term changes in the people and "
                    "organisations reached, such as learners' language and technical skills, new "
                    "courses in a provider's offer, or companies that start hosting foreign "
                    "trainees.</li>"
                    "<li><b>Impact</b>: the longer-term, wider change in the territory that the "
                    "outcomes contribute to, such as a more attractive VET system, a workforce "
                    "that supports the region's innovation and export strategy, or talent that "
                    "stays in or comes to the region.</li>"
                    "</ul>"
                    "<p>The evaluation criteria of the OECD Development Assistance Committee "
                    "(DAC), widely used by public administrations, define impact as the extent to "
                    "which an intervention has generated, or is expected to generate, significant "
                    "positive or negative, intended or unintended, higher-level effects. Two parts "
                    "of that definition matter for policy officers. Impact is <b>higher-level</b>: "
                    "it lies beyond the direct reach of the programme. And impact includes "
                    "<b>negative and unintended effects</b>, for instance a brain drain if "
                    "mobility leads skilled graduates to leave the region for good.</p>"
                ),
            },
        },
        {
            "type": "text",
            "value": {
                "title": Text("Attribution and contribution"),
                "body": RichText(
                    "<p>Once impact is defined as a change in the territory, a hard question "
                    "follows: how much of that change is due to the policy? Youth employment, the "
                    "attractiveness of VET or the international orientation of local companies "
                    "move for many reasons at once: the economic cycle, national reforms, "
                    "demographic change, the strategies of large employers. A regional "
                    "internationalisation policy is rarely the only cause.</p>"
                    "<p><b>Attribution</b> means claiming that an observed change was caused by "
                    "the intervention, and estimating how much of it. It requires comparing what "
                    "happened with what would have happened without the policy, the "
                    "counterfactual, which is the subject of Module 3. <b>Contribution</b> means "
                    "showing, with a reasoned and evidenced story, that the intervention "
                    "plausibly made a difference alongside other factors. Contribution analysis, "
                    "an approach developed by John Mayne for performance reporting in the public "
                    "sector, tests each step of a theory of change against evidence and against "
                    "alternative explanations.</p>"
                    "<p>For most regional internationalisation measures, contribution is the "
                    "realistic claim. Mobility and partnership programmes are small compared with "
                    "the regional labour market, and their effects take years to appear. That is "
                    "not a weakness. A credible contribution story, backed by data on each link "
                    "of the results chain, is far more useful to decision-makers than an inflated "
                    "attribution claim that does not survive scrutiny. What matters is being "
                    "explicit about which claim you are making, and on what evidence.</p>"
                ),
            },
        },
        {
            "type": "text",
            "value": {
                "title": Text("Who changes? Levels of impact in VET internationalisation"),
                "body": RichText(
                    "<p>Internationalisation touches several groups at once, and change can be "
                    "observed at each level. Separating them helps to avoid a common mistake: "
                    "reporting only what happens to individual learners.</p>"
                    "<ul>"
                    "<li><b>Learners</b>: technical, language and intercultural skills, "
                    "self-confidence, employability, and learning outcomes recognised at home, "
                    "for example through Europass.</li>"
                    "<li><b>Teachers, trainers and staff</b>: updated professional practice, new "
                    "teaching methods, international networks.</li>"
                    "<li><b>VET providers</b>: internationalisation embedded in strategy, "
                    "curricula and quality assurance; attractiveness to learners and companies; "
                    "capacity to run European projects.</li>"
                    "<li><b>Companies</b>: access to skilled and internationally minded workers, "
                    "hosting of foreign trainees, participation in cross-border value "
                    "chains.</li>"
                    "<li><b>The territory</b>: a VET system aligned with regional development and "
                    "smart specialisation priorities, attraction and retention of talent, a "
                    "stronger position in European networks.</li>"
                    "</ul>"
                    "<p>The levels are linked. Territorial impact is built from changes at the "
                    "other levels, but it is more than their sum: a region where many learners go "
                    "abroad while providers and companies stay as they were has outputs without "
                    "systemic impact. This is why the DIG.INT regional Blueprint involves "
                    "regions, VET providers and companies together, and why it starts by "
                    "analysing policies and local economic priorities and defining reference "
                    "indicators before any activity is funded.</p>"
                ),
            },
        },
        {
            "type": "resource",
            "value": {
                "title": Text("Cedefop, the EU agency for vocational education and training"),
                "description": Text(
                    "Cedefop analyses VET systems and policies across Europe and monitors "
                    "progress on the European VET policy agenda. Use its site to find evidence, "
                    "country information and studies that help you describe the starting point "
                    "of your own territory."
                ),
                "document": None,
                "url": "https://www.cedefop.europa.eu/en",
            },
        },
        {
            "type": "reflection",
            "value": {
                "title": Text("Outputs or impact?"),
                "prompt": Text(
                    "Think of an internationalisation measure your administration funds or is "
                    "planning. Write down one output, one outcome and one impact it is meant to "
                    "produce. Which of them does your administration measure today, and which "
                    "are only assumed?"
                ),
            },
        },
        {
            "type": "quiz",
            "value": {
                "title": Text("Check your understanding: what is impact"),
                "pass_mark": 70,
                "max_attempts": 3,
                "shuffle": False,
                "questions": [
                    question(
                        "single",
                        "A region funds a call for VET mobility projects. Which of the following "
                        "is an impact, in the sense of the results chain?",
                        [
                            option(
                                "The number of learners who completed a placement abroad.",
                                False,
                                "This is an output: a direct, countable product of the activity. "
                                "It does not yet say what changed for learners or for the "
                                "territory.",
                            ),
                            option(
                                "Learners' improved foreign-language skills after the placement.",
                                False,
                                "This is an outcome: a change in the people reached, in the short "
                                "or medium term. Impact is the wider, longer-term change in the "
                                "territory to which outcomes contribute.",
                            ),
                            option(
                                "A regional VET system that attracts more learners and companies "
                                "thanks to its international profile.",
                                True,
                                "Right. This is a longer-term, higher-level change in the "
                                "territory, beyond the direct reach of the call, to which outputs "
                                "and outcomes contribute.",
                            ),
                            option(
                                "The budget allocated to the call.",
                                False,
                                "The budget is an input: a resource committed at the very start "
                                "of the results chain.",
                            ),
                        ],
                    ),
                    question(
                        "true_false",
                        "In the OECD DAC definition, impact covers only the positive effects that "
                        "a policy intended to achieve.",
                        [
                            option(
                                "True",
                                False,
                                "The definition explicitly covers positive and negative, intended "
                                "and unintended higher-level effects. A brain drain caused by "
                                "mobility would be a negative, unintended impact.",
                            ),
                            option(
                                "False",
                                True,
                                "Correct. Impact covers positive and negative, intended and "
                                "unintended effects, and an honest analysis looks for both.",
                            ),
                        ],
                    ),
                    question(
                        "single",
                        "Which statement best describes a contribution claim?",
                        [
                            option(
                                "The policy is the only cause of the observed change.",
                                False,
                                "That is a strong attribution claim, and rarely realistic for "
                                "regional measures that act alongside many other factors.",
                            ),
                            option(
                                "The policy plausibly made a difference alongside other factors, "
                                "as shown by evidence on each step of its theory of change.",
                                True,
                                "Yes. Contribution analysis tests the theory of change against "
                                "evidence and alternative explanations to build a credible, "
                                "reasoned account.",
                            ),
                            option(
                                "The change would have happened anyway, so the policy had no "
                                "effect.",
                                False,
                                "This is a conclusion about the counterfactual, not a "
                                "contribution claim, and it can only be reached with evidence, "
                                "never assumed.",
                            ),
                        ],
                    ),
                    question(
                        "multiple",
                        "Which of these are changes at the level of the VET provider as an "
                        "organisation, rather than of individual learners or staff? Select all "
                        "that apply.",
                        [
                            option(
                                "Internationalisation is included in the provider's strategic "
                                "plan.",
                                True,
                                "Yes: this changes how the organisation governs itself and sets "
                                "its priorities.",
                            ),
                            option(
                                "A learner receives a Europass Mobility document.",
                                False,
                                "This is a result for the individual learner: it records what "
                                "they learnt abroad.",
                            ),
                            option(
                                "The provider's quality assurance covers mobility and "
                                "international partnerships.",
                                True,
                                "Yes: quality assurance is an organisational system, so extending "
                                "it to internationalisation is an organisational outcome.",
                            ),
                            option(
                                "A teacher adopts a method learnt during job shadowing abroad.",
                                False,
                                "This is a change in one member of staff. It may become "
                                "organisational if the method spreads, but on its own it sits at "
                                "the staff level.",
                            ),
                        ],
                    ),
                ],
            },
        },
    ],
}

MODULE_2 = {
    "slug": Text("impact-as-a-building-block"),
    "title": Text("Module 2: Impact as a Building Block"),
    "introduction": Text(
        "Impact is not something to look for at the end of a policy: it is where its design "
        "starts. This module shows how to build an internationalisation policy backwards from the "
        "change the territory needs, with a theory of change anchored in regional strategies and "
        "in the DIG.INT regional Blueprint."
    ),
    "learning_outcomes": [
        Text(
            "Learners can build a theory of change for a VET internationalisation policy, "
            "starting from the intended impact and making its assumptions explicit."
        ),
        Text(
            "Learners can link the intended impact to the region's development priorities and "
            "smart specialisation strategy."
        ),
        Text(
            "Learners can assign roles in the impact pathway to regions, VET providers and "
            "companies, following the DIG.INT regional Blueprint."
        ),
    ],
    "estimated_minutes": 100,
    "units": [
        {
            "type": "text",
            "value": {
                "title": Text("Designing backwards: the theory of change"),
                "body": RichText(
                    "<p>A <b>theory of change</b> explains how and why a set of activities is "
                    "expected to lead to the intended impact. Where the results chain lists the "
                    "links, the theory of change makes explicit the <b>assumptions</b> that "
                    "connect them, and the conditions outside the programme's control that must "
                    "hold.</p>"
                    "<p>For an internationalisation policy, it is best built backwards:</p>"
                    "<ol>"
                    "<li>State the long-term change the territory needs, in terms that "
                    "decision-makers recognise: for example, that companies in the region's "
                    "priority sectors can recruit technicians able to work in international "
                    "teams and value chains.</li>"
                    "<li>Ask what must be true for that change to happen: VET curricula include "
                    "international and language components, learners with fewer opportunities "
                    "take part too, companies host trainees and value international "
                    "experience.</li>"
                    "<li>Work back to the outcomes, outputs and activities that would produce "
                    "those preconditions, and to the resources they need.</li>"
                    "<li>Write down every assumption, such as “companies will recognise "
                    "skills acquired abroad” or “learners will return to the "
                    "region”, and decide how you will check it.</li>"
                    "</ol>"
                    "<p>Assumptions are where policies usually fail. If returning graduates find "
                    "no jobs that match their new skills, mobility may feed emigration rather "
                    "than regional development. A good theory of change turns such risks into "
                    "things to monitor and into complementary measures that other policies must "
                    "provide. In Emilia-Romagna, for example, regional law n. 2 of February 2023 "
                    "deals with attracting, retaining and valorising talent, a condition that the "
                    "internationalisation of VET alone cannot secure.</p>"
                ),
            },
        },
        {
            "type": "text",
            "value": {
                "title": Text("Anchoring impact in the territory: smart specialisation"),
                "body": RichText(
                    "<p>An internationalisation policy has territorial impact when it serves "
                    "priorities the territory has already chosen. In the European Union the main "
                    "reference is the regional or national <b>smart specialisation strategy "
                    "(S3)</b>. Smart specialisation is a place-based approach: each region "
                    "selects a limited number of priority domains for research and innovation "
                    "investment, building on its own strengths, through an <b>entrepreneurial "
                    "discovery process</b> in which companies, research and education "
                    "institutions and public authorities identify opportunities together.</p>"
                    "<p>In the 2021–2027 cohesion policy, good governance of the smart "
                    "specialisation strategy is an enabling condition for investment of the "
                    "European Regional Development Fund (ERDF) in research and innovation. Its "
                    "criteria include monitoring and evaluation tools, cooperation among "
                    "stakeholders, and measures to strengthen cooperation with partners outside "
                    "the Member State in the priority areas. The ERDF also has a specific "
                    "objective on developing skills for smart specialisation, industrial "
                    "transition and entrepreneurship.</p>"
                    "<p>This builds a natural bridge for VET. Priority domains need technicians, "
                    "and a lack of skills can hold them back; VET trains those technicians, and "
                    "internationalisation gives them access to partners, technologies and "
                    "practices the region does not have locally. When the intended impact of a "
                    "VET internationalisation policy is written in the language of the S3, with "
                    "its priority domains, indicators and governance bodies, it becomes a "
                    "building block of regional development rather than a separate education "
                    "initiative. The Centres of Vocational Excellence supported by Erasmus+ "
                    "follow the same logic, working within local skills ecosystems linked to "
                    "regional innovation and smart specialisation strategies.</p>"
                ),
            },
        },
        {
            "type": "text",
            "value": {
                "title": Text("Who builds the impact: the DIG.INT regional Blueprint"),
                "body": RichText(
                    "<p>The DIG.INT regional Blueprint turns the idea of impact as a building "
                    "block into a governance model. It answers three questions.</p>"
                    "<ul>"
                    "<li><b>Who</b>: the region and its technical development agencies, VET "
                    "providers and professional higher education institutions, and "
                    "companies.</li>"
                    "<li><b>What</b>: three levels of action. At the <b>governance</b> level the "
                    "region and providers set the strategy; at the <b>monitoring</b> level "
                    "companies, providers and the region follow the working plan together; at "
                    "the <b>operational</b> level providers carry it out through courses, "
                    "mobility and partnerships.</li>"
                    "<li><b>How</b>: a continuous-improvement cycle in six phases: define, "
                    "analyse, develop, implement, control, improve.</li>"
                    "</ul>"
                    "<p>Impact is built into the first phase. In <b>define</b>, the region "
                    "analyses policies and local economic priorities and sets the reference "
                    "indicators, drawing on the Cedefop toolbox on multi-objective "
                    "internationalisation policies. In <b>analyse</b>, providers define strategic "
                    "orientations and impact areas with the DIG.INT benchmarking tool. The "
                    "working plan is <b>developed</b> with the DIG.INT strategy repository and "
                    "guidelines, and <b>implemented</b> with the DIG.INT competence framework and "
                    "training programme. In <b>control</b>, the region evaluates results against "
                    "the reference indicators; in <b>improve</b>, it revises the strategy and "
                    "shares lessons learned.</p>"
                    "<p>The order matters. Because the indicators are fixed before "
                    "implementation, the evidence needed to show impact is collected from the "
                    "first day instead of being reconstructed afterwards.</p>"
                ),
            },
        },
        {
            "type": "resource",
            "value": {
                "title": Text("Smart Specialisation Platform"),
                "description": Text(
                    "The Smart Specialisation Platform of the European Commission's Joint "
                    "Research Centre supports regions and Member States in designing, "
                    "implementing and monitoring their smart specialisation strategies. Use it to "
                    "look up your region's priorities and guidance on S3 governance and "
                    "monitoring."
                ),
                "document": None,
                "url": "https://s3platform.jrc.ec.europa.eu/",
            },
        },
        {
            "type": "reflection",
            "value": {
                "title": Text("Your impact statement"),
                "prompt": Text(
                    "Write one sentence describing the long-term change that the "
                    "internationalisation of VET should bring to your territory, using the words "
                    "of your region's development or smart specialisation strategy. Then list the "
                    "two assumptions you are least sure of, and who could give you evidence on "
                    "them."
                ),
            },
        },
        {
            "type": "quiz",
            "value": {
                "title": Text("Check your understanding: impact as a building block"),
                "pass_mark": 70,
                "max_attempts": 3,
                "shuffle": False,
                "questions": [
                    question(
                        "single",
                        "When building a theory of change for an internationalisation policy, "
                        "where should you start?",
                        [
                            option(
                                "From the activities the administration already funds.",
                                False,
                                "Starting from existing activities tends to justify them after "
                                "the fact. A theory of change works backwards from the intended "
                                "change.",
                            ),
                            option(
                                "From the long-term change the territory needs.",
                                True,
                                "Right. Designing backwards from the intended impact shows which "
                                "outcomes, outputs and activities are actually needed.",
                            ),
                            option(
                                "From the indicators that are easiest to collect.",
                                False,
                                "Indicators follow from the theory of change, not the other way "
                                "round; the easiest ones often measure outputs rather than "
                                "change.",
                            ),
                        ],
                    ),
                    question(
                        "true_false",
                        "In a theory of change, assumptions link one step to the next and should "
                        "be monitored, because policies often fail there.",
                        [
                            option(
                                "True",
                                True,
                                "Correct. Making assumptions explicit turns hidden risks, such as "
                                "graduates not returning to the region, into things you can "
                                "check and act on.",
                            ),
                            option(
                                "False",
                                False,
                                "Assumptions are a core part of a theory of change. Leaving them "
                                "implicit is why many policies fail without anyone noticing "
                                "where.",
                            ),
                        ],
                    ),
                    question(
                        "multiple",
                        "Which of the following are features of smart specialisation strategies "
                        "(S3)? Select all that apply.",
                        [
                            option(
                                "A place-based approach building on the region's own assets.",
                                True,
                                "Yes: S3 starts from the specific strengths and challenges of "
                                "each territory.",
                            ),
                            option(
                                "A limited number of priority domains for investment.",
                                True,
                                "Yes: to specialise is to choose, concentrating resources where "
                                "there is critical mass and potential.",
                            ),
                            option(
                                "Priorities chosen by the public authority alone, without "
                                "companies.",
                                False,
                                "No: S3 relies on an entrepreneurial discovery process in which "
                                "companies, research, education and public authorities identify "
                                "priorities together.",
                            ),
                            option(
                                "Monitoring and evaluation tools to measure performance against "
                                "the strategy's objectives.",
                                True,
                                "Yes: in 2021–2027 they are one of the criteria of the "
                                "enabling condition on good governance of the S3.",
                            ),
                        ],
                    ),
                    question(
                        "single",
                        "In the DIG.INT regional Blueprint, in which phase are the reference "
                        "indicators defined?",
                        [
                            option(
                                "Define",
                                True,
                                "Right. The region analyses policies and local economic "
                                "priorities and sets the reference indicators at the very start, "
                                "so that evidence is collected from the first day.",
                            ),
                            option(
                                "Implement",
                                False,
                                "Implementation is carried out by VET providers at the "
                                "operational level; the indicators must exist before it starts.",
                            ),
                            option(
                                "Control",
                                False,
                                "In the control phase the region evaluates results against "
                                "indicators that were already set in the define phase.",
                            ),
                            option(
                                "Improve",
                                False,
                                "The improve phase revises the strategy on the basis of the "
                                "evaluation; it does not set the initial indicators.",
                            ),
                        ],
                    ),
                ],
            },
        },
    ],
}

MODULE_3 = {
    "slug": Text("how-to-measure-impact"),
    "title": Text("Module 3: How to Measure Impact"),
    "introduction": Text(
        "Measuring impact means choosing indicators for each level of the results chain, "
        "setting baselines and targets, and choosing an evaluation design that can answer the "
        "question decision-makers actually ask. This module gives a practical toolkit for "
        "regional internationalisation policies."
    ),
    "learning_outcomes": [
        Text(
            "Learners can formulate SMART input, output, result and impact indicators, both "
            "quantitative and qualitative, for an internationalisation policy."
        ),
        Text(
            "Learners can explain why a baseline and a counterfactual are needed to estimate the "
            "effect of a policy."
        ),
        Text(
            "Learners can plan monitoring and evaluation in proportion to the size of the policy "
            "and the decisions that depend on it."
        ),
    ],
    "estimated_minutes": 110,
    "units": [
        {
            "type": "text",
            "value": {
                "title": Text("Indicators for each link of the chain"),
                "body": RichText(
                    "<p>An <b>indicator</b> is a variable that shows whether change is "
                    "happening. A useful monitoring framework has indicators at each link of the "
                    "results chain:</p>"
                    "<ul>"
                    "<li><b>Input indicators</b>: resources used, such as budget committed and "
                    "spent, or staff dedicated to international relations.</li>"
                    "<li><b>Output indicators</b>: what the activities delivered, such as "
                    "mobility placements completed, staff trained, partnership agreements "
                    "signed.</li>"
                    "<li><b>Result indicators</b>: the immediate change for those reached, such "
                    "as participants whose learning abroad is validated, or providers whose board "
                    "has approved an internationalisation plan.</li>"
                    "<li><b>Impact indicators</b>: the wider change in the territory, such as the "
                    "share of the region's VET learners with a learning mobility experience, the "
                    "employment rate of VET graduates, or companies in S3 domains taking part in "
                    "international VET partnerships.</li>"
                    "</ul>"
                    "<p>Good indicators are <b>SMART</b>: specific, measurable, achievable, "
                    "relevant and time-bound. “More internationalisation” is not an "
                    "indicator; “the share of learners in the region's VET programmes who "
                    "complete a learning mobility abroad, from its value in the first year to a "
                    "set target five years later” is. European frameworks offer anchors: "
                    "the Council Recommendation “Europe on the Move” of 13 May 2024 "
                    "sets the EU-level target that by 2030 at least 12% of VET learners benefit "
                    "from learning mobility abroad, and ERDF and ESF+ programmes report on common "
                    "output and result indicators.</p>"
                    "<p>Numbers alone rarely explain change. <b>Qualitative indicators</b>, such "
                    "as companies' assessment of the skills gained abroad, or case studies of "
                    "providers that changed their curricula, show how and why results happen, and "
                    "they are needed to test the assumptions of the theory of change.</p>"
                ),
            },
        },
        {
            "type": "text",
            "value": {
                "title": Text("Baseline and counterfactual"),
                "body": RichText(
                    "<p>An indicator value on its own says little. Two reference points give it "
                    "meaning.</p>"
                    "<p>The <b>baseline</b> is the value of the indicator before the policy "
                    "starts. Without it, nobody can tell whether a figure measured three years "
                    "later is progress. Baselines should be collected in the define phase, with "
                    "the definitions and sources that will be used later. Administrative data, "
                    "such as enrolment and mobility records, providers' Erasmus+ reports or "
                    "employment records, are often the cheapest source, provided data protection "
                    "rules are respected.</p>"
                    "<p>The <b>counterfactual</b> is what would have happened without the policy. "
                    "It cannot be observed, so it is estimated with a comparison. Common designs "
                    "are:</p>"
                    "<ul>"
                    "<li><b>Random assignment</b>, rarely possible in public policy but sometimes "
                    "feasible when places are oversubscribed and allocated by lot.</li>"
                    "<li><b>Matching</b>: comparing participants with non-participants who are "
                    "similar in observable characteristics, such as field of study, previous "
                    "results and background.</li>"
                    "<li><b>Difference-in-differences</b>: comparing the change over time in a "
                    "group reached by the policy with the change in a group that was not, for "
                    "instance a sector or area without the measure.</li>"
                    "</ul>"
                    "<p>A simple before-and-after comparison mixes the effect of the policy with "
                    "everything else that changed in the same period. Comparing participants "
                    "with non-participants without adjustment tends to overestimate effects, "
                    "because motivated learners and dynamic providers are more likely to take "
                    "part: this is <b>selection bias</b>. Counterfactual designs need data and "
                    "expertise; where they are not feasible, a well-documented contribution "
                    "analysis is the honest alternative.</p>"
                ),
            },
        },
        {
            "type": "text",
            "value": {
                "title": Text("Proportionate evaluation: from monitoring to impact evaluation"),
                "body": RichText(
                    "<p><b>Monitoring</b> is the continuous collection of indicator data during "
                    "implementation; it shows whether the policy is on track. <b>Evaluation</b> "
                    "is a periodic, systematic judgement of the policy's value, usually against "
                    "explicit criteria. The OECD DAC uses six: relevance, coherence, "
                    "effectiveness, efficiency, impact and sustainability. The European "
                    "Commission's Better Regulation guidelines use effectiveness, efficiency, "
                    "relevance, coherence and EU added value.</p>"
                    "<p>The effort spent on measurement should be proportionate to the size of "
                    "the policy and to the decisions that depend on it. A practical sequence for "
                    "a regional internationalisation policy is:</p>"
                    "<ol>"
                    "<li>Agree the theory of change and a small set of indicators with providers "
                    "and companies, so that data collection becomes part of their normal "
                    "reporting.</li>"
                    "<li>Record baselines before the first call opens.</li>"
                    "<li>Monitor outputs and results every year, and share the data with those "
                    "who produce it.</li>"
                    "<li>Plan a mid-term evaluation to correct the course, and an ex-post "
                    "evaluation to judge impact and inform the next programming period.</li>"
                    "<li>Publish the findings, including what did not work.</li>"
                    "</ol>"
                    "<p>European rules point the same way. Under the Common Provisions "
                    "Regulation for 2021–2027, cohesion policy programmes have an evaluation "
                    "plan, and an evaluation of the impact of each programme must be completed by "
                    "30 June 2029. A regional VET internationalisation policy funded by the ERDF "
                    "or the ESF+ can draw on that evaluation plan and feed into it.</p>"
                ),
            },
        },
        {
            "type": "resource",
            "value": {
                "title": Text("EU regional and urban development (Inforegio)"),
                "description": Text(
                    "The European Commission's site on regional policy explains cohesion policy, "
                    "its funds and programmes, and publishes guidance and results on monitoring, "
                    "indicators and evaluation. Use it to find the programmes that operate in "
                    "your region and the evaluations carried out on them."
                ),
                "document": None,
                "url": "https://ec.europa.eu/regional_policy/",
            },
        },
        {
            "type": "reflection",
            "value": {
                "title": Text("Your first three indicators"),
                "prompt": Text(
                    "Choose one intended impact of your territory's internationalisation policy. "
                    "Draft one output, one result and one impact indicator for it, each SMART, "
                    "and note where the baseline for each would come from. Which of them could "
                    "you measure next month with data that already exist?"
                ),
            },
        },
        {
            "type": "quiz",
            "value": {
                "title": Text("Check your understanding: how to measure impact"),
                "pass_mark": 70,
                "max_attempts": 3,
                "shuffle": False,
                "questions": [
                    question(
                        "single",
                        "Which of these is a SMART indicator?",
                        [
                            option(
                                "Greater internationalisation of regional VET providers.",
                                False,
                                "This is an aim, not an indicator: it is not specific or "
                                "measurable and has no time frame.",
                            ),
                            option(
                                "The share of the region's VET learners completing a learning "
                                "mobility abroad, from the 2025 baseline to a target set for "
                                "2030.",
                                True,
                                "Yes: it is specific and measurable, with a baseline, a target "
                                "and a deadline; its achievability and relevance are checked "
                                "against the strategy.",
                            ),
                            option(
                                "As many meetings with foreign partners as possible.",
                                False,
                                "Meetings are an activity, not a change, and “as many as "
                                "possible” is neither a target nor a time frame.",
                            ),
                        ],
                    ),
                    question(
                        "true_false",
                        "A before-and-after comparison of an indicator is enough to estimate the "
                        "effect of a policy.",
                        [
                            option(
                                "True",
                                False,
                                "A before-and-after comparison mixes the effect of the policy "
                                "with everything else that changed in the same period, from the "
                                "economic cycle to national reforms.",
                            ),
                            option(
                                "False",
                                True,
                                "Correct. Estimating the effect needs a counterfactual: what "
                                "would have happened without the policy, usually estimated with "
                                "a comparison group.",
                            ),
                        ],
                    ),
                    question(
                        "single",
                        "Why can a simple comparison of mobility participants with "
                        "non-participants overestimate the effect of mobility?",
                        [
                            option(
                                "Because participants are often more motivated or advantaged from "
                                "the start (selection bias).",
                                True,
                                "Right. Differences that existed before the mobility would be "
                                "wrongly credited to it; matching or difference-in-differences "
                                "designs reduce this bias.",
                            ),
                            option(
                                "Because non-participants always come from other regions.",
                                False,
                                "Not necessarily. The problem is not where they come from but "
                                "that the two groups differ in ways that also affect the "
                                "results.",
                            ),
                            option(
                                "Because mobility has no effect on employability.",
                                False,
                                "The issue is one of method, not a claim that mobility has no "
                                "effect: a biased comparison distorts whatever the real effect "
                                "is.",
                            ),
                        ],
                    ),
                    question(
                        "multiple",
                        "Which of these are evaluation criteria in the European Commission's "
                        "Better Regulation guidelines? Select all that apply.",
                        [
                            option(
                                "Effectiveness",
                                True,
                                "Yes: to what extent the intervention achieved its objectives.",
                            ),
                            option(
                                "EU added value",
                                True,
                                "Yes: what the EU intervention added beyond what Member States "
                                "or regions would have achieved alone.",
                            ),
                            option(
                                "Coherence",
                                True,
                                "Yes: how well the intervention fits with other policies and "
                                "instruments.",
                            ),
                            option(
                                "Media coverage",
                                False,
                                "Visibility matters for communication, but it is not one of the "
                                "five Better Regulation criteria: effectiveness, efficiency, "
                                "relevance, coherence and EU added value.",
                            ),
                        ],
                    ),
                    question(
                        "single",
                        "What is the main role of qualitative indicators in measuring impact?",
                        [
                            option(
                                "They show how and why change happens, and test the assumptions "
                                "of the theory of change.",
                                True,
                                "Right. Interviews, assessments by companies and case studies "
                                "explain the mechanisms behind the numbers.",
                            ),
                            option(
                                "They replace quantitative indicators when data are missing.",
                                False,
                                "They complement quantitative indicators rather than replace "
                                "them; a sound framework uses both.",
                            ),
                            option(
                                "They are useful only for communication and success stories.",
                                False,
                                "Collected systematically, qualitative evidence is part of the "
                                "evaluation itself, not just of its communication.",
                            ),
                        ],
                    ),
                ],
            },
        },
    ],
}

COURSE = {
    "slug": Text("creating-impact-internationalisation-territories"),
    "title": Text("Creating Impact for the Internationalization of Territories"),
    "introduction": Text(
        "An online course for regional policy officers on the impact that the "
        "internationalisation of vocational education and training can have on a territory. It "
        "explains what impact is, how it becomes the building block of a regional strategy, and "
        "how to measure it credibly, using the DIG.INT regional Blueprint and the European "
        "vocabulary of evaluation."
    ),
    "search_description": Text(
        "Course for regional policy officers on defining, building and measuring the territorial "
        "impact of VET internationalisation."
    ),
    "target_group": "policy-officers",
    "learning_outcomes": [
        Text(
            "Learners can distinguish the inputs, outputs, outcomes and impact of an "
            "internationalisation policy and explain why the distinction matters for decisions."
        ),
        Text(
            "Learners can build a theory of change that links the internationalisation of VET to "
            "the priorities of their territory, including its smart specialisation strategy."
        ),
        Text(
            "Learners can select a balanced set of SMART quantitative and qualitative indicators, "
            "with baselines and targets."
        ),
        Text(
            "Learners can choose an approach to impact evaluation, contribution analysis or a "
            "counterfactual design, suited to the policy question and the data available."
        ),
    ],
    "competences": [
        ("international-dimension", "intermediate"),
        ("project-management", "intermediate"),
        ("networking", "foundation"),
    ],
    "eqf_level": 6,
    "workload_hours": 15,
    "ects": "0.5",
    "delivery_mode": "online",
    "partners": ["JVB"],
    "prerequisites": Text(
        "Experience in a regional or local administration, a development agency or a VET "
        "authority. No previous training in evaluation is needed."
    ),
    "modules": [MODULE_1, MODULE_2, MODULE_3],
}

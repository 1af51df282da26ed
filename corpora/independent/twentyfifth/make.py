#!/usr/bin/env python3
"""Hand-written specialty clinic / inpatient PHI test corpus ("twentyfifth").

Texts use inline markup {ABBR|value}. Running this file strips the markup and
writes notes.jsonl (UTF-8 byte offsets) next to itself, then verifies spans.
Python 3 stdlib only.
"""
import json
import os
import re
import sys
from collections import Counter

KINDS = {
    "N": "NAME", "ST": "STREET_ADDRESS", "C": "CITY", "CO": "COUNTY", "Z": "ZIP",
    "G": "GEO", "D": "DATE", "A": "AGE_90_PLUS", "P": "PHONE", "F": "FAX",
    "E": "EMAIL", "SSN": "SSN", "MRN": "MRN", "HP": "HEALTH_PLAN_ID",
    "AC": "ACCOUNT_NUMBER", "LIC": "LICENSE_NUMBER", "VEH": "VEHICLE_ID",
    "DEV": "DEVICE_ID", "URL": "URL", "IP": "IP_ADDRESS", "OID": "OTHER_ID",
}
MARK = re.compile(r"\{(" + "|".join(sorted(KINDS, key=len, reverse=True)) + r")\|([^{}]+)\}")

TEXTS = []


def T(tid, body):
    TEXTS.append((tid, body.strip("\n")))


# ---------------------------------------------------------------------------
# ONCOLOGY
# ---------------------------------------------------------------------------

T("onc01_consult_letter", """
{G|Harborview Cancer Institute} · Thoracic Oncology Program
{ST|1187 Pelham Parkway North, Suite 400} · {C|Bronx}, NY {Z|10469}
Tel {P|(718) 555-0142} · Fax {F|(718) 555-0199}

{D|14 March 2024}

Dr. {N|Olufemi Adebayo}
{G|Riverdale Family Medicine}
{ST|5630 Broadway, 2nd Floor}
{C|Bronx}, NY {Z|10463}

Re: {N|Wojciechowski, Teresa M.}    DOB {D|02/11/1951}    MRN {MRN|HCI-0048812}

Dear {N|Femi},

Thank you for asking me to see Mrs. {N|Wojciechowski}, a 73-year-old retired school librarian who lives with her husband {N|Stanisław} in {C|Yonkers}. I met her in clinic on {D|Tuesday the 12th} together with her daughter, {N|Agnieszka Nowak-Reyes}, who is a respiratory therapist at {G|Montefiore Wakefield}.

History: She presented to the {G|St. Barnabas Hospital} emergency department on {D|2/19/24} with two weeks of blood-streaked sputum and a 4 kg weight loss. CT chest showed a 3.4 x 2.9 cm spiculated right upper lobe mass with ipsilateral hilar adenopathy (station 10R, 1.6 cm short axis). PET-CT on {D|February 26} demonstrated avid uptake in the primary (SUVmax 14.2) and in 10R and 4R, with no distant disease. EBUS-TBNA by Dr. {N|Hyun-woo Bae} on {D|Feb 29th} (accession {OID|SP24-011873}) confirmed adenocarcinoma in both 4R and 10R. MRI brain with contrast on {D|03/04/2024} was negative.

Molecular: tissue NGS (order {OID|ORD-7739145}) shows KRAS G12C and TP53 R273H; EGFR, ALK, ROS1, RET, BRAF and MET exon 14 are negative. PD-L1 (22C3) TPS 60%.

Stage: cT2aN2M0, stage IIIA (AJCC 8th edition).

She is ECOG 1 and still walks her beagle twice a day. 40 pack-year history, quit in 2009. COPD GOLD 2 with FEV1 61% predicted and DLCO 58%. She takes tiotropium, amlodipine 5 mg and atorvastatin 20 mg.

Recommendations:
1. She was presented at our multidisciplinary thoracic board on {D|March 13}; consensus is for concurrent chemoradiation (weekly carboplatin AUC 2 / paclitaxel 45 mg/m2 with 60 Gy in 30 fractions) followed by consolidation durvalumab for up to 12 months. Dr. {N|Imani Fairweather-Boateng} (radiation oncology) will see her for simulation on {D|3/18}.
2. Port placement has been requested with interventional radiology, order {OID|IR-2024-55812}.
3. Pulmonary function tests to be repeated after radiation; she should continue tiotropium.
4. Social work referral placed: transportation from {C|Yonkers} for 30 daily fractions is a real concern, as her husband no longer drives.

I will see her again on {D|April 2, 2024}. Please do not hesitate to call my cell, {P|917-555-0163}, or email {E|r.achterberg@harborviewcancer.org}.

With kind regards,

{N|Rosalind K. Achterberg}, MD, PhD
Attending Physician, Thoracic Oncology

cc: {N|Marcus Bellweather}, NP; {N|Agnieszka Nowak-Reyes} (daughter, at patient's request)
""")

T("onc02_infusion_day", """
INFUSION CENTER — TREATMENT DAY NOTE
Pt: {N|Okafor, Chukwuemeka J}     DOB: {D|1968-07-30}     MRN: {MRN|00827134}
Acct: {AC|4400918273}     Plan ID: {HP|XQD771203845}
Regimen: FOLFOX C4D1     DOS: {D|06/03/2024}
Primary onc: {N|Priya Raghunathan}, MD     Infusion RN: {N|Grace O'Halloran}, RN, OCN

| Parameter | Today | Threshold to treat |
|-----------|-------|--------------------|
| ANC       | 1.9   | >= 1.5             |
| Plt       | 142   | >= 100             |
| Cr        | 0.9   | --                 |
| Bili      | 0.6   | < 1.5              |
| Wt        | 81.4 kg | --               |

S: Reports grade 1 cold-induced dysesthesia of fingers lasting ~3 days after C3 (given {D|5/20}). Mild fatigue, no mucositis, no diarrhea. Eating well. His wife {N|Ngozi} drove him in today; says their son {N|Tobenna} starts at {G|Rutgers} in the fall and he "has to be there for move-in."
O: BP 128/76, HR 72, T 36.7, SpO2 98% RA. Port accessed without difficulty, brisk blood return. Port: PowerPort 8F, serial {DEV|PP8F-2231-0457}.
A/P: Proceed with C4 at full dose. Oxaliplatin 85 mg/m2, leucovorin 400 mg/m2, 5-FU 400 mg/m2 bolus then 2400 mg/m2 over 46 h via ambulatory pump (CADD-Solis, serial {DEV|CADD-S-0071942}). Pump disconnect {D|6/5} at home by {G|Bayada Home Health}. Next cycle {D|6/17/24}. Reminded to avoid cold drinks x 5 days.
Pt may call triage line {P|732-555-0110 ext 3} for fever >= 38.0.

Signed: {N|G. O'Halloran}, RN, OCN   {D|06/03/2024} 11:42
Cosigned: {N|P. Raghunathan}, MD
""")

T("onc03_tumor_board", """
GI tumor board {D|11/7/23} — present: {N|Ferreira}, {N|Lindqvist}, {N|Tanaka-Hughes}, {N|Dube} (IR), path {N|N. Ahmadi}, rad onc {N|Obi}

1) {N|Brown, Harold} {MRN|3321907} 67M — pancreatic head mass 2.8 cm, abuts SMV <180 deg, CA 19-9 412. borderline resectable. rec: neoadjuvant mFOLFIRINOX x 4 mo then restage. clinic w/ {N|Ferreira} {D|11/14}.
2) {N|June Whitcombe} {MRN|3408816} 58F — rectal adenoca, MRI T3c N1, CRM threatened (1 mm). rec TNT (RAPIDO-style). MMR proficient.
3) {N|Li Mei-ling} ({MRN|2998411}) 44F — HCC on HBV cirrhosis, Child-Pugh A6, 2 lesions (3.1, 1.8 cm), within Milan. refer for tx eval at {G|Columbia}; bridging TACE by {N|Dube}.
4) {N|Santiago de la Cruz Ortega} {MRN|3415502} {A|91}M — gastric adenoca, antral, bleeding, Hgb 6.8 on admit. not a surgical candidate. palliative RT 20 Gy/5 to stomach for hemostasis; refer {G|Calvary Hospital} if declines. family mtg w/ grandson {N|Mateo} on {D|11/10}.
5) {N|Grant Osei-Bonsu} {MRN|3377120} 39M — anal SCC, HIV+ (CD4 610), T2N0. Nigro protocol (chemoRT w/ 5-FU/mitomycin). fertility consult first.
""")

T("onc04_haem_letter_uk", """
{G|Beatson West of Scotland Cancer Centre}
{ST|1053 Great Western Road}, {C|Glasgow} {Z|G12 0YN}
Haematology Outpatients    Tel: {P|0141 301 7000}

Dictated: {D|03/04/2024}    Typed: {D|08/04/2024}

Dr {N|Fiona Gillespie}
{G|Partick Medical Practice}
{ST|48 Dumbarton Road}
{C|Glasgow} {Z|G11 6PT}

Dear Dr {N|Gillespie}

Re: Mr {N|Callum Ruaridh MacLeod}, DOB {D|19/01/1998}, CHI {MRN|1901984471}
{ST|Flat 2/1, 117 Hyndland Road}, {C|Glasgow} {Z|G12 9JA}

Diagnosis: Classical Hodgkin lymphoma, nodular sclerosis subtype, stage IIA with bulky mediastinal disease (Ann Arbor), IPS not applicable.
Treatment: ABVD cycle 1 day 1 {D|12 January 2024}; interim PET-CT after 2 cycles Deauville 2.

I reviewed {N|Callum} in clinic today with his mother, {N|Morag}. He has tolerated the first two cycles of ABVD well apart from nausea on day 1-2, which has settled with ondansetron and a short course of dexamethasone. He has had no fevers and no B symptoms since his first cycle. Bleomycin lung toxicity has been discussed and, given his interim PET result, we will omit bleomycin from cycle 3 onwards and continue with AVD to complete six cycles in total, in keeping with the RATHL approach.

He is in the final year of his PhD at the {G|University of Strathclyde} and is keen to keep working through treatment. I have encouraged this but asked him to avoid crowded lecture theatres on the days around his nadir. Sperm storage was completed at the {G|Glasgow Royal Infirmary} ACS unit prior to treatment.

Examination: no palpable lymphadenopathy; chest clear; weight 71.2 kg (stable).
Bloods today: Hb 118, WCC 4.1, neutrophils 1.6, platelets 245; LFTs normal.

Plan:
- Continue AVD, cycle 3 day 1 on {D|24th April}.
- End-of-treatment PET-CT to be arranged after cycle 6.
- Irradiated blood products for life — card given; please add an alert to his GP record.
- Pneumococcal and annual influenza vaccination recommended.

Please do not hesitate to contact me via my secretary, {N|Lorna Baird}, on {P|0141 301 7123} if there are any concerns.

Yours sincerely

Dr {N|Ishbel Ferguson-Mackay}
Consultant Haematologist

cc: Mr {N|Callum MacLeod} (patient)
""")

# ---------------------------------------------------------------------------
# PSYCHIATRY
# ---------------------------------------------------------------------------

T("psy01_admission", """
PSYCHIATRIC ADMISSION NOTE
{G|Brightwater Behavioral Health Pavilion}, Unit 3 West

Patient: {N|Hope Delacroix-Amani}     DOB: {D|Aug 9, 1997}     MRN: {MRN|BW-2215-09}
SSN: {SSN|548-21-7736}     Admit: {D|10/22/2023}
Legal status: WIC 5150, written {D|10/21/2023} at 23:40 by Officer {N|Kyle Ferraro} (badge {OID|4471}), {G|Oakland Police Department}

Chief complaint: "I stopped hearing my own thoughts, only the frequencies."

HPI: 26-year-old woman, second-year graduate student in comparative literature at {G|UC Berkeley}, with bipolar I disorder (first manic episode at 19), brought to {G|Highland Hospital} ED by police after her roommate, {N|Faith Oyelaran}, called 911 when the patient was found on the roof of their building at 2 a.m. reciting poetry "to the satellites." Per roommate, she has slept less than 2 hours a night since approximately {D|October 16th}, has spent roughly $4,000 on art supplies and a plane ticket to {C|Lisbon}, and stopped lithium in {D|Sept 2023} because it "muted the colors." No ingestion. She denies suicidal intent but told ED staff that "it would be fine to fly."

Collateral from mother, {N|Monique Delacroix}, in {C|Baton Rouge} by phone: two prior hospitalizations, most recently at {G|John George Psychiatric Hospital} in {C|San Leandro} in {D|March 2021} (also off lithium) and once in {D|Dec '19} in Louisiana. Maternal uncle with schizoaffective disorder; father, {N|Raphael Amani}, "moody, drank."

Outpatient: psychiatrist Dr. {N|Will Castellanos}, {G|Kaiser Oakland} Psychiatry; therapist {N|Rose Tanaka}, LMFT. Last seen by Dr. {N|Castellanos} on {D|9/12/2023}.

Substances: cannabis daily (vape), occasional alcohol; UDS + THC only. BAL 0.

Social: lives with roommate at {ST|2719 Telegraph Ave, Apt 5}, {C|Berkeley}, CA {Z|94705}. Works 15 h/week at {G|Moe's Books}. Insured through student plan, member ID {HP|SHIP-0098812276}. No firearms in home per roommate.

MSE: Appears stated age, colorful layered clothing, glitter on face. Psychomotor agitation, pacing. Speech pressured, loud, difficult to interrupt. Mood "electric." Affect expansive, irritable when redirected. Thought process flight of ideas with clang associations. Thought content: grandiose (believes her poetry is "being downloaded by NASA"), ideas of reference; no clear SI/HI. Perception: endorses hearing a "hum" with words in it; appears internally preoccupied at times. Cognition: oriented x3, distractible. Insight poor, judgment impaired.

Risk: C-SSRS screen positive for passive ideation ("it would be fine to fly"), no plan. Elevated acute risk due to mania, impulsivity, recent roof incident. Placed on q15 checks, elopement precautions.

Assessment: Bipolar I disorder, current episode manic, severe, with mood-congruent psychotic features, in context of lithium nonadherence and daily cannabis use.

Plan:
1. Restart lithium 300 mg BID, titrate to level 0.8-1.0; baseline BMP, TSH, Ca, beta-hCG (neg), ECG.
2. Olanzapine 10 mg qhs, 5 mg PO/IM q6h prn agitation.
3. Sleep protocol; low-stimulation room.
4. Will contact Dr. {N|Castellanos} at {P|510-555-0190} with patient's consent (verbal consent obtained for mother and outpatient team only).
5. Probable certification hearing if unable to contract for voluntary status by {D|10/25}.

{N|Dmitri Volkonsky}, MD, PGY-3
Attending: {N|Anjali Menon-Whitfield}, MD
""")

T("psy02_nursing_lower", """
3w nsg note {D|10/24} 0300 — pt {N|hope} awake most of night, pacing hallway, pressured speech re "frequencies" and "the satellites". offered prn olanzapine 5mg po at 0115, accepted after 2nd offer. slept approx 0200-0530 per checks. no aggression, no self harm. earlier called mother ({N|monique}) at 2100, call supervised by mhw {N|darnell}, pt tearful after. pt asked for "{N|will}" (outpt psychiatrist) several times and for her roommate {N|faith} to bring her notebooks. denies si/hi when asked. q15 checks maintained, elopement precautions cont. intake 600ml, voided x2. — {N|t. nakamura-price} rn
""")

T("psy03_safety_plan", """
STANLEY-BROWN SAFETY PLAN — completed at discharge {D|11/2/2023}
Patient: {N|Hope Delacroix-Amani}    MRN {MRN|BW-2215-09}

Step 1 — Warning signs: not sleeping 2 nights in a row; feeling "electric"; buying plane tickets; skipping lithium.
Step 2 — Things I can do on my own: run around {G|Lake Merritt}; put phone in the kitchen at 10 pm; listen to the rain playlist; write (in the notebook, not on walls).
Step 3 — People and places that distract me: {N|Faith} (roommate) {P|510-555-0136}; {G|Caffe Strada}; my writing group at {G|Berkeley Public Library}, {ST|2090 Kittredge St}.
Step 4 — People I can ask for help: mom {N|Monique Delacroix} {P|(225) 555-0178}; cousin {N|Jean-Baptiste Amani} ("{N|JB}") {P|225.555.0104}.
Step 5 — Professionals: Dr. {N|Will Castellanos} {P|510-555-0190}; {N|Rose Tanaka}, LMFT {P|510-555-0147}; 988 Suicide & Crisis Lifeline; {CO|Alameda County} crisis line.
Step 6 — Making my environment safe: roommate holds lithium bottle and gives me the week's pill box on Sundays; no car keys while sleep is off.

Follow-up appointments:
| Date | Time | With | Where |
|---|---|---|---|
| {D|Nov 6} | 10:30 | {N|Rose Tanaka}, LMFT | telehealth |
| {D|Nov 8} | 08:00 | lithium level | {G|Kaiser Oakland} lab, order {OID|LAB-93318472} |
| {D|Nov 9} | 14:15 | Dr. {N|Castellanos} | {G|Kaiser Oakland} Psychiatry, 3rd floor |

Patient signature: {N|H. Delacroix-Amani}
Clinician: {N|Anjali Menon-Whitfield}, MD     Social worker: {N|Benedikt Auer}, LCSW
""")

T("psy04_telepsych", """
TELEPSYCHIATRY FOLLOW-UP (video)
Date of service: {D|5th of March 2025}     Start 16:05     End 16:32
Patient: {N|Tadeusz Zielinski} ("{N|Ted}")     DOB: {D|10/02/1979}     MRN: {MRN|LVP-20774}
Patient location: home, {C|Scranton}, PA. Provider location: {G|Lackawanna Valley Psychiatric Associates}.
Platform: Zoom for Healthcare, meeting ID {OID|884 2217 0935}; patient connected from {IP|172.58.119.46}. Identity verified with photo ID; consent for telehealth on file.

S: 45M with chronic PTSD (two deployments) and alcohol use disorder, now in early remission, sober since {D|July 4th, 2024}. Works as a lineman for {G|PPL Electric Utilities}, back on full duty since {D|January 6}. Attends AA at the {G|St. Peter's Cathedral} parish hall on Tuesdays; sponsor is {N|Gus}. Nightmares down to 2x/week on prazosin 6 mg (from nightly). PCL-5 today 38 (was 52 in the fall). Denies cravings most days, one "close call" after his brother-in-law's funeral on {D|2/15}. Wife {N|Marisol} present for last 5 minutes, agrees he is "more himself." VA disability claim pending, claim no. {OID|C-29114776}.
Safety: denies SI/HI. Firearms stored at his cousin {N|Staś}'s house; wife confirms.
O: Well-groomed, calm, good eye contact on video. Mood "steady." Affect mildly constricted, reactive. Linear, goal-directed. No SI/HI. Insight/judgment good.
Meds: sertraline 150 mg daily, prazosin 6 mg qhs, naltrexone 50 mg daily. PDMP reviewed, no controlled Rx.
A/P:
- PTSD: increase prazosin to 8 mg qhs; orthostatic precautions reviewed. Continue CPT sessions with {N|Dara Whitlow}, LCSW.
- AUD: continue naltrexone; LFTs {D|1/28/2025} normal.
- Rx sent to {G|Weis Pharmacy}, {ST|1000 Commerce Blvd}, {C|Dickson City}.
- RTC 4 weeks, {D|April 2}.

{N|Folasade Ogunleye-Hart}, DNP, PMHNP-BC
PA license {LIC|RP448812}     DEA {LIC|MO5521873}
""")

# ---------------------------------------------------------------------------
# PEDIATRICS
# ---------------------------------------------------------------------------

T("peds01_nicu_progress", """
NICU PROGRESS NOTE — DOL 12, CGA 31 2/7 wk
Baby Boy {N|Mensah} ("{N|Kofi}")     MRN {MRN|N-77410932}     DOB {D|1/3/25} 04:17     BW 1,340 g
Mother: {N|Abena Mensah}, 29 y/o G3P2, blood type O+, GBS unknown     Father: {N|Kwabena Mensah}
Born at {G|Prince George's Hospital Center} by emergent C/S for abruption; transported to our unit on DOL 0. Apgars 3, 6, 8.

Overnight: 2 self-resolved brady/desat events with feeds, none requiring stimulation. Tolerating advancing feeds.
Resp: NIPPV weaned to CPAP +6 yesterday, FiO2 0.21-0.25. Caffeine citrate 5 mg/kg daily. CXR {D|1/13}: improved haziness, no PIE.
FEN/GI: MBM fortified to 24 kcal/oz, 140 mL/kg/day via NG q3h, full feeds reached {D|1/12}. Weight 1,395 g (+20 g). Stooling.
ID: blood culture {D|1/3} negative at 48 h; amp/gent stopped after 48 h.
Heme: Hct 38. Bili 6.1, below light level; phototherapy discontinued {D|1/9}.
Neuro: HUS DOL 7 — no IVH. Repeat at 36 wk CGA.
Eyes: first ROP exam scheduled {D|1/28/25} with Dr. {N|Sebastián Quiroga}.
Social: family lives in {C|Hyattsville}, MD ({CO|Prince George's County}); mom visits daily by bus, staying some nights at the {G|Ronald McDonald House}. WIC referral placed; Medicaid ID {HP|MDM-114400739}. Dad works overnight shifts at {G|BWI Marriott} and calls at 0600 for updates — phone on chart {P|(301) 555-0162}.

Plan: continue CPAP, wean as tolerated; continue fortified MBM; lactation follow-up with {N|Marguerite Pellerin}, IBCLC; car seat challenge and hearing screen closer to discharge.

{N|Leah Rosenthal-Ibe}, NNP-BC     Attending: {N|Kenji Yamamura}, MD     {D|15-Jan-2025}
""")

T("peds02_wellchild", """
15 mo WCC {D|02/05/2024}
{N|Brooklyn Stanek}, DOB {D|5 Nov 2022}, here with mom {N|April Stanek} and grandma {N|Pat}.
Interval: one AOM in {D|December 2023} treated w/ amoxicillin at {G|Agnesian urgent care}. otherwise well. Attends {G|Little Acorns Learning Center} in {C|Fond du Lac} 4 days/wk.
Dev: walks well, stacks 2 blocks, 5-6 words ("mama", "dada", "dog", "more", "uh-oh"), points to show. M-CHAT-R/F not due until 18 mo. Mom not worried.
Diet: whole milk ~20 oz/day (counseled to cut to 16), table foods, still one bottle at bedtime — discussed weaning.
Growth: wt 10.1 kg (48%), len 78 cm (55%), HC 46 cm (52%).
Exam: normal. 2 R upper molars erupting. No caries.
Vaccines today: MMR, varicella, Hep A #1, PCV20 #4 — VIS given, mom consented.
Lead 2.1 (drawn {D|1/22}). Hgb 11.8.
Dental home: referral to {G|Lakeshore Pediatric Dentistry}.
RTC 18 mo WCC.
— {N|Bryony Hale}, PA-C
""")

T("peds03_endo_consult", """
PEDIATRIC ENDOCRINOLOGY CONSULT
Date: {D|September 15, 2024}
Requested by: {N|Tomás Echeverría}, MD (PICU attending)
Reason: new-onset type 1 diabetes with DKA

Patient: {N|Aaliyah King}, 9 y/o F     MRN {MRN|6620147}     Admitted {D|9/14/2024} via {G|Norton Children's Hospital} ED

HPI: 3 weeks of polyuria, polydipsia and a 2.5 kg weight loss; new nocturnal enuresis. School nurse, Ms. {N|Page}, called mom on {D|9/12} because {N|Aaliyah} was asking to use the restroom every 20 minutes. Presented with vomiting and Kussmaul breathing. Initial pH 7.08, HCO3 6, BG 512, BHB 6.8; GCS 15 throughout. Treated per two-bag protocol; DKA resolved at 0400 today, transitioned to SC insulin with breakfast.

Family: father {N|Marcus King} is a package handler at the {G|UPS Worldport} hub in {C|Louisville}; mother {N|Danielle Young-King} is a dental hygienist. Older brother {N|Jaylen}, 13, healthy. Paternal grandmother with T2D. No autoimmune thyroid disease known.

Labs pending: GAD65, IA-2, ZnT8, insulin autoantibodies; TSH/fT4; tTG-IgA with total IgA.

Assessment: new-onset T1D presenting in moderate-severe DKA, now resolved.

Plan:
1. Basal-bolus: glargine 0.4 U/kg at 2100, lispro 1 U per 15 g carb (breakfast 1:12), ISF 1:75 > 150.
2. Dexcom G7 placed today (sensor serial {DEV|8TG4-77X2Q}); family to use the Follow app on mom's phone.
3. Diabetes education starting this afternoon with {N|Carol Bishop}, RN, CDCES; survival skills before discharge, anticipated {D|9/17}.
4. School plan (DMMP) to be faxed to {G|Atkinson Elementary}, attn. Ms. {N|Page}, fax {F|(502) 555-0134}.
5. Psychology/social work screen per new-onset protocol.
6. Follow-up in diabetes clinic 1 week after discharge; on-call endocrine number given to parents.

{N|Ngozi Abernathy-Lyle}, MD, Pediatric Endocrinology fellow
Staffed with {N|Howard Feinstein}, MD
""")

T("peds04_discharge_au", """
{G|Perth Children's Hospital} — General Paediatrics
{ST|15 Hospital Avenue}, {C|Nedlands} WA {Z|6009}

DISCHARGE SUMMARY
Patient: {N|Lachlan Nguyen-Whitaker}     UMRN: {MRN|A4471182}     DOB: {D|17/08/2021}
Medicare: {HP|2953 71048 1}
Address: {ST|42 Kalamunda Road}, {C|South Guildford} WA {Z|6055}
Admitted: {D|03/06/2024}     Discharged: {D|09/06/2024}
Consultant: Dr {N|Siobhan Carmody}     Registrar: Dr {N|Aditya Varma}
GP: Dr {N|Hamish Rutherford}, {G|Midland Family Practice} — fax {F|(08) 9274 5512}

Diagnosis: Complete Kawasaki disease (fever 6 days, bilateral non-purulent conjunctivitis, strawberry tongue, polymorphous rash, cervical lymphadenopathy 2 cm).

Course: {N|Lachlan} presented on day 5 of fever after two GP reviews. CRP 142, ESR 88, albumin 29, ALT 61, platelets 380 rising to 612. IVIG 2 g/kg given {D|4 June} with defervescence within 24 hours; aspirin 40 mg/kg/day until afebrile 48 h, then 5 mg/kg/day. Echo {D|5/6/24}: coronary z-scores LAD 1.8, RCA 1.2, no aneurysm; normal function. Periungual desquamation started day 10.

Discharge medications: aspirin 60 mg daily until 6-week echo. Avoid ibuprofen. Live vaccines (MMR, varicella) deferred 11 months after IVIG.

Follow-up:
- Cardiology clinic, Dr {N|Eun-ji Park}, {D|1 July 2024}, with repeat echocardiogram.
- GP review in 1 week for FBC/platelets.
- Influenza vaccine recommended while on aspirin.

Parents: {N|Thi Lan Nguyen} and {N|Ben Whitaker} — mobile {P|0412 555 018}. Interpreter not required.

Summary prepared by Dr {N|Aditya Varma} (Paediatric Registrar) on {D|9 June 2024}.
""")

# ---------------------------------------------------------------------------
# OBSTETRICS
# ---------------------------------------------------------------------------

T("ob01_prenatal", """
Prenatal visit 28w3d — {D|7/11/2024}
{N|Maribel Castañeda-Ruiz} 31yo G2P1001, EDD {D|9/23/2024} by 8w US. Spanish-speaking; in-person interpreter {N|Yesenia Álvarez} used.
S: +FM, no VB/LOF/ctx. Mild heartburn. Working days at {G|Tyson Foods} deboning line in {C|Springdale}, standing 10 h — work note provided for stool and breaks.
O: BP 112/70, wt +8.4 kg total, FH 28 cm, FHR 146. Urine neg/neg.
Labs: 1h GCT 152 -> 3h GTT ordered. Hgb 10.6 -> start FeSO4 325 qod. Rh neg, antibody screen neg -> RhoGAM 300 mcg IM given today, lot in MAR. Tdap given.
Hx: prior SVD {D|June 2019} at {G|Mercy Hospital Northwest Arkansas}, {C|Rogers}, 3,420 g, uncomplicated.
Husband {N|Efraín} works nights, brings her to appts. Plans delivery at {G|Washington Regional Medical Center}. Wants BTL — Medicaid consent form signed today (30-day wait starts {D|7/11}).
Insurance: ARKids/Medicaid ID {HP|AR-MCD-00917732}.
Plan: kick counts, preterm labor precautions, RTC 2 wk ({D|7/25}) or sooner after GTT.
{N|Juniper Hollis}, CNM
""")

T("ob02_ld_admission", """
L&D ADMISSION H&P     {D|2024-03-02} 22:15
Pt {N|Ifeoma Chukwu-Bishop}, 34 y.o. G1P0 @ 39w5d by LMP c/w 11w US, presenting for elective IOL (AMA, IVF pregnancy).
Pregnancy notable for: IVF-conceived (frozen embryo transfer, {G|Shady Grove Fertility}), A1GDM diet-controlled, low-lying placenta resolved at 32w.
SVE: 1/50/-2, firm, posterior. Bishop score 3.
EFM: baseline 140, moderate variability, +accels, no decels. Cat I. Toco: irregular mild ctx.
Labs: GBS negative ({D|2/8}), Rh+, RI, HBsAg/HIV/RPR neg. Hgb 12.1.
Plan: cervical ripening w/ misoprostol 25 mcg PV q4h; Foley balloon if Bishop still <6 after 2 doses; then pitocin per protocol. Epidural on request.
Support: wife {N|Rachel Bishop} at bedside; doula {N|Sunny Abara} {P|(404) 555-0121}. Pt requests delayed cord clamping and skin-to-skin.
Attending {N|Anneliese van der Merwe}, MD aware and agrees.
{N|Kwame Asante-Boakye}, MD, PGY-2 OB/GYN
""")

T("ob03_postpartum_phone", """
tc from pt {N|keisha wood} pp day 6 s/p primary c/s {D|1/29} for arrest of dilation. c/o incision redness spreading past the tape line since yesterday, temp 100.9 at home, some drainage "like pus". breastfeeding ok. edinburgh at 2 wk visit not done yet — she says she's "tired but ok", denies thoughts of harming self/baby. advised to come in today to {G|Grady} ob triage for wound check, possible cellulitis vs seroma. she has no car, partner {N|darius} at work til 3 — gave ride line # and she'll try her sister {N|tamika}. cb # {P|470 555 0192}. rx for ibuprofen already at {G|cvs} {ST|1019 ponce de leon ave ne}. triage charge rn {N|bernice} notified.
— {N|m. o'driscoll} rn {D|2/4/25} 0915
""")

T("ob04_trauma_consult", """
OB TRAUMA CONSULT     {D|2024-08-17} 19:50
Consulted by: ED, Dr. {N|Chinonso Okoro}
Pt: {N|Shaniqua Faith Robinson}, 24 y/o G1P0 at 30w2d (EDD {D|10/17/2024}), MRN {MRN|CMC-5528013}
Mechanism: restrained driver, MVC at ~45 mph, front-end collision on the interstate near {C|Gastonia}. Airbag deployed. Per trooper at bedside (Trooper {N|R. Hadley}, crash report {OID|GCPD-24-019773}), vehicle is a 2012 Honda Accord, VIN {VEH|1HGCP2F31CA044517}, towed to {G|Belmont Towing & Recovery}.
S: lower abdominal soreness from belt, +FM, no VB/LOF. Mild ctx?
O: BP 118/72, HR 104. Seatbelt ecchymosis across lower abdomen. Uterus soft, mildly tender L fundus. FHR 150s, mod var, +accels. Toco: ctx q8-10 min, irregular. SSE: no blood, no pooling. TAUS: cephalic, placenta posterior fundal, no obvious abruption (limited sensitivity).
Labs: Hgb 11.4, fibrinogen 410, Kleihauer-Betke sent, type O neg -> RhoGAM given.
A/P: 30w2d s/p MVC, r/o abruption.
- Continuous EFM/toco minimum 4 h, extend to 24 h if ctx persist >= 1 per 10 min.
- Betamethasone course started ({D|8/17} 2000 and {D|8/18} 2000).
- Trauma team clearing c-spine.
Pt prenatal care at {G|CaroMont OB/GYN Belmont}; records requested by fax {F|704-555-0148}. Partner {N|Jamal Pierce} en route. Mother {N|Loretta Robinson} {P|704-555-0129} is emergency contact.
Pt's NC driver license ({LIC|000039471122}) and insurance card returned to her belongings bag; Medicaid ID {HP|NCM-90017726-Q}.
{N|Harper Lindgren}, MD, OB hospitalist
""")

# ---------------------------------------------------------------------------
# CARDIOLOGY
# ---------------------------------------------------------------------------

T("card01_inpatient_consult", """
CARDIOLOGY CONSULTATION
Date: {D|April 17, 2023}
Requesting: {N|Bernadette Oyelowo}, DO (hospitalist)
Patient: {N|Grant, Eleanor P.}     Age: {A|92}     MRN {MRN|E2209918}     Acct {AC|77031-0455-2}     Room 614-B
Reason for consult: new atrial fibrillation with RVR, troponin elevation

HPI: {A|92}-year-old woman who lives at {G|Maple Terrace Assisted Living} in {C|Westerville}, admitted {D|4/15} with urosepsis (E. coli). On hospital day 2 she developed palpitations and was found in AF at 140-150s. hs-TnT 38 -> 44 -> 41, flat pattern, no chest pain, ECG without ischemic changes beyond rate-related ST depression in V4-V6. She was a bookkeeper for {G|Lazarus department store} for 40 years and is very clear that she does not want "anything heroic."

PMH: HTN, HFpEF, CKD 3b (Cr 1.4), osteoporosis with L1 compression fracture, mild cognitive impairment (MoCA 22/30 in 2022), recurrent falls (last one {D|February 2023}).
Meds prior: amlodipine 5, furosemide 20, alendronate weekly, vitamin D.
Echo {D|4/16}: LVEF 55%, moderate LAE, mild AS (AVA 1.4 cm2), RVSP 38.
Exam: irregularly irregular 108 after diltiazem, JVP 8 cm, bibasilar crackles, trace edema. 52 kg.

Scores: CHA2DS2-VASc 5 (age x2, female, HTN, CHF). HAS-BLED 3.

Assessment/Recommendations:
1. AF with RVR, likely provoked by sepsis. Rate control: metoprolol tartrate 12.5 mg q6h, transition to succinate 50 daily; goal HR < 110.
2. Anticoagulation: after shared decision-making with patient and son, favor apixaban 2.5 mg BID (age >= 80 and weight <= 60 kg). Fall risk acknowledged; benefit felt to outweigh risk.
3. Troponin: type 2 / demand, no further ischemic workup per goals.
4. No TEE/cardioversion. She said, "I've made it to {A|92}, I don't need a camera down my throat."
5. Code status DNR/DNI confirmed, MOLST dated {D|1/5/2022} in chart.

Discussed with son and HCP {N|Douglas Grant}, {P|614-555-0175}, and PCP Dr. {N|Faith Abernathy} ({G|Central Ohio Primary Care}, fax {F|614-555-0184}).

{N|Rahul Srinivasan-Cole}, MD, FACC — pager 44817
""")

T("card02_device_remote", """
DEVICE CLINIC — REMOTE TRANSMISSION REVIEW
Pt: {N|Nikolai Petrenko}     DOB: {D|03-Dec-1949}     MRN: {MRN|71-554-209}
Device: dual-chamber pacemaker (Azure XT DR MRI), SN {DEV|RNB614822S}, implanted {D|08/22/2019} by Dr. {N|Yusuf Haddad}
Leads: RA 5076-52cm SN {DEV|PJN7712044}; RV 5076-58cm SN {DEV|PJN7715093}
Indication: sinus node dysfunction with symptomatic pauses
Home monitor: serial {DEV|MCL-24A9981}; last connection {D|2024-05-09} 02:14 from {IP|73.162.41.208}
Transmission link: {URL|https://carelink.example-device.com/clinic/pt/71554209/tx/20240509}

| Parameter | Value | Prior ({D|02/08/24}) |
|---|---|---|
| Battery longevity | 8.1 yr | 8.4 yr |
| RA impedance | 456 ohm | 475 ohm |
| RV impedance | 532 ohm | 551 ohm |
| RA sensing | 2.8 mV | 3.0 mV |
| RV threshold | 0.75 V @ 0.4 ms | 0.75 V @ 0.4 ms |
| AP / VP | 92% / 3% | 90% / 2% |

Episodes: 2 AHR episodes, longest 14 min on {D|5/1} at 03:40 (AT, 1:1 vs 2:1? reviewed EGM: atrial tachycardia ~180 bpm, 2:1 AV). No VHR. AF burden < 0.1%.
Assessment: normal device function. Brief AT, asymptomatic per pt. CHA2DS2-VASc 3 — burden too low to trigger anticoagulation discussion now; will flag for EP if > 6 min episodes recur.
Plan: continue quarterly remote; next scheduled {D|8/8/2024}; in-office check {D|November 2024}.
Notified patient's daughter {N|Oksana Petrenko-Lewis} by portal message (pt prefers she handle messages) — {E|oksana.plewis@fastmail.com}.
Reviewed by {N|Carmen Ibáñez}, CCDS; attending sign-off {N|Yusuf Haddad}, MD.
""")

T("card03_cath_brief", """
cath lab brief op note {D|12/01/2023} — {N|Mohammed al-Rashid} 58M, inferior STEMI, transferred from {G|Johnston Health Smithfield} (D2B incl transfer 118 min, our door-to-balloon 61 min). R radial 6F. LM nl, LAD 40% mid, LCx nl, RCA mid 100% thrombotic -> aspiration, DES 3.5x28 postdil 4.0 NC, TIMI 3. EBL min, contrast 140 mL. TR band 13 mL. ASA/ticagrelor load given. to CCU bed 4, echo in am. wife {N|Samira} and son {N|Yousef} updated in waiting area. operator {N|J. Whitlock}, fellow {N|Adaeze Nwosu}.
""")

T("card04_discharge_india", """
{G|Sri Jayadeva Institute of Cardiovascular Sciences and Research}
{ST|Bannerghatta Road, 9th Block Jayanagar}, {C|Bengaluru} {Z|560069}
Ph: {P|+91 80 2297 7400}

DISCHARGE SUMMARY
Name: Mr. {N|Lakshmi Narayanan Iyer}     Age/Sex: 67/M     UHID: {MRN|SJI/2024/118834}     IP No: {OID|IP-24-093317}
Address: {ST|No. 7, 2nd Main, Jayanagar 4th T Block}, {C|Bengaluru} {Z|560041}
Scheme: PM-JAY card {HP|PMJAY-KA-88102347}
DOA: {D|12-Sep-2024}     DOD: {D|16-Sep-2024}
Consultant: Dr. {N|B. R. Shetty}, DM (Cardiology), KMC Reg. No. {LIC|48812}

Diagnosis: Acute anterior wall MI (late presenter, 14 h), Killip class II; CAD — double vessel disease; T2DM; Hypertension.
Procedure: CAG + PTCA with DES to proximal LAD on {D|13/09/2024}. RCA 60% — medical management.
Echo: LVEF 40%, anterior and apical hypokinesia, no LV clot.
Course: uneventful post-procedure; mobilised day 2; cardiac rehab counselling by Ms. {N|Revathi Gowda}.
Advice on discharge:
1. Tab Aspirin 75 mg OD, Tab Ticagrelor 90 mg BD x 12 months
2. Tab Atorvastatin 80 mg HS
3. Tab Metoprolol succinate 25 mg OD, Tab Ramipril 2.5 mg OD
4. Tab Metformin 500 mg BD; review HbA1c (8.9%)
5. Tab Dapagliflozin 10 mg OD
Review in OPD after 2 weeks ({D|30/09/2024}) with reports. Son Mr. {N|Karthik Iyer} (in {C|Dubai}) requested copy to {E|karthik.iyer@outlook.com}.
Emergency: contact casualty {P|+91 80 2297 7444}.

Dr. {N|Pooja Hiremath}, Senior Resident
""")

# ---------------------------------------------------------------------------
# DERMATOLOGY
# ---------------------------------------------------------------------------

T("derm01_clinic", """
Dermatology clinic note — {D|08 Oct 2024}
{N|Saoirse Ní Bhriain}, 36F, Fitzpatrick I, referred by Dr. {N|Cormac Mac Giolla Phádraig} for a changing mole on the L upper back noticed by her partner {N|Róisín} over the summer.
Hx: lifeguard at {G|Jones Beach} for 9 summers; >5 blistering sunburns in adolescence. Maternal grandmother {N|Brigid} had melanoma (site unknown) in her 60s. No personal skin cancer hx. Lives in {C|Massapequa} ({CO|Nassau County}).
Exam: FBSE performed with chaperone {N|Danielle Oyelaran-Cho}, MA. ~60 nevi, several atypical. L upper back: 8 x 6 mm asymmetric macule with two shades of brown and a focal blue-gray area. Dermoscopy: atypical network, regression structures, off-center blotch. Other lesions: benign-appearing, photographed for mole mapping (series {OID|MM-2024-33091}).
A/P:
1. Atypical pigmented lesion L upper back, r/o melanoma — excisional biopsy with 2 mm margins performed today, path accession {OID|D24-40718}.
2. Multiple atypical nevi — total body photography baseline done; self-exam teaching.
3. Sun protection counseling (SPF 50, UPF clothing, shade).
Will call with path results; follow-up FBSE {D|April 2025} or sooner per path. Pt prefers text to {P|516-555-0139}.
{N|Wendell Okonjo-Baird}, MD, FAAD
""")

T("derm02_econsult", """
TELEDERMATOLOGY eCONSULT #{OID|EC-2024-118204}
Submitted {D|2024-11-19} 14:02 by {N|Bao Tran Nguyen}, FNP — {G|Sweetwater Community Health Clinic}, {C|Rock Springs}, WY
Patient: {N|Wyatt Yellowhorse}, 52M, DOB {D|06/30/1972}, clinic MRN {MRN|SCHC-40218}
Images (6) uploaded from workstation {IP|10.44.12.187} via {URL|https://tdx.sweetwaterchc.org/case/118204}

Question: "Pruritic coin-shaped plaques on both shins x 3 months, not better with OTC hydrocortisone. Eczema vs fungal? He works outdoors (pipeline welder for {G|Rocky Mountain Midstream}), very dry winters here."

Response ({D|11/20/2024}):
Images show multiple 2-4 cm well-demarcated, coin-shaped, lichenified and focally crusted plaques on the anterior shins, no central clearing, no scale at the leading edge. Favor nummular dermatitis, likely xerosis-driven; tinea corporis less likely but worth excluding.
Recommendations:
1. KOH prep of scale from one plaque before starting steroid if easily done in clinic.
2. Clobetasol 0.05% ointment BID x 2 weeks then weekends only; thick emollient (petrolatum) BID, soak-and-smear at night.
3. If crusting/weeping persists, culture for S. aureus; consider cephalexin.
4. If not improved in 6 weeks, in-person visit or biopsy.
No in-person visit needed at this time.
{N|Lars-Erik Sundqvist}, MD — {E|lsundqvist@wyderm.org}
""")

T("derm03_consult_canada", """
{G|Women's College Hospital} — Division of Dermatology
{ST|76 Grenville Street}, {C|Toronto}, ON {Z|M5S 1B2}

CONSULTATION REPORT
Date of visit: {D|2024/10/15}
Patient: {N|Marie-Ève Tremblay-Gagnon}     DOB: {D|1990/03/22}     OHIP: {HP|5584-337-912-XK}
Referring physician: Dr. {N|Rajinder Sandhu}, {G|Brampton Civic Hospital} — fax {F|905-555-0136}

Dear Dr. {N|Sandhu},

Thank you for referring this 34-year-old line cook at {G|Café Pamplemousse} with recurrent painful nodules and draining tunnels in both axillae and the groin since her early twenties. She has had four courses of doxycycline and two incision-and-drainage procedures at your emergency department, most recently on {D|August 30}. She smokes 10 cigarettes per day and her BMI is 33.

On examination there are Hurley stage II lesions in both axillae with interconnected tunnels and bridged scarring, and inflammatory nodules in the right inguinal fold. IHS4 is 11 (severe). There are no perianal lesions.

Impression: moderate-to-severe hidradenitis suppurativa, inadequately controlled.

Plan:
1. Adalimumab 160 mg week 0, 80 mg week 2, then 40 mg weekly. TB screening (IGRA) and hepatitis B/C serology ordered today.
2. Clindamycin 1% lotion and chlorhexidine wash in the interim.
3. Smoking cessation referral to the {G|CAMH Nicotine Dependence Clinic}.
4. Deroofing of the left axillary tunnel to be considered after 12 weeks of biologic.
Her partner, {N|Guillaume Bérubé}, will help with injections; our biologic navigator, {N|Jenna Lau}, can be reached at {P|416-555-0177 ext. 2}.

I will see her again on {D|January 14, 2025}.

Sincerely,
{N|Oluwadamilare Coker}, MD, FRCPC
""")

# ---------------------------------------------------------------------------
# TRANSPLANT
# ---------------------------------------------------------------------------

T("tx01_renal_assessment_uk", """
Renal Transplant Assessment Clinic
{G|Royal Free Hospital}, {ST|Pond Street}, {C|London} {Z|NW3 2QG}
Clinic date: {D|21/05/2024}

Patient: Mr {N|Adeyemi Olatunji}     NHS No: {HP|485 777 3456}     Hosp No: {MRN|RFH4471203}
DOB: {D|02/09/1979}
Address: {ST|Flat 3, 22 Agamemnon Road}, {C|London} {Z|NW6 1EH}
Mobile: {P|07700 900461}
GP: Dr {N|Harriet Moss}, {G|Fortune Green Surgery}

Background: CKD 5 secondary to biopsy-proven FSGS (2016), on haemodialysis since {D|September 2022} at the {G|Kilburn Satellite Unit}, Mon/Wed/Fri, via L radiocephalic AVF. Hypertension. No diabetes. Previous smoker (quit 2018). Works as a bus driver for {G|Metroline} — currently reduced hours.

Blood group O RhD+. cRF 12%. Virology: HBsAg neg, anti-HBc neg, HCV neg, HIV neg, CMV IgG pos, EBV IgG pos.
Cardiac: echo LVEF 60%, mild LVH; stress echo {D|08/04/2024} negative for inducible ischaemia.
Dental and cancer screening up to date.

Potential living donors:
1. Brother, {N|Babatunde Olatunji}, 41, blood group O — keen; lives in {C|Reading}. Referred to the living donor team.
2. Friend, {N|Oliver Page}, 38, blood group A — would require UK Living Kidney Sharing Scheme; discussed.
Recurrence risk of FSGS in the graft (~30%) explained; genetic testing sent (NPHS2, APOL1, etc.), sample ID {OID|RFH-GEN-240521-07}.

Plan:
- Activate on national deceased-donor list once genetics back; provisional listing date {D|15/07/2024}.
- Living donor work-up for brother to proceed at {G|Guy's Hospital} (closer to his work).
- Review in 3 months.

Miss {N|Ananya Raman}, FRCS, Consultant Transplant Surgeon
Dr {N|Tobias Lindqvist-Hale}, Specialty Registrar
Secretary: {P|020 7794 0500 ext 33214}
""")

T("tx02_liver_pod4", """
Liver Transplant Surgery — POD 4 progress note — {D|14 Jan 2024}
{N|Ramón Ibarra-Villalobos}, 52M, s/p OLT {D|1/10/24} (DBD donor, UNOS donor ID {OID|AHGR117}, piggyback, duct-to-duct) for EtOH cirrhosis + HCC within Milan (MELD-Na 27 at listing). Sober since {D|March 2021}.
Overnight: afebrile, UOP 1.8 L, ambulated x3 in hallway. Tolerating clears, +flatus.
Immunosuppression: tacrolimus 3 mg BID, trough this AM 8.2 (goal 8-10); MMF 1 g BID; steroid taper day 4 (methylpred 40).
Labs: AST 88 (from 1,450 POD 0), ALT 210, T bili 2.9, INR 1.2, plt 71, Cr 1.1, K 5.1.
Doppler US {D|1/13}: patent HA (RI 0.68), PV and hepatic veins patent; no collections.
Drains: JP R 120 mL serous, JP L 40 mL. Bile-stained? no.
A/P: good early graft function.
- Continue current IS; recheck tac level in AM.
- Advance to regular diet; remove L JP tomorrow if < 50 mL.
- Valganciclovir ppx (D+/R-) and TMP-SMX started.
- Transplant pharmacist {N|Tobias Engel}, PharmD, began med teaching with wife {N|Lourdes}; sister {N|Maricela} flying in from {C|Guadalajara} {D|Tuesday the 16th} to help after discharge.
- Tentative discharge {D|1/18} to local housing at {G|Gift of Life Family House}.
{N|Hannah Kowalczyk}, PA-C / {N|S. Venkataraman}, MD
""")

T("tx03_donor_coordinator", """
LIVING DONOR COORDINATOR — phone note {D|3/3/2025}
Donor case {OID|LD-25-0093}
Spoke with potential living kidney donor {N|Maeve Kavanagh} (DOB {D|7/19/1983}) regarding donation to her cousin {N|Declan Kavanagh-Shaw} (recipient MRN {MRN|4408112}, on PD, blood group A).
Donor reached on mobile {P|+353 87 555 0143}; she lives at {ST|14 Father Griffin Road}, {C|Galway}, Eircode {Z|H91 X2K7}. Secondary email {E|maeve.kav@eircom.net}.
- Blood group A, confirmed by her GP lab in {C|Galway}; HLA and crossmatch to be drawn here.
- Health history questionnaire reviewed: BMI 24, BP normal per GP, no diabetes, no kidney stones. Nonsmoker. Mother has HTN.
- Travel: arriving {C|Boston} {D|April 7th}; will stay with her aunt {N|Nora Shaw} at {ST|88 Dorchester Ave}, {C|South Boston}, MA {Z|02127}, phone {P|617-555-0158}.
- Evaluation day booked {D|April 9} (nephrology, surgery, psych, ILDA, CT angiogram). Passport no. {OID|PX4419827} recorded for international patient registration.
- Independent living donor advocate {N|Patrice Whitfield-Young}, LICSW, will call her {D|3/10}.
- Explained that she may withdraw at any time and that the recipient team will only be told "donor not suitable."
{N|Colm Devereux}, RN, CCTC
""")

# ---------------------------------------------------------------------------
# PALLIATIVE CARE
# ---------------------------------------------------------------------------

T("pal01_family_meeting", """
PALLIATIVE CARE — FAMILY MEETING NOTE
Date: {D|January 9th, 2025}     Duration: 75 min     Location: 7 North family conference room
Patient: {N|Mercy Flanagan}     Age: {A|96}     MRN {MRN|CL-0882641}

Present: daughter and HCP {N|Kathleen Flanagan-Doyle} ("{N|Kate}"); son {N|Patrick Flanagan} by phone from {C|Limerick}; grandson {N|Rory Doyle}; chaplain {N|Abiodun Oladipo}; primary hospitalist Dr. {N|Young}; SW {N|Lucia Brandão}; RN {N|Tess Okafor}; writer.

Background: Mrs. {N|Flanagan} has advanced Alzheimer dementia (FAST 7c), now bedbound, with her third aspiration pneumonia in four months. She was admitted from home on {D|1/4/2025}. She has lost 9 kg since {D|August 2024}. Born in {C|Ennis}, {CO|Co. Clare}, on {D|2 February 1928}; emigrated in 1951 and worked as a seamstress at {G|Higbee's}. Her late husband, {N|Seamus}, died at home with hospice in 2016, which the family described as "peaceful — what she'd want."

Discussion: We reviewed that despite antibiotics she remains on 4 L O2, is not able to swallow safely (SLP bedside eval {D|1/7}: aspiration with all consistencies), and sleeps most of the day. {N|Kate} shared that her mother said many times, "when I can't feed myself, let me go." {N|Patrick} agreed by phone but asked whether a feeding tube could "buy her more time"; we discussed that in advanced dementia tube feeding does not prolong life or prevent aspiration and adds burden. The family reached consensus.

Decisions:
1. Transition to comfort-focused care. DNR/DNI confirmed; MOLST updated today.
2. Careful hand feeding for comfort only.
3. Hospice referral to {G|Hospice of the Western Reserve}; preferred location is {N|Kate}'s home, {ST|15620 Madison Ave}, {C|Lakewood}, OH {Z|44107}. If symptom burden too high for home, {G|David Simpson Hospice House} as backup.
4. Morphine 2.5 mg SL q2h prn dyspnea; glycopyrrolate for secretions.
5. Chaplain to bring a priest from {G|St. Clement Church} for Anointing of the Sick this evening.

{N|Kate} asked us to note that her mother, at {A|ninety-six}, "still knows every word of the rosary." Family thanked team.

{N|Niamh Whelan}, DNP, ACHPN — Palliative Care
""")

T("pal02_hospice_face_sheet", """
HOSPICE REFERRAL / FACE SHEET
Referral date: {D|2024-10-02}          Referral source: {G|Swedish Hospital} oncology clinic
-----------------------------------------------------------------
Patient name:      {N|Abdul-Karim bin Yusuf}
Preferred name:    "{N|Karim}"
DOB:               {D|12/25/1941}          Sex: M
SSN:               {SSN|312-58-9047}
Medicare MBI:      {HP|1EG4-TE5-MK73}
Supplement:        AARP Medigap, ID {HP|88401726-11}
IL driver lic.:    {LIC|Y120-4471-9982} (no longer driving)
Address:           {ST|4810 N Kedzie Ave, Unit 2}, {C|Chicago}, IL {Z|60625}
County:            {CO|Cook County}
Home phone:        {P|773-555-0148}
Language:          Urdu / English
-----------------------------------------------------------------
Emergency contact / POA: {N|Fatima Yusuf} (daughter) {P|773-555-0166}, {E|fatima.yusuf82@gmail.com}
Second contact:          {N|Imran Yusuf} (son, {C|Houston}) {P|(713) 555-0107}
Referring MD:            {N|Lorenzo De Luca}, MD    NPI 1467598320    Fax {F|312-555-0193}
PCP:                     {N|Grace Oduya-Mensah}, MD, {G|Erie Family Health Center}
-----------------------------------------------------------------
Hospice dx: metastatic castration-resistant prostate ca (bone, liver), progressed on enzalutamide and docetaxel. PPS 40%. Wt loss 11% / 3 months.
Code status: DNR — POLST on file dated {D|9/28/24}.
DME needs: hospital bed, O2 concentrator (in home, serial {DEV|EV5L-2209841}), wheelchair.
Pharmacy: {G|Walgreens #03311}, {ST|3000 W Lawrence Ave}, {C|Chicago} {Z|60625}.
Faith: Muslim; family requests imam {N|Hamza Qureshi} from {G|Muslim Community Center} be notified at end of life.
Intake RN: {N|Deborah Kowalski-Mbeki}, RN   Time received: 13:20
""")

T("pal03_progress_lower", """
pall care f/u {D|3/14}. mr. {N|bishop} is a {A|90}yo m w/ end-stage copd (fev1 24%), on 3L home o2, admitted for exacerbation #4 this yr. dyspnea 6/10 -> 3/10 after morphine 2mg sl x1 overnight, no sedation. slept better. wife {N|june} at bedside, asks abt going home to {C|paw paw} this wknd — their daughter {N|april} can stay w/ them. discussed home hospice (pt agrees, "no more of these ambulance rides"). referral to {G|hospice of southwest michigan} placed. bipap only for comfort, not as bridge. — {N|e. vasquez-holt}, np
""")

# ---------------------------------------------------------------------------
# DIALYSIS
# ---------------------------------------------------------------------------

T("dial01_monthly_rounds", """
{G|DaVita Riverside Dialysis} — MONTHLY CQI ROUNDS — {D|Feb 2025}
Nephrologist: {N|Chidi Eze}, MD     Charge RN: {N|Sarah-Jane McAllister}, RN     RD: {N|Kiran Bhattacharya}, RDN     SW: {N|Ruth Ann Major}, LCSW

| Chair | Patient | MRN | spKt/V | Alb | Hgb | Access | Issues / plan |
|---|---|---|---|---|---|---|---|
| 1 | {N|Jackson, Earl} | {MRN|DV-330192} | 1.42 | 3.9 | 10.8 | L BCF | stable; transplant eval at {G|UCLA} {D|3/19} |
| 2 | {N|Rosa Elena Quispe} | {MRN|DV-331770} | 1.18 | 3.2 | 9.4 | R IJ TDC | catheter 7 mo; AVF surgery {D|3/4} w/ Dr {N|Hartmann} |
| 3 | {N|Van Houten, Pieter} | {MRN|DV-329015} | 1.51 | 4.1 | 11.2 | L AVG | ok, wants PD info |
| 4 | {N|Willie Mae Dukes} | {MRN|DV-332448} | 1.36 | 3.6 | 10.1 | L BCF | {A|94} y/o; missed 2 tx {D|2/11}, {D|2/13} — transport |
| 5 | {N|Tran Thi Hoa} | {MRN|DV-330877} | 1.29 | 3.4 | 9.9 | R BBF | Vietnamese interp; phos 7.2 |
| 6 | {N|Marvin "Sonny" Whitebird} | {MRN|DV-333102} | 1.33 | 3.8 | 10.6 | L AVF | new start {D|1/27/25} from {G|Riverside Community Hospital} |
| 7 | {N|Dolores Mendoza-Park} | {MRN|DV-328844} | 1.47 | 3.5 | 12.9 | R BCF | Hgb high — hold Mircera |

Action items:
- Chair 2: albumin 3.2 — RD to start renal oral supplement; confirm surgery date with {G|Inland Vascular Associates}.
- Chair 4: SW to follow up with {G|MedRide Transport}; granddaughter {N|Precious} may drive Saturdays.
- Chair 5: phosphorus — switch calcium acetate to sucroferric oxyhydroxide 500 mg TID w/ meals; dietary recall with daughter {N|Lan}.
- Chair 7: hold ESA, recheck Hgb {D|3/3}.
Next CQI: {D|March 24, 2025}.
""")

T("dial02_sw_transport", """
SOCIAL WORK NOTE     {D|08/12/2024}
Pt: {N|Dukes, Willie Mae}     DOB {D|01/17/1930}     MRN {MRN|DV-332448}     Medi-Cal {HP|91234567A}

Pt ({A|94} y/o, in-center HD MWF 2nd shift) missed treatments on {D|8/7} and {D|8/9}. K 6.4 on {D|8/10} make-up run.
Called {G|MedRide Transport} dispatcher ({N|Tony}) — driver reported pt "not at the curb" both days. Pt states she was waiting inside because of the heat (108 F) and nobody knocked. Dispatch confirmed the van (plate {VEH|8RTX442}) arrived 25 min early on {D|8/9} and left after 5 min.
Plan agreed with pt and dispatch:
1. Driver to call pt's landline {P|(951) 555-0112} on arrival and wait 10 min; note added to trip profile, transport authorization {OID|TA-2024-08812}.
2. Granddaughter {N|Precious Dukes} ({P|951-555-0181}) will drive her on Saturdays when needed in her own car (plate {VEH|7KLM903}); parking pass issued.
3. Pt lives alone at {ST|1456 Magnolia Ave}, {C|Riverside}, CA {Z|92506}; APS not indicated at this time — pt is alert, oriented, manages her own affairs, and has daily contact with family and her church ({G|Second Baptist Church of Riverside}).
4. Will re-screen for IHSS hours; referral to the county Office on Aging sent.
{N|Ruth Ann Major}, LCSW
""")

T("dial03_access_referral", """
{G|DaVita Riverside Dialysis}
{ST|4361 Latham St, Suite 100}, {C|Riverside}, CA {Z|92501}
Phone {P|(951) 555-0100}     Fax {F|(951) 555-0109}

{D|January 29, 2025}

Dr. {N|Helmut Hartmann}
{G|Inland Vascular Associates}
Fax: {F|951-555-0117}

RE: {N|Rosa Elena Quispe}     DOB {D|04/30/1966}     MRN {MRN|DV-331770}
Insurance: IEHP member {HP|IEHP-4420018836}     Prior auth {OID|PA-77120934}

Dear Dr. {N|Hartmann},

I would be grateful if you could see Mrs. {N|Quispe} for creation of permanent hemodialysis access. She is a 58-year-old woman with ESKD from diabetic nephropathy, started hemodialysis on {D|6/28/2024} via a right internal jugular tunneled catheter placed at {G|Kaiser Riverside}. She has had one catheter-related bacteremia (MSSA, {D|October 2024}) and the catheter has now been in place for 7 months.

Vein mapping on {D|1/22/25}: left cephalic vein 3.1 mm at the wrist and 3.8 mm at the antecubital fossa, patent throughout; left radial artery 2.4 mm with triphasic flow. Right arm not mapped (catheter side). She is right-handed.

She is on aspirin 81 mg only; no anticoagulation. Last Hgb 9.4, plt 212.

Mrs. {N|Quispe} speaks Spanish and Quechua; her son {N|Edwin Quispe} usually interprets and can be reached at {P|(951) 555-0102}. Please avoid scheduling on Mon/Wed/Fri mornings (chair time 06:00-10:00).

Thank you,

{N|Chidi Eze}, MD
Nephrology
""")

# ---------------------------------------------------------------------------
# GENETICS COUNSELLING
# ---------------------------------------------------------------------------

T("gen01_result_letter", """
{G|Lakeshore Cancer Genetics Clinic}
{ST|676 N St. Clair St, 21st Floor}, {C|Chicago}, IL {Z|60611}
Tel {P|312-555-0183}   Fax {F|312-555-0184}   {URL|www.lakeshoregenetics.org/portal}

{D|September 30, 2024}

Ms. {N|Priyanka Deshpande-Larsen}
{ST|2207 W Roscoe St}
{C|Chicago}, IL {Z|60618}

Dear {N|Priyanka},

It was a pleasure to meet you and your sister {N|Madhuri} on {D|September 17}. As we discussed by phone on {D|9/27}, your genetic test identified a pathogenic variant in the BRCA2 gene, c.5946delT (p.Ser1982Argfs*22). The laboratory report (accession {OID|24-318872}, collected {D|9/17/2024}) is enclosed. No variants were found in the other 47 genes on the panel.

What this means for you: this variant increases the lifetime risk of breast cancer (roughly 45-70%), ovarian cancer (roughly 10-20%), and to a smaller degree pancreatic cancer and melanoma. It also explains the pattern in your family: your mother, {N|Sunita Deshpande}, was diagnosed with ovarian cancer at 58 and passed away in {D|March 2011}, and your maternal aunt {N|Lalitha} had breast cancer at 45 in {C|Pune}.

Recommendations (NCCN v1.2025):
- Breast MRI yearly starting now, alternating with mammogram every 6 months. Your first MRI is scheduled at {G|Prentice Women's Hospital} on {D|10/21/2024}.
- Discussion of risk-reducing mastectomy with Dr. {N|Eleanor Whitcombe-Sato}.
- Risk-reducing salpingo-oophorectomy recommended between ages 40 and 45; referral to gynecologic oncology made.
- Pancreatic surveillance is not recommended at this time given no family history of pancreatic cancer.

Your relatives: each of your siblings has a 50% chance of carrying the same variant. We have prepared family letters for {N|Madhuri}, for your brother {N|Aniket} in {C|Bengaluru}, and for your cousin {N|Shreya Kulkarni} in {C|Edison}, NJ. Testing for the familial variant is available at no charge within 90 days of your result.

Please contact me at {P|312-555-0183} or {E|jwillemsen@lakeshoregenetics.org} with any questions.

Sincerely,

{N|Joost Willemsen}, MS, CGC
Licensed Genetic Counselor, IL license {LIC|164.001392}
""")

T("gen02_cascade_lynch", """
GENETIC COUNSELLING — CASCADE TESTING LOG (Lynch syndrome)
Proband: {N|Elisabeth ter Haar-Kowalski}     MRN {MRN|7720913}     DOB {D|1983-04-11}
Variant: MLH1 c.1852_1854del (p.Lys618del), pathogenic. Proband dx colorectal adenocarcinoma at 36 (diagnosed in Netherlands {D|11.06.2019}, resected at {G|Amsterdam UMC}); endometrial ca at 40.
Pedigree redrawn {D|Jan 15 2025} with proband and her father by video.

Family letters sent {D|1/20/2025}:
| Relative | Relation | Address | Contact | Status |
|---|---|---|---|---|
| {N|Hendrik ter Haar} | father, 68 | {ST|Prinsengracht 263}, {Z|1016 GV} {C|Amsterdam} | {P|+31 20 555 0148} | tested {D|2/3/25}: POSITIVE |
| {N|Annelies ter Haar-de Vries} | paternal aunt | {ST|Oudegracht 112}, {Z|3511 AX} {C|Utrecht} | by post | declined for now |
| {N|Friedrich von Ahlefeldt} | paternal cousin | {ST|Schönhauser Allee 36}, {Z|10435} {C|Berlin} | {E|f.ahlefeldt@posteo.de} | appt {D|17.02.2025} at {G|Charité} |
| {N|Margaret ter Haar O'Connell} ("{N|Peggy}") | paternal aunt | {ST|17 Wattle Street}, {C|Fremantle} WA {Z|6160} | {P|+61 8 5550 2214} | sample sent via {G|Genetic Services of WA} |
| {N|Pieter-Jan Kowalski} | brother, 38 | {ST|318 Elm Ridge Rd}, {C|Ann Arbor}, MI {Z|48104} | {P|734-555-0125} | tested {D|1/28/25}: NEGATIVE |
| {N|Ravi Kulkarni} | brother-in-law (not at risk) | — | — | n/a |

Notes: Proband's children ({N|Noor}, 9, and {N|Daan}, 6) — testing deferred until age 18 per guidelines unless parents request earlier discussion; first colonoscopy not indicated before 20-25.
Father's positive result: referral to {G|Michigan Medicine} GI for colonoscopy (last one 2017).
Counsellor: {N|Imogen Fairclough}, MS, CGC     Supervisor: {N|Rafael Montes de Oca}, MD
""")

T("gen03_exome_requisition", """
GENETIC TESTING REQUISITION — TRIO EXOME
Ordering provider: Dr. {N|Ximena Olvera}, MD, Medical Genetics
Clinic: {G|Valley Children's Genetics Clinic}, {ST|9300 Valley Children's Place}, {C|Madera}, CA {Z|93636}
Phone {P|559-555-0160}   Fax {F|559-555-0161}   Email {E|genetics.orders@valleychildrens-example.org}

PROBAND
Name: {N|Ezekiel Amadi}        Preferred: "{N|Zeke}"
DOB: {D|2021-12-08}     Sex: M     MRN: {MRN|VCH-9002177}
SSN (required by payer): {SSN|622-40-1187}
Insurance: Medi-Cal CIN {HP|93817266B}     Billing acct: {AC|VCH-55108827}     Prior auth: {OID|PA-25-338104}
Specimen: EDTA whole blood, 3 mL     Collected: {D|02/14/2025} 09:30     Specimen ID: {OID|BL-25-045512}

PARENTAL SAMPLES
Mother: {N|Chiamaka Amadi}, DOB {D|05/06/1992}, specimen {OID|BL-25-045513}
Father: {N|Daniel Amadi}, DOB {D|11/23/1990}, specimen {OID|BL-25-045514}

Clinical indication (HPO): global developmental delay (HP:0001263), hypotonia (HP:0001252), focal seizures onset 14 mo (HP:0007359), microcephaly OFC -2.3 SD (HP:0000252). MRI brain {D|10/2/2024}: thin corpus callosum. Chromosomal microarray normal (report {OID|CMA-24-8812}). Fragile X negative.
Family history: parents nonconsanguineous, mother of Igbo and father of Igbo/Yoruba ancestry; maternal half-sister with febrile seizures. No other affected relatives.
Secondary findings: parents OPT IN (ACMG SF v3.2).
Consent signed by {N|Chiamaka Amadi} on {D|2/14/25}; witness {N|Paloma Reyes-Dunn}, MS, LCGC.
Results to: ordering provider and genetic counselor {N|Paloma Reyes-Dunn}.
""")

# ---------------------------------------------------------------------------
# HARD NEGATIVES (no PHI)
# ---------------------------------------------------------------------------

T("neg01_onc_restaging", """
HEMATOLOGY/ONCOLOGY FOLLOW-UP — restaging

64-year-old man with classical Hodgkin lymphoma, nodular sclerosis, Ann Arbor stage IIB with Cotswolds modification (bulk > 10 cm), Hasenclever index 3, status post 2 cycles of ABVD.

Interim PET-CT: Deauville score 2 in all previously involved sites (mediastinal SUVmax 2.1 vs liver 2.6). Per RATHL, bleomycin omitted going forward; will continue AVD for 4 further cycles.

Toxicity: grade 1 peripheral sensory neuropathy (CTCAE v5.0), grade 2 fatigue, no pulmonary symptoms; DLCO 82% predicted (baseline 88%). Baseline LVEF 58% by MUGA. Reed-Sternberg cells were CD15+/CD30+ on original biopsy; EBER negative.

Labs: WBC 5.2, ANC 2.9, Hgb 11.9, Plt 231, ESR 44 (from 96), LDH 210, albumin 3.9.

ECOG 0, Karnofsky 90. Weight 84.3 kg. BMI 27.4.

Plan:
1. C3D1 AVD today: doxorubicin 25 mg/m2, vinblastine 6 mg/m2, dacarbazine 375 mg/m2.
2. Pegfilgrastim not routinely needed; treat through neutropenia per GHSG experience.
3. Acyclovir and PJP prophylaxis not indicated.
4. End-of-treatment PET after cycle 6; consider ISRT only if Deauville 4-5.
5. Port flushed with heparin 100 units/mL, 5 mL.
Return in 2 weeks for C3D15; call for fever > 38.3 C or one reading > 38.0 C sustained for 1 hour.
""")

T("neg02_psych_med_mgmt", """
Outpatient medication management — follow-up, 25 min

45-year-old man with major depressive disorder, recurrent, severe without psychotic features, and generalized anxiety disorder. PHQ-9 today 11 (was 19 at intake), GAD-7 8. C-SSRS screener negative; no lifetime attempts. HAM-D 14, MADRS 18.

He tolerated sertraline 150 mg daily without sexual side effects this time. Previously tried bupropion XL 300 mg in 2019 (jittery) and escitalopram 20 mg (partial response). Sleep 6-7 hours with trazodone 50 mg. Drinks 2-3 beers on weekends. Exercise: walks 30 minutes 4 days a week.

MSE: casually dressed, cooperative. Speech normal rate. Mood "better, not great." Affect mildly constricted, reactive, full range. Thought process linear. No SI/HI, no AVH. Insight and judgment fair to good.

Assessment: partial response at 8 weeks of adequate-dose SSRI.
Plan:
- Increase sertraline to 200 mg daily.
- Continue CBT (week 6 of 12); behavioral activation homework reviewed.
- If < 50% improvement by next visit, discuss augmentation (aripiprazole 2 mg, lithium) vs. switching; TMS and esketamine (Spravato, REMS program) also discussed as later options; STAR*D results reviewed in plain language.
- Labs: none needed.
- Return in 6 weeks. Crisis resources (988) reviewed.
CPT 99214 + 90833.
""")

T("neg03_peds_4yr_wcc", """
4-YEAR WELL-CHILD VISIT

Growth: height 103 cm (50th percentile), weight 17.6 kg (62nd percentile), BMI 16.6 (71st percentile). BP 96/58 (50th percentile for height).
Vision: 20/25 OU with HOTV chart. Hearing: passed pure-tone screen at 20 dB, 1000/2000/4000 Hz bilaterally.
Development: ASQ-3 above cutoff in all five domains. Hops on one foot, draws a cross and a person with 4 parts, tells stories, knows 4 colors, speech 100% intelligible to strangers.
History of Kawasaki disease at 18 months treated with IVIG; echocardiograms at 2 weeks, 6 weeks and 1 year normal, discharged from cardiology.
Peanut introduced early per LEAP guidance, tolerated.
Exam: normal, Tanner 1, no murmur, red reflex present bilaterally, teeth without visible caries. Mongolian spots on sacrum, unchanged.
Immunizations given today: DTaP #5, IPV #4, MMR #2, varicella #2. Influenza vaccine given. VIS provided, parent consented.
Fluoride varnish applied (5% NaF).
Anticipatory guidance: forward-facing car seat with harness until at least 40 lb, then belt-positioning booster until 4'9"; water safety; screen time under 1 hour/day; 10-13 hours of sleep.
Return for the 5-year well visit, or sooner as needed.
""")

T("neg04_ob_induction", """
L&D TRIAGE — scheduled induction

G3P2002 at 41w1d by first-trimester ultrasound, for post-dates induction. Prior SVDs x2 (3,400 g and 3,610 g), no complications.
SVE: 1 cm / 50% / -2 station, medium consistency, posterior. Modified Bishop score 4.
Leopold maneuvers: vertex, back to maternal left. Bedside US confirms cephalic, AFI 9.2 cm. EFW 3,650 g by Leopold/clinical estimate.
EFM: baseline 135, moderate variability, accelerations present, no decelerations — Category I. Toco: irregular, mild.
Labs: GBS negative at 36 weeks, blood type A pos, antibody screen negative, rubella immune, HBsAg negative, HIV negative, RPR non-reactive. Hgb 11.8, Plt 204.
Plan:
- Cervical ripening: Cook double-balloon catheter placed with 80/80 mL, plus oral misoprostol 25 mcg q2h x up to 6 doses.
- Oxytocin per low-dose protocol after balloon expulsion if Bishop >= 8 or after 12 h.
- Epidural on request; anesthesia aware.
- Shoulder dystocia risk low; McRoberts and suprapubic pressure reviewed with team as standard.
- Apgar and cord gases routine; delayed cord clamping 60 seconds per patient preference.
- Postpartum: desires Nexplanon before discharge; Edinburgh Postnatal Depression Scale at 2-week visit.
""")

T("neg05_card_echo_hf", """
HEART FAILURE CLINIC — ECHO REVIEW

TTE: LV moderately dilated (LVIDd 6.2 cm), LVEF 35-40% by Simpson biplane, global hypokinesis. Grade II diastolic dysfunction (E/A 1.6, average E/e' 16). Moderate functional MR, Carpentier type IIIb, ERO 0.25 cm2. TAPSE 17 mm. RVSP 42 mmHg. No pericardial effusion. No LV thrombus with Definity contrast.

Clinical: NYHA class III, meets Framingham criteria. NT-proBNP 2,140 pg/mL. Creatinine 1.3, eGFR 58 (CKD-EPI 2021), K 4.6. Seattle Heart Failure Model 1-year survival estimate 89%.

GDMT:
- Sacubitril/valsartan 49/51 mg BID (up from 24/26)
- Metoprolol succinate 50 mg daily
- Spironolactone 25 mg daily
- Dapagliflozin 10 mg daily
- Furosemide 40 mg daily, sliding to 20 mg if weight below dry weight

Device: re-assess LVEF after 90 days of optimized GDMT; primary-prevention ICD if LVEF remains <= 35% (SCD-HeFT, MADIT-II). QRS 118 ms, LBBB morphology absent — CRT not indicated.
Iron studies: ferritin 84, TSAT 16% — IV ferric carboxymaltose per AFFIRM-AHF/IRONMAN data.
Cardiac rehab referral, 36 sessions. Sodium < 2 g/day, fluid 1.5-2 L/day. Return in 4 weeks with BMP.
""")

T("neg06_derm_path_review", """
DERMATOPATHOLOGY REVIEW — discussed in pigmented lesion conference

Excision, left upper back: superficial spreading melanoma, Breslow thickness 1.2 mm, Clark level IV, mitotic rate 2/mm2, no ulceration, no microsatellites, no lymphovascular invasion, regression < 75%. Peripheral and deep margins clear (closest 1.8 mm). AJCC 8th edition pT2a.
BRAF V600E by IHC (VE1): positive.

Clinical context: Fitzpatrick type II; 80+ nevi; two prior dysplastic nevi with moderate atypia. Hutchinson sign negative on nail exam. Wood's lamp examination of the back unremarkable. A halo nevus on the right flank and a Spitz nevus excised in childhood were noted. No Koebner phenomenon.

Plan per NCCN:
- Wide local excision with 1-2 cm margins.
- Sentinel lymph node biopsy offered (risk of positivity ~10-15% for T2a); lymphoscintigraphy with Tc-99m.
- If SLN positive: adjuvant pembrolizumab or dabrafenib/trametinib discussed; KEYNOTE-054 and COMBI-AD data reviewed.
- Skin exams every 3-6 months for 2 years, then every 6-12 months; dermoscopy and total body photography.
- Sun protection: broad-spectrum SPF 50+, avoid tanning beds; vitamin D 25-OH checked (28 ng/mL).
""")

T("neg07_tx_biopsy_banff", """
KIDNEY TRANSPLANT — BIOPSY RESULT AND PLAN

Indication biopsy for creatinine rise from 1.3 to 1.9 mg/dL, 7 months post deceased-donor transplant (KDPI 42%, cPRA 0%, 4/6 HLA mismatch).
Pathology: Banff 2019 category 4, acute T-cell-mediated rejection grade IB (i2, t3, v0, g0, ptc1). C4d negative. No BK polyomavirus (SV40 stain negative). Interstitial fibrosis/tubular atrophy mild (ci1, ct1).
DSA: none detected (MFI threshold 1,000).
Tacrolimus trough 5.1 ng/mL (goal 8-10) — recent diarrhea likely contributed; adherence reported as good.

Plan:
- Methylprednisolone 500 mg IV daily x 3, then prednisone taper back to 5 mg.
- If no creatinine response by day 5: rabbit antithymocyte globulin 1.5 mg/kg x 5 doses.
- Tacrolimus increased; recheck trough in 3 days. MMF 1,000 mg BID.
- CMV D+/R-: valganciclovir 900 mg daily prophylaxis was completed at 6 months — restart during augmented immunosuppression. PJP prophylaxis with TMP-SMX resumed.
- eGFR by CKD-EPI; Cockcroft-Gault for drug dosing.
- Repeat biopsy at 3 months if creatinine does not return to baseline.
""")

T("neg08_pal_symptom_f_u", """
PALLIATIVE CARE FOLLOW-UP — outpatient

78-year-old woman with metastatic pancreatic adenocarcinoma (liver, peritoneum), progressed after gemcitabine/nab-paclitaxel. ECOG 3. PPS 50%.

Symptoms (ESAS): pain 7/10 -> 3/10 since last visit; nausea 2/10; anorexia 8/10; fatigue 7/10; dyspnea 0/10; depression 3/10; anxiety 5/10; well-being 5/10.
Pain: epigastric, radiating to back, worse lying flat. Morphine ER 30 mg q12h, morphine IR 10 mg q2h prn (using 3 doses/day). No myoclonus or sedation. Celiac plexus neurolysis discussed — she would like to try it.
Bowels: senna 2 tabs BID + PEG 3350 17 g daily; last BM 2 days ago. Add bisacodyl prn.
Nausea: olanzapine 2.5 mg qhs, helpful for sleep too.
Appetite: mirtazapine not started; she prefers small meals and ensures hydration.

Goals of care: she expressed hope to see the spring garden and to stay at home. MOLST completed: DNR, limited interventions, no feeding tube. Prognosis discussed as weeks to short months; she prefers "big picture" information.
Plan: hospice information given; Dignity Therapy offered and accepted; return in 2 weeks or by video.
Time: 60 minutes, > 50% counseling and coordination.
""")

T("neg09_dialysis_labs", """
IN-CENTER HEMODIALYSIS — MONTHLY LAB REVIEW

Adequacy: spKt/V 1.38, URR 72%, nPCR 1.0 g/kg/day.
Anemia: Hgb 10.4 g/dL, TSAT 28%, ferritin 512 ng/mL. Continue methoxy PEG-epoetin beta 100 mcg q4 weeks; iron sucrose 100 mg weekly x 4 held (ferritin > 500).
CKD-MBD: Ca 9.1, phos 5.8, intact PTH 412 pg/mL, alk phos 128. Sevelamer carbonate 1,600 mg TID with meals (up from 800), cinacalcet 30 mg daily continued. KDIGO target range reviewed.
Nutrition: albumin 3.8 g/dL. EDW 78.5 kg, average IDWG 2.9 kg (3.7%).
Access: left radiocephalic AVF, Qb 450 mL/min, Qd 600 mL/min; Transonic access flow 900 mL/min; no prolonged bleeding. Buttonhole technique not used.
Prescription: 4 h x 3/week, 2K/2.5Ca bath, Optiflux F180NRe dialyzer, heparin 2,000 units bolus + 1,000 units/h.
Hepatitis B surface antibody 8 mIU/mL — booster dose given. Influenza and COVID-19 vaccines up to date.
Transplant status: active on waitlist, blood group B, 4 years of dialysis vintage.
""")

T("neg10_genetics_variant_review", """
VARIANT REVIEW — hereditary cancer panel

Result: MLH1 c.1852_1854del (p.Lys618del), heterozygous — classified pathogenic (ACMG/AMP criteria PS3, PM1, PM2, PP5; InSiGHT class 5).
Tumor testing on the colorectal primary: loss of MLH1 and PMS2 by IHC, MSI-high; MLH1 promoter hypermethylation absent; BRAF V600E not detected — consistent with Lynch syndrome.
Family history meets Amsterdam II criteria (three relatives with Lynch-associated cancers across two generations, one diagnosed before 50) and revised Bethesda guidelines. No features of Li-Fraumeni, Cowden, Peutz-Jeghers or MUTYH-associated polyposis.

Management (NCCN):
- Colonoscopy every 1-2 years starting at age 20-25.
- Consider hysterectomy and bilateral salpingo-oophorectomy after childbearing; endometrial sampling every 1-2 years discussed.
- Aspirin 600 mg/day chemoprevention (CAPP2) discussed; individual bleeding risk to be weighed.
- Upper endoscopy every 2-4 years from age 30-40; H. pylori testing once.
- Urinalysis annually from age 30-35 is optional.

Cascade testing: first-degree relatives have a 50% probability of carrying the variant; family letter template provided. Testing of minors deferred until 18 unless clinically indicated.
""")


# ---------------------------------------------------------------------------
# BUILD
# ---------------------------------------------------------------------------

def build(raw):
    out = []
    spans = []
    pos_chars = 0
    pos_bytes = 0
    last = 0
    for m in MARK.finditer(raw):
        pre = raw[last:m.start()]
        out.append(pre)
        pos_bytes += len(pre.encode("utf-8"))
        val = m.group(2)
        b0 = pos_bytes
        pos_bytes += len(val.encode("utf-8"))
        spans.append({"bstart": b0, "bend": pos_bytes, "kind": KINDS[m.group(1)], "_v": val})
        out.append(val)
        last = m.end()
    out.append(raw[last:])
    return "".join(out), spans


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "notes.jsonl")
    ids = [t[0] for t in TEXTS]
    dup = [i for i, c in Counter(ids).items() if c > 1]
    if dup:
        sys.exit("duplicate ids: %s" % dup)
    counts = Counter()
    leftover = re.compile(r"\{[A-Z]{1,3}\||\|[^|{}]*\}")
    records = []
    for tid, raw in TEXTS:
        text, spans = build(raw)
        if re.search(r"\{[A-Z]+\|", text):
            sys.exit("unparsed markup in %s" % tid)
        data = text.encode("utf-8")
        for s in spans:
            got = data[s["bstart"]:s["bend"]].decode("utf-8")
            if got != s.pop("_v"):
                sys.exit("span mismatch in %s: %r" % (tid, got))
            counts[s["kind"]] += 1
        if tid.startswith("neg") and spans:
            sys.exit("negative %s has spans" % tid)
        records.append({"id": tid, "text": text, "spans": spans})
    with open(path, "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    # re-read and verify from disk
    n = 0
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            b = r["text"].encode("utf-8")
            for s in r["spans"]:
                assert 0 <= s["bstart"] < s["bend"] <= len(b)
                b[s["bstart"]:s["bend"]].decode("utf-8")
            n += 1
    neg = sum(1 for r in records if not r["spans"])
    print("texts: %d (%d with PHI, %d negatives)" % (n, n - neg, neg))
    print("spans: %d" % sum(counts.values()))
    for k, v in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        print("  %-16s %d" % (k, v))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Hand-labelled PHI test corpus ("fourth" independent corpus).

Texts use inline markup {ABBR|value}. Running this script builds the plain
texts, records UTF-8 byte offsets of every span, writes notes.jsonl next to
this file, re-reads it and verifies it, then prints counts.
Standard library only.
"""
import collections
import json
import os
import re
import sys

ABBR = {
    "N": "NAME",
    "SA": "STREET_ADDRESS",
    "C": "CITY",
    "CO": "COUNTY",
    "Z": "ZIP",
    "G": "GEO",
    "D": "DATE",
    "A": "AGE_90_PLUS",
    "P": "PHONE",
    "F": "FAX",
    "E": "EMAIL",
    "S": "SSN",
    "M": "MRN",
    "H": "HEALTH_PLAN_ID",
    "AC": "ACCOUNT_NUMBER",
    "L": "LICENSE_NUMBER",
    "V": "VEHICLE_ID",
    "DV": "DEVICE_ID",
    "U": "URL",
    "IP": "IP_ADDRESS",
    "O": "OTHER_ID",
}

TEXTS = []


def T(tid, body):
    body = body.strip("\n").rstrip()
    TEXTS.append((tid, body))

# ---------------------------------------------------------------- notes 01-15
T("note01_psych", """
BEHAVIORAL HEALTH INTAKE ASSESSMENT
{G|Cedar Ridge Behavioral Health Center} - Adult Intake Unit

Name: {N|OKONKWO, CHIDINMA A}        MRN: {M|0048812}
DOB: {D|11/02/1994}    Date of Service: {D|03/14/2024}
Clinician: {N|Priya Raghunathan}, MD (PGY-3)   Attending: Dr. {N|Samuel Whitfield}

CC: "i cant turn my brain off"

HPI: 29 y/o single F, PhD student (chemistry) at {G|Marquette University}, self-referred after roommate {N|Faith Adeyemi} called the crisis line on {D|3/12}. Reports ~4 nights of 2-3 hrs sleep, pressured speech, spent approx $3,400 on lab equipment "for my own startup". States she is "on a mission". Denies SI/HI at present. Past OD in 2019 (sertraline ~30 tabs) -> admitted {G|Rogers Memorial Hospital} x 9 days.

PPHx: MDD dx age 17. Trials: sertraline, bupropion (no benefit). No ECT, no clozapine.
FHx: mother (lives in {C|Enugu}, Nigeria) w/ "nervous breakdowns"; maternal uncle completed suicide 2008.
Social: moved from {C|Houston} {D|August 2022}. Lives at {SA|2218 N Prospect Ave, Apt 3}, {C|Milwaukee}, WI {Z|53202}. Denies firearms. Cannabis vape daily x 6 mo, EtOH 2-3 drinks/wk.

MSE: Appearance - disheveled, bright head wrap. Behavior - restless, intermittent eye contact. Speech - rapid, pressured, hard to interrupt. Mood "amazing". Affect expansive, labile. TP - FOI, tangential. TC - grandiose; denies AH/VH, ?responding to internal stimuli x1. Insight/judgment poor.
Screens: PHQ-9 6 (likely unreliable), MDQ positive 11/13, C-SSRS lifetime attempt YES / recent ideation NO.

DX: Bipolar I d/o, current episode manic, severe, r/o psychotic features; r/o substance-induced.
PLAN:
1. Voluntary admission to 4 North.
2. Lithium 300 mg PO BID; Li level, BMP, TSH, hCG in AM. Olanzapine 5 mg qHS prn agitation.
3. Collateral from mother {N|Ngozi Okonkwo} {P|+234 803 555 0192} (pt consented).
4. ROI signed for outpt psychiatrist Dr. {N|Rebecca Stein}, {G|Lakeshore Psychiatric Associates}, fax {F|(414) 555-0138}.
5. PCP Dr. {N|Emeka Nwosu} at {G|Sixteenth Street Community Health Center} ({P|414-555-0109}) notified via EHR msg.
Pt cell {P|(832) 555-0164} (still TX number). Enc #{AC|HB2024031400871}.
""")

T("note02_peds_wcc", """
12 MONTH WELL CHILD CHECK
Pt: {N|Mateo Quispe-Alvarado}     DOB {D|2/9/23}     MRN {M|P7719023}
Seen {D|02/12/2024} @ {G|Sunnyside Pediatrics - Eastgate}
Accompanied by mom ({N|Rosa}) and maternal grandmother (Doña {N|Carmen}). Spanish interpreter in person.

Growth: Wt 9.8 kg (52%ile), Len 76 cm (60%ile), HC 46 cm (55%ile). Growing well.
Dev: pulls to stand, cruises, 2-3 words ("mamá", "agua"), pincer grasp, waves bye-bye. ASQ passed all domains.
Diet: whole milk ~20 oz/d - discussed 16-24 oz max, cup not bottle. Table foods. Fluoride varnish applied.
Sleep: 11 h overnight + 2 naps.
Safety: rear-facing car seat, outlet covers, water heater <120F.
PE: NAD. AFOSF. TMs clear. Red reflex +/+. Heart RRR no murmur. Hips stable (Barlow/Ortolani neg). Testes descended bilat. Skin - 1 cm CALM L thigh (unchanged).
Labs: Hgb 11.4, lead 1.8.
Imms today: MMR #1, Varicella #1, Hep A #1, PCV20 #4. VIS given, no reactions at 15 min.

Social: lives w/ parents + 4 yo sister {N|Valentina} at {SA|1207 W Ferguson Ave}, {C|Pharr}, TX {Z|78577}. Dad {N|Jorge} works construction in {C|McAllen}. Mom's cell {P|956-555-0161}. TX Medicaid {H|528870431}. WIC referral placed.
RTC 15 mo WCC around {D|May 13}.
{N|Hannah Brightwater}, MD
""")

T("note03_ob_ld", """
L&D TRIAGE / ADMIT NOTE      {D|10/21/24} 0340
{N|Nguyen, Thi Hoa}  31 yo G2P1001 @ 39w2d by 8wk US, EDD {D|10/28/2024}
MRN {M|2201-448-76}

S: ctx q3-4 min since ~2300, SROM clear fluid 0215 (+nitrazine, +ferning). +FM. No VB.
PNC at {G|Westbrook Community Health Center}, 11 visits, w/ Dr. {N|Oyelaran}.
Prenatal labs: O pos, Ab screen neg, RI, HBsAg neg, HIV NR, RPR NR, GBS NEG ({D|9/30}), 1h GCT 128.
OB hx: G1 2019 NSVD 3450g at {G|St. Brendan Medical Center} in {C|Garden Grove}, uncomplicated.
O: BP 122/76 P 88 T 98.4. SVE 5/70/-1, Bishop 9. Vertex by Leopold's, confirmed BSUS.
FHT baseline 135, mod var, +accels, no decels = Cat I. Toco q3 min.
A/P: Active labor w/ SROM. Admit L&D, expectant mgmt, epidural on request, CBC/T&S, LR @125.
Support person: husband {N|Minh Tran}, cell {P|714-555-0126}. Pt's mother flying in from {C|Da Nang}. Peds: Dr. {N|Rahul Menon} ({G|Garden Grove Children's Clinic}). FIN {AC|24-0295518}.

ADDENDUM {D|10/21/24} 0912: NSVD of viable female over intact perineum, 1st degree lac repaired w/ 3-0 Vicryl. Apgars 8/9. Wt 3280 g. EBL 300 mL. Placenta spont, intact, 3VC. Baby named {N|Bảo Anh}. Skin-to-skin, breastfeeding initiated.
{N|K. Mwangi}, CNM
""")

T("note04_onc_consult", """
HEMATOLOGY / ONCOLOGY CONSULTATION
Requesting: Dr. {N|Hunter Bishop} (hospitalist)
Patient: {N|Kowalczyk, Gerald T}   MRN {M|10293847}   Acct {AC|V00071182934}   Adm {D|Jan 8, 2025}

Reason: new pancytopenia + 3.1 cm pancreatic head mass.

HPI: 71M retired machinist from {C|Parma}, OH w/ 2 mo painless jaundice, 18 lb wt loss, pruritus. CT A/P {D|1/6/25} at {G|Southwest General} showed hypoenhancing mass abutting SMV (<180 deg), no mets. CA 19-9 = 1,840. EUS-FNA {D|1/9}, path pending (accession {O|SP25-004417}).
PMH: T2DM (A1c 8.9), CAD s/p DES to LAD 2017, Parkinson disease on carbidopa/levodopa 25/100 TID.
FHx: sister breast ca at 44 (BRCA unk). Father d. at age {A|93}, "old age".
Soc: 40 pk-yr former smoker, quit 2005. Lives w/ wife {N|Dorota}.
ECOG 1.

ASSESSMENT: presumed pancreatic adenocarcinoma, borderline resectable. Pancytopenia likely multifactorial (marrow? nutritional? - B12/folate/copper sent).
PLAN:
- Present at GI tumor board Thursday {D|1/16}.
- Refer Dr. {N|Anjali Deshpande}, surgical oncology, {G|Lakeland Cancer Institute} - neoadjuvant FOLFIRINOX vs gem/nab-pac, then ?Whipple.
- Germline testing (all pancreatic ca); genetic counselor {N|Moira Callaghan} to see.
- GI for ERCP/biliary stent.
Daughter {N|Grace Kowalczyk-Hale} is HCPOA, {P|216.555.0147}.

{N|Tomasz Wróbel}, MD - Heme/Onc fellow; seen and discussed w/ Dr. {N|Leah Rosenbaum}   {D|1/10/2025}
cc: PCP Dr. {N|Harriet Szabo}, {G|Parma Family Practice}, fax {F|440-555-0126}
""")

T("note05_dental", """
DENTAL PROGRESS NOTE -- {G|Bright Smiles Family Dentistry}, {SA|845 Third Ave, Suite B}, {C|Chula Vista} {Z|91911}   ph {P|619.555.0172}
Pt: {N|Summer Faleolo}     Chart #{M|BSF-22817}     DOB {D|07-23-1988}
DOS {D|06/03/2024}     Provider: Dr. {N|Ray Tanaka}, DDS
Ins: Delta Dental PPO  Subscriber ID {H|DD0019283746}  Group {H|40112}

CC: "my back tooth bottom left is killing me" x 5 days, worse w/ cold, lingers.
Med hx reviewed - no changes. Allergy PCN (hives). BP 132/84.
EXAM: #19 MOD caries approaching pulp, percussion (+), cold test lingering >10 s. PA: widened PDL, no PARL. #30 PFM crown WNL. Perio: generalized 3-4 mm, BOP 22%.
DX: #19 symptomatic irreversible pulpitis w/ symptomatic apical periodontitis.
TX TODAY: 2 carps 4% articaine 1:100k (IANB + buccal infil). Rubber dam. Pulpectomy #19, Ca(OH)2, Cavit temp. Post-op instr given.
Rx: ibuprofen 600 mg q6h prn + APAP 500 mg q6h prn. No opioids.
NEXT: complete RCT {D|6/17}, then buildup + crown #19. If canals calcified -> refer Dr. {N|Oyuki Hasegawa}, {G|South Bay Endodontics}.
Husband {N|Viliami} driving her home. Emerg contact {P|619 555 0184}.
""")

T("note06_homehealth", """
HOME HEALTH SKILLED NURSING VISIT NOTE
Agency: {G|Blue Heron Home Health} - Branch 2
Patient: {N|Eulalia Baptiste}       MR# {M|HH44019}       Episode {AC|EP-330918}
Visit date: {D|04/09/2025}    Time in 1015 / Time out 1105
Address: {SA|17 Crescent Pl}, {C|Thibodaux}, LA {Z|70301}

Pt is a {A|94} yo female, homebound d/t severe DOE + unsteady gait, requires RW and 1 person assist. Niece/caregiver {N|Marie-Claire Thibodeaux} present.
VS: T 97.9  HR 88 irreg  BP 108/62  RR 20  SpO2 93% RA  Wt 142.6 lb (up 3.1 lb since {D|4/7})
CHF: 2+ pitting edema BLE to mid-shin, bibasilar crackles. Pt admits ham + greens at church supper on Sunday.
Meds reviewed: furosemide 40 mg daily, metoprolol succ 25 mg daily, apixaban 2.5 mg BID, KCl 20 mEq daily. Pillbox filled x 1 wk.
Called Dr. {N|Anand Iyer} office {P|985-555-0162}, spoke w/ {N|Tasha}, RN. New order: extra furosemide 40 mg daily x 3 days, BMP {D|4/11}.
Teaching: 2 g Na diet, daily wts, when to call. Niece verbalized understnading (teach-back).
Braden 16. Morse 55 - high fall risk, bathroom grab bar still not installed.
Next SN visit {D|4/11}. SOC {D|3/28/2025}; recert due {D|5/26/2025}. Faxed visit note to PCP {F|985-555-0163}.
{N|Celeste Guidry}, RN
""")

T("note07_pt_eval", """
PHYSICAL THERAPY INITIAL EVALUATION - OUTPATIENT ORTHO
{G|Summit Physical Therapy & Sports Rehab}
{SA|4410 W. Elm Street, Suite 200}, {C|Boise}, ID {Z|83705}

Pt: {N|Brandon Lee Carter}    DOB: {D|5/30/1979}    Referring MD: Dr. {N|Oksana Melnyk}
Dx: s/p R TKA {D|09/16/2024} (Z96.651); stiffness R knee (M25.661)
Eval date: {D|9/30/2024}     Visit 1 of 12     Auth #{O|PA-7788123} valid thru {D|11/30/2024}

SUBJECTIVE: 45 yo M, POD 14. Pain 5/10 rest, 8/10 stairs. Sleeping in recliner. Goal: return to work as HVAC tech (ladders, crawl spaces).
OBJECTIVE:
  AROM R knee 8-82 deg; PROM 5-88 deg. L knee 0-135.
  Quad lag 10 deg. MMT quads 3+/5, hip abd 4-/5, hamstrings 4/5.
  Edema: +2 cm circumferential at joint line vs L.
  Gait: FWW, antalgic, decr stance R. TUG 16.4 s.
  Incision healed, staples out, no s/s infection.
ASSESSMENT: Pt presents w/ ROM, strength and gait deficits consistent w/ early post-op TKA; good rehab potential.
PLAN: 2x/wk x 6 wk. 97110, 97140, 97530, 97116. HEP issued (heel slides, quad sets, SLR, prone hangs).
Surgeon: Dr. {N|Melnyk}, {G|Treasure Valley Orthopedic Center}, {P|208-555-0133}. Pt cell {P|208-555-0170}. Next visit {D|10/2/2024}.
GOALS (6 wk): knee flex >= 115, ext 0, TUG < 10 s, stairs reciprocal w/ rail.

{N|Kelsey Moana Kahale}, PT, DPT    Lic #{L|PT-009812}
""")

T("note08_sbar", """
SBAR HANDOFF  1900  6 EAST Rm 614-B
S: {N|Ibrahim Al-Sayegh}, 67M, DOB {D|3/8/1957}, MRN {M|00733190}, POD1 lap sigmoid colectomy (diverticulitis). FULL CODE. Allergy: morphine (itching).
B: Adm {D|11/3}, OR {D|11/4}. Lives in {C|Dearborn}. PMH HTN, DM2 on insulin, OSA - CPAP from home (wife {N|Samira} brought it). Prefers Arabic for anything important, use interpreter line.
A: VSS, Tmax 100.2 @ 1400. Pain 4/10 on hydromorphone PCA. JP 40 mL serosang this shift. Foley out 0600, voided x2. BG 212 @ 1630, covered 4u lispro per SSI. Ambulted hallway x2 w/ RW. Incision c/d/i. No flatus yet.
R: BG recheck 2100. Surgery (Dr. {N|Vasquez}) to wean PCA in AM. Son {N|Khalil} calling tonight for update, ok per pt: {P|313-555-0175}. Watch for ileus.
Off: {N|Dawn Whitaker}, RN -> {N|Jomo Kariuki}, RN
""")

T("note09_ems", """
PATIENT CARE REPORT - {G|Tri-Valley Ambulance Service}, Medic 14
Incident #{O|2024-118823}     Date {D|07/04/2024}
Dispatch 21:14 | On scene 21:22 | Depart 21:41 | At dest 21:58
Unit VIN {V|1FDUF5HT4KDA09213}

PT: {N|DeShawn Marcus Young}     DOB {D|1/15/2006}     Age 18     M
Location: picnic pavilion, {SA|800 Shoreline Dr}, {C|Sparks}, NV {Z|89434}
CC: fireworks injury L hand

NARRATIVE: Dispatched for fireworks injury. Found 18 y/o M sitting on bench, A&Ox4, holding bloody towel over L hand. Partial amputation L 2nd/3rd digits at PIP, burns to palm. Bleeding not controlled w/ direct pressure -> CAT tourniquet L upper arm 21:26. GCS 15. No other injuries. Denies LOC. +EtOH per friends.

TIME   BP      HR   RR  SpO2  PAIN
21:24  142/88  118  22  99%   9/10
21:35  130/82  110  20  99%   7/10
21:50  128/80  104  18  99%   5/10

MEDS: fentanyl 75 mcg IN @ 21:28. NS TKO 18g L AC... unable, IV R AC 18g @ 21:33.
Transported emergent to {G|Renown Regional Medical Center}, report to trauma RN. Tourniquet time 21:26.
Mother {N|LaToya Young} notified via pt's cell {P|775-555-0193}. Pt home addr {SA|2250 Oddie Blvd Apt 114}, {C|Reno}, NV {Z|89512}. Report to {N|Alana Keawe}, RN.
Crew: {N|P. Hernández}, EMT-P (NV lic {L|P14402}); {N|B. Zhou}, EMT-B
""")

T("note10_prior_auth", """
{G|Riverside Rheumatology Associates}
{SA|1550 Harbor Blvd, Ste 310}
{C|Costa Mesa}, CA {Z|92626}
Tel {P|(949) 555-0110}  |  Fax {F|(949) 555-0111}

{D|February 27, 2025}

Utilization Management Department
Blue Shield of California

RE: Request for prior authorization - adalimumab-adaz 40 mg SC every 14 days
Patient: {N|Marisol Esperanza Quintanilla}
DOB: {D|04/18/1986}
Phone: {P|(714) 555-0138}
Member ID: {H|XEB901234567}     Group #: {H|W0051992}
Reference #: {O|PA25-0227-8813}

To Whom It May Concern:

I am writing on behalf of my patient, Ms. {N|Quintanilla}, who has seropositive rheumatoid arthritis (M05.79), diagnosed in {D|March 2021}. She has failed methotrexate 25 mg weekly (7 months; stopped for ALT 142), sulfasalazine 1000 mg BID (4 months; GI intolerance) and hydroxychloroquine 400 mg daily. On {D|2/13/25} her DAS28-CRP was 5.4 and CDAI 31, with bilateral MCP synovitis and a new erosion at the right 2nd MCP on radiographs.

Per the 2021 ACR guideline, a TNF inhibitor is appropriate after inadequate response to csDMARDs. QuantiFERON was negative on {D|01/30/2025} and hepatitis B serologies are negative.

Please contact my office at the number above with any questions.

Sincerely,

{N|Bill Okafor-Reyes}, MD
NPI {O|1639204857}     CA Lic {L|G98231}
""")

T("note11_referral_gp", """
{G|Knocknacarra Medical Centre}, {C|Galway}
Tel {P|+353 91 555 218}

{D|12th March 2024}

Dr {N|Siobhán Ní Bhriain}
Consultant Neurologist

Re: {N|Declan Fitzgerald-Moran}, DOB {D|03.07.1961}
{SA|14 Cnoc na Gréine}, {C|Oranmore}, {CO|Co. Galway}
Medical card no. {H|0492817K}

Dear Dr {N|Ní Bhriain},

Thank you for seeing this 62 year old farmer with a 4 month history of progressive slurred speech and weakness of the right hand (dropping cups, difficulty with buttons). On examination he has wasting of the right first dorsal interosseous, fasciculations in the left deltoid and tongue, brisk reflexes throughout, Hoffmann positive on the right and an upgoing right plantar. Sensation is normal.

He was seen by Mr {N|Aidan Kearney}, orthopaedic surgeon at {G|University Hospital Galway}, for the hand; MRI C-spine showed only mild C5/6 spondylosis. I am concerned about motor neurone disease and would be grateful for your opinion.

PMH: hypertension, gout. Meds: amlodipine 5mg od, allopurinol 300mg od. Ex-smoker, 20 pack years. Lives with his wife {N|Bríd}; daughter is a nurse in {C|Limerick}. He can be reached on {P|087 555 3412}.

Yours sincerely,

Dr {N|Niamh O'Sullivan} MICGP
IMC no. {L|402918}
""")

T("note12_portal_thread", """
PATIENT MESSAGE THREAD - Subject: rash after new med??
Patient: {N|Castellanos, Hope M}     MRN {M|PV-3318820}

From: {N|Hope Castellanos}     Sent: {D|5/6/2024} 8:12 PM
hi dr {N|lindqvist} i started the lamotrigine 2 weeks ago (25mg) and now theres a red rash on my chest and arms, its itchy not painful. no mouth sores. should i stop it?? i have work tmrw

From: {N|Erik Lindqvist}, MD     Sent: {D|5/6/2024} 9:47 PM
Hi {N|Hope}, please STOP the lamotrigine tonight. Any rash on lamotrigine needs to be seen in person. If you get a fever, blisters, or sores in your mouth or eyes, go to the ED at {G|Providence St. Agnes} right away. Our nurse will call you in the morning to set up a visit. -{N|Erik}

From: {N|Hope Castellanos}     Sent: {D|5/7/2024} 7:03 AM
ok stopped it. temp 99.8 this morning, no blisters. my number changed btw its {P|503-555-0148} now

From: {N|Marta Ionescu}, RN     Sent: {D|5/7/2024} 8:31 AM
Hi {N|Hope} - I tried the new number and left a voicemail. We have 11:20 today with Dr. {N|Lindqvist}; I've put you in that slot. Please bring the pill bottle. If you can't make it reply here or call the clinic.

[Sent via portal - {U|https://mychart.pnwcare.org/MyChart/inbox/msg/5523019}]
""")

T("note13_tel_triage", """
TELEPHONE ENCOUNTER
Caller: {N|Frank Mbeki} (son, DPOA)      Call-back: {P|(404) 555-0119}
Patient: {N|Mbeki, Nomvula}    MRN {M|5510772}    DOB {D|1/1/1932}    Age: {A|93}

Reason for call: son reports mother more confussed since yesterday, "talking to my late father", not eating, urine smells foul. No fever per facility (97.6 oral). Resides at {G|Magnolia Gardens Assisted Living}, {SA|4100 Church St, Unit 212}, {C|Decatur}; facility nurse {N|Odette} {P|(404) 555-0150}.
Triage (AMS in elderly protocol): same-day eval advised. Offered ED vs urgent visit this afternoon - son prefers ED at {G|DeKalb Medical Center} so he can meet her there after work.
Advised ALF nurse to send UA if able & send med list w/ pt. Son verbalized understanding.
FYI to Dr. {N|Grant}.
{N|Keisha Lamb}, LPN    {D|03/18/2025} 14:22
""")

T("note14_cc_email", """
From: {N|Rachel Abramowitz} <{E|rabramowitz@northshoregen.org}>
To: {N|Tevita Fifita} <{E|t.fifita@hillsideseniorcare.com}>; {E|admissions@hillsideseniorcare.com}
Cc: {N|Darnell Brooks}
Date: Tue, {D|Aug 13, 2024} 10:41 AM
Subject: SNF referral - {N|Winifred Pike} (MRN {M|8830215})

Hi {N|Tevita},

Following up on our call this morning. Ms. {N|Pike} is medically ready for d/c from {G|North Shore General} tomorrow ({D|8/14}) if you can accept. Clinicals attached (H&P, last 3 days PT/OT, MAR).

Quick summary: {A|91} yo F, L femoral neck fx s/p hemiarthroplasty {D|8/9}, WBAT, needs PT/OT 5x/wk, enoxaparin 40 mg daily x 28 days. Mild dementia, BIMS 11, no behaviors. Continent. Regular diet.
Payer: Humana Medicare Advantage, member ID {H|H58392017}; auth submitted, ref #{O|HUM-24-7781290}.
Daughter {N|Carol Pike-Henning} ({P|847-555-0137}) strongly prefers your {C|Evanston} building since she lives nearby.

Thanks!
{N|Rachel Abramowitz}, LCSW
Care Management | {G|North Shore General Hospital} | {P|847.555.0100 x4432}
""")

T("note15_case_mgmt", """
CM PROGRESS NOTE {D|1/22/25}
Pt {N|Hernandez-Ruiz, Yesenia}, 34F, MRN {M|40028871}, adm {D|1/19} w/ DKA, now on 3N.
Met w/ pt at bedisde. Pt currently staying at {G|Hope House Women's Shelter} ({SA|312 Division St}, {C|Everett}). Lost insulin pens + meter when belongings were stolen. Uninsured since losing job last fall.
Actions:
- Apple Health (Medicaid) application submitted online w/ pt, confirmation #{O|WA-AH-55192043}.
- Meds-to-Beds: glargine + lispro pens, pen needles, meter/strips via charity program, $0 to pt.
- F/u scheduled {G|Sea Mar Community Health Center} w/ Dr. {N|Phuong Le} {D|1/29/2025} 10:40.
- Bus tokens x2. DSME referral placed.
- Shelter case worker {N|Andrea Kostopoulos} updated by phone, bed held through {D|1/24}.
Address on file {SA|1820 Hewitt Ave Apt 6}, {C|Everett}, WA {Z|98201} - no longer valid. Pt phone (prepaid): {P|425-555-0104}. Sister {N|Lupe} ok to contact.
{N|Marcus O'Neill}, RN, CCM
""")
# ---------------------------------------------------------------- notes 16-30
T("note16_chaplain", """
SPIRITUAL CARE NOTE
Chaplain: Rev. {N|Adaeze Obi-Williams}, BCC
Pt: {N|Lorenzo Bianchi}     Rm 1102     MRN {M|771-20-558}     {D|6/6/2024}

Referral: RN {N|Joy Ferraro} requested visit - pt actively dying, family gathering.
Visit: Met pt's wife {N|Giuseppina}, daughters {N|Francesca} and {N|Gianna}, and a grandson; son {N|Paolo} is flying in from {C|Toronto}. Pt is Roman Catholic; family asked for the Sacrament of the Sick. Contacted Fr. {N|Tadeusz Nowak} from their home parish at {P|(773) 555-0161}; he arrived 1540 and anointed pt.
Family shared pt's story - emigrated from {C|Bari} as a young man, ran a bakery for 40 years, "fed the whole neighborhood". Daughter {N|Gianna} tearful, expressed guilt about moving him to {G|Villa Scalabrini} last spring; provided reflective listening and normalized grief.
Interventions: presence, prayer (Our Father and Hail Mary, partly in Italian), life review, ritual support.
Plan: Will follow daily; on-call chaplain available overnight. Will f/u with family {D|6/8}.
""")

T("note17_death_note", """
DEATH NOTE / PRONOUNCEMENT
Called by RN to evaluate pt {N|Alvarez, Ramón E} (MRN {M|3390184}) for unresponsiveness.
Pt is a {A|96} yo M w/ metastatic castrate-resistant prostate ca, DNR/DNI, comfort measures only since {D|09/02/2024}.
Exam at 0347: no response to verbal or noxious stimuli. Pupils fixed and dilated. No spontaneous respirations x 1 min. No heart sounds, no carotid pulse x 1 min.
Time of death 0351 on {D|09/05/2024}.
Attending Dr. {N|Beatriz Salgado} notified 0355. Son {N|Ernesto Alvarez} notified by phone ({P|915-555-0199}) at 0402, will drive in from {C|Las Cruces}; daughter {N|Rosario} to handle arrangements.
ME: not a reportable case; discussed w/ investigator {N|J. Pruitt}, {CO|El Paso County} ME office, released.
Autopsy declined. Organ/tissue referral made, ref #{O|TOSA-0905-41} - not a candidate.
Death certificate to be completed by attending.
{N|Olumide Adebayo}, MD PGY-2
""")

T("note18_addiction", """
ADDICTION MEDICINE F/U (OBOT)
Pt: {N|Kyle Brennan}    DOB {D|08/09/1990}    MRN {M|A55-29014}    DOS {D|10/15/2024}

Bup/nx 8/2 mg film, 2 films SL daily (16/4 mg). Reports 94 days without any fentanyl use, craving 2/10, no withdrawal sx. PDMP reviewed - no other controlled rx.
UDS today: +bup, +norbup, neg fentanyl, neg meth, +THC.
Psychosocial: working at an auto body shop, living w/ girlfriend {N|Brianna} + her 6 yo son. Attends NA Tues/Thurs. Wants to get license back. Lives in {C|Janesville}; PO {N|Dana Kirby} ({P|608-555-0181}) - ROI on file.
HCV: Ab+, RNA detectable {D|Aug 2024}; started sofosbuvir/velpatasvir {D|9/20/24}, now wk 4 of 12, no missed doses.
Naloxone kit x2 given.
Rx: bup/nx 8/2 mg #56 films, 28 d supply. DEA {L|FB4471928}.
RTC 4 wks ({D|11/12}).
{N|Sunita Bhattarai}, MD
""")

T("note19_wound_care", """
WOUND CARE CONSULT
{N|Redbird, Thomas J}     MRN {M|W-118204}     Loc 4W-22     {D|12/2/24}
Consult by Dr. {N|Young} re: sacral wound.
Hx: 78M h/o CVA w/ L hemiparesis, incontinent, transferred from {G|Prairie View Care Center} {D|11/28}.

WOUND #1 Sacrum/coccyx - Stage 4 pressure injury (POA)
  6.2 x 4.8 x 2.1 cm; undermining 1.5 cm 10-2 o'clock; tunneling 3.0 cm at 6 o'clock
  bed 60% red granulation / 40% yellow slough; mod serosang exudate; no odor after cleansing
  periwound macerated, no erythema
WOUND #2 R heel - unstageable, 3.0 x 2.5 cm, stable dry eschar - leave intact
Braden 11.

RECS:
- Low air loss mattress (ordered).
- Sacrum: cleanse NS, Dakin's 1/4 strength moistened gauze to fill tunnel/undermining, cover w/ silicone foam, BID. NPWT 125 mmHg once debrided.
- Heels offloaded in boots, turn q2h.
- Nutrition: albumin 2.4, prealbumin 8 - RD consult.
- Gen surg consult for sharp debridement.
Photos uplaoded to media tab. Daughter {N|Winona Redbird} at bedside, updated.
{N|Yolanda Pierce-Mbatha}, BSN, RN, CWOCN     Lic {L|RN2894413}
""")

T("note20_dialysis", """
HEMODIALYSIS TREATMENT NOTE - {G|Desert Springs Dialysis Center}, Chair 9
Pt: {N|Saanvi Krishnamurthy}     MRN {M|DS00719}     MBI {H|5TG8-JK2-RW41}
Tx date: Mon {D|3/10/25}     2nd shift

Access: L brachiocephalic AVF, +thrill/+bruit, cannulated 15G x2 w/o difficulty.
Pre: wt 68.9 kg (EDW 66.0), BP 168/94, HR 82, T 98.1.
Rx: 4 h, F180, Qb 400, Qd 600, 2K/2.5Ca, UF goal 3.0 L, heparin 2000 u bolus.
Intra: cramping at 3h -> UF paused, NS 200 mL, resolved.
Post: wt 66.4 kg, BP 142/80. Last Kt/V 1.42, URR 74%.
Labs: K 5.8 pre, Hgb 9.6 -> ESA per protocol. PTH 612 -> cinacalcet increase per Dr. {N|Halvorsen}.
Transplant: active on list at {G|Banner University Medical Center} since {D|Jan 2023}, cPRA 45%.
Lives in {C|Casa Grande}. Nephrology office {P|520-555-0117}.
Pt visiting daughter in {C|Tucson} {D|4/15}-{D|4/30}; SW {N|Lina Haddad} arranging transient tx at {G|Saguaro Kidney Center}.
RN: {N|Faith Oduya}
""")

T("note21_ophtho", """
OPHTHALMOLOGY CLINIC NOTE
{N|Aiko Matsumoto-Reyes}     67F (DOB {D|4/2/1957})     MRN {M|E2218830}     DOS {D|2025-01-14}
CC: blurry vision OD x 3 wk, "straight lines look wavy"
VA sc: OD 20/80, PH 20/60 | OS 20/25
IOP (Tonopen): 16 / 17 mmHg
Pupils: PERRL, no APD
SLE: 2+ NS cataract OU, otherwise wnl
DFE: OD - drusen, SRF + small heme temporal to fovea; OS - intermediate drusen
OCT mac OD: SRF + PED, CST 412 µm; OS dry, CST 268 µm
Amsler: metamorphopsia OD
A/P: neovascular AMD OD. Intravitreal aflibercept 2 mg OD today after time-out; R/B/A incl endophthalmitis/RD discussed, consent signed. Tolerated well, IOP 18 post, CF vision.
AREDS2 supplement. Home Amsler OS.
RTC 4 wk ({D|2/11/25}) for injection #2.
Referring OD: Dr. {N|Parker Ng}, {G|ClearView Optometry}, fax {F|808-555-0155}
Pt lives in {C|Kailua}, ph {P|808-555-0129}; husband drives.
""")

T("note22_genetics", """
GENETIC COUNSELING - SESSION SUMMARY
Patient: {N|Esther Goldfarb}     DOB {D|6/22/1981}     MRN {M|GC-44190}
Referred by Dr. {N|Linda Park-Zimmerman}, {G|Beth Shalom Breast Center}
Date: {D|July 9, 2024}     Counselor: {N|Moshe Ben-David}, MS, CGC

Indication: Ashkenazi Jewish ancestry; personal hx breast ca (dx 42, ER+/PR+/HER2-); FHx ovarian ca.
Pedigree (3 gen):
  - Mother {N|Ruth} - ovarian ca dx 58, d. 61
  - MGM {N|Chaya Lieberman} - breast ca in her 50s; d. at {A|90}
  - Father {N|Herschel}, 74, healthy
  - Sister {N|Naomi Feld}, 39, unaffected, wants testing
  - Pt's daughters, 12 and 9
Result: 47-gene hereditary cancer panel - BRCA1 c.68_69delAG (p.Glu23fs), PATHOGENIC (AJ founder variant). No other P/LP variants; CHEK2, PALB2 negative.
Discussed: RRSO recommended now (age 43), contralateral mastectomy options, MRI + mammo alternating q6mo, PARP inhibitor implications, GINA protections, cascade testing for sister and, at 18, daughters.
Lab requisition {O|RQ6681204}. Family letter provided; sister reachable at {E|naomi.feld@gmail.com} (pt consented).
""")

T("note23_school_nurse", """
{G|Lincoln Park Middle School} -- HEALTH OFFICE
STUDENT HEALTH VISIT / PARENT NOTIFICATION FORM

Student: {N|Jayden Okoro-Smith}       Grade: 7      Homeroom: 214
Student ID: {O|3300982}      DOB: {D|10/05/2012}
Address: {SA|88-14 Elmhurst Ave, Apt 3C}, {C|Elmhurst}, NY {Z|11373}
Date: {D|Nov. 4, 2024}      Time in: 10:35      Time out: 11:10

Reason for visit: hit in head w/ basketball during PE (Mr. {N|Fuentes} sent him)
Assessment: alert, oriented x3, c/o mild HA 3/10. No LOC per teacher, no vomiting, PERRL, balance wnl.
Action: ice pack 15 min, rested in health office, concussion sx checklist sent home.
Parent/guardian contacted: {N|Adanna Okoro} (mother) {P|(718) 555-0187} at 10:50 - "ok, I'll watch him tonight".
Note: asthma action plan on file, albuterol MDI in office - not needed today.
School Nurse: {N|Patricia Kowalski}, RN
""")

T("note24_workers_comp", """
WORKERS' COMPENSATION - DOCTOR'S FIRST REPORT OF OCCUPATIONAL INJURY OR ILLNESS
Employee: {N|Ruiz Villanueva, Esteban}     SSN: {S|618-44-2079}     DOB: {D|02/14/1977}
Employer: Central Valley Packing Co., {SA|2900 S. Golden State Blvd}, {C|Fresno}, CA {Z|93725}
Claim #: {O|WC-0052218-CA}     Carrier: State Compensation Insurance Fund
Date of injury: {D|05/28/2025}     Date first examined: {D|05/28/2025}

History: Pt states he was lifting a ~60 lb box off a pallet and felt a "pop" in his low back, pain radiating to R buttock. No prior back injury. Spanish interpreter used.
Exam: L4-5 paraspinal tenderness, ROM limited flexion 40 deg, SLR neg bilat, strength 5/5, DTRs 2+ symmetric, no saddle anesthesia.
Dx: lumbar strain, initial (S39.012A).
Tx: naproxen 500 mg BID, cyclobenzaprine 5 mg qHS, ice/heat, walking program.
Work status: MODIFIED DUTY - no lifting > 15 lb, no repetitive bending, through {D|6/11/25}.

Employee phone {P|559-555-0177}. Adjuster {N|Paula Grigsby}, fax {F|916-555-0190}.
Physician: {N|Grace Holloway-Tan}, MD     CA Lic {L|A128834}
{G|Valley Occupational Medical Group}     {P|559-555-0140}
""")

T("note25_mds", """
MDS 3.0 QUARTERLY ASSESSMENT - NARRATIVE SUMMARY
Facility: {G|Willow Creek Health & Rehabilitation}     Room 118-W
Resident: {N|Mildred Oyelowo-Banks}     Medicaid ID: {H|882019374}     ARD: {D|03/31/2025}

Resident is a {A|ninety-three} year old female, admitted {D|11/12/2021} after CVA; long-term care.
Sec C: BIMS 9/15 - moderately impaired; no change from last qtr.
Sec D: PHQ-2 to 9 staff interview, total 4.
Sec GG: eating - setup; toileting hygiene - partial/moderate assist; sit-to-stand & chair/bed transfer - substantial assist x1.
Sec H: occasionally incontinent of bladder, on 2-hr toileting program; continent of bowel.
Sec J: 1 fall without injury on {D|2/19/25} (found sitting on floor by bed). Low bed + floor mat added.
Sec K: wt 128 lb, down 6.5% in 90 days -> RD; supplement 237 mL BID.
Sec M: no pressure ulcers, at risk.
Sec N: antipsychotic - quetiapine 12.5 mg qHS; GDR attempted {D|Jan 2025}, behaviors returned, resumed.
Hospitalized at {G|Saint Anthony Hospital} {D|8/2024} (UTI), none since.
Care conference held w/ son/POA {N|Desmond Banks} by phone ({P|773-555-0148}).
Completed by {N|Ana Lucía Paredes}, RN, MDS Coordinator, {D|4/2/2025}
""")

T("note26_occ_health", """
EMPLOYEE HEALTH - BLOOD/BODY FLUID EXPOSURE
Employee: {N|Rhys Pemberton}     Emp ID {O|E0447192}     Dept: MICU (RN)     DOB {D|9/9/1996}
Exposure: {D|08/22/24} ~0215, 25G needlestick L index finger after SQ heparin, through glove, bled freely. Washed w/ soap/water immediately.
Source pt: {N|Agnieszka Zielińska}, MRN {M|60018273} - consented; rapid HIV neg, HBsAg neg, HCV Ab pending.
Employee: HBsAb immune (titer 84 in {D|3/2019}). Tdap 2021.
Baseline HIV/HCV/HBV drawn. PEP not indicated at this time; will revisit if source HCV+.
F/u: HCV RNA 3 wk ({D|9/12}), HCV Ab + ALT at 6 mo.
Reported to charge RN {N|Mark Delacroix}; incident report #{O|IR-24-08831}.
Employee cell {P|630-555-0112}.
Seen by {N|Kaveh Farahani}, NP
""")

T("note27_interpreter", """
PRIMARY CARE VISIT - INTERPRETER-MEDIATED (Dari), video interpreter ID #{O|71823}
Pt: {N|Zarghona Ahmadzai}, 52F, MRN {M|3004417}, DOB {D|1/1/1972} (as on resettlement documents)
Arrived in US {D|Sept 2022}, resettled in {C|Sacramento}; now {SA|6550 Fair Oaks Blvd #9}, {C|Carmichael} {Z|95608}. Medi-Cal {H|93018827A}. Interpreter {N|Farid} for entire visit; pt's son not used for interpretation.

CC: both knees hurt, "my heart is heavy"
HPI: knee pain worse w/ stairs and prayer (kneeling), AM stiffness < 30 min. Low mood, poor sleep, intrusive memories since leaving {C|Kabul}. Denies SI. PHQ-9 14, PCL-5 38.
DM2: A1c 9.1 (was 8.4), taking metformin 500 BID inconsistently, confused by 2 bottles.
Exam: BMI 33. Crepitus both knees, no effusion. Monofilament intact.
A/P:
1. DM2 uncontrolled - metformin 1000 mg BID, single bottle, pill organizer; diabetes ed w/ interpreter.
2. Depression / PTSD sx - referral to Dari-speaking therapist at {G|Refugee Health Clinic of Sacramento}.
3. Knee OA - PT, acetaminophen; avoid NSAIDs.
4. LTBI screen neg (QFT {D|10/2022}).
Eldest son {N|Ahmad Shah} (24) drives her to appts.
Teach-back done via interpreter. 40 min, >50% counseling.
Dr. {N|Lindsey Walker}
""")

T("note28_med_rec", """
MEDICATION RECONCILIATION - ADMISSION
Pt: {N|PRZYBYLSKI, HELENA}     Age: {A|90}     MRN: {M|00921734}     Adm: {D|06/30/2025}
Sources: pt, pill bottles brought by granddaughter {N|Kasia}, PCP list from Dr. {N|Carter}, outside fill hx
Allergies: sulfa (rash), codeine (N/V)

HOME MED               DOSE / FREQ              LAST DOSE      ADMIT ACTION
levothyroxine          88 mcg daily             {D|6/30} AM        continue
warfarin               5 mg M/W/F, 2.5 other    {D|6/29} PM        HOLD - INR 4.1
metoprolol tartrate    25 mg BID                {D|6/30} AM        continue
furosemide             20 mg daily              {D|6/30} AM        continue
donepezil              10 mg qHS                {D|6/29}           continue
calcium/vit D3         600 mg/400 IU BID        unknown        hold
acetaminophen          500 mg 2 tabs q8h prn    ?              continue prn
"water pill #2"        ?                        ?              CLARIFY

Called pharmacy {P|(630) 555-0121}, spoke w/ {N|Deepak}: "water pill #2" = spironolactone 25 mg daily, last filled {D|5/14/25} (30 DS) - likely not taking. Hold; team aware.
Reconciled by {N|Olivia Sandoval}, PharmD     {D|6/30/25} 15:40
""")

T("note29_bed_board", """
5 WEST CENSUS  -  Sat {D|02/08/2025}  0700     Charge RN: {N|Bishop}
BED   PATIENT                AGE  MRN        ATTG         DX                    CODE     DISPO
501A  {N|Ferreira, João}        58   {M|1029384}    {N|Patel}        CHF exac              FULL     home {D|2/9}
501B  {N|Kim, Soo-ah}           33   {M|1188420}    {N|Patel}        pyelo                 FULL     home today
502   {N|Lindgren, Arvid}       {A|91}   {M|0977215}    {N|Nakamura}     hip fx POD2           DNR      {G|Maple Grove Transitional Care}
503A  {N|Abdi, Hodan}           44   {M|1201167}    {N|Osei}         SBO, NGT              FULL     ?
503B  -- clean, ready --
504   {N|O'Brien, Seamus}       73   {M|0654410}    {N|Osei}         COPD exac, BiPAP      DNR/DNI  hospice eval
505   {N|Tupou, Sione}          36   {M|1210093}    {N|Grant}        LE cellulitis         FULL     home {D|2/10}
506A  {N|Rosen, Avi}            62   {M|0889012}    {N|Nakamura}     PE, on heparin        FULL     home on apixaban
506B  {N|Washington, Pearl}     {A|97}   {M|0412276}    {N|Grant}        UTI/delirium          DNR      back to {G|Greenbrier Manor}
507   {N|Summers, Dawn}         55   {M|1176604}    {N|Osei}         UGIB, EGD today       FULL     ?
508   {N|Nakamura-Reid, Kenji}  29   {M|1220981}    {N|Grant}        DKA, off drip         FULL     home {D|2/9}
Iso: 503A contact (CRE hx). Tele: 501A, 506A. Sitter: 506B overnight.
""")

T("note30_signout", """
NIGHT SIGNOUT - GEN MED TEAM B (tues)    {N|J. Alvarado} -> {N|S. Kim}

1) {N|Reginald Pope}  7W-12  81M  MRN {M|4412098} - NSTEMI on heparin gtt. PTT due 2200; if >100 hold 1h + decrease per nomogram. Cards (Dr. {N|Haque}) aware. K 3.1 -> 40 PO @1800, recheck w/ AM labs.
2) {N|Xiomara Benítez}  7W-14  45F - EtOH hepatitis, MDF 41, on pred day 3. CIWA q4. Sister {N|Inés} may call {P|305 555 0130}, ok to update.
3) {N|Lane, Douglas}  7W-19  {A|92}M - aspiration PNA on amp/sulbactam, DNR/DNI. Daughter {N|Peggy} wants a call if he declines, any hour.
4) {N|Wen Zhao}  7W-20  29F - SCD pain crisis, hydromorphone PCA, IS q1h. If T >101 -> BCx, CXR (r/o ACS).
5) {N|Kwame Asante-Darko}  7W-22  67M - new AF w/ RVR, dilt gtt 10 -> convert to PO in AM. TTE {D|2/5} EF 35%.
6) {N|Dolores Faleafa}  7W-24  {A|99}F - UTI/delirium from {G|Sunset Terrace Memory Care}, sitter at night. Grandson {N|Pita} {P|(808) 555-0144} is contact.
Nothing else pending. Call me w/ ?s.
""")
# ---------------------------------------------------------------- notes 31-45
T("note31_transfer_center", """
TRANSFER CENTER - INTERFACILITY TRANSFER REQUEST
Call rec'd {D|04/27/2025} 16:08          Transfer # {O|TC-250427-019}
SENDING: {G|Harlan County Community Hospital}, {C|Harlan}, KY - Dr. {N|Wendell Caudill}, ED, {P|606-555-0177}, fax {F|606-555-0178}
RECEIVING: {G|Bluegrass University Medical Center} MICU - accepting Dr. {N|Farah Siddiqui}

Pt: {N|Ricky Dale Hensley}     54M     DOB {D|3/3/1971}
Home: {SA|HC 61 Box 42}, {C|Evarts} {Z|40828}
Dx: necrotizing pancreatitis, AKI (Cr 4.2), intubated {D|4/26}, norepi 12 mcg/min + vaso 0.04.
Reason: needs IR/GI and CRRT not available at sending.
Mode: rotor wing, ETA 1810. Weight 118 kg (pad).
Ins: KY Medicaid {H|9012877340}
Family: wife {N|Loretta} driving from {C|Cumberland}, cell {P|(606) 555-0102}. Lives in {CO|Letcher County}.
Bed assigned: MICU 11. Report called to {N|Tamika}, RN 1745.
""")

T("note32_portal_peds", """
Message from: {N|Will Abernathy} (proxy for {N|Abernathy, Lily Rose}, MRN {M|PED-441902})
Sent: Sun {D|1/12/2025} 10:14 PM
Subject: ear again

shes pulling at her left ear again and 101.3 tonight, we just finished the amoxicillin on {D|1/8}. gave motrin 5ml at 9. does she need to come in or can u just send something. shes 2 and in daycare so we cant really keep her home long

Reply from: {N|Nneka Eze}, CPNP     {D|1/13/2025} 7:52 AM
Hi Mr. {N|Abernathy}, I'm sorry {N|Lily} is sick again. Since she just finished antibiotics I'd like to look in her ears before choosing the next one. We have 9:40 and 2:15 open today at our {G|Maple Avenue Pediatrics} office - does either work? If she becomes very sleepy, won't drink, or has a stiff neck please go to the ED.

Reply from: {N|Will Abernathy}     {D|1/13/2025} 8:05 AM
940 works thanks. her mom {N|Rose} will bring her
""")

T("note33_tel_refill", """
Tel enc {D|7/19/24} - refill request
pt {N|Hamid Rostami} dob {D|5/5/58} mrn {M|889123} called, out of amlodipine 10 & atorvastatin 40, last OV {D|1/4/24}. Home BP ~138/86. No CP/SOB. Wife {N|Shirin} on the line too.
Per protocol refilled 90d + 1 RF; needs f/u - booked {D|8/2} w/ Dr. {N|Shapiro}.
Called pt back {P|949-555-0183}, no answer, LVM (ok per HIPAA form on file).
-- {N|Megan}, MA
""")

T("note34_cc_email_hh", """
----- Original Message -----
From: {N|Ama Boateng} <{E|aboateng@stlukesrmc.org}>
Sent: Friday, {D|October 3, 2025} 4:52 PM
To: {N|Jessica Kimura} <{E|jkimura@prairiehomehealth.com}>
Subject: RE: new SOC - {N|B. Holloway}

{N|Jessica} - yes, pt is {N|Bernard Holloway}, DOB {D|12/1/1949}. Discharged home today to {SA|9085 County Road 14}, {C|Hays}, KS {Z|67601}.
Needs SOC tomorrow ({D|10/4}) if at all possible - NPWT to L BKA stump, change MWF, 125 mmHg continuous, black foam. Pump went home w/ him, serial {DV|VNLS40112}.
PCP is Dr. {N|Hank Dreiling}, {G|Hays Family Clinic}, fax {F|785-555-0115}.
Wife {N|Gloria} is primary caregiver, cell {P|785-555-0128}. He is diabetic, last A1c 7.8.
Thanks,
{N|Ama Boateng}, RN, CWON
Wound/Ostomy | {G|St. Luke's Regional Medical Center}
""")

T("note36_nicu_dc", """
NICU DISCHARGE SUMMARY (abbreviated)
Baby Boy {N|Mahlangu} ("{N|Sipho}")     MRN {M|NB-2024-11873}
DOB {D|08/17/2024} 04:12     GA 31w4d     BW 1480 g
D/C {D|10/02/2024} at 38w1d PMA     D/C wt 2610 g
Mother: {N|Thandeka Mahlangu}, 27 yo G1P1, MRN {M|7720448}. Father: {N|Themba Mahlangu}. Home ph {P|425-555-0135}

Course:
- Resp: RDS -> CPAP x 5 d, surfactant x1 (INSURE). RA since DOL 6.
- Apnea of prematurity: caffeine d/c'd {D|9/14}, event-free x 8 d.
- Hyperbili: peak 11.2 DOL 4, phototherapy x 3 d.
- ROP: stage 1 zone III OU on {D|9/20}; f/u Dr. {N|Kruger} (peds ophtho) in 2 wk.
- Hearing: ABR pass bilat. CCHD pass. Car seat challenge passed (90 min).
FEN: EBM fortified to 24 kcal/oz, ad lib ~160 mL/kg/d.
Meds: poly-vi-sol w/ iron 1 mL daily.
Imms: HepB #1 {D|9/16}; nirsevimab given.
F/u: {G|Kinder Pediatric Associates}, {C|Bellevue} on {D|10/4}; early intervention referral sent.
""")

T("note37_infusion", """
ONCOLOGY INFUSION NURSING NOTE - {G|Pinecrest Cancer Center}, Bay 6
Pt: {N|Malik Jamal Rahman}     DOB {D|7/14/1969}     MRN {M|PCC-118320}     DOS {D|2/20/2025}
Regimen: mFOLFOX6 C4D1 - oxaliplatin 85 mg/m2, leucovorin 400 mg/m2, 5-FU 400 mg/m2 bolus + 2400 mg/m2 CI over 46 h.
BSA 2.01 m2 (Ht 180 cm, Wt 81.3 kg).
Access: R chest implanted port (SN {DV|REAP0184220}), accessed w/ 20G 3/4" non-coring needle, +brisk blood return, flushes easily.
Pre-meds: ondansetron 16 mg IV, dexamethasone 12 mg IV.
Labs: ANC 2.1, plt 148, Cr 0.9, Tbili 0.6. Neuropathy grade 1, cold-induced only.
Tolerated w/o reaction. Ambulatory pump SN {DV|CADD5814472} connected 1320; disconnect {D|2/22} at 11:20 in clinic.
Reviewed cold avoidance, mouth care, fever > 100.4 -> call. Wife {N|Aisha} present. Next cycle {D|3/6/2025}; MD Dr. {N|Yitzhak Adler}.
{N|Brigid Doherty}, RN, OCN
""")

T("note38_device_clinic", """
REMOTE DEVICE TRANSMISSION REVIEW - {G|Heartland Heart & Vascular} Device Clinic
Pt: {N|Ingrid Solberg}     DOB {D|1929-03-11}     Age {A|96}     MRN {M|HHV-009183}
Device: dual-chamber PPM, model W1DR01, SN {DV|RNB611842S}
RA lead model 5076-52 cm, SN {DV|PJN7721045} | RV lead model 5076-58 cm, SN {DV|PJN7720963}
Implanted {D|06/14/2019} at {G|St. Olaf Hospital} for CHB.
Transmission: {D|5/2/2025} (scheduled)
Battery 8.9 yr. Impedances stable: RA 456 ohm, RV 532 ohm. Thresholds RA 0.75 V @ 0.4 ms, RV 1.0 V @ 0.4 ms. Sensing P 2.8 mV, R 11.2 mV.
AP 42%, VP 99% (CHB, as expected).
Episodes: 3 AHR, longest 4 h 12 min on {D|4/23}; AF burden 1.1%. On apixaban 2.5 BID (dose-reduced for age/wt).
No VHR.
Plan: routine; next remote {D|Aug 2025}. Dr. {N|Aarav Mehta} notified of AF burden.
Pt lives alone in {C|Fargo}; called {P|(701) 555-0119}, no sx.
Reviewed by {N|Colleen Murphy}, CCDS
""")

T("note39_telehealth", """
TELEHEALTH VIDEO VISIT - NEUROLOGY FOLLOW-UP
Patient: {N|Akosua Frimpong-Mensah}     MRN {M|N0093314}     DOB {D|9/23/1985}
Visit date: {D|3 June 2025}     Session link: {U|https://telehealth.ridgewayneuro.org/v/akfm0603}
Patient location: home, {C|Columbus}, OH (verified for licensure). Provider: clinic office.
Connection: pt IP {IP|73.41.188.202}; video dropped at 10:14, completed by phone audio ({P|614-555-0191}).
Verbal consent for telehealth obtained.

HPI: migraine w/o aura; on erenumab 140 mg monthly since {D|Nov 2024}. Headache days 14/mo -> 5/mo. MIDAS 62 -> 18. Triptan use 4 d/mo. No aura change, no red flags.
Exam (video): alert, fluent, EOMI, face symmetric, no pronator drift, FNF intact, tandem gait ok.
A/P: chronic migraine, good response. Continue erenumab; rizatriptan 10 mg prn (max 2/d, 8 d/mo). Headache diary. RTC 6 mo video.
AVS sent to portal; pt email on file {E|akosua.fm@outlook.com}.
cc: PCP Dr. {N|Kwabena Osei-Tutu}
{N|Jasper Whitcombe}, MD
""")

T("note40_roi_log", """
AUTHORIZATION FOR RELEASE OF PHI - REQUEST LOG
Request #: {O|ROI-2025-06612}     Received: {D|06/16/2025} (fax)
Patient: {N|Tremaine A. Fullwood}     DOB: {D|01/30/1983}     MRN: {M|M44-102-337}
Address: {SA|5512 Greenmount Ave Apt 2F}, {C|Baltimore}, MD {Z|21212}
Phone: {P|(410) 555-0154}     Email: {E|tfullwood83@yahoo.com}
Identity verified: MD driver's license {L|F-415-228-910-334}; SSN on form {S|219-55-4173}
Records requested: ED visit {D|3/2/2025}, ortho f/u {D|3/18/2025}, imaging reports.
Recipient: Kaplan & Dwyer LLC, attn {N|Marcy Dwyer}, Esq. - fax {F|410-555-0167}
Purpose: legal. Authorization expires {D|12/31/2025}.
Status: released {D|6/18/25}, 42 pages.
Processed by {N|Ebony Charles}, RHIT
""")

T("note42_hospice_admit", """
HOSPICE ADMISSION - {G|Mountain Laurel Hospice}, serving {CO|Yavapai County}
Pt: {N|Harold E Mercer}     Age {A|102}     DOB {D|10/19/1922}
Address: {SA|PO Box 1187}, {C|Prescott Valley}, AZ {Z|86312} (lives w/ daughter)
Hospice dx: Alzheimer dementia, FAST 7c. PPS 30%.
Eligibility: 12% wt loss in 6 mo; 2 aspiration PNAs ({D|Nov 2024}? per family - hospital records show {D|Jan 2025}); bedbound; < 6 intelligible words/day.
Medicare MBI {H|7QK2-VX9-NT38}. Election of benefit signed by daughter/POA {N|June Mercer-Ortiz} ({P|928-555-0108}).
Attending: Dr. {N|Ellis} (PCP). Hospice MD: {N|Samira Haddad}, DO.
Comfort kit: morphine 20 mg/mL 0.25 mL SL q2h prn, lorazepam 0.5 mg SL q4h prn, haloperidol 0.5 mg prn, atropine 1% 2 gtts SL prn secretions.
POLST: DNR, comfort-focused treatment.
RN CM: {N|Travis Bluehorse}, RN - visits 2x/wk. SW + chaplain to follow.
""")

T("note43_triage_short", """
RN triage 0842 - {N|Lupita Ibarra} ({M|2290114}), {D|3/4} - cough x2d, T 100.9, SpO2 97% RA, no SOB. Home care, COVID/flu swab at drive-up.
Call back {P|512-555-0145} if worse.
""")

T("note44_surg_path", """
SURGICAL PATHOLOGY REPORT
{G|Coastal Pathology Laboratories}     CLIA {O|10D2034481}
Accession: {O|CS24-019283}     Received: {D|11/19/2024}     Reported: {D|11/22/2024}
Patient: {N|Ashworth, Penelope Grace}     MRN {M|55720931}     DOB {D|2/28/1967}     Sex F
Submitting: Dr. {N|Dmitri Volkov}, {G|Harborview Surgical Associates}
Clinical: R breast mass 1.8 cm, BI-RADS 5.

SPECIMEN: A. Right breast, 10 o'clock, 4 cm FN, US-guided core biopsy (x4 cores)

DIAGNOSIS:
A. INVASIVE DUCTAL CARCINOMA (NST), Nottingham grade 2 (tubules 3, nuclei 2, mitoses 1; score 6/9).
   - Ductal carcinoma in situ, intermediate grade, cribriform.
   - Lymphovascular invasion: not identified.
   Biomarkers (block A1): ER positive (95%, strong), PR positive (40%, moderate), HER2 IHC 2+ (equivocal) - reflex FISH sent. Ki-67 18%.

Copy to: Dr. {N|Lena Hoffmann-Ruiz}, {G|Seaside Breast Health}
Electronically signed: {N|Mei-Ling Ochoa-Tan}, MD  {D|11/22/2024} 16:44
""")

T("note45_ed_trauma", """
ED TRAUMA NOTE - LEVEL 2 ACTIVATION
Pt: {N|Colton Maddox}     MRN {M|T-0992817}     Arrival {D|05/17/2025} 23:41 via ALS
MOI: restrained driver, pickup vs guardrail ~55 mph on I-90 near {C|Bozeman}, +airbag, self-extricated. Vehicle plate {V|16-4482B}, VIN {V|1FTEW1EG5GFA73319} per MHP trooper {N|Haugen} (badge {O|4172}).
Primary: A patent. B equal BS bilat. C HR 112, BP 104/68. D GCS 14 (E4V4M6). E seatbelt sign lower abd.
FAST: + fluid Morison's pouch.
CT: grade III splenic lac, L rib 9-10 fx, no PTX.
Plan: IR embolization, trauma surgery Dr. {N|Ingeborg Lund}. 2u PRBC, TXA 1 g. EtOH 0.14.
ID: MT DL {L|0348193710041}; address {SA|1410 W Babcock St}, {C|Bozeman} {Z|59715}.
Contact: girlfriend {N|Kaylee Brandt} {P|406-555-0196}; parents in {C|Billings}, notified.
""")
T("note35_icu_signout", """
MICU ON-CALL SIGN-OUT  {D|12/24/2024} (holiday coverage)     Day: {N|Okafor}/{N|Brennan-Liu} -> Night: {N|Tsai}
Bed | Pt / MRN | Age | Issues | Overnight to-do
1 | {N|Lindahl, Britt} / {M|8820173} | 71 | septic shock, E. coli bacteremia, NE 0.08 | wean NE for MAP > 65; BCx {D|12/22} NGTD x2
2 | {N|Adewale, Oluwaseun} / {M|8819902} | 38 | DKA, gap closed 1600 | SC glargine before stopping drip; K q4h
3 | {N|McAllister, Jean} / {M|7730461} | {A|90} | NSTEMI + AKI, DNR (MOLST on file) | no pressors per MOLST; son {N|Robert} {P|410-555-0124} wants a call w/ any change
4 | {N|Dang, Peter} / {M|8821045} | 55 | ARDS, proned 16 h, P/F 110 | supine 0600, ABG 0400
5 | {N|Bishop, Hope} / {M|6604421} | 24 | salicylate OD, s/p HD x1 | ASA level 2200; psych in AM; mom {N|Carla} at bedside
6 | empty - accepting from {G|Frederick Memorial} (Dr. {N|Kessler}, {P|301-555-0187}), ETA 2300
""")

T("note41_referral_letter", """
{G|Northgate Family Medicine}
{SA|7720 Aurora Ave N, Suite 104} - {C|Seattle}, WA {Z|98103}
Phone {P|206-555-0151} - Fax {F|206-555-0152}

{D|May 19, 2025}

{N|Ifeoma Chukwu}, MD
Pediatric Cardiology
{G|Cascadia Children's Heart Center}
{SA|4800 Sand Point Way NE}
{C|Seattle}, WA {Z|98105}

RE: {N|Ezra Nakashima-Cole}     DOB {D|09/03/2017}     MRN {M|NFM-55120}

Dear Dr. {N|Chukwu},

I am referring {N|Ezra}, a 7 year old boy, for evaluation of a new murmur and two episodes of exertional presyncope during soccer, most recently on {D|5/10/25}. He has a grade 3/6 harsh systolic ejection murmur at the LUSB that is louder with Valsalva and standing and softer with squatting. ECG in clinic shows LVH by voltage criteria with deep Q waves in II, III and aVF. Family history is notable for a paternal uncle, {N|Daniel Cole}, who died suddenly at 31 while running.

I have advised no competitive sports until he is seen. His parents, {N|Yuki Nakashima} and {N|Trevor Cole}, can be reached at {P|(206) 555-0196}. Insurance: Premera, member ID {H|PRM880012945}.

Thank you for seeing him.

{N|Gabriel Santos-Whitfield}, MD
""")

# ---------------------------------------------------------------- queries / chat
T("query01", "pull last 3 cr for {N|jimenez} bed 14 (mrn {M|5530127})")
T("query02", "did mrs {N|okoye}'s path come back from {D|3/2}")
T("query03", "pt in 7w-12 {N|pope} (mrn {M|4412098}) - k 3.1 again, ok to give 40 po or u want iv?")
T("query04", "who is covering dr {N|nakamura}'s pts this wknd - need to call re {N|bashir} in 612")
T("query05", "mrn {M|4471902} echo results?? pt says it was done at {G|valley west} last wk")
T("query06", """need a working callback # for {N|faith adeyemi}, the one listed ({P|414 555 0173}) goes to a roommate""")
T("query07", "fyi ms {N|brown} in 12 is {A|94} and wants to go home today, pt/ot eval pls before 3")
T("query08", "rounding list {G|st agnes} icu {D|11/14} - pls add {N|obi} + {N|lachance}")
T("query09", "is {N|hunter} in 4b still npo? surgery said ok to eat after 1400")
T("query10", 'search "{N|grant, marcus}" dob {D|07/22/1961} from {C|toledo}')
T("query11", "can someone fax the d/c summary to {F|617-555-0143} attn dr. {N|lemaire}")
T("query12", "anyone have sats on the {A|92}yo in 3? daughter asking again")
T("query13", "ct head for {N|rosa delgado-pineda} ordered?? she fell at {G|sunrise manor} last night, on eliquis")
T("query14", "pharm q: {N|will tran} in 22 - pcn allergy real or not? mom says rash at age 3")
T("query15", "outside labs from {G|mercy fitzgerald} for acct {AC|7700128834} still not scanned in")
T("query16", """page me when {N|summer}'s mri is read
({N|summer patel}, 6n)""")
T("query17", "a1c trend mrn# {M|00382910} since {D|jan 2023}")
T("query18", "who dc'd the foley on {N|kowalski} (bed 9)? urology wanted it in x 7d")
T("query19", "{N|dawn} from 5e says mr {N|ray}'s daughter called again, cb {P|555-0187}")
T("query20", "ins denied the mri for {N|ngata}, member id {H|HX4418822} - do we appeal or p2p?")
T("query21", "sched f/u for baby girl {N|ramirez} w dr {N|chen} in 2 wks, born {D|5/30}")
T("query22", "any beds at {G|willowbrook} for a {A|90} y/o, mod assist, no iv abx")
T("query23", "pyxis in 4n at {IP|10.22.8.141} keeps timing out, who do i call")
T("query24", "vanc trough for {N|abdullah al-farsi} due 0600 tmrw or 0800?")
T("query25", "whats the email for the {G|hopkins} fellow, {N|priya}? i have {E|pmenon3@jh.edu} but it bounced")
T("query26", "ok to send mrs {N|oyelowo} home {D|4/18} if inr < 3? daughter's # {P|267-555-0122}")
T("query27", """need the sn for the port in {N|mohammed}, bed 2 - mri asking.
op note says {DV|PL8813427}, can someone confirm""")
T("query28", "pt {N|castillo} going back to {C|yuma} tmrw, zip {Z|85364} for the transport form?")
T("query29", 'pull all cultures for "{N|mendoza, j}" {D|2/27}-{D|3/1}')
T("query30", """signout: bed 18 mr {N|young}, 88, wants to talk to someone about his will in the am.
sw aware""")
# ---------------------------------------------------------------- hard negatives (no PHI)
T("neg01_neuro", """
NEURO EXAM: 67 yo RHD male. MS: A&Ox3, MoCA 26/30 (-2 delayed recall, -1 cube). CN II-XII intact except L lower motor neuron facial weakness incl. forehead - c/w Bell palsy, House-Brackmann III. Motor: 5/5 throughout except L grip 4/5. Reflexes 2+ and symmetric, toes downgoing (Babinski neg), Hoffmann neg. Romberg negative. No pronator drift. Resting tremor R hand, cogwheeling at wrist - ? early Parkinson disease, UPDRS-III 14. Gait: narrow-based, decreased arm swing R. GCS 15. NIHSS 1. Plan: prednisone 60 mg x 5 days + valacyclovir 1 g TID x 7 days, eye patch at night, DaTscan if tremor persists. Recheck Tuesday at 0930.
""")

T("neg02_ob", """
G3P2002 at 40w5d, presents Friday 0600 for IOL, postdates. SVE 2/50/-2, cervix posterior/firm, Bishop score 4 -> cervical ripening with misoprostol 25 mcg PV q4h x2, then Foley bulb. Leopold maneuvers: LOA, EFW 3600 g. GBS negative. Oxytocin started at 2 mU/min, increased by 2 q30 min to max 20. Cat I tracing, baseline 140, moderate variability. Delivered 1847 NSVD, Apgar 8/9 at 1 and 5 min, nuchal cord x1 reduced. QBL 350 mL. 2nd degree laceration repaired with 3-0 Vicryl. Rh positive, rubella immune, no RhoGAM needed. Plan: routine PP care, Tdap given 2023, Hgb in AM, lactation consult.
""")

T("neg03_med_list", """
DISCHARGE MEDICATIONS
1. hydrocodone/acetaminophen 5/325 mg, 1/2 to 1 tab PO q6h prn pain (max 6 tabs/day) x 5 days
2. metformin ER 500 mg, 2 tabs PO with evening meal
3. lisinopril 10 mg PO daily - HOLD if SBP < 100
4. sacubitril/valsartan 24/26 mg PO BID
5. insulin glargine 18 units SC qHS; lispro sliding scale 2 units per 50 > 150
6. amoxicillin/clavulanate 875/125 mg PO BID x 7 days
7. prednisone taper 40-30-20-10 mg, each x 3 days
8. fluticasone/salmeterol 250/50 mcg 1 puff BID, rinse mouth
9. vitamin D3 50,000 IU weekly x 8 weeks, then 2000 IU daily
10. Take Mon/Wed/Fri: warfarin 5 mg; other days 2.5 mg. INR goal 2-3.
""")

T("neg04_codes", """
Problem list / billing: E11.65 type 2 DM with hyperglycemia; I10; N18.32 CKD stage 3b; Z79.4 long-term insulin. Procedures: CPT 99214-25, 36415, 83036 (HbA1c, LOINC 4548-4). eGFR 38 mL/min/1.73m2 (LOINC 62238-1), UACR 312 mg/g. Plan: SGLT2i per KDIGO 2022, repeat BMP in 2 wk, A1c in 3 mo. Last eye exam 2023, foot exam today: monofilament 10/10 sites bilat, DP/PT 2+. BMI 31.4. Counseled 12 min on diet.
""")

T("neg05_cardio", """
Cardiology: 74F with paroxysmal AF, CHA2DS2-VASc 5 (age 65-74, F, HTN, DM, CHF), HAS-BLED 2. NYHA class II, EF 40-45% on TTE, grade II diastolic dysfunction, moderate MR. Holter 48h: AF burden 22%, max HR 142, no pauses > 3 s. Wells score for PE 1.5 (low). TIMI 2. Prior Swan-Ganz in 2018 showed PCWP 18, CI 2.4. Carotid Doppler < 50% bilat. Plan: apixaban 5 mg BID, metoprolol succinate 50 mg, echo in 6 mo. ECG: QTc 452, RBBB, LAFB.
""")

T("neg06_endo", """
Endocrine consult: new Graves disease vs painless thyroiditis. TSH < 0.01, FT4 3.4, TRAb 6.2 IU/L (pos), RAIU 58% at 24 h diffuse. Mild Graves ophthalmopathy, CAS 2/7. Started methimazole 20 mg daily, propranolol 20 mg TID. Hashimoto hx in mother. Screened for Cushing (1 mg DST cortisol 1.2) and Addison (AM cortisol 14) - both negative. Plan: TFTs q4-6 wk, CBC/LFT baseline, RAI vs thyroidectomy discussion at 12-18 months.
""")

T("neg07_onc_genomics", """
Molecular tumor board: stage IIIA (T2bN2M0) lung adenocarcinoma, PD-L1 TPS 60%. NGS: KRAS G12C (VAF 24%), STK11 wild-type, EGFR exon 19 del not detected, ALK/ROS1 negative, TMB 11 mut/Mb, MSS. Germline: BRCA2 c.5946delT not detected. Recommend concurrent chemoradiation (carboplatin AUC 2 + paclitaxel 45 mg/m2 weekly, 60 Gy/30 fx) then durvalumab 10 mg/kg q2w x 12 months; sotorasib at progression. Hx Hodgkin lymphoma age 19 s/p ABVD x 6 and mantle RT. ECOG 1.
""")

T("neg08_ortho", """
R knee: + Lachman (2B), anterior drawer +, pivot shift 1+. McMurray + medial. Varus/valgus stable at 0 and 30 deg. L hip: Trendelenburg sign negative, FABER provokes groin pain, FADIR +. Ankle: Thompson test negative, Weber B fibula fracture on x-ray, mortise intact. Wrist: Colles fracture 2 yrs ago healed. Peds elbow Salter-Harris II distal radius. Ottawa ankle rules applied. Plan: MRI knee, PT 3x/wk, hinged brace 0-90, WBAT. Return Thursday.
""")

T("neg09_peds", """
4 yo well visit. Wt 17.2 kg (60%), Ht 104 cm (55%), BMI 15.9. Vision 20/25 OU (HOTV), hearing pass at 20 dB. Tanner 1. Denver II / ASQ-3 all domains above cutoff. Hx Kawasaki disease at age 2 treated with IVIG 2 g/kg + ASA, echo normal at 6 wk and 1 yr. Sibling with Down syndrome; cousin with Hunter syndrome (MPS II). Vaccines: DTaP #5, IPV #4, MMRV #2. Fluoride varnish. Reviewed booster seat until 4 ft 9 in, swim lessons, screen time < 1 h/day.
""")

T("neg10_icu_flow", """
0400 ICU progress: Vent AC/VC 450/14/PEEP 8/FiO2 40%, Pplat 24, driving pressure 16. ABG 7.36/42/88/23. RASS -2 on propofol 20 mcg/kg/min, CAM-ICU negative. Norepi 0.05 mcg/kg/min, MAP 68. Lines: R IJ CVC day 4, L radial A-line, Foley day 5 (CAUTI bundle - d/c today), R JP drain 30 mL/8h, Swan-Ganz removed. I/O +1.2 L. SOFA 7, APACHE II 21. SAT/SBT at 0800 if FiO2 <= 40. Stress ulcer ppx pantoprazole 40 IV daily, DVT ppx heparin 5000 SC q8h.
""")

T("neg11_ophtho", """
VA cc: OD 20/40, OS 20/20. Ishihara 14/14 OU. Goldmann applanation 22/19 at 0915. Gonioscopy open to CBB 360 OU. Amsler normal OS. CDR 0.6/0.4, RNFL thinning inferotemporal OD on OCT. HVF 24-2: OD superior arcuate defect, MD -4.8 dB. Dx: POAG OD, glaucoma suspect OS. Start latanoprost 0.005% 1 gtt OD qHS, goal IOP < 17. SLT discussed. RTC 6 wk for IOP check, repeat HVF in 4 months.
""")

T("neg12_psych_scales", """
Psych f/u: 58 yo with MDD recurrent, severe (F33.2), and GAD. PHQ-9 18 -> 11, GAD-7 15 -> 9, HAM-D 17 item 16, BDI-II 24. MoCA 24/30, Mini-Cog 3/5. Hx EtOH use disorder, concern for Wernicke-Korsakoff previously - on thiamine 100 mg. No Capgras or other delusions. C-SSRS screen negative. Plan: increase sertraline 100 -> 150 mg, continue CBT weekly, lithium augmentation considered if < 50% response by 8 wk. TMS referral if fails 4th trial.
""")

T("neg13_policy", """
PATIENT INSTRUCTIONS - ANTICOAGULATION CLINIC
Clinic hours are Monday through Friday, 8:00 AM to 4:30 PM. Lab draws for INR are done Tuesday and Thursday mornings. Please arrive 15 minutes early. Bring your yellow warfarin book to every visit. Eat a steady amount of vitamin K foods (spinach, kale, broccoli) each week. Do not start aspirin, ibuprofen or herbal products such as ginkgo or St. John's wort without asking. Medicare Part B and most Medicaid plans cover INR monitoring. If you fall and hit your head, go to the nearest emergency department right away. Per The Joint Commission NPSG.03.05.01 we review your medicines at every visit.
""")

T("neg14_renal", """
Nephrology: 81M with CKD G4A3 (eGFR 22 by CKD-EPI 2021, CrCl 19 by Cockcroft-Gault), DKD + hypertensive nephrosclerosis. K 5.4, HCO3 19, PTH 188, phos 5.1, Hgb 9.8. UPCR 2.3 g/g. Started sodium bicarbonate 650 mg TID, patiromer 8.4 g daily. Discussed RRT options: in-center HD (Kt/V goal > 1.2, URR > 65%), PD (Tenckhoff), conservative care. Vein mapping ordered; avoid BP/IV in L arm. Hep B series 3 of 4. Transplant eval - not candidate at this time per age/frailty (CFS 6).
""")

T("neg15_gi", """
GI: cirrhosis (NASH), Child-Pugh B8, MELD-Na 18. EGD: LA grade B esophagitis, short-segment Barrett (C1M2), grade 2 varices banded x3, Mallory-Weiss tear without stigmata, duodenal ulcer Forrest IIa - 2 clips + epi 1:10,000. Glasgow-Blatchford 12, Rockall 5. Prior Roux-en-Y 2015, Nissen fundoplication 2009, cholecystectomy. Hx Billroth II excluded. Plan: IV PPI 80 mg bolus then 8 mg/h x 72 h, octreotide 50 mcg/h, ceftriaxone 1 g daily x 7 days, repeat EGD in 2-4 wk, lactulose titrate to 2-3 BMs. Whipple not indicated.
""")


# ---------------------------------------------------------------- build + verify
MARK = re.compile(r"\{([A-Z]+)\|([^{}|]+)\}")


def category(tid):
    for pre in ("note", "query", "neg"):
        if tid.startswith(pre):
            return pre
    raise ValueError("bad id prefix: " + tid)


def build(tid, src):
    out = []
    nbytes = 0
    spans = []
    pos = 0
    for m in MARK.finditer(src):
        before = src[pos:m.start()]
        out.append(before)
        nbytes += len(before.encode("utf-8"))
        abbr, value = m.group(1), m.group(2)
        if abbr not in ABBR:
            raise SystemExit("%s: unknown abbreviation %r" % (tid, abbr))
        vb = len(value.encode("utf-8"))
        spans.append({"bstart": nbytes, "bend": nbytes + vb, "kind": ABBR[abbr],
                      "_value": value})
        out.append(value)
        nbytes += vb
        pos = m.end()
    out.append(src[pos:])
    text = "".join(out)
    if "{" in text or "}" in text:
        raise SystemExit("%s: leftover brace in text" % tid)
    return text, spans


def edge_ok(value, kind):
    if not value or value != value.strip():
        return False
    first, last = value[0], value[-1]
    if not (first.isalnum() or (kind in ("PHONE", "FAX") and first in "(+")):
        return False
    return last.isalnum()


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "notes.jsonl")
    ids = set()
    expected = {}
    with open(path, "w", encoding="utf-8") as fh:
        for tid, src in TEXTS:
            if tid in ids:
                raise SystemExit("duplicate id " + tid)
            ids.add(tid)
            category(tid)
            text, spans = build(tid, src)
            expected[tid] = [s["_value"] for s in spans]
            rec = {"id": tid, "text": text,
                   "spans": [{k: s[k] for k in ("bstart", "bend", "kind")} for s in spans]}
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")

    # ---- re-read and verify
    errors = []
    kind_counts = collections.Counter()
    cat_texts = collections.Counter()
    cat_spans = collections.Counter()
    cat_kind = collections.defaultdict(collections.Counter)
    n = 0
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            n += 1
            tid, text, spans = rec["id"], rec["text"], rec["spans"]
            cat = category(tid)
            cat_texts[cat] += 1
            b = text.encode("utf-8")
            if "{" in text or "}" in text:
                errors.append("%s: leftover brace" % tid)
            if cat == "neg" and spans:
                errors.append("%s: hard negative has spans" % tid)
            if cat != "neg" and not spans:
                errors.append("%s: no spans" % tid)
            vals = expected[tid]
            if len(vals) != len(spans):
                errors.append("%s: span count mismatch" % tid)
            prev_end = -1
            for i, s in enumerate(spans):
                bs, be, kind = s["bstart"], s["bend"], s["kind"]
                if kind not in ABBR.values():
                    errors.append("%s: bad kind %s" % (tid, kind))
                if not (0 <= bs < be <= len(b)):
                    errors.append("%s: bad offsets %r" % (tid, s))
                    continue
                if bs < prev_end:
                    errors.append("%s: overlap/unsorted at %d" % (tid, bs))
                prev_end = be
                try:
                    val = b[bs:be].decode("utf-8")
                except UnicodeDecodeError:
                    errors.append("%s: span not on char boundary %r" % (tid, s))
                    continue
                if i < len(vals) and val != vals[i]:
                    errors.append("%s: span text %r != marked %r" % (tid, val, vals[i]))
                if not edge_ok(val, kind):
                    errors.append("%s: bad span edge %r (%s)" % (tid, val, kind))
                kind_counts[kind] += 1
                cat_spans[cat] += 1
                cat_kind[cat][kind] += 1
    if errors:
        for e in errors:
            print("ERROR:", e)
        sys.exit(1)

    print("texts: %d   spans: %d" % (n, sum(kind_counts.values())))
    print("\nper kind:")
    for k in ABBR.values():
        print("  %-16s %4d" % (k, kind_counts[k]))
    print("\nper category:")
    for c in ("note", "query", "neg"):
        print("  %-6s texts %3d  spans %4d" % (c, cat_texts[c], cat_spans[c]))
    print("\nOK: all checks passed ->", path)


if __name__ == "__main__":
    main()

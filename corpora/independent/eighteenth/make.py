#!/usr/bin/env python3
"""Hand-written PHI test corpus: clinician/staff queries to an AI assistant or
EHR search, plus PHI-free hard negatives.  Inline markup {ABBR|value} is
stripped and converted to UTF-8 byte-offset spans in notes.jsonl."""
import json
import os
import re
from collections import Counter

KINDS = {
    "N": "NAME", "ST": "STREET_ADDRESS", "C": "CITY", "CO": "COUNTY",
    "Z": "ZIP", "G": "GEO", "D": "DATE", "A": "AGE_90_PLUS", "P": "PHONE",
    "F": "FAX", "E": "EMAIL", "SSN": "SSN", "MRN": "MRN",
    "HP": "HEALTH_PLAN_ID", "AC": "ACCOUNT_NUMBER", "LIC": "LICENSE_NUMBER",
    "VEH": "VEHICLE_ID", "DEV": "DEVICE_ID", "URL": "URL",
    "IP": "IP_ADDRESS", "OID": "OTHER_ID",
}

QUERIES = [
("q01", """Can you summarize this CT in plain language for the family meeting tomorrow? Pt is {N|Marguerite Okonkwo-Bell}, {A|91} y/o F, MRN {MRN|00482913}.

CT ABDOMEN/PELVIS WITH IV CONTRAST — {D|03/14/2024} 07:52
IMPRESSION:
1. Dilated small bowel loops with a transition point in the right lower quadrant, compatible with adhesive small bowel obstruction.
2. No pneumoperitoneum or pneumatosis.
3. Sigmoid diverticulosis without diverticulitis.
Compared with prior CT of {D|11/02/2021}.
Electronically signed by {N|Haruto Sato}, MD

Son {N|Desmond} is HCP and will be there."""),

("q02", """labs for {N|hope castillo} since {D|jan 3}? mostly want cr and k trend, she got contrast {D|1/2} at {G|st vincent's}"""),

("q03", """Please draft a letter to the patient's daughter explaining that the home health referral was declined and what the next steps are. Keep it warm but short.

Daughter: {N|Faith Bishop}, {ST|2217 Old Orchard Ln}, {C|Sedalia}, MO {Z|65301}
Patient: {N|Lorraine Bishop}, DOB {D|8/22/1931}
Referral sent {D|May 2} to {G|Heartland Home Health}; declined {D|May 9} (no RN coverage in their area).
Alternative agency we can try: {G|Golden Valley Visiting Nurses}, {P|(660) 827-3190}.
Sign it from me, Dr. {N|Anand Raghavan}, {G|Bothwell Internal Medicine}, {P|(660) 826-4410}."""),

("q04", """is dr {N|wood} still covering for {N|kwame mensah-bonsu} this wknd or did that switch to {N|hollis}"""),

("q05", """pts on my anticoag list — which ones are overdue for INR (goal q4wk)?
{N|Ramírez, Luz}        MRN {MRN|7730158}   last INR {D|3/28}
{N|O'Sullivan, Padraig}  MRN {MRN|7730442}   last INR {D|4/19}
{N|Nguyen Thi Mai}      MRN {MRN|7729917}   last INR {D|2/14}
{N|Kowalczyk, Bogdan J}  MRN {MRN|7731006}   last INR {D|4/30}
{N|King, Will}          MRN {MRN|7730870}   last INR {D|1/9}
{N|Achterberg, Johanna}  MRN {MRN|7731552}   last INR {D|4/2}
{N|Osei, Kofi}          MRN {MRN|7729460}   last INR {D|3/11}
today is {D|5/6}"""),

("q06", """whats the fax # for {G|st agnes wound clinic}, need to send {N|june wood}'s last 2 notes over"""),

("q07", """Interpret please:

Patient: {N|ADEYEMI, OLUWASEUN}    DOB: {D|11/02/1958}    MRN: {MRN|A2290471}
Collected: {D|02/17/2024} 06:10    Accession: {OID|24-048-00913}
Na 128 (L)  K 5.9 (H)  Cl 96  CO2 18 (L)  BUN 64 (H)  Cr 3.4 (H)  Glu 212 (H)
Ordering: {N|PATEL, NIRMALA} MD

Is this AKI on CKD or something else? Baseline Cr was 1.6 in {D|October 2023} and 2.0 on {D|1/22/24}. He started ibuprofen for gout about a week ago."""),

("q08", """refill req from {N|rose brown} lisinopril 20 daily, last seen {D|9/12/23}, bp 128/76 then. ok to send 90d?"""),

("q09", """Can you help me write a prior auth appeal for {N|Tomasz Wiśniewski} (DOB {D|4/30/1967}), member ID {HP|XKW884201937}, for dupilumab? Denied on {D|01/08/2024}, claim # {OID|CLM-5520193847}. He has failed high-potency topical steroids, tacrolimus ointment, and 24 sessions of NB-UVB at {G|Lakeshore Dermatology} since {D|March 2022}. EASI today 31."""),

("q10", """find notes by {N|ahmed farouk} re chest tube on {N|gloria major}, placed {D|4/2} pulled {D|4/6}"""),

("q11", """Patient called saying she was seen at {G|Mercy Hospital} in {C|Iowa City} on {D|6/3} for chest pain and they did a stress test (ordered by a Dr. {N|Brennan}). Her name is {N|Mercy Adjei} and her callback is {P|319-555-0187}. Can you find the outside records or tell me how to request them through Care Everywhere?"""),

("q12", """dose adjust vanc for {A|94}yo m, cr 2.1, wt 58 kg, cellulitis"""),

("q13", """pt {N|gao xiaoming} ssn {SSN|412-73-9058} — registration has wrong dob, should be {D|7/19/1949} not {D|7/9/1949}. billing acct {AC|40019928371} also linked to wrong guarantor. who fixes this, HIM or patient access?"""),

("q14", """Draft a return-to-work letter. {N|Kevin De la Cruz} was seen in clinic {D|February 20, 2024} for a lumbar strain after a lifting injury at work ({G|Tyson Foods} plant in {C|Noel}). He may return {D|2/26} with a 20 lb lifting restriction for two weeks, then full duty if no red flags. Employee ID {OID|TF-0087321}. From {N|Siobhan Kearney}, PA-C, license {LIC|PA-0041187}."""),

("q15", """any echo on file for {N|van der Berg, Pieter}? he says there's an outside one from {G|UMC Utrecht} maybe {D|2019-11-05}"""),

("q16", """Fill in the blanks on this referral fax for me and tell me what else peds endo usually wants attached:

FROM: {G|Riverbend Pediatrics}, {ST|1200 Commerce St Ste 210}, {C|Natchez}, MS {Z|39120}
Ph {P|601-555-0770}    Fax {F|601-555-0771}
TO: {G|Batson Children's Hospital} — Pediatric Endocrinology
RE: {N|Jaylen Whitehorse}    DOB {D|05/05/2011}    Medicaid {HP|MS2204417803}
Reason: new-onset T1DM, A1c 11.2%, no DKA
Referring: {N|Corinne Delacroix}, MD"""),

("q17", """Can you put this in simple terms for the patient?

SURGICAL PATHOLOGY REPORT
Patient: {N|Whitfield, April M.}
MRN: {MRN|100384552}     Acct: {AC|800129934471}
Specimen: {OID|S24-11873} — Skin, left dorsal forearm, shave biopsy
Date of procedure: {D|04/02/2024}     Received: {D|04/03/2024}
DIAGNOSIS: Basal cell carcinoma, nodular type, extending to the deep margin.
Pathologist: {N|Ifeoma Nwachukwu}, MD
Clinician: {N|Rachel Abernathy}, MD"""),

("q18", """ct head from osh for {N|juan pablo restrepo} (scan {D|3/2}) — disc came in but the viewer on {IP|10.42.118.7} wont load it. is there another pacs station i can use"""),

("q19", """summarize last 3 visits for {N|nadia haddad}, she sees dr {N|lindqvist} on {D|5/16} and wants to know why her ferritin keeps dropping. sister {N|leila} has hemochromatosis if that matters"""),

("q20", """Hi, I need to update the emergency contact for {N|Ewa Zielińska}. The new contact is her son {N|Marek Zieliński}, {P|(718) 555-2291}, email {E|marek.zielinski77@gmail.com}. The old one was her late husband {N|Jerzy}. Which field in the chart do I use, and does she need to sign anything?"""),

("q21", """{A|102} yo f from {G|sunrise of bethesda} w/ fall, on eliquis 2.5 bid, small SDH — reversal with andexanet or kcentra? dtr {N|june castellano} is hcp, {P|301-555-0146}"""),

("q22", """write discharge instructions in spanish for {N|guadalupe treviño}, chf exacerbation, 2g Na, daily weights, f/u with dr {N|salas} on {D|4/22}. son {N|héctor} will go over it with her"""),

("q23", """I'm filling out the BMV medical form for {N|Harold Youngblood}. His driver's license number is {LIC|RK418209}, and he had a syncopal episode on {D|January 27th} while at {G|Kroger} in {C|Chillicothe}. Loop recorder showed nothing. Does Ohio require an event-free interval before driving after unexplained syncope?"""),

("q24", """pull the mvc note — pt {N|dmitri volkov} was driver, plate {VEH|8KTR442} per CHP report, came in by ems {D|11/30} ~2200. passenger {N|yelena volkova} went to {G|ucla}. lawyer's office calling for records, what do i need from them"""),

("q25", """Can you check whether the pacemaker with serial number {DEV|PJN603218S} for {N|Cornelius Boateng} is on the current Medtronic advisory? It was implanted {D|9/2017} at {G|Bon Secours St. Francis} by Dr. {N|Lawrence Whitcomb}. His wife {N|Abena} says he got a letter about it."""),

("q26", """is {N|grant young} the SW on 5 north now or is it still {N|paige}? need someone for mr. {N|ferreira-dias} dispo today"""),

("q27", """Please draft a formal letter to the medical records office at {G|Komfo Anokye Teaching Hospital}, {C|Kumasi}, Ghana, requesting records for {N|Yaw Asante-Darko}, who was admitted there from {D|12 December 2023} to {D|2 January 2024} with typhoid ileal perforation and had a laparotomy. He is now in our clinic with a persistent enterocutaneous fistula. Ask for the operative note, discharge summary and culture results. Our fax is {F|+1 (614) 555-0932} and my email is {E|luiza.ferreira@osu-gsclinic.example.org}. I'm Dr. {N|Luiza Ferreira}, general surgery."""),

("q28", """which of these are boarding > 6h? trying to escalate

BED  PATIENT                   AGE  CC         ARRIVED
4    {N|MCCOY, TIANA}              29   abd pain   {D|05/12} 02:14
7    {N|SOKOLOV, ARKADY}           {A|95}   fall       {D|05/12} 06:40
9    {N|DIALLO, MARIAMA}           44   SOB        {D|05/11} 23:55
12   {N|O'BRIEN, SEAMUS}           81   CP         {D|05/12} 01:02
HT2  {N|REYES-MORALES, ANGELICA}   3    fever      {D|05/12} 07:30
15   {N|ABERNATHY-KING, JUNE}      58   HA         {D|05/12} 03:47
H1   {N|TRAN, DUC MINH}            {A|90}   weakness   {D|05/11} 21:20
now 09:15"""),

("q29", """Help me triage my in-basket, most urgent first:

1. {N|Chen, Wei-Ling} ({D|Sunday the 7th}) — "No one called me back about the mammogram callback from {D|April 2}. Is it cancer?"
2. {N|Oyelowo, Babatunde} (Mon {D|4/8}) — "BP at home 182/104 this morning, headache, took extra amlodipine"
3. {N|Dubois, Marie-Claire} (Mon {D|4/8}) — "Can I get my Ozempic refill sent to the new pharmacy?"
4. {N|Young, Bartholomew} (Sun {D|4/7}) — "My wife {N|Gwen} says I'm more confused since the new bladder pill"
5. {N|Ruiz, Esperanza} (Fri {D|4/5}) — form for {G|Lincoln Middle School} sports physical"""),

("q30", """Which of these need the high-dose or adjuvanted flu shot vs standard?
{N|Alma Ruiz} {D|03/11/1950}
{N|Terrence Wood} {D|12/02/1961}
{N|Pham Van Long} {D|06/30/1944}
{N|Brigid Nolan} {D|09/09/1932}
{N|Ikechukwu Eze} {D|01/15/1989}
{N|Hope Delgado-Marsh} {D|10/31/1958}
{N|Faisal Al-Rashid} {D|07/04/1940}
{N|Grace Mwangi-Otieno} {D|02/28/2003}"""),

("q31", """which of these resp panels are still pending? need to clear isolation beds

{N|will hernandez}     spec {OID|C19-220871}   coll {D|12/26} 1410
{N|sanjay iyer}        spec {OID|C19-220894}   coll {D|12/26} 1622
{N|marisol quintero}   spec {OID|C19-220902}   coll {D|12/26} 1705
{N|deshawn carter}     spec {OID|C19-220915}   coll {D|12/27} 0040
{N|agnieszka dudek}    spec {OID|C19-220931}   coll {D|12/27} 0315"""),

("q32", """Can you write a short condolence card to the family of {N|Eleanor Pruitt}, who died on {D|March 3}? She was {A|97} and had been our patient at {G|Rosewood Family Practice} for over 30 years. Her husband is {N|Walter} and her daughter {N|Anne Pruitt-Lowe} was with her most days. I'd like it to sound like it's from the whole office, signed by me (Dr. {N|Okafor}) and {N|Tamsin}, our nurse."""),

("q33", """new addr for {N|keisha lamont}: {ST|1409 w 5th ave apt 3}, {C|gary} in {Z|46404}. she moved from {C|hammond}. how do i update w/o her here + does that change her {CO|lake county} medicaid office"""),

("q34", """Reconcile these against our med list for {N|Svetlana Morozova} please (fill history from {G|Elgin Family Pharmacy}):
- metoprolol succinate 50 mg daily, last fill {D|2/2/24}
- apixaban 5 mg BID, last fill {D|1/28/24}
- furosemide 40 mg daily, last fill {D|12/19/23}
- atorvastatin 40 mg nightly, last fill {D|10/4/23}
Prescriber on all: {N|B. Kaminski}
Our list also has amiodarone 200 mg daily started {D|11/15/23} by cardiology."""),

("q35", """np note for {N|lópez-garcía, maría josé} {D|5/1} — cant find it, was it signed? np was {N|kathleen doyle}, cosign dr {N|abara}"""),

("q36", """who ordered the mri brain on {N|bao tran}? order {OID|ORD-33810472}, radiology says no indication entered, placed {D|4/29}"""),

("q37", """ECHO REPORT   {D|2024-02-09}
Name: {N|Hussain, Farah}   Age: 67   MRN {MRN|55-208-113}
LVEF 35-40%, moderate functional MR, RVSP 48 mmHg, LA mildly dilated. Prior study {D|2022-08-30}: LVEF 50%.
Sonographer: {N|T. McAllister}   Reader: {N|Gideon Adebayo-Lewis}, MD

what GDMT is she missing if she's only on carvedilol 12.5 bid and lasix 20? K 4.6, eGFR 52"""),

("q38", """Please help me draft a letter to Judge {N|Ramona Whitaker} supporting {N|Darnell King}'s request for a medical continuance. His hearing is set for {D|June 18}, case no. {OID|2024-CR-00418}, in {CO|Wyandotte County}. He had a hip fracture repaired on {D|May 29} and is at {G|Kindred Rehabilitation of Kansas City} until at least {D|June 25}. He is non-weight-bearing and cannot sit for more than an hour. Sign it from Dr. {N|Esther Nakamura-Blake}, {G|KU Orthopedics}."""),

("q39", """mychart msg from {N|precious nwosu}: "can i take tylenol with my new meds and is my video visit still at 2" — she's on sertraline + lamotrigine. draft a reply and include the visit link {URL|https://telehealth.northstarhealth-example.org/join/8XK2PQ91}"""),

("q40", """transfer req from {G|baptist memorial golden triangle} in {C|columbus}: {N|lula mae jenkins}, {A|90}, hip fx, on coumadin, inr 3.4. is dr {N|harmon} accepting for ortho tonight? callback {P|662-555-0119 ext 4}"""),

("q41", """when did {N|beatriz souza} get her last morphine? nurse {N|kim} says 0300 but mar shows 0130, charted by {N|t. bradshaw}"""),

("q42", """Patient {N|Jerome Lafleur} — Medicaid ID {HP|LA0048812765}, SSN {SSN|437-88-1209} — says his coverage lapsed {D|3/31/2024} when he got the job at {G|Ochsner St. Mary}. Is there a way to check eligibility from inside the chart, or does registration need to call?"""),

("q43", """can u find the old paper chart for {N|jóhann sigurðsson}? seen here around {D|aug 2015} before the epic conversion, dob {D|2/3/1972}, old chart # {OID|P-0048812}"""),

("q44", """Write a school excuse note for {N|Ayesha Siddiqui} (DOB {D|10/14/2014}) who was seen today, {D|4/11}, for strep pharyngitis. She can return to {G|Hawthorne Elementary} on Monday, {D|4/15}, after 24 hours of amoxicillin. Parent: {N|Imran Siddiqui}. Signed {N|Rebecca Thornquist}, MD."""),

("q45", """{N|bishop} in 14 pulled his ngt again, do i need a new restraint order or does the one from {D|5/3} cover it? fam also wants to talk to chaplain {N|mercy oyelaran}"""),

("q46", """dexa results {N|yolanda pierce} {D|12/5/23} vs prior {D|nov 2021}"""),

("q47", """Epic keeps logging me out on workstation {IP|172.16.40.212} in the 3 east med room, every ~5 min. My badge is {OID|88213}, user {N|Rutendo Chikwanha}. Who do I ticket, and is there a workaround until it's fixed?"""),

("q48", """My patient {N|Ingrid Johansson} ({A|93}) needs home O2. The DME company is {G|Apria} and their intake fax is {F|866-555-0144}. Can you draft the CMN justification? Qualifying sat was 86% on RA at rest on {D|4/3/24}, 93% on 2 L. Diagnosis COPD with chronic hypoxemic respiratory failure. Her daughter {N|Karin} will be the contact."""),

("q49", """is this the right link for {N|pedro almeida}'s outside imaging? {URL|https://share.imagecloud-example.com/s/Q7vX2kLm9} — the osh ({G|st luke's meridian}) sent it friday {D|3/8}"""),

("q50", """{N|hanna müller-schmidt} lab from germany dated {D|01.03.2024}, hba1c 58 mmol/mol — whats that in %? also ldl 3.9 mmol/l. her hausarzt was dr {N|bäumer} in {C|münster}"""),

("q51", """Turn this into a clean sign-out table:

rm 402  {N|Castellanos, Rubén}  71M  DKA, gap closed, off drip, adm {D|5/9}
rm 405  {N|Fitzgerald, Nora}  {A|92}F  UTI/delirium, sitter, adm {D|5/7}
rm 409  {N|Abubakar, Hauwa}  38F  vaso-occlusive crisis, PCA, adm {D|5/10}
rm 411  {N|Lee, Min-jun}  60M  CAP on 2L, adm {D|5/10}
rm 415  {N|Brown, Rose Ellen}  77F  cellulitis, MRSA nares neg, adm {D|5/8}
rm 418  {N|Haddad, Youssef}  83M  GI bleed, EGD {D|5/11} clean base ulcer, adm {D|5/10}
Covering tonight: {N|Declan Murphy} x4417, backup {N|Priya Venkataraman}"""),

("q52", """Who's the PCP for {N|Theodore Wainwright}? He says it's Dr. {N|Amara Oduya} at {G|Northside Family Health} but the chart still lists Dr. {N|Feldman}, who retired in {D|December 2022}."""),

("q53", """vaccine record request — {N|liam o'connor} born {D|2/29/2020}, mom {N|aoife} says he got mmr at {G|bright horizons pediatrics} in {C|yonkers} before they moved"""),

("q54", """insulin pump serial {DEV|OT4-771902K} alarming 'no delivery' for {N|kayla brooks}, 15yo, who do i call at tandem and can we bridge with sq glargine. mom {N|tasha} is at {P|(414) 555-0193}"""),

("q55", """Draft a letter of medical necessity for a power wheelchair for {N|Rosalind Page}, {A|90}, who lives alone at {ST|31 Chestnut Hill Rd}, {C|Brattleboro}, VT {Z|05301}. She was evaluated by PT {N|Marcus Holloway} on {D|4/8/2024} — unable to complete 6MWT, manual chair propulsion <20 ft due to bilateral shoulder OA and HFrEF (EF 25%). Face-to-face visit with me was {D|4/15/2024}. I'm {N|Olumide Bankole}, MD."""),

("q56", """did {N|ngozi} in 7b get her 2nd unit yet, h/h still 6.8/20"""),

("q57", """Patient {N|Alejandro Fuentes}, admitted to ICU. Security says his car (plate {VEH|7HGX339}, silver Camry) has been in the ED lot since Friday {D|5/10} and will be towed. Can social work reach his brother {N|Rodrigo Fuentes} at {P|(956) 555-3318}?"""),

("q58", """find all notes from {G|harborview} with dr {N|suzuki} between {D|3/1} and {D|3/15}, pt {N|wanjiru kamau}"""),

("q59", """Rewrite this at a 6th-grade reading level and I'll send it to {E|barbara.kowalski55@yahoo.com}: "Your colonoscopy on {D|22 March} demonstrated two sessile polyps in the ascending colon which were removed with cold snare polypectomy. Histology is pending." Patient is {N|Barbara Kowalski}, path ref {OID|GI-24-03311}."""),

("q60", """pt {N|jun takahashi} lives at {ST|77 harbor rd}, {C|gig harbor} {Z|98335} — is that {CO|pierce county} or {CO|kitsap county}? need it for the medicaid form, due {D|6/1}"""),
]

NEGATIVES = [
("neg01", """What's the Wells score cutoff for PE likely vs unlikely, and does a D-dimer of 480 ng/mL FEU rule it out in a 62-year-old, or should I be using an age-adjusted cutoff (age x 10)?"""),
("neg02", """child-pugh vs meld-na for tips candidacy — bili 3.2, inr 1.9, alb 2.6, na 129, mild ascites. which matters more"""),
("neg03", """los angeles grade C esophagitis on EGD, started omeprazole 40 bid. when to repeat scope, 8 or 12 wk?"""),
("neg04", """Is Hashimoto's with TPO antibodies >600 IU/mL an indication to start levothyroxine if TSH is 6.8 and free T4 is normal? Patient is 34 and trying to conceive."""),
("neg05", """Bishop score 5 in a G2P1 at 39+2 — cervical ripening with misoprostol 25 mcg PV q4h or Foley balloon first? No prior cesarean."""),
("neg06", """apgar 3 and 7 at 1 and 5 min, 36 wk, cord pH 7.02, BE -14. meets criteria for therapeutic hypothermia? sarnat stage 2 on exam"""),
("neg07", """Will HOPE-3 data on rosuvastatin 10 mg apply to a 72-year-old with LDL 128 and no diabetes, or is the PREVENT calculator the better guide now?"""),
("neg08", """parkinson's pt on carbidopa-levodopa 25/100 tid with wearing off at 2.5 h. add entacapone 200 or rasagiline 1 mg first?"""),
("neg09", """GCS 9 (E2V2M5) after a fall, CT shows 6 mm SDH with 3 mm midline shift. Intubate for airway protection now or observe in the neuro ICU? Keppra 500 mg bid started."""),
("neg10", """vanc trough 18.4 on 1250 q12h, AUC estimated 640. target 400-600 — drop to 1000 q12 or 1250 q18?"""),
("neg11", """May I crush Eliquis 5 mg tablets and give them through a 12 Fr NG tube, or should we switch to enoxaparin 1 mg/kg q12h while NPO?"""),
("neg12", """jacksonian march starting in the left hand, lasting 90 sec, no LOC. workup beyond MRI w/wo and EEG? on no meds"""),
("neg13", """Modified Duke criteria (2023 ISCVID update) — does Coxiella burnetii phase I IgG ≥1:800 count as a major criterion? TEE showed 8 mm vegetation on the mitral valve."""),
("neg14", """Rose bengal vs fluorescein for grading dry eye — does lissamine green replace both? Schirmer 4 mm at 5 min both eyes."""),
("neg15", """Crohn's with perianal fistula — go straight to infliximab 5 mg/kg at weeks 0, 2, 6 or start with adalimumab 160/80? TPMT normal, quantiferon neg"""),
("neg16", """Mallampati 4, BMI 47, STOP-BANG 6/8, neck circumference 48 cm. Awake fiberoptic or video laryngoscope with a bougie as plan A?"""),
("neg17", """kawasaki w/ ivig resistance (still febrile 36 h after 2 g/kg) — second ivig dose vs infliximab vs methylpred pulse? z-score LAD 2.8"""),
("neg18", """Guillain-Barré: when do we intubate — is the 20/30/40 rule (VC <20 mL/kg, NIF weaker than -30, PEF/MEP <40) still the standard? FVC was 1.9 L at 0800 and 1.6 L at 1400."""),
("neg19", """ann arbor stage IIB hodgkin lymphoma, bulky mediastinal mass — ABVD x6 or escalated BEACOPP? PET-2 Deauville 4"""),
("neg20", """New York Heart Association class III, EF 30%, already on sacubitril/valsartan 49/51 and metoprolol succinate 100. Add an SGLT2 inhibitor regardless of diabetes status? eGFR 41."""),
("neg21", """Denver shunt vs TIPS vs serial large-volume paracentesis for refractory ascites when MELD is 22? Needing 8 L taps every 10 days."""),
("neg22", """klebsiella pneumoniae ESBL in urine >100,000 CFU/mL, pt 84 y/o asymptomatic, chronic foley. treat or not? she's on 2 L NC for unrelated reasons"""),
("neg23", """Austin Flint murmur vs mitral stenosis on exam — how do you tell them apart at the bedside? Grade 2/6 mid-diastolic rumble at apex, severe AR on echo."""),
("neg24", """King's College criteria for acetaminophen ALF — is it arterial pH <7.30 after fluid resuscitation, or INR >6.5 + Cr >3.4 + grade III/IV encephalopathy? 4-hour level was 312 mcg/mL."""),
("neg25", """addison's vs sheehan's — cosyntropin 250 mcg, cortisol 12 at 30 min and 14 at 60. ACTH pending. start hydrocortisone 15/5 now?"""),
("neg26", """Christmas disease (hemophilia B) patient needs a dental extraction — factor IX target level and for how long? Baseline FIX 4%, weight 70 kg."""),
("neg27", """Baker's cyst rupture vs DVT — popliteal US negative for thrombus, calf swelling 3 cm. is Homans sign worth documenting at all in 2024?"""),
("neg28", """wpw with af, rate 240, bp 104/60. procainamide 17 mg/kg vs ibutilide 1 mg? avoid diltiazem and adenosine right"""),
("neg29", """Grant application aside — for our QI project, what's the difference between the Charlson Comorbidity Index and the Elixhauser score for predicting 30-day readmission? We have ~4,200 admissions from 2019 to 2023."""),
("neg30", """page cards if troponin delta >5 ng/L at 1 h on the ESC 0/1h algorithm? initial hs-TnT 14, 1h 21, onset 3 h ago, ECG with Wellens pattern in V2-V3"""),
]

MARK = re.compile(r"\{(" + "|".join(sorted(KINDS, key=len, reverse=True)) + r")\|([^{}|]*)\}")


def parse(raw):
    out = []
    spans = []
    pos = 0          # position in raw
    blen = 0         # byte length of output so far
    for m in MARK.finditer(raw):
        before = raw[pos:m.start()]
        out.append(before)
        blen += len(before.encode("utf-8"))
        value = m.group(2)
        vb = len(value.encode("utf-8"))
        spans.append({"bstart": blen, "bend": blen + vb, "kind": KINDS[m.group(1)],
                      "_value": value})
        out.append(value)
        blen += vb
        pos = m.end()
    out.append(raw[pos:])
    text = "".join(out)
    if "{" in text or "}" in text:
        raise SystemExit("leftover markup in: " + text[:80])
    return text, spans


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    records = []
    ids = set()
    for group, items in (("q", QUERIES), ("neg", NEGATIVES)):
        for rid, raw in items:
            if rid in ids:
                raise SystemExit("duplicate id " + rid)
            ids.add(rid)
            text, spans = parse(raw)
            if group == "neg" and spans:
                raise SystemExit("negative with spans: " + rid)
            records.append((rid, text, spans))

    counts = Counter()
    path = os.path.join(here, "notes.jsonl")
    with open(path, "w", encoding="utf-8") as fh:
        for rid, text, spans in records:
            tb = text.encode("utf-8")
            clean = []
            for s in spans:
                got = tb[s["bstart"]:s["bend"]].decode("utf-8")
                if got != s["_value"]:
                    raise SystemExit(f"span mismatch in {rid}: {got!r} != {s['_value']!r}")
                if got != got.strip() or not got:
                    raise SystemExit(f"untrimmed/empty span in {rid}: {got!r}")
                counts[s["kind"]] += 1
                clean.append({"bstart": s["bstart"], "bend": s["bend"], "kind": s["kind"]})
            fh.write(json.dumps({"id": rid, "text": text, "spans": clean},
                                ensure_ascii=False) + "\n")

    # re-read and verify from disk
    with open(path, encoding="utf-8") as fh:
        n = 0
        for line in fh:
            obj = json.loads(line)
            tb = obj["text"].encode("utf-8")
            for s in obj["spans"]:
                assert 0 <= s["bstart"] < s["bend"] <= len(tb)
                tb[s["bstart"]:s["bend"]].decode("utf-8")
            n += 1

    print(f"texts: {n} ({len(QUERIES)} queries, {len(NEGATIVES)} negatives)")
    print(f"spans: {sum(counts.values())}")
    for kind in KINDS.values():
        print(f"  {kind:16s} {counts[kind]}")
    missing = [k for k in KINDS.values() if counts[k] < 2]
    if missing:
        print("WARNING: fewer than 2 spans for", ", ".join(missing))


if __name__ == "__main__":
    main()

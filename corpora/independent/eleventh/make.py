#!/usr/bin/env python3
"""Hand-labelled PHI test corpus ("eleventh").

Texts carry inline markup {ABBR|value}. Running this script strips the markup,
records UTF-8 byte offsets, writes notes.jsonl next to this file, re-reads it
and verifies every span, then prints counts per kind and per category.
Standard library only.
"""
import json
import os
import re
import sys
from collections import Counter

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
    "SSN": "SSN",
    "M": "MRN",
    "HP": "HEALTH_PLAN_ID",
    "AC": "ACCOUNT_NUMBER",
    "L": "LICENSE_NUMBER",
    "V": "VEHICLE_ID",
    "DV": "DEVICE_ID",
    "U": "URL",
    "IP": "IP_ADDRESS",
    "O": "OTHER_ID",
}

TEXTS = []


def add(tid, body):
    TEXTS.append((tid, body.strip("\n")))


# ---------------------------------------------------------------------------
# CLINICAL NOTES
# ---------------------------------------------------------------------------

add("note01_admit", """
ADMISSION H&P - Internal Medicine
Patient: {N|Okonkwo, Chidinma A}    MRN: {M|00482917}    DOB: {D|04/11/1958}
Encounter: {AC|E0029381744}   Admit date: {D|02/27/2024}   Attending: Dr. {N|Rebecca Lindqvist}   Unit: 6 North, Rm 614B
PCP: {N|Samuel Adeyemi}, MD, {G|Riverside Family Health Center}, {C|Dorchester}, MA
Home: {SA|41 Wellington Hill St, 2nd fl}, {C|Mattapan}, MA {Z|02126}

CC: SOB x 3 days

HPI: 65 yo F with HFrEF (EF 25% on TTE {D|Oct 2023}), CKD 3b, T2DM who presents with progressive DOE, 3-pillow orthopnea and ~4 kg weight gain since her clinic visit on {D|2/8}. Ran out of furosemide about a week ago. Daughter {N|Ngozi} (lives with pt; son {N|Chukwuemeka} is in {C|Houston}) says she has been eating takeout most nights. Denies CP, syncope.

Exam: BP 162/94, HR 104, SpO2 89% RA -> 95% on 2L NC. JVP to angle of jaw, +HJR, bibasilar crackles, 2+ pitting edema to knees.
Labs: Na 131, K 5.1, Cr 2.3 (baseline 1.8), BNP 2,840, hs-trop 38 -> 41 (flat).

A/P:
1. ADHF, NYHA III - IV furosemide 80 mg BID, strict I/O, daily wts, 1.5 L fluid restriction.
2. AKI on CKD, likely cardiorenal - trend BMP BID.
3. T2DM - hold metformin, SSI.
Dispo: anticipate 3-4 days. Emergency contact: {N|Ngozi Okonkwo} (daughter) {P|617-555-0148}.

{N|R. Lindqvist}, MD
""")

add("note02_progress_on", """
Family Medicine Progress Note - {G|Danforth Community Health Centre}
Patient: {N|Priya Raghunathan}   DOB: {D|1979-08-23}   OHIP: {HP|5842 917 336 KT}
Chart #: {M|DCH-0071834}   Visit: {D|2024-05-16}
Address: {SA|88 Cosburn Ave, Unit 5}, {C|Toronto}, ON {Z|M4K 2G5}   Cell: {P|416-555-0112}

S: 44F f/u hypothyroidism + new palpitations x2 wk. On levothyroxine 112 mcg daily, often takes it with her coffee. Husband {N|Arjun} says she's been "wired" and not sleeping. Works night shift at a bakery.
O: HR 98 reg, BP 128/76, wt 61.2 kg. Fine tremor. No goitre, no lid lag or other Graves features. TSH 0.08, fT4 24 pmol/L.
A: Iatrogenic hyperthyroidism - over-replacement.
P: Reduce to 100 mcg; repeat TSH in 6 wk. Reviewed taking on an empty stomach, 30-60 min before breakfast. Holter if palpitations persist once euthyroid.
cc: Dr. {N|Helen Vu}, Endocrinology, {G|Eastview General Hospital}

- {N|T. Mensah-Boateng}, MD CCFP
""")

add("note03_consult_renal", """
NEPHROLOGY CONSULTATION
Requested by: {N|Marcus Delacroix-Young}, DO (hospitalist)
Date of consult: {D|March 3, 2024}
Patient: {N|Lupe Tupou}   MRN {M|7720-1146}   Acct {AC|0091-552-306}

Reason: AKI, Cr 1.1 -> 3.4 over 48 h.

58M with HTN, gout on allopurinol, taking ibuprofen 800 mg TID for a gout flare since ~{D|2/24}. Received IV contrast for CTA chest on {D|2/29}. UOP ~600 mL/24h. Wife {N|Mele} at bedside interpreting (Tongan).
UA: SG 1.012, 1+ protein, no blood; sediment with muddy brown granular casts. FeNa 2.8%. Renal US: normal size, no hydro.

Impression: ATN, multifactorial (NSAID + contrast + volume depletion). No AEIOU indication for dialysis at this time.
Recs:
- Stop NSAIDs; colchicine 0.6 mg daily (renally adjusted) for the flare
- Avoid nephrotoxins, renally dose all meds
- BMP daily, strict I/O
- PCP Dr. {N|Kealoha} ({G|Kalihi Valley Family Clinic}, {P|808-555-0126}) to follow after discharge

{N|Anjali Bhattacharya}, MD, Nephrology fellow - seen and discussed with Dr. {N|Frank Osei}
""")

add("note04_discharge", """
{G|St. Brendan's Hospital} - DISCHARGE SUMMARY
Name: {N|Margaret O'Sullivan} ("{N|Peggy}")   Age: {A|94}   Sex: F   MRN: {M|H0093385}
Admitted: {D|11/02/2023}   Discharged: {D|11/09/2023}
Attending: {N|Kwame Asante}, MD
Discharged to: {G|Willowbrook Gardens Skilled Nursing}, {SA|410 Orchard Hill Rd}, {C|Worcester}, MA {Z|01609}, nursing station {P|508-555-0170}

Diagnoses: 1) L femoral neck fracture s/p cemented hemiarthroplasty {D|11/3}  2) Post-op delirium, resolved  3) CKD 3a

Hospital course: {A|94}-year-old woman who lives alone, mechanical fall at home. Ortho (Dr. {N|Yael Rosenthal}) performed hemiarthroplasty; uncomplicated. Delirium managed non-pharmacologically, CAM negative x 48 h before discharge. Hgb nadir 8.1, not transfused. Son {N|Brendan}, 68, is HCP; daughter-in-law {N|Siobhan O'Sullivan} is the best daytime contact, {P|(508) 555-0163}.

Discharge meds: acetaminophen 650 mg q6h, enoxaparin 40 mg SC daily x 28 days, oxycodone 2.5 mg q4h prn severe pain, senna-docusate 2 tabs qhs.
Follow-up: Ortho clinic in 2 weeks for wound check; PCP Dr. {N|Ruth Abramowitz} on {D|Nov 21}.
""")

add("note05_radiology_ct", """
EXAM: CT ABDOMEN AND PELVIS WITH IV CONTRAST
Patient: {N|HERNÁNDEZ, JOSÉ LUIS}   MRN: {M|552091-3}   DOB: {D|06-Jun-1961}
Accession: {O|CT24-0318772}   Exam date: {D|18-Mar-2024} 14:22
Ordering: {N|Grant Whitfield}, PA-C (NPI {O|1720486391})   Visit #: {AC|V240318-0066}
Comparison: CT A/P {D|09/2021} from {G|Valle Verde Imaging}, {C|El Paso}.

CLINICAL HISTORY: RLQ pain, fever, WBC 15.

FINDINGS:
Appendix is dilated to 13 mm with periappendiceal fat stranding and a 7 mm appendicolith at the base. No extraluminal gas or drainable collection.
Liver: 1.2 cm hypodensity in segment 6, too small to characterize, unchanged since 2021.
Kidneys: Bosniak I cyst, left interpolar region. No hydronephrosis.
Bowel otherwise unremarkable. No free fluid.

IMPRESSION:
1. Acute uncomplicated appendicitis.
2. Stable subcentimeter hepatic hypodensity, likely benign.
Findings called to {N|G. Whitfield} at 14:51 on {D|3/18/24}, read back confirmed.

Electronically signed by {N|Hyun-woo Park}, MD
""")

add("note06_pathology", """
SURGICAL PATHOLOGY REPORT
{G|Lakeshore Regional Medical Center} - Department of Pathology
Case: {O|SP-24-04417}   Collected: {D|04/01/2024}   Received: {D|04/02/2024}
Submitting site: {G|Lakeshore Breast Surgery Clinic}, {C|Evanston}, IL
Patient: {N|Kowalczyk, Dorota}   MRN: {M|LRMC88120034}   Age/Sex: 71/F
Surgeon: {N|Adebayo Ogunleye}, MD

SPECIMENS: A. Right breast, lumpectomy (short stitch superior, long stitch lateral). B. Sentinel lymph node #1.

DIAGNOSIS:
A. Invasive ductal carcinoma, Nottingham grade 2 (tubules 3 + nuclei 2 + mitoses 1 = 6/9), 1.4 cm.
   Margins negative; closest is anterior at 3 mm. DCIS, intermediate nuclear grade, ~10% of tumor.
B. One lymph node, negative for metastatic carcinoma (0/1); no ITCs on cytokeratin IHC.

BIOMARKERS (block A3): ER 95% strong, PR 40% moderate, HER2 IHC 1+ (negative), Ki-67 15%.
AJCC pathologic stage: pT1c pN0(sn)

Pathologist: {N|Mirela Petrović}, MD     Electronically signed {D|4/5/2024}
""")

add("note07_nursing", """
Nursing Note - Night shift   {D|6/5/24}
Pt: {N|Carter, Eleanor}   MRN {M|5530812}   Rm 512
0300 Pt resting, A&Ox3. Pain 3/10 L flank, declined prn. Foley draining clear yellow urine, 350 mL since 2300. Turned q2h, sacrum intact, heels floated. R FA PIV patent, NS @ 75.
0415 Pt's son {N|Will} called from {C|Spokane} asking for update; verified identity with password per pt's wishes. Updated on plan. He will fly in on {D|June 9} and asks for a callback if anything changes - {N|Will Carter} {P|509.555.0122}.
0600 POC glucose 142. AM labs drawn and sent. Bed alarm on, call light in reach, side rails x2.
0700 Report given to day RN.
- {N|Dawn Ferreira}, RN
""")

add("note08_pt_eval", """
PHYSICAL THERAPY INITIAL EVALUATION
Pt: {N|Bishop, Terrence}   DOB {D|12.01.1949}   Referring MD: Dr. {N|Li Na Zhou}
Home phone: {P|(301) 555-0165}
Date: {D|1/17/2024}   Dx: R TKA POD 1, primary OA

Subjective: Reports pain 6/10 at rest. Lives with wife {N|Loretta} in a 2-story home at {SA|2287 Piney Branch Ct}, {C|Silver Spring} {Z|20910}, 14 steps with L rail. PLOF: independent without AD, retired mail carrier, walked 2 miles daily.
Objective: R knee AROM 10-65 deg, extensor lag 15 deg. Quads 3-/5, hip abd 4/5. TUG 28 s with RW. Sit<>stand min A x1, bed mobility CGA.
Assessment: Below PLOF d/t post-op pain and quad inhibition. Good rehab potential.
Plan: PT BID, stair training, HEP issued, ice/elevation. D/c goal: home with outpatient PT at {G|Montgomery Hills Physical Therapy}.

{N|Kaitlyn Brennan}, PT, DPT
""")

add("note09_pharmacy", """
Pharmacy Consult - Vancomycin Dosing
Pt {N|Ahmad Al-Khatib} | MRN {M|3019774} | CSN {AC|118830274} | Date {D|8/22/23}
Wt 74 kg, SCr 1.0, est CrCl ~78 mL/min. Indication: MRSA bacteremia, BCx {D|8/20} 2/2 positive.
Plan: loading dose 1750 mg IV x1, then 1250 mg IV q12h. AUC24 goal 400-600; Bayesian estimate ~510. Levels around 4th dose.
Interaction/risk: concurrent piperacillin-tazobactam - increased AKI risk; suggest switch to cefepime if gram-negative coverage still needed. Monitor SCr daily.
Controlled substance review: outpatient oxycodone 5 mg #30 prescribed by Dr. {N|Paula Nwachukwu} (DEA {L|FN3847261}), filled {D|8/1/2023} at {G|Eastgate Pharmacy}. PDMP reviewed, no other fills.
- {N|Jun Tanaka}, PharmD, BCPS
""")

add("note10_socialwork", """
SOCIAL WORK ASSESSMENT
Pt: {N|Rosa María Villanueva}   DOB {D|May 2, 1968}   Medicaid ID: {HP|NM44071925X}
SSN (for SSI verification): {SSN|585-12-7740}   HMIS client #: {O|HMIS-2024-33817}
Referral reason: unstable housing, medically ready for discharge.

Pt reports she has been sleeping in her car (2009 Honda Civic, NM plate {V|AKR-614}) in the lot behind the {G|St. Vincent de Paul Family Shelter} since late January. Shelter front desk {P|505-555-0108}. Previously rented at {SA|1120 Calle del Sol Apt 3}, {C|Albuquerque}, NM {Z|87105}; evicted {D|12/2023}. Sister {N|Graciela} lives in {C|Las Cruces} but has "no room." Income SSI ~$943/mo. Denies SUD. Has a cell phone, {P|505-555-0191}, with limited minutes.

Plan:
1. Referral to housing navigator at {G|Casa Esperanza Center} ({CO|Bernalillo County}).
2. Medical respite bed application submitted.
3. Bus pass and pharmacy voucher provided for discharge meds.

{N|Hope Nakamura-Reyes}, LCSW
""")

add("note11_letter_ns", """
{G|Harbourview Cardiology Associates}
{SA|1800 Fenwick Street, Suite 410}
{C|Halifax}, NS  {Z|B3H 2Y9}
Tel {P|902-555-0190}   Fax {F|902-555-0191}
{E|referrals@harbourviewcardio.ca}   {U|www.harbourviewcardio.ca}

{D|June 12, 2024}

Dr. {N|Colleen MacIsaac}
{G|Cole Harbour Family Practice}

Re: Mr. {N|Desmond Ray}, DOB {D|03/30/1952}, HCN {HP|0012 345 678}

Dear Dr. {N|MacIsaac},
Thank you for referring Mr. {N|Ray}, a 72-year-old retired fisherman, for exertional chest tightness. Exercise treadmill test (Bruce protocol): 7:10 min, 8.6 METs, 1.5 mm horizontal ST depression in II, III and aVF at peak, resolving by 3 min of recovery; Duke treadmill score -0.5 (intermediate risk). Echo showed normal LV function.
I have started ASA 81 mg and rosuvastatin 20 mg and booked a CT coronary angiogram. He knows to present to the ED with rest pain.

Yours sincerely,
{N|Imran Chaudhry}, MD FRCPC
cc: Mr. {N|Desmond Ray}
""")

add("note12_psych", """
Outpatient Psychiatry - Follow-up
{N|Zhang Wei}, 29M   MRN {M|MB-448201}   Visit {D|2024-02-07}   Cell {P|415-555-0191}

Interval: Pt emailed on {D|2/3} from {E|zw.runner88@fastmail.com} reporting worse insomnia (2-3 h/night) after a work layoff. Denies SI/HI. Drinking 3-4 beers most nights "to sleep."
Collateral: partner {N|Mark Feldman} ({P|415 555 0137}) - no safety concerns, notes irritability.
MSE: casually dressed, fair eye contact, mood "stressed," affect constricted, linear, no psychosis, insight/judgment fair.
Scales: PHQ-9 16, GAD-7 12, AUDIT-C 6, C-SSRS screen negative.
Plan: sertraline 50 -> 100 mg daily; discussed alcohol and sleep; CBT-I referral to {G|Mission Bay Sleep Center}; RTC 4 wk or sooner prn.

{N|Ebele Nwosu}, MD
""")

add("note13_ed_mvc", """
ED PROVIDER NOTE - {G|Mercy Saint Jude Hospital}
MRN {M|MSJ-6602981}   FIN {AC|24186003912}   Arrival: {D|07/04/2024} 22:41 by EMS

{N|Darnell Hunter}, 34M, restrained driver, T-boned on the driver's side at ~35 mph, +airbag, self-extricated. Vehicle 2016 Ford F-150, VIN {V|1FTEW1EG5GFA23817} (for the police report). Other vehicle plate {V|8ZUX391} (fled scene). Officer {N|Kenji Watanabe} (badge {O|4471}) at bedside.
Primary survey intact. GCS 15. No seat belt sign. Canadian C-spine rule low risk, rotates 45 deg both ways - no imaging. FAST negative. CXR: no PTX, no widened mediastinum.
3 cm laceration L forearm, irrigated, repaired 4-0 nylon x6. Tdap updated.
Dispo: home with girlfriend {N|Shante Price} ({P|312.555.0149}); ibuprofen/acetaminophen, return precautions, suture removal 10 days.

{N|Olivia Grant}, MD
""")

add("note14_device", """
DEVICE CLINIC - Pacemaker Interrogation
{N|Bogdan Volkov}   MRN {M|0993318}   DOB {D|9/14/1939}   Ph {P|773-555-0125}
Device: Medtronic Azure XT DR MRI, SN {DV|RNB612458S}
RA lead 5076, SN {DV|PJN7782144}; RV lead 5076, SN {DV|PJN7790329}
Implanted {D|10/28/2021} by Dr. {N|Sunita Iyer} at {G|Riverbend Heart Institute} for CHB.
Battery 9.5 yr. RA pacing 62%, RV pacing 99%. AT/AF burden <0.1%, no VHR episodes.
Thresholds and impedances stable vs prior. Last transmission received from gateway {IP|10.48.7.215}. Sensing adequate.
Remote monitoring: transmissions resumed {D|Feb 2024} after home monitor (SN {DV|MCL2491X07}) was found unplugged by his daughter {N|Irina}.
Next remote check {D|05/20/2024}; in-clinic in 1 year.
""")

add("note15_ob", """
L&D ADMISSION NOTE
{N|Faith Adjoa Mensah}  MRN {M|00-731-5502}, 31 y/o G2P1001 at 39w2d by 8-wk US, EDD {D|08/15/2024}
Presented {D|8/12} 04:10 with SROM at 02:30, clear fluid. Contractions q3-4 min, coping well.
PNL: GBS neg ({D|7/19}), Rh+, rubella immune, HIV/HBsAg/RPR NR. 1-hr GTT 118.
SVE 4/70/-1, Bishop score 9. EFM: baseline 135, moderate variability, + accels, no decels - Cat I.
OB hx: SVD 2019 at {G|Ridge Maternity Clinic}, {C|Kumasi}, 3.4 kg, no complications.
Support: partner {N|Kofi Mensah} ({P|(720) 555-0115}) at bedside, wants to cut the cord; doula {N|Summer Blackwood}.
Plan: expectant management, epidural on request, oxytocin augmentation if no cervical change in 4 h.
{N|Ines Carvalho}, CNM
""")

add("note16_peds", """
WELL CHILD CHECK - 4 YEAR
{N|Aiyana Lightfoot}   DOB {D|3/22/2020}   MRN {M|P-2203318}
Home: {SA|14 Wounded Knee Rd}, {C|Pine Ridge}, SD {Z|57770}
Here with mother {N|Brandi Lightfoot} and maternal grandmother.
Growth: ht 103 cm (55th %ile), wt 16.4 kg (50th %ile), BMI 15.5.
Development: hops on one foot, draws a person with 4 parts, tells stories; speech 100% intelligible.
School: attends {G|Little Eagles Head Start} in {C|Pine Ridge}; teacher has no concerns.
Vision 20/32 OU (HOTV), hearing passed. Dental home established, fluoride varnish applied.
Vaccines given today: DTaP #5, IPV #4, MMR #2, varicella #2. VIS reviewed.
Mom's cell {P|605-555-0174}. Next WCC {D|March 2025}.
Dr. {N|Erin Whitehorse}
""")

add("note17_nursinghome", """
{G|Sunnyside Manor} - Attending Physician Visit   {D|04/08/24}
Resident: Mrs. {N|Ida Goldfarb}   Rm 12B   DOB {D|1/30/1927}   Medicare {HP|5TD2-WQ8-JA41}

Mrs. {N|Goldfarb} is a {A|ninety-seven}-year-old woman with advanced Alzheimer dementia (FAST 6d), HFpEF and recurrent UTIs, seen for decreased oral intake. Staff note she eats ~25% of meals. Wt 44.1 kg, down 2 kg over the past month. Her roommate, 88, is recovering from norovirus; no GI symptoms in Mrs. {N|Goldfarb}.
Exam: frail, calm, dry mucous membranes, lungs clear, no edema, skin intact.
A/P: Reduced intake in advanced dementia; no acute infection evident. Liberalize diet, finger foods, SLP to reassess textures. BMP. Avoid appetite stimulants.
Goals: spoke with daughter {N|Naomi Katz} by phone, {P|(914) 555-0108}; she confirms DNR/DNI per MOLST dated {D|9/6/2022} and prefers no hospital transfer. {N|Naomi}'s husband, {A|91}, was recently hospitalized, so she visits less often.
{N|Ravi Subramaniam}, MD, CMD
""")

add("note18_palliative", """
PALLIATIVE CARE - FAMILY MEETING   {D|Sept 27, 2023}
Patient: {N|Eduardo Reyes de la Cruz}   MRN {M|40-22-817}
Present: wife {N|Carmen} (cell {P|602-555-0134}); sons {N|Luis} and {N|Miguel Reyes}; daughter {N|Ana Reyes-Whitaker} (by phone from {C|Phoenix}); RN {N|Joy Adeleke}; chaplain Rev. {N|Thomas Bishop}.

Mr. {N|Reyes de la Cruz} is 81 with metastatic pancreatic adenocarcinoma (dx {D|Feb 2023}), progressing after 2nd-line gemcitabine/nab-paclitaxel, now ECOG 4, PPS 30%, sleeping most of the day.
We reviewed that further chemotherapy would not help him live longer or better. {N|Carmen} asked whether stopping TPN would "starve" him; we discussed that at this stage it adds risk without benefit.
Family agreed on comfort-focused care; DNR/DNI confirmed and documented. Preference is to go home with hospice.
Referral placed to {G|Desert Bloom Hospice} ({P|623-555-0180}); intake address {SA|7719 W Cactus Wren Dr}, {C|Glendale}, AZ {Z|85303}.
Time: 70 min, >50% counseling.
{N|Meera Kulkarni}, MD
""")

add("note19_telehealth", """
TELEHEALTH VISIT (video)   {D|01/09/2025}
Patient {N|Tevita Faleolo} (MRN {M|NB-0518834}) joined from home; portal email {E|tfaleolo@hawaii.rr.com}. Session log: client IP {IP|73.158.22.190}; visit link {U|https://meet.northbaycare.org/r/7Q2XKD}.
Identity verified with DOB ({D|2/14/1983}) and home address ({SA|355 Ala Moana Way}, {C|Pearl City}, HI {Z|96782}).
CC: hypertension follow-up. Home readings (validated upper-arm cuff) 138-146/88-92 over 2 wk. Taking amlodipine 5 mg daily, no missed doses. No HA, CP, edema.
Plan: add chlorthalidone 12.5 mg daily; BMP in 1 wk at {G|Waipahu Family Lab}; continue DASH diet and sodium <2 g. Next video visit 4 wk.
{N|Leilani Kahananui}, APRN
""")

add("note20_opnote", """
OPERATIVE REPORT
{G|Northshore Orthopaedic Surgery Center}   Account {AC|NSC-23-118406}
Date of surgery: {D|10/14/2023}
Patient: {N|Nguyễn, Thị Thu Hà}   MRN {M|1180 4472}
Surgeon: {N|Gregory Banks}, MD   Assistant: {N|Aisha Diallo}, MD   Anesthesia: Dr. {N|Patel} (GETA)
Procedure: Left total hip arthroplasty, posterior approach.
Indication: end-stage OA, failed conservative management.
Implants:
- Acetabular shell 52 mm, lot {DV|64821937}
- Highly cross-linked poly liner 36 mm, lot {DV|L0997-22A}
- Femoral stem size 5, high offset, lot {DV|3113-8841-02}
- Ceramic head 36 mm +1.5, lot {DV|K88120}
Description: Lateral decubitus, pegboard. Posterior approach, short external rotators tagged. Acetabulum reamed to 51 mm, shell press-fit, two screws. Femur broached to size 5, trial reduction stable at 90 deg flexion with 50 deg IR. Capsule and rotators repaired through drill holes.
EBL 350 mL. No complications. Foley placed in OR, to be removed POD1.
""")

add("note21_oncology", """
Hem/Onc Clinic   {D|5 Dec 2023}
{N|Jean-Baptiste Mbeki} (MRN {M|2208-417-93}), 63M, DLBCL stage IIIA, R-IPI 2. Here for C4D1 R-CHOP.
Interim PET after C3: Deauville 2, complete metabolic response.
Tolerating well; grade 1 neuropathy fingertips, no falls. Wife {N|Marie-Claire} notes improved appetite. ANC 2.1, plt 188, Hgb 11.4.
Research: enrolled in correlative biobank study, subject ID {O|ONC-117-0042}; research RN {N|Candice Okeke} drew samples.
Plan: proceed with C4 today, vincristine dose unchanged; pegfilgrastim on-body injector. Next cycle {D|Dec 26}.
{N|Sofia Marchetti}, MD
""")

add("note22_ot_home", """
OT HOME SAFETY EVALUATION
Client: {N|Wilhelmina van der Berg} ("{N|Billie}"), age {A|90}
Home: {SA|RR 2 Box 118}, {C|Sauk Centre}, MN {Z|56378} ({CO|Stearns County})
Visit date: {D|9/12/2024}   Referral: Dr. {N|Anders Lindgren}   Client phone: {P|320-555-0147}
Provider: {G|Prairie Lakes Home Rehab}

Lives alone in a 1-level farmhouse; nephew {N|Dale Lindgren} checks in daily. Uses a 4WW indoors.
Berg Balance Scale 38/56 (fall risk). TUG 19 s. Tub transfer with max effort, holds towel bar.
Hazards: loose throw rugs, poor lighting in hall, no grab bars, 2 steps into home without rail.
Recommendations: tub transfer bench + hand-held shower, grab bars by toilet and tub, remove rugs, night-lights, rail for entry steps, medical alert pendant. Nephew to install bars this week.
{N|Kristin Aaberg}, OTR/L
""")

add("note23_dietitian", """
Nutrition Assessment   {D|3/4}
{N|Kim Min-jun} (MRN {M|88-30-117}), 52M, POD 3 pylorus-preserving Whipple for pancreatic head mass.
Wt 68 kg, UBW 75 kg ({D|Nov 2023}) - 9% loss in 4 mo. BMI 22.6. Meets ASPEN criteria for moderate malnutrition (chronic illness).
Diet: advanced to clear liquids today, tolerating. Wife {N|Park Soo-ah} bringing rice porridge from home; OK once on soft diet.
Estimated needs: 1700-2000 kcal (25-30 kcal/kg), 80-100 g protein (1.2-1.5 g/kg).
Recs: advance to soft, low-fat as tolerated; oral supplement TID; pancrelipase 36,000 lipase units with meals and 18,000 with snacks; check vitamin D, A, E; weekly weights.
{N|Bethany Rich}, RD, LDN
""")

add("note24_slp", """
SLP BEDSIDE SWALLOW EVALUATION
{G|Holy Cross Stroke Unit}
{N|Patrick Byrne}   MRN#: {M|228-019-44}   Date: {D|2/12/24}
Hx: L MCA ischemic stroke {D|2/11/24}, NIHSS 6, R facial droop, mild expressive aphasia.
Toronto Bedside Swallowing Screening Test failed at triage. Oral mech: R labial weakness, reduced lingual ROM. Vocal quality wet after thin liquid trials.
Trials: ice chips WFL; thin liquid via cup - delayed cough x2; puree - timely swallow, mild oral residue.
Impression: suspected pharyngeal dysphagia with risk for silent aspiration.
Recs: NPO except meds crushed in puree, MBSS tomorrow, oral care QID, HOB > 30 deg. Daughter {N|Aoife} educated at bedside; her cell {P|(617) 555-0193}.
{N|Maeve Ní Bhriain}, MS, CCC-SLP
""")

add("note25_homehealth", """
HOME HEALTH - SKILLED NURSING VISIT
Agency: {G|Tri-County Visiting Nurses}
Patient: {N|Lane, Harold J}.   Medicare: {HP|1EG4-TE5-MK72}
Address: {SA|48 Tamarack Lane}, {C|Presque Isle}, ME {Z|04769} ({CO|Aroostook County})
Phone: {P|207-555-0152}   Certifying MD: Dr. {N|Ogechi Nnadi}
Visit: {D|12/18/2023} 1030-1125

Sacral pressure injury stage 3: 3.2 x 2.1 x 0.4 cm, 80% red granulation, 20% yellow slough, mod serous drainage, no odor. Periwound macerated at 6 o'clock.
Cleansed NS, calcium alginate, foam border dressing; change q48h and prn. Braden 14.
Wife {N|June} does repositioning q2h, states he "won't stay off his back." Reinforced. Alternating-pressure mattress delivered.
Vitals stable, afebrile. Next visit {D|12/20}.
{N|Corinne Thibodeau}, RN
""")

add("note26_transfer_qc", """
NOTE DE TRANSFERT / TRANSFER NOTE
From: {G|Hôpital Sainte-Catherine-de-Sienne}, {C|Trois-Rivières}, QC
To: Neuro ICU, {G|CHU Mont-Royal}
Patient: {N|Benoît Lévesque-Gagnon}   RAMQ: {HP|LEVB 5503 1412}   DDN/DOB: {D|1955-03-14}   No dossier: {M|HSC-0448172}

Onset of thunderclap headache {D|14 février 2024} ~ 07h30 while shovelling. CT: diffuse SAH, Fisher grade 3. Clinically Hunt-Hess 3 (drowsy, mild confusion, no focal deficit). CTA: 7 mm AComm aneurysm.
Started nimodipine 60 mg q4h, levetiracetam 500 mg BID, SBP goal <140 with labetalol. EVD not placed.
Transfer for coiling vs clipping. Accepting physician: Dr {N|Nadia Benhamou} (neurosurgery).
Contact: épouse {N|Sylvie Gagnon}, {P|819 555-0147}.
Dr {N|Mathieu Bélanger}, urgentologue, permis CMQ {L|1-04377}
""")

add("note27_derm", """
Dermatology Clinic Note - {D|08-29-2024}
Pt: {N|Mark Huang}   MRN {M|D883017}   DOB {D|Feb 11, 1962}   Referred by Dr. {N|Rose Ekwueme}
CC: changing mole L upper back noticed by wife.
Exam: 9 x 7 mm asymmetric macule, irregular borders, 3 colors. Dermoscopy: atypical network, regression structures, blue-white veil focally. Remaining TBSE: multiple benign nevi, several SKs, Fitzpatrick II.
Procedure: site marked with skin marker, consent obtained, deep shave (saucerization) biopsy. Specimen {O|DS24-11973} to {G|Cascade Dermatopathology Lab}.
Plan: will call with results at {P|206-555-0119}; if melanoma, WLE with margins by Breslow depth. Sun protection counseling.
{N|Tomasz Wiśniewski}, MD
""")

add("note28_ophtho", """
OPHTHALMOLOGY   {N|Gita Bhandari}  76F   {D|Jan 3 2024}   MRN {M|EY-551370}
VA cc: OD 20/40, OS 20/60 (PH 20/40). IOP 16/17 (Goldmann).
SLE: 2+ NS cataract OU, PCIOL none. DFE: dry AMD with intermediate drusen OU, no CNV on OCT.
A/P:
1. Visually significant cataract OS > OD - discussed CE/IOL OS.
2. Intermediate AMD - AREDS2 vitamins, Amsler grid daily.
Driving: does not meet vision standard for night driving; DMV vision form for CA DL {L|D4820173} completed with daytime-only restriction. Husband ({A|92}) stopped driving last year, so she is the family's only driver; social work resources given.
RTC after cataract surgery.
{N|Daniel Okoro}, MD
""")

add("note29_otp_intake", """
OTP INTAKE - {G|New Horizons Treatment Center}
Name: {N|Kyle Brennan-Kowalski}   SSN: {SSN|512-66-0934}   DOB: {D|10/05/1990}
Insurance: Medicaid {HP|MI0048817726}
Emergency contact: mother {N|Teresa Kowalski}, {P|(313) 555-0161}, {SA|9921 Joy Rd}, {C|Detroit}, MI {Z|48204}

Hx: OUD, IV fentanyl since ~2019, prior buprenorphine with multiple gaps. Last use 18 h ago. COWS 14 at intake. UDS + fentanyl, + THC.
HCV Ab positive, RNA pending. No prior overdoses requiring naloxone per pt.
Plan: methadone 30 mg observed first dose, reassess in 3 h; naloxone kit dispensed; HCV referral. Pt consents to coordination with probation officer {N|Dwayne Major} ({P|313-555-0129}). Prior treatment at {G|Eastside Recovery Clinic} ended {D|August 2023}.
Intake coordinator: {N|Priscilla Ward}   Physician: {N|Hamid Rahimi}, MD
""")

add("note30_prior_auth", """
PRIOR AUTHORIZATION - LETTER OF MEDICAL NECESSITY
To: Utilization Review, BlueHarbor Health Plan   Fax: {F|1-800-555-0177}
Member: {N|Samira Haddad}   DOB: {D|7/9/1986}
Member ID: {HP|BHP339021874}   Group #: {HP|00471-22}
Request #: {O|PA-2024-0099813}
Prescriber: {N|Lucas Ferreira}, MD   NPI {O|1386729045}

Ms. {N|Haddad} has ileocolonic Crohn disease (Montreal A2 L3 B1) diagnosed in 2015. She has failed mesalamine, two courses of prednisone and azathioprine (stopped for pancreatitis). Current Harvey-Bradshaw Index 11, fecal calprotectin 860 mcg/g, colonoscopy with deep ulcers in the terminal ileum.
I am requesting adalimumab 160 mg SC week 0, 80 mg week 2, then 40 mg every other week. TB (IGRA) and hepatitis B screening are negative.
Please contact my office at {P|(248) 555-0152} or fax {F|(248) 555-0153} with questions.
{N|Lucas Ferreira}, MD
""")

add("note31_pronouncement", """
DEATH PRONOUNCEMENT NOTE
Called to bedside at 03:12 on {D|2/2/2024} by RN {N|Banks}.
Patient {N|Agnes Whitcombe} (MRN {M|V0017726}), {A|101} y/o F, {G|Gorge Road Memorial Hospital} 5 South, admitted with aspiration pneumonia, DNR/comfort measures only since admission.
Exam: no response to verbal or tactile stimuli, pupils fixed and dilated, no heart sounds or breath sounds for 1 full minute, no palpable pulse.
Time of death 03:20.
Grandson {N|Peter Whitcombe} notified by phone ({P|+1 250 555 0133}); he will come in this morning. Chaplain paged.
Expected death; coroner notification not required. Autopsy offered and declined.
{N|Tamsin Okafor}, MD (PGY-2)
""")

add("note32_icu", """
MICU PROGRESS NOTE   HD#5   {D|11/19}
{N|Lamar Young} (MRN {M|6617042}), 57M, severe ARDS (Berlin) from influenza A, intubated {D|11/14}.
Overnight: proned 16 h, P/F 92 -> 168. No pressor requirement since 0200.
Vent: VC 380 mL (6 mL/kg PBW), PEEP 14, FiO2 0.5, Pplat 27, driving pressure 13.
Lines: R IJ CVC {D|11/14}, L radial A-line. Foley. OGT with TF at goal.
Micro: BAL {D|11/15} - MSSA; on cefazolin. Oseltamivir day 5/5.
Plan: supine trial this AM, if P/F >150 on PEEP <10 stop proning; daily SAT/SBT once FiO2 <0.4; cisatracurium off. ID (Dr. {N|Hashemi}) following.
Family: wife {N|Keisha} updated at bedside; she prefers calls to {P|404-555-0187}.
{N|Sarah Goldberg}, MD
""")

add("note33_ortho_wc", """
ORTHOPEDICS CLINIC - WORKERS' COMPENSATION
{N|Jorge Castillo}   DOB {D|4-15-1977}   Claim # {O|WC-88213-TX}   DOI {D|3/2/24}
Pt cell: {P|210-555-0164}
Case manager: {N|Brittany Summers}, {E|bsummers@lonestarcomp.com}
Mechanism: lifting drywall overhead, felt a pop R shoulder.
Exam: AFE 110 deg, ER 40 deg, + Neer, + Hawkins-Kennedy, + Jobe empty can with 3+/5 weakness, drop arm negative, belly press negative.
MRI {D|3/20/24} at {G|Alamo Imaging Partners}: full-thickness supraspinatus tear, 1.8 cm retraction, minimal fatty infiltration (Goutallier 1).
Plan: arthroscopic RCR; off work pending surgery; sling prn. Forms completed for the case manager and uploaded to {U|https://claims.lonestarcomp.com/c/88213}.
{N|Neil Chandrasekaran}, MD
""")

add("note34_wound", """
WOUND CARE CONSULT - {D|Apr. 22, 2024}
{N|Rangi Parata}, 66M   MRN {M|W00-77314}   DOB {D|07/23/1957}   Bed 14
L plantar 1st MTP ulcer, 2.4 x 1.9 cm, probes to capsule, no bone on probe. Wagner grade 2 / UT 2A. Surrounding callus, no erythema.
ABI 0.71 L (non-compressible on R), TBI 0.52. A1c 9.8.
Recs: sharp debridement of callus done at bedside; offload with total contact cast if vascular clears; X-ray foot; podiatry (Dr. {N|Hollis}) to see; vascular surgery referral. Wife {N|Moana} taught dressing changes.
{N|Ayesha Siddiqui}, RN, CWOCN
""")

add("note35_discharge_bc", """
{G|Fraser Valley General Hospital} - DISCHARGE SUMMARY
Name: {N|LAU, Wing-Yan Bonnie}   PHN: {HP|9876 543 210}   Hosp #: {M|FVG-2291047}
Admit: {D|2024/10/03}   Discharge: {D|2024/10/06}
Home: {SA|1204-5890 Kingsway}, {C|Burnaby}, BC {Z|V5H 4N8}
Family MD: Dr. {N|Harpreet Dhillon}, fax {F|604-555-0139}

Dx: Community-acquired pneumonia, RLL, CURB-65 1.
Course: 48F, treated with ceftriaxone + azithromycin, switched to amoxicillin-clavulanate PO on day 2. Off O2 by day 3. Influenza/COVID PCR negative.
D/c meds: amoxicillin-clavulanate 875/125 mg BID x 3 more days.
Follow-up: family MD in 1 wk; repeat CXR in 6-8 wk to document resolution. Sister {N|Cecilia Lau} ({P|778-555-0121}) will drive her home.
Dictated by {N|Farhan Qureshi}, MD
""")

# ---------------------------------------------------------------------------
# CLINICIAN QUERIES / CHAT
# ---------------------------------------------------------------------------

add("query01", """
pt {N|john kowalski} bed 12 mrn {M|3349102} dob {D|2/2/56} k 6.1 on repeat, calcium gluconate first or just shift w insulin/d50?
""")

add("query02", """
Can you see Mrs. {N|Aziza Benali} (DOB {D|3/9/1947}) in clinic Thursday at {G|Lincoln Park Internal Medicine}? Her daughter {N|Rana} called from {P|312-555-0187}, worried the new rash on her shins is from the allopurinol.
""")

add("query03", """
{A|94}yo F from {G|Cedar Ridge ALF} ({N|Eunice Pottinger}, mrn {M|40077215}) w/ UTI sx, allergic to PCN + sulfa, CrCl ~25 - what's reasonable empiric abx?
""")

add("query04", """
hey is dr {N|okafor} covering for {N|mendez} today? need sign off on {N|baptiste}'s dc summary before 3, he's going to {G|cedarhurst rehab}
""")

add("query05", """
Quick q: {N|Grace Oyelaran} (MRN {M|5520771}), 34F, 28wk, BP 152/98 x2 at triage, prot/cr 0.4, no HA.
Start mag now or wait for labs? Otherwise she's booked at {G|Eastside Women's Clinic} tomorrow.
""")

add("query06", """
FYI {N|Hope}'s mom called again (re {N|Hope Delgado}, MRN {M|7731205}). Wants a callback at {P|(786) 555-0143} about Tuesday's MRI.
""")

add("query07", """
need help w/ warfarin for mr {N|bill tran} (anticoag clinic, ph {P|714-555-0132}) - inr 4.8 no bleeding, last dose {D|6/3}, on amio. hold 1-2 doses +/- po vit k?
""")

add("query08", """
Dr. {N|Szymański} - patient {N|Józef Nowak} (acct {AC|44019283}) was seen at {G|St. Hedwig Urgent Care} on {D|12 Aug}.
Records requested, auth {O|ROI-77310}; please fax the ED note to {F|773-555-0106}.
""")

add("query09", """
{A|ninety-two} yo man, severe AS (AVA 0.7, MG 48), family asking about TAVR - is age alone an exclusion? pt is {N|Harold Finch}, lives up in {C|Bangor}, still drives. cards is Dr {N|Adeola Bankole}
""")

add("query10", """
can someone page the resident for 4B? pt {N|frank delgado-ruiz} (mrn {M|2290114}) desatting to 86% on 4L, was fine at 1400
""")

add("query11", """
Is there a significant interaction between clarithromycin and tacrolimus? It's for {N|Aroha Te Rangi}, DOB {D|19/04/1971}, kidney tx {D|Jan 2022}, tac level today 14.2.
""")

add("query12", """
pls call mrs {N|chen}'s son {N|kevin} at {P|604 555 0188} before 5 - he's the SDM and wants to talk about the PEG. she's in 7C at {G|Burrard Inlet General}
""")

add("query13", """
re: {N|Abdullahi Farah}, DOB {D|01/01/1960}, chart {M|TW-3318027} - OHIP on file ({HP|2281-447-190-MX}) is expired, registration won't book the CT until it's updated
""")

add("query14", """
does mrs {N|rivera} ({A|96}) in 12 still need the foley? placed {D|10/2} for retention, voiding fine per nights
""")

add("query15", """
Looking for guidance ({D|Dec 30}): {A|103}-year-old resident at {G|Maple Grove Care Home}, new AF with RVR 140s, not anticoagulated.
Granddaughter {N|Ruby Akintola} (POA) wants conservative care only. Rate control with low-dose metoprolol reasonable?
""")

add("query16", """
texted Dr {N|Nkemelu} re {N|Sione Vaipulu} (mrn {M|5593310}), biopsy {O|S24-5519} - prelim path expected Fri {D|3/29}
""")

add("query17", """
Email from pt {N|Daniela Novak} ({E|dnovak.1971@outlook.com}): can she restart metformin after the contrast CT on {D|11/14}? eGFR 58. OK at 48 h?
""")

add("query18", """
who has {N|marcus okafor-hill} in 22? wife at the desk says he's being moved to {G|Northgate LTACH} tomorrow and nobody told her
""")

add("query19", """
Patient {N|Yusuf Demir}, home {SA|212 Birch Hollow Rd}, {C|Ithaca} {Z|14850}, ph {P|607-555-0111} - VNA needs a new order for wound vac supplies.
Pump serial {DV|VNC4417829}. Can you sign today?
""")

add("query20", """
{N|Colm Fitzgerald}, {A|90} y/o, fall at home ({C|Scituate}), on apixaban, CT head neg. Obs overnight for delayed bleed or ok to dc with son ({N|Declan}, 61)?
""")

# ---------------------------------------------------------------------------
# HARD NEGATIVES (no PHI)
# ---------------------------------------------------------------------------

add("neg01_syncope", """
Syncope risk stratification teaching point. The San Francisco Syncope Rule (CHESS: CHF history, Hct <30%, ECG abnormal, SOB, SBP <90) has lower sensitivity in external validation than first reported. The Canadian Syncope Risk Score performs better for 30-day serious outcomes and is preferred in many Canadian EDs. Patients may still need telemetry if there is a Brugada pattern, a Wolff-Parkinson-White delta wave or a prolonged QTc over 500 ms. Bill the visit as observation only if the stay crosses two midnights per local policy.
""")

add("neg02_head_injury", """
Minor head injury pathway. Apply the Canadian CT Head Rule to adults with GCS 13-15 and witnessed LOC, amnesia or disorientation; New Orleans criteria are more sensitive but less specific. Triage category is assigned with the Manchester Triage System, and the Glasgow Coma Scale is documented as E4V5M6 = 15, never as a single number alone at handover. Look for Battle sign, raccoon eyes, hemotympanum and CSF rhinorrhea. Cushing triad (hypertension, bradycardia, irregular respirations) is a late sign and the charge nurse should page neurosurgery immediately.
""")

add("neg03_ugib", """
Upper GI bleed order set. Calculate the Glasgow-Blatchford score at triage; a score of 0 or 1 identifies patients who may be managed as outpatients. Endoscopic findings are graded by the Forrest classification (Ia spurting through III clean base), and esophagitis by the Los Angeles classification grades A to D. Consider Mallory-Weiss tear after retching and a Dieulafoy lesion when no source is found. For variceal hemorrhage refractory to banding, a Sengstaken-Blakemore or Minnesota tube is a bridge to TIPS. Frank hematemesis with Hgb under 7 g/dL warrants transfusion.
""")

add("neg04_hf_outcomes", """
Heart failure clinic outcomes bundle. Health status is tracked with the Kansas City Cardiomyopathy Questionnaire (KCCQ-12) and, in the research arm, the Minnesota Living with Heart Failure Questionnaire. The Seattle Heart Failure Model estimates 1-, 2- and 5-year survival and helps frame referral for LVAD or transplant. Sacubitril/valsartan (Entresto) was established by PARADIGM-HF, and dapagliflozin by DAPA-HF; start at 24/26 mg BID if eGFR is 30-60. Kerley B lines and a third heart sound still matter on the ward even when BNP is available.
""")

add("neg05_biliary", """
Acute pancreatitis and cholangitis review. Severity follows the revised Atlanta classification (mild, moderately severe, severe), and BISAP or Ranson criteria can be used at 48 hours. Cullen and Grey Turner signs suggest retroperitoneal hemorrhage but are uncommon. For cholangitis, the Tokyo Guidelines 2018 replaced reliance on Charcot triad, while Reynolds pentad adds hypotension and confusion. A positive Murphy sign with a sonographic Murphy sign supports cholecystitis; timing of cholecystectomy should be the same admission for mild gallstone pancreatitis.
""")

add("neg06_liver", """
Hepatocellular carcinoma transplant eligibility. The Milan criteria allow one lesion up to 5 cm or up to three lesions each 3 cm or less, without vascular invasion; the UCSF (San Francisco) criteria are slightly more permissive. MELD-Na and Child-Pugh class guide allocation, and BCLC staging guides non-transplant therapy. In acute liver failure from acetaminophen, King's College criteria include arterial pH below 7.30 after resuscitation. Patients over 65 are not automatically excluded.
""")

add("neg07_cognition", """
Cognitive screening in the memory clinic. We use the Montreal Cognitive Assessment (MoCA) with one point added for 12 years or fewer of education; a score under 26 prompts further testing. Executive function is probed with Trail Making B and the Wisconsin Card Sorting Test, and naming with the Boston Naming Test. Differential includes Alzheimer disease, Lewy body dementia, Pick disease (bvFTD) and, with rapid decline and myoclonus, Creutzfeldt-Jakob disease. Hope and joy in daily activities are worth asking about, because apathy is often mistaken for depression.
""")

add("neg08_psych_scales", """
Perinatal mental health screening. The Edinburgh Postnatal Depression Scale is given at the 6-week visit; a score of 13 or more, or any positive answer on item 10, needs same-day review. The Columbia Suicide Severity Rating Scale screener is used in the ED, and the Hamilton and Beck inventories in research settings. The Minnesota Multiphasic Personality Inventory is ordered only by psychology. For alcohol withdrawal use the CIWA-Ar, and for opioid withdrawal the Clinical Opiate Withdrawal Scale (COWS) before the first buprenorphine dose.
""")

add("neg09_functional_gi", """
Functional bowel disorders. Irritable bowel syndrome is diagnosed with Rome IV criteria: recurrent abdominal pain at least 1 day per week over the last 3 months, related to defecation or a change in stool frequency or form. Stool form is recorded with the Bristol Stool Form Scale (types 1-7). Faecal incontinence is scored with the Wexner (Cleveland Clinic) incontinence score. Red flags include age over 50 at onset, weight loss, nocturnal symptoms and a family history of colon cancer. In children with delayed passage of meconium think of Hirschsprung disease, and in travellers from endemic areas of Latin America consider Chagas megacolon.
""")

add("neg10_ards", """
ARDS bundle. Diagnosis uses the Berlin definition: onset within 1 week, bilateral opacities, not fully explained by cardiac failure, and P/F ratio 300 or less on PEEP 5 or more. Ventilate with 6 mL/kg predicted body weight and a plateau pressure under 30 cm H2O per ARDSNet, titrating PEEP with the lower or higher PEEP/FiO2 table. Prone positioning for at least 16 hours per day is supported by PROSEVA when P/F is under 150. Consider ECMO referral when the Murray score is 3 or more despite optimization.
""")

add("neg11_ibd", """
IBD classification and activity. Crohn disease phenotype is recorded with the Montreal classification, which replaced the older Vienna classification by adding upper GI modifiers and perianal disease. Activity is followed with the Harvey-Bradshaw Index in Crohn disease and the Mayo score (including the Mayo endoscopic subscore) in ulcerative colitis. Truelove and Witts criteria define acute severe colitis, which needs IV steroids and a day-3 assessment. Rich protein intake and vitamin D replacement are part of the discharge bundle.
""")

add("neg12_aminoglycosides", """
Extended-interval aminoglycoside dosing. Gentamicin 7 mg/kg IV q24h is monitored with a single random level plotted on the Hartford nomogram to choose q24h, q36h or q48h dosing. Creatinine clearance is estimated with Cockcroft-Gault using actual, ideal or adjusted body weight depending on BMI. For acetaminophen overdose, plot the 4-hour level on the Rumack-Matthew nomogram, and use the Naranjo scale to judge whether an adverse event was drug related. Review the Beers criteria before adding anticholinergics in anyone over 65.
""")

add("neg13_ortho_rules", """
Ankle and knee injury imaging. The Ottawa ankle rules call for X-ray with bone tenderness at the posterior edge or tip of either malleolus, or inability to bear weight for four steps; the Ottawa knee rule and Pittsburgh rule cover the knee. Physeal fractures are described with Salter-Harris types I-V, distal radius fractures as Colles, Smith or Barton, and forearm fracture-dislocations as Monteggia or Galeazzi. Ankle fractures are classified by Weber (A, B, C) or Lauge-Hansen. Check the Thompson test for Achilles rupture and the Lachman test for ACL tears.
""")

add("neg14_induction", """
Induction of labour order set. Document a Bishop score before choosing a method; a score of 8 or more is favourable for oxytocin alone. If unfavourable, options include misoprostol 25 mcg PV q4h, dinoprostone (Cervidil) insert, or a Foley or Cook double-balloon catheter. Shoulder dystocia drill: call for help, McRoberts manoeuvre, suprapubic pressure, then Woods screw or Rubin manoeuvres, delivery of the posterior arm, and Zavanelli as a last resort. Apgar scores are recorded at 1 and 5 minutes, and at 10 minutes if the 5-minute score is under 7.
""")

add("neg15_catheters", """
Vascular access device guide. Tunnelled cuffed catheters include the Hickman and Broviac lines, while the Groshong has a valved tip and does not need heparin locking. Temporary dialysis access uses a Quinton or Mahurkar catheter, and peritoneal dialysis a Tenckhoff catheter. Pulmonary artery pressures are measured with a Swan-Ganz catheter; an Impella device is placed for cardiogenic shock in selected patients. Ports from Boston Scientific and Medtronic are both stocked; the price difference is small. Flush with 10 mL saline and chase each medication with a saline flush.
""")

add("neg16_stroke", """
Acute stroke protocol. Prehospital crews use the Cincinnati Prehospital Stroke Scale and the Los Angeles Motor Scale to flag large vessel occlusion. Thrombectomy up to 24 hours is supported by the DAWN and DEFUSE 3 trials when there is clinical-imaging mismatch. Outcome is predicted by the ASTRAL score from the Lausanne registry and measured with the modified Rankin Scale at 90 days. For subarachnoid hemorrhage, grade with Hunt and Hess and the modified Fisher scale; arteriovenous malformations are graded with Spetzler-Martin.
""")

add("neg17_path_staging", """
Pathology staging refresher. Hodgkin and non-Hodgkin lymphoma use the Lugano classification, which modified Ann Arbor staging, and PET response is scored with the Deauville 5-point scale. Prostate cancer is reported with Gleason patterns and ISUP grade group, breast cancer with the Nottingham grade, and melanoma with Breslow thickness (Clark level is no longer required). Thyroid FNA uses the Bethesda system, urine cytology the Paris system, and salivary FNA the Milan system. Gastritis biopsies are graded with the updated Sydney system.
""")

add("neg18_diabetes", """
Diabetes teaching points. Fasting hyperglycemia may reflect the dawn phenomenon rather than the Somogyi effect; a 3 a.m. fingerstick helps distinguish them. Kussmaul respirations and a fruity odor suggest DKA; start insulin at 0.1 units/kg/h once K is above 3.3. Screen feet yearly with the Semmes-Weinstein 10 g monofilament and the Michigan Neuropathy Screening Instrument, and grade ulcers with the Wagner classification. A warm, swollen foot with intact skin is a Charcot foot until proven otherwise and needs offloading.
""")

add("neg19_eponymous_signs", """
Eponymous signs for the OSCE. Brown-Séquard syndrome gives ipsilateral weakness and proprioceptive loss with contralateral pain and temperature loss. Hoffmann and Babinski signs point to an upper motor neuron lesion, and Romberg sign to a proprioceptive deficit. Kernig and Brudzinski signs are insensitive for meningitis. Chvostek and Trousseau signs suggest hypocalcemia. A Virchow node or a Sister Mary Joseph nodule suggests intra-abdominal malignancy, and Hunter syndrome (MPS II) is the X-linked mucopolysaccharidosis.
""")

add("neg20_handover", """
Ward handover, 4 West, Tuesday night. Bed 7: 67M day 2 of CAP, on 2 L, will need repeat lactate at 0200 and blood cultures if he spikes again. Bed 9: 82F post hip fracture, delirious overnight, hope to avoid haloperidol; family asked to bring her glasses. Bed 12: young man with DKA, closing the gap, switch to SC insulin at breakfast with a 2-hour overlap. Room 415 is an empty side room and bed 16 is blocked for an ICU step-down. Page the night registrar for anything new.
""")

add("neg21_sepsis", """
Sepsis order set. Screen with qSOFA on the wards and calculate a full SOFA score in ICU; a rise of 2 or more points defines organ dysfunction. Give 30 mL/kg crystalloid for hypotension or lactate of 4 mmol/L or higher, and broad-spectrum antibiotics within 1 hour. Early goal-directed therapy from the Rivers trial was not superior to usual care in ProCESS, ARISE and ProMISe. Norepinephrine is first-line; add vasopressin at 0.03 units/min if MAP stays below 65 mmHg. Will the patient tolerate fluids is the key bedside question, so reassess after each bolus.
""")

add("neg22_vte", """
VTE risk and anticoagulation reference. Pre-test probability for PE uses the Wells score or the revised Geneva score; if low, apply PERC before ordering a D-dimer. Inpatient prophylaxis follows the Padua score on medical wards and the Caprini score for surgical patients, while the Khorana score identifies ambulatory cancer patients at risk. For atrial fibrillation, CHA2DS2-VASc guides anticoagulation and HAS-BLED flags modifiable bleeding risks. Apixaban (Eliquis) 5 mg BID is reduced to 2.5 mg BID with two of: age 80 or older, weight 60 kg or less, creatinine 1.5 mg/dL or more. Virchow triad remains the framework.
""")

add("neg23_renal", """
Tubulopathies and glomerular disease. Bartter syndrome mimics loop diuretic use and Gitelman syndrome mimics thiazide use, with hypocalciuria and hypomagnesemia in Gitelman. Liddle syndrome causes hypertension with hypokalemia and low renin and responds to amiloride. Alport syndrome presents with hematuria, hearing loss and lenticonus, and Berger disease (IgA nephropathy) with synpharyngitic hematuria. Goodpasture disease needs urgent plasma exchange. Estimate GFR with CKD-EPI 2021 rather than MDRD, and stage AKI with KDIGO.
""")

add("neg24_endocrine", """
Thyroid and adrenal eponyms. Graves disease and Hashimoto thyroiditis are the commonest causes of hyper- and hypothyroidism in iodine-replete regions. The Wolff-Chaikoff effect and the Jod-Basedow phenomenon describe opposite responses to an iodine load, relevant after CT contrast. The Burch-Wartofsky point scale scores suspected thyroid storm; 45 or more is highly suggestive. Addison disease, Conn syndrome, Cushing syndrome and Sheehan syndrome round out the adrenal-pituitary list, and Whipple triad defines true hypoglycemia.
""")

add("neg25_peds", """
Paediatric eponyms and milestones. Kawasaki disease requires fever of 5 days or more plus four of five principal features; give IVIG 2 g/kg and high-dose aspirin. Pyloric stenosis shows the Carter effect in inheritance, with higher recurrence among relatives of affected girls. Meckel diverticulum follows the rule of 2s, and Hirschsprung disease is confirmed with rectal suction biopsy. Wilms tumour, Ewing sarcoma and Still disease are rare but must not be missed. Sexual maturity is recorded with Tanner staging, and gestational age in the newborn with the New Ballard Score.
""")

add("neg26_surgery", """
General surgery case list and instrument tray. Pancreaticoduodenectomy (Whipple), Roux-en-Y gastric bypass, Hartmann procedure and abdominoperineal resection (Miles operation) are all on this week's board. Mark the operative site before the patient enters the room. Request Kelly clamps, Mayo scissors, Metzenbaum scissors, DeBakey forceps, Babcock and Allis clamps, and a Bookwalter retractor; add a Balfour for the open cases. The Pringle manoeuvre controls hepatic inflow, and a Kocher manoeuvre mobilizes the duodenum. Billroth II reconstructions are uncommon now. Inguinal hernias are repaired with the Lichtenstein or Shouldice technique.
""")

add("neg27_pulm", """
Pleural disease and sleep. Light's criteria classify an effusion as an exudate if the pleural/serum protein ratio is above 0.5 or the LDH ratio above 0.6. A tunnelled PleurX catheter is an option for malignant effusion, and a Heimlich valve for ambulatory pneumothorax management. Pancoast tumour can cause Horner syndrome, and Hamman sign suggests pneumomediastinum. For OSA, screen with STOP-BANG, the Berlin Questionnaire or the Epworth Sleepiness Scale, and document Mallampati class before sedation. Löfgren syndrome has a good prognosis.
""")

add("neg28_rheum", """
Rheumatology and endocarditis exam findings. The modified Duke criteria combine blood cultures and echo; Osler nodes are painful, Janeway lesions painless, and Roth spots are retinal. Revised Jones criteria apply to acute rheumatic fever. Heberden and Bouchard nodes point to osteoarthritis, while Gottron papules and a heliotrope rash suggest dermatomyositis. The modified Schober test measures lumbar flexion in axial spondyloarthritis. Raynaud phenomenon, Sjögren syndrome and Behçet disease each have their own ACR/EULAR classification criteria, and a ruptured Baker cyst can mimic DVT.
""")

add("neg29_trauma", """
Major trauma primary survey. The Parkland formula gives 4 mL/kg per %TBSA of lactated Ringer's over 24 hours, half in the first 8 hours; estimate burn size with the Lund-Browder chart or the rule of nines. Beck triad (hypotension, muffled heart sounds, JVD) suggests tamponade, and Kussmaul sign is a paradoxical rise in JVP with inspiration. Facial fractures are described with the Le Fort classification, and blunt cerebrovascular injury is screened using the Denver or Memphis criteria. Bill trauma activation only when the team is paged to the bay.
""")

add("neg30_drug_reference", """
Pharmacy quick reference. Hydrocodone/acetaminophen 5/325 mg, 1-2 tabs q6h prn; maximum acetaminophen 3 g/day in older adults. Trimethoprim-sulfamethoxazole DS is 160/800 mg, and amoxicillin-clavulanate comes as 875/125 mg. Give 1/2 tab of metoprolol tartrate 25 mg if HR is 55-60. Influenza vaccine arrives in August, and the summer residents rotate onto pharmacy in June. Price quotes given to self-pay patients are good-faith estimates only. Insulin glargine (Lantus, Basaglar) and degludec (Tresiba) are interchangeable unit for unit except when switching from twice daily.
""")

add("neg31_question_sah", """
Clinical question for journal club. In alert adults with acute non-traumatic headache peaking within 1 hour, how does the Ottawa SAH Rule perform compared with CT alone within 6 hours of onset? Is lumbar puncture still needed when a modern CT read by a neuroradiologist is negative and the patient arrives within that window? What is the yield of CT angiography for an unruptured aneurysm when xanthochromia is absent? We will grade the evidence with GRADE and compare the Canadian and American guideline recommendations.
""")

add("neg32_radiology", """
Imaging signs and reporting systems. Renal cysts are categorized with the Bosniak classification (version 2019), liver lesions in at-risk patients with LI-RADS, breast findings with BI-RADS and thyroid nodules with TI-RADS. Incidental lung nodules follow the Fleischner Society guidelines. On chest film, Hampton hump and Westermark sign suggest pulmonary embolism, and the Golden S sign suggests a central obstructing mass. Chilaiditi sign mimics free air, while Rigler sign indicates true pneumoperitoneum. Boerhaave syndrome is suggested by left-sided effusion and pneumomediastinum after vomiting.
""")

add("neg33_anesthesia", """
Airway and anaesthesia checklist. Record Mallampati class, thyromental distance and neck mobility; grade the laryngoscopy view with Cormack-Lehane. Have a Macintosh 3 and 4 and a Miller 2 blade, a bougie, a second-generation LMA and the video laryngoscope on the cart. Post-anaesthesia readiness for discharge uses the Aldrete score of 9 or more. A Bier block with 0.5% lidocaine is suitable for short forearm procedures. The department grant will fund simulation sessions on cricothyroidotomy twice a year.
""")

add("neg34_infections", """
Travel and zoonotic infections. Lyme disease with erythema migrans is treated with doxycycline 100 mg BID for 10 days; warn about a Jarisch-Herxheimer reaction when treating syphilis. Rocky Mountain spotted fever needs empirical doxycycline even in children under 8. West Nile, Zika, Lassa, Ebola and Marburg viruses each have a distinct exposure history, and coxsackievirus causes hand-foot-and-mouth disease. Rose spots and relative bradycardia suggest typhoid fever. For pharyngitis, the Centor or McIsaac score decides on rapid antigen testing.
""")

add("neg35_admin_memo", """
Unit memo. Weekly huddle moves to Wednesdays at 0730 in conference room B, and the brown bag teaching lunch stays on Fridays. Blood banks have asked that all type and screen samples be hand-labelled at the bedside; unlabelled tubes will be rejected. The summer schedule is posted, and anyone with leave in July or August should update the rota by the end of the month. Charge nurse assignments rotate weekly, and the green and white wristband colours for falls risk and allergies have not changed. May the new ward clerk be welcomed warmly; she starts on Monday.
""")


# ---------------------------------------------------------------------------
# BUILD + VERIFY
# ---------------------------------------------------------------------------

MARK = re.compile(r"\{([A-Z]+)\|([^{}|]*)\}")


def build(tid, marked):
    out = []
    spans = []
    pos_chars = 0
    pos_bytes = 0
    last = 0
    for m in MARK.finditer(marked):
        pre = marked[last:m.start()]
        out.append(pre)
        pos_bytes += len(pre.encode("utf-8"))
        abbr, value = m.group(1), m.group(2)
        if abbr not in ABBR:
            raise SystemExit(f"{tid}: unknown abbreviation {abbr!r}")
        kind = ABBR[abbr]
        b = len(value.encode("utf-8"))
        spans.append({"bstart": pos_bytes, "bend": pos_bytes + b, "kind": kind, "_value": value})
        out.append(value)
        pos_bytes += b
        last = m.end()
    out.append(marked[last:])
    text = "".join(out)
    return text, spans


def category(tid):
    for p in ("note", "query", "neg"):
        if tid.startswith(p):
            return p
    raise SystemExit(f"bad id {tid}")


def edge_ok(kind, value):
    first, last = value[0], value[-1]
    if not last.isalnum():
        return False
    if first.isalnum():
        return True
    return kind in ("PHONE", "FAX") and first in "(+"


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "notes.jsonl")
    errors = []
    ids = set()
    records = []
    expected = {}
    for tid, marked in TEXTS:
        if tid in ids:
            errors.append(f"duplicate id {tid}")
        ids.add(tid)
        text, spans = build(tid, marked)
        expected[tid] = [(s["bstart"], s["bend"], s["kind"], s["_value"]) for s in spans]
        records.append({
            "id": tid,
            "text": text,
            "spans": [{"bstart": s["bstart"], "bend": s["bend"], "kind": s["kind"]} for s in spans],
        })
    with open(path, "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")

    # re-read and verify
    kind_counts = Counter()
    cat_texts = Counter()
    cat_spans = Counter()
    with open(path, encoding="utf-8") as fh:
        lines = [json.loads(l) for l in fh if l.strip()]
    if len(lines) != len(TEXTS):
        errors.append("record count mismatch")
    for r in lines:
        tid, text, spans = r["id"], r["text"], r["spans"]
        cat = category(tid)
        raw = text.encode("utf-8")
        if "{" in text or "}" in text:
            errors.append(f"{tid}: leftover brace")
        prev_end = -1
        exp = expected[tid]
        if len(exp) != len(spans):
            errors.append(f"{tid}: span count mismatch")
        for s, e in zip(spans, exp):
            if s["bstart"] < prev_end:
                errors.append(f"{tid}: overlap/unsorted at {s}")
            if s["bstart"] >= s["bend"]:
                errors.append(f"{tid}: empty span {s}")
            prev_end = s["bend"]
            val = raw[s["bstart"]:s["bend"]].decode("utf-8")
            if val != e[3] or s["kind"] != e[2]:
                errors.append(f"{tid}: value mismatch {val!r} vs {e[3]!r}")
            if val != val.strip() or not edge_ok(s["kind"], val):
                errors.append(f"{tid}: bad span edge {val!r} ({s['kind']})")
            if s["kind"] not in ABBR.values():
                errors.append(f"{tid}: bad kind {s['kind']}")
            kind_counts[s["kind"]] += 1
            cat_spans[cat] += 1
        cat_texts[cat] += 1
        nlines = len(text.splitlines())
        if cat == "neg":
            if spans:
                errors.append(f"{tid}: negative has spans")
            if len(re.findall(r"[.?!](\s|$)", text)) < 3:
                errors.append(f"{tid}: negative has fewer than 3 sentences")
        elif cat == "query":
            if not 1 <= nlines <= 4:
                errors.append(f"{tid}: query has {nlines} lines")
            if not spans:
                errors.append(f"{tid}: query without spans")
        elif cat == "note":
            if not 5 <= nlines <= 30:
                errors.append(f"{tid}: note has {nlines} lines")
            if not spans:
                errors.append(f"{tid}: note without spans")

    if errors:
        for e in errors:
            print("ERROR:", e)
        sys.exit(1)

    print(f"texts: {len(lines)}   spans: {sum(kind_counts.values())}")
    print("per category (texts / spans):")
    for cat in ("note", "query", "neg"):
        print(f"  {cat:6s} {cat_texts[cat]:3d} / {cat_spans[cat]:4d}")
    print("per kind:")
    for k in ABBR.values():
        print(f"  {k:16s} {kind_counts[k]:4d}")


if __name__ == "__main__":
    main()

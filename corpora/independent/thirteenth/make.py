#!/usr/bin/env python3
"""Hand-written PHI test corpus "thirteenth".

Texts carry inline markup {ABBR|value}. Running this script strips the markup,
computes UTF-8 byte offsets, verifies every span and writes notes.jsonl next to
this file. Python 3 standard library only.
"""
import collections
import json
import os
import re
import sys

KINDS = {
    "N": "NAME", "ST": "STREET_ADDRESS", "C": "CITY", "CO": "COUNTY", "Z": "ZIP",
    "G": "GEO", "D": "DATE", "A": "AGE_90_PLUS", "P": "PHONE", "F": "FAX",
    "E": "EMAIL", "SSN": "SSN", "MRN": "MRN", "HP": "HEALTH_PLAN_ID",
    "AC": "ACCOUNT_NUMBER", "LIC": "LICENSE_NUMBER", "VEH": "VEHICLE_ID",
    "DEV": "DEVICE_ID", "URL": "URL", "IP": "IP_ADDRESS", "OID": "OTHER_ID",
}

DOCS = []


def doc(id_, text):
    DOCS.append((id_, text))


# ---------------------------------------------------------------------------
# Clinical documents (with PHI)
# ---------------------------------------------------------------------------

doc("note01_ed_stemi", """
EMERGENCY DEPARTMENT PHYSICIAN NOTE
{G|Mercy Regional Medical Center} - Main ED, Pod B
Patient: {N|Adebayo, Oluwaseun K}    MRN: {MRN|00482913}    DOB: {D|07/14/1961}
Arrival: {D|03/02/2024} 02:17 via EMS
Attending: {N|R. Castellanos}, MD    Resident: {N|Priya Venkataraman}, MD (PGY-2)

CHIEF COMPLAINT: chest pressure x 2 hours

HPI: 62 y/o M w/ HTN, HLD, T2DM (A1c 8.1 three months ago) who developed substernal pressure radiating to the L jaw around 00:15 while clearing snow from the driveway at {ST|118 Birchwood Ln}, {C|Lowell}. Diaphoretic and nauseated per wife {N|Funmilayo}, who called 911. EMS gave ASA 324 mg and NTG 0.4 mg SL x2 with partial relief. No prior cath. Brother had an MI at 50. Nonsmoker, 1-2 beers on weekends.

ROS: +nausea, +diaphoresis. Denies syncope, fever, cough, leg swelling. Otherwise negative x10.

EXAM: BP 158/94  HR 98  RR 20  SpO2 96% RA  T 36.8
Anxious, diaphoretic. RRR, no murmur/rub. Lungs CTAB. No JVD. No LE edema. Radial pulses 2+ and symmetric.

ECG 02:19: sinus 96, 1.5-2 mm STE II, III, aVF with reciprocal STD I, aVL. Read by me and Dr. {N|Castellanos}.
Labs: hs-TnT 48 ng/L (ref <19), K 4.1, Cr 1.0, glucose 212.

MDM: Inferior STEMI. Cath lab activated 02:24 (door-to-activation 7 min). Heparin 4000 U IV bolus, ticagrelor 180 mg PO. Discussed with Dr. {N|Hwang} (interventional), en route. Risks/benefits reviewed, pt consents.

DISPOSITION: cath lab, then CCU.
Wife's cell {P|(978) 555-0142}; she is driving in with their son {N|Tunde}.

Electronically signed: {N|Priya Venkataraman}, MD {D|03/02/2024} 03:05
Attending attestation: I saw and examined the patient with the resident and agree with the findings and plan above. Critical care time 35 min excluding procedures. -- {N|Rafael Castellanos}, MD
""")

doc("note02_hp_chf", """
HOSPITAL MEDICINE - HISTORY AND PHYSICAL

Name: {N|WOJCIECHOWSKI, HALINA}        MRN: {MRN|7730-118-42}       Acct: {AC|40019837221}
Admit date: {D|11/19/23}     Room 5S-14     PCP: Dr. {N|June Okonkwo-Bell}

CC: "I can't catch my breath"

HPI: Mrs. {N|Wojciechowski} is an 81 yo Polish-speaking woman (hx via phone interpreter #{OID|22817} and her granddaughter {N|Kasia}) with HFrEF (EF 25%, TTE {D|8/2023}), AF on apixaban, CKD 3b, who presents w/ 5 days of progressive DOE, 3-pillow orthopnea and ~4 kg wt gain. Ran out of furosemide about a week ago; her usual pharmacy ({G|Kowalski's Family Pharmacy}) was closed over the holiday and she "didn't want to bother anybody." No CP, no syncope. Dietary indiscretion at a church dinner last Sunday (pierogi, kielbasa).

PMH: HFrEF (NICM), paroxysmal AF, CKD 3b (baseline Cr 1.6), HTN, OA knees, cataracts s/p bilateral extraction
Meds: furosemide 40 mg BID (not taking), metoprolol succinate 50 mg daily, apixaban 2.5 mg BID, sacubitril/valsartan 24/26 mg BID, acetaminophen PRN
Allergies: sulfa (rash)
SH: widow, lives alone, 2nd-floor walk-up in {C|Hamtramck}. Retired seamstress ({G|Dodge Main} upholstery line). Never smoker, no EtOH. Daughter {N|Grazyna Nowak} ({P|313-555-0187}) checks on her daily.
FH: noncontributory.

EXAM: T 36.4  BP 104/68  HR 112 irreg  RR 24  SpO2 89% RA -> 94% 3L NC  Wt 71.2 kg (dry ~67)
JVP to angle of jaw, bibasilar crackles 1/2 up, S3, 2+ pitting edema to knees. Alert, oriented x3.

DATA: BNP 2,840; Cr 2.1; K 5.0; Na 131; hs-TnT 36 flat x2. CXR: cardiomegaly, bilat effusions, cephalization. ECG: AF RVR 118, LBBB (old).

A/P: 81F with acute on chronic HFrEF exacerbation, precipitated by diuretic nonadherence + Na load.
1. ADHF: furosemide 80 mg IV BID, strict I/O, daily wts, 2 g Na, 1.5 L fluid. Hold ARNI tonight given soft BP/AKI.
2. AF RVR: rate likely 2/2 volume; continue metoprolol, apixaban 2.5 mg BID (meets 2/3 dose-reduction criteria).
3. AKI on CKD: cardiorenal; trend.
4. Dispo: will need home HF nurse; SW to explore pharmacy delivery. Code: DNR/DNI confirmed with pt and granddaughter.

{N|M. Tran}, DO  Hospitalist    {D|11/19/2023} 21:40
""")

doc("note03_dc_urosepsis", """
DISCHARGE SUMMARY
{G|St. Brendan's Hospital}, {C|Worcester}

Patient: {N|Grant, Hope E.}          MRN: {MRN|S0092218}        DOB: {D|1949-02-03}
Admitted: {D|2024-01-08}             Discharged: {D|2024-01-15}
Attending: {N|Bishop, Alan}, MD      PCP: {N|Leah Marchetti}, NP, {G|Greendale Family Health}
Disposition: home with VNA

ADMITTING DIAGNOSIS: Sepsis, presumed urinary source
DISCHARGE DIAGNOSES:
1. E. coli pyelonephritis with bacteremia
2. AKI on CKD stage 3a, resolving
3. Hypoactive delirium, resolved
4. Type 2 diabetes mellitus, uncontrolled (A1c 9.4)

HOSPITAL COURSE
1. Urosepsis. Presented from home with rigors, T 39.4, BP 84/50, lactate 3.8. Responded to 30 mL/kg LR, never required pressors. Blood cultures {D|1/8} x2 grew E. coli, pan-sensitive except ampicillin. Renal US: no hydronephrosis or abscess. Ceftriaxone x4 days, then cefpodoxime 200 mg BID to complete 14 days total (last dose {D|1/21}).
2. AKI on CKD 3a. Cr peaked at 2.4 on HD2; 1.3 at discharge (baseline 1.2). Lisinopril held; resume at PCP visit if Cr stable.
3. Delirium. Hypoactive, likely septic. Resolved by hospital day 4 with sleep hygiene and reorientation. Her daughter {N|Faith} stayed overnight the first two nights, which helped a great deal. No antipsychotics given.
4. DM2. Basal-bolus insulin in house; discharged on glargine 18 units qHS plus home metformin (eGFR now 48). Diabetes educator {N|Rhiannon Pugh} taught glucometer use.

CONDITION AT DISCHARGE: stable, ambulating with rolling walker, tolerating diet.

FOLLOW-UP
- {N|Leah Marchetti}, NP, {D|1/19} at 10:40 AM, {P|508-555-0163}
- Urology, Dr. {N|Sandeep Rao}, {D|February 6} (referral {OID|REF-2024-004471}) for recurrent UTI workup
- BMP at {G|Quest Diagnostics} on {D|1/18}
- Home health: {G|VNA of Central Mass}, fax {F|508-555-0199}, start of care {D|1/16}

PENDING AT DISCHARGE: none.

Dictated by {N|Alan Bishop}, MD. Transcription job {OID|TJ-7718302}.
""")

doc("note04_op_pacemaker", """
OPERATIVE REPORT

DATE OF PROCEDURE: {D|September 12, 2023}
PATIENT: {N|Ximena Quispe-Huamán}           MRN: {MRN|2210487}
SURGEON: {N|Thomas Nguyen}, MD
ASSISTANT: {N|Carla Moretti}, PA-C
ANESTHESIA: monitored anesthesia care, Dr. {N|Adeyemi}

PREOPERATIVE DIAGNOSIS: Symptomatic complete heart block
POSTOPERATIVE DIAGNOSIS: Same
PROCEDURE: Dual-chamber permanent pacemaker implantation via left axillary vein, fluoroscopic guidance

DEVICES IMPLANTED
  Pulse generator: Medtronic Azure XT DR MRI SureScan, model W1DR01, serial {DEV|RNB612047S}
  Right atrial lead: CapSureFix Novus MRI SureScan 5076, 52 cm, serial {DEV|PJN7730512}
  Right ventricular lead: CapSureFix Novus MRI SureScan 5076, 58 cm, serial {DEV|PJN7731198}

INDICATIONS: 74 yo woman with recurrent presyncope and CHB on Holter, escape rhythm 38 bpm, not on AV-nodal blockers. Risks including pneumothorax, bleeding, infection, lead dislodgement and tamponade were discussed through a Spanish interpreter; consent signed.

DESCRIPTION: The patient was brought to the EP lab and prepped and draped in the usual sterile fashion. Cefazolin 2 g IV given within 60 min of incision. 1% lidocaine infiltrated. A 5 cm incision was made 2 cm below the left clavicle and a pocket fashioned at the level of the pectoralis fascia. Axillary venous access obtained x2 under fluoroscopy using the modified Seldinger technique. RV lead positioned at the mid septum: R wave 11.2 mV, threshold 0.6 V @ 0.4 ms, impedance 620 ohms. RA lead placed in the appendage: P wave 3.1 mV, threshold 0.8 V @ 0.4 ms, impedance 510 ohms. No diaphragmatic stimulation at 10 V. Leads secured with 2-0 silk over suture sleeves. Pocket irrigated with antibiotic solution, hemostasis confirmed. Generator connected and placed. Incision closed in 3 layers with 3-0 Vicryl and 4-0 Monocryl, Dermabond applied.

EBL: <10 mL. Complications: none. Fluoro time 4.2 min.

Post-procedure CXR: no pneumothorax, leads in good position. Programmed DDD 60-130.
Device registration submitted and temporary ID card given. Daughter {N|Rosa} updated in the waiting area.
Follow-up: wound check in device clinic {D|9/19}; enrolled in remote monitoring.

{N|Thomas Nguyen}, MD  Cardiac Electrophysiology
""")

doc("note05_rad_ct_appy", """
CT ABDOMEN AND PELVIS WITH IV CONTRAST

Accession: {OID|CT24-0581733}      Exam date: {D|04/27/2024} 16:52
Patient: {N|LINCOLN, DESHAWN M}     MRN: {MRN|91-004-5521}     DOB: {D|10/30/1988}
Ordering provider: {N|Kaur, Simran}, MD       Location: {G|Northgate Urgent Care}

CLINICAL HISTORY: RLQ pain x 1 day, fever, WBC 15.2. Evaluate for appendicitis.

TECHNIQUE: Axial CT images of the abdomen and pelvis after 100 mL Omnipaque 350 IV. Coronal and sagittal reformats. DLP 612 mGy-cm. No oral contrast.

COMPARISON: None.

FINDINGS:
Lower chest: Lung bases clear.
Liver, gallbladder, spleen, pancreas, adrenals: Unremarkable.
Kidneys: No hydronephrosis or calculi.
Bowel: The appendix is dilated to 11 mm with wall hyperenhancement and periappendiceal fat stranding. A 6 mm appendicolith is seen at the base. No extraluminal gas. No drainable fluid collection. Small bowel normal caliber.
Lymph nodes: Several subcentimeter mesenteric nodes in the RLQ, likely reactive.
Pelvis: Bladder unremarkable. Trace free fluid.
Bones: No aggressive osseous lesion.

IMPRESSION:
1. Acute appendicitis with appendicolith. No evidence of perforation or abscess.
2. Trace pelvic free fluid.

Findings communicated by telephone to Dr. {N|Kaur} at 17:20 on {D|4/27/2024} with read-back confirmation.

Dictated by: {N|Hannah Lindqvist}, MD          Signed: {D|04/27/2024} 17:24
""")

doc("note06_path_breast", """
SURGICAL PATHOLOGY REPORT
{G|Bayview Pathology Associates}

Accession #: {OID|S24-11873}
Patient: {N|Fitzgerald, Siobhán}             DOB: {D|22-Mar-1975}        MRN: {MRN|H0331907}
Collected: {D|13-Jun-2024}                     Received: {D|14-Jun-2024}
Submitting physician: {N|Okafor, Chinedu} (Breast Surgery)
Copy to: Dr. {N|L. Ferreira-Santos}

SPECIMEN
A. Left breast, 2 o'clock, 6 cm from nipple, ultrasound-guided core biopsy (14G x 4 cores)

CLINICAL INFORMATION
49F, BI-RADS 5 mass 1.8 cm on diagnostic mammogram/US.

GROSS DESCRIPTION
Received in formalin labeled with the patient's name and medical record number are four tan-white cores, 0.8 to 1.5 cm, entirely submitted in cassette A1. Cold ischemia < 1 h, fixation 22 h.

MICROSCOPIC DIAGNOSIS
A. Left breast, 2:00, core biopsy:
  - Invasive ductal carcinoma (invasive carcinoma of no special type), Nottingham grade 2 (tubules 3, nuclei 2, mitoses 2; total 7/9)
  - Ductal carcinoma in situ, cribriform type, intermediate nuclear grade
  - Lymphovascular invasion: not identified

BIOMARKERS (block A1)
  ER: positive, 95%, strong
  PR: positive, 40%, moderate
  HER2 (4B5): equivocal, 2+; reflex FISH ordered (order {OID|FISH-24-2290})
  Ki-67: 18%

Intradepartmental consultation: Dr. {N|Pillai} reviewed and concurs.

Electronically verified by {N|Margarethe Vogel}, MD, on {D|6/17/2024} at 14:08
""")

doc("note07_nursing_night", """
NURSING SHIFT NOTE   1900-0700   4 West, Rm 418-B
Pt: {N|Dallas Merriweather}     {D|2/11} into {D|2/12}

Neuro: A&Ox4 at start of shift, became intermittently confused ~0230 ("where's my truck"), reoriented easily. CAM neg at 0400.
CV: NSR 70s-80s on tele. BP 128-146/70s.
Resp: 2L NC, SpO2 93-95%. Diminished bases, IS 750 mL x10/hr while awake.
GI/GU: Tolerating cardiac diet, ate 50% of dinner. Foley to gravity draining clear yellow, 1,150 mL for shift. Last BM {D|2/10}, senna given.
Skin: sacrum intact, blanchable. Turned q2h. Heels floated.
Pain: 3/10 incisional, oxycodone 5 mg PO x1 at 2250 w/ relief to 1/10.
Lines: 20g L forearm placed 0310 by {N|Marisol}, RN after pt pulled original PIV. Site clean.

Family: wife {N|Jolene} called 2130 asking for update; pt gave verbal OK to share info. She'll be in after 10 AM with his brother {N|Austin}.
Safety: bed alarm on, call light in reach, non-skid socks.

Report given to {N|Kwame}, RN at 0700 at bedside.
-- {N|T. Boateng}, RN
""")

doc("note08_handoff_table", """
MEDICINE TEAM 3 - NIGHT SIGN-OUT     {D|Sat 10/5}     Night float: {N|Okoro} (pager 4471)

Rm   | Patient               | Age | One-liner                               | To do / contingency
612A | {N|Brown, Willie}          | 74  | CAP on CTX/azithro, improving            | f/u BCx; if T>38.5 re-culture x2
612B | {N|Nakamura, Yoko}         | {A|91}  | hip fx s/p ORIF {D|10/3}, hyperactive delirium | NO benzos; sitter in place; haldol 0.25 mg PRN max x2
614  | {N|Major, Chris}           | 55  | EtOH withdrawal, CIWA 12 at 1800         | CIWA q2h, call if >20 or hallucinating
615  | {N|Al-Sayed, Mariam}       | 38  | DKA, transitioned to SQ insulin 1600     | BMP at 0200 - confirm AG closed
617  | {N|Page, Eleanor} ("{N|Nell}") | 88  | ADHF, net -1.8 L today                   | K 3.3 -> 40 mEq PO given, recheck AM
620  | {N|de la Cruz, Emilio}     | 67  | UGIB, Hgb 7.4, on pantoprazole gtt       | transfuse if Hgb <7; EGD AM w/ {N|Wood} (GI)
621  | {N|Sørensen, Kirsten}      | 46  | cellulitis RLE                           | nothing to do, just sleep

FYI: {N|Brown}'s son ({N|Marcus}) is HCP, prefers calls to cell only: {P|(314) 555-0168}.
{N|Nakamura}: family says she speaks Japanese when delirious - daughter {N|Emi} can interpret by phone.
""")

doc("note09_ed_bedboard", """
ED TRACKING BOARD - snapshot {D|07/22/2024} 14:05        Charge RN: {N|Sheree Dubois}

Bed  | Patient              | Age/Sex | CC                      | MD/APP        | Status
T1   | {N|KING, M}               | 45 M    | GSW L thigh             | {N|Sato}          | to OR, blood at bedside
T2   | {N|ORLANDO, Faith}        | 29 F    | MVC, restrained driver  | {N|Sato}          | CT pending
4    | {N|HOLLOWAY, Vernon}      | {A|90} M    | weakness, falls         | {N|Greenberg}     | UA/CXR done, admit?
7    | {N|NGUYEN THI, Lan}       | 61 F    | abd pain                | {N|Ochieng} PA    | needs interpreter (Vietnamese)
9    | {N|SUMMERS, Savannah}     | 19 F    | SI                      | {N|Greenberg}     | 1:1 sitter, psych paged
12   | {N|ROSE, April}           | 33 F    | HA, 32 wks pregnant     | {N|Ochieng} PA    | L&D notified
14   | {N|PETROV, Anatoly}       | 77 M    | SOB                     | {N|Greenberg}     | BiPAP, ICU consult
HW2  | {N|WHITFIELD, Jackson}    | 52 M    | found down, EtOH        | {N|Sato}          | sobering, neuro checks q1h

Waiting: 14   Longest wait: 3h12m   Boarding: 5 (4 med, 1 tele)
""")

doc("note10_uk_gp_referral", """
{G|Harrowgate Road Surgery}
{ST|14 Harrowgate Road}
{C|Leeds}
{Z|LS7 4NR}
Tel: {P|0113 496 0728}    Fax: {F|0113 496 0729}

{D|3 April 2024}

Dr {N|Imran Qureshi}
Consultant Gastroenterologist
{G|St James's University Hospital}
{C|Leeds} {Z|LS9 7TF}

Dear Dr {N|Qureshi},

Re: Mrs {N|Bernadette Sykes}, DOB {D|19/08/1956}
NHS No: {HP|943 476 5919}
{ST|27 Chapel Allerton Lane}, {C|Leeds} {Z|LS7 3QP}
Tel: {P|07700 900461}

Thank you for seeing this pleasant 67 year old lady under the suspected lower GI cancer (2WW) pathway. She presented with 3 months of fatigue and a change in bowel habit to looser stools. Bloods on {D|28/03/2024} show Hb 94 g/L, MCV 71, ferritin 6 µg/L. FIT result 180 µg Hb/g faeces. Coeliac serology negative. She has lost about 4 kg without trying.

PMH: hypertension, hypothyroidism, right TKR 2019.
Medication: amlodipine 5 mg OD, levothyroxine 75 micrograms OD. I have started ferrous fumarate 210 mg BD.
No known drug allergies.

She lives with her husband {N|Derek}, who has early Alzheimer's disease, and she is his main carer, so she would be grateful for a morning appointment if at all possible. Her son {N|Gareth} is happy to be contacted and can drive her.

Many thanks for your help.

Yours sincerely,

Dr {N|Aoife Brennan}
GP Partner
""")

doc("note11_irl_rheum_letter", """
Department of Rheumatology
{G|Cork University Hospital}
{C|Cork}  {Z|T12 DC4A}
Secretary: {P|021 492 2000} ext 3318

{D|12th February 2024}

Dr {N|Pádraig Ó Súilleabháin}
{G|Bantry Medical Centre}
{ST|Main Street}, {C|Bantry}, {CO|Co. Cork}

Re: {N|Máire Ní Bhriain}     DOB {D|04/11/1979}     MRN {MRN|0771342}
{ST|3 Glengarriff Road}, {C|Bantry}, {Z|P75 HX28}

Dear {N|Pádraig},

I reviewed {N|Máire} in the early arthritis clinic today, accompanied by her partner {N|Colm}. She describes 4 months of symmetrical small joint pain in the hands and feet with early morning stiffness of about 90 minutes. She works as a special needs assistant at {G|Scoil Mhuire} and has found the mornings very difficult.

On examination she had 9 tender and 6 swollen joints (bilateral MCP 2-3, R PIP 3, both wrists). Rheumatoid factor 88 IU/mL and anti-CCP >340 U/mL. CRP 24. DAS28-CRP 5.1, i.e. high disease activity. Hand x-rays show periarticular osteopenia without erosions.

Impression: seropositive rheumatoid arthritis.

Plan:
1. Methotrexate 15 mg once weekly (Monday), folic acid 5 mg weekly on Thursday. Counselled re alcohol and contraception.
2. Depo-Medrone 120 mg IM given today as bridging.
3. Bloods (FBC, LFTs, U&E) every 2 weeks for 6 weeks, then monthly. Would you be kind enough to arrange these locally?
4. Hepatitis B/C, VZV serology and chest x-ray sent today.
5. Review in 6 weeks with CNS {N|Eileen Hurley}.

Kind regards,

Dr {N|Niamh Costigan}
Consultant Rheumatologist

cc: Ms {N|Máire Ní Bhriain}
""")

doc("note12_ca_neuro_consult", """
{G|Sunnybrook Health Sciences Centre} - Division of Neurology
{ST|2075 Bayview Ave}, {C|Toronto}, ON  {Z|M4N 3M5}
Tel {P|416-555-0134}  |  Fax {F|416-555-0178}

{D|May 8, 2024}

Dr. {N|Gurpreet Sandhu}
{G|Peel Family Health Team}
Fax: {F|905-555-0122}

RE: {N|Lachlan Beaumont-Tremblay}     DOB: {D|1992/09/17}     OHIP: {HP|5584-219-366-KT}

Dear Dr. {N|Sandhu},

Thank you for referring this 31-year-old right-handed courier whom I saw today regarding two episodes of altered awareness. The first occurred in {D|March 2024} while he was sorting parcels: a co-worker noticed him staring, lip-smacking and fumbling with his vest for about a minute, after which he was confused for 15 minutes. The second, on {D|April 22}, was witnessed by his girlfriend {N|Océane}, and was preceded by a rising epigastric sensation and déjà vu. No generalized convulsions. No prior febrile seizures, head injury or CNS infection.

Neurological exam was normal. MRI brain with epilepsy protocol shows increased T2/FLAIR signal and volume loss in the left hippocampus, consistent with mesial temporal sclerosis. Routine EEG showed left anterior temporal sharp waves.

Impression: focal impaired-awareness seizures of left temporal origin.

I have started lacosamide 50 mg BID, increasing to 100 mg BID after one week. He drives a delivery van for {G|Purolator}; I explained that he must not drive and, as required, I have filed a medical condition report with the Ministry of Transportation (driver's licence {LIC|B2261-47019-20917}). He is understandably upset and I have provided a note for his employer.

I will see him again in 3 months with a sleep-deprived EEG. If seizures persist despite two adequate trials I would refer him to the epilepsy surgery program.

Yours sincerely,

{N|Chantal Lévesque}, MD FRCPC
Neurology
""")

doc("note13_au_discharge", """
{G|Princess Alexandra Hospital}  -  DISCHARGE SUMMARY

Patient:   {N|TAYLOR-NGATA, Wiremu}          UR No: {MRN|1188342}
Medicare:  {HP|2953 70418 1}                  DOB: {D|02/06/1958}
Address:   {ST|9/41 Ipswich Rd}, {C|Woolloongabba} QLD {Z|4102}
Admitted:  {D|18/03/2024}     Discharged: {D|24/03/2024}
Unit:      Cardiology          Consultant: Dr {N|Meera Iyer}
GP:        Dr {N|Liam O'Rourke}, {G|Stones Corner Medical Practice}, fax {F|(07) 3555 0148}

Principal diagnosis: NSTEMI
Procedures: Coronary angiogram ({D|19/03}) - 90% proximal LAD, PCI with 1 x DES (3.0 x 28 mm). Mild RCA disease.

Summary:
65 y.o. man, ex-smoker (30 pack-years, quit 2015), T2DM, presented with 2 h of central chest pain at rest. Trop I 1,840 ng/L. ECG: dynamic T wave inversion V1-V4. Echo: LVEF 45%, anterior hypokinesis. Uncomplicated post-PCI course. Mobilised day 2.

Discharge medications:
 - Aspirin 100 mg mane (lifelong)
 - Ticagrelor 90 mg BD (12 months, until {D|March 2025})
 - Atorvastatin 80 mg nocte
 - Metoprolol succinate 47.5 mg mane
 - Ramipril 2.5 mg mane
 - Metformin XR 1 g BD (unchanged)
 - GTN spray PRN

Please:
 - Check UEC and K+ in 1 week (ramipril new)
 - Titrate metoprolol/ramipril as tolerated
 - Cardiac rehab referral sent to {G|QEII Jubilee Hospital}

{N|Wiremu}'s wife {N|Aroha} was present for the discharge education and has a copy of the chest pain action plan.

Dr {N|Ben Hollis}
Cardiology Registrar
""")

doc("note14_home_health", """
HOME HEALTH - SKILLED NURSING VISIT NOTE
Agency: {G|Blue Ridge Home Care}
Patient: {N|Ezekiel Thornbury}      DOB: {D|6/1/1941}      Agency ID: {MRN|BRHC-20931}
Visit date: {D|08/14/2024}          Time in 0930 / Time out 1025
Address: {ST|4410 Quaker Ave Apt 12B}, {C|Lubbock}, TX {Z|79413}  ({CO|Lubbock County})
Visit type: SN - wound care, INR, med management (visit 6 of 9)

S: Pt reports L shin wound "looks better." Denies fever/chills. States he "might have doubled up" on warfarin Tues because he couldn't remember if he took it. Wife {N|Ruby} now fills pillbox but was at her sister's in {C|Plainview} over the weekend.

O: T 98.1, BP 132/74, HR 68 irreg, RR 16, SpO2 97% RA. Wt 181 lb (stable).
L anterior shin venous ulcer 3.2 x 2.1 x 0.2 cm (was 4.0 x 2.6 x 0.3 on {D|8/7}). Wound bed 80% red granulation, 20% yellow slough, mod serous drainage, periwound macerated at 6 o'clock. No odor. Edema 1+.
POC INR (CoaguChek): 3.6 (goal 2-3).

A: Wound improving. Supratherapeutic INR, likely due to double dose. No bleeding signs.

P: Cleansed w/ NS, hydrofiber + foam, 2-layer compression. Called Dr. {N|Ashford}'s office at 1010, spoke with {N|Becca} (MA): hold warfarin tonight then resume 5 mg daily, recheck INR at next visit {D|8/16}. Pillbox reviewed with pt; neighbor Mr. {N|Castillo} agreed to check in on him until {N|Ruby} is back. Pt verbalized understanding of bleeding precautions.

{N|Jolene Pryor}, RN     {D|08/14/2024}
""")

doc("note15_hospice_idt", """
HOSPICE INTERDISCIPLINARY GROUP NOTE
{G|Evening Star Hospice}                      IDG meeting: {D|08/06/2024}

Patient: {N|Augustine Fairweather} ("{N|Gus}")       Age: {A|94}        MBI: {HP|1EG4-TE5-MK73}
Residence: {G|Maple Grove Assisted Living}, memory care wing
Terminal dx: Alzheimer's dementia, FAST 7c
Benefit period: 3rd      Attending: Dr. {N|Lorraine Szabo}

RN Case Manager ({N|Ifeoma Chukwu}, RN): Pt now bedbound, PPS 30%. Intake 2-3 bites puree and sips with thickened liquids, frequent pocketing. Weight 118 lb, down from 131 lb in {D|May 2024}. MAC 21.5 cm (was 23). Stage 2 sacral pressure injury noted {D|7/31}, 1.5 x 1 cm, foam dressing, air mattress delivered. Occasional grimacing with turns - PAINAD 4 - started acetaminophen 650 mg PR q6h scheduled, morphine concentrate 5 mg SL q2h PRN.

SW ({N|Darnell Pruitt}, MSW): Son {N|Will} (HCP) visits daily after work. He is "at peace" with comfort focus but daughter {N|Philippa}, who lives in {C|Sacramento}, has asked about IV fluids. Family meeting by phone planned for {D|8/9}; {N|Will} posts updates for relatives on {URL|https://www.caringbridge.org/visit/gusfairweather}.

Chaplain (Rev. {N|Okonjo}): Pt was a deacon at {G|Greater Mount Zion Baptist Church}; hymns seem to calm him. Will bring church choir recording.

Aide: bath 3x/wk; increase to 5x/wk.

Plan: continue routine home care level; eligibility supported by decline in intake, weight loss (10% in 3 months) and new pressure injury.
Signed for the IDG: {N|Lorraine Szabo}, MD, Medical Director
""")

doc("note16_pharmacy_forged_rx", """
PHARMACIST INTERVENTION NOTE - CONTROLLED SUBSTANCE
{G|Desert Sky Pharmacy #0412}, {ST|2231 E Camelback Rd}, {C|Phoenix}, AZ {Z|85016}
Date: {D|03/09/2024}   Time: 15:40

Rx presented at drop-off for oxycodone IR 30 mg #120, sig 1 tab q4h PRN, written by Dr. {N|Faisal Haddad}, DEA {LIC|BH7184455}, on what appears to be a printed pad from {G|Camelback Orthopedic Specialists}. Rx #{OID|6021187} entered into queue pending verification.

Patient presented as {N|Brandon Keel}, DOB {D|3/9/1990}, AZ driver license {LIC|D08452217}. Red flags: quantity and strength inconsistent with prescriber's usual pattern (AZ CSPMP shows prescriber typically writes oxycodone 5 mg #20 post-op), DEA checksum OK but handwriting on sig differs from signature, pt requesting to pay cash, third pharmacy in area this week per CSPMP.

Called prescriber office at listed number {P|(602) 555-0193} - number disconnected. Called clinic main line from verified directory {P|(602) 555-0110}, spoke with {N|Tamara} (office manager) who confirmed Dr. {N|Haddad} did not write this Rx and has never seen a patient by that name. Rx not filled; original retained. Pt left store before I could return ID.

Report filed with {C|Phoenix} PD, case {OID|PPD-24-0311982}; CSPMP alert submitted. Notified district RX supervisor {N|Gloria Esquivel}.

{N|Nathaniel Oduya}, PharmD, RPh license {LIC|S017744}
""")

doc("note17_care_coord_call", """
CARE COORDINATION - TELEPHONE ENCOUNTER
{D|10/02/2024} 11:12

Caller: {N|Yesenia} (daughter) re: pt {N|Rosalía Méndez-Orozco} (DOB {D|12/12/1946})
Call back #: {P|(956) 555-0117} (cell), ok to leave VM in Spanish

Reason: post-discharge follow-up. Pt d/c'd from {G|Doctors Hospital at Renaissance} on {D|9/28} after NSTEMI, no PCI (diffuse disease, med mgmt). Daughter says mom is "doing ok" but more tired, SOB walking to mailbox. No CP. Taking all meds - reviewed list by phone, daughter reading bottles:
 - ASA 81, clopidogrel 75, atorva 80, metoprolol tart 25 BID, isosorbide mono 30, SL NTG (hasn't used)
 - still has old lisinopril bottle at home - instructed to STOP, was changed to losartan 25 in hospital

Issues:
 1. Cardiology f/u not yet scheduled -> booked w/ Dr. {N|Salinas} {D|10/9} 2:30 PM at the {C|McAllen} office.
 2. Transportation: daughter works days at {G|H-E-B} distribution center, can't drive her. Pt lives in {C|Edinburg} ({CO|Hidalgo County}), Medicaid covers rides -> scheduled NEMT pickup 1:30 PM, confirmation {OID|NEMT-88314702}.
 3. Scale: pt has none. Sent order for scale; daughter to record wt daily, call if up 3 lb overnight or 5 lb in a week.
 4. Cardiac rehab: pt declined for now ("maybe after the holidays").

Will call back {D|10/10} to confirm appt was kept.
{N|A. Villarreal}, RN Care Coordinator
""")

doc("note18_ur_payer_call", """
UTILIZATION REVIEW - PAYER COMMUNICATION LOG
Patient: {N|Kovalenko, Dmytro}     MRN: {MRN|4478201}     Hospital acct: {AC|HA-2024-0091734}
Payer: Medicaid MCO          Member ID: {HP|XKJ884120337}
Admit: {D|09/14/2024} (obs -> IP next day)     Attending: Dr. {N|Okwuosa}

{D|9/16} 09:05  Clinicals faxed (H&P, progress notes, labs) to payer UM dept. Ref {OID|UR-5520918}.
{D|9/16} 15:30  Call from {N|Tiffany} (payer RN reviewer). IP status denied for first 2 days: "does not meet InterQual for inpatient, observation appropriate." Reason code 4B.
{D|9/16} 15:45  Notified Dr. {N|Okwuosa}; she wants peer-to-peer. Pt still requiring BiPAP intermittently, IV diuresis, pO2 58 on ABG this AM.
{D|9/17} 10:00  P2P scheduled for {D|9/18} 11:15 with Dr. {N|Lamont Pierce}, medical director, {P|1-800-555-0166 ext. 4412}.
{D|9/18} 11:35  P2P completed. Dr. {N|Pierce} overturned denial after discussion of BiPAP requirement. Auth #{OID|A240918-33812} approved through {D|9/19}.
{D|9/19} 14:20  Updated clinicals sent. Pt weaned to 2L NC, planned d/c to SNF ({G|Lakeside Rehabilitation and Care}) pending SNF auth - submitted, tracking {OID|SNF-77193}.

{N|Marguerite Osei}, RN, Utilization Review, x6621
""")

doc("note19_transfer_form", """
INTERFACILITY TRANSFER FORM (EMTALA)

Sending facility: {G|Tri-County Memorial Hospital}, {C|Hillsboro}         Phone: {P|503-555-0140}
Receiving facility: {G|OHSU Hospital}, {C|Portland}                         Phone: {P|503-555-0121}
Date/time of request: {D|12/03/2023} 22:48

Patient: {N|Olsen, Gunnar T.}      DOB: {D|05/26/1952}      MRN: {MRN|TCM-0093314}      SSN: {SSN|540-73-2291}
Diagnosis: Acute ischemic stroke, L MCA, LKW 20:30; CTA with L M1 occlusion
Reason for transfer: thrombectomy / neuro ICU not available at sending facility
Treatment prior to transfer: tenecteplase 25 mg IV at 21:52; BP 168/92 at departure

Accepting physician: Dr. {N|Anjali Deshpande} (neurointerventional), accepted 22:55
Sending physician: Dr. {N|Curtis Wakefield}
Report called to: {N|Darnell}, RN, neuro ICU charge, 23:05

Mode: ALS ground ambulance ({G|Metro West Ambulance}), vehicle plate {VEH|E291447}; critical care RN {N|Lupe Tafoya} accompanying
Departure: 23:20     Weather prohibits air transport.

Consent for transfer signed by: {N|Marguerite Olsen} (wife); pt aphasic, unable to sign.
Belongings sent: glasses, wedding ring (given to wife), cell phone.
Copies sent: imaging on disk (also pushed via image exchange), labs, MAR, this form, face sheet.

Physician certification: the medical benefits reasonably expected from transfer outweigh the increased risks.
Signature: {N|C. Wakefield}, MD       {D|12/03/2023} 23:14
""")

doc("note20_incident_fall", """
PATIENT SAFETY EVENT REPORT                          Report #{OID|PSE-24-03318}
CONFIDENTIAL - Patient Safety Work Product

Event type: Fall, unassisted, with injury
Date of event: {D|01/27/2024}    Time: approx. 03:40
Location: {G|Riverside General Hospital}, 6 North, Room 611
Patient: {N|Adaeze Nwosu}       MRN: {MRN|30088417}       Age: 84
Reporter: {N|Kyle Brandt}, RN, employee #{OID|44182}

Description: At approx 0340 pt found sitting on floor beside bed by PCT {N|Jamal Whitmore} responding to call light from roommate. Pt stated she was trying to get to the bathroom and "didn't want to ring again." Bed alarm was found OFF; last documented ON at 2300 rounding. Fall risk: Morse 65 (high). Pt on furosemide 40 mg IV at 2200.

Injury: 3 cm laceration R eyebrow, small hematoma. Pt on apixaban.

Immediate actions: Charge RN {N|Precious Mbeki} notified 0342. Dr. {N|Lindgren} (night hospitalist) at bedside 0355. CT head/C-spine 0430: no acute intracranial hemorrhage, no fracture. Laceration closed with Dermabond. Neuro checks q1h x4 then q4h. Daughter {N|Chioma} notified by phone at 0512 ({P|410-555-0175}); she requested a sitter.

Contributing factors (preliminary): bed alarm off; diuretic timing late evening; toileting schedule not in place; pt reluctant to use call light.

Follow-up: post-fall huddle completed 0600 with the night team. Manager {N|Rosalind Achterberg} notified. Referred to falls committee for review of evening diuretic dosing.
""")

doc("note21_portal_refill", """
From: {N|brittany hale}
Sent: {D|6/3/2024} 11:47 PM
To: Dr {N|Patel}'s care team
Subject: refill??

hi dr {N|patel} its brittany, i ran out of my zoloft on saturday and the {G|walgreens} said they need a new script from you?? i called the office friday but nobody called back. im starting to feel kinda dizzy and brain zappy like last time i missed it. can you plz send it today my boyfriend {N|marcus} can pick it up after work. also i got new insurance thru my job at {G|Kroger} so the member id is {HP|ZGP90331447} now not the old one. my cell is {P|614 555 0190} if u need me

thx
brittany
""")

doc("note22_portal_elderly", """
Subject: Appointment on the {D|15th}

Dear Dr. {N|Young},

I hope this finds you well. I wanted to let you know that I will have to cancel my appointment on {D|Thursday the 15th} because I will be staying at my daughters house in {C|Scranton} until the end of the month. My grandson {N|Jayden} was going to drive me but he has started a new job at {G|Geisinger} and cant get the time off.

Also the new water pill you gave me makes me go to the bathroom all night, is it alright to take it in the morning insted. My ankles are better but I still get short of breath on the stairs. My blood pressure this morning was 142 over 80 on the machine.

Could the nurse call me at my daughters number {P|570-555-0133}. Her name is {N|Dorothea} so she may answer.

Thank you kindly,
{N|Wilhelmina Brandt-Hoffmann}
""")

doc("note23_portal_daughter", """
hi this is {N|lakshmi}, {N|venkat subramanian}'s daughter. dad is {A|92} and has been having more trouble with his memory since his fall on {D|july 4th}. he got lost driving back from the temple on sunday and a police officer brought him home. we took his keys but he is very upset and keeps asking for them. can dr. {N|ferreira} fill out the form so the DMV can look at his license? also he is still taking the donepezil, is it ok to go up to the 10 mg? my brother {N|ravi} in {C|edison} says we should get a second opinion at {G|rutgers} but i wanted to ask you first. you can email me at {E|lakshmi.s.iyer84@gmail.com} or call {P|732.555.0149}. thank u so much
""")

doc("note24_ed_mvc_trauma", """
TRAUMA FLOW - ED PHYSICIAN NOTE (Level 2 activation)
{G|Doctors Medical Center}, {C|Modesto}
Date of service: {D|11/16/2024}    Arrival 18:42 via {G|AMR} ground

Patient: {N|Villalobos, Marisela}      MRN: {MRN|DMC7004381}      DOB: {D|02/28/1990}

Mechanism: 34 yo F restrained driver of a 2016 Toyota Camry (CA plate {VEH|8BRZ204}) T-boned on the passenger side at ~45 mph near {C|Manteca}. +airbag deployment, self-extricated, ambulatory at scene. Front-seat passenger (her cousin, {N|Yadira}) transported to {G|San Joaquin General}. CHP incident no. {OID|CHP-241116-0877}; Officer {N|R. Delgado}, badge {OID|19022}, at bedside requesting BAC - declined without consent/warrant per policy.

Primary: A patent, B clear bilat, C HR 104 BP 122/80, D GCS 15, E seatbelt sign across L chest/abdomen.
Secondary: L chest wall TTP, LUQ tenderness, no peritonitis. L wrist swollen, snuffbox tender. No midline C-spine TTP, Canadian C-spine rule applied - imaged due to dangerous mechanism.
FAST: negative. CXR: no PTX.

CT pan-scan: grade II splenic laceration without active extravasation; nondisplaced L 8th-9th rib fractures; C-spine neg. L wrist XR: no fx seen, treat as occult scaphoid - thumb spica.

Plan: admit to trauma surgery (Dr. {N|Abiodun Fashola}) for serial abd exams and Hgb q6h, NPO after MN, no pharm DVT ppx x24h. Tdap given. Pt 6 wks postpartum, breastfeeding - lactation consult; husband {N|Efraín} bringing the baby and pump. Husband's cell {P|(209) 555-0162}.

{N|Kerry-Ann Whitlock}, MD
""")

doc("note25_social_work", """
SOCIAL WORK PSYCHOSOCIAL ASSESSMENT
Patient: {N|Tremaine Jefferson}       MRN: {MRN|5530219}       DOB: {D|4/17/1979}
Unit: 7 Medicine        Date: {D|10/21/2024}
Referral source: RN/MD - housing insecurity, no ID, needs Medicaid application

Pt is a 45 y.o. man admitted 2 days ago with LE cellulitis and uncontrolled DM. Interviewed at bedside; pt alert, pleasant, engaged.

Housing: Pt reports he was evicted from his apartment at {ST|1827 Woodland Ave}, {C|Cleveland}, OH {Z|44115} in {D|August 2024} after losing his job at {G|Ohio Star Forge}. Since then has been sleeping in his vehicle, a silver 2009 Honda Accord (OH plate {VEH|JKT 4419}), usually in the lot near {G|Cudell Recreation Center}. Car was towed on {D|10/18} while he was at the ED - pt very worried about belongings (insulin, meter, birth certificate). Called impound lot with pt's permission; they require title or registration plus photo ID to release. VIN {VEH|1HGCP26829A118832} per pt's insurance card photo on his phone.

Income/benefits: no income. SSN {SSN|291-55-8873} confirmed with pt for Medicaid and SNAP applications submitted online to {CO|Cuyahoga County} Job & Family Services today, application #{OID|CJFS-2024-5519034}.

Supports: sister {N|Lakeisha Jefferson} in {C|Akron} ({P|330-555-0127}), offered couch "for a couple weeks." Friends from church ({G|Antioch Baptist}) set up a fundraiser: {URL|https://www.gofundme.com/f/help-tremaine-get-back-on-his-feet}.

Plan:
1. Letter for impound lot; SW to call tow company re fee waiver.
2. Referral to {G|Coordinated Intake Cuyahoga} for shelter/rapid rehousing.
3. State ID voucher once birth certificate retrieved.
4. Follow up with pt tomorrow.

{N|Harriet Kamau-Bell}, LISW-S   ext 7-4418
""")

doc("note26_telehealth_psych", """
TELEHEALTH VISIT - PSYCHIATRY MEDICATION MANAGEMENT
Date of service: {D|02/20/2025}     Modality: synchronous audio-video
Patient: {N|Caoimhe Duggan-Reyes}       MRN: {MRN|MT-448120}       DOB: {D|08/03/1997}
Session link: {URL|https://telehealth.bigskyhealth.org/visit/8842-QKX}
Connection: pt joined from IP {IP|98.212.44.17} (home broadband)
Location: Patient at home in {C|Bozeman}, MT, verified at start of visit. Provider at {G|Big Sky Behavioral Health}, {C|Billings}. Provider licensed in MT, license no. {LIC|MED-PHYS-21374}.
Consent for telehealth on file ({D|11/2024}).

S: 27 y.o. with bipolar II, last seen {D|1/16}. Reports mood "mostly level." Sleeping 7 h. One 3-day hypomanic stretch around her birthday with decreased sleep and overspending (~$600), self-limited. No SI/HI. Working remotely for {G|Montana State University} IT help desk. Partner {N|Rowan} present for part of the visit at pt's request, confirms no further episodes.
Meds: lamotrigine 200 mg daily (adherent, no rash), quetiapine 50 mg qHS PRN (using ~2x/wk).

O: Well-groomed, good eye contact on video, speech normal rate, mood "good," affect euthymic, full range. Thought process linear. No psychosis. Insight and judgment good. PHQ-9 = 4, GAD-7 = 5, MDQ not repeated.

A/P: Bipolar II, currently euthymic with brief hypomanic episode.
- Continue lamotrigine 200 mg. Discussed adding lithium if recurrent hypomania; pt prefers to wait.
- Sleep regularity, mood charting app.
- Lamotrigine level not indicated. Annual CMP due.
- RTC 8 weeks via video.

{N|Siddharth Rao-Lindqvist}, MD
""")

doc("note27_privacy_audit", """
PRIVACY & COMPLIANCE OFFICE - EHR ACCESS INVESTIGATION
Case #: {OID|PRIV-2024-0187}          Opened: {D|05/29/2024}          Investigator: {N|Odalys Ferrer}, CHPC

Patient: {N|Juniper Castellano-Reyes}     MRN: {MRN|88120437}     (confidential/VIP flag)
Complaint received by email from the patient ({E|j.castellanoreyes@outlook.com}) alleging that a neighbor employed at the hospital knew details of her ED visit on {D|5/21}.

Access log excerpt:
Timestamp            | User ID | Name / role                  | Workstation IP  | Action
{D|2024-05-21} 22:14:09 | {OID|ua48817} | {N|Brooke Sandoval}, PCT (4 South)   | {IP|10.44.18.203} | Chart open - Demographics, ED provider note
{D|2024-05-22} 07:02:51 | {OID|md11204} | {N|Femi Oladipo}, MD (hospitalist)   | {IP|10.44.22.17}  | Admission H&P
{D|2024-05-23} 23:37:40 | {OID|ua48817} | {N|Brooke Sandoval}, PCT (4 South)   | {IP|172.58.44.190} (VPN) | Chart open - Notes

Findings: User {OID|ua48817} ({N|Sandoval}) had no treatment, payment or operations role; she was not assigned to the ED or to the admitting unit. Access from a personal device via VPN on {D|5/23}. In interview on {D|6/3}, employee acknowledged she lives on the same street as the patient and looked "because I was worried."

Determination: impermissible access, reportable breach (1 individual). Patient notification letter mailed {D|6/10/2024} to address on file. Manager {N|Gil Abernathy} and HR notified; sanction per policy 7.14. Contact for patient questions: {E|privacy@stcolumbahealth.org}, {P|(877) 555-0104}.
""")

doc("note28_resident_signout_txt", """
night s/o gold team {D|1/4}   (day: {N|anjali} / night: {N|tobi})

- rm 8 mrs {N|okafor} 78F pna on ctx/azithro, full code. afebrile today. if spikes get bcx x2 and lactate. daughter {N|grace} may call after 9, ok to update her
- rm 11 {N|bishop} 66M etoh cirrhosis, mild HE. lactulose titrate to 3 BMs. on SBP ppx. if more confused just give extra lactulose, no need for ammonia
- rm 14 {N|lorenzo} 41M RLE cellulitis, vanc trough before 4th dose at 0200, pharmacy will dose
- rm 15 {N|hope} 23F SCD pain crisis, PCA dilaudid. hgb 6.8 this pm, if <6 transfuse 1u. heme (dr {N|mensah}) aware. she gets anxious at night - her mom {N|patrice} usually stays
- rm 19 mr {N|van der Merwe} 59M new afib, dilt gtt 10. if HR >130 sustained bolus 10 and call me
- rm 22 {N|june} (pt prefers first name) 34F alcoholic hepatitis, MDF 41, on pred. CIWA. psych saw her, wants to talk about rehab at {G|Hazelden}

nothing else pending. call if questions 
""")

doc("note29_peds_t1d", """
PEDIATRIC ENDOCRINOLOGY - DIABETES FOLLOW-UP
{G|Lakeshore Children's Hospital} Diabetes Center
Patient: {N|Amara Okonkwo-Diallo}       MRN: {MRN|LCH-1120098}       DOB: {D|03/30/2015}
Visit: {D|10/14/2024}       Provider: {N|Bettina Kranz}, MD       CDCES: {N|Ho-Jun Park}, RN

9 y.o. girl with T1D since age 6, here with mom ({N|Fatou}) for 3-month visit.

Devices:
 - Tandem t:slim X2 with Control-IQ, pump SN {DEV|1127745}
 - Dexcom G6 CGM, transmitter ID {DEV|8GK2MX} (due for replacement {D|11/2})
CGM download (last 14 days): time in range 64%, above 250 18%, below 70 2.1%, GMI 7.6%, sensor wear 94%. Lows cluster 3-5 PM on PE days.
A1c today 7.8% (prev 8.1%).

Interval: no DKA. Moderate ketones (0.9) with pump site failure {D|9/21}, managed at home with injection and site change per sick-day plan. No ED visits. Growing well: ht 50th %ile, wt 55th %ile.

School: 4th grade at {G|Whittier Elementary}. School nurse Mrs. {N|Dunleavy} manages pump at lunch; 504 plan updated. Mom works nights at {G|Amazon} fulfillment and asks for a note re: phone access to follow CGM alerts.

Plan:
 - Exercise/PE activity mode 1 h before PE (Tue/Thu), temp target
 - Increase breakfast I:C from 1:12 to 1:10
 - Glucagon nasal spray Rx refilled x2 (home and school)
 - Thyroid/celiac screen due next visit
 - RTC 3 months; CDCES video check in 2 weeks
""")

doc("note30_ld_delivery", """
DELIVERY NOTE - SPONTANEOUS VAGINAL DELIVERY
{G|Women's Pavilion at Providence Mercy}
Mother: {N|Haddad, Layla}      MRN: {MRN|WH-221073}      G2P1 -> G2P2
EDD: {D|11/06/2023}      GA at delivery: 39w3d

Admitted {D|11/01/2023} for elective IOL. Bishop score 4 on admission; cervical ripening with misoprostol 25 mcg PV x2, then pitocin per protocol. AROM 22:10 {D|11/01}, clear fluid. Epidural 23:30. Complete at 03:41.

Delivery: SVD of viable female infant on {D|11/02/2023} at 04:12, ROA, over intact perineum with 2nd degree laceration repaired with 3-0 Vicryl rapide. Nuchal cord x1, reduced. Delayed cord clamping 60 s; FOB {N|Omar} cut cord.
Placenta: delivered spontaneously 04:20, intact, 3-vessel cord. EBL (QBL) 380 mL.

Infant: Baby Girl {N|Haddad}, MRN {MRN|WH-221099}. Apgars 8 and 9. Weight 3,340 g. Skin-to-skin immediately, breastfeeding initiated within first hour. Peds: Dr. {N|Oyelowo} notified, no concerns. Hep B vaccine and vitamin K given with consent; erythromycin ointment declined by parents.

Mom: GBS negative, rubella immune, Rh O+. Plan postpartum routine care, TDaP UTD.

Attending: {N|Chloe Winter}, MD      Delivering CNM: {N|Esperanza Lugo}, CNM
""")

doc("note31_psych_cl_consult", """
CONSULTATION-LIAISON PSYCHIATRY - INITIAL CONSULT
Requesting: Dr. {N|Mbatha} (MICU)       Reason: post-ingestion risk assessment
Patient: {N|Anastasia Volkova} ("{N|Ana}")    MRN: {MRN|60317729}      DOB: {D|01/09/2005}      Date: {D|3/14/2025}

HPI: 20 y.o. sophomore at {G|Western Michigan University} admitted to MICU {D|3/12} after intentional ingestion of ~40 x 500 mg acetaminophen and a bottle of wine in her dorm room ({G|Henry Hall}). Found by roommate {N|Kenzie} after pt posted a goodbye message on her public account ({URL|instagram.com/lil.moth.ana}). 4-h APAP 212 mcg/mL, treated with NAC (21-h protocol completed), peak ALT 480, INR 1.6, now improving. Medically cleared as of this AM per MICU.

Pt says the precipitant was a breakup with her ex, {N|Tyler}, who she says shared private photos. She reports 2 months of low mood, poor sleep, dropping a class, passive SI for weeks, and "decided" on the day of ingestion. Regrets that she survived "a little," but also says seeing her mom cry "changed something." No prior attempts. Cutting age 14-15. No psychosis, no mania. EtOH 2-3 nights/wk, binge; cannabis vape daily.

Collateral: mother {N|Irina Volkova} ({P|269-555-0191}, {E|irina.volkova.kzoo@yahoo.com}) reports pt's father died by suicide when pt was 9.

MSE: young woman in hospital gown, poor eye contact, tearful, speech soft. Mood "empty." Affect constricted, dysphoric. TP linear. TC: passive death wish, denies current intent/plan, no HI. Insight partial, judgment impaired.

C-SSRS: actual attempt within past month; high risk.

Assessment: MDD, single episode, severe, w/o psychotic features; alcohol use disorder, mild; cannabis use; recent high-lethality attempt.

Recommendations:
1. Continue 1:1 sitter. Patient does not have capacity to leave AMA; petition filed.
2. Recommend inpatient psychiatric admission once medically stable - bed search started.
3. Start sertraline 25 mg daily after LFTs normalize.
4. Title IX/campus safety contact offered re: image sharing; pt consented to referral.
5. Lethal means counseling with mother.

{N|Dominika Wróblewska}, MD, C-L Psychiatry   pager 6629
""")

doc("note32_dme_order", """
DETAILED WRITTEN ORDER - POWER MOBILITY DEVICE
Supplier: {G|Keystone Medical Supply}   Phone {P|(717) 555-0156}   Fax {F|(717) 555-0157}
Order date: {D|05/13/2024}

Beneficiary: {N|Ignatius Bello}       DOB: {D|11/22/1956}       MBI: {HP|7TQ2-HJ1-AA84}
Address: {ST|902 N Front St}, {C|Harrisburg}, PA {Z|17102}

Item: Group 2 power wheelchair, standard (K0823), captain's seat, 18" x 18"
Serial (from delivery ticket): {DEV|PW2-23B-009184}
Accessories: elevating leg rests (K0195) x2; gel cushion (E2603).
Length of need: 99 months (lifetime).

Diagnoses: G35 multiple sclerosis; R26.2 difficulty walking; Z99.3 dependence on wheelchair.
Face-to-face exam {D|04/29/2024}: pt unable to ambulate >10 ft with rollator, cannot self-propel manual chair due to UE weakness 3/5 and fatigue (MFIS 58). Home accessible (ramp installed). Pt has cognitive capacity and visual acuity to operate safely.

Ordering practitioner: {N|Renata Oyelaran-Kelly}, MD, Neurology     NPI 1649382751
{G|Capital Region MS Center}, fax {F|(717) 555-0188}
Signature on file                 Date: {D|05/13/2024}
""")

doc("note33_prior_auth_fax", """
*** FAX ***  {G|Lakeview Oncology Associates}
To: Pharmacy Prior Authorization Dept.       Fax: {F|1-888-555-0131}
From: {N|Bianca Moreau-Singh}, CPhT (PA coordinator)     Fax: {F|(312) 555-0145}   Phone: {P|(312) 555-0144}
Date: {D|08/29/2024}       Pages (incl. cover): 7
RE: URGENT - expedited review requested

Patient: {N|Oluwadamilare Ajayi}      DOB: {D|02/14/1968}
Member ID: {HP|W881 4420 379}         Practice acct: {AC|LOA-0042291}
Prescriber: Dr. {N|Hyun-woo Shin}, medical oncology

Drug requested: osimertinib 80 mg PO daily, #30 x 11 refills
Dx: C34.11 NSCLC adenocarcinoma RUL, stage IVA (pleural), EGFR exon 19 deletion (p.E746_A750del) on tissue NGS, PD-L1 TPS 10%.
Prior therapy: none. ECOG 1.
Denial reference: {OID|PA-24-7781903} - denied {D|8/27} "missing molecular testing." Report now attached (pages 4-6, specimen {OID|MP24-03391}).

The information in this fax is confidential and intended only for the recipient named above. If you received this in error, please call {P|(312) 555-0144} and destroy all copies.
""")

doc("note34_critical_lab_log", """
LABORATORY - CRITICAL VALUE NOTIFICATION LOG       Core Lab, {G|Saint Agnes Medical Center}
Shift: nights, {D|04/09/2024}       Tech: {N|R. Pham} (bench 3)

Time  | Accession     | Patient (MRN)                       | Test / result           | Called to / read-back
22:17 | {OID|24100-0412}    | {N|Chavez, Graciela} ({MRN|1029931})         | K 6.9 (nonhemolyzed)   | {N|Melissa Tran}, RN 5W - RB yes
23:02 | {OID|24100-0588}    | {N|Boateng, Kofi} ({MRN|1188207})           | Lactate 6.1            | Dr. {N|Fischer} ED - RB yes
00:45 | {OID|24101-0031}    | {N|Whitehorse, Darlene} ({MRN|0977412})     | Hgb 5.8                | {N|Joy}, RN ICU - RB yes
03:12 | {OID|24101-0140}    | BABY BOY {N|Liang} ({MRN|1244810})          | Bili total 21.2        | {N|Sunday Adeleke}, RN NICU - RB yes
04:55 | {OID|24101-0203}    | {N|Florence, Marguerite} ({MRN|0861143})    | Glucose 38             | {N|Kim}, RN 4S - RB yes; POC repeat 41

Reviewed by supervisor {N|Alistair Quayle}, MLS(ASCP) {D|4/10} 07:10
""")

doc("note35_echo_report", """
TRANSTHORACIC ECHOCARDIOGRAM
Patient: {N|Marchetti, Salvatore}     MRN: {MRN|3300197}     Study date: {D|06/18/2024}
Referring: Dr. {N|Patience Owusu}     Sonographer: {N|K. Bauer}, RDCS     Reader: {N|Elliot Ashworth}, MD
Indication: dyspnea, murmur       Height 170 cm  Weight 82 kg  BSA 1.94 m2  BP 148/76  HR 64

Left ventricle: normal size, LVEDd 4.9 cm. Mild concentric LVH (IVS 1.3 cm). LVEF 60-65% by biplane Simpson's. Grade I diastolic dysfunction, E/e' 11.
Right ventricle: normal size and function, TAPSE 2.2 cm.
Atria: LA mildly dilated, LAVI 38 mL/m2.
Aortic valve: trileaflet, heavily calcified with reduced excursion. Peak velocity 4.2 m/s, mean gradient 44 mmHg, AVA (VTI) 0.8 cm2, indexed 0.41 cm2/m2, dimensionless index 0.23. Trace AI.
Mitral valve: mild MAC, mild MR.
Tricuspid: trace TR, RVSP 30 mmHg.
Pericardium: no effusion. Aortic root 3.4 cm.

IMPRESSION:
1. Severe calcific aortic stenosis (high-gradient), normal LVEF.
2. Mild LVH, grade I diastolic dysfunction.
Compared with study of {D|07/2022}: mean gradient increased from 28 mmHg.
Recommend structural heart referral. Results discussed with Dr. {N|Owusu}'s office {D|6/18}.
""")

doc("note36_mri_vns", """
MRI BRAIN WITHOUT AND WITH CONTRAST
Exam date: {D|01/23/2025}     Accession: {OID|MR25-0019462}
Patient: {N|PEREZ-ACOSTA, JOAQUIN}     MRN: {MRN|004417362}     DOB: {D|09/01/2001}
Ordering: {N|Wendell Fairbanks}, NP, Epilepsy Clinic

HISTORY: Drug-resistant epilepsy, VNS in place. Increased seizure frequency.

MR SAFETY: LivaNova VNS Therapy SenTiva generator, model 1000, serial {DEV|80214}, lead model 304. Device verified MR Conditional by MR safety officer {N|Gabriel Otieno}; output set to 0 mA and magnet mode disabled by neurology before the scan, restored afterward. Scanned at 1.5T with transmit/receive head coil, SAR within labeled limits.

TECHNIQUE: Multiplanar multisequence MRI brain per epilepsy protocol before and after 7 mL gadobutrol.

FINDINGS: Redemonstrated right hippocampal atrophy with increased T2/FLAIR signal and loss of internal architecture, unchanged from {D|March 2022}. No new lesion. No abnormal enhancement. No restricted diffusion. Ventricles and sulci normal for age. Susceptibility artifact from the VNS lead in the left neck does not obscure the brain. Paranasal sinuses clear.

IMPRESSION:
1. Stable right mesial temporal sclerosis.
2. No acute intracranial abnormality.

{N|Yolanda Prescott-Ibe}, MD, Neuroradiology     {D|1/23/2025} 15:47
""")

doc("note37_icd_remote", """
DEVICE CLINIC - REMOTE TRANSMISSION REVIEW
Patient: {N|Gallagher, Declan P.}     MRN: {MRN|5518820}     DOB: {D|07/04/1960}
Transmission received: {D|10/30/2024} 02:14 (alert-triggered)
Device: Boston Scientific Resonate HF CRT-D, model G447, serial {DEV|719442}
Leads: RA 7841 (SN {DEV|465188}), RV 0692 (SN {DEV|332910}), LV Acuity X4 (SN {DEV|771003})
Remote monitor: LATITUDE communicator, SN {DEV|C301-119847}

Presenting: AP-BV 70 bpm
Battery: 6.5 yr. Charge time 8.9 s.
Lead measurements stable. BiV pacing 97%.

Events since last review:
 - {D|10/30} 01:52 VF episode, 280 bpm, detected and treated with 1 shock (41 J), successful. Preceded by 4 beats of NSVT. No ATP given (VF zone).
 - 2 NSVT episodes, max 9 beats.
 - No AT/AF burden.
HeartLogic index rose to 22 (threshold 16) on {D|10/24}.

Action: Called pt at 08:40 at {P|(617) 555-0187}: felt "a kick in the chest" while asleep, no syncope, feels fine now, mild increased DOE past week and 3 lb weight gain. Wife {N|Nuala} on phone as well. Discussed with Dr. {N|Raghunathan} (EP): BMP/Mg today, furosemide 40 -> 60 mg x3 days, clinic visit tomorrow. Driving restriction reviewed (no driving for 6 months per state guideline after appropriate shock with symptoms... pt did not lose consciousness; EP to clarify at visit).

{N|Tess Ambrose}, RN, CCDS
""")

doc("note38_wound_ostomy", """
WOC NURSING CONSULT - OSTOMY
Pt: {N|Rutendo Mapfumo}     Rm 3S-09     POD #4 s/p laparoscopic low anterior resection with diverting loop ileostomy ({D|4/2/24})
Requested by: Dr. {N|Hollingsworth}

Stoma: loop ileostomy RLQ, 32 x 28 mm, oval, budded 1.5 cm, red/moist. Mucocutaneous junction intact. Rod removed today per surgery. Output 1,400 mL/24 h, liquid/thin paste.
Peristomal skin: mild erythema 5-7 o'clock from leakage overnight, no denudation.
Pouching: 2-piece cut-to-fit flat barrier, cut to 35 mm, barrier ring, stoma powder + no-sting barrier to red area. Wear time goal 3-4 days.

Teaching: pt and husband {N|Tafadzwa} emptied pouch independently x2, pt did full change with verbal cues. Reviewed signs of dehydration, hydration goal with ORS, output >1.2 L/day -> call. Loperamide per surgery.

Supplies: starter kit given; order sent to {G|Edgepark} (pt's supplier) under her plan. Outpatient WOC follow-up {D|4/16} at 1 PM.
Ostomy association visitor ({N|Gwen}) will come by tomorrow at pt's request.

{N|Marguerite Lachance}, BSN, RN, CWOCN
""")

doc("note39_pt_eval", """
PHYSICAL THERAPY INITIAL EVALUATION - OUTPATIENT
{G|Summit Sports & Spine}, {ST|1450 Pearl St Suite 210}, {C|Boulder}, CO {Z|80302}
Patient: {N|Wren Halvorsen}     DOB: {D|12/05/1985}     Referring: {N|Hugo Lefebvre}, MD
Date of eval: {D|07/08/2024}     Dx: R ACL reconstruction (BTB autograft) {D|6/24/2024}, M25.561

Subjective: 38 y.o. F, avid trail runner, injured R knee skiing at {G|Eldora} in {D|February 2024}. Surgery 2 wks ago. Pain 3/10 at rest, 6/10 after walking. Using 1 crutch. Goal: return to running by fall and to trail racing next year. Works as a software engineer at {G|Ball Aerospace}, mostly desk work.

Objective:
 Knee ROM R: ext -3, flex 98 (L: +2 / 140)
 Quad lag 10 deg, quad set fair, SLR with lag
 Effusion: 2+ (stroke test)
 Incision healing, no signs of infection. Lachman not tested (post-op precautions).
 Gait: antalgic with 1 crutch, decreased stance on R.
 LEFS 28/80

Assessment: Pt presents with expected post-op deficits in ROM, quad activation and gait. Good rehab potential.

Plan: 2x/wk x 12 wks. NMES for quad, patellar mobs, ROM, closed chain progression per surgeon's ACL protocol, gait training to wean crutch. HEP issued via app.

{N|Diego Marchand}, PT, DPT
""")

doc("note40_dialysis_rounds", """
HEMODIALYSIS MONTHLY ROUNDING NOTE
Unit: {G|Fresenius Kidney Care Eastside}       Chair 14, MWF 2nd shift
Patient: {N|Obadiah Washington-Greer}      Facility ID: {MRN|FKC-2208713}      Date: {D|02/05/2024}
Nephrologist: Dr. {N|Ngozi Eze}

ESKD 2/2 DM nephropathy, HD since 2019 via L brachiocephalic AVF.
EDW 88.0 kg; averaging IDWG 3.8 kg (too high). Post-HD BP 150s/80s.
Access: AVF thrill/bruit good, no prolonged bleeding. Fistulogram {D|12/2023} with angioplasty of cephalic arch.
Labs ({D|1/31}): Kt/V 1.38, URR 71%, K 5.6, phos 7.2, Ca 8.9, PTH 812, Hgb 10.3, albumin 3.6, ferritin 640, TSAT 24%.

Plan:
 - Diet counseling again re: K/phos; dietitian {N|Ivy} to meet pt Weds.
 - Sevelamer 1600 mg TID with meals (pt admits skipping lunch dose at work - drives for {G|DART} paratransit).
 - Cinacalcet 30 -> 60 mg daily.
 - Mircera 75 mcg q2wk continue.
 - Lower EDW to 87.5 kg.
 - Transplant: active on list at {G|Baylor University Medical Center}; pt's brother {N|Ezra} being evaluated as living donor.
 - Missed treatment {D|1/22} (car trouble). Discussed transportation backup.
""")

doc("note41_school_nurse", """
{G|Jefferson Davis Middle School} - Health Office Visit Log
Student: {N|Marisol Quintanilla-Reyes}     Grade 7     Student ID: {OID|S0448127}
Date: {D|Tues 9/17/24}     Time in 10:05 / out 10:50

Reason: sent by PE teacher Coach {N|Brandt} - wheezing/SOB after running the mile.
Hx: asthma (on file), albuterol inhaler kept in health office per med authorization signed {D|8/12/24}.
Assessment: RR 28, audible exp wheeze, speaking in short sentences, SpO2 93%. Peak flow 190 (personal best 320 on action plan = yellow zone).
Intervention: albuterol HFA 4 puffs w/ spacer 10:08. Re-eval 10:25: RR 20, minimal wheeze, SpO2 97%, PF 280. Second 2 puffs not needed.
Called mom ({N|Lourdes}) at {P|(281) 555-0178} at 10:30 - she is at work at {G|Memorial Hermann} and asked that student rest and return to class. Told mom PE note for rest of week needed from her doctor and that inhaler is expiring {D|10/2024}, needs new one for school.
Student returned to 3rd period (Mr. {N|Oyelaran}'s science) at 10:50.

{N|Kathleen Brophy}, BSN, RN, School Nurse
""")

doc("note42_occ_health", """
OCCUPATIONAL HEALTH - WORK INJURY INITIAL VISIT
{G|WorkWell Occupational Medicine} - {C|Joliet}
Employer: {G|Midwest Cold Storage LLC}      Employee ID: {OID|E-30714}
Patient: {N|Kowalczyk, Stanisław}     DOB: {D|3/29/1971}     SSN: {SSN|358-41-0926}
Workers' comp claim #: {OID|WC-IL-24-1188203}      Adjuster: {N|Denise Huang}, {P|(630) 555-0129}
Date of injury: {D|11/04/2024} approx 06:30      Date of visit: {D|11/04/2024}

Mechanism: pt was lifting a 60-lb case from a pallet in the -10 F freezer and felt a pop in the low back with immediate pain. No fall. No radiating pain, numbness, bowel/bladder sx. Supervisor {N|Rick Albers} witnessed.

Exam: paraspinal spasm L > R L3-L5, TTP. ROM flexion 30 deg limited by pain. SLR neg bilat. Strength 5/5 LE, DTR 2+ symmetric, sensation intact. Waddell signs 0/5.

Dx: acute lumbar strain (S39.012A).

Plan: no imaging indicated (no red flags). Ibuprofen 600 mg TID with food x7 days, cyclobenzaprine 5 mg qHS PRN, ice/heat, walking program. PT 2x/wk x 3 wks.
Work status: modified duty - no lifting >15 lb, no freezer work, alternate sit/stand. Effective today through recheck on {D|11/11/2024}.

{N|Olusegun Adeyinka}, MD, MPH
""")

doc("note43_death_pronouncement", """
DEATH PRONOUNCEMENT NOTE
Called to bedside by RN {N|Abigail Dunmore} at 04:06 on {D|03/17/2024} for patient {N|Cornelius Vandenberg}, {A|97} y.o. M, comfort care since {D|3/14} for aspiration pneumonia and advanced Parkinson disease.

Exam: no response to verbal or painful stimuli. Pupils fixed and dilated. No spontaneous respirations observed over 1 minute. No heart sounds or breath sounds on auscultation for 1 minute. No carotid pulse.

Time of death: 04:11, {D|03/17/2024}.

Family: son {N|Pieter} and daughter-in-law {N|Mercy} present at bedside; they were comforted and given time with him. Chaplain {N|Tobias Lund} called and attended. Family declines autopsy.

Notifications: attending Dr. {N|Greenwald} notified at 04:25. Not a ME case (expected death, natural causes, under care >24h). {G|Gift of Life} referral line called 04:30, referral #{OID|GOL-2403-17-0419}: not a candidate except possible tissue; family declined.
Funeral home: {G|Van Zandt & Sons Funeral Home}, {C|Holland}.

{N|Adrián Colón-Whitley}, MD (night hospitalist)
""")

doc("note44_chaplain", """
SPIRITUAL CARE NOTE
Visit: {D|Dec 24, 2023}, 19:30-20:10, MICU bed 6
Pt: {N|Theodora Papadakis}, 58 F, intubated/sedated (septic shock). Referral from RN {N|Dimitri}.

Met with pt's husband {N|Stavros} and adult children {N|Eleni} and {N|Nick} at bedside. Family is Greek Orthodox; husband tearful, feels guilty that he "did not bring her in sooner." Provided ministry of presence, reflective listening, normalized guilt. Children asked if an Orthodox priest could come for a prayer/anointing (Holy Unction) - contacted Fr. {N|Konstantinos Alexiou} at {G|St. Demetrios Greek Orthodox Church}, {P|(312) 555-0111}, who will come tonight after liturgy, ~22:30. Informed charge RN {N|Babajide}.

Assessment: acute spiritual distress (guilt) in spouse; family spiritually resourced with strong faith community.
Plan: follow daily; night on-call chaplain aware of priest visit.

Chaplain {N|Ruth Mbeki-Hollander}, M.Div., BCC
""")

doc("note45_snf_progress", """
SNF PHYSICIAN PROGRESS NOTE
{G|Willow Creek Health & Rehabilitation}, {ST|7700 Old Hickory Blvd}, {C|Nashville}, TN {Z|37211}
Resident: {N|Lillian Mae Oakes}     Age: {A|99}     Rm 118-A     Date of visit: {D|05/02/2024}

Reason for visit: nursing reports new confusion and decreased intake x2 days.

S: Per nurse {N|Shonda}, resident more sleepy, picking at air, refused breakfast and lunch. Last BM {D|4/30}. Foul-smelling urine noted by aide. No fever. Her great-niece {N|Carolina} (POA) visited yesterday and was concerned.

O: T 99.6, BP 108/60, HR 96, RR 18, SpO2 95% RA. Drowsy but arousable, oriented to self only (baseline: self and place). Dry mucous membranes. Lungs clear. Abd soft, mild suprapubic TTP. No new focal deficits.
UA (cath): LE 3+, nitrite +, WBC >50. BMP: Na 148, BUN 44, Cr 1.3 (baseline 0.9).

A/P: {A|99} y.o. woman with dementia, likely UTI with hypernatremic dehydration and delirium.
1. Urine cx sent. Start cephalexin 500 mg BID (adjusted for CrCl ~22).
2. Hypodermoclysis D5-1/2NS 1 L/day x2 days; encourage PO.
3. Delirium precautions, hold trazodone.
4. Goals: DNR/DNH on POLST ({D|1/2024}); per POA, treat in facility, no hospital transfer.
5. Call {N|Carolina} ({P|615-555-0148}) with update - done 15:10.

{N|Edwin Strickland}, MD
""")

doc("note46_us_endo_letter", """
{G|Pinecrest Endocrinology & Metabolism}
{ST|3300 Westheimer Rd, Suite 400}, {C|Houston}, TX {Z|77098}
P {P|713-555-0172}   F {F|713-555-0173}

{D|August 19, 2024}

{N|Reginald Amoah-Whitfield}, MD
{G|Bellaire Family Medicine}

RE: {N|Dalia Haddad-Fontaine}     DOB: {D|4/2/1983}     MRN: {MRN|PEM-0061928}

Dear Dr. {N|Amoah-Whitfield},

I saw Ms. {N|Haddad-Fontaine} today in consultation for a 2.4 cm right thyroid nodule found incidentally on CT chest. She is euthyroid (TSH 1.8). Ultrasound here shows a solid, hypoechoic nodule with irregular margins and punctate echogenic foci, ACR TI-RADS 5 (TR5). No suspicious cervical nodes.

FNA performed today under ultrasound guidance (3 passes, 25G). I will forward the Bethesda category when available; if indeterminate (III/IV), molecular testing will be sent on the dedicated pass.

She asked that results also be sent to her by email at {E|dalia.hf@protonmail.com}, which I have noted with her written consent.

Thank you for this kind referral.

Sincerely,
{N|Ingrid Solberg-Nakamura}, MD, FACE
""")

doc("note47_ems_pcr", """
PATIENT CARE REPORT (PCR) - Medic 12
Incident #: {OID|EMS-241207-01533}     Date: {D|12/07/2024}
Dispatch 21:47  Enroute 21:48  On scene 21:55  Pt contact 21:56  Transport 22:14  At dest 22:31
Location: {ST|8809 Brodie Ln}, {C|Austin}, TX {Z|78748} (parking lot, {G|Sunset Valley Tavern})

Patient: {N|Okonkwo, Chidubem} ("{N|CJ}")     DOB: {D|06/15/1996}     Sex: M

CC: unresponsive, suspected opioid OD

Narrative: Dispatched for unconscious person in vehicle. On arrival found 28 yo M in driver's seat of black 2019 Dodge Charger (TX plate {VEH|RKT-4471}), engine running, keys removed by PD. Friend ({N|Dante Ruiz}) states pt took "a blue pill" (presumed counterfeit M30) approx 20 min prior. PD on scene; Officer {N|Kimberly Nash} (#{OID|7712}) gave naloxone 4 mg IN x1 prior to EMS arrival with minimal response.

Initial: GCS 3 (E1V1M1), RR 4 shallow, SpO2 78% RA, pupils 1 mm, HR 58, BP 104/62, BGL 112, skin cool/cyanotic lips.
Tx: BVM with OPA -> SpO2 96%. 18g L AC. Naloxone 2 mg IV at 22:02 -> RR 14, GCS 14, briefly combative then cooperative, oriented x3, endorses using "one pill." No other injuries. 12-lead sinus 88, QTc 440.
Pt agreed to transport; refused to let friend ride along.

Transported emergent to {G|St. David's South Austin Medical Center}. Report given to {N|Jenna}, RN, Bay 6, 22:33. Care transferred without incident.

Crew: {N|M. Herrera}, Paramedic (TX cert {LIC|P-221904}); {N|T. Kowalski}, EMT-B
""")

doc("note48_poison_center", """
POISON CENTER CASE RECORD
Case #: {OID|PC-2024-118406}     Date/time of call: {D|06/22/2024} 13:18
Caller: {N|Shawna Littlejohn} (mother), home, {C|Ponca City}, OK     Call-back: {P|580-555-0138}
Patient: {N|Kaysen}, 2 y 4 m, M, ~13 kg

Exposure: found with grandma's pill organizer open approx 13:00, "at least 2" pills missing from the Saturday slot - identified by imprint as amlodipine 10 mg and possibly metoprolol succinate 50 mg. Grandmother ({N|Opal Littlejohn}) unsure which were missing.
Symptoms: none currently, playful.

Recommendation: any amlodipine exposure in a toddler warrants ED evaluation with prolonged observation (CCB + BB co-ingestion potential). Referred to {G|Ponca City Medical Center} ED; advised not to induce vomiting, no activated charcoal at home. Mother driving, ~10 min.
Called ED, spoke with Dr. {N|Tallbear} at 13:26: recommended 24 h observation for ER CCB, baseline ECG, glucose, q1h vitals, call center for HR <90 or SBP <80.

Follow-up 17:40: {N|Kaysen} HR 112, BP 92/54, glucose 104, asymptomatic. Admitted to peds for overnight obs.
Follow-up {D|6/23} 10:05: remained asymptomatic x21h, discharged home. Case closed - no effect.
Specialist in Poison Information: {N|Garrett Whitecloud}, RN, CSPI
""")

doc("note49_genetics_letter", """
{G|Hudson Valley Cancer Genetics Program}
{ST|19 Bradhurst Ave}, {C|Hawthorne}, NY {Z|10532}

{D|November 4, 2024}

Ms. {N|Genevieve Ashby-Morales}
{ST|46 Orchard Hill Rd}
{C|New Paltz}, NY {Z|12561}

Dear Ms. {N|Ashby-Morales},

Thank you for meeting with me on {D|October 22} to discuss your personal and family history of cancer. This letter summarizes our discussion and your genetic test result.

Family history (maternal side): your mother, {N|Rosemary}, was diagnosed with ovarian cancer at 52 and died at 55. Her sister, your aunt {N|Colleen Ashby}, had breast cancer at 41 and lives in {C|Kingston} ({CO|Ulster County}). Your maternal grandfather had prostate cancer in his 70s. On your father's side there is no known cancer history.

Result: Genetic testing (multigene hereditary cancer panel, 47 genes, lab order {OID|INV-8841207}) identified a pathogenic variant in BRCA1: c.5266dupC (p.Gln1756Profs*74). No other pathogenic variants or VUS were found.

What this means: this variant significantly increases lifetime risk of breast cancer (about 55-72%) and ovarian cancer (about 39-44%). We discussed enhanced breast screening with annual MRI and mammography, consideration of risk-reducing mastectomy, and risk-reducing salpingo-oophorectomy by age 35-40 (you are 37). I have placed referrals to Dr. {N|Prakash} (breast surgery) and Dr. {N|Ferreira} (gynecologic oncology).

Family members: your sister {N|Lucía} and your brother {N|Mateo} each have a 50% chance of carrying this variant. Your aunt {N|Colleen} would also benefit from testing. A family letter is enclosed that you may share with them.

Please contact me at {P|(914) 555-0166} with any questions.

Sincerely,
{N|Harper Lindqvist-Obi}, MS, CGC
Licensed Genetic Counselor
""")

doc("note50_interpreter_visit", """
PRIMARY CARE VISIT - interpreter-mediated
{G|Clínica Familiar del Valle}, {C|Salinas}          Date: {D|2/27/25}
Patient: {N|Teodoro Xicará Us}     DOB: {D|1/1/1969}*     MRN: {MRN|CFV-030118}
*DOB per pt's consular ID; pt unsure of exact birth date.
Language: K'iche' (primary), limited Spanish. Interpreter: {N|Rigoberta} (video interpreter ID {OID|VRI-44190}), K'iche'<->English.

CC: "dolor de los huesos" - bilateral hand pain and stiffness x6 mo.
HPI: 55 y.o. farmworker (strawberry harvest, {G|Driscoll's} contractor) with pain in hands, worse in AM ~1 h, difficulty gripping. Also low back pain from stooping. No fevers. Unintentional wt loss? denies. Uses "pomada" from a store in {C|Watsonville}.
Exam: MCP 2-3 and PIP swelling bilaterally with synovitis. Wrists tender.
Labs ordered: RF, anti-CCP, ESR/CRP, CBC, CMP, hepatitis panel, TB IGRA.

Plan: naproxen 500 mg BID with food short term; referral to rheumatology at {G|Natividad Medical Center}; letter for employer re: task modification (pt afraid of losing job - reassured about confidentiality). Wife {N|Juana} to call clinic ({P|831-555-0193}) for results - pt gave verbal consent.
Teach-back completed via interpreter.

{N|Carmen Ileana Vasquez}, FNP-C
""")

doc("note51_phone_msg_refill", """
PHONE MESSAGE     {D|Mon 4/8} 8:52 AM     taken by: {N|Destiny} (front desk)
Pt: {N|Hollis Pennington}     DOB {D|10/19/1948}
Callback: {P|(802) 555-0175} - home, pt hard of hearing, speak loudly / or wife {N|Bea}

Message: pt says the pharmacy ({G|Kinney Drugs} in {C|St. Johnsbury}) is out of his "heart pill" and he has 2 left. Thinks it's the "metro-something." Also wants to know if he can still get his shingles shot since he had a cold last week.

-> routed to RN pool

RN note 9:40 AM: Called pt back. Med is metoprolol tartrate 25 mg BID. Pharmacy has it in stock at their {C|Lyndonville} store; pt's wife will pick up. Sent new Rx there per pt request. Shingrix ok to give at next visit on {D|4/22} if no fever. Pt verbalized understanding. - {N|Corinne Abiola}, RN
""")

doc("note52_addendum", """
ADDENDUM {D|7/3/2024} 18:20: After the visit, pt's son {N|Beckett} called to say his father took an extra 10 mg of glipizide this morning by mistake. Advised to check fingerstick q2h tonight and eat a snack at bedtime; if BG <70 give juice and recheck, if confused or BG <54 call 911. Son has glucagon at home and knows how to use it. Will call tomorrow AM. - {N|H. Obuya}, MD
""")

doc("note53_clinic_schedule", """
{G|Northside Family Medicine} - Dr. {N|Bello}'s schedule   {D|Wednesday, March 12, 2025}
(printed 07:41 by {N|K. Martinez})

Time  | Patient                   | Age | Visit type        | Notes
08:00 | {N|Grant, Isaiah}              | 45  | f/u HTN           | BP log - bring
08:20 | {N|Nwachukwu, Adaora}          | 34  | new OB? -> refer  | positive UPT at home
08:40 | {N|Hope, Patricia}             | 69  | AWV               | Medicare wellness
09:00 | {N|Lê, Minh Châu}              | 5   | WCC 5 yr          | needs Kindergarten form for {G|Roosevelt Elementary}
09:20 | {N|Bishop, Tyrell}             | 21  | sick - ST         | rapid strep
09:40 | BLOCKED - lunch & learn       |     |                   |
10:20 | {N|Winter, Skye}               | 38  | telehealth        | link: {URL|https://vid.northsidefm.org/j/559021748}
10:40 | {N|Abdi, Hodan}                | 62  | DM f/u            | Somali interp booked ({N|Faadumo})
11:00 | {N|Kowalski-Grant, Ewa}        | 53  | procedure         | skin bx x2
11:20 | {N|Castillo, Marcos}           | 77  | ED f/u            | seen {G|Mercy} {D|3/9}, CHF
""")

doc("note54_secure_chat", """
[Secure Chat - 5 West Team]   {D|2/8/2025}
19:02 {N|Priyanka Iyer} (RN): hey is anyone covering {N|Halvorsen} in 512? his insulin pump is alarming "occlusion" and he's asleep
19:04 {N|Femi Adebola} (night resident): me. what's his BG
19:05 {N|Priyanka Iyer} (RN): 286, was 190 at 1700. pump is an omnipod 5, pod SN {DEV|A4K9-33180271} per the label. he has extra pods in his bag
19:07 {N|Femi Adebola} (night resident): ok per our pump policy he's allowed to self-manage if alert. can you wake him and have him change the pod? ketones pls
19:19 {N|Priyanka Iyer} (RN): pod changed, bhb 0.4. he says the site was his abdomen x4 days, prob kinked cannula
19:20 {N|Femi Adebola} (night resident): great. correction per his pump. recheck 2100. also his wife {N|Ingrid} called me asking if she can bring his dexcom receiver
21:06 {N|Priyanka Iyer} (RN): BG 201 👍
""")

doc("note55_ophtho_driving", """
OPHTHALMOLOGY CLINIC - VISION ASSESSMENT FOR DRIVING
{G|Lakeland Eye Institute}, {C|Winter Haven}          Date: {D|09/10/2024}
Patient: {N|Orville Tamblyn}     DOB: {D|05/17/1937}     MRN: {MRN|LEI-77341}
FL driver license no.: {LIC|T514-720-37-177-0}     Form: DHSMV Report of Eye Examination

History: 87 y.o. with advanced dry AMD OU (geographic atrophy), POAG OU on latanoprost. Daughter {N|Darlene} accompanies - concerned after he clipped a mailbox on {D|9/2}. Drives only to church and {G|Publix}.
VA (best corrected): OD 20/100, OS 20/80. OU 20/70.
Humphrey 24-2: OD MD -14.2 dB, OS -9.8 dB, superior arcuate defects OU. Esterman binocular: 96 points, central defect.
IOP 15/16. Fundus: GA involving fovea OU, unchanged from {D|3/2024}.

Assessment: VA and fields do not meet state minimum for unrestricted license (20/70 better eye with correction permitted only with daytime restriction pending field standards). Discussed at length with pt and daughter; pt tearful but understanding.
Plan: Form completed recommending no driving. Low vision referral to {G|Lighthouse Central Florida}. Daughter to help with transport; county paratransit information provided.

{N|Ravindra Seshadri}, MD
""")

doc("note56_dc_instructions", """
Discharge Instructions for: {N|Bo-ra Yoon}
Discharged: {D|January 30, 2025}
Your doctor in the hospital: Dr. {N|Kensington}
Your primary care doctor: Dr. {N|Mariam Tadros}, {G|Glendale Adventist Family Practice}, {P|818-555-0186}

Why you were in the hospital: You had a blood clot in your lung (pulmonary embolism).

Your new medicine:
- Apixaban (Eliquis) 10 mg twice a day for 7 days, then 5 mg twice a day. Do NOT stop unless a doctor tells you to. Your first lower dose day is {D|February 6}.

Call your doctor or come back to the ER if you have: chest pain, trouble breathing, coughing up blood, black stools, or bleeding that will not stop.

Appointments:
- Dr. {N|Tadros} on {D|Feb 4} at 9:15 AM
- Hematology clinic (Dr. {N|Van Heerden}) on {D|Feb 20} at 1:00 PM - they will talk about testing for clotting problems

Your son {N|Jae-won} said he will pick up your medicine from the pharmacy. A Korean interpreter went over these instructions with you. Copy given to patient.
Nurse: {N|Tiffany Bautista}, RN
""")

doc("note57_uk_ae_letter", """
EMERGENCY DEPARTMENT DISCHARGE LETTER
{G|Royal Victoria Infirmary}, {ST|Queen Victoria Road}, {C|Newcastle upon Tyne} {Z|NE1 4LP}

To: Dr {N|S. Armitage}, {G|Fenham Medical Group}
Patient: Mr {N|Callum Ridley}      DOB: {D|07.02.2001}      Hospital No: {MRN|RVI0992135}      NHS No: {HP|485 777 3456}
Attended: {D|Saturday 9 November 2024}, 01:40      Discharged: 06:15
Seen by: Dr {N|Obinna Eze} (ST4), supervised by Mr {N|Henderson} (Consultant)

Presenting complaint: laceration to right hand after punching a window on a night out.
Findings: 3 cm laceration over dorsum of R 5th MCP joint - "fight bite" excluded (no tooth contact per pt and witness). Extensor tendon intact through full ROM, explored under ring block. NV intact. X-ray: no fracture, no foreign body.
Treatment: irrigated, 4 x 4-0 Ethilon interrupted sutures. Tetanus up to date. Co-amoxiclav 625 mg TDS for 5 days given wound contamination.
Alcohol: AUDIT-C 9 - brief intervention given, leaflet provided.

GP actions: suture removal at practice nurse in 10-14 days. Please review alcohol use.
Next of kin: mother {N|Lorraine Ridley}, {P|07700 900718}.
""")

doc("note58_research_consent", """
RESEARCH CONSENT NOTE
Study: HEART-SHIELD (Phase 3, randomized, double-blind, placebo-controlled)
Participant: {N|Dagny Oyelowo-Strand}     MRN: {MRN|8840121}     Study ID: {OID|HS-031-0117}
Date/time of consent: {D|04/11/2024} 14:20
Consenting investigator: {N|Marcus Feldstein}, MD     Witness: {N|Aliyah Brooks}, CRC

The participant was approached after cardiology clinic. Informed consent form version 4.0 ({D|03/01/2024}) was reviewed with her in full; she read it herself (English, reads without difficulty). Study purpose, randomization (1:1 drug vs placebo), visit schedule (screening, weeks 0, 4, 12, 26, 52), blood draws, risks (hypotension, hyperkalemia, unknown risks), benefits, alternatives, confidentiality and voluntary participation were discussed. She asked whether she could continue seeing her own cardiologist (yes) and whether she would be paid for parking (yes, $25/visit). Teach-back: able to explain the purpose and that she may withdraw at any time.
Consent signed prior to any study procedures; copy given to participant. HIPAA authorization signed. Optional biobank sample: declined.

eConsent signature page completed on tablet, audit trail shows device IP {IP|73.158.22.104}.
Contact info confirmed for study calls: {P|(414) 555-0151}, email {E|dagny.strand@icloud.com}.
Eligibility review: screening labs drawn today, kit {OID|KIT-7720194}.
""")

doc("note59_legal_records_request", """
{G|Marchetti, Osei & Dunne LLP}
Attorneys at Law
{ST|600 Superior Ave E, Suite 1800}, {C|Cleveland}, OH {Z|44114}
Tel {P|(216) 555-0135}   Fax {F|(216) 555-0136}   {E|tdunne@mod-law.com}

{D|September 3, 2024}

Health Information Management / Release of Information
{G|Lake Erie Regional Medical Center}
{ST|2100 Lakeshore Blvd}, {C|Euclid}, OH {Z|44123}

Re: Our client: {N|Roxanne Delacroix-Maddox}
DOB: {D|06/30/1977}     SSN: {SSN|287-60-4412}
Dates of service: {D|01/14/2024} through {D|02/02/2024}
Your MRN: {MRN|LE-00718842}     Account: {AC|V004471190}
{CO|Cuyahoga County} Court of Common Pleas Case No. {OID|CV-24-991204}

Dear Records Custodian:

Enclosed please find a HIPAA-compliant authorization signed by our client on {D|August 28, 2024}. Please provide complete certified copies of all medical records and itemized billing statements for the above dates of service, including ED records, imaging (on disc), operative reports, nursing notes and physical therapy notes.

Very truly yours,

{N|Thomas J. Dunne}, Esq.
Ohio Sup. Ct. Reg. No. {LIC|0071832}
""")

doc("note60_billing_note", """
PATIENT FINANCIAL SERVICES - ACCOUNT NOTE
Guarantor: {N|Benedikt Okoro-Schmitt}      Guarantor acct: {AC|G-0030918824}      Guarantor SSN: {SSN|472-19-6630}
Patient: {N|Sophie Okoro-Schmitt} (dependent, 16 y)     Encounter acct: {AC|H24019938172}
DOS: {D|05/17/2024}     Service: ED visit + CT head
Primary ins: subscriber {N|Benedikt Okoro-Schmitt}, member ID {HP|QHU774120931-01}
Secondary: none

{D|7/15/2024} - Claim denied by primary, CARC 197 (precert/authorization absent). Per ED, emergency service; submitted corrected claim with modifier and ED documentation. Claim ref {OID|CLM-24-8801773}.
{D|7/30/2024} - Guarantor called ({P|(651) 555-0182}), upset about $3,418.20 statement. Explained appeal in process and placed account on 60-day billing hold. He asked that future statements go to his new address: {ST|1290 Grand Ave Apt 4}, {C|St. Paul}, MN {Z|55105}. Address updated after verifying DOB and last 4 of card on file.
{D|8/21/2024} - Appeal approved; patient responsibility reduced to $250 ED copay. Guarantor set up payment plan ($50/mo).
{D|8/22/2024} - Confirmation letter mailed. Financial assistance application also sent per guarantor request; he reports recent job loss at {G|3M} ({C|Maplewood}).
- {N|Consuelo Arriaga}, PFS Rep II
""")


# ---------------------------------------------------------------------------
# Hard negatives (no PHI; spans must be empty)
# ---------------------------------------------------------------------------

doc("neg01_ed_rlq_pain", """
ED PROVIDER NOTE

CC: abdominal pain

HPI: 23 y.o. female, G0, presents with periumbilical pain that began around 0600 and migrated to the RLQ by early afternoon. Anorexia, one episode of nonbloody emesis. LMP 2 weeks ago, regular. Denies dysuria, vaginal discharge. No prior abdominal surgery.

Exam: T 38.1, HR 104, BP 118/72. Tender at McBurney's point with voluntary guarding. Rovsing sign positive, psoas sign positive, obturator sign negative. Murphy's sign negative. No CVA tenderness. Pelvic exam: no cervical motion tenderness, no adnexal mass.

Labs: WBC 14.8 with 86% neutrophils, CRP 42. Urine hCG negative. UA: trace LE, 0-2 WBC.
Alvarado score 8/10; AIR score 7. Pediatric Appendicitis Score not applicable (adult).

US RLQ: noncompressible 9 mm tubular structure with periappendiceal fluid.

A/P: acute appendicitis. NPO, LR 1 L bolus then 125 mL/h, ondansetron 4 mg IV, morphine 4 mg IV, piperacillin-tazobactam 4.5 g IV. General surgery consulted at 1540, will take to OR tonight. Patient and mother at bedside updated; questions answered.
""")

doc("neg02_ct_head", """
CT HEAD WITHOUT CONTRAST

CLINICAL INDICATION: 71 y.o. on warfarin, ground-level fall, GCS 15. Canadian CT Head Rule: high-risk (age >65, anticoagulation).

TECHNIQUE: Axial 5 mm and 0.625 mm images from skull base to vertex. Sagittal and coronal reformats. CTDIvol 48 mGy.

COMPARISON: MRI brain from 2019.

FINDINGS:
No acute intracranial hemorrhage, mass effect or midline shift. Gray-white differentiation preserved. Moderate periventricular and subcortical white matter hypodensities, Fazekas grade 2, consistent with chronic small vessel ischemic disease. Old lacunar infarct in the left corona radiata. Ventricles proportionate to sulci. Basal cisterns patent.
Calvarium intact. Small right frontal scalp hematoma without underlying fracture. Mastoid air cells and visualized paranasal sinuses clear. Bilateral lens replacements.

IMPRESSION:
1. No acute intracranial abnormality.
2. Right frontal scalp hematoma.
3. Chronic microvascular ischemic changes (Fazekas 2).
""")

doc("neg03_path_colon", """
SURGICAL PATHOLOGY - FINAL DIAGNOSIS

Sigmoid colon, segmental resection:
- Invasive adenocarcinoma, moderately differentiated (G2), arising in a tubulovillous adenoma
- Tumor size: 3.4 x 2.8 x 1.1 cm
- Depth of invasion: into pericolorectal tissue (pT3)
- Lymphovascular invasion: present (small vessel); perineural invasion: not identified
- Tumor budding: low (score 2, per ITBCC 2016)
- Margins: proximal, distal and radial (circumferential) margins negative; closest (radial) 1.4 cm
- Lymph nodes: 2/17 positive (pN1b); no tumor deposits
- AJCC 8th edition stage: pT3 pN1b, stage group IIIB

Mismatch repair immunohistochemistry: MLH1 loss, PMS2 loss, MSH2 and MSH6 intact. MLH1 promoter hypermethylation and BRAF V600E testing recommended to distinguish sporadic from Lynch syndrome-associated tumor.

Background colon: diverticulosis. Two additional tubular adenomas (0.4 and 0.6 cm), Paris classification 0-Is, low-grade dysplasia. Haggitt level not applicable.

Comment: KRAS/NRAS testing may be requested on block A7 if clinically indicated.
""")

doc("neg04_nursing_board_rooms_only", """
4 EAST CHARGE RN BOARD - 1500 huddle

Rm  | Age/Sex | Dx                          | Braden | Morse | Diet        | Notes
401 | 67 M    | NSTEMI s/p PCI              | 19     | 25    | cardiac     | sheath out 1100, bedrest till 1700
402 | 82 F    | COPD exac                   | 14     | 55    | 2 g Na      | BiPAP at night, RT aware
403 | 45 F    | pyelo                       | 22     | 0     | regular     | d/c in AM if afebrile 24 h
404 | 89 M    | hip fx POD 1                | 12     | 75    | NPO -> clear| delirium precautions, 1:1 sitter
405A| 58 M    | EtOH w/d, CIWA 8            | 18     | 45    | regular     | CIWA q4h, thiamine given
405B| 31 F    | DKA resolved                | 21     | 15    | carb-ctrl   | endo consult 1600
406 | 76 F    | stroke, L MCA, NIHSS 6      | 13     | 65    | dysphagia 2 | SLP re-eval, tele
408 | 64 M    | cellulitis R leg            | 17     | 35    | diabetic    | vanc trough 2100

Staffing: 6 RN + charge, 2 PCT. Admits pending: 2 (ED bay 7 and PACU). Isolation: 402 droplet, 408 contact (MRSA).
""")

doc("neg05_pharmacy_protocols", """
PHARMACY DOSING NOTE - VANCOMYCIN (AUC-guided)

Indication: MRSA bacteremia, source suspected line infection. Target AUC24/MIC 400-600 (MIC assumed 1 mg/L per BMD).
Weight 92 kg (ABW), height 178 cm, IBW 73 kg. SCr 1.1 mg/dL, CrCl 86 mL/min (Cockcroft-Gault, ABW).
Loading dose 2,000 mg IV x1 given at 1430 (~22 mg/kg). Maintenance 1,250 mg IV q12h started 0230.

Levels: peak 33.4 mg/L at 0430 (1 h post-infusion), trough 12.1 mg/L at 1400. Two-level kinetics: ke 0.099 h-1, t1/2 7.0 h, Vd 0.66 L/kg. Estimated AUC24 548 mg·h/L - within goal. No change.

Monitoring: SCr daily, repeat levels in 72 h or sooner if SCr rises by 0.3 mg/dL or 50%. Avoid concurrent piperacillin-tazobactam where possible (AKI risk). 

Also reviewed: heparin infusion per weight-based nomogram (80 units/kg bolus, 18 units/kg/h), anti-Xa 0.52 at 0800 - therapeutic (goal 0.3-0.7), no change. Acetaminophen level on admission <10 mcg/mL; Rumack-Matthew nomogram not applicable (chronic use).

Calculator: institutional Bayesian dosing software v3.2.
""")

doc("neg06_dc_instructions_generic", """
DISCHARGE INSTRUCTIONS - CELLULITIS

You were treated for a skin infection called cellulitis on your lower leg.

Medicines:
- Cephalexin 500 mg by mouth 4 times a day for 5 more days. Take every dose, even if your leg looks better.
- Acetaminophen 650 mg every 6 hours if needed for pain. Do not take more than 3,000 mg in 24 hours.

Care at home:
- Keep your leg raised above the level of your heart when you sit or lie down.
- The red area was outlined with a marker. It is normal for the redness to stay the same size for 1-2 days. Call if it spreads past the line.
- Wash the skin gently with soap and water. Moisturize dry skin between the toes.

Return to the emergency department if you have: fever over 100.4 F (38 C), chills, red streaks going up the leg, the leg becomes very painful or numb, or you feel confused or very weak.

Follow up with your primary care provider in 2-3 days. If you do not have one, call the clinic number on the back of this sheet.
""")

doc("neg07_device_check_models", """
PACEMAKER INTERROGATION - IN-CLINIC (routine 6-month check)

Device: Medtronic Azure XT DR MRI SureScan, model W1DR01. Implanted 2021.
Leads: RA CapSureFix Novus 5076-52 cm; RV CapSureFix Novus 5076-58 cm.
Programmer software version 8.2; device firmware current.

Battery: 9.5 years (RRT not reached). Mode DDD 60/130, AV delay 180/150 ms.
Measurements:
  RA: P wave 2.8 mV, threshold 0.75 V @ 0.4 ms, impedance 494 ohms
  RV: R wave 12.4 mV, threshold 0.625 V @ 0.4 ms, impedance 589 ohms
Pacing: AP 34%, VP 2%.
Episodes: 3 AHR episodes, longest 2 min 14 s, total AT/AF burden <0.1%. No VHR episodes.
MRI SureScan mode: off.

Underlying rhythm: sinus with 1st-degree AVB, PR 240 ms.
No changes made. Next remote transmission in 3 months, in-clinic in 12 months.
""")

doc("neg08_echo_mitral", """
TRANSESOPHAGEAL ECHOCARDIOGRAM - FINDINGS

Indication: evaluation of rheumatic mitral stenosis prior to possible percutaneous balloon mitral valvuloplasty.

Mitral valve: thickened leaflets with commissural fusion and hockey-stick deformity of the anterior leaflet. Planimetered MVA 1.1 cm2, pressure half-time MVA 1.0 cm2. Mean gradient 11 mmHg at HR 72. Wilkins score 8 (mobility 2, thickening 2, calcification 2, subvalvular 2). Mild MR, Carpentier type IIIa.
Left atrium: severely dilated. No thrombus in the LA or LAA; LAA emptying velocity 0.32 m/s. Spontaneous echo contrast grade 1+.
Interatrial septum: intact by color Doppler and agitated saline.
Aortic valve: mild thickening, no AS, trace AI.
LVEF 55%. RVSP 48 mmHg.

Conclusion: severe rheumatic MS with favorable anatomy (Wilkins 8, no LAA thrombus, mild MR) - suitable for PBMV per ACC/AHA 2020 valve guideline.
""")

doc("neg09_ob_triage", """
OB TRIAGE NOTE

28 y.o. G3P2002 at 38w2d by 8-week ultrasound presents with regular contractions q4-5 min since 0200. Positive fetal movement, no LOF, no VB. Prenatal course notable for GDM A1 (diet controlled) and anemia on iron. GBS negative. Prior SVDs x2, largest infant 3,900 g.

VS: BP 124/78, HR 88, T 36.9.
Leopold maneuvers: cephalic, longitudinal, EFW ~3,600 g.
SVE: 4/70/-1, soft, mid-position. Bishop score 8.
FHT: baseline 135, moderate variability, + accels, no decels - Category I.
Toco: ctx q3-4 min, palpate moderate.
Nitrazine and fern negative.

A/P: early active labor, reassuring FHT. Admit to L&D. Epidural on request. Anticipate SVD; shoulder dystocia risk low but McRoberts/suprapubic pressure reviewed with team given GDM. Rh positive - Kleihauer-Betke not indicated. Pediatrics aware.
""")

doc("neg10_neuro_exam", """
NEUROLOGY CONSULT - EXAM AND ASSESSMENT

Mental status: awake, alert, oriented x3. Fluent speech, naming and repetition intact. MoCA 27/30.
Cranial nerves: pupils 3 -> 2 mm bilat. VF full. EOMI without nystagmus. Facial sensation intact V1-V3. Left lower facial droop sparing forehead. Hearing grossly intact (Weber midline). Palate elevates symmetrically, tongue midline.
Motor: normal bulk. Tone increased in LUE with spastic catch. Strength RUE/RLE 5/5; LUE deltoid 4/5, triceps 4-/5, grip 4/5; LLE iliopsoas 4/5, dorsiflexion 4+/5. Left pronator drift.
Reflexes: 3+ left biceps/patella, 2+ right. Hoffmann sign present on left. Babinski: upgoing left, downgoing right. No clonus.
Sensory: intact to LT, PP, vibration, proprioception. Romberg not tested.
Coordination: FNF intact on right, mildly slowed on left commensurate with weakness.
Meningeal signs: Kernig and Brudzinski negative.

NIHSS 4 (facial palsy 1, LUE 1, LLE 1, dysarthria 1). Pre-morbid modified Rankin 0.

Impression: right subcortical (internal capsule) lacunar stroke, pure motor syndrome. Not a thrombolysis candidate - last known well >4.5 h. CTA without LVO.
""")

doc("neg11_psych_followup", """
OUTPATIENT PSYCHIATRY - FOLLOW-UP

Patient reports mood has improved since last visit. Sleep 6-7 h with melatonin. Appetite improved, gained 2 lb. Continues to have morning anxiety, rated 5/10, worst before work. Attending weekly CBT, completed module 6 of 12. Denies SI/HI. No panic attacks in 3 weeks (previously 2-3/wk).

Scales: PHQ-9 = 9 (was 17), GAD-7 = 11 (was 15). C-SSRS screen negative. AUDIT-C 2.

MSE: casually dressed, good hygiene. Cooperative, good eye contact. Speech normal. Mood "better." Affect mildly anxious, reactive. Thought process goal-directed. No delusions, no AH/VH. Insight and judgment fair to good.

Assessment: MDD, recurrent, moderate - improving (partial response). GAD.
Plan: increase escitalopram from 10 mg to 15 mg daily; continue hydroxyzine 25 mg PRN (max 3/day). Discussed black box warning (age 24 - reviewed). Continue CBT. Patient will use the crisis line and 988 if thoughts of self-harm return. Return in 6 weeks.
""")

doc("neg12_id_consult_organisms", """
INFECTIOUS DISEASES CONSULT - ASSESSMENT

Fever and rash in a returning traveler with recent camping exposure.

Differential discussed:
- Rocky Mountain spotted fever (Rickettsia rickettsii): petechial rash starting at wrists/ankles with palm involvement, thrombocytopenia and hyponatremia are consistent; empiric doxycycline should not be delayed for serology.
- Ehrlichiosis/anaplasmosis: leukopenia and transaminitis; PCR sent.
- Lyme disease: no erythema migrans; early disseminated disease less likely.
- West Nile virus and St. Louis encephalitis virus: no meningoencephalitis currently; arboviral IgM panel sent given mosquito exposure.
- Enteroviruses including Coxsackie A16: less likely in an adult without oral lesions.
- Norwalk (norovirus): explains GI symptoms in other campers but not rash.
- Leptospirosis: freshwater exposure reported; serology sent.
- Ebola and Marburg: no travel to endemic areas in the last 21 days - excluded.
- Secondary syphilis: RPR sent.

Microbiology to date: blood cultures no growth at 24 h. Gram stain of skin biopsy negative. Immunofluorescence for R. rickettsii pending.

Recommendations: doxycycline 100 mg IV/PO q12h (continue at least 3 days after defervescence, minimum 7 days). Hold ceftriaxone. Contact/standard precautions only. Will follow.
""")

doc("neg13_gi_endoscopy", """
EGD AND COLONOSCOPY REPORT - FINDINGS/IMPRESSION

Sedation: propofol (anesthesia). ASA class II. Boston Bowel Preparation Scale 8 (3-3-2).

EGD:
- Esophagus: Los Angeles grade B erosive esophagitis. Salmon-colored mucosa extending above the GEJ, Prague classification C2M4. Biopsies per Seattle protocol (4-quadrant every 2 cm).
- Stomach: patchy erythema in antrum; biopsies per updated Sydney system for H. pylori. Small hiatal hernia, Hill grade III flap valve.
- Duodenum: clean-based ulcer in bulb, 8 mm, Forrest III. No stigmata of recent hemorrhage.

Colonoscopy:
- Cecum reached, appendiceal orifice and ileocecal valve photographed. Withdrawal time 11 min.
- Continuous inflammation from rectum to 30 cm with erythema, loss of vascular pattern and friability: Mayo endoscopic subscore 2. Montreal classification E2 (left-sided).
- 6 mm sessile polyp, transverse colon, Paris 0-Is, cold snare.

Impression: LA grade B esophagitis; suspected Barrett's esophagus C2M4; Forrest III duodenal ulcer; left-sided ulcerative colitis, moderate.
Plan: PPI BID x8 wk, await pathology; mesalamine 4.8 g/d.
""")

doc("neg14_ortho_exam", """
ORTHOPAEDIC CLINIC - KNEE AND ANKLE

R knee: moderate effusion. Lachman 2B (soft endpoint), anterior drawer positive, pivot shift grade 2. McMurray positive medially with painful click. Thessaly positive. Varus/valgus stable at 0 and 30 degrees. Posterior drawer negative.
L ankle (twisted 2 weeks ago): Ottawa ankle rules negative at presentation. Anterior drawer mildly lax. Squeeze test negative. Thompson test negative (Achilles intact).

Imaging:
- Knee XR: Segond fracture at lateral tibial plateau. No Kellgren-Lawrence changes.
- Knee MRI: complete ACL tear, bucket-handle tear medial meniscus displaced into notch, bone bruising lateral femoral condyle/posterolateral tibia.

Other: incidental old Weber A distal fibula avulsion on ankle film; Salter-Harris not applicable (skeletally mature, 27 y.o.).

Plan: ACL reconstruction with meniscal repair (bone-patellar tendon-bone vs hamstring autograft discussed). Prehab to restore extension. Tegner activity level 7 pre-injury.
""")

doc("neg15_icu_progress", """
MICU PROGRESS NOTE - HD 3

Events: off norepinephrine at 0400. Tolerated SBT 30 min on PS 5/PEEP 5 this AM but RSBI 118, failed on tachypnea; back to AC.

Vent: AC VT 420 (6 mL/kg PBW), RR 22, PEEP 10, FiO2 0.45. Pplat 26, driving pressure 16. ABG 7.38/42/88 -> P/F 196.
ARDS: moderate per Berlin definition, improving (P/F 112 on HD1). Prone positioning no longer indicated.

Neuro: propofol 20 mcg/kg/min + fentanyl 50 mcg/h; RASS -1, CAM-ICU negative. Daily SAT done.
CV: MAP 72 off pressors. Lactate 1.4. Swan-Ganz not placed. Net -1.1 L.
Renal: Cr 1.6 (peak 2.3), UOP 0.7 mL/kg/h.
ID: Streptococcus pneumoniae bacteremia, day 3 ceftriaxone 2 g q24h. Legionella urine antigen negative.
Heme: Hgb 8.9, plt 94. DVT ppx: heparin SQ.

Scores: SOFA 7 (was 11), APACHE II on admission 24.
Plan: repeat SBT tomorrow, diurese 40 mg furosemide IV BID, continue lung-protective strategy per ARDSNet. Family meeting at 1400 today.
""")

doc("neg16_peds_febrile_infant", """
PEDIATRIC ED NOTE - FEBRILE INFANT

32-day-old full-term male with rectal temp 38.4 C at home x1. Feeding well, normal wet diapers. No sick contacts except sibling with URI. Born 39 weeks by SVD, Apgars 8 and 9, GBS negative mother, no NICU stay.

Exam: well-appearing, T 38.3, HR 168, RR 42, SpO2 99%. AF soft and flat. No rash. Lungs clear. Abdomen soft. Normal tone.

Labs: WBC 9.8, ANC 4,100, procalcitonin 0.2 ng/mL, CRP 0.8 mg/dL. UA negative. Blood culture pending. Respiratory viral panel: rhinovirus/enterovirus positive.

AAP 2021 febrile infant guideline (22-28 days vs 29-60 days): 29-60 day well-appearing with negative UA and normal inflammatory markers - LP may be deferred; PECARN febrile infant rule low risk. Rochester criteria also met.

Plan: shared decision-making with parents. Observe in ED 6 h, discharge if well with 24 h follow-up and blood culture callback. Return precautions reviewed. Denver II not indicated at this visit.
""")

doc("neg17_tumor_board", """
THORACIC/HEME TUMOR BOARD - CASE LIST (de-identified)

Case 1: 62M, NSCLC adenocarcinoma, cT2aN2M0 stage IIIA, EGFR L858R, PD-L1 TPS 60%. Question: neoadjuvant chemo-immunotherapy vs definitive chemoradiation followed by osimertinib. Consensus: concurrent chemoRT then osimertinib (LAURA regimen).

Case 2: 45F, classic Hodgkin lymphoma, nodular sclerosis, Reed-Sternberg cells CD15+/CD30+. Ann Arbor / Lugano stage IIB with bulky mediastinal mass. Interim PET Deauville 4 after 2 cycles ABVD. Consensus: escalate per RATHL/ECHELON data discussion.

Case 3: 71M, DLBCL, GCB subtype, IPI 3. R-CHOP x6 planned; Burkitt excluded (MYC FISH negative). CNS-IPI intermediate.

Case 4: 68M, prostate adenocarcinoma Gleason 4+3=7 (Grade Group 3), PSA 14, cT2c. Decipher intermediate. Consensus: EBRT + 6 months ADT.

Case 5: 59M, HCC in Child-Pugh A cirrhosis, single 4.2 cm lesion, within Milan criteria, BCLC stage A, AFP 212. Consensus: list for transplant, bridge with TACE.
""")

doc("neg18_hepatology", """
HEPATOLOGY CONSULT

Acute liver failure workup in a previously healthy 19 y.o. with jaundice x5 days and new confusion.

Exam: West Haven grade 2 encephalopathy, asterixis present. Scleral icterus. Slit-lamp exam by ophthalmology: Kayser-Fleischer rings present bilaterally.

Labs: ALT 180, AST 320 (AST:ALT 1.8), ALP 22, T bili 18.4, ALP:bilirubin ratio 1.2. INR 3.1. Hgb 8.2 with Coombs-negative hemolysis. Ceruloplasmin 9 mg/dL. 24-h urine copper pending. Acetaminophen level undetectable. Hepatitis A/B/C/E and HSV negative.

Scores: MELD-Na 36. King's College criteria (non-acetaminophen): INR >3.5 not met, but bilirubin >17.5 mg/dL and jaundice-to-encephalopathy <7 days met. New Wilson index 13 (predicts death without transplant if >=11).

Impression: fulminant Wilson disease.
Plan: transfer to transplant center for urgent listing (status 1A). Plasma exchange as bridge. Avoid chelation in this setting. Lactulose, ICU-level monitoring, q1h neuro checks.
""")

doc("neg19_policy_hand_hygiene", """
INFECTION PREVENTION POLICY IP-04: HAND HYGIENE
Version 3.1 - supersedes version 2.7 (2019). Review cycle: every 3 years.

1. PURPOSE
To reduce healthcare-associated infections by defining when and how hand hygiene must be performed, in line with the WHO "My 5 Moments for Hand Hygiene" and CDC 2002 guideline.

2. SCOPE
All employees, medical staff, students, contractors and volunteers in clinical areas.

3. PROCEDURE
3.1 Use alcohol-based hand rub (60-95% alcohol) as the default method, rubbing for 20-30 seconds until dry.
3.2 Wash with soap and water for at least 40-60 seconds when hands are visibly soiled, after caring for patients with known or suspected C. difficile or norovirus, and before eating.
3.3 Natural nails only in direct care areas; tips no longer than 1/4 inch.
3.4 Gloves do not replace hand hygiene.

4. MONITORING
Direct observation by trained observers, minimum 100 observations per unit per month. Target compliance 90% or higher. Results are posted monthly on unit dashboards.

5. REFERENCES
WHO Guidelines on Hand Hygiene in Health Care (2009). Joint Commission NPSG.07.01.01.
""")

doc("neg20_med_rec", """
ADMISSION MEDICATION RECONCILIATION

Source: patient's pill bottles + outpatient pharmacy fill history (last 90 days).

Home med                             | Dose / sig                     | Last taken    | Action
Eliquis (apixaban)                   | 5 mg PO BID                    | this AM 0800  | HOLD (procedure)
Toprol-XL (metoprolol succinate)     | 50 mg PO daily                 | this AM       | continue
Jardiance (empagliflozin)            | 10 mg PO daily                 | yesterday     | HOLD (NPO)
Ozempic (semaglutide)                | 1 mg SQ weekly (Sundays)       | 4 days ago    | HOLD - aspiration risk
Lantus (insulin glargine)            | 34 units qHS                   | last night    | give 2/3 dose = 22 units
Humalog (insulin lispro)             | SSI w/ meals                   | -             | inpatient correction scale
Lasix (furosemide)                   | 40 mg AM, 20 mg PM             | this AM       | continue
K-Dur                                | 20 mEq daily                   | this AM       | check K first
Synthroid (levothyroxine)            | 112 mcg daily                  | this AM       | continue
Vitamin D3                           | 2,000 IU daily                 | -             | continue
Tylenol Extra Strength               | 500 mg 1-2 tabs q6h PRN        | 2 days ago    | continue PRN
prednisone taper                     | 40 -> 30 -> 20 -> 10 mg, 3 days each | completed | n/a

Discrepancies: pt taking 1/2 tab of metoprolol on some days due to dizziness - prescriber to clarify. Allergies: penicillin (hives, 1998), codeine (nausea).
""")

doc("neg21_cxr", """
CHEST RADIOGRAPH, PA AND LATERAL

Indication: dyspnea, pleuritic chest pain, tachycardia.

Findings: Wedge-shaped peripheral opacity at the right lung base abutting the pleura, suggestive of a Hampton hump. Relative oligemia in the right upper zone (possible Westermark sign). Small right pleural effusion blunting the costophrenic angle. No Kerley B lines. Heart size normal, CTR 0.46. Mediastinum not widened. No pneumothorax; no deep sulcus sign. Degenerative changes of the thoracic spine.

Impression: findings raise concern for pulmonary infarct in the setting of PE. Recommend CT pulmonary angiography if not already performed. Wells score per ED documentation 6.5; PERC not applicable.
""")

doc("neg22_cardiology_scores", """
CARDIOLOGY OUTPATIENT - RISK SUMMARY

72 y.o. woman with persistent AF, HFpEF, HTN, T2DM, prior TIA.
CHA2DS2-VASc 7 (CHF 1, HTN 1, age 65-74 1, DM 1, stroke/TIA 2, female 1). HAS-BLED 2. Continue apixaban 5 mg BID (no dose-reduction criteria: age <80, wt 68 kg, Cr 0.9).

HF: NYHA class II-III. KCCQ-12 summary 58. Echo EF 60%, E/e' 16, LAVI 44. H2FPEF score 7. Started empagliflozin per EMPEROR-Preserved data.

Coronary: Exercise treadmill (Bruce protocol) stopped stage 3 at 7:40 for fatigue, 8.9 METs, 1 mm horizontal ST depression, no angina: Duke treadmill score +1.9 (intermediate). Coronary CTA: CAD-RADS 2, calcium score 118 (Agatston), 74th percentile (MESA).

Murmur: soft diastolic rumble at apex with AI - Austin Flint murmur considered, but TTE shows no significant MS; likely functional.

Plan: rhythm control discussion (EAST-AFNET 4); refer for ablation. Framingham-based risk estimates not used given established ASCVD equivalent.
""")

doc("neg23_nursing_teaching", """
NURSING EDUCATION NOTE - NEW INSULIN START

Learner: patient and spouse. Preferred learning style: hands-on. Barriers: none; wears reading glasses. Health literacy screen adequate.

Topics covered:
- Insulin pen use (priming 2 units, 90-degree injection, hold 10 seconds), site rotation abdomen/thighs.
- Hypoglycemia: rule of 15 (15 g fast carbs, recheck in 15 minutes). Glucagon nasal 3 mg reviewed.
- Sick-day rules: never stop basal insulin; check glucose every 4 hours.
- Sharps disposal in a hard plastic container.

Patient will demonstrate self-injection before discharge - return demonstration x2 done correctly today. Patient states "I have faith I can do this at home." Spouse will fill the pen needle supply. Chaplain visit offered for faith-based support, declined. Major barriers to adherence: cost - referred to case management for copay assistance; no grant funding identified yet.

Outcome: goals met for this session; will reinforce carb counting tomorrow (1 unit per 10 g carbohydrate). Hope to transition to CGM as an outpatient.
""")

doc("neg24_op_note_whipple", """
OPERATIVE NOTE - PANCREATICODUODENECTOMY

Procedure: pylorus-preserving pancreaticoduodenectomy (Whipple), open.
Findings: 2.8 cm firm mass in pancreatic head, no liver or peritoneal metastases, SMV/portal vein free of tumor.

Description: Bilateral subcostal (chevron) incision. Balfour and Bookwalter retractors placed. Diagnostic laparoscopy earlier negative. Extended Kocher maneuver performed; Cattell-Braasch maneuver to mobilize the right colon. Gallbladder removed. Common hepatic duct divided; GDA test-clamped with preserved hepatic arterial flow, then ligated. Pancreatic neck divided with Bovie over the SMV; uncinate dissected off the SMA with Metzenbaum scissors and LigaSure. Specimen to pathology, frozen section: margins negative.

Reconstruction: duct-to-mucosa pancreaticojejunostomy (Blumgart technique) over a 5 Fr stent; end-to-side hepaticojejunostomy with 5-0 PDS; antecolic duodenojejunostomy. Two 19 Fr Jackson-Pratt drains placed near the anastomoses. Fascia closed with looped PDS, skin with staples.

EBL 450 mL. Crystalloid 3.2 L. UOP 380 mL. Counts correct x2. Mayo scissors, Kelly and Babcock clamps, Allis and Deaver retractors accounted for. Patient to SICU extubated, stable.
""")

doc("neg25_sleep_study", """
POLYSOMNOGRAPHY INTERPRETATION (diagnostic, in-lab)

Total recording time 452 min, total sleep time 371 min, sleep efficiency 82%. Sleep latency 14 min, REM latency 96 min. Stages: N1 9%, N2 58%, N3 12%, REM 21%.

Respiratory: AHI 32.4/h (supine 58.1/h, non-supine 12.6/h; REM 44/h). RDI 36.0/h. Central apnea index 0.4/h. Oxygen nadir 79%, T90 8.2%. No Cheyne-Stokes respiration.
Cardiac: sinus rhythm, average HR 64. Rare PVCs.
Limb: PLM index 6/h.
Pre-study: Epworth Sleepiness Scale 14/24, STOP-BANG 6/8, BMI 34, neck 17 in, Mallampati IV, Friedman tongue position III.

Impression: severe obstructive sleep apnea, positional and REM-accentuated.
Recommendation: APAP 5-15 cm H2O with heated humidification; mask fitting. Avoid supine sleep. Driving counseling given (drowsy driving). Follow-up download at 31-90 days to confirm adherence (>4 h/night on 70% of nights).
""")

doc("neg26_heme_lab", """
HEMATOLOGY / BLOOD BANK - INTERPRETIVE REPORT

CBC: WBC 48.2 x10^9/L, Hgb 10.1 g/dL, plt 612 x10^9/L. Differential: neutrophils 54%, bands 6%, metamyelocytes 8%, myelocytes 10%, basophils 7%, eosinophils 4%, blasts 1%.
Peripheral smear: left-shifted granulocytic proliferation with basophilia, no dysplasia, no Auer rods. No schistocytes.

Cytogenetics/molecular: Philadelphia chromosome t(9;22)(q34;q11.2) detected by FISH in 94% of nuclei. BCR::ABL1 p210 transcript detected by RT-PCR, IS ratio 68%. JAK2 V617F negative. FLT3-ITD not tested (not indicated).

Other: direct antiglobulin (Coombs) test negative. LAP score low. Serum protein electrophoresis: no M-spike; urine Bence Jones protein negative.

Interpretation: findings consistent with chronic myeloid leukemia, chronic phase (blasts <10%, basophils <20%). Sokal score intermediate, ELTS low. Recommend baseline quantitative PCR and initiation of TKI therapy per hematology.
Specimen received 07:45, resulted 16:20.
""")

doc("neg27_derm", """
DERMATOLOGY CLINIC NOTE

Skin type: Fitzpatrick III.
1. Left upper back: 7 mm asymmetric pigmented macule with irregular border and color variegation, dermoscopy with atypical network and regression structures. Shave biopsy (deep saucerization) done. Previous pathology on a different lesion: melanoma in situ, 2018.
2. Trunk: scaly erythematous plaques with silvery scale, Auspitz sign positive, Koebner phenomenon at recent scratch. BSA 6%, PASI 7.8. Plaque psoriasis.
3. Face: hypopigmented patches accentuated under Wood's lamp - vitiligo vs pityriasis alba; no fluorescence typical of tinea versicolor.
4. Nikolsky sign negative on forearm bullae - favors bullous pemphigoid over pemphigus; DIF biopsy sent.

Plan: follow pathology (Breslow depth, Clark level, mitotic rate if invasive). Start clobetasol 0.05% ointment BID to plaques 2 weeks on/1 week off. NB-UVB discussed. Return 3 months with full-skin exam.
""")

doc("neg28_endocrine", """
ENDOCRINOLOGY - INPATIENT CONSULT

Question: hypocalcemia after total thyroidectomy for Graves disease.

Post-op day 1: Chvostek sign positive, Trousseau sign positive at 90 s. Perioral tingling. Ionized Ca 0.98 mmol/L, total Ca 7.4 mg/dL (albumin 3.8), Mg 1.5, PTH 6 pg/mL (low). QTc 478 ms.

Assessment: post-surgical hypoparathyroidism (likely transient, "stunned" glands) with symptomatic hypocalcemia. No evidence of hungry bone syndrome (ALP normal). Pre-op Lugol's iodine given (Wolff-Chaikoff effect) - not contributory.

Plan:
- Calcium gluconate 2 g IV over 20 min, then infusion 1 mg/kg/h elemental, titrate to iCa 1.0-1.2.
- Calcitriol 0.25 mcg BID, calcium carbonate 1,000 mg TID with meals.
- Magnesium sulfate 2 g IV.
- Levothyroxine 1.6 mcg/kg/day (125 mcg) to start tomorrow.
- No signs of adrenal insufficiency (Addison) or Cushing features; AM cortisol not needed.
- Check Ca q6h; Hashimoto antibodies not relevant post-op.
""")

doc("neg29_portal_anon", """
hi quick question - i started the antibiotic (the amoxicillin-clavulanate) 2 days ago for my sinus infection and now i have kind of loose stools like 3 or 4 times a day. no blood. is that normal or should i stop it?? also can i take tylenol and ibuprofen together for the face pain, its like 6/10 in the morning and better by afternoon. my temp was 99.8 last night. i have 8 days of pills left. thanks so much
""")

doc("neg30_ent_ophtho", """
ENT / NEURO-OPHTHALMOLOGY JOINT CLINIC

Vertigo: episodic, positional, lasting <1 min. Dix-Hallpike positive on the right with upbeating torsional nystagmus, latency 3 s. Head impulse test normal. No skew. HINTS benign. Diagnosis: right posterior canal BPPV - Epley maneuver performed x2 with resolution. Brandt-Daroff exercises taught.

Hearing: Weber lateralizes to left, Rinne negative on left (BC > AC) - left conductive loss. Audiogram: 30 dB air-bone gap left, type As tympanogram; consider otosclerosis (Carhart notch at 2 kHz).

Facial nerve: right peripheral facial weakness x10 days, House-Brackmann grade III, consistent with Bell's palsy. Eye closure incomplete - lubricating drops and taping at night.

Eyes: Snellen 20/25 OD, 20/30 OS. Ishihara 14/14 OU. Relative afferent pupillary defect (Marcus Gunn pupil) absent. No Horner syndrome (no ptosis/miosis). Amsler grid normal. Schirmer test 6 mm OD at 5 min (reduced). Fundus: cup-to-disc 0.3 OU.

Plan: prednisone 60 mg x5 days then taper (started day 10 - limited benefit discussed). Follow up 4 weeks.
""")


# ---------------------------------------------------------------------------
# Build
# ---------------------------------------------------------------------------

MARK = re.compile(r"\{(SSN|MRN|LIC|VEH|DEV|URL|OID|CO|ST|HP|AC|IP|N|C|Z|G|D|A|P|F|E)\|([^{}|]+)\}")


def render(raw):
    """Strip markup; return (text, spans, values) with UTF-8 byte offsets."""
    out = []
    spans = []
    values = []
    nbytes = 0
    pos = 0
    for m in MARK.finditer(raw):
        before = raw[pos:m.start()]
        out.append(before)
        nbytes += len(before.encode("utf-8"))
        value = m.group(2)
        vb = len(value.encode("utf-8"))
        spans.append({"bstart": nbytes, "bend": nbytes + vb, "kind": KINDS[m.group(1)]})
        values.append(value)
        out.append(value)
        nbytes += vb
        pos = m.end()
    out.append(raw[pos:])
    return "".join(out), spans, values


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    seen = set()
    counts = collections.Counter()
    records = []
    n_neg = 0
    for id_, raw in DOCS:
        if id_ in seen:
            sys.exit("duplicate id: " + id_)
        seen.add(id_)
        text, spans, values = render(raw.strip("\n"))
        if "{" in text or "}" in text:
            sys.exit("unparsed markup left in " + id_)
        data = text.encode("utf-8")
        for sp, val in zip(spans, values):
            got = data[sp["bstart"]:sp["bend"]].decode("utf-8")
            if got != val or got != got.strip() or not got:
                sys.exit("span mismatch in %s: %r vs %r" % (id_, got, val))
            counts[sp["kind"]] += 1
        if id_.startswith("neg"):
            if spans:
                sys.exit("negative text has spans: " + id_)
            n_neg += 1
        elif not spans:
            sys.exit("clinical text without spans: " + id_)
        records.append({"id": id_, "text": text, "spans": spans})
    with open(os.path.join(here, "notes.jsonl"), "w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    # re-read and verify from disk
    with open(os.path.join(here, "notes.jsonl"), encoding="utf-8") as fh:
        for line, (id_, raw) in zip(fh, DOCS):
            rec = json.loads(line)
            _, _, values = render(raw.strip("\n"))
            data = rec["text"].encode("utf-8")
            for sp, val in zip(rec["spans"], values):
                assert data[sp["bstart"]:sp["bend"]].decode("utf-8") == val, (id_, val)
    print("texts: %d (clinical %d, hard negatives %d)" % (len(records), len(records) - n_neg, n_neg))
    print("spans: %d" % sum(counts.values()))
    for abbr, kind in KINDS.items():
        print("  %-16s %4d" % (kind, counts[kind]))
    missing = [k for k in KINDS.values() if counts[k] == 0]
    if missing:
        print("WARNING: kinds with no spans:", ", ".join(missing))


if __name__ == "__main__":
    main()

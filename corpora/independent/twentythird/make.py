#!/usr/bin/env python3
"""Hand-labelled PHI test corpus `twentythird`.

Long documents (discharge summaries, operative and pathology reports, referral and
consultation letters, death / transfer summaries, nursing-home admissions, psychiatry
and genetics notes) from the US, UK, Canada, Australia, Ireland, India and Nigeria,
plus long PHI-free hard negatives.

Inline markup: {ABBR|value}.  Run: python3 make.py  -> writes notes.jsonl next to this file.
Python 3 standard library only.
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

TEXTS = []


def add(note_id, raw):
    TEXTS.append((note_id, raw.strip("\n") + "\n"))


# ---------------------------------------------------------------------------
# 1. US discharge summary (Massachusetts)
# ---------------------------------------------------------------------------
add("note01_dc_us", """
DISCHARGE SUMMARY

{G|St. Columba Regional Medical Center}
{ST|1180 Haverhill Street}, {C|Lowell}, MA {Z|01852}
Main {P|(978) 555-0142} | Health Information Management fax {F|(978) 555-0199}

Patient: {N|Okafor, Chidinma R.}
MRN: {MRN|00481927}            Hospital account: {AC|HA-77310924}
DOB: {D|07/22/1958}            Sex: Female
Admitted: {D|Thursday, February 2, 2023}
Discharged: {D|02/09/2023}
Attending: {N|Margaret Whitcombe}, MD (Hospital Medicine)
PCP: {N|Luis Arredondo-Paz}, MD, {G|Acre Family Health Partners}, {ST|36 Merrimack Street, Suite 210}, {C|Lowell}, MA {Z|01852}

PRINCIPAL DIAGNOSIS
Acute bilateral segmental pulmonary emboli without right ventricular strain (sPESI 0).

SECONDARY DIAGNOSES
1. Right popliteal deep vein thrombosis, provoked by reduced mobility after right total knee arthroplasty performed at {G|New England Baptist Hospital} on {D|January 11, 2023}.
2. Type 2 diabetes mellitus, HbA1c 7.4% this admission.
3. Hashimoto thyroiditis on levothyroxine.
4. Obesity, BMI 33.

HISTORY OF PRESENT ILLNESS
Mrs. {N|Okafor} is a 64-year-old retired school business manager (most recently at {G|Bartlett Community Partnership School}) who came to our emergency department on the evening of {D|February 2} with two days of pleuritic left-sided chest pain and breathlessness on exertion. Since her knee replacement she has been walking with a rollator. She stopped her enoxaparin on {D|1/25}, about ten days early, because the injections were leaving large bruises on her abdomen and "nobody told me it mattered." Her husband, {N|Emeka Okafor}, brought her in after she had to sit down twice on the stairs at home.

On arrival: HR 112, BP 138/84, RR 22, SpO2 91% on room air, temperature 37.4 °C. Wells score 6.0. CT pulmonary angiogram showed filling defects in the segmental branches of the left lower lobe and the right middle lobe; RV/LV ratio 0.8, no septal bowing. High-sensitivity troponin T 14 ng/L, NT-proBNP 212 pg/mL. Bilateral lower extremity duplex: non-occlusive thrombus in the right popliteal vein; the left leg was clear.

HOSPITAL COURSE
1. PE/DVT. Started on weight-based unfractionated heparin in the ED and transitioned to apixaban (Eliquis) 10 mg twice daily on hospital day 3, stepping down to 5 mg twice daily on {D|February 12}. Supplemental oxygen was weaned to room air by {D|2/5}. Ambulatory saturation at discharge 95%. Given a clearly provoked event, the plan is a minimum of three months of anticoagulation with reassessment by hematology.
2. Diabetes. Home metformin was held for contrast and resumed on {D|Feb 4}. Insulin glargine 18 units nightly continued; fasting glucose 120-160 mg/dL.
3. Knee. Incision well healed, no effusion. Physical therapy (Timed Up and Go 14 seconds) cleared her for home with the rollator and outpatient PT.
4. Social. Case management spoke with her daughter, {N|Ngozi Okafor-Bishop}, a nurse at {G|Lahey Hospital & Medical Center}, who will stay with her for the first week (cell {P|978-555-0177}). Her usual pharmacy, the {G|Walgreens} on {ST|Chelmsford Street}, confirmed that apixaban is covered with a $47 copay.

DISCHARGE MEDICATIONS
- Apixaban 10 mg PO BID through {D|2/11/23}, then 5 mg PO BID (NEW)
- Metformin 1000 mg PO BID
- Insulin glargine 18 units SC nightly
- Levothyroxine 88 mcg PO daily
- Acetaminophen 650 mg PO q6h PRN pain
- STOPPED: enoxaparin; celecoxib (bleeding risk with anticoagulation)

FOLLOW-UP
- Dr. {N|Hope Tran}, Hematology, {G|Merrimack Valley Hematology & Oncology}, {D|Thursday the 16th} at 10:40 AM.
- Dr. {N|Arredondo-Paz} in 1-2 weeks; office {P|(978) 555-0188 ext. 214}.
- Orthopedics with Dr. {N|Samuel King} as previously scheduled on {D|March 1st}.

Return precautions reviewed with the patient and her husband: bleeding, black stools, worsening shortness of breath, fainting, new leg swelling.

Dictated by: {N|Will Page}, PA-C, for {N|Margaret Whitcombe}, MD
D: {D|02/09/2023} 15:22   T: {D|02/10/2023} 08:04   Job {OID|4471083}
cc: {N|Luis Arredondo-Paz}, MD; {N|Hope Tran}, MD
""")

# ---------------------------------------------------------------------------
# 2. US operative report (Texas) - pacemaker, device serials, age 90+
# ---------------------------------------------------------------------------
add("note02_oprep_us", """
OPERATIVE REPORT

{G|Brazos Valley Heart Institute}
{ST|2401 South 31st Street}, {C|Temple}, TX {Z|76508}

PATIENT: {N|VILLANUEVA-REYES, DOLORES}
MRN: {MRN|BV2209841}          FIN: {AC|30018475562}
DOB: {D|03/14/1931}   AGE: {A|92}Y   SEX: F
DATE OF PROCEDURE: {D|2023-06-21}
LOCATION: Electrophysiology Lab 2

SURGEON: {N|Rajesh Subramaniam}, MD, FACC, FHRS
FIRST ASSISTANT: {N|Jessica Wood}, RN, RNFA
ANESTHESIA: Monitored anesthesia care, {N|Oluwaseun Adebayo-Grant}, CRNA

PREOPERATIVE DIAGNOSIS: Complete heart block with syncope.
POSTOPERATIVE DIAGNOSIS: Same.
PROCEDURE PERFORMED: Implantation of dual-chamber permanent pacemaker via left axillary vein; placement of absorbable antibacterial envelope.

IMPLANTED HARDWARE
Generator: Medtronic Azure XT DR MRI SureScan, model W1DR01, serial no. {DEV|RNB402817S}
Right atrial lead: Medtronic CapSureFix Novus MRI SureScan 5076, 52 cm, serial no. {DEV|PJN7719284}
Right ventricular lead: Medtronic CapSureFix Novus MRI SureScan 5076, 58 cm, serial no. {DEV|PJN7719301}
Envelope: TYRX absorbable antibacterial envelope, medium.

INDICATIONS
Mrs. {N|Villanueva-Reyes} is a {A|92}-year-old woman who lives at {G|Casa de Paz Assisted Living} in {C|Belton}. On {D|June 19} she had a witnessed syncopal episode in the dining room with a brief loss of consciousness and a scalp laceration. EMS strips showed complete heart block with a junctional escape at 38 beats per minute. No reversible cause was found: potassium 4.3 mmol/L, magnesium 2.1 mg/dL, TSH 2.2, and she takes no AV nodal blocking agents. A Lyme serology was sent given a tick bite history and returned negative. Because she has moderate Alzheimer dementia (MMSE 17/30) her granddaughter and medical power of attorney, {N|Marisol Reyes}, provided informed consent by telephone ({P|254-555-0136}); the call was witnessed by {N|Tamika Brown}, RN. Risks including bleeding, pocket hematoma, pneumothorax, lead dislodgement, infection and tamponade were reviewed.

DESCRIPTION OF PROCEDURE
The patient was brought to the EP lab and placed supine. A time-out was completed confirming patient identity, procedure and laterality. Cefazolin 2 g IV was given before incision. The left upper chest was prepped with ChloraPrep and draped in sterile fashion. After local infiltration with 20 mL of 1% lidocaine, a 5 cm incision was made two fingerbreadths below the clavicle and carried down to the pectoralis fascia with electrocautery. A subfascial pocket was fashioned by blunt dissection. Under fluoroscopic guidance the axillary vein was accessed twice with a micropuncture needle, and two 7 French peel-away sheaths were placed over guidewires using the Seldinger technique.

The right ventricular lead was advanced to the mid septum and actively fixed. R wave 9.1 mV, threshold 0.5 V at 0.4 ms, impedance 684 ohms; no diaphragmatic capture at 10 V. The atrial lead was positioned in the right atrial appendage and fixed: P wave 2.8 mV, threshold 0.6 V at 0.4 ms, impedance 512 ohms. Both leads were secured with 2-0 Ethibond over suture sleeves. The generator was placed within the TYRX envelope and seated in the pocket. The pocket was irrigated with antibiotic solution and closed in layers with 2-0 and 3-0 Vicryl and a subcuticular 4-0 Monocryl, then Dermabond.

Estimated blood loss 15 mL. Fluoroscopy time 6.2 minutes. No complications. Final programming DDD 60-130, AV delay 180 ms, MVP off.

POSTOPERATIVE PLAN
Chest x-ray at 2 hours (no pneumothorax). Arm-motion restrictions for six weeks. The device has been registered with Medtronic and a temporary ID card was given to the facility nurse. CareLink home monitor, serial no. {DEV|MCL0048817Q}, will be set up at {G|Casa de Paz Assisted Living} by the remote clinic. Wound check at {G|Temple Heart & Rhythm} on {D|6/30/23}; full interrogation in 3 months.

Electronically signed by {N|Rajesh Subramaniam}, MD on {D|06/21/2023} at 17:48
""")

# ---------------------------------------------------------------------------
# 3. UK histopathology report (Liverpool)
# ---------------------------------------------------------------------------
add("note03_path_uk", """
Department of Cellular Pathology
{G|Royal Liverpool University Hospital}
{G|Liverpool University Hospitals NHS Foundation Trust}
{ST|Prescot Street}, {C|Liverpool} {Z|L7 8XP}
Tel {P|0151 555 2301}   Fax {F|0151 555 2302}

HISTOPATHOLOGY REPORT - FINAL

Lab No:            {OID|H23/041187}
Surname:           {N|MCALLISTER}
Forenames:         {N|Bernadette Joan}
NHS No:            {HP|943 476 5919}
Hospital No:       {MRN|RL4471029}
DOB:               {D|19.08.1949}      Sex: F
Address:           {ST|27 Elmsley Crescent}, {C|Bootle}, {Z|L20 4QS}
Requested by:      Mr {N|Adeel Qureshi}, Consultant Colorectal Surgeon
Copy to GP:        Dr {N|F. Ní Dhonnchadha}, {G|Orrell Park Surgery}
Specimen taken:    {D|Tues 14/03/2023}   Received: 11:20
Reported:          {D|21 March 2023}

CLINICAL DETAILS
Adenocarcinoma upper rectum, 11 cm from anal verge on rigid sigmoidoscopy. MRI staged mrT3b N1 EMVI negative, CRM clear. Discussed at the colorectal MDT on {D|2 Feb 2023}; proceeded straight to surgery without neoadjuvant therapy. Laparoscopic anterior resection with defunctioning loop ileostomy.

SPECIMEN
Anterior resection with attached mesorectum and separate "apical lymph node" pot.

MACROSCOPY
Anterior resection specimen 214 mm long with mesorectum. An ulcerated tumour 38 x 31 mm lies 118 mm from the distal resection margin, above the peritoneal reflection. The mesorectum is complete (Quirke grade 3, mesorectal plane). The tumour lies 4 mm from the closest non-peritonealised circumferential margin (inked blue). Tissue processed in blocks A1-A24.

MICROSCOPY
Moderately differentiated adenocarcinoma of no special type invading through the muscularis propria into perirectal fat (maximum extramural depth 6 mm). No extramural venous invasion seen on elastin stains. Perineural invasion is not identified. Two of seventeen regional lymph nodes contain metastatic adenocarcinoma (2/17), and there is a single tumour deposit. Apical node negative. Proximal and distal margins clear. Background mucosa shows a 9 mm tubular adenoma with low-grade dysplasia.

Immunohistochemistry: MLH1, PMS2, MSH2 and MSH6 retained (mismatch repair proficient).

SUMMARY (RCPath dataset, TNM 8)
Rectum, anterior resection: adenocarcinoma, pT3 pN1b (2/17) pM not applicable, V0 L1 Pn0, R0. Dukes' stage C1. CRM 4 mm.

Block A6 has been sent to the {G|North West Genomic Laboratory Hub} for RAS/BRAF testing (referral {OID|NWGLH-M-22817}); a supplementary report will follow.

Reported by: Dr {N|Priya Venkataraman}, Consultant Histopathologist, GMC {LIC|6098124}
Authorised electronically {D|21/03/2023} 16:05
Copies: Mr {N|Qureshi}; colorectal MDT coordinator {N|Shannon Kehoe}
""")

# ---------------------------------------------------------------------------
# 4. Scottish GP referral letter to old-age psychiatry
# ---------------------------------------------------------------------------
add("note04_referral_scot", """
{G|Larkfield Medical Practice}
{ST|2 Braeside Road}
{C|Greenock}
{Z|PA16 8RN}
Tel: {P|01475 555 610}   Fax: {F|01475 555 611}
Email: {E|ggc.larkfieldmp@nhs.scot}

{D|7th November 2023}

Dr {N|Alasdair MacLeod}
Consultant in Old Age Psychiatry
Older People's Community Mental Health Team
{G|Inverclyde Royal Hospital}
{ST|Larkfield Road}
{C|Greenock} {Z|PA16 0XN}

Dear Dr {N|MacLeod},

Re: Mrs {N|Agnes Mary Brodie}, DOB {D|02/01/1931}, CHI {HP|0201315528}
{ST|Flat 3/1, 14 Ardgowan Street}, {C|Port Glasgow} {Z|PA14 5BN}

I would be grateful if you could assess this {A|92}-year-old lady, whom I have known for many years, with a view to a diagnosis and to advice about how long she can safely stay at home.

Her son {N|Kenneth}, who lives in {C|Aberdeen} and phones her every evening, first raised concerns in the spring: repeated calls about the same thing, bills unpaid, and a pan left on the hob twice. Matters came to a head on {D|Sunday 29 October}, when she left the flat at about six in the morning to "go to her work" and was found by police two hours later on the platform at {G|Greenock Central} station, cold but unhurt. She worked for over thirty years at the {G|Tate & Lyle} refinery in the town, which closed in 1997. Her husband {N|Robert} died in {D|March 2019}, and she has lived alone since then.

Her neighbour across the landing, {N|Faith Lennox}, has a key and looks in most days. Mrs {N|Brodie} still goes to the Tuesday lunch club at the {G|Old West Kirk}, though the organiser, Mr {N|Douglas Harkness}, tells me she now needs to be walked there. Carers from {G|Cloch Homecare Ltd} visit twice daily for medication prompts; her social worker is {N|Declan Rooney} ({P|01475 555 223}).

When I saw her at home on {D|2 November} she was pleasant and sociable but disorientated to month and year. ACE-III was 61/100 (attention 12/18, memory 9/26, fluency 5/14, language 20/26, visuospatial 15/16). She denied low mood and there were no psychotic features. There is no clear history of stepwise decline; she has a 20 pack-year smoking history, treated hypertension and atrial fibrillation, CHA2DS2-VASc 5, on apixaban.

Bloods on {D|31/10/2023}: FBC normal, U&E normal (eGFR 48), LFTs normal, TSH 1.9, B12 412 ng/L, folate 6.1, calcium 2.31 mmol/L, HbA1c 41. CT head has been requested; I have not started a cholinesterase inhibitor pending your review. ECG shows rate-controlled AF, 78 bpm, QTc 432 ms.

Current medication: apixaban 2.5 mg twice daily, bisoprolol 2.5 mg daily, amlodipine 5 mg daily, Adcal-D3 one twice daily, and paracetamol as required.

{N|Kenneth} is her welfare and continuing power of attorney (registered with the Office of the Public Guardian, reference {OID|PG-2021-083472}). He can be reached on {P|07700 900 318} and would like to be present when you see her.

Yours sincerely,

Dr {N|Morag Sutherland-Young}
GP Partner
GMC {LIC|7034519}
""")

# ---------------------------------------------------------------------------
# 5. Canadian rheumatology consultation letter (Ontario)
# ---------------------------------------------------------------------------
add("note05_consult_ca", """
{G|Kingsway Rheumatology Associates}
{ST|2160 Bloor Street West, Suite 404}
{C|Toronto}, ON  {Z|M6S 1M8}
Tel. {P|416-555-0193}   Fax {F|416-555-0194}

{D|April 4, 2024}

Dr. {N|Parminder Gill}
{G|Islington Family Health Team}
{ST|1 Eva Road, Unit 210}
{C|Etobicoke}, ON  {Z|M9C 4Z5}

Dear Dr. {N|Gill}:

RE: {N|KOWALCZYK, Zofia}    DOB: {D|1962-10-05}    OHIP: {HP|4532 281 947 KT}
Address: {ST|88 Fermanagh Avenue}, {C|Toronto}, ON {Z|M6R 1M2}

Thank you for asking me to see Ms. {N|Kowalczyk}, a 61-year-old bookkeeper with {G|Roncesvalles Polish Credit Union}, whom I assessed in clinic on {D|Tuesday, April 2}. She describes four months of symmetrical pain and swelling of the small joints of both hands and the forefeet, with morning stiffness lasting about two hours. She has had to stop knitting and finds it hard to use a mouse at work. There is no rash, no oral ulcers, no pleuritic pain. She has had Raynaud's phenomenon in the winter for years, with colour change to white and then blue but no digital ulcers. She reports gritty eyes in the evening but not a dry mouth; Schirmer's test was not done.

Family history is notable for rheumatoid arthritis in her mother, {N|Halina Kowalczyk}, who was treated with gold injections in {C|Kraków} in the 1980s, and hypothyroidism in her sister {N|Ewa}. She lives with her partner, {N|Teresa Nowicka}. She does not smoke and drinks alcohol rarely.

On examination she had 9 tender and 7 swollen joints (bilateral MCPs 2-3, right PIP 3, left wrist, left MTP 2-4 squeeze positive). Heberden's and Bouchard's nodes were present in both hands, which will confuse future joint counts. No nodules, no tophi. Chest clear. No lymphadenopathy.

Her bloodwork, drawn at {G|LifeLabs} on {D|March 18} (requisition {OID|LL-22904817}), showed CRP 24 mg/L, ESR 41 mm/h, RF 86 IU/mL and anti-CCP greater than 250 U/mL. ANA 1:80 speckled, ENA negative. Hemoglobin 118 g/L, platelets 412, ALT 19, creatinine 61 umol/L. Hepatitis B and C serologies negative; QuantiFERON negative. Hand x-rays show periarticular osteopenia with a small erosion at the right second MCP head.

Impression: seropositive, erosive rheumatoid arthritis of recent onset, with high disease activity (DAS28-CRP 5.1, CDAI 28), and coexisting nodal hand osteoarthritis. The ACR/EULAR 2010 classification score is 10/10.

Plan:
1. Methotrexate 15 mg orally once weekly (Saturdays), increasing to 20 mg after four weeks and then to 25 mg subcutaneously if tolerated; folic acid 5 mg weekly on a different day.
2. Hydroxychloroquine (Plaquenil) 300 mg daily. She will need a baseline retinal examination including OCT; I have referred her to Dr. {N|Jean-François Tremblay} at the {G|Kensington Eye Institute}.
3. Prednisone 10 mg daily tapering by 2.5 mg every two weeks to stop.
4. Shingrix, Pneumovax 23 and Prevnar 20 are recommended before any escalation to biologic therapy; influenza and COVID-19 boosters as due.
5. Bloods (CBC, creatinine, ALT) every four weeks for three months, then every eight to twelve weeks.
6. Bone density at baseline given glucocorticoids and her age.

If she has not reached low disease activity by three months I would consider adding a TNF inhibitor such as adalimumab (biosimilar, e.g. Hadlima) through the Exceptional Access Program. I will see her again on {D|May 30}. She has my office number and knows to stop methotrexate and call if she develops fever, mouth ulcers or a cough.

Sincerely,

{N|Miriam Osei-Bonsu}, MD, FRCPC
Rheumatology
CPSO #{LIC|98812}

cc: Ms. {N|Zofia Kowalczyk} - sent by secure email to {E|zofia.kowalczyk62@outlook.com} at her request
""")

# ---------------------------------------------------------------------------
# 6. Australian inter-hospital transfer summary (Queensland)
# ---------------------------------------------------------------------------
add("note06_transfer_au", """
INTER-HOSPITAL TRANSFER SUMMARY

From: {G|Toowoomba Hospital}, {G|Darling Downs Health}, {ST|Pechey Street}, {C|Toowoomba} QLD {Z|4350}
To: Cardiac Surgery, {G|The Prince Charles Hospital}, {ST|Rode Road}, {C|Chermside} QLD {Z|4032}

Patient: {N|THOMPSON-WALKER, Jarrah Lee}
URN: {MRN|TWB 583210}
Medicare No: {HP|2951 60471 3}  IRN 1
DOB: {D|11/09/1973}   Age: 50
Address: {ST|14 Hume Street}, {C|Oakey} QLD {Z|4401}
NOK: {N|Kylie Walker} (wife), mobile {P|0412 555 781}
Date of transfer: {D|Fri 15/12/2023}, departing 13:30 by road ambulance (case no. {OID|QAS-23-1158204})

Referring doctor: Dr {N|Hamish Lindqvist}, Medical Registrar (pager 3318)
Consultant: Dr {N|Priyanka Raghunathan}, General Physician
Accepting doctor: Dr {N|Anh Nguyen}, Cardiothoracic Surgical Fellow, accepted by phone {D|14 December} at 21:40

REASON FOR TRANSFER
Native aortic valve infective endocarditis due to Streptococcus gallolyticus with severe aortic regurgitation, for surgical review and likely valve replacement.

HISTORY
Mr {N|Thompson-Walker} is a 50-year-old diesel fitter who works fly-in fly-out at {G|New Acland Coal Mine}. He presented to our ED on {D|10 December 2023} with three weeks of fevers, night sweats, 6 kg weight loss and new exertional breathlessness. He had been febrile to 39.1 °C at home on {D|9–11 December} despite a course of amoxicillin from his GP, Dr {N|Sarah O'Donoghue} at {G|Oakey Medical Centre}. No injecting drug use. Dental review two months ago was normal.

Findings: a new early diastolic murmur at the left sternal edge, splinter haemorrhages on three fingernails, and two painless Janeway lesions on the left sole. No Osler's nodes, no Roth spots on fundoscopy. Collapsing pulse. Mildly tender splenomegaly.

INVESTIGATIONS
- Blood cultures {D|10/12/23} x 3 sets: Streptococcus gallolyticus (formerly S. bovis biotype I), penicillin MIC 0.06 mg/L (Pathology ref {OID|23-345-8812}).
- TTE {D|12 Dec}: thickened aortic cusps, severe AR (vena contracta 7 mm, holodiastolic flow reversal in descending aorta), LVEDD 62 mm, EF 55%.
- TOE {D|13/12/2023}: 11 mm mobile vegetation on the non-coronary cusp, no root abscess.
- CT brain: no embolic infarcts. CT abdomen: small splenic infarct.
- Modified Duke criteria: 2 major (typical organism in persistent bacteraemia; echocardiographic vegetation) plus 3 minor.
- CRP 142 -> 71 mg/L. Hb 104 g/L. Creatinine 96 umol/L.

MANAGEMENT
Benzylpenicillin 2.4 g IV 4-hourly plus gentamicin 1 mg/kg IV 8-hourly (day 5 today; gentamicin to cease at 2 weeks). Repeat cultures from {D|12/12} no growth at 48 hours. PICC line inserted right basilic vein {D|13 December 2023}, tip at cavoatrial junction. Frusemide 40 mg daily for mild pulmonary congestion.

Colonoscopy is recommended after recovery because of the association of S. gallolyticus with colorectal neoplasia.

SOCIAL
Identifies as Aboriginal. The Indigenous Hospital Liaison Officer, {N|June Mabo}, has supported the family and arranged accommodation in {C|Brisbane} for {N|Kylie} through the patient travel subsidy scheme. Two children at school in {C|Oakey}; his mother, {N|Dulcie Walker}, is caring for them.

Handover given to {N|Anh Nguyen} ({G|TPCH}) and to the ward nurse, {N|Brodie McKenzie}.

Dr {N|Hamish Lindqvist}
Medical Registrar, {G|Toowoomba Hospital}
Ph {P|(07) 4555 6000}  Fax {F|(07) 4555 6001}
""")

# ---------------------------------------------------------------------------
# 7. Irish death summary (Galway)
# ---------------------------------------------------------------------------
add("note07_death_ie", """
{G|University Hospital Galway}
{G|Saolta University Health Care Group}
Department of Medicine for the Older Person
{ST|Newcastle Road}, {C|Galway}, {Z|H91 YR71}

DEATH SUMMARY AND NOTIFICATION TO GENERAL PRACTITIONER

Patient: {N|Pádraig Ó Flaithearta}
MRN: {MRN|0912837}                 Medical card: {HP|8821450T}
DOB: {D|24/06/1929}                Age at death: {A|94}
Address: {ST|Cnoc na Gréine}, {C|An Spidéal}, {CO|Co. Galway}, {Z|H91 T2V8}
Usual residence prior to admission: {G|Áras Mhic Dara}, {C|An Cheathrú Rua}
GP: Dr {N|Eithne Mac Giolla Phádraig}, {G|Cois Fharraige Family Practice}
Next of kin: {N|Máire Uí Fhlatharta} (daughter) {P|087 555 3192}

Date of admission: {D|3 January 2024}
Date and time of death: {D|Sunday 14 January 2024}, 04:10
Consultant: Dr {N|Gráinne Hennessy}

Dear Dr {N|Mac Giolla Phádraig},

I am sorry to let you know that Mr {N|Ó Flaithearta} died peacefully on the ward in the early hours of {D|14/01/2024}, with his daughter {N|Máire} and his son {N|Colm} present.

Cause of death as recorded on the Medical Certificate of Cause of Death:
I (a) Aspiration pneumonia
  (b) Oropharyngeal dysphagia
  (c) Parkinson's disease (diagnosed 2011)
II  Chronic kidney disease stage 3b; atrial fibrillation

The death was not reportable to the Coroner.

Summary of admission:
Mr {N|Ó Flaithearta} was a {A|ninety-four}-year-old retired fisherman and lifelong Irish speaker who had lived at {G|Áras Mhic Dara} since {D|September 2022}, when his son {N|Colm} could no longer manage his care at home. He was admitted via the ED on {D|3/1/2024} with fever, hypoxia and right lower lobe consolidation after a choking episode at the evening meal. CURB-65 was 3 on arrival. He had advanced Parkinson's disease (Hoehn and Yahr stage 5), with progressive dysphagia documented by speech and language therapy in {D|November 2023}, and the nursing staff had already been giving a level 4 pureed diet and mildly thick fluids.

He was treated with IV amoxicillin-clavulanate and later piperacillin-tazobactam, and subcutaneous fluids. Madopar was continued through a nasogastric tube for the first 48 hours, then converted to a rotigotine (Neupro) patch 4 mg/24 h when he pulled the tube. Despite initial improvement he had a second aspiration on {D|9 January} and deteriorated.

A family meeting was held on {D|Wednesday 10 January} with his children {N|Máire}, {N|Colm} and {N|Seán} (who travelled from {C|Boston}), and his granddaughter {N|Aoife Ní Fhlatharta}, who is a staff nurse at {G|Merlin Park University Hospital}. The family were clear that he would not have wanted artificial feeding or ICU care, and a DNACPR decision and end-of-life care plan were agreed. He was anointed by Fr {N|Tomás Ó Conghaile}, the hospital chaplain, that evening, at the family's request. He was kept comfortable with a syringe driver (morphine 5 mg, midazolam 5 mg and glycopyrronium 600 micrograms over 24 hours) and appeared settled.

The bereavement liaison officer, {N|Bríd Kelly}, has been in contact with the family. Funeral arrangements are with {G|Ó Fátharta Funeral Directors}, {C|Indreabhán}.

Please cancel any outstanding outpatient appointments, including his review at the movement disorder clinic that had been scheduled for {D|20 February}.

Yours sincerely,

Dr {N|Gráinne Hennessy}, FRCPI
Consultant Geriatrician
IMC Reg. No. {LIC|402781}
Secretary: {P|091 555 420}
""")

# ---------------------------------------------------------------------------
# 8. US nursing-home admission (Ohio), incl. lower-case nursing addendum
# ---------------------------------------------------------------------------
add("note08_nh_admit_us", """
{G|Briarwood Commons}
Skilled Nursing & Rehabilitation
{ST|1350 Eastern Avenue}, {C|Chillicothe}, OH {Z|45601}  -  {CO|Ross County}
Phone {P|740-555-0123}  Fax {F|740-555-0124}

NURSING ADMISSION ASSESSMENT

Resident: {N|Kowalski, Eugenia M.} (prefers "{N|Jean}")
Room: 214-B
DOB: {D|12/03/1927}       Age: {A|96}
SSN (face sheet): {SSN|287-41-9036}
Medicare MBI: {HP|1EG4-TE5-MK73}
Supplement: member ID {HP|382776104-11}
Admitted: {D|10/17/2023} at 14:45
Admitted from: {G|Adena Regional Medical Center}, inpatient stay {D|Oct 12-17}
Previous address: {ST|417 Western Avenue}, {C|Chillicothe}, OH {Z|45601}
Attending: Dr. {N|Nnamdi Eze}
Pharmacy: {G|Omnicare of Columbus}

Responsible party / POA (health care): son, {N|Gregory Kowalski}, {C|Columbus}, OH
  cell {P|(740) 555-0118}, email {E|gkowalski.cpa@gmail.com}
Second contact: granddaughter, {N|April Kowalski-Moore}, {P|614.555.0190}

REASON FOR ADMISSION
Short-term rehabilitation after a left intertrochanteric hip fracture, repaired with a cephalomedullary nail at {G|Adena} on {D|October 13}, followed by likely long-term placement. Mrs. {N|Kowalski} fell at home on the evening of {D|October 12} while walking to the bathroom without her walker and lay on the floor until her mail carrier, {N|Darnell Rose}, heard her calling the next morning. Hospital course was complicated by postoperative delirium (resolved), acute blood loss anemia (transfused 1 unit, discharge Hgb 9.4) and a urinary tract infection with E. coli treated with cephalexin, last dose {D|10/18}.

PAST HISTORY
Heart failure with preserved ejection fraction (EF 60%); hypertension; stage 3a CKD; osteoarthritis; macular degeneration (wet, left eye, on Eylea injections); hearing loss with bilateral aids; mild neurocognitive disorder.

CODE STATUS
DNR Comfort Care-Arrest, Ohio DNR form signed by Dr. {N|Eze} and the resident on {D|10/16/2023}; copy on chart and in the red folder.

ASSESSMENT ON ARRIVAL
Alert, pleasant, oriented to person and place. BIMS 9/15. PHQ-9 4. Speech clear; wears hearing aids (both in, working). Vitals: BP 132/70, HR 74 irregular, RR 18, T 97.8 F, SpO2 94% RA. Weight 52.3 kg (115 lb).
Skin: left lateral hip incision 12 cm with staples, dry, edges approximated. Stage 2 pressure injury to sacrum 1.5 x 1.0 cm, pink wound bed, no slough; Mepilex Border applied. Bilateral heels intact, blanchable. Braden 14 (moderate risk).
Mobility: two-person assist for transfers; weight bearing as tolerated; front-wheeled walker with PT only. Morse Fall Scale 65 (high risk); low bed, floor mats, call light in reach, non-skid socks.
Continence: occasional urge incontinence; no Foley. Last BM {D|10/16}.
Pain: 4/10 left hip with movement, acetaminophen 650 mg scheduled q6h; oxycodone 2.5 mg q6h PRN.
Nutrition: mechanical soft, thin liquids. Dentures upper and lower.
Psychosocial: widowed; husband {N|Stanley} died in 2009. Lifelong member of {G|Walnut Street United Methodist Church}; Pastor {N|Grace Whitfield} plans to visit weekly. Enjoys the Cincinnati Reds on the radio and crossword puzzles.

Belongings inventoried with son: glasses, two hearing aids, upper and lower dentures, wedding ring (sent home with son), a rosary.

Admitting nurse: {N|Tamara Bishop}, RN   {D|10/17/23} 19:30

---
nursing note addendum {D|10/18/23} 0215
res. awake, calling out for "{N|stan}". reoriented, settled w/ warm milk and radio. no s/s pain, denies. repositioned q2h, sacral dressing intact. son {N|greg} called at 2100 to check in - informed of good first evening. will pass to day shift re: hearing aid battery (L) low. - {N|l. okonjo} lpn
""")

# ---------------------------------------------------------------------------
# 9. US psychiatry admission evaluation (New Mexico), rich family history
# ---------------------------------------------------------------------------
add("note09_psych_us", """
{G|Sandia Behavioral Health Center}
Adult Inpatient Unit - Psychiatric Admission Evaluation

Patient: {N|Mateo Alejandro Baca}
MRN: {MRN|SBH-1129384}
DOB: {D|May 2, 1999}
Date of evaluation: {D|September 8, 2023}
Legal status: 7-day emergency hold, petition filed in district court, case {OID|D-202-MH-2023-00614}
Attending psychiatrist: {N|Anjali Deshpande}, MD
Resident: {N|Kevin O'Rourke}, MD (PGY-2)
Sources: patient, mother by phone, ED record, police report

IDENTIFYING DATA AND CHIEF COMPLAINT
Mr. {N|Baca} is a 24-year-old single Hispanic man, a line cook at {G|Frontier Restaurant}, who lives with his mother at {ST|2209 Vassar Drive SE}, {C|Albuquerque}, NM {Z|87106}. He was brought to the ED by police on the night of {D|9/6/23} after his former employer reported threatening emails. He states, "I haven't needed sleep in a week because I finally figured out the frequency."

HISTORY OF PRESENT ILLNESS
His mother, {N|Angela Montoya-Baca}, reports that he has slept two to three hours a night since about {D|August 29}. He quit his second job at {G|Nusenda Credit Union} on {D|August 31} after telling his manager, {N|Yvette Chavez}, that he had been "chosen to fix the banking system." Over the following days he sent more than forty emails to her and to the branch's general inbox; the credit union's IT department traced several to a public hotspot with IP address {IP|67.0.148.22}, and one included the phrase "you will see what happens." He also posted a 43-minute video titled "The Frequency" at {URL|https://www.youtube.com/@mateobaca_truthseeker} and spent about $3,800 on audio equipment on his mother's credit card. Police note that on {D|September 4} he drove his truck (NM plate {VEH|BKZ 417}) to {C|Santa Fe} at 3 a.m. to "deliver the message to the {G|Roundhouse}" and was escorted out by security. He denies auditory hallucinations but believes that streetlights flicker to confirm his thoughts. He denies suicidal ideation today; he acknowledges "telling my manager she'd regret it" but denies intent or plan to harm her. No firearms at home (confirmed with mother).

PAST PSYCHIATRIC HISTORY
One prior depressive episode at 19, treated with sertraline by his PCP, Dr. {N|Lorraine Begay} at {G|First Choice Community Healthcare}. Sertraline 100 mg was stopped in 2022 by the patient. No prior hospitalizations. No prior suicide attempts. Cannabis use most days since 16 (dabs, about 1 g/day); alcohol on weekends; one DWI arrest on {D|7/4/2022}, case closed after completing DWI school.

FAMILY PSYCHIATRIC HISTORY (three generations; mother is main informant)
- Father: {N|Rubén Baca}, 54, bipolar I disorder, two admissions to the {G|New Mexico Behavioral Health Institute} in {C|Las Vegas}, NM, in his twenties; stable on lithium for many years. Parents separated when patient was 8; father lives in {C|Belen}.
- Paternal uncle: {N|Gilbert Baca}, died by suicide in 1998 at age 31.
- Paternal grandmother: {N|Eloísa Baca}, "nervios" and several months in bed after each of her pregnancies; never formally diagnosed.
- Mother: {N|Angela}, 51, alcohol use disorder in sustained remission for 12 years (AA), panic disorder treated with escitalopram.
- Maternal aunt: {N|Theresa Montoya}, 47, schizoaffective disorder, receives an injectable antipsychotic at a clinic in {C|Española}.
- Maternal grandfather: {N|Esteban Montoya}, now {A|91}, Alzheimer dementia, lives with family in {C|Chimayó}; no earlier psychiatric history.
- Sister: {N|Mercy Baca}, 19, ADHD, student at {G|Central New Mexico Community College}.
- Half-brother (father's son): {N|Joaquín Trujillo}, 29, opioid use disorder, currently at {G|Southern New Mexico Correctional Facility}.
- No known family history of dementia before 65, epilepsy, or Huntington disease.

SOCIAL HISTORY
Graduated from {G|Highland High School}. Two semesters of community college. Girlfriend of two years, {N|Kimberly Yazzie}, ended the relationship on {D|September 2} and has asked the unit not to share information with her. Insurance through Centennial Care (Medicaid), member ID {HP|100384772}.

MENTAL STATUS EXAMINATION
Appearance: thin, unshaven, wearing sunglasses indoors, malodorous. Behavior: restless, paces, poor eye contact then intrusive. Speech: rapid, pressured, loud, difficult to interrupt. Mood: "Electric." Affect: expansive, irritable when redirected. Thought process: flight of ideas, clang associations. Thought content: grandiose and referential delusions as above; no homicidal ideation toward a specific person today; passive death wishes denied. Perception: denies AH/VH, not responding to internal stimuli. Cognition: oriented x3, attention impaired (cannot do serial 7s past 86). Insight poor. Judgment poor.

RATING SCALES
YMRS 31. C-SSRS screen negative. PHQ-9 not valid in current state.

LABS
UDS positive for THC only. BAL 0. TSH 1.4. CMP normal. CBC normal. HIV and RPR negative. Lithium not detected. Head CT from ED unremarkable.

ASSESSMENT
Bipolar I disorder, current episode manic, severe, with mood-congruent psychotic features; cannabis use disorder, moderate. Strong family loading for bipolar spectrum illness on the paternal side and a completed suicide in a second-degree relative.

PLAN
1. Continue inpatient hold; the court hearing is set for {D|Tuesday, September 12}.
2. Olanzapine 10 mg at bedtime, increase to 15 mg; lithium carbonate 300 mg BID with level on {D|9/13}.
3. Ward restrictions, 15-minute checks, no access to electronic devices until the risk to the former employer is reassessed.
4. Duty-to-warn assessment completed with the attending; police already notified; Ms. {N|Chavez} is aware and has obtained a temporary restraining order.
5. Family meeting with Ms. {N|Montoya-Baca} and, if the patient agrees, his father.

{N|Kevin O'Rourke}, MD, PGY-2
Seen and discussed with {N|Anjali Deshpande}, MD; I agree with the assessment and plan above. {D|09/08/2023}
""")

# ---------------------------------------------------------------------------
# 10. UK clinical genetics letter (Manchester), pedigree with many relatives
# ---------------------------------------------------------------------------
add("note10_genetics_uk", """
{G|Manchester Centre for Genomic Medicine}
{G|Saint Mary's Hospital}
{ST|Oxford Road}
{C|Manchester} {Z|M13 9WL}
Tel: {P|0161 555 7612}

Our ref: {OID|MCGM/R/21-08834}
Family no: {OID|F-20417}
Clinic date: {D|28/07/2023}
Typed: {D|9 August 2023}

Dr {N|Imran Chaudhry}
{G|Bramhall Park Surgery}
{ST|235 Bramhall Lane South}
{C|Bramhall}, {C|Stockport} {Z|SK7 2AZ}

Dear Dr {N|Chaudhry}

Re: Ms {N|Rebecca Louise Whitworth}, DOB {D|03.11.1986}, NHS No {HP|485 777 3456}
{ST|12 Moss Lane}, {C|Cheadle} {Z|SK8 1AB}

Diagnosis: carrier of the familial BRCA2 pathogenic variant c.5946delT p.(Ser1982ArgfsTer22)

I saw {N|Rebecca} with her partner, {N|Tomasz Zieliński}, in the Cancer Genetics clinic to discuss the result of her predictive test, which was reported on {D|21st July 2023} (laboratory number {OID|GLH23-118472}) and confirms that she has inherited the variant that runs in her mother's family.

Family history (pedigree drawn in clinic and updated from our previous records)
{N|Rebecca}'s maternal aunt, {N|Susan Marsh}, is the index case in this family. She developed a grade 3 ER-positive breast cancer at the age of 44 and a high-grade serous ovarian cancer at 61, and was tested at {G|The Christie} in 2019, when the BRCA2 variant was identified. {N|Susan}'s daughter, {N|Kirsty Hughes}, tested negative; her son, {N|Daniel Marsh}, has not yet come forward for testing.

{N|Rebecca}'s mother, {N|Patricia Whitworth} (née {N|Marsh}), is 63 and has had no cancer; she tested positive in {D|June 2022} and underwent risk-reducing bilateral salpingo-oophorectomy at {G|Wythenshawe Hospital} shortly afterwards. {N|Rebecca}'s maternal uncle, {N|Graham Marsh}, had a Gleason 4+4=8 prostate cancer at 58 and lives in {C|Perth}, Western Australia; we have written to the familial cancer service there with his permission. {N|Rebecca}'s maternal grandmother, {N|Eileen Marsh}, died at 52 in 1979 of what the death certificate records as carcinoma of the ovary, in {C|Wigan}. Her mother, {N|Ada Horrocks}, is said to have "died of a growth" in her forties; no records are available.

On the paternal side, her father {N|Michael Whitworth} is 66 and well. Her paternal grandmother, {N|Doreen Whitworth}, had bowel cancer at 81; the family does not meet the Amsterdam II criteria and we did not feel Lynch syndrome testing was warranted. {N|Rebecca} has one brother, {N|Joel}, aged 33, who has an appointment in our clinic on {D|14 September}. {N|Rebecca} and {N|Tomasz} have two children, {N|Lily} (6) and {N|Oskar} (3); we discussed that testing of children for BRCA2 is not recommended until they are old enough to decide for themselves, usually from 18.

Discussion
We discussed her lifetime risks (breast cancer in the region of 60-70%, ovarian cancer 10-20%, and modestly increased risks of pancreatic cancer, melanoma and, for male relatives, prostate cancer). Under the NHS Breast Screening Programme very high risk pathway she should have annual breast MRI from now until 50, then annual mammography. She is keen to consider risk-reducing mastectomy and I have referred her to Mr {N|Ashok Bhattacharya}, consultant oncoplastic breast surgeon at {G|Wythenshawe Hospital}. Risk-reducing salpingo-oophorectomy is recommended between 35 and 45 once her family is complete; she will need a gynaecology referral in the next few years. She asked about PARP inhibitors, which would only become relevant if she developed cancer. We talked about preimplantation genetic testing should the couple plan a further pregnancy.

{N|Rebecca} works as a primary school teacher at {G|St Ambrose RC Primary School} and was worried about telling her head teacher; I reassured her that she has no obligation to disclose her result to her employer or, for most products, to an insurer, under the Code on Genetic Testing and Insurance.

A family letter has been given for her cousin {N|Daniel}. Should you have any questions please contact our genetic counsellor, {N|Sinéad Costello}, on {P|0161 555 7640} or at {E|sinead.costello@mft.nhs.uk}.

Yours sincerely

Dr {N|Helen Oyelaran-Price}
Consultant in Clinical Genetics

cc: Ms {N|Rebecca Whitworth} (patient)
cc: Mr {N|Ashok Bhattacharya}, Breast Surgery, {G|Wythenshawe Hospital}
""")

# ---------------------------------------------------------------------------
# 11. Indian discharge summary (Pune)
# ---------------------------------------------------------------------------
add("note11_dc_india", """
{G|Shree Ganesh Multispeciality Hospital}
{ST|Plot 18, Karve Road, Erandwane}, {C|Pune} - {Z|411004}, Maharashtra
Ph: {P|020-2555 4810} | Emergency: {P|020-2555 4800} | {E|info@shreeganeshhospital.in}

DISCHARGE SUMMARY - DEPARTMENT OF CARDIOLOGY

Name: Mrs. {N|Lakshmi Venkatesh Iyer}          Age/Sex: 67 Y / F
UHID: {MRN|SGMH.0045781}                      IP No.: {OID|IP/23/11876}
ABHA No.: {OID|91-4471-2290-6634}
Address: {ST|B-702, Gulmohar Residency, Baner Road}, {C|Pune} {Z|411045}
Mobile: {P|+91 98220 55134}
Date of Admission: {D|03-10-2023}   Date of Discharge: {D|11-10-2023}
Consultant: Dr. {N|Sanjay Kulkarni}, MD, DM (Cardiology)
Referred by: Dr. {N|Meera Joshi}, {G|Aundh Polyclinic}
Mediclaim policy no.: {HP|P/151113/01/2023/004512}

FINAL DIAGNOSIS
1. Acute anterior wall ST-elevation myocardial infarction, Killip class II
2. Single vessel disease - proximal LAD 99% thrombotic occlusion; primary PCI with 1 DES (Xience Sierra 3.0 x 28 mm) on {D|3rd October 2023}
3. LV dysfunction, LVEF 35% (post-MI)
4. Type 2 diabetes mellitus (12 years), on insulin
5. Hypothyroidism

HISTORY
Mrs. {N|Iyer}, 67-year-old homemaker, known diabetic and hypothyroid, presented to casualty at 06:40 hrs on {D|3/10/2023} with retrosternal chest heaviness radiating to the left arm since 04:30 hrs, associated with sweating and one episode of vomiting. She had attended a family function in {C|Nashik} the previous day. ECG showed ST elevation in V1-V5, I and aVL. Door-to-balloon time 54 minutes.

COURSE IN HOSPITAL
She was loaded with aspirin 325 mg, ticagrelor 180 mg and atorvastatin 80 mg and taken up for emergency coronary angiography via right radial approach, which showed a thrombotic occlusion of the proximal LAD (TIMI 0 flow). Primary PCI was done with thrombus aspiration and a drug-eluting stent; final TIMI III flow. Post-procedure she developed mild pulmonary oedema (basal crepitations, SpO2 89%) managed with IV frusemide and NIV for 12 hours in the CCU. 2D echo on {D|5th Oct} showed anterior and apical hypokinesia, LVEF 35%, no LV clot, mild MR. Trop I peaked at 48,000 ng/L. HbA1c 8.9%. Lipid profile: LDL 142 mg/dL. TSH 6.8 - thyroxine dose increased. She was shifted to the ward on day 3 and mobilised under cardiac rehabilitation. No further angina; no arrhythmias on monitor.

Her husband, Mr. {N|Venkatesh Iyer}, and son, Dr. {N|Karthik Iyer} (anaesthetist, {G|Narayana Health}, {C|Bengaluru}), were counselled regarding diagnosis, prognosis, need for strict compliance with dual antiplatelet therapy for one year, and repeat echo after three months to decide regarding ICD.

CONDITION AT DISCHARGE
Hemodynamically stable. BP 110/70 mmHg, HR 68/min, SpO2 97% on room air. Radial site healthy.

MEDICATIONS ON DISCHARGE
1. Tab. Ecosprin 75 mg - once daily after lunch
2. Tab. Brilinta 90 mg - twice daily
3. Tab. Atorva 80 mg - at bedtime
4. Tab. Metolar XR 25 mg - once daily
5. Tab. Cardace 1.25 mg - once daily
6. Tab. Forxiga 10 mg - once daily
7. Tab. Thyronorm 75 mcg - empty stomach
8. Inj. Lantus 16 units s/c at bedtime; Inj. Actrapid as per sliding scale
9. Tab. Pantocid 40 mg - before breakfast

ADVICE
Diabetic, low-salt, low-fat diet. Fluid restriction 1.5 L/day. Walk 10 minutes twice a day, increase gradually. No driving for four weeks. Review in Cardiology OPD with Dr. {N|Kulkarni} on {D|Wednesday, 18/10/2023}, 11:00 am, with fasting sugar and creatinine reports. In case of chest pain, breathlessness or giddiness, report immediately to Emergency.

Prepared by: Dr. {N|Aditi Rao}, RMO
Verified by: Dr. {N|Sanjay Kulkarni}, Consultant Cardiologist, MMC Reg. No. {LIC|2009/03/1187}
""")

# ---------------------------------------------------------------------------
# 12. Nigerian referral letter (Lagos) - head injury
# ---------------------------------------------------------------------------
add("note12_referral_ng", """
{G|GBAGADA GENERAL HOSPITAL}
{ST|Gbagada Expressway}, {C|Gbagada}, {C|Lagos}
Tel: {P|+234 803 555 0192}

{D|12th June, 2023}

The Consultant Neurosurgeon,
Neurosurgery Unit, Department of Surgery,
{G|Lagos State University Teaching Hospital},
{ST|1-5 Oba Akinjobi Way},
{C|Ikeja}, {C|Lagos}.

Dear Sir/Ma,

RE: REFERRAL OF MR. {N|ADEWALE OLUMIDE BANKOLE} (M/35 YRS), HOSP. NO. {MRN|GGH/23/01872}

Kindly see the above-named 35-year-old commercial motorcyclist, who rides for {G|Gokada}, and who was brought into our Accident and Emergency unit at about 21:00 hrs on {D|Saturday 10/06/2023} following a road traffic accident along {ST|Ikorodu Road} near {G|Anthony Bus Stop}. He was said to have been hit from behind by a commercial bus while on his motorcycle (reg. {VEH|KJA-482-AB}) and was not wearing a crash helmet. He lost consciousness at the scene for an unquantified period; there was vomiting (x3) and bleeding from the right ear.

On arrival, GCS was 13/15 (E3V4M6), pupils equal and reactive, with a boggy scalp swelling in the right temporoparietal region and right otorrhagia. There was a laceration on the left forearm and abrasions on both knees. Pulse 96/min, BP 140/90 mmHg, SpO2 95% on room air. Other systems were essentially normal.

He was resuscitated, given IV fluids, IV ceftriaxone 1 g 12-hourly, IV paracetamol and tetanus toxoid plus ATS. The laceration was repaired. Over the next 36 hours, however, his GCS dropped to 10/15 (E2V3M5) by the morning of {D|12/06/23}, with a new left hemiparesis (power 3/5) and a dilating right pupil. We do not have CT facilities on site, and the family could not immediately afford a private scan.

Impression: severe traumatic brain injury with clinical features of an evolving right-sided intracranial haematoma (extradural vs acute subdural), base of skull fracture.

He is hereby referred for urgent CT brain and neurosurgical care. He has been started on IV mannitol 0.5 g/kg stat and is nursed 30 degrees head-up. He is accompanied by our medical officer and a nurse in the ambulance.

He is not enrolled on the NHIS. His wife, Mrs. {N|Folasade Bankole} ({P|0806 555 2471}), and his elder brother, Mr. {N|Kunle Bankole}, are with him. They live at {ST|14 Adebayo Street}, {C|Shomolu}, {C|Lagos}. A relative has started an online appeal for his treatment at {URL|https://www.gofundme.com/f/help-adewale-bankole-recover}. The accident was reported at {G|Bariga Police Division} (extract no. {OID|BRG/ACC/2023/447}).

Thank you for your anticipated cooperation.

Yours faithfully,

Dr. {N|Chukwuemeka Nwachukwu-Eze}
Medical Officer, for Head of Clinical Services
MDCN Reg. No. {LIC|MDCN/R/41207}

cc: Dr. {N|Yetunde Alabi}, Head of Clinical Services, {G|GGH}
""")

# ---------------------------------------------------------------------------
# 13. Canadian neonatal transfer summary (British Columbia)
# ---------------------------------------------------------------------------
add("note13_transfer_ca", """
NEONATAL INTERFACILITY TRANSFER SUMMARY

Sending facility: {G|Mills Memorial Hospital}, {ST|4720 Haugland Avenue}, {C|Terrace}, BC {Z|V8G 2W7}
Receiving facility: NICU, {G|BC Women's Hospital + Health Centre}, {C|Vancouver}
Transport: Infant Transport Team, fixed wing via {G|Northwest Regional Airport}; PTN case {OID|PTN-24-008815}

Infant: Baby Boy {N|Sandhu}
Infant PHN: {HP|9876 543 217}        Chart no.: {MRN|MMH-N-240118}
Date and time of birth: {D|2024-01-23} 03:12
Gestational age: 33+4 weeks by first-trimester ultrasound
Birth weight: 2,040 g (50th centile, Fenton)
Mother: {N|Harpreet Kaur Sandhu}, 31, G2P1 -> G2P2, PHN {HP|9123 456 784}
Father: {N|Gurpreet Singh Sandhu}
Home address: {ST|4417 Lakelse Avenue}, {C|Terrace}, BC {Z|V8G 1P2}
Parents' cell: {P|250-555-0164}

Referring physicians: Dr {N|Colleen Fraser} (family physician, obstetrics) and Dr {N|Oluwafemi Adeyemi} (paediatrics)
Accepting neonatologist: Dr {N|Wei-Lin Chang}, accepted {D|January 23, 2024} at 05:50 via the Patient Transfer Network

MATERNAL HISTORY
Healthy 31-year-old, blood group O positive, antibody screen negative, rubella immune, HBsAg/HIV/syphilis negative. GBS unknown. Spontaneous preterm labour from 22:00 on {D|Jan 22}; membranes ruptured 6 hours before delivery, clear liquor. Received one dose of betamethasone 12 mg IM at 23:40 (incomplete course) and IV penicillin G at 00:15. Maternal temperature maximum 37.6 °C. Previous child, {N|Simran}, born at term in 2021 without complications. Maternal grandmother, {N|Balwinder Kaur}, lives with the family and has type 2 diabetes.

DELIVERY
Spontaneous vaginal delivery, vertex. Delayed cord clamping 60 seconds. Apgars 4, 7 and 9 at 1, 5 and 10 minutes. Required 45 seconds of PPV with T-piece, then CPAP 6 cmH2O with FiO2 0.30 from 8 minutes of age. Cord gases: arterial pH 7.24, BE -5.

COURSE AT SENDING SITE
Progressive grunting and retractions; Silverman-Andersen score 6 at 1 hour, FiO2 rising to 0.45 on CPAP 7. Chest x-ray: ground-glass appearance with air bronchograms consistent with respiratory distress syndrome; no pneumothorax. Surfactant (Curosurf 200 mg/kg) given at 2 h 15 min of life by LISA technique under sucrose and caffeine; FiO2 weaned to 0.28. Caffeine citrate 20 mg/kg loading dose given. Peripheral IV D10W at 80 mL/kg/day. Point-of-care glucose 1.9 -> 3.4 mmol/L after 2 mL/kg D10W bolus. Blood culture drawn (lab no. {OID|NH24-00213}), ampicillin and gentamicin started. Vitamin K 0.5 mg IM given; erythromycin eye ointment given. Hepatitis B vaccine deferred with parental consent.

STATUS AT DEPARTURE
HR 152, RR 58, SpO2 93% on CPAP 6 / FiO2 0.28, temperature 36.8 °C (axilla) in transport incubator. Mild subcostal recession. Passed urine; meconium not yet passed.

SOCIAL
Father works at the {G|Rio Tinto} aluminium smelter in {C|Kitimat} and will drive down with the older child; mother to be flown to {C|Vancouver} with the baby if a seat is available, otherwise on the morning flight {D|Jan 24}. Family speaks Punjabi and English; interpreter not required. Paternal uncle, {N|Manjit Sandhu}, lives in {C|Surrey} and will host the family.

Summary prepared by Dr {N|Oluwafemi Adeyemi}, paediatrician, {G|Mills Memorial Hospital}, {D|23/01/2024} 06:20
Switchboard {P|(250) 555-0108}; fax {F|(250) 555-0109}
""")

# ---------------------------------------------------------------------------
# 14. UK care home admission note (Somerset / Bristol)
# ---------------------------------------------------------------------------
add("note14_carehome_uk", """
{G|Ashcombe House}
Residential and Nursing Care
{ST|112 Bath Road}, {C|Keynsham}, {CO|Somerset} {Z|BS31 1SN}
Tel {P|0117 555 8890}

ADMISSION RECORD AND INITIAL CARE PLAN

Resident: Mr {N|Cyril Arthur Pennington}
Preferred name: {N|Cyril}
DOB: {D|5 May 1928}   Age: {A|95}
NHS Number: {HP|401 023 2137}
Date of admission: {D|Monday 4th September 2023}
Admitted from: Ward 27, {G|Southmead Hospital}, {G|North Bristol NHS Trust}
Previous address: {ST|9 Charlton Road}, {C|Keynsham}, {Z|BS31 2JQ}
GP: Dr {N|Rhiannon Evans}, {G|Temple House Practice}
Pharmacy: {G|Lloyds Pharmacy}, {ST|High Street}, {C|Keynsham}
Next of kin: niece, Mrs {N|Pauline Armitage}, {P|07700 900481}, {E|p.armitage@btinternet.com}
Lasting Power of Attorney (Health and Welfare): registered, OPG ref {OID|7000-1123-8841} (niece and her husband, Mr {N|Keith Armitage})
ReSPECT form: completed at {G|Southmead} {D|29/08/2023} - not for CPR; ward-based care; for hospital admission if reversible cause.

BACKGROUND
Mr {N|Pennington} is a {A|95}-year-old widower who lived alone until his admission to hospital on {D|11th August} after a fall at home with a long lie (approximately 14 hours), complicated by rhabdomyolysis (CK 8,400 U/L) and an acute kidney injury. He was found by his friend from the bowls club, Mr {N|Ernest Young}, who raised the alarm. During the admission he was also found to have a new moderate aortic stenosis and orthostatic hypotension. The hospital therapy team advised 24-hour care and he and his niece chose {G|Ashcombe}.

He worked at the chocolate factory at {G|Somerdale} for {G|J. S. Fry & Sons} and later {G|Cadbury} for 41 years, retiring as a shift foreman, and did National Service in the Royal Navy. His wife, {N|Winifred}, died in 2015. They had no children. He is a lifelong member of {G|St John the Baptist} parish church in the town and has asked for communion to be brought by the Rector, the Revd {N|Jonathan Page}, once a month.

CARE NEEDS (initial)
Mobility: walks short distances with a four-wheeled walker and one carer; wheelchair for distance. Falls risk high. Sensor mat in place at night.
Personal care: assistance of one for washing and dressing; can shave himself with an electric razor.
Continence: wears pads at night; occasional urinary urgency; no catheter.
Skin: Waterlow score 18 (high risk). Heels and sacrum intact on admission (body map completed with {N|Blessing Moyo}, senior carer). Pressure-relieving mattress in use.
Nutrition: MUST score 1 (weight 61.4 kg, BMI 20.7, 4% loss in 3 months). Fortisip Compact twice daily. Likes porridge and Eccles cakes, dislikes fish.
Cognition: AMTS 8/10; 4AT 0 on arrival. Clear decisions about daily care; LPA not currently activated.
Pain: osteoarthritis of both knees; Abbey Pain Scale 3 (mild). Regular paracetamol.
Communication: hard of hearing. Wears NHS behind-the-ear hearing aids, right serial {DEV|OT-24C8819}, left serial {DEV|OT-24C8820}. Glasses for reading.
Sleep: usually retires at 22:00 after the news.

MEDICATION (from discharge summary, checked against blister pack from {G|Lloyds})
Paracetamol 1 g four times a day; amlodipine stopped in hospital; ramipril 1.25 mg once daily; atorvastatin 20 mg at night; tamsulosin 400 micrograms at night; Laxido one sachet daily; Adcal-D3 one tablet twice daily.

Key worker: {N|Blessing Moyo}
Admission completed by: {N|Joanne Page}, Registered Manager, {D|04/09/2023}
Care plan review due: {D|2 October 2023}
""")

# ---------------------------------------------------------------------------
# 15. Australian neurology consultation letter (Melbourne)
# ---------------------------------------------------------------------------
add("note15_consult_au", """
{G|Parkville Neurology Group}
{ST|Level 3, 55 Flemington Road}
{C|North Melbourne} VIC {Z|3051}
Ph {P|(03) 9555 2140}   Fax {F|(03) 9555 2141}
Provider No. {OID|2457813K}

{D|Friday, 2 June 2023}

Dr {N|Georgia Nikolaidis}
{G|Brunswick Village Medical}
{ST|201 Sydney Road}
{C|Brunswick} VIC {Z|3056}

Dear {N|Georgia},

Re: Mr {N|Liam Fitzgerald-O'Connell}, DOB {D|17/02/1955}
{ST|8 Wattle Grove}, {C|Coburg} VIC {Z|3058}
Medicare {HP|4127 55012 1}

Thank you for your ongoing care of {N|Liam}, whom I reviewed today with his wife {N|Rose}. As you know he was diagnosed with Parkinson's disease in 2017, with a tremor-dominant onset on the right. He is now 68.

Current regimen: Madopar 100/25 one tablet five times daily (07:00, 10:00, 13:00, 16:00, 19:00), Madopar HBS 100/25 at bedtime, and rotigotine (Neupro) 6 mg/24 h patch. Rasagiline was stopped last year because of vivid dreams.

He reports wearing-off about 2.5 hours after each dose, with freezing in doorways and at the supermarket checkout, and mild peak-dose choreiform dyskinesia, mainly in the afternoon. He keeps a diary on his phone; the median "on" time without troublesome dyskinesia is around 9 hours a day. He has had two falls in the past three months, neither with injury. REM sleep behaviour disorder has been present for at least a decade according to {N|Rose}, who now sleeps in a separate room. Constipation is controlled with Movicol. He denies hallucinations. No orthostatic symptoms. Mood is "up and down"; he misses his work as a tool-maker at {G|Holden} in {C|Fishermans Bend}, where he spent 31 years.

On examination: supine BP 134/80, standing 126/76. MDS-UPDRS part III "on" 28, with moderate rigidity and bradykinesia on the right, mild on the left, and a mild rest tremor. Pull test: two steps of retropulsion, recovers unaided. Hoehn and Yahr stage 2.5. MoCA 26/30 (lost points on delayed recall and cube). Mild hypomimia; no vertical gaze palsy; no cerebellar signs.

His DaTscan at the {G|Royal Melbourne Hospital} on {D|16 May 2019} showed asymmetric reduced putaminal uptake, left more than right, consistent with the clinical picture.

Assessment: idiopathic Parkinson's disease, approximately 6 years from diagnosis, with motor fluctuations and dyskinesia. His profile (good levodopa response, no significant cognitive impairment, age under 70) makes him a reasonable candidate for deep brain stimulation, which he is keen to discuss.

Plan:
1. Add entacapone 200 mg with each daytime Madopar dose; reduce the 13:00 dose to half a tablet if dyskinesia worsens.
2. Referral to Mr {N|Hugh Ashworth}, functional neurosurgeon, and the DBS multidisciplinary team at {G|St Vincent's Hospital Melbourne}, for assessment including a formal levodopa challenge and neuropsychology.
3. Physiotherapy: referral to the {G|Coburg Community Health} falls and balance program; LSVT BIG if available.
4. Driving: he holds a current Victorian licence ({LIC|064 821 559}). I have completed the medical report for the licensing authority and recommended a conditional licence with an occupational therapy driving assessment; he is aware that he must notify them himself.
5. I will see him again in four months or sooner after the DBS assessment; provisionally {D|6 October 2023}.

{N|Liam} gave permission for a copy of this letter to be sent to him by email ({E|liam.fitzoc@bigpond.com}).

Kind regards,

Dr {N|Thi Thanh Huong Pham}
FRACP, Neurologist
AHPRA {LIC|MED0001734520}
""")

# ---------------------------------------------------------------------------
# 16. US trauma history and physical (Illinois)
# ---------------------------------------------------------------------------
add("note16_trauma_us", """
{G|Advocate Christ Medical Center}
Level I Trauma - Trauma Surgery History and Physical

Arrival: {D|Saturday, November 11, 2023} 23:47 (Level 1 activation)
Registered as: "Trauma, Tango-14" (alias); identity confirmed at 01:30 from driver's license
Name: {N|Omar Haddad}
MRN: {MRN|4008817265}   Encounter: {AC|82201194736}
DOB: {D|04/30/1991}   Age: 32
Address (per license): {ST|6320 S. Kedzie Ave, Apt 2}, {C|Chicago}, IL {Z|60629}
IL driver's license: {LIC|H312-4419-1061}
SSN: {SSN|327-58-4410} (from registration, verified with brother)
Insurance: Blue Cross Blue Shield of Illinois PPO, member ID {HP|XOF902117354}

Trauma attending: {N|Kateryna Shevchenko}, MD
Trauma chief resident: {N|Marcus Young}, MD
EM attending: {N|Desmond Oyelowo}, MD

MECHANISM
Restrained driver of a 2019 Ford F-150 (VIN {VEH|1FTFW1E50KFA38271}) in a high-speed side-impact collision on I-294 near the {C|Oak Lawn} exit in {CO|Cook County}, driver's side intrusion of approximately 45 cm, prolonged extrication (25 minutes) by {G|Oak Lawn Fire Department}. Airbags deployed. Field GCS 14. Police on scene: Officer {N|Daniel Mroczek}, Illinois State Police, badge {OID|7124}; crash report number {OID|ISP-23-0094417}.

PRIMARY SURVEY
A: Speaking in full sentences, C-collar in place.
B: Decreased breath sounds on the left, SpO2 89% on NRB, crepitus over left lateral chest wall.
C: HR 124, BP 92/58. FAST positive in the left upper quadrant (splenorenal), pericardial view negative. Left chest: eFAST no lung sliding.
D: GCS 14 (E3 V5 M6), PERRL, moving all four extremities.
E: Seatbelt sign across the left chest and lower abdomen. Deformity of the left thigh. Temp 35.9 °C.

INTERVENTIONS
Left 28 Fr tube thoracostomy in the trauma bay: 350 mL blood with a rush of air. Massive transfusion protocol activated at 00:02; received 4 units PRBC, 4 FFP, 1 apheresis platelets, TXA 1 g bolus, calcium gluconate 2 g. Left femur placed in a Hare traction splint. Tetanus toxoid given.

SECONDARY SURVEY AND IMAGING (after transient response)
CT head: no intracranial hemorrhage. CT C-spine: negative (NEXUS not applicable given distracting injury). CT chest/abdomen/pelvis: left ribs 5-10 fractures with flail segment at 7-9, left hemopneumothorax with tube in place, pulmonary contusion LLL; grade IV splenic laceration (AAST 2018) with active extravasation; small perisplenic hematoma; no hollow viscus injury. Left mid-shaft femur fracture, closed.

PAST HISTORY
Asthma (albuterol PRN). No surgeries. No anticoagulants. NKDA. Social: works nights as a forklift operator at the {G|Amazon MDW2} fulfillment center in {C|Joliet}; lives with his wife, {N|Layla}, and two young children. Brother {N|Yusuf Haddad} ({P|773-555-0147}) arrived at 01:10 and is the family contact; wife is on her way from {C|Bridgeview}.

ASSESSMENT
32-year-old man, MVC with left-sided chest, splenic and femur injuries, transient responder to blood products. ISS 34.

PLAN
1. To IR for splenic angioembolization (IR attending Dr. {N|Priya Natarajan} notified at 00:40); OR on standby for splenectomy if unstable.
2. Orthopedics (Dr. {N|Thomas Grant}): femoral IMN tomorrow ({D|11/12}) when physiologically stable.
3. SICU admission; serial Hgb q4h; pain control with epidural vs. serratus anterior catheter for rib fractures; incentive spirometry.
4. Post-splenectomy vaccines if splenectomy required.
5. Social work for family; chaplain {N|Abdul-Rahman Qasim} paged at family's request.

{N|Marcus Young}, MD, for {N|Kateryna Shevchenko}, MD   {D|11/12/2023} 02:15
I was present for the primary and secondary survey and agree with the above. - {N|K. Shevchenko}
""")

# ---------------------------------------------------------------------------
# 17. UK perinatal psychiatry admission summary (Birmingham)
# ---------------------------------------------------------------------------
add("note17_psych_uk", """
{G|Birmingham and Solihull Mental Health NHS Foundation Trust}
Mother and Baby Unit, {G|The Barberry}, {ST|25 Vincent Drive}, {C|Edgbaston}, {C|Birmingham} {Z|B15 2FG}

PERINATAL PSYCHIATRY - ADMISSION SUMMARY

Name: {N|Nasreen Akhtar}                 RiO: {MRN|1005873}
NHS No: {HP|721 449 0862}                DOB: {D|27/05/1994}
Address: {ST|41 Coventry Road}, {C|Small Heath}, {C|Birmingham} {Z|B10 0RX}
Infant: {N|Zara Mahmood}, born {D|2 February 2024} at {G|Birmingham Heartlands Hospital}, NHS No {HP|738 210 5546}
Admitted: {D|Tue 13 Feb 2024}, detained under Section 2 MHA 1983 (applied {D|12/02/2024})
Consultant: Dr {N|Olamide Fashola}
AMHP: {N|Gavin Osborne}
GP: Dr {N|Hussain}, {G|Bordesley Green Surgery}
Health visitor: {N|Grace Adeyemi}

PRESENTING COMPLAINT
Ms {N|Akhtar} is a 29-year-old first-time mother who developed insomnia on the third postnatal day, followed by perplexity, rapidly fluctuating mood and the belief that her daughter had been "swapped" on the postnatal ward. Her husband, {N|Tariq Mahmood}, says that she did not sleep at all from {D|8-10 February}, was praying loudly through the night and on {D|11 February} tried to leave the house with the baby in the rain without a coat, saying they had to "get to the mosque before the angels close the doors." The health visitor was concerned at the new birth visit on {D|12th February} and contacted the GP, who arranged an urgent home assessment by the Home Treatment Team that afternoon.

OBSTETRIC HISTORY
Uncomplicated pregnancy. Induction at 41+3 weeks; emergency caesarean section for failure to progress; estimated blood loss 900 mL. Infant Apgars 9 and 10, birth weight 3.12 kg. Breastfeeding with formula top-ups. Edinburgh Postnatal Depression Scale at booking 4; not repeated.

FAMILY HISTORY (from husband, mother and maternal aunt)
- Mother, {N|Rukhsana Akhtar}, 56: admitted to {G|All Saints Hospital} for several weeks after the birth of {N|Nasreen}'s younger brother, {N|Bilal}, in 1998 - described as "puerperal psychosis," treated with ECT; no further episodes.
- Maternal aunt, {N|Parveen Bibi}, 52: bipolar affective disorder, on lithium for 20 years, lives in {C|Bradford}.
- Maternal cousin, {N|Sana Iqbal}, 30: severe postnatal depression after her second child.
- Maternal grandfather, {N|Mohammed Rafiq}, died in {C|Mirpur}; no known psychiatric illness.
- Father, {N|Javed Akhtar}, 60: type 2 diabetes; no psychiatric history.
- Brother {N|Bilal}, 25: no history.
- Mother-in-law, {N|Shamim Begum}, has been staying with the couple since the birth and is very supportive.
Her family history of bipolar disorder and puerperal psychosis had been recorded by the community midwife at booking but no perinatal mental health referral was made; this has been raised as a learning point (incident ref {OID|W-Datix 334810}).

MENTAL STATE ON ADMISSION
Dishevelled, in hospital gown; baby with her. Psychomotor agitation, distractible. Speech pressured, mixing English and Mirpuri Punjabi. Mood elated then tearful within minutes. Delusions of misidentification regarding the baby and religious grandiose ideas. Reports a voice of a woman reciting from the Qur'an. No thoughts of harm to self or baby voiced, but risk to the infant considered high because of the misidentification belief. Disorientated to date. Insight absent.

PLAN
Joint admission of mother and baby; nursery nurse supervision for all baby care at present. Olanzapine 5 mg at night increasing to 10 mg; lorazepam 1 mg PRN for agitation (maximum 4 mg/24 h). Lithium to be considered after week 1 (breastfeeding discussion with mother and husband; infant would need to move to formula). Bloods: FBC, U&E, LFT, TFT, calcium, CRP all normal; urine MC&S no growth; MRI brain to exclude organic cause given first episode. Safeguarding referral not required at present; the health visitor will liaise. Family can contact the ward on {P|0121 555 4370}.

Dr {N|Sophie Tran-Whitaker}, ST5 General Adult Psychiatry, for Dr {N|Olamide Fashola}
{D|13/02/2024}
""")

# ---------------------------------------------------------------------------
# 18. US cardiogenetics consultation (Iowa), Dutch-American pedigree
# ---------------------------------------------------------------------------
add("note18_genetics_us", """
{G|Orange City Area Health System} / {G|Sanford Sioux Falls} Cardiovascular Genetics Outreach
Genetic Counseling Consultation Note (telehealth)

Patient: {N|Gerrit Jan van der Veen}
MRN: {MRN|OCH-3310478}
DOB: {D|08/19/1988}
Visit date: {D|Wednesday 17 January 2024}
Location: patient at home, {ST|1042 Albany Ave NE}, {C|Orange City}, IA {Z|51041} ({CO|Sioux County}); video platform session ID {OID|VS-24-011782}, patient endpoint IP {IP|174.238.19.66}
Genetic counselor: {N|Annelies de Groot}, MS, CGC
Supervising cardiologist: {N|Pieter Vande Kamp}, MD
Referring provider: {N|Karen Dykstra-Hoogeveen}, DNP, {G|Hawarden Community Hospital}

REASON FOR REFERRAL
Cascade testing and counseling after a pathogenic MYBPC3 variant, c.1504C>T p.(Arg502Trp), was identified in his father, who has obstructive hypertrophic cardiomyopathy.

PEDIGREE (four generations; proband's father is the index case)
I-1 Great-grandfather, {N|Hendrik van der Veen}, born in {C|Zwolle}, Netherlands; died suddenly at 47 while haying, 1951, cause unknown ("heart gave out").
I-2 Great-grandmother, {N|Aaltje van der Veen} (née {N|Bos}), lived to {A|98}; no cardiac history known.
II-1 Grandfather, {N|Willem van der Veen}, 84, atrial fibrillation and a "thick heart" noted on echo at 70; living in {G|Landsmeer Ridge} retirement community in {C|Orange City}. Has agreed to testing.
II-2 Grandmother, {N|Johanna van der Veen}, 82, hypertension only.
II-3 Great-uncle, {N|Jacob van der Veen}, died at 19 during a high school basketball game in {C|Hull}, IA, 1962.
III-1 Father (index case), {N|Dirk van der Veen}, 61: HCM diagnosed at 44, septal myectomy at {G|Mayo Clinic} in 2019, ICD in place; variant identified {D|October 2023} ({G|Invitae} report {OID|RQ4471809}).
III-2 Mother, {N|Marjorie van der Veen}, 59: unaffected, not a blood relative.
III-3 Paternal aunt, {N|Grietje Schuurman}, 58: echo normal at 50; not yet tested; lives in {C|Pella}.
III-4 Paternal uncle, {N|Maarten van der Veen}, 55: unknown status, estranged from the family.
IV-1 Proband, {N|Gerrit}, 35.
IV-2 Sister, {N|Hannah Wiersma}, 32: pregnant (due {D|April 22}), asymptomatic.
IV-3 Brother, {N|Lucas van der Veen}, 28: collegiate runner at {G|Northwestern College}; normal screening ECG.
IV-4 Proband's children: {N|Eli} (7) and {N|June} (4), with his wife {N|Anna van der Veen}.

CARDIAC HISTORY (proband)
Asymptomatic. Runs 5 km three times a week. No syncope, palpitations or chest pain. Screening echo in 2021 at {G|Orange City Area Health System}: maximal wall thickness 11 mm, normal LVOT gradient. ECG normal.

COUNSELING
We reviewed autosomal dominant inheritance with a 50% risk to each first-degree relative and age-dependent, incomplete penetrance; that MYBPC3 variants often present later in life; genetic discrimination protections under GINA (health insurance and employment, but not life, disability or long-term care insurance); and the implications of a negative result (release from serial screening) versus a positive result (continued echo every 1-2 years, sports participation discussed with cardiology per the 2020 AHA/ACC guideline, not per older disqualification rules). He works as a diesel mechanic for {G|Vermeer Corporation} in {C|Pella} and asked whether his employer would find out; I explained they would not.

PLAN
Single-site testing for MYBPC3 c.1504C>T via saliva kit mailed to his home; results expected in 2-3 weeks. Results visit scheduled for {D|2/14/2024}. Family letter provided for his aunt {N|Grietje} and uncle {N|Maarten}. Clinic contact {P|(712) 555-0163}; secure messages to {E|cardiogenetics@ocahs.org}.

{N|Annelies de Groot}, MS, CGC
Time spent: 60 minutes, more than half in counseling.
""")

# ===========================================================================
# HARD NEGATIVES - no PHI at all
# ===========================================================================

add("neg01_neuro_teaching", """
NEUROLOGY GRAND ROUNDS - CASE SUMMARY (de-identified teaching handout)

A 67-year-old right-handed retired engineer was referred by his family doctor with a two-year history of slowness, a soft voice and a resting tremor of the left hand. His wife had noticed that he acted out his dreams for at least eight years before the tremor began. He had been treated for presumed Bell's palsy in 2015 and had a transient ischaemic attack in 2019, with full recovery. There was no history of exposure to dopamine receptor blockers such as metoclopramide (Maxolon) or prochlorperazine (Stemetil).

Examination showed hypomimia, cogwheel rigidity of the left arm with Froment's manoeuvre, left-predominant bradykinesia on finger tapping, and a 4-6 Hz pill-rolling rest tremor that re-emerged after a latency of a few seconds with arms outstretched. Saccades were normal in velocity and range; Myerson's sign (glabellar tap) was positive. Romberg's test was negative, plantar responses were flexor (no Babinski sign), and reflexes were symmetrical. Lying and standing blood pressure: 138/82 and 131/79 mmHg. The pull test showed one corrective step. Hoehn and Yahr stage 1.5; MDS-UPDRS part III score 24 off medication. MoCA 27/30.

Differential diagnosis discussed at the meeting:
1. Idiopathic Parkinson's disease - fulfils the Queen Square Brain Bank criteria and the 2015 MDS clinical diagnostic criteria (clinically established).
2. Dementia with Lewy bodies - unlikely without early cognitive fluctuation or visual hallucinations.
3. Multiple system atrophy (parkinsonian type) - no early dysautonomia, no cerebellar features, no "hot cross bun" sign.
4. Progressive supranuclear palsy (Steele-Richardson-Olszewski syndrome) - no vertical supranuclear gaze palsy, no early falls.
5. Drug-induced parkinsonism, Wilson disease (too old; ceruloplasmin normal anyway) and normal pressure hydrocephalus (no Hakim triad).
6. Essential tremor - action tremor absent.

Investigations: DaTscan (ioflupane SPECT) showed reduced uptake in the right putamen. MRI brain at 3 T: mild small-vessel change, Fazekas grade 1, no swallow-tail sign loss reported. Genetic testing was offered because of the family history (his mother had "the shakes" in her seventies): the panel identified a heterozygous GBA1 variant, p.Asn409Ser (legacy N370S), classified as a risk allele; LRRK2 G2019S not detected.

Treatment: co-careldopa (Sinemet) 25/100 three times daily, titrated over four weeks, with an excellent response (UPDRS III 12 on medication). Domperidone was not needed. He was advised about impulse control disorders should a dopamine agonist such as pramipexole (Mirapex) or ropinirole (Requip) be added later. He was referred to the Parkinson's nurse specialist, speech therapy for LSVT LOUD, and community physiotherapy. He has been encouraged to enrol in an exercise trial similar to SPARX3, and was told about the PD STAT and Exenatide-PD3 studies.

Teaching points:
- REM sleep behaviour disorder can precede motor Parkinson's disease by a decade or more.
- Lewy body pathology spreads in a caudo-rostral pattern (Braak stages 1-6).
- Guillain-Barré syndrome, Lambert-Eaton myasthenic syndrome and Horner syndrome featured in the differential of the second case (see separate handout), together with the Miller Fisher variant (anti-GQ1b positive).
- A Glasgow Coma Scale of 15, a normal Mini-Mental State Examination and a normal Addenbrooke's Cognitive Examination do not exclude early Lewy body disease.

Prepared by the neurology registrars for the weekly teaching session. Version 3.2. Audience: foundation doctors and medical students. For teaching only; the patient consented to anonymised use.
""")

add("neg02_endocrine", """
ENDOCRINE CLINIC - FOLLOW-UP LETTER TEMPLATE TEXT (anonymised for audit)

Diagnoses:
1. Graves' disease with mild Graves' orbitopathy (clinical activity score 2/7, EUGOGO mild), diagnosed 2021.
2. Background Hashimoto thyroiditis in the patient's mother and sister (family history only).
3. Vitamin D insufficiency (25-OH vitamin D 38 nmol/L).

This 34-year-old woman was reviewed in the thyroid clinic. She originally presented with palpitations, heat intolerance, 7 kg of weight loss and a fine tremor. TSH was undetectable (less than 0.01 mU/L), free T4 48 pmol/L (reference 12-22), free T3 17.2 pmol/L, and TSH receptor antibodies 9.4 IU/L (positive above 1.8). Technetium uptake scan showed diffuse homogeneous increased uptake. She was started on carbimazole 40 mg daily with propranolol 40 mg three times daily, titrated down using a block-and-replace regimen with levothyroxine (Eltroxin) 100 micrograms.

She has now completed 18 months of treatment. Free T4 is 16.1 pmol/L and TSH 1.3 mU/L on carbimazole 5 mg daily. TRAb has fallen to 1.1 IU/L. Full blood count is normal (neutrophils 3.4 x 10^9/L). She is aware of the risk of agranulocytosis and to stop carbimazole and have an urgent FBC if she develops a sore throat, mouth ulcers or fever.

Eyes: mild lid retraction and grittiness, no diplopia, no reduction in colour vision (Ishihara 17/17). Exophthalmometry (Hertel) 19 mm right, 18 mm left at base 104. She uses Hylo-Forte drops and has been taking selenium 100 micrograms twice daily for six months as recommended by the EUGOGO guidance. She has stopped smoking, which we strongly encouraged.

Thyroid: smooth diffuse goitre, WHO grade 1, no bruit, no discrete nodule. Ultrasound last year showed a 9 mm TI-RADS 3 nodule in the left lobe (ACR TI-RADS); fine needle aspiration was not indicated. For comparison, a nodule with Bethesda category IV cytology (follicular neoplasm, including Hürthle cell / oncocytic neoplasm) would have warranted diagnostic lobectomy or molecular testing such as ThyroSeq v3 or Afirma GSC.

Other: she asked about pregnancy. We discussed switching to propylthiouracil before conception and during the first trimester because of the carbimazole embryopathy risk (aplasia cutis, choanal atresia), then back to carbimazole in the second trimester; TRAb should be checked at 20 and 30 weeks because of the risk of fetal and neonatal thyrotoxicosis. Radioiodine (I-131, typically 400-600 MBq) is contraindicated in pregnancy and for six months before conception.

Differential diagnoses that were excluded at presentation: painless (silent) thyroiditis, de Quervain's subacute granulomatous thyroiditis (no tenderness, ESR 12), toxic multinodular goitre (Plummer's disease), amiodarone-induced thyrotoxicosis, and gestational thyrotoxicosis. We also considered Addison's disease (9 am cortisol 412 nmol/L, so not pursued), Cushing's syndrome and Conn's syndrome were not suspected. Sheehan syndrome was not relevant.

Plan: continue carbimazole 5 mg daily for a further 6 months, then stop if TRAb negative, with TFTs 6-weekly for 6 months and then at 3, 6 and 12 months. Relapse risk estimated with the GREAT score (class II, about 40%). If she relapses, definitive options are radioiodine or total thyroidectomy; she favours surgery. Review in 6 months.
""")

add("neg03_tumour_board", """
UROLOGY AND ONCOLOGY MULTIDISCIPLINARY TEAM - OUTCOMES (extract, identifiers removed for audit)

Case 1. 71-year-old man, PSA 11.8 ng/mL, PSA density 0.21. Multiparametric MRI: PI-RADS 5 lesion in the left peripheral zone, 14 mm, with suspected extraprostatic extension. Transperineal biopsy: Gleason score 4+3=7 (ISUP Grade Group 3) in 6 of 12 cores, maximum core length 9 mm, perineural invasion present. PSMA PET-CT: no nodal or distant disease. Clinical stage cT3a N0 M0; CAPRA score 5; EAU high-risk. Charlson comorbidity index 3. Outcome: offered radical prostatectomy with extended pelvic lymph node dissection or external beam radiotherapy (60 Gy in 20 fractions, per CHHiP) with 6 months of androgen deprivation (Zoladex 10.8 mg). STAMPEDE abiraterone arm data discussed. Patient to meet clinical nurse specialist.

Case 2. 8-year-old girl with a left renal mass on ultrasound, 11 cm. CT: no caval thrombus, no lung metastases. Provisional diagnosis Wilms tumour (nephroblastoma); neuroblastoma considered less likely (normal urinary catecholamines). Outcome: pre-operative chemotherapy per UMBRELLA SIOP-RTSG 2016 protocol (vincristine and actinomycin D, 4 weeks), then nephrectomy. Also noted: no features of WAGR or Beckwith-Wiedemann syndrome, and Denys-Drash syndrome was not suspected (normal urinalysis, normal genitalia).

Case 3. 42-year-old woman, superficial spreading melanoma of the left calf excised in primary care, Breslow thickness 2.3 mm, ulcerated, Clark level IV, mitotic rate 4/mm2, pT3b. Sentinel lymph node biopsy: micrometastasis (0.6 mm) in one left inguinal node. AJCC 8th edition stage IIIB. BRAF V600E mutated. Outcome: adjuvant nivolumab (Opdivo) for 12 months, per CheckMate 238; pembrolizumab (Keytruda, KEYNOTE-054) or dabrafenib plus trametinib (Tafinlar plus Mekinist, COMBI-AD) as alternatives. Baseline TFTs, cortisol and LFTs.

Case 4. 58-year-old man, left supraclavicular (Virchow's) node and weight loss; an umbilical nodule (Sister Mary Joseph nodule) was noted on examination; Krukenberg tumour was discussed as the corresponding pattern of spread in women. OGD: ulcerating gastric adenocarcinoma, Lauren diffuse type, signet ring cells, HER2 negative (IHC 1+), PD-L1 CPS 7, MSI stable. Staging laparoscopy: peritoneal disease, PCI 14. Outcome: palliative FOLFOX plus nivolumab per CheckMate 649; ECOG performance status 1; dietitian and palliative care referral.

Case 5. 29-year-old man with cervical lymphadenopathy and B symptoms. Excision biopsy: classical Hodgkin lymphoma, nodular sclerosis subtype, Reed-Sternberg cells CD15+ CD30+ CD20-. PET-CT: Ann Arbor stage IIB with bulky mediastinal mass (Lugano classification). Outcome: ABVD x 2 then interim PET (Deauville 5-point scale), escalation to BEACOPDac if Deauville 4-5 per RATHL. Sperm banking before chemotherapy.

Case 6. 63-year-old woman, never smoker, stage IVA lung adenocarcinoma, EGFR exon 19 deletion (p.E746_A750del), PD-L1 TPS 5%. Outcome: osimertinib (Tagrisso) 80 mg daily per FLAURA; FLAURA2 chemotherapy combination discussed. Brain MRI negative. If EGFR wild-type she would have been eligible for pembrolizumab with platinum-pemetrexed (KEYNOTE-189).

Case 7. 36-year-old woman, BRCA1 c.68_69delAG carrier (Ashkenazi founder variant), triple-negative breast cancer, cT2 N1, Ki-67 80%. Outcome: neoadjuvant chemotherapy plus pembrolizumab per KEYNOTE-522; post-surgery olaparib (Lynparza) if residual disease (OlympiA). Referral to clinical genetics for cascade testing and to gynaecology for risk-reducing BSO discussion.

Attendance: consultant urologists x3, clinical oncologists x2, medical oncologists x2, radiologists x2, histopathologists x2, CNS x4, MDT coordinator. Quorate. Next meeting as per rota.
""")

add("neg04_peds_id", """
PAEDIATRIC INFECTIOUS DISEASES - CONSULT NOTE (teaching copy; all identifiers removed)

Reason for consult: 6-year-old boy, day 6 of fever, for advice on differential diagnosis and antibiotics.

History: Fever up to 40.2 °C for six days, bilateral non-purulent conjunctivitis since day 3, cracked red lips, a polymorphous truncal rash and swelling of the hands and feet since day 4. Unilateral cervical lymphadenopathy (2.1 cm). Returned two weeks ago from a camping trip in a wooded area, with a possible tick bite behind the right ear; no erythema migrans. He has trisomy 21 (Down syndrome) with a repaired atrioventricular septal defect (repaired at 5 months of age). Immunisations up to date, including MMR x2 and varicella x1. Apgar scores at birth 8 and 9.

Examination: irritable, HR 148, BP 96/54, capillary refill 2 seconds, SpO2 98% in air. Strawberry tongue. Perineal desquamation. No hepatosplenomegaly. Kernig's and Brudzinski's signs negative, no neck stiffness. Cardiac: known soft pan-systolic murmur, no gallop. Joints: no arthritis.

Investigations: CRP 186 mg/L, ESR 92 mm/h, WCC 19.6 x 10^9/L (neutrophils 15.1), Hb 98 g/L, platelets 468 x 10^9/L, ALT 88 U/L, albumin 27 g/L, sodium 131 mmol/L. Urine: sterile pyuria (WBC 60/uL, no growth). Echocardiogram: LAD 3.4 mm (z-score +2.6), RCA 2.9 mm (z +2.1), no aneurysm, mild mitral regurgitation. Blood cultures no growth at 48 h. Respiratory PCR panel negative for adenovirus, enterovirus and rhinovirus. Streptococcal antigen test negative.

Differential diagnosis:
- Kawasaki disease (complete, 5 of 5 principal features plus coronary dilatation) - most likely. American Heart Association 2017 criteria fulfilled.
- Multisystem inflammatory syndrome in children (MIS-C, PIMS-TS) - SARS-CoV-2 serology pending.
- Lyme disease (Borrelia burgdorferi) - early disseminated disease with carditis is possible after a tick bite but does not explain mucosal changes; serology sent (two-tier testing).
- Rocky Mountain spotted fever (Rickettsia rickettsii) - rash pattern and exposure history not typical; doxycycline would be empiric if suspected.
- Scarlet fever and staphylococcal or streptococcal toxic shock syndrome - no hypotension, ASOT pending.
- Measles - vaccinated; no Koplik spots.
- Epstein-Barr virus and adenovirus - PCR negative so far.
- Leptospirosis, West Nile virus and St. Louis encephalitis virus - no meningitic features, low exposure risk.
- Stevens-Johnson syndrome - no drug exposure, no target lesions.
- Systemic JIA (Still's disease) - consider if fever persists; ferritin 410 ug/L.

Recommendations:
1. IVIG 2 g/kg over 12 hours plus aspirin 30-50 mg/kg/day in four divided doses until afebrile for 48 hours, then 3-5 mg/kg/day.
2. Given the z-score above +2.5 and age, add prednisolone 2 mg/kg/day (as per the RAISE study approach) with a taper over 15 days.
3. Repeat echocardiogram at 2 and 6 weeks.
4. No empirical antibiotics currently needed; if Lyme serology returns positive, treat with doxycycline (now acceptable under 8 years for courses of 21 days or less) or amoxicillin.
5. Avoid ibuprofen while on aspirin; influenza vaccination for household because of Reye syndrome risk.
6. Defer live vaccines (MMR, varicella) for 11 months after IVIG.

Other organisms discussed at the ID teaching meeting that afternoon: Kingella kingae osteoarticular infection, Bartonella henselae (cat-scratch disease) with Parinaud oculoglandular syndrome, Coxsackie A6 atypical hand, foot and mouth disease, Norwalk-like norovirus outbreaks, and imported fevers including Lassa, Marburg, Ebola and Zika - none relevant here.

ID consultant reviewed and agrees. Will follow daily.
""")

add("neg05_icu_cardiology", """
CARDIAC INTENSIVE CARE UNIT - DAILY PROGRESS NOTE (ICU day 4)

Bed 12. 59-year-old man admitted with cardiogenic shock (SCAI stage D) after an anterior STEMI with late presentation; LAD stented on admission (Resolute Onyx 3.5 x 30 mm). Killip class IV on arrival.

Overnight events: Impella CP flow reduced from P8 to P6 at 02:00 with stable MAP. One run of non-sustained VT (11 beats) at 04:15, potassium 3.7 - replaced. No further episodes. Tolerated a spontaneous breathing trial from 06:00 to 07:30.

Neuro: RASS -1 on dexmedetomidine (Precedex) 0.4 mcg/kg/h; propofol off since yesterday. CAM-ICU negative. Glasgow Coma Scale 10T (E4 VT M6). Pupils 3 mm, equal and reactive.
CVS: MAP 68-74 mmHg on norepinephrine (Levophed) 0.04 mcg/kg/min, down from 0.18. Dobutamine 2.5 mcg/kg/min. Swan-Ganz catheter: CVP 9, PA 38/20, PCWP 16, cardiac index 2.3 L/min/m2 (Fick), SvO2 64%, cardiac power output 0.71 W. Lactate 1.4 mmol/L (peak 6.8). Telemetry: sinus rhythm, rate 88, with occasional PVCs; QTc 462 ms. No Osborn J waves now that he is normothermic. Prior ECGs show no delta wave (no Wolff-Parkinson-White pattern) and no Brugada type 1 pattern; first-degree AV block resolved; no Mobitz II or Wenckebach.
Echo this morning: LVEF 25-30%, apical akinesis, no LV thrombus on Definity contrast, Impella inlet 4.0 cm below the aortic valve, mild MR, TAPSE 17 mm.
Resp: Berlin definition criteria not met (P/F 260 on PEEP 8, no bilateral infiltrates beyond pulmonary oedema). Ventilated on PSV 8/PEEP 6, FiO2 0.35, Vt 520 mL, RSBI 48. Chest x-ray: improving upper lobe diversion and small left effusion.
Renal: creatinine 148 umol/L (baseline 92), urine output 0.9 mL/kg/h with furosemide infusion 5 mg/h. KDIGO stage 1 AKI, improving. No CRRT.
GI/nutrition: NG feeds Jevity 1.2 at 55 mL/h (goal). Pantoprazole 40 mg IV daily.
Haem: Hb 92 g/L, platelets 118 (from 196); HIT score (4Ts) 2, low probability. Heparin anti-Xa target 0.15-0.30 for Impella purge. Aspirin 81 mg and ticagrelor (Brilinta) 90 mg twice daily via NG.
ID: afebrile. Procalcitonin 0.3. Cultures negative. No antibiotics.
Lines: right IJ PA catheter (day 4), left radial arterial line (day 4), right femoral Impella (day 4), Foley catheter (day 4).

Scores: APACHE II 24 on admission, SOFA 9 -> 6. CHA2DS2-VASc 2 (if AF occurs). HAS-BLED 2.

Assessment and plan:
1. Cardiogenic shock, improving: wean Impella to P4 today and assess for removal tomorrow if CI remains above 2.2 on minimal inotrope; wean norepinephrine first. Heart failure team aware; not a candidate for LVAD at present. Consider shock team discussion re: ECMO only if deterioration (DanGer Shock trial data reviewed - Impella appropriate for STEMI-related shock).
2. Extubation: SBT passed; extubate to high-flow nasal cannula after Impella wean if stable. Physiotherapy.
3. Guideline-directed medical therapy to start once off vasopressors: low-dose metoprolol succinate, then sacubitril/valsartan (Entresto) per PARADIGM-HF, spironolactone, and empagliflozin (Jardiance) or dapagliflozin per EMPEROR-Reduced / DAPA-HF. Repeat echo at 6 weeks; if LVEF remains 35% or less, ICD per MADIT-II and SCD-HeFT; LifeVest wearable defibrillator at discharge. The Medtronic Micra leadless pacemaker and Boston Scientific WATCHMAN left atrial appendage occluder are not indicated.
4. Glycaemia: insulin infusion, target 7.8-10 mmol/L (NICE-SUGAR).
5. DVT prophylaxis covered by heparin. Stress ulcer prophylaxis as above.
6. Family updated at the bedside by the attending at 11:00; patient remains full code.

Critical care time: 45 minutes excluding procedures.
""")

add("neg06_gi_hepatology", """
GASTROENTEROLOGY INPATIENT CONSULT - SUMMARY FOR TEACHING (anonymised)

Presenting problem: 52-year-old man with alcohol-related cirrhosis admitted with haematemesis and melaena. Pre-endoscopy Glasgow-Blatchford score 14; admission Rockall score 3, full Rockall 6 after endoscopy.

Background: alcohol-related liver disease diagnosed on FibroScan (liver stiffness 38 kPa) and ultrasound four years earlier. Abstinent for 9 months. Known small oesophageal varices on previous surveillance. Type 2 diabetes on metformin. Previous Helicobacter pylori eradication with a clarithromycin-based triple therapy. No NSAID use.

Endoscopy: grade III oesophageal varices with red wale signs and a white nipple sign (stigmata of recent haemorrhage), treated with six bands. Portal hypertensive gastropathy, mild. No gastric varices (Sarin classification not applicable). A small Mallory-Weiss tear at the gastro-oesophageal junction was not bleeding. Reflux oesophagitis Los Angeles classification grade B. Short-segment Barrett's oesophagus, Prague C1M3, biopsied per the Seattle protocol (quadrantic biopsies every 2 cm). No Zenker's diverticulum. Duodenum normal.

Liver status: bilirubin 58 umol/L, albumin 26 g/L, INR 1.7, moderate ascites, West Haven grade 1 hepatic encephalopathy. Child-Pugh class C (score 10). MELD-Na 21. Creatinine 104, sodium 129.

Management: terlipressin 2 mg IV 4-hourly for 5 days, ceftriaxone 1 g daily for 7 days as SBP prophylaxis after variceal bleeding, lactulose titrated to 2-3 soft stools (Bristol stool chart type 5-6), rifaximin (Targaxan) 550 mg twice daily. Transfused to Hb 72 g/L (restrictive strategy). Diagnostic paracentesis: ascitic neutrophils 110/mm3 (no SBP), SAAG 1.6, total protein 9 g/L. Following Baveno VII, pre-emptive TIPSS within 72 hours was discussed given Child-Pugh C score 10 and accepted by interventional radiology; a covered Viatorr stent graft is planned. Carvedilol 6.25 mg daily to start after TIPSS assessment.

Transplant: not currently eligible (requires 6 months abstinence and engagement, now met, and UKELD 54, now met). Referral to the liver transplant unit for assessment; hepatocellular carcinoma screening ultrasound and AFP normal, so Milan criteria and the up-to-seven rule do not apply.

Other teaching points from this week's consults:
- A 24-year-old woman with Crohn's disease, Montreal classification A2 L3 B2, with a stricturing terminal ileum, started on ustekinumab (Stelara) after loss of response to adalimumab (Humira); vedolizumab (Entyvio) and risankizumab (Skyrizi) discussed. Harvey-Bradshaw index 9.
- A 61-year-old man with ulcerative colitis, Mayo endoscopic subscore 3, acute severe colitis by Truelove and Witts criteria; day 3 Oxford index (stool frequency above 8) triggered rescue infliximab 5 mg/kg.
- A 70-year-old woman with acute pancreatitis, revised Atlanta classification moderately severe, Ranson 3, BISAP 2, gallstones on ultrasound; Whipple procedure was raised by the family but is not relevant. Creon 25,000 for exocrine insufficiency later.
- A Boerhaave syndrome case transferred from surgery for nutrition advice.
- Clostridioides difficile infection in an 85-year-old man on the stroke ward, treated with fidaxomicin (Dificlir); fecal microbiota transplant considered for recurrence.
""")

add("neg07_obstetrics", """
OBSTETRIC DAY ASSESSMENT UNIT - CLINICAL NOTE (copy retained for teaching; identifying details removed)

38-year-old G3 P1+1 at 40+5 weeks, booked as low risk, attending for post-dates assessment and discussion of induction of labour. Previous spontaneous vaginal delivery at term in 2019 (baby 3.4 kg, Apgars 9 and 10). One first-trimester miscarriage managed with misoprostol. Blood group A Rh-negative, antibody screen negative at 28 weeks; anti-D 1500 IU given at 28 weeks. Kleihauer not required at present. Glucose tolerance test normal. Rubella immune. Low-risk combined screening for trisomy 21 (Down syndrome), 18 (Edwards) and 13 (Patau) - 1 in 4,800. Anomaly scan normal. She has polycystic ovary syndrome diagnosed on Rotterdam criteria in her twenties and conceived after letrozole.

Today: BP 128/78, urinalysis negative for protein. Symphysis-fundal height 40 cm, cephalic, 2/5 palpable. CTG: baseline 135 bpm, variability 10-15, accelerations present, no decelerations - normal per Dawes-Redman criteria (met at 12 minutes). Ultrasound: liquor volume normal (deepest pool 4.6 cm), estimated fetal weight 3.7 kg on the 60th centile. Vaginal examination with consent: cervix 2 cm dilated, 40% effaced, soft, mid-position, station -2. Modified Bishop score 6. Membrane sweep performed.

Discussion (Montgomery-compliant consent): we discussed the options of induction at 41+0 versus expectant management with twice-weekly monitoring, drawing on the ARRIVE and SWEPIS trials and the 2021 NICE guideline NG207. She would prefer induction. Method: with a Bishop score of 6, a Foley balloon catheter (outpatient) or prostaglandin E2 (Propess pessary) are both options; we agreed on Propess, followed by artificial rupture of membranes and oxytocin (Syntocinon) if needed. She will be classified as Robson group 3 if she labours spontaneously. We discussed the hope that she would avoid a caesarean section, and that she will have continuous monitoring if oxytocin is used.

Mental health: Edinburgh Postnatal Depression Scale 6; GAD-7 4. Anxious after her miscarriage. Whooley questions negative. No history of puerperal psychosis in the family. Her partner will be her birth companion.

Contraception after delivery discussed: levonorgestrel IUS (Mirena) at 6 weeks, etonogestrel implant (Nexplanon) before discharge, or the progestogen-only pill (Cerazette); Depo-Provera not favoured. She is breastfeeding-positive.

Other points: she asked whether she will be able to have a water birth after induction; this is possible if oxytocin is not needed. She was given information on the grant scheme for new parents, and on the Healthy Start vitamins. Her own mother (aged 89) had a stillbirth in the 1970s, which worries her; this was acknowledged. Her sister was diagnosed with Turner syndrome (45,X) and her nephew has fragile X syndrome; no relevance to this pregnancy was identified.

Plan: admit to the antenatal ward at 41+0 for Propess; group and save on admission; consultant plan confirmed; MBRRACE reports reviewed with her regarding post-dates stillbirth risk, which is low in absolute terms. Will ring the unit if reduced fetal movements, bleeding, rupture of membranes or contractions. Gillick competence and Fraser guidelines not relevant (adult).
""")


# ===========================================================================
# Build
# ===========================================================================
MARK = re.compile(r"\{([A-Z]+)\|([^{}|]*)\}")


def parse(raw):
    out = []
    spans = []
    pos_bytes = 0
    last = 0
    for m in MARK.finditer(raw):
        abbr, value = m.group(1), m.group(2)
        if abbr not in KINDS:
            raise SystemExit("unknown abbreviation %r in %r" % (abbr, m.group(0)))
        if not value or value != value.strip():
            raise SystemExit("empty or padded value in %r" % m.group(0))
        before = raw[last:m.start()]
        out.append(before)
        pos_bytes += len(before.encode("utf-8"))
        vb = value.encode("utf-8")
        spans.append({"bstart": pos_bytes, "bend": pos_bytes + len(vb),
                      "kind": KINDS[abbr], "_value": value})
        out.append(value)
        pos_bytes += len(vb)
        last = m.end()
    out.append(raw[last:])
    return "".join(out), spans


def unlabelled_repeats(note_id, text, spans):
    """Warn when a token of a labelled NAME / CITY value occurs elsewhere unlabelled."""
    data = text.encode("utf-8")
    covered = bytearray(len(data))
    for s in spans:
        for i in range(s["bstart"], s["bend"]):
            covered[i] = 1
    warnings = []
    seen = set()
    for s in spans:
        if s["kind"] not in ("NAME", "CITY"):
            continue
        toks = re.findall(r"[^\W\d_][\w'-]*", s["_value"]) if s["kind"] == "NAME" else [s["_value"]]
        for tok in toks:
            if len(tok) < 3 or tok.lower() in seen:
                continue
            seen.add(tok.lower())
            pat = re.compile(r"(?<![\w])" + re.escape(tok.encode("utf-8")).decode("latin-1") + r"(?![\w])",
                             re.IGNORECASE)
            for m in pat.finditer(data.decode("latin-1")):
                if not any(covered[m.start():m.end()]):
                    ctx = data[max(0, m.start() - 30):m.end() + 30].decode("utf-8", "replace")
                    warnings.append("%s: unlabelled %r ... %s" % (note_id, tok, ctx.replace("\n", " ")))
    return warnings


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out_path = os.path.join(here, "notes.jsonl")
    ids = set()
    per_kind = Counter()
    per_note = []
    negatives = 0
    warnings = []
    records = []
    for note_id, raw in TEXTS:
        if note_id in ids:
            raise SystemExit("duplicate id " + note_id)
        ids.add(note_id)
        text, spans = parse(raw)
        if re.search(r"[{}]", text):
            raise SystemExit("leftover markup characters in " + note_id)
        data = text.encode("utf-8")
        for s in spans:
            got = data[s["bstart"]:s["bend"]].decode("utf-8")
            if got != s["_value"]:
                raise SystemExit("offset mismatch in %s: %r != %r" % (note_id, got, s["_value"]))
        for a, b in zip(spans, spans[1:]):
            if b["bstart"] < a["bend"]:
                raise SystemExit("overlapping spans in " + note_id)
        if note_id.startswith("neg") and spans:
            raise SystemExit("negative note has spans: " + note_id)
        if not spans:
            negatives += 1
        warnings.extend(unlabelled_repeats(note_id, text, spans))
        for s in spans:
            per_kind[s["kind"]] += 1
        per_note.append((note_id, len(spans), len(data)))
        records.append({"id": note_id, "text": text,
                        "spans": [{"bstart": s["bstart"], "bend": s["bend"], "kind": s["kind"]}
                                  for s in spans]})

    with open(out_path, "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")

    # re-read and verify what was written
    with open(out_path, encoding="utf-8") as fh:
        for line, (note_id, raw) in zip(fh, TEXTS):
            r = json.loads(line)
            _, spans = parse(raw)
            data = r["text"].encode("utf-8")
            for s, orig in zip(r["spans"], spans):
                assert data[s["bstart"]:s["bend"]].decode("utf-8") == orig["_value"]

    for note_id, n, nbytes in per_note:
        print("  %-24s %4d spans %6d bytes" % (note_id, n, nbytes))
    print("texts: %d  (PHI-free hard negatives: %d)" % (len(records), negatives))
    print("spans: %d" % sum(per_kind.values()))
    for kind in KINDS.values():
        print("  %-16s %d" % (kind, per_kind.get(kind, 0)))
    missing = [k for k in KINDS.values() if not per_kind.get(k)]
    if missing:
        print("kinds absent:", ", ".join(missing))
    if warnings:
        print("\nWARNINGS (possible unlabelled repeats):")
        for w in warnings:
            print("  " + w)
    print("wrote", out_path)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Hand-labelled PHI test corpus (twentyeighth): clinical documents.

Inline markup {ABBR|value}; writes notes.jsonl with UTF-8 byte offsets.
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


def add(tid, text):
    TEXTS.append((tid, text.strip("\n")))


# ---------------------------------------------------------------- US academic / community
add("dc01_iowa", """
{G|UNIVERSITY OF IOWA HOSPITALS & CLINICS}
Department of Internal Medicine - DISCHARGE SUMMARY

Patient: {N|Halvorsen, Margit E.}              MRN: {MRN|04418823}
DOB: {D|09/02/1931}   Age: {A|92}              FIN: {AC|7700391845}
Admitted: {D|02/11/2024}   Discharged: {D|02/17/2024}
Attending: {N|Rashid Qureshi}, MD
PCP: {N|Anne-Marie Toomey}, DO - {G|Mercy Family Medicine Solon}, fax {F|(319) 624-8807}

PRINCIPAL DIAGNOSIS: Acute on chronic HFpEF exacerbation
SECONDARY: Paroxysmal atrial fibrillation (CHA2DS2-VASc 6), CKD stage 3b, hypothyroidism

HOSPITAL COURSE:
Mrs. {N|Halvorsen} is a {A|92}-year-old widow who lives alone on a farm outside {C|Kalona} and was brought
in by her nephew {N|Will Yoder} after three days of orthopnea and 4 kg weight gain. BNP 1,840 on arrival.
She was diuresed with IV furosemide 40 mg BID with net negative 5.2 L by {D|2/15}. Echo on {D|2/12} showed
EF 60-65%, moderate TR, RVSP 52 mmHg. Rate control was difficult overnight {D|2/13} (HR 130s); metoprolol
tartrate was up-titrated and she converted spontaneously. Apixaban continued at 2.5 mg BID (age, Cr 1.6).

Cardiology (Dr. {N|Ifeoma Nwachukwu}) saw her and agreed with outpatient follow-up; no TEE/DCCV indicated.
Physical therapy recommended a short SNF stay but patient declined. Her niece {N|Rose Yoder-Miller} will stay
with her for two weeks. Home health arranged through {G|Washington County Public Health} nursing.

DISCHARGE MEDICATIONS: furosemide 40 mg daily, metoprolol succinate 50 mg daily, apixaban 2.5 mg BID,
levothyroxine 75 mcg daily, acetaminophen 650 mg q6h PRN.

FOLLOW-UP:
- Dr. {N|Toomey} in 1 week ({D|02/23/2024}), BMP at that visit
- Heart failure clinic, {G|UIHC Iowa River Landing}, {D|March 4} at 10:40
- Call {P|319-356-1616} with weight gain >2 lb/day or 5 lb/week

Electronically signed: {N|Rashid Qureshi}, MD  {D|02/17/2024} 16:22
cc: {N|Anne-Marie Toomey}, DO
""")

add("op02_community", """
{G|SAINT ALPHONSUS REGIONAL MEDICAL CENTER} - {C|Nampa}, ID
OPERATIVE REPORT

PATIENT: {N|GRANT, FAITH L}    ACCT: {AC|55102287734}    MR#: {MRN|N00883140}
DATE OF SURGERY: {D|10/08/2023}
SURGEON: {N|Tobias Van der Merwe}, MD
ASSISTANT: {N|Kelsey Obi}, PA-C
ANESTHESIA: General endotracheal - {N|Marcus Lindqvist}, CRNA

PREOPERATIVE DIAGNOSIS: Symptomatic cholelithiasis
POSTOPERATIVE DIAGNOSIS: Same, with chronic cholecystitis
PROCEDURE: Laparoscopic cholecystectomy
EBL: 15 mL   SPECIMEN: Gallbladder to pathology   DRAINS: None

INDICATIONS: 46-year-old woman with recurrent biliary colic, RUQ ultrasound {D|9/19/23} with multiple stones,
no ductal dilation. Risks including bile leak and CBD injury discussed; consent signed {D|9/28/23}.

DESCRIPTION: Patient placed supine, GETA induced. Abdomen prepped and draped. Veress needle at Palmer's point
was not needed; Hasson technique at umbilicus. Critical view of safety obtained - two structures only entering
gallbladder, lower third of cystohepatic triangle cleared. Cystic duct and artery clipped x3 each and divided.
Gallbladder removed from the liver bed with hook cautery and extracted in an Endocatch bag. Hemostasis.
Ports removed under vision, fascia closed with 0 Vicryl, skin with 4-0 Monocryl. Counts correct x2.

Patient to PACU in stable condition. Dispo: home same day if tolerating PO. Follow up with Dr. {N|Van der Merwe}
at {G|Treasure Valley Surgical Associates} in 2 weeks, {P|(208) 463-5020}.

{N|T. Van der Merwe}, MD / dictated {D|10/08/2023} 13:05 / job {OID|4471920}
""")

add("rad03_ct", """
EXAM: CT HEAD WITHOUT CONTRAST
ACCESSION: {OID|CT-24-0193385}
PATIENT: {N|Bishop, Odell}   MRN {MRN|3320-991-04}   DOB {D|1939-06-30}
ORDERING: {N|Priya Venkataraman}, MD (ED)
DATE OF SERVICE: {D|2024-04-06} 02:14

CLINICAL HISTORY: 84M fall at {G|Brookdale Senior Living Hendersonville}, on warfarin, INR 3.4.

COMPARISON: MRI brain {D|2021-11-02}.

FINDINGS: Acute left frontotemporal subdural hematoma, maximal thickness 9 mm, with 3 mm rightward midline
shift. No intraventricular extension. Chronic small vessel ischemic change. No calvarial fracture.

IMPRESSION:
1. Acute left SDH, 9 mm, 3 mm midline shift.
Critical result called to Dr. {N|Venkataraman} at 02:31 by Dr. {N|Young}; read back confirmed.

Interpreted by: {N|Samuel K. Young}, MD - {G|Vanderbilt University Medical Center} Radiology
""")

add("ed04_mvc", """
{G|Grady Memorial Hospital} - Emergency Department Provider Note
Pt: {N|Tremaine Okonkwo-Harris}  DOB {D|04/17/1998}  MRN {MRN|G7700432}  CSN {OID|118003927741}
Arrival {D|06/21/2023} 23:48 via {G|Atlanta Fire Rescue} Medic 12

HPI: 25M restrained driver in a 2016 Nissan Altima (GA tag {VEH|RDK4417}, VIN {VEH|1N4AL3AP6GC128803}) struck on
the driver side at ~40 mph at {ST|Moreland Ave SE and Custer Ave}. +airbag, no LOC per bystander. Complains of left
chest wall pain and left wrist pain. Denies neck pain, abd pain. Police on scene: Officer {N|D. Castellanos},
badge {OID|6612}, report no. {OID|23-171188}.

PMH: asthma. Meds: albuterol PRN. NKDA. Works at {G|Hartsfield-Jackson} ramp operations.

EXAM: GCS 15. HR 98 BP 138/84 SpO2 98% RA. Seatbelt sign absent. Tender left 5th-7th ribs anterolateral.
Left wrist swelling, snuffbox tenderness. FAST negative.

IMAGING: CXR - nondisplaced L 6th rib fx, no PTX. L wrist XR + scaphoid views - no fx seen.

MDM/PLAN: Rib fracture - multimodal analgesia, incentive spirometer. Clinical scaphoid injury - thumb spica,
repeat films 10-14 d with ortho hand clinic. Contact {P|404-616-4307} for appointment.
Sister {N|Monique Harris} at bedside, ({P|678-555-0139}).

{N|Elena Petrovska}, MD, Emergency Medicine  {D|06/22/2023} 03:10
""")

add("path05_prostate", """
SURGICAL PATHOLOGY REPORT
{G|Baystate Medical Center} Department of Pathology, {ST|759 Chestnut Street}, {C|Springfield}, MA {Z|01199}

Accession: {OID|BS24-07731}        Patient: {N|McAllister, Desmond J}
MRN: {MRN|M0049187}                DOB: {D|11/30/1957}
Collected: {D|03/05/2024}          Received: {D|03/05/2024}     Reported: {D|03/08/2024}
Submitting physician: {N|Hannah Brandt-Oyelaran}, MD (Urology)

SPECIMEN: Prostate, 12-core transrectal needle biopsies (A-L)

FINAL DIAGNOSIS:
A-C. Right base/mid/apex: Prostatic adenocarcinoma, Gleason score 3+4=7 (Grade Group 2), involving 3 of 3 cores,
     40% of tissue; pattern 4 = 20%. No perineural invasion.
D-F. Right lateral: Benign prostatic tissue.
G-L. Left: Benign prostatic tissue with focal high-grade PIN (core H).

COMMENT: Immunohistochemistry for p63/AMACR performed on block B supports the diagnosis. Case reviewed
in intradepartmental consensus with Dr. {N|Liang Wei}.

Pathologist: {N|Catherine O'Rourke}, MD
Electronically signed {D|03/08/2024}
""")

add("cons06_neph", """
NEPHROLOGY CONSULTATION
{G|Mayo Clinic Hospital, Saint Marys Campus}

Requesting: Dr. {N|Jun Takahashi} (Hospital Internal Medicine)     Date: {D|January 9, 2024}
Patient: {N|June Abernathy}     Clinic #: {MRN|12-448-903}

Reason: AKI, Cr 1.1 -> 3.8 over 72 h.

Ms. {N|Abernathy} is a 67 yo retired teacher from {C|Zumbrota}, {CO|Goodhue County}, admitted {D|1/6} with
pyelonephritis. Received vancomycin + pip-tazo for 48 h, plus CT with contrast on admission. UOP 0.3 mL/kg/h.
UA: muddy brown casts. FeNa 2.4%.

Assessment: AKI, most consistent with ATN (contrast + vanc/pip-tazo + septic physiology).
No indication for urgent RRT (K 4.9, HCO3 19, no volume overload, no uremic signs).
Recs: stop pip-tazo -> cefepime renally dosed; vanc levels by AUC; avoid NSAIDs; strict I/O; daily BMP.
Will follow. Discussed with her daughter {N|April Abernathy-Quist} by phone {P|507-732-4418}.

{N|Kwabena Asante-Mensah}, MD, Nephrology fellow / {N|Loretta Kingsley}, MD staff
pager 2-7791
""")

add("dc07_peds", """
{G|Children's Hospital Colorado}, {C|Aurora}
PEDIATRIC DISCHARGE SUMMARY

Name: {N|Maya Tsosie-Begay}    DOB: {D|08/14/2019}    MRN: {MRN|2208711}
Medicaid ID: {HP|C410998273}
Admission: {D|12/03/2023}  Discharge: {D|12/06/2023}
Parents: {N|Darlene Tsosie} (mother), {N|Lorenzo Begay} (father) - phone {P|(970) 565-2281}
Home: {ST|12 Road G}, {C|Towaoc}, CO {Z|81334}

Dx: RSV bronchiolitis with hypoxemia. 
Course: 4-year-old with 3 days of cough, admitted to floor for O2 by NC (max 2 L). Weaned to RA {D|12/05} 
at 14:00 and remained >92% asleep. Tolerating PO. No antibiotics. Transferred from {G|Southwest Memorial Hospital} 
in {C|Cortez} by fixed-wing.
Follow-up: {G|Ute Mountain Ute Health Center} pediatric clinic, Dr. {N|Shanice Wood}, within 2-3 days.

Signed: {N|Jonah Feldstein}, MD (Hospital Medicine)   {D|12/06/2023}
""")

add("ed08_short", """
ed note {D|7/4} 0215 - pt {N|kenji mori}, 31, lac to L palm from broken glass at {G|lakeside park} fireworks. 
3 cm, no tendon involvement, FDS/FDP intact, 2pt disc nl. irrigated, 4x 4-0 nylon. tdap given. 
sutures out 10-14d at {G|minuteclinic}. -{N|j.pak} pa-c
""")

add("transfer09", """
INTERFACILITY TRANSFER SUMMARY
From: {G|Mercy Hospital Ardmore}, {ST|1011 14th Ave NW}, {C|Ardmore}, OK {Z|73401}  Tel {P|580-223-5400}
To:   {G|OU Health University of Oklahoma Medical Center} - Neuro ICU, accepting Dr. {N|Adaeze Eze}
Date/time: {D|08/27/2023} 19:40     Transport: {G|AirEvac Lifeteam} tail {VEH|N491AE}

Patient: {N|Wayne "Buddy" Pruitt}   DOB {D|05/05/1961}   MRN {MRN|MA-0087312}
Insurance: SoonerCare {HP|SC-8841902217}

Reason for transfer: Aneurysmal SAH (Hunt-Hess 3, Fisher 4) - needs neuro-IR/neurosurgery not available here.
Timeline: Thunderclap HA at 15:30 while mowing; EMS from {C|Lone Grove}. CT at 17:02: diffuse SAH, early hydrocephalus.
CTA: 7 mm AComm aneurysm. Nicardipine gtt for SBP <140. Levetiracetam 1 g load. Nimodipine not started (NPO/unable).
Intubated 18:50 for declining GCS (E2V2M5).

Family: wife {N|Darla Pruitt} {P|580-490-1187}, driving to {C|Oklahoma City}.
Sending physician: {N|Rohan Mehta}, DO    Report given to {N|Lacey King}, RN, accepting unit.
""")

add("ref10_letter", """
{G|Bassett Healthcare Network}
{G|Bassett Medical Center} - {ST|One Atwell Road}, {C|Cooperstown}, NY {Z|13326}

{D|May 14, 2024}

{N|Carmen Delgado-Ruiz}, MD
Rheumatology
{G|Upstate University Hospital}
{ST|750 East Adams Street}
{C|Syracuse}, NY {Z|13210}

RE: {N|Brennan, Hope M.}   DOB: {D|02/02/1978}   MRN {MRN|BMC-0112876}

Dear Dr. {N|Delgado-Ruiz},

Thank you for seeing {N|Hope}, a 46-year-old dairy farmer from {C|Richfield Springs} ({CO|Otsego County}), for
evaluation of inflammatory polyarthritis. For about three months she has had symmetric MCP and PIP swelling with 90 minutes
of morning stiffness. RF 88, anti-CCP >250, CRP 31. Hand films {D|4/22/24} show periarticular osteopenia without
erosions. I started prednisone 10 mg on {D|4/25}, with good response, and would value your opinion on DMARD choice;
she is hoping to avoid methotrexate because of alcohol use (about 10 drinks/week) and plans a pregnancy.

Her sister has Hashimoto thyroiditis. Hep B/C serologies and Quantiferon pending.

She can be reached at {P|(315) 858-0742} or {E|hbrennan.farm@gmail.com}.

Sincerely,

{N|Patrick Wynn-Olusegun}, MD
Internal Medicine, {G|Bassett Health Center - Herkimer}
Phone {P|315-866-2300}   Fax {F|315-866-4811}
""")

add("death11_summary", """
DEATH SUMMARY
{G|Ochsner Medical Center} - {C|New Orleans}, LA
Decedent: {N|Thibodeaux, Mercy Ann}      MRN: {MRN|OMC6620193}
DOB: {D|12/25/1928}   Age at death: {A|95}
Date/time of death: {D|11/19/2023} at 04:52      Pronounced by: Dr. {N|Anh-Thu Pham}
Admission date: {D|11/12/2023}

Cause of death (as certified):
  a. Aspiration pneumonia
  b. Advanced Alzheimer dementia
  Other significant: CKD 4, HTN

Summary: {A|95}-year-old resident of {G|Lambeth House} admitted with fever, hypoxia and RLL consolidation after
witnessed choking episode. Treated with ampicillin-sulbactam. Goals of care meeting {D|11/15} with sons
{N|Rene Thibodeaux} and {N|Paul Thibodeaux} and granddaughter {N|Brigid Oyelaran}: transitioned to comfort-focused care,
DNR/DNI (LaPOST on chart). Seen by chaplain Br. {N|Francis Ngata}. Died peacefully with family present.
Coroner notified: not a coroner's case ({G|Orleans Parish Coroner's Office}, ref {OID|OPC-23-88410}, spoke with investigator
{N|Lyle Batiste}). Autopsy declined by family. Organ/tissue: {G|Louisiana Organ Procurement Agency} referral {OID|LOPA-2311-0457},
not a candidate.
Funeral home: {G|Lake Lawn Metairie Funeral Home}, {P|504-486-6331}.

{N|Anh-Thu Pham}, MD, Hospital Medicine   signed {D|11/19/2023} 06:10
""")

add("autopsy12", """
OFFICE OF THE MEDICAL EXAMINER - {G|Maricopa County Office of the Medical Examiner}
{ST|701 W Jefferson St}, {C|Phoenix}, AZ {Z|85007}

REPORT OF AUTOPSY - SUMMARY
Case No.: {OID|ME-2024-004417}        Decedent: {N|Esteban Villaseñor-Ruiz}
Age: 58   Sex: M   DOB: {D|07/09/1965}
Date of death: {D|07/14/2024} (found)       Date of examination: {D|07/15/2024}
Pathologist: {N|Naledi Khumalo}, MD         Investigator: {N|Garrett Page}
Identification: visual by brother {N|Joaquín Villaseñor}; AZ driver license {LIC|D08844172}

CIRCUMSTANCES: Found unresponsive in a parked 2009 Ford F-150 (AZ plate {VEH|CVZ9083}) outside his employer,
{G|Desert Sun Landscaping}, {ST|3302 N 35th Ave}, {C|Phoenix}. Outdoor temperature 46 C. Vehicle engine off, windows up.

FINDINGS:
1. Hyperthermia (environmental heat exposure), with:
   a. Core temperature 41.8 C at scene (investigator, 14:20)
   b. Rhabdomyolysis (vitreous and postmortem blood chemistries; CK unreliable)
2. Hypertensive cardiovascular disease: heart 520 g, LVH 1.7 cm
3. Coronary atherosclerosis, LAD 50% stenosis
4. Toxicology ({G|NMS Labs} work order {OID|24198830}): negative for ethanol and drugs of abuse

CAUSE OF DEATH: Environmental heat exposure
CONTRIBUTORY: Hypertensive and atherosclerotic cardiovascular disease
MANNER: Accident

{N|Naledi Khumalo}, MD, Deputy Chief Medical Examiner    {D|September 3, 2024}
""")

add("cath13_device", """
CARDIAC ELECTROPHYSIOLOGY PROCEDURE NOTE
{G|Sentara Norfolk General Hospital}
Pt: {N|Nguyen, Bao Quoc}   MRN {MRN|SN40018822}   DOS {D|01/30/2024}
Operator: {N|Aleksandr Kuznetsov}, MD   Fellow: {N|Ruth Adeyemi}, MD

Procedure: Dual-chamber pacemaker implantation, left subclavian
Indication: Symptomatic Mobitz II with syncope at work ({G|Newport News Shipbuilding}).

Devices:
| Component | Model | Serial |
| Generator | Medtronic Azure XT DR MRI W1DR01 | {DEV|RNB482201S} |
| RA lead | Medtronic 5076-52 | {DEV|PJN7719203} |
| RV lead | Medtronic 5076-58 | {DEV|PJN7719488} |

Lead parameters at implant: RA sensing 3.1 mV, threshold 0.7 V @ 0.4 ms, impedance 520 ohm; RV R wave 11 mV,
threshold 0.5 V @ 0.4 ms, impedance 610 ohm. Mode DDD 60. No complications. Pocket closed in layers.

Device registered; remote monitoring via CareLink, patient account {AC|CL-00993127}. Temporary ID card given.
Wound check at {G|Sentara Heart Hospital} device clinic in 7-10 days; call {P|757-388-8930}.
Wife {N|Lan Tran} updated in waiting room.
""")

add("tele14_ip", """
TELEHEALTH VISIT - Behavioral Health
{G|Sanford Health} Virtual Care
Patient: {N|Dakota Redcloud}  DOB {D|3/3/2001}  MRN {MRN|SH7720049}
Visit date {D|10/02/2023} 15:00 CT, video (patient at home in {C|Pine Ridge}, SD; provider in {C|Sioux Falls})
Session log: patient IP {IP|174.211.40.19}, session ID {OID|VV-7713-22908}

S: 22 yo, f/u for MDD and PTSD. Reports sleep improved on prazosin 2 mg qhs, nightmares 2/week from nightly.
PHQ-9 today 11 (was 17 on {D|8/28}). GAD-7 9. Denies SI/HI. Working part-time at {G|Lakota Prairie Ranch Resort}.
Grandmother {N|Verna Two Bulls} supportive. 
O: Alert, good eye contact, mood "better", affect brighter, linear.
A/P: MDD, moderate, improving. Continue sertraline 150 mg, prazosin 2 mg. Safety plan reviewed; crisis line 988.
Next video visit {D|11/06/2023}. If connection fails call {P|605-312-6100}.

{N|Ingrid Solberg}, PMHNP-BC
""")

add("ob15_dc", """
POSTPARTUM DISCHARGE SUMMARY - {G|Parkland Memorial Hospital}
Patient: {N|Yesenia Alvarado Cruz}   MRN: {MRN|P-3319044}   Age 19   G1P1
Delivery: {D|03/18/2024} 07:41, NSVD, female, 3,210 g, Apgar 8/9
Infant: Baby Girl {N|Alvarado} MRN {MRN|P-3319870}
Pediatrician: Dr. {N|Mbali Dube}, {G|COPC Oak West} clinic

Course: Admitted in active labor at 39+2 weeks. GBS negative. Second-degree laceration repaired. EBL 350 mL.
Postpartum Hgb 10.4. Breastfeeding well with lactation (Lactation consultant {N|Colleen Murphy}).
Contraception: Nexplanon placed {D|3/19} - lot {OID|T038422}, left arm. Rh positive, rubella immune.
Edinburgh score 6.

Discharged {D|3/20/24} home with partner {N|Luis Ángel Reyes} to {ST|2719 Bonnie View Rd Apt 204}, {C|Dallas}, TX {Z|75216}.
Postpartum visit {G|Parkland COPC Southeast Dallas} in 2 weeks; BP check in 72 h.
WIC office referral sent. Medicaid (CHIP Perinatal) {HP|518773204}.

{N|Oluwaseun Bamgbose}, MD (OB/GYN PGY-2) / {N|Sarah Lindgren}, MD attending
""")

add("ortho16_op", """
OPERATIVE NOTE
DATE: {D|04/29/2024}     PATIENT: {N|KING, MAJOR T.}     MRN: {MRN|00774129}
FACILITY: {G|Spartanburg Medical Center}
SURGEON: {N|Deepak Raghunathan}, MD       ASSIST: none
PREOP/POSTOP DX: Right hip displaced femoral neck fracture, Garden IV
PROCEDURE: Right hip hemiarthroplasty, cemented, posterior approach
IMPLANTS: Stryker Accolade II stem size 4, lot {OID|63184JC}; Unitrax head 46 mm, SN {DEV|UHX4600881}
ANESTHESIA: Spinal + MAC
FINDINGS: Displaced subcapital fracture; good bone stock proximally.
Pt is an 81yo retired deacon ({G|Mount Moriah Baptist Church}) who fell at home on {D|4/27}.
Uneventful. Posterior capsule and short rotators repaired through drill holes. Stable to 90 deg flexion
with 30 deg IR. Post-op: WBAT, posterior hip precautions, enoxaparin 40 mg x 28 days.
Dictated by {N|D. Raghunathan}.
""")

add("rad17_mammo", """
{G|Houston Methodist Breast Care Center - Willowbrook}
BILATERAL DIAGNOSTIC MAMMOGRAM AND LEFT BREAST ULTRASOUND
Pt {N|Rosa Linda Guerrero}  DOB {D|10/10/1966}  MRN {MRN|HM55013290}  Acc {OID|MG240211-0093}
Exam date {D|02/11/2024}

History: Palpable lump L breast 2 o'clock, noticed 3 weeks ago. Prior screening {D|01/06/2023} BI-RADS 1.
Findings: Heterogeneously dense breasts (c). At the palpable site, L breast 2:00 4 cm FN, an irregular
hypoechoic mass 1.4 x 1.1 x 1.2 cm with angular margins and posterior shadowing. No suspicious axillary nodes.
Right breast negative.
IMPRESSION: BI-RADS 4C. US-guided core biopsy recommended; scheduled {D|2/14/2024} with Dr. {N|Okafor}.
Results discussed with patient in person by {N|Mei-Ling Okafor}, MD. Navigator {N|Tasha Brown}, {P|832-522-3350 ext 4}.
""")

add("ed18_lc", """
{G|st. vincent's} ed triage note {D|2/2/24} 19:20
pt: {N|graham whitfield} dob {D|5/16/56}. cc: "chest tightness since dinner." 
hx CAD s/p PCI to RCA 2019 ({G|st. vincent heart center}), DM2, smoker. 
vitals: bp 168/94 hr 102 rr 20 spo2 95%. ecg done 19:24 - shown to dr. {N|oyelowo}, no stemi. 
pain 7/10 pressure, radiating to L jaw. asa 324 given. wife {N|carol} at bedside, ph {P|501 555 7310}. 
esi 2. to room 14. {N|k. nakamura} rn
""")

add("cons19_id", """
INFECTIOUS DISEASES CONSULT NOTE
{G|Massachusetts General Hospital} - ID Consult Service
Date: {D|Sept. 12, 2023}
Pt: {N|Siobhan Fitzgerald-Mahoney}   MRN {MRN|0912-2290-6}
Requesting: Dr. {N|Benjamin Adler-Stein}, Orthopaedics

Reason: Prosthetic joint infection, R TKA.

HPI: 74F with R TKA {D|March 2021} at {G|Newton-Wellesley Hospital}, now with 3 weeks of pain and a draining sinus.
Aspirate {D|9/8}: WBC 48,000, 91% PMN; culture growing MSSA (final {D|9/10}). Blood cultures NGTD.
Lives with husband {N|Declan Mahoney} in {C|Hingham}; retired nurse from {G|South Shore Hospital}.
Exposures: none. Allergies: PCN (hives as child - low risk per PEN-FAST 1).

Assessment: chronic PJI (>4 weeks, sinus tract) - Tsukayama late chronic; DAIR unlikely to succeed.
Recommendations:
1. Agree with two-stage exchange; hold antibiotics until OR cultures if stable.
2. After explant: cefazolin 2 g IV q8h x 6 weeks (tolerated cefazolin for TKA prophylaxis).
3. Weekly CBC, BMP, ESR, CRP faxed to OPAT {F|617-726-0410}.
4. Will follow. Page 31045 with questions.

{N|Chidinma Eze-Walsh}, MD, ID fellow; seen and discussed with {N|Robert Hoang}, MD.
""")

add("dc20_psych", """
PSYCHIATRIC DISCHARGE SUMMARY
{G|Western Psychiatric Hospital}, {C|Pittsburgh}, PA
Patient: {N|Dmitri Volkov}      MRN: {MRN|WP-1184433}     DOB: {D|01/22/1990}
Legal status: 302 -> 201 voluntary on {D|7/9/2023}
Admitted: {D|07/07/2023}        Discharged: {D|07/19/2023}

Reason for admission: Brought by {G|Pittsburgh Bureau of Police} after neighbor called 911; patient on roof of
his building at {ST|4212 Butler St} ({C|Lawrenceville}) stating he "had to reach the signal."

Course: First-episode mania with psychotic features. YMRS 34 on admission -> 6 at discharge.
Lithium titrated to level 0.9 on {D|7/17}; olanzapine 10 mg qhs. TSH, Cr normal. UDS negative.
Mother {N|Galina Volkova} and partner {N|Jacob Amsel} participated in family meeting {D|7/14}.
Employer ({G|Carnegie Mellon University}, Robotics Institute) provided FMLA paperwork.

Follow-up: {G|UPMC Western Behavioral Health at Squirrel Hill}, Dr. {N|Nkechi Obi}, {D|7/26/23} 9:00.
Lithium level + BMP in 5 days.
Safety: no firearms at home per partner.

{N|Marta Kowalczyk}, MD
""")

# ---------------------------------------------------------------- UK NHS
add("uk21_dischargeletter", """
{G|The Leeds Teaching Hospitals NHS Trust}
{G|St James's University Hospital}, {ST|Beckett Street}, {C|Leeds} {Z|LS9 7TF}

IMMEDIATE DISCHARGE LETTER

To: Dr. {N|H. Kaur-Bains}, {G|Oakwood Lane Medical Practice}, {ST|2 Oakwood Lane}, {C|Leeds} {Z|LS8 2PP}

Patient: Mr {N|Kieran O'Dowd}        NHS No: {HP|485 777 3456}     Hosp No: {MRN|J4471208}
DOB: {D|17/08/1952}                  Ward: J27 Respiratory
Address: {ST|41 Harehills Avenue}, {C|Leeds} {Z|LS8 4HS}
Admitted: {D|03/01/2024}   Discharged: {D|09/01/2024}
Consultant: Dr {N|Aoife Brennan}

Diagnosis: Infective exacerbation of COPD (GOLD E), type 2 respiratory failure
Procedures: NIV {D|3rd} - {D|5th January}

Summary: 71-year-old ex-miner admitted via ED with increased breathlessness and purulent sputum. pH 7.28,
pCO2 8.9 kPa. Required NIV for 48 h (IPAP 20 / EPAP 5). Sputum grew Haemophilus influenzae. Treated with
doxycycline and prednisolone 30 mg 5 days. Referred to the community respiratory team and pulmonary rehab
at {G|Seacroft Hospital}. Not a candidate for home NIV at present - review in clinic.

Actions for GP:
1. Please check U&Es in 1 week (K 5.2 on discharge, on ramipril).
2. Consider referral to smoking cessation - still smoking 10/day.

Follow-up: Respiratory clinic, Dr {N|Brennan}, 6 weeks. Bleep 4471 via switchboard {P|0113 243 3144}.
Next of kin: {N|Sinead O'Dowd} (daughter) {P|07700 900412}

Completed by: Dr {N|Tomasz Nowak}, FY2, GMC {LIC|7654321}
""")

add("uk22_clinicletter", """
{G|Royal Cornwall Hospitals NHS Trust}
Department of Diabetes and Endocrinology
{G|Royal Cornwall Hospital}, {ST|Treliske}, {C|Truro}, {CO|Cornwall} {Z|TR1 3LJ}
Tel: {P|01872 250000}  Secretary ext 2846

Dictated: {D|12/02/2024}   Typed: {D|15/02/2024}

Dr {N|P. Trelawny}
{G|Penryn Surgery}
{ST|Saracen Way}
{C|Penryn} {Z|TR10 8HX}

Dear Dr {N|Trelawny}

Re: {N|Jennifer Rowe}, DOB {D|04/11/1963}, NHS {HP|612 345 9988}, {ST|Chy an Mor, 7 Cliff Road}, {C|Falmouth} {Z|TR11 4NP}

Diagnosis: 1. Primary hyperparathyroidism  2. Osteoporosis (T-score -2.9 lumbar spine)

I saw Mrs {N|Rowe} today with her husband {N|Will}. Adjusted calcium 2.84, PTH 11.2 pmol/L, 24-h urinary calcium
elevated so FHH is unlikely. Sestamibi on {D|19th January} localised a left inferior adenoma, concordant with US.
She meets criteria for surgery (age is not one, but osteoporosis and calcium >0.25 above ULN are), and she is keen.
I have referred her to Mr {N|Jago Penhaligon}, endocrine surgeon, at {G|Derriford Hospital}.

In the meantime please avoid thiazides and encourage 2-2.5 L fluid daily. Alendronate can continue.

Yours sincerely

Dr {N|Nadia Farouk}
Consultant Endocrinologist  GMC {LIC|6102938}
cc: patient
""")

add("uk23_ae", """
{G|Homerton University Hospital} - Emergency Department
ED Attendance {OID|HUH-ED-2023-118842}  Arrived {D|31/10/2023} 22:17 (walk-in)
Name: {N|Adebayo, Oluwafemi}   DOB: {D|02/09/2006}   NHS: {HP|943 476 5919}   MRN: {MRN|H1902237}
Accompanied by: friend ({N|Tyrese Grant-Williams})
School: {G|Mossbourne Community Academy}, Year 13

PC: Assault - punched to face outside {G|Hackney Central} station ~21:30.
No LOC, no vomiting, no amnesia. Bleeding from nose stopped.
O/E: GCS 15. Swelling L zygoma, no step. Eye movements full, no diplopia. Nasal bones tender, septum
midline, no septal haematoma. Dental occlusion normal.
Imp: Nasal injury, soft tissue contusion. Canadian CT head rule - not needed.
Plan: Analgesia, ENT fracture clinic {D|07/11/2023} for reassessment once swelling settles.
Safeguarding: 17 y.o. - discussed with {N|Ruth Mensah} (paediatric liaison); police aware, CAD {OID|7731/31OCT23}.
Mum {N|Folake Adebayo} contacted {P|07946 118 302}.
Seen by Dr {N|Imogen Hartley-Shaw} ST4
""")

add("uk24_ops", """
OPERATION NOTE - {G|Freeman Hospital}, {G|Newcastle upon Tyne Hospitals NHS Foundation Trust}

Patient: {N|HOLLOWAY, Gwen}   Hosp No {MRN|F0077213}   NHS {HP|401 223 8765}   DOB {D|09.05.1948}
Date: {D|22.05.2024}   Theatre 6
Surgeon: Mr {N|R. Chaudhry}   Assistant: Miss {N|L. Odukoya} (ST6)   Anaesthetist: Dr {N|F. Blackwood}

Operation: Open repair of infrarenal AAA, tube graft (Gelsoft 18 mm)
Indication: 6.1 cm AAA on surveillance, growth 0.8 cm/yr. Unsuitable for EVAR (short angulated neck).

Findings: Fusiform infrarenal aneurysm 6 cm, neck 12 mm below left renal vein. Iliacs not aneurysmal.
Procedure: Midline laparotomy. Heparin 5000 u. Infrarenal cross-clamp 42 minutes. Aneurysm opened, lumbars
oversewn, IMA backbleeding - ligated. 18 mm Dacron tube graft, 3-0 Prolene. Sac closed over graft.
EBL 1.4 L, cell saver returned 600 mL.

Post-op: Level 2 (HDU) bed, epidural, check lower limb pulses hourly for 6 h.
Graft lot {OID|GS18-2202-7731} recorded on implant register.

Signed {N|R. Chaudhry} FRCS, Consultant Vascular Surgeon, GMC {LIC|4411902}
""")

add("uk25_referral2ww", """
URGENT SUSPECTED CANCER REFERRAL (2WW) - LOWER GI
From: {G|Kingsway Health Centre}, {ST|37 Kingsway}, {C|Chester} {Z|CH2 2LB}   Tel {P|01244 385 200}  Fax {F|01244 385 299}
Referrer: Dr {N|Bronwen Price-Jones}   GMC {LIC|7012456}   Practice code N81034
To: Colorectal 2WW, {G|Countess of Chester Hospital}
Date of referral: {D|08/04/2024}

Patient: {N|Arthur Page}   DOB {D|14/06/1945}   NHS {HP|722 904 1183}
Address: {ST|Flat 3, 19 Hoole Road}, {C|Chester} {Z|CH2 3NH}   Tel {P|01244 312 087}   Mobile {P|07812 604 551}
Preferred contact: daughter {N|Lorraine Page} (lives in {C|Ellesmere Port})

Criteria met: age >= 60 with iron-deficiency anaemia; FIT 212 ug Hb/g.
Hb 94 g/L (was 131 in {D|March 2023}), ferritin 6, MCV 74. Change in bowel habit to looser stools x 8 weeks.
Weight 71 kg (76 kg {D|Oct 2023}). No rectal mass on PR.

PMH: AF on apixaban, T2DM (HbA1c 54), CKD G3a (eGFR 52). Lives alone, independent.
Fit for colonoscopy? Yes, I think so. Patient aware this is a cancer referral and is available from {D|10th April} (away until then).
""")

add("uk26_mri", """
{G|University Hospitals of Leicester NHS Trust} - Imaging
{G|Leicester Royal Infirmary}

Patient: {N|Patel, Hemaben}   RWE: {MRN|RWE2294417}   NHS: {HP|498 301 6672}   DOB: {D|23-Jul-1971}
Exam: MRI Lumbar Spine     Date: {D|19-Jan-2024}    Accession {OID|RWEMR24011933}
Referrer: Mr {N|S. Odedra}, Spinal Surgery

Clinical: Bilateral sciatica L>R, saddle paraesthesia since this morning. ?CES. (Bleep 2219)

Findings:
L4/5: large central and left paracentral disc extrusion migrating caudally, occupying ~75% of the canal,
compressing the cauda equina. L5/S1: disc desiccation, no compression. Conus terminates at L1, normal signal.
Vertebral body heights maintained; Modic type 1 change at L4/5 endplates.

Conclusion: Large L4/5 disc extrusion with severe canal stenosis and cauda equina compression.
Discussed by telephone with Mr {N|Odedra}'s registrar (Dr {N|Kwame Boateng}) at 18:40 on {D|19/01/2024}.

Reported by Dr {N|Eilidh MacLeod}, Consultant Neuroradiologist
""")

add("uk27_histo", """
CELLULAR PATHOLOGY REPORT
{G|Cambridge University Hospitals NHS Foundation Trust} - {G|Addenbrooke's Hospital}
Lab No: {OID|H24-031187}     Received: {D|11/03/2024}    Authorised: {D|15/03/2024}
Patient: {N|KOWALSKI, Agnieszka}   DOB: {D|30/12/1988}   Hosp: {MRN|A3390121}   NHS: {HP|650 112 7709}
Source: Dermatology, Dr {N|J. Fairweather}      Location: OPD

Specimen: Skin, left upper back, excision ellipse 22 x 9 mm, pigmented lesion 6 mm.

Microscopy: Asymmetric junctional and dermal melanocytic proliferation with pagetoid spread and dermal mitoses.
Superficial spreading melanoma.
  Breslow thickness: 0.9 mm        Clark level: IV
  Ulceration: absent               Mitotic rate: 2/mm2
  Regression: absent               LVI / PNI: not identified
  Microsatellites: absent          TILs: non-brisk
  Margins: peripheral 3.5 mm, deep 2.8 mm

SUMMARY: Invasive melanoma, pT1b (TNM 8). SNOMED M87433.
Discussed at skin MDT {D|21/03/2024}.
Reported by: Dr {N|Oluwatoyin Ade-Benson}, Consultant Dermatopathologist
""")

add("uk28_mccd", """
Bereavement Office - Medical Examiner scrutiny summary
{G|Norfolk and Norwich University Hospitals NHS Foundation Trust}

Deceased: {N|Ernest Albert Mace}    DOB: {D|02/02/1931}    Age: {A|93}    NHS: {HP|420 887 1234}
Date of death: {D|14/02/2024}    Place: Ward Cley, {G|Norfolk and Norwich University Hospital}
Usual address: {G|Beech House Care Home}, {ST|Mill Lane}, {C|Aylsham}, {CO|Norfolk} {Z|NR11 6AS}

ME: Dr {N|Harriet Lowe}     MEO: {N|Zainab Siddiqui}     QAP: Dr {N|Callum Reid} (SpR Elderly Care)
Notes reviewed {D|15/02/2024}. Discussion with next of kin {N|Valerie Mace} (daughter-in-law) by phone
{P|01263 733 514}: no concerns about care; she felt he was comfortable.

Proposed MCCD:
  1a Hospital-acquired pneumonia
  1b Frailty of old age
  II  Parkinson's disease, chronic kidney disease
Referral to coroner not required. Cremation form 4 completed by Dr {N|Reid}; form 5 by Dr {N|Ama Owusu}.
Registrar: {G|Norwich Register Office} notified {D|16/02/2024}.
""")

add("uk29_handover", """
ambulance handover - {G|RSUH} ED {D|06/12/23} 0320. crew {N|Liam Byrne} & {N|Precious Nkosi}, call ref {OID|WMAS-4471209}.
{A|90} y/o female {N|dorothy wood} from {ST|22 Cherry Tree Walk}, {C|Stoke-on-Trent} {Z|ST4 8QW}, found on floor by
carer ({N|Sandra Hope}) at 0200, long lie ~5h. ?NOF L, shortened and ext rotated. 10mg morphine IV en route.
bp 108/60 hr 96 bm 6.2 temp 35.4. lives alone, carers qds. son {N|gary wood} on way, ph {P|07790 332 118}.
""")

# ---------------------------------------------------------------- South Africa
add("za30_gsh_dc", """
{G|GROOTE SCHUUR HOSPITAL} - Department of Medicine, Ward E16
{ST|Main Road}, {C|Observatory}, {C|Cape Town}, {Z|7925}   Tel {P|021 404 9111}

DISCHARGE SUMMARY
Name: {N|Siyabonga Mthembu}        Folder no.: {MRN|GS 4471029}      ID no.: {SSN|8503155123081}
DOB: {D|15/03/1985}                 Admitted: {D|02/02/2024}         Discharged: {D|20/02/2024}
Address: {ST|House 17, Site C}, {C|Khayelitsha}, {Z|7784}       Cell: {P|073 415 2290}
Referring facility: {G|Site B Community Health Centre}

Diagnoses:
1. TB meningitis (MRC grade II), Xpert Ultra CSF positive, rifampicin susceptible
2. Advanced HIV, CD4 38 cells/uL, newly diagnosed
3. Hyponatraemia (SIADH), resolved

Course: 38-year-old taxi driver, presented with 2 weeks of headache and confusion. LP: opening pressure 28 cm,
lymphocytic CSF, protein 2.9 g/L, glucose 1.1 mmol/L. CrAg negative. Started RHZE + high-dose dexamethasone.
ART (TLD) deferred for 4 weeks per guidelines - plan start around {D|01/03/2024} at clinic.
CT brain: basal enhancement, mild communicating hydrocephalus, no infarcts. GCS 15 from day 6.

Follow-up: {G|Site B CDC} TB room, Sister {N|Nomvula Dlamini}; ID clinic {G|GSH} {D|12/03/2024}.
NHLS results: lab no. {OID|GX04511872}.
Partner: {N|Thandeka Ngcobo} {P|+27 82 660 1943}.

Dr {N|Pieter Steenkamp}, Medical Registrar   HPCSA {LIC|MP 0712345}
""")

add("za31_bara_ed", """
{G|Chris Hani Baragwanath Academic Hospital} - Trauma Unit casualty record
Date {D|2023/12/16} Time 01:55        Folder {MRN|CHB-23-771904}
Pt: {N|Lerato Mokoena}, M, 24 years     Brought by: {G|Gauteng EMS} (ref {OID|GEMS-88120461})
SAPS: {G|Orlando SAPS}, case no. {OID|CAS 512/12/2023}, Const. {N|T. Maseko}

Stab wound L chest, 4th ICS anterior axillary line, ~2 h prior, at a tavern in {C|Orlando East}, {C|Soweto}.
On arrival: RR 28, SpO2 88%, HR 124, BP 96/60. Decreased AE left.
ICD inserted 28Fr L, 900 mL blood initially, 150 mL/h over next 2 h -> not meeting thoracotomy criteria.
eFAST: no pericardial fluid. CXR post-ICD: lung re-expanded.
Plan: admit trauma ward, hourly ICD output, repeat Hb, tetanus given.
Next of kin: mother {N|Dikeledi Mokoena}, {ST|1842 Mofolo North}, {C|Soweto}, {P|071 992 4561}.
Dr {N|A. Govender} (MO) / Dr {N|J. van Wyk} (registrar)
""")

add("za32_tyg_consult", """
{G|Tygerberg Hospital} - Division of Infectious Diseases
CONSULTATION
Date: {D|7 June 2023}     To: Dr {N|M. Jacobs}, Ward A8 (General Medicine)
Patient: {N|Annatjie Fortuin}     Folder: {MRN|TBH 2019-083355}     Age 51
Home: {ST|14 Vygie Street}, {C|Ravensmead}, {Z|7493}

Question: persistent fever on 2nd-line ART, ?IRIS vs new OI.

Background: HIV since 2009, on TLD since {D|Aug 2021}, VL {D|May 2023} 1,240 copies/mL (adherence concern).
Admitted {D|30/05/2023} with fever, weight loss 8 kg, hepatosplenomegaly. Blood culture {D|01/06} grew
Salmonella Enteritidis (NHLS {OID|TY03349921}). Urine LAM positive. TB Xpert on sputum negative.

Impression: 1. Invasive non-typhoidal Salmonella bacteraemia 2. Probable disseminated TB (LAM+)
Recommendations: ceftriaxone 2 g daily x 14 days; start RHZE; TB blood culture; adherence club referral through
{G|Ravensmead CDC}; check VL in 3 months; resistance genotype if still >1000.

Dr {N|Sipho Khumalo}, ID Fellow     ext. 5201
""")

add("za33_private_op", """
{G|NETCARE MILPARK HOSPITAL}
{ST|9 Guild Road}, {C|Parktown West}, {C|Johannesburg}, {Z|2193}

OPERATION RECORD
Patient: {N|Van Rensburg, Marietjie}     ID: {SSN|6908120045087}     Adm no: {AC|MLP0093821}
Medical aid: Discovery Health - Classic Comprehensive, member no. {HP|182773901}, dependant 01
Auth no.: {OID|DH-24-9917744}
Date: {D|14/05/2024}    Surgeon: Dr {N|Farhaad Ismail} (Pr. No. 0412345)    Anaesthetist: Dr {N|Kobus Botha}

Procedure: Right total knee replacement (Attune cruciate-retaining), tourniquet 78 min
Implants: femur size 5 ({DEV|FEM5-LT20391}), tibia size 5 ({DEV|TIB5-LT88120}), insert 6 mm, patella 35 mm.
Findings: Tricompartmental OA, grade IV medial. Valgus stress stable.
Post-op: Rivaroxaban 10 mg daily x 14 days, physio, CPM.
Referring GP: Dr {N|Naledi Sithole}, {G|Randburg Medical Centre}, {P|011 789 4501}, fax {F|086 612 7740}.
""")

add("za34_forensic", """
FORENSIC PATHOLOGY SERVICE - WESTERN CAPE
{G|Salt River Mortuary}, {C|Salt River}, {C|Cape Town}
Post-mortem summary (for referring clinician)

DR no.: {OID|DR 2817/2024}       SAPS case: {OID|Mitchells Plain CAS 331/04/2024}
Deceased: {N|Junaid Abrahams}     Age: 19     Identified by: father {N|Yusuf Abrahams}, ID {SSN|7010105123089}
Date of death: {D|21 April 2024} (declared at {G|Mitchells Plain District Hospital} 23:10)
Date of PM: {D|23 April 2024}     Pathologist: Dr {N|Lorna J. Martin-Hendricks}

Findings: Single gunshot wound of entrance, left posterior chest, no exit; projectile recovered from anterior
mediastinum and handed to SAPS (FCS exhibit {OID|PW-2024-11871}). Perforation of left lung lower lobe and
descending aorta; left haemothorax 2.1 L.
Cause of death: Gunshot wound of the chest.
Blood alcohol: pending (FCL reference {OID|FCL-24-5510}).
""")

add("za35_redcross_referral", """
{G|Worcester Regional Hospital} - Paediatrics
{ST|Murray Street}, {C|Worcester}, {Z|6850}

{D|3 October 2023}
To: Paediatric Cardiology, {G|Red Cross War Memorial Children's Hospital}, {C|Rondebosch}
Fax {F|021 658 5166}

Re: {N|Zizipho Ngxola}, DOB {D|11/07/2023}, folder {MRN|WRH 0441987}
Mother: {N|Nosipho Ngxola}, {ST|12 Avian Park Road}, {C|Worcester}, cell {P|078 220 5514}

Dear colleague
Thank you for seeing this 12-week-old infant with Down syndrome with poor weight gain (3.6 kg, well below 3rd
centile), tachypnoea and a pansystolic murmur. Echo here (limited, Dr {N|Cloete}) suggests complete AVSD with
large shunt. Started furosemide 1 mg/kg BD and spironolactone. Sats 93% RA. NG feeds top-up.
Family have transport difficulties - the {G|HealthNET} patient transport can bring them on Tuesdays.

Kind regards
Dr {N|Retha du Plessis}, Paediatric MO, {P|023 348 1100}
""")

add("za36_transfer_rural", """
Transfer letter - {G|Madwaleni Hospital}, {C|Elliotdale}, Eastern Cape
to {G|Frere Hospital} surgery on call - accepted by Dr {N|Mbuyiselo Qwabe} {D|09/09/2023} 16:05

{N|Nomakhaya Sotashe}, F, 34, folder {MRN|MWH 118409}, ID {SSN|8907090712084}
from {C|Xhora} village, next of kin brother {N|Luvuyo Sotashe} {P|060 771 2283}

4 days abdo pain, distension, no stool/flatus 48h. Prev laparotomy 2019 (ectopic). AXR multiple air-fluid
levels. Na 129 K 3.1 Cr 142. NGT 1.2 L bilious. 2 L RL + KCl given. Adhesional SBO, not settling -> needs
surgical review, no theatre time here (one MO on site). Ambulance {VEH|EC 1187 GOV} ETA 3h.
Dr {N|Hendrik Smit}, CMO  {P|047 499 0041}
""")

# ---------------------------------------------------------------- Singapore
add("sg37_sgh_dc", """
{G|SINGAPORE GENERAL HOSPITAL}
{ST|Outram Road}, Singapore {Z|169608}     Tel: {P|6222 3322}
Department of Gastroenterology & Hepatology

DISCHARGE SUMMARY
Patient: {N|TAN AH KOW}                NRIC: {SSN|S2734561H}        Case No.: {OID|24-1103372}
Date of birth: {D|03-Aug-1947}          Admission: {D|11-Mar-2024}    Discharge: {D|16-Mar-2024}
Address: {ST|Blk 204 Bedok North Street 1, #07-331}, Singapore {Z|460204}
NOK: {N|Tan Siew Ling} (daughter)  HP {P|9123 4517}

Diagnosis: Upper GI bleed secondary to Forrest IIa duodenal ulcer (H. pylori positive)
Procedure: OGD with adrenaline injection and haemoclips x2 ({D|12-Mar-2024}, Dr {N|Kelvin Lim Wei Jie})

Course: Melaena x 3 days, Hb 6.8 on arrival (baseline 12.9), Glasgow-Blatchford 14. Transfused 3 units PRBC.
IV pantoprazole infusion 72 h then oral. No rebleed. Hb 9.6 at discharge. Aspirin (for 2018 stent) withheld for
5 days then restarted after discussion with Cardiology (Dr {N|Rajesh Pillai}).

Medications: esomeprazole 40 mg BD x 8 weeks, H. pylori quadruple therapy x 14 days, aspirin restart {D|18-Mar}.
Follow-up: GI clinic {G|SGH} Block 3 Level 1 on {D|29-Apr-2024}; urea breath test 4 weeks after eradication.
MediShield Life claim ref {OID|MSL-2403-883012}.

Dr {N|Nur Aisyah binte Rahmat}, Medical Officer (MCR {LIC|M71234B})
Dr {N|Kelvin Lim Wei Jie}, Consultant
""")

add("sg38_ttsh_ed", """
{G|Tan Tock Seng Hospital} - Emergency Department
Visit {OID|ED-TTSH-2023-0912-0447}   {D|12 Sep 2023} 14:37   PAC 2
Name: {N|Muthusamy Ganesan}   FIN: {SSN|G6610423W}   DOB {D|04/04/1992}   Nationality: Indian (work permit {OID|WP 0448 2716})
Employer: {G|Kwan Hup Construction Pte Ltd}, site at {G|Jurong Island}     Employer contact Mr {N|Lee Boon Heng}.

fall from height ~3 m from scaffold, landed on heels. no head injury, no LOC. 
bilat heel pain, unable to WB. L-spine tenderness L1.
XR: R calcaneal fracture, Bohler angle 12 deg; L1 wedge compression ~20%, posterior wall intact on CT.
Plan: ortho (Dr {N|Chua Hui Min}) - admit, CT feet, TLSO brace. MOM work injury notification done.
Dormitory: {G|Tuas View Dormitory}, {ST|70 Tuas View Walk 1}, Singapore {Z|637663}. Friend {N|Selvam}, {P|+65 8452 7731}.
Dr {N|Oliver Wong}, ED MO
""")

add("sg39_nuh_rad", """
{G|National University Hospital} - Department of Diagnostic Imaging
CT THORAX, ABDOMEN AND PELVIS WITH CONTRAST
Pt: {N|Wong Mei Fong, Jasmine}   MRN: {MRN|NUH9930287A}   Acc: {OID|NUHCT2406110482}   Exam date: {D|11/06/2024}
Requesting: Dr {N|Prakash Subramaniam}, Haematology-Oncology ({G|NCIS})

Clinical: Stage III DLBCL, post 6 cycles R-CHOP, end-of-treatment restaging. Comparison: PET-CT {D|12/01/2024}.

Findings: Previously bulky mesenteric nodal mass (8.2 x 6.1 cm) now 2.1 x 1.4 cm, residual soft tissue.
No new lymphadenopathy. Spleen 11 cm (was 15 cm). Liver unremarkable. Lungs clear; small left pleural
effusion resolved. Port-a-cath tip at cavoatrial junction.

Impression: Marked response. Residual mesenteric soft tissue - correlate with PET-CT (Deauville).

Reported by Dr {N|Goh Kah Wai}, Senior Consultant    Verified {D|11/06/2024} 17:52
""")

add("sg40_kkh", """
{G|KK Women's and Children's Hospital}
{ST|100 Bukit Timah Road}, Singapore {Z|229899}
CHILDREN'S EMERGENCY - DISCHARGE NOTE

Child: {N|Muhammad Irfan bin Zulkifli}   Birth Cert: {SSN|T2109874C}   DOB {D|21/02/2021}   Weight 13.2 kg
Date: {D|5/1/2024}   Accompanied by: mother {N|Siti Nurhaliza binte Osman} ({P|8766 0142})
Childcare: {G|My First Skool @ Punggol Field}

Febrile seizure, simple (generalised, < 2 min, single in 24 h). Temp 39.4. Source: URTI, rapid flu A positive.
No meningism. Neuro normal after 1 h. Oseltamivir 30 mg BD x 5 days. Seizure advice leaflet given.
Return if seizure > 5 min or repeated. Review at {G|Punggol Polyclinic} in 2-3 days.
Dr {N|Arjun Krishnan}, Registrar, MCR {LIC|M90871Z}
""")

add("sg41_cgh_transfer", """
TRANSFER SUMMARY TO COMMUNITY HOSPITAL
From: {G|Changi General Hospital}, Ward 46   To: {G|St Andrew's Community Hospital}, {ST|8 Simei Street 3}
Date of transfer: {D|22 February 2024}

Patient: {N|Lim Geok Choo} (Madam)   NRIC: {SSN|S1523388J}   Age: {A|91}   MRN: {MRN|CGH-770192}
Lives with: maid {N|Rosalinda Dela Cruz} and son {N|Lim Chee Keong} ({P|9877 3021}, {E|ck.lim88@singnet.com.sg})
Address: {ST|Blk 148 Simei Street 2, #03-55}, Singapore {Z|520148}

Admitted {D|14/02/2024}: L intertrochanteric NOF fracture after fall in bathroom. DHS fixation {D|15/02}
by Dr {N|Bernard Tay}. Post-op delirium resolved. Hb 9.1. Vitamin D 18 -> loading started.
Rehab goals: transfers with 1 assist, ambulate with frame 10 m. MBI 38/100 at transfer.
Geriatric issues: MCI, bilateral cataracts, fall risk high. Advance care plan: Preferred Plan of Care done
(facilitator Ms {N|Farah Ismail}) - for full treatment but not CPR.
Outpatient: Ortho clinic {D|7 Mar 2024}, staple removal at {G|SACH} day 14.

Dr {N|Chen Jia Hui}, MO Geriatric Medicine
""")

add("sg42_polyclinic", """
{G|Bukit Batok Polyclinic}
{ST|50 Bukit Batok West Ave 3}, Singapore {Z|659164}

Referral Memo - {D|2 Nov 2023}
To: Ophthalmology, {G|Ng Teng Fong General Hospital}

Re: {N|Rahman bin Abdullah}, NRIC {SSN|S6102938E}, 62M, CHAS Blue
Diabetic retinal photography (SiDRP) graded: moderate NPDR R eye with suspected CSME; L eye mild NPDR.
HbA1c 9.2%. On metformin 1 g BD, gliclazide 80 mg BD. BP 148/86.
Please assess for CSME - appointment requested within 4 weeks (SOC standard).
Contact: {P|9004 2210} (patient) / wife {N|Zainab}.
Dr {N|Aw Siew Peng}, Family Physician
""")

# ---------------------------------------------------------------- New Zealand
add("nz43_auckland_dc", """
{G|Te Whatu Ora - Health New Zealand, Te Toka Tumai Auckland}
{G|Auckland City Hospital}, {ST|2 Park Road}, {C|Grafton}, {C|Auckland} {Z|1023}

DISCHARGE SUMMARY - General Medicine (Ward 62)
Patient: {N|Aroha Te Rangi Whaanga}      NHI: {HP|ZKM4471}      DOB: {D|18/10/1958}
Address: {ST|27 Tōtara Avenue}, {C|Ōtāhuhu}, {C|Auckland} {Z|1062}
Admitted: {D|04/07/2023}    Discharged: {D|10/07/2023}
GP: Dr {N|Samuel Faleolo}, {G|Ōtāhuhu Family Health Centre}
Responsible clinician: Dr {N|Isabel Harcourt}

Principal diagnosis: Community-acquired pneumonia (CURB-65 2) with acute gout flare (R 1st MTP)
Comorbidities: T2DM, CKD 3a, obesity, gout

Clinical course: 64-year-old wahine admitted with 5 days fever and productive cough. CXR RLL consolidation.
IV amoxicillin-clavulanate then oral; afebrile day 3. Gout flare day 4 (urate 0.61) treated with prednisone 20 mg
x 5 days; allopurinol to be started by GP after flare settles, aim urate <0.36. Whānau ({N|Hemi Whaanga},
husband, {P|021 448 902}) supportive. Kaumātua visit arranged by {G|He Kāmaka Waiora} Māori health team.

Follow-up: GP within 1 week; CXR 6 weeks. Green prescription referral made.
Dr {N|Lucy Tanielu}, House Officer, MCNZ {LIC|78812}
""")

add("nz44_middlemore_ed", """
{G|Middlemore Hospital} ED - {G|Counties Manukau} 
{D|28/12/2023} 21:12   triage 3
{N|Sione Tupou-Fifita}, 17M, NHI {HP|PQR2280}, from {C|Māngere East}. school: {G|De La Salle College}
injured at rugby league trainings ({G|Māngere East Hawks}) - hyperextension L knee, heard pop, swelled within 1 h.
lachman +ve, no posterior sag, mcl stable. ottawa knee rules: xr done, no # , segond absent.
imp ?ACL rupture. plan: knee brace, crutches, ACC claim {OID|10049882371} lodged, ortho virtual clinic, MRI via ACC.
mum {N|Mele Tupou} ph {P|027 330 9918}.
dr {N|rangi parata}, reg
""")

add("nz45_chch_rad", """
{G|Christchurch Hospital} - Radiology
Patient: {N|Bryce Henare McKenzie}    NHI: {HP|CHM8830}    Exam: CT Brain + CTA arch-to-vertex
Date: {D|15 March 2024} 10:02    Accession: {OID|CHR24-0315-1107}
Referrer: Dr {N|Anna Kowalczyk-Reid}, Stroke Service  (stroke call, onset 09:15 at {G|Riccarton Mall})

FINDINGS: ASPECTS 9 (subtle insular loss of grey-white differentiation L). Hyperdense L MCA sign.
CTA: occlusion of the proximal L M1 segment; good collaterals (Tan score 3). Both carotid bifurcations patent,
no dissection. Aortic arch type II.
IMPRESSION: L M1 occlusion, ASPECTS 9 - candidate for EVT. Discussed with Dr {N|Kowalczyk-Reid} at 10:11.
Transfer for thrombectomy arranged by stroke team.

Dr {N|Tomás Whitcombe}, Radiologist
""")

add("nz46_waikato_consult", """
{G|Waikato Hospital}, {ST|Pembroke Street}, {C|Hamilton} {Z|3204}
Renal Service consult - {D|2/8/2023}
Patient {N|Wiremu Pōtae}, 45M, NHI {HP|WKT5510}, dialysis at {G|Thames Hospital} satellite unit
Home: {ST|RD 2}, {C|Te Aroha} - 45 min from unit, drives himself in ute (rego {VEH|LKP482})

Asked by ED re: K 7.1 after missed Saturday session (tangihanga in {C|Tokomaru Bay}).
ECG peaked T, no QRS widening. Calcium gluconate, insulin-dextrose, salbutamol given.
Plan: emergency HD today via L AVF; dietitian re potassium; social worker to look at transport support
(NASC assessment). Discussed with consultant Dr {N|Helen O'Connor-Mahuika}.
Dr {N|Priyanka Sharma}, Renal Registrar
""")

add("nz47_dunedin_path", """
{G|Southern Community Laboratories} / {G|Dunedin Hospital} Histopathology
Lab ref: {OID|D24H008812}   Received: {D|06 Feb 2024}   Reported: {D|09 Feb 2024}
Patient: {N|KNIGHT, Evangeline Rose}   NHI: {HP|DUN3371}   DOB: {D|12 May 1950}
Clinician: Mr {N|G. Fraser}, General Surgery      Copy to: Dr {N|Mere Karaka}, {G|Mosgiel Health Centre}

Specimen: Sigmoid colon, anterior resection.
Macro: 24 cm colon with ulcerated tumour 42 mm, 8 cm from distal margin.
Micro: Moderately differentiated adenocarcinoma invading through muscularis propria into pericolic fat (pT3).
EMVI: present (extramural). 2 of 19 lymph nodes positive (pN1b). Margins clear (CRM 9 mm).
MMR IHC: MLH1, PMS2, MSH2, MSH6 retained (pMMR).
Diagnosis: Adenocarcinoma, sigmoid colon, pT3 pN1b, R0. TNM 8.
Pathologist: Dr {N|Hamish Dunlop}
""")

add("nz48_gp_referral", """
{G|Newtown Union Health Service}
{ST|14 Hall Street}, {C|Newtown}, {C|Wellington} {Z|6021}   Ph {P|04 389 2010}   Fax {F|04 389 2012}

{D|19 September 2023}

Cardiology Outpatients, {G|Wellington Regional Hospital}

Re: {N|Faith Tuilagi}, DOB {D|01/04/1979}, NHI {HP|HBT9902}, ph {P|022 617 4530}, {E|faith.tuilagi79@xtra.co.nz}

Kia ora koutou,
Faith is a 44-year-old bus driver (employed by {G|Metlink}) with exertional chest tightness for 6 weeks,
relieved by rest. Father died of MI aged 52. Smokes 8/day. Lipids: TC 7.1, LDL 4.9. ECG today: sinus rhythm,
no acute changes. Troponin negative x2 at {G|Wellington ED} on {D|12/09/2023}. NZ Primary Prevention risk 11%.
She holds a passenger endorsement licence (DL {LIC|EK447210}) - please advise re fitness to drive.
Started aspirin, atorvastatin 40 mg, GTN spray. Requesting exercise tolerance test or CTCA.

Nga mihi,
Dr {N|Oliver Grant}, GP
""")

add("nz49_death", """
{G|Whangārei Hospital} - Northland
Death notification / summary for GP and coroner
Deceased: {N|Rāwiri Hōne Kingi}   NHI {HP|NRT2207}   Age {A|90}   DOB {D|29/01/1933}
Died: {D|03/06/2023} 02:40, Ward 4
Usual residence: {G|Kamo Home and Village}, {ST|Kamo Road}, {C|Kamo}, {C|Whangārei} {Z|0112}

{A|90} year old kaumātua admitted {D|31/05/2023} with decompensated heart failure and AKI. Declined escalation.
Whānau present including daughters {N|Ngaire Kingi} and {N|Huia Kingi-Walker}. Karakia with Matua {N|Eruera}
from the {G|Te Poutokomanawa} Māori health team. Body released to whānau for tangihanga at {G|Ngāraratunua Marae}.
Not a coroner's case (expected death, certified by Dr {N|Julia Hart}, MCNZ {LIC|45521}).
""")

# ---------------------------------------------------------------- more US
add("va50_dc", """
DEPARTMENT OF VETERANS AFFAIRS
{G|James A. Haley Veterans' Hospital}, {ST|13000 Bruce B. Downs Blvd}, {C|Tampa}, FL {Z|33612}

DISCHARGE SUMMARY                                   LOCAL TITLE: DISCHARGE SUMMARY
PATIENT: {N|DOUCETTE,RAYMOND PAUL}   SSN: {SSN|263-48-9917}   DOB: {D|FEB 14,1949}
ADMITTED: {D|AUG 02, 2023}@1412   DISCHARGED: {D|AUG 09, 2023}@1030
WARD: 4 WEST (SCI)    ATTENDING: {N|MOHAMMED,FARID S}
PCP: {N|ODUYA,CHINYERE}, NP - {G|Lakeland VA Clinic}

DX: Stage 4 sacral pressure injury with osteomyelitis; T6 paraplegia (1971, Vietnam, ASIA A)
Course: 74 yo USMC veteran, admitted from home in {C|Zephyrhills} ({CO|Pasco County}) with fever and foul drainage.
MRI: sacral/coccygeal osteomyelitis. Bone biopsy {D|8/4} grew MRSA + Bacteroides. Plastic surgery
(Dr {N|Yusuf Demir}) performed debridement {D|8/5}; flap deferred pending nutrition (albumin 2.4).
PICC placed {D|8/7}: daptomycin 8 mg/kg q24h + metronidazole PO through {D|9/16/2023}.
Home health: {G|Amedisys Home Health} {P|813-555-0182}; wound vac KCI serial {DEV|VFLC80217} issued.
Caregiver: wife {N|Loretta Doucette}.
/es/ {N|FARID S. MOHAMMED}, MD  Signed: {D|08/09/2023} 11:47
""")

add("snf51_transfer", """
NURSING FACILITY TO HOSPITAL TRANSFER FORM (INTERACT)
Facility: {G|Golden Living Center - Rapid City}   Phone {P|605-343-8577}   Fax {F|605-343-0911}
Sending nurse: {N|Becky Two Eagle}, LPN      Date: {D|01/17/2024}  Time: 0645
To: {G|Monument Health Rapid City Hospital} ED

| Resident name     | {N|Ilse Dorothea Brandt}          |
| DOB / age         | {D|06/11/1930} / {A|93}            |
| Medicare #        | {HP|1EG4-TE5-MK73}                  |
| Secondary ins.    | Mutual of Omaha, policy {HP|MOO-5582021} |
| Code status       | DNR, no intubation (POLST signed {D|03/02/2022}) |
| Decision maker    | {N|Klaus Brandt} (son), {P|(605) 718-2206} |
| Attending MD      | Dr {N|Hattie Runninghorse}          |

Reason for transfer: Found at 0530 with new R facial droop and R arm weakness; last known well 2200 on {D|1/16}.
Baseline: mild dementia (BIMS 11), walks with walker. BS 142. BP 188/96.
Meds sheet and face sheet attached. Hearing aids and dentures sent with resident.
""")

add("autopsy52_academic", """
{G|Johns Hopkins Hospital} - Autopsy Service
FINAL AUTOPSY REPORT (abbreviated)
Autopsy No.: {OID|A-24-0117}      Patient: {N|Okafor, Chukwuemeka}      History No.: {MRN|J-558-20-19}
Date of death: {D|01/28/2024} 21:15      Date of autopsy: {D|01/29/2024} 09:30
Restrictions: none (consent by wife, {N|Adaora Okafor}, witnessed by {N|Samira Haddad}, decedent affairs)
Prosector: {N|Wen-Hsin Liao}, MD (resident)     Attending: {N|Gregory Stamatakis}, MD

CLINICAL SUMMARY: 61M, 9 days s/p orthotopic heart transplant ({D|01/19/2024}) for ischemic CM, developed
refractory vasoplegia and primary graft dysfunction, on VA-ECMO from {D|1/21}. Died after withdrawal of support.

FINAL ANATOMIC DIAGNOSES:
I. Status post orthotopic heart transplant
   A. Diffuse myocardial contraction band necrosis, consistent with ischemia-reperfusion injury
   B. No histologic evidence of acute cellular rejection (ISHLT 0R); C4d negative
II. Bilateral acute bronchopneumonia with Candida glabrata (cultures from {D|1/27})
III. Acute tubular injury, kidneys (combined weight 410 g)
IV. Hepatic centrilobular necrosis

Clinicopathologic correlation presented at cardiac CPC on {D|March 6, 2024}.
""")

add("ed53_dogbite", """
{G|roper st. francis} er note - {D|5/30/24} 
{N|lily anne hargrove} age 7, dog bite R forearm by neighbor's pit mix at {ST|1190 folly rd}, {C|james island}.
3 punctures, 1 lac 2 cm. washed out, left open, augmentin 45 mg/kg/d x5d. tetanus UTD. 
animal control ({G|charleston county animal services}) report # {OID|AC-24-05531}, dog owner {N|darnell whitlock}, 
dog rabies vax current per owner - 10d observation. mom {N|april hargrove} {P|843-555-0176}.
- {N|m. de la cruz} np
""")

add("cons54_hawaii", """
CARDIOLOGY CONSULTATION - {G|The Queen's Medical Center}, {C|Honolulu}
Date of consult: {D|November 2, 2023}
Patient: {N|Kealoha Kahananui}    MRN {MRN|QMC-3310228}    Age 57
Referred by: Dr {N|Minh Chau Nguyen}, Hospitalist

CC: NSTEMI. 57M Native Hawaiian, works as a boat captain for {G|Maui Ocean Charters}, flew in from {C|Kahului}
with chest pain. hsTnT 112 -> 340. ECG ST depression V4-V6. Echo EF 45%, inferolateral hypokinesis.
TIMI 4, GRACE 128.
Rec: LHC tomorrow AM; continue heparin, ASA, ticagrelor load held until anatomy known; high-intensity statin.
Cardiac rehab referral at {G|Maui Memorial Medical Center} on discharge.
Wife {N|Leilani} ({P|808-244-7719}) is flying over tonight.
{N|Hiroshi Kanemoto}, MD, FACC
""")

add("rehab55_dc", """
{G|Spaulding Rehabilitation Hospital}, {ST|300 First Avenue}, {C|Charlestown}, MA {Z|02129}
INPATIENT REHABILITATION DISCHARGE SUMMARY

Patient: {N|Moreno-Castillo, Jesús}      MRN: {MRN|SRH4402817}      DOB: {D|09/09/1966}
Admit: {D|04/03/2024}      Discharge: {D|04/24/2024}      Referred from: {G|Brigham and Women's Hospital}
Rehabilitation diagnosis: Left MCA ischemic stroke with right hemiparesis and expressive aphasia (IGC 01.2)

Functional status (Section GG):
| Item              | Admission | Discharge |
| Eating            | 03        | 05        |
| Toileting hygiene | 02        | 04        |
| Sit to stand      | 02        | 05        |
| Walk 150 ft       | 01        | 04 (hemi-walker) |

Speech: WAB-AQ 48 -> 71. Employer ({G|MBTA} Green Line operator) informed via HR; return-to-work not expected.
Discharge to home: {ST|81 Bennington St Apt 2}, {C|East Boston}, MA {Z|02128}, with wife {N|Guadalupe Castillo}
and son {N|Jesse Moreno}. Outpatient PT/OT/SLP at {G|Spaulding Outpatient Center - Charlestown Navy Yard}.
Driving: not permitted; MA RMV medical form submitted (license {LIC|S84412097}).
Attending physiatrist: {N|Rachel Abernathy-Stokes}, MD
""")

add("rad56_xr", """
XR CHEST 1 VIEW PORTABLE - {D|03/12/2024} 05:10 - {N|Hollis, Dean} - MRN {MRN|44100872} - {G|Firelands Regional Medical Center}
Indication: ETT placement. Impression: ETT tip 4.2 cm above the carina. R IJ CVC tip in SVC. NGT below diaphragm.
Increased bibasilar opacities. No pneumothorax. -- {N|Pooja Reddy-Armstrong}, MD
""")

add("path57_marrow", """
HEMATOPATHOLOGY CONSULTATION REPORT
{G|MD Anderson Cancer Center} - Hematopathology, {C|Houston}, TX
Consult No.: {OID|HC24-018832}       Outside No.: {OID|SP-24-3310} ({G|CHRISTUS Mother Frances Hospital - Tyler})
Patient: {N|Elwood, Dale Patrick}       DOB: {D|02/27/1952}      {G|MDACC} MRN: {MRN|2994401}
Referring: {N|Maribel Santos}, MD ({G|Texas Oncology - Tyler}, fax {F|903-579-9812})
Received: {D|05/02/2024}

Material: Bone marrow aspirate smears (4), core biopsy block and H&E slides, flow cytometry report (outside).

DIAGNOSIS: Acute myeloid leukemia with mutated NPM1 (WHO 5th ed.), 42% blasts by aspirate differential.
  - Flow (repeated here): CD34-negative, CD117+, CD33+, HLA-DR negative blasts
  - Karyotype (outside): 46,XY[20]
  - NGS ({G|MDACC} 81-gene panel): NPM1 c.860_863dup (VAF 38%), FLT3-ITD (allelic ratio 0.4), DNMT3A R882H
Comment: Findings discussed with Dr {N|Santos} by telephone {D|05/06/2024}.
{N|Ahmed Al-Rashidi}, MD, Hematopathology
""")

add("ref58_sleep", """
{G|Ridgeview Family Medicine}
{ST|2201 Ridgeview Drive, Suite 110}, {C|Morganton}, NC {Z|28655}
Tel {P|828-433-1900}  |  Fax {F|828-433-1955}  |  {URL|www.ridgeviewfm-morganton.com}

{D|January 22, 2024}

{G|Atrium Health Wake Forest Baptist} Sleep Disorders Center
{ST|Medical Center Boulevard}, {C|Winston-Salem}, NC {Z|27157}

Referral for: {N|Bartholomew "Bart" Lindqvist}     DOB {D|07/19/1970}
Insurance: BCBS NC, member ID {HP|YPW882094471}, group {HP|0071520}
Phone {P|828-391-6644}      Patient portal: {URL|https://myridgeview.followmyhealth.com/p/BL7719}

Dear colleagues,
Mr. {N|Lindqvist} is a 53-year-old long-haul truck driver (CDL {LIC|000031884412}, employer {G|Old Dominion Freight Line})
with loud snoring, witnessed apneas (per wife {N|Pamela}), and two near-miss lane departures on I-40 in the past two months.
ESS 16/24, STOP-BANG 7/8, BMI 41, neck 19 in. BP 152/94 on amlodipine. A1c 6.2.
Given his commercial license, I would appreciate an in-lab PSG rather than HSAT if possible, and an expedited slot.
He has been advised not to drive commercially until evaluated.

Thank you,
{N|Whitney Okoro-Bell}, MD
""")

add("op59_csection", """
BRIEF OP NOTE {D|08/03/2023} - {G|Mercy Medical Center - Des Moines}
Pt {N|Esperanza "Hope" Villanueva} MRN {MRN|MMC0081193} | Surgeon Dr. {N|Kristen Dahl} | Asst {N|Jamal Winters}, MD
Proc: Repeat LTCS, bilateral salpingectomy. Indication: prior CS x2, desires sterilization (Medicaid consent signed {D|06/12/2023}).
Findings: viable male, Apgars 8/9, 3,640 g, clear fluid, normal tubes/ovaries, dense bladder flap adhesions.
EBL (QBL) 820 mL. Specimens: bilateral tubes. Complications: none. Dispo: PACU, then postpartum 3 East.
""")

add("ed60_overdose", """
{G|Saint Francis Hospital} Emergency Department - {C|Tulsa}, OK
Patient: {N|Tyler James Rowley}   DOB: {D|11/02/2002}   MRN: {MRN|SFH-00914423}   Arrived: {D|02/25/2024} 01:20

EMS ({G|EMSA} unit 417) found pt apneic in the parking lot of {G|QuikTrip #0088}, {ST|5105 S Peoria Ave}.
Narcan 4 mg IN x2 with improvement. Friend ({N|Kayden Mueller}) reports "blue pills" - suspected fentanyl-pressed M30s.
In ED: RR 8 -> naloxone 0.4 mg IV, RR 14, GCS 14. Glucose 96. ECG QTc 452. APAP/ASA neg, EtOH 0.11.
{G|Oklahoma Poison Control} consulted, case #{OID|OK24-0225-0117}, spoke with specialist {N|Nadine Ferris}, RN.
Observed 4 h without recurrent sedation. Leave-behind naloxone kit, MAT referral to {G|12&12 Inc.} bridge clinic.
Mom {N|Sharon Rowley} picked him up ({P|918-555-0123}, {ST|2204 E 4th Pl}, {C|Tulsa} {Z|74104}).
{N|Isaiah Greenberg}, DO
""")

add("nz61_repatriation", """
{G|Lakes District Hospital}, {ST|Douglas Street}, {C|Frankton}, {C|Queenstown} {Z|9300}
Ph {P|+64 3 441 0015}

{D|14 August 2023}

TO WHOM IT MAY CONCERN / receiving clinician in the United Kingdom
(copy: {G|Allianz Travel Assistance}, case {OID|ATA-UK-23-4481902}; GP Dr {N|Marcus Yeo}, {G|Clevedon Medical Centre}, {C|Clevedon}, {Z|BS21 6DG})

Re: {N|Penelope "Penny" Ashworth-Cole}, DOB {D|30/09/1961}, UK passport {OID|548812047}, NZ NHI {HP|QLD7741} (temporary)

Mrs {N|Ashworth-Cole} sustained a R distal radius fracture (dorsally angulated, intra-articular) skiing at
{G|Coronet Peak} on {D|10/08/2023}. Closed reduction under haematoma block; satisfactory position on check films.
Fit to fly on {D|16/08/2023} with cast split, arm elevation, and aspirin for VTE prophylaxis. Requires fracture
clinic review within 1 week of arrival - ideally {G|Weston General Hospital}. ACC claim {OID|10077341922} closed on departure.

Dr {N|Fiona McGillivray}, Medical Officer
""")

add("ed62_interp", """
{G|Hennepin Healthcare} - {G|HCMC} Emergency Department, {C|Minneapolis}
{D|09/14/2023} 16:40   Pt: {N|Abdirahman Yusuf Warsame}  DOB {D|01/01/1961}  MRN {MRN|HC-8810342}
Interpreter: Somali, in person, {N|Hodan Ali}, ID {OID|INT-3391}

61M with 2 days of vomiting and RUQ pain. Lives in {C|Cedar-Riverside} with son {N|Mohamed Warsame} ({P|612-555-0147}).
T 38.9, HR 112, BP 104/62. Jaundiced. Bili 4.8, ALP 410, WBC 17.
RUQ US: CBD 11 mm with distal stone, gallbladder stones. Tokyo Guidelines grade II cholangitis.
Pip-tazo, fluids, blood cultures x2. GI (Dr {N|Jorge Peña}) for ERCP tonight. Admit to medicine.
{N|Claire Bergstrom}, MD
""")

add("ihs63_clinic", """
{G|Gallup Indian Medical Center}, {C|Gallup}, NM - Transfer summary to {G|University of New Mexico Hospital}
{D|3/8/2024}. pt {N|Delbert Yazzie}, 48M, IHS chart {MRN|GIMC-221903}, from {C|Crownpoint} chapter. 
dx: necrotizing pancreatitis (alcohol), day 9, infected necrosis suspected (gas on CT {D|3/7}), needs IR/endoscopic 
step-up. on meropenem since {D|3/7}. TPN via PICC. family: sister {N|Marilyn Begay} {P|505-786-4410}. 
accepting: Dr {N|Samantha Roanhorse}, {G|UNMH} surgery. sending: Dr {N|Ezekiel Adeyinka}.
""")

# ---------------------------------------------------------------- hard negatives (no PHI)
add("neg01_dc", """
DISCHARGE SUMMARY (de-identified teaching example)

Principal diagnosis: Ph-positive (Philadelphia chromosome) B-ALL in first remission
Secondary: Steroid-induced hyperglycaemia; Grade 2 peripheral neuropathy (vincristine)

Course: 34-year-old man admitted for consolidation cycle 2 (hyper-CVAD part B) plus ponatinib 30 mg daily.
Day 4 methotrexate level 0.08 umol/L at 72 h, cleared. Developed febrile neutropenia on day 11 (ANC 0.1);
blood cultures grew Klebsiella pneumoniae (ESBL) - meropenem 1 g q8h x 10 days. MASCC score 18.
BCR-ABL1 (p190) by RT-qPCR 0.01% (MR4). Bone marrow MRD by flow < 0.01%.
Discharged on day 19 with Bactrim DS MWF, acyclovir 400 mg BID, posaconazole 300 mg daily.
Will return to clinic in 1 week; hope to proceed to allo-HCT if a matched donor is identified.
""")

add("neg02_op", """
OPERATIVE NOTE - TEMPLATE

Preoperative diagnosis: Stage II sigmoid adenocarcinoma; prior Hartmann's procedure (2019)
Procedure: Laparoscopic reversal of Hartmann's, end-to-end stapled colorectal anastomosis (CEEA 29 mm)
Anaesthesia: GA with TAP blocks   ASA III   Mallampati 2, Cormack-Lehane grade 1

Findings: Dense adhesions in the left iliac fossa. Rectal stump 14 cm from anal verge. Leak test (air
insufflation under saline) negative; doughnuts complete. Pfannenstiel extraction. Wound protector used.
Estimated blood loss 150 mL. Drain: none. Foley catheter to remain until day 1. Enhanced recovery pathway.
Antibiotic prophylaxis cefuroxime 1.5 g + metronidazole 500 mg at 08:10. VTE: Caprini 7 - extended
enoxaparin 28 days. Counts correct x2.
""")

add("neg03_rad", """
MRI KNEE RIGHT WITHOUT CONTRAST

Indication: Twisting injury playing soccer, positive Lachman and McMurray tests. Ottawa knee rules negative.
Technique: 3T, sagittal PD FS, coronal T1, axial T2 FS.
Findings: Complete tear of the ACL with bone bruising of the lateral femoral condyle and posterolateral tibial
plateau (pivot-shift pattern). Segond fracture not seen. Vertical longitudinal tear of the posterior horn of the
medial meniscus extending to the inferior articular surface, 11 mm; ramp lesion suspected. PCL, MCL (grade 1
sprain), LCL and posterolateral corner intact. Small Baker's cyst. Patellar cartilage: Outerbridge grade 2
at the median ridge.
Impression: 1. Complete ACL tear. 2. Medial meniscal posterior horn tear, probable ramp lesion.
""")

add("neg04_path", """
SURGICAL PATHOLOGY - SYNOPTIC (BREAST)

Procedure: Left lumpectomy with sentinel node biopsy (2 nodes)
Histologic type: Invasive ductal carcinoma, NST
Nottingham grade: 2 (tubules 3, pleomorphism 2, mitoses 1 = 6/9)
Tumour size: 18 mm. DCIS: present, intermediate grade, cribriform, 15% of tumour.
Margins: closest 3 mm (posterior). LVI: not identified.
Sentinel nodes: 0/2 (isolated tumour cells absent). AJCC 8th: pT1c pN0(sn).
Biomarkers: ER 95% strong (Allred 8/8), PR 40% moderate (Allred 6/8), HER2 IHC 1+ (negative), Ki-67 14%.
Oncotype DX recommended (Recurrence Score requested). Block A4 sent.
""")

add("neg05_ed", """
ED NOTE

65-year-old woman with sudden painless loss of vision in the right eye at 06:30, noticed on waking.
Hx: AF (CHA2DS2-VASc 4) off warfarin since 2021, HTN, hyperlipidaemia. No jaw claudication.
VA: CF at 1 m OD, 6/9 OS. RAPD right. Fundus: cherry-red spot, attenuated arterioles, boxcarring.
ESR 22, CRP 4 - GCA unlikely (no Horton features). ECG: AF 88 bpm.
Impression: Right CRAO, embolic.
Plan: Stroke protocol activated - CRAO is a stroke equivalent. CT/CTA head and neck. tPA window considered
(onset uncertain, > 4.5 h). Ophthalmology and stroke neurology paged (pager 48812). Admit to stroke unit
bed 7. Echo with bubble and 72-h Holter. Will discuss anticoagulation with DOAC once bleeding risk (HAS-BLED 2)
reviewed.
""")

add("neg06_consult", """
GASTROENTEROLOGY CONSULT

Reason: Dysphagia and heartburn.
EGD: Los Angeles grade C oesophagitis; 4 cm hiatal hernia (Hill grade IV). Barrett's segment Prague C2M4 -
biopsies per Seattle protocol (quadrantic every 1 cm). Sydney system gastric biopsies for H. pylori.
Duodenum normal. No Mallory-Weiss tear.
Assessment: Severe erosive reflux; Barrett's oesophagus pending histology.
Recommendations: PPI BID for 8 weeks then repeat EGD to reassess Barrett's once healed. Lifestyle: elevate
head of bed, avoid late meals. If nondysplastic, surveillance per BSG guidance at 3-5 years.
Will also check coeliac serology (tTG-IgA). Thank you for this consult.
""")

add("neg07_transfer", """
TRANSFER SUMMARY (template - identifiers removed)

Reason for transfer: ST-elevation MI, inferior leads, for primary PCI (no cath lab on site).
Timeline: Symptom onset 03:15. First medical contact 03:52. ECG 03:58 (STE II, III, aVF; reciprocal in I, aVL).
Door-in-door-out target < 30 min.
Given: aspirin 300 mg, ticagrelor 180 mg, heparin 5000 units IV, morphine 2.5 mg.
Killip class I. BP 102/70, HR 54 (sinus bradycardia), SpO2 96%. Right-sided leads: V4R STE 1.5 mm.
Caution: RV involvement - avoid nitrates, fluids 250 mL bolus if hypotensive.
Mode: ALS ground ambulance, 38 min. Receiving team accepted at 04:06.
""")

add("neg08_letter", """
Dear Colleague,

Thank you for referring this 72-year-old gentleman with a 3-year history of resting tremor. On examination
there is an asymmetric 4-5 Hz pill-rolling tremor (left > right), bradykinesia with decrement, and cogwheel
rigidity. Postural reflexes preserved (Hoehn and Yahr stage 1.5). MDS-UPDRS Part III 24. MoCA 27/30.
No red flags for atypical parkinsonism (no early falls, normal vertical saccades, no dysautonomia).

I think this is idiopathic Parkinson's disease. I have started co-careldopa 12.5/50 mg three times daily,
titrating over 4 weeks, and referred him to the Parkinson's nurse specialist and physiotherapy (LSVT BIG).
He asked about driving: he should inform the licensing authority. I will review in 4 months.

Yours sincerely,

Consultant Neurologist
""")

add("neg09_death", """
DEATH SUMMARY

The patient, an 89-year-old woman, was admitted from a residential aged-care facility with a 3-day history of
reduced oral intake, confusion and fever. Urinary source (E. coli, ESBL-negative). qSOFA 2, NEWS2 9.
Clinical Frailty Scale 7. Advance care directive: not for CPR, not for ICU.
She received IV ceftriaxone and fluids for 48 hours with little improvement, then transitioned to comfort care
with a syringe driver (morphine 10 mg and midazolam 5 mg over 24 h). She died peacefully at 03:40 on day 5 with
family present. The Liverpool Care Pathway is no longer used; individualised end-of-life care plan followed.
Cause of death: 1a Urosepsis; 1b Frailty of old age. II: Alzheimer's disease, atrial fibrillation.
Not reportable to the coroner.
""")

add("neg10_autopsy", """
AUTOPSY SUMMARY - teaching file

Heart weight 610 g. Left ventricular wall 2.2 cm, septum 2.6 cm, asymmetric septal hypertrophy with
myocyte disarray > 20% on histology - hypertrophic cardiomyopathy. Coronary arteries widely patent.
No Adamkiewicz artery abnormality. Lungs: pulmonary oedema (R 780 g, L 690 g).
Brain 1,420 g, no Duret haemorrhages, no herniation.
Toxicology: caffeine only. Genetic testing (MYH7, MYBPC3 panel) sent post mortem; first-degree relatives to
be offered cardiac screening per European Society of Cardiology guidance.
Cause of death: 1a Sudden cardiac death; 1b Hypertrophic cardiomyopathy.
""")

add("neg11_peds", """
PAEDIATRIC DISCHARGE - bronchiolitis pathway

8-month-old, born at 34+5 weeks, admitted with RSV-positive bronchiolitis. Max O2 via high-flow 2 L/kg/min for
36 h; weaned to room air day 4. Feeds: NG 2/3 maintenance then full oral. No antibiotics, no salbutamol
(per NICE NG9). Apnoea monitoring negative. Weight 7.9 kg (25th centile).
Safety-netting: parents given the bronchiolitis leaflet. Return if work of breathing increases or feeds
< 50% of normal. Palivizumab not indicated (> 6 months, no CLD). Will see GP in 48 h.
""")

add("neg12_rad_ct", """
CT ABDOMEN/PELVIS WITH CONTRAST

Indication: Epigastric pain radiating to the back, lipase 3x ULN.
Findings: Peripancreatic fat stranding and a 4 cm acute peripancreatic fluid collection without wall; pancreatic
parenchyma enhances uniformly (no necrosis). Gallbladder with layering sludge, CBD 5 mm.
Splenic and portal veins patent. Small right pleural effusion. Incidental 1.8 cm left adrenal adenoma
(-3 HU on unenhanced images).
Impression: Acute interstitial oedematous pancreatitis, revised Atlanta classification; modified CT severity
index 2 (mild). Biliary aetiology likely. Adrenal adenoma requires no follow-up per ACR white paper.
""")

add("neg13_stroke_ed", """
stroke call note: 71M, LKW 09:40, R hemiparesis + aphasia. NIHSS 14. BP 176/92, glucose 7.4. 
ct: no bleed, ASPECTS 8. cta: L M1 occlusion, carotid T patent. tnk 0.25 mg/kg given 10:32 (door-to-needle 27 min). 
for EVT - IR aware. mRS pre-morbid 0. will need 24 h post-lysis ct. aspirin held. 
family hopeful; discussed expected course and risk of sICH (~6%). 
""")

add("neg14_ortho", """
FRACTURE CLINIC NOTE

Left ankle: Weber B (Lauge-Hansen SER IV) bimalleolar fracture, 6 days post ORIF with one-third tubular plate
and 2 lag screws; medial malleolus 2 x 4.0 mm partially threaded cancellous screws. Syndesmosis stable on
Cotton test intra-op. Wound clean, Steri-Strips applied. X-ray: maintained reduction, medial clear space 3 mm.
Plan: backslab to boot, non-weight-bearing 6 weeks, LMWH until weight-bearing, review with X-ray at 6 weeks.
Also noted: Salter-Harris II fracture history as a child (same ankle), no growth disturbance. Major complications
(infection, DVT, CRPS) discussed. Olerud-Molander score at baseline 35.
""")

add("neg15_liver", """
HEPATOLOGY CONSULT - acute liver failure

Paracetamol overdose (staggered, ~24 g over 36 h). INR 4.8, lactate 4.1 after resuscitation, creatinine 312,
grade 2 encephalopathy (West Haven). pH 7.31.
King's College Criteria: not yet met (pH > 7.30); reassess lactate at 12 h - fulfils if > 3.0 after fluids.
MELD-Na 38. N-acetylcysteine continued (SNAP regimen). Avoid sedation. Ammonia 148.
Refer to transplant centre now; Clichy criteria and King's criteria will be reviewed by the liver unit.
Psychiatry to see when appropriate. Will keep NPO after midnight in case listing is expedited.
""")

add("neg16_labour", """
INDUCTION / DELIVERY SUMMARY (teaching case)

G2P1 at 41+3 weeks, induction for post-dates. Modified Bishop score 3 -> cervical ripening with dinoprostone
10 mg insert, then Bishop 8 at 24 h; ARM and oxytocin (Robson group 4a). Labour progressed normally
(no Friedman arrest). Second stage 55 min. Turtle sign at delivery of head: shoulder dystocia.
McRoberts + suprapubic pressure unsuccessful; Woods screw manoeuvre then delivery of posterior arm
(head-to-body interval 3 min). Baby 4,310 g, Apgar 5 at 1 min, 9 at 5 min; cord pH 7.19. No Erb palsy
evident on neonatal check. Third-degree tear (3b) repaired in theatre. PPH 1,100 mL - carboprost x1.
Debrief completed; datix raised per unit protocol.
""")


# ---------------------------------------------------------------- build
MARK = re.compile(r"\{(" + "|".join(sorted(KINDS, key=len, reverse=True)) + r")\|([^{}|]*)\}")
TITLE_RE = re.compile(r"^(Dr|Mr|Mrs|Ms|Miss|Prof|Br|Sister|Rev|Matua|Madam)\b\.?\s", re.I)


def parse(marked):
    out = []
    spans = []
    pos = 0
    nbytes = 0
    for m in MARK.finditer(marked):
        pre = marked[pos:m.start()]
        out.append(pre)
        nbytes += len(pre.encode("utf-8"))
        val = m.group(2)
        b0 = nbytes
        out.append(val)
        nbytes += len(val.encode("utf-8"))
        spans.append({"bstart": b0, "bend": nbytes, "kind": KINDS[m.group(1)], "_v": val})
        pos = m.end()
    out.append(marked[pos:])
    return "".join(out), spans


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ids = set()
    counts = Counter()
    rows = []
    problems = []
    for tid, marked in TEXTS:
        if tid in ids:
            problems.append("duplicate id " + tid)
        ids.add(tid)
        text, spans = parse(marked)
        if "{" in text or "}" in text:
            problems.append(tid + ": leftover brace in text")
        raw = text.encode("utf-8")
        for sp in spans:
            got = raw[sp["bstart"]:sp["bend"]].decode("utf-8")
            if got != sp["_v"]:
                problems.append("%s: span mismatch %r vs %r" % (tid, got, sp["_v"]))
            if got != got.strip() or not got:
                problems.append("%s: span has outer whitespace %r" % (tid, got))
            if sp["kind"] == "NAME" and TITLE_RE.match(got):
                problems.append("%s: title inside name span %r" % (tid, got))
            counts[sp["kind"]] += 1
        clean = [{"bstart": s["bstart"], "bend": s["bend"], "kind": s["kind"]} for s in spans]
        rows.append({"id": tid, "text": text, "spans": clean})
    if problems:
        print("\n".join(problems))
        sys.exit(1)
    with open(os.path.join(here, "notes.jsonl"), "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    neg = sum(1 for r in rows if not r["spans"])
    print("texts: %d (hard negatives: %d)" % (len(rows), neg))
    print("spans: %d" % sum(counts.values()))
    for k in KINDS.values():
        print("  %-16s %d" % (k, counts[k]))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Hand-written PHI test corpus 'seventeenth'.

Texts carry inline markup {ABBR|value}; running this script strips the markup,
computes UTF-8 byte offsets, verifies them and writes notes.jsonl next to itself.
"""
import collections
import json
import os
import re

KINDS = {
    "N": "NAME", "ST": "STREET_ADDRESS", "C": "CITY", "CO": "COUNTY", "Z": "ZIP",
    "G": "GEO", "D": "DATE", "A": "AGE_90_PLUS", "P": "PHONE", "F": "FAX",
    "E": "EMAIL", "SSN": "SSN", "MRN": "MRN", "HP": "HEALTH_PLAN_ID",
    "AC": "ACCOUNT_NUMBER", "LIC": "LICENSE_NUMBER", "VEH": "VEHICLE_ID",
    "DEV": "DEVICE_ID", "URL": "URL", "IP": "IP_ADDRESS", "OID": "OTHER_ID",
}

DOCS = []

# ---------------------------------------------------------------- clinical 1-20
DOCS += [
("note01_ed_phoenix", """
EMERGENCY DEPARTMENT PROVIDER NOTE
Patient: {N|Delgado, Marisol T}        MRN: {MRN|00482917}
DOB: {D|04/11/1967}        Arrival: {D|03/02/2024} 21:47

Chief complaint: chest pressure, about 2 hours.

HPI: 56-year-old woman with HTN and type 2 diabetes brought in by her husband {N|Ruben} after she became sweaty and nauseated while mopping floors at work ({G|Sunnyslope Elementary School}, where she is a custodian). Describes a band-like pressure, 7/10, no radiation to arm or jaw. Took 325 mg aspirin at home before they left. No prior cardiac workup. PCP is Dr. {N|Anjali Raman} at {G|Desert Mission Family Health}.

Exam: BP 168/94, HR 102, SpO2 96% RA. Diaphoretic, lungs clear, no murmur, no edema.

ECG 21:52: sinus tachycardia, 1.5 mm ST depression V4-V6. Initial hs-troponin 88 ng/L.

Assessment/plan: NSTEMI until proven otherwise. Heparin per ACS protocol, atorvastatin 80 mg, nitro drip titrated to pain. Discussed with cardiology fellow Dr. {N|Chukwuemeka Okafor}; plan cath in the morning. Admit CCU.

Social: lives with husband at {ST|2210 W Orangewood Ave}, {C|Phoenix} {Z|85021}. Husband's cell {P|(602) 555-0143}.

{N|Brandon Keefe}, MD - signed {D|03/02/2024} 23:58
"""),

("note02_dc_boston", """
DISCHARGE SUMMARY
{G|Beth Israel Deaconess Medical Center} - Department of Medicine

Name: {N|O'Sullivan, Declan}          MRN: {MRN|3318-4472}      Acct: {AC|900071145238}
Admitted: {D|January 9, 2023}         Discharged: {D|January 14, 2023}
Attending: {N|Priya Venkataraman}, MD     Dictated by: {N|Hannah Wirth}, PA-C

Principal diagnosis: community-acquired pneumonia, right lower lobe, complicated by acute kidney injury.

Hospital course: Mr. {N|O'Sullivan} is a 71-year-old retired bus mechanic who presented with three days of productive cough and fevers to 39.4. CXR showed RLL consolidation. He was started on ceftriaxone and azithromycin; blood cultures grew Streptococcus pneumoniae, pan-sensitive. Creatinine peaked at 2.1 (baseline 1.0) and recovered with fluids to 1.2 by discharge. Switched to oral amoxicillin on {D|1/12}.

| Lab        | Admission | Discharge |
|------------|-----------|-----------|
| WBC        | 17.8      | 9.4       |
| Creatinine | 2.1       | 1.2       |
| Sodium     | 131       | 137       |

Discharge medications: amoxicillin 1 g TID to complete 7 days total; hold lisinopril, resume on {D|1/17} if systolic BP above 130.

Follow-up: Dr. {N|Fiona Chen-Abbott} (PCP), {G|Dorchester House Multi-Service Center}, {P|617-555-0192}, within 1 week. Repeat BMP at that visit.

Daughter {N|Siobhan} is health care proxy and can be reached at {P|617-555-0178}.
"""),

("note03_letter_leeds", """
{G|Chapel Allerton Hospital}
Rheumatology Outpatients
{ST|Chapeltown Road}, {C|Leeds} {Z|LS7 4SA}
Tel {P|0113 392 4000}

Dictated {D|14/06/2023}    Typed {D|19/06/2023}

Dr {N|R. Bhattacharya}
{G|Harehills Corner Surgery}

Dear Dr {N|Bhattacharya},

Re: Mrs {N|Gwendolyn Ashworth}, DOB {D|02/09/1958}
NHS No: {HP|485 777 3456}    Hospital No: {MRN|J2284719}
{ST|17 Cowper Street}, {C|Leeds} {Z|LS7 4DR}

Diagnosis: seropositive rheumatoid arthritis (RF 84, anti-CCP >340). DAS28-CRP today 3.9.

I saw Mrs {N|Ashworth} in clinic today with her son {N|Gareth}. Since starting methotrexate 15 mg weekly in {D|March 2023} her morning stiffness has come down from about two hours to forty minutes, but she still has active synovitis in the right 2nd and 3rd MCP joints and the left wrist. She is tolerating the methotrexate apart from mild nausea the day after her dose, which folic acid on the other six days has helped.

Plan:
1. Increase methotrexate to 20 mg once weekly.
2. Add hydroxychloroquine 200 mg daily. I have referred her for baseline retinal screening.
3. Bloods (FBC, U&E, LFT) every 2 weeks for 6 weeks, then monthly through the practice, please.

I will see her again in 3 months, and she has the advice line number for our nurse specialist, {N|Shona McTavish}, should she flare before then.

Yours sincerely,

Dr {N|Olumide Adeyemi}
Consultant Rheumatologist

cc: patient
"""),

("note04_op_chole", """
OPERATIVE REPORT

Patient: {N|Nguyen, Thi Lan}    MRN: {MRN|7720415}    Date of surgery: {D|08/22/2022}
Surgeon: {N|Marcus A. Whitfield}, MD    Assistant: {N|Leah Brandt}, PA-C
Anesthesia: general endotracheal ({N|Kowalczyk}, CRNA)

Preoperative diagnosis: symptomatic cholelithiasis.
Postoperative diagnosis: same, with chronic cholecystitis.
Procedure: laparoscopic cholecystectomy.

Findings: thick-walled, contracted gallbladder with dense omental adhesions to the fundus. Critical view of safety obtained before any structure was divided. Common bile duct not dilated.

Description: After induction the abdomen was prepped and draped. Veress needle entry at the umbilicus, pneumoperitoneum to 15 mmHg, and a standard four-port technique was used. Adhesions were taken down with blunt dissection and hook cautery. Cystic duct and cystic artery were each doubly clipped with Hem-o-lok clips (lot {DEV|LT-22A0917}) and divided. The gallbladder was dissected off the liver bed, placed in an Endocatch bag and removed through the umbilical port. Hemostasis confirmed, ports removed under vision, fascia at umbilicus closed with 0 Vicryl, skin with 4-0 Monocryl.

EBL 15 mL. No complications. Counts correct x2.
Specimen: gallbladder to pathology (specimen {OID|S22-18843}).

Disposition: PACU in stable condition, anticipate same-day discharge. Patient's sister {N|Hoa} updated in the family waiting area.
"""),

("note05_ct_toronto", """
{G|Sunnybrook Health Sciences Centre} - Department of Medical Imaging

CT HEAD WITHOUT CONTRAST
Patient: {N|LEFEBVRE, Jérôme}     MRN: {MRN|SB-0993381}     OHIP: {HP|5584-229-417-KT}
Accession: {OID|CT24-0071562}     Exam date: {D|2024-05-03} 02:14
Referring: Dr. {N|Naomi Goldfarb} (Emergency)

Clinical history: 84M, fall down stairs at home, on apixaban, GCS 14.

Comparison: CT head {D|2021-11-18}.

Findings: There is a 6 mm acute subdural hematoma along the left frontal convexity without midline shift or effacement of the basal cisterns. Small right parietal scalp hematoma. No calvarial fracture. Periventricular white matter hypodensities consistent with chronic small vessel ischemic change, unchanged. Ventricles stable in size.

Impression:
1. Acute left frontal subdural hematoma, 6 mm, no mass effect.
2. No skull fracture.

Critical result communicated by telephone to Dr. {N|Goldfarb} at 02:31 on {D|2024-05-03}, read-back confirmed.

Reported by: {N|Arjun Sethi}, MD FRCPC
"""),

("note06_path_melbourne", """
{G|Peter MacCallum Cancer Centre} - Anatomical Pathology

Patient: {N|KARAGIANNIS, Eleni}    UR: {MRN|0441928}    DOB: {D|17/03/1962}
Lab no: {OID|24P-118302}    Collected: {D|05/02/2024}    Received: {D|06/02/2024}
Requesting doctor: Dr {N|Tom Healy}, Breast Surgery

Specimen: A. left breast wide local excision (long stitch superior, short stitch lateral); B. left sentinel node.

Microscopy: A. Invasive carcinoma of no special type, grade 2 (Nottingham score 6: tubules 3, pleomorphism 2, mitoses 1). Invasive tumour size 18 mm. Associated DCIS, intermediate grade, approximately 10% of tumour. Lymphovascular invasion not identified. Margins: invasive carcinoma 3 mm from inferior margin, all others >5 mm. B. Two lymph nodes, both negative (0/2).

Biomarkers: ER 95% strong, PR 60% moderate, HER2 IHC 1+ (negative).

Summary: pT1c pN0(sn), grade 2, ER+/PR+/HER2-.

Comment: Discussed with Dr {N|Healy} on {D|08/02/2024}. For presentation at the breast multidisciplinary meeting.

Reported by Dr {N|Mei-Ling Tsao}, FRCPA
"""),

("note07_nursing_shift", """
nursing progress note {D|10/7} 0700-1900

pt {N|harold j. bishop}, rm 512b. a&ox3 this am, some confusion after lunch - oriented to self only by 1500. md ({N|amara nwosu}) notified, ua sent.
vitals stable, afebrile. pain 3/10 r knee, tylenol 650 given at 1000 and 1600. foley d/c'd 0900 per order, voided 250 cc at 1340. ambulated in hall x2 w/ walker + 1 assist, steady.
wife {N|june} visited 1100-1400, very anxious about discharge - wants to know if he can go back to {G|maple grove assisted living}. told her case mgmt ({N|terri}) will call her at {P|563-555-0117} tomorrow.
skin intact, heels offloaded. braden 16.
plan: recheck orientation q4h, f/u ua.
- {N|k. osei}, rn
"""),

("note08_physio_derby", """
Physiotherapy - Inpatient, Ward 23 (Orthopaedics)
{G|Royal Derby Hospital}

Patient: Mr {N|Winston Achterberg}    Hosp no {MRN|RTG4419902}
Day 2 post right total hip replacement (op {D|11 October 2023}), posterior approach.

S: Pain 4/10 on movement, 1/10 at rest. Keen to get home. Lives alone in a bungalow in {C|Belper}, two steps to front door with rail on the left. Niece {N|Carys} does his shopping weekly.

O: Bed to chair with Zimmer frame and supervision. Sit to stand from standard height chair x5, good technique, hip precautions maintained. Mobilised 20 m with frame, slow but steady gait, no loss of balance. Hip flexion AROM limited to 70 degrees as per precautions.

A: Progressing as expected. Safe with frame for short distances.

P: Progress to elbow crutches tomorrow and practise steps. Reinforce hip precautions sheet. OT ({N|Farida}) aware - to assess for raised toilet seat and chair raisers before discharge.

{N|Emma Lockwood}, Band 6 Physiotherapist, bleep 3342
"""),

("note09_sw_philly", """
SOCIAL WORK ASSESSMENT
Date: {D|February 27, 2024}
Patient: {N|Faith Oyelaran-Brooks}, 79 y/o, MRN {MRN|M001938476}
Referral reason: discharge planning; nursing concerned about caregiver strain.

Met with pt at bedside; she is alert, pleasant and able to participate. Pt lives with her son {N|Will Brooks} (52) in a two-story rowhouse at {ST|1448 N Bodine St}, {C|Philadelphia} {Z|19122}. Bedroom and only bathroom are upstairs; 14 steps with one rail. Son works nights on the loading dock at {G|Temple University Hospital} and sleeps days, so pt is alone most afternoons. Daughter {N|Grace Oyelaran} lives in {C|Lagos} and calls daily.

Pt has Medicare plus Medicaid (member ID {HP|KF44719203}). No home services in place. She states "I don't want to be a burden on Will" and tearful when discussing SNF.

Plan:
- Referral to {G|Philadelphia Corporation for Aging} for in-home supports assessment.
- SNF list provided as a back-up; pt prefers home with services.
- Family meeting {D|2/29} at 2 pm with son; son's cell {P|215-555-0166}.

{N|Rosa Jiménez}, LCSW
"""),

("note10_cm_ur", """
CASE MANAGEMENT NOTE - UTILIZATION REVIEW

Pt: {N|Kowalski, Stanley R.}    Acct #: {AC|40017726511}    MRN: {MRN|228194}
Payer: Humana Medicare Advantage, member ID {HP|H48192037-01}
Auth reference #: {OID|UR-2024-0338712}
Admit: {D|05/14/2024} observation; converted to inpatient {D|05/15/2024}

Clinical: 82M with acute on chronic systolic CHF, 6 kg above dry weight, on IV furosemide 80 mg BID, still requiring 3 L NC. Meets inpatient criteria day 2.

Called {N|Denise} in payer UM at {P|1-800-555-0199 ext 31452}; faxed clinicals to {F|1-888-555-0142}. Auth approved x3 days, next concurrent review {D|05/18}.

D/C plan: home with home health; pt already followed by {G|Bayada Home Health Care}, {C|Lakewood} office. Wife {N|Irene} agrees with plan and will drive him home. Will need scale and 2 g Na diet teaching before d/c.

{N|Joanne Feeney}, RN, CCM
"""),

("note11_transfer_snf", """
INTERFACILITY TRANSFER FORM

Sending facility: {G|Willow Creek Rehabilitation & Nursing}    Phone: {P|(319) 555-0128}    Fax: {F|(319) 555-0129}
Receiving facility: {G|Mercy Medical Center - Cedar Rapids}, Emergency Dept

Resident: {N|Vanderhoek, Cornelia}     DOB: {D|07/30/1931}     Age: {A|92}
Medicare #: {HP|4TW8-KA2-MN61}
Code status: DNR/DNI - POLST on file, copy attached.
Allergies: sulfa (rash).

Reason for transfer: new confusion since about 0300, temp 38.6, SpO2 88% on room air at 0415, crackles right base.
Baseline: pleasant, oriented to person, walks with rollator to dining room, feeds self.
Last BM {D|6/18}. Last dose of scheduled meds: 2100 evening meds given.

Responsible party: {N|Pieter van der Hoek} (son), {P|319-555-0181} - notified 0435, will meet her at ED.

Sent by: {N|LaTonya Givens}, LPN    Time: 0440    Date: {D|06/20/2024}
Report called to: {N|Michael}, RN (ED)
Transport: {G|Area Ambulance Service}, unit 7
"""),

("note12_referral_brisbane", """
{G|Ashgrove Family Medical Practice}
{ST|412 Waterworks Road}, {C|Ashgrove} QLD {Z|4060}
Ph {P|(07) 3366 5120}    Fax {F|(07) 3366 5129}

{D|12 March 2024}

Dr {N|Lachlan Pemberton}
Cardiologist
{G|The Prince Charles Hospital}
{ST|Rode Road}, {C|Chermside} QLD {Z|4032}

Dear {N|Lachlan},

Re: Mr {N|Tane Whaanga}, DOB {D|22/08/1959}
{ST|9/31 Kennedy Terrace}, {C|Paddington} QLD {Z|4064}
Medicare {HP|2953 41870 1-2}

Thank you for seeing {N|Tane}, a 64-year-old roofer, with exertional chest tightness for about six weeks, worse when climbing ladders with a load and settling within a few minutes of rest. A stress ECG at {G|Qscan Toowong} on {D|5 March} was positive, with 2 mm horizontal ST depression at 7 METs and reproduction of his symptoms.

Risk factors: ex-smoker (30 pack-years, quit 2019), LDL 4.2, BP 148/92, father had an MI at 58. I have started aspirin 100 mg daily, metoprolol 25 mg bd, rosuvastatin 20 mg and a GTN spray, and advised him to stay off roofs until reviewed.

I would be grateful for your assessment regarding angiography. He is best reached on {P|0412 558 903}.

Kind regards,

Dr {N|Sunita Prasad}
MBBS FRACGP    AHPRA {LIC|MED0001728394}
"""),

("note13_death_georgia", """
DEATH SUMMARY

Patient: {N|Eudora Mae Kingsley}    MRN: {MRN|0058821}    Age: {A|94}
Date of admission: {D|11/02/2023}    Date/time of death: {D|11/06/2023} 03:12
Attending: {N|Samuel Adebayo-Reid}, MD

Cause of death: (a) septic shock, due to (b) E. coli bacteremia from urinary source. Contributing: advanced Alzheimer dementia, CKD stage 4.

Summary: Ms. {N|Kingsley} was a {A|94}-year-old long-term resident of {G|Magnolia Manor} in {C|Americus}, {CO|Sumter County}, admitted with hypotension, fever and decreased responsiveness. She received fluids and ceftriaxone, later broadened to meropenem, but required norepinephrine within 12 hours. Her goals had been documented as limited interventions. At a family meeting on {D|11/04} with her nephews {N|Otis} and {N|Clarence Kingsley}, the family chose to focus on comfort, in line with what she had told them for years. Pressors were stopped, morphine and glycopyrrolate were given for comfort, and she died peacefully with {N|Otis} at the bedside.

Pronounced by Dr. {N|Jae-won Park} (night hospitalist). Not a medical examiner case. Family declined autopsy. Released to {G|Hixon Funeral Home}.
"""),

("note14_hp_winnipeg", """
ADMISSION HISTORY AND PHYSICAL - Internal Medicine
{G|Health Sciences Centre Winnipeg}

Pt: {N|Abdirahman Warsame}    PHIN: {HP|119 884 302}    MRN: {MRN|H0728813}
Date: {D|Dec 4, 2023}

ID: 38M, originally from {C|Kismayo}, Somalia, in Canada since 2016. Works as a forklift operator at the {G|Maple Leaf Foods} plant in {C|Brandon}, commutes weekly.

CC: fever, night sweats and 8 kg weight loss over 3 months.

HPI: Cough for 6 weeks, blood-streaked sputum for the last 3. Seen at {G|Mount Carmel Clinic} on {D|Nov 28}; CXR there showed a right upper lobe cavity and he was sent in. No known TB contacts. Never treated for TB; not sure about BCG.

PMH: nil. Meds: none. Allergies: NKDA.
Social: lives with his wife and four children. Non-smoker, no alcohol.

Exam: T 38.3, HR 104, BP 118/72, SpO2 95% RA. Thin. Coarse crackles right apex. No lymphadenopathy.

Impression: suspected active pulmonary TB.

Plan:
- Airborne isolation, negative-pressure room.
- Sputum AFB smear and culture x3, GeneXpert MTB/RIF.
- HIV, hepatitis B/C serology, LFTs, baseline visual acuity.
- Notify Public Health; contact tracing for household and workplace.

Wife {N|Hodan} is the contact person: {P|204-555-0137}.

{N|Émilie Tremblay}, R2 Internal Medicine / staff: Dr {N|K. Dhaliwal}
"""),

("note15_colonoscopy", """
PROCEDURE NOTE: COLONOSCOPY

Date: {D|09/12/2023}    Patient: {N|Grant, Dorothy}    MRN: {MRN|51-002-9988}
Endoscopist: {N|Henry Ashby}, MD    Nurse: {N|Bianca Ruiz}, RN
Indication: surveillance; history of three tubular adenomas ({D|June 2018}).
Sedation: MAC with propofol, administered by anesthesia.
Instrument: CF-HQ190L, serial {DEV|2914783}.

Bowel prep: Boston Bowel Preparation Scale 8 (3-3-2). Cecum reached and confirmed by appendiceal orifice and ileocecal valve. Withdrawal time 11 minutes.

Findings:
1. 6 mm sessile polyp, ascending colon - removed with cold snare, retrieved.
2. Two 3 mm polyps, sigmoid - removed with cold forceps.
3. Moderate left-sided diverticulosis.
4. Small non-bleeding internal hemorrhoids on retroflexion.

Specimens: jar A ascending, jar B sigmoid (requisition {OID|GI-23-44817}).

Recommendations: await pathology. Repeat colonoscopy in 3-5 years depending on histology. Result letter will be mailed to the patient at {ST|88 Larch Lane}, {C|Wethersfield}, CT {Z|06109}.
"""),

("note16_medrec_bristol", """
Pharmacy - Medicines Reconciliation
{G|Southmead Hospital}, Ward 9B

Patient: {N|Precious Mutasa}    MRN {MRN|N0447281}    NHS {HP|943 476 5919}
Sources used: patient, Summary Care Record, GP surgery ({G|Fishponds Family Practice}), and community pharmacy ({G|Lloyds Pharmacy Horfield}, {P|0117 942 3311}).

Discrepancies identified:
1. Amlodipine 10 mg on drug chart - patient stopped this after ankle swelling; GP record confirms stopped {D|2 Jan}. Suggest discontinue, BP 124/76 today.
2. Insulin glargine prescribed 18 units at night; patient and pharmacy both confirm 24 units. Dose amended after discussion with the diabetes team.
3. Omitted: sertraline 100 mg mane - patient has been taking it for two years; now prescribed.

Allergies: penicillin (anaphylaxis, 1998) - recorded correctly.
Patient's own drugs checked and stored in POD locker.

{N|Tomasz Zieliński}, Clinical Pharmacist, {D|09/01/2024}
"""),

("note17_ot_adelaide", """
Occupational Therapy - Home Visit Report
{G|Royal Adelaide Hospital} Rehabilitation Outreach

Client: Mrs {N|Rosa Ferraro}    UR: {MRN|A7718204}
Visit date: Thursday {D|18 April 2024}
Address: {ST|27 Glen Osmond Road}, {C|Parkside} SA {Z|5063}
Present: client, daughter {N|Lucia Bianchi}, OT {N|Jarrah Collins}, OT assistant {N|Ben}.

Findings: single-storey brick home. Three steps at the front door with no rail. Bathroom has a shower over the bath - client was unable to step over the bath edge safely during trial, even with two-hand support. Toilet seat height 38 cm; client needed to push off the basin to stand. Loose rugs in the hallway and kitchen.

Recommendations:
- Rugs removed (daughter did this during the visit).
- Bath board and hand-held shower hose; over-toilet frame - hired through the equipment program.
- Grab rail beside front steps: referral to {G|Unley Council} home modification service.
- Personal alarm discussed and client agreeable. My Aged Care referral ID {OID|1-7H4KQ2P}.

Follow-up phone call to daughter on {P|0433 218 774} in two weeks to check equipment is installed.
"""),

("note18_dietitian_vgh", """
Clinical Nutrition Note - {G|Vancouver General Hospital}, 7A
Pt: {N|Kwan, Jun-ho}    MRN: {MRN|VG1192847}
{D|2024-01-22}

Reason: consult for poor intake and weight loss after Whipple (POD 9).

Anthropometrics: Ht 172 cm; wt 58.4 kg today, usual 66 kg per patient ({D|Oct 2023}) - 11.5% loss in about 3 months. BMI 19.7.

Intake: 25-50% of meals for 5 days, early satiety, mild nausea. Tolerating full fluids and soft solids. Creon 25,000 ordered with meals but being taken inconsistently, often after the meal rather than with the first bite.

Nutrition diagnosis: severe malnutrition in the context of acute illness.

Plan:
- Ensure Plus TID between meals.
- Small frequent meals; Creon teaching completed with pt and his wife {N|Soo-jin}.
- If intake remains under 50% by POD 12, discuss nasojejunal feeding with surgery.
- Outpatient referral to {G|BC Cancer} dietitian on discharge.

{N|Harpreet Gill}, RD, pager 2218
"""),

("note19_slp_boise", """
SPEECH-LANGUAGE PATHOLOGY: BEDSIDE SWALLOW EVALUATION

Patient: {N|Young, Theodore}    MRN: {MRN|004419285}
Date of service: {D|7/3/2023}
Referring provider: {N|Imani Carter}, NP (Stroke Service)

History: 77M with acute left MCA infarct on {D|6/30}, received tPA at {G|Holy Rosary Medical Center} in {C|Ontario}, Oregon before transfer. Wife reports he was eating a regular diet at home.

Oral mech exam: right lower facial weakness, reduced lingual strength and range on the right. Mild-moderate dysarthria. Dentition: upper partial.

Trials:
- Thin liquid by cup x2: wet vocal quality after each, delayed cough.
- Thin by teaspoon: wet voice after 2 of 3.
- Mildly thick liquid: no overt signs x4.
- Puree: adequate bolus formation, no overt signs.
- Soft solid: prolonged mastication, right buccal pocketing.

Impression: moderate oropharyngeal dysphagia with suspected aspiration of thin liquids.

Recommendations: NPO except meds crushed in puree pending MBSS (scheduled {D|7/5}). Oral care QID. HOB at least 30 degrees. Aspiration precautions sign posted. Wife {N|Marjorie} educated and verbalized understanding.

{N|Colleen Brady}, MS, CCC-SLP
"""),

("note20_psych_tooting", """
Psychiatric admission clerking
{G|Springfield University Hospital}, Ward 4

Name: {N|Kieran Moloney}    DOB: {D|30/05/1994}    RiO ID: {MRN|RIO-00938127}
Legal status: Section 2 MHA, commenced {D|04/08/2023} at 14:20.

Circumstances: Brought in by police from {ST|Garratt Lane}, {C|Tooting}, after neighbours reported him shouting at the wall of his flat for several hours. Attending officer PC {N|Dawson}, collar number {OID|4471ST}.

HPC: 29-year-old man, known to {G|Wandsworth Early Intervention Service} with first-episode psychosis. Stopped aripiprazole about 6 weeks ago because of restlessness. Over the past fortnight he has believed neighbours are transmitting thoughts into his head through the wifi router. Hears two male voices in the second person, derogatory, telling him he is being watched. Poor sleep, eating little.

MSE: unkempt, guarded, intermittently responding to unseen stimuli. Speech pressured. Mood "fine", affect irritable. Persecutory delusions as above. No insight.

Risk: no self-harm or suicidal ideation expressed. No weapons found. Risk to others judged moderate given hostility toward neighbours.

Nearest relative: sister {N|Niamh Moloney}, {P|07700 900461}, informed of section.

Plan: 1:1 observations initially, bloods and ECG, restart antipsychotic after discussion with consultant in the morning.

Dr {N|Aisha Rahman}, CT2 Psychiatry
"""),
]

# ---------------------------------------------------------------- clinical 21-40
DOCS += [
("note21_triage_sydney", """
ED TRIAGE - {G|Royal North Shore Hospital}
Date/time: {D|03/11/2023} 19:42    ATS 3

Pt: {N|HOPE, Jasmine}    26F    MRN {MRN|RNS3371902}
PC: lower abdominal pain, R side, 12 hrs, vomited x2. LMP {D|10/10/2023}. ?ectopic ?appendicitis.
Obs: HR 108, BP 112/70, T 37.9, RR 18, SpO2 99% RA, pain 8/10.
Arrived by private car with partner {N|Dylan Reyes}. Lives in {C|Chatswood}.
Urine bHCG sent. IV access 18g L ACF, bloods taken and sent. Placed in Acute bed 14.
Triage RN {N|P. Nakamura}
"""),

("note22_dc_cambridge", """
DISCHARGE SUMMARY - Medicine for the Elderly
{G|Addenbrooke's Hospital}, {C|Cambridge}

Patient: {N|Mabel Featherstonehaugh}    Age: {A|92}    NHS: {HP|401 023 2137}
Admitted {D|21 Feb 2024} via ED; discharged {D|6 Mar 2024} to {G|Hinton Grange Care Home}, {ST|Hinton Way}, {C|Great Shelford} {Z|CB22 5AN}.

Presenting problem: fall at home with a long lie (around 10 hours), rhabdomyolysis (CK 8,400) and AKI stage 2.

Course: IV fluids; CK normalised and creatinine returned to her baseline of 96. Delirium on admission (4AT 6) resolved by day 5. Lying/standing BP showed a postural drop of 28 mmHg, so doxazosin was stopped. Clinical Frailty Scale 6.

Function: mobilising with a frame and one person. Therapists felt residential care would be safer, and this was agreed at a best-interests meeting on {D|1 March} with her daughter {N|Patricia Gale} (LPA for health and welfare) and her GP, Dr {N|Hussain}.

Actions for GP:
- Recheck U&E in 1 week.
- Review need for bisoprolol if BP remains low.

Consultant: Dr {N|Ingrid Solberg}. Completed by Dr {N|Ben Okonkwo}, FY1.
"""),

("note23_hf_letter_ottawa", """
{G|University of Ottawa Heart Institute}
{ST|40 Ruskin Street}, {C|Ottawa} ON {Z|K1Y 4W7}

{D|October 16, 2023}

Dr. {N|Marie-Claude Gagnon}
{G|Clinique médicale Vanier}

Re: {N|Bernard Lalonde}, DOB {D|1949-02-14}, OHIP {HP|6621 447 893 RB}

Dear Dr. {N|Gagnon},

I saw Mr. {N|Lalonde} in follow-up for heart failure with reduced ejection fraction (LVEF 30% on echo in {D|Aug 2023}). He reports NYHA class II symptoms, walks about 1 km with his dog before stopping, and has had no orthopnea or admissions since we last met. Weight stable at 81 kg.

Current therapy: sacubitril/valsartan 49/51 mg bid, bisoprolol 5 mg daily, spironolactone 25 mg daily, dapagliflozin 10 mg daily. Labs today: K 4.8, creatinine 118, NT-proBNP 1,240 (down from 3,900).

Plan:
1. Increase sacubitril/valsartan to 97/103 mg bid; repeat electrolytes and creatinine in 2 weeks.
2. Repeat echo after 3 months of optimized therapy; if LVEF remains 35% or less we will discuss a primary-prevention ICD.
3. He asked about driving - no restriction at present.

Sincerely,

{N|Rajiv Menon}, MD FRCPC

cc: Mr. {N|Bernard Lalonde}
"""),

("note24_op_hip_kentucky", """
OPERATIVE NOTE

Pt: {N|Abernathy, Cecil} | MRN {MRN|1009283746} | DOS {D|04/19/2024}
Surgeon: {N|Danielle Ferreira-Lopes}, MD    Assist: {N|Tyrell Mason}, MD (PGY-4)
Procedure: cephalomedullary nailing, left intertrochanteric femur fracture (AO 31-A2).
Anesthesia: spinal with sedation.

Implants: Gamma3 nail 11 x 180 mm, 125 degrees; lag screw 95 mm; distal locking screw 5 x 40 mm.
Nail UDI {DEV|(01)07613327294910(17)270331(10)K82J5}; lag screw serial {DEV|SN 4417729-03}.

Description: Patient positioned supine on the fracture table. Closed reduction with traction and internal rotation, confirmed on AP and lateral fluoroscopy. Entry at the tip of the greater trochanter with awl, guide wire passed, sequential reaming, nail inserted by hand. Lag screw placed center-center with tip-apex distance of 18 mm. Distal screw placed through the jig. Wounds irrigated and closed in layers. Fluoro time 62 sec.

EBL 150 mL. No complications.

Post-op: WBAT, enoxaparin 40 mg daily x 28 days, PT/OT. Patient is a {A|90}-year-old retired tobacco farmer who lives alone outside {C|Bowling Green} in {CO|Warren County}; will likely need short-term rehab.
"""),

("note25_mri_lumbar", """
MRI LUMBAR SPINE WITHOUT CONTRAST

Pt: {N|Patel, Hemant K}    DOB: {D|12/02/1971}    MRN: {MRN|E3920114}    Acc#: {OID|MR2400918827}
Exam date: {D|02/08/2024}
Location: {G|Northside Imaging - Cumming}

Indication: low back pain radiating to left leg for 6 weeks, failed physical therapy.

Technique: sagittal T1, T2, STIR; axial T2 L2-S1.

Findings: Normal lumbar lordosis. Conus terminates at L1. L3-4: mild disc bulge, no stenosis. L4-5: disc desiccation with a left paracentral extrusion, mild caudal migration, compressing the traversing left L5 nerve root; moderate left lateral recess stenosis. L5-S1: mild facet arthropathy, foramina patent.

Impression: L4-5 left paracentral disc extrusion with compression of the left L5 nerve root.

Note: outside images from patient CD were imported through PACS node {IP|10.42.17.206}; no prior lumbar MRI available for comparison.

Electronically signed: {N|Olga Petrenko}, MD, {D|02/08/2024} 16:44
"""),

("note26_path_birmingham", """
CELLULAR PATHOLOGY REPORT
{G|Queen Elizabeth Hospital Birmingham}

Surname: {N|CHAUDHRY}    Forename: {N|Imran}    DOB: {D|09.07.1980}
Hospital No: {MRN|Q1928384}    NHS No: {HP|712 345 6780}
Lab No: {OID|H24-30117}    Date received: {D|12.04.2024}
Clinician: Mr {N|D. Ferguson-Hale}, Colorectal Surgery

Specimen: appendix.

Macroscopy: appendix 72 mm long, maximum diameter 9 mm. Serosa dull with fibrinous exudate. Lumen contains a faecolith. Tip firm and yellowish. Tip bisected, remainder serially sliced, all embedded.

Microscopy: acute suppurative appendicitis with periappendicitis. At the tip there is a 4 mm well-differentiated neuroendocrine tumour (grade 1, Ki-67 <1%, no mitoses), confined to the muscularis propria. Resection margin clear. No lymphovascular invasion.

Conclusion: acute appendicitis; incidental appendiceal NET, G1, 4 mm, pT1.

Comment: a NET under 1 cm at the tip is generally cured by appendicectomy. Result telephoned to Mr {N|Ferguson-Hale}'s secretary, {N|Julie}, on {D|16.04.2024}.

Pathologist: Dr {N|Anneliese van Rooyen}
"""),

("note27_wound_siouxlookout", """
Wound care - Home and Community Care visit

Client: {N|Gerald Two Rivers}    HCN: {HP|3458 921 004}
Visit: {D|June 5, 2024}, at home, {ST|112 Beaver Crescent}, {C|Sioux Lookout} ON {Z|P8T 1B6}

Sacral pressure injury, stage 3: 4.1 x 3.2 x 0.6 cm (last week 4.6 x 3.5 x 0.8). Wound bed 80% red granulation, 20% yellow slough. Moderate serous exudate, no odour. Periwound skin macerated at the 6 o'clock edge.
Cleansed with saline, Aquacel Ag to base, foam border over. Barrier film to periwound.
Braden 14. Air mattress in place and working; turning schedule posted on fridge.
Daughter {N|Sky} does most of the care and is doing repositioning overnight. She is tired - offered respite info.
Reported measurements to NP {N|Caroline Blackbird}; no change to plan. Next visit in 3 days.

{N|Mike Lavallee}, RPN
"""),

("note28_sw_darwin", """
Social Work - CONFIDENTIAL
{G|Royal Darwin Hospital}

Client: {N|Kirra Anderson}    UR: {MRN|RDH0837746}
Date: {D|14/09/2023}

Referred by ED after presenting with facial bruising and a wrist injury. When seen alone, {N|Kirra} disclosed that her partner, {N|Shane Murphy}, assaulted her on the evening of {D|12/09} and has done so several times this year. She is afraid he will come to the ward.

Actions:
- Security briefed with a description of the partner and his vehicle, white Toyota HiLux, NT rego {VEH|CA 44 RT}.
- Police liaison Sgt {N|Brooke Ellis} attended; case no. {OID|NTP-23-109473}.
- Name suppressed on the ward whiteboard; visitors restricted.
- Referral made to {G|Dawn House} women's shelter; bed available on discharge.

Her two children are currently safe with her mother, {N|Lorraine}, in {C|Palmerston}. Safety plan completed together; she has a phone that the partner does not know about.

{N|Anh Tran}, Social Worker, ph {P|(08) 8922 8888}
"""),

("note29_homecare_reddeer", """
Home Care Case Management Note

Client: {N|Olena Hrushevska}    ULI: {HP|6174-20833}    Client #: {OID|HC-004417823}
Date: {D|2024-03-11}    Location: client home, {C|Red Deer}
Case manager: {N|Stephanie Boyko}

86F with Parkinson's disease (Hoehn and Yahr 4), orthostatic hypotension and two falls in the past month. Husband {N|Mykola} (88) is the primary caregiver; he reports being up three or four times a night and says he is "at the end of the rope". Zarit burden score 31.

Current services: HCA once daily for morning care, bathing twice weekly.

Plan agreed with client and husband:
- Increase HCA visits to twice daily.
- Respite bed booked at {G|Bethany CollegeSide} from {D|April 2} to {D|April 16}.
- Referral to adult day program at {G|Golden Circle Senior Resource Centre}, two days per week.
- Long-term care assessment to be started after respite if needs continue to increase.

Daughter in {C|Edmonton} updated by phone with client's consent.
"""),

("note30_icu_transfer_mcallen", """
ICU TRANSFER NOTE - {D|8/14/24}
Transferring: MICU team (Dr. {N|Hoffmann}) to Hospitalist service (Dr. {N|Ogunleye})

Pt: {N|Reyes-Castillo, Benito}, 64M, MRN {MRN|881-22-0471}

Brief course: admitted {D|8/9} with severe DKA (pH 6.98, AG 32) and aspiration pneumonia. Intubated {D|8/9} to {D|8/11}. Insulin drip off {D|8/12}; now on glargine 22 units with lispro sliding scale, BG 140s-210s. Ampicillin-sulbactam transitioned to amoxicillin-clavulanate, last dose {D|8/16}.

Lines/tubes: right IJ CVC removed today. PIV x2. Foley out, voiding.

Active issues:
1. Newly diagnosed T2DM, A1c 13.4 - diabetes educator consulted, needs glucometer and supplies.
2. Deconditioning - PT/OT.
3. Spanish-speaking; son {N|Alejandro} interprets at bedside but use phone interpreter for consents and teaching. Son's cell {P|(956) 555-0140}.

Prescriptions to be sent to {G|H-E-B Pharmacy}, {ST|Nolana Ave}, {C|McAllen}.
"""),

("note31_referral_wendover", """
{G|The Ridgeway Surgery}
{ST|71 High Street}, {C|Wendover}, {CO|Buckinghamshire} {Z|HP22 6DS}
Tel: {P|01296 622 840}    Email: {E|ridgeway.admin@nhs.net}

{D|3rd May 2024}

Memory Assessment Service

Re: Mr {N|Alistair Page}, DOB {D|19/11/1944}, NHS {HP|636 123 8470}

Dear colleague,

I would be grateful if you could assess Mr {N|Page}, whose wife {N|Heather} describes around 18 months of gradually worsening forgetfulness. He repeats questions, has missed several bills, and last month got lost driving home from {C|Aylesbury} on a route he has used for decades. He himself feels his memory is "no worse than anyone's at my age".

6CIT today 14/28. Bloods including B12, folate, TFTs, calcium and HbA1c are normal. No focal neurology. He is on amlodipine and atorvastatin only, no anticholinergics. Mood seems fine on PHQ-9 (3). I have advised him not to drive until assessed and he has reluctantly agreed.

Yours faithfully,

Dr {N|Helen Armitage-Price}
"""),

("note32_death_calgary", """
DEATH SUMMARY
{G|Foothills Medical Centre}, {C|Calgary}

Deceased: {N|Henrietta Lindqvist}    Age: {A|96}    AHCIP: {HP|50827-3391}
Admitted: {D|January 21, 2024}    Date of death: {D|January 28, 2024}, 17:05
Most responsible physician: Dr. {N|Farhan Qureshi}

Admitted from home with a right hip fracture after a fall. Given her severe aortic stenosis and frailty, surgery was discussed at length with the patient and family, and she chose non-operative management with analgesia. Course complicated by hospital-acquired pneumonia on day 4. In keeping with her wishes, she was not treated with antibiotics beyond 48 hours and was transitioned to comfort care.

Immediate cause of death: pneumonia. Antecedent: right hip fracture. Other significant conditions: severe aortic stenosis, CKD stage 3b.

Son {N|Erik} and granddaughter {N|Astrid Holm} were at the bedside. Death certificate completed; not reportable to the Medical Examiner. Family have arranged {G|McInnis & Holloway} for funeral services.
"""),

("note33_hospice_louisiana", """
HOSPICE ADMISSION ASSESSMENT
Agency: {G|Good Shepherd Hospice}

Pt: {N|Augustine Broussard}    Age: {A|97}    DOB: {D|05/05/1926}
Address: {ST|1187 Bayou Tortue Rd}, {C|Broussard}, LA {Z|70518} ({CO|Lafayette Parish})
Medicare MBI: {HP|7GH4-TE3-KP22}    SSN: {SSN|438-71-2290}

Terminal diagnosis: end-stage heart failure (EF 15%), with CKD stage 4. Two hospitalizations in the last 60 days. PPS 30%. Bedbound, sleeps most of the day, taking sips only.

Symptoms: dyspnea at rest - started morphine 2.5 mg SL q2h prn; terminal secretions not present. Small stage 2 pressure injury left heel.

Patient and family understand goals are comfort; DNR signed. Mr. {N|Broussard} says in French that he wants to stay in his own bed.

Primary caregiver: granddaughter {N|Mercy Thibodeaux}, {P|337-555-0112}. Lives next door.
RN case manager: {N|Darnell Guidry}.  Hospice medical director: Dr. {N|Ines Batiste}.
"""),

("note34_telehealth_kirkland", """
TELEHEALTH VISIT - video
{D|May 9, 2024}, 10:20 AM

Patient: {N|Kenji Watanabe-Ross}    MRN: {MRN|TH-22019384}
Session link: {URL|https://telehealth.evergreenhealth.org/v/8KQ2-77PX}
Patient location: home, {C|Kirkland}, WA. Connected from {IP|73.221.48.19}. Provider location: clinic office.
Verbal consent for telehealth obtained.

S: 41M following up GERD and generalized anxiety. Heartburn much better on omeprazole 20 mg; no dysphagia, no weight loss. Anxiety improved on sertraline 50 mg, GAD-7 down from 15 to 8. Sleeping better. Starting a new warehouse supervisor job next week.

He asked for his records to be sent to his new employer's occupational health team at {E|ohs.intake@aldercrest-logistics.com}. Explained a signed release is required first; release form sent through the portal ({URL|mychart.evergreenhealth.org}).

A/P:
1. GERD - trial step-down to omeprazole 20 mg every other day for 4 weeks.
2. GAD - continue sertraline 50 mg, refill x90 days.
Follow-up video visit in 3 months.

{N|Renata Kovač}, ARNP    DEA {LIC|MK4471823}
"""),

("note35_peds_fortcollins", """
Well-child visit - 4 years

Patient: {N|Amara Okonjo-Lee}    DOB: {D|01/15/2020}    MRN: {MRN|PC7728130}
Accompanied by mother, {N|Chidinma Okonjo}, and maternal grandmother.

Concerns: attends {G|Little Acorns Preschool} in {C|Fort Collins}; her teacher, Ms. {N|Rivera}, has noticed that other children have trouble understanding her speech. Mother agrees strangers understand maybe half of what she says. No concerns about hearing at home. Eats a varied diet; picky with vegetables.

Growth: height 50th percentile, weight 60th percentile, BMI 55th. BP 94/56.
Development: ASQ-3 communication domain below cutoff; gross motor, fine motor, problem solving and personal-social in normal range.
Hearing screen: pass bilaterally. Vision: 20/30 both eyes.
Exam: normal. Tympanic membranes clear.

Immunizations today: DTaP #5, IPV #4, MMR #2, varicella #2. Tolerated well.

Plan: referral for speech-language evaluation at {G|Children's Hospital Colorado, North Campus}. Reading daily, limit screen time to 1 hour. Next well visit at age 5.

{N|Ramona Whitehorse}, MD
"""),

("note36_ob_perth", """
Birth Suite Admission - {G|King Edward Memorial Hospital}

Name: {N|Aaliyah Hassan}    UR: {MRN|K2048813}    Medicare: {HP|5172 94830 2}
G2P1, 39+3 weeks by dating scan. EDD {D|28/07/2024}.
Admitted {D|23/07/2024} at 02:15 with SROM at approximately 23:30, clear liquor, irregular tightenings.

Previous: SVD in 2021 at {G|Fiona Stanley Hospital}, 3.4 kg boy, uncomplicated.
This pregnancy: low risk. GBS negative (swab {D|2 July}). Blood group O positive, antibody screen negative. Hb 118.

CTG: baseline 135, variability 5-25, accelerations present, no decelerations - normal.
VE (with consent): cervix 3 cm, 80% effaced, station -2, cephalic, membranes absent, clear liquor.

Plan: mobilise, reassess in 4 hours or sooner if needed. Wants to try nitrous oxide before considering epidural.
Partner {N|Yusuf} present and supportive. Lives in {C|Mirrabooka}. Interpreter not required.

Midwife: {N|Bronwyn Kelly}
"""),

("note37_preop_tka", """
PRE-ANESTHESIA EVALUATION

Pt: {N|Szymańska, Halina}    69F    MRN: {MRN|66120983}    Surgery date: {D|11/30/2023}
Procedure: right total knee arthroplasty, Dr. {N|Lindgren}

History: OSA on CPAP (ResMed AirSense 10, serial {DEV|23161944207}), HTN, T2DM (A1c 7.1), prior severe PONV after cholecystectomy. No personal or family history of malignant hyperthermia. METs > 4 (climbs two flights slowly).

Meds: metformin, lisinopril, atorvastatin. Allergies: codeine (vomiting).

Airway: Mallampati III, thyromental distance 3 fingerbreadths, adequate mouth opening, upper full denture.
ASA 3.

Plan: spinal anesthetic with adductor canal block, propofol sedation. PONV prophylaxis: dexamethasone, ondansetron, scopolamine patch. Hold metformin morning of surgery, hold lisinopril the day of surgery. Bring CPAP on day of surgery.

Consent discussed with patient and daughter {N|Agnieszka} through a Polish interpreter (interpreter ID {OID|INT-5521}).

{N|Yolanda Pierce}, CRNA / Dr. {N|Ravi Shankar}, anesthesiologist
"""),

("note38_dental_referral_toronto", """
{G|Bloor West Dental Centre}
{ST|2290 Bloor St W, Suite 204}, {C|Toronto} ON {Z|M6S 1N9}
Tel {P|416-555-0193}    Fax {F|416-555-0194}

{D|February 20, 2024}

To: Dr. {N|Sanjay Kapur}, Oral and Maxillofacial Surgery, {G|Mount Sinai Hospital}

Re: {N|Fatima-Zahra Benali}, DOB {D|1988-10-03}

Dear Dr. {N|Kapur},

Please assess Ms. {N|Benali} for removal of impacted 38 and 48. Both are mesioangular; on the panoramic radiograph the roots of 48 appear to be in close proximity to the inferior alveolar canal, and a CBCT may be warranted. She has had three episodes of pericoronitis around 48 in the past year, the last treated with amoxicillin and chlorhexidine rinses.

Of note she is currently 24 weeks pregnant, so we would anticipate timing after delivery unless you feel otherwise. Medically otherwise well, no medications apart from prenatal vitamins, no allergies.

The panoramic image has been sent by secure email to {E|oms.referrals@sinaihealth.ca}.

Thank you,

Dr. {N|Vincent Ng}, DDS
"""),

("note39_ogd_newcastle", """
Endoscopy Report - Oesophagogastroduodenoscopy
{G|Royal Victoria Infirmary}, {C|Newcastle upon Tyne}

Patient: {N|Bernadette Kelly}    MRN: {MRN|RVI9938211}    Date: {D|27/02/2024}
Endoscopist: Dr {N|Sadiq Al-Mansouri}    Nurses: {N|Claire}, {N|Yaw}
Indication: dysphagia to solids; iron deficiency anaemia.
Sedation: midazolam 2 mg, fentanyl 50 mcg. Comfort score 2.
Scope: GIF-H190, serial {DEV|2H04729}.

Findings:
- Oesophagus: Los Angeles grade C oesophagitis in the distal 4 cm. Prague C0M2 - biopsies from the salmon-coloured tongue to exclude Barrett's. No stricture; scope passed easily.
- 3 cm sliding hiatus hernia.
- Stomach: mild antral erythema; biopsies (Sydney protocol) for H. pylori.
- D2: normal; biopsies x4 for coeliac disease.

Plan: omeprazole 40 mg twice daily for 8 weeks, then repeat OGD in 8-12 weeks to reassess healing and re-biopsy. Await histology. Patient informed and given written report.
"""),

("note40_echo_akron", """
TRANSTHORACIC ECHOCARDIOGRAM REPORT
{G|Cleveland Clinic Akron General}

Patient: {N|Mbeki, Thandiwe}    MRN: {MRN|CC0048810}    DOB: {D|3/14/1955}
Study date: {D|10/02/2023}
Sonographer: {N|T. Lawson}, RDCS    Interpreting: {N|Gregory Halvorsen}, MD
Indication: exertional dyspnea, systolic murmur.

| Measurement          | Value      |
|----------------------|------------|
| LVEF (biplane)       | 62%        |
| AV peak velocity     | 4.3 m/s    |
| AV mean gradient     | 46 mmHg    |
| AVA (continuity)     | 0.8 cm2    |
| LVOT diameter        | 2.0 cm     |
| RVSP                 | 38 mmHg    |

Findings: normal LV size and wall thickness at upper limit of normal. Normal wall motion. Heavily calcified trileaflet aortic valve with severely reduced excursion. Mild mitral annular calcification, trace MR. Normal RV size and function.

Comparison: prior echo {D|Sept 2021} - mean gradient 28 mmHg.

Impression: severe calcific aortic stenosis, progressed since prior study. Preserved LV function. Recommend structural heart referral.
"""),
]

# ---------------------------------------------------------------- clinical 41-55
DOCS += [
("note41_crisis_vancouver", """
Mobile Crisis Team - Assessment Note
{D|2023-09-30} 22:40
Location: {ST|88 Hastings St E}, {C|Vancouver} (SRO hotel room)

Client: {N|Dmitri Sokolov}    DOB: {D|1990-07-21}    PHN: {HP|9876 543 217}
Attended with VPD Cst. {N|Harjit Sandhu}, badge number {OID|2974}, following a 911 call from the hotel desk clerk.

Presentation: 33-year-old man found sitting on the bed with a bag of assorted pills beside him. States he lost his job as a line cook at {G|Fairmont Pacific Rim} two weeks ago, has been drinking daily since, and planned to take "all of it" tonight. Denies ingesting any yet; pills counted by Cst. {N|Sandhu} and appear intact. Previous overdose in 2019 requiring ICU.

MSE: dishevelled, poor eye contact, low volume speech. Mood "done". Affect flat. Thought content: active suicidal ideation with plan and means. No psychotic features. Smells of alcohol but coherent.

Risk: high. Unable to safety plan.

Disposition: apprehended under s.28 of the Mental Health Act and transported by police to {G|St. Paul's Hospital} ED. Sister {N|Katya} notified at his request, {P|604-555-0174}.

{N|Jess Amankwah}, RPN, Mobile Crisis
"""),

("note42_chaplain_bowie", """
Spiritual Care Note
{D|12/24/2023}

Visited Mr. {N|Joseph Abiodun Adeleke} at the request of his nurse, {N|Carmen}. Mr. {N|Adeleke} is a deacon at {G|Redeemed Christian Church of God, Victory Temple} in {C|Bowie} and was told two days ago that his pancreatic cancer has spread to the liver. He described feeling "like the floor went away" but also said his faith is holding him.

His wife, {N|Comfort}, and two adult daughters were present. We talked about his fear of being a burden and his wish to be home with family. He asked for communion and for his own pastor, Pastor {N|Femi Ogunbanjo}, to visit; I called the church office and left a message. We prayed together and the family sang a hymn in Yoruba.

Plan: follow up in two days; will coordinate with palliative care regarding family meeting. Spiritual distress moderate, coping resources strong.

Chaplain {N|Rebekah Stoltzfus}, MDiv, BCC
"""),

("note43_dc_flinders", """
DISCHARGE SUMMARY
{G|Flinders Medical Centre} - Cardiology

Patient: {N|Douglas Fitzgerald}    UR: {MRN|F0992134}    DOB: {D|11/11/1957}
Medicare: {HP|4421 66098 3}
Admission: {D|02/04/2024}    Discharge: {D|05/04/2024}

Diagnosis: inferior STEMI. Primary PCI to proximal RCA with two drug-eluting stents (3.0 x 26 mm, 3.5 x 15 mm).
Complications: transient complete heart block during reperfusion, resolved without pacing.
Echo: LVEF 50%, inferior hypokinesis, no significant valve disease.

Discharge medications: aspirin 100 mg daily; ticagrelor 90 mg bd for 12 months; atorvastatin 80 mg nocte; metoprolol succinate 23.75 mg daily; ramipril 2.5 mg daily; GTN spray prn.

Follow-up:
- GP Dr {N|Amelia Szabo}, {G|Marion Road Medical}, within 1 week - please check U&E on ramipril.
- Cardiac rehabilitation at {G|Noarlunga GP Plus}, referral sent.
- Cardiology outpatients, Dr {N|Vikram Anand}, in 6 weeks.

Driving: {N|Doug} drives a truck for {G|Toll Group}. He was advised no private driving for 2 weeks and no commercial driving for at least 4 weeks pending review. Heavy rigid licence no. {LIC|MR 4471902} recorded on the fitness-to-drive form.
"""),

("note44_occhealth_gainesville", """
OCCUPATIONAL HEALTH - Work Injury Evaluation

Employer: {G|Riverside Poultry Processing}, {C|Gainesville}, GA
Employee: {N|Juan Carlos Mendoza Ávila}    Employee ID: {OID|E-208814}    DOB: {D|02/27/1986}
Workers' comp claim #: {OID|WC-24-0619347}
Date of injury: {D|06/17/2024}    Date of service: {D|06/18/2024}

Mechanism: cut the volar aspect of his left index finger with a deboning knife on the line at about 2330; wore a cut glove on the right only. Washed and wrapped by the line lead; seen today.

Exam: 2.5 cm clean laceration over volar middle phalanx, left index. FDP and FDS intact against resistance, two-point discrimination 4 mm radial and ulnar digital nerves, cap refill brisk. No foreign body on x-ray.

Treatment: irrigated, 4 sutures 5-0 nylon. Tdap given (last booster unknown).

Work status: modified duty - no knife work with left hand for 10 days, keep dressing clean and dry; cut-resistant gloves on both hands going forward. Supervisor {N|Kim Tran} notified by fax at {F|770-555-0157}.

Suture removal {D|6/28}.

{N|April Holloway}, PA-C
"""),

("note45_alcohol_london", """
Alcohol care team - {G|St Thomas' Hospital}

Patient: {N|Liam Doherty-Quinn}, 44, MRN {MRN|ST09983112}
Seen {D|15 Jan 2024} on AMU.

Presenting with a withdrawal seizure at home yesterday. Drinking around 2 litres of strong cider daily for the last year, last drink at about 18:00 the evening before admission. AUDIT 31; SADQ 38 (severe dependence). CIWA-Ar 14 at review, tremulous and sweaty.

Already on Pabrinex and a chlordiazepoxide reducing regime; advised symptom-triggered top-ups per protocol. No signs of Wernicke's at present but continue IV thiamine for 5 days.

Previously engaged with {G|Lorraine Hewitt House} in 2022; keyworker there was {N|Dami}. Currently sofa-surfing at a friend's flat in {C|Brixton}; previous address {ST|Flat 3, 22 Railton Road}. Housing officer referral made with his agreement.

Plan: continue detox; discuss acamprosate before discharge; community alcohol service re-referral; GP at {G|Herne Hill Group Practice} to be informed.

{N|Orla Brennan}, Alcohol Nurse Specialist
"""),

("note46_homehealth_hazard", """
HOME HEALTH SKILLED NURSING VISIT
Agency: {G|Heartland Home Health}    Visit date: {D|3/21/2024}

Pt: {N|Wanda Sue Pickett}    MRN: {MRN|HH-00731}
Address: {ST|Rt 2 Box 118}, {C|Hazard}, KY {Z|41701}, {CO|Perry County}
Reason for visit: CHF management, wound care left shin.

VS: BP 142/78, HR 88 irregular, RR 20, SpO2 93% RA. Weight 184 lb, up 3 lb since {D|3/18} on the telemonitor scale (serial {DEV|TM-8812-4407}). 2+ pitting edema bilateral lower legs, up from 1+. Fine crackles at bases. Pt admits to ham and beans twice this week.

Wound: left anterior shin skin tear 3 x 1.5 cm, edges approximated, no signs of infection. Xeroform and Kerlix applied.

Called Dr. {N|Mahmoud}'s office, {P|(606) 555-0102}, spoke with {N|Brittany}: order received to increase torsemide from 20 to 40 mg daily x3 days, then resume 20 mg. Reinforced 2 g sodium diet and daily weights.

Grandson {N|Colt} drives her to appointments and picks up medications; he was present for teaching.

{N|Rhonda Caudill}, RN
"""),

("note47_ipc_kingston", """
Infection Prevention and Control - Case Investigation
{G|Kingston Health Sciences Centre}
Date: {D|November 7, 2023}

Index case: {N|Paquette, Louise} (MRN {MRN|K00418827}), carbapenemase-producing Enterobacterales (NDM, Klebsiella pneumoniae) identified on admission rectal screen collected {D|Nov 3}. Patient reports hospitalization in {C|Chennai}, India in {D|Sept 2023} for a fractured femur.

Isolate forwarded to {G|Public Health Ontario Laboratory}, reference {OID|PHOL-23-CP-01877}, for confirmation.

Exposures: shared a semi-private room for 19 hours with {N|Armand Bélanger} (MRN {MRN|K00391145}) before results were available. Roommate screened {D|Nov 6} - negative; repeat screens weekly x3 while admitted.

Actions: index case moved to single room with dedicated bathroom and contact precautions; dedicated equipment; terminal clean of previous room with UV disinfection. Unit staff informed.

{N|Gwen Fairweather}, CIC, Infection Control Practitioner
"""),

("note48_micro_bloodcx", """
MICROBIOLOGY - PRELIMINARY REPORT

Patient: {N|Baptiste, Jean-Robert}    MRN: {MRN|00193847}    Location: 4 North
Specimen: blood culture, left antecubital    Collected: {D|07/11/2024} 04:10
Accession: {OID|M24-192-0447}

Gram stain: gram-positive cocci in clusters, aerobic bottle, time to positivity 14.2 h. Anaerobic bottle no growth to date.
Rapid PCR: Staphylococcus aureus DETECTED; mecA/C and MREJ DETECTED (MRSA).
Susceptibilities to follow.

CRITICAL VALUE called to {N|Nadia Haddad}, RN, at 18:35 on {D|07/11/2024}, read back verified, by {N|J. Whitcomb}, MLS(ASCP).
"""),

("note49_palliative_leeds", """
{G|St Gemma's Hospice} - Community Palliative Care Team
{ST|329 Harrogate Road}, {C|Leeds} {Z|LS17 6QD}

{D|22 November 2023}

Dr {N|Philippa Grant}
{G|Moortown Medical Centre}

Dear Dr {N|Grant},

Re: Mr {N|Herbert Ackroyd}, aged {A|91}

I visited Mr {N|Ackroyd} at home today. As you know he has metastatic prostate cancer with bone disease and has declined further hormonal treatment. His main problem now is pain in the left hip and lower back, which is waking him at night despite MST 20 mg bd. He is drowsier than a month ago and eating very little.

I have suggested increasing MST to 30 mg bd with Oramorph 5-10 mg for breakthrough, and a trial of dexamethasone 4 mg mane for 5 days. Just-in-case medications are now in the house. A ReSPECT form was completed today, recording that he would not want CPR or hospital admission.

He lives with his wife {N|Dorothy}, who is 87 and managing well with daughter {N|Janet}'s help. I will review again next week.

Yours sincerely,

{N|Nkechi Eze}
Clinical Nurse Specialist, Palliative Care
"""),

("note50_ophth_hobart", """
{G|Hobart Eye Surgeons}
{ST|43 Collins Street}, {C|Hobart} TAS {Z|7000}

{D|9 August 2023}

Dr {N|Callum Fraser}
{G|Sandy Bay Medical Centre}

Dear {N|Callum},

Re: Mrs {N|Ngaio Whiteley}, DOB {D|04/01/1949}

Thank you for referring Mrs {N|Whiteley}, who noticed distortion of straight lines in her right eye about three weeks ago. Visual acuity is 6/24 right and 6/9 left. Fundoscopy shows drusen bilaterally with a small haemorrhage at the right macula, and OCT confirms subretinal fluid with a type 1 choroidal neovascular membrane. The left eye has intermediate dry AMD only.

Diagnosis: neovascular (wet) age-related macular degeneration, right eye.

We commenced intravitreal aflibercept today, with a loading course of three monthly injections, then treat-and-extend. She tolerated the injection well. I have given her an Amsler grid for the left eye and advised her to call us urgently with any change. She should not drive until her right vision has been reassessed.

Kind regards,

Dr {N|Marguerite Lam}
Ophthalmologist
"""),

("note51_falls_london_on", """
Geriatric Day Hospital - Falls Clinic
{G|Parkwood Institute}, {C|London}, Ontario

Client: {N|Wilhelmina de Boer}    {A|90}F    HCN: {HP|8873-441-209-WB}
Visit: {D|13 June 2024}

Three falls in 4 months, all indoors at night on the way to the bathroom; no loss of consciousness. Lives alone in an apartment at {G|Chelsey Park} retirement residence. Son {N|Hendrik} attended and helped with history.

Assessment: Timed Up and Go 21 s with cane. Berg Balance 38/56. Orthostatic vitals: 142/80 lying, 118/70 standing at 3 min with lightheadedness. Visual acuity reduced, cataracts bilaterally. Nocturia x3. Medications include tamsulosin and zopiclone 7.5 mg nightly.

Plan:
1. Taper and stop zopiclone over 4 weeks.
2. Review tamsulosin with urology; consider timing change to morning.
3. Vitamin D 1000 IU daily.
4. Night lights and commode by bed; PT for 8-week balance and strength program here.
5. Ophthalmology referral for cataract assessment.

Dr. {N|Nomvula Dlamini}, Geriatric Medicine
"""),

("note52_roi_dallas", """
AUTHORIZATION FOR RELEASE OF PROTECTED HEALTH INFORMATION

To: Health Information Management, {G|Methodist Dallas Medical Center}
HIM fax: {F|(214) 555-0163}

Patient name: {N|Tamika Renee Washington}
Date of birth: {D|08/30/1979}    SSN: {SSN|412-55-9087}
Address: {ST|5122 Ross Ave Apt 304}, {C|Dallas}, TX {Z|75206}
Phone: {P|469-555-0125}    Email: {E|tamika.washington79@gmail.com}
Patient account #: {AC|7700412983}

Records requested: Emergency department visit and inpatient admission {D|01/04/2024} through {D|01/08/2024} - ED record, H&P, discharge summary, imaging reports, billing statements.

Release to: {N|Kenneth Obi}, Esq., {G|Obi & Marshall Law Group}, {ST|2001 Bryan St, Suite 1400}, {C|Dallas}, TX {Z|75201}. Fax {F|(972) 555-0188}. State Bar No. {LIC|24087331}.

Purpose: legal / personal injury claim.
This authorization expires on {D|12/31/2024} unless revoked earlier in writing.

Signature of patient: on file          Date: {D|03/15/2024}
"""),

("note53_ae_salford", """
a&e clerking - majors
{D|11/11/23} 01:20

pt {N|connor mcgrath} 19m, mrn {MRN|ed4421987}
pc: head injury. punched outside a club in {C|salford} approx 23:30, ?brief loc per friend ({N|jay}). vomited x1 in the ambulance. gcs 15 on arrival, 14 at scene per crew.
pmh nil. nkda. no anticoagulants.
o/e: alcohol on breath, boggy swelling r occiput, no csf leak, pupils 3mm equal reactive, moving all 4 limbs, c-spine cleared clinically (nexus negative).
nice head injury criteria - vomiting + ?loc = ct within 8h; done given intoxication, no acute intracranial injury.
plan: neuro obs hourly until sober, head injury advice sheet, d/c with friend when gcs 15 and walking safely.
dr {N|s. iqbal} st3
"""),

("note54_ortho_tempe", """
Orthopedic clinic follow-up
{D|Sept 4, 2023}

{N|Keane, Rose}, 34F, MRN {MRN|600721184}

S/p ORIF right distal radius with volar plate ({D|July 21}), now 6 weeks out. Pain 2/10, mostly stiffness in the mornings. Off opioids. Doing home exercises.

Exam: incision well healed. Wrist flexion 45, extension 40, supination 70, pronation 80. Finger composite fist complete. Median nerve sensation intact.

X-rays today: healing fracture with callus, hardware intact, alignment maintained.

Plan: start formal hand therapy with {N|Liz Monahan}, OTR/CHT. May begin light lifting up to 5 lb. She works as a dental hygienist at {G|Bright Smiles Dental} in {C|Tempe} - return to work with modified schedule (half days) in 2 weeks, full duty at 12 weeks post-op if strength allows.
Temporary disabled parking placard form completed for plate {VEH|CKR-4471}, valid 3 months.

RTC 6 weeks with x-rays.
Dr. {N|Alan Major}
"""),

("note55_nicu_halifax", """
NICU DISCHARGE SUMMARY
{G|IWK Health Centre}, {C|Halifax}, NS

Infant: {N|Lachlan MacNeil} (registered at birth as Baby Boy {N|MacNeil})
DOB: {D|2024-02-02}    GA at birth: 31+4 weeks    Birth weight: 1610 g
MRN: {MRN|IWK-2240918}    MSI: {HP|0021 447 893}
Mother: {N|Ceilidh MacNeil}, 28, G1P1. Father: {N|Ross Campbell}.

Course:
- Respiratory: RDS, CPAP for 3 days, surfactant x1 by LISA. Caffeine until 34 weeks; no apnea in the 7 days before discharge.
- Nutrition: TPN days 1-6, full enteral feeds by day 8. Now breastfeeding plus fortified EBM by bottle.
- ROP screening: stage 0, zone II. Follow-up eye exam arranged.
- Head ultrasound day 7 and at 36 weeks: normal.
- Hep B vaccine given; car seat tolerance test passed.

Discharged {D|2024-03-18} at 37+6 weeks corrected, weight 2480 g.

Follow-up: pediatrician Dr {N|Amir Haddadi}, {G|Bedford Pediatrics}, {P|902-555-0165}, within 3 days; NICU follow-up clinic at 4 months corrected.
Home address: {ST|14 Lighthouse Rd}, {C|Chéticamp}, NS {Z|B0E 1H0}
"""),
]

# ---------------------------------------------------------------- hard negatives
DOCS += [
("neg01_progress_whipple", """
Surgical progress note - POD 2

78-year-old man s/p pylorus-preserving Whipple procedure for a 2.4 cm pancreatic head adenocarcinoma. Overnight: one episode of hiccups, settled. Pain controlled with epidural (bupivacaine 0.1% + fentanyl 2 mcg/mL at 8 mL/h), pain 2/10 at rest, 4/10 on coughing.

Vitals: T 37.6, HR 92, BP 128/74, RR 16, SpO2 95% on 2 L.
I/O: in 2,450 / out 1,980 (urine 1,400, NG 350, drains 230).
Drains: right (pancreaticojejunostomy) 140 mL serosanguinous; drain amylase POD 1 was 210 U/L (serum 95) - not suggestive of fistula by ISGPF definition.
Labs: Hb 101, WBC 12.4, Cr 0.9, K 3.6, Mg 0.68, glucose 9.2.

Exam: alert, abdomen soft, appropriately tender, wound clean with staples intact. Murphy's sign not applicable. Calves soft.

Plan:
- Replace K and Mg per sliding scale.
- Clamp NG trial this afternoon; remove if aspirate under 200 mL over 4 h.
- Continue enoxaparin 40 mg daily and mobilise twice today with physio.
- Repeat drain amylase day 3 per ERAS pathway.
"""),

("neg02_dka_protocol", """
Adult DKA management - summary of ward protocol (version 4.2)

Diagnosis: glucose above 11 mmol/L or known diabetes, ketones 3.0 mmol/L or more (or urine 2+), and bicarbonate under 15 mmol/L and/or venous pH under 7.3.

Hour 0-1:
- 0.9% sodium chloride 1 L over 1 hour (500 mL over 15 min if SBP < 90).
- Fixed-rate IV insulin infusion at 0.1 units/kg/h. Continue long-acting basal insulin at the usual dose.
- Bloods: VBG, U&E, FBC, blood ketones, cultures if febrile. ECG and cardiac monitor if K is abnormal.

Potassium replacement per litre of fluid:
| Serum K (mmol/L) | KCl to add |
|------------------|------------|
| > 5.5            | none       |
| 3.5 - 5.5        | 40 mmol    |
| < 3.5            | senior review; may need higher rate via central line |

Targets: ketones falling by at least 0.5 mmol/L/h; bicarbonate rising by 3 mmol/L/h; glucose falling by 3 mmol/L/h.
Add 10% glucose at 125 mL/h once glucose is below 14 mmol/L.

Resolution: ketones < 0.6 and pH > 7.3. Switch to subcutaneous insulin with a meal; stop the infusion 30 minutes after the first rapid-acting dose.
Call the diabetes team during working hours (bleep 6120) for all patients; refer for education before discharge.
"""),

("neg03_ct_pancreatitis", """
CT ABDOMEN AND PELVIS WITH CONTRAST

Clinical information: epigastric pain radiating to back, lipase 2,900. Day 4 of admission, rising CRP.

Technique: portal venous phase, 1.25 mm axial with coronal and sagittal reformats. 100 mL Omnipaque 350 IV.

Findings: The pancreas is diffusely enlarged with peripancreatic fat stranding and fluid tracking along the left anterior pararenal space. Approximately 30% of the pancreatic body and tail fails to enhance, consistent with necrosis. Acute necrotic collection measuring 8.2 x 4.1 cm in the lesser sac without a defined wall. Splenic vein patent. No pseudoaneurysm. Gallbladder contains several small calculi; CBD 7 mm. Small bilateral pleural effusions with basal atelectasis. Liver, adrenals and kidneys unremarkable.

Impression:
1. Necrotizing acute pancreatitis, revised Atlanta classification - acute necrotic collection (under 4 weeks).
2. Modified CT severity index 8/10 (severe).
3. Cholelithiasis; likely gallstone aetiology.
"""),

("neg04_colonoscopy_ibd", """
Colonoscopy - findings and recommendations

Indication: known Crohn's disease (Montreal A2 L3 B1), assessment of response 16 weeks after starting ustekinumab.

Bowel preparation adequate (Boston Bowel Preparation Scale 7). Terminal ileum intubated for 10 cm.

Findings:
- Terminal ileum: several small aphthous ulcers (< 5 mm), patchy.
- Ileocaecal valve: mildly deformed, traversable.
- Colon: normal vascular pattern throughout, no ulceration. One 8 mm sessile lesion in the transverse colon, Paris 0-IIa, NICE type 2, removed by cold snare en bloc; clip x1.
- Rectum: normal; retroflexion normal.

SES-CD: 4 (improved from 14 at baseline).

Plan: continue ustekinumab 90 mg every 8 weeks. Faecal calprotectin in 3 months. Histology to confirm adenoma; if confirmed, surveillance per BSG guidance in 3 years. Dysplasia chromoendoscopy surveillance to continue on the usual interval given colonic disease duration of 11 years.
"""),

("neg05_ed_ankle_syncope", """
ED note - minor injuries stream

22-year-old netball player who inverted her right ankle landing from a jump. Able to take four steps in the department with a limp. Tenderness over the anterior talofibular ligament only. No tenderness at the posterior edge or tip of either malleolus, navicular or base of the fifth metatarsal.

Ottawa ankle rules negative - no x-ray needed. Squeeze test negative. Anterior drawer mildly lax compared with the left side.

Impression: grade II lateral ligament sprain.
Plan: PRICE, ibuprofen 400 mg tds with food for 5 days, tubigrip for comfort only, early weight bearing as pain allows, physiotherapy self-referral leaflet. Return if unable to weight bear after 5-7 days.

Separate issue raised: brief pre-syncope last week standing in a hot queue, prodrome of warmth and nausea, recovered within a minute. ECG today sinus rhythm 68, PR 160, QTc 412, no pre-excitation. San Francisco syncope rule negative. Orthostatic vitals normal. Likely vasovagal; advised hydration and counter-pressure manoeuvres.
"""),

("neg06_handover_lowercase", """
nights handover - surgical ward

bed 3: 81f, #nof day 1 post dhs. hb 84 this am - 1 unit rbc running, finishes approx 0230, obs q15 min for first 15 then hourly. foley in, uo ok ~40 ml/h. morse 65 - bed alarm on, low bed.
bed 7: 59m lap right hemicolectomy day 3, eating light diet, passing flatus, wants to go home. drain out. needs bloods 0600.
bed 11: 67m ?anastomotic leak - crp 287, ct booked first thing, npo from midnight, on pip-tazo 4.5 g q8h, next dose 0200. reg (pager 4471) wants a call if hr > 120 or sbp < 95.
bed 14: 44f post lap chole, ponv x3, ondansetron given 2100, trial cyclizine if still vomiting. braden 20.
bed 19: 86m, confused overnight usually, 4at 5 earlier, family will visit in the morning. sitter requested via bed management, not yet confirmed.
fridge temp checked 4.1 c. cd book checked and signed x2.
"""),

("neg07_prostate_path", """
Prostate core biopsies - summary of findings

Twelve systematic cores plus three targeted cores (PI-RADS 4 lesion, left peripheral zone, mid).

| Site                     | Cores positive | Max % involvement | Grade                 |
|--------------------------|----------------|-------------------|-----------------------|
| Left base                | 1/2            | 20%               | Gleason 3+4=7 (GG2)   |
| Left mid                 | 2/2            | 60%               | Gleason 4+3=7 (GG3)   |
| Left apex                | 0/2            | -                 | -                     |
| Right base/mid/apex      | 0/6            | -                 | -                     |
| Targeted (ROI 1)         | 3/3            | 80%               | Gleason 4+3=7 (GG3)   |

Pattern 4 component: approximately 60% in the highest-grade core, including poorly formed and fused glands; no cribriform pattern identified. Perineural invasion present in left mid core. No extraprostatic extension in the sampled tissue.

Grading per ISUP 2014 consensus and WHO 5th edition; staging per AJCC 8th edition. Overall grade group 3.
Immunohistochemistry (p63/AMACR) performed on core 5 supports the diagnosis.
"""),

("neg08_cardiology_af", """
Cardiology consult - new atrial fibrillation

Asked to see an 83-year-old woman admitted with community-acquired pneumonia, now in AF with rates of 110-140 since this morning. Palpitations mild; no chest pain. Known hypertension, type 2 diabetes, previous TIA.

ECG: AF 128, normal axis, no acute ST change. Echo last year: LVEF 55%, LA 4.6 cm, mild MR.
Labs: TSH 1.8, K 4.1, Mg 0.82, troponin 18 (flat).

Scores: CHA2DS2-VASc 6 (age, female, HTN, DM, TIA x2). HAS-BLED 2. Creatinine clearance by Cockcroft-Gault 46 mL/min.

Impression: new AF, likely precipitated by sepsis; haemodynamically stable.

Recommendations:
1. Rate control - metoprolol 12.5 mg bd, uptitrate to HR under 110 (RACE II lenient target acceptable).
2. Anticoagulation strongly indicated; apixaban 5 mg bd (does not meet two of the dose-reduction criteria).
3. Treat the underlying infection; no cardioversion at this stage.
4. Outpatient Holter and review in AF clinic at 8-12 weeks. Mention of Austin Flint or Graham Steell murmur in the old notes not borne out on today's examination.
"""),

("neg09_obstetric_induction", """
Obstetric review - induction of labour

G1P0 at 41+2 weeks, uncomplicated pregnancy. Presents for post-dates induction. Fetal movements normal. CTG reactive, baseline 140, variability normal.

VE: cervix posterior, firm, 1 cm dilated, 30% effaced, station -3. Modified Bishop score 3 - unfavourable.

Plan:
- Dinoprostone 10 mg vaginal insert; reassess at 24 hours or sooner if contractions become regular.
- If Bishop score remains below 6, consider balloon catheter ripening.
- Once favourable: ARM and oxytocin per protocol, aim for 3 contractions in 10 minutes (roughly 200 Montevideo units if an IUPC is used).

Shoulder dystocia drill reviewed with the team given estimated fetal weight 4.1 kg on scan: McRoberts manoeuvre, suprapubic pressure, then internal manoeuvres (Rubin II, Wood's screw), delivery of posterior arm. Paediatric team to be informed at full dilatation. Neonatal assessment will include Apgar at 1, 5 and 10 minutes. Robson group 2a.
"""),

("neg10_neuro_sah", """
Neurosurgery admission - subarachnoid haemorrhage

Thunderclap headache at rest, maximal within one minute, followed by vomiting and neck stiffness. GCS 14 (E3 V5 M6) on arrival, now 15. No focal deficit. Pupils equal and reactive. Kernig's and Brudzinski's signs positive. Babinski negative bilaterally. Hoffmann's sign absent.

CT: diffuse subarachnoid blood in the basal cisterns and Sylvian fissures, thick layer; intraventricular extension into the fourth ventricle. Modified Fisher grade 4. World Federation of Neurosurgical Societies grade I; Hunt and Hess grade 2.
CTA: 7 mm anterior communicating artery aneurysm, wide neck.

Plan:
- Nimodipine 60 mg every 4 hours for 21 days.
- Target SBP under 160 until aneurysm secured.
- Neurovascular MDT this afternoon: coiling vs clipping.
- Daily transcranial Doppler from day 3 for vasospasm; sodium twice daily (watch for cerebral salt wasting).
- Baseline modified Rankin Scale 0; NIHSS 0.
"""),

("neg11_id_fever_travel", """
Infectious diseases consult - fever and rash

47-year-old man with fever to 39.8, headache, myalgia and a maculopapular rash starting on the wrists and ankles, spreading centrally, now involving palms. Three weeks ago camping and hiking; several tick bites noted. No travel outside the country. No sick contacts.

Differential: Rocky Mountain spotted fever (rash distribution, tick exposure) is the main concern and must be treated empirically. Also consider ehrlichiosis, early Lyme disease (erythema migrans not seen), West Nile virus, enteroviral infection (Coxsackie), secondary syphilis, and drug reaction. Viral haemorrhagic fevers such as Marburg or Ebola are not considerations without relevant exposure.

Labs: platelets 88, Na 129, ALT 112. Blood cultures pending.

Recommendations:
1. Start doxycycline 100 mg IV/PO q12h now; do not wait for serology.
2. Rickettsia rickettsii PCR from skin biopsy if feasible; paired serology (acute and convalescent, 2-4 weeks apart).
3. Lyme ELISA with reflex immunoblot; syphilis EIA; HIV Ag/Ab.
4. Stool for E. coli O157:H7 not indicated - no diarrhoea.
"""),

("neg12_psych_outpatient", """
Psychiatry outpatient review

Patient attended alone, on time. Describes mood as "flat but better than before". Sleeping 6-7 hours, appetite returning. Less ruminating about work. Still avoiding social contact most evenings.

Scales today: PHQ-9 12 (previously 21). GAD-7 9. Columbia suicide severity screen: passive death wish over the past month, no intent, no plan, no preparatory behaviour - low risk. AUDIT-C 2.

MSE: casually dressed, good rapport, speech normal in rate and volume, affect reactive but restricted. No psychotic symptoms. Insight good. MoCA not repeated (26/30 at baseline, version 8.1).

Medication: venlafaxine XR 150 mg daily, tolerated apart from mild sweating. BP 126/80 - no rise.

Plan: increase venlafaxine XR to 225 mg daily; continue weekly CBT sessions (currently session 7 of 16); behavioural activation targets agreed - one social contact per week. Crisis line information reiterated. Review in 6 weeks. We discussed that we hope to see further improvement and that she will grant herself some credit for progress made.
"""),

("neg13_vanc_dosing", """
Pharmacy dosing note - vancomycin

Indication: MRSA bacteraemia, source likely infected PICC (removed). Day 3 of therapy.

Weight 78 kg (actual), height 170 cm. SCr 106 micromol/L, stable. Estimated CrCl (Cockcroft-Gault, actual body weight) 64 mL/min.

Levels: peak 34.1 mg/L (1 h post end of infusion), trough 15.8 mg/L (30 min before dose).
Bayesian estimate (dosing software v3.2): AUC24 612 mg.h/L on current regimen of 1,250 mg q12h - slightly above the target range of 400-600.

Recommendation: reduce to 1,000 mg q12h, infused over 90 minutes. Predicted AUC24 ~ 490. Repeat two-level sampling around the 4th dose on the new regimen, and daily creatinine.

Will also need repeat blood cultures to document clearance, TTE (TOE if high-risk features), and ID review regarding total duration (minimum 14 days from first negative culture). Pharmacy will follow.
"""),

("neg14_physio_knee", """
Outpatient physiotherapy - initial assessment, right knee

36-year-old recreational soccer player, twisting injury 3 weeks ago with immediate swelling and an audible pop. Unable to continue playing. Now walking without aids but reports giving way on pivoting.

Objective:
- Effusion: sweep test 2+.
- ROM: 5 to 120 degrees (left 0-145).
- Lachman: positive with soft end feel. Anterior drawer positive. Pivot shift not tested (guarding).
- McMurray: negative medially and laterally. Thessaly at 20 degrees: medial joint line pain.
- Quadriceps lag 10 degrees; quad strength 3+/5 (Oxford scale).
- Single leg stance 12 s right vs 30 s left.

Impression: probable ACL rupture with possible medial meniscal involvement.

Plan: MRI requested via the sports medicine pathway. Prehabilitation: effusion control, quads activation (NMES if needed), restore full extension, closed-chain strengthening. Discussed surgical vs non-surgical options in general terms (KANON trial findings). Review in 1 week.
"""),

("neg15_anaesthetic_record", """
Anaesthetic record - summary

ASA 2. Mallampati II. Thyromental distance > 6.5 cm. Dentition intact, no loose teeth.

Induction: fentanyl 100 mcg, propofol 180 mg, rocuronium 50 mg. Mask ventilation easy (grade 1).
Laryngoscopy: Macintosh 3 blade, Cormack-Lehane grade 1, 7.5 cuffed ETT at 22 cm at lips, first attempt. Bilateral air entry, EtCO2 trace confirmed.
Maintenance: sevoflurane in O2/air, MAC 1.0. Volume control, TV 450 mL, PEEP 5, RR 12, I:E 1:2.
Analgesia: paracetamol 1 g, parecoxib 40 mg, morphine 6 mg titrated. Local infiltration by surgeon.
Antiemetics: dexamethasone 4 mg, ondansetron 4 mg.
Warming: Bair Hugger upper body; temperature 36.4 at end.
Reversal: sugammadex 200 mg; TOF ratio > 0.9 before extubation.
Extubated awake, smooth emergence. To PACU with face mask O2 4 L/min. Aldrete score 9 on arrival.
"""),

("neg16_op_antireflux", """
Operation note - laparoscopic revision of fundoplication

Indication: recurrent reflux and dysphagia 6 years after Nissen fundoplication; slipped wrap with recurrent hiatus hernia on barium swallow. BMI 41, so conversion to Roux-en-Y gastric bypass was planned as the definitive anti-reflux operation.

Procedure: Hasson entry at the umbilicus, additional 5 ports. Dense adhesions between the left lobe of the liver and the previous wrap. Wrap taken down carefully with energy device; both vagi identified and preserved. Hiatus repaired posteriorly with three non-absorbable sutures. Gastric pouch fashioned with linear stapler, approximately 30 mL. Biliopancreatic limb 100 cm, alimentary limb 150 cm. Stapled gastrojejunostomy and jejunojejunostomy; mesenteric defects and Petersen's space closed. Leak test with methylene blue negative.

No Kocher manoeuvre required. Calot's triangle not dissected (gallbladder previously removed).
EBL 50 mL. Drain: none. Post-op: clear fluids day 1, bariatric pathway, VTE prophylaxis for 28 days.
"""),

("neg17_haem_lymphoma", """
Haematology MDT summary

Diagnosis: classical Hodgkin lymphoma, nodular sclerosis subtype. Reed-Sternberg cells CD30+, CD15+, CD20 negative, PAX5 weak. EBER negative.

PET-CT staging: FDG-avid cervical, supraclavicular and mediastinal nodes (bulky mediastinal mass, 10.5 cm), no disease below the diaphragm. No B symptoms. ESR 38.
Stage: Ann Arbor IIA, bulky; unfavourable per EORTC/LYSA criteria.

Also reviewed: separate case, chronic myeloid leukaemia in chronic phase, Philadelphia chromosome positive, BCR-ABL1 transcript (e14a2) 12.4% IS at 3 months on imatinib - warning response per ELN 2020. Plan switch to second-generation TKI after ECG and lipids.

Third case: suspected Waldenström macroglobulinaemia - IgM kappa paraprotein 28 g/L, MYD88 L265P detected, marrow 40% lymphoplasmacytic infiltrate. Blood film noted rouleaux; no Auer rods, no Howell-Jolly bodies.

Outcome: first case for ABVD x 4 cycles then interim PET; Deauville score will guide radiotherapy.
"""),

("neg18_icu_ards", """
ICU daily review - bed 6

Day 4 of ventilation for severe ARDS secondary to influenza A pneumonia. Meets Berlin definition: bilateral opacities, onset within 1 week, P/F ratio 92 on PEEP 14.

Ventilation: volume control, TV 6 mL/kg PBW (390 mL), PEEP 14, FiO2 0.65, plateau 28, driving pressure 14. Proned overnight for 16 hours - P/F improved to 148 supine this morning. Continue ARDSnet low tidal volume strategy; re-prone this afternoon if P/F < 150.

Sedation: propofol and fentanyl, RASS -3. Cisatracurium stopped yesterday. CAM-ICU not assessable.
Haemodynamics: noradrenaline 0.08 mcg/kg/min, MAP 68, lactate 1.9. No Swan-Ganz; cardiac output estimated by echo (VTI 18 cm).
Renal: creatinine 162, KDIGO stage 1, UO 0.6 mL/kg/h. Fluid balance +4.2 L cumulative - start furosemide infusion if MAP allows.
Scores: APACHE II 24 on admission; SOFA today 10 (from 12).
ID: oseltamivir day 4 of 5; sputum growing Staphylococcus aureus (MSSA) - flucloxacillin 2 g q4h.
"""),

("neg19_endocrine_clinic", """
Endocrinology clinic

Referred with fatigue, weight gain and a thyroid swelling. TSH 18.2 mU/L, free T4 8.1 pmol/L, anti-TPO 640 IU/mL. Ultrasound: diffusely heterogeneous gland, pseudonodular, no discrete nodules. Findings consistent with Hashimoto's thyroiditis with overt hypothyroidism.

Start levothyroxine 75 mcg daily (1.6 mcg/kg would be 112 mcg; started lower given ischaemic heart disease). Recheck TSH in 6 weeks.

Other considerations discussed in the differential and excluded: Graves' disease (TRAb negative), Cushing's syndrome (overnight dexamethasone suppression cortisol 31 nmol/L), Addison's disease (9 am cortisol 412 nmol/L), Conn's syndrome not relevant (normokalaemic, normotensive).

Diabetes: HbA1c 58 mmol/mol (7.5%) on metformin 1 g bd. Offered DAFNE-style structured education; GLP-1 agonist to be considered after thyroid replacement is established. Hypoglycaemia history negative - no features of Whipple's triad.
"""),

("neg20_derm_melanoma", """
Dermatology - pigmented lesion clinic

Fitzpatrick skin type II. History of blistering sunburns in childhood; works outdoors.

Lesion 1: left upper back, 9 mm asymmetric macule with irregular border and blue-grey veil on dermoscopy; 7-point checklist score 5. Excised with 2 mm margins - histology: superficial spreading melanoma, Breslow thickness 0.8 mm, Clark level III, no ulceration, mitotic rate 1/mm2. pT1b. Wide local excision with 1 cm margins booked; sentinel node biopsy discussed (borderline indication, patient declined after discussion).

Lesion 2: right shin, scaly erythematous plaques with Auspitz sign; Koebner phenomenon in a recent scratch. Chronic plaque psoriasis, PASI 8.4, DLQI 11. Calcipotriol/betamethasone foam.

Nikolsky sign negative on all examined skin. Total body photography arranged; 6-monthly skin checks for 2 years.
"""),

("neg21_rheum_back", """
Rheumatology new patient - inflammatory back pain

29-year-old man with 3 years of low back pain, worse in the morning with 90 minutes of stiffness and improving with exercise. Alternating buttock pain. One episode of painful red eye treated as anterior uveitis. Heel pain at the Achilles insertion.

Exam: Modified Schober's test 3.2 cm (reduced). Occiput-to-wall 0 cm. Chest expansion 3.5 cm. FABER positive bilaterally. No dactylitis. No Heberden's or Bouchard's nodes. No Gottron papules, no Raynaud's phenomenon, no sicca symptoms suggestive of Sjögren's.

Investigations: CRP 24, HLA-B27 positive. MRI SI joints: bilateral bone marrow oedema consistent with active sacroiliitis.

Classification: fulfils ASAS criteria for axial spondyloarthritis (imaging arm). BASDAI 6.2, ASDAS-CRP 3.4 (high disease activity).

Plan: naproxen 500 mg bd with PPI for 4 weeks; if BASDAI remains 4 or more, proceed to anti-TNF after TB screening. Physiotherapy referral. Ophthalmology open access for uveitis recurrence.
"""),

("neg22_patient_instructions", """
Going home after your heart stent - what to expect

Your procedure: a small tube (stent) was placed in one of your heart arteries through the wrist. The wrist band was removed before you left.

Medicines:
- Aspirin 100 mg once a day, every day, long term.
- Ticagrelor 90 mg twice a day for 12 months. Do not stop this medicine unless your heart doctor tells you to, even if another doctor or dentist asks you to - ask them to call the cardiology team first.
- Your cholesterol tablet has been changed to a higher dose.

Your wrist: some bruising is normal. Avoid heavy lifting (over 5 kg) with that arm for 1 week. If the wrist bleeds, press firmly for 10 minutes. If it will not stop, call 911.

Activity: walk every day, building up slowly. Most people can return to office work after 1-2 weeks. We hope you will join a cardiac rehabilitation program; you will be contacted with a start time.

Call your doctor if you notice: chest pain that does not settle within 5 minutes of your spray, breathlessness at rest, fainting, black stools, or a cold, numb hand. Young or old, everyone recovers at a different pace - be patient with yourself.
"""),

("neg23_hepatology", """
Hepatology clinic - compensated cirrhosis follow-up

Aetiology: alcohol-related liver disease; abstinent for 14 months (PEth < 10 ng/mL).

Scores: Child-Pugh B7 (bilirubin 38, albumin 31, INR 1.4, mild ascites, no encephalopathy). MELD-Na 14.
Transient elastography 28 kPa; platelets 92 - per Baveno VI criteria, endoscopic variceal screening is indicated. Previous OGD: small varices without red signs - carvedilol 6.25 mg daily started, HR 64.

Encephalopathy: one episode of West Haven grade 2 encephalopathy last year with a UTI; continues lactulose titrated to 2-3 soft stools daily and rifaximin 550 mg bd.

HCC surveillance: ultrasound today - 1.8 cm arterially enhancing lesion segment VI; multiphase MRI requested. If LI-RADS 5, within Milan criteria (single lesion under 5 cm), and transplant assessment would be appropriate given sustained abstinence.

Upper GI bleed risk discussed. Glasgow-Blatchford and Rockall scores explained in the context of what to do if he vomits blood.
"""),

("neg24_paeds_febrile_infant", """
Paediatric ED - febrile infant

6-week-old boy, term, fever 38.4 rectally at home and 38.6 here. Feeding slightly less, no vomiting, no rash, no cough. Well-appearing, alert, good tone, fontanelle soft, capillary refill under 2 seconds.

Risk stratification: does not meet low-risk criteria on the Rochester, Philadelphia or Boston criteria alone given age; using the AAP febrile infant guideline (22-28 day and 29-60 day pathways) - 29-60 day group. Procalcitonin 0.2 ng/mL, ANC 4.1, urinalysis negative (no pyuria, nitrite negative). Inflammatory markers not abnormal.

Plan: blood culture sent, urine culture (catheter) sent. LP not required per pathway. No empiric antibiotics. Observe; discharge if still well-appearing with follow-up in 24 hours and culture call-back arrangements confirmed. Parents educated on return precautions.

Separate note: older sibling in triage with sore throat - Centor (McIsaac-modified) score 4; rapid strep positive; phenoxymethylpenicillin 10 days. No signs of Kawasaki disease or Still's disease in either child. Denver II screen for the infant deferred to the well visit.
"""),

("neg25_lab_qc_memo", """
Clinical chemistry - bench handover and QC memo

Analyser 2 (Cobas 8000, c702 module) failed level 2 QC for creatinine at 0615: result 389 micromol/L against target 342 (SD 9.6), 2-2s rule violated with the previous run. Calibration repeated; QC within limits at 0705. Patient results between 0430 and 0615 on analyser 2 re-run on analyser 1; 7 results changed by more than the reference change value and were re-issued with amended-report comments.

Troponin (hs-TnT) - reminder of the 0/1 h algorithm thresholds: rule out if 0 h < 5 ng/L (and symptoms > 3 h) or 0 h < 12 with delta < 3; rule in if 0 h >= 52 or delta >= 5.

Coding reminders for the new order catalogue (build 12.4): basic metabolic panel CPT 80048, comprehensive 80053; creatinine LOINC 2160-0; HbA1c LOINC 4548-4. Diabetes-associated requests default to ICD-10 E11.9 unless the requester specifies E11.65 or similar.

Middleware rule set updated to v5.1 - delta check on potassium now 1.5 mmol/L within 24 h. Haemolysis index threshold for K unchanged at 90.
"""),
]

# ---------------------------------------------------------------- build
MARK = re.compile(r"\{([A-Z]+)\|([^{}]*)\}")


def build(doc_id, marked):
    marked = marked.strip("\n") + "\n"
    out = bytearray()
    spans = []
    expected = []
    pos = 0
    for m in MARK.finditer(marked):
        abbr, value = m.group(1), m.group(2)
        if abbr not in KINDS:
            raise SystemExit("%s: unknown abbreviation %r" % (doc_id, abbr))
        if not value or value != value.strip():
            raise SystemExit("%s: empty or padded value %r" % (doc_id, value))
        out += marked[pos:m.start()].encode("utf-8")
        b = len(out)
        out += value.encode("utf-8")
        spans.append({"bstart": b, "bend": len(out), "kind": KINDS[abbr]})
        expected.append(value)
        pos = m.end()
    out += marked[pos:].encode("utf-8")
    text = out.decode("utf-8")
    if "{" in text or "}" in text:
        raise SystemExit("%s: stray brace left in text" % doc_id)
    raw = text.encode("utf-8")
    for sp, value in zip(spans, expected):
        got = raw[sp["bstart"]:sp["bend"]].decode("utf-8")
        if got != value:
            raise SystemExit("%s: span mismatch %r != %r" % (doc_id, got, value))
    return {"id": doc_id, "text": text, "spans": spans}


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    seen = set()
    records = []
    for doc_id, marked in DOCS:
        if doc_id in seen:
            raise SystemExit("duplicate id %s" % doc_id)
        seen.add(doc_id)
        rec = build(doc_id, marked)
        if doc_id.startswith("neg") and rec["spans"]:
            raise SystemExit("%s: negative has spans" % doc_id)
        if not doc_id.startswith("neg") and not rec["spans"]:
            raise SystemExit("%s: clinical note without spans" % doc_id)
        records.append(rec)
    path = os.path.join(here, "notes.jsonl")
    with open(path, "w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    # re-read and verify from disk
    counts = collections.Counter()
    n_docs = n_neg = 0
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            n_docs += 1
            raw = rec["text"].encode("utf-8")
            if not rec["spans"]:
                n_neg += 1
            for sp in rec["spans"]:
                assert 0 <= sp["bstart"] < sp["bend"] <= len(raw), rec["id"]
                raw[sp["bstart"]:sp["bend"]].decode("utf-8")
                counts[sp["kind"]] += 1
    print("texts: %d (negatives: %d)" % (n_docs, n_neg))
    for kind in sorted(counts, key=lambda k: (-counts[k], k)):
        print("  %-16s %4d" % (kind, counts[kind]))
    print("  %-16s %4d" % ("TOTAL", sum(counts.values())))


if __name__ == "__main__":
    main()

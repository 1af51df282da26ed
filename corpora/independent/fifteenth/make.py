#!/usr/bin/env python3
"""Hand-written PHI test corpus ("fifteenth").

Texts carry inline markup {ABBR|value}; this script strips the markup,
computes UTF-8 byte offsets, verifies them and writes notes.jsonl.
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

NOTES = []


def note(nid, text):
    NOTES.append((nid, text))


note("note01_dc_summary", """DISCHARGE SUMMARY

Patient: {N|Okonkwo, Chidinma A.}        MRN: {MRN|00482917}
Admitted: {D|03/11/2023}                 Discharged: {D|03/16/2023}
Attending: {N|Rebecca Lindqvist}, MD     Service: Hospital Medicine
Facility: {G|St. Agnes Medical Center}, {C|Columbus}, OH

Principal diagnosis: Community-acquired pneumonia, right lower lobe
Secondary diagnoses: Type 2 diabetes mellitus, hypertension, CKD stage 3a

History of present illness:
Ms. {N|Okonkwo} is a 67-year-old woman who came to the ED with four days of productive cough, fevers to 39.1 C and pleuritic right-sided chest pain. Her daughter {N|Adaeze} noticed she was more muddled than usual on the morning of admission. CURB-65 was 2 on arrival and she was admitted to the floor.

Hospital course:
She was started on ceftriaxone 1 g IV daily plus azithromycin. Blood cultures drawn {D|3/11} grew Streptococcus pneumoniae, pan-sensitive, and antibiotics were narrowed to oral amoxicillin on hospital day 3. Creatinine peaked at 1.8 (baseline 1.3) and came back to 1.4 with gentle fluids; metformin was held during the stay and has been restarted. Her confusion had cleared by day 2 and she walked the unit with PT on {D|3/14} without desaturating below 93% on room air.

Discharge medications:
- Amoxicillin 1 g PO TID, last dose {D|3/18}
- Metformin 500 mg PO BID (resume)
- Lisinopril 10 mg daily
- Atorvastatin 40 mg nightly

Follow-up:
PCP Dr. {N|Hamid Qureshi}, {G|Riverside Family Practice}, within 7 days. Office phone {P|(614) 555-0192}. Repeat chest radiograph in 6 weeks to document resolution.

Electronically signed: {N|Lindqvist, Rebecca} MD  {D|03/16/2023} 14:22
""")

note("note02_ed_laceration", """ED PROVIDER NOTE
{G|Baptist Memorial Hospital-North Mississippi}
DOS: {D|07/04/2022}   Seen: 23:52
Pt: {N|Will Harrington}   DOB: {D|11/30/1988}   MRN: {MRN|BMH7730214}

CC: hand laceration

HPI: 33 y/o right-hand dominant man who cut his left palm on a broken bottle while setting off fireworks at a friend's house out on {ST|County Road 412} roughly 40 min PTA. Bleeding controlled with a towel. No numbness, no weakness of the fingers. Last tetanus "maybe 2014." His friend {N|Tyler Gaines} drove him in and is at bedside.

Exam: 4 cm linear lac across the thenar eminence. No tendon visualized. Full active flexion/extension of thumb and index at all joints against resistance. 2-point discrimination <6 mm in all digits, cap refill brisk.

Procedure: Irrigated with 500 mL NS, explored under tourniquet, no FB. Closed with six 4-0 nylon simple interrupted sutures. Tolerated well.

MDM/Plan: Tdap given. Cephalexin 500 mg QID x5 days given the dirty mechanism. Suture removal 10-14 days at PCP or urgent care. Return precautions reviewed: fever, spreading redness, numbness.

{N|K. Patel}, PA-C
Supervising physician: Dr. {N|Marisol Ybarra}
""")

note("note03_uk_clerking", """MEDICAL CLERKING - ACUTE MEDICAL UNIT

Name: {N|Rosalind Fairweather}      Age: {A|94}      Sex: F
Hospital no: {MRN|RH0448172}         NHS no: {OID|485 777 3456}
Date of admission: {D|14 January 2024}
GP: Dr {N|Fintan O'Rourke}, {G|Heavitree Health Centre}
NOK: son, {N|Peter Fairweather}, mob {P|07700 900418}

PC: Fall at home, long lie (approx. 6 h), found by carer.

HPC: Mrs {N|Fairweather} is a {A|94}-year-old lady who lives alone in a bungalow in {C|Topsham} with a package of care (two visits a day). She got up to use the commode at around 02:00, felt "wobbly" and went down onto her left side. No head injury recalled, no LOC, no palpitations. Carer {N|Bronwen} found her at 08:10 and called 999.

PMH: AF (on apixaban), HTN, OA both knees, cataract surgery 2019, mild cognitive impairment (MoCA 21/30 last year).

O/E: Alert, AMTS 8/10. HR 88 irregularly irregular, BP 142/70, sats 96% RA, T 36.4. Bruising left hip, pain on log roll but able to SLR. No shortening or rotation.

Ix: CK 1840. Na 133, K 4.9, Cr 118 (baseline 84). Pelvic XR: no fracture seen. CT head not indicated (no head injury, GCS 15) but low threshold given anticoagulation.

Impression: Mechanical fall with long lie, mild rhabdomyolysis, AKI stage 1.

Plan: IV fluids, repeat CK/U&E in the morning, PT/OT assessment, lying-standing BP, review of medications with pharmacy. Discussed with son by telephone who is happy with plan.

Dr {N|A. Mensah}, FY2, bleep 4417
""")

note("note04_icu_progress", """MICU Progress Note - Hospital Day 5
{D|Sat 02/10/2024} 07:40

Pt: {N|Javier Castellanos-Ruiz}, 58M, MRN {MRN|7715520}

Subjective/Overnight: Remains intubated and sedated. Wife {N|Lucía} stayed overnight at bedside. Brief episode of ventilator dyssynchrony around 03:00 resolved with increased fentanyl. No new fevers. Tube feeds at goal.

Objective:
Tmax 37.9, HR 92-110, MAP 66-78 on norepinephrine 0.04 mcg/kg/min (down from 0.12)
Vent: AC/VC 420 x 20, PEEP 10, FiO2 0.45, P/F ~210
I/O: +1.1 L / 24 h; UOP 0.6 mL/kg/h
Labs: WBC 14.2 (16.8), Hgb 9.1, Plt 138, lactate 1.4 (2.9 on admit), Cr 1.6
Micro: BAL from {D|2/7} growing Klebsiella pneumoniae, ESBL; blood cx NGTD x2

Assessment/Plan:
58M with ESBL Klebsiella VAP on top of ARDS following influenza A.
1. Septic shock - improving; continue meropenem (day 3), wean norepi for MAP > 65.
2. ARDS - moderate; continue low tidal volume strategy, SBT once FiO2 <= 0.4 and PEEP <= 8. Prone positioning no longer needed.
3. AKI - nonoliguric, trending down; renally dose meds.
4. Goals of care - full code. Family meeting with wife and son {N|Mateo} planned for {D|Monday 2/12} at 14:00 with palliative care present.

Dr. {N|Yusuf Adeyemi}, MICU fellow / staffed with Dr. {N|Ingrid Halvorsen}
""")

note("note05_cards_consult", """CARDIOLOGY CONSULTATION

Requesting physician: Dr. {N|Anand Venkataraman} (Orthopaedics)
Date: {D|19 September 2023}
Patient: {N|Dorothy Mae Kingsley}     MRN {MRN|5530-118-2}     DOB {D|02/05/1931}
Reason: preoperative risk assessment, new murmur

Thank you for asking us to see Mrs. {N|Kingsley}, a {A|92}-year-old woman admitted after a mechanical fall with a displaced right femoral neck fracture, planned for hemiarthroplasty. A harsh systolic murmur was noted on admission.

She lives at {G|Willow Creek Assisted Living} in {C|Bloomington} and walks with a rollator. She reports no exertional chest pain or syncope, but her daughter {N|Faith Kingsley-Moore} says she has been "slowing down" over the last year and stops to rest walking to the dining room.

Exam: BP 128/64, HR 76 regular. Grade 3/6 late-peaking crescendo-decrescendo murmur at RUSB radiating to both carotids, soft S2. No edema. JVP not elevated.

ECG: Sinus rhythm, LVH by voltage with strain pattern.
Bedside echo (formal to follow): calcified trileaflet aortic valve, peak velocity 4.3 m/s, mean gradient 44 mmHg, AVA ~0.8 cm2, LVEF 60%.

Impression: Severe aortic stenosis, likely symptomatic (exertional fatigue/dyspnea). RCRI 1.

Recommendations:
- Hip fracture repair should not be delayed; proceed with careful anesthetic planning (avoid large drops in SVR; arterial line recommended, consider regional with caution).
- Formal TTE today.
- Outpatient structural heart referral after recovery to discuss TAVR; family agreeable.
- We will follow.

{N|Olumide Bankole}, MD, Cardiology
Pager 36021
""")

note("note06_ct_report", """CT ABDOMEN AND PELVIS WITH IV CONTRAST

Patient: {N|HUANG, MEI-LING}     MRN: {MRN|HX0092744}
Accession: {OID|CT24-0381957}     Exam date: {D|04/22/2024} 18:06
Ordering: {N|Grant Whitfield}, DO (Emergency Medicine)
Location: {G|Valley Presbyterian Hospital} ED

CLINICAL HISTORY: 41-year-old female with RLQ pain, fever, leukocytosis.

TECHNIQUE: Axial images of the abdomen and pelvis were acquired after administration of 100 mL Omnipaque 350. Coronal and sagittal reformats. DLP 612 mGy-cm.

COMPARISON: CT abdomen/pelvis {D|11/3/2019}.

FINDINGS:
The appendix is dilated to 13 mm with wall thickening, mucosal hyperenhancement and periappendiceal fat stranding. A 7 mm appendicolith is present near the base. No extraluminal gas. Small amount of free fluid in the pelvis. No drainable collection.
Liver, gallbladder, spleen, pancreas and adrenal glands are unremarkable. Kidneys enhance symmetrically without hydronephrosis. Uterus and adnexa within normal limits. Lung bases clear.

IMPRESSION:
1. Acute appendicitis with appendicolith. No perforation or abscess.

Critical result communicated to Dr. {N|Whitfield} by telephone at 18:31 on {D|04/22/2024}, read back confirmed.

Dictated by: {N|Priyanka Raghunathan}, MD
""")

note("note07_path_report", """SURGICAL PATHOLOGY REPORT

{G|Northwestern Memorial Hospital} Department of Pathology
Accession #: {OID|S23-44817}
Patient: {N|Tomasz Wiśniewski}     DOB: {D|08/19/1961}     MRN: {MRN|003318446}
Collected: {D|10/02/2023}   Received: {D|10/02/2023}   Reported: {D|10/05/2023}
Submitting physician: {N|Helen Achterberg}, MD
Copy to: {N|Bashir, Rami}, MD

SPECIMEN: Prostate, needle core biopsies, 12 cores (A-L)

FINAL DIAGNOSIS:
A-C (right base, right mid, right apex): Prostatic adenocarcinoma, Gleason score 3+4=7 (Grade Group 2), involving 3 of 3 cores, 40%, 55% and 20% of core length. Pattern 4 comprises approximately 15%. Perineural invasion present.
D-F (right lateral): Benign prostatic tissue.
G-L (left side): Benign prostatic tissue with focal chronic inflammation. No high-grade PIN.

COMMENT: Immunostains for p63 and AMACR performed on block B1 support the diagnosis. Case reviewed at intradepartmental consensus conference.

Pathologist: {N|Dmitri Volkov}, MD
Electronically signed {D|10/05/2023} 16:48
""")

note("note08_nursing_shift", """Nursing Note - Night shift
{D|12/23/2023} 0300

Pt resting in bed, A&O x3, c/o incisional pain 6/10, medicated w/ oxycodone 5 mg PO at 0115, reassessed 0215 now 3/10. Abd dressing C/D/I. JP drain to bulb suction w/ 40 mL serosanguinous output this shift. Foley removed at 2200 per order, due to void by 0600, bladder scan PRN. Ambulated in hallway x1 with assist, tolerated well. IS 1250 mL.

Daughter {N|Rose Delacroix} called at 2330 asking for update, pt gave verbal OK to share info; updated on plan for possible d/c tomorrow. Her number is {P|504-555-0147} if anything changes overnight.

SCDs on. Call light in reach. Will continue to monitor.
- {N|Ngozi Eze}, RN
""")

note("note09_uk_clinic_letter", """Department of Rheumatology
{G|Leeds General Infirmary}
{ST|Great George Street}
{C|Leeds} {Z|LS1 3EX}

Clinic date: {D|7th March 2024}
Typed: {D|11/03/2024}

Dr {N|S. Chaudhry}
{G|Oakwood Lane Surgery}
{ST|14 Oakwood Lane}
{C|Roundhay}, {C|Leeds} {Z|LS8 2PF}

Dear Dr {N|Chaudhry},

Re: Mrs {N|Siobhan Gallagher}, DOB {D|23/06/1972}
{ST|Flat 3, 27 Ash Grove}, {C|Headingley}, {C|Leeds} {Z|LS6 1DB}
Hospital no. {MRN|L4471029}

Diagnosis: Seropositive rheumatoid arthritis (RF and anti-CCP positive), diagnosed 2021
Current treatment: Methotrexate 20 mg weekly, folic acid 5 mg weekly

I reviewed Mrs {N|Gallagher} in clinic today. She describes a flare over the past six weeks with early-morning stiffness lasting about two hours and swelling of both wrists and several MCP joints. DAS28-CRP today is 4.6 (moderate). She is tolerating methotrexate without nausea and her bloods have been stable.

Given persisting moderate disease activity despite adequate methotrexate, I have suggested adding hydroxychloroquine 200 mg daily and we have discussed the need for annual retinal screening after five years. I gave her a depot injection of methylprednisolone 120 mg IM today as a bridge.

I would be grateful if you could continue the shared-care blood monitoring every three months. I will see her again in four months, sooner if needed; she has the advice line number.

Yours sincerely,

Dr {N|Catriona MacLeod}
Consultant Rheumatologist
""")

note("note10_phone_encounter", """Telephone Encounter
{D|1/9/2024} 10:14 AM

Caller: {N|Hope Abernathy} (patient)    Callback: {P|(207) 555-0163}
Reason for call: Medication question

Pt states she started sertraline 50 mg on {D|12/28} and has had nausea and loose stools since, "not terrible but annoying." Denies suicidal thoughts, denies agitation or restlessness. Sleeping ok. Asks whether she should stop.

Per protocol, reassured that GI side effects often settle in 1-2 weeks; advised to take with food in the morning. Message routed to Dr. {N|Brennan} for review.

{N|Shauna Pike}, LPN

---
Addendum {D|1/9/2024} 1:42 PM: Agree, continue current dose, follow up visit already booked {D|1/23}. Call back if worsening or any new mood change. Pt notified via voicemail. - {N|M. Brennan}, MD
""")

note("note11_sw_assessment", """SOCIAL WORK PSYCHOSOCIAL ASSESSMENT

Date: {D|May 2, 2023}
Patient: {N|Darnell Whitaker}     Unit: 6 North     MRN: {MRN|2284019}
Referral: Discharge planning, housing concern

Met with patient at bedside with his permission. Mr. {N|Whitaker} is a 54-year-old man admitted with a diabetic foot infection, s/p partial 4th ray amputation on {D|4/28}. He reports that he was evicted from his apartment at {ST|1817 Cherry Street}, {C|Kalamazoo} about six weeks ago and has been staying with his cousin {N|Lamont Briggs} intermittently and otherwise in his car.

He works part-time at {G|Meijer} (stocking, overnight) and lost shifts during this admission. He has Medicaid (Healthy Michigan Plan), ID {HP|MI4407728815}. No current PCP; was last seen at {G|Family Health Center} "a couple of years ago."

Support: Sister {N|Yvonne Whitaker-Hale} in {C|Battle Creek}, phone {P|269-555-0188}, willing to let him stay for up to a month after discharge but her place has stairs.

Risk: Denies SI/HI. Reports alcohol "a couple beers on weekends." No other substance use.

Plan:
1. Provided list of shelters and the county housing assessment line; patient consented to referral to {G|Kalamazoo Gospel Ministries} case worker.
2. Coordinate with wound care re: home health vs. outpatient wound clinic given unstable housing.
3. Will contact sister to confirm discharge address once date is known.

{N|Emily Vandermolen}, LMSW  ext. 4-2281
""")

note("note12_case_mgmt_snf", """Case Management Note
{D|08/15/2023}

Pt {N|Bishop, Clarence}, {A|90} y.o., MRN {MRN|61-00-4432}, admitted {D|8/10} with CHF exacerbation. PT/OT recommending SNF for short-term rehab; pt and wife {N|Evangeline} agreeable.

Insurance: Humana Gold Plus HMO, member ID {HP|H41827705}, auth required. Clinicals faxed to Humana at {F|1-877-555-0134} on {D|8/14}, auth ref # {OID|HUM-23-8817420}. Auth approved this AM for 14 days.

Bed offers received from:
- {G|Golden Oaks Rehabilitation & Nursing} ({C|Sarasota}) - accepted, bed available {D|8/16}
- {G|Bayview Health Center} - declined, no male bed

Pt/wife choose {G|Golden Oaks}. Spoke with admissions coordinator {N|Trina Lopez} {P|941-555-0120}; report to be called by RN, facility fax {F|941-555-0121}. Transport arranged via wheelchair van for {D|8/16} at 11:00.

{N|J. Okafor} RN CCM
""")

note("note13_psych_consult", """PSYCHIATRY CONSULTATION - CONSULTATION-LIAISON SERVICE

Date of consult: {D|2/26/2024}
Patient: {N|Aylin Demir}, 23 y/o F
MRN: {MRN|E00735561}
Consulting team: Medicine (Dr. {N|Paige Lawson})
Question: Capacity to leave AMA; safety evaluation after acetaminophen ingestion

HPI: Ms. {N|Demir} is a graduate student at {G|Ohio State University} who presented on {D|2/24} after ingesting approximately 30 tablets of acetaminophen 500 mg following an argument with her partner. Four-hour level was above the treatment line and she completed NAC. LFTs peaked at AST 212 / ALT 340, now downtrending, INR 1.2. She is medically close to clearance.

Today she states she "wasn't really trying to die, just wanted everything to stop." She regrets the ingestion. She has had one prior episode of self-harm (cutting) at 16. She denies current SI, intent or plan. No psychotic symptoms. Drinks 2-3 glasses of wine on weekends. Roommate {N|Beatriz} has been visiting daily.

MSE: Well groomed, good eye contact, cooperative. Speech normal rate. Mood "embarrassed." Affect constricted but reactive. Thought process linear. No SI/HI at present. Insight and judgement fair.

Assessment: Adjustment disorder with depressed mood; intentional overdose with ambivalent intent. C-SSRS moderate risk, mitigated by future orientation, support, engagement.

Recommendations:
1. She has capacity to make decisions about discharge; however she is now agreeable to staying until medically cleared.
2. Safety plan completed with patient; firearm access denied.
3. Referral to campus counseling; first appointment arranged for {D|March 1}.
4. No psychiatric hold indicated at this time.

{N|Tobias Engström}, MD, Psychiatry C-L
""")

note("note14_ld_note", """L&D Admission Note
{G|Women & Infants Hospital}, Labor and Delivery
{D|06/18/2023} 04:25

{N|June Abiodun-Carter} is a 29 y.o. G2P1001 at 39w3d by LMP c/w 8 week US (EDD {D|06/22/2023}) who presents with regular contractions since approximately 01:00. Membranes intact. Good FM. No VB.

Prenatal care with Dr. {N|Lisette Moreau} at {G|Kent County OB-GYN Associates}. Pregnancy notable for GDMA1 (diet controlled), GBS negative on {D|5/30}. Blood type O+, Rubella immune, HIV/HBsAg/RPR neg.

Previous SVD 2020, 3420 g, uncomplicated.

Vitals: BP 118/72, HR 84, T 36.8
SVE: 5/80/-1, vertex. Contractions q3-4 min.
FHT: baseline 135, moderate variability, + accels, no decels - Category I.

Plan: Admit for active labor. Epidural per patient request. Routine labs. Expectant management. Partner {N|Marcus Carter} at bedside.

{N|Alejandra Fuentes}, CNM
""")

note("note15_peds_wcc", """Well Child Check - 4 year
Date: {D|10/17/2023}
Patient: {N|Kwame Mensah-Boateng}   DOB: {D|10/03/2019}   MRN: {MRN|PED-0093318}
Accompanied by: mother ({N|Abena Mensah}) and younger sister

Interval history: Doing well. Attends pre-K at {G|Little Sprouts Learning Center} in {C|Silver Spring} 5 days a week; teacher reports he is "chatty and social." Mom has no concerns about hearing or vision. Eats a variety of foods, picky with vegetables. Drinks ~16 oz whole milk daily - counseled to switch to 1%. Sleeps 8 pm to 7 am. Dental home established.

Development: Hops on one foot, copies a cross, tells stories, knows 4 colors. ASQ-3 all domains above cutoff.

Exam: Wt 17.2 kg (62%), Ht 104 cm (55%), BMI 15.9 (52%). BP 94/56. Vision 20/30 OU with HOTV chart. Hearing passed OAE. Normal exam, Tanner 1, both testes descended.

Immunizations today: DTaP, IPV, MMR, varicella (#2s). Influenza vaccine given. VIS provided.

Anticipatory guidance: booster seat, water safety, screen time < 1 h/day, reading together.

Return at 5 years or sooner as needed. School form completed and given to mom; she asked that a copy be emailed to the school nurse at {E|nurse.office@littlesproutslc.org}.

{N|Gabriela Ortiz-Landry}, MD, Pediatrics
""")

note("note16_op_note", """OPERATIVE REPORT

Date of surgery: {D|January 30, 2024}
Patient: {N|Patrick Aloysius Dunne}     MRN {MRN|8829014}
Surgeon: {N|Sanjay Mukherjee}, MD
Assistant: {N|Lauren Beaumont}, PA-C
Anesthesia: General endotracheal, Dr. {N|Kofi Asante-Ward}
Preoperative diagnosis: Right knee primary osteoarthritis
Postoperative diagnosis: Same
Procedure: Right total knee arthroplasty, cemented, posterior-stabilized

Implants: Femur size 6 PS, tibial baseplate size 5, 11 mm PS polyethylene insert, patella 35 mm all-poly. Lot and reference stickers on implant record.

Indications: 71-year-old man with end-stage tricompartmental OA, failed injections and physical therapy, progressive limitation of walking distance to about one block.

Description: After a right adductor canal block in the holding area the patient was brought to OR 7, placed supine and given general anesthesia. Cefazolin 2 g and TXA 1 g were given before incision. Thigh tourniquet inflated to 250 mmHg. Standard medial parapatellar arthrotomy. Distal femoral cut at 5 degrees valgus using intramedullary guide; tibial cut perpendicular to the mechanical axis with 3 degrees posterior slope, extramedullary guide. Flexion and extension gaps balanced after limited posteromedial release. Trials showed good stability and patellar tracking with no-thumbs test. Components cemented. Periarticular injection of ropivacaine/ketorolac/epinephrine. Tourniquet down after 68 minutes; hemostasis obtained. Layered closure, staples to skin, sterile dressing.

EBL: 150 mL. Complications: None. Counts correct x2.

Disposition: PACU in stable condition. WBAT. Aspirin 81 mg BID x 35 days for VTE prophylaxis. Anticipate discharge home POD 1 with his wife {N|Maureen}.

{N|S. Mukherjee}, MD
Dictated {D|1/30/2024}, transcribed {D|1/31/2024}
""")

note("note17_device_clinic", """Device Clinic - In-person interrogation
Visit date: {D|11/08/2023}

Patient: {N|Yoshiko Tanabe}     DOB: {D|04/12/1946}     MRN {MRN|773310}
Referring EP: Dr. {N|Leonard Abrams}

Device: Dual-chamber pacemaker, implanted {D|03/21/2017} for complete heart block
Generator: Medtronic Advisa DR MRI, serial {DEV|PZK219874H}
RA lead: 5076-52 cm, serial {DEV|PJN4471832}
RV lead: 5076-58 cm, serial {DEV|PJN4471915}
Remote monitor: CareLink, transmitter serial {DEV|RNG-308815}

Interrogation:
Battery voltage 2.93 V, estimated longevity 3.5 years
RA: sensing 2.8 mV, impedance 513 ohm, threshold 0.75 V @ 0.4 ms
RV: sensing not assessable (100% paced, no underlying escape at 30 bpm), impedance 608 ohm, threshold 1.0 V @ 0.4 ms
Pacing: AP 41%, VP 99.8%
Events: 3 AHR episodes, longest 2 min 14 sec on {D|9/30}, EGM consistent with atrial tachycardia. No VHR episodes.

Assessment: Normal device function. Brief atrial tachyarrhythmia, burden < 0.1%. CHA2DS2-VASc 4 but burden too low to prompt anticoagulation per EP; will discuss with Dr. {N|Abrams}.

Plan: Continue remote monitoring every 91 days. In-person check in 12 months. MRI conditional - patient given updated card.

{N|Dana Kowalczyk}, RN, CCDS
""")

note("note18_trauma_ed", """TRAUMA ACTIVATION - LEVEL 2
{G|Harborview Medical Center}
Date: {D|03/02/2024}   Arrival 16:38 via {G|King County Medic One}

Patient: registered under trauma alias, later identified as {N|Mateus Oliveira}, 26 M
Trauma MRN assigned: {MRN|TR-24-000871}, later merged to {MRN|H0661209}

Mechanism: Restrained driver, 2-vehicle T-bone collision at ~35 mph on {ST|Rainier Ave S} near {ST|S Henderson St}. Driver-side intrusion. Airbags deployed. Extricated by fire, ~15 min. GCS 14 at scene.

Per WSP trooper {N|Garrett Lindholm} (badge {OID|1187}), patient's vehicle a silver 2015 Honda Civic, WA plate {VEH|BXR4417}, VIN {VEH|2HGFB2F59FH528813}. Identification by WA driver's license {LIC|OLIVEMA225KD} found in wallet; address on license {ST|8801 Renton Ave S}, {C|Seattle}, WA {Z|98118}.

Primary: Airway intact, speaking. Breath sounds equal. HR 118, BP 104/66. GCS 14 (E4V4M6). Pupils 3 mm reactive.
Secondary: Seatbelt sign across L chest/abdomen, L lateral chest wall tenderness, L pelvic tenderness. FAST positive in LUQ.

Imaging: CT pan-scan - grade III splenic laceration with active extravasation, L ribs 7-10 fx, small L pneumothorax, no pelvic fx, CT head negative.

Plan: IR for splenic embolization, MTP standby (2 units pRBC given in bay). Trauma surgery Dr. {N|Abigail Nwachukwu} at bedside. Emergency contact: brother {N|Rafael Oliveira} reached at {P|(206) 555-0177}, en route.

Documented by {N|Caleb Strand}, MD, EM resident
""")

note("note19_portal_message", """Patient Portal Message (MyChart)
Received: {D|Feb 13, 2024} 9:02 PM (web, client IP {IP|2601:8c1:4300:5a0::1f3})
From: {N|Marguerite Oyelaran-Hughes}   MRN {MRN|4410287}
Reply-to email on file: {E|mags.hughes64@yahoo.com}
Subject: Blood pressure readings

Hi Dr. {N|Ferreira},
Here are my readings from the new cuff for the last week like you asked. Mornings mostly 138-146 over 84-90, evenings a little lower around 130/80. I have been taking the amlodipine at night now. My ankles are a bit puffy by evening. I uploaded a photo of the log to the portal too. Should I still come in on the {D|27th}?
Thanks,
{N|Marguerite}

---
Reply sent {D|2/14/2024} 8:15 AM by {N|Carla Ferreira}, MD:
Thanks for sending these. Your numbers are better but still above our goal of under 130/80. Ankle swelling is a common side effect of amlodipine. Please keep the appointment on {D|February 27} and we will talk about adjusting. The home BP log template is here if you need another copy: {URL|https://mychart.bayhealthpartners.org/forms/bp-log?pid=4410287}
""")

note("note20_telehealth", """Telehealth Visit - Video
Date: {D|09/05/2023}  Start 15:30  End 15:52
Provider: {N|Rashid Al-Farsi}, MD (located at {G|Lakeshore Internal Medicine}, {C|Evanston}, IL)
Patient: {N|Beverly Young}, 78 F, located at home in {C|Skokie}, IL
Consent: Verbal consent for video visit obtained; patient identity confirmed with name and DOB ({D|07/14/1945}).

Technical note: Initial connection failed; patient rejoined via browser link. Session log - patient client IP {IP|73.44.182.19}, session ID {OID|TV-9928-4471-AB}. Video and audio adequate after reconnect. Granddaughter {N|Kayla} assisted with the tablet.

S: Follow-up of cellulitis of the left lower leg, now day 9 of cephalexin. Redness much improved, no fever. Mild itching. Walking more.
O: On video the previously marked border has receded well inside the line; skin wrinkling present, no blistering or drainage. Patient-reported temp 98.1 F.
A: Left lower extremity cellulitis, resolving.
P: Complete antibiotic course tomorrow. Compression stockings once resolved given chronic venous stasis. Leg elevation. In-person visit if any recurrence. Time spent 22 minutes.

Signed {N|R. Al-Farsi}, MD {D|9/5/2023}
""")

note("note21_dc_to_snf", """DISCHARGE SUMMARY / TRANSFER TO SKILLED NURSING FACILITY

Patient name: {N|Nowak, Halina}          Date of birth: {D|06/01/1933}
Medical record #: {MRN|M0918237}          Account #: {AC|40088817352}
Admission: {D|12/02/2023}                 Discharge: {D|12/09/2023}
Discharging physician: {N|Benedict Osei}, MD
Discharge to: {G|St. Hedwig Care Center}, {ST|2200 W Division St}, {C|Chicago}, IL {Z|60622}

Diagnoses:
1. Left intertrochanteric hip fracture s/p cephalomedullary nail {D|12/03/2023}
2. Postoperative delirium, resolved
3. Acute blood loss anemia, transfused 1 unit {D|12/04}
4. Osteoporosis - new diagnosis

Brief course: {A|90}-year-old woman who fell at home on {D|12/2} and sustained the above fracture. She underwent fixation by Dr. {N|Ruth Abernathy-Stokes} on hospital day 2. Course complicated by hypoactive delirium POD 1-3 managed with nonpharmacologic measures, removal of Foley, and sleep hygiene; resolved by {D|12/06}. Hemoglobin nadir 7.4 on POD 1, stable at 9.0 after transfusion. Tolerating regular diet, bowels moving.

Weight bearing: WBAT LLE. PT/OT daily at facility.
Anticoagulation: Enoxaparin 30 mg SC daily through {D|12/31/2023}.
New medications: Vitamin D3 2000 IU daily, calcium citrate 600 mg BID. Zoledronic acid to be considered at osteoporosis follow-up after 2 weeks.

Code status: DNR/DNI, confirmed with patient and her son {N|Stanisław Nowak} (HCPOA), {P|773-555-0109}.

Follow-up: Orthopedics - Dr. {N|Abernathy-Stokes} in 2 weeks for staple removal and XR.
""")

note("note22_endo_letter", """{G|Bristol Royal Infirmary}
Diabetes and Endocrinology Outpatients

{D|22 November 2023}

Dr {N|Harriet Page}
{G|Whiteladies Medical Group}
{ST|Whatley Road}, {C|Clifton}
{C|Bristol} {Z|BS8 2PS}

Dear Dr {N|Page},

Mr {N|Oluwaseun Adebayo-Grant}, DOB {D|05/09/1988}, NHS No {OID|943 476 5919}
{ST|42 Cotham Brow}, {C|Bristol} {Z|BS6 6AR}

Diagnosis: Graves' disease with mild thyroid eye disease

Thank you for referring this 35-year-old man with weight loss, tremor and palpitations. TSH receptor antibodies came back strongly positive (TRAb 9.8 IU/L) and his free T4 is 42 pmol/L with suppressed TSH. Heart rate in clinic was 108 in sinus rhythm.

I have started carbimazole 30 mg once daily with propranolol 40 mg three times daily for symptom control and given him written information about agranulocytosis, asking him to stop the carbimazole and have an urgent FBC if he develops sore throat or fever. He smokes 10 a day and I have strongly advised stopping given the eye disease; he has agreed to a referral to the stop smoking service. Clinical activity score for his eyes is 2/7 and I have referred him to the joint thyroid eye clinic.

Please could you arrange TFTs in four weeks. I will review him in clinic in six weeks.

Yours sincerely,

Dr {N|Eleanor Fitzwilliam}
Consultant Endocrinologist
cc: patient
""")

note("note23_nephro_progress", """Nephrology Progress Note
{D|4/15/2024}

{N|Gurpreet Sandhu}, 64M, ESRD on HD (TTS) at {G|DaVita Fresno North Dialysis}, admitted {D|4/12} with hyperkalemia (K 7.1) after missing Saturday treatment. MRN {MRN|V2038841}.

S: Feels better. Had HD yesterday and today; no chest pain, dyspnea improved. Says he missed Saturday because his ride ({N|Harjit}, his nephew) had car trouble.

O: BP 152/88, HR 78, SpO2 97% RA. Weight 81.4 kg (EDW 79.5). Trace bilateral edema. L arm AVF with good thrill and bruit.
K 4.6, BUN 48, Cr 8.2, phos 6.4, Ca 8.6, Hgb 10.1

A/P:
1. Hyperkalemia - resolved with HD. Reinforced low K diet, reviewed high-K foods (he loves mangoes and dal).
2. Volume - 2 kg above dry weight; UF goal 2.5 L tomorrow.
3. Transportation barrier - SW consulted for Medicare-covered dialysis transport; unit SW at {G|DaVita} is Ms. {N|Hollis}, phone {P|559-555-0139}.
4. CKD-MBD - continue sevelamer 1600 mg TID with meals; binder adherence reviewed.
Plan discharge tomorrow after HD if stable; will resume outpatient schedule {D|Thursday 4/18}.

{N|Nadia Haddad}, MD, Nephrology
""")

note("note24_onc_consult", """HEMATOLOGY/ONCOLOGY NEW PATIENT CONSULTATION

Date: {D|August 3, 2023}
Patient: {N|Ifeoma Chukwuemeka}     MRN: {MRN|0037741926}
Referred by: Dr. {N|Wen Zhao}, Breast Surgery
Diagnosis: Left breast invasive ductal carcinoma, cT2 N1 M0, ER 95%, PR 60%, HER2 1+ (negative), Ki-67 30%

HPI: 47-year-old premenopausal woman who felt a left breast mass about three months ago. Diagnostic mammogram/US at {G|Sutter Imaging Center} on {D|6/20/2023} showed a 3.1 cm spiculated mass at 2 o'clock and an abnormal left axillary node. Core biopsy {D|6/27} confirmed IDC grade 2; node FNA positive. Staging CT chest/abdomen/pelvis and bone scan {D|7/18} without distant disease.

Family history: Mother had ovarian cancer at 52. Maternal aunt breast cancer at 60. Germline testing sent - results pending ({G|Invitae} order {OID|RQ4419876}).

Social: Married to {N|Chinedu}, two children aged 12 and 15. Works as a pharmacist at {G|Kaiser Permanente Roseville}. Never smoker.

Assessment and plan:
Clinical stage IIB, HR-positive HER2-negative breast cancer, node-positive. Discussed neoadjuvant versus upfront surgery; given node positivity and her preference to downstage, we will proceed with neoadjuvant dose-dense AC followed by weekly paclitaxel. Port placement requested. Echo baseline. Fertility preservation discussed; she does not desire further pregnancies. Genetic results may change surgical planning.

Total time 75 minutes, more than half in counseling.

{N|Miriam Oyelaran}, MD
""")

note("note25_palliative", """Palliative Care Consult Follow-up
{D|01/22/2024}

Pt: {N|Augustine Mbeki}, {A|96}M, MRN {MRN|3018855}
Present: patient (briefly), daughters {N|Thandiwe} and {N|Nomsa Mbeki}, chaplain Fr. {N|Declan Moriarty}, RN {N|Joy}
Mr. {N|Mbeki} is a {A|96}-year-old retired schoolteacher with advanced dementia (FAST 7a) admitted with aspiration pneumonia, his third admission in four months. He now takes only a few spoonfuls of thickened liquids and is sleeping most of the day.

Family meeting held in the 5th floor family room. Daughters report their father always said he "did not want machines." We reviewed that his pneumonia is a sign of his dementia progressing and that feeding tubes do not prevent aspiration or prolong life in advanced dementia. Daughters agreed to focus on comfort.

Outcomes:
- Code status changed to DNR/DNI, comfort-focused care; MOLST completed and signed.
- Stop IV antibiotics and lab draws. Comfort feeding by hand as tolerated.
- Morphine 2 mg SL q2h PRN dyspnea, glycopyrrolate for secretions.
- Hospice referral to {G|Beacon Hospice of Worcester}; daughters prefer home with hospice at {N|Nomsa}'s house in {C|Shrewsbury}.
- Chaplain will return this evening for prayers at family's request.

Time: 70 min, >50% counseling/coordination.

{N|Sunita Rao}, MD, Palliative Medicine
""")

note("note26_pt_eval", """Outpatient Physical Therapy - Initial Evaluation
{G|Peak Motion Physical Therapy}, {C|Bozeman}, MT
Date: {D|5/8/2024}

Patient: {N|Tanner McAllister}   DOB {D|12/22/1999}
Referring provider: {N|Elise Marchetti}, PA-C
Dx: R ACL reconstruction (BTB autograft) on {D|4/26/2024}

Subjective: 24 y/o ski instructor, 12 days post-op. Pain 3/10 at rest, 5/10 after walking. Using one crutch. Sleeping in brace locked in extension. Goal: return to skiing by the start of the season.

Objective:
Knee ROM R: 2-0-98 deg (L 0-0-145)
Quad lag 10 deg with SLR, fair quad set
Effusion: 2+ (stroke test)
Incisions healing, steri-strips intact, no signs of infection
Gait: antalgic, reduced knee flexion in swing

Assessment: Expected early post-op deficits. Good candidate for full recovery given age and motivation.

Plan: 2x/week for 12 weeks. NMES for quad activation, patellar mobs, heel slides, wall slides, progressive gait training. Home program provided. Will send progress notes to {N|E. Marchetti}, PA-C, and the operating surgeon Dr. {N|Roan Whitehorse}.

{N|Becca Lindgren}, PT, DPT
""")

note("note27_occ_health", """Occupational Health - Work Injury Visit
{G|Concentra Urgent Care - Elizabeth}
Date of visit: {D|10/12/2023}    Date of injury: {D|10/11/2023}

Employee: {N|Dariusz Kamiński}
Employer: {G|Port Newark Container Terminal}
Employee ID: {OID|PNCT-20931}     WC claim #: {OID|WC23-550912-NJ}
Supervisor: {N|Rick Delgado}, {P|(973) 555-0155 ext. 214}

Mechanism: While lashing containers, a lashing bar slipped and struck his left forearm. Immediate pain and swelling. Applied ice on site.

Exam: 48 y/o male in no distress. L mid-forearm ulnar side with 4 x 3 cm contusion, point tenderness over ulna, no deformity. Full ROM wrist/elbow with pain. NV intact distally.

X-ray L forearm 2 views: No fracture or dislocation.

Diagnosis: Contusion of left forearm (S50.12XA)

Work status: Modified duty x 7 days - no lifting > 10 lb with left arm, no lashing. Recheck {D|10/19/2023}.
Treatment: Ice, ibuprofen 600 mg TID with food, compression sleeve.

Form WC-1 faxed to carrier {F|(973) 555-0199}.

{N|Imani Okoro}, MD
""")

note("note28_pharm_pa", """Pharmacy Prior Authorization Note
{D|03/27/2024}

Patient: {N|Esperanza Villalobos}   DOB {D|02/11/1977}
Plan: BlueCross BlueShield of Texas, member ID {HP|XOJ882104557}, group {HP|0041877}
Rx BIN 004336 / PCN ADV

Drug requested: semaglutide (Ozempic) 0.25 mg weekly titrating to 1 mg
Prescriber: Dr. {N|Omar Haddad}, {G|Medical City Plano Primary Care}, NPI 1487765230, fax {F|972-555-0182}
Criteria review: Type 2 DM dx 2019, A1c 8.9% on {D|3/1/2024} despite metformin 1000 mg BID x > 3 months and glipizide 10 mg daily. BMI 36. No history of pancreatitis or MTC/MEN2. Eligible per plan criteria.

Submitted electronically via CoverMyMeds, key {OID|BPXW7KTL}. Response: APPROVED {D|3/28/2024} through {D|3/27/2025}, PA #{OID|24-087-331902}.

Patient notified by phone at {P|469-555-0114}; she will pick up at {G|Walgreens} on {ST|Preston Rd} tomorrow.

{N|Thuy Nguyen}, PharmD
""")

note("note29_micro", """MICROBIOLOGY - FINAL REPORT
{G|Quest Diagnostics} / {G|Intermountain Medical Center} reference lab

Patient: {N|LARSEN, ANNIKA J}        Sex: F     DOB: {D|1985-03-09}
MRN: {MRN|IMC20448913}                Specimen ID: {OID|M24-118302}
Source: Urine, clean catch midstream
Collected: {D|2024-05-06} 08:12     Received: {D|2024-05-06} 10:40     Final: {D|2024-05-08} 07:55
Ordering provider: {N|NAKAMURA, KENJI} MD

CULTURE:
>100,000 CFU/mL Escherichia coli

SUSCEPTIBILITY (MIC, ug/mL):
Ampicillin               >=32     R
Amoxicillin/clavulanate   8       S
Cefazolin (urine)        <=4      S
Ceftriaxone              <=1      S
Ciprofloxacin            >=4      R
Nitrofurantoin           <=16     S
Trimethoprim/sulfa       >=320    R

Comment: Cefazolin urine breakpoint predicts results for oral cephalosporins in uncomplicated UTI.
Results phoned to {N|Britt}, RN at 08:03 on {D|5/8/24}.
""")

note("note30_mri_brain", """MRI BRAIN WITHOUT AND WITH CONTRAST

EXAM DATE: {D|12/14/2023}
PATIENT: {N|Santiago Echeverría}    MRN: {MRN|50027731}    ACC#: {OID|MR0091775}
REFERRING: {N|Noor Siddiqui}, MD - {G|Cleveland Clinic Neurological Institute}

INDICATION: 34-year-old man with 3 weeks of right hand numbness and blurred vision in the left eye. Evaluate for demyelinating disease.

TECHNIQUE: Multiplanar multisequence MRI of the brain before and after 7 mL gadobutrol. 3T scanner.

COMPARISON: None.

FINDINGS:
Multiple T2/FLAIR hyperintense ovoid lesions are present in the periventricular white matter oriented perpendicular to the lateral ventricles (Dawson fingers), the largest measuring 9 mm in the left centrum semiovale. Juxtacortical lesion in the right frontal lobe. Infratentorial lesion in the left middle cerebellar peduncle. Two lesions demonstrate incomplete ring enhancement, consistent with active demyelination. Abnormal T2 signal and enhancement of the intraorbital left optic nerve. No mass effect. Ventricles normal in size. Normal flow voids.

IMPRESSION:
1. Multifocal white matter lesions in periventricular, juxtacortical and infratentorial locations, some enhancing, with left optic neuritis. Findings fulfill dissemination in space and time by 2017 McDonald criteria in the appropriate clinical setting.
2. Recommend MRI cervical and thoracic spine.

Results discussed with Dr. {N|Siddiqui} on {D|12/14/2023} at 16:10.

{N|Hallvard Bergstrom}, MD, Neuroradiology
""")

note("note31_home_health", """HOME HEALTH SKILLED NURSING VISIT
Agency: {G|Blue Ridge Home Health}
Visit date: {D|11/20/2023}   Time in 10:05 / Time out 10:55   Visit 4 of 9

Patient: {N|Eula Mae Pritchett}     DOB {D|9/3/1939}
Address: {ST|2716 Possum Hollow Rd}, {C|Boone}, NC {Z|28607} ({CO|Watauga County})
Directions: gravel drive past the church, blue mobile home on left. Dog is friendly. Key in lockbox, code given by daughter.
Primary caregiver: daughter {N|Loretta Greer}, cell {P|828-555-0152}
PCP: Dr. {N|Arvind Menon}, {G|Appalachian Regional Healthcare}

Skilled need: Wound care stage 3 pressure injury sacrum; CHF monitoring.

Vitals: BP 132/70, HR 72 irreg, RR 18, SpO2 94% RA, T 97.6. Weight 141 lb (was 139 on {D|11/16}).
Lungs: fine crackles bases, unchanged. 1+ pitting edema bilat ankles.
Wound: sacrum 3.2 x 2.4 x 0.6 cm, red granulation 80%, slough 20%, mod serous drainage, periwound intact. No odor. Cleansed NS, calcium alginate, bordered foam. Tolerated.

Teaching: Daughter return-demonstrated repositioning q2h and heel offloading. Reviewed daily weights; call if gain > 3 lb in 2 days or 5 lb in a week.

Plan: Next visit {D|11/23}. Notify PCP re weight trend - message left with nurse line.

{N|Sharon Blevins}, RN
""")

note("note32_hospice_face", """HOSPICE ADMISSION - FACE SHEET / INITIAL ASSESSMENT
{G|Hospice of the Western Reserve}

Patient: {N|Frankowski, Edward J.}      DOB: {D|03/17/1932}      Age: {A|91}
SSN: {SSN|282-44-7193}                  Medicare MBI: {HP|4TK9-QW2-MR71}
Address: {ST|18415 Lorain Ave}, {C|Cleveland}, OH {Z|44111}, {CO|Cuyahoga County}
Phone: {P|216-555-0196}
Admission date: {D|2/5/2024}
Attending of record: Dr. {N|Ramona Quiñones}
Hospice diagnosis: Heart failure with reduced ejection fraction (EF 15%), NYHA IV
Primary caregiver / HCPOA: {N|Joan Frankowski} (wife, 88)
Alternate contact: son {N|Michael Frankowski}, {P|440-555-0128}, {E|mfrankowski@outlook.com}
Funeral home: {G|Busch Funeral Home - Parma}

Assessment: Frail elderly man seen in his first-floor bedroom. Short of breath at rest, RR 24, on 2 L O2. PPS 30%. Eating a few bites of soup daily. Bilateral leg edema to the knees. Pain 2/10. Wife is his main caregiver with help from their neighbor {N|Gus}.

Plan of care: Comfort medication kit delivered (morphine concentrate, lorazepam, haloperidol, atropine drops). Furosemide continued PO as tolerated for symptom relief. Hospital bed and overbed table ordered. Aide 3x/week, RN 2x/week. Social worker and chaplain visits to be scheduled. DNR form on refrigerator.

{N|Colleen Hanrahan}, RN, Hospice Admissions
""")

note("note33_triage_lower", """triage note {D|6/2/24} 0214
pt is a 19 yo f brought in by roommate ({N|kenzie}) c/o abd pain x 1 day, worse in rlq last few hrs, +nausea, no vomiting. lmp {D|5/10}. states she is "not sexually active right now." vs t 37.8 hr 104 bp 116/74 rr 18 spo2 99%. pain 8/10. ambulatory w/ steady gait. denies allergies. urine hcg sent. esi 3. to room 14. dr {N|oyelowo} notified.
{N|d. macpherson} rn
""")

note("note34_uk_ae_letter", """{G|Royal Victoria Infirmary} - Emergency Department
Discharge letter to GP

Patient: {N|Callum Struthers}     DOB: {D|14/02/2008}     MRN: {MRN|RVI-7710493}
Address: {ST|9 Jesmond Vale Terrace}, {C|Newcastle upon Tyne} {Z|NE6 5JT}
Attended: {D|Sat 09/03/2024} 21:16    Discharged: 23:40
GP: {G|Heaton Road Surgery}

Presenting complaint: Head injury playing rugby

{N|Callum} is a 16-year-old who was tackled during a school match at {G|Dame Allan's Schools} and struck the back of his head on the ground. Brief LOC (< 1 minute per coach). One episode of vomiting. Now GCS 15, no focal neurology, mild headache. Canadian CT Head Rule and NICE criteria met (vomiting, LOC) - CT head performed: no acute intracranial abnormality.

Diagnosis: Concussion / minor head injury

Plan: Discharged into the care of his mother, {N|Fiona Struthers}, with written head injury advice. No return to contact sport until graduated return-to-play completed (minimum 21 days) and symptom free. School informed via mum.

Seen by: Dr {N|Ewan Dalgleish}, ST4 Emergency Medicine
""")

note("note35_neuro_letter", """{G|Penn Neurology Associates}
{ST|3400 Spruce Street}, {C|Philadelphia}, PA {Z|19104}
Phone {P|215-555-0170}  |  Fax {F|215-555-0171}

{D|October 30, 2023}

{N|Charlotte Wexler}, MD
{G|Bryn Mawr Family Medicine}
{ST|130 S Bryn Mawr Ave}, Suite 205
{C|Bryn Mawr}, PA {Z|19010}

RE: {N|Liam O'Shaughnessy}   DOB: {D|1/4/1957}

Dear Dr. {N|Wexler},

Thank you for referring Mr. {N|O'Shaughnessy}, whom I saw today for evaluation of a resting tremor of the right hand that his wife {N|Gráinne} first noticed about a year ago. He also reports softer speech, smaller handwriting, and that he no longer swings his right arm when walking. He has had constipation for several years and acts out his dreams, which she has witnessed.

On examination he has a 4-5 Hz pill-rolling rest tremor of the right hand, reduced facial expression, mild rigidity of the right arm with activation, and decrement in right finger taps. Gait shows reduced right arm swing; pull test negative. MDS-UPDRS part III is 24.

I believe he has idiopathic Parkinson's disease, Hoehn and Yahr stage 1.5. We discussed treatment options and he would like to start carbidopa/levodopa 25/100 mg, half a tablet three times daily, increasing over three weeks to one tablet three times daily. I have recommended a structured exercise program (he is interested in the Rock Steady Boxing group at the {G|Main Line YMCA}).

I will see him again in three months.

Sincerely,

{N|Adebola Ogunleye}, MD
Movement Disorders
""")

note("note36_derm", """Dermatology Clinic Note
Date: {D|7/19/2023}
Patient: {N|Connor Bjornstad}   Age 62   MRN {MRN|D-113397}

CC: Spot on back that wife noticed changing.

HPI: Wife {N|Kirsten} noticed a dark mole on his upper back "getting bigger" over the summer. No bleeding or itch. History of multiple blistering sunburns as a lifeguard at {G|Lake Nokomis} beach in his teens. No personal history of skin cancer. Brother had melanoma in his 50s.

Exam: Fitzpatrick II. Full skin exam performed. Left upper back: 9 x 7 mm asymmetric brown-black macule with irregular borders and focal blue-grey area; dermoscopy shows atypical network and regression structures. Multiple seborrheic keratoses on trunk. Scattered actinic keratoses on scalp and dorsal hands.

Procedure: Excisional biopsy L upper back with 2 mm margins, elliptical, closed with 4-0 nylon. Specimen to dermpath, requisition {OID|DP23-07719}.
LN2 to 6 AKs on scalp.

Plan: Will call with path. Sun protection counseling. Full skin exams every 6 months. Suture removal 14 days.

{N|Vanessa Oduya}, MD
""")

note("note37_after_hours", """After-Hours Triage Call
Call received {D|Sunday, 12/31/2023} 22:48
Answering service ticket {OID|AS-4471908}

Caller: {N|Rahul Mehta} (father) re: {N|Aarav Mehta}, 14 months
Callback: {P|(919) 555-0145}
PCP: {G|Triangle Pediatrics}

Concern: Fever 102.9 F rectal since this afternoon, fussy, pulling at right ear. Drinking bottles, 4 wet diapers today. No rash. No difficulty breathing. Alert, consolable. Vaccines up to date.

Per Schmitt-Thompson fever protocol: no emergency symptoms. Dosed ibuprofen 100 mg (5 mL of 100 mg/5 mL) at 21:30 per father; reviewed correct acetaminophen dose (160 mg/5 mL, 5 mL) if needed in 4 hrs. Advised to call back or go to {G|WakeMed North} ED for lethargy, stiff neck, non-blanching rash, labored breathing or no wet diaper in 8 hours. Office appointment offered for {D|Jan 2} morning; father accepted.

{N|Kimberly Oakes}, RN (nurse line)
""")

note("note38_transfer", """INTERFACILITY TRANSFER NOTE

Sending facility: {G|Brookings Health System}, {C|Brookings}, SD
Receiving facility: {G|Sanford USD Medical Center}, {C|Sioux Falls}, SD
Accepting physician: Dr. {N|Johanna Vos}, Neurology (spoke {D|3/18/2024} 19:05)
Transfer center reference: {OID|TC-240318-0442}

Patient: {N|Rolf van der Berg}, 71 M, DOB {D|09/25/1952}, MRN {MRN|BHS-448120}

Reason for transfer: Acute ischemic stroke, left MCA, candidate for thrombectomy.

Summary: Last known well 17:30 at his farm near {C|Volga} when his wife {N|Greta} saw him in the barn. Found 18:10 with right-sided weakness and inability to speak. Arrived 18:41. NIHSS 16 (aphasia, R hemiplegia, R gaze preference). CT head no hemorrhage, ASPECTS 9. CTA: L M1 occlusion. Tenecteplase 25 mg IV bolus given at 19:02 after teleneuro consult with Dr. {N|Vos}. BP 168/90 after labetalol 10 mg. Glucose 142.

Mode: Fixed-wing air ambulance ({G|Sanford AirMed}), ETA 45 minutes. Family driving separately; wife's cell {P|605-555-0183}.

Copies of imaging pushed to receiving PACS.

{N|Curtis Hagen}, MD, Emergency Medicine
""")

note("note39_death_note", """Death Pronouncement Note
{D|04/09/2024} 03:17

Called to bedside by RN {N|Precious Dlamini} for patient without respirations. Mr. {N|Ignatius Okafor} (MRN {MRN|0912274}), 83, admitted for metastatic pancreatic cancer on comfort care.
Exam: No response to verbal or tactile stimuli. Pupils fixed and dilated. No spontaneous respirations observed over one minute. No heart sounds or breath sounds on auscultation over one minute. No palpable carotid pulse.

Patient pronounced dead at 03:14.

Family: Daughter {N|Chioma Okafor-Reyes} was present at the time of death; son {N|Emeka} notified by phone at 03:25. Family declined autopsy. Chaplain paged. Next of kin aware.
Attending Dr. {N|Lindiwe Khumalo} notified.
Death certificate to be completed by primary team. Organ procurement organization ({G|Gift of Life Michigan}) notified, referral #{OID|GOL-24-19334}; not a candidate.
Funeral home: {G|Swanson Funeral Home}, {C|Flint}.

{N|Arjun Iyer}, MD, PGY-2 Internal Medicine
""")

note("note40_cps_sw", """SOCIAL WORK NOTE - CHILD PROTECTION
Date: {D|9/26/2023}

Patient: {N|Nevaeh Rodriguez}, 7 months, MRN {MRN|C5520117}
Mother: {N|Destiny Rodriguez}, 19    Father: {N|Jaylen Booker}, 22 (not present)

Reason: Skeletal survey on admission for bronchiolitis incidentally showed healing posterior rib fractures (ribs 5-7 on the left) of varying age. Child Protection Team consulted per policy; Dr. {N|Ashlyn Becker} (CPT) examined the infant.

Report made to {CO|Maricopa County} DCS hotline on {D|9/26/2023} at 11:20; intake ID {OID|DCS-230926-88127}. Assigned investigator {N|Martina Espinoza}, {P|602-555-0193}. {G|Phoenix PD} notified per protocol, report # {OID|2023-01783462}.

Mother states she lives with the infant's maternal grandmother ({N|Carmen Rodriguez}) at {ST|4033 W Roosevelt St}, {C|Phoenix} {Z|85009}, and that the father provides care on weekends. She was tearful and cooperative.

Safety plan: Infant to remain inpatient pending investigation; hospital security aware. Visits by mother supervised; father not to visit until DCS clears. Will provide support resources to mother.

{N|Rachel Goldfarb}, LCSW
""")

note("note41_aps_referral", """Adult Protective Services Referral - Documentation
Referral date: {D|1/17/2024}

Vulnerable adult: {N|Wilhelmina Voss}, {A|93} y/o F
Residence: {ST|605 N Main St}, {C|Mount Airy}, NC {Z|27030}, {CO|Surry County}
Alleged perpetrator: nephew, {N|Dale Voss}, lives in home

Concern: Patient brought to ED by EMS after neighbor {N|Roberta Kinney} called 911 when she hadn't seen patient in 3 days. Patient found with dehydration (Na 152), soiled bedding, and a stage 2 pressure injury on the sacrum. Patient reports nephew "handles her checks." She has not been to her bank, {G|Surrey Bank & Trust}, in months. Pharmacy records show no fills of her blood pressure medications for over 90 days.

Report called to {CO|Surry County} DSS Adult Services, intake worker {N|Tamika Burrell}, {P|336-555-0161}, ref {OID|APS-SC-24-0117}. Written report faxed to {F|336-555-0162}.

Patient has capacity to participate in decisions per medicine team; she asks that the nephew not be given information. Chart flagged; nephew not listed as contact.

{N|Greg Albright}, MSW
""")

note("note42_interpreter", """Progress Note - Family Medicine
{D|3/4/2024}
Interpreter used: Arabic, in-person, {N|Samir Khoury} (interpreter ID {OID|INT-2207})

Patient: {N|Fatima Al-Khalidi}, 44 F, MRN {MRN|FM-559031}

S: Here with her husband {N|Hassan} for follow-up of iron deficiency anemia. Taking ferrous sulfate every other day as instructed; tolerating better than daily. Less tired. Heavy menses persist - changes pads every 2 hours on days 1-2. Arrived from {C|Aleppo} via {C|Amman} in 2022; resettled through {G|Catholic Charities} in {C|Dearborn}.

O: BP 112/70, HR 80. Conjunctival pallor improved.
Hgb 10.8 (8.9 three months ago), ferritin 14 (4).

A/P:
1. Iron deficiency anemia, improving - continue oral iron; recheck CBC/ferritin in 8 weeks.
2. Heavy menstrual bleeding - pelvic US ordered; referral to gynecology, requests female physician; Dr. {N|Leila Nasser} at {G|Beaumont Women's Health} has availability.
3. Health maintenance - Pap due; will do at gyn visit.

{N|Owen Fairbanks}, MD
""")

note("note43_ophtho", """Ophthalmology - Retina Clinic
{D|02/06/2024}
{N|Bongani Ndlovu}, 69M, MRN {MRN|EY-20017743}

Here for injection #5 OD for neovascular AMD. Says the vision in the right eye is "steady, maybe a bit clearer." No flashes, floaters, pain. Drove himself today; his wife {N|Precious} usually drives but is recovering from surgery.

VA cc: OD 20/50 (20/60 last), OS 20/30
IOP: 15 / 16 (Tonopen)
SLE: 1+ NS cataract OU, otherwise unremarkable
DFE: OD - regressed CNV, trace pigment, no heme. OS - intermediate drusen, no CNV.
OCT OD: resolution of subretinal fluid, CST 268 (was 301). OS stable.

Procedure: Intravitreal aflibercept 2 mg OD, after betadine prep and lid speculum. Timeout performed. IOP post 18, CF vision confirmed.

Plan: Treat-and-extend - return 8 weeks ({D|April 2}) for OCT and injection OD. Amsler grid for OS at home. Discussed driving - currently meets DMV vision standard with OS.

{N|Hyun-woo Park}, MD, Retina
""")

note("note44_colonoscopy", """PROCEDURE NOTE - COLONOSCOPY
{G|Mount Sinai Queens} Endoscopy Unit
Date: {D|8/22/2023}

Patient: {N|Anthony Russo}   DOB {D|05/30/1970}   MRN {MRN|MSQ0448201}
Endoscopist: {N|Rivka Feldman}, MD     Referring: {N|George Papadakis}, MD
Indication: Screening, average risk, age 53
Sedation: MAC with propofol, administered by anesthesia (Dr. {N|Ijeoma Nwosu})

Prep: Boston Bowel Preparation Scale 3-3-2 (total 8), adequate.
Cecum reached, confirmed by appendiceal orifice and ileocecal valve. Withdrawal time 11 min.

Findings:
- 6 mm sessile polyp, ascending colon (Paris 0-Is), removed with cold snare, retrieved.
- 4 mm sessile polyp, sigmoid, cold snare, retrieved.
- Scattered sigmoid diverticulosis.
- Small internal hemorrhoids on retroflexion.

Specimens: Jar A (ascending), Jar B (sigmoid) to pathology.
Complications: none.

Recommendations: Await pathology. Repeat colonoscopy interval depends on histology (likely 7-10 years if 1-2 tubular adenomas < 10 mm). High-fiber diet. Results letter to patient and copy to Dr. {N|Papadakis}.

Escort: wife {N|Gina}, discharged in her care.
""")

note("note45_preop_anesthesia", """PRE-ANESTHESIA EVALUATION
Date: {D|6/11/2024}   Scheduled surgery: {D|6/14/2024}
Procedure: Laparoscopic cholecystectomy   Surgeon: Dr. {N|Maxwell Odum}

Patient: {N|Priya Ramaswamy-Kline}, 38 F    MRN {MRN|AZ7720193}

PMH: Type 1 DM since age 11 on insulin pump; hypothyroidism; PONV with prior C-section.
Pump: Tandem t:slim X2, serial {DEV|TS-1128840}, with Dexcom G7 CGM (transmitter/sensor {DEV|8KX2-41Q7}). Basal rates 0.6-0.9 u/h, total basal ~18 u/day. A1c 6.9%.

Airway: Mallampati II, TMD > 3 FB, full neck ROM, no dentures.
ASA: III
Labs: Cr 0.7, K 4.1, TSH 2.2. HCG to be done DOS.

Plan:
- GA with ETT. PONV prophylaxis: dexamethasone 4 mg, ondansetron, scopolamine patch the night before (Apfel score 3).
- Pump: reduce to 80% basal from midnight; per policy pump stays on intra-op with site and CGM taped away from the field; anesthesia to check POC glucose hourly. Endocrine (Dr. {N|Sato}) aware.
- NPO after midnight, clear liquids until 2 h pre-op (no sugary drinks unless glucose < 70).
- Levothyroxine morning of surgery.

Patient verbalized understanding. Questions answered. Husband {N|Trevor Kline} will drive home.

{N|Magdalena Szymańska}, MD, Anesthesiology
""")

note("note46_wound_nursing", """Wound/Ostomy Nurse Note  {D|10/03/2023}

Consulted for new ileostomy teaching. Pt {N|Lorenzo Baptiste} seen with his partner {N|Andre} at bedside. Stoma RLQ, 30 mm round, budded 2 cm, pink/moist, mucocutaneous junction intact. Output thin green, ~900 mL/24 h. Peristomal skin intact.

Fitted with 2-piece system, cut-to-fit 1-1/4 inch flange with convex ring. Pt emptied pouch independently x2 and completed 1 full change with coaching. Reviewed signs of dehydration with high output, foods to thicken output, and when to call. Supplies ordered through {G|Byram Healthcare}, order {OID|BYR-5509183}; first shipment to home address on file.

Outpatient WOC follow-up at {G|Jefferson Ostomy Clinic} in 2 weeks.

{N|Marisa Quiñonez}, RN, CWOCN
""")

note("note47_psych_dc", """PSYCHIATRIC DISCHARGE SUMMARY
{G|Sheppard Pratt} - Adult Inpatient Unit 3

Patient: {N|Elijah Grant}     MRN {MRN|SP-0091442}
Admission: {D|11/27/2023} (voluntary)     Discharge: {D|12/08/2023}
Attending: {N|Lena Hofstadter}, MD

Reason for admission: Major depressive disorder, recurrent, severe, without psychotic features; passive SI with plan to overdose on stored medications.

Course: Mr. {N|Grant} is a 31-year-old software tester who was brought in by his sister {N|Naomi Grant} after disclosing that he had been saving pills. Medications at home were secured by family prior to discharge. Sertraline was cross-tapered to venlafaxine XR, titrated to 150 mg. He engaged in CBT-informed groups and individual therapy. PHQ-9 fell from 24 on admission to 11 at discharge. By day 6 he denied SI and was future oriented, discussing returning to work at {G|Northrop Grumman} on a graded basis. C-SSRS at discharge: low risk.

Discharge plan:
- Venlafaxine XR 150 mg daily, hydroxyzine 25 mg q6h PRN anxiety (#20, no refills)
- IOP at {G|Sheppard Pratt Towson} starting {D|12/11}, M/W/F
- Outpatient psychiatrist: Dr. {N|Moses Adjei}, first appointment {D|12/19/2023}
- Crisis line 988 and safety plan reviewed; copy given to sister with patient consent.

{N|L. Hofstadter}, MD
""")

note("note48_addiction_consult", """ADDICTION MEDICINE CONSULT
{D|5/21/2024}

Patient: {N|Cody Rasmussen}, 36 M, MRN {MRN|0778192}
Requested by: Hospital Medicine, Dr. {N|April Nwankwo}

Reason: Opioid use disorder; admitted with MSSA tricuspid valve endocarditis.

History: Began with prescription oxycodone after a work injury at {G|Boise Cascade} mill in 2017; transitioned to IV fentanyl ~2 years ago, using ~1 g/day. Last use about 36 hours before admission. Two prior overdoses, one requiring naloxone by his girlfriend {N|Shay}. Previously on buprenorphine through {G|Ada County Recovery Clinic} but lost coverage. PDMP reviewed - no controlled prescriptions in past 12 months.

COWS 13 on evaluation.

Assessment: Severe OUD, in early withdrawal; injection-related endocarditis.

Plan:
1. Buprenorphine induction now: 4 mg SL, repeat 4 mg in 1 h if COWS > 8, target 16-24 mg day 1.
2. Naloxone kit at bedside and at discharge.
3. Hep C antibody positive - viral load sent; HIV negative.
4. Will bridge to outpatient prescriber Dr. {N|Ben Whitlock} (DEA X-waiver no longer required; DEA registration {LIC|BW4419027} on file for e-prescribing).
5. Harm reduction counseling; discussed OPAT vs. inpatient completion of 4 weeks cefazolin given PICC risk.

{N|Shirin Tehrani}, MD, Addiction Medicine
""")

note("note49_id_opat", """Infectious Diseases - OPAT Discharge Plan
{D|July 11, 2023}

Patient: {N|Magdalena Cruz}, 57F, MRN {MRN|ID-303174}
Diagnosis: Right hip prosthetic joint infection (MRSA), s/p DAIR on {D|7/5/2023}

Antimicrobial plan:
Vancomycin IV, dosed by pharmacy to AUC 400-600, via right basilic PICC (placed {D|7/8}, tip at cavoatrial junction, 4 Fr double lumen)
Start {D|7/6/2023}, planned end date {D|8/16/2023} (6 weeks), then rifampin + doxycycline suppression to be decided in clinic.

Weekly labs: CBC with diff, BMP, vancomycin trough, CRP - drawn by home infusion nurse and faxed to ID clinic at {F|(505) 555-0137}.
Home infusion company: {G|Option Care Health - Albuquerque}, {P|505-555-0136}.

Follow-up: ID clinic Dr. {N|Tobias Nakagawa-Reyes} in 2 weeks, orthopedics Dr. {N|Gloria Benavidez} in 3 weeks.
Patient lives with husband {N|Ernesto} in {C|Rio Rancho}; he has been trained on line care.

{N|T. Nakagawa-Reyes}, MD
""")

note("note50_late_entry", """LATE ENTRY / ADDENDUM
Written {D|3/30/2024} 09:10 for events of {D|3/29/2024} ~22:30

At approximately 22:30 patient ({N|Trevor Blackwood}) removed his IV and stated he was leaving. Risks of leaving (untreated GI bleed, possible death) explained in plain language by this writer and charge nurse {N|Ama Owusu}; patient repeated them back and declined to stay. AMA form signed. Hospital security officer {N|R. Castillo} (badge {OID|S-0417}) escorted patient to the exit; patient drove away in a black pickup, plate {VEH|7BKF229} (Nevada), which security recorded for the incident report {OID|IR-2024-03-1187}. Patient's mother {N|Darlene Blackwood} was called at {P|702-555-0104} at his request.

Outpatient GI follow-up information and prescriptions for pantoprazole given prior to departure.

{N|Jonah Feldstein}, MD
""")

note("note51_mammo", """BILATERAL DIGITAL SCREENING MAMMOGRAM WITH TOMOSYNTHESIS

Patient: {N|Wanjiru Kamau}     DOB: {D|02/27/1974}     MRN: {MRN|BR00551823}
Exam date: {D|10/10/2023}     Accession: {OID|MG-23-1044781}
Location: {G|Solis Mammography - Plano}

History: Screening. No symptoms. No family history. Prior exams from {D|10/4/2022} and {D|9/28/2021} available for comparison.

Breast density: Heterogeneously dense (C), which may obscure small masses.

Findings: There is a new 8 mm group of fine pleomorphic calcifications in the right breast, upper outer quadrant, middle depth, on CC and MLO views. No suspicious mass or architectural distortion. Left breast stable.

IMPRESSION: Incomplete. BI-RADS 0. Additional imaging needed: right diagnostic magnification views.

Patient notified by letter and phone. Callback scheduled.

{N|Margaret O'Halloran}, MD
""")

note("note52_echo", """TRANSTHORACIC ECHOCARDIOGRAM REPORT
{G|St. Luke's Boise Medical Center} Echocardiography Lab

Name: {N|Ezekiel Moreau}        DOB: {D|12/09/1944}        MRN: {MRN|SLB-2281047}
Study date: {D|1/12/2024}        Study ID: {OID|ECH-24-00318}
Sonographer: {N|Kira Novak}, RDCS    Ordering: Dr. {N|Phoebe Lang}
Indication: Dyspnea, evaluate LV function

Measurements:
LVEDd 6.1 cm, LVESd 5.0 cm, IVS 1.0 cm, PW 1.0 cm
LVEF (biplane Simpson's) 32%
LA volume index 46 mL/m2
TAPSE 1.6 cm, RVSP 48 mmHg
E/e' average 17

Findings:
Left ventricle dilated with moderately reduced systolic function and global hypokinesis, worse in inferior and inferolateral walls. Grade II diastolic dysfunction. Moderate functional mitral regurgitation. Mildly reduced RV function. Trivial TR. Aortic valve trileaflet, mildly sclerotic, no stenosis. No pericardial effusion. IVC 2.3 cm with < 50% collapse.

Conclusion: Moderately reduced LVEF (32%) with regional variation suggesting possible ischemic etiology; moderate MR; elevated filling pressures.

Interpreting physician: {N|Alistair Comerford}, MD  {D|1/12/2024}
""")

note("note53_eeg", """EEG REPORT

Patient: {N|Marisol Tzul}   Age: 9   MRN: {MRN|CH-77310}
Study: Routine EEG, awake and drowsy, 32 minutes
Date: {D|11/29/2023}   EEG #: {OID|E23-2219}
Referring: Dr. {N|Hiroshi Tanaka}, Pediatric Neurology, {G|Children's Mercy Kansas City}

Clinical history: 9-year-old girl with staring spells several times a day noted by her teacher at {G|Garfield Elementary}.

Description: Posterior dominant rhythm 9 Hz, reactive. During the second of three hyperventilation trials, a 9-second burst of generalized 3 Hz spike-and-wave discharges occurred with behavioral arrest and eyelid flutter; she could not recall the word given during the event. Photic stimulation without photoparoxysmal response. No focal abnormalities.

Impression: Abnormal EEG due to generalized 3 Hz spike-and-wave discharges with a typical absence seizure captured during hyperventilation. Findings are consistent with childhood absence epilepsy in the appropriate clinical context.

{N|Benedikt Aumann}, MD, Clinical Neurophysiology
""")

note("note54_sleep_fax", """FAX COVER SHEET - REFERRAL

To: {G|Pinnacle Sleep Center}, attn: Scheduling
Fax: {F|(480) 555-0175}     Phone: {P|(480) 555-0174}
From: {G|Desert Ridge Internal Medicine}, Dr. {N|Samuel Achebe}
Fax: {F|(480) 555-0191}     Date: {D|04/03/2024}     Pages: 6 incl. cover

RE: {N|Marcus King}, DOB {D|08/16/1968}
Insurance: Aetna, ID {HP|W283746551}

Request: CPAP download review and titration study. Patient has existing ResMed AirSense 10 AutoSet, serial {DEV|23161458902}, on AutoSet 5-15 cm H2O since 2019. Compliance report from AirView ({URL|https://airview.resmed.com/patients/8817420}) shows 64% of nights > 4 h and residual AHI 14.2 with large leak. Patient reports mask discomfort and daytime sleepiness (ESS 15/24).

Please contact patient directly at {P|480-555-0112} or email {E|marcus.king.az@gmail.com} to schedule.

CONFIDENTIALITY NOTICE: This facsimile contains protected health information intended only for the named recipient. If received in error, please notify the sender and destroy all copies.
""")

note("note55_financial", """Financial Counseling Note
{D|12/12/2023}

Met with {N|Svetlana Ivanova} (guarantor and patient) re: balance from admission {D|9/14/2023} - {D|9/19/2023}. Hospital account {AC|HA-90041877226}; guarantor account {AC|GA-3318820}. Self-pay at time of service; patient has since enrolled in Marketplace plan effective {D|1/1/2024}, does not cover prior dates.

Household of 2 (patient and her son {N|Nikolai}, 16). Income verified via pay stubs from {G|Costco Wholesale} (cashier) - 180% FPL. Qualifies for 75% discount under financial assistance policy; application {OID|FAP-23-009182} approved. Remaining balance set up on 0% interest plan, 12 months.

Patient provided last 4 of SSN ({SSN|4471}) for identity verification. Statements to be sent to {ST|11820 NE 8th St Apt 304}, {C|Bellevue}, WA {Z|98005}. Online payment portal explained: {URL|www.overlakehospital.org/pay}.

{N|Gretchen Albers}, Patient Financial Services
""")

# ---------------------------------------------------------------------------
# Hard negatives: clinical text with no PHI, dense with look-alikes.
# ---------------------------------------------------------------------------

note("neg01_gi_egd", """ESOPHAGOGASTRODUODENOSCOPY - FINDINGS AND RECOMMENDATIONS

Indication: Chronic heartburn despite twice-daily PPI, dysphagia to solids.

Findings:
- Esophagus: Salmon-colored mucosa extending above the gastroesophageal junction, Prague classification C2M4. Four-quadrant biopsies obtained every 2 cm per the Seattle protocol. Separate erosive esophagitis, Los Angeles grade B, in the distal 3 cm. A 3 cm sliding hiatal hernia (Hill grade III flap valve).
- Stomach: Patchy erythema in the antrum; biopsies per the updated Sydney system for Helicobacter pylori. No ulcer.
- Duodenum: Normal to the second portion. Random biopsies not taken.

Impression:
1. Suspected Barrett esophagus, segment length as above - await histology.
2. LA grade B esophagitis.
3. Hiatal hernia.

Recommendations: Continue pantoprazole 40 mg BID for 8 weeks, then repeat EGD to reassess once the esophagitis has healed, since inflammation can mimic low-grade dysplasia. If Barrett confirmed without dysplasia, surveillance every 3 to 5 years. Consider high-resolution manometry (Chicago classification v4.0) before any anti-reflux surgery such as Nissen or TIF.
""")

note("neg02_ob_labor", """Labor progress note, 0630

G3P2002 at 40w5d, admitted overnight for induction for post-dates. Bishop score on admission was 4; cervical ripening with misoprostol 25 mcg vaginally q4h x 2 doses, then Foley balloon placed at 0100 and expelled at 0440.

Now on oxytocin at 8 milliunits/min. Contractions q2-3 min, averaging 190 Montevideo units on IUPC. SVE 6/80/-1, vertex, LOA. AROM at 0500 with clear fluid.

FHT: baseline 140, moderate variability, accelerations present, occasional early decelerations. Category I.

Maternal: BP 124/78, T 37.2. Epidural in place, adequate.

Plan: Continue oxytocin per protocol, titrate for adequate contraction pattern. Will reassess in 2 hours or sooner prn. Shoulder dystocia risk reviewed with team given EFW 4100 g by Leopold maneuvers and last ultrasound; McRoberts, suprapubic pressure, Rubin and Woods screw maneuvers reviewed at huddle. Neonatology aware. Peds to attend delivery.
""")

note("neg03_neuro_exam", """Neurology consult - exam and impression only

Mental status: Awake, oriented to person, place and year. Follows 3-step commands. Naming and repetition intact. No neglect.
Cranial nerves: Pupils 4 mm to 2 mm briskly. Right lower facial droop sparing the forehead. Tongue midline.
Motor: Right arm 4-/5 with pronator drift, right leg 4/5. Left side 5/5 throughout.
Reflexes: 3+ right biceps and patellar, 2+ left. Babinski sign present on the right, flexor plantar on the left. Hoffmann negative bilaterally.
Sensory: Decreased pinprick right face and arm.
Coordination: Finger-to-nose without dysmetria on the left; limited by weakness on the right.
Gait: Deferred.

NIHSS 5. Glasgow Coma Scale 15. Modified Rankin Scale prior to event 0.

Impression: Left subcortical lacunar infarct in the territory of the lenticulostriate arteries, likely small vessel disease given hypertension and diabetes. No evidence for cardioembolism so far; Holter monitor ordered.

Recommendations: Dual antiplatelet therapy with aspirin and clopidogrel for 21 days per POINT/CHANCE data, then single agent. High-intensity statin. BP goal < 130/80 long term. MRI brain, echo with bubble study. PT/OT/SLP.
""")

note("neg04_hepatology", """Hepatology follow-up - assessment

67-year-old man with alcohol-associated cirrhosis, abstinent since 2019, complicated by ascites and one prior episode of hepatic encephalopathy. Child-Pugh class B (score 8); MELD-Na 16 today.

He had West Haven grade 1 encephalopathy on his last admission, now resolved on lactulose titrated to 2-3 soft stools daily and rifaximin 550 mg twice a day. Varices: small, no red wale signs on last EGD; Baveno VII criteria suggest continuing carvedilol 6.25 mg BID rather than repeat endoscopy.

Ultrasound surveillance: new 2.4 cm arterially enhancing lesion in segment VII on the follow-up multiphase CT with washout, LI-RADS 5. Single lesion within Milan criteria. AFP 38.

Plan:
- Present at multidisciplinary liver tumor board.
- Transplant evaluation referral; he is interested and has good social support.
- Bridging locoregional therapy (TACE vs. Y-90) as determined by tumor board.
- Continue spironolactone 100 mg / furosemide 40 mg. Sodium restriction 2 g.
- Hepatitis A and B vaccination series to complete.
""")

note("neg05_peds_nicu", """NICU admission note - summary

Term male infant, 38 weeks, born by repeat cesarean under spinal anesthesia. Rupture of membranes at delivery, clear fluid. Maternal serologies negative, GBS unknown, no maternal fever.

Apgar scores 6 and 8 at 1 and 5 minutes. Required 30 seconds of PPV for poor respiratory effort, then CPAP 5 for grunting and retractions. Silverman-Andersen score 5 on arrival.

Birth weight 3.62 kg (60th percentile). Ballard exam consistent with 38 weeks.

Chest radiograph: fluid in the fissures, mild hyperinflation, consistent with transient tachypnea of the newborn.

Plan: CPAP, wean as tolerated. NPO with D10W at 80 mL/kg/day, start feeds when RR < 60. CBC and blood culture; ampicillin and gentamicin pending 48-hour culture given unknown GBS and respiratory distress. Kaiser sepsis calculator risk reviewed. Hearing screen and CCHD screen prior to discharge. Neonatal abstinence scoring not needed (no maternal opioid exposure).
""")

note("neg06_ortho_clinic", """Sports medicine - knee

Subjective: Twisting injury playing basketball 10 days ago, felt a pop, immediate swelling, unable to continue. Now walking with a limp, knee "gives way" on stairs.

Exam: Moderate effusion. Lachman test positive with soft endpoint (grade 2B). Anterior drawer positive, pivot shift deferred due to guarding. McMurray equivocal for medial pain. Valgus stress at 30 degrees with mild laxity, firm endpoint. Posterior drawer negative. Dial test negative. Neurovascularly intact.

X-ray: No fracture, no Segond fracture. Kellgren-Lawrence grade 0.
MRI: Complete ACL tear with bone bruising of the lateral femoral condyle and posterolateral tibial plateau. Grade 1 MCL sprain. Ramp lesion of the medial meniscus suspected.

Plan: Prehabilitation for 3-4 weeks to restore full extension and quad control, then ACL reconstruction. Discussed BTB vs. hamstring vs. quadriceps autograft. Brace for comfort. Will recheck in 3 weeks. Likely return to sport 9-12 months after surgery.
""")

note("neg07_heme_onc", """Hematology - diagnosis and plan

Peripheral smear: 62% blasts. Flow cytometry: B-lymphoblasts, CD10+, CD19+, CD34+, TdT+, aberrant CD13 expression.
Cytogenetics: t(9;22)(q34;q11.2) - Philadelphia chromosome positive. BCR-ABL1 p190 transcript detected by RT-PCR. IKZF1 deletion present.
CSF: No blasts (CNS 1).

Diagnosis: Philadelphia chromosome-positive B-cell acute lymphoblastic leukemia.

Discussion: Reviewed that Ph+ ALL is treated with a tyrosine kinase inhibitor combined with chemotherapy or immunotherapy. Options discussed include dasatinib or ponatinib with steroids, or with blinatumomab as in the GIMEMA and D-ALBA approaches, versus hyper-CVAD plus ponatinib. Allogeneic transplant in first remission will depend on MRD response at 3 months.

Plan: Start ponatinib 45 mg daily with prednisone. Allopurinol and hydration for TLS prophylaxis. Echo and ECG before TKI. HLA typing of patient and siblings. Fertility counseling completed. Intrathecal methotrexate with next LP.
""")

note("neg08_id_consult", """Infectious diseases consult - recommendations

Young man with fevers, night sweats and a painful erythematous nodule on the right hand after cleaning a home aquarium. Biopsy shows granulomatous inflammation; AFB culture at 30 C growing a photochromogen, presumptive Mycobacterium marinum. Differential considered sporotrichoid spread from Sporothrix schenckii and Nocardia.

Also reviewed exposures: recent camping trip in the upper Midwest - Lyme serology (modified two-tier) negative; no rash suggesting erythema migrans. No travel to the Southwest, so Coccidioides (Valley fever) is unlikely. No cat scratches (Bartonella henselae) or rabbit exposure (Francisella tularensis). Prior Legionella urinary antigen negative. Rocky Mountain spotted fever and Ehrlichia serologies pending as a precaution given tick exposure.

Recommendations:
1. Clarithromycin 500 mg BID plus ethambutol 15 mg/kg daily, continue 1-2 months after clinical resolution (typically 3-4 months total).
2. Baseline visual acuity and color vision on ethambutol; monthly checks.
3. Hand surgery if tenosynovitis develops.
4. Will follow.
""")

note("neg09_nursing_education", """Patient education - new warfarin start

Taught patient and spouse about warfarin (Coumadin). Reviewed that INR goal is 2.0-3.0 for atrial fibrillation and that the first few weeks require frequent checks. Discussed keeping vitamin K intake consistent rather than avoiding green vegetables. Reviewed interacting medications including Bactrim, Flagyl, fluconazole and amiodarone, and avoidance of NSAIDs such as Advil and Aleve; Tylenol up to 2 g daily is acceptable.

Bleeding precautions reviewed: soft toothbrush, electric razor, call for black stools, blood in urine, or a headache that is the "worst ever." Medication alert bracelet recommended.

Spouse asked whether the pill color matters; explained the colors (pink 1 mg, lavender 2 mg, peach 5 mg, etc.) and that the tablet strength must match the dose card. Teach-back completed successfully by both. Written handouts in English provided. Will follow up with anticoagulation clinic on Monday.

Pt states he will keep a log. Spouse hopes to help with the weekly pill box.
""")

note("neg10_cxr", """CHEST RADIOGRAPH, PA AND LATERAL

Clinical indication: Cough and fever for 5 days.

Comparison: Prior study from 2021.

Findings:
Lines and tubes: None.
Lungs: Airspace consolidation in the right middle lobe obscuring the right heart border (silhouette sign), with air bronchograms. No pleural effusion. No pneumothorax. Left lung clear. Kerley B lines absent.
Heart and mediastinum: Cardiomediastinal silhouette within normal limits. Cardiothoracic ratio 0.47. Aortic knob calcified.
Bones: Degenerative changes of the thoracic spine. Old healed left 6th rib fracture.

Impression:
Right middle lobe pneumonia. Recommend follow-up radiograph in 6-8 weeks after treatment to document resolution in this 72-year-old smoker. No nodule meeting Fleischner Society criteria for follow-up is identified.
""")

note("neg11_ecg_read", """ECG interpretation

Rate 48. PR interval progressively lengthening from 220 ms to 320 ms until a non-conducted P wave, with grouped beating - Mobitz type I second-degree AV block (Wenckebach). QRS 92 ms. QTc 438 ms (Bazett), 431 ms (Fridericia). Axis +30. No delta wave to suggest Wolff-Parkinson-White. No coved ST elevation in V1-V2 to suggest a Brugada pattern. No Sgarbossa criteria met. T waves upright in the lateral leads.

Compared with the tracing earlier today: rate slower, Wenckebach periodicity new.

Comment: Likely AV nodal level block. Review for nodal blocking agents (metoprolol 100 mg BID, diltiazem). Recommend telemetry; hold beta-blocker. Atropine at bedside. If progression to Mobitz II or complete heart block, transcutaneous pacing pads are in place and EP will be consulted.
""")

note("neg12_psych_scales", """Behavioral health progress note

Patient seen for follow-up of major depressive disorder, recurrent, moderate, and generalized anxiety disorder. Reports mood "about 5/10, better than last month." Sleeping 6-7 hours with trazodone 50 mg. Appetite improved. Still worries about work most days.

Measures today: PHQ-9 = 12 (was 19). GAD-7 = 11 (was 15). Columbia Suicide Severity Rating Scale screen negative. AUDIT-C 2. Montgomery-Asberg not administered.

Mental status: Casual dress, good hygiene, cooperative. Speech normal. Mood "okay." Affect mildly anxious, reactive, brighter than prior. Thought process goal-directed. No SI/HI, no AVH. Insight and judgment good.

Plan: Increase escitalopram from 10 mg to 15 mg daily. Continue weekly CBT. Behavioral activation homework: walk 20 minutes 3x/week. Discussed that a brief rise in anxiety can occur with dose increases. Will see again in 4 weeks. Safety plan reviewed and still applies.
""")

note("neg13_pft", """Pulmonary function test interpretation

Technically acceptable and reproducible per ATS/ERS 2019 standards.

Spirometry: FEV1 1.42 L (52% predicted, z-score -3.1), FVC 2.88 L (81%), FEV1/FVC 0.49 (below LLN). After albuterol 400 mcg: FEV1 1.58 L (+11%, +160 mL) - not a significant bronchodilator response by 2021 criteria (> 10% of predicted).
Lung volumes (plethysmography): TLC 118%, RV 164%, RV/TLC 0.56 - hyperinflation and air trapping.
DLCO 44% predicted, corrected for hemoglobin 13.9.

Interpretation: Moderately severe obstruction with hyperinflation, air trapping and a moderately to severely reduced diffusing capacity, consistent with emphysema. GOLD grade 3. Reference equations: GLI Global (race-neutral).

Suggest correlation with CT chest and alpha-1 antitrypsin level and phenotype if not already done.
""")

note("neg14_sepsis_protocol", """Sepsis reassessment - 3 hour bundle

Time zero 1412 (triage). Lactate 4.6 at 1425. Blood cultures x2 drawn 1430 prior to antibiotics. Piperacillin-tazobactam 4.5 g IV at 1441, vancomycin 25 mg/kg loading dose at 1455. 30 mL/kg crystalloid (2.4 L lactated Ringer's) completed at 1610.

Reassessment 1625: MAP 63 -> 71. HR 124 -> 102. Cap refill 2 s. Mottling score 0. Urine output 45 mL in the past hour via Foley. Mental status improved (GCS 13 -> 15). Repeat lactate 2.1.

qSOFA initially 2, SOFA 6. Source: likely urinary - UA with large leukocyte esterase, nitrite positive, > 50 WBC; CT shows left hydronephrosis with a 7 mm obstructing UVJ stone.

Plan: Urology aware for emergent decompression (nephrostomy vs. stent). Norepinephrine not required at present. Admit to step-down. Narrow antibiotics when susceptibilities return.
""")

note("neg15_derm_lower", """derm note - brief
pt with scaly annular plaques on trunk x 3 weeks, started after a herald patch on the back. christmas-tree distribution along skin lines. koh negative. wood's lamp non-fluorescent. no palmar/plantar lesions, rpr nonreactive. dx pityriasis rosea. reassured, self-limited over 6-8 weeks. triamcinolone 0.1% cream bid to itchy areas, cetirizine 10 mg qhs. will recheck if not improving or if lesions appear on palms/soles. nikolsky sign negative, no mucosal involvement, so no concern for sjs/ten.
""")

note("neg16_pharmacy_stewardship", """Antimicrobial stewardship review

Culture: Blood, 1 of 2 sets positive at 22 hours, gram-positive cocci in clusters. Rapid PCR: Staphylococcus epidermidis, mecA detected. Second set no growth at 48 h.

Assessment: Single positive set of coagulase-negative staphylococci without a prosthetic device or central line most likely represents contamination. Patient afebrile, WBC 8.1, no new murmur.

Recommendation: Discontinue vancomycin (received 2 doses). No repeat cultures needed unless clinical change. Continue ceftriaxone for community-acquired pneumonia to complete 5 days total; converted to oral cefpodoxime 200 mg BID at discharge per IDSA/ATS 2019 guideline. Doxycycline added day 1 for atypical coverage can stop after 3 days given negative Legionella urinary antigen and low suspicion.

Vancomycin AUC monitoring no longer required. Stewardship will sign off. Pager 46112 with questions.
""")

note("neg17_geriatric_assessment", """Comprehensive geriatric assessment - summary

89-year-old woman living independently with her daughter nearby, referred for falls and memory concerns.

Function: Katz ADL 6/6. Lawton IADL 5/8 - daughter now manages finances and medications. Timed Up and Go 16 seconds. Gait slow with decreased step height; uses a cane outdoors. Two falls in the past 6 months without injury.
Cognition: MoCA 20/30 (lost points on delayed recall, clock drawing and trail making). SLUMS 19. Mini-Cog 2. No delirium (4AT 0).
Mood: GDS-15 score 4.
Nutrition: MNA-SF 10 - at risk. Weight down 3 kg in a year.
Polypharmacy: 11 medications. Beers Criteria flags: diphenhydramine at night, glyburide, and long-term PPI. STOPP/START reviewed.
Vision/hearing: Cataract surgery both eyes in 2016; uses hearing aids intermittently.

Impression: Mild neurocognitive disorder, likely Alzheimer type with vascular contribution; frailty (Clinical Frailty Scale 5); falls risk.

Recommendations: Deprescribe diphenhydramine and glyburide (switch to a DPP-4 inhibitor); taper PPI. Home safety evaluation. Strength and balance program (Otago). Vitamin D level. Discuss advance care planning at next visit.
""")

note("neg18_renal_transplant_bx", """Kidney transplant biopsy - pathology interpretation

Adequacy: 2 cores, 18 glomeruli, 3 arteries. Adequate per Banff 2019 criteria.

Findings: Moderate interstitial inflammation (i2) and tubulitis (t2) in non-scarred cortex. No arteritis (v0). Glomerulitis g1, peritubular capillaritis ptc1. C4d negative by immunofluorescence. Interstitial fibrosis and tubular atrophy mild (ci1, ct1). No viral cytopathic changes; SV40 immunostain negative, arguing against BK polyomavirus nephropathy. No features of recurrent IgA nephropathy (Oxford MEST-C not applicable).

Diagnosis: Acute T cell-mediated rejection, Banff grade IA.

Comment: Donor-specific antibodies were reported negative on the accompanying serology. Correlate with tacrolimus trough levels (recent values 4.1 and 4.6 ng/mL, below the target range for the first year).
""")

note("neg19_burn_ed", """ED course - burn

Adult male with scald from a pot of boiling water to the anterior trunk and right arm about 1 hour ago. Removed clothing, cooled under running water 20 minutes before arrival.

Burn assessment with Lund-Browder chart: superficial partial-thickness to anterior trunk (~9%) and right forearm (~3%), small deep partial-thickness area of right wrist (~1%). Total ~13% TBSA (superficial erythema excluded). No circumferential burns. No facial, hand or perineal involvement except the volar wrist.

Parkland formula: 4 mL x 80 kg x 13% = 4160 mL lactated Ringer's over 24 h, half in first 8 h from time of burn. Target UOP 0.5 mL/kg/h.

Tetanus up to date (booster 2020). Morphine 4 mg IV x2 for pain. Non-adherent dressings applied. Meets ABA criteria for burn center referral (partial-thickness > 10% TBSA). Transfer arranged.
""")

note("neg20_dc_instructions_generic", """Discharge instructions - after laparoscopic appendectomy

You had your appendix removed through small cuts in your belly. Most people go back to normal activities in 1 to 2 weeks.

Wound care: You may shower after 24 hours. Let water run over the incisions and pat dry. The skin glue will peel off by itself in 1-2 weeks. Do not soak in a tub or swim for 2 weeks.

Activity: Walk several times a day. No lifting more than 10 pounds for 2 weeks. You may drive when you are off narcotic pain medicine and can press the brake quickly without pain.

Pain: Take acetaminophen (Tylenol) 1000 mg every 8 hours and ibuprofen (Motrin, Advil) 600 mg every 6 hours with food for the first 3 days. Use oxycodone 5 mg only if pain is not controlled. Do not take extra Tylenol-containing products such as Percocet.

Call the surgery clinic or go to the emergency room if you have fever over 101.5 F, increasing redness or drainage from the incisions, vomiting and cannot keep fluids down, or worsening belly pain.

Follow-up: Surgery clinic in 2 weeks. Pathology results will be reviewed at that visit.
""")

note("neg21_icu_vent_flowsheet", """Respiratory therapy - ventilator check 0400

Mode: PRVC  Set VT 400 mL (6 mL/kg PBW)  RR 24  PEEP 12  FiO2 0.50  I:E 1:2.1  Flow trigger 2 L/min
Measured: VTe 396 mL, RR total 26, Ppeak 31, Pplat 26, driving pressure 14, Cstat 29 mL/cmH2O, auto-PEEP 0.8
ABG 0350: pH 7.31 / PaCO2 52 / PaO2 78 / HCO3 26 / SaO2 94% - P/F 156
ETT 7.5 at 23 cm at the lip, cuff pressure 26 cmH2O. Suctioned small thick tan secretions. Sputum sent.
Breath sounds coarse bilaterally, diminished at the bases.
RASS -3, CPOT 1.

Meets Berlin definition moderate ARDS. Prone session #2 planned per unit protocol (16 h) once team confirms. HOB 30 degrees, SAT/SBT deferred per MD given FiO2. Heated humidifier, closed suction, in-line Ambu bag and spare 7.0 tube at bedside.
""")

note("neg22_pancreatitis", """Hospital medicine progress note - day 3

Acute gallstone pancreatitis. Revised Atlanta classification: moderately severe (transient organ failure - AKI resolved within 48 h, no local complications yet). BISAP 2 on admission, Ranson 3 at 48 h. Marshall score now 0.

Pain improved to 3/10 on scheduled acetaminophen and low-dose hydromorphone PRN. Tolerating clear liquids since yesterday, advancing to low-fat solid diet today. Lipase 680 -> 140. Bilirubin 1.1, normal ALP. No signs of cholangitis by Tokyo guidelines; MRCP without choledocholithiasis.

CT on admission: Balthazar grade C, no necrosis.

Plan: Same-admission laparoscopic cholecystectomy - surgery aware, planned for tomorrow if tolerating diet. Goal-directed fluids with lactated Ringer's at 1.5 mL/kg/h, stop once tolerating oral intake. Early mobilization. No antibiotics indicated.
""")

note("neg23_peds_fracture", """Pediatric orthopedics - fracture clinic note

11-year-old boy, fall off monkey bars onto outstretched hand 5 days ago.

X-rays: Salter-Harris type II fracture of the distal radius with 15 degrees dorsal angulation and 20% translation. Ulnar styloid avulsion. Physes otherwise open; skeletal age appropriate.

Given remodeling potential near the distal radial physis and > 2 years of growth remaining, accepted alignment. No reduction needed. Long arm cast changed to short arm cast today; cast index 0.78.

Neurovascular exam normal. Compartments soft.

Plan: Cast for 3 more weeks, then x-ray out of cast. Return to non-contact activities 2 weeks after cast removal; avoid monkey bars and trampoline for 6 weeks. Growth arrest is uncommon with type II injuries but will obtain follow-up films at 6 months. Parents agreeable; will call with concerns. Young patient was brave during the cast change.
""")

note("neg24_lab_coag", """Coagulation consult note - impression

Prolonged aPTT (58 s) with normal PT/INR, found incidentally on preoperative testing. No personal or family bleeding history; ISTH-BAT score 0.

Mixing study: aPTT corrects immediately but prolongs after 1-hour incubation, suggesting a time-dependent inhibitor; however, a repeat on a fresh sample showed full correction at both time points. Factor VIII 102%, IX 96%, XI 88%, XII 12%. Lupus anticoagulant by dRVVT negative, hexagonal phase negative.

Interpretation: Isolated factor XII deficiency (Hageman factor). This does not cause bleeding and is not a contraindication to surgery. Earlier apparent inhibitor likely pre-analytic (underfilled tube).

Recommendations: Proceed with surgery without special hemostatic measures. Heparin monitoring, if needed, should use anti-Xa levels rather than aPTT. Von Willebrand panel not indicated. Note added to problem list.
""")

note("neg25_onc_trial_screen", """oncology clinic - trial screening summary

stage IIIA (cT2b N2 M0) non-small cell lung cancer, adenocarcinoma. pd-l1 tps 60%. egfr exon 19 deletion negative, alk and ros1 negative by ngs; kras g12c detected. stk11 and keap1 wild type. ecog 1, karnofsky 80.

reviewed data from checkmate-816 (neoadjuvant nivolumab plus chemo) and keynote-671 (perioperative pembrolizumab). patient is eligible for the institution's open perioperative protocol; consent discussed, copy given, patient will decide after talking with family this weekend. if not enrolled, will proceed with standard neoadjuvant carboplatin/pemetrexed plus nivolumab x 3 cycles, then lobectomy.

ct chest/abd/pelvis and pet-ct without distant disease; mri brain negative. pfts: fev1 78%, dlco 70%, adequate for lobectomy. tumor board consensus reached tuesday.
""")


MARK = re.compile(r"\{([A-Z]+)\|([^{}|]*)\}")


def build(nid, raw):
    out = []
    spans = []
    expected = []
    pos = 0
    blen = 0
    for m in MARK.finditer(raw):
        pre = raw[pos:m.start()]
        out.append(pre)
        blen += len(pre.encode("utf-8"))
        abbr, value = m.group(1), m.group(2)
        if abbr not in KINDS:
            sys.exit("%s: unknown abbreviation %r" % (nid, abbr))
        if not value or value != value.strip():
            sys.exit("%s: empty or padded value %r" % (nid, value))
        vb = len(value.encode("utf-8"))
        spans.append({"bstart": blen, "bend": blen + vb, "kind": KINDS[abbr]})
        expected.append(value)
        out.append(value)
        blen += vb
        pos = m.end()
    out.append(raw[pos:])
    text = "".join(out)
    if text[:1].isspace():
        sys.exit("%s: text starts with whitespace" % nid)
    text = text.rstrip()
    for ch in "{}":
        if ch in text:
            sys.exit("%s: stray %r left in text (markup typo?)" % (nid, ch))
    tb = text.encode("utf-8")
    for sp, val in zip(spans, expected):
        got = tb[sp["bstart"]:sp["bend"]].decode("utf-8")
        if got != val:
            sys.exit("%s: span mismatch %r != %r" % (nid, got, val))
    return {"id": nid, "text": text, "spans": spans}


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    records = []
    seen = set()
    for nid, raw in NOTES:
        if nid in seen:
            sys.exit("duplicate id %s" % nid)
        seen.add(nid)
        rec = build(nid, raw)
        if nid.startswith("neg") and rec["spans"]:
            sys.exit("%s: hard negative has spans" % nid)
        if not nid.startswith("neg") and not rec["spans"]:
            sys.exit("%s: PHI note has no spans" % nid)
        records.append(rec)
    path = os.path.join(here, "notes.jsonl")
    with open(path, "w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    # re-read and verify from disk
    counts = Counter()
    n_neg = 0
    with open(path, encoding="utf-8") as fh:
        for line, (nid, raw) in zip(fh, NOTES):
            rec = json.loads(line)
            tb = rec["text"].encode("utf-8")
            vals = [m.group(2) for m in MARK.finditer(raw)]
            assert len(vals) == len(rec["spans"]), nid
            for sp, val in zip(rec["spans"], vals):
                assert tb[sp["bstart"]:sp["bend"]].decode("utf-8") == val, (nid, sp, val)
                counts[sp["kind"]] += 1
            if not rec["spans"]:
                n_neg += 1
    print("texts: %d (with PHI %d, hard negatives %d)" % (len(records), len(records) - n_neg, n_neg))
    print("spans: %d" % sum(counts.values()))
    for kind in sorted(counts, key=lambda k: (-counts[k], k)):
        print("  %-16s %d" % (kind, counts[kind]))
    missing = [k for k in KINDS.values() if k not in counts]
    if missing:
        print("kinds absent: " + ", ".join(missing))


if __name__ == "__main__":
    main()

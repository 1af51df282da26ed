#!/usr/bin/env python3
"""Build notes.jsonl (next to this script): a hand-written, labelled corpus
for clinical-text de-identification.

Authoring format: each text is written with inline markup [[CODE:value]].
The builder concatenates the plain pieces and the tagged values, recording
UTF-8 byte offsets for every tagged value as it goes, so offsets are exact.

Labelling conventions
- Tight spans: titles (Dr., Mr., Ms.), credentials (MD, RN, PA-C), possessive
  "'s" and surrounding punctuation are outside the span.
- A full name (incl. middle names/initials, hyphenated parts, particles such as
  "de la", "van der") is ONE NAME span. "LAST, FIRST M" is one NAME span.
- Provider, patient, relative and other person names are all NAME.
- Ages: only the number, and only when >= 90 (AGE_90_PLUS).
- DATE: any calendar date more specific than a year, incl. month/year and
  month/day without year. Times, weekdays and bare years are not labelled.
- Street line (incl. apartment/suite/unit) or PO box / rural route is one
  STREET_ADDRESS span; city, ZIP, county are separate; states and countries
  are not labelled. "X County" is labelled with the word County.
- GEO: named healthcare facilities (hospitals, clinics, nursing homes,
  shelters, agencies with a physical site). Company / device-maker / payer
  names are not labelled.
- NPI, accession/case/specimen numbers, claim/auth/intake numbers, employee
  IDs, badge numbers: OTHER_ID. DEA, medical and driver's licenses:
  LICENSE_NUMBER. Encounter/visit/guarantor/billing numbers: ACCOUNT_NUMBER.
  Member/group/policy/Medicare/Medicaid IDs: HEALTH_PLAN_ID. Serial and lot
  numbers of devices and implants: DEVICE_ID. Plates and VINs: VEHICLE_ID.
"""
import json
import os
import re
import sys
import collections

KMAP = {
    'N': 'NAME', 'SA': 'STREET_ADDRESS', 'CI': 'CITY', 'CO': 'COUNTY',
    'Z': 'ZIP', 'G': 'GEO', 'D': 'DATE', 'A': 'AGE_90_PLUS', 'P': 'PHONE',
    'F': 'FAX', 'E': 'EMAIL', 'SSN': 'SSN', 'MRN': 'MRN',
    'HP': 'HEALTH_PLAN_ID', 'AC': 'ACCOUNT_NUMBER', 'LIC': 'LICENSE_NUMBER',
    'VEH': 'VEHICLE_ID', 'DEV': 'DEVICE_ID', 'URL': 'URL',
    'IP': 'IP_ADDRESS', 'OID': 'OTHER_ID',
}
TAG = re.compile(r'\[\[([A-Z]+):(.*?)\]\]', re.S)

RECORDS = []


def add(rid, src):
    src = src.strip('\n')
    pieces = []
    spans = []
    blen = 0
    pos = 0
    for m in TAG.finditer(src):
        plain = src[pos:m.start()]
        pieces.append(plain)
        blen += len(plain.encode('utf-8'))
        code, val = m.group(1), m.group(2)
        if code not in KMAP:
            raise ValueError('%s: unknown code %s' % (rid, code))
        vb = len(val.encode('utf-8'))
        spans.append({'start': blen, 'end': blen + vb, 'kind': KMAP[code],
                      '_val': val})
        pieces.append(val)
        blen += vb
        pos = m.end()
    pieces.append(src[pos:])
    text = ''.join(pieces)
    if '[[' in text or ']]' in text:
        raise ValueError('%s: unparsed markup' % rid)
    RECORDS.append({'id': rid, 'text': text, 'spans': spans})

# ---------------------------------------------------------------------------
# 70 clinical notes
# ---------------------------------------------------------------------------

add('note_001_progress', """
PROGRESS NOTE
Patient: [[N:Maria Elena Gonzalez]]   MRN: [[MRN:00839217]]   DOB: [[D:04/05/1950]]
Date of service: [[D:03/14/2023]]
Attending: [[N:Rajesh Iyer]], MD   Resident: Dr. [[N:Kwame Mensah]]

S: 73 yo F with HFrEF (EF 30%), T2DM, CKD stage 3a seen for follow-up after admission to [[G:Mercy General Hospital]] on [[D:2/28/23]]. Reports improved dyspnea, now walking 2 blocks. Daughter [[N:Lucia]] accompanies and helps with the pill box. Home weight 162 lb (down from 171 lb).
O: BP 118/72, HR 68, SpO2 97% RA. JVP ~7 cm. Trace bilateral LE edema. Lungs clear.
Labs [[D:3/10]]: Na 138, K 4.6, Cr 1.4 (baseline 1.3), BNP 412.
A/P:
1. HFrEF - continue sacubitril/valsartan 49/51 mg BID, carvedilol 12.5 mg BID, spironolactone 25 mg daily, furosemide 40 mg daily.
2. T2DM - A1c 7.4% last quarter. Continue metformin 500 mg BID given eGFR 48.
3. CKD 3a - repeat BMP in 1 week.
RTC 4 weeks; call [[P:(617) 555-0142]] with weight gain > 3 lb in a day.
Electronically signed by [[N:Rajesh Iyer]], MD on [[D:03/14/2023]] 16:42
Addendum [[D:03/15/2023]]: BMP from [[D:3/15]] K 4.9. Spoke with daughter [[N:Lucia Gonzalez]] at [[P:617-555-0143]]; she will bring pt to the outpatient draw station at [[G:Mercy General Hospital]] on [[D:3/21/2023]]. - [[N:Kwame Mensah]], MD
""")

add('note_002_discharge', """
DISCHARGE SUMMARY
[[G:St. Luke's Medical Center]] - Department of Internal Medicine
Name: [[N:O'BRIEN, PATRICK J]]     MR#: [[MRN:SLM-4471920]]     Acct #: [[AC:900144728813]]
Admission Date: [[D:2021-11-02]]     Discharge Date: [[D:2021-11-07]]
Attending Physician: [[N:Eleanor Vance]], MD
PCP: [[N:Samuel Okafor]], DO, [[G:Riverside Family Practice]]

HOSPITAL COURSE: Mr. [[N:O'Brien]] is a 68 yo man with COPD (GOLD 3) on 2 L home O2 who presented with 3 days of increased sputum and dyspnea. CXR without consolidation. Treated with prednisone 40 mg x5 days, azithromycin, and nebulized ipratropium-albuterol. Weaned back to baseline 2 L by hospital day 4. Seen by PT; safe to return home with his wife [[N:Maureen]].
DISCHARGE MEDICATIONS: prednisone 40 mg daily through [[D:11/8]]; tiotropium 18 mcg inhaled daily; albuterol HFA PRN.
FOLLOW-UP: Dr. [[N:Okafor]] on [[D:November 15, 2021]] at 10:20 AM. Pulmonology clinic (Dr. [[N:Hannah Lindqvist]]) in 4-6 weeks. Home O2 vendor notified at [[P:508-555-0199]].
Dictated by: [[N:Eleanor Vance]], MD   D: [[D:11/07/2021]]   T: [[D:11/08/2021]]
Discharge address: [[SA:77 Quincy Shore Dr, Apt 9]], [[CI:Quincy]], MA [[Z:02171]]. Insurance: Medicare [[HP:2KW9-HJ4-UT61]]; secondary policy no. [[HP:TMP00488213]]. Summary faxed to Dr. [[N:Okafor]] at fax [[F:(617) 555-0188]] on [[D:11/08/2021]].
""")

add('note_003_radiology', """
RADIOLOGY REPORT
Patient: [[N:Nguyen, Thi Thu]]   MRN [[MRN:7730291]]   DOB [[D:1961-08-19]]
Exam: CT CHEST W/O CONTRAST   Accession #: [[OID:CT23-0918844]]
Exam date: [[D:09/18/2023]] 08:12
Ordering provider: [[N:Daniel Brooks]], NP
Location: [[G:Valley Presbyterian Hospital]] Imaging, CT2

CLINICAL HISTORY: 62F former smoker (35 pack-years), lung cancer screening.
COMPARISON: CT chest [[D:08/02/2022]] from [[G:Kaiser Permanente Downey Medical Center]].
FINDINGS: 6 mm solid nodule in the right upper lobe (series 3, image 41), previously 5 mm. Mild centrilobular emphysema. No lymphadenopathy. Coronary artery calcifications.
IMPRESSION: Lung-RADS 3. Recommend LDCT in 6 months.
Findings discussed with [[N:Daniel Brooks]], NP by phone at 09:05 on [[D:9/18/2023]].
Dictated by: [[N:Aisha Al-Rashid]], MD, Radiology
""")

add('note_004_nursing', """
NURSING NOTE - 4 WEST    [[D:01/22/2024]] 03:00
Pt: [[N:STONE, HOPE]]   MRN [[MRN:112094471]]   Rm 412-B
Pt resting in bed, A&Ox3, c/o 4/10 incisional pain, medicated w/ oxycodone 5 mg PO at 02:15 with relief to 2/10. Foley draining clear yellow urine, 350 mL since 23:00. IS 1250 mL. Ambulated to bathroom with 1 assist. Husband [[N:Will]] called at 01:30 asking for update; informed pt stable and sleeping. He requests a callback at [[P:773.555.0164]] if any change. Surgeon Dr. [[N:Marcus Feld]] paged re: low UOP earlier, no new orders. Will continue to monitor q2h.
[[N:Grace Obi]], RN
""")

add('note_005_ed_triage', """
ED TRIAGE - [[G:Stroger Hospital of Cook County]] Emergency Department
Arrival: [[D:07/04/2022]] 22:47 via EMS
Name: [[N:Darnell Washington]]   DOB: [[D:12/1/1987]]   MRN: [[MRN:CC-00918273]]
CC: "I cut my hand on a firework"
Triage: ESI 3. BP 142/88, HR 104, RR 18, T 98.9 F, SpO2 99%. Pain 8/10.
HPI: 34 yo M RHD with 4 cm laceration to L palm, bleeding controlled with pressure. Last tetanus unknown. Denies EtOH.
Contact: girlfriend [[N:Keisha Brown]] [[P:(872) 555-0117]]
Address: [[SA:4418 S. Cottage Grove Ave, Apt 2F]], [[CI:Chicago]], IL [[Z:60653]]
Insurance: Medicaid, Member ID [[HP:MCD774019283]]
Triage RN: [[N:Patrick Kowalski]], RN
Tdap given 23:10. Hand surgery (Dr. [[N:Anjali Venkatesh]]) consulted; will see in clinic [[D:7/7/22]]. Discharge instructions emailed to [[E:kbrown.chi@gmail.com]] at pt request.
""")

add('note_006_consult_letter', """
[[G:Lakeshore Neurology Associates]]
[[SA:2200 N. Lake Drive, Suite 510]]
[[CI:Milwaukee]], WI [[Z:53211]]
Tel [[P:414-555-0190]]   Fax [[F:414-555-0191]]

[[D:May 3, 2023]]

[[N:Jennifer Al-Sayed]], MD
[[G:Brookfield Internal Medicine]]
[[SA:17800 W. Bluemound Rd]]
[[CI:Brookfield]], WI [[Z:53045]]

RE: [[N:Grant McAllister]]   DOB: [[D:10/30/1949]]

Dear Dr. [[N:Al-Sayed]],

Thank you for referring Mr. [[N:McAllister]], a 73-year-old right-handed retired machinist, for evaluation of resting tremor. He first noticed a left hand tremor in 2021. Examination shows a 4-5 Hz asymmetric rest tremor, cogwheel rigidity on the left, bradykinesia, and reduced arm swing. No Babinski sign. MoCA 27/30. Findings are most consistent with idiopathic Parkinson's disease. I started carbidopa-levodopa 25/100 mg, half tablet TID, titrating to 1 tablet TID over 3 weeks.

He was accompanied by his son [[N:Ian]]. I will see him again on [[D:8/14/2023]].

Sincerely,
[[N:Ruth Abernathy-Cole]], MD
Movement Disorders
cc: [[N:Grant McAllister]]
""")

add('note_007_telephone', """
TELEPHONE ENCOUNTER
[[D:2022-06-09]] 11:32
Caller: [[N:Faith Adeyemi]] (mother of patient)
Patient: [[N:Tobi Adeyemi]], DOB [[D:3/4/19]], MRN [[MRN:5582017]]
Callback #: [[P:+1 404 555 0173]]
Reason: Child with fever 102.4 F x2 days, pulling at R ear, eating less. No rash, no difficulty breathing, wet diapers x4 today.
Advice: Per protocol, ibuprofen 100 mg (5 mL of 100 mg/5 mL) q6h PRN, push fluids. Appointment scheduled tomorrow [[D:6/10]] at 9:15 with [[N:Beatriz Santos]], PA-C.
Mother verbalized understanding. Advised to go to [[G:Children's Healthcare of Atlanta at Egleston]] ED if lethargic or breathing hard.
[[N:Olivia Chen]], RN - triage nurse
Prior visits: AOM [[D:12/20/2021]] (amoxicillin), [[D:2/3/2022]] (amox-clav). Insurance: PeachCare member # [[HP:PC7719203348]].
""")

add('note_008_social_work', """
SOCIAL WORK ASSESSMENT
Patient: [[N:José Luis Muñoz]]   MRN: [[MRN:88102934]]   Date: [[D:October 12, 2022]]
Referred by: [[N:Tessa Lindgren]], RN case manager

Pt is a [[A:91]] y/o Spanish-speaking widower admitted [[D:10/8/2022]] after a fall at home; s/p R hip ORIF [[D:10/9]]. Interview conducted with an in-person Spanish interpreter and pt's granddaughter [[N:Marisol Muñoz-Reyes]], who is his health care proxy.
Living situation: Lives alone in a 2nd floor walk-up at [[SA:287 Bushwick Ave, Apt 3R]], [[CI:Brooklyn]], NY [[Z:11206]]. Granddaughter lives nearby and visits daily. Receives Meals on Wheels.
Income: SSI. SSN [[SSN:093-58-2274]]. Medicare ID [[HP:1EG4-TE5-MK73]]; Medicaid pending.
Plan: Recommend short-term rehab. Referrals sent to [[G:Cobble Hill Health Center]] and [[G:Bay Ridge Center for Rehabilitation]]. Granddaughter's phone: [[P:718-555-0126]]; email [[E:marisol.munozreyes@gmail.com]].
[[N:Daniel Feinberg]], LCSW
""")

add('note_009_pathology', """
SURGICAL PATHOLOGY REPORT
[[G:Baptist Health Lexington]] - Department of Pathology
Accession: [[OID:S22-14473]]     Collected: [[D:12-Feb-2022]]     Received: [[D:12-Feb-2022]]     Reported: [[D:15-Feb-2022]]
Patient: [[N:PRICE, JORDAN T]]    DOB: [[D:27-Jun-1978]]    Sex: M    MRN: [[MRN:BHL0044718]]
Submitting physician: [[N:Ahmed Qureshi]], MD (Gastroenterology)

SPECIMEN: A. Colon, ascending, polyp, cold snare. B. Colon, sigmoid, polyps x2, cold snare.
DIAGNOSIS:
A. Tubular adenoma, 8 mm. Negative for high-grade dysplasia.
B. Hyperplastic polyps (2).
GROSS: A. Received in formalin labeled with the patient's name and "ascending polyp" is a tan-pink polypoid fragment, 0.8 x 0.6 x 0.4 cm. Entirely submitted in A1.
Electronically signed out by [[N:Li-Wei Zhang]], MD, [[D:02/15/2022]] 14:06
Billing acct [[AC:77-100293-4]]. Copy to PCP Dr. [[N:Marguerite Olsen]], fax [[F:859-555-0120]].
""")

add('note_010_operative', """
OPERATIVE REPORT
PATIENT: [[N:Svetlana Petrova-Ivanova]]     MRN: [[MRN:3300194]]     ACCT: [[AC:A00771930442]]
DATE OF SURGERY: [[D:06/30/2021]]
FACILITY: [[G:Northwestern Memorial Hospital]], OR 12
SURGEON: [[N:Michael de la Cruz]], MD
ASSISTANT: [[N:Priya Raman]], PA-C
ANESTHESIA: General endotracheal, [[N:Oluwaseun Bakare]], MD
PREOPERATIVE DIAGNOSIS: Symptomatic cholelithiasis.
POSTOPERATIVE DIAGNOSIS: Same.
PROCEDURE: Laparoscopic cholecystectomy (CPT 47562).
FINDINGS: Distended gallbladder with multiple stones; critical view of safety obtained.
DESCRIPTION: Patient identified in pre-op holding by name and DOB ([[D:2/11/1984]]). Pneumoperitoneum established via Hasson technique at the umbilicus. Cystic duct and artery clipped (Hem-o-lok x3) and divided. Gallbladder removed in an Endo Catch bag.
EBL: 15 mL. Specimen: gallbladder to pathology. Complications: none.
Dr. [[N:de la Cruz]] was present and scrubbed for the entire procedure.
Pt discharged POD 0; husband [[N:Dmitri Ivanov]] driving, phone [[P:312-555-0135]]. Post-op visit [[D:7/14/2021]].
""")

add('note_011_medrec', """
MEDICATION RECONCILIATION - ADMISSION
Patient: [[N:Beaumont, Claire-Marie]]   DOB [[D:1938-01-17]]   MRN [[MRN:M0092217]]
Source: patient, pill bottles, outpatient pharmacy fill history
Allergies: sulfa (rash), penicillin (hives)
Home meds:
- apixaban 2.5 mg PO BID (last dose [[D:4/2]] 08:00)
- metoprolol succinate 25 mg PO daily
- levothyroxine 75 mcg PO daily
- donepezil 10 mg PO qHS
- vitamin D3 2000 IU daily
- atorvastatin 20 mg - pt states she will not take it ("makes my legs ache")
Reconciled by: [[N:Kenji Watanabe]], PharmD   [[D:04/02/2024]]
Verified with daughter [[N:Anne-Sophie Beaumont]] by phone [[P:925.555.0133]]
""")

add('note_012_portal', """
Patient portal message   Sent: [[D:Mar 4th]] 9:41 PM
From: [[N:Rose Okonkwo]]
To: Dr. [[N:Benjamin Hartley]]
Subject: refill + question about my BP

Hi Dr. [[N:Hartley]], I'm almost out of my lisinopril 20mg. Can you send it to the CVS on [[SA:1200 Elm Street]] in [[CI:Springfield]]? Also my home BP readings have been like 145/92 in the mornings. Is that too high? I'm also wondering if I can get the shingles vaccine at my next visit on [[D:3/18]]. My new cell is [[P:413-555-0152]] in case you need to call.
Thanks, [[N:Rose]]
---
Reply from [[N:Benjamin Hartley]], MD, [[D:3/5/2024]]: Hi Ms. [[N:Okonkwo]], refill sent. Please keep a BP log twice daily for 2 weeks and bring it on [[D:3/18]]. Yes, we can give Shingrix then.
""")

add('note_013_progress_psych', """
PSYCHIATRY FOLLOW-UP (VIDEO)   [[D:2023-01-09]]
Pt: [[N:Jordan Ellis-Whitaker]] | MRN [[MRN:PSY-220174]] | DOB [[D:1996-11-23]]
Clinician: [[N:Farah Haddad]], PMHNP-BC
26 yo nonbinary pt (they/them) with MDD, recurrent, and GAD, seen via video; pt connected from home in [[CI:Ann Arbor]].
Visit link: [[URL:https://telehealth.uofm-health-example.org/visit/8f3k2q]]
Interval: Started sertraline 100 mg on [[D:12/5]]; mood 6/10 (from 3/10), sleep 7 h/night. PHQ-9 11 (prior 19). GAD-7 9. Denies SI/HI. Partner [[N:Sam]] supportive. Working part-time at a bookstore.
MSE: well groomed, euthymic, linear, future oriented.
Plan: increase sertraline to 150 mg daily. Continue CBT with Dr. [[N:Lena Horowitz]]. 988 crisis line reviewed. Next visit [[D:Feb 6]].
""")

add('note_014_discharge_ob', """
DISCHARGE SUMMARY - POSTPARTUM
Patient: [[N:Aaliyah Grant]]   MRN [[MRN:0009918230]]   Age: 29
Admit: [[D:August 21, 2022]]   Discharge: [[D:August 23, 2022]]
[[G:Women & Infants Hospital of Rhode Island]]
Delivering provider: [[N:Catherine Moreau]], CNM
Diagnosis: SVD at 39w2d, G2P2002. Infant girl [[N:Nia]], 3410 g, Apgars 8/9, born [[D:8/21/2022]] at 04:52.
Course: uncomplicated. Hgb 10.9 PP. Rh positive, rubella immune. Breastfeeding well; lactation consult by [[N:Mary-Kate Sullivan]], IBCLC.
Discharge meds: ibuprofen 600 mg q6h PRN, docusate, prenatal vitamin.
Follow-up: postpartum visit with [[N:Catherine Moreau]], CNM at [[G:Providence Women's Health - East Side]] on [[D:9/30/22]]. Pediatrician: Dr. [[N:Tomasz Nowak]], [[P:401-555-0183]].
Partner [[N:DeShawn Grant]] present at discharge.
""")

add('note_015_radiology_mri', """
MRI BRAIN WITH AND WITHOUT CONTRAST
Pt Name: [[N:Halvorsen, Erik]]  |  MRN: [[MRN:55-20-1187]]  |  DOB: [[D:19520214]]
Study Date: [[D:20230612]]  |  Accession: [[OID:MR8817342]]
Referring: [[N:Sofia Papadopoulos]], MD
History: 71M with new word-finding difficulty x 2 weeks. ? mass
Technique: Multiplanar multisequence MRI pre/post 7 mL gadobutrol.
Findings: 2.8 x 2.4 cm ring-enhancing mass in the left temporal lobe with surrounding vasogenic edema and 3 mm rightward midline shift. No hydrocephalus. No other lesions.
Impression: Ring-enhancing left temporal mass, favor high-grade glioma; metastasis less likely. Neurosurgery consultation recommended.
Critical result called to Dr. [[N:Papadopoulos]] at 16:20 on [[D:6/12/2023]], read back confirmed.
Radiologist: [[N:Gabriel Achterberg]], MD
""")

add('note_016_ed_mvc', """
EMERGENCY DEPARTMENT PROVIDER NOTE
[[G:Harborview Medical Center]]   Date: [[D:11/19/2022]]
Patient: [[N:Tyler Brooks]]   DOB [[D:05/08/2001]]   MRN [[MRN:H3318402]]
HPI: 21M restrained driver in MVC, T-boned on driver side at ~35 mph. +airbag deployment. Brief LOC per bystander. GCS 15 on arrival. Per State Patrol trooper [[N:R. Delgado]], vehicle was a 2014 Honda Civic, WA plate [[VEH:BXK4471]], VIN [[VEH:2HGFB2F59EH542817]].
Exam: seatbelt sign absent. Tender L chest wall. FAST negative.
Imaging: CT head/C-spine negative. CXR: nondisplaced L 6th rib fracture.
Dispo: discharged home with roommate [[N:Kai Nakamura]]. Return precautions given. Follow up with [[G:UW Medicine Primary Care at Northgate]].
[[N:Meredith Caldwell]], MD
Tetanus: Tdap given [[D:11/19/2022]]. State Patrol collision report # [[OID:22-WSP-119482]]. Pt's mother [[N:Danielle Brooks]] reached at [[P:206.555.0148]]; she will pick him up. Discharged 04:20 on [[D:11/20/2022]].
""")

add('note_017_consult_cardiology', """
CARDIOLOGY CONSULT NOTE
Requesting: [[N:Vikram Desai]], MD (Hospital Medicine)   Date: [[D:4 March 2021]]
Pt: [[N:Florence Whitmore]], [[A:94]] F, MRN [[MRN:0771204]]
Reason: new AF with RVR
HPI: [[A:94]]-year-old woman from [[G:Sunrise Senior Living of Bethesda]] with HTN, HFpEF, CKD 4 admitted for UTI, developed AF with RVR to 140s overnight. Dual-chamber pacemaker (Medtronic Azure XT DR, SN [[DEV:RNB402817H]]) implanted [[D:2/2018]] for sick sinus syndrome.
Exam: irregularly irregular, 2/6 SEM RUSB, bibasilar crackles.
Plan: rate control with low-dose metoprolol tartrate 12.5 mg q6h. CHA2DS2-VASc 6, HAS-BLED 3. Discussed anticoagulation with pt and her niece/HCP [[N:Judith Whitmore-Kane]] ([[P:301-555-0147]]). DNR/DNI confirmed.
[[N:Obinna Eze]], MD, Cardiology fellow; staffed with Dr. [[N:Rachel Goldberg]]
""")

add('note_018_telephone_pharmacy', """
Phone note [[D:1/5/2023]] 14:10 - [[N:Lisa M.]], MA
Pharmacist [[N:Howard Tran]] from the patient's pharmacy ([[P:(206) 555-0122]]) called re: controlled substance Rx for pt [[N:Gerald Finch]] (DOB [[D:07/19/1955]]). Rx for hydrocodone-APAP 5/325 was missing prescriber DEA. Verified Dr. [[N:Amara Okonjo]]'s DEA # [[LIC:BO4417823]] and NPI [[OID:1447382910]]. Pharmacist will fill. Pt notified at home [[P:206-555-0194]], left VM.
Pt address confirmed: [[SA:6612 Rainier Ave S]], [[CI:Seattle]], WA [[Z:98118]].
""")

add('note_019_pathology_breast', """
PATHOLOGY REPORT   Case #: [[OID:SP-23-008812]]
Patient: [[N:Deborah Katz-Rosenberg]]   DOB: [[D:3/22/1969]]   MRN: [[MRN:MSH7719204]]
Collected: [[D:03/01/2023]]   Received: [[D:03/01/2023]]   Signed: [[D:03/03/2023]]
Clinician: [[N:Nadia Farouk]], MD   Copy to: [[N:Isaac Bernstein]], MD
Specimen: Left breast, 2:00, 4 cm FN, US-guided core biopsy.
Diagnosis: Invasive ductal carcinoma, Nottingham grade 2 (3+2+1 = 6/9). DCIS, intermediate grade, present. LVI not identified.
Biomarkers (block A2): ER positive (95%, strong), PR positive (60%), HER2 IHC 1+ (negative), Ki-67 20%.
Comment: Patient has a known germline BRCA2 c.5946delT (p.Ser1982fs) variant per outside genetics report. Results called to Dr. [[N:Farouk]]'s office on [[D:3/3/23]].
Pathologist: [[N:Hyun-Woo Park]], MD
""")

add('note_020_operative_ortho', """
OPERATIVE NOTE
Date: [[D:09-Nov-2023]]   Surgeon: [[N:Stephen Abernathy]], MD   Assistant: [[N:Leah Vance]], PA-C
Patient: [[N:Ruiz, Carmen]]   MRN [[MRN:410098776]]
Hospital: [[G:Hospital for Special Surgery]]
Procedure: Right total knee arthroplasty
Implants: Femoral component Stryker Triathlon CR size 4, lot [[DEV:MH4417A]], SN [[DEV:TRI-0092381]]; tibial baseplate size 4, SN [[DEV:TRI-0092517]]; X3 insert 9 mm; patella 32 mm.
Tourniquet 38 min at 250 mmHg. EBL 100 mL. Drains: none. Complications: none.
Dispo: PACU, stable. Pt's husband [[N:Raul Ruiz]] updated at [[P:(646) 555-0171]].
""")

add('note_021_nursing_ltc', """
[[G:Maple Grove Nursing and Rehabilitation Center]] - Nursing Note
Resident: [[N:Agnes Kowalczyk]]   Room 118   Age: [[A:97]]
[[D:12/24/2022]] 1400: Resident observed sitting on floor next to bed at 1340 by CNA [[N:Brenda Hollis]]. Resident states "I was trying to get to the bathroom." No apparent injury; ROM WNL x4 extremities. Neuro checks initiated. BP 138/76, HR 82, T 97.6, SpO2 95%.
Notified Dr. [[N:Feng]] at 1415; orders for neuro checks q1h x4 then q4h x24h. Daughter [[N:Stella Kowalczyk-Bauer]] notified at [[P:(216) 555-0104]] at 1420.
Fall risk: Morse 65. Bed alarm on, low bed, fall mat in place.
[[N:Harriet Moss]], LPN
[[D:12/25/2022]] 0600 addendum: neuro checks WNL x 16 hrs. Resident at breakfast with roommate [[N:Edith Brennan]]. [[N:Lois Kaminski]], APRN to see resident on [[D:12/27]]. Facility address for transfer forms: [[SA:3300 Maple Grove Rd]], [[CI:Parma]], OH [[Z:44134]] ([[CO:Cuyahoga County]]).
""")

add('note_022_ed_triage_peds', """
TRIAGE NOTE   [[D:02/11/2023]] 19:44
Pt: [[N:Mateo Herrera]], 4 y/o M   MRN [[MRN:CHLA-0018344]]
Brought by father [[N:Javier Herrera]] for barking cough and stridor at rest since 17:00. Temp 100.9 F, HR 138, RR 36, SpO2 94% RA. Westley croup score 4. Dexamethasone 0.6 mg/kg PO given 19:55.
Registration: [[SA:1532 W. Pico Blvd]], [[CI:Los Angeles]], CA [[Z:90015]]; [[CO:Los Angeles County]] DPSS case # [[OID:LA-DPSS-7729144]]
Insurance: Medi-Cal Member ID [[HP:93827465A]]
Father cell: [[P:(213) 555-0110]]
Triage RN: [[N:Kimberly Tran]]
""")

add('note_023_consult_derm', """
[[G:Evergreen Dermatology]]
[[SA:455 Pine Street, Floor 3]], [[CI:Portland]], OR [[Z:97204]]

[[D:January 15, 2024]]

[[N:Alan Whitfield]], MD
[[SA:PO Box 2291]]
[[CI:Beaverton]], OR [[Z:97075]]

Re: [[N:Priyanka Venkataraman]]   DOB [[D:09/07/1990]]

Dear Dr. [[N:Whitfield]],
I saw [[N:Priyanka]] today for a changing pigmented lesion on the left upper back. Dermoscopy showed an atypical network and regression structures. Excisional biopsy (accession [[OID:DP24-00391]]) showed melanoma in situ, lentigo maligna type, margins clear at 2 mm. Wide local excision with 5 mm margins is scheduled for [[D:2/2/2024]]. She has no personal history of skin cancer; her father had melanoma in his 60s. I recommended full-body skin exams every 6 months.
Please do not hesitate to contact me at [[P:503-555-0165]] or [[E:mholloway@evergreenderm.com]].
Best regards,
[[N:Miranda Holloway]], MD, FAAD
""")

add('note_024_telephone_results', """
TELEPHONE ENCOUNTER - RESULTS
[[D:Jan. 5]] 10:02 AM
Called pt [[N:Renée Lefèvre]] at [[P:(504) 555-0139]] re: TSH 8.9 (H), free T4 0.8. Identity verified with name and DOB [[D:5/17/1974]]. Discussed subclinical vs early hypothyroidism; will start levothyroxine 25 mcg daily, repeat TSH in 6-8 weeks. Rx sent. Pt asks that results also be sent to her endocrinologist Dr. [[N:Étienne Marchand]] at [[G:Ochsner Medical Center]], fax [[F:504-555-0140]].
[[N:Carla Dupree]], LPN for Dr. [[N:Nathaniel Broussard]]
""")

add('note_025_social_work_ipv', """
SOCIAL WORK NOTE   [[D:08/15/2023]]
Pt: [[N:Angela Marie Stone]]   MRN [[MRN:00552981]]
SW met with pt privately in ED bay 7 at the request of Dr. [[N:Yusuf Hassan]] after pt disclosed intimate partner violence. Pt reports partner [[N:Derek Lyle Simmons]] (DOB approx. [[D:3/1985]]) struck her last night at their residence, [[SA:92 Orchard Lane]], [[CI:Ypsilanti]], MI [[Z:48197]]. She fears he will come to the hospital; he drives a black Ford F-150, MI plate [[VEH:EHK 2291]].
Safety plan: pt will stay with her sister [[N:Monique Stone]] in [[CI:Canton]]. Hotline info provided. Pt given advocate contact [[N:Teresa Villalobos]] at [[G:SafeHouse Center]], [[P:734-555-0186]]. Security notified with partner's name and vehicle description. Pt declined police report at this time but knows she can file later.
[[N:Hannah Goldstein]], LMSW
Pt prefers follow-up at her work email [[E:astone@ypsi-schools-example.org]]. PPO hearing [[D:8/29/2023]] at [[CO:Washtenaw County]] Trial Court.
""")

add('note_026_cytology', """
CYTOPATHOLOGY
Specimen ID: [[OID:GYN-22-118402]]   Collected [[D:2022-05-16]]
Pt: [[N:Ngozi Okonkwo-Eze]], DOB [[D:1988-12-03]]
Source: Cervix, ThinPrep + HPV
Ordering: [[N:Lauren Fitzgerald]], NP, [[G:Planned Parenthood - Downtown Health Center]]
Interpretation: Low-grade squamous intraepithelial lesion (LSIL). HPV high-risk: POSITIVE (other hrHPV; 16/18 negative).
Recommendation: Colposcopy per ASCCP risk-based guidelines.
Cytotechnologist: [[N:B. Ferreira]], CT(ASCP)   Pathologist: [[N:Oren Shapiro]], MD   [[D:05/19/2022]]
""")

add('note_027_procedure_pacemaker', """
PROCEDURE NOTE - DUAL CHAMBER PACEMAKER IMPLANTATION
Date: [[D:March 8, 2022]]
Pt: [[N:Wilhelmina van der Berg]]   Age [[A:90]]   MRN [[MRN:CV1182730]]
Operator: [[N:Arjun Mehta]], MD; Fellow: [[N:Kofi Boateng]], MD
Indication: symptomatic complete heart block.
Device: Boston Scientific Accolade MRI DR, model L331, SN [[DEV:811942]]
RA lead: model 7741, SN [[DEV:557210]]; RV lead: model 7742, SN [[DEV:559318]]
Measurements: RA P wave 3.1 mV, impedance 520 ohms, threshold 0.6 V @ 0.4 ms. RV R wave 12 mV, impedance 680 ohms, threshold 0.5 V.
Complications: none. Pt's son [[N:Pieter van der Berg]] updated in the waiting room.
Remote monitoring enrolled: LATITUDE patient ID [[OID:LTD-4417209]]; device clinic [[P:(319) 555-0161]].
Device ID card mailed to pt at [[SA:620 Oak Knoll Dr]], [[CI:Iowa City]], IA [[Z:52246]]. First device check [[D:3/18/2022]].
""")

add('note_028_medrec_outpt', """
MED REC / PRE-VISIT PLANNING
Visit date: [[D:07-14-2023]]   Pt [[N:Ibrahim Al-Masri]] (DOB [[D:02-02-1947]])
PCP: [[N:Helen Cho]], MD
Preferred pharmacy phone: [[P:(714) 555-0197]]
- insulin glargine 22 units SC qHS
- Dexcom G7 CGM (transmitter SN [[DEV:8GK4Q2]])
- metformin ER 1000 mg PO daily
- tamsulosin 0.4 mg PO qHS
- rosuvastatin 10 mg PO daily
Changes since last visit: glipizide stopped [[D:6/1]] due to hypoglycemia (BG 48).
Reviewed with pt's son [[N:Omar]], who fills the weekly pillbox.
Completed by [[N:Jasmine Patel]], CMA
""")

add('note_029_portal_records', """
Message from patient - MyChart
From: [[N:Kevin O'Connell]]
Sent: Tuesday, [[D:June 7, 2022]] 7:02 AM

Hi, I need a copy of my records from my knee surgery at [[G:Brigham and Women's Faulkner Hospital]] on [[D:4/19/22]] sent to my new orthopedist. Their fax is [[F:(781) 555-0102]]. Also can you email the after-visit summary to [[E:kevin.oconnell77@yahoo.com]]? I tried the link [[URL:https://mychart.example-health.org/MyChart/Records/Request?id=88213]] but it gave an error. My account number is [[AC:HB-30012988]]. Thanks, [[N:Kevin]]

[Audit: request submitted from [[IP:2601:1c2:4400:e1::3a]]]

Reply - [[N:Shanice Williams]], Health Information Management, [[D:6/8/2022]]:
Hi Mr. [[N:O'Connell]], we cannot email records. Please complete the release form at [[URL:www.example-health.org/roi]] and we will fax them within 5 business days.
""")

add('note_030_progress_icu', """
MICU PROGRESS NOTE - HD #5 - [[D:11/03/2020]]
Pt: [[N:NAKAMURA, HIROSHI]]   78M   MRN: [[MRN:00-481-2273]]   Bed: MICU 9
24h events: Extubated [[D:11/2]] at 10:00 to 4 L NC. Off norepinephrine since yesterday AM. Febrile 38.4 overnight, pan-cultured.
Vitals: T 37.9, HR 96, BP 112/64, RR 22, SpO2 93% 4L. I/O +1.2 L. UOP 0.6 mL/kg/h.
Labs: WBC 14.2, Hgb 9.1, Plt 188, lactate 1.4, Cr 1.8, procalcitonin 2.1.
Micro: BCx [[D:10/30]] MSSA 2/2; repeat BCx [[D:11/1]] NGTD.
A/P: MSSA bacteremia - cefazolin 2 g IV q8h; TEE tomorrow to r/o endocarditis; ID following (Dr. [[N:Okoro]]).
Family: wife [[N:Keiko]] and daughter [[N:Emi Nakamura-Lowe]] at bedside, updated by Dr. [[N:Felix Brandt]].
Code: Full.
[[N:Felix Brandt]], MD, MICU attending
Lines: R IJ CVC and L radial arterial line placed [[D:10/29]]. Son [[N:Kenji Nakamura]] flying in from [[CI:Osaka]] on [[D:11/5]].
""")

add('note_031_discharge_psych', """
DISCHARGE SUMMARY
[[G:McLean Hospital]] - Adult Inpatient Unit
Pt: [[N:Brandon James Whitaker]]   DOB [[D:1999/04/30]]   MRN [[MRN:MCL-004918]]
Admitted [[D:May 2, 2023]] (Section 12), discharged [[D:May 16, 2023]]
Dx: Bipolar I disorder, current episode manic, severe with psychotic features.
Course: Treated with lithium (level 0.9 on [[D:5/14]]) and olanzapine 15 mg qHS with resolution of psychosis and normalization of sleep. No seclusion or restraint after day 2.
Disposition: Home to parents' residence, [[SA:18 Ridgewood Terrace]], [[CI:Newton]], MA [[Z:02459]]. Mother [[N:Karen Whitaker]] [[P:617-555-0158]].
Aftercare: Partial hospital program at [[G:Cambridge Health Alliance]] starting [[D:5/18/2023]]; outpatient psychiatrist Dr. [[N:Jun Ho Lee]].
Alternate contact: father [[N:Gregory Whitaker]] [[P:617-555-0159]]. Lithium level due [[D:5/23/2023]] at [[G:Newton-Wellesley Hospital]] lab. Insurance member ID [[HP:HP10294477-01]].
""")

add('note_032_radiology_mammo', """
BILATERAL SCREENING MAMMOGRAM WITH TOMOSYNTHESIS
Name: [[N:Martinez-Lopez, Guadalupe]]    DOB: [[D:09/12/1965]]    MRN: [[MRN:RAD554019]]
Date of exam: [[D:10/25/2023]]    Accession: [[OID:MG-2023-1025-0047]]
Facility: [[G:Sutter Imaging Center - Roseville]]
Comparison: [[D:10/20/2022]], [[D:10/14/2021]].
Breast composition: heterogeneously dense (C).
Findings: No suspicious masses, calcifications, or architectural distortion.
Impression: BI-RADS 1 - Negative. Recommend annual screening.
A results letter was mailed to the patient at [[SA:7720 Sunrise Blvd, Unit 14]], [[CI:Citrus Heights]], CA [[Z:95610]].
Interpreting radiologist: [[N:Charlotte Beaumont]], MD
""")

add('note_033_home_health', """
HOME HEALTH SKILLED NURSING VISIT
Agency: [[G:Blue Ridge Home Health]]   Visit date: [[D:3/22/22]]   Time in 09:10 / out 10:05
Pt: [[N:Earl Thibodeaux]]   DOB [[D:8/8/1931]]   Age [[A:90]]
Address: [[SA:Rt 3 Box 112]], [[CI:Lenoir]], NC [[Z:28645]] ([[CO:Caldwell County]])
Wound care to sacral stage 3 pressure injury, 3.0 x 2.2 x 0.5 cm; cleansed with NS, packed with calcium alginate, covered with foam dressing. Daughter-in-law [[N:Wanda]] is primary caregiver; instructed on offloading q2h.
Vitals: BP 128/70, HR 74, T 97.9.
Next visit [[D:3/24/22]]. Contact [[P:828-555-0112]]. Medicare MBI [[HP:5TY7-WQ3-KN24]].
[[N:Loretta Pruitt]], RN
""")

add('note_034_face_sheet', """
FACE SHEET / REGISTRATION
Hospital: [[G:Jackson Memorial Hospital]]
Patient: [[N:ALVAREZ, JOSE ANTONIO]]   Sex: M   DOB: [[D:01/30/1972]]
SSN: [[SSN:512-44-8301]]
Address: [[SA:3310 SW 8th St, Apt 410]], [[CI:Miami]], FL [[Z:33135]]   County: [[CO:Miami-Dade County]]
Home phone: [[P:305-555-0130]]   Work: [[P:305-555-0177 x204]]
Email: [[E:jalvarez72@hotmail.com]]
Emergency contact: [[N:Lucia Alvarez]] (spouse) [[P:305-555-0131]]
Guarantor: Self   Guarantor acct: [[AC:GA-7710042]]
Primary insurance: Aetna Choice POS II   Member ID [[HP:W281774630]]   Group [[HP:0884412-010]]
Driver's license: FL [[LIC:A416-522-72-030-0]]
Admit date: [[D:04/11/2024]]   Encounter #: [[AC:E00482291734]]
Attending: [[N:Gustavo Paredes]], MD
Prior encounter: [[D:12/02/2023]] ED visit, encounter # [[AC:E00471120987]].
Secondary emergency contact: brother [[N:Rafael Alvarez]], [[SA:1450 NW 36th St]], [[CI:Hialeah]], FL [[Z:33012]], [[P:786-555-0160]].
""")

add('note_035_consult_onc', """
[[G:Dana-Farber Cancer Institute]]
[[SA:450 Brookline Avenue]], [[CI:Boston]], MA [[Z:02215]]

[[D:October 2, 2021]]

RE: [[N:Theodore Pappas]] ("[[N:Ted]]")   DOB: [[D:6/6/1958]]   DFCI #: [[MRN:01-22-84-17]]

Dear Dr. [[N:Greenberg]],

Thank you for asking me to see Mr. [[N:Pappas]], a 63-year-old man with newly diagnosed classic Hodgkin lymphoma, stage IIB, with bulky mediastinal disease. PET-CT on [[D:9/24/2021]] showed FDG-avid mediastinal and left supraclavicular nodes (SUVmax 14.2) without extranodal disease. Bone marrow biopsy was not required. Baseline PFTs and echo are normal (EF 60%).
I have recommended ABVD with an interim PET after cycle 2. He lives in [[CI:Worcester]] with his partner [[N:Michael Reyes]] and will receive treatment locally after cycle 1 here.
Sincerely,
[[N:Yelena Smirnova]], MD, PhD
cc: [[N:Arthur Greenberg]], MD, [[G:UMass Memorial Medical Center]]
""")

add('note_036_telephone_afterhours', """
After-hours call log - answering service
Rec'd [[D:the 5th of January]], 02:14
Caller: [[N:Bill Hendricks]] (self), ph [[P:555.201.7734]]
62M s/p lap appendectomy on [[D:Jan 2]] by Dr. [[N:Soto]], c/o increasing pain at umbilical port site and fever 101.2 since evening. No vomiting. Advised to present to [[G:Providence St. Vincent Medical Center]] ED for evaluation. ED charge nurse notified.
On-call: [[N:Anika Johansson]], MD
Pt's address on file: [[SA:2210 NW Lovejoy St, Apt 5]], [[CI:Portland]], OR [[Z:97210]]. Message forwarded to Dr. [[N:Soto]] at [[E:msoto@pdxsurgery-example.com]].
""")

add('note_037_social_work_housing', """
SW PROGRESS NOTE   [[D:2/14/2024]]
Pt [[N:Raymond Jenkins]], 58M, experiencing homelessness, currently staying at [[G:Pine Street Inn]].
Pt needs replacement ID. SW helped complete state ID application; SSN on file [[SSN:031 64 2218]] verified with pt. Birth certificate requested from [[CO:Suffolk County]] registry.
SW contacted his case manager [[N:Chantal Baptiste]] at [[G:Boston Health Care for the Homeless Program]] ([[P:857-555-0125]]). Pt's cell: [[P:617-555-0199]]. SNAP case # [[OID:SN-44172093]].
Plan: medical respite bed at [[G:Barbara McInnis House]] upon discharge [[D:2/16]].
[[N:Oksana Melnyk]], LICSW
""")

add('note_038_frozen_section', """
INTRAOPERATIVE CONSULTATION
Patient: [[N:Vanessa Dubois-Ng]]   Path #: [[OID:FS-24-0311]]   Date: [[D:3/11/2024]]
Surgeon: Dr. [[N:Hamid Rostami]] (OR 7, [[G:Cedars-Sinai Medical Center]])
Specimen: sentinel lymph node #1, left axilla.
Frozen section diagnosis: Negative for metastatic carcinoma (0/1).
Called to Dr. [[N:Rostami]] in OR 7 at 10:42 by [[N:Julia Marchetti]], MD; read back verified.
""")

add('note_039_brief_op_csection', """
BRIEF OP NOTE   [[D:2022-12-25]]
Pt: [[N:Esperanza de la Cruz]]   MRN [[MRN:LD0091827]]
Pre-op dx: IUP at 40w1d, arrest of descent, Category II FHR tracing.
Procedure: primary low transverse cesarean section.
Surgeon: [[N:Gwendolyn Price]], MD. Asst: [[N:Ali Hosseini]], MD (PGY-3). Anesthesia: spinal (CRNA [[N:Tom Becker]]).
QBL 850 mL. Findings: viable female infant, OA, Apgars 8/9, weight 3.62 kg, delivered 03:41.
Infant to newborn nursery with father [[N:Luis de la Cruz]]. Complications: none.
""")

add('note_040_medrec_discharge', """
DISCHARGE MEDICATION RECONCILIATION
[[N:Hollis, Margaret]] / [[MRN:2088173]] / DOB [[D:11-Apr-1929]] ([[A:95]] y)   D/C date [[D:18-Jun-2024]]
NEW: furosemide 20 mg PO daily; potassium chloride 10 mEq PO daily.
CHANGED: metoprolol tartrate 25 mg BID -> metoprolol succinate 50 mg daily.
STOPPED: naproxen (AKI, Cr peak 2.1).
CONTINUE: amlodipine 5 mg daily, sertraline 50 mg daily, calcium + D.
Home O2 2 L via concentrator (serial [[DEV:INV-PE1024-88317]]).
Reviewed with pt and her grandson [[N:Will Hollis]], who manages her pillbox.
Pharmacist: [[N:Desmond Achebe]], PharmD
Follow-up: PCP Dr. [[N:Rebecca Stein]] on [[D:6/25/2024]]; BMP on [[D:6/21/2024]] at [[G:Quest Diagnostics Patient Service Center - Wayne]].
""")

add('note_041_portal_worknote', """
From: [[N:Faith Nakamura-Brooks]]
Date: [[D:09/13/2023]]
RE: Work note
Hello, could I please get a work note for my absence [[D:9/11]] through [[D:9/13]]? I had the stomach flu and was seen at urgent care. My employer's HR fax is [[F:(919) 555-0144]]. You can also email it to me at [[E:faith.nb@protonmail.com]]. My date of birth is [[D:2/29/1992]]. Thank you! - [[N:Faith]]

Reply: Hi [[N:Faith]], your note is attached in MyChart and was faxed to HR. - [[N:Crystal]], front desk, [[G:Duke Primary Care Croasdaile]]
""")

add('note_042_well_child', """
WELL CHILD CHECK - 12 MONTH
Pt: [[N:Amara Okafor]]   DOB [[D:08/02/2022]]   Visit [[D:08/04/2023]]
Accompanied by: mother [[N:Chidinma Okafor]] and older brother [[N:Emeka]] (5)
Growth: wt 9.6 kg (55th %ile), length 75 cm (60th), HC 45.5 cm.
Development: pulls to stand, cruises, 2-3 words ("mama", "dada", "ball"), pincer grasp.
Vaccines today: MMR, varicella, Hep A #1, PCV #4. VIS given.
Lead 1 mcg/dL. Hgb 11.8.
Plan: 15 month visit. Dental home: [[G:Smile Bright Pediatric Dentistry]].
[[N:Rachel Kim]], MD
""")

add('note_043_teleradiology', """
TELERADIOLOGY PRELIMINARY READ
Sending facility: [[G:St. Mary's Regional Hospital]], [[CI:Grand Junction]]
Study received from PACS node [[IP:10.44.18.207]] at 02:11.
Pt: [[N:Cody Rasmussen]], 17M, DOB [[D:2006/03/15]], MRN [[MRN:SMR-88410]]
Exam: XR left wrist, 3 views, [[D:2023-07-29]]
Findings: Nondisplaced fracture through the scaphoid waist. Distal radius intact. No dislocation.
Impression: Scaphoid waist fracture. Recommend thumb spica immobilization and repeat imaging or MRI in 10-14 days.
Read by [[N:Naomi Friedman]], MD. Questions: [[E:nfriedman@telerad-partners.com]]
Final read time 02:35 on [[D:2023-07-29]]. Worklist server [[IP:172.16.240.12]].
""")

add('note_044_ed_dogbite', """
ED PROVIDER NOTE   [[D:5/30/23]]
[[N:Sophie Laurent]], 8 yo F, bitten on R forearm by neighbor's dog at [[SA:1140 Hawthorne Ct]] ([[CI:Boulder]]). Dog vaccinated per owner [[N:Gary Mitchell]]. Animal control report filed, case # [[OID:AC-2023-05814]] ([[CO:Boulder County]]).
Wound irrigated with 500 mL NS; two lacerations loosely approximated with 4-0 nylon. Amoxicillin-clavulanate 45 mg/kg/day divided BID x 5 days. Tdap UTD.
Mother [[N:Elise Laurent]] at bedside, agrees with plan. Wound check in 48 h.
[[N:Yosef Adler]], MD
Dog owner address for animal control: [[SA:1142 Hawthorne Ct]], [[CI:Boulder]], CO [[Z:80304]]; owner phone [[P:303-555-0115]]. Rabies vaccination certificate # [[OID:BCR-2022-11873]], valid through [[D:5/2025]].
""")

add('note_045_dialysis', """
HEMODIALYSIS TREATMENT RECORD
Pt: [[N:Curtis Mayfield-Jones]]   MRN [[MRN:DV-449102]]   Date [[D:04/18/2022]]
Unit: [[G:DaVita Lakeside Dialysis]], chair 12
Machine: Fresenius 2008T, SN [[DEV:2JKA118403]]
Access: L AVF, +thrill/bruit. 15G needles x2.
Pre: wt 84.6 kg, BP 168/94, HR 80. EDW 82.0 kg. UF goal 2.8 L.
Post: wt 81.9 kg, BP 132/78. Kt/V (last) 1.4.
Meds: heparin 1000 units bolus; epoetin alfa 4000 units IV; calcitriol 0.5 mcg.
Pt missed Saturday treatment because his ride did not show. SW [[N:Denise Harmon]] notified. Parking validation given for vehicle [[VEH:NJK-4820]].
RN: [[N:Ferdinand Aquino]], RN; PCT [[N:Latoya Greene]]
Next treatment [[D:4/20/2022]]. Home address for transport: [[SA:55 Lakeside Blvd, Apt 7C]], [[CI:Newark]], NJ [[Z:07104]].
""")

add('note_046_econsult_id', """
E-CONSULT: INFECTIOUS DISEASES
Question from [[N:Priscilla Vaughn]], NP ([[D:2023-02-27]]): 44 yo F (pt [[N:Lakshmi Subramanian]], MRN [[MRN:3390182]]) with positive QuantiFERON, normal CXR, asymptomatic, born in [[CI:Chennai]], India, moved to the US in 2009. LFTs normal. Not pregnant. Treatment?
Response ([[D:2/28/23]]): Consistent with LTBI. Recommend rifampin 600 mg daily x 4 months (4R); check drug interactions (pt on OCP - advise backup contraception). Baseline LFTs done; repeat only if symptoms.
[[N:Benedikt Wagner]], MD, Infectious Diseases
""")

add('note_047_prior_auth', """
PRIOR AUTH CALL   [[D:06/06/2023]]
Called Blue Cross Blue Shield of Illinois re: adalimumab PA for pt [[N:Dominic Russo]] (DOB [[D:10/10/1980]]).
Member ID: [[HP:XOF884127733]]   Group #: [[HP:P44712]]
Spoke with rep [[N:Tiffany]] (call ref # [[OID:CR-0606-88124]]). PA approved through [[D:06/05/2024]], auth # [[OID:PA99281734]].
Pt notified via portal.
[[N:Maribel Ortiz]], MA
Specialty pharmacy enrollment form faxed to [[F:1-800-555-0139]] on [[D:6/6/2023]]. Copay card ID [[OID:HUM-CPY-44190273]].
""")

add('note_048_social_work_cps', """
SOCIAL WORK - CHILD PROTECTION CONSULT
Date: [[D:11-29-2021]]
Child: [[N:Aiden Kowalski]], 3 mo M, MRN [[MRN:P-7718203]]
Mother: [[N:Brittany Kowalski]], 19; Father: [[N:Jacob Reyes]], 22 (not living in the home)
Reason: Unexplained femur fracture. Skeletal survey [[D:11/28]] showed 2 healing posterior rib fractures.
Report made to [[CO:Hennepin County]] Child Protection intake at 15:10, intake # [[OID:HC-CP-21-77310]], worker [[N:Sandra Lindahl]] ([[P:612-555-0148]]).
Home address per registration: [[SA:2601 Lyndale Ave S, #4]], [[CI:Minneapolis]], MN [[Z:55408]].
Maternal grandmother [[N:Donna Kowalski]] identified as a possible safe placement.
[[N:Ruth Okeke]], LICSW
Father's address: [[SA:1919 E. Franklin Ave, Apt 12]], [[CI:Minneapolis]], MN [[Z:55404]]; phone [[P:(612) 555-0166]]. Police case # [[OID:MP-21-338419]], Detective [[N:Omar Abdi]].
""")

add('note_049_flow_cytometry', """
HEMATOPATHOLOGY - FLOW CYTOMETRY
Pt: [[N:Gideon Oyelaran]]   DOB [[D:4/1/1948]]   Accn [[OID:FC23-2210]]
Specimen: peripheral blood, collected [[D:08/21/2023]] 07:50
Clinical: lymphocytosis (ALC 18.2)
Result: CD5+/CD23+ monoclonal B-cell population (kappa restricted), 82% of lymphocytes, CD38 negative, consistent with chronic lymphocytic leukemia (CLL). FISH for del(17p), del(11q), +12, del(13q) sent to reference lab (req # [[OID:RL-551902]]).
Reported to [[N:Conrad Ashby]], MD. Pathologist: [[N:Mei-Lin Huang]], MD, [[D:8/23/2023]]
""")

add('note_050_egd', """
PROCEDURE: EGD
Date [[D:Feb 7, 2024]] | [[G:Mayo Clinic Hospital - Saint Marys Campus]] Endoscopy Unit
Pt: [[N:Arnold Schwab]] | Clinic # [[MRN:7-441-209]]
Endoscopist: [[N:Sunita Bhattacharya]], MD | Scope: Olympus GIF-H190, SN [[DEV:2801446]]
Indication: iron deficiency anemia, melena.
Findings: 1.2 cm clean-based ulcer in the duodenal bulb (Forrest III). Mild antral erythema. Biopsies of antrum/body for H. pylori.
Plan: PPI BID x 8 weeks, stop naproxen, f/u biopsy results. Pt's wife [[N:Gloria]] is driver; discharged 11:45.
""")

add('note_051_onc_clinic', """
HEME/ONC CLINIC NOTE - [[D:07/07/2022]]
[[N:Fatima Zahra Benali]], 52F, MRN [[MRN:ONC-3391207]]
Dx: ER+/PR+/HER2- IDC left breast, pT2N1a, s/p lumpectomy [[D:1/12/2022]], AC-T completed [[D:6/2/2022]].
Today: RT planning with Dr. [[N:Olusegun Adebayo]] next week. Neuropathy grade 1. ECOG 0.
Labs: ANC 2.1, Hgb 11.4, Plt 210.
Genetics: negative 84-gene panel.
Plan: letrozole after RT plus ovarian suppression given premenopausal status; discuss abemaciclib; DEXA ordered.
Husband [[N:Youssef Benali]] present.
[[N:Clara Lindqvist]], MD
""")

add('note_052_nicu_discharge', """
NICU DISCHARGE SUMMARY
Infant: [[N:Zara Okonkwo-Smith]]   MRN [[MRN:TCH-22019384]]
DOB: [[D:09/01/2023]] at 26w3d; BW 840 g. Discharge: [[D:11/28/2023]] at PMA 38w6d, wt 2.61 kg.
Hospital: [[G:Texas Children's Pavilion for Women]] NICU, [[CI:Houston]]
Problems: RDS (surfactant x2); BPD, on 0.25 L NC; ROP stage 2 zone II (f/u [[D:12/5/23]] with Dr. [[N:Imran Siddiqui]]); PDA closed spontaneously; apnea of prematurity resolved.
Parents: [[N:Chioma Okonkwo]] and [[N:Brian Smith]]; home [[SA:9911 Bellaire Blvd, Apt 220]], [[CI:Houston]], TX [[Z:77036]].
Home O2 supplier contact [[P:(713) 555-0196]]. Newborn screen # [[OID:TX-NBS-23-4410982]] normal. Car seat challenge passed.
PCP: [[N:Adaeze Nwosu]], MD, [[G:Legacy Community Health - Southwest]]
Palivizumab given [[D:11/27/2023]]. Medicaid ID [[HP:518822074]]. Parents' emails: [[E:chioma.okonkwo@outlook.com]], [[E:brian.smith.htx@gmail.com]].
""")

add('note_053_radiology_us', """
US ABDOMEN COMPLETE   [[D:2024-02-19]]
[[N:Patel, Rohan]]   MRN [[MRN:AH-1190288]]   Age 41
Findings: Liver 17.2 cm with increased echogenicity consistent with hepatic steatosis. No focal lesion. Gallbladder: multiple shadowing stones, no wall thickening, negative sonographic Murphy sign. CBD 4 mm. Spleen 11 cm. Kidneys normal in size without hydronephrosis.
Impression: Hepatic steatosis. Cholelithiasis without sonographic evidence of cholecystitis.
Images: [[URL:https://pacs.advocate-example.org/viewer?study=1.2.840.113619.2.55.3.2831]]
Sonographer: [[N:Kristen Blackwood]], RDMS   Radiologist: [[N:Omar Farooq]], MD
Ordered by [[N:Hector Villanueva]], MD on [[D:2/14/2024]]. Pt referred from [[G:Advocate Christ Medical Center]] ED.
""")

add('note_054_rn_shift', """
RN SHIFT NOTE   [[D:10/14/2023]] 19:00 - [[D:10/15/2023]] 07:00
Pt [[N:Giuseppe Romano]] ([[A:92]] yo M), POD 1 s/p ex-lap for SBO.
Neuro: intermittently confused overnight, CAM-ICU positive at 02:00; reoriented, sitter at bedside.
CV: NSR 70s, SBP 110-130s. Resp: 2 L NC, sats 94-96%.
GI: NGT to LIWS, 400 mL bilious. GU: Foley, UOP 30-50 mL/h. Skin: midline incision OTA with staples.
Pain controlled with fentanyl 25 mcg IV PRN x2.
Family: son [[N:Marco Romano]] called at 23:00 and was updated. Grandniece [[N:Sofia Greco]] is listed as secondary contact, [[P:(401) 555-0124]].
Plan: continue monitoring, PT eval today.
[[N:Nicole Adair]], RN, BSN
""")

add('note_055_ed_trauma', """
TRIAGE   [[D:06/21/2023]] 01:12   ESI 2
Pt: [[N:Terrell Jackson]], 27M, DOB [[D:6/20/1996]]
Arrived by police. Officer [[N:D. Harris]], badge # [[OID:4471]].
CC: stab wound R flank. HR 122, BP 98/60, RR 24, SpO2 96%. Trauma activation level 1 at 01:14.
Pt states he was at a party on [[SA:N. Calvert St]] when assaulted.
Belongings: cell phone, wallet with MD driver's license # [[LIC:J-520-448-917-301]], $43 cash - given to security.
Brother [[N:Andre Jackson]] en route.
[[N:Melissa Ford]], RN
Per EMS, vehicle at scene: silver Nissan Altima, MD tag [[VEH:2DX4418]]. Pt's address: [[SA:1701 N. Charles St, Apt 3]], [[CI:Baltimore]], MD [[Z:21201]]. To OR at 01:48 with Dr. [[N:Keisuke Yamada]], [[G:R Adams Cowley Shock Trauma Center]].
""")

add('note_056_genetics_letter', """
[[G:Stanford Cancer Center]] - Clinical Cancer Genetics Program

[[D:August 9, 2023]]

Ms. [[N:Rivka Abramowitz]]
[[SA:3150 Alma St]]
[[CI:Palo Alto]], CA [[Z:94306]]

Dear Ms. [[N:Abramowitz]],

It was a pleasure meeting with you and your sister [[N:Leah Abramowitz]] on [[D:July 26, 2023]]. As we discussed, your genetic testing identified a pathogenic variant in BRCA1, c.68_69delAG (p.Glu23fs), one of the three Ashkenazi Jewish founder mutations. This is associated with increased lifetime risk of breast and ovarian cancer. We recommend breast MRI alternating with mammography every 6 months and discussion of risk-reducing salpingo-oophorectomy by age 35-40.
We recommend cascade testing for first-degree relatives. They can order testing through the family variant program at [[URL:https://www.familytesting-example.com/fvt]] using family code [[OID:FV-228193]].
Please call me at [[P:650-555-0109]] or email [[E:a.castellanos@stanfordhealth-example.org]] with any questions.
Sincerely,
[[N:Alejandra Castellanos]], MS, CGC
""")

add('note_057_hospice_call', """
HOSPICE ON-CALL NOTE   [[D:12/31/2021]] 22:40
Pt [[N:Dorothy Fairchild]], [[A:99]] yo F, hospice dx: end-stage dementia. Agency: [[G:Gentiva Hospice - Tulsa]].
Caller: daughter [[N:Patricia Fairchild-Moore]] reports mother with increased respiratory secretions and moaning.
Per comfort kit: atropine 1% 2 gtt SL q4h PRN, morphine 5 mg SL q1h PRN; repositioned per instructions over phone.
RN [[N:Joyce Bingham]] dispatched to home at [[SA:5521 E. 61st St]], [[CI:Tulsa]], OK [[Z:74136]] ([[CO:Tulsa County]]); ETA 23:20.
Daughter's phone [[P:918-555-0181]].
Hospice medical director [[N:Lawrence Okafor-Dunn]], MD notified [[D:1/1/2022]] 07:30.
""")

add('note_058_dermpath', """
DERMATOPATHOLOGY
Patient Name: [[N:GRANT, WILLIAM H]]   Accession: [[OID:DS-24-01177]]
DOB: [[D:05/14/1944]]   Date of Procedure: [[D:01/08/2024]]
Physician: [[N:Alicia Torres-Mendez]], MD
Clinical: r/o BCC, L nasal ala
Diagnosis: Basal cell carcinoma, nodular type, extending to the deep margin.
Note: Mohs micrographic surgery recommended.
[[N:Stanislav Novak]], MD
""")

add('note_059_operative_spine', """
OPERATIVE REPORT - [[G:Barrow Neurological Institute]]
Date: [[D:2022.10.04]]
Pt: [[N:Marguerite Chevalier]] | MRN [[MRN:BNI-00771832]] | DOB [[D:1959.12.28]]
Surgeon: [[N:Abdullah Al-Harbi]], MD | Co-surgeon: [[N:Peter Lindholm]], MD
Procedure: L4-5 transforaminal lumbar interbody fusion with posterior instrumentation.
Implants: pedicle screws 6.5 x 45 mm x4 (lot [[DEV:NV22-09117]]), rods 5.5 mm x2, PEEK cage 10 mm (SN [[DEV:CG4418-0072]]).
Neuromonitoring: stable SSEP/MEP throughout (tech [[N:Jorge Salinas]]).
EBL 350 mL. Cell saver 120 mL returned. Complications: none.
Pt phone [[P:480-555-0102]]; spouse [[N:Henri Chevalier]] updated. Post-op visit [[D:10/18/2022]] with Dr. [[N:Peter Lindholm]].
""")

add('note_060_transfer_medlist', """
TRANSFER MED LIST -> [[G:Heritage Oaks Skilled Nursing]]
Pt: [[N:Lorenzo Bianchi]]   DOB [[D:3/3/1933]]   (age [[A:91]])   Transfer date: [[D:March 19, 2024]]
Allergies: NKDA
- acetaminophen 650 mg PO q6h scheduled
- enoxaparin 30 mg SC daily x 14 days (end [[D:4/1/24]])
- senna 8.6 mg 2 tabs qHS
- tamsulosin 0.4 mg qHS
- memantine 10 mg BID
Last doses given: see MAR. Report called to SNF nurse [[N:Judy Castellano]] at [[P:707-555-0135]]; MAR faxed to [[F:707-555-0136]].
Discharging RN: [[N:Ben Ochoa]]
""")

add('note_061_portal_telehealth', """
Portal message   [[D:2023-04-11]]
From: [[N:Stone, Jordan]]
Subject: can't join video visit
I keep getting "connection failed" when I try the link [[URL:https://telehealth.example-clinic.com/join/JS-884512]]. The IT guy at my job said to tell you my IP is [[IP:73.158.22.191]] and I'm on Chrome. My appointment with Dr. [[N:Priya Natarajan]] is today at 2:30. Can someone call me at [[P:(555) 123-4567]]?

Reply ([[N:Marcus Webb]], Telehealth Support): Hi [[N:Jordan]], we've cleared the block on your connection. Please run the test page at [[URL:https://telehealth.example-clinic.com/test]] first and rejoin.
""")

add('note_062_diabetes_clinic', """
DIABETES CLINIC NOTE   DOS: [[D:9/19/23]]
[[N:Liam O'Sullivan]], 19 yo M with T1DM dx age 7, here with mother [[N:Siobhan O'Sullivan]].
Pump: Tandem t:slim X2, SN [[DEV:1184422]]; CGM Dexcom G6 receiver SN [[DEV:PL91840215]].
Time in range 58%, TBR 3%, GMI 7.6%. A1c 7.9 today (8.4 on [[D:6/12/23]]).
Basal: 0.9 u/h 00-06, 1.05 u/h 06-24. ICR 1:8. ISF 1:40. Target 110.
Moving to [[CI:Burlington]] for college next month; will establish with adult endocrinology at [[G:UVM Medical Center]] (Dr. [[N:Gretchen Albrecht]]).
Pump supplies: [[URL:https://orders.pumpsupply-example.com/acct/LO-7719]]; pt email [[E:liamos2004@gmail.com]].
""")

add('note_063_discharge_short', """
DISCHARGE SUMMARY (ABBREVIATED)
[[N:Kowalski, Teresa A.]]   #[[MRN:9023314]]   HAR [[AC:5100448213]]   Adm [[D:3/2/24]]   D/C [[D:3/5/24]]
Dx: acute perforated appendicitis, s/p lap appendectomy [[D:3/2/24]] (Dr. [[N:Ng]]).
Abx: pip-tazo -> amox-clav to complete 7 days total (through [[D:3/9]]).
F/u: surgery clinic [[D:3/19/24]] 1:00 PM, [[G:Froedtert Hospital]] Clinic 4C.
cc: PCP [[N:Daniela Horvat]], MD by fax [[F:414.555.0170]]
Signed: [[N:Kevin Ng]], MD   NPI [[OID:1932204471]]
DEA [[LIC:BN2290418]]
""")

add('note_064_employee_health', """
EMPLOYEE HEALTH VISIT   [[D:07/12/2022]]
Employee: [[N:Marisa Delacroix-Pena]]   Employee ID: [[OID:E0044918]]   Dept: Environmental Services
Needlestick injury R index finger at 06:40 while emptying a sharps container on 6 North. Source pt [[N:Harold Bixby]], MRN [[MRN:4419027]]: HIV Ag/Ab nonreactive, HBsAg negative, HCV Ab negative (rapid).
Employee: HBsAb immune (titer 88), baseline labs drawn. No PEP indicated. Workers' comp claim # [[OID:WC-22-118374]] opened.
[[N:Gail Brennan]], RN, COHN
Employee SSN [[SSN:261-88-4410]]; address [[SA:880 Sycamore Dr]], [[CI:Decatur]], GA [[Z:30030]]; cell [[P:404-555-0157]]. Follow-up labs [[D:8/23/2022]], [[D:10/11/2022]], [[D:1/10/2023]].
""")

add('note_065_dxa', """
DXA BONE DENSITOMETRY
[[N:Ingrid Johansson]]   DOB [[D:08/30/1950]]   Exam [[D:05/02/2023]]   [[G:Swedish Medical Center - First Hill]]
L1-L4 T-score -2.7; femoral neck T-score -2.3; total hip -1.9.
FRAX 10-yr major osteoporotic fracture risk 24%, hip 5.1%.
Impression: Osteoporosis. Compared with [[D:04/15/2021]], L-spine BMD decreased 4.1% (significant).
[[N:Tobias Wren]], MD
""")

add('note_066_ed_fall_centenarian', """
ED NOTE   [[D:Dec 1, 2023]]
Pt [[N:Evelyn Harrington]], age [[A:102]], brought from [[G:Brookdale Overland Park]] after an unwitnessed fall. Baseline mild dementia, walks with walker. No LOC per staff ([[N:Precious Mahlangu]], CNA). Not on anticoagulation.
CT head negative, CT C-spine degenerative changes only. XR R hip: no fracture. Skin tear R forearm repaired with Steri-Strips.
Discussed with her nephew/POA [[N:Charles Harrington III]] ([[P:913-555-0118]]); agrees with return to facility.
[[N:Oyelaran, Tunde]], DO
Facility fax for records [[F:913-555-0119]]. Medicare [[HP:7AB2-CD3-EF45]]. Tdap given [[D:12/1/2023]].
""")

add('note_067_telephone_interpreter', """
TE [[D:4/5/22]] - Vietnamese interpreter via phone
Called pt [[N:Tran Van Minh]] with son [[N:Kevin Tran]] re: colonoscopy prep instructions for [[D:4/12/22]] at [[G:Santa Clara Valley Medical Center]]. Pt asked about stopping clopidogrel; per Dr. [[N:Huynh]], hold 5 days before procedure. Clear liquids the day before, split-dose PEG prep. Pt read back instructions. Son's #: [[P:408-555-0153]].
[[N:Linh Pham]], RN
""")

add('note_068_social_work_va', """
SW NOTE - [[G:VA Palo Alto Health Care System]]   [[D:05-Jan-2020]]
Veteran: [[N:Curtis Lee Hammond]]   SSN (last 4): [[SSN:7723]]
Veteran, 74M, Vietnam-era, lives in [[CI:Gilroy]] with wife [[N:Barbara]]. Requesting help with beneficiary travel reimbursement and a home safety evaluation. VA claim # [[OID:C-28 441 902]]. Service-connected 70%.
Referred to caregiver support coordinator Ms. [[N:Delgado]]. Will follow up by phone at [[P:408-555-0172]].
[[N:Gabriela Ruiz]], LCSW
Mailing address: [[SA:PO Box 1187]], [[CI:Gilroy]], CA [[Z:95021]]. VHIC # [[OID:VHIC-0019928341]]. Vehicle for mileage reimbursement: 2009 Toyota Tacoma, CA plate [[VEH:8ZTR112]]. Wife's email [[E:barb.hammond55@att.net]].
""")

add('note_069_sleep_clinic', """
SLEEP MEDICINE FOLLOW-UP   [[D:2022-10-03]]
Pt: [[N:Rosa María Hernández]], 61F, MRN [[MRN:SL-0045821]]
OSA (AHI 38 on PSG [[D:5/18/2022]]). CPAP ResMed AirSense 11, SN [[DEV:23221884417]], APAP 8-14 cm H2O.
Download [[D:9/3]]-[[D:10/2]]: usage 92% of nights, avg 6.8 h, residual AHI 2.1, 95th %ile leak 18 L/min. ESS 6 (from 15).
Plan: continue APAP; mask refit. DME supplier phone [[P:210-555-0127]].
[[N:Bogdan Kravets]], MD
""")

add('note_070_consult_nephro', """
[[D:20 April 2022]]

Dr. [[N:Samuel Asante]]
[[G:Northside Family Medicine]]
[[SA:1010 Peachtree Industrial Blvd]]
[[CI:Duluth]], GA [[Z:30097]]

RE: [[N:Will Grant]], DOB [[D:1/1/1960]]

Dear [[N:Sam]],
Many thanks for sending Mr. [[N:Grant]], who has CKD stage 4 (eGFR 24) with UACR 1200 mg/g, most likely diabetic nephropathy. I have started dapagliflozin 10 mg daily and increased losartan to 100 mg daily. Potassium 4.9. We discussed kidney replacement options and I have ordered vein mapping for AV fistula planning. I will see him again in 3 months.
Best wishes,
[[N:Kwabena Mensah-Bonsu]], MD   GA Lic. [[LIC:MD068443]]
[[E:kmensahbonsu@atlneph-example.com]]
cc: [[N:Will Grant]], [[SA:4420 Old Norcross Rd]], [[CI:Duluth]], GA [[Z:30096]]
""")

# ---------------------------------------------------------------------------
# 30 short clinician queries / chat messages
# ---------------------------------------------------------------------------
QUERIES = [
    "pull labs for [[N:maria gonzalez]] dob [[D:4/5/1950]]",
    "any echo on pt [[N:Okafor]] from last week?",
    "can u fax the d/c summary for [[N:J. Smith]] (mrn [[MRN:4471092]]) to [[F:555-201-3344]]",
    "whats the latest k for bed 14 - [[N:nguyen]]? was 5.9 at 0600",
    "pls schedule f/u for [[N:Anna K.]] w dr [[N:patel]] on [[D:3/14]]",
    "who is the attending for [[N:de la cruz]] in rm 5",
    "need the ct read from [[D:jan 3]] on [[N:william obrien]]",
    "is [[N:Hope Alvarez]] still npo after midnight?",
    "call [[N:grant]]'s wife back at [[P:555-867-5309]], she's worried about the biopsy",
    "trop trend for [[N:al-rashid]] pls, chest pain started [[D:12/2]] around 2100",
    "pt [[N:zoe van der berg]] dob [[D:2003-07-19]] allergic to pcn?",
    "did dr [[N:feld]] sign the consent for ms [[N:rose]] yet",
    "find all admits for mrn [[MRN:00839217]] since 2020",
    "send portal msg to [[N:okonkwo, rose]] re: bp log",
    "lab says hemolyzed for [[N:Price]] - redraw? acct [[AC:900144728813]]",
    "any PT notes on mr [[N:brooks]] (the mvc kid) from [[D:11/19]]?",
    "[[N:edna fairweather]] [[A:93]]yo in bay 3, daughter wants update, call [[P:(555) 412-9983]]",
    "check if insurance active for member id [[HP:W281774630]]",
    "email the path report to [[E:dr.qureshi@bhl-gi-example.com]] pls",
    "whats the pacer model on [[N:whitmore]], SN [[DEV:RNB402817H]]?",
    "rad sched: us abd for [[N:Rohan Patel]] [[D:2/19]] 0900 at [[G:Advocate Christ]]",
    "pls pull outside recs from [[G:mercy general]] for [[N:gonzales maria]] admission [[D:feb 28]]",
    "is [[N:will]] from pharmacy on today? need to verify dea [[LIC:BO4417823]]",
    "[[N:jose munoz]] granddaughter on phone asking re rehab bed, her # [[P:718 555 0126]]",
    "who ordered the mri on [[N:halvorsen]] [[D:6/12]]",
    "need VIN for the police report on pt [[N:Brooks]]: [[VEH:2HGFB2F59EH542817]] correct?",
    "portal user [[N:kevin oconnell]] locked out, logins from ip [[IP:73.158.22.19]]",
    "book viet interpreter for [[N:Tran Van Minh]] [[D:4/12]] 0700 endo",
    "any bcx growth on [[N:nakamura]] since [[D:11/1]]? verify ssn [[SSN:449-20-1187]] on his chart too",
    "pt [[N:Faith]] in 22B says her dob is [[D:02/29/92]] but chart shows [[D:2/28/92]] - fix?",
]
for i, q in enumerate(QUERIES, 1):
    add('query_%03d' % i, q)

# ---------------------------------------------------------------------------
# 20 PHI-free hard negatives (no spans)
# ---------------------------------------------------------------------------
NEGATIVES = [
    """Progress note: 89 yo M with Parkinson's disease on carbidopa-levodopa 25/100 TID. BP 120/80, HR 72, GCS 15. Will continue current regimen; we hope PT reduces falls. Diagnosed in 2019. Lasix 40 mg daily.""",
    """Foley catheter placed at 14:30 without difficulty, 16 Fr, 10 mL balloon. UOP 45 mL/h. Babinski sign absent bilaterally. Strength 5/5 in all extremities, reflexes 2+ and symmetric.""",
    """Assessment: Graves disease with T3 toxicosis; TSH <0.01, free T4 3.2. Start methimazole 10 mg daily, propranolol 20 mg TID. Repeat TFTs in 4-6 weeks. ICD-10 E05.00.""",
    """Classic Hodgkin lymphoma, nodular sclerosis subtype, stage IIA. Plan ABVD x 4 cycles with interim PET-CT after cycle 2 (Deauville score). Reed-Sternberg cells CD15+/CD30+.""",
    """Genetics: BRCA2 c.5946delT (p.Ser1982fs) pathogenic; also VUS in ATM c.1229T>C. TP53 wild-type. Tumor mutational burden 4 mut/Mb. MSI stable.""",
    """Billing: CPT 99214 with modifier 25; 93000 (ECG). Dx codes I50.22, E11.65, N18.31. LOINC 4548-4 (HbA1c) resulted 7.9%.""",
    """Please mark the surgical site before 07:00. The attending may grant an exception to the NPO policy for clear liquids until 2 hours pre-op. Will bill as a level 4 visit.""",
    """Skin: rose-colored macular rash on the trunk (rose spots), blanching. Consider typhoid fever; blood cultures x2 drawn at 09:15. Ceftriaxone 2 g IV daily started.""",
    """Vitals: T 38.2 C, HR 112, BP 94/58, RR 24, SpO2 91% on 2 L. Lactate 3.4. qSOFA 2. 30 mL/kg LR bolus given. Norepinephrine started at 0.05 mcg/kg/min at 16:45.""",
    """Labs: Na 131, K 5.8, Cl 99, HCO3 18, BUN 42, Cr 2.3, glucose 245, Ca 8.7, Mg 1.6, Phos 5.1, WBC 12.4, Hgb 9.8, Plt 145, INR 1.3, troponin 0.04.""",
    """Crohn's disease, ileocolonic, on adalimumab 40 mg q2 weeks since 2018. Prior Whipple procedure was considered but not performed. Cushing syndrome ruled out with low-dose dexamethasone suppression test.""",
    """Neuro exam: Romberg negative, Hoffmann sign absent, no clonus. Epley maneuver performed for right posterior canal BPPV with resolution of nystagmus. Dix-Hallpike negative after.""",
    """Echo: LVEF 55-60%, grade I diastolic dysfunction, RVSP 32 mmHg, mild MR, no pericardial effusion. Swan-Ganz: RA 8, PA 38/16, PCWP 14, CI 2.6.""",
    """Patient is an 87-year-old woman, G3P3, with Alzheimer's dementia (MMSE 18/30) and a history of Bell's palsy in 1998. Lives with family. Faith is important to her and she has hope of attending church again.""",
    """Peds: 6 mo infant, weight 7.4 kg (50th %ile). Apgar scores were 8 and 9. Down syndrome screening negative. Vitamin D 400 IU daily. Next vaccines at 9 months.""",
    """Medication schedule: metoprolol 25 mg at 08:00 and 20:00; insulin lispro per sliding scale at 07:30, 11:30, 17:30; heparin 5000 units SC q8h. Hold if SBP < 100 or HR < 55.""",
    """Gram stain: gram-positive cocci in clusters. Culture: Staphylococcus aureus, oxacillin-susceptible. Vancomycin MIC 1. Kirby-Bauer disks placed for clindamycin (D-test negative).""",
    """Wound: stage 2 pressure injury 2.0 x 1.5 cm on the left heel, Braden score 14. Apply hydrocolloid, change every 3 days. Ortho note: Jones fracture of the 5th metatarsal, Weber B ankle fracture on the other side.""",
    """Triage: ESI 4. 45 yo M with ankle sprain after basketball game. Ottawa ankle rules negative. Pain 6/10. Ice, elevation, ibuprofen 600 mg PO x1. Crutches. Return if unable to bear weight in 5-7 days.""",
    """Discussed advance directives; patient wants a living will and may name a health care proxy at a later visit. Kawasaki disease history as a child (age 4, in 1985), echo at that time normal. Hashimoto thyroiditis on levothyroxine 88 mcg.""",
]
for i, t in enumerate(NEGATIVES, 1):
    add('neg_%03d' % i, t)

# ---------------------------------------------------------------------------
# Verification, linting and output
# ---------------------------------------------------------------------------
PUNCT_EDGE = set(' \t\n,;:.()[]"\'')
DATEISH = re.compile(r'\b\d{1,2}/\d{1,2}(/\d{2,4})?\b|\b(19|20)\d\d[-/.]\d\d[-/.]\d\d\b'
                     r'|\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}\b')
PHONEISH = re.compile(r'\b\d{3}[-. ]\d{3}[-. ]\d{4}\b|\(\d{3}\) ?\d{3}-\d{4}')


def covered(spans, s, e):
    return any(sp['start'] <= s and e <= sp['end'] for sp in spans)


def verify_and_lint():
    errors = []
    warnings = []
    ids = set()
    for r in RECORDS:
        rid, text, spans = r['id'], r['text'], r['spans']
        if rid in ids:
            errors.append('%s: duplicate id' % rid)
        ids.add(rid)
        tb = text.encode('utf-8')
        prev_end = -1
        for sp in spans:
            got = tb[sp['start']:sp['end']].decode('utf-8')
            if got != sp['_val']:
                errors.append('%s: span mismatch %r != %r' % (rid, got, sp['_val']))
            if not sp['_val'] or sp['_val'][0] in PUNCT_EDGE or sp['_val'][-1] in PUNCT_EDGE:
                # allow trailing '.' only for initials like "Anna K." / "Lisa M." / "Teresa A."
                ok_initial = sp['kind'] == 'NAME' and re.search(r'\b[A-Z]\.$', sp['_val'])
                ok_paren = sp['kind'] in ('PHONE', 'FAX') and sp['_val'][0] == '(' and sp['_val'][-1].isdigit()
                if not (ok_initial or ok_paren):
                    errors.append('%s: loose edge %r' % (rid, sp['_val']))
            if sp['start'] < prev_end:
                errors.append('%s: overlapping spans at %d' % (rid, sp['start']))
            prev_end = sp['end']
        if rid.startswith('neg_') and spans:
            errors.append('%s: negative has spans' % rid)
        # byte-based coverage for lint uses char offsets; build char map
        char_spans = []
        for sp in spans:
            cs = len(tb[:sp['start']].decode('utf-8'))
            ce = cs + len(sp['_val'])
            char_spans.append({'start': cs, 'end': ce})
        # 1) repeated values / name tokens not labelled elsewhere in same text
        toks = set()
        for sp in spans:
            v = sp['_val']
            if len(v) >= 4:
                toks.add(v)
            if sp['kind'] == 'NAME':
                for t in re.split(r"[\s,]+", v):
                    t = t.strip('.')
                    if len(t) >= 3:
                        toks.add(t)
        for t in toks:
            for m in re.finditer(r'(?<![\w-])' + re.escape(t) + r'(?![\w-])', text):
                if not covered(char_spans, m.start(), m.end()):
                    warnings.append('%s: unlabelled repeat %r at %d' % (rid, t, m.start()))
        # 2) date-ish / phone-ish strings outside spans
        for rx, what in ((DATEISH, 'date?'), (PHONEISH, 'phone?')):
            for m in rx.finditer(text):
                if not covered(char_spans, m.start(), m.end()):
                    warnings.append('%s: unlabelled %s %r' % (rid, what, m.group(0)))
    return errors, warnings


def main():
    errors, warnings = verify_and_lint()
    for w in warnings:
        print('WARN', w)
    if errors:
        for e in errors:
            print('ERROR', e)
        sys.exit(1)
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'notes.jsonl')
    with open(out, 'w', encoding='utf-8') as f:
        for r in RECORDS:
            rec = {'id': r['id'], 'text': r['text'],
                   'spans': [{'bstart': s['start'], 'bend': s['end'], 'kind': s['kind']}
                             for s in r['spans']]}
            f.write(json.dumps(rec, ensure_ascii=False) + '\n')
    # re-read and re-verify from disk
    kinds = collections.Counter()
    cats = collections.Counter()
    cat_spans = collections.Counter()
    with open(out, encoding='utf-8') as f:
        for line in f:
            rec = json.loads(line)
            tb = rec['text'].encode('utf-8')
            cat = rec['id'].split('_')[0]
            cats[cat] += 1
            for s in rec['spans']:
                assert 0 <= s['bstart'] < s['bend'] <= len(tb)
                tb[s['bstart']:s['bend']].decode('utf-8')  # must be valid UTF-8 boundary
                kinds[s['kind']] += 1
                cat_spans[cat] += 1
    print('texts:', sum(cats.values()), dict(cats))
    print('spans per category:', dict(cat_spans))
    print('total spans:', sum(kinds.values()))
    for k in KMAP.values():
        print('  %-16s %d' % (k, kinds[k]))
    print('wrote', out)


if __name__ == '__main__':
    main()

#!/usr/bin/env python3
"""Hand-crafted de-identification test corpus. Markup: {KIND|value}; offsets are UTF-8 byte offsets."""
import json, re, collections, sys
import os
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "notes.jsonl")

AB = dict(N="NAME", ST="STREET_ADDRESS", C="CITY", CO="COUNTY", Z="ZIP", G="GEO", D="DATE",
          A="AGE_90_PLUS", P="PHONE", F="FAX", E="EMAIL", S="SSN", M="MRN", H="HEALTH_PLAN_ID",
          AC="ACCOUNT_NUMBER", L="LICENSE_NUMBER", V="VEHICLE_ID", DV="DEVICE_ID", U="URL",
          IP="IP_ADDRESS", O="OTHER_ID")
KINDS = set(AB.values())
DOCS = []
def add(i, t): DOCS.append((i, t.strip("\n")))

# ---------------------------------------------------------------- clinical notes (30)
add("note01_ed", """EMERGENCY DEPARTMENT PHYSICIAN NOTE
Patient: {N|Okonkwo, Chidinma}    MRN: {M|00482915}    DOB: {D|03/14/1961}
Date of Service: {D|11/02/2023}    Arrival: 22:41 by EMS
Attending: {N|Rachel Stein}, MD    Resident: {N|Hamid Farouqi}, MD (PGY-2)

CC: chest pain
HPI: 62 y.o. F with HTN, DM2, HLD presents with substernal chest pressure x 3 hrs, 7/10, radiating to L arm, assoc diaphoresis. Took ASA 325 mg at home. Seen at {G|Grady Memorial Hospital} on {D|Oct 28} for similar sx, troponin neg x2, discharged with outpatient stress test that was never scheduled. Husband {N|Emeka} at bedside, reachable at {P|(404) 555-0187}.
Exam: BP 162/94, HR 104, RR 18, SpO2 96% RA, afebrile. Levine sign. Lungs clear. No JVD.
ECG: sinus tach, 1-1.5 mm ST depressions V4-V6. hs-trop 84 -> 131.
A/P: NSTEMI. Heparin gtt per ACS nomogram, ASA, atorva 80. Cardiology (Dr. {N|Wen-Li Zhou}) aware, plan cath in AM. TIMI 4.
Dispo: admit CCU.
Social: lives with husband at {ST|1187 Ponce de Leon Ave NE}, {C|Atlanta}, GA {Z|30306}. PCP {N|Ifeoma Nwachukwu} at {G|Morehouse Healthcare Family Medicine}.
""")

add("note02_icu", """MICU PROGRESS NOTE - HD#6
{D|2024-02-19} 07:15
Pt: {N|Björn Lindqvist}, 71M, MRN {M|3392017}, bed 12
Overnight: self-extubated ~0300, reintubated. Propofol restarted. Wife {N|Ingrid} updated by phone ({P|+46 70 123 45 67}); she is flying in from {C|Göteborg} and lands at JFK {D|2/21}.
S/O: T 38.4, HR 112, MAP 63 on norepi 0.08, vaso 0.03. Vent AC 450/18/PEEP 10/FiO2 0.5. P/F 164. UOP 25 cc/h. Cr 2.4 (from 1.1 on admit {D|2/13}). Lactate 3.1. CAM-ICU +. RASS -2.
Lines: R IJ CVC placed {D|2/14}, L radial A-line {D|2/13}.
A/P:
# Septic shock 2/2 MSSA bacteremia - cefazolin, TEE {D|Feb 20} to r/o endocarditis; ID (Dr. {N|Obi}) following.
# AKI - likely ATN. Renal US neg. Avoid nephrotoxins.
# ARDS, moderate - LTVV, consider prone if P/F < 150.
Code: Full. HCP: wife.
Discussed on rounds with Dr. {N|Anjali Raghunathan} (attending) and {N|Marcus D'Amato}, RN.
""")

add("note03_discharge", """DISCHARGE SUMMARY
{G|Riverside Methodist Hospital} - {C|Columbus}, Ohio
Name: {N|Delacroix-Whitfield, Annemarie}     MRN: {M|RMH-0771345}     Acct: {AC|6600214479}
Admitted: {D|January 3, 2024}     Discharged: {D|January 9, 2024}
Attending: {N|Theodore Baptiste}, DO
Admitting dx: CHF exacerbation. Discharge dx: acute on chronic HFrEF (EF 25%), AF with RVR, CKD 3b.
Hospital course: 84 y.o. woman admitted with 12 lb weight gain and orthopnea. Diuresed with IV furosemide 80 mg BID, net -7.4 L. Rate controlled with metoprolol; apixaban continued. Echo {D|1/4/24}: EF 25%, mod MR. Discharged on torsemide 40 mg daily.
Follow-up:
- Heart failure clinic, Dr. {N|Soo-ah Park}, {D|1/16/2024} at 10:30, {G|OhioHealth Heart and Vascular Physicians}, {ST|3705 Olentangy River Rd}, Suite 100. Phone {P|614-555-0133}.
- PCP Dr. {N|Grant} within 1 week.
- Labs (BMP) on {D|1/12}.
Home health: {G|Amedisys Home Health of Columbus} to start {D|1/10}; contact {N|Latoya Simmons}, RN, {P|614.555.0190}.
Pt's daughter {N|Renée} (HCP) lives at {ST|88 Whitethorne Ave}, {C|Worthington}, OH {Z|43085}.
""")

add("note04_ct", """CT ABDOMEN AND PELVIS WITH IV CONTRAST
Patient: {N|HERNANDEZ-SOTO, MIGUEL ANGEL}  MRN: {M|10938822}  Acc#: {O|CT24-0398812}
Exam date: {D|05/07/2024} 14:02   Ordering: {N|PRIYA VENKATARAMAN}, MD
Comparison: CT A/P {D|11/15/2022} from {G|Banner University Medical Center Tucson}.
Clinical history: 58M RLQ pain, fever.
Technique: Axial images after 100 mL Omnipaque 350. DLP 612 mGy-cm.
Findings: Appendix dilated to 13 mm with periappendiceal fat stranding and an appendicolith. No free air. Liver: 1.2 cm hypodensity segment 7, too small to characterize, unchanged. Bosniak I cyst left kidney. L1 compression deformity, unchanged.
Impression: 1. Acute appendicitis without perforation. 2. Stable hepatic hypodensity.
Findings discussed with Dr. {N|Venkataraman} by phone at 14:40 on {D|5/7/24}, read back confirmed.
Electronically signed: {N|Olumide Adeyemi-Jones}, MD, {D|05/07/2024} 14:44
Workstation: {IP|172.16.40.23}
""")

add("note05_path", """SURGICAL PATHOLOGY REPORT
Accession: {O|S24-11873}    Received: {D|14-Mar-2024}    Reported: {D|18-Mar-2024}
Patient: {N|Nguyễn Thị Hương}   DOB: {D|22-Aug-1969}   MRN: {M|M0048811}
Submitting physician: {N|Claire Beaumont-Okafor}, MD - {G|Kaiser Permanente Santa Clara Medical Center}
Specimen: A. Left breast, 2 o'clock, core biopsy x3.
Gross: Three tan cores, 1.2-1.8 cm, entirely submitted in A1.
Microscopic: Invasive ductal carcinoma, Nottingham grade 2 (tubules 3, nuclei 2, mitoses 1 = 6/9). DCIS, intermediate grade, present. LVI not identified.
ER 95% strong, PR 40% moderate, HER2 IHC 2+ (equivocal) - reflex FISH sent to {G|NeoGenomics Laboratories}, {C|Fort Myers}, FL, ref {O|NG-7730418}.
Case reviewed at intradepartmental consensus with Dr. {N|Hiroshi Tanabe}.
Pathologist: {N|Mariana Costa e Silva}, MD
""")

add("note06_nursing", """Nursing Note {D|3/3/24} 1900-0700
Pt {N|Lou Ann Pickett}, 6 West rm 614. A&Ox3 at start of shift, became confused ~0200, pulling at IV, sitter requested. Pain 4/10 at incision, PRN oxycodone 5 mg given x1 with relief to 2/10. Foley d/c'd 0600 per order, DTV by 1200. Ambulated in hall w/ walker and 1 assist. IS 1000 mL.
Daughter {N|Misty} called at 2315 from {P|270-555-0121}, updated per pt permission. Son-in-law {N|Dale Pickett} also listed as contact.
Skin: sacrum intact, Braden 15, turned q2h.
Handoff to {N|Joy Abernathy}, RN at 0700.
- {N|R. Mendoza}, RN
""")

add("note07_psych", """PSYCHIATRY CONSULTATION NOTE
Date of consult: {D|Sept. 12, 2023}
Requesting: Dr. {N|Hannah Vu}, Emergency Medicine
Patient: {N|Kwame Asante-Boateng}, 34M, MRN {M|2208813}
Reason: SI with plan.
HPI: Pt reports worsening depressed mood since losing his job in {D|June 2023}. Roommate {N|Tobias Reinholt} found a note and called 911. Pt endorses plan to overdose on stockpiled sertraline. Previous admission to {G|Butler Hospital} in {D|March 2019} after a similar episode. Outpatient psychiatrist: Dr. {N|Miriam Eisenberg-Katz}, {P|401-555-0155}. Therapist {N|Hope} at {G|Providence Center Counseling}.
MSE: disheveled, psychomotor slowing, mood "empty", affect constricted, TP linear, + SI w/ plan, no HI, no AH/VH. Insight fair, judgment poor.
PHQ-9 22. C-SSRS high risk.
Assessment: MDD, recurrent, severe, without psychotic features.
Plan: Emergency certificate signed; bed search initiated, accepted at {G|Butler Hospital}. 1:1 sitter.
Mother ({N|Akosua}) lives in {C|Kumasi}, Ghana, contacted via WhatsApp {P|+233 24 555 0192}.
""")

add("note08_peds", """WELL CHILD VISIT - 18 MONTHS
Patient: {N|Zoë Maëlle Fontaine-Diop}   DOB: {D|2022-09-04}   MRN: {M|PED-448102}
Visit date: {D|2024-03-11}
Accompanied by mother ({N|Aminata Diop}) and maternal grandmother.
Growth: wt 10.9 kg (45th %ile), ht 81 cm (50th), HC 46.5 cm.
Development: 10+ words, walks well, stacks 3 blocks. M-CHAT-R 1 (low risk).
Immunizations today: DTaP #4, Hep A #2, Hib #4. VIS given.
Dental: referred to Dr. {N|Pieter van der Merwe}, {G|Smile Kids Pediatric Dentistry}.
Mom requests daycare form faxed to {F|(919) 555-0178}.
Next visit: 2 yr WCC ~{D|September 2024}.
Medicaid ID: {H|900447216R}
{N|Samira Haddad}, MD, FAAP - {G|Duke Children's Primary Care Roxboro Street}
""")

add("note09_hospice", """HOSPICE RECERTIFICATION NOTE
Patient: {N|Ethel Mae Broussard}, age {A|96}
Benefit period 3 start: {D|04/01/2024}
Location: {G|Maison de Ville Nursing Home}, {C|Houma}, {CO|Terrebonne Parish}, LA {Z|70360}
Terminal dx: Alzheimer dementia, FAST 7c. Weight down from 118 lb in {D|Dec 2023} to 104 lb. MAC 19 cm. Bedbound, nonverbal, dysphagia - pureed diet, eats 25% of meals. PPS 30%. Stage 3 sacral pressure injury.
Family: son {N|Clarence Broussard Jr} ({P|985-555-0104}); granddaughter {N|Keisha Thibodeaux} (POA) in {C|Baton Rouge}.
Her husband died in 1989. She was born in {C|Opelousas} and taught school for 40 years. Her sister, age {A|99}, lives in {C|Lafayette}.
Continues to meet hospice eligibility. Recertified by {N|Marguerite LeBlanc}, MD, medical director, {G|Hospice of South Louisiana}.
""")

add("note10_transfer", """INTERFACILITY TRANSFER SUMMARY
From: {G|Sanford Medical Center Thief River Falls}   To: {G|Sanford Medical Center Fargo}, MICU
Date/time: {D|12/28/2023} 0312
Patient: {N|Lars Thorvaldsen}, 67M. DOB {D|02/09/1956}. MRN (sending): {M|TRF-2093311}
Reason: inferior STEMI, s/p tenecteplase 0155 with incomplete ST resolution - for rescue PCI.
Meds given: TNK 45 mg, ASA 324 mg, heparin 4000 u bolus, clopidogrel 300 mg.
Vitals at departure: BP 98/60, HR 54, junctional. Atropine 0.5 mg x1.
Accepting physician: Dr. {N|Folasade Ige}. Sending: Dr. {N|Brendan McCarthy}. Report called to {N|Kim}, RN, {P|701-555-0161}.
Wife {N|Solveig} driving from {C|Thief River Falls}, ~4 hrs. Her cell {P|218-555-0147}.
Insurance: Medicare MBI {H|3TA9-RE2-QK41}; BCBS ND supplement {H|ZGN442019833}.
""")

add("note11_letter", """{G|Westbrook Neurology Associates}
{ST|2200 Fairmount Blvd}, Suite 310
{C|Cleveland Heights}, OH {Z|44118}
Tel {P|216-555-0102} | Fax {F|216-555-0103}

{D|April 15, 2024}

Dr. {N|Eleanor Whitcomb}
{G|Lakewood Family Practice}
{ST|14519 Detroit Ave}
{C|Lakewood}, OH {Z|44107}

Re: {N|Bartholomew Kowalczyk} ("{N|Bart}"), DOB {D|10/30/1952}

Dear Dr. {N|Whitcomb},
Thank you for referring Mr. {N|Kowalczyk}, whom I saw in clinic on {D|April 11}. He has a 2-year history of resting tremor of the right hand and micrographia, and his wife {N|Dorota} notes he has "slowed down". Exam: hypomimia, R>L rigidity with activation, bradykinesia on finger taps, reduced arm swing on the right. UPDRS-III 24. No orthostasis. Myerson sign positive.
Impression: idiopathic Parkinson disease, H&Y stage 2.
Plan: carbidopa-levodopa 25/100 1/2 tab TID x1 wk, then 1 tab TID. PT/OT referral to {G|Lakewood Hospital Rehabilitation}. RTC 3 months.
Sincerely,
{N|Rajesh Subramaniam}, MD, PhD
cc: {N|Bartholomew Kowalczyk}, {ST|77 Wyatt Rd}, {C|Bay Village}, OH {Z|44140}
""")

add("note12_trauma", """TRAUMA ACTIVATION - LEVEL 2
{D|07/04/2023} 23:17
Pt initially registered as Trauma Zulu; identified at 0030 as {N|DeShawn Marquise Ellison}, DOB {D|1/19/2001}, via Georgia DL {L|058823741}.
MOI: restrained driver, T-bone at ~45 mph, +airbag, prolonged extrication 25 min. Vehicle: 2016 Honda Accord, GA plate {V|RBK4471}, VIN {V|1HGCR2F34GA114728} per {CO|DeKalb County} police officer {N|Tanisha Grier}, badge {O|3318}.
Primary: GCS 14 (E4V4M6), airway patent, BS equal, BP 92/58, HR 128.
Secondary: seatbelt sign, L chest wall tenderness, L femur deformity.
FAST positive LUQ. CXR: L ribs 5-8 fx. Pelvis XR neg.
To OR with Dr. {N|Ayodele Fashola} for ex-lap. MTP activated.
Passenger ({N|Jaylen Ellison}, 17) transported to {G|Children's Healthcare of Atlanta at Egleston}.
Mother {N|Wanda Ellison} notified at {P|678-555-0139}.
""")

add("note13_device", """DEVICE CLINIC - REMOTE INTERROGATION
Patient: {N|Agnes Pfeiffer}   DOB: {D|06.11.1931}   Age: {A|92}
Transmission received {D|2024-05-02} via {U|https://remote.cardiolink-example.com/clinic/4478}
Device: dual-chamber pacemaker, serial {DV|RNB612077S}, implanted {D|8/17/2021} at {G|Deborah Heart and Lung Center} by Dr. {N|Vikram Sethi-Malhotra}.
RA lead 5076-52, serial {DV|PJN4402219}; RV lead 5076-58, serial {DV|PJN4402305}.
Battery 9.5 yr. RA sense 2.8 mV, RV 11.2 mV; thresholds 0.75 V @ 0.4 ms. Impedances stable.
AP 12%, VP <1%. 3 AHR episodes, longest 4 min on {D|4/21} - atrial tach.
No changes. Next remote in 91 days. Results routed to PCP {N|Lorraine Szabo}, NP.
Device nurse: {N|Kenji Watanabe}, RN. Questions: {P|609-555-0177} or {E|device.clinic@deborahheart-example.org}
""")

add("note14_ld", """L&D TRIAGE NOTE
{D|10/22/2023} 0435
{N|Ana Lúcia Ferreira dos Santos}, 29 y/o G3P1011 at 38w2d by 1st-tri US (EDD {D|11/3/2023}), presents with ctx q4-5 min since 0100, LOF at 0330, clear. +FM.
PNC at {G|Cambridge Health Alliance Everett}. GBS neg {D|10/2}. Rh+, rubella immune, HIV/HBsAg neg. 1-hr GTT 128.
SVE: 4/80/-1. NST reactive, cat I. Nitrazine +, ferning +.
Plan: admit for active labor, epidural per pt request. Partner {N|Thiago} at bedside; Portuguese interpreter ID {O|40211}.
Attending Dr. {N|Margaret O'Donnell-Frye} aware.
""")

add("note15_uk_discharge", """DISCHARGE SUMMARY
{G|St Thomas' Hospital}, {C|London}
Patient: {N|Adaeze Okoro-Williams}, DOB {D|17/02/1985}, Hospital No. {M|RJ1-8840291}, NHS No. {H|485 777 3456}
Admitted {D|02/06/2023} via A&E; discharged {D|09/06/2023}.
Diagnosis: Sickle cell crisis (HbSS) with acute chest syndrome.
Course: Exchange transfusion on {D|3 June}; O2 weaned by day 5. Hydroxycarbamide continued.
She is visiting from {C|Lagos} and flies home on {D|12 June}; advised to carry this letter. Haematologist at home: Dr. {N|Babatunde Akinola}, {G|Lagos University Teaching Hospital}, {E|b.akinola@luth-example.ng}
GP: Dr {N|Helen Marsh}, {G|Lambeth Walk Group Practice}, {ST|5 Lambeth Walk}, {C|London} {Z|SE11 6SP}
""")

add("note16_mri", """MRI BRAIN WITH AND WITHOUT CONTRAST
Name: {N|Yıldız, Şule}   MRN: {M|7710-4492}   Exam: {D|Feb 8 2024}   Accession: {O|MR-2024-0081734}
Referring: {N|Omar Khalidi}, MD (Neurology)
History: 41F, new-onset seizure.
Comparison: CT head {D|2/7/2024} at outside hospital ({G|Mercy Hospital Oklahoma City}).
Findings: 2.3 x 1.9 cm T2/FLAIR hyperintense non-enhancing lesion in the left frontal lobe without restricted diffusion. No hemorrhage. Ventricles normal. No midline shift. Incidental 4 mm pineal cyst.
Impression: 1. Left frontal non-enhancing lesion, most suggestive of low-grade glioma; consider MR spectroscopy. 2. Pineal cyst, no follow-up needed.
Dictated by: {N|Jean-Baptiste Moreau}, MD   Signed {D|02/08/2024} 17:21
""")

add("note17_socialwork", """SOCIAL WORK ASSESSMENT
Date {D|6/6/2024}
Pt {N|Rose Marie Tuiasosopo}, 58F, admitted for DKA. Referred for housing insecurity.
Pt currently staying with cousin {N|Sione Fifita} at {ST|3412 W Tonopah Dr}, Apt 2B, {C|Phoenix}, AZ {Z|85027} ({CO|Maricopa County}); eviction notice effective {D|June 30}. Previously homeless {D|Nov 2022} - {D|Feb 2023}.
Income: SSDI. SSN on file {S|528-44-0917} for benefits application. AHCCCS ID {H|A01928374}.
Pt has a cell ({P|602-555-0108}) with limited minutes; prefers contact via case manager at {G|Circle the City Medical Respite}, {P|602-555-0181}.
Plan: Coordinated Entry referral; Section 8 application; insulin via patient assistance program. Diabetes educator {N|Bill} to see pt before dc.
{N|Carmen Villaseñor}, LCSW
""")

add("note18_telehealth", """TELEHEALTH VISIT - VIDEO
Date: {D|2024-01-30}   Session link: {U|https://doxy.example.me/drshapiro-clinic}
Patient located at home in {C|Ithaca}, NY; provider at {G|Cayuga Medical Center} clinic. Pt joined from IP {IP|24.59.118.203}; connection dropped x1, rejoined from {IP|2600:1017:b42e:91::1c}.
Pt: {N|Meredith Ashworth-Cole}, 45F, MRN {M|CMC-300981}
Identity verified with DOB {D|4/4/1978} and home address {ST|19 Cascadilla Park Rd}.
S: f/u hypothyroidism. Fatigue improved. TSH on {D|1/22} was 2.1.
A/P: continue levothyroxine 100 mcg. Repeat TSH in 6 wks. Portal messages via {U|mychart.cayugamed-example.org}
Provider: {N|Daniel Shapiro}, MD. Total time 18 min.
""")

add("note19_medrec", """PHARMACY MEDICATION RECONCILIATION
Pt: {N|Tran, Bao Minh}   MRN {M|4401287}   Adm {D|8/19/23}
Sources: pt, daughter ({N|Linh}), outpatient pharmacy {G|Kaiser Permanente Baldwin Park Pharmacy} ({P|626-555-0150}), Surescripts fill history.
Home meds:
1. Metformin 1000 mg PO BID - last fill {D|7/28/23}, 90 DS
2. Lisinopril 20 mg daily - pt not taking x 2 mo (cough)
3. Atorvastatin 40 mg qHS
4. Oxycodone 5 mg q6h prn - prescriber Dr. {N|Gregory Halvorsen} (CA lic {L|A98213}, DEA {L|BH4417783}); PDMP checked, 1 prescriber.
5. Warfarin 5 mg M/W/F, 2.5 mg other days - INR managed at {G|Baldwin Park Anticoagulation Clinic}.
Pharmacist: {N|Yuki Morimoto-Hale}, PharmD, NPI {O|1598764302}
""")

add("note20_onc", """HEMATOLOGY/ONCOLOGY CONSULTATION
{D|March 21, 2024}
Patient: {N|Esperanza Ruiz de la Cruz}, 63 y/o, MRN {M|00-771-2930}
Referring: {N|Aaron Feldstein}, MD
HPI: Postmenopausal bleeding since {D|Dec 2023}. EMB {D|1/8/24} showed endometrioid adenocarcinoma, FIGO grade 2. TLH-BSO on {D|2/20/2024} at {G|Scripps Mercy Hospital Chula Vista} by Dr. {N|Leticia Ochoa}: stage IB, MMR deficient (MLH1 loss, promoter hypermethylated).
ECOG 1.
Plan: vaginal brachytherapy; refer to rad onc Dr. {N|Paul Nakashima} at {G|UC San Diego Health Moores Cancer Center}. Germline testing not required given MLH1 hypermethylation.
Lives in {C|Chula Vista}; niece {N|Guadalupe Reyes} interprets, contact {P|619-555-0126}. Also has family in {C|Tijuana}.
""")

add("note21_dialysis", """HEMODIALYSIS TREATMENT NOTE
Unit: {G|Fresenius Kidney Care East Baltimore}   Chair 7   Date: {D|5/14/24}
Pt: {N|Otis Rayfield Pettiford}, 77M, chart # {M|228193}
Access: L AVF, +thrill/bruit. 15g needles x2.
Pre: wt 84.6 kg (EDW 81.0), BP 178/96. Post: 81.4 kg, BP 142/80.
Machine 2008T, serial {DV|3HTS449102}; dialyzer Optiflux 160.
UF 3.2 L, BFR 450, DFR 600, 3K/2.5Ca bath. Kt/V last month 1.38. Heparin 2000 u bolus.
Pt missed Saturday tx because ride service cancelled; social worker {N|Dana Oyelaran} to follow up.
Nephrologist: Dr. {N|Ambrose Quainoo}.
""")

add("note22_opnote", """OPERATIVE NOTE
Date of surgery: {D|09/09/2023}
Patient: {N|Fitzgerald, Colm Padraig}   MRN {M|8802210}
Surgeon: {N|Ingrid Solberg-Harris}, MD. Assistant: {N|Tomasz Wiśniewski}, PA-C.
Anesthesiologist: {N|Chen Jia-Hui}, MD. General + adductor canal block.
Preop dx: R knee end-stage OA. Procedure: R TKA, cemented.
Implants: femoral component SN {DV|ZP-9F-00488213}; tibial tray SN {DV|ZP-TT-00310977}; poly insert 10 mm.
Tourniquet 250 mmHg x 72 min. EBL 150 mL. No complications.
Disposition: PACU, then 5 Ortho. PT POD0. DVT ppx aspirin 81 mg BID x 4 wks. F/u at {G|New England Baptist Hospital} clinic in 2 wks.
""")

add("note23_ed_psych", """ED NOTE - {D|01/01/2024} 02:50
Pt {N|Cody James Rutherford}, 24M, BIB police on director's custody; Sgt. {N|Ramona Quist}, badge #{O|52190}.
Found outside {ST|3945 SE Hawthorne Blvd}, {C|Portland} ({CO|Multnomah County}), yelling at traffic.
Agitated, UDS + amphetamines. Droperidol 5 mg IM + midazolam 5 mg IM at 0305 with effect.
Hx: prior visits {D|11/14/2023} and {D|12/20/2023}, both meth-induced psychosis. Case manager {N|Dakota Whitehorse} at {G|Cascadia Behavioral Healthcare} ({P|503-555-0196}).
Plan: obs, re-eval when clinically sober. Director's hold # {O|MH-24-00017}.
Mom ({N|Sherry Rutherford}) in {C|Bend} called for update at 0600.
""")

add("note24_nicu", """NICU ADMISSION NOTE
Infant: Baby Boy {N|Oyelowo} (Twin A), MRN {M|N-2024-00613}
DOB: {D|3/29/2024} at 06:12, GA 31w4d, BW 1610 g.
Mother: {N|Funmilayo Oyelowo}, 32 y/o G2P0->2, MRN {M|5510293}. Di-di twins, PPROM {D|3/27}, betamethasone x2 complete, Mg for neuroprotection, GBS unknown.
Delivery: C/S for breech/NRFHT. Apgars 6/8. CPAP 6 in DR, FiO2 0.30.
Admit: CPAP 6, FiO2 0.28 - CXR mild RDS. UVC/UAC placed. D10 80 mL/kg/d. Amp/gent, BCx pending.
Twin B (Baby Girl {N|Oyelowo}), MRN {M|N-2024-00614}, see separate note.
Father {N|Tunde} updated at bedside. Neonatologist: {N|Priyanka Deshmukh-Lopez}, MD.
""")

add("note25_geri", """GERIATRICS CONSULT
{D|August 2, 2023}
{N|Harriet Van Allen} is a {A|101}-year-old woman from {G|Brightview Wellesley} assisted living, admitted after a fall with L hip fx.
Baseline: walks with rollator, independent in ADLs except bathing, MoCA 21/30 ({D|Jan 2023}). Her son, {N|Peter Van Allen} (78), is HCP.
She outlived her husband {N|Walter} and her older sister {N|Ida}, who died at {A|104}.
Meds: 11, incl. oxybutynin (ACB 3) - recommend stopping. CAM negative.
Goals: ortho plans hemiarthroplasty {D|8/3}; pt and son want surgery. DNR/DNI with perioperative exception. POLST on file dated {D|05/2022}.
Contact: {N|Peter} {P|781-555-0119}; he lives at {ST|6 Abbott Rd}, {C|Wellesley Hills}, MA {Z|02481}.
Signed {N|Gabriela Montes}, MD, Geriatric Medicine
""")

add("note26_uk_referral", """{G|Bramley Road Surgery}
{ST|12 Bramley Road}, {C|Leeds} {Z|LS13 2AE}
Tel: {P|0113 496 0721}

{D|3 March 2022}

Dear Colleague,
Re: Mrs {N|Eileen Ferguson-Bakshi}, DOB {D|09.12.1948}, NHS No {H|401 023 2137}
I would be grateful if you could see this 73-year-old lady with a 6-week history of painless jaundice, weight loss of 5 kg and pale stools. LFTs on {D|28/02/22}: bilirubin 142, ALP 610. CA19-9 pending. She had a cholecystectomy at {G|St James's University Hospital} in 2009.
Please see under the 2-week-wait pathway at {G|Leeds Teaching Hospitals}.
Her daughter {N|Priya} can be contacted on {P|07700 900461}.
Yours sincerely,
Dr {N|Alistair McGregor-Hume}
GMC {L|4721983}
""")

add("note27_id", """INFECTIOUS DISEASES CONSULT - {D|10/5/2023}
Pt {N|Rahul Bhattacharjee}, 39M, MRN {M|66041882}
Fever x 6 days after returning {D|9/26} from a 3-wk trip: {C|Kolkata} -> {C|Dhaka} -> {C|Chittagong}. No malaria ppx. Ate street food. Freshwater exposure in {C|Sylhet}.
Labs: plt 62K, AST 140, ALT 118. Malaria smear x3 neg. Dengue NS1 +. Blood cx NGTD.
Contacts: wife {N|Moumita} well. Co-traveler {N|Arif Hossain} hospitalized in {C|Queens} at {G|Elmhurst Hospital} with similar sx per pt.
A/P: Dengue without warning signs. Supportive care, avoid NSAIDs, daily CBC. Reported to DOH via {U|https://www.nyc-example.gov/reportdisease}, case # {O|DOH-23-118804}.
{N|Lucía Etxeberria}, MD, ID fellow
""")

add("note28_endo", """{G|Pacific Diabetes & Endocrine Center}
{ST|1550 N 115th St}, Suite 201, {C|Seattle}, WA {Z|98133}
{D|May 29, 2024}
To: {N|Kristin Haugland}, ARNP, {G|Ballard Family Medicine} - via fax {F|206.555.0115}
RE: {N|Dawit Tesfaye}; DOB {D|01/17/2006}; MRN {M|PDEC-88410}
{N|Dawit} is an 18-year-old with T1D since age 9, seen today for transition to adult care. A1c 8.9% (prior 9.4% in {D|Feb 2024}). Insulin pump SN {DV|1047723}; CGM TIR 48%, TBR 2%. Basal 0.85 u/h, ICR 1:8, ISF 1:40.
He starts college in {C|Spokane} this fall.
Plan: ICR 1:7 at dinner; automated mode on; refills sent to {G|Bartell Drugs Northgate}.
Mother {N|Selamawit Bekele} ({E|selam.bekele88@gmail.com}) requested copies.
{N|Nadia Rostami}, MD
""")

add("note29_death", """DEATH NOTE
Called to bedside at 04:52 on {D|11/11/2023} by RN {N|Fiona Gallagher}. Pt {N|Stanislav Petrovich}, age {A|93}, MRN {M|1100294}, DNR/DNI, comfort measures since {D|11/9}.
Exam: no spontaneous respirations, no heart sounds x 1 min, pupils fixed and dilated, no response to painful stimuli. Time of death 04:58.
Family: daughter {N|Vera Petrovich-Lang} notified by phone ({P|847-555-0163}); will come in. Declines autopsy. Funeral home in {C|Skokie} per family.
{G|Gift of Hope Organ & Tissue Donor Network} notified, ref {O|GOH-231111-0457}; not a candidate.
Attending Dr. {N|Benedikt Kraus} notified; death certificate to be completed by Dr. {N|Kraus}.
{N|Amara Chukwuemeka-Reid}, MD (night float)
""")

add("note30_auth", """UTILIZATION REVIEW / PRIOR AUTH NOTE
{D|02/27/2024}
Member: {N|Sullivan, Mary-Kate}   DOB {D|1990-07-21}
Plan: commercial PPO, member ID {H|947812036-01}
Hospital account (HAR): {AC|3000418827}; guarantor account {AC|G-55102934}
Requested: inpatient rehab at {G|Spaulding Rehabilitation Hospital Cambridge} after SAH s/p coiling {D|2/14/24}.
Reviewer spoke with {N|Derek} at the payer, {P|1-800-555-0143} ext 4. Reference {O|PA-2024-0611873}. Approved 10 days, re-review {D|3/8/24}.
Clinicals faxed to {F|1-866-555-0158} at 11:40.
Portal: {U|https://provider.payer-example.com/auth/0611873}
Case manager: {N|Nikolai Popescu}, RN, {E|npopescu@bwh-example.org}
""")

# ---------------------------------------------------------------- queries / chat (15)
Q = [
 "any cx back on mr {N|okonjo}?",
 "pls call pt's wife {N|maria} re: dc, her cell is {P|773-555-0148}",
 "bed 14 ({N|Hsu}) K 5.9 on am labs, repeat sent. also can u sign the {D|3/12} order",
 "hey is dr {N|patel-ramos} covering for {N|jim} tonight? pager {P|(617) 555-0110}",
 "pt {N|Fatoumata Diallo} mrn {M|8830027} needs CT before friday",
 "fyi {N|rose} from {G|Brookdale Senior Living} called, says pt fell {D|9/30}, fax records to {F|718-555-0166}",
 "ok to dc {N|grant} in bed 3? ride is his son {N|Will}",
 "who has baby girl {N|Nakamura}? mom {N|Aiko} asking for update, she's at {P|503.555.0192}",
 "email path report to {E|dr.ogunleye@lakeshorepath.org} - accession {O|SP24-00731}",
 "cant log into epic from {IP|10.22.4.117}, IT said use {U|https://remote.mercyhealth-example.org/vpn} instead",
 "pt in 22 says she is {A|97} not 79 lol, pls fix dob to {D|2/8/1927}",
 "need auth for MRI on {N|jackson, tyrell} bcbs id {H|XYZ884120337} dob {D|12-1-88}",
 "mrs {N|o'sullivan}'s daughter {N|Siobhan} wants a copy mailed to {ST|42 Harbor View Rd}, {C|Quincy} {Z|02169}",
 "transfer from {G|St. Vincent's Birmingham} arriving ~1600, pt {N|Desmond Achterberg}, acct {AC|40019938277}, ssn {S|321 54 9876} for registration",
 "lol {N|mark} just paged me about the same pt twice. {N|Jess} can u cover 4-7 on {D|6/15}? also security says pt's car (plate {V|8FKR302}) is in the ambulance bay",
]
for k, q in enumerate(Q, 1): add("query%02d" % k, q)

# ---------------------------------------------------------------- headers / labels (5)
add("header01", "PT: {N|GARCÍA, LUIS M} | MRN {M|0091-2283} | DOB {D|7/4/1950} | Adm {D|2024-01-12} | Attending {N|K. Osei-Bonsu}")
add("header02", """Name: {N|Wójcik, Agnieszka}
DOB: {D|1978-11-30}    SSN: {S|412-09-8837}
Acct#: {AC|A0047719203}
Ins: Medicaid {H|NY4482019Q}
PCP: Dr. {N|Hollis Grant}""")
add("header03", "SPECIMEN {O|S24-44817} / {N|LEE, MIN-JUN} / MRN {M|55109023} / COLLECTED {D|04/22/24} 0715 / ORDERING {N|TRAN, B}")
add("header04", "RE: {N|Tomás Ibarra-Quispe}   DOB {D|5 Feb 1944}   NHS No. {H|943 476 5919}   Ward: Hazel")
add("header05", "{N|BROWN, SUMMER}   F   {D|08/19/2019}   {M|E00318847}   {G|Children's Mercy Kansas City}   Allergies: PCN   Wt 18.2 kg")

# ---------------------------------------------------------------- hard negatives (10)
NEG = [
 "Pt is a 78 yo M w/ hx of Parkinson disease on carbidopa-levodopa 25/100 1 tab TID. Strength 4/5 RLE, 5/5 elsewhere. Babinski neg, Romberg neg. Pain 6/10. Will f/u in clinic in 2 wks. We hope for steady improvement with PT.",
 "Vitals: BP 128/76, HR 88, RR 16, T 37.2 C, SpO2 97% on 2L NC. GCS 15. Wt 72.4 kg, BMI 24.1. I/O 1200/850. Apgar 8/9. NYHA class III. CHA2DS2-VASc 4, HAS-BLED 2.",
 "Grant application for the diabetes prevention program was approved. May consider adding a GLP-1 RA at next visit. Mark the operative site before surgery. Bill to Medicare Part B. Will recheck A1c in 3 months.",
 "Salmon-colored rose spots on trunk, concerning for enteric fever; Widal pending. Hgb 9.8, plt 88 K. Ceftriaxone 2 g IV q24h started. ICD-10 A01.00. Contact precautions.",
 "Gleason 3+4=7 (Grade Group 2) in 4/12 cores. PSA 6.4 ng/mL. cT2a N0 M0. NCCN favorable intermediate risk. Will discuss RT vs RP at tumor board next week.",
 "Hospital day 3. 89 yo F, very frail. On Monday at 14:30 she ambulated 150 ft with PT. Plan discharge Friday if stable. Had similar admission in 2019. Follow up sometime in 2025.",
 "Foley removed. Whipple procedure remotely. Hx of Crohn disease, Graves disease, and Hashimoto thyroiditis. Murphy sign negative, McBurney point nontender, Rovsing neg, Homans neg. Cushingoid features absent.",
 "Heparin 18 units/kg/h, titrate to anti-Xa 0.3-0.7. Insulin sliding scale: 151-200 -> 2 u, 201-250 -> 4 u. K 3.4, give KCl 40 mEq PO x1. CPT 99223, 93306. LOINC 2345-7. Lasix 40 mg IV, Eliquis 5 mg BID.",
 "will do. hope she feels better tonight. may need to recheck lytes at 1600, and mark I/Os q4h. faith and joy from pastoral care stopped by. sunny on the unit today lol",
 "7 yo boy, 22 kg (50th %ile). Acetaminophen 15 mg/kg = 330 mg q6h prn, max 5 doses/day. 1/2 tsp amoxicillin spilled, redosed. Growth velocity 5 cm/yr. Tanner stage 1. Room 4B, bed 2. Dawn feed tolerated.",
]
for k, n in enumerate(NEG, 1): add("neg%02d" % k, n)

# ---------------------------------------------------------------- build
PAT = re.compile(r"\{([A-Z_0-9]+)\|([^{}|]*)\}")
out, counts, errors = [], collections.Counter(), []
ids = set()
for did, marked in DOCS:
    assert did not in ids, did; ids.add(did)
    buf, spans, pos = b"", [], 0
    expected = []
    for m in PAT.finditer(marked):
        buf += marked[pos:m.start()].encode("utf-8")
        kind = AB.get(m.group(1), m.group(1))
        assert kind in KINDS, (did, kind)
        val = m.group(2)
        vb = val.encode("utf-8")
        spans.append({"bstart": len(buf), "bend": len(buf) + len(vb), "kind": kind})
        expected.append(val)
        buf += vb
        pos = m.end()
    buf += marked[pos:].encode("utf-8")
    text = buf.decode("utf-8")
    out.append({"id": did, "text": text, "spans": spans, "_exp": expected})

# ---------------------------------------------------------------- write
with open(OUT, "w", encoding="utf-8") as f:
    for d in out:
        f.write(json.dumps({k: d[k] for k in ("id", "text", "spans")}, ensure_ascii=False) + "\n")

# ---------------------------------------------------------------- verify (re-read from disk)
exp = {d["id"]: d["_exp"] for d in out}
n = 0
with open(OUT, encoding="utf-8") as f:
    for line in f:
        d = json.loads(line); n += 1
        b = d["text"].encode("utf-8")
        if any(c in d["text"] for c in "{}"): errors.append((d["id"], "leftover brace"))
        prev_end = -1
        for sp, val in zip(sorted(d["spans"], key=lambda s: s["bstart"]), exp[d["id"]]):
            seg = b[sp["bstart"]:sp["bend"]].decode("utf-8")
            if seg != val: errors.append((d["id"], "mismatch", seg, val))
            if sp["bstart"] < prev_end: errors.append((d["id"], "overlap", seg))
            prev_end = sp["bend"]
            if seg != seg.strip() or not seg: errors.append((d["id"], "whitespace", seg))
            first_ok = seg[0].isalnum() or (sp["kind"] in ("PHONE", "FAX") and seg[0] in "(+")
            if not first_ok or not seg[-1].isalnum(): errors.append((d["id"], "punct edge", seg))
            counts[sp["kind"]] += 1
if errors:
    for e in errors: print("ERROR", e)
    sys.exit(1)
cats = collections.Counter(re.sub(r"\d.*", "", i) for i in ids)
print("texts:", n, dict(cats))
for k in sorted(KINDS): print(f"  {k:16s} {counts[k]}")
print("  TOTAL           ", sum(counts.values()))
print("verification OK")

#!/usr/bin/env python3
"""Hand-labelled PHI test corpus (twelfth independent set). Stdlib only."""
import json, os, re, sys
from collections import Counter

ABBR = {
    "N": "NAME", "ST": "STREET_ADDRESS", "C": "CITY", "CO": "COUNTY", "Z": "ZIP", "G": "GEO",
    "D": "DATE", "A": "AGE_90_PLUS", "P": "PHONE", "F": "FAX", "E": "EMAIL", "SSN": "SSN",
    "MRN": "MRN", "HP": "HEALTH_PLAN_ID", "AC": "ACCOUNT_NUMBER", "LIC": "LICENSE_NUMBER",
    "VEH": "VEHICLE_ID", "DEV": "DEVICE_ID", "URL": "URL", "IP": "IP_ADDRESS", "OID": "OTHER_ID",
}

TEXTS = []
def add(i, t):
    TEXTS.append((i, t.strip("\n")))

# ---------------------------------------------------------------- NOTES
add("note01_ed", """
EMERGENCY DEPARTMENT PROVIDER NOTE
{G|Mercy Ridge Regional Medical Center} - {C|Lubbock}, TX
Patient: {N|Okonkwo, Chidinma A}    MRN: {MRN|00482913}    DOB: {D|03/14/1961}
Arrival: {D|11/02/2023} 02:47    Acct#: {AC|ENC-77120458}
PCP: Dr. {N|Harlan Voss}
CC: chest pressure x 2 hrs
HPI: 62 yo F with HTN, DM2 (A1c 8.1%), brought by EMS from home at {ST|4410 Quaker Ave Apt 12B}, {C|Lubbock} {Z|79413}.
Pain 7/10, substernal, radiating to L arm, started while watching TV around 00:30.
Daughter {N|Adaeze} at bedside, reachable at {P|(806) 555-0193}.
Troponin I 0.04 -> 0.31 ng/mL. ECG: 1.5 mm ST depression V4-V6. TIMI 4, HEART 7.
Plan: ASA 325 mg chewed, heparin per ACS nomogram, cardiology consult (Dr. {N|Ramaswamy} paged 03:10).
Admit CCU bed 4.
Electronically signed: {N|Bethany Lane}, MD  {D|11/02/2023} 04:15
""")

add("note02_admit", """
ADMISSION HISTORY & PHYSICAL - Hospitalist Service
Name: {N|Wojciechowski, Stanisław}   Age: {A|93}   Sex: M
MRN {MRN|W-3390127}    Admit date: {D|January 8, 2024}
Transferred from: {G|Briarwood Manor Nursing and Rehabilitation}, {C|Scranton}, PA
Historian: son {N|Piotr Wojciechowski} (health care proxy), cell {P|570.555.0148}

HPI: Mr. {N|Wojciechowski} is a {A|93}-year-old man with advanced Parkinson disease (H&Y stage 4),
CKD 3b, and a left MCA stroke in {D|June 2019}, sent in for fever 38.9 and new O2 requirement (SpO2 86% RA).
Facility nurse {N|Dorota} reports cough and choking with thin liquids since {D|1/5}.
His wife {N|Halina}, 88, lives in the same facility and is not a decision maker.
PMH: Parkinson disease, CKD, BPH s/p TURP 2011, Foley-free.
Meds: carbidopa/levodopa 25/100 1.5 tab TID, tamsulosin 0.4 mg qHS.
Exam: T 38.7  HR 104  BP 102/58. Rhonchi R base. Cogwheel rigidity. MoCA not done.
CXR: RLL opacity. Impression: aspiration pneumonia.
Plan: amp-sulbactam 3 g q6h, SLP eval, NPO except meds. Code status DNR/DNI per MOLST dated {D|03/22/2022}.
{N|Ifeoma Nwachukwu}, DO  pager 4471
""")

add("note03_progress", """
PROGRESS NOTE  HD#3  {D|2024-02-17}
Pt: {N|Lucía Fernández-Ortega}   MRN {MRN|5581-2290-3}
S: "Me siento mejor." Tolerating clears. Husband {N|Ramón} visited overnight, asked about discharge to her sister's in {C|Yakima}.
O: Tmax 37.6. WBC 14.2 -> 9.8. Lipase 1,840 -> 310. Abd soft, mild epigastric TTP.
A/P: 47F with gallstone pancreatitis, improving. Revised Atlanta: mild.
 - advance to low-fat diet
 - GI aware; ERCP not indicated per Dr. {N|Szymanski}
 - lap chole this admission vs interval; surgery (Dr. {N|Grant Whitfield}) to see today
 - Ranson 2 on admission
Dispo: likely {D|2/19} or {D|2/20}.
-- {N|K. Tanaka}, PA-C for Dr. {N|Okafor}
""")

add("note04_discharge", """
DISCHARGE SUMMARY
{G|St. Brendan's Hospital}, {C|Galway} (outside records scanned) / {G|Lakeshore General Hospital}
Patient: {N|Siobhán Ní Bhriain}    DOB: {D|09-Apr-1931}    Age: {A|92}
Hospital #: {MRN|LGH0098813}    Visit: {AC|V20240311-0042}
Admitted: {D|03/11/2024}   Discharged: {D|03/16/2024}
Attending: {N|Desmond Carter}, MD
Diagnoses: 1. Decompensated HFpEF  2. AKI on CKD (Cr peak 2.4)  3. Paroxysmal AF, CHA2DS2-VASc 6
Course: Diuresed 4.2 L with IV furosemide 40 mg BID; transitioned to torsemide 20 mg daily.
Apixaban reduced to 2.5 mg BID (age >= 80, Cr >= 1.5).
Discharged to daughter's home: {ST|27 Kilbride Terrace}, {C|Worcester}, MA {Z|01604}.
Daughter {N|Maeve O'Sullivan} {P|508-555-2716} will manage meds; VNA ({G|Central Mass Visiting Nurse Association}) to start {D|3/18}.
Follow-up: Dr. {N|Anjali Deshpande} (cardiology) on {D|March 28} at 10:40; BMP in 1 week.
Dictated {D|3/16/24} by {N|D. Carter}; transcribed {N|jmh}
""")

add("note05_consult", """
NEPHROLOGY CONSULT
Requesting: Dr. {N|Faith Mbeki}, Medicine
Reason: hyperkalemia, K 6.7
Patient {N|Tevita Fifita} (MRN {MRN|7730481}) is a 58 y/o man from Tonga, now living in {C|East Palo Alto}, originally on HD at {G|Bayview Kidney Center} MWF, last run Friday {D|5/10}.
Missed Monday session because his ride (nephew {N|Sione}) had car trouble.
Wife {N|Mele Fifita} states he ate "a lot of bananas and taro" at a family feast on {D|May 11}.
ECG: peaked T waves, QRS 118 ms. Given Ca gluconate 1 g x2, insulin 10 U + D50, albuterol 10 mg neb.
Recommend urgent HD tonight via L AVF; 2K bath. Outpatient unit: {P|650-555-0182}, fax {F|650-555-0189}.
Thank you for this consult. -- {N|Rafael Ibarra-Quintero}, MD, Nephrology
""")

add("note06_radiology", """
RADIOLOGY REPORT
Exam: CT ABDOMEN/PELVIS WITH IV CONTRAST
Patient: {N|HAMADA, YUSUF K}   MRN: {MRN|RAD-0044127}   Accession: {OID|CT24-118830}
Exam date: {D|08/07/2024} 21:12   Ordering: {N|Priya Venkataraman}, MD
Clinical history: 71M RLQ pain, WBC 16.
Comparison: Outside CT from {G|Fairview Imaging Associates} dated {D|4/2/2022}.
Findings: Dilated appendix 14 mm with periappendiceal fat stranding and a 9 mm appendicolith.
No free air. Small bilateral fat-containing inguinal hernias. Bosniak I cyst L kidney 2.1 cm.
Impression: Acute uncomplicated appendicitis.
Critical result called to Dr. {N|Venkataraman} at 21:48 by {N|Olumide Bankole}, MD. Read back confirmed.
""")

add("note07_path", """
SURGICAL PATHOLOGY REPORT
Case: {OID|S24-07731}        Received: {D|July 30, 2024}
Patient: {N|Abernathy, Ruth Ellen}      DOB {D|2/2/1946}     MRN {MRN|000-22-1187}
Submitting physician: {N|Tomasz Zieliński}, MD ({G|Northgate Surgical Associates})
Specimen: A. Left breast, 12 o'clock, ultrasound-guided core biopsy x4
Gross: Four tan-white cores, 1.2 to 1.8 cm, entirely submitted in A1.
Microscopic: Invasive ductal carcinoma, Nottingham grade 2 (3+2+2 = 7/9).
ER 95% strong, PR 40% moderate, HER2 IHC 2+ -> FISH pending (block A1 sent to reference lab, req {OID|RL-559012}).
Ki-67 ~15%.
Diagnosis: INVASIVE DUCTAL CARCINOMA, grade 2.
{N|Marguerite Bishop}, MD, Pathologist   signed {D|08/01/2024}
""")

add("note08_nursing", """
NURSING SHIFT NOTE 1900-0700   {D|12/24/23}
Pt {N|Dawn Hollister} rm 512-B. A&Ox3. Fall risk (Morse 55) - bed alarm on, yellow socks.
2130 c/o incisional pain 6/10, oxycodone 5 mg PO given, reassessed 2230 3/10.
0045 JP drain emptied 40 mL serosanguinous.
0300 pt tearful, states husband {N|Ray} is "stuck in {C|Duluth}" because of snow. Chaplain Brother {N|Anselm} offered visit, pt declined.
0530 labs drawn. Foley d/c'd per protocol, due to void by 1130.
Son {N|Hunter} called 0610 from {P|218 555 0374} asking for update; pt gave verbal OK to share info.
Report given to {N|Summer Reyes}, RN.  -- {N|A. Kowalczyk} RN
""")

add("note09_socialwork", """
SOCIAL WORK ASSESSMENT
Pt: {N|Marcus Delaney Young}   DOB {D|5.17.1979}   MRN {MRN|883341}
Referral: homelessness, insurance lapse
Pt reports staying at {G|Harbor Light Men's Shelter} on {ST|1275 W Ferry St}, {C|Buffalo}, NY {Z|14213} for ~3 weeks.
Previously lived with girlfriend {N|Tamika Brown} in {C|Cheektowaga} until eviction {D|Sept 2023}.
Medicaid ID {HP|YT44501Q} inactive since {D|10/31/23}; SW assisted w/ re-application (ref {OID|NYSOH-2291-0087}).
Has NYS non-driver ID; no phone - can be reached through shelter case manager {N|Bill Mensah} at {P|716-555-0102 x214}.
Plan: referral to {G|Erie County Medical Center} outpatient addiction clinic; bus pass provided.
{N|Giselle Marchetti}, LMSW   {D|11/14/2023}
""")

add("note10_therapy", """
PT INITIAL EVALUATION - Outpatient Orthopedics
{G|Cascade Physical Therapy & Sports Rehab} | {ST|88 NE Alder Loop, Suite 3}, {C|Bend}, OR {Z|97701} | Ph {P|541-555-0137} | Fax {F|541-555-0138}
Client: {N|Kealoha Makoa}   DOB: {D|11/21/1988}   Claim #: {OID|WC-23-884102}
Referring: {N|Jennifer Sato}, MD   DOI: {D|10/03/2023} (fell from ladder at work)
Dx: R rotator cuff tear s/p arthroscopic repair {D|10/27/23}.
Subjective: pain 4/10 at rest, 8/10 reaching overhead. Goal: return to roofing.
Objective: AROM flex 95 deg, abd 80 deg. MMT ER 3+/5. Neer (+), Hawkins (+), drop arm (-). QuickDASH 61.
Plan: 2x/wk x 8 wks; protocol per surgeon, no resisted ER until week 6.
{N|Colin Page}, PT, DPT   Lic. {LIC|PT-009812}
""")

add("note11_letter", """
{D|April 3, 2024}

Mr. {N|Javier Montoya}
{ST|1420 Calle del Sol}
{C|Santa Fe}, NM {Z|87505}

Dear Mr. {N|Montoya},

Thank you for choosing {G|Sangre de Cristo Family Medicine}. Your colonoscopy on {D|March 27, 2024} showed
two small polyps, both tubular adenomas, which were completely removed. Your next colonoscopy is due in 7 years.
Your A1c was 6.9%, down from 7.8%. Please continue metformin 1000 mg twice daily.
If you have questions, call our nurse line at {P|(505) 555-0165} or message us at {URL|https://portal.sdcfm-health.org}.

Sincerely,
{N|Rosalind Achterberg}, MD
""")

add("note12_geri", """
GERIATRICS CLINIC - Follow-up
Tue {D|6/4/24}
Mrs. {N|Esther Goldfarb} turned {A|97} last week (birthday {D|May 29}).
Accompanied by her granddaughter {N|Rivka Adler}, who drives in from {C|Teaneck}.
Lives alone at {ST|310 Palisade Ave, Apt 6F}, {C|Fort Lee}, NJ {Z|07024}; aide 4 h/day through {G|Bergen Senior Home Care}.
Her late husband {N|Morris} died at age {A|91}. Her brother, 89, is in {G|Daughters of Miriam Center} in {C|Clifton}.
MMSE 24/30 (was 26/30 in 2022). Gait: TUG 18 s with rollator. Orthostatics negative.
Meds reviewed: donepezil 10 mg, amlodipine 5 mg, vitamin D 2000 IU. Stopped diphenhydramine (Beers list).
Plan: DEXA, audiology referral, RTC 3 months. Emergency contact: {N|Rivka} {P|201-555-0129}.
-- {N|Naomi Feld-Kaplan}, MD
""")

add("note13_ob", """
L&D TRIAGE NOTE   {D|09/15/2023} 0322
{N|Amara Diallo}  G3P2002 @ 38w2d by 8 wk US   MRN {MRN|LD-7712054}
EDD {D|9/26/2023}. Prenatal care at {G|Westside Community Health Center} with CNM {N|Hope Sandoval}.
CC: contractions q4-5 min since 0100, LOF at 0230, clear.
SVE 4/80/-1, vertex. Nitrazine +, ferning +. FHT baseline 135, moderate variability, + accels, Cat I.
GBS positive (swab {D|8/30}); PCN G started 0340.
Husband {N|Mamadou} at bedside; interpreter (Pular) via phone, ID {OID|INT-48821}.
Admit to L&D, anticipate SVD. Dr. {N|Léa Fontaine} notified.
{N|Carmen Ruiz}, CNM
""")

add("note14_peds", """
PEDIATRIC URGENT CARE
Patient: {N|Liam Patrick Gallagher}   DOB {D|01/19/2019}   Age 5
Guardian: mother {N|Erin Gallagher}, phone {P|312-555-0156}
Insurance: BCBS IL, member {HP|XOF889123405}, group {HP|00418C}
Seen {D|2/12/24} for ear pain x2 days, T 39.1 at home.
Daycare: {G|Little Acorns Early Learning Center} (3 other kids sick).
Exam: R TM bulging, erythematous, no perforation. L TM clear. Weight 19.4 kg.
Dx: AOM, right (H66.91). Amoxicillin 90 mg/kg/day div BID x10 d = 875 mg BID.
Return if no better in 48-72 h. School note given.
{N|Jamal Whitaker}, MD
""")

add("note15_psych", """
PSYCHIATRY INTAKE
Date of service: {D|10 Oct 2023}
Identifying data: {N|Anton Petrovich Volkov}, 34-year-old divorced male software engineer, MRN {MRN|PS-118204}, self-referred.
Collateral: ex-wife {N|Natalia Volkova} ({P|+1 617 555 0144}) - pt consented to contact.
HPI: 6 weeks of low mood, anhedonia, early-morning awakening, 5 kg weight loss since his father's death on {D|August 19}.
PHQ-9 = 19, GAD-7 = 12. C-SSRS: passive SI, no plan/intent. No access to firearms.
Past: one prior episode 2015 treated at {G|McLean Hospital} (outpatient). Family hx: mother with bipolar I.
Social: lives in {C|Somerville}; works remotely for a {C|Boston} startup. Uses cannabis 2-3x/wk.
Assessment: MDD, single episode recurrent, severe w/o psychotic features (F33.2).
Plan: sertraline 50 mg daily, CBT referral to Dr. {N|Sunita Rao}'s group, safety plan completed, f/u 2 weeks.
{N|Malcolm Adeyemi-Frost}, MD
""")

add("note16_derm", """
Dermatology clinic {D|Jan-22-2024}
Name: {N|Bao Ngoc Tran}   MRN {MRN|D55213}   Referred by {N|Frank Delgado}, NP
38 yo F with 3-month history of annular, scaly plaques on trunk. KOH negative. Herald patch ~3 months ago? Pt unsure.
Derm exam: multiple oval pink papulosquamous plaques in Christmas-tree distribution. Wood lamp negative.
Dx: pityriasis rosea, atypical course; r/o secondary syphilis - RPR sent.
Photos uploaded to tele-derm (case {OID|TD-2024-00931}).
Pt's mom {N|Tran Thi Lan} also reports similar rash. Pt works as nail technician at a salon in {C|Westminster}.
-- {N|Gwendolyn Ashby-Park}, MD
""")

add("note17_ortho_implant", """
OPERATIVE NOTE
Patient: {N|Harold "Hal" Jeffries}   MRN {MRN|1022-384-7}   DOS {D|05/09/2024}
Surgeon: {N|Victor Anaya}, MD   Assistant: {N|Robin Marsh}, PA-C
Anesthesia: spinal + sedation (Dr. {N|Chen}) 
Procedure: Left total hip arthroplasty, posterior approach.
Implants: Acetabular shell 54 mm, lot {DEV|A7783921}; femoral stem size 12, SN {DEV|FS12-0098814-X}; head 36 mm +0, lot {DEV|CH36-55120}.
EBL 350 mL. Drains: none. Complications: none.
Dispo: PACU then ortho floor; WBAT; posterior hip precautions x6 weeks. DVT ppx: ASA 81 mg BID x35 days.
Pt's wife {N|Lorraine} updated in waiting room at 1342.
""")

add("note18_dental", """
Dental Emergency Visit - {G|Rio Grande Valley Dental Clinic}, {C|McAllen}
Pt: {N|Guadalupe Treviño Salinas}   DOB {D|12/12/1955}   Chart {MRN|RGV-20331}
Date: {D|7/4/2024}
CC: swelling L lower jaw x 3 days. Tooth #19 with deep caries, percussion +, vestibular fluctuance.
Temp 38.2. No trismus, floor of mouth soft, no dysphagia.
Tx: I&D, 1 carpule 2% lidocaine 1:100,000 epi. Amoxicillin 500 mg TID x7d. Ibuprofen 600 mg q6h prn.
Referred to oral surgery ({N|Dr. Ignacio Paz}) for extraction #19 on {D|July 9}.
Daughter {N|Yesenia} translating; contact {P|956-555-0117}.
{N|M. Cavazos}, DDS  Lic {LIC|TX-DDS-28841}
""")

add("note19_ed_trauma", """
TRAUMA ACTIVATION - LEVEL 2   {D|2023-08-26} 23:05
Pt arrived unidentified, later ID'd as {N|DeShawn Marquise Carter} (DOB {D|4/30/2001}, MRN {MRN|TR00871245}).
MVC, restrained driver, car vs pole on {ST|1180 Dolson Ave}, {C|Middletown}. Vehicle: 2014 silver Altima, plate {VEH|7XKM482} (per {G|Middletown Police Department} officer {N|Kearney}, badge {OID|3317}).
GCS 14 (E4V4M6). FAST negative. CXR: L 5th-7th rib fx, no PTX. CT head neg.
EtOH 182. Tox screen + THC.
Mother {N|LaToya Carter} en route from {C|Poughkeepsie}, {P|845-555-0190}.
Plan: admit trauma surgery, multimodal analgesia, IS, tertiary survey in AM.
Attending: {N|Nadia Haddad}, MD, FACS
""")

add("note20_hospice", """
HOSPICE ADMISSION NOTE
{G|Golden Valley Hospice} - home visit, {D|February 2, 2024}
Patient: Mr. {N|Augustine Ekwueme}  Age {A|101}  (b. {D|1/16/1923})
Address: {ST|Rural Route 2, Box 117}, {C|Hollandale}, MS {Z|38748}, {CO|Washington County}
Terminal dx: end-stage dementia, FAST 7c. PPS 20%. Weight loss 9 kg in 6 months.
Lives with granddaughter {N|Precious Ekwueme-Harris} and her husband {N|Will Harris}; HCP is his son {N|Chukwuma}, 74, in {C|Houston}.
Medicare # {HP|1EG4-TE5-MK72}.
Comfort kit delivered. Morphine concentrate 20 mg/mL 0.25 mL SL q2h prn dyspnea.
RN case manager: {N|Tabitha Grace Moore} {P|662.555.0133}
""")

add("note21_cardiology_device", """
DEVICE CLINIC - remote interrogation review
Pt: {N|Yamamoto, Kenji}   DOB {D|1944-11-03}   MRN {MRN|CV-40219}
Device: dual-chamber pacemaker, implanted {D|Aug 2019} at {G|Good Samaritan Heart Institute}
Generator serial {DEV|PJN771204S}; RA lead SN {DEV|BBL2209341}; RV lead SN {DEV|BBM5561172}
Transmission received {D|12/01/23}. Battery 7.5 yrs. AP 62%, VP 3%.
AT/AF burden 0.8%, longest episode 3 h 12 min on {D|11/19}. No VT/VF.
Pt already on apixaban 5 mg BID. Thresholds stable.
Plan: continue remote monitoring q91 days; in-office check {D|June 2024}.
Spoke with pt's daughter {N|Emiko} at {P|(408) 555-0163}, she will relay.
Reviewed by {N|Carolina Fuentes}, RN, CCDS / {N|Arjun Mehta}, MD
""")

add("note22_ophtho", """
Ophthalmology
{N|Fatima Al-Zahrani}  |  {MRN|OPH-330291}  |  seen {D|3/7/2024}
Age {A|90}. Here with son {N|Khalid} for decreased vision OD x 2 weeks.
VA cc: OD 20/200, OS 20/50. IOP 16/15 (Goldmann). 
DFE: OD subretinal hemorrhage and fluid, c/w neovascular AMD; OS drusen, GA.
OCT OD: CST 488 um with SRF and PED.
Plan: intravitreal aflibercept 2 mg OD today (lot {DEV|LV4102A}), consent signed by pt via Arabic interpreter.
Amsler grid given. Return 4 weeks. Referred to {G|Lighthouse Vision Rehabilitation Center}.
{N|Sean McDermott}, MD
""")

add("note23_ed_peds_nat", """
ED NOTE - PEDIATRICS   {D|27/03/2024}  (visiting family from UK; dates in d/m/y on outside records)
Child: {N|Oliver Pemberton-Shah}, 14 mo, NHS no. {OID|485 777 3456}
Accompanied by father {N|Rohan Shah}; mother {N|Charlotte Pemberton} on phone from {C|Leeds} ({P|+44 113 496 0721}).
Staying at grandparents' house: {ST|9 Maple Hollow Ct}, {C|Cary}, NC {Z|27519}.
Presents after fall from bed ~60 cm onto carpet. Acting normally, no LOC, no vomiting.
Exam: 2 cm frontal hematoma, no step-off. Fontanelle flat. PECARN: low risk, no CT indicated.
Observed 4 h, tolerated PO. Discharged home with head-injury advice.
{N|Abigail Summers}, MD (Peds EM)
""")

add("note24_infectious", """
ID CONSULT FOLLOW-UP {D|4/18/2024}
{N|Ng, Wai-Ling}  MRN {MRN|2201938}  HD 12
Prosthetic knee joint infection (R TKA {D|1/2021}), MSSA on 3/3 intraop cultures.
s/p DAIR {D|4/8}; PICC placed {D|4/10}, lot {DEV|PI-5F-778410}.
Cefazolin 2 g IV q8h. CRP 142 -> 38. Creatinine stable 0.9.
OPAT via {G|Pacific Home Infusion}, {P|415-555-0107}, fax {F|415-555-0108}, order #{OID|HI-77210}.
Weekly CBC, BMP, CRP faxed to ID clinic. Plan 6 wk IV then rifampin + levofloxacin? Discuss at OPAT meeting Thursday.
Husband {N|Winston Ng} is learning line care. 
-- Dr. {N|Ayodele Okonjo} / ID fellow {N|Sasha Ivanova}
""")

add("note25_rehab_90", """
INPATIENT REHAB - Team Conference Note   week of {D|9/9/2024}
{N|Clementine "Clem" Beaulieu}, nonagenarian ({A|96} y/o), s/p ORIF L intertrochanteric fx {D|8/30/24}.
Admitted from {G|Saint Joseph Medical Center} ({C|Lewiston}).
PT: ambulating 80 ft RW with CGA; FIM transfers 4. OT: LB dressing min A. SLP: n/a.
Barriers: orthostasis, fear of falling. Hgb 9.4.
Family: niece {N|Yvette Thibodeau} (POA), {P|207-555-0147}, lives in {C|Auburn}; roommate at home is her sister, {A|92}, who is also frail.
Her sister's name is {N|Odile}. Target d/c {D|9/20} to {G|Androscoggin Valley Assisted Living}.
Physiatrist: {N|Pierre-Luc Gagnon}, MD
""")

add("note26_telehealth", """
TELEHEALTH VISIT (video)  {D|Wednesday, November 29, 2023}  14:00-14:25
Patient located at home in {C|Flagstaff}, AZ; provider at {G|Canyon Pines Primary Care}.
Pt: {N|Nizhoni Begay}  DOB {D|07/07/1972}  MRN {MRN|CP0091827}
Connection dropped once; pt's IP logged by portal as {IP|172.16.44.213}.
Reviewed home BP log: avg 148/92. Lisinopril increased 10 -> 20 mg.
Diabetes: A1c 7.4. Continue metformin ER 1500 mg, add empagliflozin 10 mg.
Pt asks about IHS coverage; referred to {G|Tuba City Regional Health Care} benefits office.
Email summary sent to {E|nbegay72@canyonmail.net} per pt request.
{N|Owen Spencer-Blake}, FNP-C
""")

add("note27_ems", """
EMS PATIENT CARE REPORT  Run #{OID|2024-015583}   Unit M-17
Date {D|06.22.2024}  Dispatched 16:41  On scene 16:49
Pt: {N|Abdullahi, Hodan}  F  DOB {D|3-8-1993}
Location: {ST|2207 Cedar Ave S, Apt 1410}, {C|Minneapolis} {Z|55454}
CC: syncope in elevator. Bystander/husband {N|Abdirahman Farah} reports ~30 s LOC, no seizure activity.
V/S: BP 92/60, HR 118, RR 18, SpO2 99% RA, BGL 84. 12-lead: sinus tach.
Pt 26 wks pregnant per husband. Positioned L lateral, 500 mL NS.
Transported to {G|Hennepin Healthcare} L&D, report to charge RN {N|Crystal}.
Crew: {N|J. Lindqvist}, Paramedic #{LIC|P-MN-00331}; {N|T. Ortiz}, EMT
""")

add("note28_occ", """
OCCUPATIONAL HEALTH - Return to Work Evaluation
Employer: {G|Tri-County Water Authority} treatment plant
Employee: {N|Brandon Mark Kowalski}   Employee ID {OID|E-004518}   DOB {D|2/29/1984}
Driver's license {LIC|K423-5519-8841} (CDL class B)
DOI {D|01/16/2024}: chlorine gas exposure during line change. Treated at {G|Lakeview ED}, discharged same day.
Today {D|01/23/2024}: asymptomatic. Lungs clear. Spirometry FEV1 96% pred, FVC 98%, ratio 0.81.
Cleared for full duty without restrictions. Respirator fit test due {D|3/2024}.
Supervisor notified: {N|Denise Harper}, {E|dharper@tricountywater.org}.
Examiner: {N|Gabriel Ortega-Lind}, DO, MPH
""")

add("note29_genetics", """
GENETIC COUNSELING NOTE
Date: {D|Oct. 5, 2023}
Proband: {N|Rachel Eisenberg-Katz}, 41, Ashkenazi Jewish, MRN {MRN|GEN-008812}
Reason: mother ({N|Miriam Katz}) dx ovarian ca at 58; maternal aunt ({N|Shoshana}) breast ca at 44.
Pedigree reviewed (3 generations). Maternal grandmother lived to {A|94}, no cancer.
Testing: multigene panel (47 genes) sent to outside lab, requisition {OID|INV-77128330}.
Result {D|10/26/2023}: BRCA1 c.68_69delAG (p.Glu23ValfsTer17), pathogenic.
Discussed RRSO by 35-40 (already 41), MRI/mammo alternation, cascade testing for sister {N|Dana} and brother {N|Eli}.
Family letter provided. Counselor: {N|Leah Ben-David}, MS, CGC
""")

add("note30_er_overdose", """
ed note 0215 {D|3/3/24}
pt {N|tyler brooks} 23M brought in by friend ({N|jordan}) unresponsive after "pressed perc." RR 6, pinpoint pupils.
narcan 0.4 IV -> 2 mg total, now GCS 15, ambulatory, angry.
hx: prior OD {D|dec 2023} at {G|st vincent's} per PDMP; buprenorphine from dr. {N|alvarez} lapsed.
lives w/ grandma at {ST|58 Hollis Rd}, {C|Manchester} NH.
offered bup induction in ED, pt accepted - 8 mg SL given 0530 after COWS 11. bridge rx + referral to {G|Granite Recovery Center}.
naloxone kit given. friend's number {P|603 555 0111}.
- {N|m. oyelaran} md
""")

add("note31_referral_fax", """
FAX COVER / REFERRAL
To: {G|Blue Ridge Neurology Associates}   Fax: {F|(828) 555-0176}
From: {G|Mountain Laurel Family Practice}, {ST|400 Haywood St}, {C|Asheville}, NC {Z|28801}  Tel {P|(828) 555-0170}
Date: {D|05/14/2024}   Pages: 4
Re: {N|Carrington, Beau L}.   DOB {D|10/10/1950}   SSN {SSN|239-51-0874}
Insurance: Humana Medicare Advantage ID {HP|H12345678-01}, auth #{OID|AU-4471902}
Reason for referral: resting tremor R hand x 1 yr, micrographia, hypomimia. Suspect idiopathic Parkinson disease vs essential tremor.
Wife {N|Jolene} notes he "shuffles like his father did."
Please schedule with Dr. {N|Anand Krishnamurthy} if available.
Contact referral coordinator {N|Tasha} at ext 2205.
""")

add("note32_nicu", """
NICU ADMISSION
Baby Girl {N|Afolabi}   MRN {MRN|N24-00731}   DOB {D|4/1/2024} 06:12
Mother: {N|Funmilayo Afolabi}, 31 yo G1P0->1, MRN {MRN|3318720}
GA 29w4d, BW 1,240 g. Apgars 4 and 7. Delivered via C/S for severe pre-eclampsia, magnesium on board.
Intubated in DR, surfactant x1, extubated to CPAP +6 FiO2 30%.
UVC/UAC placed. Amp/gent started. Blood cx pending.
Father {N|Babatunde Afolabi} updated at bedside 0900; family lives in {C|Sugar Land} ({CO|Fort Bend County}).
Neonatologist: {N|Ingrid Solberg}, MD
""")

add("note33_transplant", """
TRANSPLANT CLINIC  {D|02-06-2024}
{N|Kwame Asante-Boateng}  MRN {MRN|TX-55018}  UNOS ID {OID|BHK2291}
s/p DDKT {D|09/12/2022}, baseline Cr 1.3. Today Cr 1.7, tac trough 4.1 (goal 6-8).
Pt admits missing doses after switching pharmacies; now uses {G|CareFirst Specialty Pharmacy}.
BK PCR negative, DSA pending. UPCR 0.3.
Plan: tacrolimus 3 mg -> 4 mg BID, repeat level Friday, biopsy if Cr > 1.8.
Pt's sister {N|Abena} (living donor candidate, eval at {G|Presbyterian Transplant Center}) reachable {P|919-555-0188}.
Coordinator {N|Marisol Pineda}, RN; physician {N|Henrik Aas}, MD
""")

add("note34_chaplain", """
Spiritual Care Note - {D|12/23/2023}
Visited Mr. {N|Grant Fairweather}, {A|99}, per nurse request. He is a retired Methodist minister from {C|Abilene}.
He asked to hear Psalm 23 and spoke about his late wife {N|Faith} and their 68 years together.
Son Rev. {N|Thomas Fairweather} is flying in from {C|Tulsa} tomorrow; grandson {N|Carter} is here now.
Patient at peace, accepting comfort care. Will return in AM.
Chaplain {N|Mercy Adjei}, MDiv, BCC
""")

add("note35_addendum_billing", """
ADDENDUM - Billing/Coding clarification   {D|8/15/2024}
Pt {N|Sofía Ramírez de la Cruz}, Acct {AC|4459-0012-88}, Guarantor #{AC|G00771903}, MRN {MRN|78-44-210}
Original visit {D|8/2/2024} at {G|Valle Verde Urgent Care} ({ST|3310 N Mesa St}, {C|El Paso}, TX {Z|79902}).
Diagnosis codes corrected: J02.0 (strep pharyngitis) replaces J02.9. CPT 99213 + 87880.
Rapid strep positive; amoxicillin 500 mg BID x10 days given.
Payer: Superior HealthPlan, member {HP|SHP-700912334}.
Corrected by {N|Lourdes Villanueva}, CPC, coder ID {OID|CDR-118}.
""")

# ---------------------------------------------------------------- QUERIES
add("query01", """
can you check if mrs {N|okafor-james} in bed 12 got her 0900 vanc? level was 22 yesterday
""")
add("query02", """
Pt {N|Vikram Sethi} (MRN {MRN|4410298}) needs a renal dose for cefepime, CrCl ~28. What do you recommend?
""")
add("query03", """
hey - {N|gloria} from {G|sunrise assisted living} called, says mr {N|hollis} is {A|91} and refusing his lasix again. should i call dr. {N|pak}?
""")
add("query04", """
Summarize the last echo for {N|Ahmed Suleiman}, DOB {D|2/7/1958}. I think it was done {D|3/14/23}?
""")
add("query05", """
draft a letter to {N|Ines Carvalho}'s insurer (policy {HP|PLY-5502871}) appealing denial of her MRI from {D|May 2nd}
""")
add("query06", """
What's the latest K for {N|Thibodeaux, Remy}? He's the {A|95} yo in 7 West. Family ({N|Colette}, {P|337-555-0126}) wants an update.
""")
add("query07", """
pls add baby boy {N|ito} mrn {MRN|N0092214} to the bili list, tsb 14.2 at 36 hrs
""")
add("query08", """
Is it safe to restart warfarin on {N|Oksana Melnyk}? INR 1.3, s/p polypectomy {D|Jan 9}. Her cardiologist is Dr {N|Feinberg} at {G|Riverside Heart}.
""")
add("query09", """
{N|Pedro} in the ED says his grandmother {N|Ana Lucia Morales} (age {A|103}!) fell at {ST|77 Orchard St} — can we get her old films from {G|Holy Name}?
""")
add("query10", """
need discharge instructions in Tagalog for {N|Maria Cristina Dizon}, going home tomorrow {D|10/12} to {C|Daly City}
""")
add("query11", """
quick q: {N|hope nakamura} ({MRN|77-0193}) allergic to PCN (hives), ok to give ceftriaxone?
""")
add("query12", """
Can you fax {N|Liang Wei}'s path report to {F|(212) 555-0193}? Attn Dr. {N|Abernathy}. Acc # {OID|SP23-44187}.
""")
add("query13", """
why did {N|jamal reed} get bounced from {G|Oak Hollow rehab}? he was only there since {D|6/28}
""")
add("query14", """
send the wound photos to {E|wound.team@stlukes-valley.org} for {N|Bernadette Kowal}, acct {AC|A-22019944}, thx
""")
add("query15", """
{N|Tariq}, can you re-run the cbc on Mr. {N|Hussain} (bed 4, age {A|92})? hemolyzed. his son {N|Imran} is asking.
""")

# ---------------------------------------------------------------- HARD NEGATIVES (no PHI)
add("neg01", """
PROGRESS NOTE
S: Feels better. Pain 3/10, down from 7/10 yesterday. Slept well Tuesday night.
O: T 36.9, HR 78, BP 128/76, SpO2 97% RA. GCS 15. Strength 5/5 bilaterally except L grip 4/5.
A/P: 67M with community-acquired pneumonia, CURB-65 of 1, improving on ceftriaxone 1 g daily + azithromycin 500 mg.
 - switch to PO amoxicillin-clavulanate 875/125 BID to complete 5 days
 - ambulate TID, incentive spirometer 10x/hr
 - Dispo: home tomorrow if afebrile at 0800
""")
add("neg02", """
Q: For a patient with Graves disease who can't tolerate methimazole, is PTU preferred in the first trimester, and what's the usual starting dose? Thinking 50 mg TID.
""")
add("neg03", """
NEUROLOGY CONSULT
Impression: Right Bell palsy, House-Brackmann grade III. No features of Ramsay Hunt syndrome (no vesicles).
Differential includes Lyme disease (pending serology) and Guillain-Barre (unlikely: reflexes 2+ throughout, no ascending weakness).
Plan: prednisone 60 mg daily x 5 days then taper, valacyclovir 1 g TID x 7 days, eye patch at night, artificial tears q1h while awake.
Return precautions reviewed. Follow up in clinic in 2 weeks.
""")
add("neg04", """
what's the max dose of acetaminophen in an 82 yo with mild cirrhosis (Child-Pugh A)? 2 g/day still ok? also hydrocodone/APAP 5/325 1/2 tab q6h prn?
""")
add("neg05", """
DISCHARGE INSTRUCTIONS
Foley catheter: keep bag below the level of the bladder. Empty when half full.
Call your surgeon if you see frank blood, clots, or if urine output drops below 30 mL per hour.
Whipple diet: small frequent meals, pancrelipase 24,000 units with each meal and 12,000 with snacks.
You may shower after 48 hours. No lifting > 10 lb for 6 weeks. No driving while taking oxycodone.
""")
add("neg06", """
Young adults with Marfan syndrome: losartan vs atenolol - any head-to-head data on aortic root Z-score progression? Pediatric Heart Network trial was 2014 I think.
""")
add("neg07", """
ECHO REPORT
LVEF 35-40% by Simpson biplane. Grade II diastolic dysfunction, E/e' 16. Moderate MR, vena contracta 0.5 cm.
RVSP 48 mmHg. TAPSE 1.4 cm. IVC 2.3 cm with < 50% collapse. No pericardial effusion.
Compared with prior study from 2021, LVEF decreased from 50-55%.
Recommend GDMT optimization: sacubitril/valsartan 24/26 mg BID, metoprolol succinate 25 mg, spironolactone 12.5 mg, dapagliflozin 10 mg.
""")
add("neg08", """
Hope is that with PT she'll be back to her baseline. Will reassess Friday. Grant application for the home ramp is social work's job, not ours. BP rose to 164 systolic after the dose was missed - page the resident if > 180.
""")
add("neg09", """
PATHOLOGY - comment
Sections show a pleomorphic adenoma with a capsule intact in all sections examined. No perineural invasion. Margins: closest 0.2 cm (deep).
Immunostains: S100 positive, SOX10 positive, p63 positive in myoepithelial cells. Ki-67 < 5%.
Reed-Sternberg cells are not identified in the accompanying lymph node. Warthin tumor is not present.
""")
add("neg10", """
is there a difference between Cushing disease and Cushing syndrome for the dex suppression test? 1 mg overnight, cortisol cutoff 1.8?
""")
add("neg11", """
NURSING NOTE 0700-1900
Pt resting in bed 14, A&Ox4. Morse fall score 45. Braden 16. Skin: stage 2 pressure injury sacrum 1.5 x 1 cm, Mepilex changed.
1000 insulin lispro 4 units per sliding scale (BG 212). 1400 BG 168. Tolerating regular diet 75%.
Family visited in the afternoon. Plan of care reviewed. Call light within reach.
""")
add("neg12", """
Trying to decide between apixaban 5 mg BID and rivaroxaban 20 mg daily for a 74 yo with AF, CrCl 55, weight 68 kg, HAS-BLED 2. Which has better GI bleed data?
""")
add("neg13", """
RADIOLOGY - MRI BRAIN W/WO
Findings: Scattered T2/FLAIR hyperintensities in periventricular and subcortical white matter, Fazekas grade 2.
Chronic lacunar infarct in the left thalamus. No restricted diffusion. No abnormal enhancement.
Circle of Willis: patent. Mild cerebral volume loss appropriate for age.
Impression: Chronic small vessel ischemic disease. No acute intracranial abnormality.
""")
add("neg14", """
Summer camp physical form asks about Tanner stage and sports clearance; kid is 13, had Osgood-Schlatter last year, otherwise healthy. ok to clear for soccer?
""")
add("neg15", """
PHARMACY NOTE: Vancomycin AUC dosing. Loading dose 25 mg/kg = 2,000 mg, then 1,250 mg q12h targeting AUC 400-600.
Levels: peak 32.1 at 1100, trough 14.8 at 2250. Estimated AUC 512. Continue current regimen. Next levels in 72 h.
Monitor SCr daily; baseline 0.8 mg/dL. Avoid concurrent piperacillin-tazobactam if possible (AKI risk).
""")
add("neg16", """
Dawn phenomenon vs Somogyi effect - how do I tell them apart if the pt only checks a fasting sugar? She's on glargine 30 units at bedtime.
""")
add("neg17", """
GENETICS
Variant: CFTR c.1521_1523delCTT (p.Phe508del), homozygous. Sweat chloride 98 mmol/L.
Eligible for elexacaftor/tezacaftor/ivacaftor. Baseline LFTs and eye exam before starting.
ICD-10 E84.0. LOINC 2078-5 for sweat chloride. Hunter syndrome and Hurler syndrome were excluded on the original newborn panel.
""")
add("neg18", """
ED NOTE (template)
Chief complaint: chest pain. Onset 2 hours prior to arrival, at rest. HEART score 3, Wells 0, PERC negative.
ECG: NSR 72, no ST changes. hs-troponin 4 ng/L at 0 h and 5 ng/L at 2 h.
Disposition: discharged with outpatient stress test. Return for worsening pain, dyspnea, or syncope.
""")
add("neg19", """
For Parkinson patients on carbidopa/levodopa, do we need to separate from high-protein meals? pt is 88 and eats a big lunch around noon, wearing off by 3 pm.
""")
add("neg20", """
Brown recluse bite? 3 cm necrotic center with red halo, pt lives in a rural area and cleans out the shed every spring. Any role for dapsone or just wound care + tetanus? Tdap last in 2016.
""")

# ---------------------------------------------------------------- ENGINE
PAT = re.compile(r"\{([A-Z]+)\|([^{}|]+)\}")

def build(raw):
    out = []; spans = []; pos = 0; blen = 0
    for m in PAT.finditer(raw):
        pre = raw[pos:m.start()]
        out.append(pre); blen += len(pre.encode("utf-8"))
        kind = ABBR[m.group(1)]; val = m.group(2)
        b = len(val.encode("utf-8"))
        spans.append({"bstart": blen, "bend": blen + b, "kind": kind, "_v": val})
        out.append(val); blen += b; pos = m.end()
    out.append(raw[pos:])
    return "".join(out), spans

def category(i):
    return re.match(r"[a-z]+", i).group(0)

def main():
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "notes.jsonl")
    ids = [i for i, _ in TEXTS]
    assert len(ids) == len(set(ids)), "duplicate ids"
    expected = {}
    with open(path, "w", encoding="utf-8") as f:
        for i, raw in TEXTS:
            text, spans = build(raw)
            expected[i] = [s["_v"] for s in spans]
            f.write(json.dumps({"id": i, "text": text,
                "spans": [{k: s[k] for k in ("bstart", "bend", "kind")} for s in spans]},
                ensure_ascii=False) + "\n")
    # verify
    errors = []; kinds = Counter(); cats = Counter(); catspans = Counter()
    with open(path, encoding="utf-8") as f:
        for line in f:
            o = json.loads(line); t = o["text"].encode("utf-8"); i = o["id"]
            cats[category(i)] += 1
            if "{" in o["text"] or "}" in o["text"]:
                errors.append(f"{i}: leftover brace")
            prev = 0
            for s, v in zip(o["spans"], expected[i]):
                seg = t[s["bstart"]:s["bend"]].decode("utf-8")
                if seg != v: errors.append(f"{i}: mismatch {seg!r} != {v!r}")
                if s["bstart"] < prev: errors.append(f"{i}: overlap/unsorted at {v!r}")
                prev = s["bend"]
                okstart = seg[0].isalnum() or (s["kind"] in ("PHONE", "FAX") and seg[0] in "(+")
                if not okstart or not seg[-1].isalnum():
                    errors.append(f"{i}: bad edge {v!r}")
                if s["kind"] not in ABBR.values(): errors.append(f"{i}: bad kind")
                kinds[s["kind"]] += 1; catspans[category(i)] += 1
            if category(i) == "neg" and o["spans"]:
                errors.append(f"{i}: negative has spans")
            if len(o["spans"]) != len(expected[i]): errors.append(f"{i}: span count")
    if errors:
        print("\n".join(errors)); sys.exit(1)
    print("texts per category:", dict(cats), "total", sum(cats.values()))
    print("spans per category:", dict(catspans), "total", sum(catspans.values()))
    for k, n in sorted(kinds.items(), key=lambda x: -x[1]):
        print(f"  {k:16s} {n}")

if __name__ == "__main__":
    main()

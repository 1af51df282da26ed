#!/usr/bin/env python3
"""Hand-labelled PHI test corpus ("fifth" independent corpus).

Texts use inline markup {ABBREV|value}. Running this script builds the plain
texts, computes UTF-8 byte offsets, writes notes.jsonl next to itself, re-reads
it, verifies every span and prints counts per kind and per category.
Stdlib only.
"""
import json
import os
import re
import sys
from collections import Counter

KINDS = {
    "N": "NAME",
    "ST": "STREET_ADDRESS",
    "C": "CITY",
    "CO": "COUNTY",
    "Z": "ZIP",
    "G": "GEO",
    "D": "DATE",
    "A": "AGE_90_PLUS",
    "P": "PHONE",
    "F": "FAX",
    "E": "EMAIL",
    "S": "SSN",
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

MARK = re.compile(r"\{([A-Z]+)\|([^{}|]*)\}")

TEXTS = []


def add(tid, body):
    if body.startswith("\n"):
        body = body[1:]
    TEXTS.append((tid, body.rstrip("\n")))


# ---------------------------------------------------------------------------
# Clinical notes (40)
# ---------------------------------------------------------------------------

add("note01_ed", """
EMERGENCY DEPARTMENT NOTE
Name: {N|ADEBAYO-WILLIAMS, Oluwaseun T}     DOB: {D|07/22/1989}     MRN: {M|004871236}
Arrival: {D|11/03/2024} 0214     Room: ED-14     Attending: {N|Priya Raghunathan}, MD

PCP: {N|Gwendolyn Achterberg}, NP -- {G|Rogers Park Family Health}     Triage RN: {N|Brianna Kowal}
Ins: BCBS IL, member {HP|XOF882190472}

CC: chest pain x 3 hrs

HPI: 35M w/ hx HTN, no prior cardiac hx, BIBA from home in {C|Evanston} w/ substernal pressure radiating to L arm, onset ~2330 while watching TV. 6/10 at worst, now 3/10 after ASA 324 mg + NTG x1 by EMS. Denies SOB, diaphoresis, syncope. Father w/ MI at 52. Smokes 1/2 ppd since 2008.

PE: BP 158/94, HR 96, RR 18, SpO2 98% RA, T 36.8. Lungs CTA b/l. RRR, no m/r/g. No JVD. Homans neg b/l.
ECG: NSR 92, no STE, TWI V1-V2 (unchanged from ECG {D|6/2023} per chart).
Labs: hs-trop 8 -> 11 ng/L (2h), Cr 1.02, K 4.1, Hgb 14.6.

A/P: HEART score 3, low risk. Delta trop not significant. D/c w/ outpt stress test via {G|Lakeshore Cardiology Associates}, start atorvastatin 40. Lakeshore scheduling {P|(847) 555-0190}, appt requested for {D|11/6}. Wife {N|Funmi} at bedside, contact {P|(847) 555-0163}.
Address on file: {ST|1420 Maple Ave Apt 3B}, {C|Evanston}, IL {Z|60201}

{N|P. Raghunathan}, MD   {D|11/03/2024} 0512
""")

add("note02_hp", """
HISTORY AND PHYSICAL -- {G|St. Brendan's Medical Center}, 4 West
Patient: {N|Dorothea M. Wróblewski}   Age: {A|92}   MRN: {M|2219-0476}   Adm: {D|Jan 9, 2025}
PCP: Dr. {N|Harold Bishop} ({G|Bishop Family Medicine}, {C|Parma})
Referring: ED attending Dr. {N|Samuel Oyelaran}

CC: "I fell in the bathroom and couldn't get up"

HPI: {A|92} y/o F, lives alone in senior apts at {ST|3300 Ridge Rd}, found on floor by neighbor (Mrs. {N|Gutierrez}) approx 14 h after fall. +headstrike? unclear. On apixaban for AF. Denies CP/palp. Daughter ({N|Irene}, 66) reports 2 other falls since Thanksgiving ({D|11/28/24}), progressive forgetfulness.

PMH: AF (CHA2DS2-VASc 5), HTN, OA knees, Paget disease of bone, hypothyroid, cataracts s/p bilat
PSH: TAH 1974, R TKA 2009
Meds: apixaban 2.5 BID, metoprolol succ 25, levothyroxine 75 mcg, acetaminophen prn
Allergies: codeine (N/V)
SH: widow, former school librarian, no tob, 1 glass sherry on Sundays

Exam: T 37.1 HR 84 irreg BP 108/62 SpO2 95%. Ecchymosis L hip/flank. Shortening + ER L leg. Mini-Cog 2/5.
Labs: CK 2,870, Cr 1.4 (baseline 0.9), Na 133. CT head neg for ICH. XR: L intertrochanteric fx.

A/P:
1. L intertrochanteric hip fx -- ortho (Dr. {N|Okafor}) aware; hold apixaban, OR likely {D|1/10} pm.
2. Rhabdo/AKI -- LR 100 mL/h, trend CK.
3. Falls/?cognitive impairment -- geri consult, delirium precautions.
Code: Full per pt, to readdress w/ HCP {N|Irene Wróblewski-Tate} ({P|440-555-0139}); advance directive on file dated {D|3/14/2019}.
{N|Nadia Qureshi}, MD (hospitalist)
cc: Dr. {N|Harold Bishop} (fax {F|440-555-0120}); Dr. {N|Chinedu Okafor}, ortho
""")

add("note03_progress", """
Progress Note  HD#3
{N|Nguyen, Thi Bich Ngoc}   MRN {M|E7729104}   DOB {D|8/8/1990}   Bed 612-2   Attg: Dr. {N|Abena Mensah-Boateng}

S: slept poorly, pain 4/10 at incisions. +flatus, no BM. Husband {N|Khoa} asking re: d/c.
O: Tmax 37.9, HR 88, BP 122/70. Abd soft, approp TTP RLQ, JP 30 cc serosang.
   WBC 11.2 (14.8 on {D|5/2}), Hgb 10.9
A/P: POD2 lap appy, perforated. Cont pip-tazo D3/7, advance to clears, OOB TID. D/c Foley today.
-- {N|M. Hernández-Ruiz}, PGY2 surgery, pgr {P|617-555-0148}
""")

add("note04_dc", """
DISCHARGE SUMMARY

Patient Name: {N|Marcus Anthony Okonkwo}
DOB: {D|02/14/1958}          MRN: {M|10-448-927}          Acct #: {AC|880031274455}
Admission Date: {D|10/28/2024}      Discharge Date: {D|11/04/2024}
Attending: {N|Rachel Levinson}, MD      Service: Hospital Medicine, {G|Mercy Ridge Hospital}
PCP: {N|Kwame Asante}, DO -- {G|Northgate Community Health Center}, tel {P|414-555-0187}, fax {F|414-555-0188}

Principal Dx: Acute on chronic HFrEF (EF 25%), NYHA III
Secondary: T2DM (A1c 8.4), CKD 3b, AF on apixaban, gout

Hospital Course:
66M admitted w/ 12 lb wt gain, orthopnea and BLE edema after running out of furosemide ~{D|10/15}. BNP 2,840. CXR w/ bilat effusions, Kerley B lines. Diuresed w/ IV furosemide 80 mg BID, net -9.2 L. Cr peaked 2.1 on {D|10/31} (baseline 1.6), 1.7 at d/c. Started sacubitril/valsartan 24/26 mg BID on {D|11/2}. Cardiology (Dr. {N|Yusuf Al-Khatib}) recommends outpt ICD eval if EF remains <35% after 3 mo of GDMT. Gout flare R 1st MTP tx w/ colchicine 0.6 mg x1 then 0.3 mg daily. Diabetes educator {N|Hope Lindqvist}, RN met with pt and daughter. Meds-to-beds delivered by {N|Jonah Freedman}, PharmD.
Coverage: Medicare A/B, MBI {HP|5TG7RD2NM48}.

Discharge weight: 104.3 kg (target dry wt ~103 kg)

Discharge Medications:
  furosemide 40 mg PO BID
  sacubitril/valsartan 24/26 mg PO BID
  metoprolol succinate 50 mg daily
  apixaban 5 mg BID
  insulin glargine 22 units qHS
  colchicine 0.3 mg daily x 7 days

Follow-up:
  - Dr. {N|Asante} (PCP) within 7 days -- appt {D|Nov 8} at 10:40 AM
  - Heart Failure Clinic, {G|Mercy Ridge Heart Institute}, {D|11/12/2024} 1:15 PM, {ST|2900 W Oklahoma Ave, Suite 410}, {C|Milwaukee}, WI {Z|53215}
  - BMP Monday {D|11/11} at {G|Mercy Ridge Outpatient Lab}
Home health: {G|Lakeview Visiting Nurses} to start {D|11/5}, ph {P|(414) 555-0122}

Pt lives with daughter {N|Adaeze Okonkwo} (HCP), cell {P|414.555.0109}, at {ST|5187 N 38th St}, {C|Milwaukee} {Z|53209}.

cc: {N|Kwame Asante}, DO; {N|Yusuf Al-Khatib}, MD; {G|Lakeview Visiting Nurses}
Electronically signed: {N|Rachel Levinson}, MD  {D|11/04/2024} 16:22
""")

add("note05_rad", """
EXAM: CT ABDOMEN PELVIS WITH IV CONTRAST
Patient: {N|REYES, CARLOS ALBERTO}    MRN: {M|55820173}    DOB: {D|1971-09-03}
Accession: {O|CT24-0098812}    Exam date: {D|2024-12-17} 21:48
Ordering: {N|Lane, Jessica}, PA-C    Location: ED, {G|Desert Valley Regional Medical Center}, {C|Casa Grande}

CLINICAL HISTORY: RLQ pain, fever. r/o appendicitis.
COMPARISON: CT A/P {D|2019-04-02}.
TECHNIQUE: Axial images abdomen/pelvis after 100 mL Omnipaque 350 IV. Coronal and sagittal reformats. DLP 612 mGy-cm.

FINDINGS:
Appendix dilated to 13 mm with wall hyperenhancement and periappendiceal fat stranding. 6 mm appendicolith at the base. No extraluminal gas or drainable collection.
Liver: 1.1 cm hypodensity segment 7, too small to characterize, unchanged since 2019.
Kidneys: Bosniak I cyst L interpolar region. No hydronephrosis.
Lung bases clear. Degenerative change L4-L5.

IMPRESSION:
1. Acute uncomplicated appendicitis with appendicolith.
2. Stable subcentimeter hepatic hypodensity; no follow-up needed.

Findings discussed with {N|J. Lane} by telephone at 22:05 on {D|12/17/2024}, read-back confirmed.
Dictated by: {N|Tomasz Wiśniewski}, MD    Signed {D|12/17/24} 22:11
cc: {N|Kimberly Tso}, MD (PCP), {G|Canyon Ridge Family Medicine}, fax {F|(520) 555-0146}
""")

add("note06_path", """
SURGICAL PATHOLOGY REPORT
Case #: {O|S25-004417}        Collected: {D|01/21/2025}    Received: {D|01/22/2025}
Patient: {N|Hunter, Grace Ellen}    MRN {M|0091-22-457}    Sex: F    Age: 67
Submitting physician: {N|Bill Castellano}, MD ({G|Fairview Breast Center})
Requisition: {O|RQ7714520}    Encounter: {AC|V0042118873}

Specimen: A. Left breast, 2:00, 5 cm FN, US-guided core biopsy x3
Clinical: BI-RADS 5 mass, 1.8 cm

DIAGNOSIS:
A. Invasive ductal carcinoma, Nottingham grade 2 (tubules 3, nuclei 2, mitoses 1; total 6/9).
   Ductal carcinoma in situ, cribriform type, intermediate nuclear grade, present.
   Lymphovascular invasion: not identified.

BIOMARKERS (block A2):
ER: positive (95%, strong)   PR: positive (40%, moderate)
HER2 IHC: 2+ (equivocal) -- reflex FISH sent to reference lab, ref {O|FSH-2291847}
Ki-67: ~18%

GROSS: Received in formalin, labeled with the patient's name and "L breast 2:00", are three tan-white cores 1.1-1.6 cm, entirely submitted in A1-A2. Cold ischemia <1 h; fixation 8 h.

I personally reviewed the slides and rendered the diagnosis.
{N|Anjali Mehta-Shah}, MD, Pathologist    Signed {D|1/24/2025} 14:02
cc: {N|Bill Castellano}, MD; {N|Yolanda Pierce-Ahn}, MD (Medical Oncology)
""")

add("note07_op", """
OPERATIVE REPORT
DATE OF SURGERY: {D|August 5, 2024}
PATIENT: {N|Feng Li-Wen}    MRN: {M|M00348827}
FACILITY: {G|Makai Orthopedic Surgery Center}, OR 7
SURGEON: {N|Kaleo Kaʻahanui}, MD
ASSISTANT: {N|Summer Delacroix}, PA-C
ANESTHESIOLOGIST: {N|Igor Petrenko}, MD -- general ETT

PREOP DX: Right hip osteoarthritis, end stage
POSTOP DX: Same
PROCEDURE: Right total hip arthroplasty, posterior approach

IMPLANTS:
  Acetabular shell 54 mm, REF 1217-22-054, LOT {DV|4471093}
  Liner, highly crosslinked poly 36 mm ID, LOT {DV|L2209-5518}
  Femoral stem size 6, standard offset, SN {DV|FS6-20931774}
  Femoral head CoCr 36 +1.5, REF 1365-36-000, LOT {DV|8832KQ11}

EBL 350 mL. IVF 1.8 L LR. TXA 1 g IV x2. Drains: none. Specimen: femoral head to path.

INDICATIONS: 71 yo M with Tonnis grade 3 OA, failed PT, NSAIDs and 2 steroid injections; Harris Hip Score 41.

DESCRIPTION: Pt identified in preop holding, site marked, consent verified. Brought to OR, GETA induced, placed in lateral decubitus on pegboard, all prominences padded. Time-out performed. Posterior approach; short external rotators and capsule tagged. Femoral neck cut 1 cm above lesser trochanter. Acetabulum reamed sequentially to 53, shell impacted at ~40 abduction/20 anteversion, 2 screws. Femur broached to 6; trial reduction stable to 90 flexion/45 IR, leg lengths equal. Final components impacted. Capsule and rotators repaired through drill holes. Layered closure, Prineo dressing.
Extubated, to PACU stable. Dr. {N|Kaʻahanui} was present and scrubbed for the entire case.
Plan: WBAT, posterior hip precautions x 6 wk, aspirin 81 mg BID x 35 d. Post-op visit {D|8/19/24} with {N|Summer Delacroix}, PA-C.
Dictated {D|8/5/2024} 15:40, job #{O|7718203}
""")

add("note08_consult", """
CARDIOLOGY CONSULT
Requesting: Dr. {N|Faith Adeyemi} (hospitalist)     Date: {D|4/14/25}
Pt: {N|Brennan, Walter J}    DOB {D|3/30/1931}    MRN {M|6620148}    Rm 5112
Reason: syncope in {A|93} yo w/ PPM

HPI: Mr. {N|Brennan} is a {A|93}-year-old retired machinist with CHB s/p dual-chamber PPM (implanted {D|Feb 2016} at {G|Coral Palms Medical Center}, {C|Fort Lauderdale}) who had a witnessed syncopal episode at his grandson's wedding in {C|Boca Raton} on Saturday. Per grandson {N|Tyler}, he stood up for a toast, became pale, slumped, and was out <30 s. No seizure activity, no incontinence. Recently started tamsulosin for BPH; already on HCTZ 25.

Device: Medtronic Azure XT DR MRI, SN {DV|RNB604218S}. RA lead SN {DV|PJN7721093}, RV lead SN {DV|PJN7720881}.
Interrogation today: battery 7.9 yrs, A-paced 38%, V-paced 99%, thresholds/impedances stable. No arrhythmia episodes logged around the event. Mode DDDR 60/130.

Exam: orthostatics positive (supine 142/78 HR 70 -> standing 3 min 108/64 HR 72). II/VI SEM RUSB. No carotid bruits. Neuro nonfocal.
ECG: AV sequential pacing at 70.

Impression/Recs:
1. Syncope -- most c/w orthostatic hypotension (HCTZ + tamsulosin, poor PO intake). Device functioning normally; not an arrhythmic event.
   - d/c HCTZ; tamsulosin at bedtime only; liberalize fluids.
   - No Holter needed given device diagnostics.
2. AS murmur -- TTE as outpt.
His wife, 89, will need help with transport; SW consulted.
Thank you for the consult. -- {N|Alejandro Ibarra-Quinn}, MD, FACC   {P|(954) 555-0117}
cc: Dr. {N|Miriam Feldstein} (PCP, {C|Delray Beach}); {G|Coral Palms Medical Center} Device Clinic, fax {F|954-555-0163}
""")

add("note09_nursing", """
{N|Szymanski, Agnes}   Rm 318   MRN {M|1187734}
Nursing note 0300: Pt resting, A&Ox2 (baseline per dtr). Bed alarm on. 2L NC, SpO2 95%. Foley draining clear yellow 250 mL since 2300. Repositioned q2h, Braden 13, Morse 55. Daughter {N|Dawn} called at 0145 for update, given per pt's verbal consent on file; her number {P|716-555-0190}. Pt asking for "{N|Ray}" (son) x3 -- reoriented, calmed w/ music. Will endorse to day RN {N|Carter}.
-- {N|K. Obi}, RN
""")

add("note10_sw", """
SOCIAL WORK ASSESSMENT
Pt: {N|Jamal Whitfield}, 47M     MRN {M|3318846}     DOB {D|8/2/1977}
Pt phone (prepaid): {P|773-555-0182}
Referral reason: homelessness, EtOH use, d/c planning

Met with pt at bedside {D|3/18/25}. Pt reports staying at {G|Harbor Light Men's Shelter} on {ST|1275 W Division St} for ~2 months following eviction from apt in {C|Gary}, IN in {D|January 2025}. Previously forklift operator; lost job in 2023. Has Medicaid -- ID {HP|IN441902837}, verified via portal. Sister {N|Loretta Whitfield-Banks} in {C|Hammond} ({P|219-555-0134}) willing to store belongings but cannot house him.

Pt's car (2009 Chevy Impala, IN plate {V|482JWR}) impounded at city lot; pt worried re: fees.

AUDIT-C 10. Last drink {D|3/15}. CIWA max 12 this admit. Pt expresses interest in residential tx.

Plan:
1. Referral faxed to {G|Second Chance Recovery House} (intake coord. {N|Bishop}, {P|(312) 555-0175}); intake # {O|SCR-25-0412}.
2. Bus pass provided; PCP f/u at {G|Westside Health Center} {D|3/27} 9:00.
3. Shelter case manager {N|Dolores Amato} ({P|312-555-0161}) updated.
4. Will f/u Thursday.
{N|Renée Castellanos}, LCSW
""")

add("note11_uk_letter", """
Rheumatology Department
{G|Royal Pennine Infirmary}
{ST|Claremont Road}
{C|Huddersfield}

Tel: {P|01484 496210}     Fax: {F|01484 496299}

Dictated: {D|12/02/2025}     Typed: {D|19/02/2025}

Dr {N|R Chaudhry}
{G|Lindley Moor Surgery}
{ST|44 Acre Street}
{C|Huddersfield}

Dear Dr {N|Chaudhry}

Re: Mrs {N|Margaret Ann Holroyd}, DOB {D|04/11/1948}, Hosp No {M|K4471930}
{ST|7 Birkby Hall Road}, {C|Lindley}, {C|Huddersfield}

Diagnoses:
1. Seropositive rheumatoid arthritis (RF 88, anti-CCP >340), DAS28-CRP 4.6
2. Osteoporosis (T-score -2.8 L1-L4, DEXA {D|June 2024})
3. Previous Colles fracture 2019

I reviewed Mrs {N|Holroyd} in clinic today with her husband {N|Geoffrey}. She has had active synovitis of both wrists and the 2nd/3rd MCPs despite sulfasalazine 1 g bd. I have therefore stopped sulfasalazine and started methotrexate 15 mg once weekly (Mondays), increasing to 20 mg after 4 weeks, with folic acid 5 mg once weekly on a different day. I gave her Depo-Medrone 120 mg IM today as bridging.

I would be grateful if you could arrange FBC, U&E and LFT every 2 weeks for 6 weeks, then monthly. She has had her Pneumovax. I will see her again in {D|May 2025}. If any problems she can ring our advice line on {P|01484 496233}.

Yours sincerely

Dr {N|Siobhan Whitworth}
Consultant Rheumatologist
Secretary: {N|Joanne Haigh}, direct line {P|01484 496215}

cc: Mrs {N|M A Holroyd} (patient)
""")

add("note12_irish_letter", """
Department of Gastroenterology
{G|Mercy Bay University Hospital}, {C|Cork}

{D|3rd March 2025}

Dr {N|Pádraig Ó Súilleabháin}
{G|Ballincollig Medical Centre}
{C|Ballincollig}, {CO|Co. Cork}

Re: {N|Aoife Ní Bhriain}    DOB {D|17/08/1996}    MRN {M|0382214}
    {ST|12 Ashgrove Lawn}, {C|Douglas}, {CO|Co. Cork}

Dear {N|Pádraig},

I saw her in clinic on {D|27/02/2025}. Thank you for referring this 28-year-old nurse with a 6 month history of bloody diarrhoea. Colonoscopy on {D|24/02/2025} showed continuous inflammation from the rectum to the splenic flexure, Mayo endoscopic subscore 2. Histology (ref {O|H25/1183}) was consistent with chronic active colitis with no dysplasia; CMV IHC negative. This is left-sided ulcerative colitis (E2).

I have started mesalazine 4 g OD plus Pentasa 1 g PR nocte. Faecal calprotectin was 1,240. She works nights at {G|St. Finbarr's Nursing Home} and I have given her a letter for work. She knows to contact our IBD nurse {N|Bríd Kelleher} on {P|021 492 2555} or by mobile on {P|087 555 3172} if she has more than 6 bloody stools a day, fever or tachycardia.

Review in the IBD clinic on Thursday {D|24th April 2025}; secretary's direct line {P|021 492 2310}.

Kind regards,

Dr {N|Ciarán Mac Giolla Phádraig}
Consultant Gastroenterologist

cc: Ms {N|Aoife Ní Bhriain}, by email {E|aoife.nibhriain@eirmail.ie}
""")

add("note13_aus_letter", """
{G|Eureka Street Medical Clinic}
{ST|210 Sturt Street}, {C|Ballarat} VIC
Ph {P|(03) 5331 8870}    Fax {F|(03) 5331 8871}

{D|14 November 2024}

Dr {N|Mei-Ling Tan}
Endocrinology Outpatients
{G|Grampians Regional Health}
{C|Ballarat Central} VIC

Dear Dr {N|Tan},

Re: Mr {N|Bruce Kenneth Pemberton}    DOB {D|02.06.1963}    Medicare {HP|2951 48371 2}
{ST|4/18 Lydiard St North}, {C|Wendouree}    Mob {P|0412 556 901}

Thanks for seeing {N|Bruce}, 61, a retired shearer with poorly controlled T2DM (HbA1c 9.8% / 84 mmol/mol on {D|30/10/24}) despite metformin XR 2 g and gliclazide MR 120 mg. eGFR 58, UACR 7.2. BMI 34. He's not keen on injectables but might consider an SGLT2i or GLP-1 RA if PBS-subsidised. He's had several hypos on gliclazide when working on his brother's property out near {C|Beaufort}.

PMHx: AMI 2017 (stent to LAD at {G|Lake Wendouree Private Hospital}), OSA on CPAP, gout.
Meds: as above plus aspirin 100, rosuvastatin 20, perindopril 5, allopurinol 300.

Happy for him to be seen via telehealth if easier -- his wife {N|Sharon} usually drives (mob {P|0438 771 204}).

Regards,

Dr {N|Liam Fitzgerald-Ngata}
MBBS FRACGP
Provider No. {O|4471829T}
{E|reception@eurekastmed.com.au}

cc: Dr {N|Priya Nair}, {G|Ballarat Heart Clinic}
""")

add("note14_canada_letter", """
{G|Erindale Family Health Team}
{ST|2227 South Millway, Suite 300}, {C|Mississauga}, ON

CONSULTATION REQUEST -- NEUROLOGY
To: Dr. {N|Navdeep Sandhu}, {G|Trillium Lakes Neurology Clinic}, {C|Toronto}     Fax: {F|416-555-0177}
From: Dr. {N|Emily Tremblay}     Tel {P|905-555-0142}     Fax {F|905-555-0143}
Date: {D|2025-01-07}

Patient: {N|Ahmad Reza Karimi}     DOB: {D|1980/05/19}     OHIP: {HP|4832-719-506-KT}
Address: {ST|3187 Glen Erin Dr, Unit 22}, {C|Mississauga}, ON
Phone: {P|647-555-0198}     Email: {E|akarimi80@outlook.com}

Reason for referral: 44M, hx R Bell's palsy 2016 (fully resolved). Since {D|Aug 2024} 3 episodes of transient L hand + L perioral numbness lasting 10-20 min, no weakness, no headache after. ?TIA vs sensory migraine aura vs focal seizure. BP 128/80, A1c 5.6, LDL 3.9. ECG NSR. Carotid doppler normal. MRI brain booked at {G|Credit River Imaging} for {D|Jan 22}.

Previously seen by Dr. {N|Farhad Mousavi} in {C|Tehran} in 2016 (records in Farsi, attached). Started ASA 81 mg daily. Not driving since last episode (advised re: MTO reporting).

Urgency: semi-urgent (within 4-6 wks). Pt speaks Farsi and English; wife {N|Shirin} prefers to be contacted on her cell {P|+1 (647) 555-0116}.

Thank you,
{N|Emily Tremblay}, MD CCFP
""")

add("note15_triage", """
Triage {D|6/1} 2217: {A|91}F from {G|Brookhaven Manor} w/ fever 38.9, cough, ?aspiration. Niece ({N|Rose}) en route. DNR/DNI per MOLST. ESI 2.
""")

add("note16_psych", """
PSYCHIATRY INTAKE -- {G|Cedar Hollow Behavioral Health}
Name: {N|Kaitlyn Brooke Sorensen}    DOB: {D|9/9/2006}    MRN: {M|BH-220914}
Date of service: {D|Feb 27, 2025}    Clinician: {N|Daniel Yoon}, PsyD

ID: 18 yo F, freshman at {G|Western Plains State University} (student ID {O|W00718842}), brought in by RA after roommate found a note; medically cleared in ED at {G|Dakota Plains Medical Center} by Dr. {N|Ingrid Solheim}.

HPI: Reports worsening low mood x ~4 months, anhedonia, sleeping 12-14 h, skipping classes, 4 kg wt loss. PHQ-9 = 22, GAD-7 = 16. C-SSRS: passive SI daily, + plan (acetaminophen), denies intent today, no preparatory behavior. Last attempt age 15 (sertraline OD, admitted {G|Prairie Rose Children's Hospital}). No psychosis, no mania sx. EtOH 4-5 drinks on weekends, vapes nicotine.

Collateral: Mother {N|Kristin Sorensen} ({P|605-555-0127}) in {C|Sioux Falls}; pt consented to contact. Father not involved. Roommate {N|Hope Adeyinka} and RA {N|Marcus} accompanied.
Pt email for portal: {E|ksorensen06@wpsu.edu}     Ins: Sanford Health Plan, ID {HP|SHP88102441}

MSE: casually dressed, poor eye contact, psychomotor slowing, mood "empty", affect constricted, TP linear, SI as above, no HI/AVH, insight partial, judgment fair.

Dx: MDD, recurrent, severe w/o psychotic features (F33.2). R/o AUD.
Plan: voluntary admission to young adult unit; safety plan; restart sertraline 50 mg; labs incl TSH, hCG, UDS. Discussed with Dr. {N|Amir Haddad} (attending).
""")

add("note17_peds", """
Well child 2 mo -- {G|Little Oaks Pediatrics}
Pt: {N|Santiago Mendoza-Flores}    DOB {D|12/15/24}    MRN {M|P0045571}
Accompanied by mom {N|Yesenia Flores} and abuela; dad {N|Mateo Mendoza} works in {C|McAllen}, joined by phone. Spanish interpreter {N|Ana} #{O|40881} used.

Birth hx: 39+2 wk SVD at {G|Valley Baptist Women's Pavilion}, BW 3.41 kg, Apgars 8/9, no NICU. HepB #1 given.
Growth: wt 5.6 kg (55%ile), len 58 cm (48%ile), HC 39.5 cm (60%ile).
Feeding: breastfed + 2 oz formula at night. Stools yellow, seedy.
Dev: social smile +, coos, lifts head 45 deg prone.
PE: AFOF, red reflex present b/l, Ortolani/Barlow neg. Mild diaper dermatitis -- zinc oxide.
Vaccines today: DTaP-IPV-Hib-HepB, PCV20, RV. VIS given.
Next visit 4 mo ~{D|4/15/25}. Mom's cell {P|956-555-0183}. Family lives in {C|Harlingen} with maternal grandparents; sister {N|Valentina}, 4, attends {G|Rayito de Sol Head Start}.
""")

add("note18_ob", """
L&D Admission Note   {D|07/04/2024} 0455
{N|Mariam Yusuf Hassan}   MRN {M|OB-5529013}   DOB {D|02/11/1995}
29 y/o G3P1011 @ 38w5d by 1st tri US, EDD {D|7/13/24}
PNC at {G|Eastside Women's Clinic} with Dr. {N|Page}; records reviewed.
Labs: GBS neg ({D|6/3}). O+, Ab screen neg. RPR NR, HIV neg, HBsAg neg, rubella immune. GDM A1, diet controlled, CBGs at goal.
HPI: ctx q3-4 min since 0100, SROM 0330 clear fluid. +FM. No VB.
SVE: 5/80/-1. FHT cat I, baseline 135, moderate variability, + accels, no decels. Toco q3 min.
Plan: admit, epidural per pt request, Pitocin augmentation prn, CBG q4h. Partner {N|Abdirahman} at bedside; Somali interpreter by phone, ID #{O|221738}.
Peds: Dr. {N|Luis Ferreira}, {G|Eastside Pediatrics}.
{N|C. Ward}, CNM
""")

add("note19_onc", """
HEM/ONC PROGRESS NOTE
{N|Goldberg, Esther R}    MRN {M|77-01-3382}    DOB {D|11/1/1949}
Visit {D|3/4/2025} -- C4D1 FOLFOX + bevacizumab
Referring: Dr. {N|Ashok Venkataraman}, {G|Hudson Valley GI Associates}
Dx: Stage IV CRC (KRAS G12D, MSS, BRAF wt), liver mets, dx {D|10/2024}

Labs:
| Date         | WBC | ANC | Hgb  | Plt | CEA  |
| {D|12/10/24} | 6.1 | 4.0 | 11.8 | 212 | 48.2 |
| {D|01/07/25} | 4.4 | 2.6 | 10.9 | 160 | 31.0 |
| {D|02/04/25} | 3.9 | 1.9 | 10.2 | 131 | 22.7 |
| {D|03/04/25} | 3.2 | 1.6 | 10.4 | 118 | n/p  |

Tolerating well. Grade 1 cold-induced neuropathy. ECOG 1. BP 148/86 on bev, UPCR 0.4.
Plan: proceed w/ C4; if neuropathy gr 2, reduce oxaliplatin 85 -> 65 mg/m2. CT C/A/P after C6. Son {N|David} (POA) requests copies of notes -- faxed to his office {F|(212) 555-0168} per signed ROI.
Next: labs {D|3/17}, C5D1 {D|3/18/25} chair 6 w/ {N|Colette Baptiste}, RN.
Dr. {N|Farida Hassanzadeh} / {N|Will Thornton}, NP
""")

add("note20_telephone", """
TELEPHONE ENCOUNTER   Tue {D|4/22/25} 9:14 AM
Caller: {N|Grant Mbeki} (self)     Callback: {P|301 555 0179}
DOB verified {D|5/5/1962}. MRN {M|4088213}.
Reason: out of losartan 50 mg, pharmacy says no refills. Also asks if ok to take ibuprofen for back pain.
Advised: 90-day supply sent to pharmacy on file ({C|Olney}, ph {P|301-555-0120}). Avoid NSAIDs given CKD 3a (eGFR 52); acetaminophen 650 mg q6h prn, max 3 g/day. Keep appt w/ Dr. {N|Chen-Ramirez} on {D|May 2}.
{N|Lillian Ortiz}, LPN
""")

add("note21_transfer", """
INTERFACILITY TRANSFER SUMMARY
From: {G|Pinecrest Skilled Nursing & Rehab}, {ST|2250 NE Neff Rd}, {C|Bend}, OR {Z|97701}
Facility ph {P|541-555-0100}   fax {F|541-555-0101}
To: ED, {G|High Desert Regional Hospital}
Date/time: {D|01/19/2025} 1930

Resident: {N|HARTLEY-MOORE, Evelyn Frances}    DOB: {D|10/02/1928}    Age: {A|96}
Facility resident #: {M|PSN-00772}     Medicare {HP|7XJ2-WQ4-HD19}     Attending: Dr. {N|Raymond Sato}
Code status: DNR/DNI, POLST on file (copy attached)

Reason for transfer: acute change in mental status, T 38.6, SpO2 86% RA -> 93% on 3 L.
Hx: Alzheimer dementia (FAST 6c), HFpEF, CKD 4, C. diff {D|Aug 2023}, R hip ORIF 2021.
Allergies: PCN (hives), sulfa
Meds: donepezil 10 mg qHS, furosemide 20 mg daily, metoprolol tartrate 12.5 mg BID, senna, acetaminophen 650 q6h prn
Baseline: pleasant, oriented to self, feeds self w/ setup, wheelchair for distances.

POA: grandson {N|Ethan Hartley} ({P|541-555-0178}); please call on arrival. Her son ({N|Robert}, 71) is also listed but lives in {C|Boise}.
Sent with: face sheet, MAR, POLST, hearing aids (L+R), upper denture.
Report called to ED RN {N|Jasmine} at 1915 by {N|Pat Kowalczyk}, LPN.
""")

add("note22_india", """
{G|Sahyadri Heart & Lung Hospital}, {C|Pune}
OPD CONSULTATION        Date: {D|18-01-2025}
Patient: Mr. {N|Venkatesh Subramaniam Iyer}    Age/Sex: 58/M    UHID: {M|SHL2501188}
Address: {ST|Flat 402, Shanti Kunj Apartments, Baner Road}, {C|Pune}
Mobile: {P|+91 98220 41736}
Ref by: Dr. {N|Sneha Kulkarni}, {G|Aundh Family Clinic}

C/o: breathlessness on exertion (NYHA II) x 3 months, occasional palpitations.
K/c/o: DM-2 x 12 yrs (Tab. Glimepiride 2 mg + Metformin 1000 mg BD; follows at {G|Deccan Diabetes Centre}), HTN x 8 yrs.
O/E: PR 104/min irregularly irregular, BP 130/84 mmHg, SpO2 97% RA. JVP not raised. B/L basal creps.
ECG: AF with FVR. 2D Echo: LVEF 45%, LA 46 mm, mild MR, no clot.
Adv:
  1. Tab. Metoprolol 25 mg BD
  2. Tab. Apixaban 5 mg BD
  3. Tab. Dapagliflozin 10 mg OD
  4. TFT, HbA1c, lipid profile, S. creatinine
Review on {D|1st February 2025} with reports. Son {N|Karthik} (in {C|Bengaluru}) may be contacted on {P|+91 80 4718 2290}.

Dr. {N|Aniruddha Deshpande}, MD DM (Cardiology)    Reg. No. {L|MMC 2009/04/1873}
{E|drdeshpande.cardio@sahyadrihl.in}
""")

add("note23_nigeria", """
{G|Lagoon Crest Specialist Hospital}, {C|Lekki}, {C|Lagos}
DISCHARGE SUMMARY

Name: {N|Chukwuemeka Obiora Nwachukwu}    Hosp. No: {M|LCSH/24/08813}    Age: 63
Address: {ST|7 Admiralty Way}, {C|Lekki}
Date of admission: {D|2nd Dec 2024}    Date of discharge: {D|9th Dec 2024}

Diagnosis: Severe falciparum malaria with AKI (resolved). Background: HTN.
Management: IV artesunate 2.4 mg/kg at 0, 12, 24 h then artemether-lumefantrine 80/480 BD x 3 days. Peak creatinine 3.1 mg/dL, 1.4 at discharge. No haemodialysis required. PCV nadir 24%, transfused 1 unit.
Discharge meds: amlodipine 10 mg daily, folic acid 5 mg daily x 1/12.
Follow-up: MOPD in 2 weeks with Dr. {N|Folasade Ogunleye}.
Discharging doctor: Dr. {N|Ifeoma Chukwu-Eze}
Relative: wife, Mrs. {N|Ngozi Nwachukwu}, {P|+234 803 555 2271}. Patient will stay with daughter ({N|Chiamaka}) in {C|Abuja} ({ST|Plot 14, Aminu Kano Crescent}) for 4 weeks.
""")

add("note24_id_consult", """
ID CONSULT
Pt: {N|José Luis Ochoa Bañuelos}, 52M     MRN {M|2034-77165}     DOB {D|9/12/1972}     {D|2/6/25}
Q: prolonged fever after travel

52M, lives in {C|Santa Ana}, returned {D|Jan 31} from 6 wk visit to family in {C|Guadalajara} and {C|Tepatitlán}, Jalisco. Fevers to 39.5 x 10 d, relative bradycardia, mild abd pain, constipation. Treated at {G|Clínica San Rafael} in {C|Zapopan} on {D|1/28/25} w/ ceftriaxone x3 d for "tifoidea"; records faxed by Dr. {N|Guadalupe Arreola} ({P|+52 33 3555 0191}). Ate street food, drank unbottled water, no freshwater swimming, no animal contacts. Unpasteurized queso fresco +.

Exam: T 39.1, HR 84. Faint rose spots on abdomen? Spleen tip palpable.
Labs: WBC 3.9, plt 118, AST 88 ALT 102. BCx x2 pending ({D|2/5}). Malaria smear neg x1. Brucella serology sent.

A/P: Enteric fever most likely (partially treated), ddx brucellosis, dengue (outside window), rickettsial.
- Azithromycin 1 g PO daily x 7 d (high FQ resistance)
- F/u BCx, Brucella Ab, stool cx
- Discussed w/ pt's wife {N|Guadalupe} (same name as outside MD) in Spanish; her cell {P|714-555-0126}.
{N|Naomi Abernathy-Oduya}, MD, Infectious Diseases
""")

add("note25_hospice", """
{G|Heartland Valley Hospice} -- RN recert visit {D|March 3rd, 2025}
Patient: {N|Beaumont, Ruth Ann}, {A|97} y/o F -- terminal dx: end-stage HFpEF; secondary: adult FTT
MBI {HP|1EG4TE5MK72}    Hospice MRN {M|H-10334}
Lives with daughter/caregiver {N|Faith Beaumont-Ross} at {ST|1617 Orchard Hill Ln}, {C|Wooster}, OH {Z|44691} ({CO|Wayne County}).

PPS 30% (40% at last recert {D|1/2/25}). MAC 19.5 cm (22 cm in {D|Oct 2024}). Intake <25% of meals. Sleeping ~20 h/day. Stage 2 sacral PI 2 x 1.5 cm, new since {D|2/20}.
Sx mgmt: morphine oral soln 20 mg/mL, 2.5 mg SL q2h prn dyspnea -- using 3-4x/day. Lorazepam 0.5 mg q6h prn. Senna-S 2 tabs qHS.
{N|Faith} reports pt said last Sunday that she "is ready to go home to {N|Harold}" (late husband).
Plan: continues to meet criteria; recert for benefit period 3 signed by hospice MD Dr. {N|Kwabena Ofori-Atta}. Chaplain {N|Moses Adjei} to visit Friday. Next RN visit Thursday 10:00.
{N|Becky Lindgren}, RN, CHPN   on-call line {P|330-555-0181}
""")

add("note26_trauma", """
TRAUMA H&P -- Level II activation    {D|09/14/2024} 2348
Pt: {N|Kowalski, Brandon Lee}    DOB {D|03/02/2001}    MRN {M|TR0192284}
Home: {ST|412 Wildwood Rd}, {C|Alcoa}, TN {Z|37701}     EMS run # {O|BC24-09917}

Mechanism: restrained driver, single-vehicle MVC vs tree on Hwy 129 near {C|Maryville} ({CO|Blount County}), ~45 mph, +airbag. Extricated by FD (~20 min).
Vehicle: 2015 Honda Civic, TN tag {V|BLR-4471}, VIN {V|2HGFC2F59FH512873} (per sheriff's report #{O|24-118873}, Deputy {N|Travis Keller}, badge {O|4417}).
ID: TN driver license {L|098443217} found in wallet. Front-seat passenger {N|Kayla Nguyen} taken to {G|Smoky Ridge Medical Center}.

Primary: A intact, B equal BS, SpO2 97% NRB, C HR 118 BP 104/70, D GCS 13 (E3V4M6), E abrasion L chest (seatbelt sign).
FAST: neg. CXR: no PTX. Pelvis XR neg.
CT: small R frontal SAH, L rib fx 4-6, no solid organ injury. C-spine neg (NEXUS not applicable, imaged).
EtOH 0.14. UDS + THC.

Plan: admit TICU, neurosurg consulted (repeat CT head 6 h), Keppra 7 d, rib fx protocol, tertiary survey AM.
Mother {N|Deborah Kowalski} notified at {P|(865) 555-0151} by Chaplain {N|Aaron Feld} at 0115.
{N|Oksana Dovzhenko}, MD, Trauma Surgery
""")

add("note27_rx", """
Controlled Substance Rx Note -- Pain Management
Prescriber: {N|Marisol Vega-Castillo}, MD     DEA: {L|BV4418273}     NPI: {O|1730482291}     FL Lic: {L|ME118204}
Pt: {N|Kenji Watanabe}     DOB {D|12-03-1966}     MRN {M|0338-1147}     Ph {P|(407) 555-0166}

PDMP (E-FORCSE) reviewed {D|4/30/2025}: single prescriber, single pharmacy, no early fills. UDS {D|4/2} c/w prescribed (oxycodone +, no illicits).
Dx: lumbar spondylosis w/ radiculopathy (M47.26), s/p L4-5 fusion 2019.
Rx: oxycodone IR 5 mg 1/2-1 tab q6h prn, #60, 0 RF. MME 30/day. Naloxone 4 mg nasal spray Rx'd.
Opioid agreement signed {D|1/15/24}, renewed today. PEG score 5 (was 7). Next pill count random. RTC {D|5/28/25}.
""")

add("note28_priorauth", """
PRIOR AUTHORIZATION -- Specialty Pharmacy
Member: {N|Delgado, Carmen Rosa}     DOB {D|07/07/1977}
Member ID: {HP|W284719306}     Group #: {HP|0086172-011}     RxBIN 610502  PCN ADV
Prescriber: {N|Obinna Eze}, MD (Rheumatology)     NPI {O|1588120934}     Fax {F|305-555-0129}

Drug: adalimumab-adaz 40 mg/0.4 mL SC q2wk
Dx: L40.50 psoriatic arthritis; L40.0 psoriasis vulgaris. BSA 12%, PASI 14.
Prior therapies: methotrexate 15 mg weekly x 6 mo ({D|03/2024}-{D|09/2024}) -- inadequate response; apremilast 30 mg BID x 3 mo -- GI intolerance.
TB (QuantiFERON) neg {D|2/11/25}. HBV sAg neg.

Status: Auth # {O|PA-25-77100432} approved {D|5/9/25} through {D|5/8/26}. Claim ref {O|CLM0049918273}.
Pt acct {AC|GR-1104722}     Contact: {N|Tasha Greene}, CPhT, {P|800-555-0144}
""")

add("note29_portal", """
Patient portal message received Sun {D|6/8/2025} 11:52 PM
From: {N|Eleanor Vasquez-Whitmore} <{E|eleanor.vw1954@gmail.com}>     MRN {M|HV-3381027}
Subject: rash after new BP med

Hi Dr {N|Osei}, since starting the amlodipine last week my ankles are swollen and I have a red itchy rash on both shins. I uploaded photos here {U|https://portal.harborviewfm.org/msg/att/88213?id=4471} -- not sure it worked. Should I stop it? I am at my grandson's in {C|Reno} until {D|June 15}. Thank you, {N|Ellie}

Staff note: login flagged from unrecognized IP {IP|73.189.42.211}; pt confirmed by phone ({P|775-555-0142}) she is traveling.
Reply ({N|A. Osei}, MD, {D|6/9/25}): ankle edema is a common amlodipine side effect, rash less so. Please hold amlodipine, take losartan 25 mg daily instead (Rx sent to pharmacy in {C|Reno}), and book a video visit this week.
""")

add("note30_registration", """
REGISTRATION / ID VERIFICATION -- {G|Blue Ridge Community Hospital}, Patient Access
Pt: {N|Tremaine DeShawn Carter}     DOB {D|04/19/1993}     SSN {S|231-58-7740}
Address: {ST|PO Box 1187}, {C|Boone}, NC {Z|28607} ({CO|Watauga County})
Home {P|828-555-0132}     Work {P|828.555.0161}
Insurance: BCBS NC, subscriber ID {HP|YPB928471033}, group {HP|71820}
Guarantor acct {AC|G00481927}     Encounter {AC|E25-3391046}
Emergency contact: {N|Summer Carter} (spouse) {P|828-555-0107}
Photo ID: NC DL {L|000028411902}, exp {D|04/19/2029}
Verified by {N|Tina Reinholt}, Patient Access Rep, emp ID {O|PA3317}   {D|02/28/2025} 07:41
""")

add("note31_echo", """
TRANSTHORACIC ECHOCARDIOGRAM
Patient: {N|ABDULLAH, OMAR F}     MRN: {M|6158842}     Study date: {D|08/19/2024}
Ht 178 cm   Wt 91 kg   BSA 2.12 m2   BP 136/82   HR 64   Rhythm: SR
Accession: {O|EC24-55120}
Referring: Dr. {N|Natasha Ivanova}, {G|Summit Internal Medicine}
Indication: murmur, ?AS (I35.0)

Measurements:
  LVIDd 5.1 cm   IVSd 1.3 cm   LVPWd 1.2 cm   LVEF (biplane) 58%
  AV Vmax 3.6 m/s   Mean gradient 31 mmHg   AVA (VTI) 1.1 cm2   DI 0.29
  E/A 0.7   E/e' avg 13   TR Vmax 2.6 m/s   RVSP 32 mmHg

Conclusions:
1. Moderate aortic stenosis; calcified trileaflet valve.
2. Normal LV size, mild concentric LVH, preserved EF.
3. Grade I diastolic dysfunction.
Compared with prior {D|03/2022}: AV mean gradient increased from 19 mmHg.

Reader: {N|Helena Sokolova}, MD, FASE     Sonographer: {N|J. Brown}, RDCS
cc: Dr. {N|Natasha Ivanova}
""")

add("note32_ed_typos", """
ed note - pt {N|mohammed al-rashidi} dob {D|3/3/86} mrn {M|40091127} 38m c/o abd pain x3d. seen at {G|st lukes} 2 days ago, told gastritis, gave pantoprazole. pain worse now RUQ, +murphys, temp 38.4, hr 104. lft pending, lipase 40, wbc 15.2. bedside US: gb wall thick 5mm, pericholecystic fluid, multipel stones, sonographic murphy +. dx acute chole. surg paged (dr {N|hunter}) @ 1420, will see. pt brother {N|khalid} at bedside, phone {P|6145550128}. pcp dr {N|yang} at {G|linden clinic}. pt lives in {C|columbus} off {ST|morse rd}, works nights at warehouse. NPO, LR 1L bolus, zosyn 4.5g, dilaudid 0.5 iv prn, zofran. admit gen surg.
""")

add("note33_quebec_geri", """
{G|Hôpital Sainte-Geneviève} -- Hôpital de jour gériatrique
{C|Montréal} (Québec)

{C|Montréal}, le {D|5 mars 2025}

Dr {N|Étienne Moreau}
{G|CLSC Rosemont}

Re: Mme {N|Jeannine Lefebvre-Côté}, aged {A|101}, RAMQ {HP|LEFJ 2304 1519}, dossier {M|HSG-0044172}

Dear Dr {N|Moreau},

I saw Mme {N|Lefebvre-Côté}, a remarkably independent centenarian, at your request for falls and weight loss. She has fallen twice in the past 3 months, both at night on the way to the toilet. MoCA 21/30 (8 yrs of schooling), gait speed 0.6 m/s, TUG 19 s, CFS 5. Orthostatic drop 24 mmHg systolic. Weight 44 kg (from 49 kg a year ago).

Her son {N|Luc}, 74 ({P|514-555-0170}), lives with her on {ST|4410 rue Saint-Hubert}; her daughter {N|Ginette}, 78, visits from {C|Laval} on weekends.

Recommendations:
1. Stop zopiclone 7.5 mg and reduce hydrochlorothiazide (probable contributors).
2. Night light, bedside commode; OT home visit requested.
3. Vitamin D 1000 IU daily; nutrition referral.
4. Return to our day hospital in 6 weeks; our nurse can be reached at {P|514-555-0136}.

Sincerely,
{N|Marie-Claude Nadeau}, MD FRCPC, gériatre
""")

add("note34_pt", """
PT Daily Note   {D|10/10/24}   Tx time 0830-0915
Pt: {N|Fatima Zahra Benali}     MRN {M|2290417}     DOB {D|1/27/1961}
Dx: s/p L TKA POD 3 (Dr. {N|Grayson})
S: "stiff but better." Pain 5/10 pre-tx, took oxycodone 5 mg at 0730.
O: AROM L knee 5-85 deg, quad lag 10 deg, SLR w/ assist. Amb 150 ft RW CGA -> SBA, stairs x4 w/ rail step-to. Timed Up and Go 24 s.
A: progressing; safe for d/c home w/ husband's assist.
P: d/c home today; HHPT via {G|Sunrise Home Health} ({P|(734) 555-0193}) to start {D|10/12}. HEP issued (heel slides, quad sets, SAQ). Husband {N|Youssef} present for education.
-- {N|Jordan Lee}, PT, DPT
""")

add("note35_pharm", """
PHARMACY CONSULT -- vancomycin dosing & monitoring
{N|O'Sullivan, Bridget}     MRN {M|3310098}     DOB {D|04/30/1958}     Loc 7N-14     {D|9/22/24}
Indication: MRSA bacteremia (BCx {D|9/20} 2/2 sets), source ?L knee septic arthritis; ortho washout {D|9/21}.
Wt 68 kg, Ht 163 cm, SCr 0.9 (stable), CrCl ~68 mL/min (Cockcroft-Gault, TBW).
Loading dose 1750 mg given {D|9/20} 1900. Current 1000 mg IV q12h.
AUC estimate (Bayesian, 2 levels): 462 mg*h/L -> target 400-600 met.
Rec: continue 1000 mg q12h; repeat SCr daily, level in 72 h. Recommend TEE to r/o endocarditis; ID following (Dr. {N|Whitaker}).
{N|Ngoc Anh Pham}, PharmD, BCIDP / {N|Caleb Yoder}, PharmD (PGY1)
""")

add("note36_dc_snf", """
Discharge to SNF -- nursing handoff
Pt: {N|Lindqvist, Arne}     MRN {M|771042-9}     DOB {D|6/19/1940}     D/C date {D|11/21/2024}
Accepting facility: {G|Willow Creek Health & Rehabilitation}, {ST|880 County Road 12}, {C|Hutchinson}, MN {Z|55350} ({CO|McLeod County})
Nurse report given to {N|Bonnie} at {P|320-555-0196} at 1340. Facility fax {F|320-555-0197}.
Transport: BLS ambulance, pickup 1500.
PCP: Dr. {N|Sigrid Aune}, {G|Hutchinson Family Clinic}, {P|320-555-0111}

Dx: L MCA ischemic stroke (NIHSS 9 -> 4), dysphagia (IDDSI level 5 minced/moist, mildly thick liquids), R hemiparesis.
Lines: PIV removed, tip intact. Foley removed {D|11/19}, voiding. Last BM {D|11/20}.
Skin: Braden 15, no PI. Fall risk high (Morse 65).
Meds sent via MAR; last apixaban 5 mg 0900, atorvastatin 80 mg qHS due tonight.
Wife {N|Marit} (cell {P|612-555-0149}) aware and will meet him there.
F/u neuro clinic, {G|Abbott Northwestern Stroke Clinic}, in 6 wks.
""")

add("note37_lab_critical", """
CRITICAL VALUE NOTIFICATION
Specimen {O|24-298-01174}    Collected {D|12/02/2024} 04:10
Pt: {N|Fitzgerald, Dawn Marie}    MRN {M|09934127}    DOB {D|05/16/1969}    Loc: MICU-8
Result: K+ 6.9 mmol/L (non-hemolyzed; repeat 6.8). Prior 5.1 on {D|12/01/2024} 16:00.
Called to {N|Faith Okonjo}, RN at 04:52; read-back verified. RN to notify Dr. {N|Singh}.
Lab tech: {N|M. Kaplan}, tech #{O|4471}
""")

add("note38_addendum", """
{N|Morris, Haruko}  MRN {M|5119-0032}
Addendum {D|3/3/25}: spoke w/ pt's daughter {N|Yuki Tanaka-Morris} ({P|503-555-0112}) re: biopsy result (benign fibroadenoma). She will bring pt to {G|Rose City Surgical Oncology} on {D|3/10} as planned. -- {N|S. Abrams} MD
""")

add("note39_nz_letter", """
{G|Ōtāhuhu Community Renal Unit}
{C|Auckland}

{D|21 August 2024}

Dr {N|Sione Tuilagi}
{G|Māngere Family Doctors}
{C|Māngere}, {C|Auckland}

Dear {N|Sione},

Re: {N|Talia Fa'amausili Leota}, NHI {M|ZKT4821}, DOB {D|3/7/1971}

{N|Talia} attended our home haemodialysis review today. She is well on 5 x 4.5 h sessions per week; Kt/V 1.6, Hb 112, PO4 1.7, PTH 48. IDWG 1.5-2 kg.

Her family will take her to {C|Apia} for her father's funeral from {D|2 September} for 3 weeks, and we have arranged holiday dialysis at {G|Motootua Dialysis Centre} (contact {N|Losa Fonoti}, charge nurse). Talia's mobile is {P|022 555 0417}; her niece {N|Mele} can be reached on {P|+685 7215503} in Samoa or on {P|021 555 8814} here.

I have given her a letter with her dialysis prescription and medication list (including cinacalcet 30 mg and darbepoetin 40 mcg weekly).

Ngā mihi,

Dr {N|Harriet Waititi-Brown}
Renal Physician

cc: {G|Motootua Dialysis Centre}, {C|Apia}
""")

add("note40_death", """
Pronouncement note
Called to bedside by RN at 0342 on {D|2/11/25}. Pt {N|Stanislaw Zielinski} (MRN {M|3007716}), {A|94} yo M, DNR/comfort care, admitted {D|2/4} for aspiration PNA.
Exam: unresponsive to verbal and painful stimuli, pupils fixed and dilated, no carotid pulse, no heart sounds or breath sounds x 1 min. Pronounced at 0347.
Daughter {N|Irena} notified by phone ({P|773-555-0104}); she is on her way from {C|Skokie}. ME notified ({CO|Cook County}) -- declined jurisdiction, case # {O|ME2025-01877}. OPO ({G|Gift of Hope}) notified, ref {O|GOH-25-1182}; not a candidate.
Attending Dr. {N|Patel} aware. Bedside RN {N|Hyun-woo Park}. Autopsy declined by family.
{N|Benjamin Osterhout}, MD (night float)
""")

# ---------------------------------------------------------------------------
# Clinician questions / requests to an assistant or search box (35)
# ---------------------------------------------------------------------------

add("query01", "summarize the last admission for {N|john o'neill} dob {D|4/5/51}, he was at {G|good samaritan} {D|jan 3}-{D|jan 9} i think")
add("query02", "pt is a {A|93} yo woman from {C|tulsa} ({N|Loretta Pickens}, mrn {M|TU-448120}), wt 52 kg, cr 1.4 -- what dose of apixaban for afib?")
add("query03", "can you draft a letter to Dr. {N|Amara Okafor} at {G|Riverbend Oncology} re: mrn {M|00718823}, needs PET before cycle 3")
add("query04", "what were the potassium trends for {N|Bill Nakamura} over the last week? MRN {M|5520193}, admitted {D|9/14} to 6 East. Dr. {N|Oyelowo} wants them graphed")
add("query05", "write discharge instructions in spanish for {N|maria guadalupe torres}, going home to {ST|418 e cactus ave}, {C|yuma} az {Z|85365}, f/u wound clinic friday")
add("query06", "my pt is {A|90} years old on warfarin, INR 4.2, no bleeding. hold or give vit K? her husband is 88 and manages her meds. anticoag clinic is {G|Fairhaven Anticoagulation Service}, last INR there {D|June 3rd}")
add("query07", "look up the echo from {D|3/2/2024} on patient {N|Rosa Delgado-Whitaker} (dob {D|11/11/1963}) and compare to the one done at {G|Hollister Valley Hospital}")
add("query08", "Mr. {N|Tanaka} in bed 12 -- his son {N|Hiroshi} called ({P|917-555-0136}) asking if dad can get the covid booster today, he's {A|94}. any reason not to?")
add("query09", "icd10 code for fall from ladder at home? pt address {ST|22 birch hollow rd}, {C|keene} nh {Z|03431}, injury date {D|8/17/24}")
add("query10", "pull last 3 a1c results for acct {AC|44019283-02} ({N|Ozturk, Selin}) and send to dr. {N|frank}")
add("query11", "hey can u make a sick note for {N|abebe girma}, seen today {D|2/14/25} for influenza A, off work until {D|2/18}")
add("query12", "Prior auth appeal letter for Humira please. Member ID {HP|XKP448102993}, group {HP|00192}, pt {N|Dana Whitlock} DOB {D|10/30/1985}. Failed MTX and Otezla.")
add("query13", "is the ct from {G|st. vincent's} in {C|billings} back yet? pt name {N|harlan two bulls}, lives out past {C|lame deer}, phone {P|406 555 0173}")
add("query14", "Translate to Polish: Mrs. {N|Zofia Kamińska}, your next appointment is on {D|7 May} at 9:30 at {G|Westfield Family Clinic}. Please bring your glucose meter.")
add("query15", "calc CHA2DS2-VASc: 74F htn dm prior tia, no chf (pt {N|e. okoro}, seen {D|5/20}). her outside ECG is at {U|https://pacs.northshoreimaging.net/viewer?study=55102298}")
add("query16", "please email the discharge summary for {N|Hamid Rahimi} to {E|dr.patel@lakesidehealth.org} and cc me. his ssn on the disability form is {S|412-77-0938}, does that need to be redacted first?")
add("query17", "patient rang from {P|0161 496 0872} asking about her biopsy, name is {N|Niamh Gallagher}, dob {D|22/09/1974}, had it done at {G|Salford Royal} on {D|3rd June}. can you find the result")
add("query18", "draft a referral to {G|Cleveland Clinic} for LVAD eval -- patient {N|Ray Whitaker}, 67, EF 15%, DOB {D|02/02/1958}, on milrinone")
add("query19", "pt sees dr. {N|grant} at {G|fresno heart & vascular}, i need their fax number to send the holter for {N|amelia rios} (mrn {M|7730021})")
add("query20", "compare BMP from {D|11/02} and {D|11/09} for bed 4 ({N|Kaur, Harpreet}). is the AKI resolving?")
add("query21", "{A|92}yo nh resident from {G|sunny acres} in {C|fort wayne}, ua + nitrite + LE, no urinary sx, afebrile. her son ({N|Dale}) is demanding cipro. treat?")
add("query22", "can you check device serial {DV|PJC221873V} against the ICD lead recall list -- implanted {D|10/2019} in {N|Wendell Ashby}")
add("query23", "write a fitness to drive letter for mr {N|colm doherty}, dob {D|12/08/1960}, licence no {L|DOHER608120CJ9XK}, epilepsy seizure free 14 months on levetiracetam")
add("query24", "Patient's wife says he was seen at {G|Mount Sinai Queens} on {D|6/30} -- can you request the records? His name is {N|Lev Abramovich}, MRN there {M|8822110}.")
add("query25", "remind {N|Paige Holloway} (cell {P|402-555-0191}) about her colonoscopy prep starting thursday at 5pm, procedure is Friday {D|11/15} at {G|Midlands Endoscopy Center}")
add("query26", "summarize this for the chart: 'Pt seen at {G|Kaiser Oakland} ED {D|3/1}, d/c w/ dx of renal colic, 5 mm stone L UVJ.' pt is {A|101} years old, is tamsulosin still reasonable?")
add("query27", "how do i tell a {A|ninety-four} year old with mild dementia about her new lung cancer dx? daughter {N|Marguerite} wants to be present")
add("query28", "find all pts on clozapine at {G|Brightwater Residential} in {CO|Bucks County} who are overdue for ANC, starting with {N|Terrence Byrne} (last ANC {D|4/2})")
add("query29", "Turn this into a plain-English letter for Mr {N|Nasser Haddad}, {ST|17 Larchwood Close}, {C|Leeds}: eGFR 41, stage 3b CKD, stable over 12 months, continue ramipril.")
add("query30", "IP {IP|10.14.22.198} keeps timing out whenever i open {N|Jane Park}'s chart (MRN {M|61-228-904}), who do i call??")
add("query31", "what is the npi for dr. {N|hollis brandt} in {C|columbus} ohio? need it for mrs. {N|peretz}'s referral")
add("query32", "dob {D|01-15-1947}, last name {N|Szabo}, first name {N|Ildikó} -- show me her last colonoscopy and path")
add("query33", "pt {N|陈伟} / {N|Chen Wei}, {A|90} yrs old, mrn {M|20441873}, needs discharge instructions in simplified chinese for new heart failure meds")
add("query34", "Summarize visit for patient {N|Bishop, Lane} on {D|10/3} - is he due for Shingrix? he got Zostavax in 2012")
add("query35", "add to problem list for {N|Grace Summers}: graves disease dx {D|jan 2021}, s/p RAI {D|march 2021}, now hypothyroid on levo 100 mcg")

# ---------------------------------------------------------------------------
# PHI-free hard negatives (15)
# ---------------------------------------------------------------------------

add("neg01_neuro", """
Assessment: 72 yo M with idiopathic Parkinson disease, Hoehn and Yahr stage 2.5, on carbidopa/levodopa 25/100 1.5 tabs TID with wearing-off ~3 h after each dose. MDS-UPDRS part III 34 (ON). Hx of Bell palsy 2015 (House-Brackmann I now). MoCA 26/30. Romberg neg, pull test 2 steps. No Babinski. Plan: add entacapone 200 mg with each dose, PT for LSVT BIG, revisit DBS candidacy at 6 months. Follow up in clinic on a Tuesday morning, 0900 slot.
""")

add("neg02_ed_template", """
ED course: 58 yo F with Graves disease on methimazole 10 mg presented at 1430 with palpitations. HR 132 AF RVR, BP 118/76, T 37.4. Burch-Wartofsky 35. TSH <0.01, FT4 3.9. Given diltiazem 10 mg IV x2, then propranolol 20 mg PO q6h. Wells score 1.5, PERC not applicable. CHA2DS2-VASc 2 -> started apixaban 5 mg BID. Foley not placed. Admitted to step-down, bed 14. Discussed with endocrine on call.
""")

add("neg03_question", "what is the Wells criteria cutoff for going straight to CTA in suspected PE vs checking a d-dimer first? and does age-adjusted d-dimer apply at 85?")

add("neg04_labs", """
Basic metabolic panel (LOINC 51990-0)
Na 138 mmol/L (135-145)   K 5.4 H (3.5-5.1)   Cl 101   CO2 22   BUN 31 H   Cr 1.62 H   Glu 142 H
Anion gap 15. eGFR (CKD-EPI 2021) 44 mL/min/1.73m2.
CBC: WBC 9.2, Hgb 9.0 L, MCV 78 L, Plt 412 H. Ferritin 11, TSAT 7%.
INR 1.1, aPTT 29 s. HbA1c 7.9% (63 mmol/mol). TSH 2.14 mIU/L. Vitamin B12 190 pg/mL. 25-OH vitamin D 14 ng/mL.
Urine: SG 1.020, pH 5.5, protein 2+, UACR 412 mg/g.
""")

add("neg05_genetics", """
Germline panel result: pathogenic variant BRCA2 c.5946delT (p.Ser1982Argfs*22), heterozygous. VUS in ATM c.2119T>C (p.Ser707Pro). No pathogenic variants in TP53, PALB2, CHEK2, MLH1, MSH2, MSH6, PMS2, EPCAM. HLA-B*57:01 negative; CYP2C19 *1/*2 (intermediate metabolizer), avoid clopidogrel if alternatives. Recommend cascade testing of first-degree relatives and referral for risk-reducing BSO by age 45; MRI breast annually from age 30 alternating with mammogram from 40.
""")

add("neg06_medlist", """
Home meds (reconciled):
- hydrocodone/APAP 5/325 1/2-1 tab q6h prn (last filled 30-day supply)
- amoxicillin/clavulanate 875/125 BID x 7 d
- Ringer's lactate 125 mL/h
- sacubitril/valsartan 49/51 BID
- fluticasone/salmeterol 250/50 1 puff BID
- insulin lispro sliding scale: 151-200 -> 2 units, 201-250 -> 4 units
- vitamin D3 2000 IU daily; B12 1000 mcg IM monthly
- Epley maneuver taught for BPPV; Ace wrap L ankle
""")

add("neg07_question", "difference between Cushing syndrome and Cushing disease on dexamethasone suppression testing? also when do you use the high-dose test")

add("neg08_billing", """
Coding summary: E/M 99214-25, ECG 93000, spirometry 94010. Dx: I48.91 unspecified AF, E11.65 T2DM w/ hyperglycemia, J44.1 COPD w/ exacerbation, Z79.01 long-term anticoagulant. HCC 18, 85. Time 42 min, >50% counseling. G2211 add-on. POS 11. Units 1. RVU 1.92.
""")

add("neg09_flowsheet", """
Room 412B, bed 2 -- Tuesday night shift
2000 VS T 37.2 HR 78 BP 134/72 RR 16 SpO2 96% 2 L NC. Pain 3/10.
2200 Turned L side. Braden 14, Morse 45. Strength 4/5 RUE, 5/5 LUE.
0000 Asleep. Telemetry SR 70s, occasional PVCs.
0200 Voided 300 mL. Glucose 188 -> 2 units lispro per scale.
0400 AM labs drawn from L AC. GCS 15.
0600 Ambulated to bathroom with walker, steady. Report to day shift at 0700.
""")

add("neg10_question", "apgar 7 at 1 min and 9 at 5 min, 36 weeker, grunting resolved by 30 min -- needs NICU or can stay in mother-baby?")

add("neg11_rad", """
IMPRESSION:
1. 2.3 cm Bosniak IIF cystic lesion upper pole R kidney; follow-up CT or MRI in 6 months.
2. LI-RADS 3 observation segment 8, 1.4 cm; repeat multiphase MRI in 3-6 months.
3. 6 mm solid RUL nodule; per Fleischner 2017, CT at 6-12 months given high-risk smoker.
4. TI-RADS 4 (TR4) 1.6 cm L thyroid nodule -- FNA recommended.
5. BI-RADS 0 incidental breast asymmetry on scout; recommend diagnostic mammogram.
Critical results: none.
""")

add("neg12_question", "in 2019 the ACC/AHA changed the primary prevention aspirin recs -- what age range still gets low-dose aspirin, and did the 2022 USPSTF update change it for people 60 and older?")

add("neg13_opnote", """
Procedure: pylorus-preserving pancreaticoduodenectomy (Whipple). ASA 3, Mallampati II. Positioned supine, arms out, reverse Trendelenburg as needed. Kocher maneuver performed. Cattell-Braasch not required. Pancreaticojejunostomy duct-to-mucosa with 5-0 PDS, hepaticojejunostomy 4-0 PDS interrupted, duodenojejunostomy two layers. Two 19 Fr Jackson-Pratt drains placed. Foley 16 Fr. EBL 450 mL. Specimen: Whipple to pathology, frozen margin negative. Extubated in OR, to SICU. Started at 0742, closed at 1318.
""")

add("neg14_question", "amoxicillin 90 mg/kg/day divided BID for AOM in a 14 kg 2 yo -- how many mL of 400 mg/5 mL per dose? also max 4 g/day?")

add("neg15_words", """
Mark the incision site before transfer. Will reassess on Friday at 1100. Sputum rose-colored this am, frothy. Pt states she has faith the new regimen will help and hope to avoid another admission. Grant approval pending from the research office for the trial drug. Summer heat worsens her MS fatigue (Uhthoff phenomenon). Hunter syndrome excluded on enzyme assay. Brown-Sequard pattern not present. Page the fellow if Hgb < 7.0 or if MAP < 65.
""")


# ---------------------------------------------------------------------------
# Build, write, verify
# ---------------------------------------------------------------------------

def category(tid):
    m = re.match(r"[a-z]+", tid)
    return m.group(0)


def build(raw):
    out = []          # pieces of plain text (str)
    spans = []        # (bstart, bend, kind, value)
    pos = 0
    blen = 0
    for m in MARK.finditer(raw):
        pre = raw[pos:m.start()]
        out.append(pre)
        blen += len(pre.encode("utf-8"))
        abbrev, value = m.group(1), m.group(2)
        if abbrev not in KINDS:
            raise ValueError("unknown kind abbreviation %r in %r" % (abbrev, m.group(0)))
        vb = len(value.encode("utf-8"))
        spans.append((blen, blen + vb, KINDS[abbrev], value))
        out.append(value)
        blen += vb
        pos = m.end()
    out.append(raw[pos:])
    return "".join(out), spans


def edge_ok(value, kind):
    if not value:
        return False
    first, last = value[0], value[-1]
    if not (first.isalnum() or (kind in ("PHONE", "FAX") and first in "(+")):
        return False
    if not last.isalnum():
        return False
    if value != value.strip():
        return False
    return True


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "notes.jsonl")
    expected = {}
    ids = set()
    with open(path, "w", encoding="utf-8") as fh:
        for tid, raw in TEXTS:
            if tid in ids:
                raise SystemExit("duplicate id %s" % tid)
            ids.add(tid)
            text, spans = build(raw)
            expected[tid] = [s[3] for s in spans]
            rec = {
                "id": tid,
                "text": text,
                "spans": [{"bstart": b, "bend": e, "kind": k} for b, e, k, _ in spans],
            }
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")

    # ---- verification pass (re-read from disk) ----
    errors = []
    kind_counts = Counter()
    cat_texts = Counter()
    cat_spans = Counter()
    n_texts = 0
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            n_texts += 1
            tid = rec["id"]
            text = rec["text"]
            tb = text.encode("utf-8")
            cat = category(tid)
            cat_texts[cat] += 1
            if "{" in text or "}" in text:
                errors.append("%s: leftover brace" % tid)
            prev_end = -1
            vals = expected[tid]
            if len(vals) != len(rec["spans"]):
                errors.append("%s: span count mismatch" % tid)
            for i, sp in enumerate(rec["spans"]):
                b, e, k = sp["bstart"], sp["bend"], sp["kind"]
                if k not in KINDS.values():
                    errors.append("%s: bad kind %s" % (tid, k))
                if b < prev_end:
                    errors.append("%s: overlap/unsorted at %d" % (tid, b))
                if not (0 <= b < e <= len(tb)):
                    errors.append("%s: offsets out of range %d-%d" % (tid, b, e))
                    continue
                try:
                    val = tb[b:e].decode("utf-8")
                except UnicodeDecodeError:
                    errors.append("%s: span %d-%d not on char boundary" % (tid, b, e))
                    continue
                if i < len(vals) and val != vals[i]:
                    errors.append("%s: span text %r != marked %r" % (tid, val, vals[i]))
                if not edge_ok(val, k):
                    errors.append("%s: bad span edge %r (%s)" % (tid, val, k))
                prev_end = e
                kind_counts[k] += 1
                cat_spans[cat] += 1
    if errors:
        for err in errors:
            print("ERROR:", err)
        sys.exit(1)

    print("texts: %d   spans: %d" % (n_texts, sum(kind_counts.values())))
    print("per kind:")
    for k in KINDS.values():
        print("  %-16s %4d" % (k, kind_counts.get(k, 0)))
    print("per category:")
    for c in sorted(cat_texts):
        print("  %-8s texts %3d   spans %4d" % (c, cat_texts[c], cat_spans[c]))
    print("OK: all checks passed")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Hand-written PHI test corpus 'nineteenth'.

Texts carry inline markup {ABBR|value}. Running this script strips the markup,
computes UTF-8 byte offsets, verifies every span and writes notes.jsonl next to
this file. Python 3 stdlib only.
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

MARK = re.compile(r"\{([A-Z]+)\|([^{}]*)\}")

NOTES = []


def add(note_id, raw):
    NOTES.append((note_id, raw.strip("\n")))


# ---------------------------------------------------------------------------
# Clinical notes (55)
# ---------------------------------------------------------------------------

add("ed01_stemi", """
EMERGENCY DEPARTMENT PHYSICIAN NOTE
Patient: {N|WOJCIECHOWSKI, TERESA M}        MRN: {MRN|001847362}
DOB: {D|04/11/1957}   Sex: F   FIN: {AC|7720019384}
Arrival: {D|11/02/2023} 02:14 via private vehicle     Room: ED 14
Attending: {N|Rebecca Okonkwo-Bell}, MD    Resident: {N|Priya Raghunathan}, DO

CHIEF COMPLAINT: chest pressure

HPI: 66 yo F w/ HTN, HLD, DM2 (last A1c 8.1 in 2022), former smoker (35 pk-yr, quit 2015) presents w/ substernal pressure that woke her from sleep around 0030. Radiates to L jaw, assoc diaphoresis + nausea, no emesis. Husband {N|Zbigniew} gave her 325 mg ASA at home before they drove in. Denies prior similar episodes. Reports she was worked up at {G|Riverside Methodist Hospital} in {D|Sept 2021} for "gastritis" w/ a neg nuclear stress at that time. No cocaine, no recent travel, no leg swelling.

ROS: otherwise neg x10 systems.

PMH: HTN, HLD, DM2, GERD, s/p TAH 2004
Meds: metformin 1000 BID, lisinopril 20, atorvastatin 40, omeprazole 20
All: sulfa (rash)
SH: lives w/ husband in {C|Grove City}, retired cafeteria mgr at {G|Jackson Middle School}. Occ EtOH.

EXAM: BP 162/94  HR 98  RR 20  SpO2 96% RA  T 36.8
Uncomfortable, diaphoretic, fist over sternum (Levine sign). RRR, no m/r/g. Lungs CTAB. No JVD. Abd soft. No edema, calves nontender.

ECG 0221: NSR 96, 1.5-2 mm STE II, III, aVF w/ reciprocal STD I/aVL. Compared w/ prior from {D|09/14/2021} - new.
STEMI alert called 0223. Cath lab activated, IC fellow Dr. {N|Marcus Adeyemi} aware (pgr 36120).

Trop I hs: 412 ng/L (ref <14)
K 4.1, Cr 0.9, Hgb 13.2, Plt 241

ASSESSMENT/PLAN
Inferior STEMI.
- ASA 324 chewed (already took 325 at home - total ok), heparin 4000 U bolus, ticagrelor 180 mg load
- NTG SL x1 -> BP 140s, pain 6/10 -> 4/10. Hold further nitrates given possible RV involvement, R-sided leads ordered.
- To cath lab 0241 with Dr. {N|Hannah Graves}.
Husband at bedside, updated; his cell {P|(614) 555-0172}.

{N|R. Okonkwo-Bell}, MD  {D|11/02/2023} 03:05
""")

add("dc02_hf", """
DISCHARGE SUMMARY

Patient: {N|Ellsworth, Major J.}          MRN: {MRN|40028817}
Admit: {D|2024-01-08}    Discharge: {D|2024-01-15}     LOS 7d
Attending: {N|Deborah Lindqvist}, MD
Discharging resident: {N|Oluwatobi Fashola}, MD
PCP: {N|Will Nakamura}, MD, {G|Lakeview Family Medicine}, {ST|2200 N. Milwaukee Ave, Ste 310}, {C|Chicago}, IL {Z|60647}. Ph {P|(773) 555-0164}  Fax {F|(773) 555-0165}

PRINCIPAL DIAGNOSIS: Acute on chronic systolic heart failure (HFrEF, EF 25%)
SECONDARY: CKD 3a, paroxysmal AF (CHA2DS2-VASc 4), T2DM, OSA on CPAP, major depressive disorder, recurrent, in partial remission

HOSPITAL COURSE:
Mr. {N|Ellsworth} is a 74M who presented w/ 2 wks of progressive DOE, orthopnea (3 pillows -> recliner), and ~9 kg weight gain after running out of his torsemide over the holidays. BNP 2,840 on arrival. CXR w/ bilateral effusions, Kerley B lines. Diuresed w/ IV furosemide 80 mg BID then gtt, net -11.2 L over stay, dry wt est. 88.4 kg (was 97.6 on admission). Cr peaked 1.9 on {D|1/11}, back to 1.4 at d/c. Entresto resumed at 24/26 mg BID on {D|1/13}, tolerated. Started Jardiance 10 mg. Spironolactone held for K 5.3.

Echo {D|1/9/24}: LVEF 20-25%, moderate functional MR, RVSP 48.

One episode AF w/ RVR, HR 140s, on {D|1/10}, rate controlled w/ metoprolol; apixaban continued.

Depression screen PHQ-9 = 11; pt declined psych referral, will f/u w/ PCP.

DISPOSITION: Home w/ wife ({N|Ruth}), home health RN via {G|Interim HealthCare of Chicago}.

FOLLOW-UP:
- Dr. {N|Nakamura} (PCP) {D|1/22/24} 10:40
- HF clinic, Dr. {N|Saoirse Callaghan}, {G|Northwestern Bluhm Cardiovascular Institute}, {D|Jan 29} 1:15 PM
- BMP in 1 wk

DISCHARGE MEDS: torsemide 40 mg daily, Entresto 24/26 mg BID, Jardiance 10 mg daily, metoprolol succinate 50 mg daily, apixaban 5 mg BID, atorvastatin 80 mg, sertraline 50 mg, insulin glargine 18 U qHS.

Daily weights; call if gain >1 kg/day or >2 kg/wk.

Electronically signed by {N|Deborah Lindqvist}, MD on {D|01/15/2024} at 16:52
""")

add("consult03_nephro", """
nephrology consult note

req'd by: dr {N|ayodele} (hosp med, team 3)
pt: {N|maria de los angeles quintero}   mrn {MRN|55102948}   rm 722-2
dob {D|2/17/53}

reason: aki on ckd 3b, cr 3.4 from baseline ~1.6

hpi: 71f w dm2, htn, ckd3b (followed by dr {N|addison} in our clinic, last seen {D|oct '23}) adm {D|3/3} w/ n/v/d x4d after eating at a family party in {C|santa ana}. poor po. was still taking losartan 100 + hctz + ibuprofen 600 tid for knee pain (!). bp on arrival 88/52. ucx pending.

exam: dry mm, no edema, no asterixis, no rub.

labs: cr 3.4 (1.6 in {D|oct 2023}), bun 68, k 5.6, hco3 16, ag 18, phos 5.9. ua 1+ prot, no rbc, few gran casts. fena 0.4%.

a/p:
1. aki - prerenal/hemodynamic + nsaid, likely some atn. fena <1% supports prerenal component. no emergent hd indication (no uremia, k ok-ish, not overloaded).
 - hold losartan, hctz, nsaids. lr 125/hr, reassess in am.
 - renal us
 - avoid iv contrast
2. hyperk - lokelma 10 g x1, low k diet, repeat bmp 1800
3. nagma + ag - bicarb 650 tid
4. r/o adrenal insuff given hypotension/hyperk - am cortisol ordered (prob not addison's, but cheap to check)

d/w dr {N|ayodele} by phone. will follow.
{N|nkechi obiora}, md - nephrology fellow, pgr 77341
""")

add("op04_chole", """
OPERATIVE REPORT

DATE OF SURGERY: {D|March 14, 2024}
PATIENT: {N|Kwame Asante-Darko}      MRN: {MRN|M0029381746}     ACCT: {AC|H00917733204}
SURGEON: {N|Lucía Fernández-Ortiz}, MD
ASSISTANT: {N|Tomás Brennan}, PA-C
ANESTHESIA: General endotracheal - {N|Gregory Haddad}, MD / {N|Simone Achterberg}, CRNA

PREOPERATIVE DIAGNOSIS: Acute calculous cholecystitis, Tokyo Guidelines grade II
POSTOPERATIVE DIAGNOSIS: Same, gangrenous gallbladder
PROCEDURE: Laparoscopic cholecystectomy
EBL: 40 mL   FLUIDS: 1,200 mL LR   URINE: not measured (no Foley)
SPECIMENS: Gallbladder w/ stones to pathology
DRAINS: 19 Fr Blake in gallbladder fossa
COMPLICATIONS: None apparent

INDICATIONS: 47M presented to {G|Fairview Southdale Hospital} ED on {D|3/12} with 3 days of RUQ pain, fever to 38.9, WBC 16.2, positive Murphy's sign, US w/ pericholecystic fluid and 1.8 cm stone impacted at the neck. Risks/benefits/alternatives incl. conversion to open, bile duct injury, bleeding and subtotal chole discussed; pt and his brother {N|Yaw} agreed.

DESCRIPTION: Pt brought to OR 5, placed supine, GETA induced w/o difficulty. Abd prepped w/ ChloraPrep & draped. Open Hasson technique at umbilicus, 12 mm port, pneumoperitoneum to 15 mmHg. Three 5-mm ports placed under direct vision. Gallbladder distended, dusky, omentum adherent. Decompressed w/ needle aspirator. Fundus retracted cephalad, infundibulum laterally. Dissection in hepatocystic triangle (Calot's) w/ hook cautery & blunt technique. Critical view of safety achieved - two and only two structures entering GB, lower 1/3 of GB separated from cystic plate - photo documented. Cystic artery and duct clipped (2 proximal, 1 distal) and divided. GB removed from liver bed w/ cautery, placed in Endo Catch bag and removed via umbilical port. Irrigated until clear. Hemostasis confirmed. Blake drain placed through RUQ port. Fascia at umbilicus closed w/ 0 Vicryl, skin 4-0 Monocryl subcuticular, Dermabond.

Counts correct x2. Pt extubated in OR, to PACU stable.

{N|L. Fernández-Ortiz}, MD - dictated {D|03/14/2024} 11:48, job #{OID|DJ-4408172}
""")

add("anes05_preop", """
PRE-ANESTHESIA EVALUATION

{N|Bishop, Rose A.}    {A|91} y/o F    MRN {MRN|3390174}    DOS: {D|6/19/24}
Proposed procedure: L hip hemiarthroplasty (Garden IV femoral neck fx)
Surgeon: Dr. {N|Ng}

HPI: mechanical fall at home ({G|Brookdale Sandy Springs} independent living) on {D|6/17}, unable to bear wt.

PMH: HTN, AF on apixaban (last dose 6/17 AM), HFpEF (EF 55-60%, echo 2023), CKD 3b (Cr 1.5), hypothyroid, mild cognitive impairment (MoCA 22/30 per PCP).
PSH: R TKA 2009, cataracts OU, appy as a child - no anesthesia problems per pt; son recalls "she was very confused after the knee."
Meds: apixaban 2.5 BID, metoprolol 25 BID, levothyroxine 75 mcg, donepezil 5 mg.
NKDA.

Airway: Mallampati III, TMD >3 FB, MO 3 FB, full upper denture (removable), lower partial. Neck ROM mildly limited.
CV: irregularly irregular, 2/6 SEM RUSB.
Lungs: few bibasilar crackles.
Labs {D|6/18}: Hgb 10.8, Plt 198, INR 1.3, K 4.6, Cr 1.5. ECG: AF rate 78, LBBB (old).

ASA 3. RCRI 2. Clinical Frailty Scale 6.

Plan: spinal (apixaban >48h at time of surgery per ASRA - OK if case after 0700 on {D|6/19}) + fascia iliaca block, light propofol sedation. Backup GETA. Minimize benzos, delirium precautions. Post-op to ortho floor.

Consent: discussed with pt (has capacity for this decision today, repeats back risks) and her son/HCPOA {N|Desmond Bishop}, reachable at {P|404-555-0117}. All questions answered.

{N|Yuki Tanabe-Ross}, MD  (Anesthesiology)   {D|06/18/2024} 1940
""")

add("rad06_ct_appy", """
ACC#: {OID|CT-24-0071935}
EXAM: CT ABDOMEN AND PELVIS WITH IV CONTRAST
PATIENT: {N|HOPE, GRANT}      MRN: {MRN|100-44-8821}      DOB: {D|02/29/1964}
ORDERING: {N|SANDOVAL, ISAAC R}, MD
EXAM DATE/TIME: {D|07/03/2024} 22:41

CLINICAL HISTORY: RLQ pain, fever, WBC 15. Eval appendicitis.

TECHNIQUE: Axial CT of abdomen and pelvis after 100 mL Omnipaque 350 IV. Coronal and sagittal reformats. DLP 612 mGy-cm.

COMPARISON: CT A/P {D|11/18/2022} from {G|St. Joseph Mercy Chelsea} (outside study, uploaded to PACS).

FINDINGS:
Lower chest: Minimal dependent atelectasis.
Liver: 1.1 cm hypodensity segment VII, too small to characterize, unchanged.
Gallbladder, pancreas, spleen, adrenals: unremarkable.
Kidneys: Bosniak I cyst L lower pole 2.3 cm. No hydronephrosis.
Bowel: Appendix dilated to 13 mm w/ wall hyperenhancement and periappendiceal fat stranding. 7 mm appendicolith at the base. Small locule of extraluminal gas adjacent to the tip and 2.8 x 1.9 cm rim-enhancing fluid collection, c/w perforation with early abscess. No free intraperitoneal air. No SBO.
Pelvis: Bladder decompressed. Prostate normal size.
Bones: Grade 1 anterolisthesis L4-5. Schmorl's nodes.

IMPRESSION:
1. Perforated acute appendicitis with appendicolith and 2.8 cm periappendiceal abscess.
2. Bosniak I left renal cyst, no follow-up needed.

Critical finding discussed with Dr. {N|Sandoval} by telephone at 23:10 on {D|7/3/24}, read back confirmed.

Dictated by: {N|Mei-Ling Zhou}, MD
Signed: {D|07/03/2024} 23:14
""")

add("path07_breast", """
SURGICAL PATHOLOGY REPORT                     {G|Cascade Pathology Associates}
Accession: {OID|S24-22819}
Patient: {N|OYELARAN, FOLASADE}          MRN: {MRN|8812094}
DOB: {D|01/19/1966}   Sex: F
Collected: {D|05/02/2024}     Received: {D|05/02/2024}     Reported: {D|05/06/2024}
Submitting physician: {N|Niamh O'Driscoll}, MD
Client: {G|Westside Women's Health}, {C|Beaverton}, OR

SPECIMEN:
A. Left breast, 2:00, 6 cm FN, ultrasound-guided core needle biopsy (14G x 4 cores)

CLINICAL HISTORY: BI-RADS 5 mass, 1.6 cm.

GROSS: Received in formalin, labeled with the patient's name and "left breast 2:00", are four tan-white cores, 1.1-1.6 cm, entirely submitted in A1. Cold ischemia <1 hr; fixation time 22 hr.

DIAGNOSIS:
A. Left breast, 2:00, core biopsy:
- Invasive ductal carcinoma (NST), Nottingham histologic grade 2 (tubules 3, nuclei 2, mitoses 1; total 6/9).
- DCIS, intermediate grade, solid type, present.
- No lymphovascular invasion identified.

BIOMARKERS (block A1):
ER: positive (95%, strong)
PR: positive (40%, moderate)
HER2 (4B5): equivocal (2+) - reflex FISH ordered, order {OID|FISH-5530982}
Ki-67: 18%

Case reviewed at intradepartmental consensus with Dr. {N|Ingrid Solberg}.

Electronically signed out by {N|Rafael Montenegro-Weiss}, MD, {D|05/06/2024} 14:12
""")

add("rn08_shift", """
0700-1900 rn shift note

pt {N|june okafor}, a/ox4, calm & cooperative. pod 1 r tka. vss, afebrile, tmax 37.6 @ 1500. on 2l nc overnight, weaned to ra at 0930, sats 94-97%.
pain: r knee 6/10 at start of shift, oxy 5 mg given @ 0815 + ice. reassessed 0915 4/10. second dose @ 1330. pt states pain "tolerable" w/ cpm.
pt worked w/ pt ({N|kev}) @ 1030, amb 60 ft w/ rw + gait belt, no dizziness. cpm 0-60 x 2h.
foley dc'd 1000, voided 350 ml @ 1430 and 275 @ 1745. bladder scan pvr 60.
diet reg, ate 75% lunch. +bs, no bm since adm, senna/colace given.
r knee dressing (aquacel) c/d/i, no strikethrough. +pedal pulses, cms intact.
morse 45 - bed alarm on, non-skid socks, call light in reach.
daughter {N|april} at bedside most of the day, asking about d/c plan - ? acute rehab vs home w/ hh. cm {N|Roberta} paged, will see tmrw am. daughters # updated in chart {P|555-0139}.
lovenox 40 sq given @ 0900.
report given to {N|benedict} rn at 1900, pt resting in bed.
- {N|s. okeke}, rn
""")

add("sw09_psychosocial", """
SOCIAL WORK PSYCHOSOCIAL ASSESSMENT
Pt: {N|Dariusz Kowalczyk}   MRN {MRN|71193002}   Unit 5W   Date: {D|08/21/2024}
Referral: per team, concern re: safe d/c, pt lives alone.

Met w/ pt at bedside; pt alert, oriented, prefers Polish but declined interpreter, English adequate for conversation. Son {N|Piotr Kowalczyk} participated by phone ({P|419-555-0138}, lives in {C|Toledo}).

Living situation: Pt is a 79yo widower living alone in a 2-story single family home at {ST|1187 Ridgeway Dr}, {C|Parma}, OH {Z|44134} ({CO|Cuyahoga County}). Bedroom and only full bath upstairs, 14 steps w/ one rail. Wife passed in 2022. Neighbour, {N|Faith Underwood}, checks on him most days and has a key; her # {P|(440) 555-0107}.

Income/insurance: SS retirement + pension (retired millwright, 31 yrs at {G|Ford Cleveland Engine Plant}). Medicare A/B, MBI {HP|4TW8-GH2-KJ61}; supplement through Medical Mutual, ID {HP|MMO448290117}. No Medicaid.

Functional: prior to adm independent in ADLs, drove. PT now recommending SNF vs home w/ 24h assist.

Support: son works full-time, can't stay. Daughter {N|Agnieszka} lives in {C|Kraków}, Poland, visiting in the fall. Pt active at {G|St. Stanislaus Church} - Fr. {N|Tadeusz} visits.

Coping: Tearful re: wife, reports low mood since her death but denies SI. GDS-15 score 7.

Pt is adamant about going home. Discussed SNF short-term rehab - pt agreeable to tour/consider "if it's close." Referrals sent via Aidin to 4 SNFs in the {C|Parma}/{C|Seven Hills} area. Also gave info re: Meals on Wheels, medical alert pendant.

Plan: f/u tomorrow w/ bed offers; family meeting {D|Fri 8/23} 2pm w/ son by phone.

{N|Yolanda Reyes-Whitaker}, LISW-S
""")

add("cm10_snf_auth", """
Case Management Progress Note - {D|10/04/2024}
Pt: {N|Louis Batiste Jr.}  80M   MRN {MRN|6620918}   Payer: Humana Gold Plus HMO, member ID {HP|H48291033}

Clinical: s/p CVA {D|9/28}, L hemiparesis, NIHSS now 4. PT/OT initially recommended IRF, but pt does not tolerate 3h/day - pivoted to SNF.

Auth: SNF auth request submitted via Availity {D|10/3} 1515. Approved today, auth # {OID|A2410040991}, 7 days initial, next review {D|10/11}. Humana rep {N|Keisha} (call ref {OID|CR-88301}).

Facility: Accepted at {G|Garden Park Nursing & Rehabilitation}, {ST|2440 Garden Park Blvd}, {C|Shreveport}, LA {Z|71108}. Admissions contact {N|Monique Fontenot} {P|318-555-0191}, fax {F|318-555-0192}. Bed available today after 1400.

Transport: wheelchair van, pickup 1530, confirmation # {OID|ALT7741}.

Family: Wife {N|Geraldine} agreeable. Son {N|Louis Batiste III} to meet pt at facility.

Report called by RN. D/C summary, med rec, H&P faxed.

{N|Trent Cormier}, RN, CCM
""")

add("hh11_wound", """
HOME HEALTH SKILLED NURSING VISIT NOTE
Agency: {G|Cumberland Valley Home Health}
Pt: {N|Gladys Mae Brown}     Visit date: {D|Thurs 2/8/24}   Time in 1030 / out 1125
Address: {ST|RR 2 Box 114}, {C|Hazard}, KY {Z|41701}  ({CO|Perry Co.})
Directions: past {G|Lothair Freewill Baptist Church}, 3rd gravel drive on L, blue trailer.

Homebound status: requires assist of 1 + walker for all ambulation; leaving home is a taxing effort, only leaves for MD appts.

S: "my tailbone don't hurt as bad." Grandson {N|Tyler Young} here, is main caregiver, works nights at {G|Walmart} in town.
O: BP 148/82 HR 76 RR 18 T 97.9 SpO2 95% RA. FSBS 188 (ate bfast 0900).
Wound: sacral pressure injury stage 3, 3.1 x 2.4 x 0.4 cm (last wk 3.5 x 2.6 x 0.5), 80% red granulation, 20% yellow slough, mod serosang drainage, periwound intact. Cleansed NS, Medihoney alginate, bordered foam. Braden 14.
Meds: reconciled, pt missing her Eliquis for 2 days - "ran out." Called {G|Hazard Discount Drug} ({P|606-555-0114}), refill ready, {N|Tyler} to p/u after 3.
Educ: turning q2h, offloading, protein intake (Ensure BID), s/s infection.
A/P: wound improving. Notified Dr {N|Parikh}'s nurse {N|Crystal} re: missed Eliquis doses - no new orders. Next SN visit {D|2/12}.
{N|Darlene Combs}, RN
""")

add("hospice12_routine", """
HOSPICE RN VISIT - ROUTINE
Pt: {N|Cornelius Vandermeer} ("{N|Neil}")   Age: {A|96}   Dx: end-stage Alzheimer's dementia (FAST 7c)
Location: {G|Resthaven Patrons} memory care, {C|Holland}, MI
Visit {D|4/30/24} 1300-1350

Pt in geri-chair, eyes closed, responds to voice w/ brief eye opening. PPS 30%. Intake <25% of pureed meals per staff, 2 oz thickened liquid at lunch. Wt 51.2 kg (52.8 on {D|4/2}). MAC 21 cm.
Pain: PAINAD 3 w/ repositioning - Roxanol 5 mg SL given by facility nurse at 1315, PAINAD 0 at 1345.
Skin: heels boggy, offloaded w/ Prevalon boots; coccyx intact.
Resp: even, unlabored, no secretions.

Family: Daughter/HCPOA {N|Riki Vos} updated by phone {P|616-555-0186}, tearful, asked "how long." Discussed signs of approaching death; pt's decline consistent with weeks rather than months. She plans to drive in from {C|Grand Rapids} this weekend. Requests chaplain - {N|Oluwaseun Adebayo} to visit {D|5/2}. Funeral home already chosen: {G|Dykstra Funeral Home}, {C|Zeeland}.

IDT update: continue current POC.
{N|Martha Hoekstra}, RN CHPN
""")

add("pharm13_vanco", """
PHARMACY CONSULT - VANCOMYCIN DOSING / INTERVENTION
Pt: {N|Nguyễn Thị Hoa}    MRN {MRN|20483377}    Rm 514    {D|12/02/2024}
Ht 150 cm, Wt 48 kg, IBW 43.2 kg. SCr 1.6 (baseline 0.9), CrCl ~24 mL/min (Cockcroft-Gault, actual wt).
Indication: MRSA bacteremia (BCx 2/2 {D|11/30}), source likely R arm PICC - removed {D|12/1}.

Current order: vancomycin 1,250 mg IV q12h (started {D|11/30} in ED).
Trough 0530 (before 4th dose): 31.4 mcg/mL - supratherapeutic; AUC estimate ~790 by Bayesian software.

Intervention: Held 0600 dose. Recommend vancomycin 750 mg IV q24h starting {D|12/3} 0600, random level w/ AM labs. Target AUC24 400-600. Avoid concurrent pip-tazo (d/c'd) and IV contrast. Recommend ID consult and TTE.

Discussed w/ Dr. {N|Castellanos} (pgr 44187) at 0710, agreed; order modified, #{OID|ORD-993817254}.

Time spent: 20 min. Clinical significance: major (likely prevented nephrotoxicity).

{N|Aditi Kulkarni}, PharmD, BCPS
""")

add("ref14_uk_rheum", """
{G|Ashfield Road Surgery}
{ST|41 Ashfield Road}
{C|Leeds}
{Z|LS6 2QJ}
Tel: {P|0113 278 4410}   Fax: {F|0113 278 4419}
Practice email: {E|ashfield.road@nhs.net}

{D|12th March 2024}

Dr {N|S. Mahmood}
Consultant Rheumatologist
{G|Chapel Allerton Hospital}
{ST|Chapeltown Road}
{C|Leeds}
{Z|LS7 4SA}

Dear Dr {N|Mahmood},

Re: Mrs {N|Bernadette Mary Walsh}    DOB: {D|03/08/1961}    NHS No: {HP|485 777 3456}
{ST|17 Kirkstall Lane}, {C|Leeds} {Z|LS5 3BX}    Mob: {P|07700 900412}

Thank you for seeing this pleasant 62-year-old retired dinner lady who has had 4 months of early-morning stiffness (~90 mins) and swelling of both hands, wrists and the balls of her feet. She is struggling with buttons and has had to give up her volunteering at the charity shop.

On examination today she had synovitis of the MCPs 2-4 bilaterally and the R wrist, with a positive squeeze test across both forefeet. 28-joint count: 9 swollen, 11 tender.

Bloods: CRP 38, ESR 52, RF positive (64 IU/mL), anti-CCP >340, FBC normal apart from Hb 112. U&E/LFT normal. Hepatitis serology negative. CXR clear.

I have started prednisolone 10 mg OD for 2 weeks as a bridge and given her a leaflet on RA. She has a history of breast cancer (2015, treated at {G|St James's University Hospital}), currently on no adjuvant therapy, and is keen to avoid methotrexate "if it's chemo". I would be grateful for your assessment and initiation of DMARD therapy under the early arthritis pathway.

PMH: Breast ca L 2015 (WLE + RT), hypothyroidism, depression
Medications: Levothyroxine 100 mcg OD, Sertraline 50 mg OD, Prednisolone 10 mg OD (from {D|11/03/24})
Allergies: Penicillin (rash)

She lives with her husband {N|Kieran}, who can drive her to appointments.

Yours sincerely,

Dr {N|Eleanor Fitzwilliam}
MBChB MRCGP   GMC {LIC|7034418}
""")

add("ref15_ca_ep", """
REFERRAL - CARDIOLOGY (Arrhythmia)
Date: {D|2024-10-07}
To: Dr. {N|Jean-François Tremblay}, {G|University of Ottawa Heart Institute}, {ST|40 Ruskin St}, {C|Ottawa}, ON {Z|K1Y 4W7}
Referral fax: {F|613-555-0172}

From: Dr. {N|Harpreet Sandhu}, {G|Kanata Family Health Team}, {ST|99 Kakulu Rd}, {C|Kanata}, ON {Z|K2L 3C8}
Tel {P|613-555-0149}   Fax {F|613-555-0150}   CPSO# {LIC|88412}

Patient: {N|MOKOENA, Lindiwe}   DOB: {D|1979-06-30}   F
OHIP: {HP|4827-338-116-KT}
Address: {ST|2204-180 Lees Ave}, {C|Ottawa} ON {Z|K1S 5J6}
Phone: {P|(613) 555-0193} (cell, OK to leave msg) / work {P|613-555-0101 ext 3307}
Preferred language: English (also isiZulu, Afrikaans)

Reason for referral: Recurrent palpitations, ?SVT.
Urgency: semi-urgent (within 4-6 wks)

Hx: 45 y/o F, previously well, 8 mo of abrupt-onset regular palpitations lasting 10-40 min, terminate w/ Valsalva. One episode captured at {G|Queensway Carleton Hospital} ED on {D|Sept 14}: narrow complex tachycardia 196 bpm, terminated with adenosine 6 mg. Baseline ECG: no pre-excitation. Echo {D|Sep 2024}: structurally normal heart, EF 60%. TSH 1.8.
Meds: nil regular. Metoprolol 25 mg PRN suggested in ED - hasn't used.
Works as a paramedic with {G|Ottawa Paramedic Service}, concerned about fitness to work during episodes.

She would like to discuss EP study / ablation. Thank you.

{N|H. Sandhu}, MD CCFP
""")

add("ref16_au_gastro", """
{G|Bondi Junction Medical Centre}
{ST|Level 2, 500 Oxford Street}
{C|Bondi Junction} NSW {Z|2022}
Phone {P|(02) 9387 4400} | Fax {F|(02) 9387 4499}

{D|4 July 2024}

Dr {N|Angus McTavish}
Gastroenterologist
{G|St Vincent's Hospital Sydney}
{ST|390 Victoria Street}
{C|Darlinghurst} NSW {Z|2010}

Dear {N|Angus},

RE: Ms {N|Chloe Papadopoulos}  DOB {D|22/01/1998}
{ST|7/31 Birrell St}, {C|Waverley} NSW {Z|2024}
Mobile {P|0412 555 093}   Medicare {HP|2951 60274 1} / IRN 2
Email: {E|chloe.papa98@outlook.com.au}

Thanks for seeing {N|Chloe}, a 26 y.o. pharmacy assistant with known Crohn's disease (Montreal A2 L3 B1, dx 2019 at {G|Prince of Wales Hospital}) who has had a flare over the last 6 weeks: 6-8 loose stools/day, nocturnal, some blood, weight down 4 kg, CRP 46, faecal calprotectin 1,180. Stool MCS & C. diff neg. She stopped her azathioprine earlier in the year as she was "feeling fine" and lost her script. Currently on pred 25 mg (started {D|27/6}).

Could you please review her with a view to escalation - she has asked specifically about Stelara or Skyrizi, which a friend is on. She has had the QuantiFERON (neg) and hep B serology (immune) done this week.

Kind regards,

Dr {N|Mei Lin Harrington}
MBBS FRACGP
AHPRA {LIC|MED0001829453}
""")

add("ref17_ie_endo", """
{G|Ballincollig Family Practice}
{ST|Main Street}, {C|Ballincollig}, {CO|Co. Cork}  {Z|P31 X2N7}
Tel: {P|021 487 1120}

{D|19/09/2024}

Dr {N|Cathal Ó Súilleabháin}
Consultant Endocrinologist
{G|Cork University Hospital}
{C|Cork}  {Z|T12 DC4A}

Re: {N|Siobhán Ní Bhriain}, DOB {D|14/02/1989}
{ST|Apt 12, Riverview Court, Poulavone}, {C|Ballincollig}, {CO|Co. Cork}
GMS card no. {HP|7739128K}   PPSN {SSN|8234567TA}

Dear {N|Cathal},

Many thanks for seeing {N|Siobhán}, a 35yo primary teacher at {G|Scoil Eoin} who I suspect has Graves' disease. She presents with 3 months of palpitations, heat intolerance, 5 kg weight loss, and her husband {N|Darragh} noticed her eyes "look starey". On exam she had a fine tremor, HR 112, small diffuse goitre with a bruit and mild lid lag, no proptosis.

TFTs {D|16/09}: FT4 48 pmol/L, TSH <0.01. TRAb pending.

I've commenced propranolol 40 mg TDS. She is not on contraception and is hoping to conceive next year, so I haven't started carbimazole pending your advice re: PTU vs carbimazole vs RAI.

Kind regards,

Dr {N|Orla Hennessy}
MICGP   IMC reg. no. {LIC|412883}
""")

add("ref18_nz_ortho", """
{G|Papatoetoe Medical Centre}
{ST|146 St George Street}, {C|Papatoetoe}, {C|Auckland} {Z|2025}
Ph {P|09 278 6600}  Fax {F|09 278 6601}

{D|2 December 2024}

Orthopaedic Outpatients
{G|Middlemore Hospital}
{ST|100 Hospital Road}, {C|Ōtāhuhu}, {C|Auckland} {Z|2025}

Re: {N|Tama Te Whata}   NHI: {HP|ZKM4417}   DOB {D|08/05/1976}
{ST|23B Tui Street}, {C|Māngere East}, {C|Auckland} {Z|2024}
ACC claim no. {OID|10048827391}

Kia ora,

Please see this 48yo scaffolder (employed by {G|Tītahi Scaffolding Ltd}) who injured his R shoulder on {D|14/11/24} catching a falling plank overhead. Persistent weakness of abduction and ER, painful arc, night pain. Drop-arm test positive, Jobe's empty can markedly weak, lift-off normal. US {D|28/11}: full-thickness supraspinatus tear 18 mm with 1.5 cm retraction, infraspinatus intact.

He has been off work since the injury and is keen for a surgical opinion. Non-smoker, HbA1c 38. No anticoagulants.

His partner {N|Hine} will bring him - she prefers calls on {P|021 555 0478}.

Ngā mihi,
Dr {N|Sione Fifita}
""")

add("ref19_us_neuro", """
{G|Acadiana Neurology Associates}
{ST|1211 Coolidge Blvd, Suite 400}
{C|Lafayette}, LA {Z|70503}
P {P|337.555.0120}  F {F|337.555.0121}

{D|August 9, 2024}

{N|Camille Desrosiers-Grant}, MD
{G|Bayou Teche Internal Medicine}
{ST|815 E. Main St., Suite 3}
{C|New Iberia}, LA {Z|70560}

RE: {N|Beauregard Thibodeaux}
DOB: {D|12/24/1948}
Seen: {D|08/07/2024}

Dear Dr. {N|Desrosiers-Grant},

I had the pleasure of seeing Mr. {N|Thibodeaux} ("{N|Bo}") in consultation for tremor. As you know he is a 75-year-old retired shrimper from {C|Delcambre} with 18 months of a left-hand resting tremor, smaller handwriting, and a softer voice his wife has noticed.

Exam: hypomimia, decreased blink, L>R rigidity w/ activation, bradykinesia on finger taps L>R, reduced L arm swing, "pill-rolling" resting tremor L hand w/ re-emergence after posture. Pull test: 2 steps to recover. MoCA 26/30 (missed 2 on delayed recall, 1 on cube). No orthostasis (128/74 -> 124/72).

Impression: Idiopathic Parkinson's disease, Hoehn and Yahr stage 2. MDS-UPDRS III 24 (off). No red flags for atypical parkinsonism. DaTscan not needed.

Plan: carbidopa-levodopa 25/100 1/2 tab TID x1 wk, then 1 tab TID. Referred to LSVT BIG at {G|Lafayette General Outpatient Rehab}. Discussed REM sleep behavior disorder (wife {N|Marguerite} reports he "fights in his sleep") - melatonin 3-6 mg qHS. Return in 3 months or sooner PRN.

Sincerely,

{N|Adaeze Nwachukwu}, MD
cc: {N|Marguerite Thibodeaux} (at patient's request)
""")

add("xfer20_preeclampsia", """
INTERFACILITY TRANSFER - PHYSICIAN CERTIFICATION / MEMORANDUM OF TRANSFER
Transfer center ref: {OID|TC-240927-0413}
Date: {D|09/27/2024}    Time of request: 1905

SENDING: {G|Starr County Memorial Hospital}, {ST|128 N FM 3167}, {C|Rio Grande City}, TX {Z|78582}   Ph {P|956-555-0155}
Sending physician: {N|Alejandro Peña}, MD
RECEIVING: {G|DHR Health}, {C|Edinburg}, TX - L&D / MFM
Accepting physician: {N|Rogelio Garza-Montemayor}, MD, accepted 1932 per recorded line

PATIENT: {N|Villarreal de la Cruz, Ximena}   DOB {D|03/03/1990}   MRN {MRN|SC0048219}
Emergency contact: husband {N|Efraín Villarreal}, {P|(956) 555-0168}

Dx: G3P2002 at 31w2d, preeclampsia with severe features (BP 172/114, 164/110; HA; plt 92K; AST 188/ALT 210) - r/o HELLP
Reason for transfer: higher level of care - Level III NICU & MFM not available at sending facility

Treatment prior to transfer: Mg sulfate 4 g IV load 1920 then 2 g/h; labetalol 20 mg IV x2; betamethasone 12 mg IM #1 at 1940. Foley in place. FHT cat I, baseline 145.

Mode: rotor wing, aircraft {VEH|N417AE}, ETA 2030.
Records sent: prenatal record, labs, MAR, copy of fetal strip.
Consent for transfer signed by patient 1950. Risks/benefits explained in Spanish by Dr. {N|Peña}.

Physician certification: Based on the information available at the time of transfer, the medical benefits reasonably expected from the provision of appropriate medical treatment at another facility outweigh the increased risks to the individual.

Signature: {N|A. Peña}, MD   {D|9/27/24}  1955
""")

add("board21_4east", """
4 EAST - BED BOARD   {D|Sat 10/12} NIGHTS   Charge RN: {N|Marisol} (Vocera)   House sup: {N|D. Ferreira}

| Rm   | Patient                     | Age | MRN       | Attending   | Dx / Issue        | Code    | Iso     | Notes |
|------|-----------------------------|-----|-----------|-------------|-------------------|---------|---------|-------|
| 401A | {N|KING, Solomon}               | 77  | {MRN|60211845}  | {N|Farouk}      | CAP               | FULL    | droplet | O2 2L, Legionella Ag neg, RVP pend |
| 401B | {N|DIALLO, Aminata}             | 45  | {MRN|60388102}  | {N|Farouk}      | SBO               | FULL    |         | NGT to LIWS, NPO |
| 402  | {N|PARKINSON, Harold}           | {A|92}  | {MRN|59920376}  | {N|Ortega}      | hip fx, POD1      | DNR/DNI |         | delirium, sitter; POA dtr {N|Lorraine} {P|(217) 555-0112} |
| 403  | {N|WOOD, Precious}              | 29  | {MRN|60411927}  | {N|Ortega}      | DKA -> SQ insulin | FULL    |         | AG closed 1900 |
| 404  | BLOCKED - C. diff terminal clean |    |           |             |                   |         |         |       |
| 405  | {N|NWOSU-HARTMANN, Felix}       | 61  | {MRN|58810233}  | {N|Abernathy}   | cellulitis LLE    | FULL    | contact | MRSA hx, vanc trough 0500 |
| 406  | {N|ZHANG, Wei}                  | 54  | {MRN|60390014}  | {N|Farouk}      | EtOH w/d          | FULL    |         | CIWA 14 @2200, phenobarb protocol |
| 407  | {N|ABERNATHY, June}             | 88  | {MRN|47720018}  | {N|Ortega}      | UTI/AMS           | DNR     |         | NAME ALERT - not related to Dr. {N|Abernathy} |
| 408  | pending admit {N|BHATT, Rajesh} ({G|Memorial West} ED bed 22) | 70 | | {N|Abernathy} | NSTEMI | FULL | | hep gtt |

Staffing: 5 RN / 1 CNA, float {N|Kayode} from 6W until 0300.
Likely AM discharges: 405, 406.
""")

add("signout22_medb", """
NIGHT FLOAT SIGN-OUT  -  Gen Med B  -  {D|2/3/25}
From: {N|Tobias}   To: {N|Adwoa}   (pager 41560)

1. {N|Wood, Elijah T.}  58M  612  FULL
   DKA resolving. AG closed 2200, transitioned to glargine 20 + lispro SSI.
   To do: BMP 0400 - if K <3.5 give 40 KCl PO.
   If AG reopens -> back on insulin gtt, call me.
2. {N|Okafor-Hughes, Chidinma}  33F  614  FULL
   SLE flare w/ lupus nephritis, pulse methylpred day 2/3. BP goal <130/80.
   Renal bx tmrw - hold SQ heparin 0600. NPO after MN.
3. {N|van der Berg, Pieter}  81M  620  DNR/DNI (confirmed w/ wife {N|Anneke} today)
   HFpEF exacerbation, diuresing well, -2.1 L.
   If SBP <90 hold Lasix and page. Wife may call overnight - OK to give updates, she's at {P|(608) 555-0149}.
4. {N|Acheampong, Mercy}  46F  622  FULL
   Sickle cell VOC. PCA hydromorphone. Heme aware.
   Watch for ACS - if new O2 req or CP, CXR + call heme fellow Dr. {N|Lindgren}.
5. {N|Al-Masri, Youssef}  67M  625  FULL
   s/p EGD today, Forrest IIb ulcer clipped. Hgb 7.6 -> 7.9. Transfuse <7. PPI gtt.
   Glasgow-Blatchford 12, pre-endo Rockall 4. If melena + HR >110: stat CBC, 2 large bore, call GI.
6. {N|Szymańska, Irena}  {A|90}F  627  DNR, comfort-focused
   Aspiration PNA, family meeting done. Morphine 2 mg IV q2h PRN dyspnea. Niece {N|Halina} staying overnight.
""")

add("portal23_inhaler", """
MyChart message
From: {N|Rosalind Achebe}
To: {G|Summit Pulmonary & Sleep} - Dr. {N|Brennan} pool
Sent: {D|1/16/2025} 9:47 PM
Subject: inhaler + CPAP question

Hi Dr. {N|Brennan},

My Trelegy ran out and the {G|CVS} on {ST|Lake Ave} says the prescription expired, can you send a new one? Also I got a letter from my equipment company saying my CPAP compliance was only 61% and insurance might stop paying. I have been using it but the mask keeps leaking after about 3 hours. The serial number on the machine is {DEV|23182914571} if that helps, it's the ResMed AirSense 11.

Also I have a new insurance card starting this year - member ID {HP|W2917734405}. I uploaded a photo.

Thanks,
{N|Roz}

---
Reply {D|1/17/2025} 8:12 AM - {N|Kathleen Moriarty}, RN:
Hi {N|Rosalind}, I've routed the Trelegy refill to Dr. {N|Brennan} for signature and sent a mask refit order to your equipment supplier. They will call you at {P|585-555-0183} to schedule. Please keep using the machine as much as you can in the meantime. - {N|Kathleen}
""")

add("portal24_proxy", """
message from proxy account ({N|lily wu}) re: patient {N|grace wu}

hi, this is {N|lily}, {N|grace wu}'s daughter. my mom (dob {D|7/2/41}) fell again last tuesday in the bathroom, she says she's fine but she has a big bruise on her left hip and is limping. she doesnt want to come in because last time she waited 6 hours at {G|addison gilbert} er. can someone call me? she's on the eliquis still so im worried about bleeding. we're at {ST|88 harbor view rd}, {C|gloucester} {Z|01930} if a home visit is possible?? my cell is {P|978 555 0126}, or email me {E|lilywu.design@gmail.com}. thank you!!
also the pharmacy said dr {N|hoang}'s prescription for her donepezil needs a prior auth, ref number {OID|PA-77218830}.
""")

add("phone25_msgslip", """
WHILE YOU WERE OUT
To: Dr. {N|Kaplan}              Date: {D|4/22}      Time: 11:40 am
From: Mrs. {N|Hope Delacroix}
Of: {G|Briarwood Assisted Living}, {C|Wethersfield}
Phone: {P|(860) 555-0177 x23}
[x] Telephoned  [x] Please call  [ ] Will call again  [ ] Urgent
Message: calling about her mother {N|Odette Delacroix} ({A|94}, DOB {D|1/8/1930}) - INR 4.8 this AM at facility (fingerstick), takes warfarin 5 mg daily except 2.5 Mon/Fri. No bleeding. Wants to know hold tonight or not. Also asking if she can drop off the FMLA form.
Taken by: {N|Tasha}
""")

add("phone26_postop", """
TELEPHONE ENCOUNTER
Pt: {N|Oduya, Samuel K.}     MRN: {MRN|77120458}     {D|11-Dec-2024} 14:05
Caller: wife, {N|Esther Oduya}   Callback: {P|+1 (240) 555-0163}
Reason: post-op question

Wife reports pt is POD 5 s/p L inguinal hernia repair (Lichtenstein, Dr. {N|Rosenbaum}). Scrotal swelling & bruising since yesterday, "purple and the size of a lemon." No fever, tolerating diet, voiding. Pain controlled w/ Tylenol + 2 tabs oxycodone/day.

Per protocol: likely expected ecchymosis/seroma. Advised scrotal support, ice 20 min on/off, elevate. Go to ED for fever >38.3, increasing size, inability to urinate, or spreading redness. Photo requested via portal - wife will send.

Appt added {D|12/13} 9:20 w/ {N|Jasmine Okoro}, PA-C. Pharmacy on file {G|Giant Pharmacy}, {C|Silver Spring} MD - no new Rx.

Routed to Dr. {N|Rosenbaum} as FYI.
{N|Carla Mendes}, LPN
""")

add("appeal27_dupixent", """
{G|Great Lakes Dermatology, PC}
{ST|4100 Lake Michigan Dr NW, Suite 220}
{C|Grand Rapids}, MI {Z|49534}
Tel {P|(616) 555-0128} · Fax {F|(616) 555-0129}

{D|October 21, 2024}

Priority Health
Attn: Appeals & Grievances
{ST|1231 East Beltline Ave NE}
{C|Grand Rapids}, MI {Z|49525}

RE: LEVEL 1 APPEAL - EXPEDITED
Member: {N|Dominic Agyeman}
DOB: {D|05/30/2011}
Member ID: {HP|XYH884102937}    Group #: {HP|00762144}
Claim / Reference #: {OID|2024-0917-33810}
Denied service: dupilumab (Dupixent) 300 mg SC q2w
Date of denial letter: {D|09/30/2024}

To Whom It May Concern:

I am writing on behalf of my patient, {N|Dominic}, a 13-year-old with severe atopic dermatitis, to appeal the denial of coverage for Dupixent. The denial states that "step therapy with a topical calcineurin inhibitor has not been documented." This is incorrect. {N|Dominic} has tried and failed:

- Tacrolimus 0.1% ointment BID from {D|June 2023} to {D|Jan 2024} - inadequate response, burning.
- Triamcinolone 0.1% ointment and clobetasol 0.05% to trunk/limbs, repeated courses since 2019.
- Crisaborole (Eucrisa) x 8 wks in 2023.
- Narrowband UVB phototherapy 2x/wk x 12 wks in our office, completed {D|04/2024}.

Current severity: EASI 31.4, vIGA-AD 4, BSA 42%, POEM 24, with two episodes of secondary impetigo (MSSA) requiring oral cephalexin. He has missed 19 days of school at {G|Kentwood Middle School} this year due to sleep loss and flares. CDLQI 21.

Dupixent is FDA-approved for moderate-to-severe atopic dermatitis in patients 6 months and older and is recommended in the AAD 2023 guidelines after inadequate response to topical therapy. I have enclosed chart notes from {D|03/12/2024}, {D|06/18/2024} and {D|09/10/2024}, photographs, and the pharmacy claims history.

Please contact my office at the number above; my nurse {N|Tamsin Gallagher} can arrange a peer-to-peer review.

Sincerely,

{N|Veronica Szabo}, MD, FAAD
NPI 1730285561
""")

add("incident28_fall", """
SAFETY EVENT REPORT
Report #: {OID|SE-2024-11873}          Submitted: {D|03/09/2024} 05:12
Event type: Fall - with injury (minor)
Event date/time: {D|03/09/2024} approx. 0340
Location: {G|Mercy Health – St. Vincent Medical Center}, 6 North, Rm 611, bathroom
Person affected: Patient - {N|Ignatius Ekwueme}   MRN {MRN|4471982}   Age 84
Reporter: {N|Colleen Byrne}, RN - employee ID {OID|E204877}
Witness(es): {N|DeShawn Page}, PCT (responder); no witness to actual fall

Description (factual):
At approx 0340 bed alarm sounded. PCT {N|Page} responded within ~1 min and found pt sitting on bathroom floor, back against the wall, call light not activated. Pt stated "I didn't want to bother anybody, I just needed to go." Pt was on fall precautions (Morse 65), bed alarm on, yellow socks on. Pt had received zolpidem 5 mg at 2215 (home med, ordered by night hospitalist).
Assessed by RN at bedside: A&Ox3 (baseline), c/o L elbow pain, 2 cm skin tear L forearm. No head strike per pt; on apixaban -> CT head ordered per protocol, negative. Skin tear steri-stripped, Mepitel.
Notifications: Dr. {N|Vikram Sethi} (hospitalist) at 0350; pt's son {N|Chukwuma Ekwueme} called at 0715 ({P|419-555-0166}), voicemail left, called back 0802 and updated.

Contributing factors: sedative hypnotic; nocturia (furosemide 40 BID, last dose 1800); pt reluctance to call.
Immediate actions: zolpidem d/c'd; second furosemide dose moved to 1400; hourly rounding; bedside commode.
Manager follow-up: {N|Renata Kuznetsova}, RN, BSN, Nurse Manager 6N.
""")

add("incident29_adc", """
MEDICATION SAFETY EVENT - Automated Dispensing Cabinet Override
Event ID {OID|RL6-2025-004417}      Date of event: {D|Jan 7, 2025}   Time: 1422
Unit: PACU, {G|Sutter Roseville Medical Center}
Patient: {N|Ruth Ann Major}   MRN {MRN|SR10048822}   DOB {D|08/16/1949}
Drug: HYDROmorphone 2 mg/mL - intended: morphine 2 mg IV (order #{OID|55719320})
Override by: {N|Jordan Whitlock}, RN, badge {OID|B-77391}
ADC: PACU-A Pyxis MedStation ES, workstation IP {IP|10.42.118.27}, user session log attached

Summary: During PACU recovery pt reported pain 8/10. RN removed hydromorphone via override (med profile not yet verified by pharmacy) believing it was the ordered opioid; look-alike packaging. Administered 1 mg (0.5 mL) IV at 1424. At 1440 pt RASS -3, RR 8, SpO2 86% on 2 L. Naloxone 0.04 mg IV x2 given by Dr. {N|Caroline Kwan} (anesthesia) at 1443 and 1446 w/ response RR 14, RASS 0. No further doses required. Observed in PACU an extra 2 h, transferred to floor on continuous capnography.

Disclosure: Disclosed to pt and husband {N|Franklin Major} on {D|1/7/25} at 1710 by Dr. {N|Kwan} and charge RN {N|Imelda Santos}.
Pharmacy review: {N|Hyun-woo Kang}, PharmD. Recommend removing HYDROmorphone 2 mg/mL from PACU override list; tall-man lettering already in place; barcode scanning was bypassed (scanner offline - IT ticket {OID|INC0834412}).
""")

add("ed30_peds_fs", """
PEDIATRIC ED NOTE
Name: {N|Mateo Ruiz-Kowalski}    Age: 3 y 2 m    DOB {D|1/30/2021}    MRN {MRN|PCH-3381920}
Arrived {D|4/4/24} 16:52 by EMS
Hx from mom {N|Ana Ruiz} and daycare director via phone

CC: seizure

HPI: Previously healthy 3 yo M w/ 1 day of fever (Tmax 39.8 at home) and rhinorrhea. At {G|Little Sprouts Early Learning Center} ~1600 he became unresponsive with generalized shaking of all 4 extremities lasting "about 2 minutes" per daycare staff (Ms. {N|Treviño}), then post-ictal sleepiness x 15 min. No prior seizures. Father had febrile seizures as a toddler. Immunizations UTD per mom. No vomiting, no rash, no neck stiffness reported.

Exam: T 39.4 R, HR 148, RR 28, SpO2 99%. Awake, tired, consolable, interactive w/ mom. Supple neck, no Kernig/Brudzinski. TMs: R bulging, erythematous. Lungs clear. No rash. Neuro: moves all ext symmetrically, no focal deficits, back to baseline per mom at 1730.

Assessment: Simple febrile seizure; R AOM.
- No LP (well-appearing, >12 mo, immunized, back to baseline) per AAP guidance
- No labs/imaging indicated
- Ibuprofen 10 mg/kg given; amoxicillin 90 mg/kg/day divided BID x10d
- Seizure/fever education; rescue diazepam not prescribed for simple FS

Dispo: Home w/ mom. F/u PCP Dr. {N|Oyinlola Bankole}, {G|Desert Sky Pediatrics} ({P|480-555-0140}) in 2-3 d.

{N|Jessamyn Holt}, MD - Pediatric Emergency Medicine
""")

add("ed31_trauma_mvc", """
TRAUMA H&P - LEVEL II ACTIVATION
Registered under trauma alias; identified at 0230 by NV driver license as {N|Cody James Stiles}, DL# {LIC|1402887361}, DOB {D|10/15/1999}
MRN {MRN|RN-2299301}
Arrival {D|06/08/2024} 0147 via ground EMS from I-80 EB near {C|Fernley}
Attending: {N|Okechukwu Nnaji}, MD, FACS

Mechanism: restrained driver, single-vehicle rollover at highway speed (~70 mph per NHP), prolonged extrication ~25 min. Vehicle 2016 Chevrolet Silverado, NV plate {VEH|63A829}, VIN {VEH|1GCVKREC4GZ218844} per trooper (NHP incident {OID|NHP-24-0556120}). + airbag deployment. Passenger (friend, {N|Brayden Koenig}) transported to {G|Renown Regional Medical Center}.

Primary: A - patent, talking. B - BS ↓ L, SpO2 91% NRB. C - HR 124, BP 96/60, FAST + LUQ. D - GCS 14 (E4V4M6), PERRL. E - abrasions L flank, seat-belt sign across chest.

Interventions: L chest tube 28 Fr - 400 mL blood, air leak. MTP activated 0201: 2 U LTOWB, then 1:1:1. TXA 1 g.
CT pan-scan after stabilization: grade IV splenic laceration w/ active extravasation, L rib fx 6-9, L PTX (tube in), no ICH, no C-spine fx (NEXUS could not clear - intoxicated, BAL 0.14).

Plan: to IR 0305 for splenic embolization, Dr. {N|Pritchard}; OR on standby. ICU post-procedure. Tertiary survey in AM.
Family: mother {N|Dana Stiles} notified via {C|Carson City} PD at 0310, en route; phone {P|775-555-0197}.
""")

add("dc32_postpartum", """
POSTPARTUM DISCHARGE SUMMARY
Patient: {N|Adebisi Ogunleye-Smith}     MRN {MRN|K4490127}
Admit: {D|12/31/2024}    Delivery: {D|12/31/2024} 23:58    Discharge: {D|01/02/2025}
Attending: {N|Pilar Echeverría}, MD     Delivered by: {N|Wren Castellano}, CNM
Infant: Baby Girl {N|Ogunleye-Smith}, MRN {MRN|K4490301}, 3,410 g, Apgars 8 & 9

Delivery: NSVD, 2nd-degree laceration, repaired. QBL 450 mL. GBS neg.
Course: 30 y.o. now G2P2. Rh negative, infant Rh pos -> RhoGAM 300 mcg given {D|1/1/25}. Hgb 11.9 -> 10.4. BP normal throughout. Voiding, passing flatus, ambulating. Breastfeeding w/ lactation support ({N|Gwendolyn Ashby}, IBCLC). EPDS (Edinburgh) score 4.
Contraception: desires Nexplanon at 6 wk visit.
Meds: ibuprofen 600 q6h PRN, acetaminophen, PNV, docusate.
F/U: {G|Riverbend Women's Care} in 2 wks (BP/mood check) & 6 wks. Infant to {G|Kids First Pediatrics} on {D|Jan 3}, Dr. {N|Ha-eun Park}.
Support at home: husband {N|Marcus Smith} on paternity leave; her mother visiting from {C|Ibadan}.
""")

add("consult33_cl_psych", """
CONSULTATION-LIAISON PSYCHIATRY - INITIAL CONSULT
Pt: {N|Esperanza Villanueva}    MRN {MRN|91103378}   Date: {D|05/19/2024}
Requesting: Dr. {N|Halvorsen}, hospital medicine
Question: SI after intentional ingestion; safety/disposition

HPI: 41F, single, works as a warehouse associate at {G|Amazon BFI4} in {C|Kent}, WA, admitted {D|5/17} after intentional ingestion of ~40 tabs acetaminophen 500 mg. 4-h level 212; NAC completed, LFTs peaked AST 310, now downtrending. Medically cleared per primary team today.
Pt states she "wanted to sleep and not wake up" after losing custody of her son last month. Stopped sertraline ~6 wks ago. Denies prior attempts. Drinks 3-4 drinks on weekends.

Collateral: sister {N|Caridad Villanueva} ({P|253-555-0181}) - pt has been isolating, gave away her cat last week.

MSE: casually groomed, psychomotor slowing, poor eye contact; speech soft, low volume; mood "empty"; affect constricted, tearful; TP linear; TC + passive SI, regret at survival, no HI; no AH/VH; insight limited, judgment impaired.
Risk: C-SSRS - actual attempt within past 3 months, ongoing ideation w/ intent. Risk high, acute.

Dx: Major depressive disorder, single episode, severe, without psychotic features.

Plan:
1. Pt declines voluntary admission. Involuntary hold petition; DCR {N|Rhys Oyelowo} evaluated at 1500, detained. DCR case # {OID|DCR-24-11832}.
2. 1:1 sitter, environmental safety precautions.
3. Restart sertraline 50 mg daily.
4. Psychiatric bed search; SW aware.

{N|Ananya Krishnaswamy}, MD - C-L Psychiatry
""")

add("rad34_mammo", """
EXAM: BILATERAL SCREENING MAMMOGRAM WITH TOMOSYNTHESIS
Acc#: {OID|MG2400918273}
Patient: {N|El Idrissi, Fatima Zahra}    DOB: {D|09/14/1972}   MRN: {MRN|6607731}
Exam date: {D|06.11.2024}
Ordering: {N|Beatriz Coelho}, NP - {G|Fenway Health}

CLINICAL: Annual screening. No complaints. Maternal aunt w/ breast ca at 48. Tyrer-Cuzick lifetime risk 14.2%.
COMPARISON: {D|05/2023}, {D|04/2022} ({G|Brigham and Women's Faulkner Hospital}).
BREAST COMPOSITION: C. Heterogeneously dense, which may obscure small masses.
FINDINGS: In the right breast upper outer quadrant, posterior depth, a new 7 mm focal asymmetry is seen on CC and MLO, persisting on tomosynthesis. No associated calcifications. Left breast: stable benign-appearing calcifications. No suspicious masses.
IMPRESSION: BI-RADS 0 - Incomplete. Needs additional imaging evaluation: right diagnostic mammogram and targeted ultrasound.
Patient notified by letter and by phone (spoke w/ pt at {P|617-555-0135}) on {D|6/12/24} by {N|Deirdre Kincaid}, RT(M).
Interpreted by: {N|Theodore Blackwood}, MD
""")

add("path35_thyroid_fna", """
CYTOPATHOLOGY REPORT - THYROID FNA
Case: {OID|C24-4471}
Pt: {N|HOFFMANN-VON TROTHA, Anneliese}     DOB {D|11/02/1958}     MRN {MRN|00-773-018}
Procedure date: {D|10/22/2024}    Performed by: {N|Omari Whitfield}, MD (ultrasound-guided, 25G x3 passes)
Site: Right thyroid lobe, inferior, 2.2 cm solid hypoechoic nodule, ACR TI-RADS TR4

DIAGNOSIS: Atypia of undetermined significance (Bethesda category III), nuclear atypia subtype.
Comment: Scattered follicular cells with nuclear enlargement, some elongation and occasional grooves; no definite intranuclear pseudoinclusions. Colloid scant. Adequate (>6 groups of 10 cells). Material collected in ThyroSeq vial and sent for molecular testing (order {OID|TS-0098217}).
Screened by: {N|Marisa Delgado-Fry}, CT(ASCP)
Signed: {N|Ji-woo Han}, MD  {D|10/24/2024}
""")

add("pacer36_remote", """
DEVICE CLINIC - REMOTE INTERROGATION REVIEW
Pt: {N|Lorenzo Bianchi-Amato}    MRN {MRN|1029384}    DOB {D|02/14/1941}
Transmission received: {D|10/30/24} 03:12 (scheduled, CareLink)
Device: Medtronic Azure XT DR MRI SureScan (W1DR01), SN {DEV|RNB309417S}
Implanted {D|03/02/2021}, {G|St. Mary's Regional Medical Center}, Dr. {N|Farzana Qureshi}
RA lead: CapSureFix 5076-52 cm, SN {DEV|PJN7746102} / RV lead: 5076-58 cm, SN {DEV|PJN7751983}
Indication: sinus node dysfunction w/ symptomatic pauses

Battery: 2.99 V, est. longevity 8.1 yrs
RA: P 2.8 mV, imp 456 Ω, threshold 0.75 V @ 0.4 ms
RV: R 11.2 mV, imp 532 Ω, threshold 0.625 V @ 0.4 ms
Pacing: AP 78%, VP 2% (MVP on)
Events: AT/AF burden 2.3% (was 0.4%), longest episode 6 h 42 min on {D|10/19}, V rates controlled (avg 96). No VHR.
CHA2DS2-VASc 4 (age ≥75, HTN, DM). Not anticoagulated.

Assessment: new subclinical AF >6 h. Message sent to Dr. {N|Qureshi} re: anticoagulation. Called pt at {P|(775) 555-0144}, spoke w/ daughter {N|Giulia}; pt has PCP appt next wk.
Next remote: {D|01/29/2025}.
{N|Haruto Fujimoto}, CCDS
""")

add("rn37_nicu", """
NICU NURSING NOTE 19:00-07:00
Baby Boy {N|Castellanos-Reyes} (Twin B) - MRN {MRN|N11820394} - Bed 14, Pod C
GA at birth 29+4, now DOL 12, CGA 31+2. BW 1,210 g -> today 1,265 g (+15 g).

Resp: HFNC 3 L, FiO2 23-26%. 2 self-resolved A/B/D events (lowest HR 78, sat 82%), 1 needing gentle stim at 0215. Caffeine citrate given 0500.
FEN: EBM + HMF 24 kcal, 24 mL q3h via OGT over 30 min. No residuals. Abd soft, nondistended. Voiding, stool x2 yellow seedy.
Milk: all feeds from mom's labeled supply, bottle IDs scanned ({OID|BM-0044812}, {OID|BM-0044813}).
Neuro/thermo: temp stable in isolette, 33.1 °C servo. Positioned w/ Dandle ROO. Tone appropriate for GA.
Lines: PIV L hand removed 2300 - PICC not needed per NNP.
Labs: bili 6.1 at 0400, below phototherapy threshold for GA.
Family: mom {N|Yesenia} in 2000-2230, kangaroo care 50 min with Twin A ({N|Santiago}) and 45 min with B. Dad {N|Iván} called 0130 from work (night shift at {G|Tyson} plant) for update.

{N|Precious Mahlangu}, RN
""")

add("sw38_aps", """
SOCIAL WORK NOTE - APS REPORT
Pt: {N|Eunice Faithful}   84F   MRN {MRN|3318204}   {D|01/13/2025}

Team raised concern re: possible financial exploitation & neglect. Pt admitted {D|1/11} w/ dehydration, UTI, stage 2 sacral PI. Pt lives w/ grandson {N|Kyle Faithful} (24) at {ST|3350 N 67th Ave, Lot 91}, {C|Phoenix}, AZ {Z|85033}.

Pt told RN {N|Aisha} that grandson "takes my card" and she hasn't had groceries "in a while." Pt states her SS check is deposited to her credit union account; she doesn't know the balance. Pt is A&Ox4, SLUMS 24/30 (HS educated) - MCI range but describes the situation consistently.

Report made to APS by phone, report # {OID|APS-2025-0038817}, intake worker {N|Graciela Montoya}. Cc'd to pt's PCP, Dr. {N|Tran}, {G|Maryvale Family Medicine}.

Also notified hospital security re: visitor restrictions per pt's request (pt asked that {N|Kyle} not be given information).

Other contact: niece {N|Bernice Holloway}, {C|Glendale}, {P|623-555-0170} - pt consents to sharing info with her.
Plan: await APS f/u; explore SNF vs assisted living; assist w/ ALTCS application.
{N|Rochelle Adeyemi-Park}, LCSW
""")

add("hh39_pt_visit", """
pt visit note - home health pt ({G|Banner Home Care})
{D|5/14}  1300-1400
pt: {N|abdul-rahman al-farsi}, 78m, s/p l tka {D|4/30}
home: {ST|6021 w camelback rd apt 1042}, {C|phoenix} {Z|85033} - 2nd floor, elevator.
s: "better, but stairs still hard." pain 3/10 at rest, 6/10 w/ stairs. son {N|khalid} present, assisting with hep.
o: l knee arom 5-98, prom 3-102. quad lag 5 deg. edema +1. incision healed, steri-strips off.
tug 14.2 s (18.6 last wk). berg 47/56. 5xsts 16 s. gait w/ sc, decreased stance time l, mild antalgic.
stairs: 12 steps w/ rail + sc, step-to, cga.
a: progressing well toward goals. fall risk moderate.
p: cont 2x/wk x 2 wk, progress hep (step-ups, tke w/ band), wean sc indoors. f/u ortho dr {N|nwachukwu-lee} {D|5/28}.
{N|d. marchetti}, pt, dpt
""")

add("hospice40_death", """
HOSPICE - DEATH VISIT / PRONOUNCEMENT NOTE
Pt: {N|Henrietta Kowalski} (goes by {N|Hettie})     Age: {A|102}     DOB: {D|06/01/1922}
Location: home, {ST|48 Laurel St}, {C|Nanticoke}, PA {Z|18634} ({CO|Luzerne County})
Date of death: {D|02/11/2025}    Time of death: 0412 (per family; verified on RN arrival 0455)

Called by nephew {N|Stanley Wójcik} at 0420. On arrival: no respirations, no apical pulse x 1 full minute, pupils fixed and dilated, no response to verbal or tactile stimuli. Pronounced at 0458 by {N|Mbali Dlamini}, RN (RN pronouncement per agency policy, attending agreement on file).

Family present: {N|Stanley} and wife {N|Rose}, niece {N|Dorothy Kaminski}. Family tearful, supportive of each other. Post-mortem care provided; wedding band and rosary left on per family.

Notifications:
- Attending Dr. {N|Arjun Mehta}, 0510, agrees to sign certificate
- Coroner: not a coroner's case, ref {OID|LC-25-00417}
- {G|Zielinski & Sons Funeral Home} ({P|(570) 555-0130}), arrived 0615. Family says obituary will be posted at {URL|www.zielinskifuneralhome.com/obituaries/henrietta-kowalski}
- Controlled substances destroyed with {N|Stanley} as witness: morphine concentrate 20 mg/mL, ~14 mL wasted; lorazepam 0.5 mg x 11 tabs.
- DME company to pick up hospital bed, O2 concentrator.

Bereavement: referred to bereavement coordinator; {N|Stanley} accepts calls.
{N|Mbali Dlamini}, RN
""")

add("pharm41_cs_verify", """
OUTPATIENT PHARMACY - CONTROLLED SUBSTANCE VERIFICATION NOTE
Store: {G|Smith's Pharmacy}, {ST|4700 Montgomery Blvd NE}, {C|Albuquerque}, NM {Z|87109}
Date: {D|03/27/2025}    RPh: {N|Nizhoni Begay}, PharmD

Patient: {N|Aarav Chaudhary}, 19M, DOB {D|11/09/2005}
ID presented: NM driver license {LIC|071834229}
Rx: amphetamine/dextroamphetamine ER 20 mg, #30, 0 RF, written {D|3/25/25}
Prescriber: {N|Noor Haddad}, DNP, PMHNP-BC - {G|High Desert Behavioral Health}, {P|505-555-0124}; DEA {LIC|MH2215978}

Concern: early fill (last 30-day fill on {D|3/10} at a different pharmacy per PMP). NM PMP reviewed: 3 prescribers and 4 pharmacies in past 90 days for stimulants.
Action: Rx held. Called prescriber office 1135, spoke with {N|Selena} (MA): Rx confirmed as written, but NP was not aware of other prescribers. NP {N|Haddad} to call back. Pt informed, upset, left store. Rx placed on file, not filled.

Documented per Board of Pharmacy rule.
""")

add("ltc42_interact", """
SNF TO HOSPITAL TRANSFER FORM (INTERACT)
From: {G|Magnolia Gardens Health & Rehabilitation}, {ST|900 Spring Hill Rd}, {C|Tuscaloosa}, AL {Z|35406}
Unit/Room: Hall B, 214-W      Nurse station {P|(205) 555-0140}   fax {F|(205) 555-0141}
Date/time of transfer: {D|07/19/2024} 2115   Sent to: {G|DCH Regional Medical Center} ED

FACE SHEET: {N|JEFFERSON, WILLIE MAE}   {SSN|419-22-6608}   F   {D|11/30/1930}   Age {A|93}
Medicare: {HP|7NX2-PQ4-WE19}   Medicaid: {HP|503318270}
Code status: DNR (copy attached), POLST: limited interventions, OK to hospitalize
Responsible party: son {N|Reginald Jefferson}, {P|(205) 555-0188}, notified 2100 - will meet at ED.
NH attending: Dr. {N|Patricia Young}, notified 2050

Reason for transfer: change in condition - new lethargy, T 38.7, BP 88/50 (baseline 130s), HR 112, RR 24, SpO2 89% RA -> 93% 2L. Decreased PO intake x2 days. Foley (chronic, for sacral wound) w/ cloudy, foul urine.
Baseline: oriented to self only, nonverbal at times, wheelchair, total assist transfers, pureed diet w/ nectar thick liquids.
Allergies: codeine.
Meds last given: 1700 - carvedilol 6.25 held (SBP <100); Tylenol 650 PR at 2040.
Belongings sent: glasses, upper denture, L hearing aid.
Completed by: {N|Shaniqua Lewis}, LPN   Report called to ED RN {N|Marco} at 2110.
""")

add("er43_uk_ankle", """
{G|Royal Infirmary of Edinburgh} - Emergency Department
Discharge letter to GP

Patient: {N|Callum Fraser MacLeod}    CHI: {HP|1205873341}    DOB: {D|12/05/1987}
Address: {ST|Flat 3F2, 14 Marchmont Crescent}, {C|Edinburgh} {Z|EH9 1HN}
GP: Dr {N|A. Lindsay}, {G|Bruntsfield Medical Practice}
Attendance: {D|Sat 8 Feb 2025} 16:40 - 19:05   Triage category: Manchester Triage System, yellow (urgent)

Presenting complaint: inversion injury R ankle playing five-a-side at {G|Meadowbank Sports Centre}.

Ottawa ankle rules positive (bony tenderness posterior edge lateral malleolus). XR R ankle: Weber B fibular fracture, undisplaced, mortise congruent, no medial clear space widening on gravity stress view.

Management: Aircast boot, FWB as tolerated, crutches issued. VTE risk assessed - no LMWH indicated. Analgesia: paracetamol/ibuprofen.

Follow-up: Virtual fracture clinic review; patient will be phoned. Return if increasing pain, numbness or calf swelling.

Fit note: 2 weeks (works as a joiner with {G|Lothian Building Services}).

Dr {N|Priyanka Venkataraman}, ST4 Emergency Medicine
GMC {LIC|7612904}
""")

add("ophtho44_cataract", """
OPHTHALMOLOGY CLINIC NOTE
{N|Ezekiel Bright}  62M  MRN {MRN|38840011}   Visit {D|11/14/24}
Referred by: Dr. {N|Hope Mwangi-Sato}, optometry - {G|Clearview Eye Care}, {C|Florence}, SC

CC: "can't see at night, glare from headlights" + DMV vision form.
Hx: truck driver for {G|Pee Dee Freight Lines}, CDL (SC) {LIC|104482271} up for renewal. T2DM x 12 yr, last A1c 9.4.

VA cc: OD 20/60, OS 20/40 (Snellen); PH OD 20/40, OS 20/30
IOP (Goldmann): 17/16
SLE: 3+ NS and 2+ PSC OD, 2+ NS OS.
DFE: moderate NPDR OU w/o CSME on OCT (CST 268/271 µm). No NV.
Confrontation fields full; Humphrey 24-2 SITA-Fast reliable, no defects.

A/P:
1. Visually significant cataract OD > OS - discussed phaco/IOL OD first, consented, biometry (IOLMaster) today. Surgery tentatively {D|Dec 12}.
2. Moderate NPDR OU - no CSME; repeat OCT 4 mo, glycemic control, d/w PCP Dr. {N|Langston}.
3. DMV form: currently meets state standard w/ correction (20/40 better eye) - form completed and given to pt; night driving cautioned.

{N|Ngozi Eze-Whitman}, MD
""")

add("lab45_critical", """
CRITICAL VALUE NOTIFICATION LOG - Chemistry
{D|08/23/2024}
02:17  K 6.9 mmol/L (hemolysis index 0)   Pt: {N|TRAN, BAO Q}   MRN {MRN|3301847}   Loc: 3S-318   Acc {OID|24H23-0982}
       Prior K 5.2 on {D|8/22} 18:40.
02:19  Called to {N|Ivana Petrović}, RN - read-back verified.  Caller: {N|Rohit Sharma}, MLS(ASCP)
02:31  Repeat on new draw ordered by Dr. {N|Yeboah} (acc {OID|24H23-1004})
02:58  Repeat K 6.7 - called to {N|I. Petrović}, RN, read-back verified.
""")

add("dc46_cap_elderly", """
HOSPITAL MEDICINE DISCHARGE SUMMARY
{N|Augustine Oyelowo}    MRN {MRN|50338172}    Adm {D|5/3/2024}   D/C {D|5/9/2024}
PCP: {N|Grace Ashworth-King}, MD ({G|Hillcrest Senior Care})

Brief HPI: Mr. {N|Oyelowo} is a very pleasant {A|ninety-one}-year-old retired Anglican priest, formerly headmaster of {G|St. Gregory's College} in {C|Lagos}, who lives with his daughter {N|Folake} in {C|Cypress}, TX. He presented with 3 days of productive cough, fever and new confusion.

Dx: CAP (CURB-65 = 3: confusion, urea, age), complicated by hypoactive delirium; AKI (prerenal), resolved.
Course: Ceftriaxone + azithromycin x 5 days. Blood cultures NGTD. Strep pneumo urine Ag +. Delirium managed nonpharmacologically (daughter stayed overnight, hearing aids/glasses, sleep hygiene); no antipsychotics needed. CAM negative x 48 h at d/c. PT: home w/ walker + HH PT.
Goals of care: discussed w/ pt and daughter; pt wishes DNR but would accept hospitalization. MOLST completed {D|5/8}.
Meds changed: amlodipine decreased 10 -> 5 mg (orthostatic). Stopped: diphenhydramine qHS (Beers list).
F/U: PCP {D|5/16}. Daughter {N|Folake Oyelowo-Adams} cell {P|281-555-0153}, email {E|folake.adams@yahoo.com}.
{N|Benjamin Oduro}, MD
""")

add("consult47_id_malaria", """
INFECTIOUS DISEASES CONSULTATION
{N|Kofi Mensah-Bonsu}   29M   MRN {MRN|7712904}   {D|Jan 8, 2025}
Requested by: Dr. {N|Whitney Sorensen}, hospitalist - fever in returning traveler

HPI: Poultry line supervisor at {G|Tyson Foods} ({C|Springdale}, AR). Returned {D|Jan 4} from 3 wks visiting family in {C|Kumasi}, Ghana - stayed w/ grandmother in a village outside {C|Ejisu}. Did NOT take malaria prophylaxis ("I grew up there"). No pre-travel visit. Fever to 40.1 °C since {D|1/6} w/ rigors, HA, myalgias, nonbloody diarrhea. Freshwater exposure: swam in {G|Lake Bosomtwe}. No sexual contacts during travel.

Exam: T 39.6, HR 118, BP 102/58. Scleral icterus. Spleen tip palpable. No eschar, no rash.
Labs: plt 62K, T bili 3.4, Cr 1.3, lactate 2.8. Thick/thin smear: P. falciparum, parasitemia 3.8%.

Assessment: Plasmodium falciparum malaria, currently without criteria for severe malaria, but high-risk features (parasitemia approaching 5%, thrombocytopenia, hyperbilirubinemia).
Plan:
- Artemether-lumefantrine (Coartem) 4 tabs now, at 8 h, then BID x 2 days w/ fatty food.
- Smears q12-24h until negative. If parasitemia ≥5% or any severe criterion -> IV artesunate.
- Schistosoma serology (freshwater exposure at {G|Lake Bosomtwe}), HIV, Leptospira IgM.
- Reported to {CO|Washington County} health dept, report # {OID|WCHD-25-0081}.
- VHF (Lassa, Ebola) not suspected - no exposure history.

{N|Yusuf Abdirahman}, MD - Infectious Diseases   pgr 58812
""")

add("onc48_tumor_board", """
THORACIC MULTIDISCIPLINARY TUMOR BOARD - {D|Wednesday, March 19, 2025}
Presenter: Dr. {N|Simran Bhatia} (med onc). Present: {N|Bhatia}, {N|Osei}, {N|Lindqvist-Moreau}, {N|Camacho}, {N|Fitzgerald} (rad onc), {N|Tanaka} (path), {N|Rowe} (rads), nurse navigator {N|Shauna Kinsella}.

CASE 1 - {N|WAINWRIGHT, Hollis}   67M   MRN {MRN|0019384722}
Former smoker 45 pk-yr. RUL 3.4 cm spiculated mass, PET SUVmax 11.2, 4R node SUV 5.1. EBUS-TBNA {D|3/11}: 4R positive for adenocarcinoma, 7 and 10R negative. Brain MRI neg. PD-L1 TPS 60%; NGS (FoundationOne CDx) - no EGFR/ALK/ROS1; KRAS G12C detected.
Stage: cT2aN2M0, IIIA (AJCC 8th).
Recommendation: neoadjuvant chemo-immunotherapy (nivolumab + platinum doublet, per CheckMate 816) x3 cycles, restage, then lobectomy w/ Dr. {N|Osei}. Trial screening - navigator to contact pt at {P|(503) 555-0114}.

CASE 2 - {N|NAKASHIMA-OLSEN, Faith}   52F   MRN {MRN|0020117465}
Never smoker. LLL 1.9 cm part-solid nodule (solid component 1.2 cm), slowly growing since first seen on CT in {D|Feb 2023} at {G|Kaiser Sunnyside Medical Center}. No nodal uptake.
Recommendation: L VATS segmentectomy (JCOG0802 / CALGB 140503) w/ nodal sampling. No neoadjuvant therapy.

Next board: {D|3/26}.
""")

add("rehab49_pt_eval", """
PHYSICAL THERAPY INITIAL EVALUATION - ACUTE CARE
Pt: {N|Grant MacAulay}   Room 817   {D|09/02/2024}   MRN {MRN|22093871}
Dx: L MCA ischemic stroke {D|8/30}, s/p IV thrombolysis.
PLOF: independent, drives, works as head groundskeeper at {G|Oakmont Country Club}; lives w/ wife {N|Bonnie} in a 1-story home, 3 steps to enter, no rail.
Subjective: "my right arm feels heavy." Expressive word-finding difficulty.
Objective:
R UE 2/5 shoulder flex, 3-/5 grip; R LE 4-/5 hip flex, 3+/5 DF. Light touch intact.
Bed mobility: min A rolling. Sup -> sit: min A. Sit -> stand: mod A w/ hemi-walker.
Balance: sitting static good, standing static fair-. Berg 21/56.
Gait: 25 ft w/ hemi-walker + mod A, R foot drag.
AM-PAC 6-Clicks basic mobility 14/24.
Assessment: deficits in strength, balance, gait -> high fall risk. Excellent rehab candidate, motivated, good family support.
Recommendation: acute inpatient rehab (IRF).
Plan: 5-6x/wk while inpatient.
{N|Lucinda Aparicio}, PT, DPT
""")

add("peds50_school_letter", """
{G|Cedar Ridge Pediatrics}
{ST|3300 Cedar Ridge Pkwy, Bldg B}
{C|Cedar Park}, TX {Z|78613}
Phone {P|512-555-0106}   Fax {F|512-555-0107}

{D|September 3, 2024}

To: School Nurse, {G|Whitestone Elementary School} ({G|Leander ISD})

RE: {N|Journee Washington}, DOB {D|05/05/2016}, Grade 3

{N|Journee} has type 1 diabetes (diagnosed 2022) managed with an Omnipod 5 automated insulin delivery system (PDM serial {DEV|OP5-21-4471930}) integrated with a Dexcom G7 CGM. Please follow the enclosed Diabetes Medical Management Plan for the 2024-25 school year. Summary:
- Target glucose 90-150 mg/dL. Insulin-to-carb ratio 1:15, correction factor 1:60 above 150.
- Hypoglycemia <70: 15 g fast carbs, recheck in 15 min. If unconscious/seizing: Baqsimi 3 mg intranasal, call 911, then parents.
- She may carry snacks & her phone (CGM app) in class.
- PE and recess: check CGM first; OK to participate if >120 and not trending down.
- Pump site failure / glucose >300 x2 with ketones: call parents.

Parents: {N|Tamika Washington} {P|(512) 555-0171}, {N|Andre Washington} {P|(512) 555-0172}.
Remote monitoring (Dexcom Follow) is set up for mom.

Please contact our office with any questions.

{N|Ifeoma Chukwuemeka}, MD, FAAP
""")

add("occ51_workcomp", """
OCCUPATIONAL HEALTH - WORKERS' COMPENSATION INITIAL VISIT
Date of service: {D|11/18/2024}   Date of injury: {D|11/15/2024}
Employee: {N|Javier Quiñones}   DOB {D|04/03/1985}   SSN {SSN|512-48-7730}
Employer: {G|Northstar Logistics}, {ST|2301 Channahon Rd}, {C|Joliet}, IL {Z|60436}
Employee ID: {OID|NSL-004182}    Job: forklift operator (operator certification {LIC|FLT-22918})
Claim #: {OID|WC24-7718204}   TPA: Sedgwick - adjuster {N|Brenda Kowal}, {P|(815) 555-0152}, fax {F|(815) 555-0153}, {E|brenda.kowal@sedgwick.com}

Mechanism: lifting a 60 lb carton from floor to pallet, felt a "pop" in low back w/ immediate pain, no radiation. Reported to supervisor {N|Dwayne Pruitt} same shift.
Exam: paraspinal spasm L>R L4-S1, flexion limited to 40 deg, SLR neg bilat, neuro intact (L2-S1 motor 5/5, DTRs 2+ sym, sensation intact). No red flags (no saddle anesthesia, no bowel/bladder sx).
Dx: Lumbar strain (S39.012A).
Plan: naproxen 500 BID x 10 d, cyclobenzaprine 5 mg qHS, heat, PT 2x/wk x 3 wk.
Work status: modified duty - no lifting >15 lb, no forklift operation while on cyclobenzaprine, alternate sit/stand. Re-eval {D|12/2}.
{N|Gideon Falk}, MD, MPH - {G|Silver Cross Occupational Health}
""")

add("ed52_psych_eod", """
ED PSYCHIATRIC EVALUATION
Pt: {N|Dakota Redcloud}    DOB {D|02/09/1997}    MRN {MRN|TUL-4408217}   Arrival {D|03/02/2025} 0115
BIB {C|Tulsa} PD on emergency order of detention. Officer {N|M. Jessup}, badge #{OID|1147}, case {OID|TPD 2025-019933}.

Per officer: found sitting in parked car (silver 2009 Toyota Corolla, OK tag {VEH|KXV-418}) in the {G|QuikTrip} lot at {ST|E 11th St and S Yale Ave}, engine running, garden hose from the exhaust into the rear window. Called in by a store employee.

Pt report: 27yo, laid off last month from the {G|Macy's} distribution center, breakup last week. States "I didn't go through with it, I was just sitting there." Admits intent at the time. One prior attempt (OD, 2019). Drinking 6-8 beers/day recently.
MSE: disheveled, poor eye contact, dysphoric, constricted affect, linear, + passive SI, no current plan "in here", no HI, no AH/VH.
C-SSRS: high risk.
Labs: BAL 0.09, UDS + THC. COHb 4% (nonsmoker) - mild exposure, no neuro sx.
Plan: continue EOD, 1:1 sitter, belongings search, inpatient psych - bed search started ({G|Laureate Psychiatric Clinic and Hospital}, {G|Parkside Hospital}). Mother {N|Winona Redcloud} in waiting room, {P|918-555-0109}; pt consents to her being updated.
{N|Caleb Tsosie}, MD
""")

add("portal53_pump", """
Patient Message (sent via mobile app, IP {IP|73.158.201.44})
From: {N|Declan O'Rourke-Yeboah}
Sent: {D|Sun, 9 Mar 2025} 23:14
To: Endocrinology - Dr. {N|Aurelia Vance} pool
Subject: pump alarm AGAIN

hey doc, my t:slim X2 (serial {DEV|1184402}) keeps throwing occlusion alarms, 3 times since friday, last one at 2am and my sugar went up to 340 before i caught it. i've changed the cartridge and site twice. tandem said its probably the tubing and is sending a replacement but that takes 3-5 days. can you see my cgm data? here's my clarity share link {URL|https://clarity.dexcom.com/share/7QK4-LMX2-PB9R}. should i go back on shots til the new one comes? i have lantus pens left over from last year.
my new number is {P|(347) 555-0128} btw.
- {N|Dec}

---
Reply {D|3/10/25} 08:40 - {N|Priscilla Nakamura-Reid}, RN CDCES
Hi {N|Declan}, I reviewed your Clarity data. Yes - please switch to injections until the replacement arrives: Lantus 24 units once daily (about 80% of your pump basal total), and keep your usual carb ratio 1:8 and correction 1:35 with Humalog pens. I've updated your phone number in the chart. Dr. {N|Vance} agrees.
""")

add("chaplain54_spiritual", """
SPIRITUAL CARE NOTE
Pt: {N|Constance Obi}   Rm 1104   {D|12/24/2024}
Visit initiated by: nursing referral (pt tearful, asked for "a pastor")
Chaplain: {N|Theresa Bukowski}, MDiv, BCC

Pt is a 58 y/o woman, newly diagnosed with metastatic pancreatic ca, Nigerian-born, Anglican. Expressed fear of "not seeing my son's wedding" (son {N|Chinedu}, engaged, wedding planned in {C|Enugu} for {D|April 2025}). Pt found comfort in Psalm 23; we prayed together. Pt requests her own priest - Ven. {N|Emeka Nwosu} of {G|St. Stephen's Anglican Church} ({C|Houston}); pt gave permission to call, left voicemail at {P|713-555-0138}.

FICA assessment: Faith - strong, central to coping; Importance - very; Community - church choir, women's guild; Address - wants her priest and Holy Communion.

Plan: will revisit {D|12/26}; Episcopal volunteer chaplain Rev. {N|Hope Adair-Linton} to offer communion tomorrow.
""")

add("fax55_records_request", """
FAX COVER SHEET - CONFIDENTIAL
Date: {D|07/08/2024}      Pages (incl. cover): 6
To: Health Information Management / Release of Information
    {G|Baptist Memorial Hospital-Golden Triangle}
    {ST|2520 5th St N}, {C|Columbus}, MS {Z|39705}
    Fax: {F|(662) 555-0184}   Phone: {P|(662) 555-0180}
From: {N|Lakisha Pettway-Hale}, paralegal
    {G|Hollings & Pruitt, PLLC}
    {ST|P.O. Box 1177}, {C|Starkville}, MS {Z|39760}
    Fax: {F|(662) 555-0199}   {E|lpettway@hollingspruitt.com}

RE: Request for complete medical records
Patient: {N|Clarence Pettway}    DOB: {D|07/04/1955}    SSN: {SSN|428-71-9935}
Dates of service: {D|01/01/2023} through {D|06/30/2024}
Your MRN (if known): {MRN|BMGT-0028815}

Enclosed: HIPAA-compliant authorization signed by patient {D|6/28/24}. Please include ED records, imaging reports (and CD of images) from the {D|3/14/2023} MVC, and itemized billing (acct {AC|30098817265}).

This facsimile may contain protected health information. If you received it in error, notify the sender and destroy all copies.
""")

# ---------------------------------------------------------------------------
# Hard negatives (25) - no PHI at all
# ---------------------------------------------------------------------------

add("neg01_ed_chestpain", """
ED PROVIDER NOTE - CHEST PAIN PATHWAY
67 yo M w/ HTN, HLD, ex-smoker (quit 2016, 40 pk-yr) presents w/ intermittent L-sided chest tightness x2 days, worse climbing stairs, resolves w/ rest in ~5 min. No radiation, no diaphoresis. Pain 0/10 now, 5/10 at worst.
Vitals 1342: BP 148/86, HR 74, RR 16, SpO2 97% RA, T 36.7.
ECG 1350: NSR 72, LVH by Sokolow-Lyon voltage, no acute ST-T changes, QTc 438.
hs-TnT 9 ng/L (0 h) -> 11 ng/L (2 h); delta below ESC 0/2h rule-in threshold.
CXR: no acute cardiopulmonary process.
HEART score 5 (H1 E1 A2 R1 T0) - moderate risk. TIMI 2. Wells 0, PERC negative -> no D-dimer.
Given ASA 324 mg PO at 1410. NTG not needed.
Home meds: amlodipine 10 mg, rosuvastatin 20 mg (Crestor), tamsulosin 0.4 mg. Allergy: penicillin (hives, 1980s).
Plan: observation unit Bed 9, telemetry, repeat trop at 6 h, exercise stress echo (Bruce protocol) in AM. If positive -> cardiology for cath. Cards fellow aware (pgr 31184).
Pt agrees w/ plan. Wife at bedside.
Billing provider NPI 1457382916. Level 4 E/M, obs status.
""")

add("neg02_gi_endoscopy", """
PROCEDURE: EGD and colonoscopy
Indication: iron deficiency anemia (Hgb 9.2, ferritin 6); GERD symptoms.
Instruments: Olympus GIF-HQ190 / CF-HQ190L. Sedation: propofol (MAC) by anesthesia, ASA II.
EGD: Los Angeles Classification grade B esophagitis, distal esophagus. Barrett's segment, Prague C1M3, biopsied per Seattle protocol (4-quadrant every 1 cm). 3 cm hiatal hernia, Hill grade III flap valve. Stomach: patchy antral erythema; biopsies per updated Sydney System (antrum x2, incisura x1, body x2). Duodenum normal; biopsies for celiac.
Colonoscopy: BBPS 3-3-2 = 8. Cecum identified by appendiceal orifice and ileocecal valve; withdrawal time 9 min. 12 mm Paris 0-IIa polyp in ascending colon, NICE type 2 / JNET 2A, lifted with Orise gel and removed by cold snare EMR; 2 Resolution clips placed. 4 mm sessile polyp sigmoid, cold snare. Sigmoid diverticulosis. Grade I internal hemorrhoids.
Impression: LA grade B esophagitis; short-segment Barrett's; adenoma-appearing polyps removed.
Recommendations: PPI BID x 8 wks then repeat EGD in 3 months; await pathology; surveillance colonoscopy in 3 yrs per USMSTF 2020 if adenomas confirmed; continue oral iron.
""")

add("neg03_ortho_fracture", """
PAEDIATRIC FRACTURE CLINIC
14 yo F, R-hand dominant, fell from a trampoline 2 days ago onto outstretched R hand. Seen in ED, placed in backslab.
XR R wrist: Salter-Harris II fracture distal radius, 25 deg dorsal angulation, 4 mm translation; ulnar styloid intact. Scaphoid views normal, snuffbox nontender.
L ankle also sore: Ottawa ankle rules negative, no imaging.
Procedure: closed reduction under Bier block (prilocaine 0.5%, 3 mg/kg), cuff 250 mmHg, cuff time 22 min. Post-reduction films: 5 deg angulation, acceptable for age/remodelling potential (~2 yrs growth remaining, Risser 3). Above-elbow cast, 3-point moulding.
Neurovascular: radial pulse 2+, cap refill <2 s, median/ulnar/radial motor & sensory intact pre and post. No signs of compartment syndrome.
Plan: XR at 1 wk to check position; cast 4-6 wks total. Return if increasing pain, numbness or tight cast. No trampolines for 3 months.
Mum present, happy with plan. Analgesia: paracetamol 1 g QDS, ibuprofen 400 mg TDS.
""")

add("neg04_code_stroke", """
CODE STROKE NOTE
Activated 0832. 71 yo F, LKW 0710 (witnessed by spouse at breakfast).
NIHSS 14: LOC 0, gaze 2, visual 2, facial 2, L arm 4, L leg 3, sensory 1, neglect 0 (no - 1), dysarthria 1.
CT head 0841: no hemorrhage, ASPECTS 8. CTA: R M1 occlusion, good collaterals (Tan score 3). CTP: core 14 mL, mismatch ratio 6.
Tenecteplase 0.25 mg/kg (18 mg) IV bolus at 0851; door-to-needle 19 min.
Thrombectomy: groin puncture 0920, Solitaire X 4x40 + React 71 aspiration, 2 passes, TICI 2c at 0958.
Post-procedure NIHSS 4. BP goal <180/105 x 24 h, then <140. Pre-stroke mRS 0.
Admit Neuro ICU Bed 4. Dysphagia screen before PO. Repeat CT at 24 h before antiplatelets.
""")

add("neg05_micu_progress", """
MICU PROGRESS NOTE - HD 4
58 yo M w/ severe ARDS (Berlin; P/F 92 on admission) from influenza A + MSSA pneumonia.
Vent: VC, Vt 420 (6 mL/kg PBW), PEEP 14, FiO2 0.5, Pplat 27, driving pressure 13. P/F today 168.
Proned 16 h/day x 3 sessions (PROSEVA protocol), supinated this AM, tolerated.
Sedation: propofol 30 mcg/kg/min + fentanyl 75 mcg/h; RASS -2; CAM-ICU positive. Cisatracurium stopped HD 2.
Hemodynamics: norepinephrine 0.06 mcg/kg/min, vasopressin 0.03 U/min, MAP 68. No Swan-Ganz.
Lines: R IJ triple-lumen (day 4), L radial arterial line, Foley. CHG bath daily.
Renal: Cr 1.8, UOP 0.4 mL/kg/h, no CRRT indication yet.
ID: cefazolin day 4, oseltamivir day 5/5.
GI: Vital AF 1.2 at 40 mL/h, goal 55. Famotidine.
Heme: Hgb 8.1. Heparin 5,000 units SQ q8h.
Family meeting Thursday at 1500. Full code.
""")

add("neg06_hepatology", """
HEPATOLOGY CLINIC
56 yo M, alcohol-associated cirrhosis, abstinent since 2022 (PEth negative x3).
Child-Pugh B (8). MELD 3.0 = 17. West Haven grade 1 HE, on lactulose titrated to 2-3 BM/day + rifaximin 550 mg BID.
Varices: small on EGD 2024; carvedilol 6.25 mg BID per Baveno VII.
Ascites: moderate; LVP every 3 weeks, 6-8 L, with 25% albumin 8 g per liter removed.
HCC surveillance: MRI LI-RADS 3 observation segment VIII, 1.4 cm -> repeat in 3-6 months. Within Milan criteria if it progresses.
History: alcohol-associated hepatitis 2021, Maddrey 38, Lille 0.41 at day 7 (responder to prednisolone).
TIPS discussed (Viatorr covered stent) for refractory ascites - relative caution given MELD and HE.
Labs: plt 74, INR 1.5, Na 131, bili 2.3, albumin 2.9.
Vaccines: HAV/HBV immune, Shingrix x2, PCV20.
Plan: refer for transplant evaluation; nutrition consult (late evening snack, 1.2-1.5 g/kg protein).
""")

add("neg07_pancreatitis", """
HOSPITALIST H&P (abbreviated)
52 yo F w/ epigastric pain radiating to back x 18 h, N/V. Lipase 4,812. RUQ US: cholelithiasis, CBD 5 mm, no choledocholithiasis. TG 212, Ca 8.9. Rare EtOH.
Severity: revised Atlanta classification - acute interstitial edematous pancreatitis, mild (no organ failure, modified Marshall score 0). BISAP 1. Ranson on admission 2 (WBC 17.1, glucose 241); 48 h criteria pending. SIRS 2/4.
Plan: moderate goal-directed LR (per WATERFALL: 10 mL/kg bolus then 1.5 mL/kg/h), early oral refeeding as tolerated, multimodal analgesia (IV acetaminophen, ketorolac x 48 h, hydromorphone PRN), no prophylactic antibiotics.
Surgery consult for same-admission cholecystectomy (PONCHO). CT only if no improvement at 72 h (Balthazar / CTSI).
VTE ppx enoxaparin 40 mg. Full code.
""")

add("neg08_heme_onc", """
HEMATOLOGY/ONCOLOGY PROGRESS NOTE - C3D1
Dx: DLBCL, GCB subtype (Hans algorithm), stage IIB bulky (Ann Arbor / Lugano), IPI 2, CNS-IPI 2. FISH: no MYC rearrangement.
History: melanoma L shoulder 2018, Breslow 1.1 mm, Clark level IV, SLNB negative - NED on surveillance.
Interim PET after C2: Deauville 3 - favorable.
Today: ECOG 1. Grade 1 sensory neuropathy (CTCAE v5.0) fingertips - vincristine continued, capped at 2 mg. No febrile neutropenia.
Labs: ANC 2.4, Hgb 10.9, Plt 188, LDH 231, uric acid 5.1, bili 0.6.
Plan: R-CHOP C3 today, pegfilgrastim via Neulasta Onpro on-body injector; allopurinol stopped. HBV core Ab neg. End-of-treatment PET after C6. Consolidative RT to bulky site discussed.
RTC 21 days for C4.
""")

add("neg09_hf_clinic", """
HEART FAILURE CLINIC
71 yo M, ischemic cardiomyopathy, LVEF 30% (echo 2024), NYHA II-III, ACC/AHA stage C. KCCQ-12 summary 58. Seattle Heart Failure Model est. 1-yr survival 89%. Minnesota Living with Heart Failure Questionnaire 41.
Prior: CABG x3 in 2015 (LIMA-LAD, SVG-OM, SVG-RCA); CRT-D (Boston Scientific Resonate X4) 2020.
GDMT (PARADIGM-HF, DAPA-HF, EMPEROR-Reduced, RALES): sacubitril/valsartan 97/103 mg BID, metoprolol succinate 100 mg, spironolactone 25 mg, dapagliflozin 10 mg.
Volume: euvolemic, wt 84.2 kg (dry 84). JVP 7 cm. No edema.
Labs: K 4.8, Cr 1.3, NT-proBNP 1,120 (prev 2,340).
AF: paroxysmal; CHA2DS2-VASc 5, HAS-BLED 3; GI bleed on apixaban in 2023 -> Watchman FLX referral placed.
Device: BiV pacing 97%, no VT/VF, battery 6.5 yrs.
Ischemia: unable to exercise (Duke treadmill score n/a); regadenoson SPECT 2023 fixed inferior defect.
Plan: continue; repeat echo in 6 months; cardiac rehab referral.
""")

add("neg10_heparin_orderset", """
ORDER SET TEXT - UNFRACTIONATED HEPARIN, WEIGHT-BASED (VTE) - v4.2
Bolus: 80 units/kg IV (max 10,000 units). ACS pathway: 60 units/kg (max 4,000).
Initial infusion: 18 units/kg/h (ACS: 12 units/kg/h, max 1,000 units/h).
Anti-Xa 6 h after start and 6 h after every rate change; goal 0.3-0.7 IU/mL.

| Anti-Xa (IU/mL) | Bolus    | Hold | Rate change  | Next level     |
|-----------------|----------|------|--------------|----------------|
| <0.2            | 80 u/kg  | -    | +4 u/kg/h    | 6 h            |
| 0.2-0.29        | 40 u/kg  | -    | +2 u/kg/h    | 6 h            |
| 0.3-0.7         | -        | -    | none         | next AM (0600) |
| 0.71-0.9        | -        | -    | -2 u/kg/h    | 6 h            |
| >0.9            | -        | 1 h  | -3 u/kg/h    | 6 h            |

CBC daily. If platelets fall >50% from baseline, calculate 4Ts score and consider HIT (PF4 ELISA, SRA).
Bag: heparin 25,000 units/250 mL D5W (100 units/mL). Use dosing weight; if BMI >40, page pharmacy (40112).
Reversal: protamine 1 mg per 100 units heparin given in prior 2-2.5 h (max 50 mg).
Approved by P&T 2023; next review 2025.
""")

add("neg11_nursing_handoff", """
nights -> days handoff, pod B
bed 7: 84F, r hip ORIF POD2. dementia, sundowning, bed alarm on, 1:1 sitter 2200-0600. hgb 8.4, 1 unit prbc hung 0430, due to finish 0730. foley still in, d/c order for 0800. morse 75, braden 13, q2 turns, mepilex to sacrum.
bed 8: 76M, copd exac, bipap 12/5 overnight, now 3L NC sats 90-92% (goal 88-92). duonebs q4. pred 40 day 3/5. needs hoyer for transfers (250 lb).
bed 9: 61M, POD1 whipple. jp drains x2, R 120 ml serosang, L 40 ml. NGT to LIWS, ~300 ml bilious. PCA dilaudid, 6 demands overnight. ambulate in AM per surgery.
bed 10: empty - admit from ED coming ~0800, 59F sepsis/pyelo.
bed 11: 45F, DKA, insulin gtt off at 0300, glargine given 0100. FSBS 142, 156, 171. K 3.8 -> 20 KCl PO given.
bed 12: 89F, hospice eval pending, comfort-focused. montgomery straps to abd wound, changed 0200. family will be in after 9.
""")

add("neg12_id_teaching", """
ID FELLOWS' TEACHING - ARTHROPOD-BORNE & ZOONOTIC INFECTIONS (ward summary)
Tick-borne: Lyme disease (Borrelia burgdorferi) - erythema migrans, doxycycline 100 mg BID x 10 d. Rocky Mountain spotted fever - do not wait for serology; start doxycycline if suspected, including children <8. Colorado tick fever, Powassan virus, Heartland and Bourbon viruses (supportive care only). Babesia microti; Anaplasma phagocytophilum.
Mosquito-borne: West Nile, St. Louis encephalitis, La Crosse, Eastern equine encephalitis, Jamestown Canyon virus; travel-associated dengue, chikungunya, Zika, Japanese encephalitis, Ross River virus.
Rodent-borne: hantavirus pulmonary syndrome (Sin Nombre virus), Lassa fever (West Africa), leptospirosis.
Filoviruses: Ebola (Sudan and Zaire species), Marburg - contact precautions + N95/PAPR, notify public health immediately.
Enteric/other: Norwalk (norovirus), Coxsackie A/B (hand-foot-mouth, pleurodynia), Yersinia enterocolitica.
Pearls: Legionella urinary antigen detects serogroup 1 only. Klebsiella pneumoniae liver abscess - examine the eyes (endophthalmitis). Listeria in pregnancy or age >50 - add ampicillin.
""")

add("neg13_psych_medmgmt", """
PSYCHIATRY MED MANAGEMENT - 30 min
44 yo F, MDD, recurrent, moderate + GAD (DSM-5-TR). PHQ-9 14 (was 19). GAD-7 11. C-SSRS screen negative. MDQ negative.
Meds: sertraline (Zoloft) 150 mg daily since 2021, buspirone 15 mg BID, trazodone 50 mg qHS PRN. Previously tried Wellbutrin XL in 2019 (anxiety worse), Lexapro (sexual side effects).
HAM-D 17-item today 16; MADRS 22.
Sleep 5-6 h; started CBT-I workbook.
Plan: augment with aripiprazole 2 mg daily (discussed akathisia, metabolic monitoring; baseline A1c 5.4, lipids ok, AIMS 0). If inadequate response, consider Spravato or TMS. Continue weekly DBT skills group. Return 4 wks.
Safety plan reviewed; knows to call or text 988.
""")

add("neg14_newborn_hp", """
NEWBORN NURSERY H&P
Term male, 39+2 wk by LMP c/w 1st-trimester US, NSVD, ROM 6 h, clear fluid. Mother 32 yo G2P2, GBS neg, HBsAg neg, HIV neg, RPR NR, rubella immune, O+.
Apgars 8 (1 min) and 9 (5 min). BW 3,620 g (62nd %ile), length 51 cm, HC 35 cm. Ballard 39 wk.
Exam: AFOF, red reflex present OU, palate intact, clavicles intact, RRR no murmur, femoral pulses 2+ bilat, Ortolani and Barlow negative, Galeazzi negative. Testes descended. Moro, grasp, suck, Babinski present. Congenital dermal melanocytosis (Mongolian spot) over sacrum, documented.
Received vitamin K 1 mg IM, erythromycin ointment, hep B vaccine #1 at 0230.
Plan: routine care, breastfeeding; TcB at 24 h (Bhutani nomogram / AAP 2022 curves); CCHD screen; hearing screen; state newborn screen at 24-48 h. Circumcision (Plastibell) prior to d/c per parents.
""")

add("neg15_ct_cap", """
EXAM: CT CHEST, ABDOMEN AND PELVIS WITH CONTRAST
CLINICAL INDICATION: 64 y/o, unintentional weight loss; former smoker.
TECHNIQUE: Helical CT after 90 mL Isovue-370. Dose: CTDIvol 11.2 mGy.
COMPARISON: Low-dose screening CT chest, 2023.
FINDINGS:
Lungs: 7 mm solid nodule RLL (series 4, image 188), previously 5 mm. Centrilobular emphysema, upper lobe predominant.
Heart/vessels: moderate coronary artery calcification. No pericardial effusion.
Liver: 1.6 cm arterially enhancing observation segment VI with washout; no known cirrhosis, so LI-RADS not applied - described.
Kidneys: 2.1 cm L renal cyst with one thin septum and minimal smooth wall thickening - Bosniak IIF.
Adrenals: 1.8 cm L adrenal nodule, absolute washout 62% - consistent with adenoma.
Thyroid: 1.4 cm R lobe nodule - below ACR incidental nodule threshold for age.
Bones: chronic-appearing L1 Genant grade 1 compression deformity.
IMPRESSION:
1. Enlarging 7 mm RLL nodule; per Fleischner 2017 guidance recommend PET/CT or CT in 3 months.
2. Indeterminate 1.6 cm hepatic lesion - MRI liver recommended.
3. Bosniak IIF renal cyst - follow-up imaging at 6 months.
""")

add("neg16_pt_formulary", """
P&T COMMITTEE - FORMULARY UPDATE SUMMARY (Q3)
1. Anticoagulants: apixaban (Eliquis) remains preferred DOAC. Rivaroxaban (Xarelto) restricted to VTE treatment and pediatric indications. Dabigatran (Pradaxa) reversal with idarucizumab (Praxbind); andexanet alfa (Andexxa) restricted to neurosurgery/ICU with hematology approval.
2. GLP-1 RA / GIP: semaglutide (Ozempic, Wegovy), tirzepatide (Mounjaro, Zepbound) non-formulary inpatient; patient's own supply may be used after pharmacist verification of NDC (e.g., 0169-4132-12).
3. Insulin: Semglee interchangeable with Lantus.
4. Nirmatrelvir/ritonavir (Paxlovid): DDI screen required (Liverpool COVID-19 interaction checker).
5. Biosimilars: infliximab-dyyb (Inflectra) preferred over Remicade for new starts.
6. Shortages: amoxicillin suspension; IV furosemide 10 mg/mL 4 mL vials (use 2 mL).
7. Stewardship: ceftriaxone DOT 612 per 1,000 patient-days, down 9%.
Admin: outpatient pharmacy NPI 1093817724 re-validation complete; DEA registration renewal due this quarter.
""")

add("neg17_anesthesia_record", """
INTRAOPERATIVE ANESTHESIA RECORD (summary)
Procedure: laparoscopic sigmoid colectomy   OR 12   ASA II   Wt 96 kg, BMI 31.4
Airway: Mallampati II; Mac 3 blade, Cormack-Lehane grade I, 7.5 ETT, 22 cm at lip, single attempt, atraumatic. GlideScope in room, not used.

| Time      | Event / drug |
|-----------|--------------|
| 0731      | In room; ASA standard monitors, BIS |
| 0738      | Preoxygenation to EtO2 0.86 |
| 0740      | Induction: fentanyl 100 mcg, lidocaine 100 mg, propofol 200 mg, rocuronium 60 mg |
| 0743      | Intubation |
| 0750      | Cefazolin 3 g; dexamethasone 4 mg (Apfel 3) |
| 0812      | Incision |
| 0815-1045 | Sevoflurane 0.9 MAC, BIS 42-55; phenylephrine 40-80 mcg boluses x4 for MAP <65 |
| 0905      | Bilateral TAP blocks (US-guided): Exparel 266 mg + bupivacaine 0.25% 20 mL |
| 1049      | Ondansetron 4 mg |
| 1105      | TOF 2/4 -> sugammadex 200 mg -> TOF ratio 0.96 |
| 1112      | Extubated, to PACU |

EBL 75 mL. UOP 220 mL. LR 1,600 mL. Temp nadir 35.9 C, Bair Hugger upper body.
Fentanyl 50 mcg wasted with witness.
""")

add("neg18_rheum_gout", """
RHEUMATOLOGY CONSULT (inpatient)
Q: inflammatory arthritis vs crystal disease - acute R knee effusion.
58 yo M, CKD 3a (eGFR 48), on HCTZ. Knee arthrocentesis: WBC 32,000 (92% PMN), negatively birefringent needle-shaped crystals (monosodium urate). Gram stain negative, culture pending.
ROS/exam: no Raynaud's, no sicca (Schirmer not done), no oral ulcers (Behçet's unlikely), no heliotrope rash or Gottron papules, no Jaccoud-type deformity. RF and anti-CCP negative - does not meet 2010 ACR/EULAR RA criteria. Adult-onset Still's not suspected (no rash, ferritin 212).
Assessment: acute gout flare, R knee.
Plan: colchicine 0.6 mg BID (renally adjusted), prednisone 30 mg taper x 10 d; avoid NSAIDs given CKD. Start allopurinol 100 mg in 2 weeks and titrate to urate <6 per ACR 2020 guideline. Switch HCTZ to losartan. HLA-B*58:01 testing offered.
""")

add("neg19_hf_instructions", """
DISCHARGE INSTRUCTIONS - HEART FAILURE
Weigh yourself every morning after you urinate and before breakfast. Write it down.
Call your heart failure nurse if you gain more than 2 pounds in a day or 5 pounds in a week.
Limit salt (sodium) to 2,000 mg a day. Limit fluids to 2 liters (about 8 cups) a day.
Take furosemide (Lasix) 40 mg every morning. Take Entresto 49/51 mg twice a day. Take Farxiga 10 mg once a day.
Do NOT take ibuprofen (Advil, Motrin) or naproxen (Aleve).
Call 911 if you have chest pain, severe trouble breathing, or you faint.
If you are having thoughts of harming yourself, call or text 988.
Follow up with your primary care provider within 7 days and with cardiology in 2 weeks. Bring this paper and all of your pill bottles.
Cardiac rehab: 36 sessions, 3 times a week. Your referral has been sent.
Vaccines: you received your flu shot for the 2024-2025 season today.
""")

add("neg20_derm_fse", """
DERMATOLOGY CLINIC - FULL SKIN EXAM
62 yo M, Fitzpatrick II, hx BCC nasal ala 2019 (Mohs), multiple actinic keratoses.
1. L upper back: 8 mm asymmetric pigmented macule, irregular border, 3 colors (ABCDE +). Dermoscopy: atypical network, regression structures. Saucerization biopsy performed.
2. Trunk: numerous seborrheic keratoses, stable; no sudden eruption (Leser-Trélat sign absent).
3. Scalp: AKs x6, LN2 cryotherapy, 2 freeze-thaw cycles each.
4. R shin: annular plaque; Wood's lamp negative, KOH negative -> likely granuloma annulare; observe.
5. Psoriasis: Koebner phenomenon along scratch marks L forearm; Auspitz sign positive. BSA 4%, PASI 5.2. Nail pitting, no dactylitis; PEST 1.
Darier sign negative. Nikolsky sign negative.
Plan: pathology pending; SPF 50+; Enstilar foam daily x 4 wks then weekends. Return 6 months.
""")

add("neg21_endo_adrenal", """
ENDOCRINE CONSULT - ADRENAL INCIDENTALOMA
47 yo F, 2.6 cm L adrenal mass found on CT for nephrolithiasis (unenhanced 28 HU, absolute washout 48%).
Hormonal evaluation:
- Cushing's: 1 mg overnight DST cortisol 2.4 mcg/dL (possible autonomous cortisol secretion range 1.9-5.0). ACTH 8. DHEA-S low.
- Conn's (primary aldosteronism): aldosterone 18 ng/dL, PRA 0.3 -> ARR 60; K 3.3 on lisinopril.
- Pheochromocytoma: plasma free metanephrines normal.
No concern for Addison's. TSH 1.6 - no features of Graves' or Hashimoto's. Chvostek and Trousseau signs negative.
Plan: saline infusion suppression test; if confirmed, adrenal vein sampling with IR. Replete K. Note recent iodinated contrast - Wolff-Chaikoff / Jod-Basedow considerations if thyroid testing repeated soon.
""")

add("neg22_uro_diversion", """
UROLOGY PROGRESS NOTE
POD 5 s/p radical cystectomy with Indiana pouch continent diversion for MIBC (pT2N0).
Catheterize q4h w/ 14 Fr Coudé; irrigate pouch BID with 60 mL NS (mucus). Single-J ureteral stents x2 exiting via stoma, to gravity. Suprapubic tube 16 Fr in place. JP drain 40 mL/24 h; JP fluid Cr 1.1 = serum, no urine leak.
Labs: K 4.1, HCO3 20 (expected NAGMA with bowel segment) - start sodium bicarbonate 650 mg TID. Cr 1.2.
Preop counselling had compared ileal conduit (Bricker), Studer orthotopic neobladder, Mainz pouch and Kock pouch; patient chose Indiana pouch.
Plan: advance diet, ambulate, pouch teaching with WOC nurse; stents out POD 10-14; pouchogram at 3 wks.
""")

add("neg23_surgery_appy", """
GENERAL SURGERY CONSULT - RLQ PAIN
23 yo M, 20 h of periumbilical pain migrating to RLQ, anorexia, one episode emesis. Tender at McBurney's point; Rovsing positive, psoas positive, obturator negative. Alvarado 8; AIR score 7. WBC 14.6.
CT: acute nonperforated appendicitis, 11 mm, no abscess.
Plan: laparoscopic appendectomy tonight; ceftriaxone + metronidazole; NPO, LR 125 mL/h. Consent obtained.
Incidental: reducible R inguinal hernia (Nyhus II) - elective repair later (Lichtenstein vs TEP), patient aware.
PSH: Nissen fundoplication 2017.
Equipment: Hasson entry, Bovie, Endo GIA 45 mm stapler, Endo Catch.
""")

add("neg24_capacity_huddle", """
UNIT CAPACITY HUDDLE - 0700 - 5 WEST (28 beds)
Census 25/28; 3 pending discharges, 4 pending admits, 2 blocked (isolation cleaning).

| Bed | Age/Sex | Service | Dx            | Code | Iso      | Barrier to d/c     | EDD      |
|-----|---------|---------|---------------|------|----------|--------------------|----------|
| 502 | 74 M    | Hosp    | PNA           | Full | droplet  | O2 2L              | tomorrow |
| 503 | 89 F    | Ortho   | hip fx POD2   | DNR  | -        | SNF bed            | today    |
| 507 | 36 F    | Hosp    | pyelo         | Full | -        | IV -> PO abx       | today    |
| 510 | 58 M    | Cards   | NSTEMI        | Full | -        | cath today 1100    | 2 days   |
| 511 | 81 M    | Hosp    | UGIB          | Full | -        | Hgb 7.2, EGD today | 2 days   |
| 514 | 66 F    | Hosp    | C. diff       | Full | contact+ | -                  | tomorrow |
| 519 | 47 M    | Surg    | SBO           | Full | -        | NGT                | 3+ days  |
| 522 | 70 F    | Hosp    | CHF, 96 kg    | DNR  | -        | diuresis           | 2 days   |

Staffing: 7 RN, 3 PCT; charge without assignment. Sitters x2 (503, 515).
Falls: 0 since last huddle (day 41 without fall with injury).
Safety: Pyxis 5W-2 down 0300-0415, resolved. Planned Vocera downtime 2200-2230.
""")

add("neg25_variceal_bleed", """
ED RESUSCITATION NOTE - UPPER GI BLEED
55 yo M, known cirrhosis (Child-Pugh C10), hematemesis x3, HR 128, BP 84/50. Glasgow-Blatchford 15, pre-endoscopy Rockall 3.
Two 16G PIVs, MTP activated (1:1:1), octreotide 50 mcg bolus -> 50 mcg/h, ceftriaxone 1 g, pantoprazole 80 mg.
Intubated for airway protection (RSI: ketamine 1.5 mg/kg, rocuronium 1.2 mg/kg).
Emergent EGD: large esophageal varices with active spurting; 6 bands placed, bleeding persisted -> Minnesota tube placed (gastric balloon 450 mL air, esophageal balloon 40 mmHg), position confirmed on XR. Sengstaken-Blakemore tube not stocked.
IR paged for rescue TIPS. History of Denver shunt (2021) for refractory ascites, removed 2022 for infection.
Fell at home before arrival: Canadian C-spine rule low risk, no imaging; GCS 15 before intubation.
""")


# ---------------------------------------------------------------------------
# Build
# ---------------------------------------------------------------------------

def build(note_id, raw):
    out = []
    spans = []
    pos = 0  # char index into raw
    blen = 0  # bytes emitted so far
    for m in MARK.finditer(raw):
        pre = raw[pos:m.start()]
        out.append(pre)
        blen += len(pre.encode("utf-8"))
        abbr, value = m.group(1), m.group(2)
        if abbr not in KINDS:
            raise SystemExit(f"{note_id}: unknown abbreviation {abbr!r}")
        if not value or value != value.strip():
            raise SystemExit(f"{note_id}: bad value {value!r}")
        vb = len(value.encode("utf-8"))
        spans.append({"bstart": blen, "bend": blen + vb, "kind": KINDS[abbr],
                      "_value": value})
        out.append(value)
        blen += vb
        pos = m.end()
    out.append(raw[pos:])
    text = "".join(out)
    if "{" in text or "}" in text:
        raise SystemExit(f"{note_id}: leftover brace in text")
    tb = text.encode("utf-8")
    for s in spans:
        got = tb[s["bstart"]:s["bend"]].decode("utf-8")
        if got != s["_value"]:
            raise SystemExit(f"{note_id}: span mismatch {got!r} != {s['_value']!r}")
        del s["_value"]
    return {"id": note_id, "text": text, "spans": spans}


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ids = [n for n, _ in NOTES]
    dup = [i for i, c in Counter(ids).items() if c > 1]
    if dup:
        raise SystemExit(f"duplicate ids: {dup}")
    records = [build(n, r) for n, r in NOTES]
    # sanity: negatives have no spans, positives have some
    for r in records:
        if r["id"].startswith("neg") and r["spans"]:
            raise SystemExit(f"{r['id']}: negative with spans")
        if not r["id"].startswith("neg") and not r["spans"]:
            raise SystemExit(f"{r['id']}: positive note without spans")
    path = os.path.join(here, "notes.jsonl")
    with open(path, "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    # re-read and re-verify from disk
    counts = Counter()
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            tb = r["text"].encode("utf-8")
            for s in r["spans"]:
                assert 0 <= s["bstart"] < s["bend"] <= len(tb)
                counts[s["kind"]] += 1
    n_neg = sum(1 for r in records if not r["spans"])
    print(f"texts: {len(records)} ({len(records) - n_neg} with PHI, {n_neg} hard negatives)")
    print(f"spans: {sum(counts.values())}")
    for kind in KINDS.values():
        print(f"  {kind:16s} {counts.get(kind, 0)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

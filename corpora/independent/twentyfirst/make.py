#!/usr/bin/env python3
"""Hand-written PHI test corpus 'twentyfirst'.

Texts carry inline markup {ABBR|value}. Running this script strips the markup,
computes UTF-8 byte offsets, verifies every span and writes notes.jsonl next to
this file. Python 3 standard library only.
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


def add(tid, marked):
    TEXTS.append((tid, marked.strip("\n")))


# ---------------------------------------------------------------------------
# 35 clinical notes
# ---------------------------------------------------------------------------

add("note01_ed", """
EMERGENCY DEPARTMENT PHYSICIAN NOTE
{G|St. Columba Regional Medical Center} - Emergency Dept
Pt: {N|OKONKWO, CHIDI E}    MRN: {MRN|004417382}    DOB: {D|11/02/1957}    Acct#: {AC|V00093318842}
Arrival: {D|03/14/2024} 02:47   Mode: EMS (Medic 12)   ESI 2
Attending: {N|Rachel Feingold}, MD    APP: {N|Luis Ortega-Batista}, PA-C

CC: "pressure in my chest since about midnight"

HPI: 66 y/o M w/ hx HTN, HLD, DM2 (A1c 8.1 at last PCP visit), ex-smoker (35 pk-yr, quit 2016) p/w substernal CP onset ~0000 while watching TV, 6/10, radiating to L jaw, +diaphoresis, +nausea. Took 1 ASA 81 at home per wife {N|Ngozi}. EMS gave NTG SL x2 w/ partial relief -> 3/10. Denies syncope, no recent travel. Last seen by PCP Dr. {N|Hyun-woo Baek} at {G|Lakeview Family Medicine} on {D|2/20}, started on Jardiance at that visit.

ROS: neg except as above.

PMH: HTN, HLD, DM2, OSA on CPAP (ResMed AirSense 10), L TKA 2019
Meds: metformin 1000 BID, Jardiance 10, lisinopril 20, atorvastatin 40
All: PCN (hives)
SH: lives w/ wife in {C|Brook Park}, retired machinist ({G|Ford Cleveland Engine Plant}), occ EtOH, no drugs

Exam: T 36.8  HR 98  BP 162/94  RR 20  SpO2 95% RA
Gen: diaphoretic, uncomfortable
CV: RRR, no m/r/g. JVP ~8 cm
Lungs: CTAB
Ext: no edema, pulses 2+ sym

ECG 02:51: NSR 96, 1.5-2 mm STE II, III, aVF w/ reciprocal depression I, aVL -> inferior STEMI

| Lab     | Result | Ref       |
|---------|--------|-----------|
| hs-TnT  | 88 H   | <19 ng/L  |
| K       | 4.1    | 3.5-5.1   |
| Cr      | 1.12   | 0.7-1.3   |
| Glucose | 241 H  | 70-99     |

MDM / ED course: Code STEMI activated 02:53, cath lab paged (interventionalist Dr. {N|Mehmet Yıldırım} on call, pager 4471). Heparin 4000 U bolus, ticagrelor 180 mg load, additional ASA 243 mg chewed. Holding metformin. To cath lab 03:21.

Dispo: cath lab -> CCU. Wife reachable at {P|(216) 555-0173}.

{N|R. Feingold}, MD   {D|3/14/24} 03:40
""")

add("note02_icu", """
MICU PROGRESS NOTE - HD #4
Patient: {N|Brown, Delores M.}   {A|93} y.o. F   MRN {MRN|22-781-0046}   Bed MICU-11
Date of service: {D|Tuesday, October 8, 2024}
Author: {N|Sanjay Venkataraman}, MD (PGY-2) | Attending: {N|Ingrid Halvorsen}, MD

24h events:
- Norepi weaned 0.12 -> 0.04 mcg/kg/min overnight
- 1 episode AF w/ RVR ~0300 (HR 140s), amio 150 mg bolus, now NSR
- Daughter {N|Faith Brown-Whitaker} (HCP) updated by phone at 2115; wants code status discussion to wait until her brother {N|Marcus} gets in from {C|Savannah} on {D|Thursday the 10th}

S: More alert, following simple commands. CAM-ICU negative this AM. Denies pain (CPOT 0).

O:
Tmax 38.1  HR 78-142  MAP 61-74  RR 18  SpO2 96% 3L NC
I/O: 2.1 L in / 1.35 L out (Foley)

|         | {D|10/6} | {D|10/7} | {D|10/8} |
|---------|------|------|------|
| WBC     | 21.4 | 17.9 | 13.2 |
| Hgb     | 9.8  | 9.1  | 8.9  |
| Lactate | 4.6  | 2.3  | 1.4  |
| Cr      | 2.31 | 1.98 | 1.62 |
| Procal  | 18.7 | --   | 9.2  |

Micro: BCx {D|10/5} 2/2 E. coli (R to ampicillin only). UCx >100K E. coli.

A/P: {A|93}F from {G|Whispering Pines Senior Living} w/ urosepsis and septic shock, improving.
1. Septic shock 2/2 E. coli pyelo - ceftriaxone 2 g q24 (day 4/7); wean norepi to off, MAP goal >=65
2. New paroxysmal AF - amio gtt -> PO. CHA2DS2-VASc 5, HAS-BLED 3; AC decision at family mtg
3. AKI on CKD 3a - improving, renally dose meds
4. Goals - FULL CODE for now. Palliative consulted. Family meeting tentatively {D|10/10} 1400 with Chaplain Rev. {N|Thaddeus Okafor}

{N|S. Venkataraman} / seen and examined with Dr. {N|Halvorsen}, agree with above.
""")

add("note03_dc", """
DISCHARGE SUMMARY

Name: {N|Guadalupe Rentería-Soto}           MRN: {MRN|M0038812907}
DOB: {D|07-22-1949}                          Admit: {D|2024-01-16}   Discharge: {D|2024-01-21}
Attending: {N|Kwame Mensah-Bonsu}, MD        PCP: {N|Allison Page}, NP ({G|Clínica Familiar del Valle}, {C|Pharr})

Discharge diagnosis: Acute on chronic HFrEF (LVEF 25-30%), NYHA III -> II at discharge
Secondary: CKD 3b, T2DM, ischemic cardiomyopathy s/p CRT-D

Hospital course:
74 y/o woman with ischemic CM s/p CRT-D (Boston Scientific Resonate X4, serial {DEV|417822}) admitted with ~9 kg weight gain, 3-pillow orthopnea and anasarca after running out of torsemide over the holidays. Diuresed with IV furosemide 80 mg BID, net -7.8 L. Cr peaked at 2.4 on {D|1/18}, 1.9 at discharge (baseline ~1.8). Lisinopril stopped; after 36 h washout started sacubitril/valsartan 24/26 BID, K 4.9 on day of discharge. Device check {D|1/17}: no VT/VF, BiV pacing 97%.

Discharge medications:
| Medication           | Dose           | Change    |
|----------------------|----------------|-----------|
| torsemide            | 40 mg daily    | INCREASED |
| sacubitril/valsartan | 24/26 mg BID   | NEW       |
| metoprolol succinate | 50 mg daily    | no change |
| spironolactone       | 12.5 mg daily  | no change |
| empagliflozin        | 10 mg daily    | NEW       |
| lisinopril           | --             | STOPPED   |

Follow-up:
- HF clinic with Dr. {N|Mensah-Bonsu} {D|Mon 1/29} at 10:20, {G|Valley Heart Institute}, {ST|1220 E Ridge Rd, Suite 300}, {C|McAllen}, TX {Z|78503}. Clinic {P|956-555-0148}
- BMP in 1 week (order in, any Quest location)
- Home health through {G|Rio Grande Home Care} to start {D|1/23}; daily weights, call if up >1 kg/day or 2 kg/week

Daughter {N|Marisol} will fill the pillbox. Primary language Spanish; video interpreter used throughout (interpreter ID {OID|40127}).

Dictated by {N|Kwame Mensah-Bonsu}, MD on {D|January 21, 2024}
""")

add("note04_clinic", """
ENDOCRINOLOGY FOLLOW-UP - {G|Northgate Endocrine Associates}
Visit date: {D|5/9/2023}

{N|Hope Delacroix} is a 31 y.o. F with T1DM x 19 yrs here for 3-mo f/u. Uses Omnipod 5 with Dexcom G6 (transmitter SN {DEV|8GT4PK}). Insurance member ID {HP|XZH884210557} - new plan this year, pods now through pharmacy benefit.

Interval: A1c 7.4% today (was 7.9% in {D|Feb 2023}). Lows mostly 1-3 h after exercise - she teaches PE at {G|Roosevelt Middle School} and coaches volleyball after school. Husband {N|Grant} worried about overnight lows; 2 episodes <54 last month, neither needed glucagon.

CGM (14 d):
| Metric      | Value  | Goal  |
|-------------|--------|-------|
| TIR 70-180  | 62%    | >70%  |
| TBR <70     | 4%     | <4%   |
| TBR <54     | 1%     | <1%   |
| TAR >250    | 9%     | <5%   |
| GMI         | 7.3%   |       |
| CV          | 38%    | <=36% |

Exam: BMI 24.1, BP 118/72. Injection/pod sites: mild lipohypertrophy L abdomen. Monofilament intact.

A/P:
1. T1DM - Activity mode 1 h before practice; raise overnight target 110 -> 120. Rotate pod sites, avoid L abdomen x 4-6 wks.
2. Hypoglycemia unawareness (Gold score 4) - Baqsimi Rx renewed, reviewed 15/15 rule with pt and husband.
3. Thyroid: TSH 2.1, on levothyroxine 75 mcg for Hashimoto's.

RTC {D|August 8} with CGM download. Portal msg if lows persist.

{N|Tomasz Wiśniewski}, MD
""")

add("note05_tele", """
TELEHEALTH VISIT (VIDEO) - INTERNAL MEDICINE
Date: {D|02/06/2025}   Start 08:32   End 08:51   Total 19 min
Connection: pt joined via browser link {URL|https://mychart.dearbornhealth.org/MyChart/Visit/ZT7Q2K}; session log shows pt endpoint {IP|73.158.204.11}
Pt location (verified): home - {ST|88 Willow Bend Ct}, {C|Fitchburg}, WI {Z|53711}. Provider location: clinic office.
Consent for telehealth obtained verbally.

Pt: {N|Ahmed Al-Farsi}, 58 y.o. M

S: F/u HTN and GERD. Wife {N|Layla} takes his BP each morning with an Omron cuff, readings held up to the camera:

| Date      | AM BP   | HR |
|-----------|---------|----|
| {D|1/30}  | 148/92  | 74 |
| {D|1/31}  | 151/90  | 70 |
| {D|2/2}   | 139/88  | 77 |
| {D|2/4}   | 144/91  | 72 |

Still with heartburn 3-4 nights/week despite omeprazole 20 mg, worse after late dinners during Ramadan last year. No dysphagia, no melena, no wt loss.

O: Well-appearing on video, speaking full sentences, no distress.

A/P:
1. HTN, not at goal - increase amlodipine 5 -> 10 mg. Recheck home BP x 2 wk, send readings via portal.
2. GERD - omeprazole 40 mg daily before breakfast, head-of-bed elevation, no food 3 h before bed. If no better in 8 wks -> EGD referral.
3. Labs (BMP, lipids, A1c) at {G|Fitchburg Family Clinic} lab, fasting.

After-visit summary emailed to {E|ahmed.alfarsi58@gmail.com} per pt preference.
{N|Chloe Marchetti}, MD
""")

add("note06_bh", """
BEHAVIORAL HEALTH INTAKE ASSESSMENT - ADOLESCENT
Client: {N|Jaylen Marcus Whitfield}    DOB: {D|9.14.2008}    Age: 15
Intake date: {D|02/12/2024}
Referral source: school counselor Ms. {N|Rosa Delgado}, {G|Harding Senior High School}
Legal/agency: open DCFS case {OID|2023-CW-118047}; caseworker {N|Derrick Amankwah}

Presenting concern: Increasing isolation, skipping class, two fights this semester. Counselor found a note in his backpack that read "what's the point anymore."

History: Lives with maternal grandmother {N|Bernice Whitfield} (legal guardian) in {C|Gary}, IN. Mother died 2019 (overdose). Father incarcerated at {G|Westville Correctional Facility}, last contact by phone around his birthday. Close friend "{N|Tre}" ({N|Tremaine Oduya}) was shot and killed in {D|November 2023}; {N|Jaylen} was with him. Since then nightmares, avoids the block where it happened, startles easily.

Substance: vapes THC "most days", denies other. AUDIT-C 0.

Screeners:
| Tool        | Score   | Interp.              |
|-------------|---------|----------------------|
| PHQ-A       | 19      | mod-severe           |
| GAD-7       | 13      | moderate             |
| CPSS-5      | 41      | probable PTSD        |
| C-SSRS      | passive SI past month, no plan, no intent, no prior attempts |

Protective: grandmother, basketball, older cousin {N|Keisha} he texts daily.

Assessment: PTSD, MDD single episode moderate, cannabis use disorder mild. Risk: moderate/chronic, low acute.

Plan:
- Safety plan completed together, copy to grandmother; means restriction discussed (grandmother confirms no firearms in home; meds locked)
- TF-CBT weekly, start {D|2/19}
- Refer to child psych for med eval
- ROI signed for school and DCFS
- Grandmother's cell {P|219-555-0106}; crisis line reviewed (988)

{N|Ebony Carter-Hayes}, LCSW
""")

add("note07_ob", """
OB PRENATAL VISIT
{N|Adaeze Nwachukwu-Bello}   G2P1001   GA 28w2d   EDD {D|04/19/2025} (by 8 wk US)
Visit: {D|January 2, 2025}   Provider: {N|Mei-Ling Chou}, CNM

S: Feeling well, +FM, occasional tightening in the evenings, no LOF/VB. Husband {N|Emeka} present. Pt originally from {C|Enugu}, moved to {C|Houston} 2021; works as a pharmacy tech at {G|Bellaire Women's Hospital}, plans to deliver there.

Visit flowsheet:
| Date         | GA     | BP     | Wt (kg) | FH (cm) | FHR |
|--------------|--------|--------|---------|---------|-----|
| {D|11/07/24} | 20w2d  | 108/66 | 71.4    | 20      | 150 |
| {D|12/05/24} | 24w2d  | 112/70 | 73.0    | 24      | 148 |
| {D|01/02/25} | 28w2d  | 116/72 | 74.6    | 28      | 145 |

Labs: 1h GCT 152 (>140) -> 3h GTT scheduled {D|1/6}. Hgb 10.4, ferritin 9 -> start ferrous sulfate 325 mg QOD. Blood type O neg, antibody screen neg.

Today: RhoGAM 300 mcg IM given L deltoid. Tdap given. Kick counts reviewed. Preterm labor precautions.

Hx: prior SVD 2019 at {G|Lagos University Teaching Hospital}, uncomplicated. Sickle screen AA.

Plan: RTC 2 wk, then q2 wk. WIC referral sent. Contact number {P|+1 832-555-0158}.
""")

add("note08_peds", """
WELL CHILD CHECK - 4 YEARS
{G|Kids First Pediatrics of Lodi}
Patient: {N|Mateo Ruiz-Hampton}   DOB: {D|Feb 28, 2020}   Visit: {D|03/04/2024}
Accompanied by mother ({N|Cassandra Hampton}) and 9 mo brother.

Interval hx: Doing well. Attends {G|Little Acorns Montessori} 3 mornings/wk. Teacher reports "talks a lot, sometimes hard to understand." Eats picky but variety. Sleeps 7:30p-6:45a. Dental: sees Dr. {N|Kenji Watanabe}, 1 cavity filled last fall.

Growth:
| Parameter | Value   | %ile |
|-----------|---------|------|
| Weight    | 17.9 kg | 72   |
| Height    | 104 cm  | 61   |
| BMI       | 16.5    | 74   |
| BP        | 96/58   | nl   |

Development: Hops on one foot, draws person with 4 parts, copies cross. Speech ~75% intelligible to strangers (borderline).
Vision: 20/40 OU (passes for age). Hearing: OAE pass bilat.

Immunizations today: DTaP #5, IPV #4, MMRV #2 - VIS given, mother consents. Flu vaccine already given this season.

A/P:
1. WCC 4 yo - growing well
2. Speech articulation concerns - refer to speech therapy at {G|Lodi Unified} early intervention/ preschool screening; mom will call
3. Anticipatory guidance: forward-facing 5-pt harness until limits, water safety, screen time <1 h/day
Next WCC at 5 yr.

{N|June Abernathy}, MD
""")

add("note09_snf", """
{G|Maple Grove Care Center} - PHYSICIAN PROGRESS NOTE (LONG-TERM CARE)
Resident: {N|Wojciechowski, Stanisława}   Room 214-B
Age: {A|96}   DOB: {D|03/03/1928}   Medicare MBI: {HP|1EG4-TE5-MK73}
Visit: {D|9/12/24} - routine 30-day visit + nursing concern re weight loss

S: Per charge nurse {N|Marcy Page}, eating ~25-50% of meals x 3 wks, more sleepy. CNA {N|Tanisha} reports she pockets food. Speaks Polish only now; son {N|Edward} interprets by phone. No falls this month.

O: T 36.6, HR 72, BP 104/58, RR 16, SpO2 94% RA
Wt 41.8 kg (was 45.2 kg on {D|8/10/24}; -7.5% in 30 d)
Frail, oriented to self only. Stage 2 pressure injury sacrum 1.5 x 1 cm, clean base. Braden 13. FAST 7a.

Labs {D|9/10}: Na 147, BUN 38, Cr 1.1, alb 2.6

A/P:
1. Advanced dementia w/ weight loss & mild hypernatremia - likely progression, poor intake. Free water flushes not applicable (no tube, family does not want PEG). Liberalize diet, finger foods, offer fluids q2h while awake. Mirtazapine 7.5 qHS trial.
2. Stage 2 pressure injury - foam dressing, turn q2h, low air loss mattress ordered.
3. Goals: Discussed with son/POA {N|Edward Wojciechowski} ({P|(414) 555-0139}), who lives in {C|Cudahy} and visits Sundays with his wife {N|Irena}. Agrees with comfort-focused approach; hospice eval requested.
4. Code: DNR/DNI (POLST on chart).

{N|Gabriel Ashworth}, MD
""")

add("note10_hospice", """
HOSPICE ADMISSION / CERTIFICATION OF TERMINAL ILLNESS
{G|Good Shepherd Hospice of the Ozarks}

Patient: {N|Loretta Jean Bishop}    {A|91} y.o. F    DOB {D|8/30/1933}
Address: {ST|Rt 2 Box 117}, {C|Mountain Grove}, MO {Z|65711} ({CO|Wright County})
Medicare MBI: {HP|5KV9-UJ2-WD48}
Admission date: {D|December 2, 2024}   Benefit period: 1st (90 days)
Attending of record: Dr. {N|Amos Wood}   Hospice medical director: {N|Yolanda Pettaway}, MD

Terminal dx: COPD, end stage (J44.9). FEV1 0.58 L (24%) on last PFT 2022. 3 hospitalizations for AECOPD in past 6 mo, last d/c from {G|Texas County Memorial Hospital} {D|11/24}. On home O2 4 L continuous, dyspneic with talking. Weight 38.5 kg, BMI 15.9. PPS 30%. Cor pulmonale on echo.

Caregivers: granddaughter {N|Hope Bishop-Tran} and her husband {N|Will Tran} live on the same property; {N|Hope} is primary. Son {N|Curtis Bishop} in {C|Springfield} (not involved day-to-day).

Advance directives: DNR; MO TPOPP signed {D|12/02/2024}; DPOA-HC = {N|Hope}.
Spiritual: Baptist; her pastor visits; hospice chaplain Fr. {N|Dominic Ng} to follow as well.
Funeral home preference: {G|Holman-Howe Funeral Home}.

DME: O2 concentrator (serial {DEV|IRC5PO2V-1187341}) + E-tank backups, hospital bed, bedside commode.
Comfort kit delivered: morphine 20 mg/mL SL, lorazepam 0.5 mg, haloperidol 1 mg, atropine 1% drops, bisacodyl supp.

Plan: RN visits 2x/wk + PRN, aide 3x/wk, SW and chaplain within 5 days.
RN case manager {N|Shayla Pruitt}; 24/7 on-call line {P|417-555-0166}.

I certify that this patient's prognosis is 6 months or less if the illness runs its normal course.
{N|Yolanda Pettaway}, MD {D|12/2/24}
""")

add("note11_path", """
SURGICAL PATHOLOGY REPORT
Accession No.: {OID|S24-018832}
Patient: {N|TANAKA, HIROSHI}      MRN: {MRN|10299347}      DOB: {D|04/17/1956} (Age 68)
Collected: {D|06/03/2024} 09:12   Received: {D|06/03/2024} 11:40   Reported: {D|06/06/2024} 15:05
Submitting physician: {N|Abigail Thornquist}, MD (Urology)
Copy to: {N|Ramón Figueroa}, MD
Clinical history: PSA 9.2 ng/mL, PI-RADS 4 lesion left peripheral zone on MRI {D|5/14/24}

FINAL DIAGNOSIS
| Part | Site              | Dx              | Gleason | GG | % core | PNI |
|------|-------------------|-----------------|---------|----|--------|-----|
| A    | L base            | Adenocarcinoma  | 3+4=7   | 2  | 40%    | no  |
| B    | L mid             | Adenocarcinoma  | 3+4=7   | 2  | 65%    | yes |
| C    | L apex            | Benign          | --      | -- | --     | --  |
| D    | R base            | Benign          | --      | -- | --     | --  |
| E    | R mid             | HGPIN           | --      | -- | --     | --  |
| F    | R apex            | Benign          | --      | -- | --     | --  |
| G    | MRI target (ROI1) | Adenocarcinoma  | 4+3=7   | 3  | 80%    | yes |

Comment: Pattern 4 in G is ~60% with cribriform architecture. IHC (p63/AMACR, block G1) supports the diagnosis.

GROSS: Received in 7 formalin-filled containers labeled with the patient's name, MRN and A-G. Each contains 1-2 tan cores 0.8-1.6 cm. Entirely submitted.

Specimen barcode: {OID|SP-240603-1187}
Electronically signed: {N|Olumide Adebayo-Kessler}, MD, Pathologist, {D|6/6/2024}
""")

add("note12_rad", """
EXAM: CT HEAD WITHOUT CONTRAST
ACC#: {OID|RAD2407719034}    MRN: {MRN|5503128}
PATIENT: {N|KING, MARTIN ELROY}    DOB: {D|1931-09-25}    AGE: {A|92}Y    SEX: M
ORDERING: {N|SHAH, NEHA}    LOCATION: ED-POD C
DATE OF EXAM: {D|2024-05-30} 22:14

CLINICAL INDICATION: Fall at {G|Heritage Oaks Assisted Living}, on apixaban, GCS 14.
COMPARISON: CT head {D|11/18/2022} from {G|Brazos Valley Medical Center}.
TECHNIQUE: Axial 5 mm with sagittal/coronal reformats. CTDIvol 52.3 mGy, DLP 987 mGy-cm.

FINDINGS:
8 mm acute hyperdense subdural collection along the right frontoparietal convexity. No midline shift. Basal cisterns patent. No intraventricular extension.
Confluent periventricular white matter hypoattenuation (Fazekas 2), similar to prior. Old left cerebellar lacune. Mild generalized volume loss.
Small right frontal scalp hematoma. No calvarial fracture. Mastoids and visualized sinuses clear.

IMPRESSION:
1. Acute right convexity subdural hematoma, 8 mm, without midline shift.
2. Chronic small vessel ischemic change and old left cerebellar lacunar infarct.

Critical result discussed with Dr. {N|Shah} by telephone at 22:31 on {D|5/30/2024}, read-back confirmed.

Dictated by: {N|Pavel Horáček}, MD    Signed: {D|05/30/2024} 22:36
""")

add("note13_cc", """
CARE COORDINATION / CASE MANAGEMENT NOTE
{D|8/21/2024} 1:15 PM

Pt {N|Ruth Ann Major}, 78 y.o., admitted for L hip ORIF, POD 4, medically cleared for d/c home tomorrow AM per Dr. {N|Oyelowo}.

Met with pt and daughter {N|April Major-Simmons} at bedside (rm 5W-22). Pt lives alone in 2-story home in {C|Maumee}, bedroom upstairs; {N|April} lives 10 min away and will stay with her the first week.

Arranged:
- Home health PT/OT/RN: {G|Heartland Home Health - Toledo} accepted, SOC {D|8/23}. Referral packet faxed to {F|(419) 555-0190} at 12:40, confirmation rec'd.
- DME: hospital bed (to be set up on 1st floor), FWW, 3-in-1 commode - delivery {D|8/22} between 8 and 12.
- Transport home: wheelchair van, {G|SafeRide Medical Transport}, pickup 10:00; driver confirmed van plate {VEH|JKT 4471} so security can let them into the ambulance bay.
- Meals on Wheels application started through {G|Area Office on Aging of Northwestern Ohio}; PASSPORT waiver case # {OID|PP-0093312}.
- Lovenox teaching done with daughter (teach-back ok). Rx to {G|Meijer Pharmacy} on {ST|1416 Conant St}.

PCP f/u: {N|Devika Rao}, MD {D|Thurs 8/29} 9:40 AM.
Ortho f/u: 2 wk staple removal, clinic will call.

Contacts:
  Daughter cell {P|419.555.0122}; work {P|419-555-0188 ext 214}
  Pt home {P|419-555-0147}

{N|Destiny Holloway}, RN, CCM  x4418
""")

add("note14_ins", """
{G|Lakeshore Rheumatology & Infusion}
{ST|4700 N Sheridan Rd, Ste 210} · {C|Chicago}, IL {Z|60640}
Tel {P|773-555-0161} · Fax {F|773-555-0162}

{D|September 17, 2024}

Attn: Pharmacy Prior Authorization - Appeals
Fax: {F|1-866-555-0149}

RE: {N|Siobhán Ní Bhriain}    DOB: {D|12/09/1986}
Member ID: {HP|MCH771204938}    Group #: {HP|GRP-40877}
Reference #: {OID|PA-2024-0917-55821}
Request: upadacitinib (Rinvoq) 15 mg PO daily - first-level appeal of denial dated {D|9/3/24}

To the Reviewer:

I am writing on behalf of my patient, Ms. {N|Ní Bhriain}, a 37-year-old woman with seropositive rheumatoid arthritis (RF 88 IU/mL, anti-CCP >250 U/mL) diagnosed in 2019, with erosive disease at the MCPs on hand films.

Treatment history:
| Agent               | Dates             | Outcome                                  |
|---------------------|-------------------|------------------------------------------|
| methotrexate 20 mg  | 2019-2021         | stopped - ALT 5x ULN                     |
| leflunomide 20 mg   | 2021-2022         | inadequate response (CDAI 28)            |
| adalimumab 40 q2w   | {D|Mar 2022}-{D|Jan 2024} | secondary failure, anti-drug Ab + |
| etanercept 50 weekly| {D|Feb 2024}-present | inadequate response after 16 wk       |

Current CDAI 31 (high), DAS28-CRP 5.4, 11 swollen joints. She has already tried and failed two TNF inhibitors, which meets your plan's stated step-therapy criteria. The denial letter cited "no trial of a preferred biosimilar"; however, adalimumab-adaz was the product she received from {D|June 2023} onward, per the attached pharmacy fill history.

Baseline labs are acceptable (QuantiFERON negative {D|8/28/24}, hep B sAg/cAb negative, lipids at goal, CBC normal). She has no VTE history and is a non-smoker.

Please reconsider. I can be reached for a peer-to-peer at {P|773-555-0161 x3}.

Sincerely,

{N|Victor Oyelaran-Hughes}, MD
Board-certified, Rheumatology
NPI 1740386512 · IL license {LIC|036.148822}
""")

add("note15_letter", """
{G|Sunrise Pediatric & Adolescent Clinic}
{ST|301 Cottonwood Ave}, {C|Twin Falls}, ID {Z|83301}
Phone {P|208-555-0117}

{D|April 4, 2024}

To whom it may concern at {G|Canyon Ridge High School}:

{N|Will Hartigan} (DOB {D|6/1/2007}) was seen in our clinic on {D|April 3rd} for a concussion he sustained during a soccer match on {D|March 30}. His symptom score has improved but he is not yet symptom-free.

Please allow the following until he is cleared:
- No PE, no practice, no contact sports
- Rest breaks in the nurse's office as needed; may leave class 5 min early to avoid crowded halls
- No more than one test per day; extended time (1.5x)
- Reduced screen time; printed notes where possible

He will follow a graded return-to-play protocol once symptom-free for 24 h and back to full school. I expect to re-evaluate him the week of {D|April 15}.

Please contact me at the number above with any questions. His mother, {N|Kathleen Hartigan}, has given permission for us to speak with the school athletic trainer, {N|Marcus Greenleaf}, ATC.

Sincerely,

{N|Brigid O'Shaughnessy}, MD
""")

add("note16_trauma", """
TRAUMA H&P - LEVEL 2 ACTIVATION
{G|Fond du Lac Regional Trauma Center}   Arrival {D|07/04/2024} 23:58
Pt: {N|Kowalczyk, Dmitri}   MRN {MRN|TR-8812034}   29 y.o. M
Trauma attending: Dr. {N|Oluwaseun Adeyemi}    Resident: {N|Brandon Cho}, MD

Mechanism: Restrained driver, 2016 Honda Civic (VIN {VEH|2HGFC2F59GH512877}, WI plate {VEH|AJX-4410}) T-boned on driver side by pickup at ~45 mph, ~15 min extrication, + airbag deployment. Per State Patrol Sgt. {N|Renee Lindahl} (badge {OID|2217}), crash report # {OID|WI-24-0704-01199}. Front passenger (girlfriend) {N|Kayla Young} taken to {G|St. Agnes Hospital}.

Primary: A - patent, talking. B - decreased BS L base, SpO2 93%. C - HR 118, BP 104/68, FAST neg. D - GCS 15. E - seatbelt sign chest/abd, L flank abrasions.

Imaging:
| Study       | Finding                                          |
|-------------|--------------------------------------------------|
| CXR         | L 8-10 rib fx, small L PTX                      |
| CT head/C   | neg                                              |
| CT C/A/P    | L 8-10 rib fx, 15% L PTX, grade II splenic lac, no blush |
| FAST (repeat)| trace LUQ fluid                                 |

Labs: Hgb 13.1 -> 12.4, lactate 2.8, EtOH 0.142, UDS +THC.

Plan: Admit TICU. L 14 Fr pigtail placed 01:10 with good re-expansion. Serial H/H q6h, bedrest 24 h. Multimodal analgesia, consider ESP block for rib fx. Tertiary survey in AM. SBIRT.
Mother {N|Halyna Kowalczyk} called from {C|Lviv}, updated via interpreter. Brother {N|Oleksandr} en route from {C|Appleton}.

{N|B. Cho}, MD / {N|O. Adeyemi}, MD  {D|7/5/24} 02:15
""")

add("note17_neuroicu", """
NEURO ICU PROGRESS NOTE   SAH day 5 / post-coil day 4
{N|Nasser, Layla H.}   52 y.o. F   MRN {MRN|00-6617-2290}   NSICU bed 4
{D|11/6/2024}

Summary: Hunt-Hess 3, modified Fisher 3 SAH from ACOM aneurysm, coiled {D|11/2} by Dr. {N|Charlotte van der Linden}. EVD (Integra) placed {D|11/1}, open at 15 cmH2O.

Overnight: Na 133 -> 131, started NaCl tabs 2 g TID. EVD output 180 mL/24h. One episode HA 8/10 responding to APAP + oxycodone 5.

Exam: E4V5M6, GCS 15, oriented x3, no drift, PERRL 3->2. No new deficits.

TCDs:
|               | {D|11/4} | {D|11/5} | {D|11/6} |
|---------------|------|------|------|
| R MCA MFV     | 88   | 112  | 141  |
| L MCA MFV     | 92   | 118  | 156  |
| Lindegaard L  | 2.4  | 2.9  | 3.4  |

A/P:
1. aSAH - nimodipine 60 mg q4h (hold for SBP <110), euvolemia, keep Na >=135
2. Rising L MCA velocities, Lindegaard 3.4 (mild vasospasm) - CTA/CTP today; IR aware
3. EVD - clamp trial when output <150/day
4. DVT ppx - SQ heparin started {D|11/3}

Family: husband {N|Karim} and sister {N|Rania Haddad} (flew in from {C|Amman}) at bedside, updated.

{N|Andrés Quiñones}, ACNP-BC / Attending {N|Priyanka Banerjee}, MD
""")

add("note18_op", """
OPERATIVE REPORT

Patient: {N|Margaret O'Donoghue}   MRN {MRN|44120987}   DOS: {D|10/15/2024}
Surgeon: {N|Rajiv Chaudhry}, MD    Assistant: {N|Kaitlyn Bauer}, PA-C
Anesthesia: {N|Femi Oyebanji}, MD - spinal + MAC

Preop/Postop dx: Primary OA right hip, Tönnis grade 3
Procedure: Right total hip arthroplasty, direct anterior approach (Hana table)

Implants:
| Component              | REF          | SN / UDI              |
|------------------------|--------------|-----------------------|
| Acetabular shell 54 mm | 6202-1154    | {DEV|SN 77412098A}    |
| Liner X3 36 mm         | 6271-2-454   | {DEV|SN 77419350C}    |
| Femoral stem #5        | 6021-0538    | {DEV|SN 68110427B}    |
| Head CoCr 36 +0        | 6260-9-236   | {DEV|SN 68115502D}    |

Details: Timeout performed. TXA 1 g IV at incision and closure. Standard Hueter interval. Capsulotomy, femoral neck osteotomy, acetabulum reamed to 53 mm, 54 mm shell press-fit with one 25 mm screw. Femur broached to size 5, trial reduction with +0 head, leg lengths equal on fluoro, stable at 90 deg ER in extension. Final components placed. Irrigation, layered closure, Prineo dressing.

EBL 350 mL. No drain. Counts correct x2. Foley removed in PACU.

Disposition: PACU, stable. WBAT, anterior hip precautions x 6 wk, aspirin 81 mg BID x 35 d.
She goes by {N|Peggy}; her husband {N|Desmond} was updated in the waiting room at 11:05.

{N|Rajiv Chaudhry}, MD {D|10/15/24}
""")

add("note19_device", """
DEVICE CLINIC - REMOTE TRANSMISSION REVIEW
Pt: {N|Emmanuel Kamara}   DOB {D|1/5/1962}   MRN {MRN|888120475}
Device: Medtronic Azure XT DR MRI (W1DR01), SN {DEV|RNB604118S}
Implanted {D|3/22/2021} at {G|Chattahoochee Valley Heart Center}
Leads: RA 5076-52 SN {DEV|PJN7731942}; RV 5076-58 SN {DEV|PJN7740017}
Transmission: CareLink scheduled, {D|12/01/2024} 03:10

Battery: 8.5 yr. Mode DDDR 60/130. AP 38%, VP <1%.
Lead measurements stable:
| Lead | Imp (ohm) | Sense (mV) | Thresh        |
|------|-----------|------------|---------------|
| RA   | 456       | 2.8        | 0.75 V @ 0.4  |
| RV   | 589       | 11.2       | 1.0 V @ 0.4   |

Episodes since last transmission: 3 AHRE, longest 4 h 12 min on {D|11/19}, AF burden 1.8%. EGMs c/w AF. No VHR.

Assessment: New subclinical AF, CHA2DS2-VASc 3 (HTN, DM, prior MI). 
Plan: message to EP, Dr. {N|Lindiwe Dube}, re OAC. Called pt at {P|706-555-0163} - left VM to call device clinic back. Next remote {D|03/03/2025}.

{N|Colton Reyes}, RN, CCDS
""")

add("note20_phone", """
TELEPHONE ENCOUNTER
{D|Wed 7/17/24} 4:52p
Caller: {N|Ifeoma} (daughter, on HIPAA release) calling re: mother {N|Comfort Adjei}, 81 y.o.
Callback #: {P|(614) 555-0197}

Reason: Mom dizzy when standing since yesterday. Home BP 88/50 this afternoon, HR 92. Amlodipine 5 mg was added at visit {D|7/10} and she was already on HCTZ 25. Eating/drinking less in the heat. No CP, no SOB, no falls, no confusion per daughter.

Protocol: Dizziness/hypotension (adult). Disposition: see within 24 h; ED now if syncope, CP or new confusion - daughter verbalized understanding.

Advice given: hold HCTZ and amlodipine tonight, push fluids, rise slowly, sit on edge of bed before standing. Recheck BP in AM and call with reading.

Appt: tomorrow {D|7/18} 10:15 with {N|Samuel Osei-Tutu}, MD (first available). Pharmacy on file: {G|Kroger Pharmacy}, {C|Hilliard}; pharmacy fax {F|614-555-0110}.

Routed to Dr. {N|Osei-Tutu} for review.
{N|Jenna Kowalski}, RN
--
Addendum {D|7/17/24} 5:40p (Dr. {N|Osei-Tutu}): Agree. Stop HCTZ permanently, keep amlodipine on hold until seen.
""")

add("note21_peds_ed", """
PEDIATRIC ED NOTE - CONCERN FOR NON-ACCIDENTAL TRAUMA
Date: {D|01/11/2025}   Time seen: 14:20
Pt: {N|Zaylee Montgomery}   Age 7 mo   MRN {MRN|P3301744}

HPI: Brought in by mother's boyfriend, {N|Travis Dunn}, 24, who states infant "rolled off the couch" ~2 days ago and has been fussy with L leg since. Mother, {N|Destiny Montgomery} (19), arrived 40 min later from work at {G|Walmart Supercenter} in {C|Rio Rancho}; she states the boyfriend was babysitting while she worked both days. Infant attends {G|Tiny Blessings Learning Center} 3 days/wk, not since Wednesday.

Exam: Irritable but consolable. Swelling L thigh, pain with ROM. Two 1 cm ovoid bruises R cheek in different stages (TEN-4-FACESp positive). Fontanelle flat. No retinal hemorrhages on dilated exam by ophthalmology (Dr. {N|Carmen Aragón}).

Imaging: XR L femur - spiral fx mid-diaphysis. Skeletal survey - healing R 6th posterior rib fx. CT head - neg.
Labs: CBC, CMP, lipase, coags, vit D, PTH, Ca/Phos - pending except Hgb 10.9, AST 38, ALT 29.

Assessment: 7 mo non-ambulatory infant with spiral femur fx, posterior rib fx of different age, and facial bruising - highly concerning for physical abuse. History inconsistent with injuries and developmental stage.

Plan:
- Admit to peds for pain control and safety; ortho consulted (Pavlik not appropriate at this age - spica vs harness per ortho)
- CPS report made 15:05, intake # {OID|IR-2025-0041173}, intake worker {N|Gloria Benavides}, {P|(505) 555-0129}
- {G|Rio Rancho Police Department} notified; Officer {N|J. Aragón} badge {OID|1187} to interview
- Child Abuse Pediatrics consult (Dr. {N|Hannah Whitcombe})
- Sibling screening: mother reports a 3 yo half-brother ({N|Kaden}) living with maternal grandmother in {C|Bernalillo}; CPS aware

{N|Mohammed Al-Rashidi}, MD, Pediatric Emergency Medicine
""")

add("note22_derm", """
DERMATOLOGY CLINIC NOTE    {D|3.18.2024}
{N|Grace Ihejirika}, 44 y.o. F, Fitzpatrick V, referred by Dr. {N|Levi Goldberg} (PCP) for changing mole L upper back.

HPI: Husband noticed it "got darker and bigger" since last summer. Occasional itch. No bleeding. No personal hx skin CA. Father had "a spot removed" in {C|Port Harcourt}, details unknown.

Exam: 7 x 5 mm asymmetric, irregularly pigmented macule with focal blue-gray area, L upper back. Dermoscopy: atypical network, regression structures, 7-point checklist 4. Also several hypopigmented patches bilat forearms - Wood's lamp without accentuation, KOH neg. Acral sites, nails, mucosa: no lesions. No LAD.

Procedure: Deep shave (saucerization) biopsy L upper back, 10 x 8 mm, hemostasis AlCl, petrolatum + bandage. Specimen to derm path, accession {OID|DP24-03318}.

Photos (clinical + dermoscopic) uploaded to imaging archive: {URL|https://derm-imaging.northstarhealth.org/case/77120/lesion2}

A/P:
1. Atypical pigmented lesion L upper back - r/o melanoma; bx done, results 7-10 d.
2. Hypopigmented forearm patches - likely idiopathic guttate hypomelanosis vs post-inflammatory; observe.
3. Full-skin exam annually, sooner pending path.
Pt prefers results by email: {E|gihejirika@outlook.com}; also ok to leave VM at {P|612-555-0150}.

{N|Astrid Lindqvist}, MD
""")

add("note23_fall", """
INCIDENT REPORT - RESIDENT FALL (UNWITNESSED)
Facility: {G|Sunnyvale Manor Nursing & Rehabilitation}
Address: {ST|2250 Homestead Rd}, {C|Santa Clara}, CA {Z|95050}
Report #: {OID|IR-25-0223-004}

Resident: {N|Agnes Mercy Ferreira}    Age: {A|90}    Room 118-A
Date/time of incident: {D|02/23/2025} approx. 03:40
Discovered by: CNA {N|Rosalind Achterberg} on 2-hr rounds

Description: Resident found sitting on floor beside bed, back against nightstand, call light not activated. Bed in low position; bed alarm found OFF (unclear when). Resident states "I wanted to go to the bathroom." Urinal empty.

Assessment (LVN {N|Ikechukwu Nwosu}): A&O x2 (baseline). Small skin tear L forearm 2 cm, steri-stripped. Denies head strike, no visible head injury. ROM all extremities WNL, no shortening/rotation. On apixaban 2.5 BID -> neuro checks q15 min x4, q30 x4, q1h x4, q4h x24h.
Vitals 03:55: BP 142/80, HR 84, RR 18, T 97.9, SpO2 95%, BG 118.

Notifications:
- Dr. {N|Paolo Quintero} at 04:10 - order: neuro checks, CT head if any change, hold next apixaban dose
- Nephew/POA {N|Bernard Ferreira} at 07:30, {P|408-555-0181}
- DON {N|Lucille Nakamura} at 07:45

Contributing factors: nocturia, new trazodone 25 mg started {D|2/20}, bed alarm off, Morse 75.
Interventions: scheduled toileting 0200 and 0500, bedside commode, alarm check on each round, pharmacy to review trazodone.
Follow-up 09:30: neuro checks stable. No transfer to {G|O'Connor Hospital} needed at this time.
""")

add("note24_psych_dc", """
INPATIENT PSYCHIATRY DISCHARGE SUMMARY
{G|Cedar Ridge Behavioral Health} - Unit 3 North

Patient: {N|Tran, Kevin Minh}    MRN: {MRN|CR-0041987}    Age: 27
Admit: {D|12/29/2023} (hold -> 14-day commitment)    Discharge: {D|01/12/2024}
Legal: civil commitment case no. {OID|23CC07741} ({CO|Multnomah County}); commitment dismissed at hearing {D|1/9/24}, pt converted to voluntary.
Attending psychiatrist: {N|Farah Siddiqui}, MD

Reason for admission: Brought by police after he was found on the {G|Hawthorne Bridge} shouting that his neighbors were broadcasting his thoughts. Off meds x ~3 months.

Dx: Schizoaffective disorder, bipolar type, current episode manic with psychotic features. Cannabis use disorder, moderate.

Course: Started paliperidone PO then transitioned to LAI - Invega Sustenna 234 mg deltoid {D|1/2}, 156 mg deltoid {D|1/9}. Lithium 900 mg qHS, level 0.8 on {D|1/10}. Sleep normalized by day 6; AH decreased from constant to occasional; no longer endorsing thought broadcasting by day 10. Denied SI/HI throughout. No seclusion or restraint after day 1.

Condition at discharge: Calm, linear, partial insight. YMRS 34 -> 9. BPRS 58 -> 31.

Discharge plan:
- Residence: {G|Unity House Adult Foster Home}, {ST|7731 SE Division St}, {C|Portland}, OR {Z|97206}
- ACT team: {G|Willamette Community Mental Health}, case manager {N|Jordan Pike}, first visit {D|1/16/24} 2:00 PM
- Next Sustenna 117 mg due {D|2/6/24} (monthly thereafter)
- Lithium level + BMP + TSH in 1 wk
- Sister {N|Linh Tran-Morales} agrees to be emergency contact, {P|503-555-0177}

{N|Farah Siddiqui}, MD  {D|1/12/2024}
""")

add("note25_lab", """
CLINICAL CHEMISTRY - CRITICAL VALUE NOTIFICATION
Specimen ID: {OID|C24-118-00793}     Order #: {OID|ORD55120983}
Patient: {N|Adewale, Folake}     MRN: {MRN|3309128}     Loc: 4E-12
Collected: {D|27-Apr-2024} 05:05     Received: 05:19     Resulted: {D|27-Apr-2024} 05:48

| Test        | Result | Flag   | Ref range  | Units  |
|-------------|--------|--------|------------|--------|
| Sodium      | 134    | L      | 136-145    | mmol/L |
| Potassium   | 6.9    | CRIT H | 3.5-5.1    | mmol/L |
| Chloride    | 101    |        | 98-107     | mmol/L |
| CO2         | 16     | L      | 22-29      | mmol/L |
| BUN         | 71     | H      | 8-23       | mg/dL  |
| Creatinine  | 6.42   | H      | 0.57-1.11  | mg/dL  |
| eGFR (CKD-EPI 2021) | 7 | L  | >=60       | mL/min/1.73m2 |
| Glucose     | 142    | H      | 70-99      | mg/dL  |

Hemolysis index 12 (no significant hemolysis). Repeat on same specimen: K 6.8.
Prior K {D|4/25/24}: 5.6.

Critical result called to and read back by {N|Tomás Echeverría}, RN at 05:52.
Called by: {N|B. Kaczmarek}, MLS(ASCP)
""")

add("note26_transfer", """
TRANSFER CENTER NOTE - INTERFACILITY TRANSFER REQUEST
Call received 16:07 on {D|6/11/2024}
Referring: {G|Choctaw Memorial Hospital}, {C|Hugo}, OK - Dr. {N|Wade Bowlegs} (ED), callback {P|580-555-0112}
Receiving: {G|Mercy Heart Institute} - accepting physician Dr. {N|Priya Raghunathan} (interventional cardiology)
Transfer center recorded line: {P|1-800-555-0135}

Patient: {N|Harjo, Samuel}   67 y.o. M   DOB {D|05/05/1957}
Home: {C|Antlers}, {CO|Pushmataha County}
Insurance: IHS/Medicare, Medicare ID {HP|3TQ8-GH1-NJ24}

Summary from referring: Onset CP 11:30 while mowing. Initial ECG ST depression V2-V5; hs-trop 412 -> 1,980. Now hypotensive 84/52 despite 1 L NS, lactate 3.9, cool extremities. Echo (POCUS) EF ~25%, no effusion. Given ASA 325, heparin gtt, no P2Y12. Norepi 0.08 started 15:40. Intubated? No - on 4 L NC, SpO2 94%.

Decision: Accepted for emergent cath / possible MCS (Impella CP). Bed: CVICU 7 direct to cath lab.
Transport: rotor wing, tail number {VEH|N417AE}, ETA 17:15. Crew aware of norepi, heparin.
Wife {N|Lorena Harjo} will drive; given address for {G|Mercy Heart Institute} main entrance and family waiting number.

Records: CD of ECGs and labs with flight crew; H&P faxed from {F|580-555-0113}.

{N|Cheyenne Lockhart}, RN, Transfer Center
""")

add("note27_workcomp", """
OCCUPATIONAL HEALTH - WORK STATUS REPORT
Employer: {G|Pacific Northwest Timber Co.} - {C|Longview} sawmill
Employee: {N|Esteban Villaseñor}     Employee ID: {OID|E-448170}
WC claim #: {OID|WC24-0098817}     Adjuster: {N|Colleen Murphy-Grant}, {E|cmurphygrant@cascadecomp-ins.com}, {P|360-555-0144}
DOI: {D|10/02/2024}     DOS: {D|10/09/2024}

Injury: L hand caught between conveyor roller and guard rail. Nondisplaced L 4th metacarpal shaft fx, dorsal hand laceration 4 cm repaired in ED ({G|PeaceHealth St. John Medical Center}).

Today: Swelling improving, sutures out, wound well healed. Ulnar gutter splint in place. Pain 3/10 on ibuprofen 600 TID. Sensation intact. Cap refill <2 s.
XR today: alignment maintained, early callus.

WORK STATUS: Modified duty {D|10/09/2024} through next visit

| Restriction                     | L hand        | R hand   |
|---------------------------------|---------------|----------|
| Lifting / carrying              | 0 lb          | 20 lb    |
| Gripping / grasping             | none          | frequent |
| Keyboard / writing              | none          | OK       |
| Operate machinery / forklift    | NO            | NO       |
| Splint at all times             | yes           |          |

Pt speaks Spanish, visit conducted with certified interpreter. Supervisor {N|Dale Hutchins} confirmed light duty available in the tally shack.

Next visit: {D|10/23}, then likely OT referral. MMI not expected before 8 weeks post-injury.

{N|Hollis Beaumont}, DO, Occupational Medicine
""")

add("note28_delivery", """
DELIVERY NOTE
Mother: {N|Xochitl Ramírez Castañeda}    MRN {MRN|70034412}    Age 31    G3P2 -> G3P3
Infant: Baby Girl {N|Ramírez}    MRN {MRN|70034419}
Date/time of birth: {D|08/09/2024} 14:22
Delivering provider: {N|Helen Ostrowski}, CNM    RN: {N|Marisela Treviño}
Pediatrics: {N|Yusuf Demir}, MD (present for delivery - meconium)

Labor: Spontaneous labor at 39w3d. AROM 11:50 for thick meconium. Epidural at 6 cm. Complete 13:58, pushed 24 min.

Delivery: NSVD, LOA. 2nd degree laceration, repaired with 3-0 Vicryl Rapide in standard fashion. Nuchal cord x1, loose, reduced. Infant vigorous at delivery, delayed cord clamping 60 s, father {N|Juan Carlos Ramírez} cut the cord. Placenta delivered spontaneously 14:31, intact, 3-vessel cord.

| Apgar  | 1 min | 5 min |
|--------|-------|-------|
| Score  | 8     | 9     |

Birth weight 3410 g. EBL 300 mL / QBL 410 mL. Pitocin 30 U/500 mL post-delivery. Fundus firm.

Plan: Routine postpartum care. Breastfeeding - lactation consult. Rh pos, rubella immune, GBS neg. Desires Nexplanon before discharge.

{N|Helen Ostrowski}, CNM {D|8/9/24} 15:05
""")

add("note29_geri", """
GERIATRICS CLINIC - COGNITIVE FOLLOW-UP
{D|June 27, 2024}
{N|Walter Heinrich von Briesen}, 84 y.o. M, here with wife {N|Ilse} and daughter {N|Katrin Albers}. Lives in {C|Cedarburg} ({CO|Ozaukee County}), retired from {G|Briggs & Stratton} engineering.

Interval: Daughter reports he got lost driving home from church two weeks ago and ended up in {C|Grafton}; called her from a gas station. Repeats questions more. Still manages his own pills with a weekly box (wife double-checks). No falls.

Cognitive testing:
| Test       | {D|Oct 2023} | Today  |
|------------|----------|--------|
| MoCA       | 22/30    | 18/30  |
| Trails B   | 142 s    | 210 s  |
| Clock draw | 3/4      | 2/4    |
| FAST       | 3        | 4      |

Exam: Pleasant, oriented to month/year but not date. Gait normal, TUG 11 s. No parkinsonism.

A/P:
1. Mild dementia, likely Alzheimer type, progressing. Increase donepezil 5 -> 10 mg. Discussed lecanemab eligibility; MRI shows 6 microbleeds -> not a candidate at this time.
2. Driving safety - advised to stop driving pending formal evaluation; referral to {G|Lakeland Driver Rehabilitation Program}. Pt reluctant but agreed. Per WI law, physician may report; will send MV3141 if he continues driving. WI DL {LIC|V516-4418-2270-07} noted for the form.
3. Firearms: two hunting rifles at home - daughter will store them at her house.
4. Advance care planning: HCPOA names {N|Katrin}; activation not needed yet.

RTC 3 months. {N|Natalia Ivanova}, MD
""")

add("note30_mammo", """
BILATERAL DIAGNOSTIC MAMMOGRAM WITH TOMOSYNTHESIS AND LEFT BREAST ULTRASOUND
Patient: {N|Sun-Hee Park}     DOB: {D|Jan 12, 1971}     MRN: {MRN|WH-2077413}
Accession: {OID|MG24110587}     Exam date: {D|11/05/2024}
Referring: {N|Leah Goldfarb}, MD

History: 53 y.o. F recalled from screening for L breast asymmetry. No palpable abnormality. Mother with breast cancer at 61.

Comparison: Screening mammograms {D|10/2023} and {D|09/2022}; outside study from {G|Tri-County Imaging} ({C|Bellevue}) dated {D|8/14/2019}.

Breast composition: C - heterogeneously dense, which may obscure small masses.

Mammogram: Spot compression views confirm a 9 mm irregular mass with indistinct margins, L breast 2:00 posterior depth, not present on prior studies. No suspicious calcifications. R breast: no suspicious findings.

Ultrasound L breast: 2:00, 6 cm FN, 9 x 7 x 8 mm irregular hypoechoic mass, not parallel, angular margins, posterior shadowing, internal vascularity. L axilla: normal nodes, cortex 2 mm.

IMPRESSION:
L breast 2:00 mass - BI-RADS 4C: high suspicion for malignancy. US-guided core biopsy recommended.
R breast - BI-RADS 1.
OVERALL: BI-RADS 4C.

Results discussed with the patient in person; biopsy scheduled {D|11/12/24} 8:30 AM. Nurse navigator {N|Tiffany Rose} will call her with prep instructions.

Interpreted by: {N|Joaquín Saldívar}, MD  {D|11/5/2024}
""")

add("note31_death", """
DEATH PRONOUNCEMENT NOTE - INPATIENT HOSPICE UNIT
Called to room 6 at 02:12 on {D|5/19/2024} by RN {N|Delphine Okoro}.

Patient {N|Edwin Charles Young}, {A|97} y.o. M, admitted to GIP level of care {D|5/15} for terminal agitation, end-stage HF.

Exam: No response to verbal or tactile stimuli. No spontaneous respirations observed over 1 minute. No heart sounds auscultated over 1 minute. No carotid pulse. Pupils fixed and dilated.
Time of death: 02:18.

Family at bedside: daughters {N|Patricia Young-Lamb} and {N|Maureen Young}, grandson {N|Tobias}. Prayers said with the family by on-call chaplain {N|Samuel Adebayo}.
Attending Dr. {N|Fitzgerald} notified via secure message.

Expected death under hospice care - medical examiner not notified. Autopsy declined by next of kin.
Organ/tissue: {G|Tennessee Donor Services} notified 02:30, referral # {OID|TDS-240519-0388}; not a candidate except corneas, family declined.
Funeral home: {G|Pruitt & Sons Funeral Chapel}, {C|Maryville}, {P|(865) 555-0193} - called 02:40, will pick up after 05:00.

{N|Yaw Boateng}, MD (night hospitalist)
""")

add("note32_referral", """
{G|Harborview Gastroenterology Associates}
{ST|1145 Broadway, 4th Floor}
{C|Tacoma}, WA {Z|98402}
Phone {P|253.555.0170}   Fax {F|253.555.0171}

{D|22 July 2024}

Dr. {N|Imogen Fairweather}
{G|Gig Harbor Family Practice}
{ST|6401 Kimball Dr NW}
{C|Gig Harbor}, WA {Z|98335}

Re: Mr. {N|Declan Flanagan}, DOB {D|03/14/1979}

Dear Dr. {N|Fairweather},

Thank you for referring Mr. {N|Flanagan} for positive FIT. I performed his colonoscopy on {D|the 18th of July}.

Findings: Boston Bowel Preparation Scale 8 (3/3/2). Cecal intubation confirmed with appendiceal orifice and ileocecal valve photo-documented. Withdrawal time 14 min.
- Ascending colon: 22 mm flat sessile serrated lesion (Paris 0-IIa), removed piecemeal by cold EMR; margins snare-tip soft coagulated; 2 clips.
- Transverse: 6 mm and 4 mm tubular-appearing polyps, cold snare.
- Sigmoid: scattered diverticula.

Pathology: SSL without dysplasia (22 mm); two tubular adenomas.

Recommendation: Because of piecemeal resection of a lesion >=20 mm, site check colonoscopy in 6 months, around {D|January 2025}, then per USMSTF 2020. His brother {N|Ronan} should begin screening at 40 given this result; I have given Mr. {N|Flanagan} a letter to pass on.

With kind regards,

{N|Benedikt Oberhauser}, MD, FACG
""")

add("note33_ed_psych", """
ED PSYCHIATRY CONSULT
Date: {D|Sat 3/9/24}   Time: 21:40
Pt: {N|Omar Abdelrahman}, 26 y.o. M     MRN {MRN|DH-5510293}
Requesting: ED attending Dr. {N|Caroline Stratford}
Consultant: {N|Arjun Bhattacharya}, MD (psychiatry)

Reason: Brought by {G|Dearborn Police Department} on petition filed by his brother {N|Yusuf Abdelrahman} for erratic behavior.

HPI: Per brother (by phone {P|313-555-0191}), pt stopped lithium ~6 weeks ago "because he felt too flat," has slept 2-3 h/night for 4 nights, spent ~$7,000 on crypto, and was escorted out of his job at the {G|Amazon DTW1 fulfillment center} in {C|Romulus} after arguing with a supervisor. Girlfriend {N|Jasmine Wardak} reports he has been texting her 200+ messages a day. Pt states "I've never felt more clear, I'm building an app that ends poverty."

Past psych: Bipolar I, dx age 20 after manic episode; 1 prior hospitalization (2019, {G|Henry Ford Kingswood Hospital}). No suicide attempts.

MSE: Pressured speech, flight of ideas, grandiose delusions, labile. Denies AH/VH. Denies SI/HI; C-SSRS screen negative. Insight poor, judgment impaired.
YMRS 32. UDS neg. Lithium level <0.1. TSH 1.8.

Assessment: Bipolar I, current episode manic, severe, without psychotic features (grandiosity not fixed). Meets criteria for involuntary admission: unable to attend to basic needs and at risk of harm from impaired judgment (per petition and collateral).

Plan: Admit to inpatient psychiatry, 2nd certificate completed. Olanzapine 10 mg now, restart lithium 300 BID with level in 5 days. Behavioral precautions.

{N|Arjun Bhattacharya}, MD
""")

add("note34_facesheet", """
PATIENT REGISTRATION - FACE SHEET                       Printed {D|03/02/2025} 07:12
{G|Prairie Lakes Regional Hospital}

Account #: {AC|40018837726}       MRN: {MRN|PL00912347}       Adm type: Inpatient     Room/Bed: 3214-1
Admit date/time: {D|03/01/2025} 22:48       Attending: {N|OGUNLEYE, BABATUNDE}
Admitting dx: Sepsis, unspecified organism (A41.9)

PATIENT
  Name: {N|NGUYEN, THI LAN}                Sex: F     DOB: {D|10/31/1978}     Age: 46
  SSN: {SSN|528-71-0946}                   Marital: M     Language: Vietnamese (interpreter needed)
  Address: {ST|1607 Oakwood Ln Apt 3}
           {C|Burnsville}, MN {Z|55337-4412}      County: {CO|Dakota}
  Home ph: {P|(952) 555-0164}      Cell: {P|(952) 555-0178}
  Email: {E|lan.nguyen78@yahoo.com}
  Photo ID: MN DL {LIC|S-530-712-448-091}
  Employer: {G|Ecolab} - lab technician, {C|Eagan} site

EMERGENCY CONTACT
  {N|PHAM, VAN DUC} (spouse)    {P|(952) 555-0105}
  {N|NGUYEN, KIM} (daughter)    {P|(612) 555-0142}

GUARANTOR: self

INSURANCE
  Primary:   commercial PPO     Member ID {HP|MDC0044718926}    Group {HP|77120-04}    Subscriber: self
  Secondary: MN Medical Assistance   ID {HP|MA00518832}

PCP: {N|Hollander, Ruth}, MD - {G|Burnsville Family Physicians}
Advance directive on file: No     Organ donor (per DL): Yes
Registered by: {N|T. McAllister}
""")

add("note35_nicu_dc", """
NICU DISCHARGE SUMMARY
{G|St. Barnabas Hospital} NICU

Infant: {N|Amara Diallo}    DOB: {D|9/2/2024} 04:17    MRN {MRN|N0208864}
GA at birth 29w4d, BW 1290 g    Discharge: {D|10/26/2024}, CGA 37w1d, wt 2410 g
Mother: {N|Fatoumata Diallo}, 28 y.o. G1P0->1; Father: {N|Ousmane Diallo}. Family lives in {C|Bronx}, NY; parents originally from {C|Conakry}. French/Pular/English.

Problems / course:
| Problem               | Course                                                        | Status     |
|-----------------------|---------------------------------------------------------------|------------|
| RDS                   | Surfactant x2 (DOL 0, 1), CPAP until DOL 18, RA since DOL 24 | resolved   |
| Apnea of prematurity  | Caffeine DOL 0 - {D|10/10}; event-free since {D|10/19}       | resolved   |
| PDA                   | Small, closed on echo {D|9/20}, no treatment                  | resolved   |
| ROP                   | Stage 1, zone III OU on {D|10/22} exam                        | follow-up  |
| Hyperbilirubinemia    | Phototherapy DOL 2-5                                          | resolved   |
| Anemia of prematurity | Hct 29, on iron 2 mg/kg/d                                     | ongoing    |

HUS x3 normal. Hearing (ABR) pass bilaterally {D|10/23}. CCHD screen pass. Car seat challenge passed 90 min on {D|10/24}.
Immunizations: Hep B {D|10/20}; nirsevimab (Beyfortus) 50 mg {D|10/24}. 2-mo vaccines due ~{D|11/2}.
Feeds: breast milk fortified to 22 kcal with Neosure, ad lib q3h, ~160 mL/kg/d.

Follow-up:
- PCP: {N|Esther Obiri-Yeboah}, MD, {G|Grand Concourse Pediatrics}, {D|Mon 10/28} 11:00
- Ophthalmology (ROP): Dr. {N|Esperanza Villalobos}, {D|11/8}
- High-risk infant follow-up clinic at 4 mo CGA
- Early Intervention referral sent

{N|Thaddeus Greenberg}, MD, Neonatology
""")


# ---------------------------------------------------------------------------
# 30 queries / chat messages to an assistant or EHR search
# ---------------------------------------------------------------------------

add("q01", """
pull last 3 bmps for {N|maria gonzalez-ortiz} dob {D|4/2/61}
""")

add("q02", """
whats the mrn for the lady in 12b, i think her name is {N|ruth kowalski}? need it for the blood bank slip
""")

add("q03", """
Rewrite this in plain language for the family (6th grade reading level):

"Mr. {N|Babajide Idowu} is an 88 yo M admitted {D|3/2} with CAP c/b hypoxic resp failure requiring HFNC, now weaned to 2L NC. Abx CTX/azithro {D|3/2}-{D|3/6}. Dispo pending PT eval; likely SAR at {G|Brookdale Willow Creek}."
""")

add("q04", """
draft appeal letter for {N|carmen ochoa}, member id {HP|w229104837}, ozempic denied bc "no metformin trial" but she had gi intolerance documented {D|2022-08-15}
""")

add("q05", """
is 15 mg/kg vanc q24 reasonable for a {A|94} yo w crcl 22, 48 kg
""")

add("q06", """
Search notes where text contains "fall" AND patient = {N|Hope Stanwick} AND date >= {D|1/1/2024}
""")

add("q07", """
who's covering for dr {N|okafor} tonight? need someone for bed 14, pager 55102 not answering
""")

add("q08", """
send msg to dr {N|lindqvist}'s nurse ({E|k.moreau@northstarhealth.org}) that the path from {D|3/18} is back on {N|grace ihejirika}
""")

add("q09", """
Face sheet has SSN {SSN|431-88-2076} but the insurance card scan shows {SSN|431-88-2067} for {N|Delroy Campbell}. Which one goes to billing, and who do I tell to fix the other?
""")

add("q10", """
Translate to Spanish please: "Your next appointment with Dr. {N|Herrera} is on {D|Friday, June 14} at 9:30 AM at {G|Clínica Esperanza}, {ST|2200 S Kedzie Ave}. Bring all of your medicine bottles."
""")

add("q11", """
how many pts from {CO|tulare county} tested covid+ at {G|riverside urgent care} in {D|jan 2022}
""")

add("q12", """
list active meds {N|jun-seo park} mrn {MRN|7741203}
""")

add("q13", """
Pt {N|Ye-jin Cho} called - her Tandem pump (SN {DEV|1108843}) keeps alarming "occlusion" even after a site change. What should I have her check before she drives in?
""")

add("q14", """
Turn this into SBAR for the night hospitalist: Pt {N|Bishop, Grant T}, {A|92}M from {G|Elmwood Manor}, sent for AMS, UA pos, Na 128. Son {N|Will} at bedside, wants a call at {P|402-555-0184} with any changes.
""")

add("q15", """
why is {IP|10.42.17.203} in the access log for vip pt {N|fernando aguilar}? not one of our workstations
""")

add("q16", """
pt cant get into her video visit, the link we sent {URL|https://telehealth.baycarehealth.org/v/KX71-T2Q} says expired. can i resend from here or does front desk have to
""")

add("q17", """
fax op note to {F|503-555-0152} attn {N|shirley} in medical records at {G|providence milwaukie}
""")

add("q18", """
Med rec question: the {G|CVS} in {C|Gallup} says {N|Harold Tsosie}'s last Eliquis fill was {D|Dec 3} (30-day supply) but he says he takes it every day. Is that a gap I should flag for the team?
""")

add("q19", """
verify dea for dr {N|tendai moyo} - {LIC|BM4417203} - pharmacy says it doesnt match what they have
""")

add("q20", """
claim {OID|clm-0093381267} dos {D|11/14/23} for {N|abiodun ogunbiyi} still pending?? its been 90 days
""")

add("q21", """
why won't this PID segment parse? it errors on field 11

PID|1||{MRN|55120934}^^^MRN||{N|DE LA CRUZ^MARIA^E}||{D|19530412}|F|||{ST|22 ELM ST}^^{C|SPRINGFIELD}^MA^{Z|01109}||{P|4135550187}
""")

add("q22", """
does {N|april nguyen} in rm 5 have a pcn allergy or was that her mom {N|june}
""")

add("q23", """
summarize hospital course {D|10/2}-{D|10/9} for {N|joseph bianchi}, include the c diff and why we stopped the ppi
""")

add("q24", """
Patient left AMA in a white F-150, plate {VEH|7KLM292}, with a PIV still in his left arm. Do we call {G|Oceanside PD} or just security?
""")

add("q25", """
Reset portal access for {N|Wood, Eleanor} - she never got the activation email at {E|ellie.wood1946@yahoo.com}. Can you send it to her daughter {N|Ruth Ann Wood} instead?
""")

add("q26", """
pt disputing balance on acct {AC|0077120455} from an er visit at {G|mercy} in {D|may 2023}, who handles that
""")

add("q27", """
one-liner pls: {A|91}yo F from {C|Dubuque} w/ severe AS s/p TAVR 2021, here w/ syncope at church, trop neg x2, orthostatic
""")

add("q28", """
Dr. {N|Nakashima-Reyes} wants a list of her panel on warfarin with INR > 4 since last Monday - can you run that and sort by clinic?
""")

add("q29", """
pt {N|faith osei} wants all records sent to {G|kaiser oakland}, fax {F|510-555-0166}. also update her address, new one is {ST|1912 e 14th st} {C|oakland} {Z|94606}
""")

add("q30", """
is there a note from the school nurse at {G|jefferson elementary} about {N|liam o'rourke}'s albuterol inhaler? mom ({N|siobhan}) says they faxed one {D|tuesday the 4th}
""")


# ---------------------------------------------------------------------------
# 25 PHI-free hard negatives (spans must be [])
# ---------------------------------------------------------------------------

add("neg01_ankle", """
ED NOTE - ANKLE INJURY
34 y.o. F inverted R ankle stepping off a curb at ~1900. Able to bear weight 4 steps in ED.

Ottawa ankle rules: tender at posterior edge of lateral malleolus -> imaging indicated. Ottawa foot rules negative. Squeeze test neg, external rotation test neg, Thompson test neg (Achilles intact). Proximal fibula nontender (no Maisonneuve). Anterior drawer 1+ laxity.

XR R ankle 3 views: no fracture, mortise congruent.

Dx: Grade II lateral ankle sprain (ATFL).
Pain 7/10 -> 3/10 after ketorolac 15 mg IM at 2035.
Plan: RICE, ASO brace, crutches WBAT, ibuprofen 600 mg q6h PRN x 5 d, acetaminophen 1000 mg q8h PRN. Sports medicine f/u in 7-10 d if not improving. Desk duty x 1 wk.
Discharged 2110 from room 14 in stable condition.
""")

add("neg02_sedation", """
ICU SEDATION / ANALGESIA HUDDLE - Bed 22

Goal RASS -1 to 0. Current RASS -3 on propofol 40 mcg/kg/min + fentanyl 75 mcg/h. CPOT 1. CAM-ICU deferred at this depth.
SAT passed at 0615. SBT on PS 5 / PEEP 5 x 30 min: RSBI 68, VT 420 mL, RR 22, SpO2 96% on FiO2 0.35. ABG 7.41/38/92, P/F 263.

Propofol day 4: TG 412, CK 210 -> switch to dexmedetomidine (Precedex) 0.4 mcg/kg/h, watch for PRIS and bradycardia.
Ventilator: Hamilton C6. Cuff leak test 180 mL -> ok to extubate to 4 L NC after rounds.
ABCDEF bundle reviewed. Early mobility with PT at 1000 (ICU Mobility Scale target 3).
Pharmacy pager 40917, RT pager 3318.
""")

add("neg03_tickborne", """
INFECTIOUS DISEASES CONSULT - TICKBORNE ILLNESS

62 y.o. M, avid deer hunter, 9 days of fever to 39.4 °C, myalgias, headache. Pulled off two attached lone star ticks (Amblyomma americanum) about 2 weeks ago. No rash; no erythema migrans.
Labs: WBC 2.9, plt 84, AST 146, ALT 121, Na 131.

Impression: Ehrlichiosis (E. chaffeensis) most likely. Also on the differential: Rocky Mountain spotted fever, anaplasmosis, tularemia, Heartland virus, Bourbon virus; Lyme disease unlikely with this vector. If neurologic signs develop, consider West Nile, St. Louis encephalitis, La Crosse encephalitis, Jamestown Canyon virus and Powassan.

Recs:
1. Doxycycline 100 mg PO BID x 7-10 d - do not wait for confirmatory testing.
2. Ehrlichia/Anaplasma PCR; RMSF IgG acute now and convalescent in 2-4 wk; Lyme 2-tier; Babesia smear.
3. If no defervescence by 48-72 h, send Heartland/Bourbon testing through the state lab.
""")

add("neg04_endo", """
EGD / COLONOSCOPY REPORT
Indication: GERD refractory to PPI; iron deficiency anemia.
Scopes: Olympus GIF-H190, CF-HQ190L. Sedation: propofol by anesthesia. ASA III, Mallampati II.

EGD:
- LA grade B esophagitis (Los Angeles classification).
- Salmon-colored mucosa, Prague C2M4 -> Seattle protocol 4-quadrant biopsies q1 cm.
- 3 cm hiatal hernia, Hill grade III. Non-obstructing Schatzki ring. No Mallory-Weiss tear, no Zenker diverticulum.
- Antral erythema; biopsies per updated Sydney system. Duodenal bx for celiac (Marsh).

Colonoscopy:
- Boston Bowel Preparation Scale 2-3-3 = 8. Cecum reached 09:42, withdrawal 11 min.
- 12 mm pedunculated sigmoid polyp (Paris 0-Ip), hot snare, 1 clip.
- Scattered diverticula; grade II internal hemorrhoids.

Plan: PPI BID x 8 wk then repeat EGD; follow pathology; iron studies; surveillance per USMSTF 2020 and ACG 2022 Barrett's guideline.
""")

add("neg05_hf", """
CARDIOLOGY CLINIC - HFrEF FOLLOW-UP
58 y.o. M, nonischemic CM diagnosed 2019 (EF 20%), now EF 35% on GDMT. NYHA II. KCCQ-12 68.

Exam: 2/6 holosystolic murmur at apex; soft mid-diastolic rumble (Austin Flint) with known moderate AI. No S3. JVP 7 cm. No edema.
Meds: Entresto 97/103 BID, Toprol XL 100, spironolactone 25, Jardiance 10, furosemide 20 PRN.
Data: NT-proBNP 842 (3,120 in 2023). K 4.6, Cr 1.2.

Discussion: Reviewed SGLT2i data (DAPA-HF, EMPEROR-Reduced) and ARNI benefit (PARADIGM-HF). EF now above 35% so primary-prevention ICD criteria no longer met; LifeVest returned. Seattle HF Model 1-yr survival ~95%.
Plan: continue GDMT, repeat echo in 6 mo, cardiac rehab 36 sessions, return in 3 mo.
""")

add("neg06_stroke", """
STROKE CODE NOTE
LKW 06:40. Door 07:52. CT 08:01. Tenecteplase 0.25 mg/kg (max 25 mg) at 08:19, DTN 27 min.

71 y.o. R-handed F. NIHSS 11 (gaze 1, visual 2, facial 2, L arm 3, L leg 2, dysarthria 1). LAMS 4. Cincinnati Prehospital Stroke Scale 3/3.
NCCT: ASPECTS 9. CTA: R M1 occlusion, Tan collateral score 2. Premorbid mRS 0.
To neuro IR: TICI 2c after 2 passes (Solitaire + aspiration).

Exam: Babinski present L, Hoffmann absent. No Horner. Remote Bell's palsy 2015; no Parkinson's; no prior TIA.
Post-lysis: BP <180/105 x 24 h; neuro checks q15 min x 2 h, q30 min x 6 h, then q1h x 16 h. Repeat CT at 24 h before antithrombotics.
""")

add("neg07_spine", """
SPINE CONSULT - C-SPINE CLEARANCE
45 y.o. M, ground-level fall. NEXUS: midline tenderness -> cannot clinically clear. Canadian C-spine rule: rotation deferred due to tenderness.

CT C-spine: nondisplaced C6 spinous process fracture (clay-shoveler type), facets intact. Stable. ASIA E. Spurling neg, Lhermitte neg, Hoffmann neg.
CT T/L: L1 compression fracture, 15% height loss, TLICS 1.

Plan:
- Aspen collar (Miami J acceptable if out of stock; Philadelphia collar for showering) x 6 wk; upright XR in collar.
- Jewett brace when upright for L1.
- He asked whether a Boston brace would help his daughter's scoliosis - explained that's a separate pediatric referral; Milwaukee brace is now rarely used.
- Oxycodone 5 mg q4h PRN, scheduled APAP 1 g q8h, lidocaine 4% patch. PT/OT.
""")

add("neg08_croup", """
PEDIATRIC URGENT CARE
3 y.o. M with barky cough and stridor at rest since tonight. T 38.3, RR 36, SpO2 97% RA. Wt 14.2 kg (Broselow yellow).

Westley croup score 4 (moderate).
Dexamethasone 0.6 mg/kg PO given 2210; racemic epinephrine 0.5 mL neb 2220. Reassessed 0030: Westley 1, no stridor at rest. Observed 3 h post-epi.

Considered: bacterial tracheitis, epiglottitis (Hib complete), foreign body. Kawasaki unlikely (fever <5 d, no conjunctival injection). PECARN not applicable - no head trauma. Immunizations up to date per state registry; growth 60th %ile.
Plan: home; cool mist; return for stridor at rest, drooling, retractions or fatigue.
""")

add("neg09_iol", """
L&D INDUCTION NOTE
G3P2002 at 39w1d, IOL for gestational HTN. Leopold maneuvers: vertex, LOA, EFW 3,600 g. GBS neg, Rh pos. EDD by Naegele's rule concordant with 9-wk US.

Bishop score 4 -> Cervidil 10 mg placed 2000. At 0600 Bishop score 8 -> AROM, clear fluid; Pitocin 2 mU/min, increase 2 mU q30 min, max 20.
BP 148/94, 152/96. Pre-eclampsia labs: plt 212, AST 22, Cr 0.6, UPC 0.18 -> no severe features; labetalol if >=160/110.
FHT: Category I, baseline 135, moderate variability, +accels.
Shoulder dystocia plan reviewed with team: McRoberts, suprapubic pressure, Rubin, Woods screw, posterior arm, Gaskin all-fours; Zavanelli last resort. Kleihauer-Betke not indicated.
""")

add("neg10_synoptic", """
SYNOPTIC REPORT - INVASIVE CARCINOMA OF THE BREAST (CAP protocol v4.9.0.0)
Procedure: Lumpectomy with sentinel lymph node biopsy. Laterality: Left.
Tumor size: 1.8 cm. Histologic type: Invasive ductal carcinoma (NST).
Nottingham grade 2 (tubules 3, nuclear 2, mitoses 1 = 6/9).
LVI: Not identified. DCIS: Present, intermediate grade, solid and cribriform; EIC negative.
Margins: Negative for invasive carcinoma; closest 3 mm (posterior).
Regional lymph nodes: 0/3 sentinel nodes; pT1c pN0(sn).
Biomarkers (block A4): ER 95% strong, PR 40% moderate, HER2 IHC 1+ (HER2-low), Ki-67 15%.
E-cadherin: positive (block A3). Oncotype DX sent; prior case in 2021 had RS 18 for comparison at tumor board.
""")

add("neg11_mdd", """
PSYCHIATRY MEDICATION MANAGEMENT
42 y.o. F with Major depressive disorder, recurrent, severe without psychotic features; GAD.

PHQ-9 21 -> 14 after 6 wk sertraline 150 mg. GAD-7 15 -> 11. HAM-D 17: 19. C-SSRS: no ideation since last visit.
Prior trials: fluoxetine (2016, GI upset), escitalopram 20 (partial), bupropion XL 300 (anxiety worse).
AIMS 0. BMI 31.2, A1c 5.8%.

Plan: add aripiprazole 2 mg qAM, titrate to 5 mg in 2 wk; fasting lipids. If inadequate response after augmentation, discuss esketamine (Spravato) or TMS. CBT weekly through the grant-funded collaborative care program. Safety plan updated; 988 reviewed. Return in 4 wk.
""")

add("neg12_cga", """
COMPREHENSIVE GERIATRIC ASSESSMENT
89 y.o. M with HFpEF, CKD 3b, knee OA, hearing loss.

| Domain     | Tool              | Result        |
|------------|-------------------|---------------|
| Cognition  | Mini-Cog / MoCA   | 3/5 ; 23/30   |
| Mood       | GDS-15            | 4             |
| ADLs       | Katz              | 6/6           |
| IADLs      | Lawton            | 5/8           |
| Mobility   | TUG / Berg        | 16 s ; 44/56  |
| Falls      | Morse             | 55 (2 falls in 12 mo) |
| Skin       | Braden            | 18            |
| Nutrition  | MNA-SF            | 10 (at risk)  |

Meds: 11. Beers: diphenhydramine qHS, glyburide. STOPP: PPI >8 wk without indication.
Plan: diphenhydramine -> melatonin 3 mg; glyburide -> glipizide 2.5 mg; trial off pantoprazole; PT for Otago exercise program; audiology (Phonak fitting); vitamin D 2000 IU daily. He hopes to remain at home; will bring completed POLST next visit.
""")

add("neg13_renal", """
NEPHROLOGY CONSULT
IgA nephropathy, Oxford MEST-C M1 E0 S1 T1 C0 on biopsy in 2022. UPCR 2.4 g/g, eGFR 38 (CKD-EPI 2021), K 5.3, HCO3 20.

Assessment/Plan:
1. IgAN with persistent proteinuria - maximize lisinopril 40, add dapagliflozin 10 mg; discuss sparsentan (Filspari, PROTECT) vs targeted-release budesonide (Tarpeyo, NefIgArd) 16 mg x 9 mo.
2. Resistant HTN - renal artery duplex negative; no perirenal hematoma to suggest Page kidney. Add chlorthalidone 12.5.
3. Hyperkalemia - patiromer 8.4 g daily, low-K diet handout.
4. Access planning - vein mapping L arm for radiocephalic (Brescia-Cimino) AVF; no PICC/IV in L arm.
5. Refer for preemptive transplant evaluation when eGFR <20.
""")

add("neg14_rchop", """
ONCOLOGY INFUSION NOTE - C3D1 R-CHOP
DLBCL, GCB subtype, Ann Arbor stage IIB (Lugano 2014), IPI 2. Interim PET after C2: Deauville 3. ECOG 1, KPS 80.
Labs: ANC 2.1, plt 188, Hgb 10.8, T bili 0.6. Baseline LVEF 60%. HBcAb neg.

BSA 1.92 m2:
| Drug           | Dose            | Given   |
|----------------|-----------------|---------|
| rituximab      | 375 mg/m2       | 720 mg  |
| cyclophosphamide | 750 mg/m2     | 1440 mg |
| doxorubicin    | 50 mg/m2        | 96 mg   |
| vincristine    | 1.4 mg/m2 (cap 2 mg) | 2 mg |
| prednisone     | 100 mg d1-5     | PO      |

Pegfilgrastim via Neulasta Onpro on-body injector. PowerPort accessed, +blood return.
Other: Philadelphia chromosome-negative MPN (JAK2 V617F+, ET) - hydroxyurea held during chemo. Acquired von Willebrand screen negative; factor IX normal (not Christmas disease).
Next cycle in 21 days. Allopurinol 300 mg for TLS ppx.
""")

add("neg15_pulm", """
PULMONARY / SLEEP CLINIC
COPD GOLD 3, group E: FEV1/FVC 0.52, FEV1 41% pred. mMRC 3, CAT 24, 2 exacerbations in the past year. Eos 310.
Inhalers: Trelegy Ellipta 100/62.5/25 daily, albuterol HFA PRN. Consider dupilumab given eos >=300 (BOREAS/NOTUS).

Sleep: Epworth 14, STOP-BANG 6. PSG: AHI 34, ODI 29, nadir SpO2 78% -> overlap syndrome. Start auto-CPAP 5-15 cmH2O (ResMed AirSense 11) with heated humidifier.
6MWT 290 m, nadir 86% -> O2 2 L with exertion and sleep.
Small L effusion: thoracentesis 600 mL, Light's criteria exudate (LDH ratio 0.7), cytology pending.
Vaccines: RSV (Arexvy), PCV20, Tdap.
""")

add("neg16_flowsheet", """
NURSING SHIFT SUMMARY 0700-1900 - Rm 512, bed 2
Neuro: A&O x4. Pain 6/10 at 0800 -> 2/10 after oxycodone 5 mg.
Resp: 2 L NC, SpO2 94-97%. IS 1250 mL x10/h.
CV: NSR 70s-80s, tele box 14. BP 118/64 - 136/78.
GI: Clears -> full liquids at 1400 per order. +flatus.
GU: Foley removed 0600 (POD 2); voided 350 mL at 1015, PVR 40 mL by bladder scan.
Drains: Jackson-Pratt #1 RLQ 45 mL serosanguineous; JP #2 15 mL.
Skin: Braden 16. Mepilex sacrum intact. Incision with Dermabond, C/D/I.
Lines: PIV 20g L FA (day 2), 18g R AC (day 2).
I/O: 1,840 in / 1,615 out.
Safety: Morse 35, bed alarm on, non-skid socks. Bair Hugger discontinued.
Handoff via I-PASS at 1900. Pt and spouse hoping for discharge tomorrow if labs stable.
""")

add("neg17_vanc", """
PHARMACY CONSULT - VANCOMYCIN / ANTICOAGULATION
MRSA bacteremia. 71 y.o. M, 82 kg, SCr 1.4 (baseline 1.1). CrCl (Cockcroft-Gault, IBW) 46 mL/min.
Target AUC24 400-600 mg·h/L per 2020 ASHP/IDSA/PIDS/SIDP consensus. Bayesian estimate (InsightRx 5.3): AUC 512 on 1,250 mg q24h.
Levels: peak 32.1 at 1130, trough 11.8 at 2245.

Plan: continue 1,250 mg IV q24h; repeat levels in 72 h or with SCr change >0.3. Avoid concomitant pip-tazo. Switch to daptomycin 8-10 mg/kg if bacteremia persists >5-7 d or vanc MIC 2.
Heparin infusion: anti-Xa 0.42 (goal 0.3-0.7) - no change, next level at 0600.
""")

add("neg18_travel", """
TRAVEL MEDICINE CONSULT
38 y.o. F, 3-week trip to Brazil and Ghana (rural, homestays). Not pregnant; planning conception next year.

Discussed:
- Yellow fever: YF-Vax given today (required for Ghana entry); certificate valid in 10 days.
- Malaria (P. falciparum): atovaquone-proguanil (Malarone) 1 tab daily, start 1-2 d before, continue 7 d after.
- Typhoid: Vivotif oral series; reviewed rose spots and fever as warning signs.
- Hep A (Havrix) #1 today. Rabies PrEP (Imovax) 2-dose schedule.
- Dengue, chikungunya, Zika (defer conception 2 months after return), Oropouche: DEET 30%, permethrin-treated clothing.
- Lassa fever (rodent exposure), Chagas disease (sleep under nets), schistosomiasis (no freshwater swimming). Ebola/Marburg risk negligible for this itinerary.
Meds: azithromycin 1 g x1 PRN travelers' diarrhea, loperamide. Prior vaccines: MMR x2, Tdap 2021.
""")

add("neg19_ldct", """
CT CHEST WITHOUT CONTRAST - LOW-DOSE LUNG CANCER SCREENING
Indication: 64 y.o., 42 pack-years, quit 2014.
Technique: Siemens SOMATOM Force, 1 mm reconstructions, CTDIvol 1.2 mGy.
Comparison: LDCT from 1 year prior.

Findings:
- 7 mm solid nodule RLL (series 3, image 188), previously 5 mm.
- 3 mm perifissural nodule RML, stable.
- Mild centrilobular emphysema, upper lobe predominant.
- Moderate 3-vessel coronary artery calcification.
- 1.9 cm L adrenal nodule, -4 HU: lipid-rich adenoma, no follow-up needed.
- 2.3 cm L renal cyst, Bosniak IIF.

IMPRESSION: Lung-RADS 4A (growing solid nodule). 3-month LDCT recommended; PET/CT may be considered if solid component >=8 mm. Fleischner guidelines do not apply to screening exams.
""")

add("neg20_dmtech", """
DIABETES TECHNOLOGY VISIT
19 y.o. M, T1D since age 7. Tandem t:slim X2 with Control-IQ+ (software v7.8) and Dexcom G7; switched from Omnipod 5 last year due to adhesive reactions.
CGM 14 d: TIR 64%, TBR 2%, GMI 7.4%. A1c 7.8%. ~40% of meal boluses late.

Settings:
| Time      | Basal (U/h) | ICR  | ISF  | Target |
|-----------|-------------|------|------|--------|
| 0000-0600 | 0.9         | 1:10 | 1:40 | 110    |
| 0600-2400 | 1.1         | 1:8  | 1:40 | 110    |

Plan: pre-bolus 15 min; breakfast ICR 1:7. Baqsimi 3 mg renewed. Sick-day rules and Precision Xtra ketone strips. Annual TSH and tTG-IgA (Hashimoto's and celiac risk), dilated eye exam, UACR. Before driving: CGM check, must be >90 mg/dL.
""")

add("neg21_ems", """
EMS PATIENT CARE REPORT - NARRATIVE
Medic 7 and Engine 14 dispatched 13:42 for unresponsive adult male. On scene 13:49: pt supine, apneic, pulseless, bystander CPR in progress.
LUCAS device applied 13:53. Initial rhythm VF -> defib 200 J x3 (Zoll X Series). IO L proximal tibia (EZ-IO 25 mm). Epinephrine 1 mg q4 min x3, amiodarone 300 mg then 150 mg.
Airway: King LT size 4, EtCO2 14 -> 38 mmHg at ROSC 14:11. Post-ROSC BP 92/60, push-dose epi 10 mcg x2.
12-lead: anterior STEMI, transmitted at 14:15; cath lab activated by receiving ED.
GCS 3 (E1V1M1). Glucose 188. Priority 1 transport, arrival 14:26, care transferred to ED team, bay 3.
""")

add("neg22_whipple", """
OPERATIVE NOTE - PANCREATICODUODENECTOMY (WHIPPLE)
Preop dx: Resectable pancreatic head adenocarcinoma (NCCN) after FOLFIRINOX x 4 cycles. ASA III.
Procedure: Classic Whipple - Kocher maneuver, SMV/PV dissected free without venous involvement; cholecystectomy; pancreaticojejunostomy (Blumgart), hepaticojejunostomy, antecolic gastrojejunostomy (Billroth II-type). Pringle maneuver not required.
Devices: LigaSure, Bovie, Endo GIA 60 mm purple loads, 3-0 PDS, 5-0 Prolene.
Frozen section: pancreatic neck and bile duct margins negative.
Drains: Jackson-Pratt 19 Fr x2 (PJ, HJ). Salem sump NG 16 Fr.
EBL 450 mL, UOP 380 mL, LR 3.2 L, no transfusion. Counts correct x2.
Dispo: SICU bed 3, ERAS pathway, drain amylase POD 1 and 3.
""")

add("neg23_derm", """
DERMATOLOGY - GENERAL
26 y.o. M, Fitzpatrick IV.
1. Pityriasis rosea: herald patch L flank 3 wk ago, then oval salmon plaques in a Christmas-tree distribution on the back. RPR nonreactive. Palms/soles spared.
2. Tinea versicolor, chest: KOH + ("spaghetti and meatballs"). Wood's lamp of scalp: no green fluorescence.
3. Psoriasis: Koebner phenomenon at scratch sites, Auspitz sign +. Nikolsky neg, Darier sign neg.
4. R ankle eschar - brown recluse bite considered, but no central necrosis; more consistent with healing excoriation.
Plan: reassurance for PR (resolves in 6-8 wk), NB-UVB if pruritic; ketoconazole 2% shampoo as body wash x 2 wk; clobetasol 0.05% ointment BID to plaques, max 2 wk.
""")

add("neg24_rheum", """
RHEUMATOLOGY NEW CONSULT
33 y.o. F with joint hypermobility (Beighton 7/9), chronic widespread pain, Raynaud's.
ANA 1:80 speckled, dsDNA neg, SSA/SSB neg, C3/C4 normal, CK 88, ESR 12, CRP <3.
Exam: no synovitis; no Gottron papules or heliotrope rash; Schober 5 cm; FABER neg.

Impression: hypermobility spectrum disorder vs hypermobile Ehlers-Danlos; fibromyalgia (WPI 9, SSS 7). Not consistent with Sjögren's, Still's, Behçet's, Takayasu arteritis or GPA (formerly Wegener's). No Marfanoid habitus; Ghent criteria not met.
Plan: PT for joint stabilization, duloxetine 30 mg, amlodipine 5 mg for Raynaud's, echo for aortic root, genetic counseling referral.
""")

add("neg25_cds", """
EHR CHANGE REQUEST / RELEASE NOTES - CLINICAL DECISION SUPPORT
Build 2024.2 (Epic upgrade). Interfaces: HL7 v2.5.1 ORU^R01; FHIR R4.

1. Sepsis BPA (record 40012): lactate LOINC 2524-7 and 32693-4 both trigger; fires on qSOFA >=2 OR SIRS >=2 with suspected infection.
2. VTE order set 1187: Caprini >=5 defaults to pharmacologic ppx; Padua >=4 for medical patients.
3. ICD-10-CM E11.65 and Z79.4 mapped to diabetes registry; CPT 99214/99215 time thresholds 30/40 min.
4. SNOMED CT 44054006 value set updated to v3.
5. Renal dosing alerts now use CKD-EPI 2021 (race-free) instead of MDRD.
Testing: 47 scripts passed, 2 failed (defects 2291 and 2294), retest Thursday.
""")


# ---------------------------------------------------------------------------
# build
# ---------------------------------------------------------------------------

MARK = re.compile(r"\{([A-Z]+)\|([^{}]*)\}")


def build(tid, marked):
    out, spans, pos, blen = [], [], 0, 0
    for m in MARK.finditer(marked):
        pre = marked[pos:m.start()]
        out.append(pre)
        blen += len(pre.encode("utf-8"))
        abbr, val = m.group(1), m.group(2)
        if abbr not in KINDS:
            sys.exit(f"{tid}: unknown abbreviation {abbr!r}")
        if not val or val != val.strip():
            sys.exit(f"{tid}: empty or padded value {val!r}")
        b = len(val.encode("utf-8"))
        spans.append({"bstart": blen, "bend": blen + b, "kind": KINDS[abbr], "_v": val})
        out.append(val)
        blen += b
        pos = m.end()
    out.append(marked[pos:])
    text = "".join(out)
    if "{" in text or "}" in text:
        sys.exit(f"{tid}: stray brace / malformed markup")
    return text, spans


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ids = [t for t, _ in TEXTS]
    if len(ids) != len(set(ids)):
        sys.exit("duplicate ids")
    counts = Counter()
    groups = Counter()
    lower_q = 0
    rows = []
    for tid, marked in TEXTS:
        text, spans = build(tid, marked)
        raw = text.encode("utf-8")
        for s in spans:
            got = raw[s["bstart"]:s["bend"]].decode("utf-8")
            if got != s["_v"]:
                sys.exit(f"{tid}: span mismatch {got!r} != {s['_v']!r}")
            counts[s["kind"]] += 1
        group = "neg" if tid.startswith("neg") else ("query" if tid.startswith("q") else "note")
        groups[group] += 1
        if group == "neg" and spans:
            sys.exit(f"{tid}: hard negative has spans")
        if group != "neg" and not spans:
            print(f"note: {tid} has no spans", file=sys.stderr)
        if group == "query" and text == text.lower():
            lower_q += 1
        rows.append({"id": tid, "text": text,
                     "spans": [{k: s[k] for k in ("bstart", "bend", "kind")} for s in spans]})
    with open(os.path.join(here, "notes.jsonl"), "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"texts: {len(rows)}  ({', '.join(f'{k}={v}' for k, v in sorted(groups.items()))}); "
          f"all-lowercase queries: {lower_q}")
    print(f"spans: {sum(counts.values())}")
    for kind in KINDS.values():
        print(f"  {kind:16s} {counts.get(kind, 0)}")


if __name__ == "__main__":
    main()

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

History: Lives with maternal grandmother {N|Bernice Whitfield} (legal guardian) in {C|Gary}, IN. Mother died 2019 (overdose). Father incarcerated at {G|Westville Correctional Facility}, last contact by phone around his birthday. Close friend "{N|Tre}" ({N|Tremaine Oduya}) was shot and killed in {D|November 2023}; Jaylen was with him. Since then nightmares, avoids the block where it happened, startles easily.

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

Caregivers: granddaughter {N|Hope Bishop-Tran} and her husband {N|Will Tran} live on the same property; Hope is primary. Son {N|Curtis Bishop} in {C|Springfield} (not involved day-to-day).

Advance directives: DNR; MO TPOPP signed {D|12/02/2024}; DPOA-HC = Hope.
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

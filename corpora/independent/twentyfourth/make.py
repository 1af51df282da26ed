#!/usr/bin/env python3
"""Corpus 'twentyfourth': hand-written hospital-export style texts with inline
PHI markup {ABBR|value}. Writes notes.jsonl (UTF-8 byte offsets) next to itself,
verifies every span, prints counts per kind. Python 3 stdlib only."""

import collections
import json
import os
import re
import sys

KINDS = {
    "N": "NAME", "ST": "STREET_ADDRESS", "C": "CITY", "CO": "COUNTY", "Z": "ZIP",
    "G": "GEO", "D": "DATE", "A": "AGE_90_PLUS", "P": "PHONE", "F": "FAX",
    "E": "EMAIL", "SSN": "SSN", "MRN": "MRN", "HP": "HEALTH_PLAN_ID",
    "AC": "ACCOUNT_NUMBER", "LIC": "LICENSE_NUMBER", "VEH": "VEHICLE_ID",
    "DEV": "DEVICE_ID", "URL": "URL", "IP": "IP_ADDRESS", "OID": "OTHER_ID",
}

MARK = re.compile(r"\{(" + "|".join(sorted(KINDS, key=len, reverse=True)) + r")\|([^{}|]*)\}")

TEXTS = []


def add(tid, text):
    TEXTS.append((tid, text.strip("\n")))


# ---------------------------------------------------------------------------
# Documents with PHI
# ---------------------------------------------------------------------------

add("note01_ed_triage", """
ED TRIAGE NOTE -- {G|St. Brendan Regional Medical Center} Emergency Dept
Arrival: {D|03/14/2024} 02:47   Mode: EMS (Medic 14)   Triage RN: {N|Kowalczyk, Dana M}
Pt: {N|OKONKWO, CHIDINMA}   DOB {D|11/02/1961}   MRN {MRN|004418273}   HAR {AC|71002938841}
CC: "my chest feels tight since supper"
62F w/ hx HTN, DM2 (A1c 8.4 in {D|Dec '23}), presents w/ substernal pressure 6/10 radiating to L arm, onset ~2130. Chewed ASA 324 mg per EMS. Daughter {N|Adaeze} at bedside, best contact {P|(718) 555-0192}. Lives at {ST|1187 Linden Blvd Apt 3F}, {C|Brooklyn}, NY {Z|11212}, w/ husband {N|Emeka}.
PCP: Dr. {N|Samuel Whitfield}, {G|Flatbush Family Health}, ph {P|718-555-0140 x312}.
Vitals: BP 168/94  HR 102  RR 20  SpO2 95% RA  T 98.9F.  Pain 6/10.  ESI 2.
ECG 02:51: NSR, 1 mm ST depression V4-V6, shown to Dr. {N|R. Castellanos}. Trop/BMP/CBC drawn, lab order {OID|ORD-55120934}.
Allergies: sulfa (rash). Speaks Igbo and English, interpreter declined.
Last similar episode per pt was {D|Tuesday the 4th}, resolved w/ rest.
Placed in Resus 3, bed 2. Belongings bag #17 w/ security.
""")

add("note02_progress", """
HOSPITAL MEDICINE PROGRESS NOTE          HD#4
{N|Ngozi Adeyemi-Price}, 78F   MRN {MRN|20-884-1137}   Rm 612-B
Date of service: {D|June 4, 2024}

S: Confused overnight ~0300, pulled PIV, redirectable. Son {N|Tunde} called 0700 for update; spoke with him at {P|404.555.0177}. Per RN {N|Marisol Quintero}, ate 50% of breakfast, no further agitation.
O: T 37.8  HR 88  BP 132/70  SpO2 96% RA. CAM-ICU positive this AM. WBC 14.2 -> 11.9. Cr 1.6 (baseline 1.1 in {D|Feb 2024}). UCx from {D|6/1} grew E. coli >100k CFU, pan-sensitive except ampicillin.
A/P:
1. Delirium 2/2 E. coli UTI -- ceftriaxone 1 g q24h day 3/5; melatonin 3 mg qHS; avoid Benadryl/Ativan. Sitter PRN.
2. AKI on CKD 3a -- LR at 75 mL/h, repeat BMP in AM, renally dose meds.
3. Parkinson's disease -- carbidopa/levodopa 25/100 TID, time-critical, do not hold.
4. Dispo -- PT recs SNF. CM {N|Hope Garvey} sending referrals to {G|Magnolia Gardens Rehabilitation} and {G|Sandy Springs Health & Rehab}. Anticipate DC on {D|6/7} if bed offer.
Daughter-in-law {N|Ifeoma} is HCP (paper on chart, signed {D|12 March 2019}).

Seen/examined with resident Dr. {N|Arjun Venkataraman}.
{N|L. Fairbanks}, MD -- pager 4471
""")

add("note03_flowsheet", """
FLOWSHEET COMMENTS -- 5 West Med/Surg -- Pt: {N|Bishop, Rose E.}   MRN {MRN|M00739214}
{D|09/22/23} 1915  A&Ox4. Morse 55, bed alarm on. Husband {N|Grant Bishop} at bedside, will stay overnight. -- {N|K. Young}, RN
{D|09/22/23} 2340  C/o incisional pain 7/10, oxycodone 5 mg PO given per MAR. Reassessed 0010: 3/10.
{D|09/23/23} 0420  Foley draining clear yellow, 350 mL. Braden 16. Turned q2h.
{D|09/23/23} 0615  Neighbor {N|Faith Okafor} called unit asking about pt -- not on contact list, no info given, referred to husband. -- {N|Will Major}, RN
{D|09/23/23} 0800  Report to {N|April Brown}, RN. Bedside glucometer (Accu-Chek Inform II, SN {DEV|UU10442187}) to biomed for QC failure; replacement issued.
{D|09/23/23} 1130  Chaplain {N|Tomás Echeverría} visited at pt request, prayed with pt and husband.
{D|09/23/23} 1400  Pt's sister {N|Leigh-Anne Pruitt} visiting from {C|Hattiesburg}; pt OK with sharing updates with her.
{D|09/23/23} 1745  Dressing CDI. JP drain 40 mL serosang. Ambulated 150 ft w/ PT ({N|Daniel Kim}, DPT).
""")

add("note04_discharge", """
DISCHARGE INSTRUCTIONS
{G|Lakeview Memorial Hospital}, {C|Sheboygan}, WI

Patient: {N|Jun-ho Park}          Date of birth: {D|August 9, 1958}
Discharge date: {D|2nd of May 2024}

You were in the hospital for: pneumonia (lung infection) in the right lower lung.

Your medicines:
 - Amoxicillin-clavulanate (Augmentin) 875 mg by mouth twice a day. LAST DOSE: {D|May 6}.
 - Keep taking metformin 1000 mg twice a day with meals.
 - STOP taking lisinopril until your doctor checks your kidney test.

Follow-up appointments:
 - Dr. {N|Meredith Vanderpool} (primary care), {G|Sheboygan Clinic North}, {ST|2902 Kohler Memorial Dr}, {C|Sheboygan}, WI {Z|53081}, on {D|5/14/2024} at 10:15 AM. Phone {P|920-555-0116}.
 - Repeat chest X-ray in about 6 weeks (around {D|June 13}).

Call us or come back if you have fever over 101 F, trouble breathing, or cough up blood.
After-hours nurse line: {P|1-800-555-0199 ext. 4}.
Message your care team online at {URL|https://mychart.lakeviewmemorial.org/MyChart/}. Activation code: {OID|7KQ2-MX9P-44TR} (expires in 30 days).
Emergency contact on file: your wife {N|Soo-ah Park}, {P|(920) 555-0183}.
Nurse who reviewed these instructions: {N|Colleen Dwyer}, RN
""")

add("note05_radiology", """
RADIOLOGY REPORT
Exam: CT ABDOMEN/PELVIS WITH IV CONTRAST          Accession: {OID|RAD-2024-0417733}
Patient: {N|DIALLO, MAMADOU}   MRN: {MRN|7730461}   DOB: {D|1949-07-30}   Sex: M
Ordering: {N|Priya Raghunathan}, MD     Location: {G|Peachtree Imaging Center}
Exam date/time: {D|2024-02-17} 14:06

CLINICAL HISTORY: 74M with RLQ pain x 1 day, WBC 15.6. Evaluate for appendicitis.
COMPARISON: CT A/P {D|11/03/2021} from {G|Grady Memorial Hospital}.
TECHNIQUE: Helical CT from dome of diaphragm to symphysis after 100 mL Omnipaque 350. DLP 612 mGy-cm.
FINDINGS:
Appendix dilated to 11 mm with periappendiceal fat stranding and an 8 mm appendicolith. No abscess, no free air.
Left adrenal nodule 1.8 cm, 8 HU, consistent with adenoma. Bosniak I cyst right kidney, 2.2 cm.
Mild sigmoid diverticulosis without diverticulitis. L4-L5 grade 1 anterolisthesis.
IMPRESSION:
1. Acute appendicitis with appendicolith, no perforation.
2. Left adrenal adenoma; no follow-up imaging needed.
Critical result called to Dr. {N|Raghunathan} at 14:41 on {D|2/17/24}, read back confirmed.

Dictated by: {N|Thomas K. Oyelaran}, MD    Workstation: {IP|10.14.220.37}    PowerScribe 360
""")

add("note06_pathology", """
SURGICAL PATHOLOGY REPORT
Case #: {OID|S24-11872}          Specimen: {OID|SP-0093347-A}
Patient: {N|Fatima Zahra El-Amrani}     MRN: {MRN|0098812245}     DOB: {D|3/8/1967}
Collected: {D|04/02/2024}   Received: {D|04/03/2024}   Reported: {D|April 8, 2024}
Submitting physician: Dr. {N|Hannah Liesegang}, {G|Cedar Ridge Breast Center}
Copy to: Dr. {N|Osagie Ehigiator} (medical oncology)

CLINICAL: 56F, BI-RADS 5 mass left breast 2:00, 4 cm from nipple.
FINAL DIAGNOSIS:
A. Left breast, 2:00, US-guided core needle biopsy:
   - Invasive ductal carcinoma, Nottingham grade 2 (tubules 3, nuclei 2, mitoses 1; score 6/9).
   - Ductal carcinoma in situ, solid type, intermediate nuclear grade.
   - ER positive (95%, strong); PR positive (40%, moderate); HER2 IHC 2+ (equivocal), reflex FISH ordered on block A2, order {OID|FISH-77310}.
   - Ki-67 approx. 20%.
B. Left axillary lymph node, FNA: negative for malignancy.
Comment: Case reviewed at intradepartmental consensus with Dr. {N|Yusuf Karimi}, who agrees.

Electronically signed: {N|Gideon Achterberg}, MD, {D|04/08/2024} 16:22
""")

add("note07_telephone", """
TELEPHONE ENCOUNTER -- {G|Valle Verde Family Medicine}
{D|1/9/25} 11:42   Caller: {N|Guadalupe Fernández} (daughter; HIPAA release on file)
Re: pt {N|Ramón Fernández Ibarra}, DOB {D|02-14-1939}, MRN {MRN|VV-0031877}
Reason: dad's home BP 182/96 this AM, 176/90 on recheck 15 min later. Denies CP, SOB, HA, vision change. Took amlodipine 10 mg at 0800. Home cuff is an Omron 10 Series.
Callback: {P|(915) 555-0128} (cell) or work {P|915-555-0102 ext 5531}.
Routed to Dr. {N|Whitney Okoro}: add HCTZ 12.5 mg daily, BMP in 1 week, RN BP check {D|Jan 16}.
Rx sent to {G|Walgreens} at {ST|6401 Montana Ave}, {C|El Paso}. Daughter verbalized understanding and asked us to update her email to {E|lupe.fernandez77@yahoo.com}.
-- {N|Carla Mendoza-Ruiz}, LVN
""")

add("note08_pharmacy", """
PHARMACY CONSULT -- VANCOMYCIN DOSING
Pt: {N|Wojciechowski, Stanisław}   {A|91} y/o M   Wt 61 kg   SCr 1.3   MRN {MRN|A4471920}
Indication: MRSA bacteremia, BCx {D|10/27} 2/2 bottles positive. Source L arm PICC, removed {D|10/28}. TTE neg; TEE deferred per family.
Est CrCl ~33 mL/min (Cockcroft-Gault, actual BW).
Plan: vancomycin 1250 mg IV x1 load, then 750 mg IV q24h. AUC target 400-600. Levels around 4th dose ({D|11/1}, peak 1 h post and trough at 0600).
Interaction check: on warfarin 2.5 mg -- INR 2.4; no change needed. Holding famotidine per renal dosing.
Discussed with ID, Dr. {N|Imani Holloway} -- agrees with plan. Granddaughter {N|Zofia Nowak} (HCP) asked about antibiotic duration; referred to primary team.
{N|Deepa Krishnamurthy}, PharmD, BCPS -- pager 61290
""")

add("note09_case_mgmt", """
CASE MANAGEMENT NOTE   {D|12-Jan-2024}
Pt {N|Oluwaseun Bakare}, 67M, admitted {D|1/8/2024} w/ acute on chronic HFrEF (EF 25%, NYHA III).
Coverage: Medicare A/B, MBI {HP|1EG4-TE5-MK73}; Medigap plan G (Aetna) member ID {HP|W284419067}.
Lives with wife {N|Folake Bakare} in a 2nd-floor walk-up, {ST|52 Dorchester Ave}, {C|Boston}, MA {Z|02127}.
HH referral to {G|Bay State Visiting Nurses} (fax {F|617-555-0164}); intake coordinator {N|Brenda Lee Thibodeaux} confirmed SOC {D|1/13}.
DME: scale + shower chair via {G|Commonwealth Medical Supply}, order {OID|DME-884120}.
Pt works part-time at {G|Logan Express} parking; wife employed at {G|Dana-Farber Cancer Institute} -- FMLA forms given to her.
Cardiology f/u: Dr. {N|Eitan Rosenblatt} {D|1/22} at 2:40 PM.
Transport: paratransit, rider ID {OID|TR-559012}.
Barrier: pt reads Yoruba/English; teach-back done with daily-weights log.
""")

add("note10_portal", """
From: {N|Kateryna Melnyk}
Sent: Mon {D|3/4/2024} 9:17 PM
To: Dr. {N|Haverford}'s care team
Subject: question about my thyroid med

Hi Dr. {N|Haverford},
I started the levothyroxine 75 mcg on {D|Feb 12th} like you said but at night my heart races, like 110 on my apple watch. Is that normal?? Also my pharmacy ({G|CVS} on {ST|Dixwell Ave} in {C|Hamden}) says they need a new prior auth, my new insurance is Anthem, member # {HP|YRH882041553}. And my new address is {ST|88 Whitney Ave, Unit 2}, {C|Hamden} CT {Z|06517}.
Can u call me at {P|203-555-0148}? or email {E|katya.melnyk@outlook.com}
Thank you
{N|Katya}

--- Reply {D|3/5/2024} 8:02 AM ---
Hi {N|Kateryna}, this is {N|Mercy}, RN for Dr. {N|Haverford}. Please hold tonight's dose and get a TSH/free T4 drawn this week (order is in). I'll call you at 203 number by noon. -- {N|Mercy Adjei}, RN
""")

add("note11_canada_ed", """
EMERGENCY DEPARTMENT RECORD -- {G|Kingston General Hospital}
Patient: {N|Tremblay, Marie-Ève}    OHIP: {HP|5584-402-918-KT}    Chart: {MRN|KGH-3301947}
DOB: {D|1988-11-23}    Address: {ST|412 Princess St}, {C|Kingston} ON {Z|K7L 1C1}
Triage: {D|15/06/2023} 19:30   CTAS 3
HPI: 34F G2P1 at 9+3 wks by LMP ({D|12 April 2023}) w/ vaginal bleeding x2h, ~3 pads, crampy pain 5/10. Partner {N|Étienne Gagnon} present.
POCUS: single IUP, FHR 164. bhCG 48 210. Hgb 128. Blood group O neg -> WinRho 300 mcg IM given.
Dx: threatened abortion.
Dispo: home, EPAC follow-up {D|June 17}. Family physician Dr. {N|Aisha Siddiqui}, {G|Queen's Family Health Team}, fax {F|613-555-0170}.
MD: {N|C. Beaulieu-Tanaka}
""")

add("note12_uk_referral", """
{G|Riverside Medical Practice}
{ST|14 Cathedral Road}, {C|Cardiff} {Z|CF11 9LJ}
Tel {P|029 2055 0147}   Fax {F|029 2055 0148}

{D|5.3.24}

Dear Dr {N|Ní Bhriain},

Re: Mr {N|Kwabena Mensah-Bonsu}, DOB {D|17/09/1952}, NHS No {HP|485 777 3456}
{ST|7 Llandaff Fields Close}, {C|Cardiff} {Z|CF5 2PL}

Thank you for seeing this 71-year-old gentleman under the suspected cancer pathway. PSA today 14.2 ng/mL (6.1 in {D|May '22}). DRE: firm, craggy left lobe. IPSS 19. No bone pain. eGFR 64. He takes tamsulosin 400 mcg and atorvastatin 20 mg.
He is usually accompanied by his son {N|Kofi}, who drives him; mobile {P|07700 900461}.

Yours sincerely,

Dr {N|Eleanor Pryce-Jones}
GMC {LIC|4471923}
""")

add("note13_trauma", """
TRAUMA ACTIVATION -- LEVEL II   {G|Mercy Health St. Vincent Medical Center}, {C|Toledo}
{D|07/04/2023} 23:18. Arrived as "Trauma Juliet" -- identified as {N|Tyrell Jamison King}, DOB {D|5/30/1999}, from OH driver license {LIC|RT558201}.
Mechanism: restrained driver, 2014 Honda Accord (VIN {VEH|1HGCR2F51EA104478}, OH plate {VEH|JKR 4419}) vs utility pole ~45 mph, +airbag. Extricated ~20 min by {CO|Lucas County} fire.
Per OSHP trooper Sgt. {N|Mary Beth Kowalski}, badge {OID|2271}, crash report {OID|OH-23-0418871}.
Primary: GCS 13 (E3 V4 M6), airway patent, BS equal. FAST negative. Seatbelt sign lower abdomen.
Passenger {N|Destiny Alvarez}, 22F, transported to {G|ProMedica Toledo Hospital}.
Mother {N|Sharonda King} notified by SW {N|Bernadette Osei} at {P|419-555-0133}.
BAC 0.14. UDS pending. CT pan-scan ordered. Trauma attending Dr. {N|Nikolai Vasquez-Orlov}.
""")

add("note14_device", """
DEVICE CLINIC -- REMOTE TRANSMISSION REVIEW
Pt: {N|Chen, Wei-Lin}   MRN {MRN|00582214}   DOB {D|Sep 3, 1946}
Device: Medtronic Azure XT DR MRI SureScan (W1DR01), SN {DEV|RNB604218S}; implanted {D|10/19/2020} by Dr. {N|Lorenzo Bianchi-Ferrara}.
Leads: RA CapSureFix Novus 5076-52 SN {DEV|PJN7712043}; RV 5076-58 SN {DEV|PJN7713518}.
Transmission received {D|Aug 28, 2024} 03:14 via MyCareLink monitor SN {DEV|MCL0493321}; gateway IP {IP|73.162.48.209}.
Battery 8.9 yrs. AP 62%, VP <1%. AT/AF burden 0.3%; one AF episode 2h14m on {D|8/25}. CHA2DS2-VASc 4, already on Eliquis 5 mg BID.
Lead impedances stable, thresholds RA 0.75 V @ 0.4 ms, RV 0.5 V @ 0.4 ms.
Next remote {D|11/27/2024}. Wife {N|Mei-Hua} prefers calls to {P|626-555-0131}.
-- {N|Bongani Dlamini}, CCDS
""")

add("note15_social_work", """
SOCIAL WORK ASSESSMENT -- PEDIATRICS
Pt: {N|Amara Diallo-Jenkins}, 9F, MRN {MRN|PH-2204917}. Admitted {D|10/12/2023} with new-onset T1DM in DKA (pH 7.08, BHB 6.1).
Collateral from mother {N|Aminata Diallo} (Pulaar; phone interpreter {N|Ibrahima Sow}, ID {OID|58812}) and stepfather {N|Marcus Jenkins}.
School: 4th grade, {G|Roosevelt Elementary School}, {C|Des Moines}; school nurse {N|Patty Wood}, RN, {P|515-555-0161 x204} -- will need 504 plan and insulin orders before return.
Mother works nights at {G|Tyson Foods} in {C|Perry}; stepfather drives for {G|Hy-Vee}.
Coverage: Iowa Medicaid, ID {HP|1837461C}.
Home: {ST|3318 SE 14th St}, {C|Des Moines}, IA {Z|50320} ({CO|Polk County}).
Prior DHS involvement ({D|March 2021}, closed, unfounded); worker was {N|Josefina Ruiz-Castillo}, case {OID|IA-CW-0419938}.
Plan: diabetes education with CDE {N|Grace O'Halloran} {D|10/13} and {D|10/14}; family teaching in French as backup language.
""")

add("note16_registration", """
REGISTRATION / FINANCIAL COUNSELING
{D|06/19/2024}  Met pt {N|Jean-Baptiste Louis} and wife {N|Mireille Louis} at bedside, Rm 418. Haitian Creole interpreter {N|Widlyne Pierre} (staff).
Demographics verified: DOB {D|10/02/1970}; SSN {SSN|512-44-9803}; FL DL {LIC|L200-541-70-318-0}.
Address: {ST|1450 NE 131st St}, {C|North Miami}, FL {Z|33161} ({CO|Miami-Dade County}).
Phone {P|305 555 0172}, email {E|jbaptiste.louis@gmail.com}.
Employer: {G|Miami-Dade County Public Schools} (custodian), employee # {OID|E0082214}.
Self-pay since {D|Nov 2023}. Guarantor acct {AC|1004472918}; HB acct {AC|H55310027}.
Charity care application {OID|FA-24-06613} started; pt to bring last 2 pay stubs and 2023 tax return.
Wife's SSN {SSN|589-20-1147} added as household member.
-- {N|Yolanda Brooks}, financial counselor
""")

add("note17_hospice", """
HOSPICE ADMISSION NOTE -- {G|Sunrise Hills Hospice}
Pt {N|Mabel June Whitaker}, {A|96}F, resident of {G|Willowbrook Manor Nursing Home}, {ST|700 County Rd 12}, {C|Fergus Falls}, MN {Z|56537} ({CO|Otter Tail County}).
Terminal dx: Alzheimer dementia, FAST 7c, PPS 30%. 12% wt loss in 6 months, albumin 2.6.
Husband deceased. POA/HCA nephew {N|Dale Ostrander}, {P|218.555.0115}, lives in {C|Fargo}. Sister {N|Ruth Whitaker Lindqvist}, age {A|99}, also lives at {G|Willowbrook}.
DNR/DNI; POLST signed {D|3 Sep 2024}. Hospice election effective {D|9/05/2024}. MBI {HP|4TQ9-HG2-WA31}.
Pastor Rev. {N|Gordon Anders} of {G|Bethlehem Lutheran Church} visits Thursdays.
Attending: Dr. {N|Sunita Bhattacharya}. RN case manager {N|Jolene Haugen}, {P|218-555-0190 ext 12}.
""")

add("note18_portal_proxy", """
Portal message -- To: {G|Cardiology Associates of Tulsa} nurse pool
From: {N|Darnell Washington} (proxy for {N|Loretta Washington})
Sent {D|October 6, 2024} 6:48 PM

Hello, my mother is {A|92} and since her Entresto got increased on {D|9/24} she's been so dizzy she almost fell twice. BP this morning 94/52 on her Omron. We live out in {C|Okmulgee} so it's an hour drive to see Dr. {N|Pemberton}.
Her aide {N|Precious Mahlangu} from {G|Comfort Keepers} is with her weekdays, her number is {P|918-555-0157}.
Also the pharmacy keeps billing her old plan -- her new Humana Gold member ID is {HP|H91738204-01}.
Thank you, {N|Darnell}
{E|dwashington.tulsa@icloud.com}
""")

add("note19_prior_auth", """
PRIOR AUTHORIZATION -- OUTPATIENT PHARMACY
Pt: {N|Ahmed Al-Khouri}   DOB {D|04/27/1975}   MRN {MRN|3361058}
Plan: BCBS of Texas, member ID {HP|XZB917402266}
Drug: Ozempic 1 mg/0.75 mL pen -- claim rejected {D|8/2/24} (step therapy; metformin trial required).
Called {G|Express Scripts} PA line {P|1-800-555-0110 ext. 7781}, reference {OID|PA-4418872913}; rep {N|Krystal}.
Faxed LMN + A1c 9.2% ({D|7/18/24}) to {F|(866) 555-0149} on {D|8/5/24}.
Prescriber: Dr. {N|Oyinkansola Adebayo}, NPI 1730456281, DEA {LIC|FA3382917}, TX license {LIC|Q8842}.
Pt notified via text to {P|832-555-0108}. Approval received {D|Aug 9} valid 12 months.
-- {N|Minh Tran}, CPhT
""")

add("note20_canada_bc", """
ED PHYSICIAN NOTE -- {G|Royal Columbian Hospital}, {C|New Westminster} BC
Pt: {N|Harjit Kaur Sandhu}, 71F, PHN {HP|9087 654 321}, DOB {D|01-Jul-1952}
Presenting w/ son {N|Gurpreet} (interpreting, Punjabi). 3 days of productive cough, T 38.4, RR 24, SpO2 89% RA. CURB-65 = 2.
CXR: RLL consolidation. Lactate 2.1. Cr 112 umol/L.
Plan: admit medicine, ceftriaxone + azithro, O2 to 92-96%.
FP: Dr. {N|Jaswinder Gill}, {G|Surrey Family Practice}, {ST|13711 72 Ave}, {C|Surrey} {Z|V3W 2P2}, {P|604-555-0124}.
Lives with son and daughter-in-law {N|Manpreet}; home {P|604-555-0166}.
ED MD: {N|A. Kowalchuk}
""")

add("note21_endo_clinic", """
ENDOCRINOLOGY FOLLOW-UP -- {G|Lakewalk Diabetes Center}, {C|Duluth}
{D|November 19, 2024}
Pt {N|Paige Lindqvist-Moreau}, 34F, T1DM x 22 yrs. Omnipod 5 (PDM SN {DEV|OP5K88410973}) + Dexcom G7 (receiver SN {DEV|DX7R-220419-88}).
A1c 7.1% ({D|Oct 2024}) down from 8.3% ({D|May '24}). TIR 68%, TBR 3%.
Teaches 2nd grade at {G|Lincoln Park Elementary}; school nurse needs updated glucagon order (Baqsimi 3 mg).
Pt started a fundraiser for insulin costs, {URL|https://www.gofundme.com/f/help-paige-with-pump-supplies}.
Uploads via Glooko under email {E|paigelm.duluth@gmail.com}.
Plan: reduce ICR breakfast 1:8 -> 1:7; target 110 mg/dL. RTC 3 months with Dr. {N|Henrik Aasland} or NP {N|Summer Blackfeather}.
""")

add("note22_ed_psych", """
ED BEHAVIORAL HEALTH NOTE
Pt {N|Connor Joseph McAllister}, 27M, brought {D|Saturday the 9th} ~1540 by {G|Spokane Police Department} Officer {N|Diane Fairweather} (badge {OID|1187}) on ITA petition {OID|24-ITA-03318}.
Per roommate {N|Deshawn Grant}, stopped lithium ~3 wks ago, not sleeping, posting manifestos at {URL|instagram.com/connor.mcallister.art}.
Works at {G|Gonzaga University} dining services; supervisor {N|Ray Petit} called asking if pt is "ok to come back Monday" -- no info released.
Li level <0.2. UDS +THC. C-SSRS: high risk. YMRS 31.
Mother {N|Siobhan McAllister} in {C|Coeur d'Alene}, {P|208-555-0125}.
DCR {N|Marisa Tran-Nguyen} evaluated at 1630; detention upheld, bed search at {G|Eastern State Hospital}.
""")

add("note24_uk_ae", """
A&E CLERKING -- {G|Royal Victoria Infirmary}, {C|Newcastle upon Tyne}
Seen {D|14 Feb 2024} 0215
{N|Siobhán O'Sullivan-Reilly}, {A|93}, NHS {HP|943 476 5919}, Hosp No {MRN|RVI0039471}
From {G|Elm Lodge Care Home}, {ST|3 Jesmond Dene Road}, {Z|NE2 3QT}. Unwitnessed fall, shortened externally rotated R leg.
AMT 6/10. Clinical Frailty Scale 7. NEWS2 3.
XR: displaced intracapsular NOF #. Plan: ortho referral, fascia iliaca block, FICB done 0250.
NoK granddaughter {N|Aoife Reilly}, {P|0191 496 0732}. GP Dr {N|Rajesh Chaudhary}, {G|Heaton Road Surgery}.
F2 {N|Olamide Bankole}
""")

add("note25_occ_health", """
OCCUPATIONAL HEALTH -- WORKERS' COMP INITIAL VISIT   {D|2.11.2024}
Employee: {N|Gustavo Benítez-Reyes}, employee ID {OID|WM-4471058}, {G|Ridgeline Lumber Co.} yard, {C|Eugene}, OR
Claim {OID|WC-23-9917402}, adjuster {N|Tamsin Whitlock} at {G|SAIF Corporation}, {P|503-555-0181 x 2240}, fax {F|503-555-0182}, {E|twhitlock@saif-claims.example.com}.
Injury {D|10/30/24} ~0930: forklift pinned L foot. XR: nondisplaced 3rd metatarsal fx.
Forklift model Toyota 8FGCU25 per incident report. Pt drove himself here in company pickup, OR plate {VEH|148 LZK}.
Work status: sedentary only until {D|11/18}. Supervisor {N|Cody Vanderslice} aware.
SSN on claim form {SSN|544-71-3302}.
""")

add("note26_it_audit", """
EHR ACCESS REVIEW -- Privacy Office
Ticket {OID|PRIV-2024-00871}, opened {D|5/20/2024}.
Chart of {N|Yevgenia Sokolova} (MRN {MRN|88120457}) accessed {D|05/18/2024} 22:41 by {N|Derek Morrow}, unit secretary, {G|Hillcrest Medical Center} 4 North.
Session from workstation {IP|172.20.14.88}, then VPN {IP|2601:1c2:4f00:9a0::3e}.
Pt is a coworker; no treatment relationship. Pt reports she saw the access in the portal audit ({URL|https://portal.hillcrestmed.org/audit}).
Referred to HR, contact {N|Lorraine Castellano}, {E|lcastellano@hillcrestmed.org}.
""")

# ---------------------------------------------------------------------------
# Clinician search queries
# ---------------------------------------------------------------------------

add("q01", "pts seen by dr {N|okafor} last week with a1c > 9")
add("q02", "find notes for {N|bob o'neil} dob 1944")
add("q03", "mrn {MRN|5530182} discharge summary {D|march 2023}")
add("q04", "{N|grace van der merwe} echo results and {N|hope}'s ep note")
add("q05", "all admits from {G|willowbrook manor} since {D|1/1/24} w/ uti")
add("q06", "{N|nguyen thi hoa} {A|94}yo fall {D|5/3} ct head")
add("q07", "who called from {P|617-555-0111} re {N|DeShawn Page}")
add("q08", "labs for {N|jose luis de la cruz} {D|sept 30th} and acct {AC|40018823}")
add("q09", "ssn {SSN|219-09-9999} or member {HP|MCD00418827} - {N|june king}")
add("q10", "cardiology referrals zip {Z|10701} {C|yonkers} {CO|westchester county} from dr {N|al-hashimi}")

# ---------------------------------------------------------------------------
# Hard negatives (no PHI)
# ---------------------------------------------------------------------------

add("neg01_ed_scores", """
ED PROVIDER NOTE
84-year-old M from home, BIBA at 0312 after syncope on the toilet. Prodrome of warmth and nausea. No head strike.
GCS 15/15. NIHSS 0. Orthostatics positive (HR 78 -> 112). ECG: sinus, 1st-degree AV block (PR 224 ms), no Brugada pattern, QTc 452.
San Francisco Syncope Rule negative; Canadian Syncope Risk Score -1. HEART score 3. Wells 0, PERC not applicable due to age.
Labs: Hgb 12.9, K 3.3, Mg 1.7, trop hs 9 ng/L -> 11 ng/L at 2 h. BNP 88. Lactate 1.4.
Hx: Parkinson's disease (on Sinemet 25/100 TID), BPH on Flomax 0.4 mg, prior Bell's palsy in 2011.
Given NS 1 L and KCl 40 mEq PO. Ambulated in hallway at 0640 without symptoms.
Disposition: obs unit bed 14, telemetry. Pager 3318 for overnight questions.
""")

add("neg02_mri_brain", """
MRI BRAIN WITHOUT AND WITH CONTRAST
INDICATION: 58-year-old woman with new headaches; evaluate for mass.
TECHNIQUE: Sagittal T1, axial T2, FLAIR, DWI/ADC, SWI, post-gadolinium 3D T1 MPRAGE on a Siemens MAGNETOM Vida 3T. Gadavist 7.5 mL.
FINDINGS:
Scattered T2/FLAIR hyperintensities in the periventricular and deep white matter, Fazekas grade 2. Prominent Virchow-Robin spaces in the basal ganglia.
Cerebellar tonsils extend 6 mm below the foramen magnum, consistent with Chiari I malformation; no syrinx.
No restricted diffusion. No microhemorrhage on SWI. Circle of Willis flow voids normal.
Extra-axial: 9 mm dural-based enhancing lesion along the left sphenoid wing with a dural tail, likely meningioma.
Incidental Rathke cleft cyst, 4 mm.
IMPRESSION:
1. Chiari I malformation, 6 mm, without syrinx.
2. 9 mm left sphenoid wing meningioma.
3. Moderate chronic small vessel ischemic change (Fazekas 2).
""")

add("neg03_path_prostate", """
SURGICAL PATHOLOGY -- FINAL DIAGNOSIS
Prostate, robotic radical prostatectomy:
 - Prostatic adenocarcinoma, acinar type.
 - Gleason score 4+3=7 (Grade Group 3), tertiary pattern 5 (<5%).
 - Tumor volume approx. 18% of gland; dominant nodule left posterolateral, 2.1 cm.
 - Extraprostatic extension: present, focal, left posterior.
 - Seminal vesicles: not involved. Margins: negative; closest 0.4 mm.
 - Perineural invasion present. Lymphovascular invasion not identified.
 - Lymph nodes: 0/14.
 - AJCC 8th edition: pT3a pN0.
Germline testing (Invitae panel, 84 genes): BRCA2 c.5946delT (p.Ser1982fs), pathogenic. HOXB13 G84E not detected. ATM VUS c.2572T>C.
Somatic: MSI stable, TMB 3 mut/Mb.
CPT 88309 x1, 88307 x2, 88341 x3. ICD-10 C61.
""")

add("neg04_pharmacy", """
PHARMACY ANTICOAGULATION NOTE
67 y/o F, wt 88 kg, CrCl 42 mL/min (Cockcroft-Gault, adjusted BW). Hgb 10.8, plt 142. INR 1.1.
New nonvalvular AF; CHA2DS2-VASc 5, HAS-BLED 2.
Apixaban (Eliquis) 5 mg BID appropriate -- does not meet 2 of 3 dose-reduction criteria (age 80+, wt 60 kg or less, SCr 1.5 or more).
Interactions: diltiazem ER 240 mg (moderate CYP3A4 inhibitor) -- monitor; no dose change. Stop aspirin 81 mg per cardiology unless recent PCI.
Bridge not indicated. Lovenox 1 mg/kg q12h discontinued at 0900; first apixaban dose 2100.
Counseling per ARISTOTLE data: major bleed rate ~2.1%/yr. Patient given Eliquis starter pack and copay card information sheet v3.2.
Formulary alternative: rivaroxaban 15 mg daily with evening meal if CrCl 15-50.
""")

add("neg05_nursing", """
NURSING SHIFT SUMMARY 0700-1900
Rm 1207 bed A. Pt A&Ox3, follows commands. Braden 14 (moderate risk) -- Mepilex to sacrum, turns q2h, waffle boot R heel. Morse fall 45, yellow socks, bed alarm on.
Pain 4/10 at 0800, Tylenol 650 mg PO; 2/10 at 0930.
I&O: in 1840 mL / out 1375 mL; Foley d/c'd 1000, voided 300 mL at 1530, PVR 85 mL by bladder scan.
FSBG 0730 212 -> 6 units lispro per sliding scale; 1130 168 -> 2 units; 1630 141.
Telemetry box 22 -- NSR 70s-80s, 2 runs of 3-beat NSVT at 1405, MD paged (pager 55210), K repleted 20 mEq.
Incentive spirometer 1250 mL x10/hr. Tolerating cardiac diet, ate 75%.
Family at bedside in afternoon. Plan of care reviewed. Report given to night RN at 1900.
""")

add("neg06_cardiology", """
HEART FAILURE CLINIC NOTE
72-year-old man with ischemic cardiomyopathy, LVEF 30% (biplane Simpson), NYHA class II-III, ACC/AHA stage C. KCCQ-12 summary score 54.
Devices: Boston Scientific Resonate X4 CRT-D; LifeVest previously worn in 2019. Watchman FLX 27 mm placed 2022 for LAA occlusion.
GDMT: Entresto 49/51 mg BID, metoprolol succinate 100 mg daily, spironolactone 25 mg, Jardiance 10 mg (per EMPEROR-Reduced and DAPA-HF). Furosemide 40 mg daily.
Labs: Na 136, K 4.8, Cr 1.34, eGFR 56, NT-proBNP 1,840 pg/mL. Seattle Heart Failure Model 1-yr survival 91%.
6MWT 340 m. CPET peak VO2 14.2 mL/kg/min.
Assessment: not yet a candidate for Impella or LVAD; consider HeartMate 3 evaluation if progression. ISCHEMIA and REVIVED-BCIS2 data discussed regarding revascularization.
Plan: uptitrate Entresto to 97/103 mg BID; BMP in 1 week; RTC 6 weeks. ICD-10 I25.5, I50.22.
""")

add("neg08_oncology", """
THORACIC ONCOLOGY CLINIC
61 y/o never-smoker F with stage IVA (cT2aN2M1a) lung adenocarcinoma, malignant pleural effusion.
NGS (FoundationOne CDx): EGFR exon 21 L858R; TP53 R273H; no ALK, ROS1, RET, MET exon 14, KRAS G12C or BRAF V600E alterations. PD-L1 22C3 TPS 60%.
Started osimertinib (Tagrisso) 80 mg daily per FLAURA; FLAURA2 chemo-combination discussed. ECOG PS 1.
Restaging CT after cycle 3: partial response by RECIST 1.1, sum of diameters 68 -> 41 mm (-40%).
Tox: grade 1 paronychia, grade 1 diarrhea (CTCAE v5.0). QTc 438 ms. LVEF 58% on MUGA.
Plan: continue osimertinib; CT chest/abdomen/pelvis and MRI brain q8-12 weeks. Considering enrollment in a MARIPOSA-type amivantamab arm at progression.
""")

add("neg09_coding", """
CODING QUERY -- CDI
Encounter POS 21, inpatient. Principal dx proposed: A41.51 (sepsis due to E. coli) with R65.20; secondary N17.9, E87.1, E11.65, Z79.4.
Please clarify acuity of heart failure documented as "CHF": acute on chronic systolic (I50.23) vs chronic (I50.22)?
Procedures: 02HV33Z (PICC), 5A1955Z not supported (BiPAP < 24 h, use 5A09357).
Pro-fee: 99223-25, 93010, 71045. Modifier -GC attached. HCPCS J0696 x 3 units (ceftriaxone 250 mg).
LOINC 2160-0 creatinine, 4548-4 HbA1c. DRG 871 vs 872 depending on MCC capture.
Attending NPI 1457389210; referring NPI 1982736450. Tax ID not required for this query.
Response requested within 48 hours per CDI policy 7.4.
""")

add("neg10_geriatrics", """
GERIATRIC ASSESSMENT
88-year-old woman, lives with spouse, independent in 5/6 ADLs (needs help bathing) and 4/8 IADLs.
MoCA 21/30 (missed delayed recall 1/5, cube copy, serial 7s). MMSE equivalent ~25/30. Mini-Cog 2/5.
GDS-15: 6/15. PHQ-9: 11/27. GAD-7: 5/21.
Timed Up and Go 16 s; gait speed 0.7 m/s; grip 14 kg. Clinical Frailty Scale 5. Fried phenotype 3/5.
Beers criteria review: stop diphenhydramine (Benadryl) qHS and oxybutynin 5 mg; switch to mirabegron (Myrbetriq) 25 mg.
Vitamin D 18 ng/mL -> ergocalciferol 50,000 IU weekly x 8. B12 312.
Hearing: whisper test failed bilaterally -> audiology. Snellen 20/50 OU.
Assessment: mild neurocognitive disorder, likely mixed Alzheimer/vascular. Lewy body features absent.
""")

add("neg11_endoscopy", """
EGD / COLONOSCOPY REPORT
Indications: GERD refractory to PPI; average-risk screening, age 52.
Sedation: propofol per anesthesia, ASA II.
EGD: Los Angeles grade B esophagitis. Salmon-colored mucosa, Prague C2M4; biopsies per Seattle protocol (4-quadrant q1 cm). 3 cm hiatal hernia, Hill grade III flap valve. Small Mallory-Weiss tear, not bleeding. CLO test pending for H. pylori.
Colonoscopy: Boston Bowel Preparation Scale 8 (3-3-2). Cecal intubation at 0822, withdrawal time 9 min.
 - 7 mm sessile polyp, ascending colon, Paris 0-Is, NICE type 2 -- cold snare.
 - 4 mm polyp, sigmoid, Paris 0-IIa -- cold forceps.
 - Grade 1 internal hemorrhoids (Goligher).
Recommendations: omeprazole 40 mg BID x 8 weeks; repeat EGD in 3 months. Repeat colonoscopy interval per USMSTF 2020 pending pathology.
""")

add("neg13_query_negatives", """
notes with a1c > 9 and egfr < 30 last 90 days
""")

add("neg14_newborn", """
NEWBORN NURSERY ADMISSION
Term male, 38+2 wks by early US, BW 3120 g (42nd percentile, Fenton), length 50 cm, HC 34 cm.
Apgars 8 (1 min) and 9 (5 min). Ballard score 35, consistent with 38 wks.
Maternal labs: blood type A pos, GBS negative, HBsAg neg, rubella immune, RPR NR, HIV neg. ROM 6 h, clear fluid. Tmax 37.9.
Exam: Ortolani and Barlow negative bilaterally. Moro, grasp, suck intact. Red reflex present OU. No sacral dimple. Mongolian spots over sacrum.
Plan: erythromycin eye ointment, vitamin K 1 mg IM given at 0540, hep B vaccine #1. CCHD screen at 24 h. TcB at 24 h, plot on Bhutani nomogram; phototherapy threshold per AAP 2022.
Breastfeeding q2-3h, LATCH score 8/10. Nursery bed 6.
""")


# ---------------------------------------------------------------------------

def build(tid, marked):
    out = bytearray()
    spans = []
    pos = 0
    for m in MARK.finditer(marked):
        out += marked[pos:m.start()].encode("utf-8")
        value = m.group(2)
        b = len(out)
        out += value.encode("utf-8")
        spans.append({"bstart": b, "bend": len(out), "kind": KINDS[m.group(1)], "_v": value})
        pos = m.end()
    out += marked[pos:].encode("utf-8")
    text = out.decode("utf-8")
    if "{" in text or "}" in text or "|" in text:
        sys.exit(f"{tid}: leftover markup characters")
    raw = text.encode("utf-8")
    for s in spans:
        got = raw[s["bstart"]:s["bend"]].decode("utf-8")
        if got != s["_v"] or got != got.strip() or not got:
            sys.exit(f"{tid}: span mismatch {got!r} vs {s['_v']!r}")
        del s["_v"]
    return {"id": tid, "text": text, "spans": spans}


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ids = [t for t, _ in TEXTS]
    if len(ids) != len(set(ids)):
        sys.exit("duplicate ids")
    records = [build(t, x) for t, x in TEXTS]
    with open(os.path.join(here, "notes.jsonl"), "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    # re-read and re-verify from disk
    counts = collections.Counter()
    neg = 0
    with open(os.path.join(here, "notes.jsonl"), encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            raw = r["text"].encode("utf-8")
            prev = -1
            for s in sorted(r["spans"], key=lambda s: s["bstart"]):
                assert 0 <= s["bstart"] < s["bend"] <= len(raw)
                assert s["bstart"] >= prev, r["id"]
                prev = s["bend"]
                counts[s["kind"]] += 1
            if not r["spans"]:
                neg += 1
    print(f"texts: {len(records)}  (PHI-free: {neg})  spans: {sum(counts.values())}")
    for k in KINDS.values():
        print(f"  {k:16s} {counts[k]}")


if __name__ == "__main__":
    main()

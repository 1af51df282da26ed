#!/usr/bin/env python3
"""Hand-labelled corpus 'tenth': clinician queries to an AI assistant / EHR search box.

Inline markup {ABBR|value}; builds notes.jsonl with UTF-8 byte offsets and verifies it.
Stdlib only.
"""
import json
import os
import re
import sys
from collections import Counter

KINDS = {
    "N": "NAME",
    "SA": "STREET_ADDRESS",
    "C": "CITY",
    "CO": "COUNTY",
    "Z": "ZIP",
    "G": "GEO",
    "D": "DATE",
    "A": "AGE_90_PLUS",
    "P": "PHONE",
    "F": "FAX",
    "E": "EMAIL",
    "SSN": "SSN",
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

# ---------------------------------------------------------------------------
# 85 queries with PHI
# ---------------------------------------------------------------------------
QUERIES = [
"""Please summarise the hospital stay for {N|Adaeze Okonkwo} (MRN {M|00482913}). She was admitted on {D|11 March 2024} with DKA and discharged on {D|15 March}. Include the insulin titration and what the diabetes educator, {N|Hope Lindqvist}, covered with her. Her sister {N|Ifeoma} will be picking her up.""",

"""draft letter for {N|marcus o'brien} to his employer, off work {D|jan 8}-{D|jan 19} w/ CAP, dob {D|4/30/79}, he lives in {C|parma} if that matters. employer fax {F|440-555-0171}. sign as dr {N|feld}""",

"""Is enoxaparin 40 mg SC daily appropriate for a {A|94}-year-old woman from {C|Sandusky}, 48 kg, CrCl ~22 mL/min? Admitted {D|2/3} for a hip fracture, surgery planned {D|2/5} with Dr. {N|Osterhout}. MRN {M|SF-3302187}; son {N|Dale Hutchins} is asking.""",

"""pull all potassiums for {N|NGUYEN, THI HOA} dob {D|6/2/1944} mrn {M|7730-1184} since {D|Oct 2023}, she gets them drawn at {G|westside lab draw station} too""",

"""Write a referral to Dr. {N|Priya Raghunathan} at {G|Hollis Valley Cardiology} for Mr. {N|Tomasz Wieczorek}, DOB {D|07/22/1951}, new-onset AF, CHA2DS2-VASc 4.
Her office fax is {F|(614) 555-0187}; his cell is {P|614-555-2290}.""",

"""what does this mean? pasted from the portal:
ACC# {O|S24-118823}  COLL {D|04/02/24} 07:15  FERRITIN 8 L (15-150 ng/mL)
pt {N|Yusra Haddad} 34F, heavy periods, PCP Dr {N|Lindahl}""",

"""handoff bed 12 {N|kwame asante} mrn {M|90012475} 67M s/p whipple POD2, wife {N|efua} at bedside {P|555.341.2290}, f/u AM lipase + drain amylase. covering tonight is dr {N|bishop}""",

"""Summarise Mrs. {N|Dorothea Kline}'s last three admissions. She's {A|97}, lives at {G|Pinecrest Manor} in {C|Wauseon} ({CO|Fulton County}), and her daughter {N|Carol Ann Reese} is HCPOA ({P|(419) 555-7731}).""",

"""mrn {M|E2290417} ({N|gupta}) - whats the last echo EF and date? cards was dr {N|van der Merwe} i think, echo at {G|heartland vascular} around {D|jan 2023}""",

"""Please draft a jury-duty excusal letter for {N|Bill Kowalczyk} (DOB {D|3/9/1948}). Home: {SA|RR 2 Box 118}, {C|Epworth}, IA {Z|52045}. He is on hemodialysis (nephrologist Dr. {N|Abebe}) Mon/Wed/Fri at {G|Riverside Dialysis Unit} in {C|Dubuque}. Address it to the Clerk of Courts, {CO|Dubuque County}.""",

"""14 kg toddler, amoxicillin 90 mg/kg/day div BID -- is 630 mg BID right? kid is {N|Jaylen}, mom is {N|Shanice Whitfield}, seen at {G|Eastgate Pediatrics} on {D|Sept 30}, callback {P|216-555-0148}""",

"""Sign-out for {N|José Luis Ibarra-Mendoza}, room 418: NSTEMI, heparin gtt, PTT due at 2200.
MRN {M|EP8840213}. Son {N|Javier} is the contact, {P|+1 915 555 0143}. Cath with Dr. {N|de la Fuente} tomorrow ({D|6/14}).""",

"""can u explain: 'HbA1c 9.8 % H [4.0-5.6] collected {D|12-Feb-2024} ordering {N|SHAH, R}'. for {N|amira el-sayed} mrn {M|3381902}, she's asking if she needs insulin, cell {P|(313) 555-0126}""",

"""summary pls for {N|tran van minh}, 81M from {C|garden grove}, admitted via ED {D|5/2} fall + rhabdo, CK peaked 28k, dc'd to {G|sunrise post acute} on {D|5/9}. son {N|Khoa} wants a copy""",

"""Referral to physical therapy for {N|Grant Holloway}, 58, DOB {D|10/10/1965}, post L TKA on {D|April 17, 2024} at {G|St. Anselm Orthopedic Hospital}. Surgeon: {N|Mark Feeney}, MD. Please send to {E|ptintake@northshorerehab.org}.""",

"""pt {A|91}yo m in {C|ELYRIA} on apixaban 5 bid, cr 1.6 wt 57 -- should it be 2.5? started {D|8/21} by dr. {N|kaminski}, mrn {M|3098172}""",

"""Draft an FMLA support letter for {N|Faith Adeyemi-Brooks} to care for her father, {N|Olusegun Adeyemi}, who is on hospice after a stroke on {D|January 4th}. His hospice is {G|Gentle Harbor Hospice} in {C|Columbus}; her cell is {P|614-555-0105}.""",

"""did {N|Petrosyan}'s CT abd come back? (DOB {D|9.4.1962}, from {C|glendale}) ordered this am, acc {O|CT-5518420}, radiologist on is Dr. {N|Oyelaran}""",

"""Overnight events for {N|Park Ji-hoon} (bed 7B, MRN {M|KR-0055219}): rapid response at 0310 for SVT, adenosine 6 mg x1 converted.
Contact his sister {N|Ji-yeon} at {P|213-555-0198}. Attending Dr. {N|Carter}.""",

"""Need a summary for the disability application -- {N|Raymond Two Bears}, SSN {SSN|521-44-8830}, DOB {D|10/02/1963}, admissions {D|Feb 2023} and {D|Aug 2023} for CHF, both at {G|Standing Rock Regional Clinic}.""",

"""is 1 g ceftriaxone q24 enough for meningitis?? pt is {N|siobhán ní dhonnchadha}, 24F, dad {N|Pádraig} at bedside, transferred from {G|university hospital galway} on {D|9/3}, weight ~60""",

"""Explain this to me like I'm the family: 'TSH 0.01 L, FT4 3.9 H, TRAb positive' (acc {O|TH-88120-4}). It's for {N|Rose Okafor} (DOB {D|14/05/1987}), her husband {N|Chidi} is asking. Graves?""",

"""refer to neuro for possible Parkinson, send to {E|neuro.referrals@ballmem.org} -- {N|Hunter Babcock} 62M from {C|Muncie}, dob {D|2-9-62}, PCP {N|Lane}, NPI {O|1639204871}, insurance member id {HP|ZGP447109823}""",

"""sumarize stay for {N|wojcik} mrn {M|2213390} bed 22 admittd thurs {D|11/7}, discharge to daughter {N|Agnieszka} in {C|hamtramck} tmrw""",

"""Ms. {N|Esther Blumenthal}, {A|ninety-two}, from {G|Beth Shalom Home} -- can you check if her digoxin 0.25 daily is too high? Level 2.4 on {D|Nov 14}, K 3.3. Daughter {N|Miriam} is worried.""",

"""school note for {N|Mateo Ruiz}, 9, seen today {D|10/16/24} for strep, ok to return {D|10/18}. school is {G|lincoln elementary} in {C|pueblo}. dad {N|Rigoberto} needs a copy""",

"""Handoff: {N|Ngozi Eze}, 74F, PPM interrogation showed lead noise. Medtronic Azure, serial {DV|RNB301184H}. EP fellow Dr. {N|Salazar} aware.
Daughter {N|Chiamaka} {P|(312)555-0107}. MRN {M|330918}.""",

"""Can you find the path report for MRN {M|001-774-392}? Specimen {O|SP24-00917}, shave bx of L cheek taken {D|3 June 2024} by {N|Aoife Brennan}, PA-C, at {G|Clearwater Dermatology}.""",

"""Mrs. {N|Halvorsen}, aged {A|90}, 52 kg, eGFR 31: is gabapentin 300 TID safe? she's at {G|Maple Grove Assisted Living}, {C|Bemidji}, started {D|May 28}. daughter {N|Kari} {P|218-555-0193}""",

"""Summarize {N|Abdullah bin Khalid Al-Otaibi}'s ICU course, {D|12/28/2023} to {D|01/06/2024}. MRN {M|K-00041766}. Family spokesperson is his brother {N|Faisal}, {P|571-555-0166}.""",

"""REFERRAL TO GI FOR {N|HERNANDEZ, MARIA DEL CARMEN} DOB {D|04/19/1970} IDA + FOBT POS. SEND TO {G|VALLEY GI ASSOCIATES} FAX {F|956-555-0122} ATTN DR. {N|CAVAZOS}""",

"""billing asked about encounter {AC|70044128331} for {N|Dawn Pellegrino} on {D|07/04} -- was the troponin drawn twice? 0.02 then 0.03. guarantor acct {AC|G-0087412}, mrn {M|1120458}""",

"""hand off: {N|Sione Tupou} dob {D|11/11/1978} 45M rm 5 cellulitis L leg, vanc trough due 0500. wife {N|Mele} (ph {P|808 555 0175}) from {C|Lāʻie}. f/u at {G|Koʻolau Wound Clinic} after dc""",

"""Please draft a fit-to-fly letter for {N|Chen Wei-Ling} (DOB {D|03/03/1993}). Travelling to {C|Taipei} on {D|22/08/2024}; 32 weeks pregnant, uncomplicated. Her OB is Dr. {N|Young} at {G|Evergreen Women's Health}.""",

"""vanco dosing for 88yo man in {C|ashland}? wt 70 kg scr 1.9 adm {D|12/1}, MRSA bacteremia, mrn {M|77410236}. ID consult is dr. {N|patel}""",

"""Find {N|J.R. Matthews}'s INR values from {D|June 2024} -- he's the one on warfarin from {C|Hickory}, MRN {M|HK-228104}. Anticoag nurse {N|Bev} asked.""",

"""Can you draft a summary I can read to the nephew on the phone? Patient {N|Will Delacroix}, 79, admitted Tuesday {D|May 21} with urosepsis. Nephew {N|Andre Delacroix}, {P|504-555-0139}, lives in {C|Metairie}.""",

"""Need prior auth + referral for {N|Summer Nakamura} to sleep medicine at {G|Northgate Sleep Center}. Auth # {O|PA-3391027}. Referring: {N|Frank Osei}, MD, NPI {O|1023847561}. DOB {D|1985-06-30}.""",

"""wht does 'anti-dsDNA >300 IU/mL H' mean for {N|lakshmi}? shes the lupus pt in 9 (mrn {M|6133098}), labs from {D|5/30}, rheum dr {N|iyer} hasnt called back""",

"""pls sign out mr. {N|feldman}, {A|101}yo, aspiration PNA, DNR/DNI per grandson {N|Eli Feldman}. family wants a call if changes: {P|(718) 555-0152}. came from {G|Hudson Gardens Nursing & Rehab}""",

"""Summarize outpatient visits for {N|Svetlana Ivanovna Kuznetsova} over the last year, esp. thyroid. She moved here from {C|Yekaterinburg} in {D|March 2022}; her grandson {N|Artyom} interprets, {P|267-555-0110}.""",

"""write appeal letter to insurer for {N|Devon Carter-Hughes}, policy {HP|HMK-009-44821}, denied MRI lumbar spine on {D|9/12/2024}. claim # {O|CLM7782019342}. ordering Dr. {N|Ashworth}""",

"""Outbreak question: {N|Hui Min Lau}, 29F, works at {G|Tri-County Daycare Center} in {CO|Chester County}, exposed to pertussis on {D|Oct 2}.
Azithro dosing for her 6-mo-old, {N|Kai}? Her number is {P|610-555-0157}.""",

"""lookup mrn {M|88210443} labs form yesterday, cr and mag. pt {N|okeke} dob {D|7/19/58}, nephro is dr {N|amadi}""",

"""Handover -- {N|M. K. Venkataraman}, 83M, bed 3, CHF on lasix gtt 10/hr, I/O goal -1.5 L. Cardiology fellow {N|Deepa} aware.
Son {N|Arjun} lives in {C|Edison}, NJ; cell {P|732-555-0194}.""",

"""Summarise {N|Page Whitlock}'s admission ({D|2/14}-{D|2/20}, MRN {M|BF-118204}) for the PCP, Dr. {N|Hope Agarwal} at {G|Brookfield Family Medicine}.""",

"""Home health referral: {N|Gloria Esperanza Quiñones}, {SA|1427 Calle Sol Apt 3B}, {C|Kissimmee}, FL {Z|34741}.
Wound care for stage 3 sacral ulcer; start {D|7/8/24}. Phone {P|407-555-0181}.""",

"""pasting: 'PT {N|DIALLO, MAMADOU}  MRN {M|004418827}  DOB {D|08/13/1966}  ACC {O|24-HEM-33981}  WBC 1.1 L  ANC 0.3 L' -- neutropenic fever protocol? onc attending Dr. {N|Rosenfeld}""",

"""mrs. {N|voss} {A|93} y/o F nursing home in {C|terre haute}, mrn {M|TH449021}, UTI, cipro 500 bid ok or nitro? crcl 25. admit {D|4/27}""",

"""can u write a letter saying {N|brown} can't lift >10 lbs until {D|dec 1}? first name is {N|tyrell}, dob {D|3/22/1990}. his boss is mr. {N|harlan} at the warehouse""",

"""Summarize {N|Ingrid Sørensen}'s stay and email it to her son at {E|lars.sorensen77@gmail.com}? MRN {M|000398847}. She consented on {D|Aug 3}. Her son is {N|Lars}.""",

"""Trauma sign-out: {N|Darnell Jefferson}, 31M, MVC, plate {V|8TRD441} per police, GCS 15, L femur fx to OR.
Arrived {D|10/27} 0240. Mom {N|Loretta} on the way from {C|Macon}.""",

"""results for {N|Ramírez-Ortega, Ana Lucía}? dob {D|2 feb 1991}, she had a CBC at {G|Clínica San Rafael} on {D|1/9}, ordered by dra. {N|Benítez}""",

"""Rx check: oxycodone 5 mg q6h prn #20 for {N|Lucas Ferreira}, DOB {D|05-11-1988}. Prescriber {N|Kathleen Murphy-Doyle}, DEA {L|BM7731904}, state lic {L|MD.061442}. Address on file {SA|2210 N. Loop Rd}, {C|Laredo}. Is #20 within the state limit for acute pain?""",

"""tele box for {N|Yaw Boateng} keeps dropping -- telemetry gateway {IP|10.42.18.207}, box {DV|TX-40918}. rm 614, mrn {M|B7731046}. can biomed check? charge RN {N|Tamika}""",

"""Patient {N|Marisol Vega} says her discharge summary is at {U|https://mychart.sunvalleyhealth.org/visit/88321} -- can you summarize it? Visit date {D|2/2/2024}. MRN {M|SV-00448213}, DOB {D|12/24/1975}.""",

"""Draft a capacity letter for the court: {N|Harold Pemberton}, aged {A|ninety-six}, resident of {G|Willow Creek Memory Care} in {C|Fort Collins}, MoCA 11/30 on {D|5/6/24}. Petitioner is his niece, {N|Judith Pemberton-Lowe}.""",

"""glucometer {DV|GLM-5530192} showed HI for {N|Tevita Fifita} at 0200, confirm with serum? he's in 3 west, mrn {M|40077215}, mom {N|Losana} at bedside""",

"""Please summarise the clinic notes for {N|Nguyễn Văn Thành} (DOB {D|Jan 5, 1940}) before his visit with Dr. {N|Olsen} on {D|July 12}. He lives in {C|Westminster} with his wife {N|Lan}.""",

"""{N|pinckney} dob {D|1/1/1950} mrn {M|55019283}, what was the last a1c""",

"""Handoff from {N|Jess} (day RN) to {N|Marco} (night RN): Mrs. {N|Abernathy} rm 9, fall risk, sitter ordered. Daughter {N|Kim} calling at 2000.""",

"""Referral to rheum for {N|Aroha Te Whare}, 41F, DOB {D|17 Sep 1983}, originally from {C|Rotorua}, now living in {C|Tacoma}. RF+, anti-CCP+. Medicaid ID {HP|WA-118843902}, group {HP|77120}.""",

"""{A|ninety one} year old guy from {C|bay city} on tramadol + sertraline, worried about serotonin syndrome. started sertraline {D|9/9}, mrn {M|BC-3340018}, wife {N|marge} says hes shaky""",

"""Write a letter of medical necessity for {N|Shira Ben-David}'s CGM (Dexcom G7). Diagnosis T1DM since {D|June 2011}. Member ID {HP|918-440-227-01}, endocrinologist Dr. {N|Moshe Adler}. Fax to {F|(800) 555-0175}.""",

"""quick summary of {N|grzegorz}'s stay pls, the guy w/ pancreatitis in 14, dob {D|2/2/71}, wife {N|beata} wants update at {P|773 555 0120}""",

"""where's the MRI brain for {N|Okonjo}, accession {O|MR240918-0032}, done {D|18/09/2024} at {G|Lakeview Imaging}? pt DOB {D|3-17-1959}, ordered by {N|Chandrasekhar}""",

"""ICU to floor handoff: {N|BAPTISTE, JEAN-CLAUDE} DOB {D|02/29/1960}. Extubated {D|3/1}. Wife {N|Marie-Thérèse} speaks Haitian Creole; interpreter requested. PCP Dr. {N|Noel}.""",

"""Home infusion check: {N|Raj Malhotra}, {SA|88 Birchwood Lane}, {C|Cary}, NC {Z|27513}. Ertapenem 1 g daily via PICC placed {D|4/2}. Pharmacy: {G|Carolina Home Infusion}.""",

"""Summarize for APS: {N|Edna Whitaker}, {A|98}, found down at home ({SA|3371 Old Sawmill Road}, {Z|41501}) in {CO|Pike County} on {D|11/23}, CK 12,000, dehydrated. Neighbor {N|Ray Dunlap} called 911.""",

"""what is LOINC 2160-0? showing up on {N|Ahmed}'s report from {D|3/3} (drawn at {G|Al-Noor Clinic}) with value 3.4, mrn {M|KH0039917}""",

"""NEED LETTER FOR {N|DESHAWN MILLER} DOB {D|11/02/2008} TO MISS PRACTICE, CONCUSSION {D|9/14}, NO CONTACT X 2 WKS. COACH IS MR. {N|GREEN} AT {G|EAST HIGH}""",

"""Refer {N|Darlene Begay} (IHS chart {M|RM-04418}) to {G|Red Mesa Health Clinic} for diabetic retinopathy screening. She lives in {C|Kayenta}, AZ; phone {P|928-555-0163}; no car, needs transport by {D|6/20}.""",

"""Can you double check the heparin nomogram for {N|Thibodeaux}, MRN {M|A00931877}? Bolus given {D|3rd of March} at 1400, aPTT 112 now. Pharmacist {N|Oleksandr} says hold 1 h.""",

"""Sign-out: {N|Chukwuma Nwosu}, 55M, GI bleed, 2 units PRBC, Hgb 6.9 to 8.1. GI (Dr. {N|Ferraro}) scoping in AM, pager {P|555-0144}. Wife {N|Adaora} {P|(470) 555-0131}.""",

"""any cultures back on {N|Siobhan McAllister}? mrn {M|SC2290871}, blood cx {D|8/15} x2, she came from {G|St. Columba's} in {C|scranton}""",

"""Transfer summary to {G|Blue Ridge Regional} for {N|Alma Jean Puckett}, age {A|90}, from {C|Boone}. Hip fx {D|10/4}, ORIF {D|10/5}. Contact: son {N|Wade} {P|828.555.0199}.""",

"""Please write a letter supporting a housing grant application for {N|Akosua Mensah} (DOB {D|9/9/1956}). Case manager is {N|Ellen Ruth Hagerty}. She has COPD on 2 L O2 and lives at {SA|402 Kingsley Ave, Unit 5}, {C|Worcester}, MA {Z|01603}.""",

"""k 6.8 on {N|ferguson} (mrn {M|6600412}) am labs hemolyzed?? repeat sent 0640 acc {O|C4471822}, drawn by {N|reggie}""",

"""Ref to ENT: {N|Zhang Li}, 52F, mass L neck. Prior FNA at {G|Pudong Union Hospital} in {C|Shanghai} on {D|2023-11-07}. Contact {E|zhangli.1972@163.com}.""",

"""Handing off {N|Bill} in bed 4 ({N|William Okoro-Smith}, MRN {M|6602718}), DOB {D|4/1/45}, CHF, diuresing well, Dr. {N|Ibsen} following. His wife {N|Joy} stays overnight.""",

"""Mrs. {N|Oyelowo}, {A|95}F, 41 kg, from {G|Sunnyside Care Home}, new AF -- metoprolol tartrate 12.5 bid reasonable? admitted {D|Jan 30}. daughter {N|Bisi} {P|404-555-0108}""",

"""SW {N|Lourdes Santiago} needs a summary for {N|Khalid}'s shelter placement at {G|Harbor Light Center} -- dc date {D|5/17}. She's in {C|Sacramento}, cell {P|916-555-0114}.""",

"""find the pt {N|abernathy-cole} from {C|TOLEDO}, mrn {M|T0992218}, admitted {D|feb 9}, the one with the pancreatic mass""",

"""Letter to the MVB: {N|Hector Galindo} (DL {L|D4419-2038-7716}) DOB {D|1/27/1979}, may resume driving per Dr. {N|Ananya Bose}; seizure-free since {D|12/1/2023}. Send via fax {F|505-555-0129}.""",

"""Evening handoff: {N|Mordechai Friedman} (MRN {M|88-40127}), 77M, POD1 CABG. Daughter {N|Faith} and son-in-law {N|Yosef} visiting til 9. Surgeon {N|Hadid} wants CXR at 0500. Family line {P|(201) 555-0186}.""",
]

# ---------------------------------------------------------------------------
# 35 PHI-free queries
# ---------------------------------------------------------------------------
NEGATIVES = [
"""What's the max daily dose of acetaminophen for a 70 kg adult with cirrhosis? Is 2 g/day still the recommendation in 2024?""",
"""summarize bed 14's overnight events: 2 episodes of afib rvr, dilt 10 mg IV x2, now rate 90s""",
"""Draft a letter template for patients who miss their Monday dialysis sessions -- keep it kind but firm. Will need a Spanish version too.""",
"""is a Foley needed for a 62yo man post Whipple if he voided at 0400?""",
"""pt in rm 3 w Bell palsy, 45F -- prednisone 60 mg x 7 days + valacyclovir? or just steroids""",
"""Explain: 'Na 128 L, Osm 262 L, UNa 45' in a 78-year-old woman on HCTZ 25 mg. SIADH vs diuretic effect?""",
"""grant me access to the sepsis order set pls, it says i dont have permission""",
"""How do I mark a med as patient's own supply in the MAR? The 3 East nurses keep asking.""",
"""Hope this isn't a dumb question, but is a Wells score of 5 high probability for PE?""",
"""Can you write a handoff template with sections for Situation, Background, Assessment, Recommendation? Keep it to one page.""",
"""may i give ondansetron 4 mg IV to the 34-week pregnant lady in bed 2 with QTc 480?""",
"""what's the CPT for a 45 minute new patient visit -- 99204 or 99205? we bill by time now""",
"""Rose-colored urine after rifampin -- normal? 55M on RIPE for 6 weeks, LFTs fine.""",
"""faith-based hospice vs secular hospice -- how do I explain the difference to a family? pt is 84, metastatic pancreatic ca""",
"""Bishop score 8 in a 39-week G2P1 -- OK to start pitocin without cervical ripening?""",
"""page the on-call cardiology fellow about the 70yo in bed 9 with new LBBB and chest pain, trop pending""",
"""young adult, 19M, first-episode psychosis -- what baseline labs before starting risperidone 1 mg qhs?""",
"""Brown-Sequard pattern after a stab wound: which side loses pain and temperature?""",
"""white count 23k w left shift, afebrile, 67F POD3 colectomy. next steps? CT abd/pelvis?""",
"""Green sputum for 3 days in an 80-year-old with COPD, GOLD 3 -- antibiotics or just steroids?""",
"""frank blood per rectum in a 58M on apixaban, last dose 0800 -- reverse with andexanet or 4F-PCC 50 units/kg?""",
"""Our august P&T committee wants a summary of the new vancomycin AUC protocol before the June meeting. Can you draft one?""",
"""will 0.5 mg lorazepam be enough for a 65yo w alcohol withdrawal, CIWA 18?""",
"""Check dosing: metformin 1000 mg BID for a 72M with eGFR 38. Hold or reduce?""",
"""summarize room 12's stay for the dc summary -- 4 day admit for CAP, ceftriaxone + azithro, transitioned to cefpodoxime""",
"""What does 'JAK2 V617F detected, VAF 42%' mean in a 61-year-old with platelets 900k?""",
"""Refer the 50yo woman in bed 6 with BRCA1 c.68_69delAG to genetics -- draft the referral reason please.""",
"""apgar 7 and 9, 38 wk, mom GBS+ adequately treated -- does baby need 48 h obs?""",
"""Hashimoto vs Graves when TSH is low and TPO is high? 29F, 3 months postpartum.""",
"""write a note for the 8yo in room 20 to return to school on Thursday, no gym for 1 week after lap appy""",
"""INR 4.2 on warfarin 5 mg in an 81yo woman, no bleeding. Hold 1 dose and recheck Friday?""",
"""Handoff for pod B: bed 1 DKA on insulin gtt, AG closed at 2200; bed 3 NSTEMI on heparin; bed 5 chest pain r/o, trop x2 neg.""",
"""ICD-10 for Parkinson disease with dementia? G20 + F02.80? pt is 86""",
"""Ortho wants to know if 1/2 tab of oxycodone/APAP 5/325 q6h is ok for an 89-year-old with CrCl 40.""",
"""Summer hours for the anticoag clinic -- can I book an INR check for the 73M in bed 11 at 0730 Saturday, or only weekdays?""",
]

SPAN_RE = re.compile(r"\{([A-Z]+)\|([^{}|]+)\}")


def build(marked):
    out = []  # pieces of plain text
    spans = []
    pos = 0  # byte position in output
    last = 0
    for m in SPAN_RE.finditer(marked):
        before = marked[last:m.start()]
        out.append(before)
        pos += len(before.encode("utf-8"))
        abbr, value = m.group(1), m.group(2)
        if abbr not in KINDS:
            raise SystemExit(f"unknown kind abbreviation {abbr!r} in {marked[:60]!r}")
        b = len(value.encode("utf-8"))
        spans.append({"bstart": pos, "bend": pos + b, "kind": KINDS[abbr], "_value": value})
        out.append(value)
        pos += b
        last = m.end()
    out.append(marked[last:])
    return "".join(out), spans


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "notes.jsonl")
    records = []
    expected = {}
    for prefix, texts in (("query", QUERIES), ("neg", NEGATIVES)):
        for i, t in enumerate(texts, 1):
            rid = f"{prefix}{i:02d}"
            text, spans = build(t)
            expected[rid] = [(s["bstart"], s["bend"], s["kind"], s["_value"]) for s in spans]
            records.append({"id": rid, "text": text,
                            "spans": [{k: s[k] for k in ("bstart", "bend", "kind")} for s in spans]})
    with open(path, "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")

    # ---- verification (re-read the file) ----
    errors = []
    kind_counts = Counter()
    cat_texts = Counter()
    cat_spans = Counter()
    ids = set()
    with open(path, encoding="utf-8") as fh:
        lines = [json.loads(l) for l in fh if l.strip()]
    for r in lines:
        rid = r["id"]
        if rid in ids:
            errors.append(f"{rid}: duplicate id")
        ids.add(rid)
        cat = re.match(r"[a-z]+", rid).group(0)
        cat_texts[cat] += 1
        text = r["text"]
        if "{" in text or "}" in text or "|" in text:
            errors.append(f"{rid}: leftover markup characters")
        raw = text.encode("utf-8")
        prev_end = -1
        exp = expected[rid]
        if len(exp) != len(r["spans"]):
            errors.append(f"{rid}: span count mismatch")
        for s, e in zip(r["spans"], exp):
            bs, be, kind = s["bstart"], s["bend"], s["kind"]
            if kind not in KINDS.values():
                errors.append(f"{rid}: bad kind {kind}")
            if bs < prev_end:
                errors.append(f"{rid}: overlap/unsorted at {bs}")
            if not (0 <= bs < be <= len(raw)):
                errors.append(f"{rid}: bad offsets {bs}-{be}")
                continue
            try:
                val = raw[bs:be].decode("utf-8")
            except UnicodeDecodeError:
                errors.append(f"{rid}: span {bs}-{be} not on char boundary")
                continue
            if val != e[3] or kind != e[2]:
                errors.append(f"{rid}: span value {val!r} != {e[3]!r}")
            first_ok = val[0].isalnum() or (kind in ("PHONE", "FAX") and val[0] in "(+")
            if not first_ok or not val[-1].isalnum():
                errors.append(f"{rid}: bad span edge {val!r}")
            if val != val.strip():
                errors.append(f"{rid}: whitespace at edge {val!r}")
            if kind == "NAME" and val.lower().endswith("'s"):
                errors.append(f"{rid}: possessive inside NAME {val!r}")
            if kind == "NAME" and re.match(r"(?i)(dr|mr|mrs|ms|dra)\.?\s", val):
                errors.append(f"{rid}: title inside NAME {val!r}")
            if kind == "AGE_90_PLUS":
                words = {"ninety": 90}
                if val.isdigit() and int(val) < 90:
                    errors.append(f"{rid}: age under 90 labelled {val!r}")
            prev_end = be
            kind_counts[kind] += 1
            cat_spans[cat] += 1
        if cat == "neg" and r["spans"]:
            errors.append(f"{rid}: negative text has spans")
    if errors:
        print("ERRORS:")
        for e in errors:
            print("  " + e)
        sys.exit(1)

    print(f"OK: {len(lines)} texts, {sum(kind_counts.values())} spans")
    print("per kind:")
    for k, v in sorted(kind_counts.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"  {k:16s} {v}")
    print("per category (texts / spans):")
    for c in sorted(cat_texts):
        print(f"  {c:8s} {cat_texts[c]:4d} / {cat_spans[c]}")


if __name__ == "__main__":
    main()

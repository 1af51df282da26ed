#!/usr/bin/env python3
"""Hand-written PHI test corpus "twentyseventh".

Mostly hard negatives (texts with no PHI at all, spans == []) plus a handful
of texts with inline-labelled PHI.  Markup: {ABBR|value}.
Writes notes.jsonl next to this file with UTF-8 byte offsets.
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

MARK = re.compile(r"\{(" + "|".join(sorted(KINDS, key=len, reverse=True)) + r")\|([^{}]*)\}")

# ---------------------------------------------------------------------------
# Texts WITH PHI (about 10)
# ---------------------------------------------------------------------------
PHI_TEXTS = [
("phi01_ed", """ED PROVIDER NOTE
Pt: {N|Oluwaseun Adeyemi}   MRN: {MRN|00482917}   DOS: {D|03/14/2024}
{A|92}-year-old man brought by EMS from home after an unwitnessed fall at about 0530. Lives alone at {ST|1187 Bramble Ct}, {C|Port Jervis}, NY {Z|12771}; daughter {N|Hope Castellanos} checks on him daily and can be reached at {P|(845) 555-0192}.
Hx Parkinson's disease (on Sinemet 25/100 TID), AF on Eliquis 2.5 mg BID, CKD 3b. Denies LOC. GCS 15. Shortened, externally rotated L leg.
Imaging: L femoral neck fx, Garden IV on plain film. Ortho (pager 41170) aware. NPO after midnight, hold Eliquis, type and screen.
Dispo: admit to 6 West bed 12 under hospitalist {N|Grant Bishop}, MD."""),

("phi02_referral", """REFERRAL - FAX COVER
To: {G|Hudson Valley Sleep & Lung Associates}   Fax: {F|845-555-0148}
From: {N|Priyanka Raghunathan}, DO, {G|Riverbend Family Medicine}, {ST|22 Mill Street, Suite 3}, {C|Kingston}, NY {Z|12401}
Phone {P|845-555-0170 ext. 214} | {E|praghunathan@riverbendfm.example.com}
Re: {N|Wiśniewska, Katarzyna M}   DOB {D|7 Feb 1961}   Member ID {HP|YHX884120073}
63 y/o F with STOP-BANG 6/8, Epworth 15, BMI 38, resistant HTN (142/94 on three agents). Please evaluate for OSA; home study acceptable. NPI on file 1588731204."""),

("phi03_billing", """Patient Financial Services - call note {D|2024-02-17} 10:42
Caller: patient's son, {N|Yousef Al-Hamdani}, on behalf of {N|Samira Al-Hamdani} (age {A|94}).
Acct# {AC|7730015529}  Claim {OID|CLM-2024-0083317}  Medicare MBI {HP|3WN7-TE5-MK82}
Verified identity with SSN {SSN|412-68-4471}. Questioned CPT 99223 and 71046 charges from the {D|January 29} admission at {G|St. Brigid's Hospital}. Explained itemized bill; will re-send to {ST|40 Orchard Ln}, {C|Wappingers Falls}, {CO|Dutchess County}, NY {Z|12590}."""),

("phi04_device", """Device clinic — remote interrogation {D|June 3, 2024}
{N|Siobhán O'Callaghan}, 78F. Medtronic Azure XT DR MRI SureScan, serial {DEV|RNB402871S}; RA lead 5076 serial {DEV|PJN7712094}. Battery 8.9 yr. AP 38%, VP <1%. AT/AF burden 2.1%, longest episode 4 h 12 min. Thresholds stable. Next remote in 91 days. Results sent to Dr. {N|Haruto Sakamoto}'s inbox."""),

("phi05_portal", """Secure message thread #{OID|MSG-55190342}
From patient {N|Rose Nakamura-Whitfield}: hi, i can't get into the portal since {D|tuesday the 4th}, keeps saying session expired. i was on {URL|https://mychart.lakeshorehealth.example.org/MyChart/Authentication/Login} from my work laptop.
IT note: failed logins from {IP|198.51.100.23} and {IP|2001:db8:4f2a::17}; account unlocked, MRN {MRN|LSH-3308815}. Advised password reset. —{N|Faith Mensah}, Help Desk"""),

("phi06_sw", """Social Work Assessment
Pt {N|José Luis Barrientos} ({MRN|8841207}) was driving his employer's van (plate {VEH|NY HKT-4419}, VIN {VEH|1FTBR1C89MKA62210}) for {G|Ulster Landscape Supply} when the MVC occurred. Driver's license {LIC|B-229-617-384} suspended per his report. Lives with partner {N|Mercy Boateng} in {C|Saugerties} ({CO|Ulster County}). Spanish-speaking; interpreter ID {OID|3321} used. Plan: FMLA paperwork, workers' comp case {OID|WC-24-118822}, f/u with SW in 2 weeks."""),

("phi07_path", """SURGICAL PATHOLOGY REPORT   Accession: {OID|SP24-018832}
Patient: {N|van der Berg, Pieter}   MRN {MRN|000731559}   Collected: {D|5th of March 2024}   Received: {D|03/06/24}
Ordering: {N|April Thorne}, MD   Pathologist: {N|Chukwuemeka Obi}, MD
A. Colon, sigmoid, resection: invasive adenocarcinoma, moderately differentiated, pT3 pN1a (1/18 lymph nodes). MMR proteins intact (MLH1, PMS2, MSH2, MSH6). KRAS G12D detected. Blocks A1–A14 on file."""),

("phi08_chat", """@charge can someone sit w/ mr {N|nguyen} in 12 for 10 min, he keeps asking for his wife {N|June} and trying to climb out. sitter request in. also Ms. {N|Page} in 14 is {A|97} and wants to know when her son {N|Will} gets here, he called from {C|Poughkeepsie} at 1330. thanks - {N|Dara}"""),

("phi09_dc", """DISCHARGE SUMMARY
{N|Zhang Wei} | DOB {D|11/30/1948} | Admit {D|Feb 9} | Discharge {D|Feb 14, 2024}
PCP: {N|Mariam Haddad-Young}, NP, {G|Millbrook Community Health Center}
Hospital course: 75M with NSTEMI, LHC showed 90% mid-LAD; DES x1. Started Brilinta 90 mg BID, atorvastatin 80 mg. EF 45% (last echo {D|June 2019} was 60%).
F/u cardiology {D|2/27/24} 9:15 AM at {ST|3 Route 44}, {C|Millbrook}. Questions: call {P|845.555.0133}.
Home health: {G|Dutchess Home Care}, referral #{OID|HH-772019}."""),

("phi10_query", """pt {N|katarzyna wisniewska} mrn {MRN|4471092} seen {D|1/8} at {G|kingston urgent care}, can you pull the labs and tell me if her INR of 4.2 on warfarin 5 mg needs vit K? she's 71, no bleeding. email results to {E|k.okafor@riverbendfm.example.com} when done"""),
]

# ---------------------------------------------------------------------------
# Texts WITHOUT PHI (hard negatives, about 90)
# ---------------------------------------------------------------------------
NEG_TEXTS = [
# ---- clinician queries to a search / AI assistant ----
("q01", "wells score vs revised geneva for pe in pregnancy"),
("q02", "dose adjust eliquis for crcl 24, age 81, weight 58 kg?"),
("q05", "what los angeles grade is it if the mucosal breaks are >5 mm but not continuous between the tops of two folds"),
("q06", "lyme disease prophylaxis single dose doxycycline criteria, tick attached >36 h, deer tick, removed 48 h ago"),
("q07", "is rocky mountain spotted fever realistic in arizona in march? fever 39.4, headache, no rash yet, dog tick exposure"),
("q10", "hunter syndrome vs hurler: which one spares the cornea and which is x-linked"),
("q11", "will a ruptured baker's cyst mimic a dvt on exam? what imaging first, and does it change anticoag"),
("q17", "Bishop score 5 at 39+2, G3P2, GBS neg. Cervidil vs Foley balloon vs oral misoprostol, which is best?"),
("q18", "is the Stockholm3 test available in the US and how does it compare to PSA density + MRI PI-RADS"),
("q19", "ebola vs marburg incubation, PPE requirements, and who qualifies for Ervebo"),
("q20", "coxsackie A6 hand foot mouth in an adult — is onychomadesis 6 weeks later expected?"),
("q21", "west nile neuroinvasive disease csf findings typical? lymphocytic pleocytosis or neutrophils early"),
("q22", "norwalk virus (norovirus) how long to exclude food handlers after symptoms stop — 48 or 72 h"),
("q25", "mark as urgent? patient with Cushing's triad — bp 210/110, hr 44, irregular breathing. what to do first before CT"),
("q26", "child pugh C + MELD 28, milan criteria met, one lesion 4.1 cm. BCLC stage?"),
("q29", "icd 10 code for lyme arthritis vs lyme disease unspecified"),
("q30", "may i give Paxlovid with tacrolimus? level 8.1 last week"),
("q31", "young adult with strong family hx of SCD — whats the yield of genetic testing for hypertrophic cm (MYH7, MYBPC3)"),
("q33", "grant me a quick summary of DAPA-HF vs EMPEROR-Reduced endpoints"),
("q34", "sister mary joseph nodule differential and what workup"),
# ---- nurse / team chat messages ----
("chat01", "Bed 14 BP 84/50, MAP 61, HR 118. Already gave 500 mL LR bolus at 0215, no change. Can someone come look? pager 40312"),
("chat03", "Pt in 22B refusing the 2100 Lovenox again. Says her hope is to go home tmrw and she 'will walk plenty.' Charting refusal, FYI for the AM team."),
("chat05", "does anyone know if the Zio XT patches came back in stock? materials says Monday but the cardiology fellow wants one placed today"),
("chat06", "POD 2 s/p ORIF Schatzker II. Pulses 2+ DP/PT bilat, cap refill <3 s, 4/5 dorsiflexion RLE vs 5/5 LLE. Pain 7/10 after Dilaudid 0.5 mg IV at 1600. Compartments soft."),
("chat07", "reminder: CIWA q4h on the 3 detox pts in 410-414, score >10 call covering. also page pharmacy re phenobarb taper (pager 6120)"),
("chat08", "white count back 23.4, lactate 3.8, blood cx x2 drawn before the zosyn. sepsis bundle started 1810, 30 mL/kg = 2.4 L ordered"),
("chat09", "Can we bill the 99291 for the 45 min or does the family meeting time not count? Asking for the note in CVICU pod C."),
("chat10", "mom asking if baby can have tylenol after the 2 month shots tonight — 5.1 kg. 15 mg/kg = ~76 mg = 2.4 mL of 160/5?"),
("chat12", "rose from 37.9 to 39.1 since 1900, rigors. pt has a PICC (4 Fr Power PICC, R basilic). drawing peripheral + line cultures now"),
("chat13", "ok to give the brown bag meds? pt brought own Xeljanz 5 mg and Rinvoq, pharmacy hasn't verified yet"),
("chat15", "anyone free to help turn 31? 140 kg, stage 3 sacral, needs the Hoyer + 4 people. Braden 11."),

# ---- order comments ----
("ord02", "CT abd/pelvis w/ IV contrast. Eval for Hartmann's reversal planning; s/p sigmoidectomy with end colostomy in 2022. Cr 0.9, eGFR >60. No contrast allergy."),
("ord04", "PT/OT eval and treat. WBAT RLE. Front-wheeled walker. Posterior hip precautions x 6 weeks. May shower POD 3 with Mepilex Border in place."),
("ord06", "MRI brain w/wo. Pt has Medtronic Percept PC DBS — MR Conditional; neurostim to MRI mode before scan, head SAR ≤0.1 W/kg, 1.5T only."),
("ord08", "Tdap 0.5 mL IM x1 now (G2P1, 28w3d). CPT 90715, 90471. Dx Z23, Z3A.28."),
("ord09", "Page neuro 5523 before 0800 if cEEG not hooked up. Levetiracetam (Keppra) 60 mg/kg IV load given at 0310, max 4500 mg."),
("ord10", "Ceftriaxone (Rocephin) 2 g IV q24h x 14–21 days for Lyme carditis, PR 310 ms. Transcutaneous pads on; temp wire if high-grade block."),
("ord11", "Bill to research: SELECT-LIFE substudy visit 4. Draw HbA1c (LOINC 4548-4) and lipid panel. Do not release to patient portal until reviewed."),
# ---- report fragments ----
("rad01", """CHEST, PA AND LATERAL
Comparison: prior exam from 2021.
Findings: Right lower lobe airspace consolidation with air bronchograms. Small right pleural effusion with meniscus. No pneumothorax. Heart size normal. Left chest wall Boston Scientific ICD generator with single lead, tip at the RV apex. Kerley B lines absent.
Impression: RLL pneumonia with small parapneumonic effusion. Follow-up radiograph in 6–8 weeks to document resolution in this 61-year-old former smoker."""),
("rad02", """EGD REPORT (fragment)
Esophagus: LA grade C erosive esophagitis. Salmon-colored mucosa, Prague C2M5. 3 cm sliding hiatal hernia, Hill grade III valve. Four-quadrant biopsies every 1 cm per Seattle protocol.
Stomach: Single 8 mm clean-based antral ulcer (Forrest III). Biopsies for H. pylori (Sydney system).
Duodenum: Normal to D2.
Plan: PPI BID x 8 weeks, repeat EGD in 12 weeks, Glasgow-Blatchford score was 2."""),
("rad04", "MRI R knee: complex tear of the posterior horn medial meniscus extending to the inferior articular surface. Baker's cyst 3.1 x 1.2 x 4.0 cm without rupture. Outerbridge grade III chondral loss medial femoral condyle. Kellgren-Lawrence 2 on correlating radiographs. ACL, PCL intact. Segond fracture absent."),
("rad05", """CT HEAD WITHOUT CONTRAST
Clinical: 84-year-old on Xarelto, fall at 0400, GCS 14.
Findings: 9 mm right frontoparietal subdural hematoma with 3 mm midline shift. No intraventricular extension. Chronic small-vessel ischemic change (Fazekas 2). Old left cerebellar infarct.
Recommendation: Andexxa per anticoagulation reversal protocol; neurosurgery aware at 0455."""),
("path01", "Prostate, 12-core TRUS biopsy: Acinar adenocarcinoma, Gleason score 3+4=7 (ISUP Grade Group 2) in 4/12 cores, max 60% of core L mid; pattern 4 ~30%, cribriform absent. Perineural invasion present. PTEN IHC: intact. Decipher ordered."),
("path02", "Breast, left, 2 o'clock, 4 cm FN, core biopsy: invasive ductal carcinoma, Nottingham grade 2 (tubules 3, pleomorphism 2, mitoses 1). ER 95% strong, PR 40% moderate, HER2 IHC 2+ (equivocal); FISH HER2/CEP17 ratio 1.4, avg HER2 copy 3.1 — negative (ASCO/CAP 2023). Ki-67 18%."),
("lab01", """ANA: positive, titer 1:640, homogeneous pattern
Anti-dsDNA (Crithidia): positive 1:80; ELISA 212 IU/mL
C3 62 mg/dL (L), C4 8 mg/dL (L)
Direct antiglobulin (Coombs) test: positive, IgG+ C3d+
UPCR 1.9 g/g; UA 3+ protein, 20-50 RBC/hpf, RBC casts seen"""),
("micro01", "Blood cultures: 2 of 2 sets positive at 14 h. Gram stain: gram-positive cocci in clusters. Verigene BC-GP: Staphylococcus aureus, mecA DETECTED (MRSA). Vancomycin MIC 1 mcg/mL (E-test). Critical value called to 4 West RN at 0642, read back verified."),
("gen01", "Germline multigene panel (84 genes): BRCA2 c.5946delT (p.Ser1982Argfs*22), pathogenic, heterozygous. VUS: ATM c.3161C>G (p.Pro1054Arg). CHEK2 1100delC not detected. Recommend cascade testing for first-degree relatives and NCCN-guided screening (breast MRI from age 30, consider RRSO by 40–45)."),
("gen02", "Pharmacogenomics: CYP2C19 *2/*2 (poor metabolizer) — avoid clopidogrel, consider prasugrel or ticagrelor per CPIC. HLA-B*58:01 negative. HLA-B*57:01 negative. TPMT *1/*3A intermediate; reduce azathioprine starting dose 30–80%. DPYD normal."),

# ---- clinical notes ----
("note01_icu", """ICU PROGRESS NOTE — HD 5
Events overnight: self-extubated at 0320, placed on HFNC Optiflow 50 L/min FiO2 0.6, P/F ratio 142. Precedex restarted at 0.4 mcg/kg/h; RASS -1, CAM-ICU negative.
Neuro: GCS 14 (E4V4M6). No focal deficits, Babinski downgoing bilat.
CV: MAP 68 on norepi 0.06 mcg/kg/min, weaning. Lactate 1.9 from 4.2.
Resp: ARDS by Berlin definition (moderate). Prone x2 sessions per PROSEVA, now off. Tidal vol 6 mL/kg PBW per ARDSNet when intubated.
ID: Klebsiella pneumoniae (KPC) in BAL. On ceftazidime-avibactam day 4/7.
Renal: AKI KDIGO 2, UOP 0.6 mL/kg/h. No CRRT indication.
SOFA today 7 (from 11). Family meeting planned for Friday afternoon."""),
("note02_hp", """HPI: 58-year-old man with hx of Crohn's ileocolitis (Montreal A2 L3 B2) on Stelara 90 mg q8 weeks, prior ileocecal resection in 2015, presents with 3 days of RLQ pain, fevers to 38.6, and non-bloody diarrhea 6-8x/day. Denies sick contacts. No recent travel.
Exam: T 38.4, HR 104, BP 118/72. Tender RLQ with voluntary guarding, negative Rovsing's and psoas sign, no McBurney's point rebound. No Cullen or Grey Turner sign.
Labs: WBC 14.6, CRP 88, fecal calprotectin >1,000.
A/P: Crohn's flare vs intra-abdominal abscess. CT enterography. Hold Stelara pending imaging. Check C. diff. IBD team to see; will consider Skyrizi or Entyvio if no abscess."""),
("note03_ortho", """Ortho clinic f/u. 6 weeks s/p closed reduction and percutaneous pinning of distal radius fx (dorsally angulated, Colles type, no Smith's or Barton's component). Pins removed today without difficulty. Tinel's and Phalen's negative; Finkelstein negative. Grip strength 4/5 R vs 5/5 L. Radiographs: maintained radial height 11 mm, radial inclination 21°, volar tilt 4°.
Plan: OT for ROM, DASH score baseline 38. Return in 6 weeks, sooner if numbness."""),
("note04_neuro", """Neurology f/u. 72 yo with idiopathic Parkinson's disease dx 2016, Hoehn and Yahr 2.5. On carbidopa/levodopa 25/100, 1.5 tabs 5x daily (0700, 1000, 1300, 1600, 1900) plus Rytary at bedtime. Reports 2 h of OFF time daily and mild peak-dose dyskinesia. MDS-UPDRS part III 31 ON. Visual hallucinations absent; MoCA 26/30.
Options discussed: adding Gocovri vs referral for DBS (Medtronic Percept vs Abbott Infinity). Patient's wife asked good questions about the ADVANCE study data. Will revisit in September after a trial of Xadago 50 mg."""),
("note06_peds", """WELL CHILD 15 MONTHS
Wt 10.4 kg (48th %ile, WHO), length 78 cm, HC 46.5 cm.
Development: walks independently, 5 words, points to want; M-CHAT-R/F low risk (score 1). Ages & Stages on track.
Diet: whole milk 16 oz/day, table foods. No juice.
Vaccines today: DTaP #4, Hib #4, PCV20 #4, varicella #1, Hep A #1. VIS given.
Anticipatory guidance: rear-facing car seat until at least 2 years, water heater at 120 °F, poison control sticker. Next visit at 18 months."""),
("note07_psych", """Psychiatry f/u. 29 yo with bipolar I, most recent episode depressed. PHQ-9 today 14 (from 22), GAD-7 9. C-SSRS screen: passive SI last month, none in past 2 weeks, no plan or intent; protective factors include faith community and her dog. Lamotrigine titrated to 200 mg daily, no rash (reviewed SJS warning again). Lithium level 0.7 on 600 mg BID; TSH 2.1, Cr 0.8. Sleep 7 h. Safety plan updated. Return in 4 weeks; crisis line 988 reviewed."""),
("note08_id", """ID CONSULT
Reason: fever and encephalopathy after summer travel.
54 yo landscaper, immunocompetent, returned from southern Arizona in August with 10 days of fever, arthralgias, and erythema nodosum. Now confused. CSF: WBC 210 (lymph 70%), protein 118, glucose 31, eosinophils 8%.
DDx: coccidioidal meningitis (Valley fever), West Nile neuroinvasive disease, St. Louis encephalitis, HSV, and less likely Rocky Mountain spotted fever (no rash, no tick exposure).
Recs: Coccidioides IgM/IgG EIA + immunodiffusion + CSF complement fixation (titer 1:8 would be significant); WNV IgM serum and CSF; HSV PCR; start fluconazole 800 mg daily if cocci serology positive. Continue acyclovir until HSV PCR negative."""),
("note10_cards", """Pacer interrogation in clinic. Abbott Assurity MRI dual chamber, RA/RV leads Tendril STS 2088TC. Mode DDDR 60/130. Battery 7.5 yr. AP 72%, VP 4%. Sensing P 3.2 mV, R 11 mV. Thresholds RA 0.75 V @ 0.5 ms, RV 0.5 V @ 0.4 ms. Impedance normal. 3 AHR episodes, longest 14 s. Patient is 88, lives independently, still walks 2 miles daily with her walker. Next in-clinic check in 12 months, remote q91 days via Merlin.net."""),
("note13_ed", """ED note: 23 yo F, inversion injury R ankle playing soccer. Able to bear weight 4 steps in ED. Ottawa ankle rules: no tenderness at posterior edge/tip of either malleolus, base of 5th MT, or navicular — no x-ray indicated. Squeeze test negative (no high ankle sprain); Thompson test normal. Anterior drawer 1+. Dx grade I ATFL sprain. RICE, ibuprofen 600 mg q6h prn x 5 days, ankle brace, crutches prn. Return precautions. Work note for 3 days."""),
("note15_pall", """Palliative care: 79 yo with metastatic pancreatic adenocarcinoma (KRAS G12D), ECOG 3, PPS 40%. Progression on gemcitabine/nab-paclitaxel. Patient states his hope is to be at home and 'see the roses bloom one more time'. Wants no CPR, no intubation; MOLST completed (DNR/DNI, selective treatment). Pain 6/10 → 3/10 on OxyContin 20 mg q12h + oxycodone 5–10 mg q3h prn. Senna/MiraLAX. Hospice referral placed; the family was strong and united in the conversation."""),
("note21_geri", """Geriatrics: 86-year-old woman, lives with her daughter. MoCA 19/30 (from 23 two years ago). Clinical dementia rating 1. Functional: independent in ADLs except bathing, dependent in 4/8 IADLs. Katz 5/6, Lawton 4/8. Orthostatic BP 138/76 → 112/64 at 3 min. Deprescribing per Beers Criteria (2023 AGS update): taper oxybutynin, stop diphenhydramine at bedtime. Consider Aricept 5 mg; discussed Leqembi eligibility (requires amyloid PET/CSF, APOE ε4 genotyping, MRI for ARIA) — not a candidate due to anticoagulation."""),
# ---- patient education snippets ----
("edu01", """Taking warfarin (Coumadin or Jantoven)
• Take it at the same time every day, usually in the evening around 5 p.m.
• Keep eating about the same amount of vitamin K foods (spinach, kale, broccoli) each week. You do not have to avoid them.
• Your INR goal is usually 2.0 to 3.0. For some heart valves it may be 2.5 to 3.5.
• Tell us before starting antibiotics like Bactrim or Cipro, or supplements like St. John's wort, fish oil, or turmeric.
• Call right away for black stools, a bad headache, or bleeding that won't stop after 10 minutes of pressure."""),
("edu02", """After your knee replacement
You will likely go home 1 to 2 days after surgery. Use your walker until your therapist says you can switch to a cane, usually at 2 to 4 weeks. Keep the dressing dry for 7 days. Bending to 90 degrees by week 2 and 120 degrees by week 6 is a common goal. Blood thinner: aspirin 81 mg twice daily for 35 days. Ice 20 minutes every 2 hours while awake. Your follow-up visit is about 2 weeks after surgery."""),
("edu03", "How to remove a tick: use fine-tipped tweezers, grab the tick close to the skin, and pull straight up with steady pressure. Do not twist, burn it, or use nail polish. Clean the area with soap and water. Write down the day you removed it. Watch for a red, expanding rash (a bull's-eye called erythema migrans) or fever over the next 30 days — these can be signs of Lyme disease, anaplasmosis, or Powassan virus."),
("edu04", "Using your CPAP: Your ResMed AirSense 11 is set to auto 6–14 cm H2O. Wear it every night, for at least 4 hours (we hope for 7 or more). Rinse the mask cushion daily and the tubing once a week. Replace the cushion monthly and the filter every 2 weeks. If your mouth is dry, turn up the humidity to 4 or 5. Bring the machine's SD card or open the myAir app at your 90-day visit."),
("edu07", "Low blood sugar (under 70): follow the rule of 15. Eat or drink 15 grams of fast sugar — 4 oz juice, 4 glucose tablets, or 1 tablespoon of honey. Recheck in 15 minutes. Repeat if still under 70. When it is above 70, eat a snack with protein if your next meal is more than an hour away. Keep glucagon (Baqsimi or Gvoke) where family can find it."),
("edu08", "Concussion: rest your brain for the first 24 to 48 hours, then slowly return to light activity. No screens for long stretches. Your child can return to school with a shortened day. Do not return to sports until cleared — the usual 6-step return-to-play takes at least 6 days. Go to the ER for repeated vomiting, worsening headache, seizures, unequal pupils, or if they can't be woken."),
# ---- guideline excerpts ----
("gl01", "Surviving Sepsis Campaign (2021): For adults with sepsis-induced hypoperfusion or septic shock, we suggest that at least 30 mL/kg of IV crystalloid fluid should be given within the first 3 hours of resuscitation (weak recommendation, low quality of evidence). We recommend an initial target MAP of 65 mmHg over higher targets. For adults with possible septic shock or a high likelihood of sepsis, we recommend administering antimicrobials immediately, ideally within 1 h of recognition."),
("gl03", "USPSTF: The USPSTF recommends screening for colorectal cancer in all adults aged 50 to 75 years (A recommendation) and in adults aged 45 to 49 years (B recommendation). For adults aged 76 to 85, the decision should be individualized (C). Options include yearly FIT, stool DNA-FIT every 1 to 3 years, CT colonography every 5 years, flexible sigmoidoscopy every 5 years, or colonoscopy every 10 years."),
("gl04", "ACIP: Recombinant zoster vaccine (RZV, Shingrix) is recommended as 2 doses, 2–6 months apart, for immunocompetent adults aged ≥50 years, and for adults aged ≥19 years who are or will be immunodeficient or immunosuppressed (second dose may be given 1–2 months after the first). RZV can be given regardless of prior Zostavax or history of herpes zoster."),
("gl07", "NICE NG136: Offer ABPM to confirm a diagnosis of hypertension if clinic BP is between 140/90 and 180/120 mmHg. Stage 1 hypertension is clinic BP 140/90 to 159/99 and ABPM daytime average 135/85 to 149/94. For people aged under 80, the clinic BP target is below 140/90; for people aged 80 and over, below 150/90."),
("gl08", "AHA/ASA 2019 acute ischemic stroke: IV alteplase 0.9 mg/kg (max 90 mg), 10% as bolus over 1 minute, remainder over 60 minutes, within 4.5 h of last known well. Tenecteplase 0.25 mg/kg may be reasonable. Mechanical thrombectomy for LVO within 6 h (ASPECTS ≥6, NIHSS ≥6), and 6–24 h in selected patients meeting DAWN or DEFUSE 3 criteria. Keep BP ≤185/110 before and ≤180/105 for 24 h after lytics."),
("gl09", "Revised Atlanta classification (2012), acute pancreatitis: mild — no organ failure, no local or systemic complications; moderately severe — transient organ failure (<48 h) and/or local complications; severe — persistent organ failure >48 h. Organ failure defined by modified Marshall score ≥2 in respiratory, renal, or cardiovascular systems. Collections: APFC <4 weeks, pseudocyst >4 weeks; ANC <4 weeks, walled-off necrosis >4 weeks."),
("gl11", "IDSA 2020 Lyme disease: For erythema migrans, doxycycline for 10 days, or amoxicillin or cefuroxime axetil for 14 days. For Lyme carditis in hospitalized patients, initial IV ceftriaxone, then switch to oral therapy after PR interval <300 ms, for a total of 14–21 days. Do not routinely test patients with nonspecific symptoms such as fatigue alone."),

# ---- miscellaneous: coding, IT, handoff, pharmacy ----
("misc01", """Coding query to provider: Documentation supports sepsis (A41.9) with acute kidney failure (N17.9). Please clarify whether the patient had severe sepsis with septic shock (R65.21) — MAP <65 on two pressors from 2200 to 0600. Also clarify type of heart failure: I50.33 (acute on chronic diastolic) vs I50.23. DRG may shift from 872 to 871. LOINC 2524-7 lactate was 4.6. SNOMED CT 76571007 applied by NLP. NPI of rendering: 1467528390."""),
("misc02", "IT release note: Dragon Medical One updated to 2023.4. Epic Hyperdrive client version 10.5.2 now default on all 3 East and 5 North workstations. Known issue: smart phrase .HEARTSCORE pulls the wrong troponin reference (hs-cTnT 14 ng/L vs 19). Fix in the May build. Ticket INC queue only; do not page the on-call analyst for this."),
("misc03", """I-PASS handoff, 6 East, beds 1–12
Bed 3: illness severity WATCHER. 77M, AF RVR on dilt gtt 10 mg/h, HR 105–120. Action: TSH, echo AM; if HR >130 sustained, bolus 10 mg and call. Contingency: if hypotensive, amio 150 mg over 10 min.
Bed 7: STABLE. 45F, DKA resolved, transitioned to Lantus 20 + Humalog 1:10 at 1700. AG closed at 11.
Bed 11: UNSTABLE overnight risk. 68M GI bleed, Hgb 7.8 → 7.1, 2 large-bore IVs, type & cross 2 u. Rockall 5. GI aware, scope in AM if stable.
Synthesis: receiver read back; pager 2277 till 0700."""),
("misc08", "Peer review summary: 71 yo with Killip class III STEMI, door-to-balloon 84 min (goal ≤90). Delay attributed to cath lab activation at 0230 (on-call team 38 min arrival). TIMI 3 flow restored in RCA with one Xience Skypoint 3.5 x 28 mm DES. GRACE score 182. No deviation from standard of care identified; system issue referred to the STEMI committee."),
("misc10", "rt note 0415: pt on BiPAP 14/6, FiO2 40%, RR 28 → 22, VT 420–480, ABG 7.31/58/72/29. tolerating mask (Philips PerformaTrak size M). will repeat gas at 0600. hope to wean to 4 L NC by afternoon if pCO2 trends down."),
("misc13", "Anesthesia pre-op: ASA III. Mallampati II, thyromental distance >6 cm, mouth opening 3 FB, full neck ROM. Prior grade 1 Cormack-Lehane view with MAC 3. RCRI 2 (insulin, Cr 2.1). METs >4 (climbs 2 flights). Hold Ozempic 1 week prior per ASA guidance; last dose was Sunday. Malignant hyperthermia family hx negative. Plan GETA, Dantrium available."),
("misc14", "The 1918 pandemic, the 1957 'Asian flu' (H2N2) and the 1968 Hong Kong flu (H3N2) all shaped current pandemic planning. Middle East respiratory syndrome (MERS-CoV) and Crimean-Congo hemorrhagic fever remain WHO priority pathogens along with Lassa fever, Nipah, and Marburg virus disease."),
("misc17", "Allergy: 35 yo with reported PCN allergy from age 6 (rash). PEN-FAST 1 (low risk). Direct oral amoxicillin challenge 500 mg done, observed 60 min — no reaction. Penicillin allergy label removed. Also alpha-gal: IgE 4.2 kU/L after lone star tick bites; avoid mammalian meat, caution with gelatin-containing vaccines and Cetuximab."),
("misc20", "one line: may d/c tele if no events x 24 h"),
("misc22", "Travel clinic: leaving for 3 weeks in rural Ghana in January. Yellow fever vaccine (YF-Vax) — certificate valid from 10 days after; Typhim Vi; Hep A booster; malaria ppx Malarone 250/100 daily starting 1–2 days before, continue 7 days after return. Meningococcal ACWY given (meningitis belt, dry season). Counsel on Schistosoma, Lassa, and Plasmodium falciparum."),
("note23_hep", """Hepatology: woman in her 40s, staggered APAP overdose over 3 days, now day 4. Arterial pH 7.26 after resuscitation, lactate 4.1. INR 6.9, Cr 3.6, grade III encephalopathy (West Haven). Meets King's College criteria — listed status 1A. NAC continued beyond 21 h until INR <2. CRRT for ammonia 160. Hold lactulose. MELD 3.0 of 41."""),
("q36", "kingella kingae septic arthritis in a 22-month-old, cultures neg — is PCR of joint fluid worth it and what's best empiric abx"),
("q37", "sharp pleuritic chest pain 2 weeks after MI — dressler vs early pericarditis, colchicine dose for a man in his 80s with CrCl 35"),
("note24_vasc", """Vascular surgery: eighty-seven-year-old with 6.1 cm infrarenal AAA, neck length 18 mm, angulation 40°. Plan EVAR with Cook Zenith Alpha endograft via bilateral percutaneous femoral access (ProGlide x2 each side). Octogenarian risk discussed: 30-day mortality ~2%, major bleeding defined per ISTH criteria, type II endoleak surveillance with CTA at 1 month then annually. 3/6 holosystolic murmur at apex noted — echo pre-op. Visual acuity 20/40 OU, fine for ambulation."""),
("q38", "best disease vs stargardt — BEST1 vs ABCA4, and is the EOG Arden ratio <1.5 still the key test"),
("note25_genetics", "Genetics consult: 4-month-old with multisuture craniosynostosis, preaxial polysyndactyly of the feet, and obesity trend. Carpenter syndrome (RAB23, AR) favored over Apert (FGFR2 S252W/P253R) and Pfeiffer. Exome trio sent, turnaround 6–8 weeks. Cardiac echo for PDA/VSD. Craniofacial team will see in clinic the first Thursday of next month."),
("misc23", "Teaching note: survival with HIV has changed since the 1980s — by the late '90s HAART made it a chronic disease, and now many patients are in their 60s and 70s. Age 89 with an undetectable viral load is no longer unusual. Screening intervals for anal cancer (IANS 2024) start at 35 for MSM with HIV."),
("misc24", "NPO after midnight, OR at 0730 in OR 14, pre-op holding bay 6. Hibiclens shower x2."),
("misc25", "BP recheck in 2 wks with nurse visit, goal <130/80. if still >140/90 on home log, increase amlodipine to 10 mg. weigh every Monday. follow up in March, labs every April and October."),
("misc26", "Chaplain request via spiritual care pager 7740: patient in 3 West room 318 bed B says her faith is a big part of coping and asks for communion on Sunday; also asks about advance directive forms (health care proxy, MOLST)."),
]


def build():
    here = os.path.dirname(os.path.abspath(__file__))
    out_path = os.path.join(here, "notes.jsonl")
    records = []
    seen = set()
    counts = Counter()
    for tid, marked in PHI_TEXTS + NEG_TEXTS:
        if tid in seen:
            sys.exit("duplicate id " + tid)
        seen.add(tid)
        text_parts = []
        spans = []
        pos = 0
        blen = 0
        expected = []
        for m in MARK.finditer(marked):
            pre = marked[pos:m.start()]
            text_parts.append(pre)
            blen += len(pre.encode("utf-8"))
            value = m.group(2)
            vb = len(value.encode("utf-8"))
            spans.append({"bstart": blen, "bend": blen + vb, "kind": KINDS[m.group(1)]})
            expected.append(value)
            text_parts.append(value)
            blen += vb
            pos = m.end()
        text_parts.append(marked[pos:])
        text = "".join(text_parts)
        if "{" in text or "}" in text:
            sys.exit("leftover markup in " + tid)
        records.append({"id": tid, "text": text, "spans": spans})
        # verify
        tb = text.encode("utf-8")
        for sp, val in zip(spans, expected):
            got = tb[sp["bstart"]:sp["bend"]].decode("utf-8")
            if got != val:
                sys.exit("span mismatch in %s: %r != %r" % (tid, got, val))
            counts[sp["kind"]] += 1
    with open(out_path, "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    # re-read and re-verify from disk
    with open(out_path, encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            tb = r["text"].encode("utf-8")
            for sp in r["spans"]:
                assert 0 <= sp["bstart"] < sp["bend"] <= len(tb)
                tb[sp["bstart"]:sp["bend"]].decode("utf-8")
    n_neg = sum(1 for r in records if not r["spans"])
    print("texts: %d (with PHI: %d, PHI-free: %d)" % (len(records), len(records) - n_neg, n_neg))
    print("spans: %d" % sum(counts.values()))
    for k in KINDS.values():
        print("  %-16s %d" % (k, counts[k]))


if __name__ == "__main__":
    build()

# Long clinical notes (35). Markup: {KIND|value}
# Codes: N NAME, ST STREET_ADDRESS, C CITY, CO COUNTY, Z ZIP, G GEO, D DATE,
# A AGE_90_PLUS, P PHONE, F FAX, E EMAIL, SSN, MRN, HP HEALTH_PLAN_ID,
# AC ACCOUNT_NUMBER, LIC LICENSE_NUMBER, VIN VEHICLE_ID, DEV DEVICE_ID,
# URL, IP IP_ADDRESS, OID OTHER_ID

LONG = []

def add(i, t):
    LONG.append(("h2_long_%02d" % i, t.strip("\n")))

add(1, """
MICU PROGRESS NOTE -- HD#6
{D|10/14/2023}   0630

Pt: {N|TRAN, MINH DUC}    MRN {MRN|40021877}    bed 7
Attending: Dr {N|Adeyemi}  /  fellow Dr. {N|Hasselbeck}  /  resident {N|K. Lindqvist}

S/O: o/n 2 runs AF w RVR 140s, dilt 10mg IVP x2 w/ response. No pressors since {D|10/12}. pt more interactive, nodding appropriately, mouthing words. Wife {N|Nguyen Thi Hoa} (HCP, prefers Vietnamese interpreter) at bedside till 2300, son {N|Bao} calling from {C|San Jose} - his # {P|(408) 555-0127}.

Tmax 100.4  HR 88-142  BP 96-131/54-78  RR 18-26  SpO2 92-97% 4L NC
I/O 2.1L / 1.6L
Exam: NAD-ish, RASS 0, coarse BS bilat bases, irreg irreg, no m. abd soft NT. 1+ LE edema. foley.
Labs: WBC 13.2 (14.8)  Hgb 7.6  Plt 144 / Na 134 K 4.1 Cr 1.9 (2.3) / lactate 1.4
Micro: BCx {D|10/8} x2 NGTD. sputum {D|10/9} MRSA.

A/P: 71M w/ COPD, HTN, AF (not on AC at home) adm {D|10/8} w MRSA PNA c/b septic shock + hypoxemic resp failure, intubated {D|10/8}-{D|10/13}.

Neuro: CAM-ICU neg today. precedex off {D|10/13}. seroquel 25 qhs prn.
CV: AF w RVR - amio gtt started {D|10/12}, switch to PO 400 BID today. CHA2DS2-VASc 4 -> start hep gtt once Hgb stable x24h. TTE {D|10/9}: EF 40-45%, mod MR.
Pulm: s/p extubation {D|10/13}. 4L NC, goal sats 88-92. duonebs q4. IS. hope to wean to 2L by tmrw.
Renal: AKI improving, Cr 1.9. baseline 1.0 per outside recs from {G|Kaiser Permanente Oakland}. avoid nephrotoxins, renally dose.
ID: MRSA PNA - vanc d7 (start {D|10/8}), plan 10d total -> stop date {D|10/17}.
Heme: Hgb 7.6, transfuse < 7.
GI/FEN: advance to dysphagia diet per SLP.
Endo: ISS. A1c 6.1.
PPx: hep SQ -> hep gtt, PPI.
Lines: L IJ CVC placed {D|10/8} - pull today. A-line out.
Dispo: stay MICU tonight. Family mtg Thurs {D|10/16} 2pm w/ palliative (Dr {N|Ruth Abramowitz}).
Code: FULL (confirmed w/ HCP {D|10/13}).

{N|Olumide Adeyemi}, MD   pgr {P|617-555-0142}
""")

add(2, """
SICU PROGRESS NOTE    HD4 / POD2    {D|5-Jun-24}

{N|FITZGERALD-O'ROURKE, DECLAN}   24M   MRN {MRN|7734-0021}   SICU bed 3
Trauma attending: {N|Marcus Thibodeaux}    Chief: {N|Priya Raman}

24M unrestrained driver, rollover MVC {D|6/1/24} ~0200 on the highway outside {C|Framingham}, +ejection, GCS 13 in field, MedFlight to our ED. Injuries: R femur shaft fx s/p IMN {D|6/3}, grade III splenic lac (nonop), L PTX s/p CT {D|6/1}, R 4-7 rib fx, L distal radius fx splinted.

24h: chest tube to waterseal since yest AM, no air leak. Hgb stable x3. pain better w/ ketamine gtt + PCA.
State police (Tpr. {N|K. Mahoney}) here ~1400 re: crash report, requested vehicle info - pt's truck MA reg {VIN|8KT 442}, VIN {VIN|1FTFW1E50KFA12345}. Pt declined to speak w/ them. Legal blood draw per warrant, RN {N|Alexis Duarte} witnessed.

A/P by system
Neuro: mild TBI (small L frontal contusion), repeat CTH {D|6/2} stable. Keppra x7d (thru {D|6/8}). CIWA - last drink reportedly {D|5/31}.
Pain: ketamine 0.1 mg/kg/h, PCA dilaudid, tylenol sched, lido patches. wean ketamine tmrw.
CV: HDS.
Resp: L CT on WS - CXR after clamp trial this PM; if no PTX pull tonight. IS 750.
GI: regular diet. bowel reg.
GU: foley out {D|6/4} 0600, TOV due 1200.
Heme: spleen - serial Hgb q12 x24h more, activity restrictions. Lovenox 30 BID start today ok'd by Dr. {N|Raman}.
ID: none.
MSK: ortho - WBAT RLE, NWB LUE. Ortho f/u w/ Dr. {N|Greenbaum} 2 wks.
Social: mom {N|Siobhan Fitzgerald} ({P|617 555 0190}) and gf {N|Kayleigh Brennan} visiting. SW consult re: EtOH, SBIRT done.
Dispo: likely floor tmrw, PT/OT -> may need IRF. {G|Spaulding Rehabilitation Hospital} referral sent.

{N|Priya Raman}, MD, PGY4
""")

add(3, """
NeuroICU Note \u2014 {D|Feb 13, 2024}
Pt {N|Fatima-Zahra Benali} (DOB {D|1965-08-22}), MRN {MRN|H00918273}
transfer from {G|St. Luke's Jerome} via air {D|2/10}.

58F w/ HTN, smoker, thunderclap HA at work {D|2/10} ~1100. CTA: 7mm Acomm aneurysm. HH 3, mFisher 4. EVD placed {D|2/10} by Dr. {N|Szyma\u0144ski}, coiled {D|2/11} (Dr. {N|Nakamura-Reyes}, NIR).

Now SAH day 3. vasospasm window thru ~{D|2/24}.
Overnight: EVD open at 10 cmH2O, ICP 8-14, drain 10-15ml/h. Na 138->134, started NaCl tabs 2g TID. TCDs {D|2/13} L MCA 110 (LR 3.1) - mild.

Neuro: q1h neuro checks, nimodipine 60 q4h x21d (end {D|3/2}). Na goal 140-145. euvolemia.
CV: SBP goal <160 now aneurysm secured.
Resp: RA.
FEN: reg diet, passed bedside swallow.
Heme: SQH started 24h post coil.
Endo: BG 110-160 ok.
Family: dtr {N|Yasmine Benali} (HCP) updated by phone {P|+1 (208) 555-0174}, also emailing {E|yasmine.benali@outlook.com} per her request. Husband {N|Karim} flying in from {C|Casablanca}, arrives {D|2/15}.

{N|Tomasz Szyma\u0144ski}, MD (NCC fellow)
""")

add(4, """
DISCHARGE SUMMARY

PATIENT: {N|WOJCIECHOWSKI, STANISLAW J}          MRN: {MRN|00-482-119}
ACCT #: {AC|9100234471}                           DOB: {D|04/11/1946}
ADMIT: {D|03/02/2024}      DISCHARGE: {D|03/09/2024}
ATTENDING: {N|Grant Whitfield}, MD
PCP: {N|Malgorzata Nowak-Zielinska}, MD

DISCHARGE DIAGNOSES
1. Acute on chronic HFrEF (I50.23)
2. AKI on CKD 3b - resolved
3. Hyperkalemia
4. DM2 w/ hyperglycemia

HOSPITAL COURSE
Mr. {N|Wojciechowski} is a 77 yo M w/ ischemic CM (EF 25%, CRT-D placed 2019 at {G|Cleveland Clinic}), CKD3b, DM2, who presented w/ 2 wks progressive DOE, 3-pillow orthopnea and ~12 lb wt gain. Reports running out of torsemide around {D|2/20} - his usual pharmacy ({G|Discount Drug Mart #41 Parma Hts}) had it on backorder and he "figured it could wait".

Diuresed w/ furosemide 80 IV BID, net neg 9.2 L, dry wt est 84.1 kg. K peaked 6.1 on {D|3/3}, tx w/ lokelma, spironolactone held. Cr peaked 2.4 ({D|3/4}), 1.6 at d/c. CRT-D interrogated {D|3/4} (Boston Sci, serial {DEV|412987}): no VT/VF, BiV pacing 94%.

DISCHARGE MEDS: torsemide 40 mg BID (NEW DOSE), metoprolol succ 50 daily, sacubitril-valsartan 24/26 BID, empagliflozin 10 daily, atorvastatin 80, ASA 81. Spironolactone HELD until BMP recheck.

FOLLOW UP
- PCP Dr. {N|Nowak-Zielinska} {D|3/14/24} @ 10:20
- HF clinic ({G|UH Parma Medical Center}, 3rd fl) w/ Dr {N|Whitfield} in 1 wk - clinic will call; or call {P|440-555-0116}
- BMP in 3-5 days

DISPOSITION: home w/ VNA ({G|VNA of Ohio}). Lives w/ wife {N|Irena} at {ST|2207 W Orchard Ave}, {C|Parma}, OH {Z|44134}.

Dictated by {N|Hope Castellanos}, PA-C    {D|03/09/2024} 16:42
cc: {N|M. Nowak-Zielinska}, MD
""")

add(5, """
PEDIATRIC HOSPITAL MEDICINE -- DISCHARGE SUMMARY

Name: {N|OYELARAN, TOBILOBA}   (goes by "{N|Tobi}")
DOB: {D|09/03/2016}    Age: 7 y
MRN: {MRN|2280914}   HAR: {AC|55021987730}
Admitted: {D|1/27/2024} (PICU {D|1/27}-{D|1/28}), discharged {D|1/30/2024}
PCP: {N|Miriam Feldstein}, MD - {G|Cary Pediatric Associates}  ph {P|919.555.0133}  fax {F|919.555.0134}

DIAGNOSIS: status asthmaticus; RVP + rhino/entero

HPI / COURSE: 7yo M w/ mod persistent asthma (on Flovent 44 2 puffs BID, "doesn't always take it" per mom), URI sx x3d then acute resp distress at school {D|1/27}. School nurse gave albuterol x2. In ED PRAM 9, got duonebs x3, dex, Mg. Required HFNC 15L in PICU, weaned to RA {D|1/29}. Spaced to q4h albuterol {D|1/29} PM.

Asthma action plan reviewed w/ mom ({N|Adaeze Oyelaran}) and grandma ({N|Folasade}). Teach-back done. Spacer given.

DC MEDS: dex 2nd dose given {D|1/28} (done). Flovent 110 2 puffs BID (step up). Albuterol 4 puffs q4h x2 days then prn.

FOLLOW UP: PCP in 2-3 days ({D|Feb 1} or {D|Feb 2}). Pulm referral to {G|Duke Children's Pulmonary} placed.
Home: {ST|114 Loblolly Ct}, {C|Cary}, NC {Z|27519}. Mom cell {P|(984) 555-0166}.

School note given (out thru {D|2/2}).

{N|Aaron Blumenthal-Reyes}, MD (peds hospitalist)
""")

add(6, """
BEHAVIORAL HEALTH UNIT \u2013 DISCHARGE SUMMARY

Patient: {N|Dakota J. Wood}     DOB {D|12/19/1998}     MRN {MRN|BH-0031872}
Admission: {D|7/2/24} (Section 12(a) from {G|Norwood Hospital} ED)     Discharge: {D|7/19/24}
Legal: conditional voluntary signed {D|7/3/24}. Section 7/8 petition filed then withdrawn {D|7/15}. Docket no. {OID|2454MH000317}.
Attending: {N|Shira Katz-Moskowitz}, MD

REASON FOR ADMISSION: 25 y/o nonbinary pt (they/them) w/ MDD, PTSD, AUD, BIB police after texting ex-partner ({N|Jordan Price}) a photo of pills and "im done". Took ~20 tabs trazodone 50mg. Medically cleared at {G|Norwood Hospital}.

HOSPITAL COURSE: Pt initially guarded, minimally engaged x3 days. Started sertraline 50 -> 100 {D|7/9}, prazosin 1->3 mg qhs for nightmares, naltrexone 50. Attended groups. No restraint/seclusion. Mother ({N|Tammy Wood}, {P|508-555-0149}) participated in family mtg {D|7/16}. Pt identified brother's house in {C|Walpole} as safe place to stay. Firearms: none in home per mom.
Prior hx: admit to {G|Butler Hospital} {D|March 2022} after OD.

DISCHARGE MSE: calm, good eye contact, mood "ok, kinda nervous", affect mildly anxious, reactive. TP linear. Denies SI/HI/AVH. Insight/judgment fair.

RISK ASSESSMENT: chronic risk elevated (prior attempts x2, trauma hx, AUD); acute risk low-moderate, mitigated by engagement in aftercare, future orientation, no firearm access.

AFTERCARE:
- PHP at {G|Riverside Community Care \u2013 Dedham} starting {D|7/22} 9am
- Med mgmt: Dr. {N|Oyelowo} ({D|8/6})
- Therapist: {N|Joy Whitaker}, LICSW (existing), appt {D|7/24}
- 988 / mobile crisis # given.
""")

add(7, """
ADMISSION H&P \u2013 Medicine (Gold team)
{D|11/21/23}

Pt: {N|Marie-Claude Jean-Baptiste}   70F   MRN {MRN|1093384}
Source: pt (Haitian Creole interpreter #{OID|218044}), son, records from {G|Jackson North Medical Center}

CC: "mwen f\u00e8b anpil" / weakness x5d

HPI: 70F w/ HTN, DM2 (A1c 10.2 {D|8/2023}), CKD3a, p/w generalized weakness, poor PO x5 days, dysuria, and 1 day of confusion per son {N|Wilner}. No measured fevers at home. Was seen at {G|Jackson North} ED {D|11/15} for same, dx'd UTI, given keflex - only took 2 days of it.

PMH: HTN, DM2, CKD3a, OA knees, h/o TB treated in {C|Port-au-Prince} (~1998).
PSH: TAH 1990s.
Meds: metformin 1000 BID, glipizide 10, amlodipine 10, losartan 50 - fills at {G|Navarro on NW 7th Ave}.
All: sulfa (rash)
SH: moved from Haiti 2010. Lives w son {N|Wilner Jean-Baptiste} and dtr-in-law at {ST|1450 NE 132nd St}, {C|North Miami} FL {Z|33161}. Never smoker, no EtOH. Church is main support.
FH: mother DM, brother CVA.

ROS: + dysuria, frequency, poor appetite. - CP, SOB.

EXAM: T 38.3 HR 104 BP 102/58 RR 20 SpO2 97% RA
Gen: elderly woman, ill appearing, dry MM. Oriented to self & place, not date.
CV: tachy, reg, 2/6 SEM RUSB. Lungs CTA. Abd soft, mild suprapubic ttp, +CVAT R. Ext no edema. Neuro nonfocal.

LABS: WBC 16.8, Na 131, K 5.2, Cr 2.1 (baseline 1.3 {D|Aug '23}), glucose 412, AG 14, BHB 0.8. UA LE+ nit+ >50 WBC. Lactate 2.6.

A/P: 70F w/ sepsis 2/2 pyelo (likely partially-treated), AKI, hyperglycemia w/o DKA, metabolic encephalopathy.
#Sepsis/pyelo: CTX 1g q24 (prior keflex failure -> request prior UCx from {G|Jackson}). BCx x2, UCx. LR 30cc/kg. renal US.
#AKI: prerenal +/- obstruction. hold losartan, metformin.
#Hyperglycemia: basal-bolus, glargine 10 + SSI.
#Encephalopathy: delirium precautions, treat infection.
#Dispo: son wants her home, HHA via Medicaid (ID {HP|9928173645}).
Code: Full (d/w pt & son).

{N|Nnamdi Eze}, MD (PGY2) / {N|Whitney Beaulieu}, MD
""")

add(8, """
Medicine Admit Note   {D|9/17/2024}
{N|Priyanka Venkataraman}   19F   MRN {MRN|60388127}   DOB {D|2005-03-09}

CC: DKA

HPI: 19 yo F w/ T1DM dx age 8 on Tandem t:slim X2 pump (SN {DEV|1184420}) + Dexcom G6, p/w N/V, abd pain since last night. Roommate {N|Grace O'Halloran} found her lethargic this AM, called 911. Pt reports pump site "got ripped out" at the gym {D|9/15} and she replaced it but tubing may have kinked. Eating less bc midterms. No fevers.

ED: pH 7.08, HCO3 7, AG 29, BHB 6.2, glucose 534, K 5.6. DKA protocol started (insulin gtt 0.1u/kg/h, NS 2L).

PMH: T1DM (A1c 8.4 in {D|June 2024}), celiac, anxiety
Meds: pump (Humalog), sertraline 50
All: NKDA
SH: sophomore, lives in dorm. occasional EtOH, denies drugs. Family in {C|Chennai} - mom {N|Lakshmi Venkataraman} {P|+91 98410 55012}. Local emergency contact aunt {N|Deepa Iyer} in {C|Edison}, NJ.
Endo: followed at {G|Joslin Diabetes Center} by Dr. {N|Kowalski}, last seen {D|5/2/24}.

A/P:
#DKA, severe - insulin gtt, BMP q2h, K repletion per protocol, transition to SQ when AG closed x2, overlap 2h. pump OFF while on gtt. Endo c/s.
#trigger - pump failure vs infection: UA, CXR, lipase.
#anxiety - cont sertraline.
Dispo: step-down. Notified mom via WhatsApp per pt request.

{N|Sung-min Yoo}, MD
""")

add(9, """
H&P

{N|HARTWELL, EUNICE MAE}   {A|94}F   MRN {MRN|0213377}   adm {D|12/28/23}
Sent from: {G|Sunrise of Bethesda} (memory care)
PCP/NH MD: {N|Anand Subramaniam}, MD

CC: fall w/ hip pain

HPI: {A|94} yo woman w/ advanced dementia (FAST 6c), AF on apixaban, HTN, unwitnessed fall at facility ~0500 today, found on floor by aide. Per facility RN {N|Mercy Asante} ({P|301-555-0158}) pt at baseline mentation, unable to bear weight after. XR R hip: displaced femoral neck fx.
MOLST on file ({D|11/2/2022}): DNR/DNI, OK for hospital transfer, "limited interventions".
Son {N|Robert King}, HCP (her late 2nd husband's son) - {P|(240) 555-0103}. Daughter {N|Carol Hartwell-Ames} lives in {C|Sarasota}.

PMH: Alzheimer dementia, AF, HTN, hypothyroid, OA, prior L wrist fx ({D|May 2021})
Meds per facility MAR: apixaban 2.5 BID (last dose {D|12/27} 2000), donepezil 10, levothyroxine 50, metoprolol tart 25 BID, tylenol 650 TID
All: PCN
SH: widowed. retired school teacher. at {G|Sunrise} since 2020.

EXAM: frail, pleasant, confused, oriented to self. R leg shortened, ext rotated. NVI distally.

A/P: {A|94}F w dementia, AF on apixaban, R fem neck fx.
- Ortho (Dr. {N|Soo-ah Kang}) consulted: plan hemiarthroplasty {D|12/29} if cleared; hold apixaban.
- Goals: spoke w/ son {N|Bob} by phone - he'd want surgery for comfort/mobility; DNR/DNI remain.
- Pain: oxy 2.5 prn, tylenol sched, fascia iliaca block by anesthesia.
- Delirium prevention bundle.
- Geri c/s.

{N|Leilani Kahananui}, NP
""")

add(10, """
OPERATIVE REPORT

Patient: {N|Villalobos de la Cruz, Gloria Esperanza}
MRN {MRN|8812045}      DOS: {D|08/14/2024}
Facility: {G|Hospital for Special Surgery}
Surgeon: {N|Anders Solberg}, MD
Assistant: {N|Tyler Brooks}, PA-C
Anesthesia: {N|Wei-Ling Chou}, MD \u2014 spinal + adductor canal block

PREOP DX: L knee primary OA
POSTOP DX: same
PROCEDURE: L total knee arthroplasty (CPT 27447)

IMPLANTS:
  Femur: Persona CR size 7 L, REF 42-5022-007-01
  Tibia: Persona size E, SN {DEV|ZB2291047}
  Poly: 11mm MC
  Patella: 32mm

INDICATIONS: 67 yo F w/ end-stage L knee OA, failed conservative tx incl injections x3. Risks/benefits/alternatives d/w pt and daughter {N|Luz}; consent signed {D|7/30/24}. Site marked by me in preop holding.

DESCRIPTION: Pt identified in holding, site verified. Brought to OR 4, spinal placed, positioned supine. Tourniquet 250 mmHg. Time-out performed. Medial parapatellar arthrotomy. Standard cuts, balanced in flexion/extension. Components cemented. Irrigated, layered closure.
EBL 150. Tourniquet time 62 min.
Pt to PACU in stable condition.

DISPO: PT POD0, home w/ HHPT ({N|Brooks} to arrange). ASA 81 BID x35d for VTE ppx. f/u Dr. {N|Solberg} 2 wks ({D|8/28}).
""")

add(11, """
PROCEDURE NOTE \u2014 Flexible bronchoscopy w/ EBUS-TBNA
Date {D|4 Apr 2024}      Pt {N|Eitan Ben-David}    MRN {MRN|77-10-442}
Operator: {N|Rachel Adebisi-Lowe}, MD (IP)    Fellow: {N|Jae-won Seo}, MD
Referring: Dr. {N|Shapiro} (thoracic onc)
Anesthesia: GA via LMA, Dr. {N|Iwu}

Indication: 66M ex-smoker (45 pk-yr), RUL spiculated 2.8cm nodule, PET {D|3/21/24} avid (SUVmax 11) + 4R, 7 nodes.

Findings: Airways normal to subsegmental level bilat. No endobronchial lesion.
EBUS: Stn 4R 14mm - 4 passes; Stn 7 18mm - 5 passes; 11R 8mm - 3 passes. 4L 5mm not sampled. ROSE: 4R and 7 + malignant cells, c/w NSCLC.
Specimens: cell block, molecular (NGS incl EGFR, ALK; PD-L1). Path accession {OID|C24-004187}.
Complications: none. EBL minimal.

Plan: f/u path 5-7 days; results to Dr {N|Shapiro}; thoracic tumor board {D|4/11}. Pt's wife {N|Noa} updated in family waiting room.
""")

add(12, """
Brief Op Note
{D|2024-10-02}
Pt: {N|Hollis, Summer Lee}    MRN {MRN|5531902}
Preop dx: acute calculous cholecystitis
Postop dx: same, gangrenous GB
Procedure: lap chole, IOC
Surgeon: {N|C. Obi}
Asst: {N|Mendez} (PGY3), {N|Nakashima} (MS3)
Anesth: GETA
Findings: distended gangrenous GB, CVS achieved. IOC nl, no filling defects.
EBL: 20 ml
Drains: 19Fr Blake in GB fossa
Specimen: GB to path
Complications: none
Dispo: PACU -> floor.
Plan: NPO -> CLD tonight, zosyn x4d total, drain output, LFTs AM.

Addendum {D|10/3/24} 0710 \u2014 spoke w/ pt's mother {N|Dawn Hollis} at bedside, questions answered. Pt works nights, requests work note thru {D|10/16}. f/u {G|Prisma Health Surgery Clinic \u2013 Greer} in 2 wks, drain out at visit if <30ml/d.
- {N|Chukwuemeka Obi}, MD
""")

add(13, """
PSYCHIATRY CONSULT - C/L
Mon {D|1/8/24}
Pt: {N|Caleb Stone}   22M   MRN {MRN|3307781}   7 East rm 14
Requesting: Dr. {N|Vanessa Lindgren} (medicine)
Reason: SI, s/p APAP ingestion

HPI: 22M w/ no formal psych hx admitted {D|1/6} after ingesting ~40 g APAP (80 x 500mg tabs) after breakup + losing job. Found by roommate {N|Will Tanaka} vomiting in bathroom ~6h post-ingestion. NAC completed {D|1/7}, LFTs downtrending (ALT 1840 -> 960). Pt states "i wanted it to stop". Regrets that he survived "kinda". Older brother {N|Hunter Stone} owns firearms (2 rifles, 1 handgun) kept at their shared apt.

Collateral: brother {N|Hunter} ({P|(803) 555-0171}) reached {D|1/8} 1315 - agrees to move guns to uncle's house in {C|Lexington} today and will confirm by phone. Mom {N|Dana Stone-Whitley} not reachable, VM left.

PPH: no prior admissions; saw school counselor in 2019. No prior attempts. No SIB.
SUBSTANCE: cannabis daily (vape), EtOH 6-8 beers on wknds.
MSE: disheveled, poor eye contact, PMR, mood "empty", affect constricted. TP linear. +passive SI, denies plan "right now". No AVH.
ASSESSMENT: high acute risk (recent lethal attempt, ongoing SI, hopelessness, male, substance use, firearm access).
PLAN:
1. 1:1 sitter, continue.
2. Pt will need inpatient psych once medically cleared. Bed search: {G|Prisma Health Marshall I. Pickens Hospital}, {G|Three Rivers Behavioral Health}.
3. Will start sertraline 25 after discussing w/ pt.
4. Follow up tmrw.

{N|Adaeze Nwosu}, MD   psych C/L
""")

add(14, """
Psychiatry Med Mgmt F/U (video visit)
{D|05/23/2024}
{N|Noor Haddad} | 34F | MRN {MRN|A7719043}
Pt located at home in {C|Dearborn}, MI at time of visit; identity verified w/ DOB ({D|2/6/90}).

S: "better, not great". Sleeping 6-7h. Panic attacks down from daily to ~2/wk. Mother in {C|Amman} recovering from CABG, pt worried, may travel. Started sertraline 50 {D|3/12}, increased to 100 {D|4/16} - mild GI upset first wk, resolved. Denies SI. Drinking 0. Working FT.
Sees therapist {N|Joy Oduya}, LICSW at {G|ACCESS Community Health Center} q2wk.
PHQ-9 9 (was 17), GAD-7 8 (was 15).

O: well groomed, good eye contact, mood "okay", affect mildly anxious, full range. TP goal directed. no SI/HI. Insight good.

A: GAD w/ panic, MDD mod - improving on SSRI.
P:
- continue sertraline 100 daily
- hydroxyzine 25 mg prn (rarely using)
- May consider buspirone if residual anxiety at 12 wks
- refills sent to {G|Meijer Pharmacy #217 Ford Rd}
- RTC 6 wks ~{D|7/5}

{N|Samir Khoury}, MD
""")

add(15, """
L&D DELIVERY NOTE
{N|Okonkwo-Bright, Summer A}   G2P1 -> G2P2   MRN {MRN|LD2044815}
EDD {D|4/18/24} by 8wk US, LMP {D|7/12/23}
Delivered {D|4/15/2024} @ 0312 at 39w4d
Attending: {N|Ingrid Solheim}, MD   Resident: {N|Tariq Mahmood}, MD   RN: {N|Faith Mbeki}
Peds: Dr. {N|Hollander} present for mec

SVD of viable male infant, LOA. Apgars 8/9, wt 3450 g. Mec-stained fluid, vigorous. Delayed cord clamping 60s. Placenta delivered spont, intact, 3VC. QBL 350 ml. 2nd degree lac repaired w/ 3-0 vicryl. EBL per QBL.
GBS neg. Rubella immune. Rh+. HIV/HBsAg/RPR neg.
Infant: {N|Chidiebere Okonkwo-Bright}.
Partner {N|Emeka Bright} present, cut cord.
Infant to MBU skin to skin. Peds of record: {N|Lauren Castellano}, MD at {G|Peachtree Pediatrics}.
Plan: routine PP care, Tdap received {D|2/28/24}, desires Nexplanon before dc. Breastfeeding.
""")

add(16, """
OB RETURN VISIT \u2014 28w2d
{D|06/11/2024}
{N|Marisol Ybarra-Quintanilla}   26 yo G3P1011
EDD {D|9/8/2024} by LMP c/w 9wk US

S: +FM, no LOF/VB/ctx. Some heartburn. Sleeping poorly.
O: BP 118/72, wt +1.5 lb, FH 28 cm, FHT 145. urine neg/neg.
Labs: blood type O neg, antibody screen neg ({D|6/11}). 1hr GTT 148 -> 3hr GTT scheduled {D|6/18}. Hgb 10.6 - start FeSO4 qod.
A/P:
- Rh neg: RhoGAM 300 mcg IM given today.
- anemia: iron qod w/ vit C.
- Tdap offered - will get next visit.
- Low-lying placenta at anatomy scan ({D|4/30}) - f/u US at 32 wk ~{D|7/2} at {G|Baylor Scott & White \u2013 Temple} MFM.
- Spouse {N|Faith Delgado} present, supportive.
- CHIP perinatal ID {HP|521987340} on file.
- RTC 2 wks ({D|6/25}).
Pt lives in {C|Belton} ({CO|Bell County}), 25 min drive.

{N|Yesenia Prado}, CNM
""")

add(17, """
OB TRIAGE NOTE     {D|9/4/24}  22:10
{N|Monroe-Baptiste, Keisha}   31yo G1P1  PPD#5
MRN {MRN|2019-55873}
Delivered {D|8/30} primary LTCS for arrest of dilation at {G|Northside Hospital Forsyth} (Dr. {N|Quintero}).

CC: HA x1 day, BP 168/104 at home on her cuff.
HPI: frontal HA not relieved by tylenol 1g x2, + scotomata this evening. No CP/SOB. No RUQ pain. Incision ok. Lochia rubra->serosa.
Vitals: BP 172/106 -> 164/102 (15 min), HR 88, SpO2 99%.
Exam: alert, 3+ DTRs, 1 beat clonus. Incision c/d/i.
Labs: Plt 188, AST 42, ALT 39, Cr 0.7, UPC 0.9.
A/P: postpartum preeclampsia w/ severe features.
- Mag 4g load -> 2g/h x24h
- labetalol 20 IV now, nifedipine ER 30 daily
- admit MBU
- baby home w/ FOB {N|Darnell Baptiste} and her mother {N|Yvonne Monroe}. Pumping; lactation consult.
Called Dr {N|Quintero} @ 2230, agrees w/ plan.
{N|Simone Achterberg}, MD PGY3
""")

add(18, """
WELL CHILD 4 YR
{N|Brooks, Mason T}    DOB {D|3/22/2020}    MRN {MRN|P-448120}
Seen {D|3/25/24} w/ mom {N|Stephanie Brooks} and baby sister {N|Joy}.

Interval: doing well. started pre-K in the fall, likes it. picky eater. no ED visits.
Dev: hops on one foot, copies cross, draws person w/ 4 parts, tells stories. Speech ~100% intelligible.
Sleep 10-11h. Screen time ~2h/d - counseled.
Exam: Wt 16.8 kg (55%), Ht 104 cm (60%), BMI 50%. BP 94/58. Nl exam. Teeth: no caries.
Vision 20/25 OU. Hearing pass.
Lead: 1.2 ({D|3/2022}).
Vaccines: DTaP #5, IPV #4, MMRV #2 today. VIS given.
Plan: RTC 5yo WCC (~{D|March 2025}). Dental home: {G|Smile Town Pediatric Dentistry}. Flu vax in fall.
Mom reports dad {N|Marcus} deployed until ~{D|Aug 2024}; discussed coping.
Updated address: {ST|39 Harrow Lane}, {C|Fayetteville} NC {Z|28303}.

{N|Folake Adeyinka-Ross}, MD
""")

add(19, """
2 MONTH WCC
Pt: {N|Aarav Mehta-Goldberg}    DOB {D|05/04/2024}    seen {D|07/08/2024}
Accompanied by: mother {N|Rina Mehta} & father {N|Joshua Goldberg}

Birth hx: 38+5 wk SVD at {G|Sutter Davis Hospital}, BW 3.1 kg, no NICU. Newborn screen nl ({D|5/6}). Hep B #1 in nursery.
Feeding: breastfed q2-3h + 1 bottle/day expressed milk. 6-8 wet diapers. Stools yellow seedy.
Dev: social smile, coos, lifts head 45 deg prone.
Exam: Wt 5.3 kg (40%), L 58 cm (45%), HC 39 cm (50%). AF soft flat. red reflex bilat. hips stable (Barlow/Ortolani neg). no murmur.
Vaccines today: DTaP-IPV-HepB-Hib, PCV20, rotavirus.
Mom EPDS 11 \u2013 discussed; referral to {G|UC Davis Perinatal Mental Health Clinic}, mom agrees. Support: MIL arriving from {C|Ahmedabad} {D|7/20}.
Next: 4 mo WCC {D|9/9/24}.

{N|Gabriela Ruiz-Thompson}, MD
""")

add(20, """
Adolescent visit (15 yo)   {D|Jan 9 2024}
{N|Esperanza Torres} ("{N|Espe}")   MRN {MRN|00883127}

Mom {N|Guadalupe} present for first part, then stepped out for confidential portion.
CC: sports physical + "period stuff"

HEADSSS (confidential):
Home: lives w/ mom, stepdad {N|Ray Holcomb}, 2 younger sibs in {C|Pharr}. Gets along w/ mom, "stepdad is whatever".
Education: 10th grade, A/B, plays volleyball.
Activities: volleyball, church youth group.
Drugs: tried vape x2, no EtOH.
Sexuality: one male partner x4 mo, condoms "most of the time". Requests confidential contraception.
Suicide/mood: PHQ-A 4. denies SI.
Safety: seatbelt yes. No violence in relationship.

Plan: Depo-Provera today after neg UPT; next inj window {D|3/26/24}-{D|4/9/24}. GC/CT urine sent.
Contact for confidential results: pt cell {P|956-555-0112} (NOT home #).
Sports form completed - cleared.
f/u {D|2/6/24}.
{N|Rebecca Ochoa-Lindstr\u00f6m}, MD
""")

add(21, """
HEM/ONC FOLLOW UP    {D|03/04/2024}
{N|PARK, JI-HOON}    62M    MRN {MRN|31188820}
Dx: Stage IIIC (pT4a N2a M0) adenocarcinoma sigmoid colon, MSS, KRAS G12D.
s/p lap sigmoid colectomy {D|11/28/23} (Dr. {N|Valentina Russo}). Path {OID|S23-18842}: 5/17 LN+.

Adjuvant FOLFOX (planned 12 cycles / 6 mo):
  C1D1  {D|1/8/24}
  C2    {D|1/22/24}
  C3    delayed {D|2/5/24} -> {D|2/12/24} for ANC 900
  C4    {D|2/26/24}
  C5    today {D|3/4/24}
Port (PowerPort) placed {D|12/20/23}.
CEA 2.1 ({D|2/26}).
2nd opinion at {G|Memorial Sloan Kettering} {D|12/14/23} agreed w/ FOLFOX x6 mo (CAPOX x3 mo discussed).

Interval: fatigue gr1, cold-induced paresthesias gr1 resolving by day 5. Appetite ok, wt stable. No diarrhea. Wife {N|Soo-jin} present, interpreting occasionally.
Labs: ANC 1.8, Plt 132, Hgb 11.2, LFTs nl.

PLAN: proceed C5 full dose. Neuropathy gr1 - cold avoidance counseling. RTC 2 wks for C6 {D|3/18}. CT CAP after C6.
{N|Hyun-woo Cho}, MD
""")

add(22, """
CELLULAR THERAPY \u2013 Day +7 note
{D|May 8, 2024}
Pt: {N|Oluwaseun Adebayo-Williams}    48M    MRN {MRN|DF-2271943}
Product: axi-cel    COI {OID|COI-24-KT-00731}
Dx: DLBCL (GCB), primary refractory after R-CHOP x6, R-ICE x2

Timeline:
  leukapheresis {D|4/2/24}
  bridging RT {D|4/8}-{D|4/19}
  LD flu/cy {D|4/26}-{D|4/28}
  infusion (D0) {D|5/1/24}
  CRS gr1 (fever 39.1) {D|5/3}, toci x1 {D|5/3}, resolved {D|5/4}
  ICANS: none, ICE 10/10 daily

Labs: ANC 0.3, Plt 41, fibrinogen 210, ferritin 3,400 (peak), CRP falling.
Plan:
- daily ICE; keppra ppx thru D+30 (~{D|5/31}).
- must stay within 2h of {G|Dana-Farber} thru D+28 ({D|5/29}); staying w/ sister {N|Funmilayo} at {ST|75 Park Drive, Apt 1204}, {C|Boston} {Z|02215}.
- no driving x8 wks (until ~{D|6/26}).
- caregiver: wife {N|Grace Adebayo-Williams} {P|(857) 555-0129}.
{N|Sarah Lindqvist-Moore}, NP / Dr. {N|Benjamin Oyelaran-Katz}
""")

add(23, """
Radiation Oncology \u2014 On Treatment Visit (OTV) #3
{D|9/23/2024}
{N|Ingrid Halvorsen}   MRN {MRN|RO-66102}   DOB {D|10-17-1959}
Dx: L breast IDC pT1c N0, ER+/PR+/HER2-, germline BRCA2 c.5946delT (pathogenic). s/p L lumpectomy + SLNB {D|8/1/24} at {G|Mayo Clinic} ({C|Rochester}).
Rx: whole breast 4005 cGy/15 fx + boost 1000 cGy/4 fx. Sim {D|8/27/24}. Start {D|9/9/24}, anticipated end {D|10/3/24}.
Fx 11/19 today.
Skin: grade 1 erythema, inframammary fold. no moist desquamation. Fatigue mild.
Plan: continue. Post-RT endocrine therapy w/ Dr. {N|Oduya}; genetics f/u \u2014 sister {N|Sigrid} to be tested at {G|Sanford Health Fargo}.
{N|Liv Andersen}, MD
""")

add(24, """
CARDIOLOGY CONSULT NOTE
Date of service: {D|01-15-2024}
Pt: {N|Abdelrahman Al-Masri}    Age: {A|92}    MRN: {MRN|10447782}
Requesting: Dr. {N|E. Kaufman}, hospitalist
Reason: NSTEMI vs type 2 MI, ?new LBBB

HPI: {A|92}-year-old Arabic-speaking man (phone interpreter ID {OID|70332}) w/ HTN, CKD4, prior PCI to RCA ({G|Mass General} {D|2/2019}), PPM for CHB ({D|6/2021}, Medtronic Azure, SN {DEV|RNB608271H}), admitted {D|1/14} w/ PNA and hypoxia. hsTrop 42 -> 188 -> 260. ECG: V-paced (not LBBB). Denies CP. Son {N|Khaled} says pt more tired x2 wks.

Echo {D|1/15}: EF 45%, basal inferior HK, mod AS (AVA 1.1, MG 24).

ASSESSMENT: demand ischemia (type 2 MI) in setting of PNA/hypoxia; low suspicion for ACS.
RECS:
1. No heparin gtt, no cath. Goals d/w pt and son - pt does not want invasive procedures.
2. cont ASA 81, atorva 40.
3. Device interrogated at bedside by Medtronic rep {N|Kyle Jorgensen} - normal function, battery 6.5 yrs.
4. Outpt f/u w/ his cardiologist Dr. {N|Farid Haddad} at {G|Dearborn Cardiology} in 2-4 wks.
Thank you for this consult.
{N|Mei-Lin Hsu}, MD FACC
""")

add(25, """
Device Clinic \u2014 in-person interrogation     {D|06/03/2024}
Pt {N|Bj\u00f6rn Eriksson}, 81M, MRN {MRN|0098812}
Device: Medtronic Cobalt XT DR ICD, implanted {D|3/14/2019} (Dr. {N|\u00c5sa Lindgren}), SN {DEV|BLF229734S}
Leads: RA 5076 SN {DEV|PJN7712394}; RV 6935M SN {DEV|TDL119058V}
Remote: CareLink, last transmission {D|5/28/24}

Findings: battery 4.2 y. RA/RV sensing & thresholds stable. 3 NSVT episodes, longest 9 beats ({D|5/2}). No therapies. AF burden <1%.
Plan: no changes. remote q3mo, in-person 1 yr (~{D|June 2025}).
Pt asks if he can travel to {C|Gothenburg} this summer to see family - ok, device ID card reviewed.
Spouse {N|Karin} present.
{N|Deshawn Price}, RN / Dr. {N|Lindgren}
""")

add(26, """
Cardiology Clinic f/u s/p PCI
{D|8/12/24}
{N|Ram\u00f3n Iglesias Ferrer}   58M   DOB {D|3-30-66}

PCI {D|7/7/24} at {G|Piedmont Fayette Hospital}: DES x1 pLAD (3.0x18) for NSTEMI. EF 50%.
DAPT: ASA + ticagrelor through at least {D|7/2025}.
Cardiac rehab: started {D|8/5} at {G|Piedmont Fayette Cardiac Rehab}, MWF.

S: no angina, walking 30 min/day. Some dyspnea on ticagrelor, tolerable.
O: BP 124/76 HR 62. lungs clear. R radial site healed.
Labs: LDL 88 on atorva 80 -> add ezetimibe.
Work: long-haul trucker; needs DOT medical form. CDL # {LIC|G14729035} recorded on form. Cleared for return after rehab per guidelines.
Wife {N|Pilar} asks re: sexual activity - ok.
RTC 3 mo ({D|Nov 2024}) w/ lipid panel.
{N|Kwame Asante-Mensah}, MD
""")

add(27, """
HOSPICE RN VISIT NOTE
Agency: {G|Heartland Hospice of Asheville}
Visit date {D|02/19/24}   Time in 1030 / out 1145
Pt: {N|Rose Marie Abernathy}    Age {A|96}    DOB {D|07/04/1927}
Hospice dx: CHF / ASCVD
Address: {ST|18 Gudger Cove Rd}, {C|Weaverville}, NC {Z|28787} ({CO|Buncombe County})
Caregiver: daughter {N|Patricia "Patsy" Abernathy-Fox}

S: per dtr pt sleeping ~20h/day, few bites of applesauce. Temp rose to 100.8 overnight, gave tylenol supp. Dtr reports "rattly breathing" since yesterday.
O: BP 88/50 HR 112 irreg RR 24 w/ apneic periods 10-15 sec. SpO2 86% RA -> 2L. Mottling bilat knees. PPS 20%. Stage 2 sacrum unchanged.
A: pt actively transitioning.
P:
- comfort kit in home (morphine 20mg/ml, lorazepam, atropine, haloperidol). Taught dtr morphine 0.25 ml SL q1h prn dyspnea.
- glycopyrrolate ordered; called to {G|Ingles Pharmacy #42 Weaverville}, dtr to pick up.
- continuous care evaluated - does not yet meet criteria.
- chaplain Rev. {N|Hollis Greer} to visit today.
- notified hospice MD Dr. {N|Anjali Desai}.
- son {N|Gerald} driving in from {C|Knoxville}.
- on-call RN 24/7 {P|828-555-0150}.
{N|Wren Callahan}, RN CHPN
""")

add(28, """
HOME HEALTH PT VISIT    {D|4/9/24}
Pt: {N|Salgado, Teodoro}   80 yo M
Agency: {G|Sonoran Home Health \u2013 Ajo branch}
Address: {ST|211 N Rasmussen Ave}, {C|Ajo}, AZ {Z|85321}, {CO|Pima County}. gravel drive, 3 steps no rails at entry.
Dx: s/p R TKA {D|3/26/24} at {G|Banner \u2013 University Medical Center Tucson}.

Visit 3 of 9. Pain 3/10 at rest, 6/10 w/ gait.
TUG 24 sec. AROM R knee 5-92\u00b0. Amb 150 ft w/ FWW SBA. stairs x3 w/ HHA + cane, step-to.
Pt's nephew {N|Chuy} present, assists w/ HEP, instructed in safe stair guarding.
Incision well approximated, no drainage.
Plan: 2w3, next visit {D|4/11}. Surg f/u w/ Dr. {N|Farah Qureshi} {D|4/23}. Recommend grab bar in shower; nephew to install.
{N|Mason Kirkpatrick}, PT, DPT
""")

add(29, """
SN visit \u2014 wound care
{D|11/06/2023}
{N|Earline Jessup}    MRN {MRN|HH-402219}    Medicare MBI {HP|5TJ4-WK2-MX81}
Home: {ST|4471 Ky Hwy 15 S}, {C|Hazard}, KY {Z|41701} \u2014 {CO|Perry County}
Dx: DFU L plantar 1st MTH, s/p partial 1st ray amp {D|10/17/23} at {G|ARH Hazard Regional Medical Center}.

Wound: 3.1 x 2.4 x 0.8 cm, 100% granular, mod serosang. periwound macerated medially.
NPWT: KCI ActiV.A.C. SN {DEV|VNUW93187} @ 125 mmHg continuous. dressing changed per order MWF.
Glucose log 140s-220s.
Husband {N|Virgil} reports "blockage" alarm x2 Sat - resolved.
Called wound clinic ({G|ARH Wound Care Center}) {P|606.555.0139} - NP {N|Tamsin Boggs} will see pt {D|11/14}.
{N|Crystal Napier}, RN
""")

add(30, """
NURSING FLOWSHEET SUMMARY \u2014 6 West    {D|12/02/23}  days
Pt: {N|YOUNG, HARRISON}   Rm 612-B   MRN {MRN|55902184}   All: NKDA   Code: DNR
RN: {N|Aisling N\u00ed Bhriain}   PCA: {N|Tuyet Pham}

0700  handoff from {N|J. Okafor} RN. pt sleeping, easily arousable.
0800  T 99.1  HR 96  BP 142/88  RR 20  SpO2 93% 2L  pain 4/10 abd
0815  meds per MAR. refused senna.
0930  OOB to chair w/ 1 assist. tolerated 45 min.
1000  Dr. {N|Goldstein} rounded; plan CT A/P w contrast.
1130  wife {N|Lorraine Young} called ({P|517-555-0108}) - updated per pt permission.
1200  T 100.2  HR 104  BP 128/76 -> notified Dr. {N|Goldstein}. BCx x2 drawn, UA sent.
1300  tylenol 650 PO. intake 40% lunch.
1500  to CT via transport. returned 1545.
1600  son {N|Grant} visiting; asked about d/c date - deferred to MD.
1800  T 99.0 HR 90. voided 350.
1845  report to {N|Emmanuel Osei}, RN
""")

add(31, """
Nsg note  night shift {D|10/3}->{D|10/4}
Pt {N|Harpreet Kaur Sandhu}, 68F, POD1 R hemicolectomy. A&Ox3. Punjabi speaking, husband {N|Gurpreet} interprets at times; offered professional interpreter, pt accepted for consent discussions.
2000: VSS, pain 5/10 -> PCA teaching reinforced.
2300: ambulated hall x1 w/ husband + RN.
0200: HR 118, BP 102/60, UOP 20ml/h x2h. Notified covering NP {N|Ji-Young Baek} - 500 ml LR bolus given, UOP improved to 45 ml/h.
0400: Mrs. {N|Kaur} c/o nausea, zofran 4 IV given w/ relief.
0600: AM labs drawn. Kara (religious bracelet) left on per pt request - documented.
Pt requests that nephew Dr. {N|Aman Sandhu} (cardiologist at {G|Fresno Heart & Surgical Hospital}) be called w/ updates - added to contact list per pt.
{N|Marisol Esquivel}, RN
""")

add(32, """
CASE MANAGEMENT \u2014 DISCHARGE PLANNING NOTE
{D|07/17/2024}
Pt: {N|Bernadette O'Sullivan-Gallagher}   MRN {MRN|4410-229-07}   adm {D|7/11/24}
Payer: Humana Medicare Advantage, member ID {HP|H48219736}. SNF auth # {OID|AUTH-2024-0917733}.
Anticipated DC {D|7/19}.

84F s/p L hip ORIF {D|7/12}. PT recs SNF (mod A transfers, amb 15 ft). Pt and dtr {N|Maureen Gallagher} ({P|(864) 555-0191}) agreeable.
Referrals sent via Careport {D|7/15}:
  1. {G|The Woodlands at Furman} \u2014 accepted, bed avail {D|7/19}
  2. {G|NHC HealthCare Greenville} \u2014 declined (no bed)
  3. {G|Rolling Green Village} \u2014 pending
Pt prefers #1 (close to dtr's home in {C|Travelers Rest}).
Humana auth submitted {D|7/16}, approved {D|7/17} x7 days, next review {D|7/24}.
Transport: w/c van booked for 1100 on DC day.
DME: none now.
PCP Dr. {N|Tran} notified via fax {F|864-555-0102}.
{N|Keturah Mills}, RN CM
""")

add(33, """
SW Note \u2014 discharge planning    {D|1/22/2024}
Pt {N|Volkov, Dmitri} ("{N|Dima}"), 51M.
Pt experiencing homelessness x3 yrs, staying intermittently at shelter at {ST|444 Harrison Ave} and in his car (2008 Civic, plate {VIN|2JXK77}) per pt.
Medical: L leg cellulitis, IV abx -> PO. Needs daily wound care x2 wks.
Plan: referral to {G|Barbara McInnis House} medical respite - accepted for {D|1/24}.
Benefits: assisting w/ SSDI application; pt's SSN {SSN|031-44-7782} verified with pt, copy of card in chart.
Outreach case worker {N|Marisol Freitas} {P|857-555-0164}, {E|mfreitas@bhchp.example.org} - aware of plan.
Sister {N|Olga Petrenko} in {C|Worcester} - estranged, pt declines contact.
Pt has Lifeline phone {P|617-555-0135}.
{N|Tanisha Ruffin}, LICSW
""")

add(34, """
ED Provider Note
Arrival {D|8/3/2024} 02:14     Bed: Hall 6
{N|Nakamura, Kenji}   45M   MRN {MRN|9021-3377}
EMS from {ST|1220 Dolores St}, {C|San Francisco} (friend's apt).

CC: chest pain / palpitations after cocaine.
HPI: 45M w/ HTN, prior cocaine use, insufflated ~1g at party ~0030 then substernal pressure 7/10 + racing heart. No syncope. Last used {D|Jan 2024} per pt. PCP at {G|Castro-Mission Health Center}.
Exam: diaphoretic, anxious, HR 128 BP 178/102. pupils 6mm. lungs clear.
ECG: sinus tach 126, no STE. Trop hs 6 -> 9.
MDM: cocaine-assoc CP. HEART 3. ddx ACS, dissection (low suspicion, equal BPs, nl mediastinum).
Tx: lorazepam 2mg IV x2, ASA 324. no BB.
Dispo: obs for serial trops/stress. Friend {N|H\u00e9ctor Qui\u00f1ones} is ED contact {P|415 555 0188}.
{N|Aoife Brennan}, MD
""")

add(35, """
ICU -> FLOOR TRANSFER NOTE     {D|3.7.24}
pt: {N|Ayodele Okafor-Reyes}   63F   MRN {MRN|7700114}
Transferred from {G|Mercy Medical Center \u2013 Cedar Rapids} {D|3/2} to {G|University of Iowa Hospitals & Clinics} for ECMO eval; did not need ECMO.
Summary: severe CAP (influenza A + MSSA), intubated {D|3/1}-{D|3/5}, pressors off {D|3/4}. now 2L NC.

To-do for floor team:
[ ] f/u BCx {D|3/5}
[ ] ID recs re: duration (cefazolin, end {D|3/16})
[ ] PT/OT
[ ] HCP = husband {N|Segun Okafor} {P|319-555-0184}; dtr {N|Temi} in {C|Lagos} on WhatsApp {P|+234 803 555 0192}
[ ] hearing aids in belongings bag
{N|Kristoffer Dahl}, MD
""")

#!/usr/bin/env python3
"""Hand-labelled PHI test corpus ("ninth" independent corpus).

Texts carry inline markup {ABBR|value}; this script strips the markup, records
UTF-8 byte offsets, writes notes.jsonl next to itself, re-reads it and verifies
every span. Standard library only.
"""
import json
import os
import re
import sys
from collections import Counter, defaultdict

ABBR = {
    "N": "NAME",
    "ST": "STREET_ADDRESS",
    "CI": "CITY",
    "CO": "COUNTY",
    "Z": "ZIP",
    "G": "GEO",
    "D": "DATE",
    "A": "AGE_90_PLUS",
    "P": "PHONE",
    "F": "FAX",
    "E": "EMAIL",
    "SSN": "SSN",
    "MRN": "MRN",
    "HP": "HEALTH_PLAN_ID",
    "AC": "ACCOUNT_NUMBER",
    "LIC": "LICENSE_NUMBER",
    "VH": "VEHICLE_ID",
    "DV": "DEVICE_ID",
    "U": "URL",
    "IP": "IP_ADDRESS",
    "ID": "OTHER_ID",
}

TEXTS = []


def T(tid, body):
    TEXTS.append((tid, body.strip("\n")))


# ===========================================================================
# CLINICAL NOTES WITH PHI
# ===========================================================================

T("note01_icu", """
MICU PROGRESS NOTE -- HD #6
Pt: {N|Adeyemi, Oluwaseun T}     MRN: {MRN|00482917}     DOB: {D|07/22/1961}
Attending: {N|Rachel Steinberg}, MD     Fellow: {N|Kenji Vasquez-Ito}, MD
Location: MICU-B bed 14, {G|Harlan Memorial Hospital}

24h events: desatted to 84% at 0240 on 6L NC -> back on HFNC 50 L / 60%. Levophed weaned 0.12 -> 0.06. Wife ({N|Folake}) at bedside overnight, asking about trach timeline -- told her we are not there.

S: c/o dyspnea, "better than yesterday." No CP.

O:
Tmax 38.4  HR 104  BP 98/61 (MAP 72)  RR 26  SpO2 93% HFNC 50/0.6
I/O 2.1/3.4 L (-1.3). Foley in place, UOP ~50 mL/h.
Gen: tachypneic, speaking 4-5 word sentences
Lungs: coarse BS bilat, R>L crackles
CV: tachy, reg, no m/r/g
Ext: 1+ edema BLE
Lines: R IJ TLC ({D|3/8}), L radial A-line ({D|3/9})

Labs: WBC 14.2 (17.8), Hgb 8.9, Plt 132, Na 134, K 3.6, HCO3 21, BUN 38, Cr 1.4 (bl 0.9), lactate 1.9 (3.4)
ABG 7.38/36/71 on 60%; P/F 118
Micro: BAL {D|3/9} -- MSSA, sens pending. BCx {D|3/8} NGTD x2. Resp viral panel neg. Legionella/strep urine Ag neg.
CXR today: persistent bilat infiltrates, slightly improved RLL.

A/P: 62M w/ DM2, HTN, OSA (non-adherent CPAP) admitted {D|3/8/24} from {G|Fayette Regional Medical Center} ED with MSSA PNA c/b septic shock + moderate ARDS.
1. ARDS -- cont HFNC, low threshold for intubation if ROX < 3.85 at 12 h; prone positioning awake as tolerated. Diurese: Lasix 40 IV BID, goal -1 L.
2. Septic shock, improving -- cefazolin 2 g q8h (d/c'd vanc/pip-tazo {D|3/10}); wean norepi to MAP > 65.
3. AKI -- likely ATN, trending down. Renally dose, avoid nephrotoxins.
4. DM2 -- A1c 9.1; insulin gtt -> basal-bolus when off pressors.
5. Anemia -- no bleeding, transfuse Hgb < 7.
PPx: heparin SQ, PPI, HOB > 30.
Code: FULL (confirmed w/ pt).
Dispo: remains MICU.

Family: updated daughter {N|Temi Adeyemi-Clarke} by phone ({P|404-555-0187}); she is HCP per paperwork brought from home.

{N|Kenji Vasquez-Ito}, MD, PGY-5 PCCM fellow
Attending attestation: I saw and examined the patient with Dr. {N|Vasquez-Ito} and agree with the plan as documented. Critical care time 45 min excl. procedures. -- {N|R. Steinberg}
""")

T("note02_surghp", """
{G|Lakeshore University Medical Center} -- Department of Surgery
GENERAL SURGERY HISTORY & PHYSICAL

Patient: {N|Przybylski, Marek J}.          MRN: {MRN|LU-2284615}
Acct #: {AC|V00039182276}                  Date of service: {D|11-Jan-2024}
Referring: {N|Dawn Whitfield}, NP ({G|Cedar Bend Family Health}, {CI|Kenosha})

CHIEF COMPLAINT: RUQ pain x 3 days

HPI: 58 y/o M with hx of GERD s/p Nissen fundoplication (2011, {G|St. Casimir Hospital}, {CI|Milwaukee}) who presents with 3 days of constant RUQ pain radiating to R scapula, worse after fatty meals, with nausea and 2 episodes of nonbloody emesis. Subjective fevers. Denies jaundice, acholic stools, dark urine. Similar but shorter episodes x 2 over the past several months, self-resolved.

PMH: GERD, HTN, hyperlipidemia, OSA on CPAP
PSH: Nissen fundoplication 2011; open appendectomy as a child
Meds: amlodipine 10 mg daily, atorvastatin 40 mg nightly, omeprazole 20 mg PRN
Allergies: sulfa (hives)
Social: Lives with partner {N|Frank Obuya} in {CI|Racine}. Welder. Former smoker, 20 pk-yr, quit 2015. 2-3 beers on weekends.
Family hx: father colon CA at 61; mother T2DM.

ROS: otherwise negative per HPI.

EXAM:
T 38.1  HR 96  BP 142/88  RR 18  SpO2 97% RA  BMI 33.4
Gen: uncomfortable, NAD
Abd: obese, soft, TTP RUQ with + Murphy sign, no rebound/guarding, well-healed RLQ scar and lap port scars
Ext: no edema

LABS: WBC 13.9, T bili 1.1, AST 48, ALT 61, ALP 132, lipase 34
US RUQ: multiple gallstones, GB wall 5 mm, pericholecystic fluid, + sonographic Murphy. CBD 4 mm.

A/P: 58M with acute calculous cholecystitis (Tokyo grade I).
- Admit to General Surgery (Gold team)
- NPO after midnight, mIVF LR 100 mL/h
- Ceftriaxone 2 g + metronidazole 500 mg q8h
- Lap chole tomorrow; consent signed, risks incl. bile duct injury, conversion to open, bleeding, infection reviewed
- Hold amlodipine AM of surgery; cont CPAP while inpatient

{N|Hannah Lindqvist}, MD (PGY-3)
Cell {P|(262) 555-0119}
Seen and discussed with {N|Owen Mallory}, MD, FACS
""")

T("note03_obtriage", """
L&D TRIAGE NOTE   {D|2024-06-02} 0315

{N|Guadalupe Ramírez-Soto} | 24yo G3P1011 | 34w2d by 8wk US | MRN# {MRN|7731-0042-8}
EDD {D|07/05/2024}. PNC at {G|La Clínica del Valle} ({CI|Salinas}), records faxed from {F|831-555-0164} -- received.

CC: ctx q5-7 min since ~2300, ?LOF

HPI: Pt reports tightening q5-7 min, 5/10, since ~2300. Felt "wetness" once around 0100, none since. +FM. Denies VB, HA, vision changes, RUQ pain. Dysuria x 2 days.
OB hx: NSVD 2020 at 39 wk, 3280 g, uncomplicated; SAB 2022 @ 8 wk.
Prenatal: A+, RI, HIV/HBsAg/RPR neg, 1hr GCT 112. GBS unknown.

Vitals: BP 118/72, HR 108, T 37.6, RR 18
SSE: no pooling, nitrazine neg, fern neg. Cx visually closed.
SVE: 1/50/-3 (unchanged on recheck 2h, per {N|J. Thornton} CNM)
NST: baseline 135, mod var, + accels, no decels -- cat I, reactive
Toco: ctx q6-8 min, irregular, mild to palp
FFN collected before SVE -- NEGATIVE.
UA: 2+ LE, + nitrite, 15-20 WBC

A: 34w2d IUP, preterm contractions w/o cervical change, likely cystitis + dehydration. ROM ruled out.

P:
- 1 L LR bolus
- Urine cx sent; cephalexin 500 mg PO q6h x 7d
- GBS swab collected
- Ctx spaced to q15-20 after hydration; d/c home with PTL precautions
- F/u with her clinic in 2-3 days; clinic msg sent

Husband {N|Arturo Soto} at bedside. Pt and husband Spanish-speaking; video interpreter used, interpreter ID {ID|204418}.

{N|Jess Thornton}, CNM     {D|6/2/24} 0540
""")

T("note04_nicu", """
NICU DAILY PROGRESS NOTE    DOL 11 | CGA 29 1/7 wk
Baby Girl {N|Nakamura} ("{N|Emi}")     MRN {MRN|N10477823}
DOB {D|9/14/2023} @ 0612 | GA at birth 27 4/7 | BW 890 g
{G|Mount Rainier Children's Hospital}, Level IV NICU, Pod C, bed 22

Overnight: 3 brady/desat events, 2 self-resolved, 1 needed gentle stim. No apnea requiring PPV.

RESP: NIPPV PIP 22 / PEEP 6, rate 40, FiO2 0.28-0.32. Caffeine citrate 5 mg/kg/day. CXR {D|9/24}: hazy, low volumes, no PIE. Plan to trial NCPAP 6 in 24-48h if FiO2 < 0.30.
CV: PDA on echo {D|9/20} -- moderate, L->R. Completed IV acetaminophen course {D|9/23}. Repeat echo pending. BP stable, MBP 32-38.
FEN/GI: EBM 24 kcal (HMF), 130 mL/kg/d via OGT, TF 150 mL/kg/d. Wt 950 g (+12 g/kg/d over 7 d). Abd soft, stooling. Prior bilious aspirate {D|9/19} -- KUB benign, feeds resumed.
ID: blood cx {D|9/14} neg. No current abx.
HEME: Hct 31. s/p pRBC 15 mL/kg {D|Sept 21}. On iron supplementation once feeds at full volume.
NEURO: HUS {D|9/17} -- grade I IVH L. Repeat HUS at DOL 28. 
Skin: intact, humidified isolette 70%.
Bili: peak 6.8, phototherapy off since {D|9/18}.
Screens: NBS #1 sent {D|9/15} -- normal; #2 due. ROP exam due at 31 wk CGA.

Social: Parents {N|Haruto} and {N|Keiko Nakamura} visit daily; mom pumping ~450 mL/day. Best to reach mom by cell {P|253.555.0178}. Family lives in {CI|Puyallup}, ~45 min drive; SW assisting with parking and housing.

Assessment: 27+4 wk ex-preterm female, DOL 11, with RDS on NIPPV, hemodynamically insignificant-to-moderate PDA, tolerating advancing fortified feeds.

{N|Priya Raghunathan}, MD, Neonatology
{N|Colm Dempsey}, NNP-BC
""")

T("note05_psych", """
PSYCHIATRY CONSULTATION-LIAISON -- INITIAL CONSULT
Date: {D|Oct. 4, 2023}
Patient: {N|Tyrell Washington Bishop}     DOB: {D|4.3.1989}     MRN: {MRN|8830412}
Requested by: {N|Ayodele Fashola}, MD (Hospitalist)
Question: Capacity to leave AMA; agitation.

ID/HPI: 34 yo M w/ bipolar I (per records), AUD, admitted {D|10/2} with alcoholic pancreatitis (Ranson 2 at 48 h). This morning demanded to leave, threw water pitcher, security called. Received olanzapine 5 mg IM at 0920.
On interview pt is calmer, states "I just need to get out of here, my cousin's getting evicted and I have his dog." Endorses 4 nights of poor sleep (unable to smoke, pain), irritability. Denies racing thoughts, grandiosity, increased goal-directed activity. Denies SI/HI, AVH. Last drink {D|9/30}; CIWA 6-9.

Collateral: sister {N|Shanice Bishop} ({P|(313) 555-0126}) reports he has "been himself," no recent manic sx, stopped lithium ~1 yr ago. Prior psych admits at {G|Northview Behavioral Health} ({D|Feb 2021}, {D|Aug 2022}) for mania. Outpatient prescriber was Dr. {N|Yusuf Haddad} at {G|Riverside Community Mental Health}, lost to f/u. Lives alone at {ST|1847 Conant St, Apt 3}, {CI|Hamtramck}.

MSE: Disheveled, good eye contact, psychomotor nl. Speech nl rate, mildly loud. Mood "pissed off." Affect irritable, reactive, congruent. TP linear, goal-directed. TC: no SI/HI, no delusions. No AH/VH, not responding to internal stimuli. Cognition: A&Ox4, attention intact (WORLD backwards). Insight partial, judgment fair.

Capacity: Pt can communicate a consistent choice, understands he has pancreatitis and that leaving risks worsening pain, dehydration, possible death; appreciates these apply to him; reasons about alternatives (offered f/u). At this time he HAS capacity to refuse ongoing hospitalization. Capacity is decision- and time-specific.

Impression: Irritability in the setting of pain, nicotine and early alcohol withdrawal, and situational stressor; no evidence of acute mania or psychosis.

Recs:
1. Nicotine patch 21 mg/day + gum PRN -- will likely help most.
2. Continue CIWA, thiamine 100 mg daily, folate; lorazepam per protocol.
3. Avoid further IM antipsychotics unless imminent danger.
4. SW to help with cousin's housing / dog -- pt may stay if this is addressed.
5. If leaves, provide Rx and f/u w/ {G|Riverside Community Mental Health}; restart lithium only after Cr, TSH reviewed.
Will follow.

{N|Miriam Feld}, MD -- C-L Psychiatry
""")

T("note06_heme", """
{G|Ozark Regional Cancer Institute} -- Hematology
{ST|4100 W. Sunshine Rd, Suite 210}
{CI|Springfield}, MO {Z|65807}
Tel {P|417-555-0133}  |  Fax {F|417-555-0139}

{D|April 18, 2024}

{N|Gregory T. Hale}, DO
{G|Hale Family Medicine}
{ST|PO Box 448}
{CI|Bolivar}, MO {Z|65613}

RE: {N|Rosalind Okonkwo-Pierce}     DOB: {D|12/02/1952}     Chart: {MRN|ORC-009124}

Dear Dr. {N|Hale},

Thank you for allowing me to continue to follow Mrs. {N|Okonkwo-Pierce} for her JAK2 V617F-positive polycythemia vera, diagnosed in {D|March 2021}. She was seen today accompanied by her husband, {N|Desmond}.

Since her last visit three months ago she has required two phlebotomies. She reports improved pruritus after warm showers but ongoing fatigue (MPN-SAF TSS 24). No thrombotic events, no erythromelalgia, no bleeding. She stopped aspirin for two weeks this winter for a dental extraction and resumed without issue.

Current regimen: hydroxyurea 500 mg twice daily, aspirin 81 mg daily.
Today: Hct 44.8%, Hgb 14.6, WBC 9.1, Plt 488, MCV 72. LDH 241. Spleen not palpable.

Assessment: High-risk PV (age > 60) with suboptimal hematocrit control on hydroxyurea 1 g/day, now with increasing phlebotomy requirement and iron deficiency symptoms. I have discussed ropeginterferon alfa-2b as an alternative; she would like time to consider, as she is caring for her sister after a stroke. We will increase hydroxyurea to 1,000 mg / 500 mg alternating and continue phlebotomy to keep Hct < 45%.

Plan:
1. Hydroxyurea alternating 1,000 / 500 mg daily; CBC every 4 weeks (can be drawn in your office -- results to fax above).
2. Phlebotomy 500 mL if Hct >= 45%.
3. Continue aspirin 81 mg.
4. Return visit {D|July 2024}, sooner if needed.

Please do not hesitate to call with questions.

Sincerely,

{N|Ingrid Solberg-Marsh}, MD
Hematology / Medical Oncology

cc: {N|Gregory T. Hale}, DO; patient (via portal)
""")

T("note07_onc", """
Thoracic Oncology -- Follow-up Visit                     {D|02/27/24}

ID: {N|Tran Thi Bich Ngoc} ("{N|Ngoc}"), 71F, never-smoker, EGFR exon 19 deletion NSCLC, stage IVA (malignant pleural effusion), dx {D|10/2022}. On osimertinib 80 mg daily since {D|11/3/22}.

Interval: Feels well. ECOG 1. Appetite ok, wt stable 48.2 kg. Mild paronychia R great toe -- using vinegar soaks. Grade 1 diarrhea 1-2x/week, loperamide PRN. No cough, dyspnea or new pain. No visual change.
Accompanied by son {N|Minh Tran}, who interprets (pt declined professional interpreter, documented). Daughter-in-law {N|Hope Tran} joined by phone.

Exam: thin, NAD. Decreased BS at L base (unchanged). Nail fold erythema R hallux, no abscess. No edema.

Data:
CT C/A/P {D|2/20/24}: stable small L pleural effusion, stable 1.1 cm LUL primary; no new lesions.
MRI brain {D|2/20/24}: no intracranial mets.
ECG: QTc 448 (prior 441). Echo {D|Nov 2023}: EF 60%.
CBC/CMP unremarkable; ANC 2.1.

A/P: Durable response (now ~16 mo) on first-line osimertinib.
- Continue osimertinib 80 mg daily
- Paronychia: topical clobetasol + mupirocin; derm referral if worsens
- CT + brain MRI q3 mo
- Discussed that at progression we'll re-biopsy / ctDNA for resistance mechanisms (C797S, MET amp); family aware
- RTC {D|5/28} with scans the week before

{N|Samuel K. Agyeman}, MD
Thoracic Medical Oncology
MRN {MRN|3390177-2}
""")

T("note08_transplant", """
KIDNEY TRANSPLANT CLINIC  |  POD 94
Recipient: {N|Khalid Al-Mansouri}      MRN: {MRN|TX-00518834}      DOB: {D|03 Sep 1968}
DDKT {D|06/11/2023} (L iliac fossa), donor KDPI 42%, cPRA 12%, CIT 14 h. UNOS ID {ID|BFK4471}. Induction thymoglobulin.
ESRD 2/2 IgA nephropathy, on HD 6 yrs prior at {G|Desert Sky Dialysis} in {CI|Tempe}.

Subjective: Doing well. Walking 2 miles daily. Mild tremor, no HA. Good UOP, no dysuria. Taking all meds; wife {N|Layla} fills pillbox weekly.

Meds: tacrolimus 3 mg BID, Myfortic 720 mg BID, prednisone 5 mg daily, Bactrim SS daily (until 6 mo), valganciclovir 450 mg daily (D+/R-, through 6 mo), amlodipine 5 mg.

Vitals: BP 128/79, HR 72, wt 81.6 kg (stable)
Graft: nontender, no bruit.

Labs today: Cr 1.31 (nadir 1.18), K 4.9, Mg 1.4, tac trough 7.8 (goal 8-10), WBC 4.2, ALC 0.4, BK PCR plasma neg, CMV PCR neg. UPCR 0.18. DSA ({D|9/5}) negative.

A/P:
1. S/p DDKT, stable graft function. Tac slightly below goal -> increase to 3.5 mg AM / 3 mg PM; repeat trough in 1 week.
2. Hypomagnesemia -- Mg oxide 400 mg BID.
3. Infection ppx as above. Influenza + COVID vaccines today.
4. Moved to {CI|Casa Grande} ({CO|Pinal County}) last month; lab draws OK at local site, orders faxed.
5. Medicare MBI {HP|1EG4-TE5-MK73} -- Part B immunosuppressant coverage confirmed.

RTC 4 wk. Pt and wife reachable at {P|+1 (602) 555-0193}.

{N|Beatriz Cunha}, PharmD, BCTXP
{N|Lev Abramovich}, MD, Transplant Nephrology
""")

T("note09_derm", """
Derm -- {N|Summer Kealoha}, 34 F -- {D|8/15/2023}

Ref by {N|Makoa Akana}, PA-C ({G|Leeward Oahu Community Health}) for changing mole L upper back.

Hx: noticed darker, "spreading" over ~4 months; occasional itch. No bleeding. Fitzpatrick III. Multiple blistering sunburns as a teen (surfing), no tanning beds. FHx: mother ({N|Leilani}) -- melanoma in situ age 50, father BCC.

Exam (FBSE, pt gowned, chaperone declined): ~60 nevi, most benign-appearing. L upper back 9 x 7 mm asymmetric macule, irregular borders, brown/black with regression area; dermoscopy -- atypical network, blue-white veil focally, irregular dots/globules. Others: scattered solar lentigines; 2 AKs dorsal hands.

Procedure: Shave (saucerization) biopsy L upper back after verbal/written consent; 1% lido w/ epi; hemostasis with AlCl. Specimen to derm path.

-- Addendum {D|8/21/2023}: Path ({ID|DP23-118842}): invasive melanoma, superficial spreading type, Breslow 0.6 mm, Clark level III, no ulceration, mitoses 1/mm2, deep margin clear, peripheral involved. pT1a.
Called pt w/ results at {P|808-555-0115}; she took it well, partner present.
Plan: WLE 1 cm margins -- scheduled {D|9/6}. SLNB not indicated for T1a without high-risk features. FBSE q3-6 mo x 2 yrs then q6-12. Sun protection, SPF 30+. Recommend mother and sibs get skin checks.

-- {N|A. Goldfarb}, MD
""")

T("note10_uro", """
UROLOGY CLINIC NOTE

Patient Name: {N|WILLIAMS, GRANT A}          DOB: {D|05-30-1949}          Age: 74
Visit Date: {D|01-09-2024}                   Provider: {N|Thaddeus Brennan}, MD

Reason for visit: Discuss prostate biopsy results.

HPI: Mr. {N|Williams} is a 74 y.o. gentleman with rising PSA: 4.1 ng/mL ({D|Jan 2022}) -> 5.3 ({D|Dec 2022}) -> 6.8 ({D|Nov 2023}). mpMRI prostate {D|11/28/23}: 0.9 cm PI-RADS 4 lesion L peripheral zone mid-gland, prostate volume 48 cc, PSA density 0.14. MRI/US fusion biopsy {D|12/14/23}: Gleason 3+4=7 (Grade Group 2) in 3/14 cores, max 40% core involvement, pattern 4 <10%; no cribriform or IDC. Remaining cores benign / HGPIN x1.

Urinary: IPSS 14/35, QoL 3. Nocturia x2. On tamsulosin 0.4 mg.
Sexual: SHIM 16/25.
PMH: CAD s/p PCI (2016), DM2, CKD 3a. Wife {N|Mary Lou} present.

Exam: NAD. DRE: ~45 g, smooth, L mid-lobe firmness, no nodules, not fixed.

Assessment: Favorable intermediate-risk prostate cancer (NCCN), cT1c, GG2, PSA 6.8.

Discussion (~30 min): options reviewed including active surveillance (reasonable given low-volume GG2, age, comorbidities), robotic radical prostatectomy, and EBRT +/- short-course ADT; Decipher genomic testing ordered to help decide. Side-effect profiles (incontinence, ED, bowel toxicity) reviewed. He and {N|Mary Lou} leaning toward radiation; referral to Dr. {N|Ezinne Obi}, Radiation Oncology, {G|Tidewater Cancer Center}, {CI|Norfolk}.

Plan:
- Decipher on biopsy specimen
- PSMA PET not indicated at this risk level
- Rad onc consult
- RTC 6 wk or after consult

{N|Thaddeus Brennan}, MD
""")

T("note11_ent", """
OTOLARYNGOLOGY -- NEW PATIENT
{N|Fatima Zahra Benali} | 52F | seen {D|March 12, 2024}
Referred by Dr. {N|Ortiz}, {G|Bayview Community Health Center}

CC: R ear fullness + "whooshing" in time with heartbeat x ~6 mo

HPI: Gradual R aural fullness with pulsatile tinnitus, worse lying on R side, now some difficulty on phone in that ear. No otalgia, otorrhea, vertigo. No HA or visual obscurations. No head trauma. Native French/Arabic speaker, excellent English.

PMH: HTN, hypothyroidism (on levothyroxine 75 mcg). No prior ear surgery.

Exam:
R ear -- intact TM with red-purple retrotympanic mass in anteroinferior quadrant, mass blanches with positive pneumatic pressure (Brown sign +). No effusion.
L ear -- normal.
Weber lateralizes R. Rinne R: AC > BC (equivocal), L: AC > BC.
CN II-XII intact; no facial weakness (HB I/VI).
Neck: no masses. No bruit over R mastoid.
Flexible laryngoscopy: normal, mobile VF bilat.

Audiogram ({D|3/1/24}): R mild conductive HL 500-2000 Hz, ABG 15-20 dB; L normal. Tymps type A bilat. WRS 96% R, 100% L.

Impression: R retrotympanic vascular mass -- most c/w glomus tympanicum (paraganglioma), Glasscock-Jackson I vs II. DDx aberrant ICA, dehiscent jugular bulb.

Plan:
- CT temporal bone w/o contrast + MRI IAC/skull base w/ gad
- Plasma free metanephrines
- Ask about FHx paraganglioma / SDHx genetic counseling
- RTC after imaging to discuss transcanal excision vs observation
Pt prefers email for scheduling: {E|fz.benali@ruralmail.net}

{N|Declan Ó Briain}, MD
""")

T("note12_neuro", """
NEUROLOGY CONSULT -- CODE STROKE
Tue {D|10/17/2023} 14:20
Requested by: {N|Ayesha Siddiqui}, MD (Hospital Medicine)
Pt: {N|Ray Delgado}, 66M     MRN {MRN|M88129401}

HPI: LKW 0930 per wife {N|Carmen}, who found him at 1340 on the bathroom floor unable to speak, R arm "not working." Pt admitted yesterday for cellulitis. Hx AFib on apixaban (last dose 2100 last night per MAR -- held this AM for possible I&D), HTN, DM2.

Exam: BP 172/94, HR 88 irreg, BG 164.
Awake, follows midline but not appendicular commands. Expressive > receptive aphasia, naming 1/6. L gaze preference, crosses midline with OCR. R lower facial droop with forehead sparing (not Bell's). R arm drift to bed in < 10 s, R leg drift, no vertical drop. Babinski up R.
NIHSS: 1a 0, 1b 1, 1c 1, 2 1, 3 0, 4 2, 5b 3, 6b 2, 7 0, 8 1, 9 2, 10 1, 11 0 = 14

Imaging: CTH -- ASPECTS 8 (insular, M5). CTA -- L M1 distal / proximal M2 superior division occlusion. CTP: core 14 mL, penumbra 92 mL.

Assessment: Acute L MCA ischemic stroke, LVO, 4h50m from LKW. On DOAC < 48 h (last dose ~17 h prior) -> not a candidate for IV thrombolysis.
Plan:
- Emergent thrombectomy: not available in-house this afternoon; accepted by {G|Sierra Vista Comprehensive Stroke Center} (transfer center ref #{ID|TC-2023-55817}), ETA by air 35 min.
- BP goal < 185/110 pre-EVT
- NPO, bedside swallow once stable
- Hold apixaban
- Wife updated at bedside; consented to transfer. Daughter {N|Alma Delgado-Ruiz} notified by phone.

{N|Wen-Li Zhou}, MD -- Vascular Neurology
""")

T("note13_geri", """
HOME-BASED PRIMARY CARE -- GERIATRICS HOME VISIT
Date of visit: {D|January 9th, 2024}
Patient: {N|Evangeline Marchetti}, {A|94} y.o. female
Address: {ST|212 Larkspur Lane}, {CI|Braintree}, MA {Z|02184}
Present: pt; daughter {N|Lucia Marchetti-Greene} (68, lives in the downstairs unit); HHA from {G|Caring Hands Home Health}.

Reason: routine 8-week visit; daughter concerned about 2 falls since {D|Dec 20}.

Falls: 1st -- slid off edge of bed reaching for slippers at night; 2nd -- in bathroom, tripped on bath mat, no LOC, no head strike, got up with help. Uses rollator inside "most of the time."
Other: appetite fair, eats 2 meals/day plus Ensure; wt 51.3 kg (down 1.4 kg over 3 mo). Sleeping in recliner more. Denies CP, SOB. Occasional urge incontinence.

Meds (reviewed bottles with daughter): amlodipine 5 mg, furosemide 20 mg, levothyroxine 50 mcg, donepezil 5 mg, calcium/D, acetaminophen 650 mg TID PRN, and diphenhydramine 25 mg qhs OTC (daughter unaware -- pt buys at pharmacy).

Exam: BP 112/64 seated, 96/58 standing at 1 min with lightheadedness. HR 74. Frail, pleasant, hard of hearing (hearing aids not in). Heart RRR, soft SEM. Lungs clear. Trace ankle edema. Skin: healing skin tear L forearm. TUG 21 s with rollator. MoCA 19/30 (prior 20/30 in {D|6/2023}).

Home safety: loose bath mat, no grab bars, poor lighting in hallway, cat.

A/P:
1. Recurrent falls -- multifactorial: orthostasis, anticholinergic, nocturia, environmental.
   - STOP diphenhydramine (Beers); melatonin 3 mg if needed
   - Reduce furosemide to 20 mg every other day; recheck BMP in 2 weeks
   - HH PT/OT referral for home safety eval, grab bars, night lights
2. Mild neurocognitive disorder -- stable; continue donepezil.
3. Wt loss -- add 2nd supplement; dental check (ill-fitting dentures).
4. ACP: MOLST completed {D|11/2022} -- DNR/DNI, limited interventions; reaffirmed today. HCP = {N|Lucia}.

Social: Her sister {N|Philomena} is {A|97} and lives at {G|St. Anne's Residence} in {CI|Quincy}; pt would like a visit -- daughter arranging.

Next visit 6 weeks, sooner prn. Daughter has on-call line.

{N|Naomi Brightwater}, NP-C, GNP-BC
""")

T("note14_eddc", """
{G|Eastside General Hospital} -- Emergency Department
DISCHARGE INSTRUCTIONS

Name: {N|Jaylen Carter}                     Age: 15
Visit #: {AC|E240518-0073}                   Date of visit: {D|May 18, 2024}
You were seen by: {N|Marisol Echeverría}, PA-C, and Dr. {N|Nathaniel Osei}

YOUR DIAGNOSIS
- Buckle (torus) fracture of the left wrist (distal radius)

WHAT WE DID
- X-rays of your left wrist
- Placed a removable wrist splint

WHAT TO DO AT HOME
- Wear the splint at all times except for bathing, for 3 weeks.
- Ice 20 minutes at a time, 3-4 times a day for the first 2 days. Keep the arm raised on pillows.
- For pain: ibuprofen (Motrin/Advil) 400 mg every 6 hours as needed with food, and/or acetaminophen (Tylenol) 500 mg -- take 2 tablets every 6 hours as needed. Do not take more than 8 regular-strength Tylenol in 24 hours.
- No sports, gym, or skateboarding until cleared.

FOLLOW-UP
- Call {G|Eastside Orthopedic Associates} at {P|(215) 555-0147} to be seen in 5-7 days. Tell them you were seen in our ED.
- Your primary care doctor: Dr. {N|Kim} -- see within 2 weeks.

COME BACK TO THE ED RIGHT AWAY IF:
- Fingers become numb, cold, blue or very swollen
- Pain gets much worse even after medicine
- The splint feels too tight and loosening it does not help

School note: {N|Jaylen} may return to school on {D|5/20}; no gym until cleared by orthopedics.

Discharged to: mother ({N|Tasha Carter}), who verbalized understanding.
View your results online: {U|https://mychart.eastsidegeneral.org}
""")

T("note15_nursing", """
RN SHIFT NOTE  1900-0700  {D|03/03}-{D|03/04}
Rm 5114-A. Pt {N|Dorota Kowalczyk}, 79F, POD 2 R TKA. A&Ox4, pleasant, primarily Polish-speaking; daughter {N|Agnieszka} translates for casual conversation, phone interpreter used for med teaching (interpreter #{ID|PL-30981}).

Neuro: intact, no confusion overnight. CAM neg.
Pain: 6/10 at 2130 -> oxycodone 5 mg PO @ 2200 -> 3/10 at 2300. Ice machine on. Slept 0000-0445.
CV: NSR 70s-80s on tele, BP 130s/70s. Pedal pulses 2+ bilat, cap refill < 3 s.
Resp: RA, 95-97%. IS 1000 mL x10/h while awake.
GI/GU: tolerating reg diet. +flatus, no BM since {D|3/1} -> senna given. Foley d/c'd 0600, due to void by 1200.
Skin: Aquacel dressing R knee C/D/I. Braden 17. Heels floated.
Mobility: up to chair with PT yesterday; RW, SBA x1 to BR overnight. Bed alarm on. CPM 0-70 deg x 2 h.
VTE: enoxaparin 40 mg SQ @ 2100. SCDs on.

Family: daughter called at 0130 for update, given after pt gave verbal OK. Son-in-law {N|Mark Brzezinski} will drive her home at discharge -- contact {P|(773) 555-0182}.
Safety: call light in reach, non-skid socks, fall risk band on.

Plan: d/c home with HH PT anticipated tomorrow if voids and clears stairs.
-- {N|T. Okafor}, RN
""")

T("note16_transfer", """
INTERFACILITY TRANSFER SUMMARY

FROM: {G|Saint Mercy Hospital of the Plains}, {CI|Garden City}, KS
TO:   {G|Prairie Rose Skilled Nursing & Rehab}, {ST|900 N. Campus Dr}, {CI|Dodge City}, KS {Z|67801}

Patient: {N|Hollis Pearl Redbird}     DOB: {D|1931-08-19} ({A|92} yo)     MRN: {MRN|SMH4481902}
Medicare: {HP|7TR2-WQ1-PP48}     KanCare ID: {HP|KC0031928846}
Admitted: {D|2/11/2024}     Transfer: {D|2/16/2024}
Attending: {N|Pavel Horak}, MD     Accepting: Dr. {N|Sunita Menon} (medical director)

Principal dx: L intertrochanteric hip fracture, s/p IM nail {D|2/12/2024}.
Secondary: HFpEF, AFib (rate controlled, on apixaban -- resumed POD1), CKD 3b (Cr 1.6, bl 1.5), post-op delirium (resolved {D|2/14}), mild anemia (Hgb 9.4).

Hospital course: Mechanical fall at home. Uncomplicated nail under spinal anesthesia. Brief delirium POD1-2 managed w/ reorientation, sleep hygiene, no antipsychotics. PT: WBAT, stand-pivot with FWW mod A x1, ambulated 15 ft. Foley removed POD1, voiding. Last BM {D|2/15}.

Meds at transfer:
- apixaban 2.5 mg BID (age > 80 + Cr > 1.5)
- metoprolol succinate 25 mg daily
- furosemide 20 mg daily
- acetaminophen 1 g TID
- oxycodone 2.5 mg q6h PRN severe pain (used x1 in 24 h)
- senna 2 tabs qhs; PEG 17 g daily PRN
- vitamin D3 2000 units daily

Wound: staples L hip, remove ~POD14 ({D|2/26}). Dressing dry.
Code: DNR/DNI per POLST (copy attached). Agent under DPOA: daughter {N|Verna Redbird-Toledo}, {P|620-555-0108}. Son {N|Curtis Redbird} (66) also involved.
Transport: {CO|Finney County} EMS, BLS, departed 1130.

Follow-up: Ortho clinic (Dr. {N|Horak}) 2 wk, x-ray on arrival. Phone {P|620.555.0100}.

{N|Pavel Horak}, MD
""")

T("note17_school", """
{G|Magnolia Pediatrics & Adolescent Medicine}
{ST|3320 Old Spanish Trail}, {CI|Houston}, TX {Z|77021}  *  {P|713-555-0156}  *  fax {F|713-555-0157}

{D|September 5, 2023}

To: School Nurse, {G|Bayou Bend Elementary School}
RE: {N|Amara Nwosu}     DOB: {D|02/11/2016}     Grade 2

To the school nurse and teachers,

{N|Amara} has type 1 diabetes, diagnosed in {D|June 2022}. She uses an Omnipod 5 insulin pump (PDM serial {DV|PDM-40017723}) with a Dexcom G7 continuous glucose monitor. Please allow the following at school:

1. Glucose checks: CGM readings may be checked on her phone or PDM at any time, including in class and during tests. Confirm with a fingerstick if symptoms do not match the CGM or if CGM reads below 70 or above 300.
2. Low (below 70 mg/dL): give 15 g fast carbs (4 oz juice or 4 glucose tabs); recheck in 15 minutes; repeat if still below 70. If unconscious or unable to swallow: give Baqsimi 3 mg intranasally, call 911 and parents.
3. Meals: insulin-to-carb ratio 1 unit : 15 g at lunch; she enters carbs in the PDM with adult supervision. Correction factor 1 : 75 above 150.
4. High (above 250 for more than 2 hours): check ketones; if moderate or large, call parents; water and bathroom access as needed.
5. Allow unrestricted access to water, bathroom and the nurse's office; allow her to carry her supplies.
6. PE and recess are encouraged; check before activity.

Parent contact: mother, {N|Chiamaka Nwosu}, {P|832-555-0121}.

Please call our office with any questions.

Sincerely,
{N|Lauren Pike}, MD, FAAP
""")

T("note18_employer", """
{G|Three Rivers Occupational Health}
{D|10/02/2023}

To Whom It May Concern:

{N|Bill Nakashima-Ford} (employee ID {ID|E-00781533}) was evaluated in our clinic today for a work-related left shoulder strain that occurred on {D|9/28/2023}.

He may return to work on {D|10/9/2023} with the following temporary restrictions for 4 weeks:
- No lifting, pushing or pulling more than 15 lb with the left arm
- No overhead reaching with the left arm
- May use right arm without restriction
- 10-minute break every 2 hours for home exercises

He will be re-evaluated in our office on {D|10/30}. Restrictions may be lifted sooner if he progresses with physical therapy.

If modified duty is not available, he should remain off work until re-evaluation.

Questions may be directed to our case coordinator, {N|Renée Gagnon}, at {P|412-555-0166}, or by fax to {F|412-555-0160}.

{N|Oscar Lindahl}, DO
Occupational Medicine
""")

T("note19_disability", """
ATTENDING PHYSICIAN STATEMENT OF DISABILITY

PART A -- CLAIMANT (completed by employee)
Name (Last, First, MI): {N|Oyelaran, Funmilayo A}
SSN: {SSN|412-55-0917}          Date of birth: {D|11/23/1974}
Claim number: {ID|LTD-7720-3384}          Group policy no.: {HP|GRP0048812}
Home address: {ST|6617 Wexford Ct}, {CI|Sylvania}, OH {Z|43560}

PART B -- ATTENDING PHYSICIAN
1. Diagnosis: Primary: G35 Multiple sclerosis, relapsing-remitting. Secondary: F33.1 Major depressive disorder, recurrent, moderate; R53.83 fatigue.
2. Date symptoms first appeared: {D|03/2019}     Date of diagnosis: {D|06/14/2019}
3. Date patient last worked: {D|01/05/2024}     Date you first treated: {D|07/2019}     Most recent visit: {D|01/25/2024}
4. Objective findings: MRI brain {D|12/18/2023} -- 3 new T2 periventricular lesions, 1 enhancing. EDSS 4.0. 25-foot timed walk 9.8 s (prior 6.1 s). SDMT 38 (prior 51). Relapse {D|Dec 2023} treated with IV methylprednisolone 1 g x 5 days.
5. Treatment: transitioned to ocrelizumab (first infusion {D|2/7/24}); PT; modafinil 100 mg AM; sertraline 100 mg.
6. Restrictions: no standing > 15 min, no walking > 100 ft without assistive device, no driving commercially, no work > 4 h/day. Cognitive: cannot sustain tasks requiring rapid processing.
7. Is patient totally disabled from own occupation (ICU charge nurse)? YES. Any occupation? NO -- sedentary part-time may be possible after recovery.
8. Expected return to work: reassess {D|05/01/2024}.

Physician: {N|Nikolai Petrov}, MD (Neurology)
NPI {ID|1548263097}     State license {LIC|35.067214}
{G|Great Lakes MS Center}, {ST|2250 Ellsworth Ave}, {CI|Toledo}, OH {Z|43620}
Phone {P|419.555.0161}     Fax {F|419.555.0169}
Signature: [signed electronically]     Date: {D|1/29/24}
""")

T("note20_acp", """
ADVANCE CARE PLANNING NOTE
Face-to-face ACP discussion, 37 minutes (CPT 99497), {D|12/12/2023}.

Participants: Patient {N|Ernesto Villanueva} ("{N|Neto}," age 81); wife {N|Imelda} (79); daughters {N|Faith Villanueva-Cruz} and {N|Grace Villanueva}; Chaplain {N|Tomasz Wierzbicki}; myself. Son {N|Rafael} joined by video from {CI|San Antonio}.

Context: Metastatic pancreatic adenocarcinoma, progressed on second-line gemcitabine/nab-paclitaxel; ECOG now 3. Admitted this week with cholangitis, stent exchanged.

Understanding: Mr. {N|Villanueva} says "the cancer is winning." He understands further chemo is unlikely to help. Wife tearful but says she "knew since summer."
Values / what matters most: being at home with family; seeing his granddaughter's quinceañera in about two months; not being "hooked to machines." His faith is very important -- Catholic; wants sacrament of the sick (chaplain to arrange). He said his mother lived to {A|102} and "went peacefully at home, that's what I want."
Fears: pain, being a burden, dying in the ICU.

Decisions:
- Code status: DNR/DNI (changed from Full). MOLST/POLST completed and signed.
- Healthcare agent: daughter {N|Faith Villanueva-Cruz} (HCP form witnessed today); alternate {N|Grace Villanueva}.
- Goals: comfort-focused; would accept antibiotics and stent procedures if they help him get home; no ICU transfer, no dialysis, no feeding tube.
- Referral to home hospice -- family agrees; will meet liaison tomorrow.

Documents scanned to media tab {D|12/12/2023}. Copies given to family.

{N|Renata Oduya}, MD -- Palliative Medicine
""")

T("note21_cards", """
ELECTROPHYSIOLOGY DEVICE CLINIC -- IN-PERSON INTERROGATION
{N|Thomas Aloysius Flanagan} | MRN {MRN|4410938} | {D|14 Feb 2024}

Indication: Sick sinus syndrome w/ symptomatic pauses (max 5.2 s).
Device: Medtronic Azure XT DR MRI SureScan, model W1DR01, SN {DV|RNB612847S}; implanted {D|08/2019} at {G|St. Brendan's Heart Institute} by Dr. {N|Aoife Keane}.
Leads: RA 5076-52 cm SN {DV|PJN3419876}; RV 5076-58 cm SN {DV|PJN3422015}.

Interrogation:
Battery: 3.01 V, longevity ~8.1 y
Mode: AAI<=>DDD (MVP), LRL 60, UTR 130
RA: P 3.2 mV, imp 456 ohm, threshold 0.625 V @ 0.4 ms
RV: R 11.8 mV, imp 532 ohm, threshold 0.75 V @ 0.4 ms
Pacing: AP 34%, VP < 0.1%
Episodes: AHRE burden 0.4%, longest 3 min 12 s ({D|1/22/24}), EGMs reviewed -- true AF. No VHR.
No changes made. Final settings = initial.

CHA2DS2-VASc 3 (age 70, HTN, DM). AHRE < 6 min; no anticoagulation per ARTESiA/NOAH discussion, shared decision with pt and wife {N|Bernadette}. Will re-address if burden rises.

Remote monitoring: CareLink via MyCareLink Heart app, q91d transmissions; last {D|11/20/23} normal.
MRI conditional -- full system.
F/u: remote q3 mo, in-clinic 1 yr.

{N|Marguerite Osei-Bonsu}, MD, FHRS
""")

T("note22_peds", """
9 MONTH WELL CHILD CHECK
{N|Mateo Ruiz-Halvorsen}     DOB {D|6/3/23}     Visit {D|3/7/24}
Here with mom {N|Ingrid Halvorsen} and abuela {N|Pilar}.

Concerns: snoring when congested; mom asks about whole milk and peanut.

Diet: BF 4-5x/day + 2-3 meals of purées/soft table food; iron-fortified cereal. Peanut introduced at 6 mo, tolerated, given ~3x/week. Sippy cup with water.
Elim: 6-8 wet diapers, soft stool daily.
Sleep: 1 night waking, own crib, back to sleep.
Dev: sits w/o support, pulls to stand, cruising; pincer emerging; "mama/dada" nonspecific, babbles; waves bye-bye; stranger anxiety. ASQ-3: all domains above cutoff.
Growth: wt 8.9 kg (52%), length 72 cm (60%), HC 44.5 cm (55%).

Exam: well, interactive. AFOF 1.5 cm. Red reflex +bilat. TMs clear. 2 lower incisors. Heart RRR, no murmur. Hips stable, Ortolani/Barlow neg. Normal male GU, testes descended bilat. Skin: small cafe-au-lait spot R thigh (1 only, < 0.5 cm).

Labs: Hgb 11.4. Lead risk questionnaire neg.
Immunizations: influenza #2 today. Catch-up none needed.

A/P: Healthy 9 mo, growing and developing well.
- Whole milk at 12 mo; limit 16-24 oz/day
- Dental home: referred to {G|Smile Bright Kids Dental} on {ST|Hennepin Ave}, {CI|Minneapolis}
- Home safety: gates, outlet covers, poison control, car seat rear-facing
- Snoring only w/ URIs -- observe
- Next WCC at 12 mo (~{D|June 2024}): MMR, varicella, HepA, lead/Hgb

{N|Amy Chen}, MD
""")

T("note23_sw", """
SOCIAL WORK PSYCHOSOCIAL ASSESSMENT
{D|05/13/2024} 1430     Unit: 7 West, rm 722

Pt: {N|Denise Montgomery} (prefers "{N|Dee}"), 46F, admitted {D|5/10} for DKA. Referral from primary team for housing instability and med access.

Living situation: Currently staying at {G|Hope Harbor Women's Shelter}, {ST|77 Wentworth Street}, {CI|Charleston}; shelter requires check-in by 1900, which she missed twice due to ED visits. Previously rented at {ST|418 Ashley Oaks Dr, Unit B}, {CI|North Charleston} until eviction in {D|Feb 2024}. Shelter case manager {N|Keisha Lane} ({P|843-555-0172}) confirmed bed is held until {D|5/15}.

Income/benefits: Lost job as home health aide four months ago. SSDI application submitted {D|3/2024}, pending. SC Medicaid active, ID {HP|1029384756}. SNAP active.

Med access: Insulin stolen at shelter twice. Has no glucometer. Cannot refrigerate insulin at shelter -- CM says they can store in staff fridge with label.

Family: Son {N|Hunter} (16) lives with paternal grandmother in {CI|Summerville} ({CO|Dorchester County}); pt sees him on weekends. Sister {N|Carla Jean Montgomery-Rhodes} in {CI|Florence} is supportive but "has her own problems."

Mental health: PHQ-2 positive (4). Pt tearful, endorses hopelessness, denies SI. Not connected w/ BH.

Strengths: motivated, articulate, good relationship w/ son, knows shelter staff.

Plan:
1. Coordinate with {N|Keisha Lane} re: insulin storage; request bed hold extension.
2. Med-to-bed delivery of insulin pens + meter + supplies prior to d/c; 340B pricing via {G|Lowcountry Community Health} pharmacy.
3. Referral to {G|Lowcountry Community Health} for PCP and integrated BH.
4. Apply for rapid rehousing through coordinated entry; intake # {ID|CE-88213}.
5. Bus passes x2.

{N|Gabrielle Sutton}, LMSW
Ext. 4-2210 / pager via operator
""")

T("note24_ortho", """
OPERATIVE REPORT

Date of Surgery: {D|07/23/2023}
Patient: {N|Bryce Kalani Fonoti}     MRN: {MRN|HK-0723394}     Age 57
Surgeon: {N|Helena Vukovic}, MD
Assistant: {N|Jared Young}, PA-C
Anesthesia: {N|Chidi Eze}, MD -- spinal + IV sedation

Preoperative diagnosis: Right hip primary osteoarthritis (Kellgren-Lawrence 4)
Postoperative diagnosis: Same
Procedure: Right total hip arthroplasty, posterior approach

Implants:
- Acetabular shell 54 mm, cluster-hole, lot {DV|64213977}
- Highly cross-linked poly liner 36 mm ID, 10-degree lip, lot {DV|2H8841}
- Cancellous screw 6.5 x 25 mm x1, lot {DV|51190A2}
- Femoral stem size 11, standard offset, lot {DV|M7712045}
- CoCr head 36 mm +1.5, lot {DV|2X99104}

Indications: 57 y/o M with end-stage R hip OA failing > 1 yr of conservative management, limiting work and sleep. Risks/benefits/alternatives discussed, consent signed.

Description: Pt identified in pre-op holding; site marked. Spinal placed by anesthesia. Lateral decubitus on pegboard, bony prominences padded, axillary roll. Ancef 2 g and TXA 1 g IV prior to incision. Time-out performed. Standard posterior approach; short external rotators and capsule tagged. Femoral neck osteotomy 1 cm above lesser trochanter. Acetabulum reamed sequentially to 53 mm; 54 mm shell impacted at ~40 deg abduction / 20 deg anteversion with excellent press-fit, one screw placed in posterosuperior quadrant. Liner seated. Femur broached to size 11; trial reduction with +1.5 head -- stable to 90 deg flexion / 30 deg IR, no impingement, leg lengths equal by palpation and fluoro. Final components implanted. Capsule and ER repaired through drill holes. Layered closure, 0 Vicryl / 2-0 Vicryl / staples. Aquacel dressing.

EBL 350 mL. Fluids 1.5 L. UOP not measured (no Foley). Complications: none. Counts correct x2.
Disposition: PACU, stable. WBAT, posterior hip precautions x 6 wk, ASA 81 BID x 35 d.

{N|Helena Vukovic}, MD
Dictated {D|7/23/23} 15:42  Transcribed {D|7/24/23} 08:10  Job # {ID|7713402}
""")

T("note25_dcsum", """
DISCHARGE SUMMARY

Patient: {N|Ahmad Reza Tehrani}          MRN: {MRN|60-11-4837}          Encounter: {AC|IP2023081400227}
Admission: {D|08/02/2023}     Discharge: {D|08/07/2023}     LOS 5 d
Attending: {N|Charlotte Dubois-Mensah}, MD (Hospital Medicine, Team 4)
PCP: {N|Imran Qureshi}, MD -- {G|Valley Forge Internal Medicine}, {P|610-555-0148}

DIAGNOSES
Principal: Spontaneous bacterial peritonitis
Secondary: Decompensated alcohol-associated cirrhosis (Child-Pugh C, MELD-Na 24 on admission -> 19); hepatic encephalopathy grade 2 (resolved); AKI (HRS-AKI excluded, prerenal); hyponatremia; alcohol use disorder, in early remission (last drink {D|6/30/2023})

HISTORY / COURSE
62 y/o man with cirrhosis (dx 2021, EGD {D|4/2023} with small varices, no red wale signs) presenting with 3 d of confusion, abdominal distention and low-grade fever. Wife {N|Shirin} noted he was sleeping 16 h/day and had missed lactulose doses.

1. SBP: diagnostic paracentesis -- PMN 612/uL, cx grew E. coli (pan-S except ampicillin). Ceftriaxone 2 g daily x 5 d; albumin 1.5 g/kg D1, 1 g/kg D3. Repeat para D3: PMN 98. Transitioned to ciprofloxacin 500 mg daily for secondary ppx.
2. HE: lactulose titrated to 3 soft BMs/day + rifaximin 550 mg BID. West Haven grade 2 -> 0 by D3.
3. AKI: Cr 1.9 (bl 1.0) -> 1.1 after albumin and holding diuretics. Diuretics resumed at reduced dose on D4.
4. Ascites: therapeutic para 4.2 L on D4 with albumin 8 g/L removed. Sodium restriction 2 g.
5. AUD: no withdrawal signs. Motivated. Seen by addiction consult; started acamprosate 666 mg TID. Liver transplant evaluation referral to {G|Penn Hepatology & Transplant Institute} -- pt/wife agreeable.

DISCHARGE MEDS
- lactulose 20 g PO TID, titrate to 2-3 BM/day (CHANGED)
- rifaximin 550 mg PO BID (NEW)
- ciprofloxacin 500 mg PO daily (NEW)
- acamprosate 666 mg PO TID (NEW)
- spironolactone 50 mg daily (DECREASED from 100)
- furosemide 20 mg daily (DECREASED from 40)
- propranolol 10 mg BID (unchanged)
- STOP: omeprazole (SBP risk), ibuprofen

PENDING: none.
FOLLOW-UP
- PCP Dr. {N|Qureshi} -- {D|Aug 14} 10:40 (BMP, CBC)
- Hepatology, Dr. {N|Xiomara Beltrán} -- {D|8/22/23} 2:15 PM, {ST|3400 Spruce St, 2nd floor}, {CI|Philadelphia}
- Paracentesis clinic as needed: {P|215-555-0193}

Condition at discharge: stable, alert/oriented x3, ambulating independently. Discharged home with wife.

{N|Charlotte Dubois-Mensah}, MD     Signed {D|08/07/2023} 17:03
cc: {N|Imran Qureshi}, MD; {N|Xiomara Beltrán}, MD
""")

T("note26_rad", """
EXAM: CT ABDOMEN AND PELVIS WITH IV CONTRAST
ACCESSION: {ID|CT24031188457}          MRN: {MRN|2299104}
PATIENT: {N|MOSES, EZEKIEL R}          DOB: {D|1957-02-28}          SEX: M
ORDERING PHYSICIAN: {N|PATEL, NIRAV}
EXAM DATE/TIME: {D|03/11/2024} 16:42
LOCATION: {G|Brookhaven Medical Center} ED

CLINICAL HISTORY: LLQ pain, fever, WBC 15.

TECHNIQUE: Axial CT images of the abdomen and pelvis after 100 mL Omnipaque 350 IV. Coronal and sagittal reformats. DLP 612 mGy-cm.

COMPARISON: CT A/P {D|09/02/2021} ({G|Brookhaven Imaging Center}).

FINDINGS:
Lower chest: Bibasilar dependent atelectasis.
Liver: 8 mm hypodensity segment 7, too small to characterize, unchanged since 2021 -- likely cyst.
Gallbladder/biliary: Cholelithiasis. No biliary dilation.
Pancreas, spleen, adrenals: Unremarkable.
Kidneys: Symmetric enhancement. 1.4 cm L lower pole simple cyst (Bosniak I). No hydronephrosis.
Bowel: Diverticulosis of descending and sigmoid colon. Segmental wall thickening of the proximal sigmoid (~6 cm) with pericolonic fat stranding centered on an inflamed diverticulum. Small amount of extraluminal gas adjacent to the diverticulum (within 5 mm). No abscess. No free air beyond the pericolic region. Appendix normal.
Bladder/pelvis: Unremarkable; prostate 4.5 cm.
Vessels: Moderate aortoiliac atherosclerosis; no aneurysm.
Bones: L4-5 degenerative changes. No suspicious osseous lesion.

IMPRESSION:
1. Acute sigmoid diverticulitis with tiny locules of pericolic gas, consistent with localized microperforation (modified Hinchey Ia). No abscess.
2. Cholelithiasis without cholecystitis.
3. Unchanged hepatic and renal cysts; no follow-up required.

Findings discussed with Dr. {N|Patel} by telephone at 17:05 on {D|3/11/2024}; read-back confirmed.

Electronically signed: {N|Ruth Abernathy}, MD -- {D|03/11/2024} 17:11
""")

T("note27_path", """
SURGICAL PATHOLOGY REPORT

Case #: {ID|S24-04471}                  Received: {D|01/16/2024}          Reported: {D|01/19/2024}
Patient: {N|Lindqvist-Ahn, Sofia}       MRN: {MRN|7720391}                DOB: {D|Aug 30, 1985}
Submitting physician: Dr. {N|Gabriel Ferreira}, {G|Coastal Endocrine Surgery}
Copy to: {N|Wanjiru Kamau}, MD (Endocrinology)

CLINICAL HISTORY: 38F, Bethesda V nodule R lobe (FNA {ID|C23-9912}), background Hashimoto thyroiditis.

SPECIMEN:
A. Thyroid, total thyroidectomy (stitch marks R superior pole)
B. Lymph node, R central compartment

GROSS: A. Received fresh, a 24 g thyroid, R lobe 5.2 x 2.1 x 1.8 cm, L lobe 4.8 x 1.9 x 1.5 cm, isthmus 1.2 cm. R mid-lobe: a 1.8 x 1.4 x 1.3 cm firm, white, infiltrative nodule, 0.2 cm from the posterior capsule. Representative sections A1-A14. B. Two tan lymph nodes 0.4 and 0.7 cm, entirely submitted B1.

MICROSCOPIC / DIAGNOSIS:
A. Thyroid, total thyroidectomy:
- Papillary thyroid carcinoma, classic subtype, 1.8 cm, R lobe
- Margins negative (closest 0.2 mm, posterior)
- No extrathyroidal extension; lymphovascular invasion not identified
- Background chronic lymphocytic (Hashimoto) thyroiditis
- Parathyroid tissue: one incidental normal parathyroid gland
B. Lymph nodes, R central: metastatic PTC in 1 of 2 (0.15 cm, no ENE)

pTNM (AJCC 8th): pT1b pN1a
Ancillary: Block A4 sent for BRAF V600E testing (send-out); will be reported in addendum.

{N|Olumide Bankole}, MD, Pathologist
I have personally examined the slides and rendered this diagnosis.
""")

T("note28_pharm", """
CLINICAL PHARMACIST NOTE -- ANTICOAGULATION CLINIC (telephone)
{D|April 2nd, 2024}

Pt: {N|Kateryna Melnyk}, 59F, DOB {D|9/9/1964}. Indication: mechanical MVR (On-X, 2019) + AF. Goal INR 2.5-3.5.
Warfarin regimen: 7.5 mg Mon/Wed/Fri, 5 mg other days (weekly 42.5 mg).

INR today (POC, drawn at {G|Westgate Anticoagulation Clinic}): 1.8 -- SUBtherapeutic.
Contributing: started eating large salads w/ spinach/kale daily ("diet for my knees"); 1 missed dose Saturday. No new meds. No bleeding, no stroke/TIA sx.

Also note: new outside Rx for tramadol 50 mg q6h PRN knee pain from Dr. {N|Victor Lin} ({G|Summit Orthopedics}, DEA {LIC|BL4829157}) filled {D|3/28}. PDMP query today: 1 prescriber, 1 pharmacy, no red flags. Tramadol may potentiate warfarin -- counselled.

Plan:
- Boost: 10 mg today, then 7.5 mg daily except 5 mg Sun (weekly 50 mg, +17%)
- Consistent vitamin K intake: keep the salads but same amount daily
- Enoxaparin bridge not needed (INR 1.8, no recent events) -- discussed with Dr. {N|Halima Yusuf} (cardiology), agrees
- Recheck INR {D|4/5}
- Called Dr. {N|Lin}'s office to relay warfarin interaction; left msg on nurse line {P|(303) 555-0137}

Pt verbalized understanding, teach-back done. Husband {N|Oleksandr} on speaker.
{N|Dana Whitehorse}, PharmD, CACP
""")

T("note29_pt", """
OUTPATIENT PHYSICAL THERAPY -- INITIAL EVALUATION
Patient: {N|Priyanka Venkataraman}     DOB: {D|01.27.1990}     Date of eval: {D|10/23/2023}
Referring: {N|Jonah Abrams}, MD (Sports Medicine)     Dx: R ACL reconstruction (BTB autograft) {D|10/10/2023}; M25.561
Auth #: {ID|AUTH-5593014}, 20 visits approved through {D|12/31/2023}
Insurance member ID: {HP|XGW993100284}

Subjective: 33 yo F, recreational soccer player, non-contact pivot injury {D|8/19}. Surgery at {G|Northshore Ambulatory Surgery Center} without complication. Pain 3/10 at rest, 6/10 after stairs. Goals: return to running by spring, soccer by fall.

Objective:
Gait: bilat axillary crutches, WBAT in hinged brace locked 0-90, step-to pattern
Incisions: healing, steri-strips, mild warmth, no drainage
Effusion: 2+ (stroke test)
ROM R knee: 0 (ext) -- 4 deg lag active; flexion 88 deg AROM / 95 PROM
Strength: quad set poor, SLR w/ 10 deg extensor lag; hip abd 4/5, hamstrings deferred
Patellar mobility: reduced superior glide
Special tests: deferred (post-op)

Assessment: Pt presents with expected post-op deficits following ACL-R -- quad inhibition, effusion, limited flexion. Good prognosis.

Plan: 2x/wk x 12 wk. NMES for quads, patellar mobs, heel slides, prone hangs, SLR progression, stationary bike when flex > 110. Criteria-based progression to running at ~12 wk with LSI >= 70%.

{N|Kwame Asante-Boateng}, PT, DPT, SCS
""")

T("note30_hospice", """
HOSPICE ADMISSION NURSING ASSESSMENT
{G|Heartland Valley Hospice}     Admission date: {D|22 November 2023}
Patient: {N|Wilhelmina Stroud} ("{N|Billie}")
Age: {A|ninety-one}     Primary hospice dx: Alzheimer disease, FAST 7c
Residence: {ST|41 Old Mill Rd}, {CI|Chepachet}, RI {Z|02814} (lives with son)
Medicare Hospice Benefit -- MBI {HP|2PQ7-RT8-YN51}

Narrative: Pt is a {A|91}-year-old woman, bedbound x 3 mo, nonverbal except occasional single words ("Mama"). Weight loss 6 kg in 6 months, intake < 25% of meals, pocketing food. Two aspiration pneumonias in the past 4 months (last at {G|Kent County Memorial Hospital}, discharged {D|11/17}). PPS 30%. Stage 2 sacral pressure injury 2 x 1.5 cm.

Primary caregiver: son {N|Roland Stroud} (age 66), retired; daughter-in-law {N|Patrice} assists. Granddaughter {N|Brooke Stroud-Ainsley} lives in {CI|Providence}, visits weekends. Caregivers competent with repositioning and mouth care.

Symptoms: grimaces with turning (PAINAD 4/10); occasional wet cough after sips; no dyspnea at rest.
Plan of care:
- Acetaminophen 650 mg PR q6h scheduled; morphine concentrate 20 mg/mL, 0.25 mL (5 mg) SL q2h PRN pain/dyspnea
- Glycopyrrolate 1 mg PO/SL q8h PRN secretions
- Comfort feeds, thickened liquids, hand-feeding only
- Hospital bed + low air loss mattress delivered today; hydrocolloid to sacrum, turn q2h
- DNR on file; comfort kit in home
- RN visits 2x/wk, HHA 3x/wk, SW and chaplain to see this week

Attending of record: Dr. {N|Hyun-woo Baek}, hospice medical director
{N|Maureen Costigan}, RN, CHPN
""")

T("note31_ems", """
EMS PATIENT CARE REPORT
Agency: {G|Sacramento Metro Fire District} Medic 61     Incident # {ID|23-184477}     Date {D|10/21/2023}
Dispatched 17:02 | On scene 17:09 | Depart 17:31 | At destination 17:46
Scene: {ST|5521 Stockton Blvd}, {CI|Sacramento} -- 2-vehicle MVC

Patient: {N|Nguyễn Văn Phúc}, M, DOB {D|03/15/1988}, per CA DL {LIC|D7384021}
Vehicle: driver of 2014 Honda Civic, CA plate {VH|7KJM204}, VIN {VH|1HGCR2F73EA118042}; T-boned driver side at est. 35 mph, significant intrusion (~12 in). Airbags deployed. Restrained. Self-extricated? No -- extricated by E61 via passenger side, 14 min.

CC: L chest and L hip pain

Primary: A -- patent. B -- RR 24, shallow, decreased BS L base, SpO2 93% RA -> 98% NRB. C -- radial pulse 118, skin pale/diaphoretic. D -- GCS 15 (E4 V5 M6), PERRL. E -- abrasion L flank, L hip pain w/ shortening + ER L leg.

Vitals:
17:12 BP 104/68 HR 118 RR 24 SpO2 93% RA GCS 15
17:20 BP 98/64 HR 124 RR 26 SpO2 98% NRB GCS 15
17:38 BP 100/62 HR 120 RR 24 SpO2 98% NRB GCS 15

Tx: C-collar (NEXUS + distracting injury), scoop to stretcher, pelvic binder, 18g L AC + 16g R AC, NS 500 mL, fentanyl 50 mcg IV x2, 4 mg ondansetron IV. Trauma alert called 17:24.
Destination: {G|Capitol Valley Trauma Center} -- Level I, trauma bay 2, care to Dr. {N|Okoro}.

Pt's wife {N|Lan Pham} called by pt from scene, will meet at hospital.
Crew: {N|R. Hernandez}, EMT-P (#{ID|4417}); {N|Kyle Brandt}, EMT (#{ID|5068})
""")

T("note32_telehealth", """
TELEPSYCHIATRY FOLLOW-UP (video)
{D|2024-01-16}  10:00-10:25 CT
Platform: link {U|https://telehealth.northstarbh.org/room/8KX2-PQ71}
Patient connected from IP {IP|73.162.44.219}; identity verified with 2 identifiers; pt confirms location: home, {CI|Duluth}, MN. Emergency contact on file: partner {N|Jordan Lindgren} {P|218-555-0104}.

Pt: {N|Skyler Ahmadi-Berg} (they/them), 27, DOB {D|12/1/1996}
Dx: MDD recurrent, moderate; GAD; r/o ADHD-combined

Interval: Started sertraline 50 mg {D|12/5} -> 100 mg {D|12/19}. Reports mood 5/10 (from 3/10), less tearful, sleeping 7 h. Mild GI upset first week, resolved. Still ruminating at night. Returned to part-time job at library. No alcohol in 3 weeks. PHQ-9 13 (prev 19). GAD-7 11 (prev 15). C-SSRS screen negative since last contact.

MSE: casually dressed, good eye contact via video, speech nl, mood "meh but better," affect mildly constricted, brighter with humor. TP linear. No SI/HI. Insight and judgment good.

Plan:
- Continue sertraline 100 mg daily; consider 150 mg at next visit if plateau
- CBT with therapist {N|Marisa Oyelowo}, LICSW (weekly)
- ADHD: ASRS positive; will obtain collateral (parent) + school records before formal eval
- Safety plan reviewed and updated; crisis line 988
- Pt asked that records requests go to {E|skyler.ab@protonmail.com}
- RTC 4 wk video

{N|Elif Karataş}, MD, Psychiatry
""")

T("note33_id", """
INFECTIOUS DISEASES CONSULT
{D|9/2/23}

Reason: MRSA bacteremia, ?endocarditis
Requesting: {N|Benedict Achterberg}, MD (Medicine)

HPI: {N|Cody Ray Lusk} is a 38 y.o. M with OUD (injecting fentanyl/meth), HCV Ab+ (RNA pending), admitted {D|8/31} with fever, L forearm abscess (I&D in ED) and 2/2 BCx + MRSA ({D|8/31} 22:14). Repeat BCx {D|9/1} 1/2 + at 19 h. Pt currently staying at {G|Lakeside Men's Shelter}; previously in {CO|Lucas County} jail until {D|July 2023}. Last use {D|8/30}.

Exam: T 38.6, HR 110. Thin. Track marks bilat AC. L forearm packed wound, 3 cm surrounding erythema (marked, receding). Holosystolic murmur 3/6 at LLSB increasing w/ inspiration (Carvallo sign). No Janeway lesions, Osler nodes, splinter hemorrhages; no Roth spots on nondilated exam. Spine nontender.

Data: WBC 17.4. Cr 0.8. TTE {D|9/1}: 1.4 cm mobile vegetation on tricuspid valve, moderate TR. CXR: multiple peripheral nodules, some cavitating -- c/w septic emboli.
Vancomycin MIC 1.

Assessment: MRSA tricuspid valve endocarditis (modified Duke: definite -- 2 major) with septic pulmonary emboli, in PWID.

Recommendations:
1. Switch vancomycin -> daptomycin 10 mg/kg IV q24h (persistent bacteremia, MIC 1); CK weekly
2. Repeat BCx q24-48h until negative x2; day 1 = first negative culture
3. TEE not required for management presently; CT surgery consult for vegetation > 2 cm or persistent bacteremia > 5-7 d
4. Anticipated 6 wk IV therapy; pt not a candidate for OPAT home per shelter rules -- discuss partial oral step-down (POET data) vs SNF
5. Addiction consult -- buprenorphine induction (pt interested)
6. HIV Ag/Ab, HCV RNA, HBV serologies, RPR
7. Wound: packing changes daily

Discussed w/ primary team and with pt's mother {N|Tammy Lusk} (with pt permission) at {P|419-555-0182}.
{N|Nasrin Farahani}, MD -- ID fellow / {N|Peter Gottlieb}, MD -- ID attending
""")

T("note34_gi", """
COLONOSCOPY REPORT
{G|Riverbend Endoscopy Center}
Patient: {N|Abernathy-Shaw, Lorraine}     Date: {D|June 6, 2024}     MRN: {MRN|RB01993348}
Age: 50     Endoscopist: {N|Vikram Nair}, MD
Referring: {N|Colleen Doyle}, NP
Indication: Average-risk CRC screening, first colonoscopy (Z12.11)
Sedation: MAC, propofol, by {N|S. Obuya}, CRNA
Instrument: Olympus CF-HQ190L, scope #7

Prep: Split-dose PEG (Suprep). Boston Bowel Prep Scale 2-3-3 = 8. Adequate.
Findings:
- Cecum reached and identified by appendiceal orifice and ileocecal valve; photodocumented. TI intubated 5 cm -- normal.
- Ascending colon: 6 mm sessile polyp (Paris 0-Is), removed by cold snare -- retrieved.
- Transverse colon: 4 mm flat polyp (Paris 0-IIa), cold snare -- retrieved.
- Sigmoid: scattered diverticula; 3 mm hyperplastic-appearing polyp in rectosigmoid, cold forceps.
- Retroflexion: small internal hemorrhoids (grade I).
Withdrawal time: 11 min.
Complications: none. EBL minimal.

Impression: 3 polyps removed; sigmoid diverticulosis; internal hemorrhoids.
Plan: Await pathology (specimen jars A-C, path # {ID|GI24-31077}). Recall interval based on histology -- tentatively {D|06/2031} if 1-2 TAs < 10 mm, sooner per path. Resume diet. High-fiber diet.
Results letter to pt and to NP {N|Doyle}.

{N|Vikram Nair}, MD
""")

T("note35_pulm", """
Pulmonary Clinic -- Return visit, {D|12-Dec-2023}
{N|Bohdan Savchenko}, 47M, Ukrainian-speaking (in-person interpreter {N|Iryna}), refugee arrival {D|May 2022}; referred for abnormal CT and exertional dyspnea.

Since last visit ({D|10/3}): EBUS-TBNA {D|10/18} at {G|Front Range Lung Institute} -- stations 4R, 7, 11L: non-necrotizing granulomas; AFB/fungal cx negative x 8 wk. Quant-TB Gold negative. ACE 89.

Sx: dyspnea climbing 1 flight (mMRC 2), dry cough, fatigue. No rash, no eye sx, no palpitations. Worked as a coal miner in {CI|Donetsk} for 11 years (2004-2015) -- concern for CWP vs sarcoid, though histology favors sarcoid.

PFTs {D|12/12/23}: FVC 2.91 L (64%), FEV1 2.33 (66%), ratio 0.80, TLC 68%, DLCO 52%. 6MWT 390 m, nadir SpO2 89%.
HRCT: perilymphatic nodules upper-lobe predominant, bilat hilar LAD; early fibrotic change, Scadding stage II-III.
ECG NSR, no AV block. Echo normal RVSP. Ophtho referral placed.

A/P: Pulmonary sarcoidosis (histologically confirmed), symptomatic with restrictive physiology and reduced DLCO -- treatment indicated.
- Prednisone 20 mg daily x 3 mo, then taper; PJP ppx not needed at this dose; Ca/D, DEXA
- Consider methotrexate as steroid-sparing if needs > 10 mg at 3 mo
- Cardiac MRI to screen for cardiac sarcoid
- Ambulatory O2 eval at next visit
- Refugee health team (Ms. {N|Oksana Petrenko}) assisting w/ transport to appointments
RTC 6 wk with spirometry + DLCO.
{N|Isabel Acevedo}, MD -- Pulmonary & Critical Care
""")

T("note36_endo", """
ENDOCRINOLOGY FOLLOW-UP
Pt: {N|Corinne Wilson}     DOB {D|07/04/1979}     Seen: Friday, {D|11/17/2023}

Primary adrenal insufficiency (Addison disease, 21-hydroxylase Ab +) dx {D|06/2017}, and autoimmune hypothyroidism (APS-2).

Interval: Admitted to {G|Cumberland Valley Medical Center} {D|10/28}-{D|10/30} for adrenal crisis precipitated by norovirus gastroenteritis (Na 127, K 5.9, BP 78/40); had not stress-dosed because she was vomiting and "didn't know what to do." Now recovered. Energy fair. Salt craving occasionally. No orthostasis.

Meds: hydrocortisone 10 mg AM / 5 mg 2 PM; fludrocortisone 0.1 mg daily; levothyroxine 100 mcg daily.

Exam: BP 118/74 sitting, 114/72 standing. Wt 66 kg. Mild buccal hyperpigmentation (improved). No cushingoid features.
Labs: Na 138, K 4.4, renin 2.1 (ref 0.2-1.6) -- at upper end, acceptable; TSH 2.3.

A/P:
1. Addison disease -- doses appropriate. Extensive sick-day teaching:
   - Fever > 38 or illness: double (T > 39: triple) hydrocortisone for 2-3 days
   - Vomiting / unable to keep pills down: hydrocortisone 100 mg IM Solu-Cortef and go to ED
   - Rx Solu-Cortef Act-O-Vial 100 mg x2 + IM needles; husband {N|Derek} taught injection today with trainer, return demonstration done
   - Medical alert bracelet ordered ("ADRENAL INSUFFICIENCY -- STEROID DEPENDENT")
   - Emergency letter for ED provided
2. Hypothyroidism -- stable.
3. Screen annually for T1DM, B12 deficiency, celiac.
RTC 6 months.
{N|Marcus Thibodeaux}, MD
""")

T("note37_rheum", """
RHEUMATOLOGY -- follow up
{D|3 April 2024}
{N|Losa Tuiasosopo}, 29 y/o Samoan woman, SLE dx {D|Jan 2021} (ANA 1:1280 homogeneous, dsDNA+, Sm+, low C3/C4), class IV lupus nephritis on bx {D|9/2022}.

Since last: Completed 6 mo of MMF induction + belimumab; steroid tapered off {D|Feb 2}. Arthralgias mild, no synovitis by her report. Some hair thinning. Raynaud's worse in the cold but no digital ulcers. Working at daycare again. Wants to know about pregnancy -- engaged to {N|Sione Mataele}, wedding planned for {D|Aug 17}.

Exam: BP 124/80. No malar rash. Mild nonscarring alopecia. No oral ulcers. 0 tender / 0 swollen joints (28-joint). No edema.
Labs: Cr 0.78, UPCR 0.28 (from 3.1 at dx), UA 0-2 RBC, dsDNA 48 (from 410), C3 92, C4 18, CBC normal. aPL panel negative x2 (2021, 2023). Anti-Ro/SSA positive, La negative.
SLEDAI-2K: 2 (alopecia).

A/P:
1. LN class IV -- complete renal response. Continue MMF 1 g BID + belimumab 200 mg SQ weekly + HCQ 300 mg (5 mg/kg).
2. Preconception: MMF is teratogenic -- when ready (goal quiescent >= 6 mo), switch to azathioprine, 3 months before conception. Continue HCQ throughout. Ro+: will need fetal echo / PR-interval monitoring wk 16-26 for CHB risk. Low-dose ASA from 12 wk. Contraception meanwhile: LNG-IUD placed {D|11/2023} -- good.
3. HCQ eye screen: baseline OCT {D|May 2021}; annual from year 5.
4. Refer to MFM, Dr. {N|Tiare Faleolo} at {G|Kapiolani-Mauna Women's Center}, for preconception counseling.

RTC 3 mo with labs.
-- {N|Jun Watanabe}, MD, Rheumatology
""")

T("note38_palliative", """
PALLIATIVE CARE CONSULT -- INITIAL
{D|2/9/2024}  Req: Dr. {N|Adaeze Nnamdi}, Geriatrics/Medicine

Patient: {N|Abraham Isaac Rosenblatt}, age {A|90}, retired pharmacist, widowed, lives at {G|Beth Shalom Gardens} (independent living) in {CI|Skokie}.

Reason: goals of care; dyspnea; family disagreement about intubation.

Hx: Severe AS (AVA 0.6 cm2, mean gradient 52), declined TAVR in 2022; HFpEF; CKD 4; admitted 4th time in 6 months with decompensated HF. Currently on BiPAP intermittently, IV furosemide.

Conversation: Present -- pt (intermittently drowsy but participates, answers appropriately), son {N|Daniel Rosenblatt} (62, from {CI|Evanston}), daughter {N|Miriam Rosenblatt Katz} (59, on speaker from {CI|Tel Aviv}), grandson {N|Ari} (26).
Pt states clearly: "I'm {A|90} years old, I've had a good life. No tubes." {N|Daniel} (HCPOA) supports; {N|Miriam} asks for "everything" and hopes for TAVR -- structural team previously felt benefit unlikely given frailty (CFS 7) and CKD.
After discussion, {N|Miriam} expressed she "needed to hear it from him." Agreement reached.

Symptoms: dyspnea 7/10 at rest, 4/10 on BiPAP; poor sleep; anxiety; no pain.
ESAS completed.

Recommendations:
1. Code status: DNR/DNI confirmed with pt (has capacity for this decision) -- order placed; BiPAP OK as comfort measure, may remove if not tolerated.
2. Dyspnea: morphine 2 mg IV q2h PRN (renally cautious); fan at bedside; consider low-dose scheduled oral morphine solution if frequent PRN use. Avoid benzodiazepine unless anxiety persists.
3. Continue diuresis as tolerated toward comfort.
4. Goal: home to {G|Beth Shalom} with hospice, possibly inpatient hospice if symptoms uncontrolled. SW contacted facility -- they can support hospice.
5. Rabbi visit requested by family (Rabbi {N|Shmuel Adler}, {P|847-555-0133}).
6. Will follow daily.

Time: 85 min, > 50% counseling.
{N|Hannah Okwuosa-Levin}, DO, HPM
""")

T("note39_postpartum", """
POSTPARTUM PROGRESS NOTE -- PPD #1 s/p primary LTCS
{D|08/19/2023}  0710
{N|Keisha-Ann Bramwell}, 31 y/o G2P2002, delivered {D|8/18} @ 2146 for arrest of dilation at 6 cm after 4 h of adequate ctx (MVU > 200); IOL for gHTN at 38w1d.
Baby boy "{N|Jabari}" -- 3.91 kg, Apgars 8/9, in room, rooming-in; peds = Dr. {N|Oluwadamilare Coker}'s group, see below.

S: pain 4/10 controlled w/ scheduled ibuprofen + APAP, oxy 5 mg x1 overnight. Ambulated to BR. Tolerating regular diet, + flatus. Voiding after Foley removed at 0600 (DTV 8 h). Breastfeeding with latch help; lactation saw her. Denies HA, vision changes, RUQ pain, SOB, calf pain. Moderate lochia.

O: T 36.9 | HR 88 | BP 146/92, 138/88, 151/94 (overnight range) | SpO2 98% RA
Fundus firm, U-1. Pfannenstiel incision C/D/I, Prevena wound vac intact. Calves soft, NT. 1+ LE edema. DTRs 2+, no clonus.
Labs: Hgb 9.8 (pre-op 11.6), Plt 198, Cr 0.6, AST/ALT 24/19, UPCR 0.18.

A/P: PPD1 s/p primary LTCS, recovering well.
1. gHTN -- BPs in 140-150s/90s, no severe range, no sx. Start nifedipine ER 30 mg daily. BP check at 72 h (ambulatory cuff from clinic) and remote BP program enrollment.
2. Acute blood loss anemia -- QBL 950 mL; ferrous sulfate 325 mg every other day.
3. Pain -- multimodal as above.
4. VTE ppx -- SCDs; enoxaparin 40 mg daily given BMI 41 + cesarean (Caprini 5).
5. Feeding -- exclusively breastfeeding.
6. Contraception -- desires Nexplanon before d/c.
7. Rh pos, Rubella immune, Tdap given antepartum.
Dispo: anticipate d/c PPD2-3.

Pediatrician: Dr. {N|Coker}, {G|Sunrise Pediatric Partners}, {P|(404) 555-0166}. Partner {N|Trevor Bramwell} at bedside.
{N|Yetunde Alabi}, MD, PGY-2 OB/GYN; discussed w/ {N|Maeve Callaghan}, MD
""")

T("note40_wound", """
WOUND / OSTOMY NURSING NOTE
Facility: {G|Willow Creek Manor} (SNF), Station 2, rm 214-B          {D|10/25/23}
Resident: {N|Henrietta Mae Duchesne}     DOB: {D|2/29/1932}     Age {A|91}
Consult requested by DON {N|Patricia Ngata}, RN.

Wound #1: Sacrum/coccyx -- Stage 3 pressure injury (present on admission from {G|Loosahatchie Baptist Hospital} {D|10/2}).
Measurements today: L 4.2 x W 3.1 x D 0.6 cm; undermining 1.2 cm at 12-2 o'clock. Prior ({D|10/18}): 4.6 x 3.3 x 0.7.
Bed: 70% red granulation, 30% yellow slough. Moderate serosanguineous exudate, no odor. Periwound intact, mild maceration at 6 o'clock. No tunneling.
PUSH score 12 (prev 13). Pain 2/10 with dressing change.

Wound #2: L heel -- deep tissue injury, 2.0 x 2.4 cm, intact, maroon, boggy; unchanged.

Risk: Braden 12 (sensory 3, moisture 2, activity 1, mobility 2, nutrition 2, friction 2). Incontinent of urine and stool. Albumin 2.9, prealbumin 11.

Treatment:
- Sacrum: cleanse NS; collagenase to slough, calcium alginate to base, fill undermining loosely; bordered foam; change daily and PRN soiling
- L heel: offload with heel suspension boots, skin prep only
- Low air loss mattress (in place), turn q2h, 30-deg tilt; limit HOB elevation < 30 except meals
- Incontinence: barrier cream, check q2h, consider Purewick at night
- Dietitian: add Arginaid BID, MVI, protein 1.5 g/kg

Family: niece {N|Josephine Broussard} (POA) notified by phone {P|901-555-0122}.
Follow-up weekly.
{N|Lamar Whitaker}, BSN, RN, CWOCN
""")

T("note41_dialysis", """
{G|Northgate Dialysis Unit} -- MONTHLY NEPHROLOGY PROGRESS NOTE
{D|November 2023} rounds ({D|11/14/23})
Pt: {N|Sun-hee Cho}, 63F, ESRD 2/2 diabetic nephropathy, in-center HD MWF 2nd shift, chair 9.
Access: L brachiocephalic AVF (created {D|Jan 2020} at {G|Piedmont Vascular Access Center}), good thrill/bruit. No prolonged bleeding.
Rx: 4 h, F180 dialyzer, Qb 400, Qd 600, 2K/2.5Ca bath, EDW 64.0 kg, heparin 2000 u bolus.

Monthly labs ({D|11/6}): spKt/V 1.48, URR 74%, Hgb 10.6, ferritin 540, TSAT 28%, Ca 8.9, phos 6.4, iPTH 612, albumin 3.7, K 5.3.
IDWG avg 3.1 kg (4.8%). Pre-HD BP 162/84 avg. 2 episodes of intradialytic cramping.

Assessment/Plan:
1. Adequacy -- meets goal.
2. Anemia -- Mircera 100 mcg q2wk, continue; IV iron not needed this month.
3. CKD-MBD -- phos high: dietary review (reports dried fish & processed foods), increase sevelamer to 1600 mg TID with meals; cinacalcet 30 mg daily.
4. Volume/BP -- IDWG high; fluid restriction 1 L/day reinforced, challenge EDW to 63.5 kg.
5. Transplant -- listed at {G|Peachtree Kidney Transplant Program} per pt, confirm status; living donor: daughter {N|Grace Cho} inquiring.
6. Vaccines: Hep B titer 8 -- booster series started; flu given {D|10/9}.
7. Advance directive on file; full code.

Husband {N|Byung-chul Cho} drives her; transport backup: county paratransit, trip id {ID|PT-77120}.
{N|Anand Raghavan}, MD, Nephrology
""")

T("note42_addiction", """
Addiction Medicine -- bridge clinic visit
{D|5/21/2024}
Pt: {N|Shayne Colter}, 41 M, OUD (severe) in early remission on buprenorphine-naloxone 16/4 mg daily; stimulant use disorder (meth), moderate.
Referral: jail re-entry program ({G|Marion County Detention Center} released {D|4/30/24}).

Since last visit (2 wk): Taking bup daily, denies diversion. UDS today: bup +, norbup +, fentanyl neg, meth POSITIVE (reports use x2 last weekend "with old friends"). Cravings 3/10 opioids, 6/10 meth. Sleeping in his truck some nights; on list at {G|Salvation Row Recovery House}.

Legal: probation, PO {N|Renae Kowalski} {P|317-555-0149} -- ROI signed {D|5/7}; court case no. {ID|49D12-2404-F6-011732}; needs attendance letter.
PDMP checked: only bup from this clinic.

Exam: calm, engaged, no signs of intoxication or withdrawal (COWS 1). Skin: no new injection sites. Mild dental caries.
HCV Ab+, RNA 1.2 million IU/mL, genotype 1a -- ready to start treatment.

Plan:
- Continue bup-nx 16/4 mg SL daily, 14-day Rx; discussed monthly injectable (Sublocade) -- interested, will check coverage (Medicaid ID {HP|200384412A})
- Meth: CM (contingency management) program enrollment; mirtazapine 30 mg qhs trial
- Naloxone kit x2 given; fentanyl test strips
- HCV: sofosbuvir/velpatasvir x 12 wk -- PA submitted
- Attendance letter for PO
- RTC 2 weeks
{N|Grace Ifeoma Eze}, MD, FASAM
""")

T("note43_phone", """
TELEPHONE ENCOUNTER
{D|1/3/24} 4:52pm  -- rec'd call from pt's husband {N|jim} (pt on speaker, gave permission)
pt {N|marjorie kaplan} dob {D|5/14/47}, mrn {MRN|22871650}

reason: "her blood sugars are low all week"
- pt started glipizide 10mg BID from {G|Route 9 Urgent Care} -- per husband, they gave it {D|12/27} for "high sugar 300s". pt already on metformin 1000 bid + lantus 24u qhs from us.
- FSBG this week: 58, 64, 71 (mornings), 102 noon. felt shaky/sweaty x3, treated w/ juice. no LOC, no falls. eating less since cold.
- no recent abx.

per Dr {N|Rosen} (discussed 5:05pm):
- STOP glipizide
- decrease lantus to 18u qhs starting tonight
- check FSBG before meals + bedtime, call if < 70 again or > 300
- hypoglycemia teaching done again (rule of 15)
- appt w/ Dr {N|Rosen} next week, scheduled {D|1/10} 9:20am
husband {N|jim} read back instructions. best # {P|9785550173}

-- {N|k. feeney} LPN
""")

T("note44_ophtho", """
OPHTHALMOLOGY -- RETINA SERVICE
{N|Abdirahman Warsame}     {D|4-Mar-24}     MRN {MRN|EY2039114}
Interpreter (Somali): {N|Hodan}, in person
Ref: Dr. {N|Page Lindholm}, optometry, {G|Cedar Lake Vision Clinic}

CC: blurry vision OU, L > R, x 3 mo

Hx: 58M, T2DM x 15 y (A1c 10.2 on {D|2/12/24}), HTN, CKD 3. Never had dilated exam per pt.

VA sc: OD 20/60 PH 20/40; OS 20/200 PH 20/100
IOP (Goldmann applanation): 17 / 19
Pupils: no APD
SLE: trace NS cataract OU; iris w/o NVI OU (gonio: no NVA)
DFE:
OD -- DME, center-involving (CST 402 on OCT), scattered dot-blot hemes 4 quadrants, venous beading 2 quadrants, no NVD/NVE -> severe NPDR w/ CI-DME
OS -- NVD > 1/3 DD, NVE sup arcade, preretinal heme inferiorly, CI-DME CST 488 -> PDR with high-risk characteristics, CI-DME
OCT + FA performed today.

A/P:
1. PDR OS, high-risk (DRS criteria) + CI-DME -- intravitreal aflibercept 2 mg OS today (consent signed, interpreter used), then PRP OS to start next visit. Protocol S-style approach discussed.
2. Severe NPDR w/ CI-DME OD -- aflibercept OD next week; monthly x3 loading.
3. Systemic -- letter to PCP ({N|Dr. Mohamed Farah}, {G|Somali Community Health Center of Columbus}) re: A1c and BP control; avoid rapid A1c drop.
4. Driving: pt drives for rideshare -- counseled not to drive until VA improves (legal min 20/40 better eye in OH).

RTC 1 wk OD injection, 4 wk OS PRP.
{N|Seo-yeon Park}, MD
""")

T("note45_capacity", """
{G|Allegheny Riverview Geriatric Psychiatry Associates}
{ST|1200 Penn Ave, Suite 300}, {CI|Pittsburgh}, PA {Z|15222}

{D|March 28, 2024}

The Honorable {N|Kathleen M. Szymanski}
Court of Common Pleas of {CO|Allegheny County}, Orphans' Court Division
Re: In re: {N|Theodora Angelopoulos}, an alleged incapacitated person
Case No. {ID|OC-02-24-0417}

Dear Judge {N|Szymanski}:

At the request of petitioner's counsel, {N|Marcus J. Whitfield-Obi}, Esq., I performed an independent capacity evaluation of Mrs. {N|Angelopoulos} on {D|March 19, 2024} at her residence, {ST|5538 Darlington Road}, {CI|Pittsburgh}. I reviewed records from her primary care physician, Dr. {N|Spiro Kanellos}, and from the {G|Shadyside Memory Clinic}.

Mrs. {N|Angelopoulos} is a {A|93}-year-old widowed retired schoolteacher (born {D|October 3, 1930}) who has lived alone since her husband's death in 2019. Her nephew, {N|Nikos Angelopoulos} (age 71), is the petitioner; her neighbor {N|Rose Ferraro} has assisted with groceries.

Findings: MoCA 11/30 (Greek version administered with certified interpreter); she was oriented to person only. She could not name her bank or estimate her monthly expenses, and she believed her late husband was "at work." Records document two episodes of financial exploitation in 2023 (reported to county Adult Protective Services, ref {ID|AAA-23-55190}). Neuroimaging ({D|Feb 2024}) shows moderate generalized atrophy and small-vessel disease.

Opinion: Within a reasonable degree of medical certainty, Mrs. {N|Angelopoulos} has a major neurocognitive disorder, most consistent with mixed Alzheimer and vascular etiology, of at least moderate severity. She lacks the capacity to manage her financial resources and to make complex medical decisions. She retains the ability to express preferences about where she lives and with whom, and her clearly stated wish is to remain in her home with supports. I recommend a limited guardianship of the estate and person, with preference given to in-home services.

Respectfully submitted,

{N|Eleni Drakos-Whitman}, MD
Board Certified, Geriatric Psychiatry
PA License {LIC|MD-441872}
Tel {P|412-555-0114}
""")

# ===========================================================================
# HARD NEGATIVES (no PHI at all)
# ===========================================================================

T("neg01_icu", """
MICU PROGRESS NOTE -- HD 3
Bed 7, pod B. Overnight: febrile to 38.9 at 0200, pan-cultured. Norepinephrine up to 0.14 mcg/kg/min, vasopressin 0.03 added at 0415. Swan-Ganz placed via R IJ Cordis at 0530 for mixed shock.

Hemodynamics (0600): CVP 14, PA 42/24 (mean 31), PCWP 18, CO 4.1 / CI 2.2 (Fick), SVR 1050, SvO2 58%.
Vent: AC/VC 6 mL/kg PBW (420 mL), RR 28, PEEP 12, FiO2 0.6. Plateau 27, driving pressure 15. ABG 7.29/48/78/22. P/F 130 -- moderate ARDS (Berlin).
Sedation: propofol 30 mcg/kg/min + fentanyl 50 mcg/h. RASS -2, CPOT 1. SAT held due to FiO2 > 0.5.
Neuro: GCS 7T (E2 VT M5). Pupils 3 mm brisk.
Renal: Foley, UOP 15-20 mL/h x 6 h. Cr 2.4 (1.1 on admission). K 5.6, HCO3 18. CRRT discussed -- start if oliguria persists or K > 6.
ID: vanc/cefepime day 3; add micafungin (TPN, femoral line, broad abx). Procalcitonin 14.2.
Heme: Hgb 7.4, Plt 61, INR 1.6, fibrinogen 190. DIC score 5. No bleeding.
Lines: R IJ introducer + PAC (day 0), L femoral TLC (day 3 -- pull today), R radial A-line.

A/P:
1. Mixed septic/cardiogenic shock -- dobutamine 2.5 mcg/kg/min given CI 2.2 and SvO2 58; repeat echo; MAP goal 65.
2. ARDS -- proning 16 h today if P/F < 150 after recruitment; cisatracurium if dyssynchrony.
3. AKI -- as above.
4. Stress ulcer ppx, heparin 5000 SQ q8h (hold if Plt < 50), HOB 30, oral care CHG.
Family meeting Thursday 1400 with bedside RN, SW, and chaplain.
Critical care time: 55 min.
""")

T("neg02_parkinson", """
MOVEMENT DISORDERS CLINIC -- FOLLOW-UP

72 y/o right-handed man with idiopathic Parkinson disease, symptom onset 2016 (L hand rest tremor), Hoehn and Yahr stage 2.5, here for motor fluctuations.

Current regimen:
- Carbidopa/levodopa 25/100 IR: 1.5 tab at 0700, 1100, 1500, 1900
- Carbidopa/levodopa ER 50/200: 1 tab at bedtime
- Rasagiline 1 mg daily
- Amantadine ER 137 mg at bedtime (started last year for dyskinesia)

Wearing-off ~3 h after each dose: tremor returns, slow gait, 1-2 freezing episodes at doorways daily. Peak-dose dyskinesia mild, non-troublesome. Two falls since spring, no injury. Constipation (uses PEG), REM sleep behavior disorder (wife reports dream enactment), mild orthostatic lightheadedness. No hallucinations.

Exam (ON, 90 min after dose): MDS-UPDRS Part III 28. Hypomimia, hypophonia. Rest tremor L > R hand, 1-2 cm. Rigidity L > R with activation. Finger taps decrement L. Pull test: 3 steps backward, recovers unaided. Gait: reduced arm swing L, en bloc turns. MoCA 25/30. Orthostatic: 138/82 -> 118/74 at 3 min.

Assessment: PD with motor fluctuations (wearing-off, freezing) and mild dyskinesia; good levodopa response (Part III 44 OFF vs 28 ON in prior testing).

Plan:
1. Shorten interval: carbidopa/levodopa 25/100, 1 tab q3h while awake (5 doses), keep ER at bedtime.
2. Add opicapone 50 mg at bedtime if still wearing off at next visit.
3. Discussed DBS candidacy (STN vs GPi) -- pt will think about it; neuropsychology testing if interested.
4. PT (LSVT BIG) and speech (LSVT LOUD).
5. Melatonin 6 mg for RBD; bed rails, remove sharp objects from bedside.
6. Compression stockings, liberalize salt, recheck orthostatics.
RTC 3 months.
""")

T("neg03_hodgkin", """
HEMATOLOGY/ONCOLOGY -- CYCLE 3 DAY 1

Classical Hodgkin lymphoma, nodular sclerosis subtype, Ann Arbor stage IIA (bulky mediastinal mass 10.5 cm), Reed-Sternberg cells CD30+/CD15+, EBER negative. ESR 38 at diagnosis. Favorable vs unfavorable by GHSG: unfavorable (bulk).

Regimen: ABVD (doxorubicin 25 mg/m2, bleomycin 10 units/m2, vinblastine 6 mg/m2, dacarbazine 375 mg/m2) days 1 and 15 q28d.
Interim PET-CT after 2 cycles: Deauville score 2 -- complete metabolic response. Per RATHL approach, consider dropping bleomycin for cycles 3-6 (AVD) given PFTs: DLCO fell from 92% to 78%.

Toxicity: grade 1 fatigue, grade 1 peripheral neuropathy (fingertips), grade 2 nausea days 1-3 controlled with olanzapine 5 mg. No fever. Hair thinning. Weight stable.
ECOG 0. Exam: port site clean; no palpable adenopathy; lungs clear; no rash.
Labs: WBC 3.4, ANC 1.6, Hgb 11.2, Plt 244. LFTs normal. Cr 0.7.

Plan:
- Proceed with AVD (omit bleomycin) today, full dose, no G-CSF needed (ANC > 1.0 is acceptable per ABVD dose-intensity data)
- Ondansetron 8 mg + dexamethasone 12 mg + fosaprepitant 150 mg premeds
- Fertility: sperm banking completed before cycle 1
- Consolidative RT not planned given Deauville 2 after 2 cycles and bulk resolution; revisit after end-of-treatment PET
- Survivorship: cardiac echo at end of therapy; thyroid surveillance if RT given
Next: C3D15 in two weeks, Monday 0830 chair 12.
""")

T("neg04_graves", """
ENDOCRINOLOGY -- NEW CONSULT: HYPERTHYROIDISM

34 y/o woman with 3 months of palpitations, heat intolerance, 5 kg weight loss, tremor and gritty eyes.

Exam: HR 112 regular, BP 138/64. Warm moist skin, fine tremor. Diffusely enlarged, non-tender goiter (~2-3x normal) with bruit. Lid lag and lid retraction; proptosis 21 mm OD / 20 mm OS by Hertel exophthalmometer. Clinical Activity Score 3/7 (spontaneous retro-orbital pain, conjunctival redness, eyelid swelling). No diplopia, normal color vision. Pretibial myxedema absent. Brisk reflexes.

Labs: TSH < 0.01, free T4 4.1 ng/dL (0.8-1.8), total T3 320. TRAb 8.2 IU/L (< 1.75). TSI 410%. CBC and LFTs normal.
Thyroid uptake scan not needed given positive TRAb.

Assessment: Graves disease with mild, active Graves orbitopathy (EUGOGO mild). Smoker (half a pack per day).

Plan:
1. Methimazole 20 mg daily; counseled on agranulocytosis (stop and check CBC for fever/sore throat) and hepatotoxicity. Baseline CBC/LFT done.
2. Propranolol 20 mg TID for symptoms.
3. Orbitopathy: selenium 100 mcg BID x 6 months; artificial tears; elevate head of bed; urgent smoking cessation (varenicline offered, accepted). Ophthalmology referral. If RAI chosen later, steroid cover required.
4. Discussed definitive options: RAI vs total thyroidectomy vs long-term low-dose methimazole (12-18 months then reassess TRAb).
5. Contraception: not planning pregnancy; if so, switch to PTU in first trimester.
Recheck free T4/T3 in 4-6 weeks.
""")

T("neg05_wilson", """
HEPATOLOGY CLINIC

19 y/o college student referred for elevated aminotransferases (ALT 142, AST 98) found on a sports physical, with new hand tremor and declining grades.

Exam: Slit-lamp (performed by ophthalmology): bilateral Kayser-Fleischer rings. Mild wing-beating tremor on arm extension; dysarthria subtle. No jaundice, no stigmata of chronic liver disease. Spleen tip palpable.

Labs: ceruloplasmin 7 mg/dL (ref 20-35), 24-hour urine copper 212 mcg, serum free copper elevated. Coombs-negative hemolysis mild (LDH 310, haptoglobin low). INR 1.2, albumin 3.9, platelets 128.
Genetics: ATP7B compound heterozygous (p.His1069Gln and a frameshift variant).
Leipzig score 7 -> Wilson disease established. Liver biopsy deferred.
MRI brain: T2 hyperintensity in putamen and midbrain ("face of the giant panda" sign absent).

Assessment: Wilson disease with hepatic and early neurologic involvement.

Plan:
1. Chelation: trientine 250 mg, start 1 capsule BID and titrate weekly to 750-1000 mg/day in divided doses, on empty stomach (1 h before or 2 h after meals). Chosen over penicillamine given neuro presentation.
2. Low-copper diet: avoid shellfish, liver, nuts, chocolate, mushrooms; check well water copper.
3. Monitor: 24-h urine copper at 1, 3, 6 months; CBC/CMP monthly x 3.
4. First-degree relatives need screening -- sibling testing (ceruloplasmin, LFT, genetic) offered.
5. Neurology referral; neuropsych testing; academic accommodation letter provided (no identifying details beyond diagnosis).
6. Avoid alcohol; vaccinate HAV/HBV.
""")

T("neg06_bell", """
ED PROVIDER NOTE -- FACIAL WEAKNESS

41 y/o with acute right facial droop noted on waking this morning, with R ear ache yesterday and altered taste. No limb weakness, no speech difficulty, no vision change, no headache. No rash or vesicles in ear canal. No tick bites, no recent travel. Not pregnant.

Exam: Complete R facial weakness including forehead (cannot raise R brow), incomplete eye closure with Bell phenomenon visible, flattened R nasolabial fold, drooling R corner of mouth. House-Brackmann grade IV/VI. Hyperacusis R. Remainder of cranial nerves intact. Strength 5/5 x 4, sensation intact, finger-nose normal, gait normal. NIHSS 2 (facial palsy only -- peripheral pattern, not a stroke pattern). Ear canal and TM normal -- no Ramsay Hunt vesicles. Parotid non-tender.

Assessment: Idiopathic peripheral facial nerve palsy (Bell palsy), onset < 72 h.

Plan:
- Prednisone 60 mg daily x 5 days, then taper by 10 mg/day over 5 days (total 10 days)
- Valacyclovir 1 g TID x 7 days given severe grade (shared decision)
- Eye protection is critical: artificial tears every hour while awake, lubricating ointment at night, tape eyelid closed or use moisture chamber; sunglasses outdoors
- Lyme serology sent given season (endemic area) -- will call if positive
- Return for new weakness elsewhere, eye pain or redness, vision change, severe headache
- Follow up with PCP in 1 week; ENT if no improvement in 3 weeks or HB V-VI at 2 weeks
Expected: most patients begin to recover within 3 weeks; 70-85% recover fully.
""")

T("neg07_cushing", """
ENDOCRINE GRAND ROUNDS -- CASE SUMMARY (de-identified teaching file)

Case: A 46-year-old woman with resistant hypertension, new type 2 diabetes, proximal myopathy (unable to rise from a chair without arms), easy bruising, violaceous striae > 1 cm wide, dorsocervical fat pad and facial plethora.

Screening (2 of 3 abnormal required):
- Late-night salivary cortisol x2: 0.41 and 0.38 mcg/dL (ref < 0.09)
- 1 mg overnight dexamethasone suppression test: AM cortisol 14.2 mcg/dL (normal < 1.8)
- 24-h urine free cortisol: 312 mcg/24 h (ref 4-50)
ACTH 68 pg/mL -> ACTH-dependent Cushing syndrome.
Pituitary MRI: 5 mm hypoenhancing lesion. Because lesions < 6 mm may be incidentalomas, inferior petrosal sinus sampling was performed: central:peripheral ACTH ratio 3.8 baseline, 11.2 post-CRH -> Cushing disease confirmed.

Teaching points:
1. Cushing syndrome (hypercortisolism of any cause) vs Cushing disease (pituitary ACTH-secreting adenoma).
2. Exogenous glucocorticoids are the most common cause -- always take a steroid history, including inhaled and injected.
3. After transsphenoidal resection, expect secondary adrenal insufficiency; morning cortisol < 5 on POD 1-2 predicts remission. Hydrocortisone replacement with sick-day rules (as for Addison disease) until HPA axis recovers, often 6-18 months.
4. Nelson syndrome may follow bilateral adrenalectomy.
5. Pseudo-Cushing states: alcohol use disorder, severe depression, obesity, uncontrolled diabetes.
6. Medical therapy options: osilodrostat, metyrapone, ketoconazole (hepatotoxicity), pasireotide, mifepristone (for hyperglycemia).
Outcome: remission after surgery; hydrocortisone 15 mg AM / 5 mg PM, taper planned.
""")

T("neg08_crohn", """
IBD CLINIC NOTE

27 y/o with ileocolonic Crohn disease (Montreal A2 L3 B1, perianal disease p), diagnosed 2019, on ustekinumab 90 mg SC q8 weeks since 2022 after primary non-response to adalimumab (antibodies present at week 14).

Interval: 4-5 loose stools/day (baseline 1-2), 1 nocturnal, no blood. Mild periumbilical cramping, 3/10. Perianal drainage from known fistula, seton in place. Weight down 2 kg. No fever. No extraintestinal sx except arthralgias in knees. Smoking: none.
Harvey-Bradshaw Index 9 (moderate). Fecal calprotectin 612 (prior 140). CRP 18. Hgb 11.8, albumin 3.6, ferritin 14.
Colonoscopy last year: SES-CD 6. MR enterography today: 12 cm active terminal ileum inflammation with mural hyperenhancement, no stricture, no abscess; simple intersphincteric fistula unchanged.

Assessment: Moderately active ileocolonic Crohn disease with loss of response to ustekinumab; iron deficiency.

Plan:
1. Ustekinumab trough + antibodies; shorten interval to q4 weeks pending levels.
2. If low-response despite optimization: switch to risankizumab (IV induction 600 mg at weeks 0, 4, 8 then 360 mg SC q8 wk) or upadacitinib 45 mg daily x 12 wk.
3. Budesonide 9 mg daily x 8 weeks as bridge (ileal predominant), then taper.
4. IV ferric carboxymaltose 750 mg x 2 doses one week apart.
5. Colorectal surgery aware of fistula; keep seton.
6. Health maintenance: vaccines updated (no live vaccines), DEXA given steroids, skin check yearly, cervical cancer screening annually while on immunosuppression.
Return in 8 weeks or sooner for obstructive symptoms.
""")

T("neg09_lines", """
NURSING PROCEDURE REFERENCE -- INVASIVE LINES AND DRAINS (unit competency, revised annually)

Indwelling urinary (Foley) catheter
- Indications: accurate I/O in critically ill, urinary retention, perioperative use for selected surgeries, sacral wound healing in incontinent patients, comfort at end of life.
- Size: adults 14-16 Fr; coudé tip for BPH. Balloon 10 mL sterile water.
- Daily necessity review; nurse-driven removal protocol. Secure to thigh. Keep bag below bladder, off the floor.

Pulmonary artery (Swan-Ganz) catheter
- Zero and level transducer at phlebostatic axis (4th ICS, mid-axillary line).
- Waveforms: RA -> RV -> PA -> PCWP. Never leave balloon inflated; max 1.5 mL air. Wedge no longer than 2 respiratory cycles.
- Normal: RA 2-6, RV 15-25/0-8, PA 15-25/8-15, PCWP 6-12 mmHg. CO 4-8 L/min, CI 2.5-4.
- Notify provider for spontaneous wedge, PA waveform dampening, or ectopy.

Other devices
- Quinton / Mahurkar dialysis catheter: heparin or citrate lock per pharmacy; do not use for infusions.
- Hickman, Groshong, PICC (Power PICC 5 Fr dual lumen): measure external length each shift.
- Jackson-Pratt drain: strip q4h, record output; Blake drain similar.
- Penrose drain: passive; dressing changes PRN.
- Chest tube (Pleur-evac): document air leak (1-7 scale), tidaling, suction -20 cm H2O.
- Sengstaken-Blakemore / Minnesota tube: scissors at bedside at all times.
- Salem sump NGT: keep blue pigtail above stomach level.
- Miller-Abbott tube: historical; rarely used.
- Impella CP: monitor purge pressure, P-level, placement signal; check distal pulses q1h.
- IABP 1:1, augmentation; check L radial pulse (malposition).
Competency sign-off requires return demonstration.
""")

T("neg10_whipple", """
OPERATIVE NOTE -- PANCREATICODUODENECTOMY

Preoperative diagnosis: Pancreatic head adenocarcinoma, resectable (NCCN), s/p neoadjuvant mFOLFIRINOX x 8 cycles, CA 19-9 1240 -> 88.
Postoperative diagnosis: Same.
Procedure: Open pylorus-preserving pancreaticoduodenectomy (Whipple procedure); cholecystectomy; portal lymphadenectomy.
Anesthesia: GETA + thoracic epidural.
Findings: No peritoneal or liver metastases (diagnostic laparoscopy negative). Soft gland, 3 mm duct -- fistula risk score 7 (intermediate/high). SMV/portal vein free. Frozen section of pancreatic neck and bile duct margins negative.

Description: Bilateral subcostal (chevron) incision. Kocher maneuver performed widely to the left renal vein. Cattell-Braasch maneuver to mobilize the right colon. Gastrocolic ligament divided, lesser sac entered. Gastroduodenal artery test-clamped (preserved hepatic flow) then ligated. CBD divided above cystic duct. Duodenum divided 2 cm beyond pylorus with GIA stapler. Pancreatic neck divided with cautery over the SMV. Uncinate dissected off the SMA (periadventitial plane). Specimen oriented and sent.

Reconstruction (Child configuration): pancreaticojejunostomy duct-to-mucosa (Blumgart technique, 5 interrupted 6-0 PDS duct sutures + internal 5 Fr stent); end-to-side hepaticojejunostomy, single-layer 5-0 PDS; antecolic duodenojejunostomy, two-layer. Two 19 Fr Blake drains placed near PJ and HJ. Feeding jejunostomy not placed.

EBL 450 mL. UOP 380 mL. Crystalloid 3 L. No transfusion.
Post-op: ICU step-down; drain amylase POD 1 and 3 (ISGPF criteria); octreotide not used; ERAS pathway.
""")

T("neg11_bariatric", """
BARIATRIC SURGERY CLINIC -- PRE-OP EVALUATION

52 y/o woman, BMI 46.8 (wt 128 kg, ht 165 cm), comorbid T2DM (A1c 8.4 on metformin 1000 mg BID + semaglutide 1 mg weekly), OSA on CPAP (AHI 38), HTN, GERD with LA grade C esophagitis on EGD and 4 cm hiatal hernia. Prior open cholecystectomy.

Discussed options:
- Sleeve gastrectomy: generally avoided with severe GERD/LA C esophagitis -- may worsen reflux, risk of de novo Barrett.
- Roux-en-Y gastric bypass (RYGB): preferred here -- best anti-reflux operation in the severely obese, superior diabetes remission (DiaRem score 8 -> moderate likelihood). 150 cm Roux limb, 50 cm biliopancreatic limb, 30 mL pouch, hiatal hernia repair.
- Nissen fundoplication alone: not recommended at BMI > 35 (higher failure).
- Duodenal switch / SADI-S: more weight loss but higher malnutrition risk.

Risks reviewed: leak (< 1%), bleeding, marginal ulcer (avoid NSAIDs and nicotine lifelong), internal hernia (Petersen space), dumping, nutritional deficiencies (B12, iron, calcium, vitamin D, thiamine), gallstones, 30-day mortality ~0.1-0.3%.

Requirements: psychology clearance complete; dietitian 3 visits; pre-op 2-week liver-shrinking diet (800-1000 kcal, high protein); stop semaglutide 1 week pre-op; H. pylori stool Ag negative; EKG normal; Mallampati III, STOP-BANG 6 -- anesthesia aware.
Post-op supplements: bariatric MVI with iron BID, calcium citrate 1200-1500 mg/day in divided doses, vitamin D3 3000 IU, B12 500 mcg daily.
Insurance submission next week; tentative date in 6-8 weeks.
""")

T("neg12_trauma", """
TRAUMA SURGERY -- TERTIARY SURVEY (24 h)

Mechanism: Unhelmeted motorcycle driver vs. pole, est. 40 mph, brief LOC. Arrived as a Level 1 activation at 2215 Saturday. Initial GCS 13 (E3 V4 M6), BP 92/58, HR 128. FAST positive (Morison pouch). Received 2 U PRBC + 2 U FFP via MTP (ABC score 3), TXA 1 g.

Injuries identified:
1. Grade III splenic laceration (AAST) with active extravasation -> IR angioembolization, successful.
2. L rib fractures 5-9, flail segment 6-8; small L hemopneumothorax -> 28 Fr chest tube (output 350 mL in 24 h, no air leak).
3. Mild TBI: small R frontal contusion 6 mm, stable on 6-h repeat CT head. GCS now 15. No anticoagulant.
4. L distal radius fracture (closed, dorsally angulated, Colles type) -- splinted; ortho ORIF Tuesday.
5. Tertiary survey new finding: R 5th metatarsal base fracture (zone 2, Jones fracture) on foot film -- ortho aware, boot, NWB.
6. C-spine: CT negative; collar cleared (NEXUS criteria met, no midline tenderness, GCS 15, no distracting injury after analgesia).

Scores: ISS 29. RTS on arrival 6.9. Injury Severity = major trauma.
Pain: epidural not possible due to platelets 88; serratus anterior plane catheter with ropivacaine, acetaminophen 1 g q6h, ketamine 0.1 mg/kg/h. IS 750 mL (goal 1500).
Tetanus updated. Alcohol level 0.12 on arrival -- SBIRT completed; CIWA monitoring.
Splenic vaccines (PCV20, MenACWY, MenB, Hib) prior to discharge given embolization.
Dispo: SICU -> stepdown today.
""")

T("neg13_newborn", """
NEWBORN NURSERY -- ADMISSION H&P

Term male infant born at 39 weeks 3 days by spontaneous vaginal delivery at 0642 to a 28 y/o G2P1 -> P2 mother. Maternal labs: O+, antibody screen negative, rubella immune, HBsAg neg, HIV neg, RPR NR, GBS positive -- adequate IAP (penicillin G x 2 doses, > 4 h before delivery). ROM 7 h, clear fluid. Maternal Tmax 37.4. Pregnancy complicated by A1GDM (diet controlled).

Apgars 8 and 9 at 1 and 5 minutes. Birth weight 3.62 kg (62nd percentile), length 51 cm, HC 35 cm. New Ballard score 40 -> 40 weeks.

Exam: Pink, vigorous, good cry. AFOF, sutures approximated, mild molding; small caput. Red reflex present bilaterally. Palate intact. Clavicles intact. Lungs clear. Heart: RRR, no murmur, femoral pulses 2+. Abdomen soft, 3-vessel cord. GU: normal male, testes descended bilaterally. Anus patent. Hips: Ortolani and Barlow negative. Spine: no dimple or tuft. Neuro: Moro, grasp, suck, rooting symmetric. Skin: Mongolian spots over sacrum (documented), erythema toxicum on trunk.

Plan:
- Glucose protocol (IDM): POC glucose pre-feed x 3 -- 52, 58, 61 mg/dL -> normal
- Breastfeeding on demand; lactation consult
- Vitamin K 1 mg IM, erythromycin ointment, hepatitis B vaccine given with parental consent
- Early-onset sepsis calculator: risk 0.08/1000 -> routine vitals
- Bilirubin at 24 h with newborn screen; plot on Bhutani nomogram; hour-specific thresholds (AAP 2022)
- CCHD pulse-ox screen and hearing screen prior to discharge
- Circumcision requested -- after 12 h, with dorsal penile nerve block
Anticipate discharge at 48 h; follow-up 1-2 days after discharge.
""")

T("neg14_prostate", """
GU ONCOLOGY TUMOR BOARD -- SUMMARY

Case 1: 67 y/o, PSA 11.2, PSA density 0.24, mpMRI PI-RADS 5 right peripheral zone lesion with suspected extraprostatic extension. Systematic + targeted biopsy: Gleason 4+4=8 (Grade Group 4) in 6/14 cores, max 90%, perineural invasion present. PSMA PET: no nodal or distant disease. NCCN high risk, cT3a N0 M0.
Consensus: options equivalent -- (a) EBRT 70 Gy in 28 fractions (2.5 Gy/fx) to prostate + pelvic nodes with 18-24 months ADT (leuprolide 22.5 mg q3 months) +/- abiraterone per STAMPEDE data; or (b) radical prostatectomy with extended PLND, adjuvant/early salvage RT as indicated. Patient favors radiation.

Case 2: 58 y/o, PSA 5.6, Gleason 3+3=6 (GG1) in 2/12 cores, < 10% each, PI-RADS 3. Very low / low risk.
Consensus: active surveillance -- PSA every 6 months, DRE yearly, repeat MRI at 12 months, confirmatory biopsy at 12-18 months. Decipher not required for GG1.

Case 3: 74 y/o, biochemical recurrence 4 years after RP (pT3a pN0, Gleason 4+3=7, margins negative), PSA 0.41 rising, doubling time 7 months. PSMA PET: single 8 mm left obturator node.
Consensus: salvage RT to prostate bed 64-66 Gy + pelvic nodes with 6 months ADT (SPPORT trial); follow PSA q3 months.

Reference doses: bicalutamide 50 mg daily x 2-4 weeks for flare protection if starting an LHRH agonist; relugolix 360 mg load then 120 mg daily as oral GnRH antagonist (HERO trial). Check baseline DEXA; calcium 1200 mg and vitamin D 800-1000 IU daily.
""")

T("neg15_melanoma", """
MULTIDISCIPLINARY MELANOMA CLINIC -- STAGING REVIEW

Primary: left posterior calf, nodular melanoma. Breslow thickness 3.4 mm, Clark level IV, ulceration present, mitotic rate 9/mm2, no microsatellites, no lymphovascular invasion, regression absent. Peripheral and deep margins negative on wide excision (2 cm).
Sentinel lymph node biopsy: 1 of 3 left inguinal nodes positive (0.8 mm deposit, no ENE).
BRAF V600E mutation detected; NRAS wild-type. LDH normal.
PET-CT: no distant disease. MRI brain: negative.
AJCC 8th edition: pT3b pN1a M0 -> stage IIIC.

Discussion:
- Completion lymph node dissection not recommended (MSLT-II, DeCOG-SLT): nodal ultrasound surveillance every 4 months instead.
- Adjuvant therapy options for 1 year: pembrolizumab 400 mg q6 weeks (KEYNOTE-054), nivolumab (CheckMate 238), or dabrafenib 150 mg BID + trametinib 2 mg daily (COMBI-AD) given BRAF V600E.
- Neoadjuvant approach (SWOG S1801) not applicable after complete resection.
- irAE education: colitis, hepatitis, pneumonitis, hypophysitis, thyroiditis, type 1 diabetes; baseline TSH, cortisol, A1c.
- Skin: full-body exam every 3 months year 1-2; total-body photography; strict photoprotection; teach self-exam (ABCDE, "ugly duckling" sign).
Patient prefers immunotherapy (q6-week schedule). ECOG 0.
""")

T("neg16_cirrhosis", """
HEPATOLOGY INPATIENT CONSULT -- CIRRHOSIS SCORING

Decompensated cirrhosis (alcohol-associated) with new ascites and encephalopathy.

Child-Pugh:
- Bilirubin 3.4 mg/dL -> 3 points
- Albumin 2.7 g/dL -> 3 points
- INR 1.9 -> 2 points
- Ascites moderate -> 3 points
- Encephalopathy grade 1-2 -> 2 points
Total 13 -> Child-Pugh class C.

MELD 3.0: 27 (Na 129, Cr 1.4, bili 3.4, INR 1.9, albumin 2.7, female sex). MELD-Na 26.
Maddrey discriminant function 54 (PT 22.1 s, control 12.0) -> severe alcohol-associated hepatitis superimposed. Lille score to be calculated on day 7 if steroids given.
ABIC score intermediate. GAHS 9.

Recommendations:
1. Prednisolone 40 mg daily x 28 days after infection excluded (diagnostic paracentesis PMN 110 -- no SBP; blood/urine cultures pending; CXR clear). Reassess Lille at day 7 -- stop if > 0.45.
2. Lactulose titrate to 2-3 BM; add rifaximin 550 mg BID.
3. Albumin 25% 1 g/kg if AKI progresses; hold diuretics (Cr up from 0.9); terlipressin if HRS-AKI criteria met after 48 h volume challenge.
4. Nutrition: 35-40 kcal/kg, 1.2-1.5 g/kg protein, late evening snack; thiamine, folate, MVI.
5. Variceal screening EGD once stable; carvedilol 6.25 mg daily if no contraindication.
6. Alcohol use disorder treatment: baclofen or acamprosate (renal dosing) -- avoid naltrexone in decompensated cirrhosis; addiction consult.
7. Transplant: early LT discussion at selection committee (meets criteria for referral).
""")

T("neg17_pancreatitis", """
GENERAL MEDICINE -- PROGRESS NOTE, HOSPITAL DAY 2

Acute pancreatitis, gallstone etiology (ALT 312 on admission, CBD 6 mm, cholelithiasis on US). Revised Atlanta: moderately severe vs severe pending organ failure duration.

Severity scores:
- BISAP on admission 2 (BUN > 25, age > 60)
- Ranson at admission 3 (age 67, WBC 17.8, glucose 236); at 48 h: Hct drop 11%, BUN rise 6, Ca 7.6, base deficit 5, fluid sequestration 7 L -> total 7 (predicts high mortality)
- APACHE II 11
- Modified Marshall: renal 1 (Cr 2.1), respiratory 1 (P/F 280) -> transient, resolving
- CT severity index (Balthazar E, < 30% necrosis) = 6

Today: pain 5/10 (from 9/10), tolerating clear liquids -> advance to low-fat soft diet. Afebrile. UOP 0.7 mL/kg/h. Lactated Ringer 1.5 mL/kg/h (moderate goal-directed, per WATERFALL).
Labs: lipase 1840 -> 612, ALT 312 -> 144, T bili 2.4 -> 1.1, WBC 13.1, Cr 1.3, Ca 8.1, TG 180.

Plan:
- No cholangitis (no fever, bili falling) -> ERCP not indicated; MRCP if LFTs rise
- Same-admission laparoscopic cholecystectomy once clinically improving (PONCHO)
- No prophylactic antibiotics
- Multimodal analgesia: hydromorphone PCA -> oral
- DVT ppx: enoxaparin 40 mg daily
- Alcohol: denies; PEth pending
""")

T("neg18_pe", """
PULMONARY EMBOLISM RESPONSE -- RISK STRATIFICATION WORKSHEET

Clinical probability:
- Wells criteria for PE: clinical signs of DVT (3), PE most likely diagnosis (3), HR > 100 (1.5), immobilization/surgery in previous 4 weeks (1.5), previous DVT/PE (1.5), hemoptysis (1), malignancy (1).
  This patient: 3 + 3 + 1.5 = 7.5 -> "PE likely" (> 4) -> CTPA directly, skip D-dimer.
- PERC rule only applies when pretest probability < 15%; not applicable here.
- Revised Geneva score 9 -> intermediate.

CTPA: bilateral segmental and right main PA emboli; RV/LV ratio 1.3; reflux of contrast into IVC.
Echo: RV dilated, TAPSE 14 mm, McConnell sign present, no thrombus in transit.
Troponin T hs 62 ng/L (elevated). BNP 840.
sPESI 2 (HR >= 110, SaO2 < 90%). BP 108/70, lactate 1.8.

ESC category: intermediate-high risk (RV dysfunction + positive troponin, not hemodynamically unstable).

Plan:
- UFH infusion (80 U/kg bolus, 18 U/kg/h), anti-Xa goal 0.3-0.7
- No routine systemic thrombolysis (PEITHO); monitor closely in ICU for decompensation -- rescue alteplase 100 mg over 2 h or half-dose per institutional protocol if BP < 90
- Catheter-directed therapy discussed (HI-PEITHO enrollment not applicable)
- Bilateral LE duplex: occlusive R popliteal DVT
- Transition to apixaban 10 mg BID x 7 days then 5 mg BID once stable >= 48 h; duration >= 3 months (provoked: knee arthroscopy 3 weeks ago)
- Avoid IVC filter unless anticoagulation contraindicated
""")

T("neg19_preop", """
PRE-ANESTHESIA EVALUATION

Procedure: Laparoscopic right hemicolectomy. Surgery scheduled Wednesday, first case (0730), OR 9.
63 y/o, 104 kg, 170 cm, BMI 36.

Airway: Mallampati class III, thyromental distance 5.5 cm, mouth opening 3 FB, full dentition with loose lower incisor (pt informed of dental risk), neck circumference 44 cm, limited extension. Upper lip bite test class II. Prior anesthetic: uneventful GA in 2015 (grade 2 view with Macintosh 3 per old record).
STOP-BANG 6/8 -> high risk OSA; no formal sleep study. Plan video laryngoscope (GlideScope) first attempt, bougie available.

Cardiac: HTN, no angina, climbs 2 flights (> 4 METs). RCRI 1 (intraperitoneal surgery). ECG: NSR, LVH voltage. No further testing indicated per ACC/AHA.
Pulm: former smoker 30 pk-yr, quit 2010. ARISCAT intermediate. Lungs clear.
Endocrine: T2DM on metformin and empagliflozin -- hold SGLT2 inhibitor 3 days prior (euglycemic DKA risk); A1c 7.1.
Heme: no anticoagulants. Hgb 12.9. Caprini 7.
Frailty: CFS 3. PONV (Apfel) 2.

ASA physical status III.

Plan: GETA with RSI not required; ERAS protocol -- carbohydrate drink 2 h prior, TAP blocks with liposomal bupivacaine, multimodal analgesia, dexamethasone 4 mg + ondansetron 4 mg for PONV prophylaxis. Post-op CPAP-capable monitored bed, continuous pulse oximetry.
NPO after midnight for solids; clear liquids until 0530.
""")

T("neg20_adolescent", """
ADOLESCENT MEDICINE -- CONFIDENTIAL VISIT

15 y/o assigned female at birth, identifies as female, here for delayed menarche and fatigue. Parent stepped out for HEADSSS portion.

HEADSSS: Home -- lives with mother and younger brother, feels safe. Education -- 10th grade, B/C student, slipping this semester. Activities -- cross-country (runs 40-50 miles/week), art club. Drugs -- denies. Sexuality -- not sexually active, attracted to boys. Suicide/depression -- PHQ-A 8 (mild), no SI. Safety -- seatbelt always, no weapons at home. Eating -- "eats clean," skips breakfast, restricts after meets; SCOFF 2/5.

Growth: height 162 cm (50th %ile), weight 44.1 kg (10th), BMI 16.8 (5th %ile, down from 35th two years ago). HR 48 lying, 76 standing (orthostatic increase 28). BP 94/58. Temp 36.1.

Exam: Tanner stage 4 breasts, Tanner 4 pubic hair. Thin, lanugo on back. No parotid enlargement, no Russell sign. Cold extremities, acrocyanosis. Cardiac: sinus bradycardia, no murmur.

Labs: CBC normal, CMP normal (phos 3.9), TSH 1.8, prolactin 9, FSH 2.1, LH 0.4, estradiol < 15, hCG negative. ECG: sinus brady 46, QTc 420.

Assessment: Primary amenorrhea (no menses at 15 with Tanner 4 development) due to functional hypothalamic amenorrhea in the setting of low energy availability -- Relative Energy Deficiency in Sport (female athlete triad); r/o atypical anorexia nervosa.
Plan: not meeting admission criteria (HR > 45 awake, no electrolyte derangement). Reduce mileage, sports dietitian, adolescent therapist (FBT), weekly weights, DEXA. Bring parent back in to discuss plan together with patient's agreement.
""")

T("neg21_nursing", """
CHARGE NURSE HANDOFF -- 6 WEST (MED/SURG TELEMETRY), NIGHT SHIFT

Census 28/30. Staffing: 6 RNs, 2 PCTs. 2 admits pending from ED (bed 612-B, bed 618-A). 1 discharge this AM (room 604).

Room 601 -- POD 1 lap appy, pain controlled, ambulating. Nothing acute.
Room 603-A -- COPD exacerbation, 2 L NC, nebs q4h (DuoNeb), BiPAP at night; RT aware. Fall risk.
Room 605 -- DKA resolved, transitioned to SQ insulin at 2100; FSBG 0400 = 188. Dinner tray tomorrow 1730.
Room 607 -- new AFib RVR, diltiazem gtt 10 mg/h, HR 90s-110s; tele box #14. Echo in AM (Tuesday schedule).
Room 609-B -- CIWA 12 at 0200, given lorazepam 1 mg; recheck at 0300 = 7. Sitter requested, none available -- video monitor in place.
Room 611 -- s/p fall at home, hip film negative, PT eval today. Bed alarm on.
Room 614 -- comfort care, morphine gtt 2 mg/h; family at bedside, chaplain paged 0115.
Room 616 -- NPO after midnight for EGD 0900; IVF D5 1/2 NS @ 75.
Room 620 -- sickle cell pain crisis, PCA hydromorphone 0.2 mg / 10 min lockout, pain 8/10 -> 6/10; IS encouraged.

Rapid response x1 at 0240 (room 622): hypotension 78/40 after IV metoprolol; 500 mL bolus, BP 102/60; stayed on unit.
Pyxis in med room 2 down -- tech ticket placed; override kit used per policy.
Code cart checked 2300, glucometer QC done, fridge temp 4 C.
Safety huddle at 0700, float pool RN to cover 3 patients until 1100.
""")

T("neg22_eddc", """
EMERGENCY DEPARTMENT DISCHARGE INSTRUCTIONS -- KIDNEY STONE

You were seen today for a kidney stone (ureteral stone, 4 mm, right side). Stones this size pass on their own about 80% of the time, usually within 1 to 4 weeks.

What you should do:
- Drink enough fluids to make your urine pale yellow (about 2.5 to 3 liters a day). Your urine will look darker if you are not drinking enough.
- Take tamsulosin (Flomax) 0.4 mg once a day until the stone passes or for up to 4 weeks. It may make you dizzy when you stand up quickly.
- For pain: naproxen 500 mg twice a day with food for up to 5 days. If that is not enough, take oxycodone/acetaminophen 5/325, 1 tablet every 6 hours only as needed for severe pain (you were given 8 tablets). Do not drive while taking it.
- Ondansetron 4 mg dissolving tablet every 8 hours as needed for nausea.
- Strain your urine with the strainer we gave you and bring any stone to your follow-up visit.

Call urology within 1 week to schedule a follow-up visit and an x-ray (KUB).

Return to the ED right away if you have:
- Fever of 100.4 F (38 C) or higher, or shaking chills
- Pain that is not controlled by the medicine
- Vomiting and cannot keep fluids down
- You cannot pass urine

We hope you feel better soon. Your results, including urine studies, will be available in the patient portal in 24 to 48 hours. A copy of these instructions has been given to you.
""")

T("neg23_cardiology", """
STRUCTURAL HEART CLINIC -- TAVR EVALUATION

82 y/o with severe, symptomatic calcific aortic stenosis: AVA 0.7 cm2, mean gradient 46 mmHg, Vmax 4.3 m/s, DVI 0.22, LVEF 60%. NYHA class III. Calcium score of the aortic valve 3100 AU.
STS PROM 4.8% (intermediate). Frailty: 5-m gait speed 7.1 s, grip strength reduced, albumin 3.4. KCCQ-12 38.

CT TAVR protocol: annulus area 462 mm2, perimeter 77 mm -> 26 mm balloon-expandable valve (SAPIEN 3 Ultra RESILIA) or 29 mm self-expanding (Evolut FX+). Coronary heights L 12 mm, R 15 mm. Iliofemoral access adequate (minimal luminal diameter 6.8 mm R CFA).
ECG: sinus, 1st-degree AV block (PR 236), RBBB -> high risk of post-TAVR pacemaker; balloon-expandable favored; overnight telemetry and consider ambulatory monitor (Zio XT) post-discharge.
Coronary angiography: 70% mid-LAD stenosis -> FFR 0.84 (non-significant), medical management.
AF: paroxysmal, CHA2DS2-VASc 5, HAS-BLED 3; on apixaban 5 mg BID. LAAO (WATCHMAN FLX Pro) deferred.

Heart team consensus: transfemoral TAVR preferred over SAVR given age and frailty (PARTNER 3 and Evolut Low Risk extended data reviewed; ISCHEMIA not applicable).
Post-procedure antithrombotic: continue apixaban alone (no added aspirin per POPular TAVI cohort A).
Dental clearance obtained. Procedure to be scheduled; anticipate next-day discharge per 3M TAVR pathway.
""")

T("neg24_trials", """
THORACIC ONCOLOGY -- TREATMENT PLANNING NOTE

Newly diagnosed metastatic non-squamous NSCLC (adenocarcinoma), stage IVB (bone, adrenal). ECOG 1. PD-L1 TPS 35% (22C3). NGS (tissue + plasma): KRAS G12C, STK11 co-mutation, no EGFR, ALK, ROS1, BRAF, MET exon 14, RET, NTRK, or HER2 alterations. TMB 11 mut/Mb.

Guideline reference: NCCN NSCLC v3 -- first-line options for PD-L1 1-49%, no actionable driver:
- Pembrolizumab + carboplatin + pemetrexed (KEYNOTE-189)
- Nivolumab + ipilimumab +/- 2 cycles chemo (CheckMate 9LA) -- considered given STK11/KEAP1 biology (POSEIDON subgroup data)
- Atezolizumab + bevacizumab + carboplatin + paclitaxel (IMpower150)
KRAS G12C-directed therapy (sotorasib, CodeBreaK 200; adagrasib, KRYSTAL-12) reserved for second line.

Decision: carboplatin AUC 5 + pemetrexed 500 mg/m2 + pembrolizumab 200 mg q3 weeks x 4, then pemetrexed/pembrolizumab maintenance. Folic acid 1 mg daily and B12 1000 mcg IM q9 weeks starting 7 days before pemetrexed. Dexamethasone 4 mg BID the day before, of, and after.
Bone: zoledronic acid 4 mg q12 weeks (CrCl 68) + calcium/vitamin D; palliative RT 8 Gy x 1 to painful R iliac lesion.
Response assessment: CT q6 weeks x 4 then q9 weeks; RECIST 1.1, iRECIST for pseudoprogression.
Clinical trial screening: not eligible (brain mets excluded? -- MRI negative, so eligible for one KRAS G12C first-line study pending slot).
""")

T("neg25_pharmacy", """
PHARMACY -- INPATIENT MEDICATION RECONCILIATION (home list verified with pharmacy fill history and bottles)

1. Hydrocodone/acetaminophen (Norco) 5/325: 1/2 to 1 tab PO q6h PRN pain -- uses ~2 tabs/day. Last fill 30 tabs.
2. Fluticasone/salmeterol (Advair Diskus) 250/50: 1 inhalation BID -- adherent.
3. Ipratropium/albuterol (DuoNeb) 0.5/2.5 mg per 3 mL: nebulized q6h PRN -- 1-2x/day.
4. Budesonide/formoterol (Symbicort) 160/4.5: listed by clinic but NOT filled in 6 months -- duplicate ICS/LABA; clarify and remove.
5. Metoprolol succinate 25 mg: 1/2 tab daily (12.5 mg) -- tablet is scored ER; OK to split.
6. Sacubitril/valsartan (Entresto) 24/26 mg BID.
7. Amlodipine/benazepril 5/20 mg daily -- STOP: ACEi contraindicated with sacubitril/valsartan (36-h washout needed). Flagged to team.
8. Insulin glargine U-100 (Lantus SoloStar) 22 units qHS + insulin lispro sliding scale; 1 unit : 10 g carb ratio at home.
9. Levothyroxine 88 mcg daily, separated from calcium by 4 h.
10. Warfarin 5 mg Sun/Tue/Thu, 2.5 mg other days (weekly 25 mg); INR 2.8 on admission.
11. Trimethoprim/sulfamethoxazole DS 800/160 BID started 3 days ago for UTI -- interaction with warfarin (INR rise expected) and with sacubitril/valsartan (hyperkalemia); K 5.3. Recommend switching to nitrofurantoin 100 mg BID if CrCl > 30 (CrCl 42).
12. Cyclobenzaprine 10 mg TID PRN -- Beers list (anticholinergic, 78 y/o); suggest taper/stop.
13. Vitamin D3 2000 IU daily; docusate 100 mg BID (low value -- may stop); senna 8.6 mg 2 tabs qHS.
Allergy: penicillin (childhood rash -- low risk; candidate for amoxicillin challenge). Codeine (nausea, intolerance).
""")

T("neg26_psych", """
OUTPATIENT PSYCHIATRY -- MEDICATION MANAGEMENT

35 y/o with MDD, recurrent, and PTSD, here for 6-week follow-up after increasing venlafaxine XR to 150 mg.

Scales today: PHQ-9 14/27 (previous 19), GAD-7 11/21, PCL-5 41, Columbia screener negative (no ideation since last visit), AUDIT-C 2. MoCA not indicated.
Reports sleep improved to 6 h with prazosin 2 mg qHS (nightmares 2/week, down from nightly). Energy 5/10, mood 4/10 -> 6/10. Still avoids crowded stores. Attending weekly CPT (cognitive processing therapy) sessions, now session 7 of 12; completing worksheets.

Pt describes faith community as a key support; says "I have hope again, which I didn't in the winter." Will try volunteering two mornings a week. Discussed that the grant-funded peer support group meets Thursdays at 1800.

MSE: well groomed, cooperative. Speech normal. Mood "better, not great." Affect mildly constricted, reactive. TP linear. No SI/HI, no psychosis. Insight good, judgment good.

Assessment: MDD partial response; PTSD improving with CPT and prazosin.
Plan:
- Increase venlafaxine XR to 225 mg daily; BP check in 2 weeks (BP today 124/78)
- Continue prazosin 2 mg; may titrate to 3 mg if nightmares persist; orthostatic precautions
- Continue CPT; therapist to send progress summary
- Safety plan reviewed; crisis line 988 on card
- Next visit in 6 weeks; consider augmentation (aripiprazole 2 mg) if PHQ-9 still > 10
""")

T("neg27_derm", """
DERMATOLOGY RESIDENT TEACHING HANDOUT -- EPONYMOUS SIGNS

- Nikolsky sign: lateral pressure shears off epidermis -- pemphigus vulgaris, SJS/TEN, SSSS. Asboe-Hansen sign: bulla spreads with pressure.
- Auspitz sign: pinpoint bleeding after scale removal -- psoriasis.
- Koebner phenomenon: lesions at sites of trauma -- psoriasis, lichen planus, vitiligo; pseudo-Koebner in warts and molluscum.
- Darier sign: urtication after rubbing -- cutaneous mastocytosis (urticaria pigmentosa).
- Leser-Trelat sign: sudden eruption of many seborrheic keratoses -- internal malignancy (gastric adenocarcinoma).
- Gottron papules and heliotrope rash -- dermatomyositis; shawl sign, V-sign, holster sign, mechanic's hands.
- Hutchinson sign (zoster): vesicles on nasal tip -> ophthalmology referral for V1 involvement. Hutchinson sign (nail): periungual pigment spread -> subungual melanoma.
- Wickham striae -- lichen planus. Mees lines -- arsenic. Beau lines -- systemic illness. Muehrcke lines -- hypoalbuminemia. Terry nails -- cirrhosis.
- Crowe sign: axillary freckling -- NF1 (with >= 6 cafe-au-lait macules > 15 mm post-puberty, Lisch nodules).
- Fitzpatrick skin types I-VI; MED testing for phototherapy (NB-UVB starting dose by skin type).
- Stevens-Johnson syndrome < 10% BSA; TEN > 30%; SCORTEN at day 1 and day 3.
- Sweet syndrome; Kaposi sarcoma (HHV-8); Bowen disease (SCC in situ); Paget disease of the nipple; Degos disease; Hailey-Hailey disease; Grover disease.
- Breslow thickness is the key prognostic factor for melanoma; Clark level retained only for thin lesions in older staging.
Practical: Wood lamp -- coral red (erythrasma), yellow-green (Microsporum tinea capitis), chalk white (vitiligo).
""")

T("neg28_neuro", """
NEUROLOGY CONSULT -- ASCENDING WEAKNESS

48 y/o with 6 days of ascending numbness and weakness after a diarrheal illness 2 weeks ago. Now unable to climb stairs. Mild back pain. No bowel/bladder dysfunction.

Exam: Alert, CN -- bilateral facial weakness (lower motor neuron), no ophthalmoplegia, no ptosis; pupils reactive. Motor: hip flexors 3/5, knee extension 4-/5, ankle dorsiflexion 4/5 bilaterally; deltoids 4+/5, grip 4+/5. Reflexes: absent throughout (0) -- no Hoffmann sign, toes downgoing (Babinski negative). Sensory: reduced vibration to knees, proprioception reduced at toes. Romberg positive. Kernig and Brudzinski signs negative. Gait: wide-based, needs 1 assist.
Bulbar: single-breath count 22 (normal > 30). NIF -40, FVC 2.6 L (55% predicted).

LP: protein 148, WBC 2 (albuminocytologic dissociation). NCS: prolonged distal latencies, conduction block, absent F-waves -> AIDP pattern.
Ganglioside Ab (GQ1b) negative -- Miller Fisher variant unlikely (no ataxia/ophthalmoplegia triad). Campylobacter stool PCR positive.

Assessment: Guillain-Barre syndrome (AIDP), Brighton level 1 certainty, EGRIS 4 (intermediate risk for mechanical ventilation), mEGOS pending at day 7.

Plan:
- IVIG 0.4 g/kg/day x 5 days (or PLEX if IVIG contraindicated)
- Admit to step-down; FVC and NIF q6h; 20/30/40 rule for intubation (FVC < 20 mL/kg, NIF weaker than -30, PEF... decline > 30%)
- Telemetry for dysautonomia; avoid beta-blockers for transient hypertension
- DVT ppx, PT/OT, pain: gabapentin 300 mg TID
- No steroids (not beneficial in GBS)
Differential considered: CIDP (onset > 8 weeks), tick paralysis (skin check negative), West Nile and Lyme (serologies sent), botulism (descending -- does not fit), transverse myelitis (no sensory level; MRI spine without cord signal).
""")

T("neg29_ortho", """
ORTHOPEDIC SPORTS CLINIC -- KNEE / ANKLE / SHOULDER EXAM TEMPLATE (completed)

Knee (left):
- Effusion: 2+ (ballottable patella)
- Lachman: 2B (soft endpoint, 8 mm translation); anterior drawer positive; pivot shift grade 2
- Posterior drawer negative; sag sign absent
- McMurray: positive for medial meniscus (painful click with ER); Thessaly positive at 20 deg; Apley grind positive
- Valgus stress at 30 deg: grade I laxity (MCL)
- Ottawa knee rule: negative -> no fracture imaging needed, but MRI ordered (ACL + medial meniscus)
Ankle (right, old injury):
- Anterior drawer negative; talar tilt negative; squeeze test negative; Thompson test negative (Achilles intact)
- Prior x-ray: Weber B fibula fracture, healed (Danis-Weber classification); no Maisonneuve injury
Shoulder (left, chronic instability):
- Apprehension and relocation positive; sulcus sign negative
- Neer and Hawkins-Kennedy negative; Speed and O'Brien negative; empty can 5/5
- Imaging: Hill-Sachs lesion, small bony Bankart (glenoid bone loss 12%)
Hand/wrist reference: Colles (dorsal angulation) vs Smith (volar) fractures; scaphoid snuffbox tenderness -> thumb spica; Finkelstein positive (de Quervain); Tinel and Phalen negative (carpal tunnel); Jersey finger vs Mallet finger; Boxer fracture (5th metacarpal neck).
Peds: Salter-Harris type II distal radius, Gartland type II supracondylar humerus, Monteggia and Galeazzi patterns reviewed.
Grading: strength 5/5 except quad 4/5 (pain inhibition). Lysholm 62. Tegner 7 pre-injury, 2 now.
Plan: ACL reconstruction discussion (BTB vs hamstring vs quad tendon autograft); prehab 3-4 weeks to restore ROM and quad activation; hinged brace; crutches WBAT.
""")

T("neg30_rheum", """
RHEUMATOLOGY NEW CONSULT -- INFLAMMATORY BACK PAIN AND ORAL ULCERS

29 y/o with 4 years of morning low back stiffness lasting > 1 hour, improved with exercise, worse with rest, waking in second half of night. Alternating buttock pain. Also recurrent painful oral aphthae (> 3/year), two episodes of genital ulcers, and one episode of anterior uveitis (right eye, treated with topical steroids). Pathergy history: pustule at venipuncture site.

Exam: Modified Schober test 3.2 cm (reduced, normal > 5 cm). Occiput-to-wall 0 cm. Chest expansion 4.5 cm. Lateral lumbar flexion reduced. FABER positive bilaterally; sacroiliac tenderness. Enthesitis at L Achilles insertion. No synovitis. Oral: two aphthous ulcers, 5 mm. Skin: papulopustular lesions on back, erythema nodosum-like nodules on shins. Nails normal. No Raynaud phenomenon. No sicca (Schirmer test 15 mm at 5 min -- argues against Sjogren syndrome).

Labs: HLA-B27 negative. CRP 24, ESR 42. ANA negative, RF/CCP negative. UA normal.
MRI SI joints: bilateral bone marrow edema (ASAS-positive). Pathergy test placed today, read at 48 h.

Assessment: Meets ICBD criteria for Behcet disease (oral ulcers 2 + genital ulcers 2 + ocular 2 + skin 1 = 7) with axial spondyloarthritis features; Still disease and Crohn disease considered less likely.

Plan:
- Colchicine 0.6 mg BID (mucocutaneous)
- Ophthalmology: urgent -- uveitis in Behcet warrants systemic therapy; adalimumab 40 mg q2 weeks favored (covers eye + axial disease); TB/hepatitis screening sent
- NSAID: naproxen 500 mg BID with PPI
- Apremilast 30 mg BID as alternative for oral ulcers if colchicine insufficient
- BASDAI 6.1, ASDAS-CRP 3.4 today (baseline)
""")

T("neg31_ob", """
LABOR AND DELIVERY -- INDUCTION ADMISSION NOTE

31 y/o G1P0 at 41w0d (dated by first-trimester ultrasound) admitted for elective induction at 41 weeks (ARRIVE/INDEX counselling reviewed). Uncomplicated prenatal course. A+, GBS negative, rubella immune. BMI 29.

Leopold maneuvers: vertex, longitudinal lie, back to maternal left, EFW 3600 g. Bedside US confirms cephalic.
SVE: 1 cm / 40% / -2 station, firm, posterior. Bishop score 3 -> unfavorable cervix -> cervical ripening.
NST: baseline 140, moderate variability, accelerations present, no decelerations. Category I. Irregular Braxton Hicks contractions, mild.

Plan:
- Misoprostol 25 mcg vaginally q4h (max 6 doses) + Cook cervical ripening balloon (80 mL / 80 mL) -- combined method
- Reassess Bishop score after balloon expulsion; oxytocin per low-dose protocol once Bishop >= 6 (or > 8 favorable)
- AROM when engaged and safe
- Continuous EFM once active labor or oxytocin started
- Epidural on request; CBC/type and screen sent
- Shoulder dystocia preparedness: McRoberts, suprapubic pressure, Rubin, Woods corkscrew, delivery of posterior arm; Zavanelli as last resort. Low risk here (EFW < 4000 g, no diabetes).
- If cesarean indicated: Pfannenstiel skin incision, low transverse hysterotomy; Joel-Cohen technique per attending preference.
- Delivery: modified Ritgen maneuver to control head; delayed cord clamping 60 s; active management of third stage (oxytocin 10 units IM/IV).
- Postpartum hemorrhage kit and QBL.
Nagele rule EDD matches ultrasound within 5 days. Patient and partner agree with plan; birth preferences reviewed (dim lights, skin-to-skin, mother wishes to avoid episiotomy).
""")

T("neg32_heme", """
COAGULATION / HEMATOLOGY CONSULT -- PREOPERATIVE BLEEDING EVALUATION

24 y/o with lifelong easy bruising, heavy menses (PBAC 210, soaking through pads hourly day 1-2), prolonged bleeding after wisdom tooth extraction 2 years ago requiring packing, and epistaxis lasting > 15 min. Mother and maternal aunt with "bleeding problems." ISTH-BAT score 9 (abnormal > 5 in women). Scheduled for laparoscopic ovarian cystectomy.

Labs: CBC Hgb 10.8, MCV 74, Plt 238, ferritin 6. PT 12.1, aPTT 38 (ULN 36). Fibrinogen 310.
VWF:Ag 32%, VWF:GPIbM 24%, FVIII 41%, ratio GPIbM/Ag 0.75 -> consistent with type 1 von Willebrand disease (ASH/ISTH/NBDF/WFH 2021 guideline: VWF < 30% or < 50% with abnormal bleeding). Blood group O noted (lowers VWF levels).
Peripheral smear: microcytic hypochromic cells, no schistocytes; no Howell-Jolly bodies; platelet morphology normal (argues against Bernard-Soulier or Glanzmann thrombasthenia -- PFA-100 and aggregation studies to follow only if DDAVP response poor). Direct Coombs negative.

Plan:
1. DDAVP challenge 0.3 mcg/kg IV: VWF and FVIII at 1 h and 4 h; fluid restriction 24 h, Na check.
2. Perioperative: if responsive, DDAVP 1 h pre-op; else VWF concentrate (Humate-P or Vonvendi) targeting VWF activity > 50% for 3 days.
3. Tranexamic acid 1300 mg TID during menses; hormonal therapy with gynecology (LNG-IUD).
4. Iron deficiency: IV iron sucrose 200 mg x 5.
5. Avoid NSAIDs/aspirin; medical alert card; cascade testing for first-degree relatives.
Other differentials excluded: hemophilia A carrier state (FVIII 41% -- could coexist; F8 genetics if DDAVP response unexpected), Philadelphia chromosome or JAK2 disorders irrelevant here (normal platelet count and morphology).
""")

T("neg33_gi", """
SURGERY CONSULT -- ABDOMINAL PAIN, TEACHING SUMMARY FOR STUDENTS (bedside findings)

Presentation: 55 y/o with fever, RUQ pain and jaundice (Charcot triad) who became confused and hypotensive overnight -> Reynolds pentad -> acute cholangitis, Tokyo grade III. Urgent ERCP arranged; blood cultures drawn; piperacillin-tazobactam started.

Exam pearls reviewed today:
- Murphy sign: inspiratory arrest on RUQ palpation (cholecystitis); sonographic Murphy more specific.
- Courvoisier sign: palpable, non-tender gallbladder with painless jaundice -> think pancreatic head malignancy, not stones.
- Cullen sign (periumbilical) and Grey Turner sign (flank ecchymosis): retroperitoneal hemorrhage, e.g. hemorrhagic pancreatitis.
- Rovsing, psoas and obturator signs; McBurney point tenderness: appendicitis. Alvarado score 8 -> CT vs surgery.
- Kehr sign: L shoulder pain from splenic injury/diaphragmatic irritation.
- Carnett sign: pain increases with tensed abdominal wall -> abdominal wall source.
- Virchow node (L supraclavicular), Sister Mary Joseph nodule (umbilical), Blumer shelf (rectal shelf), Krukenberg tumor (ovarian) -- metastatic GI cancer.
- Boerhaave syndrome (full-thickness esophageal rupture, Mackler triad) vs Mallory-Weiss tear (mucosal).
- Zenker diverticulum (halitosis, regurgitation of undigested food); Barrett esophagus (intestinal metaplasia; Prague C2M4).
- Whipple triad (hypoglycemia symptoms, low glucose, relief with glucose) -- insulinoma; not to be confused with the Whipple procedure or Whipple disease (Tropheryma whipplei).
- Hirschsprung disease (children: delayed meconium); Meckel diverticulum (rule of 2s).
- Glasgow-Blatchford score 0 for low-risk upper GI bleed -> outpatient management; Rockall score after endoscopy; Forrest classification of ulcers (Ia spurting ... III clean base).
""")

T("neg34_geri", """
HOME HEALTH SKILLED NURSING VISIT -- NOTE

Patient seen at home, alert and pleasant, sitting in recliner. Lives with spouse; adult child visits weekly. Vitals: BP 148/86, HR 78 irregular, T 37.9 (temp rose from 37.2 at last visit), RR 20, SpO2 92% RA.

Resp: productive cough with green sputum x 2 days; crackles R base. Called the on-call provider -- will page back within the hour; CXR ordered at home (mobile x-ray).
GU: frank hematuria this morning per spouse, now pink-tinged urine; foley NOT in place; voiding. Reports brown urine two days ago. On apixaban -- notified provider; bleeding precautions reviewed.
Skin: white, macerated skin between toes; small pressure area on L heel, blanchable. Mark placed on heel margin with skin marker to track size. Applied foam and heel protector.
Mental status: oriented x3, MoCA 24/30 last month. Patient states "I will take my pills if you put them in the box" -- pillbox filled for 2 weeks.
Nutrition: fair intake; young grandchild helps with meals after school.
Social: spouse asked about grant programs for a ramp; SW referral placed. Asked whether we bill the visit to insurance -- explained Medicare Part A home health benefit covers skilled visits.
Education: rose-colored urine vs. red -- call if bright red or clots. Page 3 of the medication teaching booklet reviewed (anticoagulant safety). Told to keep the white count lab slip for Monday.
Plan: next SN visit in 2 days; PT visit Thursday; OT evaluation pending. Visit time 55 min.
""")

T("neg35_handout", """
PATIENT EDUCATION -- CARING FOR YOUR URINARY (FOLEY) CATHETER AT HOME

Why you have a catheter: A thin, soft tube (Foley catheter) drains urine from your bladder into a bag. A small balloon filled with water holds it in place.

Every day:
- Wash your hands before and after touching the catheter or bag.
- Clean the skin where the catheter enters your body with mild soap and water once or twice a day. Clean away from the body, never toward it.
- Keep the drainage bag below the level of your bladder at all times, including when walking. Do not let it touch the floor.
- Empty the leg bag when it is half full (about every 3 to 4 hours) and the night bag each morning.
- Drink 6 to 8 glasses of water a day unless your care team told you to limit fluids.
- Change from the leg bag to the larger night bag at bedtime.

You may shower with the catheter in. Do not take a tub bath until your team says it is OK.

Call your care team (the number is on your discharge papers) if:
- No urine drains for 4 hours or more, or your belly feels full and painful
- Urine is cloudy, bloody, smells bad, or you have a fever of 101 F or higher
- The catheter falls out -- do not try to put it back in
- You see leaking around the catheter

Supplies: 2 leg bags (600 mL), 2 night bags (2000 mL), catheter securement device (StatLock), alcohol wipes. Bags should be replaced every 4 weeks, or sooner if they smell or leak.

A home health nurse will visit on Monday and Thursday mornings between 9 and 11 AM for the first 2 weeks. Your catheter will be removed at your urology visit in about 10 days.
""")


# ---------------------------------------------------------------------------
# Build, write, verify
# ---------------------------------------------------------------------------
MARK = re.compile(r"\{([A-Z]+)\|([^{}|]*)\}")
NUM_WORDS = {
    "ninety": 90, "ninety-one": 91, "ninety-two": 92, "ninety-three": 93,
    "ninety-four": 94, "ninety-five": 95, "ninety-six": 96, "ninety-seven": 97,
    "ninety-eight": 98, "ninety-nine": 99, "one hundred": 100,
}


def category(tid):
    m = re.match(r"[a-z]+", tid)
    return m.group(0)


def build(tid, marked):
    out = bytearray()
    spans = []
    values = []
    pos = 0
    for m in MARK.finditer(marked):
        out += marked[pos:m.start()].encode("utf-8")
        ab, val = m.group(1), m.group(2)
        if ab not in ABBR:
            raise SystemExit(f"{tid}: unknown abbreviation {ab!r}")
        b0 = len(out)
        out += val.encode("utf-8")
        spans.append({"bstart": b0, "bend": len(out), "kind": ABBR[ab]})
        values.append(val)
        pos = m.end()
    out += marked[pos:].encode("utf-8")
    text = out.decode("utf-8")
    if "{" in text or "}" in text:
        raise SystemExit(f"{tid}: leftover markup characters in text")
    return text, spans, values


def edge_ok(kind, val):
    if not val or val != val.strip():
        return False
    first, last = val[0], val[-1]
    if not last.isalnum():
        return False
    if first.isalnum():
        return True
    return kind in ("PHONE", "FAX") and first in "(+"


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "notes.jsonl")
    ids = set()
    expected = {}
    with open(path, "w", encoding="utf-8") as fh:
        for tid, marked in TEXTS:
            if tid in ids:
                raise SystemExit(f"duplicate id {tid}")
            ids.add(tid)
            text, spans, values = build(tid, marked)
            expected[tid] = values
            fh.write(json.dumps({"id": tid, "text": text, "spans": spans},
                                ensure_ascii=False) + "\n")

    # ---- re-read and verify
    errors = []
    warnings = []
    by_kind = Counter()
    by_cat_texts = Counter()
    by_cat_spans = Counter()
    by_cat_kind = defaultdict(Counter)
    n = 0
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            n += 1
            tid, text, spans = rec["id"], rec["text"], rec["spans"]
            raw = text.encode("utf-8")
            cat = category(tid)
            by_cat_texts[cat] += 1
            vals = expected[tid]
            if len(vals) != len(spans):
                errors.append(f"{tid}: span count mismatch")
            prev_end = -1
            covered = []
            for sp, val in zip(spans, vals):
                b0, b1, kind = sp["bstart"], sp["bend"], sp["kind"]
                if b0 < prev_end:
                    errors.append(f"{tid}: overlap/unsorted at {b0}")
                if b1 <= b0:
                    errors.append(f"{tid}: empty span at {b0}")
                prev_end = b1
                try:
                    got = raw[b0:b1].decode("utf-8")
                except UnicodeDecodeError:
                    errors.append(f"{tid}: span {b0}-{b1} splits a character")
                    continue
                if got != val:
                    errors.append(f"{tid}: span {b0}-{b1} = {got!r} != {val!r}")
                if not edge_ok(kind, got):
                    errors.append(f"{tid}: bad span edge {kind} {got!r}")
                if kind == "AGE_90_PLUS":
                    v = got.lower()
                    age = int(v) if v.isdigit() else NUM_WORDS.get(v)
                    if age is None or age < 90:
                        errors.append(f"{tid}: AGE_90_PLUS not >= 90: {got!r}")
                if kind == "DATE" and re.fullmatch(r"(19|20)\d\d", got):
                    errors.append(f"{tid}: bare year labelled as DATE: {got!r}")
                if kind == "DATE" and re.fullmatch(
                        r"(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day", got):
                    errors.append(f"{tid}: weekday labelled as DATE: {got!r}")
                by_kind[kind] += 1
                by_cat_spans[cat] += 1
                by_cat_kind[cat][kind] += 1
                covered.append((len(raw[:b0].decode("utf-8")),
                                len(raw[:b1].decode("utf-8")), kind, got))
            if cat == "neg" and spans:
                errors.append(f"{tid}: hard negative has spans")

            # ---- consistency warnings: labelled value also present unlabelled
            def outside(i, j):
                return all(j <= s or i >= e for s, e, _, _ in covered)

            seen = set()
            for s, e, kind, got in covered:
                if kind == "NAME":
                    toks = [t for t in re.findall(r"[^\W\d_][\w'’-]*", got)
                            if len(t) >= 3 and t[0].isupper()]
                else:
                    toks = [got] if len(got) >= 4 else []
                for tok in toks:
                    if tok in seen:
                        continue
                    seen.add(tok)
                    for m in re.finditer(r"(?<![\w-])" + re.escape(tok) + r"(?![\w-])", text):
                        if outside(m.start(), m.end()):
                            ctx = text[max(0, m.start() - 30):m.end() + 30].replace("\n", " ")
                            warnings.append(f"{tid}: unlabelled {tok!r} ({kind}) ... {ctx} ...")
            if cat == "neg":
                pats = [
                    r"\b\d{1,2}/\d{1,2}/\d{2,4}\b",
                    r"\b(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}\b",
                    r"\bMay \d{1,2}\b",
                    r"\(\d{3}\) ?\d{3}-\d{4}|\b\d{3}[-.]\d{3}[-.]\d{4}\b",
                    r"\b(Dr|Mr|Mrs|Ms)\. [A-Z]",
                    r"@|https?://|www\.",
                    r"\b(9\d|1[01]\d)[- ]?(yo|y/o|year)",
                ]
                for p in pats:
                    for m in re.finditer(p, text):
                        warnings.append(f"{tid}: negative looks like PHI: {m.group(0)!r}")

    if errors:
        print("ERRORS:")
        for e in errors:
            print("  " + e)
        sys.exit(1)

    total = sum(by_kind.values())
    print(f"wrote {path}")
    print(f"texts: {n}   spans: {total}")
    print("spans per kind:")
    for k in ABBR.values():
        if by_kind[k]:
            print(f"  {k:<16} {by_kind[k]}")
    print("per category:")
    for c in sorted(by_cat_texts):
        print(f"  {c:<6} texts={by_cat_texts[c]:<4} spans={by_cat_spans[c]}")
    if warnings:
        print(f"review warnings ({len(warnings)}):")
        for w in warnings:
            print("  " + w)
    print("verification passed")


if __name__ == "__main__":
    main()

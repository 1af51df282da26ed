#!/usr/bin/env python3
"""Sixth independent hand-labelled PHI corpus (community hospital + clinics).

Inline markup: {ABBR|value}. Run `python3 make.py` to build and verify notes.jsonl.
Stdlib only.
"""
import json
import os
import re
import sys
from collections import Counter, defaultdict

ABBR = {
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
    "MRN": "MRN",
    "HP": "HEALTH_PLAN_ID",
    "AC": "ACCOUNT_NUMBER",
    "LIC": "LICENSE_NUMBER",
    "VEH": "VEHICLE_ID",
    "DEV": "DEVICE_ID",
    "URL": "URL",
    "IP": "IP_ADDRESS",
    "OID": "OTHER_ID",
}
MARK = re.compile(r"\{([A-Z]+)\|([^{}]*)\}")

# (text id, value) pairs where a span deliberately touches an adjacent letter/digit
# (e.g. "93F" -> only "93" is the age).
BOUNDARY_OK = {("query12", "93"), ("note44_progress_lowercase", "92")}

TEXTS = []


def T(tid, body):
    TEXTS.append((tid, body.strip("\n")))


# =====================================================================
# CLINICAL NOTES (50)
# =====================================================================

T("note01_hp", """
{G|RIDGELINE COMMUNITY HOSPITAL} - HOSPITALIST SERVICE
ADMISSION HISTORY AND PHYSICAL

Patient: {N|Whitaker, Grant Allen}      MRN: {MRN|RCH-00418273}      FIN: {AC|7700192384}
DOB: {D|04/11/1947}      Admit date: {D|03/02/2024}      Room: 3W-314B
Attending: {N|Adaeze Nwosu}, MD      PCP: Dr. {N|Frank Lane} ({G|Ridgeline Family Medicine – Frostburg})

CHIEF COMPLAINT: "I can't catch my breath."

HPI: Mr. {N|Whitaker} is a 76 y.o. man with HFrEF (EF 25-30% on TTE {D|11/2023}), CKD 3b, T2DM and AF on
Eliquis 5 mg BID who presents with 5 days of progressive dyspnea, 3-pillow orthopnea and a 9 lb weight gain.
He ran out of Lasix 40 mg around {D|Feb 24} after his pharmacy in {C|LaVale} closed and he "didn't want to
bother anybody." Denies chest pain, syncope, ICD shocks. Of note he was seen at {G|Garrett Highlands Medical Center}
ED on {D|2/27/24} and sent home with a 3-day burst of furosemide.

PMH: ischemic cardiomyopathy, s/p CABG x3 (2009, {G|Allegheny Summit University Hospital}); Medtronic CRT-D
(Claria MRI, serial {DEV|RNF418822S}) implanted {D|June 2019}; CKD 3b (baseline Cr 1.7); T2DM (A1c 8.1%); gout.
MEDS: Eliquis 5 mg BID, carvedilol 12.5 mg BID, sacubitril/valsartan 49/51 mg BID, furosemide 40 mg daily,
empagliflozin 10 mg daily, allopurinol 100 mg daily.
ALLERGIES: lisinopril (angioedema).
SOCIAL: Retired machinist (Kelly-Springfield tire plant). Lives with his wife {N|Hope} at {SA|218 Bedford Street},
{C|Cumberland}, MD {Z|21502}. Former smoker, 40 pack-years, quit 2009. No EtOH.
FAMILY: Father died of MI at 58.

EXAM: T 36.8  BP 142/88  HR 96 irregularly irregular  RR 24  SpO2 89% RA -> 94% on 2 L NC
JVP to angle of jaw. Bibasilar crackles to mid-lung fields. 2+ pitting edema to knees. Device pocket L chest c/d/i.
LABS: Na 131, K 5.1, Cr 2.3 (rose from 1.7), BNP 2,840, hs-troponin 41 -> 44. CXR: cardiomegaly, bilateral
effusions, Kerley B lines.

A/P: Acute on chronic HFrEF exacerbation, NYHA IV on arrival, precipitated by diuretic nonadherence.
- IV furosemide 80 mg BID, strict I/O, daily standing weights, 2 g Na / 1.5 L fluid restriction
- hold Entresto while AKI; continue carvedilol at current dose
- device interrogation in AM (Medtronic rep paged)
- cardiology consult, Dr. {N|Mehta}
CODE STATUS: Full code, confirmed with patient and wife. HCPOA: {N|Hope Whitaker}, cell {P|(301) 722-4819}.

{N|Adaeze Nwosu}, MD - Internal Medicine
NPI {OID|1841297306}
Electronically signed {D|03/02/2024} 23:41
""")

T("note02_soap", """
GENERAL SURGERY PROGRESS NOTE - HD 3
{N|Kovalenko, Oksana} | MRN {MRN|00529184} | 4E-411 | {D|7/16/24}

S: "Sleeping better." Incisional pain 3/10, tolerating clears, +flatus, no output from stoma yet. Daughter {N|Irina}
stayed overnight, asking about rehab.
O: Tmax 37.9  HR 88  BP 118/70  SpO2 96% RA.  I/O 1.8/2.1 L.
   Abd soft, appropriately TTP, midline incision c/d/i with staples. JP 40 mL serosanguinous.
   Stoma LLQ pink, edematous.
   WBC 11.2 (14.6), Hgb 9.8, Cr 0.9, K 3.4 -> repleting.
A: 68F POD#2 s/p ex-lap, sigmoid colectomy with end colostomy (Hartmann) for perforated diverticulitis, Hinchey III.
P:
 - advance to full liquids
 - PT/OT, OOB to chair, ambulate TID
 - KCl 40 mEq PO x1, recheck BMP in AM
 - pip-tazo day 4/7
 - WOC RN {N|Bridget Keane} to see today for pouching + teaching
 - CM re: SNF vs home w/ VNA - daughter lives in {C|Hagerstown}, pt may stay with her
Dispo: anticipate {D|7/19} vs {D|7/20}.

- {N|D. Fitzgerald}, PA-C, for Dr. {N|Kwame Mensah}, General Surgery
""")

T("note03_dc", """
DISCHARGE SUMMARY

Name: {N|Ramírez, José Luis}                  MRN: {MRN|RCH-00733019}
DOB: {D|1961-09-22}                            Acct #: {AC|A40028817352}
Admitted: {D|2024-01-08}        Discharged: {D|2024-01-13}
Discharging physician: {N|Priya Raghunathan}, DO
PCP: {N|Esperanza Villanueva}, NP - {G|Allegany Health Partners Clinic}, {SA|12 N. Centre St., Suite 200},
     {C|Cumberland}, MD {Z|21502}.  Tel {P|301-759-3300}   Fax {F|301-759-3310}

PRINCIPAL DIAGNOSIS: Community-acquired pneumonia, RLL, with sepsis (POA)
SECONDARY: T2DM with hyperglycemia; OSA on CPAP; class III obesity (BMI 41)

HOSPITAL COURSE: 62M presented with fever to 39.4, productive cough and rigors 5 days after returning from a family
visit in {C|Guadalajara}, Jalisco ({D|Dec 20} – {D|Jan 3}). Lactate 3.1; met sepsis criteria; received 30 mL/kg LR,
ceftriaxone + azithromycin. Blood cultures 2/2 grew Streptococcus pneumoniae, pan-sensitive; narrowed to
ceftriaxone, then PO amoxicillin on HD 4. Legionella urine Ag, influenza/COVID PCR negative. Glucose up to 412;
basal-bolus insulin started, A1c 10.4%.

DISCHARGE MEDICATIONS:
  - amoxicillin 1 g PO TID x 4 more days (last dose {D|1/17})
  - insulin glargine 28 units qHS (NEW) + pen needles
  - metformin 1000 mg BID (continue)
  - atorvastatin 40 mg daily (continue)

FOLLOW-UP:
  1. {N|Villanueva}, NP - Tuesday, {D|January 16, 2024} at 10:40 AM, {G|Allegany Health Partners Clinic}
  2. Diabetes education - {G|Ridgeline Diabetes Center}, {SA|900 Seton Drive}, call {P|(301) 723-4187} to schedule
  3. Repeat CXR in 6-8 weeks to document resolution

Patient's preferred language is Spanish; staff interpreter Sra. {N|Guadalupe Ortiz} (ID {OID|4471}) present for
discharge teaching. Wife {N|Marisol} will help with insulin; home phone {P|240.362.0198}.

Electronically signed: {N|Priya Raghunathan}, DO  {D|01/13/2024} 16:05
cc: {N|Esperanza Villanueva}, NP
""")

T("note04_ed", """
EMERGENCY DEPARTMENT PROVIDER NOTE
{G|Ridgeline Community Hospital} ED - Bed 14
Pt: {N|Faith Bishop}     DOB {D|08/30/1989}     MRN {MRN|00611842}
Arrival: {D|10/05/2024} 02:17 via {C|Frostburg} EMS (Medic 31)

HPI: 35 yo F G3P2 with LMP {D|8/14/24} presents with RLQ pain x 12 h, nausea, one episode of emesis. Urine hCG
positive at triage - pt did not know she was pregnant. No vaginal bleeding. Her OB is Dr. {N|Shoshana Katz} at
{G|Western Ridge Women's Health}. Hx chlamydia treated 2019, no prior ectopic.

EXAM: BP 112/68, HR 104, afebrile. Mild RLQ TTP, no rebound; Rovsing and psoas signs negative. Pelvic: os closed,
scant brown discharge, R adnexal tenderness, no CMT.
LABS: quant hCG 2,140; Hgb 12.1; blood type A negative.
TVUS: no IUP; 2.1 cm complex R adnexal mass, small amount of free fluid in the cul-de-sac.

MDM: Ectopic pregnancy until proven otherwise; hemodynamically stable, no hemoperitoneum on imaging. Discussed with
OB/GYN on call, Dr. {N|Katz}, at 03:40 - will see in ED, likely methotrexate vs laparoscopy. RhoGAM 300 mcg IM ordered.
Type & screen sent. NPO.

DISPOSITION: Admit to OB/GYN.
Contact: partner {N|Will Carter}, {P|301-876-2290}. Will update him after GYN evaluation per pt request.

{N|Ngozi Eze}, MD - Emergency Medicine
""")

T("note05_cardconsult", """
CARDIOLOGY CONSULTATION
Requesting: Dr. {N|A. Nwosu} (Hospitalist)
Consultant: {N|Arjun Mehta}, MD, FACC - {G|Ridgeline Heart & Vascular}
Patient: {N|WHITAKER, GRANT A}      MRN {MRN|RCH-00418273}      Date of service: {D|3/3/2024}

Reason for consult: ADHF; CRT-D interrogation.

Mr. {N|Whitaker}'s history is well documented in the H&P. Briefly, ischemic CM, EF 25-30%, CRT-D, AF, admitted with
volume overload after running out of diuretic. Net -2.1 L overnight, breathing improved, still orthopneic.

Device: Medtronic Claria MRI CRT-D, SN {DEV|RNF418822S}, implanted {D|06/12/2019} at {G|Allegheny Summit University Hospital}
by Dr. {N|Hiroshi Tanaka}. Interrogation today: battery longevity 6.2 yrs; BiV pacing 81% (was 98% in clinic on
{D|Nov 30, 2023}), loss driven by AF with RVR. Two ATP therapies on {D|2/28}, no shocks. OptiVol fluid index crossed
threshold on {D|Feb 19} - no transmission received because the home monitor was unplugged when the family moved.

ECG: AF 94, BiV paced with intermittent fusion. QRS 152 ms.

RECOMMENDATIONS:
1. Continue IV diuresis, goal net -1.5 to -2 L/day; transition to torsemide 40 mg daily at discharge.
2. Rate control: uptitrate carvedilol to 25 mg BID once euvolemic. If BiV pacing remains <90% consider amiodarone
   vs AV node ablation.
3. Hold sacubitril/valsartan until Cr < 2.0, then resume at 24/26 mg BID.
4. Re-enroll in CareLink remote monitoring before discharge.
5. Follow up in HF clinic with me in 2 weeks; clinic line {P|301.724.9060}.

Thank you for this consult. Will follow daily.
{N|Arjun Mehta}, MD
""")

T("note06_giconsult", """
GASTROENTEROLOGY CONSULT NOTE
Date: {D|September 9, 2024}
Pt: {N|TRAN, MINH VAN}    MRN {MRN|00847120}    Loc: MICU bed 6
Referring: Dr. {N|Siobhan O'Donnell}, MICU attending
GI: {N|Venkata Subramanian}, MD; fellow {N|Soo-ah Kim}, MD

Reason: hematemesis, ? variceal bleed.

HPI: Mr. {N|Trần} is a 54M with chronic hepatitis B (diagnosed in {C|Ho Chi Minh City} ~2005, never treated) and
heavy EtOH use until 2019 who had two episodes of large-volume hematemesis at home last night. Hgb 6.4 on arrival.
Received 3 u pRBC, octreotide infusion, ceftriaxone 1 g. His son {N|Kevin Tran} reports the pt looked "yellow" for
2 weeks. Returned on {D|8/21} from 6 weeks in {C|Cần Thơ} visiting his mother; no medical care while abroad.

Exam: jaundiced, scleral icterus, spider angiomata, moderate ascites, no asterixis.
Labs: Hgb 7.9 after 3 u, plt 62, INR 1.8, T bili 4.2, Alb 2.6, Cr 1.1, Na 130. MELD-Na 24, Child-Pugh C (10).
HBV DNA, HBeAg, AFP pending.

IMPRESSION: Decompensated cirrhosis (HBV +/- EtOH) with acute UGIB, most likely variceal.

RECOMMENDATIONS:
1. EGD today in MICU. Consent obtained from patient via Vietnamese phone interpreter (ID {OID|311845}); son present.
2. Continue octreotide 50 mcg/h for 72 h; ceftriaxone 1 g daily x 7 d (SBP prophylaxis).
3. Restrictive transfusion, Hgb goal > 7. Avoid overtransfusion.
4. Start entecavir 0.5 mg daily once HBV DNA drawn.
5. Refer to {G|Allegheny Summit Liver Transplant Center} after stabilization.
Discussed with son by phone at {P|240-313-7762}.

{N|V. Subramanian}, MD, Gastroenterology
""")

T("note07_nephconsult", """
Nephrology Consult - {G|Ridgeline Kidney Care}
Date of consult: {D|02/14/2024}
Patient: {N|Youssef Khoury}      DOB {D|11-Jun-1958}      MRN {MRN|RCH00291776}
Requesting physician: {N|Mark Brown}, MD (Hospitalist)
Consultant: {N|Rami Nasser}, MD

Known to me from clinic. ESRD 2/2 DM + HTN, on HD MWF at {G|Queen City Dialysis Center} ({SA|1120 Virginia Ave},
{C|Cumberland}; unit phone {P|301-777-0341}). EDW 78.5 kg. Access: L brachiocephalic AVF created {D|March 2021} by
Dr. {N|Bill Young} (vascular) - strong thrill, continuous bruit.

Missed Monday's session because of the snowstorm (no ride). Presented this AM with weakness; K 6.9, peaked T waves,
3 kg over EDW, crackles, SpO2 91% RA. Given calcium gluconate 2 g, insulin 10 u + D50, albuterol neb, Lokelma 10 g.

Plan:
- urgent HD tonight via AVF, 2K/2.5Ca bath, UF goal 3 L; recheck K 2 h post
- sevelamer 800 mg TID with meals, cinacalcet 30 mg daily, ESA at unit
- renal diet, 1 L fluid restriction
- transplant: active on waitlist at {G|Allegheny Summit University Hospital} since {D|8/2022} (waitlist ID {OID|KXM4492})
- will ask social work about backup transport for storms

Wife {N|Noor} ({P|(301) 268-5530}) updated. Will follow.
{N|R. Nasser}, MD
""")

T("note08_idconsult", """
INFECTIOUS DISEASES CONSULTATION
{N|Omar Al-Sayed}, MD, Infectious Diseases
Patient: {N|Asante-Boateng, Abena}      MRN: {MRN|00903318}      DOS: {D|01/06/2025}

Question: fever in a returned traveler.

HPI: 24F, nursing student at {G|Potomac Highlands Community College}, born in {C|Kumasi}, Ghana (moved to the US at
age 9). Traveled to {C|Accra} and {C|Kumasi} {D|12/10/2024}–{D|01/01/2025} for her cousin's wedding (VFR traveler);
did NOT take malaria prophylaxis, used DEET "sometimes." Fever began {D|1/3} with rigors, frontal headache, myalgias,
two loose stools. No bleeding, no rash, no confusion.

Exam: T 39.6, HR 118, BP 104/66. Mild splenomegaly. Non-focal neuro exam.
Data: thick/thin smear - Plasmodium falciparum, parasitemia 2.1%. Hgb 11.4, plt 88, Cr 0.8, glucose 98, lactate 1.4,
T bili 1.9. No criteria for severe malaria. HIV Ag/Ab negative. Blood cultures pending.

Impression: uncomplicated P. falciparum malaria.

Recs:
- artemether-lumefantrine (Coartem) 4 tabs PO at 0 and 8 h, then BID to complete 3 days; give with fatty food
- daily smears until negative; repeat CBC in 48 h
- malaria is reportable: notified {G|Allegany County Health Department}, case ref {OID|AC-25-0031}
- pre-travel counseling (atovaquone-proguanil) before any future trip

Mother in Ghana: {P|+233 24 771 9032}. Emergency contact: aunt {N|Akosua Mensah-Owusu}, {C|Silver Spring} ({CO|Montgomery County}), MD,
{P|(301) 588-2147}.

Thank you for this interesting consult. Will follow.
{N|O. Al-Sayed}
""")

T("note09_palliative", """
PALLIATIVE CARE CONSULTATION
Date: {D|5/28/2024}
Patient: {N|Rose Marie Hunter}      MRN {MRN|00188420}      Age: {A|94}
Consultant: {N|Miriam Goldfarb}, MD, Hospice & Palliative Medicine
Referred by: Dr. {N|Dawn Ray}, hospitalist

Reason: goals of care; third aspiration pneumonia this year.

Ms. {N|Hunter} is a {A|94}-year-old widow (husband {N|Harold} died in 2016 at 88) with advanced Alzheimer dementia
(FAST 7a), oropharyngeal dysphagia, and three admissions since {D|January 2024}. She has lived at
{G|Laurel Pines Care Center} in {C|Frostburg} since 2021. Bedbound, PPS 20%, eating 25% of trays, weight down 8 kg in
6 months.

Family meeting today in the 3 West conference room with daughter {N|Carol Hunter-Maddox} (HCPOA, 66) and son
{N|Dennis Hunter} (70, by speakerphone from {C|Myrtle Beach}, SC). Reviewed trajectory of end-stage dementia and that
aspiration will recur regardless of diet texture or tube feeding.

Decisions:
- DNR/DNI confirmed; MOLST completed, copy to chart
- no feeding tube; comfort-focused hand feeding
- return to {G|Laurel Pines} with hospice: referral placed to {G|Mountain Laurel Hospice}, intake {P|301-689-4400},
  referral # {OID|MLH-24-0613}
Symptoms: glycopyrrolate 0.2 mg SC q4h prn secretions; morphine 2.5 mg SL q2h prn dyspnea.

Total time 75 min, >50% counseling/coordination.
{N|Miriam Goldfarb}, MD
""")

T("note10_procedure_cvc", """
PROCEDURE NOTE - Central venous catheter placement
Patient: {N|Padraig McGuinness}     MRN: {MRN|00774021}     Date: {D|12 Nov 2024}     Location: ICU 2, bed 8
Operator: {N|Tevita Fifita}, MD (PGY-2)     Supervising: {N|Siobhan O'Donnell}, MD

Indication: septic shock requiring norepinephrine; poor peripheral access.
Consent: patient intubated/sedated; verbal consent from wife {N|Maeve McGuinness} by phone ({P|814-623-5591}),
witnessed by {N|Xiomara Paredes}, RN. Risks incl. bleeding, infection, PTX, arterial puncture discussed.
Time-out performed at 21:14; correct patient, site, procedure.

Procedure: Right internal jugular. Full barrier precautions, chlorhexidine prep, sterile US probe cover. 1% lidocaine
5 mL. Vein compressible, patent. Single pass; dark non-pulsatile flash; wire visualized in IJ on US before dilation.
Arrow 7 Fr 16 cm triple-lumen catheter (lot {DEV|13F24E0911}) placed by Seldinger technique, all ports flushed/aspirated,
secured at 15 cm with sutures, Biopatch and Tegaderm.
EBL < 5 mL. Complications: none.
CXR: tip at cavoatrial junction, no pneumothorax. OK to use.

Attestation: I was present for the entire procedure. - {N|S. O'Donnell}, MD
""")

T("note11_ct", """
{G|RIDGELINE COMMUNITY HOSPITAL} - DEPARTMENT OF RADIOLOGY
Patient: {N|NOWAK, KATARZYNA}        MRN: {MRN|00662105}        DOB: {D|02/19/1952}
Accession: {OID|CT2410089331}        Exam date: {D|10/08/2024} 09:52      Visit: {AC|V0048812}
Ordering: {N|Harpreet Sandhu}, MD ({G|Ridgeline Internal Medicine – LaVale})

EXAM: CT ABDOMEN AND PELVIS WITH IV CONTRAST
CLINICAL HISTORY: 72F, 6 kg weight loss, LLQ pain, iron deficiency anemia.
COMPARISON: CT A/P {D|03/15/2022} from {G|Garrett Highlands Medical Center}.
TECHNIQUE: Axial images after 100 mL Omnipaque 350 IV; coronal/sagittal reformats. DLP 612 mGy-cm.

FINDINGS:
Lower chest: 3 mm RLL nodule (series 3, image 41).
Liver: two new hypodense lesions, segment 6 (1.4 cm) and segment 7 (0.9 cm), too small to characterize.
Bowel: 4.1 x 3.2 cm circumferential soft-tissue mass in the mid sigmoid colon with pericolonic stranding; three
mesenteric lymph nodes up to 1.1 cm short axis. No obstruction, no free air.
Other: small hiatal hernia. Sigmoid diverticulosis. Degenerative changes L4-5.

IMPRESSION:
1. Sigmoid colon mass with regional adenopathy, suspicious for primary colonic malignancy. Colonoscopy recommended.
2. New hepatic hypodensities; metastases not excluded. MRI liver with contrast suggested.
3. 3 mm RLL nodule: per Fleischner 2017 guidelines, no routine follow-up required.

Critical result communicated to Dr. {N|Sandhu} by telephone at 10:31 on {D|10/8/2024}; read-back confirmed.
Interpreted by: {N|Søren Lindqvist}, MD         Signed {D|10/08/2024} 10:36
""")

T("note12_echo", """
TRANSTHORACIC ECHOCARDIOGRAM REPORT
{G|Ridgeline Heart & Vascular} Echo Lab, {SA|930 Seton Drive, Suite 4}, {C|Cumberland}, MD {Z|21502}

Name: {N|Sione Tupou}            MRN: {MRN|00931552}          Study date: {D|Apr 22, 2024}
DOB: {D|7/1/1979}   Ht 188 cm   Wt 131 kg   BSA 2.61 m2   BP 152/94   HR 78, sinus
Referring: {N|Anjali Deshpande}, MD        Sonographer: {N|R. Delacroix}, RDCS
Indication: dyspnea on exertion; hypertension. ICD-10 R06.09, I10.

Image quality: technically difficult; Definity used for LV opacification.

MEASUREMENTS
LVIDd 5.4 cm   IVSd 1.4 cm   PWd 1.3 cm   LV mass index 118 g/m2   RWT 0.48
LVEF (biplane) 52%   GLS -15%
LA volume index 41 mL/m2   E/A 0.7   average E/e' 14
TAPSE 2.1 cm   RVSP 38 mmHg (RAP 8)
Aortic root 3.9 cm   Ascending aorta 3.6 cm

FINDINGS
Concentric LVH with low-normal systolic function. Grade II diastolic dysfunction. Mild MR. Trileaflet AV without
stenosis. RV normal size/function. Mildly dilated aortic root. No pericardial effusion. IVC 2.3 cm, <50% collapse.

CONCLUSION
1. Hypertensive heart disease pattern: concentric LVH, LVEF 52%, elevated filling pressures.
2. Mild pulmonary hypertension (RVSP 38).
3. Aortic root 3.9 cm - recommend follow-up imaging in 1 year.
No prior study available for comparison (previous echo reportedly done in {C|Nukuʻalofa}, Tonga, records requested).

Electronically signed by {N|Mordechai Lieberman}, MD on {D|04/22/2024} 17:20
""")

T("note13_path_addendum", """
SURGICAL PATHOLOGY REPORT - ADDENDUM
{G|Ridgeline Community Hospital} Laboratory   CLIA {OID|21D0654433}

Case: {OID|RS24-03817}      Patient: {N|Feldstein, Rachel L}.      MRN: {MRN|00550291}      DOB: {D|03/03/1966}
Collected: {D|06/04/2024}   Received: {D|06/04/2024}   Original report signed: {D|06/06/2024}
Submitting physician: {N|Ji-woo Park}, MD (Breast Surgery)
Specimen: Left breast, 2:00, 3 cm FN, US-guided core biopsy (14G x 4)

ADDENDUM ({D|06/11/2024}):
HER2 FISH performed at {G|Keystone Molecular Reference Laboratory} (their accession {OID|KM-4481920}):
  HER2/CEP17 ratio 2.4; average HER2 copy number 5.1 signals/cell.
  Interpretation: POSITIVE (ASCO/CAP 2018, Group 1).
Ki-67 (MIB-1): 25%.

Previously reported: ER positive (95%, strong), PR positive (40%, moderate), HER2 IHC 2+ (equivocal).

ADDENDUM DIAGNOSIS (unchanged from original except HER2):
  Left breast, 2:00, core biopsy: invasive ductal carcinoma, Nottingham grade 2 (tubules 3, pleomorphism 2,
  mitoses 1; total 6/9). DCIS, intermediate grade, solid type, present. LVI not identified.
  Biomarkers: ER+/PR+/HER2+ (FISH amplified).

Results discussed with Dr. {N|Park} on {D|6/11} at 11:05.
Questions: {E|pathology@ridgelinehealth.org}
{N|Leilani Akana}, MD, Anatomic & Clinical Pathology
""")

T("note14_nursing_admit", """
NURSING ADMISSION ASSESSMENT - 5 West Med/Surg
Date/Time: {D|08/17/2024} 1945
Patient: {N|Cornelius Doyle} ("{N|Neil}")     Age: {A|91}     MRN {MRN|00127734}
Arrived from ED via stretcher, accompanied by niece.
Admitting dx: syncope, r/o UTI.    Attending: Dr. {N|Dawn Ray}

Allergies: PCN (rash), sulfa (hives).
Code status: DNR/DNI per MOLST from facility (copy scanned).
Lives at: {G|Cedar Knoll Assisted Living}, {SA|401 Cedar Knoll Rd, Apt 112}, {C|LaVale}, MD {Z|21502}.
Emergency contact: niece {N|Theresa Doyle-Kaminski} {P|301-729-6603} (home) / {P|301-616-0047} (cell).
Other family: his brother is 86 and lives in {C|Scranton}, PA; wife deceased.

Neuro: A&O x2 (self, place). Follows 1-step commands. PERRLA. Moves all extremities.
Sensory: bilateral hearing aids (sent home with niece), reading glasses at bedside.
Cardiac: HR 58 SB on tele, BP 102/58 lying, 84/50 standing - orthostatic, MD notified.
Resp: RA 95%, lungs clear.
GI/GU: continent of bowel; incontinent of urine at night, wears briefs. Last BM {D|8/16}.
Skin: Braden 15. Stage 2 pressure injury sacrum 1.5 x 1.0 cm, pink wound bed; Mepilex applied. Bruising L forearm.
Fall risk: Morse 75 - HIGH. Bed alarm on, low bed, yellow socks, fall sign posted.
Pain: 2/10 R hip (chronic arthritis).
Nutrition: regular diet at home, wt 61 kg. Dentures upper/lower.
Valuables: wallet with $14 and Medicare card (MBI {HP|5TQ9-WA2-KJ48}) - card copied and both returned to niece.
Spiritual: Catholic; would like chaplain visit.

{N|Lose Havili}, RN
""")

T("note15_casemgmt_snf", """
CASE MANAGEMENT NOTE - {D|11/20/2024} 14:10
Pt: {N|Okafor, Chukwuemeka}   MRN {MRN|00418877}   Rm 5W-508
Payer: Humana Gold Plus (Medicare Advantage), member ID {HP|H48812093-01}
SSN on face sheet: {SSN|214-60-3398}

Admitted {D|11/15} s/p fall with L intertrochanteric fx, ORIF {D|11/16}. PT/OT recommend SNF-level rehab
(ambulates 15 ft with RW, mod assist; needs assist x1 for transfers). Pt and son in agreement.

Choice list given; referrals faxed today ({D|11/20}):
  1. {G|Cedar Knoll Nursing & Rehabilitation}, {C|LaVale} - fax {F|301-729-3411} - ACCEPTED, bed available {D|11/21}
  2. {G|Brookhaven Health & Rehab}, {C|Hagerstown} - fax {F|(240) 420-8815} - pending clinical review
  3. {G|Somerset Valley Care Center}, {C|Somerset}, PA - fax {F|814.443.2290} - declined (out of network)

Humana auth submitted {D|11/20} via portal, ref # {OID|AUTH-2024-5581930}; approved for 3 days initially,
next concurrent review {D|11/24}.

Son {N|Obinna Okafor} (cell {P|412-580-3317}, lives in {C|Pittsburgh}) agrees with {G|Cedar Knoll}; he will bring
clothes and hearing aid charger.
Transport: wheelchair van booked for 11:00 on {D|11/21}, confirmation {OID|TSM-88120}.
D/C summary, MAR and last 24 h notes to be faxed to {G|Cedar Knoll} by 09:00. Will follow.

{N|Hope Dunlap}, RN, BSN, Case Manager
""")

T("note16_socialwork_housing", """
SOCIAL WORK PSYCHOSOCIAL ASSESSMENT
Pt: {N|Marcus Delmar Young}     MRN {MRN|00702256}     Unit: 4E     Date: {D|2/5/25}
Referral reason: homelessness; needs safe discharge plan after admission for LE cellulitis.

Met with pt at bedside. He is a 47 y/o man who reports living in his vehicle (2009 Chevy Impala, MD tag
{VEH|3EK7219}) for ~4 months since eviction from {SA|67 N Mechanic St, Apt 2}, {C|Cumberland}, in {D|Sept 2024}.
Previously worked at a distribution warehouse until back injury; currently no income except SNAP. Denies substance
use other than tobacco. Has a daughter (16) who lives with her mother in {C|Keyser}, WV and attends
{G|Mineral Ridge High School}; sees her most weekends.

Interventions / plan:
- Called {G|Chapel Street Men's Shelter}, intake coordinator {N|Ray Ortega}, {P|301-722-0090}: bed held for {D|2/7},
  must check in by 6 pm; pt agreeable.
- Referred to {G|Allegany County Department of Social Services} for emergency assistance + Medicaid; application
  # {OID|EA-7742093}. SSN for application: {SSN|219-44-8613}.
- Wound care supplies given; follow-up at {G|Tri-County Free Clinic}, {SA|18 Frederick St}, on {D|Feb 12} at 2 pm.
- Bus pass provided. Pt worried car will be towed from hospital lot - security notified, OK to leave until d/c.

Pt's phone (prepaid): {P|240-285-6617}. Sister {N|LaToya Young-Harris} in {C|Baltimore}, {P|(410) 367-8825} - supportive
but unable to house him.

{N|Summer Page}, LCSW-C
""")

T("note17_letter_results", """
{G|Ridgeline Family Medicine – Frostburg}
{SA|156 Bowery Street}
{C|Frostburg}, MD {Z|21532}
Phone {P|(301) 689-1150}  |  Fax {F|(301) 689-1159}

{D|July 2, 2024}

Ms. {N|Svetlana Petrova}
{SA|Rural Route 1, Box 87}
{C|Midland}, MD {Z|21542}

Dear Ms. {N|Petrova},

Thank you for coming in on {D|June 24}. Your recent blood tests are back:
  - Hemoglobin A1c: 6.8% (down from 7.9% last year) - great work!
  - LDL cholesterol: 88 mg/dL - at goal on your current atorvastatin dose
  - Kidney function (eGFR): 71 - normal for your age
  - TSH: 6.4 (slightly high); free T4 normal

The thyroid result is mildly abnormal and often returns to normal on its own. Please repeat the thyroid test in
6 weeks; a lab order is enclosed. You may go to any {G|Ridgeline Community Hospital} lab site, no appointment needed.

Your next visit with me is on {D|09/30/2024} at 9:15 AM.
You can also view your results at {URL|https://myportal.ridgelinehealth.org}. If you have questions, please call the
nurse line at {P|301-689-1152}.

Sincerely,

{N|Frank Lane}, MD
Patient ID: {MRN|RCH-00377104}
""")

T("note18_pharm_anticoag", """
Clinical Pharmacy - Anticoagulation Management Note
Date: {D|2024-05-19}
Pt: {N|Qureshi, Imran}   MRN {MRN|00845563}   71 yo M   4W-402   Wt 88 kg   CrCl ~62 mL/min

Indication: mechanical AVR (On-X 23 mm, implanted {D|2017-03-08}, valve serial {DEV|ONX-217744}) + paroxysmal AF.
Goal INR 2.0-3.0 per cardiology given concomitant AF.

INR trend:  {D|5/17} 1.6   |   {D|5/18} 1.9   |   {D|5/19} 2.2
Home regimen: warfarin 5 mg daily except 7.5 mg Mon/Fri (weekly dose 40 mg). Warfarin held x2 doses pre-procedure.
Interacting meds: levofloxacin started {D|5/18} (may potentiate); amiodarone not on list.

Recommendations:
1. warfarin 5 mg PO tonight; daily INR.
2. continue enoxaparin 1 mg/kg SC q12h (90 mg) until INR >= 2.0 x 24 h, then stop.
3. CBC every other day while on dual therapy; monitor for bleeding at procedure site.
4. Resume home regimen at discharge; INR check 3-4 days after finishing levofloxacin.

Outpatient: {G|Ridgeline Anticoagulation Clinic} {P|301-723-4460}; next INR {D|5/23}.
Fill history verified with Walgreens, {SA|1262 National Hwy}, {C|LaVale}, {P|301-729-3600}.

{N|Mei-Ling Zhou}, PharmD, BCPS
""")

T("note19_pt_eval", """
PHYSICAL THERAPY INITIAL EVALUATION - Inpatient
Patient: {N|Oluwaseun Adeyemi}     MRN {MRN|00390118}     DOS {D|3/11/2024}
Referring: {N|Kenji Watanabe}, MD (Orthopedics)
Dx: s/p R TKA {D|3/10/24} (POD 1), primary OA. WBAT.

PLOF: independent without AD; 3rd-grade teacher at {G|Braddock Run Elementary School}. Enjoys gardening.
Home: 2-story house, 4 steps to enter with R rail, bedroom on 2nd floor (14 steps, L rail). Lives with husband
{N|Tunde} and 2 children (10 and 13) at {SA|8 Sunset Terrace}, {C|Cresaptown}, MD {Z|21502}. Husband works nights.

Objective:
  Pain 6/10 with activity, 3/10 rest. Cryo cuff in place.
  R knee AROM 10-75 deg (extensor lag 10 deg). L knee WFL.
  Strength: R quad 3-/5, R hip flex 4/5, L LE 5/5.
  Bed mobility: SBA. Sit<>stand: CGA with RW.
  Gait: 150 ft with RW, CGA, step-to pattern, decreased R stance time.
  Stairs: 4 steps with rail + SPC, min A. TUG 24 sec with RW.
Assessment: 45F POD1 progressing as expected; limited by pain and quad inhibition. Good rehab potential.
Plan: BID PT; HEP (quad sets, SLR, heel slides, ankle pumps); stair training; d/c home with husband once stairs
safe, anticipate {D|3/12}. Outpatient PT at {G|Ridgeline Rehab – LaVale} starting {D|3/14}.
Goals (by d/c): independent bed mobility; ambulate 300 ft with RW mod I; 14 stairs with rail + SPC, SBA.

{N|Grant Hollis}, PT, DPT
""")

T("note20_telehealth_psych", """
TELEHEALTH VISIT (video)
Date: {D|January 22, 2025}      Time: 13:30-13:52
Patient: {N|Wei Chen}      DOB {D|5/9/1990}      MRN {MRN|00958420}
Provider: {N|Niamh Kavanagh}, MD - located at {G|Ridgeline Family Medicine – Frostburg}
Patient location: at home; currently living in {C|Morgantown}, WV while in graduate school at {G|West Virginia University}.

Consent: verbal consent for video visit obtained. Identity confirmed with DOB and address on file
({SA|455 Stewart St, Apt 7C}, {C|Morgantown}, WV {Z|26505}). Provider holds WV license {LIC|R0034512}.
Connection: session IP {IP|73.162.48.211}; audio dropped once, resumed. Link sent to {E|weichen.wv@gmail.com}.

CC: follow-up of generalized anxiety and insomnia.
S: On sertraline 100 mg x 10 weeks. Worrying "much less", still wakes at 3-4 am. Caffeine 3 cups/day, none after noon.
Defending thesis this spring. No SI/HI. No panic attacks since the holidays.
O: Appears well, good eye contact, linear thought process. GAD-7 12 (was 16). PHQ-9 7.
A/P: GAD, improving; insomnia with sleep-maintenance component.
 - continue sertraline 100 mg daily
 - referral to digital CBT-I program
 - sleep hygiene handout sent via portal
 - RTC 8 wks by video, {D|3/19/2025}

{N|Niamh Kavanagh}, MD
""")

T("note21_outpt_dm", """
Office Visit - {G|Ridgeline Internal Medicine – LaVale}
{D|Oct 14 2024}
{N|Kulkarni, Sanjay R}    DOB {D|12/24/1963}    MRN {MRN|00233198}
Insurance: CareFirst BlueChoice - member ID {HP|XKJ902114873}, group {HP|0081472}

CC: diabetes f/u, "sugars have been bad since the trip."
HPI: 60M T2DM x 12 yrs, HTN, HLD. Traveled to {C|Pune} and {C|Mumbai} for 3 weeks in {D|August 2024} for his father's
80th birthday; ran out of Ozempic halfway through and did not restart. Home fasting BG 160-210. No hypoglycemia.
Works in IT for a regional bank, mostly remote. Walks 20 min most days.

Vitals: BP 138/84, HR 76, BMI 31.2, wt up 3 kg.
Exam: feet - monofilament intact bilat, DP 2+. No retinopathy documented since 2022.
Labs: A1c 8.6% (7.1% in {D|05/2024}). UACR 42 mg/g. LDL 94. eGFR 84.

A/P:
1. T2DM, uncontrolled after interruption of GLP-1 RA - restart semaglutide 0.25 mg weekly x 4 wk, then 0.5 mg;
   continue metformin 1000 mg BID; add empagliflozin 10 mg for albuminuria.
2. HTN - above goal with albuminuria; increase losartan 50 -> 100 mg.
3. HLD - atorvastatin 40 mg.
4. Diabetic eye exam - referred to {G|Tri-State Eye Associates}.
Return {D|1/13/25}, sooner if BG > 300.

{N|Harpreet Sandhu}, MD
""")

T("note22_ed_peds", """
ED NOTE - PEDIATRICS
Pt: {N|Malia Faleolo}    Age 7    DOB {D|2017-02-03}    MRN {MRN|00981127}
Time seen: 12:48

HPI: 7 y.o. F with known mild persistent asthma brought by mother {N|Mele Faleolo} (cell {P|301-876-4410}) from school
after the nurse at {G|Northside Elementary School} called for wheezing and cough during recess. URI sx x 3 days.
Used albuterol at school x2 with brief relief. Controller (Flovent 44 mcg 2 puffs BID) "sometimes." Last ED visit
{D|Nov 2023}; never admitted, never intubated. No fever. UTD on vaccines, but no flu shot this year.

Exam: T 37.4, RR 36, HR 132, SpO2 92% RA. Moderate subcostal retractions, diffuse expiratory wheeze, prolonged
expiration, speaking in phrases. PRAM 6.
Tx: DuoNeb x3 back-to-back, dexamethasone 0.6 mg/kg PO (16 mg max), O2 by NC to keep > 92%.
Reassessment at 14:10: RR 24, SpO2 96% RA, mild end-expiratory wheeze, no retractions. PRAM 2.

Dx: acute asthma exacerbation, moderate, likely viral trigger.
Dispo: home. Albuterol 4 puffs q4h x 48 h then prn; restart Flovent daily with spacer; written asthma action plan
given; flu vaccine offered - mother declines today. Follow up with Dr. {N|Yaw Boateng} at {G|Ridgeline Pediatrics}
in 2-3 days. School note provided through {D|4/18}.

{N|Alejandro Gutiérrez}, MD
""")

T("note23_dc_stroke", """
DISCHARGE SUMMARY - NEUROLOGY / STROKE SERVICE
Pt: {N|Dmitri Volkov}      Age 79      MRN {MRN|00612730}      Enc # {AC|E2024090100318}
Admit: {D|9/1/2024}      Discharge: {D|9/6/2024}
Discharged to: {G|Mon Valley Rehabilitation Institute}, {SA|1 Riverview Plaza}, {C|Monessen}, PA {Z|15062}
Accepting physician: Dr. {N|Katherine Zielinski}. Admissions {P|724-684-2210}, fax {F|724-684-2299}.

Diagnoses:
 1. Acute ischemic stroke, L MCA (superior division), cardioembolic
 2. Newly diagnosed atrial fibrillation (CHA2DS2-VASc 5, HAS-BLED 2)
 3. HTN, HLD, BPH

Course: Last known well 07:10; arrived 08:02 with R face/arm weakness and expressive aphasia, NIHSS 11. CT head
negative for hemorrhage, ASPECTS 9; CTA without LVO. Tenecteplase 0.25 mg/kg given 08:43 (door-to-needle 41 min).
MRI: acute infarcts L frontal operculum/insula. Tele: paroxysmal AF. TTE: LVEF 60%, LA dilated, no thrombus.
Apixaban 5 mg BID started day 4 per neurology after repeat CT stable. NIHSS at discharge 4 (mild R arm drift,
word-finding difficulty). Swallow eval passed on {D|9/3}.

Follow-up:
 - Stroke clinic: Dr. {N|Fatoumata Diallo}, {G|Ridgeline Neurology}, {D|10/15/2024} at 2:00 PM
 - Cardiology: {G|Ridgeline Heart & Vascular}, 4-6 weeks (office will call)
 - PCP within 1 week of rehab discharge
Wife {N|Galina Volkova} ({P|301-724-0082}) present for discharge teaching; they live in {C|Ridgeley}, WV.

Dictated by {N|Fatoumata Diallo}, MD; transcribed {D|9/6/24}, job # {OID|4471192}
""")

T("note24_icu_progress", """
MICU Progress Note - HD#4      {D|11/15/24}
pt: {N|mcguinness, padraig}   mrn {MRN|00774021}

24h events: weaned off norepi at 0300. extubated yesterday at 1400, doing well. wife ({N|maeve}) visited, updated at bedside.

neuro: CAM-ICU neg. RASS 0. no sedation.
cv: MAP 70s off pressors. lactate 1.1 (from 4.8 on admit).
resp: 2L NC, sat 95%, good cough.
renal: Cr 1.9 -> 1.4, UOP 1.2 L. no further IVF.
id: E. coli bacteremia 2/2 obstructing L ureteral stone s/p perc nephrostomy by IR on {D|11/12}. pansensitive ->
    ceftriaxone day 4, plan 14 d total from first neg cx ({D|11/13}). R IJ CVC placed {D|11/12} -> pull today.
gi: advance to regular diet. bowel regimen.
heme: Hgb 8.9, stable. plt 141.
endo: ISS, BG 120-160.
ppx: heparin sq, PPI off.
lines: PIV x2, nephrostomy (L) draining clear yellow.

dispo: transfer to floor today. urology f/u for definitive stone mgmt. PCP is Dr. {N|Ifeoma Chukwu} at
{G|Bedford Family Practice}, {C|Bedford}, PA - will fax d/c summary.

- {N|tevita fifita}, pgy2 (discussed w/ Dr. {N|O'Donnell})
""")

T("note25_device_clinic", """
{G|Ridgeline Heart & Vascular} - Device Clinic
Remote transmission review   {D|08-Jan-2025}

Patient: {N|Margaret Ann Bishop}     {A|90} y/o F     MRN {MRN|00122049}
Device: Abbott Assurity MRI dual-chamber PPM (model PM2272), SN {DEV|8123456}, implanted {D|02/14/2018}
Leads: RA Tendril STS 2088TC, SN {DEV|CAS104421}; RV Tendril STS 2088TC, SN {DEV|CAS104988}
Indication: complete heart block.

Transmission summary:
  Battery: 5.5 years to ERI.
  RA pacing 12%, RV pacing > 99%.
  Episodes: 1 AHR episode {D|12/30/24}, duration 4 min, max atrial rate 182 bpm - EGM c/w atrial tachycardia.
  Lead impedances stable (RA 480 ohm, RV 610 ohm); thresholds unchanged.
  Sensing: P wave 2.8 mV.

Assessment: normal device function. Brief AT, burden < 1%; not on anticoagulation - will message Dr. {N|Mehta}
re: CHA2DS2-VASc (score 4 based on age and sex, HTN).
Plan: no programming changes. Next remote {D|4/8/2025}; in-clinic visit {D|07/2025}.

Remote monitor runs on the daughter's phone (myMerlinPulse app). Daughter {N|Joan Bishop-Reyes}, {P|301-268-0145};
prefers email updates to {E|joan.bishopreyes@verizon.net}.

{N|Kateryna Moroz}, RN, CCDS - reviewed with {N|Arjun Mehta}, MD
""")

T("note26_colonoscopy", """
PROCEDURE REPORT - COLONOSCOPY
{G|Ridgeline Endoscopy Center}

Patient Name: {N|Nowak, Katarzyna}      Date of Birth: {D|02/19/1952}      MRN: {MRN|00662105}
Date of Procedure: {D|10/16/2024}
Endoscopist: {N|Yitzhak Bernstein}, MD
Referring: {N|Harpreet Sandhu}, MD
Sedation: MAC (propofol) administered by {N|Carter Nguyen}, CRNA
Scope: Olympus CF-HQ190L, serial {DEV|2817754}

Indication: sigmoid mass on CT {D|10/8/2024}; iron deficiency anemia.
Prep: split-dose Suprep. BBPS 8 (3/3/2). Cecum reached at 8 min (appendiceal orifice, ileocecal valve photographed).
Withdrawal time 14 min.

Findings:
 1. Fungating, friable, partially obstructing mass in the sigmoid colon at 25 cm from the anal verge, ~70% of the
    circumference; adult scope traversed with mild resistance. Biopsied (jar 1). Tattooed with Spot 3 cm distal.
 2. Two sessile polyps in the ascending colon, 6 mm and 8 mm, removed with cold snare (jar 2).
 3. Small internal hemorrhoids. Otherwise normal mucosa to the terminal ileum.

Impression: sigmoid mass, likely adenocarcinoma.
Plan:
 - await pathology (accession {OID|RS24-05512}); CEA
 - CT chest for staging
 - surgical referral, Dr. {N|Kwame Mensah}; present at GI tumor board {D|10/24}
 - family informed: husband {N|Tadeusz} in recovery area

{N|Y. Bernstein}, MD
""")

T("note27_neph_clinic", """
Nephrology Clinic Note
{G|Ridgeline Kidney Care}, {SA|12 Greene St, 2nd Floor}, {C|Cumberland}, MD {Z|21502}
Visit date: {D|6/3/24}
Pt: {N|Farhana Chowdhury}      63F      MRN {MRN|00567712}
Insurance: Medicare A/B {HP|3KM7-RT4-PQ22}; MD Medicaid {HP|41193308722}

S: Here with husband {N|Rafiq}, who drives her from {C|Westernport} ({CO|Allegany County}). More fatigue, mild ankle
swelling, appetite ok. Nocturia x2. Family emigrated from {C|Sylhet}, Bangladesh in 1998; she prefers Bengali -
husband interprets at her request (declined professional interpreter).
O: BP 148/86, wt 64 kg (+1.5). 1+ edema. No asterixis, no rub.
Labs: Cr 2.4, eGFR 22 (CKD-EPI 2021), K 5.3, HCO3 19, Hgb 9.6, PTH 212, phos 5.1. UACR 1,840 mg/g.
A/P: CKD stage 4 (A3) from diabetic nephropathy, slowly progressive.
 1. Kidney replacement therapy education: reviewed HD vs PD vs conservative care; she is leaning toward PD.
 2. Transplant: referred to {G|Allegheny Summit University Hospital} on {D|4/2/24}; evaluation {D|7/9/24}.
 3. Vein mapping ordered; L arm preservation (no BP/IV/labs L arm) - bracelet given.
 4. Acidosis: sodium bicarbonate 650 mg BID. Hyperkalemia: low-K diet, dietitian {N|Hannah Summers}, RD, today.
 5. Anemia: iron sat 14% -> IV iron sucrose x 5; then ESA if Hgb < 10.
RTC 6 weeks.

{N|Ivana Horvat}, MD
""")

T("note28_opat", """
OPAT Enrollment Note - Infectious Diseases
Date: {D|2025-02-18}
Patient: {N|Łukasz Wiśniewski}      52M      MRN {MRN|00419920}

Dx: MSSA vertebral osteomyelitis L3-4 with small epidural phlegmon; bacteremia cleared {D|2/12} (first negative
blood cx).
Regimen: cefazolin 2 g IV q8h via elastomeric pump. Planned end date {D|3/26/2025} (6 weeks from first negative cx).
Access: 5 Fr dual-lumen PICC, R basilic, placed {D|2/17/25}, tip at CAJ, external length 2 cm, lot {DEV|REBW1740}.

Home infusion pharmacy: pharmacist on call {P|(888) 431-7720}.
Home health: {G|Potomac Valley Home Health}, {SA|27 Pershing St}, {C|Cumberland} - RN weekly for PICC dressing change and
lab draw.
Weekly labs: CBC w/ diff, BMP, ESR, CRP -> fax to ID clinic {F|301-723-4591}.

Social: lives with partner {N|Agnieszka} at {SA|19 Decatur St, Apt 2}, {C|Cumberland}, MD {Z|21502}. Long-haul truck
driver (CDL {LIC|S662418903112}); cannot drive commercially while PICC in place - FMLA paperwork completed.
Education: no swimming/soaking, keep dressing dry, signs of line infection, when to call.
ID clinic follow-up {D|3/4/25} and {D|3/25/25}.

{N|Beatriz Almeida}, MD
""")

T("note29_hospice_admit", """
{G|Mountain Laurel Hospice} - Admission Visit
Date: {D|12/03/2024}
Patient: {N|Evangeline Pruitt}      Age: {A|97}      DOB: {D|04/30/1927}
Address: {SA|402 Piney Mountain Road}, {C|Oldtown}, MD {Z|21555}, {CO|Allegany County}
Hospice diagnosis: heart failure with preserved EF, NYHA IV; secondary CKD 3, frailty.
Attending of record: Dr. {N|Frank Lane}.   Hospice medical director: Dr. {N|Miriam Goldfarb}.

History: Two hospitalizations in the last 3 months for volume overload. Now bed-to-chair, PPS 30%, sleeps most of
the day. Eats a few bites. Weight 41 kg.
Caregiver: grandson {N|Hunter Pruitt}, 34, lives with her. Her daughter {N|Darlene} (71) lives in {C|Romney}, WV and
visits weekends.
Equipment delivered today: hospital bed, over-bed table, O2 concentrator (serial {DEV|AS099-1162841}) at 2 L.
Comfort kit placed in refrigerator (morphine concentrate 20 mg/mL, lorazepam 0.5 mg, haloperidol 0.5 mg, atropine 1%).

Patient states: "I've made it to {A|97}, that's plenty. I just want to stay in my own bed."
DNR confirmed, out-of-hospital DNR form posted on refrigerator.
Medicare hospice benefit elected; MBI {HP|7HJ2-NM8-XT51}. Benefit period 1 (90 days) starts {D|12/3/24}.
Next RN visit 2x/week; aide 3x/week; chaplain and SW to visit this week.

{N|Callie Mae Hostetler}, RN, Admissions Nurse - {P|301.689.4400}
""")

T("note30_thoracentesis", """
Procedure: Ultrasound-guided left thoracentesis
Date/time: {D|Jun 3, 2024}, 10:20
Pt: {N|Alma Beatriz Quintanilla}    MRN {MRN|00701159}    IR suite 2
Performed by: {N|Cathal Brennan}, PA-C (Interventional Radiology); supervising physician {N|Søren Lindqvist}, MD

Indication: large L pleural effusion, dyspnea; new diagnosis of suspected ovarian malignancy.
Consent: written, in Spanish, with video interpreter. Time-out completed.
Technique: pt seated, leaning forward. US: large free-flowing anechoic effusion. Site marked posterior L 8th ICS,
mid-scapular line, above rib. Chlorhexidine, 1% lidocaine 10 mL. 8 Fr Safe-T-Centesis catheter inserted; 1,450 mL of
straw-colored fluid removed; procedure stopped when pt began coughing.
Specimens: cell count/diff, LDH, protein, glucose, pH, Gram stain/culture, cytology (accession {OID|F24-118422}).
Serum LDH/protein drawn for Light's criteria.
Post-procedure CXR: no pneumothorax; small residual effusion. SpO2 97% RA (was 91%).
EBL: minimal. Complications: none. Pt tolerated well.
Son {N|Ernesto} updated at bedside.

{N|C. Brennan}, PA-C
""")

T("note31_mri_brain", """
MRI BRAIN WITHOUT AND WITH CONTRAST
Patient: {N|Abdelrahman, Noor}      MRN: {MRN|RCH-00910045}      DOB: {D|1995-08-14}      Sex: F
Acc#: {OID|MR24-0044187}      Date: {D|11/22/2024}
Referring: {N|Fatoumata Diallo}, MD (Neurology)

HISTORY: 29F with right optic neuritis {D|10/2024}, now with intermittent L hand paresthesias. Evaluate for
demyelinating disease.
TECHNIQUE: 3T. Sagittal 3D FLAIR, axial T2, DWI, SWI, pre- and post-contrast 3D T1 (gadobutrol 7.5 mL).
COMPARISON: None.

FINDINGS:
Multiple ovoid T2/FLAIR hyperintense lesions in periventricular white matter oriented perpendicular to the lateral
ventricles ("Dawson fingers"), largest 9 mm at the L atrium. Juxtacortical lesion L frontal lobe. Infratentorial
lesion R middle cerebellar peduncle. Two lesions show nodular enhancement (L centrum semiovale, R corona radiata).
Several lesions demonstrate a central vein sign. No restricted diffusion. Optic nerves: mild R optic nerve T2 signal.
Ventricles and sulci normal for age. No mass effect.

IMPRESSION:
1. Findings consistent with demyelinating disease; meets 2017 McDonald criteria for dissemination in space and time
   (simultaneous enhancing and non-enhancing lesions).
2. Recommend MRI C- and T-spine with and without contrast.

Read by {N|Ayodele Bankole}, MD. Signed {D|11/22/2024} 16:48.
""")

T("note32_letter_mammo", """
{G|Ridgeline Women's Imaging Center}
{SA|930 Seton Drive, Suite 1}   {C|Cumberland}, Maryland {Z|21502}
Tel {P|301-723-4290}   {URL|www.ridgelinehealth.org/imaging}

{D|March 7, 2025}

{N|Summer Kowalczyk}
{SA|PO Box 244}
{C|Flintstone}, MD {Z|21530}

Re: Screening mammogram performed {D|02/28/2025}       MRN {MRN|00887123}

Dear Ms. {N|Kowalczyk}:

Your recent screening mammogram shows an area that needs more imaging to be fully evaluated (BI-RADS 0: incomplete).
This is common. About 1 in 10 women are called back after a screening mammogram, and most callbacks do not turn out
to be cancer. Please call {P|301-723-4290} to schedule a diagnostic mammogram and breast ultrasound.

Your mammogram also shows that your breast tissue is heterogeneously dense. Dense breast tissue is common and is not
abnormal, but it can make it harder to find cancer on a mammogram. Please talk with your health care provider about
whether other screening tests may be useful for you.

Sincerely,
{N|Priyanka Venkatesan}, MD, Breast Imaging

A copy of this letter was sent to your health care provider: {N|Colleen Byrne}, CRNP
""")

T("note33_path_prostate", """
PATHOLOGY - AMENDED REPORT
Specimen: prostate, 12-core transrectal US-guided biopsy
Case No.: {OID|RS25-00219}      Pt: {N|Carter, William Joseph}      MRN {MRN|00443901}
DOB {D|1/17/1956}      Procedure date {D|1/9/2025}
Urologist: {N|Takeshi Morimoto}, MD, {G|Ridgeline Urology}
Clinical: PSA 7.8 ng/mL ({D|11/2024}), PI-RADS 4 lesion L mid peripheral zone.

AMENDMENT ({D|1/16/2025}):
Following intradepartmental consultation (Dr. {N|Leilani Akana}), core 5 (L mid, targeted) is re-graded:
  previously: Gleason 3+3=6 (Grade Group 1), 40% of core
  amended:    Gleason 3+4=7 (Grade Group 2), pattern 4 = 20%, 45% of core (6 of 13 mm)
Cribriform pattern: absent. Intraductal carcinoma: absent. Perineural invasion: present (core 5).
All other cores unchanged (cores 1-4, 6-12 benign; core 8 HGPIN).
Reason for amendment: change in Gleason score affecting management. Dr. {N|Morimoto} notified by phone {D|1/16}.
Genomic classifier requested per urology; requisition {OID|DX-4419022}.

Amended by: {N|Jerzy Malinowski}, MD
""")

T("note34_ld_nursing", """
L&D NURSING ADMISSION
{D|04/03/2024} 0612
Pt: {N|Yesenia Morales Cruz}      27 y.o. G2P1001 @ 39w2d      EDD {D|4/9/2024}      MRN {MRN|00934417}
Prenatal care: {G|Western Ridge Women's Health} (Dr. {N|Katz}). GBS negative {D|3/12}. O+, antibody screen neg,
rubella immune, HIV/HBsAg/RPR neg. 1-hr GTT 118.
Presents with regular contractions since 0200, SROM? - nitrazine neg, no pooling.
Pain 7/10 with contractions q3-4 min. SVE 5/90/-1 by RN, confirmed by CNM.
FHR baseline 135, moderate variability, + accels, no decels: Category I. Toco: q3 min x 60-70 sec.
VS: BP 124/78, HR 88, T 36.9.
Support: husband {N|Juan Carlos Morales} ({P|301-697-2233}) at bedside; older child (3) with grandmother.
Language: prefers Spanish; video interpreter used (interpreter ID {OID|72215}).
Hx: previous SVD 2021, uncomplicated. No allergies. Declines cord blood banking.
Plan: admit to LDR 4; IV LR; epidural requested - anesthesia (Dr. {N|Levi Marcus}) notified 0630.
Pediatrician chosen: {N|Yaw Boateng}, MD, {G|Ridgeline Pediatrics}.

{N|Brianna Lopez-Hartley}, RNC-OB
""")

T("note35_sw_ipv", """
SOCIAL WORK NOTE - CONFIDENTIAL (sensitive; limit access)
DOS: {D|18 July 2024}
Pt: {N|Tiana Faith Robinson}, 31F, MRN {MRN|00823006}, ED bed 9

Consult reason: disclosure of intimate partner violence. Pt reports partner ({N|Derrick Sloane}) strangled her last
night until she "saw spots," first strangulation event; prior pushing/threats x 2 years. Children (8 and 4) were home.

Lethality screen: HIGH (strangulation, weapon in home, recent separation).
Safety plan:
- Pt accepted emergency placement at {G|Haven of the Highlands Shelter}; shelter address is confidential and is NOT
  documented per policy. Advocate {N|Jacinta Oyelowo} met pt in ED; hotline {P|301-759-9244}.
- Son (8) attends {G|Parkside Elementary School}; principal notified that pickup is restricted to mother only.
- Protective order petition to be filed at {G|Allegany County District Court} tomorrow with advocate.
- Police: {G|Cumberland Police Department} report # {OID|CPD-24-011873}; Sgt. {N|Raymond Kessler}, badge {OID|2217}.
- Partner drives gray Ram 1500, WV plate {VEH|7KT4490} - shared with security.
- Forensic nurse exam completed by {N|Jolene Matthews}, RN, SANE-A; photos in forensic record only.
- Pt's new phone number (do NOT release to callers): {P|240-595-1180}.

Pt verbalized understanding of the safety plan and has advocate's number memorized.
{N|Abigail Rose Ferrante}, LMSW
""")

T("note36_cm_dialysis_transport", """
CM progress note   {D|3/27/25}
Re: {N|Keoni Kahananui} (MRN {MRN|00615338}), 66M, new HD start this admission.

Background: pt moved from {C|Hilo}, Hawaii in 2023 to live with daughter {N|Puanani Kahananui} at
{SA|1207 Oldtown Rd}, {C|Cumberland}, MD {Z|21502}. No car.

Outpatient HD: accepted at {G|Queen City Dialysis Center}, TTS 2nd shift (chair time 11:30), start {D|4/1/25}.
Clinic manager {N|Deb Albright} {P|301-777-0341}; admission packet, hep B serologies, PPD and H&P faxed today.

Insurance: MD Medicaid {HP|78812044319}. Medicare Part A/B application under ESRD entitlement - CMS-2728 signed
{D|3/26}, expected effective {D|04/01/2025}. SSN verified for application: {SSN|532 18 7746}.

Transport: enrolled in Medicaid non-emergency transport through {G|Allegany County Health Department}
transportation office ({P|301-759-5123}); standing order TTS, trip auth # {OID|NEMT-0418823}. First pickup {D|4/1}
at 10:45 from home.

Daughter {N|Puanani} (cell {P|301-616-2298}) updated and agrees. Pt aware he must call 24 h ahead if he will miss a ride.

{N|Rosalind Mbeki}, RN, CM
""")

T("note37_letter_school", """
{G|Ridgeline Pediatrics}
{SA|600 Memorial Ave}   {C|Cumberland}, MD {Z|21502}   tel {P|301.722.5437}

{D|10/21/2024}

To: School Nurse, {G|Wills Creek Middle School}
Re: {N|Amir Haddad}, DOB {D|03/05/2012}

{N|Amir} was seen in our office on {D|10/18/2024}. He was diagnosed with type 1 diabetes on {D|10/3/2024} and now
uses an Omnipod 5 insulin pump (PDM serial {DEV|PDM5-88124735}) with a Dexcom G7 continuous glucose monitor.
Please allow the following at school:
  - glucose checks and pump use in the classroom or nurse's office at any time
  - snacks, water and bathroom breaks as needed
  - treatment of lows per his care plan (15 g fast carbs, recheck in 15 min)
  - glucagon (Baqsimi 3 mg nasal) for severe hypoglycemia; call 911
  - extra time on tests if glucose < 70 or > 300
His full Diabetes Medical Management Plan is attached.

Questions may be directed to our diabetes nurse educator, {N|Gwen Albright}, RN, or to his mother,
{N|Layla Haddad}, at {P|(240) 580-7746}.

Sincerely,
{N|Yaw Boateng}, MD
""")

T("note38_pharm_medrec", """
Admission Medication History - Pharmacy
Completed by {N|Trinh Le}, CPhT; verified by {N|David Cohen-Amar}, PharmD
{D|1/30/25} 16:20
Pt: {N|Frank DiMarco}, 82M, MRN {MRN|00377265}, 6N-603

Sources: pt (limited historian - mild dementia), wife {N|Angela} by phone ({P|301-724-3381}), Surescripts fill history,
and outside pharmacies:
  - CVS, {SA|800 Henderson Ave}, {C|Cumberland}, {P|301-777-0212}
  - mail order - last fill {D|12/12/2024}, 90-day supply
  - {G|Blue Ridge VA Medical Center} outpatient pharmacy, {P|304-263-0811}
Part D member ID {HP|K00412873}

Home medications:
  1. metoprolol succinate 50 mg daily - last dose {D|1/30} AM
  2. tamsulosin 0.4 mg qHS
  3. donepezil 10 mg qHS
  4. apixaban 2.5 mg BID (age >= 80 + Cr 1.6 -> reduced dose appropriate)
  5. aspirin 81 mg daily - pt takes "for my heart"; with apixaban, no stent hx -> flag to MD
  6. vitamin D3 2,000 units daily
  7. acetaminophen ER 650 mg 2 tabs q8h prn
  8. fish oil 1 g daily
Prescriber of record for apixaban: Dr. {N|Martin Oyelaran} (DEA {LIC|BO4472918}).
Discrepancies sent to admitting team.
""")

T("note39_slp_swallow", """
SPEECH-LANGUAGE PATHOLOGY - Clinical Swallow Evaluation + MBSS
Pt: {N|Doyle, Cornelius}    age {A|91}    MRN {MRN|00127734}    Date: {D|8/19/24}
Referred by: Dr. {N|Ray} for coughing with meals.

Bedside: edentulous without dentures (upper/lower plates at home). Vocal quality wet after thin liquids by cup.
MBSS completed in fluoroscopy with radiologist Dr. {N|Marguerite Saint-Louis}.
  Thin liquid (cup): delayed swallow initiation, PAS 7 (aspiration, not ejected despite cues) - silent.
  Thin liquid (teaspoon): PAS 3.
  Mildly thick (IDDSI 2): PAS 2. Moderately thick (IDDSI 3): PAS 1.
  Soft & bite-sized (IDDSI 6): mild oral residue, cleared with liquid wash.
Impression: moderate oropharyngeal dysphagia, silent aspiration of thin liquids.
Recommendations:
  - IDDSI level 6 solids, level 2 (mildly thick) liquids
  - meds whole in puree
  - upright 90 degrees for all intake and 30 min after; small sips, chin tuck
  - full supervision for meals
Family education: niece {N|Theresa} educated at bedside; teach-back ok.
Follow-up: SLP via {G|Potomac Valley Home Health} after return to {G|Cedar Knoll Assisted Living}.

{N|Jessamyn Corrigan}, MS, CCC-SLP
""")

T("note40_telepsych", """
Behavioral Health - Telepsychiatry Follow-up
{G|Ridgeline Behavioral Health}
Provider location: {C|Hagerstown} office.  Patient location: home, {C|Oakland}, MD ({CO|Garrett County}).
Date: {D|02-05-2025}
Patient: {N|Jamal Anthony Brooks}, 19M, MRN {MRN|00966031}
Connection: video; pt IP {IP|2601:14d:8300:5a0::1e}.

S: First-year student at {G|Highland State College}, home on medical leave since {D|Dec 2024}. Bipolar II, most recent
episode depressed. On lamotrigine 150 mg (titrated from 100 at last visit), tolerating, no rash. Mood "a 5 out of 10,
up from 2." Sleeping 8-9 h. Working part-time at his uncle's hardware store. Last passive SI was around {D|Dec 15}; none
since. No hypomanic sx. No substances except 2-3 beers on weekends.
O: Casually dressed, engaged, mildly constricted affect, linear. C-SSRS screen negative today. PHQ-9 11 (was 19).
A/P:
 - lamotrigine 200 mg daily starting tomorrow
 - continue weekly therapy with {N|Rachel Morningstar}, LCSW-C
 - discussed return-to-campus plan for fall; letter for disability services as needed
 - crisis plan reviewed: 988; mother {N|Denise Brooks} {P|(301) 334-9905}
Next visit {D|3/5/25}.

{N|Tobias Engelhardt}, DO, Psychiatry
""")

T("note41_hp_copd", """
H&P - Medicine Teaching Service
Date of admission: {D|December 19, 2024}
Pt: {N|Wilhelmina Strauss} ("{N|Billie}")     Age: {A|92} (DOB {D|06/08/1932})     MRN {MRN|00104518}
Acct: {AC|HAR-4400912837}
Source: patient, daughter, transfer records. Transferred from {G|Garrett Highlands Medical Center} ({C|Oakland}) for
higher level of care; transfer center ref {OID|TC-1219-0447}.

CC: "can't get my air."

HPI: Mrs. {N|Strauss} is a very pleasant {A|ninety-two} year-old woman with COPD (GOLD 3, FEV1 38% in 2022) on 2 L
home O2, HFpEF and hypothyroidism who presents with 4 days of increased dyspnea, cough with green sputum and
wheezing. At the OSH: VBG 7.31/68, CXR without consolidation, received methylpred 125 mg, DuoNebs x3, azithromycin;
trial of BiPAP 12/6 for 3 h with improvement. Now on 3 L NC, SpO2 90%.

PMH: COPD, HFpEF (EF 60%), hypothyroidism, OA, cataracts s/p bilateral surgery.
Meds: Trelegy 1 puff daily, albuterol prn, levothyroxine 75 mcg, furosemide 20 mg, vitamin D.
Social: widowed; lives alone at {SA|1418 Bumble Bee Rd}, {C|Swanton}, MD {Z|21561}. Daughter {N|Ingrid Strauss-Pollard}
(64) checks on her daily. Quit smoking at age 70 after 50 years. No EtOH.
Family hx: mother lived to {A|99}; brother died of lung cancer at 81.
ROS: otherwise negative.

Exam: T 37.2, HR 102, BP 138/72, RR 24, SpO2 90% 3 L. Tripoding, pursed-lip breathing, diffuse expiratory wheeze,
prolonged expiration. No JVD. Trace LE edema.

A/P: AECOPD, likely viral/bacterial bronchitis; acute on chronic hypercapnic respiratory failure, improving.
 - prednisone 40 mg x 5 d; azithromycin x 5 d; DuoNebs q4h; BiPAP prn/overnight
 - target SpO2 88-92%
 - PT/OT; high fall risk
 - code status: DNR/DNI (MOLST brought by daughter), confirmed with pt
Attending: {N|Ruth Abernathy}, MD     Resident: {N|Kofi Antwi}, MD (PGY-1)
""")

T("note42_ed_trauma", """
ED PROVIDER NOTE - TRAUMA (Level II activation)
Pt: {N|Grant, Tyler James}     DOB {D|9/14/2001}     MRN {MRN|00971188}
Arrival: {D|6/22/2024} 23:05 by ground EMS

HPI: 22M restrained driver in single-vehicle rollover at highway speed, prolonged extrication (~25 min), airbags
deployed. GCS 14 at scene. Vehicle: 2015 Honda Civic, VIN {VEH|2HGFB2F59FH512277} per state police trooper
{N|Dale Hendricks} (trooper ID {OID|4418}). MD driver's license in wallet: {LIC|G615338902118}.
Complains of L chest and LUQ pain. Denies LOC per pt; EMS unsure.

Primary: airway intact, breath sounds decreased L, HR 118, BP 98/60, GCS 14 (E4V4M6).
Secondary: seatbelt sign across chest/abdomen, L chest wall crepitus, LUQ tenderness. Pelvis stable. No step-offs.
FAST: positive LUQ (perisplenic fluid). EtOH 182 mg/dL. Hgb 11.9.
CT pan-scan: L 7-9 rib fractures, small L PTX, grade III splenic laceration without active extravasation, no
intracranial injury, C-spine negative (NEXUS/Canadian C-spine rule not applicable - imaged).

Interventions: 2 large-bore IVs, 1 L LR, 1 u pRBC, fentanyl 50 mcg x2, L chest tube 28 Fr placed.
Dispo: transfer to {G|Allegheny Summit University Hospital} (Level I trauma) by ground critical care; accepting
trauma surgeon Dr. {N|Nathaniel Oduya}; transfer center {P|412-864-3100}. Transfer time 01:40.
Parents notified: mother {N|Kimberly Grant}, {P|304-289-7715}, lives in {C|Piedmont}, WV; en route to {C|Pittsburgh}.

{N|Ravi Iyengar}, MD
""")

T("note43_newborn_dc", """
NEWBORN DISCHARGE SUMMARY - Well Baby Nursery
Infant: Baby Boy {N|Morales Cruz} ("{N|Mateo}")     MRN {MRN|00934702}
DOB/time: {D|04/03/2024} 14:52     Mother: {N|Yesenia Morales Cruz} (MRN {MRN|00934417})
GA 39w2d, SVD with epidural, ROM 4 h, clear fluid. Apgars 8/9. BW 3,420 g (55th %ile). D/C wt 3,250 g (-5%).

Nursery course: breastfeeding well with lactation support, 8-10 feeds/day. Voids x6, stools x4 (transitional).
Hearing screen: pass bilaterally. CCHD screen: pass (98%/99%).
TcB 8.1 at 36 HOL - low-intermediate risk zone (Bhutani); below phototherapy threshold (AAP 2022).
Hep B vaccine given {D|4/3}; vitamin K and erythromycin given at birth.
Newborn metabolic screen collected {D|4/4/24} 15:10, kit # {OID|MD24-0671183}.
Circumcision (Gomco 1.3) {D|4/4}, no bleeding.

Exam at discharge: normal; red reflex present OU; hips stable (Barlow/Ortolani negative); no murmur.
Follow-up: Dr. {N|Yaw Boateng}, {G|Ridgeline Pediatrics}, Monday {D|4/8} at 9:40.
Car seat check done. Safe sleep teaching completed in Spanish.

{N|Hannah Lindgren}, MD, Pediatric Hospitalist
""")

T("note44_progress_lowercase", """
progress note {D|12/21}
{N|strauss} hd3

s: feels "a little better." no overnight events, slept on bipap 4h. daughter ({N|ingrid}) at bedside, asking about
rehab vs home.
o: afeb, hr 88, bp 128/70, rr 20, 2L nc sat 92%. decreased bs bilat, scattered exp wheeze, improved from yesterday.
   wbc 13.1 (on pred), bmp ok, glucose 212 (steroids). vbg 7.36/58.
a/p: {A|92}yo f w/ aecopd + chronic hypercapnia, improving
 - pred 40 day 3/5, azithro day 3/5, duonebs q4 -> q6
 - ssi while on steroids
 - pt/ot: min assist, recommending SAR. daughter prefers {G|Laurel Pines Care Center} bc close to her; cm aware
 - goals: pt reiterates DNR/DNI
 - dvt ppx hep sq
 - dispo: likely {D|12/23} if continues to improve

{N|kofi antwi} pgy1 / seen with Dr. {N|Abernathy}
""")

T("note45_psych_consult", """
PSYCHIATRY CONSULTATION-LIAISON
DOS: {D|05/07/2024}
Pt: {N|Jean-Baptiste, Lionel}, 38M, MRN {MRN|00723390}, 4E-419
Requesting: {N|Mark Brown}, MD. Reason: intentional acetaminophen ingestion; capacity and disposition.

HPI: Pt ingested ~40 tablets of acetaminophen 500 mg on {D|5/5} after learning his wife ({N|Marie-Claude}) was
moving with their two children to {C|Montréal}. Called his brother afterward, who called 911. 4-h APAP 212 mcg/mL,
NAC 21-h protocol completed; LFTs peaked AST 340/ALT 410, now downtrending, INR 1.2.
Born in {C|Port-au-Prince}, Haiti; moved to the US at 17. Works in a warehouse; lost job 2 weeks ago.
No prior attempts. Drinks 4-6 beers/day on weekends. No firearms at home.
MSE: disheveled, cooperative, poor eye contact, mood "empty," constricted affect, logical, +passive SI, no plan
currently, no HI, no AH/VH. Insight partial. Oriented x4.
C-SSRS: actual attempt in past month; HIGH risk.
Assessment: MDD, single episode, severe without psychotic features; suicide attempt by overdose.
Recs:
 1. continue 1:1 sitter
 2. pt agreed to voluntary admission; accepted at {G|Sheppard Ridge Behavioral Hospital}, {C|Hagerstown}, bed {D|5/8}
 3. start sertraline 50 mg daily; avoid TCAs
 4. emergency contact: brother {N|Wesner Jean-Baptiste}, {P|+1 514 873 2206}

{N|Yael Rosenthal}, MD, Consultation-Liaison Psychiatry
""")

T("note46_endo_tele", """
Endocrinology Telehealth Visit (video) - {D|Sept 30, 2024}
Pt: {N|Grace Nakamura-Hill}, 34F, T1DM since age 11      MRN {MRN|00598821}
Pt location: her classroom after hours at {G|Mountain Ridge High School}, {C|Frostburg}; provider at clinic.
Session IP {IP|108.28.193.77}.

Devices: Tandem t:slim X2 pump (serial {DEV|TSX-5504219}) on Control-IQ; Dexcom G7 sensors (current lot {DEV|7D44L19}).
14-day CGM (uploaded via {URL|https://clinic.glooko.com}):
   TIR 58%, TAR 36% (>250: 12%), TBR 6% (<54: 2%). GMI 7.6%. CV 41%.
   Pattern: post-breakfast highs to 280s; overnight lows 0300-0500 after evening exercise.
Settings change:
   - breakfast I:C 1:10 -> 1:8
   - ISF 1:45 -> 1:40 (daytime only)
   - basal 0300-0700: 0.9 -> 0.75 u/h
   - use Exercise mode starting 1 h before evening runs
A1c today (home kit) 7.7%. TSH normal {D|6/2024}. Celiac screen due.
Pt to email logs in 2 weeks to {E|g.nakamurahill@gmail.com} -> clinic inbox reviewed by CDCES.
RTC 3 months (in person).

{N|Hyun-woo Baek}, MD, Endocrinology
""")

T("note47_preanesthesia", """
PRE-ANESTHESIA EVALUATION
Surgery date: {D|7/30/2024}   Procedure: laparoscopic cholecystectomy   Surgeon: {N|Kwame Mensah}, MD
Pt: {N|Sebastián Villalobos}, 45M      MRN {MRN|00612255}      ASA 3

History: symptomatic cholelithiasis. OSA (AHI 34) on CPAP (ResMed AirSense 11, SN {DEV|23221187904}), BMI 43,
HTN, GERD. T2DM on semaglutide - last dose {D|7/22} (held x1 week per protocol).
Prior anesthesia: documented difficult intubation (Cormack-Lehane 3, required bougie) during appendectomy at
{G|Hospital Regional de Alta Especialidad del Bajío} in {C|León}, Guanajuato, 2016 - pt brought a letter.
Airway: Mallampati IV, TMD 5 cm, mouth opening 3 FB, neck circumference 48 cm, full dentition.
Labs: Hgb 14.2, K 4.0, Cr 0.9, A1c 6.9%. ECG: NSR, LAD.
Plan: GA/ETT. Ramped positioning, HFNO preoxygenation, videolaryngoscope first with bougie; FOI cart in room.
Sugammadex reversal; multimodal opioid-sparing analgesia. Bring CPAP day of surgery for PACU.
NPO after midnight; clears until 2 h before arrival.
Consent for anesthesia signed; pt's questions answered (Spanish-speaking; interpreter {N|Lucía Paredes}).

{N|Aaron Hirsch}, MD, Anesthesiology
""")

T("note48_wound_ostomy", """
WOUND/OSTOMY NURSING CONSULT
{D|07/18/2024}   Pt: {N|Kovalenko, Oksana}   MRN {MRN|00529184}   Rm 4E-411

New end colostomy LLQ (Hartmann, {D|7/14}). Stoma 32 mm round, budded 1.5 cm, red/moist, mucocutaneous junction intact.
Peristomal skin intact. Output: soft brown stool, 150 mL.
Pouching: 2-piece system, 44 mm flange cut-to-fit 35 mm, barrier ring; change q3-4 days and prn leak.
Teaching: pt and daughter ({N|Irina Kovalenko-Marsh}) emptied pouch x1 with cues; pt did flange sizing with
assistance. Plan 2 more teaching sessions before d/c.
Supplies: order sent to supplier under Medicare ({HP|2RF8-PK1-WD66}); ship to daughter's home, where pt will stay
after discharge: {SA|75 Wilson Ave, Apt 4}, {C|Hagerstown}, MD {Z|21740}.
Outpatient ostomy clinic {D|8/1/24} at 1:00 pm, {G|Ridgeline Wound & Ostomy Clinic}, {P|301-723-4375}.

{N|Bridget Keane}, BSN, RN, CWOCN
""")

T("note49_dc_gibleed", """
DISCHARGE SUMMARY
{N|TRAN, MINH VAN}      MRN {MRN|00847120}      Adm {D|09/08/2024}      Disch {D|09/14/2024}
Attending: {N|Catalina Restrepo}, MD

Dx: acute variceal hemorrhage; decompensated cirrhosis (HBV + EtOH), Child-Pugh C -> B at discharge.
Course: Admitted to MICU with hematemesis, Hgb 6.4, 3 u pRBC. EGD {D|9/9}: grade III esophageal varices with
stigmata of recent bleeding, 6 bands placed; portal hypertensive gastropathy. Completed 5 days octreotide and 7 days
ceftriaxone. HBV DNA 2.1 x 10^6 IU/mL, HBeAg positive - entecavir 0.5 mg started {D|9/11}. Started carvedilol 3.125 mg
BID; tolerating. Paracentesis not needed. Counseled on alcohol abstinence; pt agrees.

Follow-up:
 - GI: Dr. {N|Subramanian} - repeat EGD with banding {D|Sept 30, 2024}, {G|Ridgeline Endoscopy Center}
 - Hepatology: {G|Allegheny Summit Liver Transplant Center}, {SA|3459 Fifth Avenue, 7th Floor}, {C|Pittsburgh}, PA
   {Z|15213} - {D|10/17/2024} at 10:30; phone {P|412-864-7390}
 - Primary care: new patient at {G|Tri-County Free Clinic}; Medicaid application submitted ({OID|MDMA-2409-33178})
 - Labs: CBC, CMP, INR in 1 week

Address on file: {SA|2204 Potomac Ave}, {C|Hagerstown}, MD {Z|21742}. Son {N|Kevin} {P|240-313-7762}.
""")

T("note50_death_note", """
Death Pronouncement Note
Called by RN {N|Anh Thư Lê} at 04:12 to pronounce patient {N|Agnes Theresa Brennan} (MRN {MRN|00055318}), a
{A|101}-year-old woman admitted {D|1/2/2025} with pneumonia and hypoxic respiratory failure, comfort care since {D|1/4}.

Exam: no response to verbal or tactile stimuli. Pupils fixed and dilated. No carotid pulse. No heart sounds or breath
sounds on auscultation for 1 full minute.
Time of death: 04:20 on {D|01/06/2025}.

Notified: son {N|Michael Brennan} by phone ({P|(814) 445-2319}, {C|Meyersdale}, PA) - family will come in this morning;
attending Dr. {N|Dawn Ray} notified.
Not a medical examiner case (expected death, comfort care). Organ/tissue donor line called, ref # {OID|CORE-25-00113};
not a candidate. Autopsy declined by son.
Family to choose funeral home; body released per policy.

{N|Hye-jin Yoon}, MD, Night Hospitalist
""")


# =====================================================================
# CLINICIAN QUERIES / CHAT MESSAGES (25)
# =====================================================================

T("query01", """
Can you pull the most recent echo on {N|Grant Whitaker} (MRN {MRN|RCH-00418273})? Cardiology wants it before 3 pm.
""")

T("query02", """
pt in 411 {N|kovalenko} asking for dilaudid again, ok to give 0.5 iv or switch to po oxy 5?
""")

T("query03", """
What's the fax number for {G|Cedar Knoll Nursing & Rehabilitation}? Need to send Mr. {N|Okafor}'s H&P and MAR before the van comes.
""")

T("query04", """
pasted from chart: "Pt is a {A|93} yo F w/ hx HFpEF, CKD 3, admitted {D|3/3} for volume overload, daughter at bedside."
does she meet criteria for a palliative consult?
""")

T("query05", """
is dr {N|nasser} covering {G|queen city dialysis} this weekend? {N|khoury} needs HD tonight, K 6.9
""")

T("query06", """
Summarize the discharge summary for {N|José Luis Ramírez}, DOB {D|9/22/1961}, in 5 bullet points for the PCP.
""")

T("query07", """
need the phone # for {N|abena asante-boateng}'s aunt - chart says {P|301-588-2147} but nobody picks up. any alternate?
""")

T("query08", """
Draft a letter to Ms. {N|Svetlana Petrova}, {SA|RR 1 Box 87}, {C|Midland} MD {Z|21542}, explaining her TSH result and the repeat lab.
""")

T("query09", """
any open beds at {G|laurel pines} for a {A|96} y/o lady from {C|frostburg}? family wants her close. her husband is 88 and doesn't drive
""")

T("query10", """
Is Medicare MBI {HP|5TQ9-WA2-KJ48} still active? Pt is {N|Cornelius Doyle}, needs SNF auth.
""")

T("query11", """
What is the max daily dose of acetaminophen in a 78 yo with cirrhosis, Child-Pugh B? Weight 61 kg.
""")

T("query12", """
{A|93}F from {G|Cedar Knoll}, unwitnessed fall, on eliquis 2.5 bid. CT head neg. does she need c-spine imaging or can I clear clinically?
""")

T("query13", """
what time does the endo clinic open tomorrow? need to call about a pump failure
""")

T("query14", """
Please email the CT report to {E|hsandhu@ridgelinehealth.org} - accession {OID|CT2410089331}, pt {N|Nowak}.
""")

T("query15", """
convert {N|qureshi}'s warfarin to weekly dose: 5 mg daily except 7.5 mon/fri. INR 2.2 on {D|5/19}, goal 2-3
""")

T("query16", """
Translate into Spanish for Mrs. {N|Morales Cruz}: "The epidural may lower your blood pressure; we will watch it closely."
""")

T("query17", """
Pt says her sister {N|Faith} will pick her up today. ok to release the d/c paperwork to {N|Faith Anderson}? she's not on the HIPAA form
""")

T("query18", """
look up asthma action plan for MRN {MRN|00981127}, mom is asking for a copy for school
""")

T("query19", """
Did the HER2 FISH on case {OID|RS24-03817} come back? {N|Feldstein} has her surgical consult Thursday.
""")

T("query20", """
hey is {N|hunter pruitt} the caregiver on file for {N|evangeline}? hospice called from {P|301.689.4400} asking who signs for meds
""")

T("query21", """
Write discharge instructions in Spanish for {N|Alma Quintanilla}, f/u with Dr. {N|Lindqvist} on {D|6/10} re: pleural fluid cytology.
""")

T("query22", """
How many pts from {CO|Garrett County} did we admit with COPD exacerbation last quarter vs the same period in 2023?
""")

T("query23", """
The serial on Mr. {N|Whitaker}'s CRT-D is {DEV|RNF418822S} - is that device on the current Medtronic advisory list?
""")

T("query24", """
Schedule a video f/u for {N|Wei Chen} on {D|March 19}. he's in {C|Morgantown} this semester - last session flagged IP {IP|73.162.48.211} as out of state, is that ok for licensure?
""")

T("query25", """
pt {N|bell thompson} (mrn {MRN|00514420}) in fast track w/ new bell's palsy since this am, start pred + valacyclovir?
""")


# =====================================================================
# HARD NEGATIVES - no PHI (15)
# =====================================================================

T("neg01_hf_teaching", """
HF pearls for the new interns: GDMT = four pillars. Entresto 24/26 mg BID titrated q2-4 wk to 97/103 mg BID; carvedilol
3.125 -> 25 mg BID (50 mg BID if > 85 kg); spironolactone 12.5-25 mg daily if K < 5.0 and eGFR > 30; Jardiance or Farxiga
10 mg daily regardless of diabetes status. Loop conversion: furosemide 40 PO ~ torsemide 20 ~ bumetanide 1. Check a
BMP 1-2 weeks after each change. Framingham criteria: 2 major or 1 major + 2 minor. NYHA II-III, Stage C. A 74-year-old
with EF 30% and QRS 160 ms LBBB morphology meets class I criteria for CRT. Seattle Heart Failure Model estimates 1-year
survival. Will review on Thursday at 0730 in Conference Room B.
""")

T("neg02_anon_progress", """
Progress note, HD 2. 67M with LLL pneumonia, improving. Tmax 37.8, HR 84, BP 128/76, SpO2 94% on 1 L. Crackles L base.
WBC 14.1 -> 10.6, procalcitonin 0.8 -> 0.3. Cr 1.1. Cultures NGTD at 48 h. CURB-65 was 2 on admission, PSI class III.
Plan: ceftriaxone 1 g q24h day 3/5 + azithromycin 500 mg day 3/3, then stop; wean O2 to RA; PT consult; IS 10x/h while
awake. Likely home Saturday if ambulatory sat > 90% RA. Code: full. Room 512, bed 2.
""")

T("neg03_neuro_exam", """
Neuro: A&O x3. CN II-XII intact, no facial droop; Bell palsy excluded (forehead sparing present). Strength 5/5 bilateral
UE, 4/5 L hip flexion, 4+/5 L dorsiflexion. DTRs 2+ symmetric, 3+ L patellar with 3 beats of clonus. Babinski upgoing on
the left. Hoffmann negative. Romberg positive. Finger-to-nose intact. Differential includes Guillain-Barré (unlikely
given hyperreflexia), cord compression, MS. Parkinson disease and Lewy body dementia are on the problem list but tremor is
absent today. NIHSS 2. GCS 15. MoCA 24/30 (-2 recall, -1 cube, -1 serial 7s, -2 fluency). mRS 1.
""")

T("neg04_onc_staging", """
Tumor board summary: Hodgkin lymphoma, nodular sclerosis, Ann Arbor stage IIB with bulky mediastinal disease (> 10 cm),
Lugano 2014 response criteria to be applied; Deauville 5-point scale on interim PET. Plan ABVD x 4 then reassess; consider
brentuximab-AVD. Second case: HCC within Milan criteria (single lesion 3.8 cm), BCLC A, Child-Pugh A6, ALBI grade 1 - list
for transplant, bridge with TACE. Third: ECOG 1, Karnofsky 80, KRAS G12C-mutant NSCLC, PD-L1 TPS 60%. Breslow depth 1.2
mm melanoma, Clark level IV. Gleason 4+3=7, Grade Group 3. Oncotype DX RS 18.
""")

T("neg05_ed_decision_rules", """
Decision rules cheat sheet: Ottawa ankle rules - X-ray if bony tenderness at posterior edge or tip of either malleolus, or
unable to bear weight 4 steps. Canadian C-spine rule applies to GCS 15, age 16 and older. San Francisco syncope rule:
CHESS (CHF, Hct < 30%, ECG abnormal, SOB, SBP < 90). PERC negative if age < 50, HR < 100, SaO2 >= 95%. Wells PE > 4 =
likely. HEART score 0-3 low risk. Rochester criteria for febrile infants <= 60 days. PECARN head CT rule for children < 2
years. NEXUS: no midline tenderness, no intoxication, normal alertness, no focal deficit, no painful distracting injury.
""")

T("neg06_ob_peds", """
L&D: G3P2002 at 40w1d, Bishop score 8 (dilation 3 cm, effacement 70%, station -1, soft, mid) - favorable for induction;
oxytocin 2 mU/min, increase by 2 q30min, max 20. Category I tracing. Postpartum: fundus firm at U-1, lochia rubra
moderate. Newborn: Apgars 7 and 9 at 1 and 5 minutes, Ballard 39 weeks, Moro and Babinski present, Ortolani/Barlow
negative. Peds clinic: Tanner stage 3, BMI at the 92nd percentile, Denver II passed, MMR #2 and Tdap given, follow up
at the 12-year well check. Kawasaki disease ruled out (fever only 3 days). Down syndrome screening discussed.
""")

T("neg07_gi_terms", """
EGD: LA grade C esophagitis, Barrett segment Prague C2M4 without dysplasia, 2 cm hiatal hernia with Hill grade III flap
valve. Duodenal ulcer Forrest IIb with adherent clot - epinephrine 1:10,000 injected then two clips. Glasgow-Blatchford
12, pre-endoscopy Rockall 4. No Mallory-Weiss tear. Hx Roux-en-Y 2014, remote Whipple considered for IPMN. Crohn disease
(Montreal A2 L3 B1) on Humira 40 mg q2wk; Mayo endoscopic subscore not applicable. MELD 14. Zenker diverticulum on prior
barium swallow. Hirschsprung excluded in infancy. Rome IV criteria for IBS-C met.
""")

T("neg08_ortho", """
Ortho: distal radius fracture, dorsally angulated 25 deg - Colles pattern, not Smith. Neurovascularly intact, Tinel and
Phalen negative at the carpal tunnel. Knee: Lachman 2+ with soft endpoint, anterior drawer +, McMurray negative,
Thompson test negative bilaterally. Ankle: Weber B fibula fracture, medial clear space 4 mm. Fifth metatarsal Jones
fracture (zone 2), non-weight bearing 6 wk. Salter-Harris II distal tibia in the 13 y/o. Shoulder: Hill-Sachs and
Bankart lesions on MRI. Dupuytren contracture 4th ray. Heberden and Bouchard nodes. Finkelstein +. Baker cyst 3.1 cm.
""")

T("neg09_medlist", """
Home meds: Eliquis 5 mg 1 tab BID; Norco 5/325 1/2 tab q6h prn (max 4/day); Synthroid 88 mcg qAM on empty stomach;
Lasix 40 mg daily (extra 20 mg if wt up 2 lb overnight or 5 lb/week); Keppra 500 mg BID; Ozempic 0.5 mg SC weekly on
Sundays; insulin lispro per scale 1 unit per 50 > 150; Humalog 75/25 12 units with supper; KCl 20 mEq; Flomax 0.4 mg
qHS; Coreg 6.25 mg BID; vitamin B12 1,000 mcg; Dupixent 300 mg q2 weeks; Bactrim DS 1 tab 3x/week (Mon/Wed/Fri) for PJP
ppx. Allergies: sulfa? (tolerates Bactrim), PCN (childhood rash, tolerated cefazolin 2019).
""")

T("neg10_icu_checklist", """
ICU FAST HUGS BID checklist, 0700 rounds: Feeding (TF at goal 60 mL/h), Analgesia (CPOT 2), Sedation (RASS -1, SAT
passed), Thromboprophylaxis (heparin 5,000 units q8h), Head of bed 30 deg, Ulcer ppx (pantoprazole 40 mg), Glucose
140-180. Foley day 4 - remove today. Vent: PRVC 420 x 16, PEEP 8, FiO2 40%, P/F 210 - Berlin definition moderate ARDS.
SBT on Tuesday failed at 30 min (RSBI 112). Swan-Ganz: CI 2.1, PCWP 18, SVR 1,450. Beds 4, 7 and 12 due for CHG bath at
2200. Next family meeting Friday 1400.
""")

T("neg11_genetics", """
Genetics clinic summary: heterozygous BRCA2 c.5946delT (p.Ser1982Argfs*22), pathogenic. Factor V Leiden heterozygous,
prothrombin G20210A negative. MTHFR C677T homozygous - not clinically actionable. HLA-B*57:01 negative (abacavir OK);
HLA-B*58:01 negative. Lynch syndrome panel: MLH1, MSH2, MSH6, PMS2, EPCAM - no variants. Li-Fraumeni (TP53) negative.
CYP2C19 *2/*2 poor metabolizer - avoid clopidogrel. JAK2 V617F positive, allele burden 34%. Karyotype 47,XXY
(Klinefelter). Recommend cascade testing for first-degree relatives; risk-reducing salpingo-oophorectomy at 40-45.
""")

T("neg12_nursing_policy", """
Falls policy reminder: Morse >= 45 = high risk. Braden <= 18 triggers the pressure injury bundle; reposition q2h.
Foley removal by post-op day 2 per CAUTI bundle. We hope to hit zero CLABSI this summer - please page the charge nurse
if a dressing is soiled. Frank blood in the urine or a rise in Cr should be reported at once. Staff will grant early
breaks at dawn shift change only if census allows. Mark I&Os every 4 h and rose-colored drainage as "serosanguinous."
Hunters of lost IV pumps: check the dirty utility room first. X-ray transport leaves the unit at 0600 and 1400.
""")

T("neg13_coding", """
Coding query: principal dx I50.23 (acute on chronic systolic HF) with N18.4 and E11.22; secondary I48.91, Z95.810
(presence of AICD), Z79.01. Procedure CPT 93306 (TTE complete), 99223 initial hospital care, 99233 subsequent, 93000 ECG.
MS-DRG 291 with MCC. LOINC 4548-4 for A1c, 33762-6 for NT-proBNP. HCPCS J1940 furosemide 20 mg. POA indicator Y. Pt age
89 at admission - Medicare primary. LOS 5 days, GMLOS 3.8. Query response due within 2 business days (by Wednesday).
""")

T("neg14_cardiology_eponyms", """
Cardiology: WPW pattern (delta wave, short PR) vs Brugada type 1 (coved ST elevation V1-V2). Mobitz I (Wenckebach) on
overnight tele, no Mobitz II. Modified Duke criteria: 1 major + 3 minor = definite endocarditis; Osler nodes, Janeway
lesions, Roth spots on fundoscopy. Austin Flint murmur with severe AR; grade 2/6 systolic murmur at LUSB. Beck triad
absent; Kussmaul sign present - constrictive pericarditis favored over tamponade. Takotsubo with apical ballooning, EF
35%. Fontan circulation, Tetralogy of Fallot s/p repair 1998. Marfan: aortic root z-score 3.2. QTc 490 ms on Holter.
""")

T("neg15_pk_labs", """
Vancomycin: loading dose 25 mg/kg (2,000 mg), then 1,250 mg q12h targeting AUC/MIC 400-600; Bayesian estimate AUC 512.
CrCl by Cockcroft-Gault 54 mL/min (age 88, weight 70 kg, SCr 0.9). Gentamicin 7 mg/kg q24h - Hartford nomogram. Heparin
80 units/kg bolus then 18 units/kg/h, anti-Xa 0.3-0.7. INR 2.4, PT 26.1 s, aPTT 41. Na 128, K 3.2, Mg 1.6, phos 2.1.
Ca 8.1 corrected 9.0 (alb 3.0). ABG 7.28/52/64/24. Anion gap 18, delta-delta 1.4. Ferritin 90 ng/mL. Infuse 90 mg over
90 minutes. Weight at the 90th percentile. Trough due 1730 Monday before the 4th dose.
""")


# =====================================================================
# BUILD + VERIFY
# =====================================================================

def category(tid):
    m = re.match(r"[a-z]+", tid)
    return m.group(0)


def build(src):
    """Strip markup; return plain text, spans (byte offsets) and expected values."""
    out = []
    spans = []
    expected = []
    pos = 0
    blen = 0
    for m in MARK.finditer(src):
        pre = src[pos:m.start()]
        out.append(pre)
        blen += len(pre.encode("utf-8"))
        ab, val = m.group(1), m.group(2)
        if ab not in ABBR:
            raise ValueError("unknown abbreviation %r in %r" % (ab, m.group(0)))
        vb = len(val.encode("utf-8"))
        spans.append({"bstart": blen, "bend": blen + vb, "kind": ABBR[ab]})
        expected.append(val)
        out.append(val)
        blen += vb
        pos = m.end()
    out.append(src[pos:])
    return "".join(out), spans, expected


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "notes.jsonl")
    errors = []
    ids = [t for t, _ in TEXTS]
    dup = [t for t in set(ids) if ids.count(t) > 1]
    if dup:
        errors.append("duplicate ids: %s" % dup)

    records = []
    expected_by_id = {}
    for tid, src in TEXTS:
        text, spans, expected = build(src)
        records.append({"id": tid, "text": text, "spans": spans})
        expected_by_id[tid] = expected

    with open(path, "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")

    # ---- re-read and verify ----
    kind_counts = Counter()
    cat_texts = Counter()
    cat_spans = Counter()
    cat_kinds = defaultdict(Counter)
    n = 0
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            n += 1
            tid, text, spans = r["id"], r["text"], r["spans"]
            cat = category(tid)
            cat_texts[cat] += 1
            b = text.encode("utf-8")
            exp = expected_by_id[tid]
            if "{" in text or "}" in text:
                errors.append("%s: leftover brace" % tid)
            if len(spans) != len(exp):
                errors.append("%s: span count mismatch" % tid)
            prev_end = -1
            for i, sp in enumerate(spans):
                s, e, k = sp["bstart"], sp["bend"], sp["kind"]
                if k not in ABBR.values():
                    errors.append("%s: bad kind %s" % (tid, k))
                if not (0 <= s < e <= len(b)):
                    errors.append("%s: bad offsets %d-%d" % (tid, s, e))
                    continue
                if s < prev_end:
                    errors.append("%s: overlap/unsorted at %d" % (tid, s))
                prev_end = e
                try:
                    val = b[s:e].decode("utf-8")
                except UnicodeDecodeError:
                    errors.append("%s: span %d-%d not on char boundary" % (tid, s, e))
                    continue
                if i < len(exp) and val != exp[i]:
                    errors.append("%s: span text %r != marked %r" % (tid, val, exp[i]))
                first_ok = val[0].isalnum() or (k in ("PHONE", "FAX") and val[0] in "(+")
                if not first_ok or not val[-1].isalnum():
                    errors.append("%s: bad edge in %r (%s)" % (tid, val, k))
                if val != val.strip():
                    errors.append("%s: whitespace edge in %r" % (tid, val))
                # word-boundary check (span must not cut a word) unless explicitly allowed
                before = b[:s].decode("utf-8")[-1:] if s > 0 else ""
                after = b[e:].decode("utf-8")[:1]
                if (before.isalnum() or after.isalnum()) and (tid, val) not in BOUNDARY_OK:
                    errors.append("%s: span %r cuts a word" % (tid, val))
                kind_counts[k] += 1
                cat_spans[cat] += 1
                cat_kinds[cat][k] += 1
            if cat == "neg" and spans:
                errors.append("%s: hard negative has spans" % tid)

    if errors:
        print("FAILED:")
        for e in errors:
            print("  " + e)
        sys.exit(1)

    print("wrote %s: %d texts, %d spans" % (os.path.basename(path), n, sum(kind_counts.values())))
    print("\nspans per kind:")
    for k in ABBR.values():
        print("  %-16s %4d" % (k, kind_counts[k]))
    print("\nper category:")
    for cat in sorted(cat_texts):
        print("  %-6s texts %3d   spans %4d" % (cat, cat_texts[cat], cat_spans[cat]))
    print("\nOK: all checks passed")


if __name__ == "__main__":
    main()

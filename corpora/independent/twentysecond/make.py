#!/usr/bin/env python3
"""Corpus 'twentysecond': short clinician queries / chat / portal messages and
medium notes of unusual genres (home health, hospice, occ-health, dental,
optometry, school nurse, jail clinic, interpreter log, EMS run sheet, device
clinic, prior auth).  Inline markup {ABBR|value}; writes notes.jsonl with
UTF-8 byte offsets.  Stdlib only."""
import json
import os
import re
from collections import Counter

KINDS = {
    "N": "NAME", "ST": "STREET_ADDRESS", "C": "CITY", "CO": "COUNTY", "Z": "ZIP",
    "G": "GEO", "D": "DATE", "A": "AGE_90_PLUS", "P": "PHONE", "F": "FAX",
    "E": "EMAIL", "SSN": "SSN", "MRN": "MRN", "HP": "HEALTH_PLAN_ID",
    "AC": "ACCOUNT_NUMBER", "LIC": "LICENSE_NUMBER", "VEH": "VEHICLE_ID",
    "DEV": "DEVICE_ID", "URL": "URL", "IP": "IP_ADDRESS", "OID": "OTHER_ID",
}
PAT = re.compile(r"\{(" + "|".join(sorted(KINDS, key=len, reverse=True)) + r")\|([^{}|]*)\}")

NOTES = []


def add(nid, markup):
    NOTES.append((nid, markup))


# ---------------------------------------------------------------- short texts

add("q01_labs", """can u check labs on {N|maria de la luz ramirez} dob {D|4/9/51} mrn {MRN|00482291} - cr jumped 1.1 -> 2.4 since {D|mon the 6th}?? shes in 612b. her dtr {N|lupe} wants a call back {P|(915) 555-0143} thx""")

add("q02_inr", """pls call back mr {N|okonkwo} at {P|555 210 8834} re: his inr - 3.8 today on warfarin 7.5 daily. he says dr {N|adeyemi} told him to skip a dose?? last check {D|11/20} was 2.6. ok to tell him hold x1 and recheck {D|thurs 12/4}? -{N|tanya} rn pgr 4417""")

add("q03_pharm_chat", """[10:42] {N|Brennan, Siobhan} RN: hey is the vanc trough back for {N|Jun Watanabe} ({MRN|H-7741-0928})? bed 14, next dose due 1100
[10:44] {N|Rashid Al-Farsi} PharmD: 17.8, drawn 0930. keep 1250 q12. who's covering tonight?
[10:45] {N|Brennan, Siobhan} RN: dr {N|van der Berg}, pgr 55213
[10:46] {N|Rashid Al-Farsi} PharmD: k will page her. fyi his ins bounced the linezolid PA, member id on file {HP|W2849 1170 03} is termed, can u ask family for new card""")

add("q04_portal_daughter", """Hi this is {N|Nasreen}, {N|Fatima Begum} daugter. my mom seen dr {N|Kowalczyk} last {D|tues the 14th} and was suposed to get a refil on her metoprolol 25 but {G|Hillcrest Family Pharmacy} says they never got nothing. she only got 2 pills left!! also her sugar was 240 on {D|the 3rd} and she felt dizzy. her birthday is {D|Jan 30 1938} if u need it. pls call me on my cell {P|347-555-0192} not the home number i work nights. thank you""")

add("q05_portal_abroad", """Dear Dr {N|Haldane},
I am writing from {C|Pune} where I am staying with my brother until {D|February 28}. I have run out of my levothyroxine 100 mcg - could the office send a short letter with the dose so a local pharmacy can dispense? My UK mobile is {P|+44 7700 900461} and my brother's number is {P|+91 98220 41376}. You can also email me at {E|ananya.krishnamurthy62@gmail.com}. DOB {D|17/06/1962}, hospital no. {MRN|KRI-0048812}.
Kind regards,
{N|Ananya Krishnamurthy}""")

add("neg01_pharm_chat", """[0712] pharm: pt in 4N bed 22, vanco trough 22.4 - pls hold 0800 dose, recheck level at 1400. AKI? cr 1.9 from 1.2. zosyn 3.375 g q8h extended infusion is fine
[0715] rn: held. pt is 78, ~62 kg, est CrCl 31. md aware?
[0716] pharm: will page. per the 2020 ASHP/IDSA vanc guideline we target AUC 400-600 anyway. also MRSA nares PCR - if neg can likely d/c vanc
[0730] rn: nares neg per micro. thx
[0731] pharm: ok, rec d/c vanc, cont zosyn, day 3 of 7. pgr 6621 if questions""")

add("q07_elig", """pls verify elig for {N|nguyen, thi hoa} dob {D|08-22-1947} member id {HP|XEH448120937} and {N|o'sullivan, dermot} dob {D|1/3/44} member {HP|ZGP 77310 442} - both on the sched w/ dr {N|petrovic} {D|wed 5/21} at {G|lakeview ortho}, front desk says both came back inactive""")

add("q08_records_fax", """Records req from {G|St. Brigid Behavioral Health} for {N|Deshawn Mbeki-Collins} (dob {D|11/30/1989}, acct {AC|4410093327}). They want notes {D|Aug 2023} thru present. Fax to {F|(412) 555-0177} attn {N|Gloria}, phone {P|412-555-0170 ext 233}. Auth on file signed {D|5/2/24}. -{N|Pat Wood}, HIM""")

add("neg02_portal_sugars", """hi i started the new metformin 500 twice a day last week and my sugars in the morning are still like 180-200. the nurse said call if over 250. i been getting some diarrhea too, maybe 3 times a day. should i go up to 1000 like the dr said or wait til it settles? my A1c was 8.9 in the spring and 9.4 in 2022. thanks""")

add("q10_chat_age", """fyi mrs {N|Goldfarb} in 308 is {A|97} (not 79 - triage typo!!) so pls redo the fall risk. her son {N|Mort} is HCP, {P|201.555.3318}. other son {N|Jay} flying in from {C|Tel Aviv} tmrw. roommate mrs {N|Faith Okafor} is {A|91} too, both on bed alarms""")

add("q11_intl_family", """Msg from {N|Chinedu Eze} (pt's nephew) calling from {C|Lagos} {P|+234 803 555 0172}: wants update on his uncle {N|Emmanuel Eze}, admitted {D|10/8}. Pt verbally OK'd sharing info w/ him, documented {D|10/9}. Pt's sister {N|Ngozi} in {C|Manchester} also called, {P|+44 161 555 0934}. Both ask for call after 2pm our time. -{N|Ines}, unit clerk""")

add("neg03_contrast_q", """can we do ct abd w/o contrast if egfr 28? pt is 67, CKD 3b, hx hives w/ iodinated contrast in 2015. radiology says premed w/ prednisone 50 mg at 13 h, 7 h and 1 h before + diphenhydramine 50 mg 1 h before. or just go MRI? gad w/ egfr <30 - NSF risk low w/ group II agents per ACR manual. pls advise, scan slot at 1530""")

add("q13_word_names", """is {N|hope king} still on 4n? her grandson {N|will} says the snf ({G|rose hill manor}) wont take her back til {D|the 22nd}. dr {N|bishop} wants pt/ot eval first. {N|grant young} from case mgmt is on it and sw {N|mercy brown} talked w/ family. mrn {MRN|RH-558201} if u need it. pls loop in {N|june page} pgr 31188""")

add("q14_helpdesk", """Ticket #{OID|INC0049912} - Pt {N|Wiktor Zielinski} unable to open portal. Link he was sent: {URL|https://myhealth.northvalleymed.org/patient/8842019/messages?id=55190}. Gets error 403, login attempts logged from {IP|71.212.48.96}. Verified identity w/ DOB {D|3/15/1970} + zip {Z|97224}. Password reset sent to {E|wzielinski@outlook.com}. -{N|Keanu Kahale}, IT svc desk""")

add("neg04_rn_chat", """rm 22 - foley out at 0600, no void yet, bladder scan 420 ml at 1000. ok to straight cath? also pt refusing heparin sq, says will walk instead - ambulated 200 ft w/ walker x2 today. braden 16, morse 45. pain 3/10 after oxycodone 5 mg @0845. pgr 4471 if needed""")

# ---------------------------------------------------------------- medium notes

add("m01_home_health", """HOME HEALTH - SKILLED NURSING VISIT
Agency: {G|Cedar Valley Home Care}   Ph {P|(319) 555-0148}   Fax {F|(319) 555-0149}
Patient: {N|Kuznetsova, Valentina}   MRN {MRN|CVH-20-11873}   DOB {D|02/11/1931}
Address: {ST|2217 Old Orchard Rd}, {C|Marion}, IA {Z|52302} ({CO|Linn County})
Visit date: {D|04/18/2024}   Time in 0910   Time out 1005
Clinician: {N|Darnell Hughes}, RN
PCP: Dr. {N|Esther Lindqvist}, {G|Marion Family Medicine}
Caregiver: grandson {N|Sasha} ({P|319-555-7720}), lives in basement apt.

S: {A|93} y/o F w/ HFrEF (EF 30%), AF on apixaban 2.5 mg BID, s/p mechanical fall {D|3/30} w/o injury. Grandson reports she "is peeing more since the water pill got changed" on {D|4/2} by Dr {N|Lindqvist}. Denies CP, orthopnea 2 pillows (baseline).
O: BP 132/74, HR 88 irreg, RR 18, SpO2 94% RA. Wt 58.2 kg (down 1.1 kg since {D|4/11} visit). 2+ pitting edema BLE to mid-shin. Fine crackles bases. Skin intact, Braden 17.
Meds reconciled; furosemide now 40 mg daily (was 20 mg). Pillbox filled x 1 wk.
Telemonitor: scale/BP hub SN {DEV|4GD-88213-K} transmitting; hub IP {IP|10.44.201.17} per vendor portal, last upload 0630 today.
A/P: Volume status improving. Reinforced 2 g Na diet, 1.5 L fluid limit, daily wts. Called Dr {N|Lindqvist}'s nurse {N|Patrice} w/ today's wt - no changes. Lifeline pendant acct {AC|LL-0093-55817} tested, working. Next SN visit {D|4/25}.
{N|D. Hughes}, RN  {D|4/18/24} 1112""")

add("m02_hospice_intake", """HOSPICE ADMISSION / INTAKE NOTE
{G|Good Shepherd Hospice of the Ozarks}
Referral rec'd {D|Jan 9, 2025} from {G|Mercy Hospital Springfield}, CM {N|Lorna Bell} {P|417-555-2290}.

Patient: {N|Amos Whitfield} ("{N|Bud}")   DOB {D|7/4/1929} (age {A|95})   Medicare MBI {HP|1EG4-TE5-MK72}
Residence: {G|Brookside Assisted Living}, {ST|880 W Sunshine St} Unit 14, {C|Springfield}, MO {Z|65807} ({CO|Greene County})
Hospice dx: Alzheimer's dementia, FAST 7c; secondary CHF NYHA IV. PPS 30%. Wt loss 11% in 6 mo, intake <25% of meals. Stage 3 sacral PI.

Family / support: wife {N|Loretta Whitfield}, {A|ninety-one}, also resides at {G|Brookside} (memory intact). Daughter/POA {N|Carol Ann Whitfield-Pace} lives in {C|Tulsa}, {P|918-555-4471}, {E|carolann.pace@yahoo.com}. Pt's older sister still living, turned {A|101} this fall. Son deceased 2019.
Spiritual: Methodist; Fr. {N|Tomasz Wrobel} visits weekly per family, pt enjoys hymns. Hospice chaplain to follow.
IDT: SW {N|Kiara Simmons}; volunteer {N|Rose Major} requested for music visits.
DME: from {G|Ozark Medical Supply} - hospital bed w/ alt pressure mattress, O2 concentrator SN {DEV|INV5-2209-34471} at 2 L NC prn.
Advance directives: DNR/POLST signed {D|12/28/2024}, copy in chart. Pre-arranged w/ {G|Klingner-Cox Funeral Home}.
Attending: Dr. {N|Priya Raghunathan} (hospice medical director). F2F due by {D|3/9/2025}.
Intake RN: {N|Molly Garrity}, RN   {D|1/10/2025}""")

add("m03_workers_comp", """OCCUPATIONAL HEALTH - WORK INJURY INITIAL VISIT
{G|WorkWell Occupational Clinic - Eastgate}
Employee: {N|Hernández Ochoa, Luis Alberto}   DOB {D|09/14/1986}   SSN {SSN|521-77-0934}   Employee ID {OID|E-448201}
Employer: {G|Tri-County Poultry Processing}, {ST|1500 Industrial Pkwy}, {C|Gainesville}, GA {Z|30501}
Supervisor: {N|Randy Pruitt} {P|(770) 555-0311 x204}
WC claim #: {OID|WC-2024-0887162}   Adjuster: {N|Kimberly Osei}, {E|kosei@psmutual-claims.com}, fax {F|770-555-0399}
DOI: {D|06/03/2024} approx 1415

HPI: 37 y/o RHD M, deboning line, lifting ~50 lb tote from floor to conveyor when felt "pop" R shoulder w/ immediate pain 8/10. Reported to line lead {N|Chuy} and then {N|Pruitt}; coworker {N|Ana Lucía Paz} witnessed. Visit conducted w/ Spanish interpreter {N|Rocío Márquez} (ID {OID|INT-3391}).
Exam: R shoulder - no deformity. AROM flex 95, abd 80. Hawkins +, Neer +, empty can 4-/5, drop arm neg, lift-off neg. Distal NV intact. C-spine nontender, Spurling neg.
Imaging: XR R shoulder 3V - no fx/dislocation, type II acromion.
A: R shoulder strain, r/o rotator cuff tear (S46.011A).
P: Naproxen 500 mg BID w/ food x 10d, ice, sling prn. MRI R shoulder if no improvement. Modified duty: no lifting >10 lb R arm, no overhead, no repetitive reaching, through {D|6/17/24}; recheck {D|6/17/24} 0830. Post-accident UDS collected, specimen ID {OID|SPC0093318841}, CCF {OID|7712039}.
Work status report faxed to HR ({N|Denise Varga}) at {F|770-555-0340}.
{N|Samuel Adeyemi-Brooks}, PA-C   NPI 1376549820""")

add("m04_dental", """{G|Bright Smiles Dental of Oak Park} - Limited/Problem-focused exam
Date: {D|03/07/2025}
Pt: {N|Zhao, Mei-Lin}   DOB {D|5/30/1994}   Chart # {MRN|BSD-004417}
Dental ins subscriber: {N|Zhao, Wei} (spouse), subscriber ID {HP|DDX880213455}
Emergency contact: mother {N|Lin Zhao}, {P|+86 138 0013 8421}
Provider: Dr. {N|Olumide Bankole}, DDS   Hygienist: {N|Krista Van Dyke}, RDH

CC: "back tooth on the left hurts with cold" x 3 wks, lingers ~10 s.
Med hx: pregnant, 22 wks (OB Dr. {N|Hannah Sørensen}, {G|Lakeshore Women's Health}); prenatal vitamin only. NKDA. ASA II.
Exam: #19 MO recurrent caries under existing amalgam, cold test +, lingering 8 s; perc -, palp -. #30 implant (placed 2019, lot {DEV|MT339027}) - stable, no BOP. Probing 2-3 mm generalized, BOP 8%. 1 PA #19 w/ lead apron + thyroid collar - caries approaching pulp, no PARL.
Dx: symptomatic irreversible pulpitis #19 vs. deep caries.
Plan: discussed w/ pt - RCT preferred in 2nd trimester. Referred to Dr. {N|Yusuf Demir}, {G|Oak Park Endodontics}, {ST|1011 Lake St Ste 300}, {C|Oak Park}. Temp: none placed today. Ibuprofen avoided (pregnancy) - acetaminophen 500 mg q6h prn. Next appt {D|3/21/25} 1000; reminder text to {P|708-555-6120}.""")

add("m05_optometry", """{G|ClearView Eye Associates} - Comprehensive Eye Exam   {D|Sep 12, 2024}
Patient: {N|MacLeod, Fiona} ("{N|Fi}")   DOB {D|1/22/1958}   Acct {AC|CVE-77120-3}   VSP ID {HP|VSP660219981}
Address: {ST|4702 Northwest Ave}, {C|Bellingham}, WA {Z|98226}
Referred by Dr. {N|Reuben Castellanos} (PCP) for annual diabetic eye exam.
Occupation: coach operator, {G|Whatcom Transportation Authority}; needs vision form for DOT card. WA CDL {LIC|WDL8K2M3R9Q1}.

Hx: T2DM x 12 yrs, last A1c 7.4. Reports glare driving at night.
VA cc: OD 20/40, OS 20/30; PH OD 20/25. IOP (Goldmann) 18/19 @ 0940. Pupils PERRL, no APD. CVF full OU. Color: Ishihara 14/14 OU.
SLE: 2+ NS, 1+ cortical OD > OS. Rose bengal stain: trace inferior punctate OU.
DFE: C/D 0.35 OU; scattered dot-blot hemes OU, no NVD/NVE; macula flat. OCT: no CSME.
A: Mild NPDR w/o DME OU; cataract OD > OS (visually significant for night driving); dry eye.
P: New Rx ordered, lab job # {OID|J-558120}. ATs QID. Vision form faxed to DOT examiner Dr. {N|Wendell Ambrose}, {F|360-555-8812}. Cataract consult if BCVA drops below 20/40. Recall {D|March 2025}. Husband {N|Alasdair} drove today; contact {P|360-555-2047}. Visit summary emailed to {E|fiona.macleod58@gmail.com}.
{N|Hyun-woo Park}, OD""")

add("m06_school_nurse", """{G|Thurgood Marshall Middle School} - Health Office Visit
Student: {N|Tyrell Baptiste-Moore}   Gr 7   DOB {D|2/3/2012}   Student ID {OID|S20319847}
Home address on file: {ST|3318 Dauphine St}, {C|New Orleans} {Z|70117}
Date: {D|10/16/24}   Time in 10:25

Sent by Ms. {N|Rosalind Achterberg} (Rm 114) c/o SOB and chest tightness after PE.
Hx: asthma; albuterol HFA + spacer kept in health office per MAR. Asthma action plan from Dr. {N|Leticia Okonjo}, {G|Riverside Pediatrics}, dated {D|8/20/24}; personal best PF 320.
Assess: speaking in phrases, mild retractions, exp wheeze bilat. RR 26, HR 112, SpO2 95% RA. PF 220 (69% PB) - yellow zone.
Intervention: albuterol 4 puffs via spacer 10:30. Recheck 10:50: PF 290 (91%), RR 20, wheeze resolved, SpO2 98%.
Parent contact: mother {N|Danielle Moore} {P|(504) 555-0186} - no answer, VM left 10:40. Father {N|Marcus Baptiste} reached at work ({G|Port of New Orleans}) {P|504-555-3302}; picked up at 11:30, plans to call pediatrician today.
Sibling {N|Kayla} (gr 3, {G|Lafitte Elementary}) - no concerns.
Notified PE teacher Coach {N|April Benoit}: pre-treat w/ albuterol 15 min before PE per plan.
{N|Joy Fontenot}, RN - school nurse""")

add("m07_jail_intake", """MEDICAL INTAKE SCREENING - {G|Twin Rivers Regional Jail}
Inmate: {N|DOMINGUEZ, RAFAEL} aka "{N|PELÓN}"   Booking # {OID|2024-018832}   DOB {D|12/01/1979}   SSN {SSN|409-62-1187}
Booked {D|07/22/2024} 0215. Arresting officer Dep. {N|K. Lindahl}, badge {OID|C-2217}.

Meds reported: methadone 90 mg daily via {G|New Horizons OTP}, {C|Fargo}; last dose {D|7/21} AM, verified by phone w/ RN {N|Stacy Rinehart} {P|701-555-0164}. Gabapentin 300 mg TID (not verified).
Prior incarceration {G|North Dakota State Penitentiary} 2016-2019, DOC # {OID|ND-41882}.
PMH: OUD on MOUD, HCV Ab+ (untreated), HTN. Denies SI/HI; C-SSRS screen neg.
Vitals 0250: BP 156/94, HR 104, T 37.4, SpO2 98%. COWS 9 at 0300, CIWA-Ar 4.
Property: glasses, lower partial denture - kept w/ inmate.
Emergency contact: sister {N|Yesenia Dominguez}, {P|701.555.9920}, {ST|412 4th Ave N}, {C|Moorhead}, MN.
Court date {D|8/5/24}; public defender {N|Ingrid Haugen} notified re: MOUD continuation.
Plan: continue methadone 90 mg per jail MOUD protocol after dose verification; COWS q4h x 24 h; HCV RNA + LFTs; housing med obs pod.
Screening nurse: {N|Oyelaran, Bisi}, LPN. Reviewed Dr. {N|Haakon Tveit} {D|7/22/24} 0810.""")

add("m08_interpreter_log", """LANGUAGE SERVICES - DAILY ENCOUNTER LOG   {D|Wednesday, November 6, 2024}
Site: {G|Saint Columba Medical Center}
Interpreter: {N|Abdirahman Warsame} (Somali / Arabic), employee # {OID|SC-009341}

0800-0835  {N|Hodan Ali Farah}, MRN {MRN|SCM-7730215} - L&D triage w/ RN {N|Claire Dubois}. In person. Pt requested female interpreter; none available, pt agreed to proceed, documented.
0900-0920  {N|Yusuf Abdi}, MRN {MRN|SCM-7719984} - peds clinic, interpreted for mother {N|Sahra} w/ Dr. {N|Lena Hoffmann}. Vaccines, 4 mo WCC.
0945-1030  Vietnamese - VRI vendor, session {OID|VRI-5582-XQ}, vendor interpreter ID {OID|CL-88213}, for {N|Pham Van Long}, MRN {MRN|SCM-7702266}. Audio dropped x2, completed by phone.
1100-1140  OPI outbound: to pt's son {N|Mohamed Hassan} {P|612-555-0107} to move cardiology f/u for {N|Faadumo Hassan} ({A|92} yo) to {D|11/14}. Son asks for female Somali-speaking provider.
1300-1400  Family meeting ICU rm 6, {N|Jama Nur}, MRN {MRN|SCM-7688410}. Palliative Dr. {N|Marguerite Oyelowo}, chaplain {N|Samuel Gebremedhin}. Family present from {C|Minneapolis}; eldest daughter joined from {C|Nairobi} via WhatsApp {P|+254 722 555 019}. Goals of care discussed; decision deferred.
1430-1500  Travel to {G|Cedar-Riverside Community Clinic}, 4.2 mi.
Total billable: 4.6 h.""")

add("m09_ems_pcr", """PATIENT CARE REPORT - {G|Tri-Lakes Ambulance District}, Medic 7
Incident # {OID|24-118073}   Date {D|08/31/2024}
Dispatch 16:42 - MVC, initially given as {ST|E Pearce Blvd} & {ST|Hwy Z}; corrected en route to {ST|I-70 WB mile marker 103}, {C|Wentzville}, {CO|St. Charles County}. On scene 16:51.
Crew: {N|Travis Kettleman}, Paramedic (lic {LIC|MO-EMTP-0448172}); {N|Dana Osei-Bonsu}, EMT (lic {LIC|MO-EMT-1120554}).
Pt: {N|Abernathy, Cole}   DOB {D|3/19/2001}   23 M   Home: {ST|71 Kettle Creek Ct}, {C|O'Fallon}, MO {Z|63368}
Vehicle: 2016 Honda Civic, MO plate {VEH|KX4 R7P}, VIN {VEH|2HGFC2F59GH512847} - restrained driver, rear-ended at ~55 mph, +airbag, self-extricated. Front passenger {N|Makayla Rhodes} transported separately by Medic 9.
MSHP Cpl. {N|R. Vance}, badge {OID|MSHP-1187}, on scene.
Assessment: A&Ox4, GCS 15. c/o neck pain 6/10, midline tenderness C6. Seatbelt sign L chest. Lungs CTA bilat. Abd soft. MAE x4, sensation intact.
Vitals 16:55 BP 148/92 HR 104 RR 20 SpO2 98% RA; 17:10 BP 138/88 HR 96.
Tx: c-collar, scoop to cot, 18g L AC, NS TKO, fentanyl 50 mcg IV 17:02 -> pain 3/10.
Transport non-emergent to {G|St. Joseph Hospital West}; report to RN {N|Brianna Feld} 17:24.
Mother {N|Renee Abernathy} notified by pt's request, {P|636-555-0148}.
Health ins member ID {HP|MOH92214880}; auto claim # {OID|CLM-7720934471} per pt.""")

add("neg05_home_health", """Skilled nursing visit - recertification period day 52 of 60.
84 y/o F w/ COPD GOLD 3 (FEV1 38% pred), HFpEF, Parkinson's disease (H&Y stage 3), on 2 L NC continuous. Pt was 89 lb at SOC, 93 lb today.
VS: BP 142/88, HR 76, RR 20, SpO2 91% on 2 L, T 98.1. Lungs diminished bases, scattered exp wheeze. No edema.
Meds: carbidopa/levodopa 25/100 1 tab TID at 0700/1200/1700 - reinforced timing; tiotropium 18 mcg daily; budesonide/formoterol 160/4.5 2 puffs BID; albuterol prn (used x2 since last visit).
Foley (16 Fr, changed at last visit) draining clear yellow urine. Stage 2 PI R heel 1.2 x 0.8 cm, Mepilex changed.
Functional: TUG 19 s, Tinetti 16/28 - high fall risk. MMSE 24/30. PHQ-2 score 1. Braden 15.
Teaching: pursed-lip breathing, energy conservation, GOLD action plan zones. Pt able to teach back 3/3.
Will call MD if SpO2 <88% or sputum change. Next visit in 7 days per 2023 agency COPD pathway.""")

add("neg06_dental", """Periodic oral evaluation + prophylaxis.
41 y/o M, ASA I, NKDA. Last FMX 2022. Chief concern: sensitivity on upper right with sweets.
EO: TMJ WNL, no lymphadenopathy. Mallampati II.
IO: Angle Class II div 1, OJ 5 mm. #3 MOD amalgam with marginal breakdown; #14 Black's Class V NCCL 2 mm; #8 Ellis class I fx (enamel only). Gingival recession #24 Miller Class I, 2 mm.
Perio: PD 2-4 mm, localized 5 mm #2 DB, BOP 14%, plaque index 1.2. Stage II Grade B periodontitis.
Radiographs: 4 BWX - interproximal radiolucency #3 D into dentin (ICDAS 5).
Tx today: prophy, OHI, fluoride varnish 5% NaF.
Plan: #3 MOD composite, 2% lidocaine w/ 1:100,000 epi x 1.7 mL, rubber dam. SRP UR quad. Desensitizing toothpaste 5000 ppm F. Recall 4 months.""")

add("neg07_ems_qa", """EMS QA REVIEW - stroke alert, Medic 12
Call received 14:32, on scene 14:41, depart 14:58, arrival 15:14 (door-to-CT 18 min).
Pt 72 F, LKW 13:50 per spouse. Cincinnati Prehospital Stroke Scale 3/3 positive. LAMS 4 (Los Angeles Motor Scale), RACE 6 - LVO suspected; bypass to thrombectomy-capable center appropriate per protocol 4.12.
GCS 14 (E4V4M6). BGL 142. BP 188/102, HR 94 irregular, 12-lead AF w/ RVR 118, no STEMI criteria.
Meds: none given; ASA 324 mg appropriately withheld. O2 not indicated (SpO2 96%).
Documentation: NIHSS 16 by receiving team. tPA/TNK not given (LKW > 4.5 h at arrival? no - 84 min; withheld for INR 2.8 on warfarin).
Separate trauma call same shift: Young-Burgess APC II pelvic injury, binder applied at 16:05; NEXUS and Canadian C-spine rule both applied.
Findings: scene time 17 min (goal <15). Crew to review Version 3.1 stroke checklist. No deficiencies in Killip / Ottawa / Wells documentation.""")

add("neg08_occ_preplacement", """PRE-PLACEMENT EXAM - forklift / warehouse associate
45 y/o M. No prior work injuries. Non-smoker since 2010.
Vision: Snellen 20/20 OU uncorrected; Ishihara 14/14; horizontal fields 140 degrees.
Audiometry: baseline; 4 kHz 25 dB R, 30 dB L - no STS per OSHA 29 CFR 1910.95 (age-corrected).
Spirometry: FEV1 3.62 L (94%), FVC 4.51 L (97%), ratio 0.80. Respirator medical clearance: cleared for N95 and half-face APR; fit test 3M 1870+ passed, fit factor 200+.
MSK: Jamar grip 46 kg R / 42 kg L. NIOSH lifting equation RWL 23 kg for job task; applicant lifted 25 kg floor-to-waist x 5 w/o difficulty. Phalen and Tinel neg bilat.
Skin: Wood's lamp - no fluorescence of scalp lesion; likely seb derm, not tinea.
Labs: Hep B surface Ab 34 mIU/mL (immune). IGRA neg. UDS 10-panel neg.
PHQ-9 2. Hx Major depressive disorder in remission, no meds x 3 yrs.
Determination: fit for duty without restrictions. Will grant clearance upon receipt of signed release; annual audiogram.""")


# ---------------------------------------------------------------- more medium PHI notes

add("m14_device_clinic", """REMOTE CARDIAC DEVICE CLINIC - Transmission Review
Pt: {N|Van den Heuvel, Pieter}   MRN {MRN|0004-882-17X}   DOB {D|11/02/1932}   {A|92}M
Residence: {G|Heritage Oaks Senior Living}, {C|Kalamazoo}, MI
Device: Medtronic Azure XT DR MRI, SN {DEV|RNB604412H}; implanted {D|6/13/2019} by Dr. {N|Sunita Bhattacharya}, {G|St. Elizabeth Heart Institute}.
Leads: RA 5076 SN {DEV|PJN7123345}; RV 5076 SN {DEV|PJN7119087}.
Home monitor: MyCareLink SN {DEV|24950X0433}, last connect from IP {IP|68.45.133.202}.
Transmission: scheduled, {D|1/6/2025} 02:13.
Findings: Battery 7.8 yrs. RA 0.75 V @ 0.4 ms, RV 0.875 V @ 0.4 ms - stable. Impedances RA 456 / RV 532 ohms. Mode DDDR 60/130; AP 71%, VP 2%. AF burden 3.1% (longest episode 4 h 12 min). 0 VT/VF. OptiVol below threshold.
Assessment: Normal device function. Low AF burden, on apixaban 2.5 mg BID (age >80, wt 58 kg).
Communication: report posted at {URL|https://carelink.stelizabethheart.org/pt/00048821/report/77310}; daughter {N|Marijke} (lives in Netherlands) notified per pt's wishes at {E|marijke.vdheuvel@kpnmail.nl}, {P|+31 6 1234 5678}.
Next remote {D|4/7/2025}; in-office {D|July 2025}.
{N|Gwen Tallchief}, RN, CCDS. Co-signed Dr. {N|Bhattacharya}.""")

add("m15_prior_auth", """PRIOR AUTHORIZATION REQUEST - specialty medication
Member: {N|Chukwuemeka Obi}   DOB {D|4/4/1976}   Member ID {HP|XQB880421775}
Prescriber: Dr. {N|Anneliese von Hagen}, rheumatology   DEA {LIC|BV4418827}   State lic {LIC|Q-7780}   NPI 1568420973
Clinic: {G|Alamo Heights Rheumatology}, {ST|8400 Broadway St Ste 210}, {C|San Antonio}, TX {Z|78209}   Ph {P|210-555-0133}   Fax {F|210-555-0134}
Drug requested: adalimumab-adaz 40 mg/0.4 mL SC q14 days, #2 pens/28 days.
Dx: seropositive RA w/ organ involvement (M05.79). RF 112, anti-CCP >250. DAS28-CRP 5.1 (high). CDAI 31.
Prior therapy: methotrexate 25 mg weekly SC x 6 mo (2023) - inadequate response + transaminitis (ALT 3x ULN); leflunomide 20 mg x 4 mo - diarrhea; hydroxychloroquine 400 mg - ongoing.
Screening: QuantiFERON-TB Gold neg {D|2/2/2025}; HBsAg neg, anti-HBc neg; no hx CHF NYHA III/IV or demyelinating disease.
Prior denial: case {OID|APL-9920145} dated {D|1/15/2025} (step therapy) - step now met. PA ref # {OID|PA-25-0338817}.
Deliver to pt home: {ST|1127 Chula Vista Dr}, {C|Converse}, TX {Z|78109}.
Questions: {N|Marisol Treviño}, CPhT, {E|mtrevino@alamoheightsrheum.com}.""")


# ---------------------------------------------------------------- build

def build(markup):
    out = bytearray()
    spans = []
    pos = 0
    for m in PAT.finditer(markup):
        out += markup[pos:m.start()].encode("utf-8")
        b = len(out)
        out += m.group(2).encode("utf-8")
        spans.append({"bstart": b, "bend": len(out), "kind": KINDS[m.group(1)], "_v": m.group(2)})
        pos = m.end()
    out += markup[pos:].encode("utf-8")
    text = out.decode("utf-8")
    if re.search(r"\{[A-Z]+\|", text) or "{" in text or "}" in text:
        raise SystemExit("leftover markup in text: " + text[:80])
    return text, spans


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    seen = set()
    counts = Counter()
    rows = []
    neg = 0
    for nid, markup in NOTES:
        assert nid not in seen, nid
        seen.add(nid)
        text, spans = build(markup)
        raw = text.encode("utf-8")
        for s in spans:
            got = raw[s["bstart"]:s["bend"]].decode("utf-8")
            assert got == s["_v"], (nid, got, s["_v"])
            assert got == got.strip() and got, (nid, got)
            counts[s["kind"]] += 1
        if not spans:
            neg += 1
        rows.append({"id": nid, "text": text,
                     "spans": [{k: s[k] for k in ("bstart", "bend", "kind")} for s in spans]})
    with open(os.path.join(here, "notes.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    # re-read and verify
    with open(os.path.join(here, "notes.jsonl"), encoding="utf-8") as f:
        for line, (nid, markup) in zip(f, NOTES):
            r = json.loads(line)
            raw = r["text"].encode("utf-8")
            exp = [m.group(2) for m in PAT.finditer(markup)]
            assert [raw[s["bstart"]:s["bend"]].decode("utf-8") for s in r["spans"]] == exp, nid
    print(f"texts: {len(rows)}  (no-PHI hard negatives: {neg})  spans: {sum(counts.values())}")
    for k in KINDS.values():
        print(f"  {k:16s} {counts.get(k, 0)}")


if __name__ == "__main__":
    main()

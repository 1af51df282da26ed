#!/usr/bin/env python3
"""Hand-written PHI test corpus 'sixteenth': clinician/nurse/pharmacist/coder
queries to an AI assistant or EHR search, plus PHI-free hard negatives.

Inline markup {ABBR|value}; writes notes.jsonl with UTF-8 byte offsets."""
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

TEXTS = [
# ---------------------------------------------------------------- queries
("q01_referral",
 "Please draft a referral letter to Dr. {N|Oluwaseun Adeyemi} at {G|Lakeshore Cardiology Associates} "
 "for my patient {N|Margaret Hope Whitfield} (DOB {D|04/17/1951}, MRN {MRN|00482917}). She had an "
 "NSTEMI on {D|February 9th} and was discharged from {G|St. Mary's Hospital} on {D|2/14/2024} on "
 "ticagrelor 90 mg BID, atorvastatin 80 mg and metoprolol succinate 25 mg. Please ask them to see her "
 "within 2 weeks. Her daughter {N|Grace Whitfield-Ames} handles her appointments and can be reached at "
 "{P|(608) 555-0143}. Sign it from me, {N|Kathleen Brandt}, MD, {G|Monona Internal Medicine}."),

("q02_fall",
 "pt {N|rose king} {A|93}yo f fall at home on eliquis 2.5 bid, ct head neg at 1400. repeat ct in 24h or "
 "ok to send back to {G|maple grove manor}? 2nd fall since {D|8/30}. her grandson {N|tyler} is asking. pcp is dr {N|abdi}"),

("q03_labs",
 "Can you interpret these labs and suggest next steps?\n\n"
 "Patient: {N|NGUYEN, THANH V}   MRN: {MRN|7730152}   DOB: {D|11/02/1958}\n"
 "Collected: {D|03/22/2024} 06:15   Accession: {OID|L24-0822391}\n"
 "Na 128 (L)  K 5.9 (H)  Cl 96  CO2 17  BUN 64  Cr 3.81 (H)  Glu 212\n"
 "Ordering: {N|Patel, Anjali} MD    Resulted by: {N|K. Osei}, MLS\n\n"
 "Baseline creatinine was 1.4 on {D|12/30/2023}. He's on lisinopril 40 and spironolactone 25. Repeat BMP ordered for {D|3/23}."),

("q04_priorauth",
 "draft a prior auth appeal for dupixent for {N|jamal okafor} dob {D|9/12/2001}, member id "
 "{HP|XQH882047561}, denied {D|5/3/24}, claim # {OID|CLM-2024-0571138}. dx severe atopic derm, failed "
 "tacrolimus + 2 topical steroids since 2021. prescriber dr. {N|lena fischer}"),

("q05_oncall",
 "who is on call for ortho tonight at {G|st brendan's}? need to call about mr {N|o'sullivan} in bed 14, "
 "leg looks shortened and externally rotated. pager 44871 not answering"),

("q06_schoolnote",
 "Write a school note for {N|Aaliyah Brooks} (age 11) excusing her from PE at {G|Roosevelt Middle School} "
 "from {D|April 8} through {D|April 26, 2024} due to a right ankle sprain. She may use the elevator. Her "
 "mom is {N|Tanisha Brooks}. Sign it Dr. {N|Teresa Molina}, {G|Eastside Pediatrics}."),

("q07_search",
 "{N|wojciechowski} colonoscopy path {D|2023-09-14}"),

("q08_restraint",
 "Patient {N|Faith Bishop} in 4B keeps pulling her IV. Daughter {N|Mercy Bishop-Lowe} is POA, phone "
 "{P|912-555-0188}. Is it ok to use mitts without a restraint order per our policy? She's {A|91} and "
 "sundowning, MD on call is Dr. {N|Nnamdi Eze}."),

("q09_coding",
 "Coding question - pt {N|Harold J. Young}, MRN {MRN|H-2280431}, acct {AC|A00917734562}, DOS "
 "{D|06/11/2024}. Op note says 'laparoscopic cholecystectomy converted to open due to dense adhesions.' "
 "Do I code 47562 with a modifier or 47600? Surgeon is Dr. {N|Wood}, assist {N|Marcus Bell}, PA-C."),

("q10_dcsummary",
 "Draft a discharge summary. Name: {N|Ines Castillo-Ferreira}. DOB {D|8/30/1946}. Admitted "
 "{D|7/2/2024} for CAP, RLL. CXR {D|7/5} improved. Treated with ceftriaxone + azithromycin, transitioned to cefpodoxime. "
 "Discharged {D|7/6/2024} to home with her son {N|Rafael} at {ST|1187 Bayview Terrace, Unit 3}, "
 "{C|Chula Vista}, CA {Z|91910}. Home health by {G|Bayview Home Health}, first visit {D|7/8}. PCP "
 "Dr. {N|Huang} at {G|Otay Family Health}. Follow up 1 week. Discharging physician {N|Alejandro Vega}, MD."),

("q11_qtc",
 "can i give ondansetron to {N|kwame asante} w qtc 512 on the ekg from {D|6/18}? baseline qtc was 468 on {D|5/30}. he's also on methadone 90 mg"),

("q12_handoff",
 "Please summarize this note for handoff:\n\n"
 "{D|10/04/2024} 19:40 RN note — Pt {N|Bogdan Kowalczyk}, {A|90} y/o M, s/p R hip hemiarthroplasty "
 "{D|10/2} by Dr. {N|Sato}. Confused overnight, pulled off O2 x2. Wife {N|Halina} at bedside, states "
 "baseline oriented x3, lives with her at {ST|77 Pulaski St}, {C|Hamtramck}. Ortho PA {N|Kelsey Grant} "
 "notified 1915. Plan: delirium precautions, UA pending, hold oxycodone. — {N|J. Abernathy}, RN"),

("q13_chart",
 "open chart mrn {MRN|E44019823} - need last a1c and the {D|feb 2} eye exam result from {G|wills eye}"),

("q14_cpap",
 "Write a letter of medical necessity for a CPAP replacement for {N|William Page} (DOB {D|01/29/1960}, "
 "member ID {HP|BRM447291180}). His current machine (ResMed AirSense 10, serial {DEV|23191847562}) "
 "failed on {D|March 30}. Sleep study {D|March 12, 2019} at {G|Montgomery Regional Sleep Lab} showed "
 "AHI 38. Address: {ST|22 Orchard Ln}, {C|Blacksburg}, VA {Z|24060}. Physician: {N|Rebecca Stone}, DO."),

("q15_pacer",
 "pacemaker interrogation for {N|agnes mcbride} device sn {DEV|PJN402871H} - is this lead mri "
 "conditional? implanted {D|3/2017} at {G|good samaritan}, last interrogation {D|1/4/24}"),

("q16_vanc",
 "Vanc trough for {N|Deshawn Miller} (MRN {MRN|3300917}) drawn {D|1/9} at 0500 was 24.1. Current dose "
 "1250 mg q12h. CrCl ~55, wt 98 kg. Should I hold and redose? He transferred from {G|Stroger Hospital} "
 "on {D|1/6}; their records from {G|Mercy Regional Medical Center} show AKI in 2022. ID consultant is "
 "Dr. {N|Farah Qureshi}."),

("q17_email",
 "email dr {N|lindqvist} at {E|e.lindqvist@northfieldortho.org} the op date for {N|tomas reyes} - "
 "{D|aug 19}, arrive 0530 at {G|northfield surgical pavilion}, pre-op visit {D|aug 12}. cc {N|marta} in scheduling"),

("q18_fax",
 "fax records to {F|(973) 555-0142} attn {N|Priya Raman}, {G|Kessler Rehab}, for pt {N|Chidi Eze} dob "
 "{D|3/3/1962}. include op note from {D|2/20} and last 3 PT notes. cover sheet from {N|Carla Mendes}, "
 "our return fax {F|(973) 555-0190}"),

("q19_dmv",
 "Hi, can you help me write a note to the DMV? My patient {N|Earl Dean Hartley}, DOB {D|07/04/1971}, "
 "driver's license {LIC|H418-553-72-901}, had a generalized seizure on {D|September 3rd} and per state "
 "law cannot drive for 6 months. He lives at {ST|415 Fairplay Rd} in {C|Seneca}, {CO|Oconee County}, "
 "SC {Z|29678}. His neurologist is Dr. {N|Pradeep Menon}."),

("q20_ssn",
 "ssn lookup not working for {N|ana lucia ortiz} {SSN|531-88-2046}, registration keeps kicking it back. "
 "dob {D|12/1/88} mrn {MRN|10044829}"),

("q21_ems",
 "Summarize this EMS report: 'Mrs. {N|Van der Berg}, {A|96}, from {G|Riverside Gardens Assisted Living}, "
 "{ST|4100 Lake Michigan Dr NW}, {C|Walker}, sent in for AMS {D|1/17/2025}. Last seen by Dr. "
 "{N|Ferreira} on {D|11/12/2023}. Son {N|Joost Van der Berg} in {C|Grand Rapids} is HCPOA, "
 "{P|616-555-0183}. Medic {N|C. Ramirez} #{OID|EMT-22817}.'"),

("q22_callback",
 "whats the callback # for {N|june park}'s son? i have {P|718-555-0199 ext 204} but that's his work "
 "line at {G|brooklyn hospital center}"),

("q23_police",
 "pt {N|Sione Tuilagi} brought in by ems after mvc, vehicle plate {VEH|8KJW221} per police, officer "
 "{N|R. Delgado} badge {OID|4471}, case # {OID|24-118832}. do we have to release the BAC result to "
 "them without consent?"),

("q24_triage",
 "ED triage note paste — can you clean up the grammar?\n\n"
 "{N|Hyun-woo Cho} 34M DOB {D|2/11/1990} walk in c/o cp since {D|sunday the 9th}, hx GERD, works nights "
 "at {G|Amazon fulfillment center DSM5}. lives w/ gf {N|Daniela Ruiz} at {ST|2210 Forest Ave}, "
 "{C|Des Moines} {Z|50311}, her cell {P|515-555-0161}. PCP Dr {N|Nkemelu} at {G|Broadlawns}. "
 "BP 148/92 HR 104 SpO2 98%. trop pending."),

("q25_incident",
 "Incident report help: our ambulance (VIN {VEH|1FDUF5HT4KDA05123}) transporting {N|Lucas Moreau} was "
 "rear-ended in the bay at {G|Holy Cross Hospital} on {D|05/27/2024} at approx 2210. Medic "
 "{N|Tasha Greene} and EMT {N|Brian Kowalski} uninjured. Help me word it neutrally."),

("q26_rtw",
 "return to work note for {N|will brown}, works at the {G|tyson foods} plant in {C|noel}, cleared for "
 "light duty starting {D|7/15}, no lifting >20 lb x 2 wks. send to {N|brenda hatfield} in HR, fax "
 "{F|417-555-0110}"),

("q27_it",
 "ip {IP|10.42.17.203} keeps throwing errors when pulling {N|okonkwo, ifeoma}'s chart, happening since {D|10/28}, who do i call at "
 "helpdesk? logged in as {N|patricia lamb}"),

("q28_portal",
 "Patient portal message from {N|Sandra Wei} ({E|sandywei82@gmail.com}): 'Dr. {N|Haddad}, my BP at home "
 "was 162/98 on {D|Thursday, June 6} and 158/94 this morning, should I increase my amlodipine? — {N|Sandra}, "
 "DOB {D|3/9/1970}' Draft a reply under 100 words."),

("q29_hpi",
 "Write HPI: {N|Kofi Mensah-Boateng}, 67M, hx HFrEF EF 25%, ICD placed {D|October 2019}, presented from "
 "home in {C|Decatur} ({CO|DeKalb County}) with 3 days dyspnea. Wife {N|Abena} reports 8 lb weight gain "
 "since {D|10/20}. Last admission {D|8/2/2024} at {G|Emory Decatur Hospital}. Cardiologist Dr. "
 "{N|Ruth Ellison}."),

("q30_cpt",
 "cpt for bronch w/ ebus 3 stations - pt {N|heather o'donnell} {D|3/19}, dr {N|kapoor}"),

("q31_interactions",
 "Please check interactions for {N|Mohammed Al-Rashid} (MRN {MRN|MR-3318204}): warfarin 5 mg daily, "
 "fluconazole 200 mg started {D|12/1/2024} by urgent care, and amiodarone 200 mg. INR was 2.6 on {D|11/27} and "
 "4.8 on {D|12/4}. His anticoag clinic is {G|Parkview Anticoagulation Service}, pharmacist {N|Leah Goldberg}. PCP "
 "is Dr. {N|Samir Nassar}."),

("q32_credentialing",
 "credentialing: Dr. {N|Svetlana Petrova}, NPI 1457389021, DEA {LIC|BP4827391}, state license "
 "{LIC|MD-0087412}, email {E|spetrova@nsurgctr.com}, packet at {URL|www.nsurgctr.com/credentialing}. she's starting at {G|Northside Surgery Center} "
 "{D|9/1}. what else do i need?"),

("q33_ldboard",
 "clean up this L&D board for report:\n"
 "LDR1 {N|April Hernandez} G2P1 39w, repeat C/S scheduled {D|11/8} 0730, Dr {N|Okafor}\n"
 "LDR2 {N|Nadia Haidari} G1 41w IOL, FOB {N|Farid} at bedside\n"
 "LDR3 {N|Kayla Young} G3P2 PP, baby boy {N|Kingston} born {D|11/6} 2318, apgars 8/9\n"
 "LDR4 {N|Marisa Castellanos} 35w PTL, transfer from {G|Valley Presbyterian}"),

("q34_vent",
 "Our vent patient {N|Dmitri Volkov} (PB980, asset tag {DEV|BME-0047718}) intubated {D|2/10}, is alarming high peak "
 "pressure. RT {N|Jasmine Carter} at bedside, suctioned. Plateau 31. What next?"),

("q35_travel",
 "Letter to the consulate: Mr. {N|Ebenezer Quaye}, {A|94}, is medically unfit to travel to {C|Kumasi} "
 "before {D|January 15, 2025} due to decompensated heart failure (admitted {D|December 2, 2024}). Passport no. {OID|G2284719}. Sign as "
 "{N|Abigail Mensah}, MD, {G|Trinity Health Clinic}."),

("q36_echo",
 "pull up {N|nakamura yuki} echo from {G|kaiser sunnyside}, {D|may 2023}, and the cath from "
 "{D|6/14/2023} ordered by dr {N|feldman}"),

("q37_consult",
 "Summarize the attached consult note in 3 bullets:\n\n"
 "Date of service: {D|01/22/2025}\n"
 "Patient: {N|Bridget Mary Fitzgerald}   DOB: {D|05/05/1939}   MRN: {MRN|0091-448-27}\n"
 "Referring: {N|Liam Doherty}, NP, {G|Ballard Family Medicine}\n"
 "Reason: progressive dysphagia to solids.\n"
 "EGD {D|12/18/2024} (Dr. {N|Ahn}) showed Schatzki ring, dilated to 18 mm Savary. Biopsies negative "
 "for EoE (<15 eos/hpf).\n"
 "Plan: PPI BID x 8 wks, follow-up {D|03/05/2025} at {G|Swedish Ballard GI}. cc: {N|Liam Doherty}, NP"),

("q38_covid",
 "covid results for {N|cruz, miguel a} specimen {OID|SP-24-118820} collected {D|12/27}, ordered by np "
 "{N|gallagher}"),

("q39_unitlist",
 "turn this into a table for night shift:\n"
 "412A {N|Mildred Oyelaran} {A|95}F CHF, lasix gtt, admitted {D|8/18}, daughter {N|Bisi} calls nightly\n"
 "412B {N|Rocco Santangelo} 78M COPD exac, d/c planned {D|8/22}\n"
 "414 {N|Lupe Fifita} 61F POD2 lap colectomy ({D|8/19}) Dr {N|Whitaker}\n"
 "415 {N|Jean-Baptiste Lafleur} 88M fall, sitter {N|Keisha} until 2300, tele box {DEV|TM-08-22915} not "
 "transmitting since 0200"),

("q40_mammo",
 "Please draft a letter to Mrs. {N|Delphine Baptiste}, {ST|3120 Esplanade Ave}, {C|New Orleans}, LA "
 "{Z|70119}, letting her know her screening mammogram from {D|2/27/2025} needs additional views "
 "(BI-RADS 0). Ask her to call {G|Crescent City Breast Center} at {P|504-555-0117} to schedule. From "
 "{N|Monique Thibodeaux}, NP."),

("q41_rx",
 "{N|hope nwosu} pharmacy says rx from {D|4/29} needs dx code. fax back to {F|404-555-0166} attn {N|dewayne}"),

("q42_portal",
 "portal login issue for {N|grant yamamoto}, username {OID|gyamamoto88}, email on file "
 "{E|g.yamamoto@outlook.com}. he's locked out since {D|jan 5}. his mom {N|keiko yamamoto} is proxy"),

("q43_medrec",
 "Med rec from outside pharmacy — can you flag duplicates?\n\n"
 "{G|Walgreens #07715}  {ST|1801 N Main St}, {C|Salisbury} NC {Z|28144}  Ph {P|704-555-0170}\n"
 "Patient: {N|BENALI, FATIMA Z}   DOB {D|06/21/1979}\n"
 "Rx {OID|0481227}  metformin ER 1000 mg daily      filled {D|05/02/2025}\n"
 "Rx {OID|0481228}  metformin 500 mg BID            filled {D|05/02/2025}\n"
 "Rx {OID|0479914}  ferrous sulfate 325 mg daily    filled {D|04/11/2025}\n"
 "Prescriber: Dr. {N|K. Oduya}"),

("q44_sbar",
 "SBAR for rapid response: S: {N|Gerald Stokes}, {A|92} M, rm 512, BP 78/40, HR 122. B: admitted "
 "{D|4/11} for urosepsis, E. coli in urine, blood cx {D|4/12} NGTD. A: septic shock? R: 30 mL/kg bolus, lactate, notify "
 "attending Dr. {N|Amara Singh}, pager 6642. Wife {N|Dolores} notified at {P|(314) 555-0107}."),

("q45_telemed",
 "Write a telemed visit reminder for {N|Oscar Lindgren} for {D|5/20/2025} at 10:30 with Dr. "
 "{N|Ingrid Solberg}, link {URL|https://telehealth.pinecrestclinic.org/visit/8842-ABX}, send to "
 "{E|olindgren@comcast.net}"),

("q46_zoom",
 "the link {URL|https://zoom.us/j/98211475532} for dr {N|mbeki}'s 2pm with {N|thandiwe dlamini} isn't "
 "working, she's calling from {P|470-555-0192}"),

("q47_records",
 "Help me respond to a records request from attorney {N|Jonathan Steinberg} of "
 "{G|Steinberg & Kaur LLP} regarding {N|Marisol Peña}, DOB {D|2/14/1985}, SSN {SSN|447-81-2290}, date "
 "of injury {D|08/09/2023}, workers comp claim {OID|WC-23-448109}, employer {G|Gulf Coast Packaging}, treated here {D|08/09/2023} through {D|11/30/2023}. "
 "Do we need a signed HIPAA authorization? Our ROI fax is {F|(251) 555-0148}."),

("q48_transfer",
 "nursing home transfer form: resident {N|Wilhelmina de Vries}, {A|97}, from {G|Sunnybrook Care Center}, "
 "{ST|900 Elm St}, {C|Pella}, {CO|Marion County}, IA {Z|50219}. Medicare {HP|1EG4-TE5-MK72}. DNR signed "
 "{D|3/15/2022}, last hospitalized {D|11/2/2023}. POA {N|Pieter de Vries} {P|641-555-0123}. can you fill in the sections?"),

("q49_billing",
 "how do i bill 99223 vs 99222 for {N|chen, wei-lin}'s admit {D|jan 3}, acct {AC|77120945}, attending "
 "dr {N|o. adebayo}. hpi was comprehensive but mdm moderate"),

("q50_spanish",
 "Draft patient instructions in Spanish for {N|Guadalupe Ramírez}: take metformin 500 mg twice daily "
 "with food, recheck A1c at {G|Clínica del Valle} on {D|14 de julio} with Dra. {N|Salinas}, call "
 "{P|956-555-0134} with questions."),

("q51_pump",
 "{N|yusuf haddad}'s insulin pump keeps alarming occlusion. pump serial {DEV|NG3319582H}, last site "
 "change {D|6/30}, cgm transmitter {DEV|8H4K2T}. endo is dr {N|abboud}, rep {N|trent} left "
 "{P|800-555-0137}"),

("q52_referral",
 "Who referred {N|Kenji Watanabe}? Referral dated {D|2024-11-05}, referral # {OID|REF-778104}, from "
 "{G|Pacific Rim Medical Group} to Dr. {N|Hiroshi Tanaka}."),

("q53_dictation",
 "Can you convert this dictation to a clean note? 'this is doctor {N|major} dictating on "
 "{N|lavinia tupou} date of service {D|june fourth twenty twenty four} she is a 52 year old female seen "
 "at {G|kalihi palama health center} for follow up of her gout her husband {N|semisi} is with her "
 "uric acid 9.2 increase allopurinol to 200 return {D|july 9}'"),

("q54_pacs",
 "remote access from {IP|192.168.14.77} to pacs, trying to view {N|brennan, siobhan} ct from {D|2/2} and the prior from {D|11/30/2024}, "
 "says access denied for user dr {N|akhtar}"),

("q55_mychart",
 "Write a MyChart message to {N|Rosa Delgado} that her polyp biopsies from {D|March 3rd} were benign and "
 "her next colonoscopy is due {D|March 2030}. Sign as Dr. {N|Benjamin Hale}."),

("q56_guarantor",
 "SSN on facesheet for {N|Terrence King} (dob {D|5/17/2006}) is {SSN|219-40-7731} but his insurance card has member "
 "{HP|W928471650} under his mom {N|Loretta King} — whose SSN goes in guarantor?"),

("q57_transport",
 "Patient {N|Esperanza Ruiz} lives in {C|Immokalee}, {CO|Collier County}, no car. Any transport "
 "resources for dialysis near {Z|34142}? She goes MWF to {G|DaVita Immokalee}. SW is "
 "{N|Yolanda Pierce}."),

("q58_charity",
 "need to document {N|bao tran}'s account {AC|4400-218-7723} for charity care app, household 5, income "
 "31k, applied {D|10/14}, guarantor {N|lien tran}"),

("q59_death",
 "Can you write a letter confirming that Father {N|Declan Murphy} was with {N|Eileen Walsh} at the time "
 "of her death on {D|12/24/2024} at 03:12 at {G|St. Vincent's Hospice}? Her niece {N|Siobhan Kearney} "
 "needs it for the estate before the funeral on {D|January 3rd}."),

("q60_socialwork",
 "Social work note draft: {N|Olumide Balogun} has been sleeping in his car (plate {VEH|KLM-4821}) near "
 "{G|Star of Hope Mission}. Coordinated with Ms. {N|Ortega} for a bed {D|Friday 3/14}; he was admitted {D|3/10}. Phone for follow "
 "up {P|713-555-0125}."),

# ---------------------------------------------------------------- hard negatives
("neg01_wells",
 "What's the Wells score cutoff for PE likely? Patient is 62 with HR 112, prior DVT in 2019, no "
 "hemoptysis — that's 4.5, so CTPA or D-dimer first?"),
("neg02_parkinson",
 "parkinson's pt on sinemet 25/100 tid, agitated at night. haldol ok or is quetiapine 12.5 mg safer?"),
("neg03_apgar",
 "Apgar 7 and 9 at 1 and 5 minutes, 37+2 weeks, GBS positive with adequate IAP (Penicillin G x2 doses "
 ">4h). Does the baby need a CBC at 6 hours?"),
("neg04_la",
 "LA grade C esophagitis on EGD (Los Angeles classification) - pantoprazole 40 mg BID for 8 weeks then "
 "repeat scope? Barrett's surveillance if it heals?"),
("neg05_tips",
 "child-pugh b, meld-na 18, refractory ascites — is TIPS reasonable per AASLD guidance, or refer for "
 "transplant eval first?"),
("neg06_apixaban",
 "CHA2DS2-VASc 3 in a 78-year-old woman, Cr 1.3, weight 58 kg. Does she meet 2 of 3 criteria for "
 "Eliquis 2.5 mg BID?"),
("neg07_gcs",
 "gcs 8 intubate? E2V2M4 after fall, ethanol 310, no Battle sign, pupils 3 mm reactive"),
("neg08_thyroid",
 "TSH 0.01, free T4 3.2, TRAb positive — Graves' vs Hashimoto's toxic phase? Methimazole 10 mg or "
 "20 mg to start?"),
("neg09_duke",
 "Modified Duke criteria: Staph aureus in 2 of 2 bottles plus new murmur, TTE negative. Does that count "
 "as possible IE? Need TEE before Janeway lesions show up?"),
("neg10_ottawa",
 "ottawa ankle rules - tender at posterior edge of lateral malleolus but can bear weight 4 steps. "
 "x-ray needed? what about Maisonneuve if the fibula is tender?"),
("neg11_kawasaki",
 "Kawasaki disease day 6 of fever, IVIG 2 g/kg given. Aspirin 30-50 mg/kg/day or 80-100? The AHA 2017 "
 "statement seems to allow either."),
("neg12_ards",
 "Berlin definition: P/F 160 on PEEP 10, bilateral opacities, onset within 1 week — moderate ARDS? Prone "
 "if P/F < 150 per PROSEVA?"),
("neg13_beers",
 "Beers Criteria 2023 — 85 yo on diphenhydramine 50 mg qhs and oxybutynin 5 mg. Alternatives for sleep "
 "and OAB?"),
("neg14_lyme",
 "Lyme disease with erythema migrans, 8 yo, 45 kg. doxy 4.4 mg/kg/day divided BID x 10 days ok under "
 "the 2020 IDSA guideline?"),
("neg15_rmsf",
 "Rocky Mountain spotted fever suspected in a 6 yo with petechiae on palms, West Nile IgM negative. "
 "Doxycycline 2.2 mg/kg BID despite age under 8?"),
("neg16_bell",
 "Bell's palsy onset 36 hours ago, House-Brackmann IV. Prednisone 60 mg x 5 days then taper, add "
 "valacyclovir 1 g TID?"),
("neg17_gbs",
 "Guillain-Barré vs CIDP — IVIG 0.4 g/kg/day x 5 days or PLEX 5 exchanges? FVC 18 mL/kg, NIF -28, "
 "Erasmus GBS outcome score 5"),
("neg18_airway",
 "What does Mallampati IV plus thyromental distance <6 cm mean for RSI planning? We have a McGrath MAC, "
 "a bougie and a Cook airway exchange catheter."),
("neg19_icd",
 "icd-10 for type 2 dm with diabetic ckd stage 3b — E11.22 + N18.32? and do I add Z79.4 for insulin?"),
("neg20_whipple",
 "Virchow's triad — in a post-op day 3 Whipple patient on enoxaparin 40 mg daily, with BMI 42, should I "
 "bump to 40 BID? Caprini score is 9."),
("neg21_sjs",
 "Stevens-Johnson after lamotrigine started 3 weeks ago, BSA 8%, SCORTEN 2. Cyclosporine 3 mg/kg/day "
 "vs IVIG?"),
("neg22_stroke",
 "nihss 6 at 3.5 h from lkw, bp 176/98. tnk 0.25 mg/kg max 25 mg ok? on apixaban, last dose 0800"),
("neg23_bleed",
 "Major bleeding on rivaroxaban 20 mg, last dose 6 hours ago. Andexanet vs 4F-PCC 50 units/kg? Hgb "
 "dropped 11.2 to 7.9."),
("neg24_psychosis",
 "Young adult, 19, with first-episode psychosis — is there real hope of full recovery with early "
 "intervention? Page 14 of the APA 2020 guideline says clozapine after 2 failed trials."),
("neg25_cushing",
 "Cushing's workup: 1 mg overnight dex suppression cortisol 2.1 mcg/dL, late-night salivary cortisol "
 "0.09. Next step, ACTH level or Nelson's risk counseling?"),
("neg26_inr",
 "Pt is 89 years old, on warfarin, INR 3.4 with no bleeding. Hold one dose and recheck on Monday?"),
("neg27_noro",
 "Norovirus outbreak on a 32-bed unit: contact plus precautions for 48 hours after last symptom? Bleach "
 "1000-5000 ppm? Clostridioides difficile also on the differential."),
("neg28_mobitz",
 "Room 412B bed 2 telemetry shows Mobitz I at 0300, PR 280 ms, HR 48. Hold metoprolol 25 mg? Paged "
 "cards at 53321."),
("neg29_sprint",
 "SPRINT vs ACCORD-BP: for a 72-year-old with T2DM and eGFR 48, target SBP <130 per ACC/AHA 2017 or "
 "<120?"),
("neg30_foley",
 "Foley removal POD 2 after TURP with CBI — voiding trial protocol, replace if PVR > 300 mL? Tamsulosin "
 "0.4 mg since 2022, Epic order set v3.2."),
]

MARK = re.compile(r"\{([A-Z]+)\|([^{}|]*)\}")


def parse(marked):
    out = bytearray()
    spans = []
    pos = 0
    for m in MARK.finditer(marked):
        out += marked[pos:m.start()].encode("utf-8")
        abbr, value = m.group(1), m.group(2)
        if abbr not in KINDS:
            raise SystemExit("unknown kind %r in %r" % (abbr, marked[:60]))
        b = len(out)
        out += value.encode("utf-8")
        spans.append({"bstart": b, "bend": len(out), "kind": KINDS[abbr], "_v": value})
        pos = m.end()
    out += marked[pos:].encode("utf-8")
    text = out.decode("utf-8")
    if any(ch in text for ch in "{}|"):
        raise SystemExit("stray markup in %r" % marked[:60])
    return text, spans


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ids = [t[0] for t in TEXTS]
    assert len(ids) == len(set(ids)), "duplicate ids"
    counts = Counter()
    records = []
    for tid, marked in TEXTS:
        text, spans = parse(marked)
        if tid.startswith("neg"):
            assert not spans, tid + " should have no spans"
        else:
            assert spans, tid + " has no spans"
        raw = text.encode("utf-8")
        for s in spans:
            assert raw[s["bstart"]:s["bend"]].decode("utf-8") == s.pop("_v"), tid
            counts[s["kind"]] += 1
        records.append({"id": tid, "text": text, "spans": spans})
    with open(os.path.join(here, "notes.jsonl"), "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    # independent re-check from the written file
    with open(os.path.join(here, "notes.jsonl"), encoding="utf-8") as f:
        for line, (tid, marked) in zip(f, TEXTS):
            r = json.loads(line)
            vals = [m.group(2) for m in MARK.finditer(marked)]
            raw = r["text"].encode("utf-8")
            got = [raw[s["bstart"]:s["bend"]].decode("utf-8") for s in r["spans"]]
            assert got == vals, tid
    nq = sum(1 for r in records if r["spans"])
    print("texts: %d (%d with PHI, %d hard negatives)" % (len(records), nq, len(records) - nq))
    print("spans: %d" % sum(counts.values()))
    for k in KINDS.values():
        print("  %-15s %d" % (k, counts[k]))


if __name__ == "__main__":
    main()

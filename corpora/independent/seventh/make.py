#!/usr/bin/env python3
"""Hand-labelled de-identification test corpus ("seventh").

Texts carry inline markup {ABBR|value}; this script strips it, records UTF-8
byte offsets, writes notes.jsonl next to itself and verifies the result.
Stdlib only.
"""
import collections
import json
import os
import re
import sys
import textwrap

ABBR = {
    "N": "NAME",
    "SA": "STREET_ADDRESS",
    "CI": "CITY",
    "CO": "COUNTY",
    "Z": "ZIP",
    "G": "GEO",
    "D": "DATE",
    "A": "AGE_90_PLUS",
    "P": "PHONE",
    "F": "FAX",
    "E": "EMAIL",
    "S": "SSN",
    "M": "MRN",
    "H": "HEALTH_PLAN_ID",
    "AC": "ACCOUNT_NUMBER",
    "L": "LICENSE_NUMBER",
    "V": "VEHICLE_ID",
    "DV": "DEVICE_ID",
    "U": "URL",
    "IP": "IP_ADDRESS",
    "O": "OTHER_ID",
}

T = []


def add(tid, text):
    T.append((tid, textwrap.dedent(text).strip("\n")))


# ---------------------------------------------------------------------------
# 45 clinician queries / chat messages
# ---------------------------------------------------------------------------
add("query01", "whats the latest trop on {N|okonkwo} in 7W bed 22? mrn {M|4410927}. first one was 0.04 at 0340, repeat due 0640. wife {N|adaeze} keeps asking, she drove in from {CI|hempstead}")
add("query02", "summarize the discharge for {N|hope castellanos} dob {D|2/11/58}, admitted {D|3/2} chf exac. she's going home to {CI|turlock} w/ daughter {N|faith} (sister {N|prudence} in {CI|modesto} is backup), pcp is dr {N|amir haddad} at {G|westside family health}")
add("query03", "pull CT A/P for {N|DELACROIX, JEAN-BAPTISTE} done {D|04-17-2023} at {G|Lakeview Regional Medical Center} in {CI|Lake Charles}, their radiology # is {P|(337) 555-0142}")
add("query04", "@{N|bill} pharm - pt in 1102 ({N|Raymond O'Shea}, MR# {M|2210-5583}, dob {D|10/02/1950}) on heparin gtt, PTT 112 at 0600. hold x1h and decrease by 2 units/kg/hr? nomogram says so but wanted to check before i page dr {N|castillo}")
add("query05", "mrs {N|nakamura} {A|94}yo in 3B-12 keeps pulling at her foley, son {N|kenji} (he's 66) wants a call back at {P|808-555-0193} before 5pm. she came from {G|kuakini} on {D|6/3}, mrn {M|5562019}")
add("query06", "does {N|lane} have a repeat cbc ordered for tmrw?? hgb was 6.9 on {D|11/3}, got 1u prbc. mrn {M|00517794}. mom {N|Gwen Lane} at bedside")
add("query07", "can someone cover dr. {N|patel}'s pts on 5 north tonight, she's out sick. list: {N|ruiz} 512, {N|adebayo-cole} 514, {N|whitfield} 520, {N|marguerite st. john} 522 (she's {A|90}, DNR)")
add("query08", "searching: {N|carter, summer} MRN {M|E00731842} mri brain w/wo {D|jan 2024} and any neuro notes after {D|01/19/24}. pacs link {U|https://pacs.example-rad.net/viewer/study/88213}")
add("query09", "hi this is {N|grace} from case mgmt. mr. {N|bishop} (rm 408) needs SNF, {G|Maple Grove Care Center} in {CI|Eau Claire} accepted, pls fax the H&P to {F|715-555-0166} attn {N|Dawn}. his medicaid # is {H|WI88216650}, dob {D|4-4-1944}")
add("query10", "what did neuro say abt {N|Nguyễn Thị Hoa}'s EEG monday? son {N|Minh} calling from {CI|San Jose} asking, {P|408 555 0177}. her mrn {M|7302215}")
add("query11", "pt {N|ahmad al-rashidi} dob {D|9.8.1961} on lasix 40 bid, cr 1.8 from 1.2 on {D|8/30}. hold tonight's dose? mrn {M|4408812}. neph (dr {N|sorensen}) hasn't called back")
add("query12", "sign out: {N|frank}, 78M, bed 9, NSTEMI s/p cath {D|10/14} w/ DES to LAD, on DAPT. watch groin. {N|rose} in 11 — {A|101} y/o, comfort care, family at bedside, daughter {N|Ruth Anne Whitaker} is HCP {P|(606) 555-0129}. {N|frank}'s wife {N|Marjorie} will call in am")
add("query13", "plz send records to {G|Cedar Ridge Orthopaedics}, {SA|2200 Kessler Blvd Ste 310}, {CI|Indianapolis} IN {Z|46222}. pt {N|will hunter} dos {D|6/19/2023}, acct {AC|CR-448019}")
add("query14", "lookup mrn {M|08812457} all labs since {D|1 May} — pt {N|Obadiah Reyes}, aged {A|99}, transferred from {G|Valley Presbyterian} on {D|5/3}")
add("query15", "any idea why {N|Przybylski, Agnieszka} is still NPO? surgery got moved to thurs {D|2/27}. her husband {N|Tomasz} called twice ({P|773-555-0110}), he's upset. MRN {M|77102934}")
add("query16", "registration needs ssn for {N|kofi mensah-boateng} to finish the charity care app, they have {S|518-62-0934} on the old account {AC|V0039921847} - is that right? he's in ED bay 6")
add("query17", "pasting from OSH note: \"57 y/o M seen at {G|St. Vincent de Paul Hospital} {D|12/02/22} by Dr {N|L. Okafor}, new RBBB, transferred here {D|12/4/22}.\" what did cards think of the RBBB? MRN here {M|0660183}")
add("query18", "pharmacy q: {N|yusuf}'s dilantin level 24, he's in 6214, seizure free. dose was 300 qhs since {D|march 3rd}. hold one dose or just decrease to 200? mrn {M|5021876}. brother {N|Idris} wants to talk to pharmacy, {P|646-555-0187}")
add("query19", "nurse {N|kayla} on 4E here — mr. {N|young} in bed 30 is refusing lovenox again. ok to d/c and SCDs only? his wife {N|page} says he bruises easily. he's {A|92} fwiw. mrn {M|0821447}")
add("query20", "where's the path for {N|Ibarra Solís, María Fernanda} accession {O|S23-11472}? biopsy was {D|2023-08-09} at {G|Clínica San Rafael} and pt is asking. MRN {M|SR-61029}")
add("query21", "was {N|hunter} (the 8yo in PICU 4, mrn {M|3308156}) given the 2nd dose of ceftriaxone? mom {N|Brittany Lyle} at bedside, dad {N|Cody} on the way from {CI|Moses Lake}")
add("query22", "draft a work excuse for {N|Oluwasegun Adeyemi}, seen in ED {D|17/01/2024}, off work until {D|22/01/2024}, his employer wants it faxed to {F|+1 713 555 0148}. MRN {M|1109423}")
add("query23", "chart search: {N|brown dwayne} dob {D|7/4/72} echo from {G|Sinai Grace}")
add("query24", "resident q: is it ok that mrs. {N|o'connell} ({A|92}) is on both zolpidem and trazodone? beers list says no. she normally lives in the memory unit at {G|Heritage Oaks} and her son {N|Declan} wants her back there by friday {D|4/12}")
add("query25", "hey {N|dev} can u check if {N|singh, harpreet kaur}'s insurance covers entresto? member id {H|XKW914402281}, group {H|00741}. dob {D|12 Nov 1954}, pt phone {P|(559) 555-0106}")
add("query26", "ED to floor report: {N|Layla Haddad} 34F from {CI|Dearborn}, LMP {D|5/28}, RLQ pain, CT neg for appy, US ovaries pending. pcp Dr {N|Naser}. husband {N|Samir} cell {P|313-555-0157}")
add("query27", "what was {N|mark}'s last A1c? thought it was 9.2 in {D|Oct '23} but endo (dr. {N|lindahl}) note says 8.4")
add("query28", "tele alert bed 18 {N|chukwuemeka obi} 6 beats vtach at 0212, asymptomatic, K 3.4 Mg 1.7, replete? mrn {M|61-44-902}. wife {N|Ifeoma} wants a call if anything changes {P|(832) 555-0113}")
add("query29", "family of pt {N|lupe tuiasosopo} asking for chaplain, she's from {CI|Pago Pago}, speaks samoan. room 720. daughter {N|Salote} #: {P|650-555-0152}. pt is {A|96}, her sister (84) also here. mrn {M|0213377}")
add("query30", "need PA for ozempic for {N|Deborah Kline}, plan ID {H|MBH-220-447-91}, auth ref {O|PA7781204}, NPI for dr {N|ferreira} is {O|1295874630}. A1c 8.8 on metformin 1000 bid")
add("query31", "reminder: mr. {N|eriksen}'s PICC (lot {DV|RE23117B}) placed {D|11 Nov} needs dressing change today, rm 5510. wife {N|Ingrid} asked for the teaching sheet")
add("query32", "cm note pls: pt {N|Tariq Mahmood} d/c'd to {G|Sunrise Manor SNF} {D|12-15-23}, bed confirmed w/ {N|Lisa} at {P|281.555.0163}. med rec faxed to {F|281.555.0164}. SNF is at {SA|7700 Bellfort Ave}, {CI|Houston} {Z|77061}")
add("query33", "from the EMS run sheet: found down at {SA|4418 W Cermak Rd Apt 2F}, {CI|Cicero}, car in driveway plate {V|7JR2290}. pt id'd as {N|Jaroslav Horák} by neighbor Mrs. {N|Vega}. any prior visits? family posted a gofundme {U|https://www.gofundme.com/f/help-for-jaroslav-horak}")
add("query34", "is {N|kaur}'s dexa from {D|8/2022} in the system or was that done at {G|Fresno Women's Imaging}? T-score -2.7 hip per pt. she moved here from {CI|Visalia} {D|Sept 2023}")
add("query35", "hospitalist to ortho: {N|Faith Oduya}, {A|96}yo, hip fx, rm 3318, son {N|Grant} (72) asking about surgery risk. ok to take to OR tues {D|5/14}? RCRI 2. MRN {M|60451187}")
add("query36", "need spanish interpreter for {N|Consuelo Ramírez-Ochoa} at 2pm, she's in clinic room 4 at {G|Valle Verde Community Health}, cell {P|956-555-0134}, dob {D|3-9-1948}, referred by dr. {N|cavazos}")
add("query37", "can u tell me {N|daquan}'s vanc trough timing? dose at 2100 last night, mrn {M|0077341256}, pharmacy ({N|Ngozi}) says 0830. mom {N|Shanice} asking")
add("query38", "iv team pls - {N|ray}, 5W-04, lost IV x3 attempts, needs US guided. DOB {D|1949-12-03}. hard stick, pt prefers R arm. last PICC was at {G|Baylor Scott & White Temple} {D|Dec '24}")
add("query39", "search imaging {N|moshe greenbaum} MRN {M|K449103} {D|3/2021} to now, DOB {D|2.14.1939}, incl anything from {G|Maimonides}")
add("query40", "{N|Tran}, baby girl, born {D|06/02/2024} 0614, 36+2 wks, apgars 7/9, mom {N|Linh Tran} GBS unk, ROM 20h. need sepsis calc. mom's MRN {M|3391020}. peds is dr {N|Ashworth}")
add("query41", "pls fax med rec to {G|Greenbriar Home Health} {F|(304) 555-0171} for {N|Billie Jo Pruitt}, {CO|Raleigh County}, address {SA|HC 64 Box 118}, {CI|Glen Daniel} WV {Z|25844}. pt phone {P|304.555.0189}")
add("query42", "can i email the AVS to {E|d.aziz1987@example.com}? pt {N|Dalia Aziz} asked, she's in rm 14 and going home by noon. MRN {M|2240-7781}, DOB {D|5/5/1990}")
add("query43", "portal msg from {N|joaquin herrera}: \"my sugar was 380 this morning is that bad\" - he's on glargine 22u. can someone call him {P|5205550198}? last seen {D|Jan 6}. mrn {M|9918204}, lives {SA|2405 E Ajo Way}, {CI|Tucson} {Z|85713}")
add("query44", "tele box {DV|TX-44817} missing from rm 612, last on mr. {N|ahn} before he went to {G|Pinecrest Rehab} yesterday {D|4/22}. IT says it last pinged from {IP|10.44.18.212}")
add("query45", "records request from {G|Oregon State Penitentiary} med unit for AIC {N|Curtis Lane Doyle} SID {O|14920733}, dob {D|Aug 9 1980}. ok to release? requestor Nurse {N|Ratliff}, fax {F|503-555-0185}. their cover sheet dated {D|4/1/25}")

# ---------------------------------------------------------------------------
# 30 short clinical notes
# ---------------------------------------------------------------------------
add("note01_triage", """
    ED TRIAGE — {G|Mercy San Gabriel Medical Center}
    Arrival: {D|10/22/2024} 02:14 via private vehicle
    Pt: {N|AMADOU DIALLO}   MRN: {M|MSG-5520418}   DOB: {D|03/30/1967}
    Address: {SA|1127 Rosemead Blvd #6}, {CI|El Monte}, CA {Z|91731}
    Ins: Medi-Cal {H|91184467B}
    CC: "chest feels heavy since dinner"
    57M w/ HTN, DM2 on metformin 1000 bid, substernal pressure 6/10 radiating to L arm, onset ~2100, diaphoretic.
    Took ASA 81 x1 at home. Brother {N|Ousmane} drove him in.
    VS: BP 168/94 HR 102 RR 20 SpO2 96% RA T 36.8
    ESI 2. ECG at 0219 shown to Dr {N|Kowalczyk}: 1 mm STD V4-V6, no STE. Trop sent.
    Allergies: PCN (rash)
    Emergency contact: {N|Mariama Diallo} (wife) {P|626-555-0181}
    PCP: Dr. {N|Huang}, {G|Garvey Community Clinic}. Acct {AC|4400918273}
    Triage RN: {N|J. Ocampo}, RN
""")

add("note02_nursing", """
    NURSING PROGRESS NOTE   {D|11/03/2024} 1900-0700
    Unit 4 East, Rm 418-B
    Pt: {N|Rosalind Featherstone} ("{N|Roz}")   Age: {A|91}   MRN {M|002284117}
    Alert, oriented x2 (self, place) — baseline per daughter {N|Helen}. Sundowning ~2300, attempted to climb OOB; bed alarm on, 1:1 sitter {N|Marcus} from 0000. Haldol not given, redirected with music.
    Foley d/c'd 0600 per protocol, DTV by 1200. Braden 14, turned q2h, sacral skin intact, Mepilex applied.
    Pain 2/10 L hip, APAP 650 mg PO at 0210.
    0415: daughter {N|Helen Featherstone-Price} called from {CI|Tacoma} ({P|253-555-0107}) requesting update; informed stable. She will visit {D|Nov 4} after work.
    Roommate in 418-A (age 88) disturbed by noise - moved to 420 at 0100.
    Hospitalist Dr. {N|Sanjay Reddy} notified re BP 92/50 at 0500, 250 mL NS bolus ordered, repeat 108/62.
    NOK: {N|Helen Featherstone-Price}, {SA|44 Alder Ct}, {CI|Tacoma}, WA {Z|98406}
    {N|K. Osei-Tutu}, RN
""")

add("note03_op", """
    BRIEF OPERATIVE NOTE — {G|Del Norte Surgical Hospital}
    Patient: {N|Vasquez, Emilio R}.   MRN: {M|71-220-934}   Encounter: {AC|ENC0098823311}
    DOS: {D|2/6/2025}   DOB: {D|9/9/1971}
    Referring: Dr. {N|Paulsen}, {G|Sunland Park Family Practice}
    Surgeon: {N|Adaeze Nwosu}, MD    Assist: {N|T. Marchetti}, PA-C
    Anesthesia: GETA, Dr. {N|Brandt}
    Pre-op dx: acute cholecystitis
    Post-op dx: same, gangrenous GB
    Procedure: laparoscopic cholecystectomy (CPT 47562), no conversion
    EBL: 25 mL   IVF: 1200 mL LR   UOP: 300 mL
    Specimens: gallbladder to pathology (case {O|SP25-00871})
    Drains: 19 Fr Blake in GB fossa
    Implants: Hem-o-lok clips x4 (lot {DV|HL2410-33})
    Complications: none. Counts correct x2.
    Dispo: PACU, then 6 West. Wife {N|Graciela} updated by phone {P|(915) 555-0120}.
""")

add("note04_addendum", """
    ADDENDUM to progress note dated {D|01/15/2025}
    Late entry, written {D|01/16/2025} 08:15.
    Patient: {N|Siobhán Ní Bhriain}   MRN {M|33017745}   DOB {D|19/03/1966}
    Here visiting daughter {N|Aoife} in {CI|Worcester} when symptoms began.
    After my note was signed, the patient's oncologist in Ireland, Dr {N|Padraig Keane} ({G|University Hospital Galway}, {P|+353 91 555 0123}), returned my call.
    He confirms Ms. {N|Ní Bhriain} completed 6 cycles of FOLFOX ending {D|Sept 2024}; last CEA 3.1 on {D|30/10/2024}. No known DPD deficiency.
    He will email the treatment summary from {E|oncology.records@example.ie}.
    Plan unchanged. Capecitabine to be resumed by Dr. {N|Whelan} once records arrive.
    — {N|M. Castellano}, MD
""")

add("note05_phone", """
    TELEPHONE ENCOUNTER   {D|03/07/2025} 16:42
    Caller: {N|Darnell Brooks} (son, HCP)   Callback: {P|404.555.0138}   Email: {E|dbrooks.atl@example.com}
    Patient: {N|Brooks, Evelyn M}   DOB {D|04/02/1931}   MRN {M|A0091137}
    Son reports mom ({A|93}) more confused x2 days, poor PO intake, "smells like urine". Lives at {G|Peachtree Hills Assisted Living}, {SA|2860 Lenox Rd NE}, {CI|Atlanta}. Staff nurse {N|Tameka} noted temp 100.4 this am.
    Advised UA/UCx and BMP. Order faxed to facility {F|404-555-0199}. If worse, go to {G|Grady} ED.
    Son asks about stopping donepezil 10 mg — will address at f/u {D|3/12}.
    {N|R. Feldman}, RN / reviewed with Dr. {N|Achterberg}
""")

add("note06_signout", """
    Night signout 6N — {N|Okafor} to {N|Lindgren}   {D|5/19}
    1) {N|Hollis, Bill} 612A — 67M EtOH w/d, CIWA 14 at 1800, got ativan 2 mg. phenobarb if CIWA >20. sister {N|Dawn} is only contact {P|317-555-0164}.
    2) {N|Esperanza Maldonado} 614 — {A|90}F, UTI/delirium, CTX day 2. DNR/DNI (MOLST in chart). if agitated quetiapine 12.5.
    3) {N|Kwame Asante-Darko} 615B — 45M new DKA, insulin gtt, AG closed at 2200 → transition to SQ w/ 2h overlap. Endo (Dr. {N|Rosen}) following.
    4) {N|summer lee} 618 — 19F asthma, improving, likely dc am. mom driving up from {CI|Carmel} to pick her up.
    5) {N|Grant} 620 — 72M post TAVR {D|5/17}, groin ok, watch for CHB, pacer pads on.
    6) {N|Farida Qureshi} 622 — {A|95}-year-old, admitted {D|5/16} w/ GI bleed, Hgb stable x2, son (61) wants updates.
    If anything big call me {P|317-555-0102}, otherwise see you at 7.
""")

add("note07_outside_records", """
    OUTSIDE RECORDS SUMMARY
    Source: {G|Tri-County Regional Medical Center}, {CI|Okolona}, MS — received by fax {D|06/11/2024} from {F|662-555-0115}
    Pt: {N|Jermaine Tolliver}    Their MRN: {M|TC00187724}    Our MRN: {M|5583301}
    - {D|2/2019}: NSTEMI, cath at {G|North Mississippi Heart Institute}, DES x1 to RCA (Dr. {N|Vickery}).
    - {D|Nov 2021}: admitted for HFrEF, EF 30-35%.
    - {D|08/03/2023}: ICD placed — Medtronic Cobalt XT, serial {DV|PZX601482S}.
    - Echo {D|4/29/24}: EF 35%, moderate MR.
    - Meds at d/c {D|5-2-24}: carvedilol 12.5 bid, sacubitril/valsartan 49/51 bid, spironolactone 25, atorvastatin 80, ASA 81.
    - PCP: {N|Hattie Simmons}, NP, {G|Okolona Family Clinic}, {P|662.555.0102}
    Address per records: {SA|2218 Hwy 41 N}, {CI|Okolona}, MS {Z|38860} ({CO|Chickasaw County})
    Summarized by {N|A. Mukherjee}, MD
""")

add("note08_family_meeting", """
    FAMILY MEETING NOTE — MICU   {D|December 2, 2024}
    Patient: {N|Stanisław Wiśniewski}, 78M, hospital day 11, ARDS after influenza A, on VV-ECMO since {D|11/24}. MRN {M|8002174}.
    Present: wife {N|Krystyna}; daughters {N|Anna Kowal} and {N|Beata Wiśniewski-Hart} (by phone from {CI|Kraków}); son-in-law {N|Will Hart}; RN {N|Joy}; SW {N|Lorenzo Pace}; chaplain; Dr {N|Obi} (attending); myself.
    Polish interpreter by video, ID {O|40217}.
    Discussed: GCS 6T off sedation x48h, CT head {D|11/30} with diffuse anoxic changes, neurology (Dr. {N|Fairweather}) prognosis poor for meaningful recovery.
    Family states he would "never want to live on machines"; he told {N|Krystyna} this after his brother died in 2019.
    Decision: DNR now; continue current support until son {N|Piotr} arrives from {CI|Chicago} on {D|Dec 4}, then transition to comfort measures.
    Time: 55 min, >50% counseling.
    {N|E. Sarkar}, MD (fellow)
""")

add("note09_hospice", """
    HOSPICE RN VISIT — {G|Blue Ridge Hospice & Palliative Care}
    Visit date: {D|09-03-2024}   In 1015 / Out 1120
    Pt: {N|Ada Mae Pruitt}, {A|97} y/o, DOB {D|May 1, 1927}, Medicare {H|3QF7RT2WX58}, end-stage dementia (FAST 7c), at home: {SA|Rt 2 Box 415}, {CI|Floyd}, VA {Z|24091} ({CO|Floyd County}).
    Caregiver: granddaughter {N|Crystal} lives with pt. Son {N|Dale} ({P|540-555-0183}) visits weekends.
    PPS 20%, intake sips only, mottling to knees, apneic periods 10-15 sec. Stage 2 coccyx unchanged.
    Morphine concentrate 20 mg/mL 0.25 mL SL q2h prn — used x3 since last visit. Lorazepam 0.5 mg SL prn.
    Educated {N|Crystal} on signs of active dying. Chaplain {N|Hollis Tate} to visit {D|9/4}.
    On-call number left on fridge: {P|1-800-555-0147}.
    {N|Brenda K. Slone}, RN, CHPN
""")

add("note10_homehealth", """
    HOME HEALTH SN VISIT   {D|2/14/25}
    Agency: {G|Sunflower Home Care of Wichita}
    Pt: {N|Héctor Villalobos-Juárez}, 71M, s/p L BKA {D|12/28/24}
    Address: {SA|918 N Emporia St}, {CI|Wichita}, KS {Z|67214}   Medicare {H|5TY2KW7MN41}
    Residual limb: incision 90% epithelialized, 1 cm open area distal, no drainage. Wound vac d/c'd last visit.
    Shrinker in use. Phantom pain 5/10, gabapentin 300 tid helping.
    FSBG 212 this am, on Lantus 18 units qhs — reinforced diet. A1c 8.1.
    Wife {N|Carmen} asks to move Tuesday visit to Wednesday. OK'd. Agency MRN {M|HH-30418}.
    Emergency contact son {N|Rubén} {P|316-555-0151}.
    PCP Dr. {N|Yoon} at {G|Riverside Family Medicine} updated via fax {F|316-555-0112}.
    Next visit {D|2/19}.   {N|Lacey Dunagan}, RN   cell {P|316-555-0126}
""")

add("note11_occhealth", """
    OCCUPATIONAL HEALTH — BLOOD/BODY FLUID EXPOSURE
    Clinic: {G|Wake Road Employee Health}
    Employee: {N|Priya Raghunathan}, RN, badge {O|E-204417}, 7 West, DOB {D|4/18/1988}
    Exposure: {D|07/08/2024} ~1430
    Source pt: {N|Levi Goldfarb}, MRN {M|90061182}, rm 7114 — consented to rapid HIV, HBsAg, HCV Ab (attending Dr. {N|Feinstein}).
    Mechanism: 25 g needle after SQ enoxaparin, L index finger, through glove. Washed immediately.
    Employee HBV vaccinated 2009, anti-HBs 212 on {D|3/2022}.
    Source rapid HIV negative. PEP not indicated. Baseline employee labs drawn. F/u 6 wk ({D|8/19}) and 4 mo.
    Reported to {N|Lorraine Beck}, employee health RN, {P|(919) 555-0103}. Incident report {O|IR-24-03318}.
""")

add("note12_correctional", """
    {G|Coffee Creek Correctional Facility} — Health Services, sick call
    {D|Oct 3 2024}
    AIC: {N|Marisela Dominguez-Park}   SID# {O|21983304}   Unit C-2, cell 114   DOB {D|1990-05-17}
    S: "my tooth is killing me" x4 days, L lower molar, now swelling.
    O: T 38.1, HR 104. L submandibular swelling, trismus 2 FB, floor of mouth soft.
    A: odontogenic abscess, r/o Ludwig angina.
    P: clindamycin 300 mg qid, ibuprofen 600. Off-site appt {G|Willamette Valley Oral Surgery} {D|10/4} 0900. Security notified (Sgt. {N|Odum}).
    Transport van: officers {N|Pruett} and {N|Ochoa}; if airway concern, divert to {G|Salem Health} ED.
    Return to clinic if worse; officer {N|Baptiste} to monitor overnight.
    {N|T. Halvorsen}, NP   lic. {L|NP-008812}
""")

add("note13_refugee", """
    REFUGEE HEALTH SCREENING — {G|International Family Clinic}, {CI|Bowling Green}
    Date: {D|14 Aug 2024}
    Pt: {N|Khadija Abdirahman Warsame}, 34F, arrived US {D|6/20/2024} via {CI|Kakuma} (Kenya); country of origin Somalia. A-number {O|A219554871}.
    KY Medicaid {H|9911442087}
    Interpreter: Somali, {N|Abdi} (in person).
    G5P4, LMP {D|7/30/24}. Children {N|Hodan} 12, {N|Ayaan} 9, {N|Farah} 6, {N|Ilhan} 2 seen today also.
    QuantiFERON pos, CXR neg → LTBI, start 3HP. Strongyloides IgG pending. Hgb 10.1, MCV 71. HBsAg neg, anti-HBs pos.
    Vaccines per CDC catch-up schedule.
    Case manager: {N|Mary Agnes Doyle}, {G|Catholic Charities Refugee Resettlement Office}, {P|270-555-0177}.
    Address: {SA|1402 Old Morgantown Rd Apt 7}, {CI|Bowling Green}, KY {Z|42101}
""")

add("note14_rural", """
    {G|Big Sandy Rural Health Clinic} — walk-in
    {D|1/9/25}
    {N|Wendell Ray Caudill}   DOB {D|11-22-1955}   chart {M|BS-004419}
    {SA|HC 71 Box 2290}, {CI|Inez}, KY {Z|41224}
    Came in with wife {N|Loretta}. Chainsaw kickback to R thigh this morning cutting firewood.
    9 cm lac anterior thigh, no arterial bleeding, quad intact, DP/PT 2+.
    Irrigated 1 L, 1% lido w/ epi 8 mL, 3-0 nylon x11 simple interrupted. Tdap last 2012 → given today.
    Nearest ED {G|Pikeville Medical Center} is 45 min; pt declined transfer.
    Suture removal 10-14 days. Lives in {CO|Martin County}, no phone at home — neighbor {N|Bud Mullins} {P|606-555-0171} will relay messages.
    {N|Hope Stapleton}, APRN
""")

add("note15_psych", """
    PSYCHIATRY C/L NOTE   {D|3 March 2025}
    Pt {N|Tobias Grünewald}, MRN {M|0048815529}, DOB {D|9/22/1991}, seen at request of Dr. {N|Achebe} (medicine) for SI.
    33M admitted {D|3/1} after intentional APAP ingestion (~40 x 500 mg); 4-h level 210, NAC completed.
    Collateral: girlfriend {N|Brianna Cole} ({P|(612) 555-0196}); outpatient therapist {N|Esther Halloran}, PsyD, {G|Northside Behavioral Health}, {CI|Minneapolis}.
    Prior attempt {D|May 2019} (cutting). Columbia positive. PHQ-9 23.
    Firearms: father's rifle at the family home in {CI|Blaine}; father {N|Klaus} agreed to store it with a relative ({P|763-555-0115}).
    Rec: 1:1 sitter; transfer to inpatient psychiatry once medically cleared — bed search started at {G|Lake Street Behavioral Hospital}.
""")

add("note16_peds", """
    PEDS URGENT CARE   {D|09/14/2024}
    {N|Aroha Te Whiti}   4 y/o F   DOB {D|02/03/2020}   MRN {M|PU-778201}
    Brought by dad {N|Rangi}; mom {N|Kiri} on phone. Home: {SA|5821 NE Going St}, {CI|Portland} {Z|97218}. Fever 39.4 x2d, pulling R ear.
    R TM bulging, erythematous; L TM clear. Wt 16.8 kg.
    Amoxicillin 90 mg/kg/day div bid x10d = 756 mg bid → 750 mg bid (400 mg/5 mL → 9.4 mL).
    Note for {G|Little Acorns Early Learning Center}: may return {D|9/17} if afebrile 24h.
    Sib {N|Mereana} (7) has similar sx, not seen today.
    Callback {P|(503) 555 0118}. PCP Dr. {N|Holloway}, {G|Rose City Pediatrics}.
""")

add("note17_ob", """
    L&D TRIAGE — {G|St. Agnes Women's Pavilion}
    {D|12/23/2024} 0342
    {N|Jasmine Okoye-Bennett} (MRN {M|40088213}, DOB {D|9-30-1993}), G2P1001 @ 38w2d by 8-wk US (EDD {D|1/4/2025}), c/o ctx q4-5 min since midnight. +FM, no LOF/VB.
    Prenatal care: Dr. {N|Feliciano}, {G|Harbor OB/GYN Associates}. GBS neg {D|12/2}. Rh pos. 1-hr GCT 118.
    SVE 4/70/-1. FHT cat I, baseline 135, mod var, +accels.
    Admit to L&D. Partner {N|Terrence Bennett} at bedside, phone {P|757-555-0184}. Doula {N|Amani} present.
    {N|C. Reyes-Ibarra}, CNM
""")

add("note18_dialysis", """
    HD RUN NOTE — {G|Lakeshore Kidney Center}   Tue {D|4/8/25}
    Pt {N|Eulalia Benavides} ({A|90}), chair 12, TTS schedule. MRN {M|LKC-11873}, DOB {D|08/15/1934}.   Medicare {H|1EG4TE5MK73}
    Access: L BCF, +thrill/bruit. Cannulated 15 g x2 by {N|Marco}.
    Pre wt 61.3 kg, EDW 59.5. UF goal 2.0 L. BFR 350, DFR 600, 2K/2.5Ca bath.
    At 2.5 h BP 88/46 w/ cramping → UF off, 200 mL NS, resolved.
    Machine {DV|2008T-5J8821} swapped after conductivity alarm.
    Dr. {N|Subramaniam} notified; EDW to be reassessed Thursday.
    Granddaughter {N|Lucía} transports; home # {P|773-555-0140}.
""")

add("note19_transfer", """
    TRANSFER CENTER NOTE
    Call received {D|08/30/2024} 2217 from {G|Ozark Mountain Regional Hospital}, {CI|Harrison}, AR. Referring: Dr. {N|Carl Beasley}, {P|870-555-0163}, fax {F|870-555-0164}.
    Sister {N|Kelsey} also called, {P|479-555-0198}.
    Pt: {N|Taylor Ann Wofford}, 29F, DOB {D|6/6/95}, their MRN {M|OMR211045}.
    Dx: SAH, Hunt-Hess 3, Fisher 4; CTA with 6 mm PCOM aneurysm. Nicardipine gtt, SBP <140. Keppra 1 g given.
    Accepting: Dr. {N|Iqbal}, neurosurgery → NSICU bed 8.
    Fixed-wing, ETA 2330. Transfer ID {O|TC-2024-083011}.
    Receiving RN: {N|Jo}. Mother {N|Darlene Wofford} driving, {P|479-555-0121}.
""")

add("note20_snf", """
    SNF ADMISSION H&P — {G|Willowbrook Nursing & Rehabilitation}
    {N|Theodora Papadakis}, {A|ninety-four} y.o. female, MRN {M|WB-2025-0331}, Medicare {H|7HJ3XP4QM22}, admitted {D|27 Feb 2025} from {G|Northshore University Hospital}.
    Hospital course: admitted {D|2/18} for L intertrochanteric fx; IMN {D|2/19} (Dr. {N|Farouk}), nail lot {DV|K8834Q1}. Post-op delirium, resolved.
    PMH: HTN, hypothyroid, OA, AF on apixaban 2.5 bid (age ≥80, wt 52 kg).
    Social: widowed, retired teacher, lived alone in {CI|Astoria}, NY. Nephew {N|Nikos Papadakis} is POA ({P|718-555-0146}, {E|npapadakis@example.net}).
    Code status: DNR/DNI per MOLST {D|2/20/25}.
    Goals: ambulate 150 ft with RW, return home with 24h aide.
    {N|Irina Volkov}, DO
""")

add("note21_trauma", """
    TRAUMA ACTIVATION — Level 2   {D|6/29/2024} 1652
    Pt initially unidentified; ID'd as {N|Dakota Redcloud} via driver's license {L|D41255890322}, DOB {D|3/15/1988}.
    Address on license: {SA|77 Pine Ridge Loop}, {CI|Rapid City}, SD {Z|57701}.
    Restrained driver, pickup vs deer on I-90, +airbag. 2011 F-150, plate {V|1A-B772}, VIN {V|1FTFW1ET5BFA40918}.
    GCS 14 (E4V4M6), FAST neg. CT: L clavicle fx, no ICH. Sling, ortho f/u. ED attending Dr. {N|Whitebird}.
    Highway Patrol Trooper {N|Janssen} at bedside. Mother {N|Winona Redcloud} notified {P|605-555-0133}.
    MRN assigned: {M|RC-0992174}
""")

add("note22_pharmacy", """
    PHARMACY CONSULT — vancomycin dosing
    Pt: {N|Rafael Ancheta}, 63M, MRN {M|45590218}, wt 94 kg, DOB {D|1/30/1961}, admitted from {G|Brookside Manor}. SCr 1.4 (baseline 1.0 on {D|7/2/24}).
    Indication: MRSA bacteremia (BCx {D|7/11} 2/2 sets), TEE pending.
    AUC-guided: load 2000 mg x1, then 1250 mg q12h. Target AUC 400-600.
    Levels: peak {D|7/13} 0900, trough 2050.
    Was on pip-tazo until {D|7/12} — AKI risk noted, team aware.
    Discussed w/ ID fellow Dr. {N|Oyelaran-Watts}.
    {N|Nhung Pham}, PharmD, BCPS   pager {P|216-555-0172}
""")

add("note23_wound", """
    WOUND CARE CONSULT   {D|January 30, 2025}
    Pt: {N|Lucille Beauregard}, 86F, MRN {M|7720815}, DOB {D|7.22.1938}. Referred by Dr. {N|Okonjo}.
    Sacrum: stage 4, 5.2 x 3.8 x 1.6 cm, tunneling 2 cm at 12 o'clock, 40% slough, moderate serous drainage.
    Bilat heels: DTI, intact, boggy — offloading boots.
    NPWT started 125 mmHg continuous; unit serial {DV|UW1187442}.
    Prealbumin 9. Dietitian consult placed.
    D/c plan: {G|Bayou Teche Nursing Center}, {CI|New Iberia}; wound orders faxed to {F|337-555-0191}.
    Daughter {N|Claudette} (lives in {CI|Lafayette}) to bring supplies.
    {N|D. Thibodeaux}, RN, CWOCN
""")

add("note24_telehealth", """
    TELEHEALTH VISIT (video)   {D|05/06/2025} 1030 ET
    Pt {N|Xiomara Betancourt} (MRN {M|CFE-208815}) joined with husband {N|Osvaldo}, from home in {CI|Kissimmee}, FL; identity verified with DOB {D|10/1/1979} and address {SA|3310 Lakeview Pkwy Unit 204}.
    Link: {U|https://telehealth.example-clinic.org/visit/8QZ4-77RT}
    Connection dropped x1; pt IP {IP|73.152.88.204} logged by IT for troubleshooting.
    Provider: {N|Daniel Oyelaran}, MD, at {G|Central Florida Endocrine Associates}.
    F/u Graves disease on methimazole 10 mg. TSH <0.01 → 0.4 on {D|4/28}, FT4 1.1.
    Plan: reduce to 5 mg daily. TRAb recheck {D|Aug 2025}. Reminder text to {P|407-555-0109}.
""")

add("note25_socialwork", """
    SOCIAL WORK NOTE   {D|10/10/24}
    Met with pt {N|Ignatius Mwale} (MRN {M|SF0049921}, DOB {D|6/1/1969}) at bedside. Currently staying at {G|Harbor Light Men's Shelter}, {SA|1275 Mission St}, {CI|San Francisco}.
    Benefits: Medi-Cal {H|91772046A}. SSI application pending; SSN verified {S|562-11-4408}.
    Prepaid cell {P|415-555-0122}. Shelter case worker {N|Ruben Alcazar} agrees to hold his bed.
    Referred to {G|Tom Waddell Urban Health Clinic}, f/u {D|10/17}.
    Probation officer {N|Keisha Grant} {P|(415) 555-0148} aware of admission.
    Will continue to follow.   {N|Aileen Mbatha}, LCSW
""")

add("note26_device", """
    DEVICE CLINIC — remote interrogation   {D|2025-01-21}
    Pt {N|Hanna Sjöberg}, MRN {M|66120984}, {A|92}F
    Device: Boston Scientific Accolade MRI DR, serial {DV|751209}; RA lead {DV|PJN448122}, RV lead {DV|RVL09931X}. Implanted {D|03/14/2017}.
    Battery ~1.5 yr to ERI. AP 38%, VP 96%. No AHREs, no VHR. Thresholds and impedances stable.
    Home transmitter {DV|LATD-0087721}, last transmission {D|1/20/25} 0211.
    Address on file: {SA|8 Elm Terrace}, {CI|Duluth}, MN {Z|55803}.
    Daughter {N|Karin} asked about gen change timing — will plan when 6 mo to ERI.
    Reviewed by {N|J. Wójcik}, CCDS; co-signed Dr. {N|Ahluwalia}.
""")

add("note27_pronouncement", """
    DEATH PRONOUNCEMENT NOTE
    Called by RN {N|Sunny Vo} at 0412 to see pt {N|Oyelowo, Babatunde}, MRN {M|0093317}, DOB {D|02/28/1926}, {A|98} yo M, DNR/CMO.
    No respiratory effort, no heart sounds x1 min, pupils fixed and dilated, no response to painful stimulus.
    Pronounced {D|11/27/2024} at 0418.
    Wife {N|Folake} ({P|(713) 555-0190}) at bedside; son {N|Tunde} notified by phone ({P|+44 20 7946 0321}) in {CI|London}.
    Attending Dr. {N|Hargreaves} notified. Not an ME case. Autopsy declined.
    OPO notified, referral {O|LA-24-119837}.
    {N|P. Chaudhary}, MD (PGY-2)
""")

add("note28_school", """
    {G|Roosevelt Middle School} Health Office
    {D|Feb. 11, 2025}
    Student {N|Jayden Whitehorse}, gr 7, 12 y/o, DOB {D|10/8/2012}, student ID {O|RMS-118274}, T1DM on Omnipod; CGM sensor {DV|4KF2991Q}.
    1015: CGM 54 ↓ during PE, fingerstick 58. 15 g juice → 15 min recheck 96. Snack given, back to class 1045.
    Mom {N|Tiffany Whitehorse} notified {P|(480) 555-0169}; she will message endo at {G|Phoenix Children's}.
    {N|M. Quintero}, RN
""")

add("note29_travel", """
    TRAVEL MEDICINE CLINIC — {G|Ridgeview Travel Health}
    {D|4/2/2025}
    {N|Ikaika Kahananui}, 41M, from {CI|Hilo}, MRN {M|TH-5510392}, passport {O|573920184}, cell {P|808-555-0175}. Work trip to {CI|Kinshasa} and {CI|Lubumbashi}, {D|5/10} to {D|6/2}.
    Yellow fever vaccine given today (card signed). Typhoid Vi IM. Hep A #2 (first {D|Oct 2019}).
    Malaria ppx: atovaquone-proguanil 250/100 daily, start 1-2 d before, continue 7 d after.
    Rx: azithromycin 1 g x1 prn TD.
    Itinerary/letters to employer travel desk {E|ikaika.k@example.org}.
""")

add("note30_path", """
    PATHOLOGY REPORT (copied into note)
    Accession: {O|SP-25-004417}   Collected {D|01/07/2025}   Received {D|01/08/2025}
    Patient: {N|HOANG, MINH DUC}   MRN {M|30040155}   DOB {D|08/19/1962}
    Submitting: Dr. {N|Eleanor Whitcombe}, {G|Pacific Gastroenterology Group}, {SA|1500 S Bascom Ave Suite 220}, {CI|Campbell}, CA {Z|95008}
    Specimen: colon, sigmoid, polypectomy
    Dx: tubular adenoma, low-grade dysplasia; margins negative.
    Pathologist: {N|R. Banerjee-Stone}, MD   Signed {D|1/9/25}
    CLIA {O|05D0987123}
    cc: Dr. {N|Whitcombe}; PCP Dr. {N|Tran-Eberly}, fax {F|408-555-0139}
""")

# ---------------------------------------------------------------------------
# 25 PHI-free hard negatives
# ---------------------------------------------------------------------------
add("neg01", "max dose of apixaban in ckd stage 4? crcl 22, wt 58 kg, age 79")
add("neg02", "what does a Mobitz II look like vs Wenckebach on a 12 lead")
add("neg03", "is ceftriaxone + IV calcium ok in adults or is that only the neonatal warning")
add("neg04", """
    NEUROLOGY CLINIC — Parkinson disease follow-up
    78-year-old man, diagnosed 2016, Hoehn and Yahr stage 3.
    Carbidopa/levodopa 25/100 1.5 tab TID, wearing off ~3 h after each dose. Added entacapone 200 mg with each dose.
    MoCA 24/30. UPDRS-III 38 ON. No visual hallucinations. Orthostatics negative.
    DaTscan done in 2017 confirmed reduced putaminal uptake.
    Follow up in 3 months, Tuesday clinic.
""")
add("neg05", "bell palsy steroid dose? pred 60 x5d then taper or 50 x10d? add valacyclovir 1 g tid if severe?")
add("neg06", "whipple vs distal pancreatectomy — which has the higher delayed gastric emptying rate")
add("neg07", """
    ENDOCRINE NOTE
    Graves disease vs Hashimoto thyroiditis hashitoxicosis: TRAb 0.8 (ref <1.75), TPO 480, RAIU 4% at 24 h.
    Favor painless thyroiditis. Propranolol 20 mg BID for HR 112. No methimazole.
    Recheck TSH, FT4, T3 in 6 weeks. Pemberton sign negative. No Graves ophthalmopathy (CAS 0/7).
""")
add("neg08", "calc CHA2DS2-VASc for 76F w/ HTN, DM, prior TIA — 6? HAS-BLED 2")
add("neg09", "converting oxycodone 5/325 ~6 tabs/day to morphine ER, what's the equianalgesic w/ 25% cross-tolerance reduction")
add("neg10", """
    NEWBORN NOTE
    Term male infant, 39+4 weeks, SVD. Apgars 8 and 9 at 1 and 5 minutes. BW 3.41 kg (52nd %ile).
    Maternal labs: O+, antibody neg, RPR NR, HIV neg, HBsAg neg, GBS neg, rubella immune.
    Exam: red reflex present bilaterally, Ortolani and Barlow negative, no sacral dimple. Vitamin K and erythromycin given.
    Bilirubin 6.2 at 30 h, low-intermediate risk (Bhutani). Hep B vaccine given. CCHD screen passed 98/99.
""")
add("neg11", "any data on Foley removal POD 1 vs POD 3 after low anterior resection w/ epidural?")
add("neg12", """
    Sign-out, med team B
    Bed 12 — 84M CAP, ceftriaxone/azithro day 3, O2 weaned to RA. Likely dc Friday.
    Bed 14 — 67F cellulitis L leg, vanc → cefazolin, mark borders q shift.
    Bed 17 — 59M cirrhosis (MELD 21), SBP ppx, paracentesis 5 L today, gave 25 g albumin x2.
    Bed 21 — 88F CHF, diuresing 40 IV BID, net -1.8 L. K 3.6.
    Page the night float with any rapid responses; code status all full except bed 21 (DNR).
""")
add("neg13", "Wells score 4.5 and D-dimer 780 — go straight to CTPA or age-adjusted cutoff? pt is 64")
add("neg14", "what's the Glasgow-Blatchford cutoff for outpatient management of UGIB, 0 or ≤1?")
add("neg15", """
    GENETICS SUMMARY
    Germline panel: BRCA2 c.5946delT (p.Ser1982Argfs*22), pathogenic. MLH1, MSH2, MSH6, PMS2, EPCAM negative.
    VUS in ATM c.2119T>C (p.Ser707Pro). Tumor: HER2 1+, ER 95%, PR 40%, Ki-67 20%.
    Cascade testing recommended for first-degree relatives. Eligible for olaparib per OlympiA if high risk.
""")
add("neg16", "can I bill 99223 with modifier 25 if dx is I50.23 + N18.4 and I also did a bedside echo (93308)?")
add("neg17", "is SJS more likely with lamotrigine if pt already on valproate? titration 25 mg qod x2wk right?")
add("neg18", """
    TEACHING CASE — adrenal
    Conn syndrome: aldosterone 28, renin <0.6, ARR >40. Confirmed with saline infusion test.
    Cushing disease vs ectopic ACTH: high-dose dex suppression >50%, IPSS central:peripheral ratio 3.1 after CRH.
    Addison disease: cosyntropin stim 250 mcg, cortisol 4.1 → 6.3 at 60 min. Hydrocortisone 15/5 split dose.
    Nelson syndrome after bilateral adrenalectomy discussed. Waterhouse-Friderichsen in the differential for the septic case.
""")
add("neg19", "Monday 0700 grand rounds topic: Kawasaki disease vs MIS-C, comparing the 2020 and 2023 cohorts. Room 4B, lunch provided")
add("neg20", "does Medicare Part B cover Prolia for osteopenia with T-score -2.1 and FRAX hip 3.4%?")
add("neg21", """
    Vitamin D repletion protocol
    25-OH D < 12: ergocalciferol 50,000 IU weekly x8 weeks, then cholecalciferol 2000 IU daily.
    25-OH D 12-20: cholecalciferol 2000-4000 IU daily. Recheck level in 12 weeks.
    Dawn phenomenon vs Somogyi effect are unrelated — see separate insulin handout.
""")
add("neg22", "anesthesia preop: Mallampati 3, thyromental <6 cm, neck circ 44, STOP-BANG 6. hope to use video laryngoscope first pass. ASA 3")
add("neg23", "will a brown-sequard lesion at T10 cause contralateral pain/temp loss starting at the level or 1-2 levels below?")
add("neg24", """
    SEPSIS BUNDLE CHECKLIST
    qSOFA 2, lactate 4.1 → 30 mL/kg crystalloid within 3 h (wt 70 kg = 2.1 L).
    Blood cultures x2 before antibiotics. Pip-tazo 4.5 g IV q6h extended infusion + vancomycin per pharmacy.
    Repeat lactate at 2 h. MAP goal ≥65; start norepinephrine 0.05 mcg/kg/min if MAP <65 after fluids.
    Bishop score, Frank-Starling, and Hunter criteria are not relevant here (template copy error).
""")
add("neg25", """
    OB triage teaching points
    Bishop score 8 → favorable for induction. Frank breech at 37 weeks: offer ECV (success ~50%).
    Grand multip, 5/5 contractions in 10 min with a late decel — tachysystole, stop oxytocin.
    Carter effect and Virchow triad come up on the Tuesday quiz. Summer rotation schedule posted by 5 pm Friday.
    Rose bengal staining, Chvostek and Trousseau signs reviewed for the hypocalcemia case.
""")


# ---------------------------------------------------------------------------
# build + verify
# ---------------------------------------------------------------------------
MARK = re.compile(r"\{([A-Z]+)\|([^{}|]*)\}")
PUNCT_EDGE_OK_START = {"PHONE": "(+", "FAX": "(+"}


def category(tid):
    if tid.startswith("query"):
        return "query"
    if tid.startswith("note"):
        return "note"
    if tid.startswith("neg"):
        return "negative"
    raise ValueError(tid)


def build(src):
    out = []
    blen = 0
    spans = []
    pos = 0
    for m in MARK.finditer(src):
        pre = src[pos:m.start()]
        out.append(pre)
        blen += len(pre.encode("utf-8"))
        ab, val = m.group(1), m.group(2)
        if ab not in ABBR:
            raise SystemExit("unknown abbreviation %r in %r" % (ab, m.group(0)))
        vb = len(val.encode("utf-8"))
        spans.append({"bstart": blen, "bend": blen + vb, "kind": ABBR[ab], "_value": val})
        out.append(val)
        blen += vb
        pos = m.end()
    out.append(src[pos:])
    return "".join(out), spans


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "notes.jsonl")
    ids = [t[0] for t in T]
    dup = [i for i, c in collections.Counter(ids).items() if c > 1]
    if dup:
        raise SystemExit("duplicate ids: %s" % dup)

    expected = {}
    with open(path, "w", encoding="utf-8") as fh:
        for tid, src in T:
            text, spans = build(src)
            expected[tid] = [s["_value"] for s in spans]
            rec = {"id": tid, "text": text,
                   "spans": [{k: s[k] for k in ("bstart", "bend", "kind")} for s in spans]}
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")

    errors = []
    kind_counts = collections.Counter()
    cat_texts = collections.Counter()
    cat_spans = collections.Counter()
    with open(path, encoding="utf-8") as fh:
        recs = [json.loads(line) for line in fh]
    for rec in recs:
        tid, text, spans = rec["id"], rec["text"], rec["spans"]
        cat = category(tid)
        cat_texts[cat] += 1
        b = text.encode("utf-8")
        if "{" in text or "}" in text:
            errors.append("%s: leftover brace" % tid)
        if "|" in text:
            errors.append("%s: leftover pipe" % tid)
        if cat == "negative" and spans:
            errors.append("%s: negative text has spans" % tid)
        if cat != "negative" and not spans:
            errors.append("%s: PHI text without spans" % tid)
        exp = expected[tid]
        if len(exp) != len(spans):
            errors.append("%s: span count mismatch" % tid)
        prev_end = -1
        for s, val in zip(spans, exp):
            bs, be, kind = s["bstart"], s["bend"], s["kind"]
            if kind not in ABBR.values():
                errors.append("%s: bad kind %s" % (tid, kind))
            if not (0 <= bs < be <= len(b)):
                errors.append("%s: bad offsets %r" % (tid, s))
                continue
            if bs < prev_end:
                errors.append("%s: overlap/unsorted at %r" % (tid, s))
            prev_end = be
            try:
                got = b[bs:be].decode("utf-8")
            except UnicodeDecodeError:
                errors.append("%s: span not on char boundary %r" % (tid, s))
                continue
            if got != val:
                errors.append("%s: span %r decodes to %r, expected %r" % (tid, s, got, val))
            first, last = got[0], got[-1]
            if not (first.isalnum() or first in PUNCT_EDGE_OK_START.get(kind, "")):
                errors.append("%s: bad start char in %r" % (tid, got))
            if not last.isalnum():
                errors.append("%s: bad end char in %r" % (tid, got))
            if got != got.strip():
                errors.append("%s: whitespace at edge of %r" % (tid, got))
            kind_counts[kind] += 1
            cat_spans[cat] += 1

    if errors:
        for e in errors:
            print("ERROR", e)
        sys.exit(1)

    print("texts: %d   spans: %d" % (len(recs), sum(kind_counts.values())))
    print("per category (texts / spans):")
    for cat in ("query", "note", "negative"):
        print("  %-9s %3d / %4d" % (cat, cat_texts[cat], cat_spans[cat]))
    print("per kind:")
    for kind in ABBR.values():
        print("  %-16s %4d" % (kind, kind_counts[kind]))
    print("OK: wrote %s" % path)


if __name__ == "__main__":
    main()

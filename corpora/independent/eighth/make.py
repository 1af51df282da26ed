#!/usr/bin/env python3
"""Hand-labelled corpus 'eighth': short clinician queries/messages (PHI) and PHI-free queries.

Inline markup: {ABBR|value}. Builds notes.jsonl with UTF-8 byte offsets, then re-reads and verifies it.
"""
import json
import os
import re
import sys
from collections import Counter

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
    "M": "MRN",
    "HP": "HEALTH_PLAN_ID",
    "AC": "ACCOUNT_NUMBER",
    "LIC": "LICENSE_NUMBER",
    "VEH": "VEHICLE_ID",
    "DEV": "DEVICE_ID",
    "URL": "URL",
    "IP": "IP_ADDRESS",
    "OID": "OTHER_ID",
}

# ---------------------------------------------------------------------------
# 80 clinician queries / messages containing PHI
# ---------------------------------------------------------------------------
QUERIES = [
# 01 hurried resident, EHR assistant
"""pls pull last echo on {N|okonkwo, chidi} mrn {M|4482910}, i think it was done at {G|st brendan medical ctr} around {D|3/2}? cards (dr {N|nair}) wants the EF before cath tmrw. wife {N|ifeoma} says he also had a stress test in {C|akron} {D|jan 2024}""",

# 02 careful hospitalist
"""Summarize the discharge plan for Mrs. {N|Adaeze Nwosu} (MRN {M|00938127}). She is {A|91}, lives alone in {C|Ypsilanti}, and her daughter {N|Ngozi Nwosu-Bell} can be reached at {P|734-555-0182}. Follow-up with Dr. {N|Hartigan} on {D|June 12}.""",

# 03 night nurse, secure chat
"""need callback from {N|lindqvist} re bed 22 pt {N|harold j pemberton} dob {D|04/17/1931}
family says he fell at home in {C|bangor} sat {D|11/9}, son {N|gerald} at {P|207-555-0161}""",

# 04 all-caps page
"""PLS CALL RE RM 612 {N|FERREIRA, ANTONIO} MRN {M|5520184} SBP 78 AFTER IV LASIX 40. WIFE {N|CONCEICAO} AT BEDSIDE. I AM AT {P|(617) 555-0143} - {N|BROOKE} RN""",

# 05 outside records
"""what abx did {N|priya raghunathan} get at {G|valley regional} before transfer? outside records say admitted {D|2024-10-28}, mrn there was {M|VR-0078812}, ours is {M|6103357}. her husband {N|venkat} is asking""",

# 06 cross-cover chat
"""hey can u cover {N|mendez}'s pts tonight, im out sick
{N|kowalczyk} in 7 needs am bmp, {N|tran} in 9 is dnr per wife {N|linh}
{N|abernathy-cole} in 11 going to {G|sunnyside rehab} tues {D|12/3} if pt clears her. kowalczyk mrn is {M|2218840}""",

# 07 admission note style
"""Pt {N|Fatima Al-Sayed}, {A|93} y/o F from {C|Dearborn}, admitted {D|11/14/24} with L hip fx. Son {N|Khalid} requests Arabic interpreter. Contact {P|313-555-0967}. PCP Dr. {N|Haddad} at {G|Warren Avenue Family Clinic}, last seen {D|September 30}. MRN {M|D-4418027}.""",

# 08 EHR search box
"""{N|zhang wei} dob {D|1958-03-22} cxr {D|11/02} {M|3907716}""",

# 09 ICU
"""is {N|hyun-woo park} still on heparin gtt? ptt at 0400 was 112. mrn {M|E2209134}. his daughter {N|ji-yeon} keeps calling from {C|flushing}, number {P|347-555-0119}""",

# 10 pharmacist to prescriber
"""Dr. {N|Oyelaran}, verifying warfarin 7.5 mg for {N|KOVALENKO, OLEKSANDR} (MRN {M|3319075}) — INR on {D|12/3} was 3.8. Please confirm dose or call pharmacy {P|412-555-0130}. Thanks, {N|Marisol} PharmD""",

# 11 OT
"""ot eval for {N|siobhan o'donnell} ordered, she was at {G|riverbend snf} until {D|oct 2023}
lives w/ daughter {N|maeve} in {C|lowell}, 2 steps to enter. pcp dr {N|fitzgibbon}. mrn {M|0662419}""",

# 12 coder
"""Coding query: {N|Moshe Feldstein}, acct {AC|40029186733}, DOS {D|09/04/2024} - is the CKD stage 3b or 4 (N18.32 vs N18.4)? Attending Dr. {N|Rubinstein} documented both, and the nephrology note from {G|Beth Shalom Kidney Associates} dated {D|08/29/2024} says 4.""",

# 13 case manager
"""{N|malia fonoti} going home to {C|hilo} on friday {D|12/6}
needs home o2 via {G|kona coast home health}? cousin {N|sione} picking her up, {P|808-555-0174}
mrn {M|HI-2271930}""",

# 14 oncology second opinion
"""{N|GRANT MERCER} 2nd opinion onc - records faxed from {G|lakeshore oncology} to {F|216-555-0199} on {D|11/18}. mrn {M|1184037}, dx'd {D|aug 2024}. wife {N|renee} has the path report""",

# 15 floor nurse
"""can someone check on {N|rose delacroix} ({A|93}yo) in 4 north bed 11, she keeps asking for her son {N|will}. he lives in {C|baton rouge}, # on facesheet {P|225-555-0136}""",

# 16 letter request
"""Please draft a letter to {N|Keoni Kahananui}'s PCP, Dr. {N|Lydia Chambers-Watt}, at {G|Windward Family Health}, {SA|45-1088 Kamehameha Hwy}, {C|Kaneohe}, HI {Z|96744}, summarizing his admission {D|Oct 2}–{D|Oct 7, 2024}.""",

# 17 consent
"""anyone know dr {N|obi}'s cell? in clinic til {D|12/13}. pt {N|darnell bishop} in 3 needs consent for ir drain (mrn {M|6020093}), mom {N|loretta} is poa, her # {P|901.555.0158}""",

# 18 pasted hpi
"""pasted: "{N|Hernández-Ruiz, María José} is a {A|96}-year-old woman seen {D|2/19/25} in {G|Clínica San Rafael}, {C|Chula Vista}, for weight loss. Granddaughter {N|Ximena} interprets."
can you shorten this hpi""",

# 19 social work
"""sw consult: {N|tyrone}, 34M, staying at {G|good shepherd shelter} on {SA|1420 w 6th st}, {C|tulsa}. phone {P|918 555 0127}. no pcp, last seen at {G|morton clinic} {D|5/2024}, mrn {M|88201-44}""",

# 20 sitter
"""how do i order a sitter for mrs {N|young}? she's {A|97}, pulling lines, daughter {N|dawn} ok'd mitts over the phone at 2200. mrn {M|7781406}""",

# 21 pharmacist
"""rx for {N|li, mei} mrn {M|A00481923}: is the 5/325 norco ok with her eGFR 28? last cr {D|1/9}, dr {N|salinger} wants q4h prn""",

# 22 nephrology callback
"""Patient {N|Emeka Chukwu} (DOB {D|5 Aug 1962}) was seen at {G|Eastgate Dialysis} today. Nephrologist Dr {N|Aisha Bello} would like a callback at {P|+1 404 555 0166}; his next HD is {D|Dec 16}. MRN {M|5017736}.""",

# 23 two franks
"""{N|frank delgado} the pt in 18, not {N|frank} from transport lol - which one has the 2pm mri
mrn {M|3350712}, dob {D|2/11/57}""",

# 24 EHR search
"""search mrn {M|7730012} notes {D|jan 2025} neuro""",

# 25 ED
"""pt {N|ray hunter} brought in by ems from {C|gallup}, says he was seen at {G|red mesa indian health clinic} last thurs??
brother {N|carter} on way from {C|window rock}, mrn {M|NN-300412}""",

# 26 language
"""Explain in simple Vietnamese the warfarin plan for Mr. {N|Bao Nguyen}, {A|92}, so his wife {N|Thuy} understands. He lives in {C|Garden Grove} and sees Dr. {N|Tran-Le} on {D|Jan 8}. His MRN is {M|2266041}.""",

# 27 PT
"""PT note for {N|summer lane}: amb 150 ft w/ rw, 4/5 strength BLE, Berg 41. d/c to {G|maple grove assisted living} {D|12/20}? their DON {N|patrice} {P|563-555-0104}""",

# 28 covering
"""who is covering for dr {N|feinberg}? his pt {N|yitzchak abramov} mrn {M|2290447} on 9W needs k replacement, k 3.1. wife {N|rivka} asking about d/c {D|11/27}""",

# 29 insurance
"""pls verify insurance for {N|DeShawn Carter} dob {D|7/30/88}: member {HP|XHM884129207} grp {HP|00871}. mom {N|Tasha Carter} says it changed {D|11/1}""",

# 30 interpreter note
"""for {N|Hassan Jaber} mrn {M|4410982}: "Pt seen with interpreter {N|Ahmed} (ID {OID|44718}). Family in {C|Mosul}, Iraq; brother {N|Omar} in {C|Dearborn}."
rewrite as plain english for the aftercare sheet""",

# 31 AMA
"""{N|BILL} IN 22 WANTS TO LEAVE AMA, DAUGHTER {N|PAGE} CALLING FROM {C|ALBUQUERQUE} {P|(505) 555-8817}. MRN {M|9012274}""",

# 32 med rec
"""i need the 2nd med rec for {N|oduya, grace} - she brought bottles filled at a pharmacy in {C|nogales}. mrn {M|5561902}, admitted {D|11/25}""",

# 33 NH transfer
"""Pt {N|Sophie Lambert}, {A|90}, from {G|Pine Hollow Nursing Home} ({C|Montpelier}), sent for AMS. Admit {D|01/03/2025}. NH nurse {N|Gretchen} {P|802-555-0115}, MRN {M|3098816}.""",

# 34 billing
"""guarantor acct # for {N|rahman, nusrat} is {AC|GA-7719340}, billing keeps bouncing the claim for {D|10/14}. her husband {N|faisal} is guarantor""",

# 35 ICU page
"""ICU pg: {N|Ortiz} {A|97}F, bed 4, MAP 58 on levo 0.2, pls come. mrn {M|7124503}, son {N|ruben} on way from {C|el paso}. - {N|jess}""",

# 36 family meeting
"""reminder: family mtg for {N|petrosyan, armen} moved to thursday {D|11/21} at 3pm, son {N|tigran} flying in from {C|yerevan}. palliative (dr {N|osei}) aware. mrn {M|4093375}""",

# 37 device
"""{N|d. kaur}'s pacer interrogation - serial {DEV|PJN448817S}, rep {N|chris} coming at 10. implanted {D|3/2019} at {G|fairview heart institute}, mrn {M|3380921}, last check {D|09/09/24}""",

# 38 ortho
"""is there a note from ortho about {N|marcus bell}? mrn {M|6610392}, fell off a ladder in {C|bozeman} {D|11/30}, transferred from {G|gallatin valley urgent care}""",

# 39 translation
"""Translate to Spanish for {N|Rosa Quispe}: "Your next dialysis is Tuesday, {D|January 14}, at {G|Southside Kidney Center}. Call {P|773-555-0188} if you cannot come." Her son {N|Wilmer} reads English. MRN {M|6645108}.""",

# 40 age correction
"""{N|hope williams} in 5 refusing ng, can we get psych to see her? she's {A|94}, not 49, chart is wrong. dob should be {D|3/3/1930}""",

# 41 EHR search
"""{N|O'BRIEN, PATRICK} {D|1/1/1945}""",

# 42 home health call
"""nurse {N|ama} from {G|asante home care} called, {N|kwame boateng} bs 412 at home
wife {N|abena} {P|(614) 555-0190}. lives {C|columbus} {Z|43207}, seen in our clinic {D|11/20}""",

# 43 interactions
"""Can you check interactions for {N|Goldberg}: apixaban 5 bid, diltiazem 240, amiodarone 200. Pt is {A|99} y.o. per family; granddaughter {N|Shira} manages meds.""",

# 44 duplicate names
"""2 pts named {N|juan garcia} on unit!! ours is mrn {M|8837150} dob {D|3/14/71}, other is mrn {M|8837510} dob {D|9/2/66}. pls double check the blood consent""",

# 45 psych transfer
"""Dr. {N|Bishop} from {G|Ridgeview Behavioral} in {C|Gresham} accepted {N|Tomasz Wiśniewski} for inpatient psych, transport {D|12/02} at 1300. Fax packet to {F|(503) 555-0172}. MRN {M|R-5590214}.""",

# 46 lab
"""{N|mark} from lab says specimen {OID|S24-118392} for {N|jackson, lamar} hemolyzed, redraw. mrn {M|2047719}""",

# 47 peds school
"""pt {N|lily nakamura} came in w/ her mom {N|faith}, 3rd grade at {G|westbrook elementary}
school nurse mrs {N|kim} {P|253-555-0108} says 2 episodes of syncope in pe since {D|9/16}. mrn {M|P0093321}""",

# 48 coder
"""{N|Anand Krishnamurthy} MRN {M|K-0034129} encounter {AC|ENC99302174} {D|08/15/2024}: modifier 25 appropriate w/ 99214 + 20610? Dr. {N|Wexler} was the rendering provider; f/u {D|08/29/2024}.""",

# 49 peds transfer
"""dr {N|wójcik} asked me to page dr {N|nakamura} about the kid in 3, {N|aiden}
mom {N|kayla} wants to take him to {G|children's mercy} in {C|kansas city} on {D|12/5}""",

# 50 pasted nursing note
"""{D|11/04} 0815 {N|E. Papadopoulos} RN - pt ambulated 200ft, tol well. Daughter {N|Katerina} updated by phone {P|718-555-0133}.
clean this up for handoff, pt is {N|Georgios Stavrou} mrn {M|1180294}""",

# 51 living will
"""does {N|earl thompson} in 30 have a living will on file? he's {A|95}, son {N|dwayne} in {C|shreveport} says yes, signed {D|2/14/2016}""",

# 52 work note
"""Please generate a work note for {N|Javier Morales}, seen {D|3/11/25}; he may return to work {D|3/18/25} with no lifting >20 lb. Employer contact {N|Debbie Saldana}, {P|559-555-0121}. MRN {M|4482077}.""",

# 53 records abroad
"""{N|aroha tane}'s mum asking for records sent to {G|waikato hospital} in {C|hamilton}, nz. email {E|aroha.tane@kiwimail.co.nz}, dob {D|06/07/2001}""",

# 54 DC summary, foreign date
"""dc summary for {N|ivanova, svetlana p} mrn {M|900214} d/c {D|14/11/2024}
f/u dr {N|chen} 2 wks at {G|harbor east cardiology}, son {N|dmitri} {P|+7 912 555-0147}""",

# 55 keppra
"""pls reorder keppra for bed 7 ({N|gutierrez}), pharmacy says order for {N|gutierrez, r} expired {D|nov 30}. mrn {M|4471109}""",

# 56 family complaint
"""Who's the attending for {N|Ifeoma Eze}? Her husband {N|Chinedu} says Dr. {N|Abernathy} promised a call before {D|12/24}. His number: {P|832-555-0193}; he drives in from {C|Katy}.""",

# 57 RT
"""{N|pavel} from RT not answering cell ({P|206.555.0147}), need abg on {N|moreau} stat, bed 14, mrn {M|1093847}""",

# 58 dx code
"""dx code for {N|Lupe Tuilagi}'s visit {D|4/2} - lupus flare vs SLE nephritis (M32.14)? MRN {M|LT-44019}, seen at {G|Carson Community Clinic}""",

# 59 two hunters
"""pt {N|hunter} in 8B (not dr {N|hunter}!) needs pain reassessed, 8/10 at 1600. POD2 from lap chole {D|12/1}""",

# 60 hospice
"""What should I tell the family of Rev. {N|Clarence Whitfield} ({A|101}) about hospice at {G|Cedar Crest Hospice}? His niece {N|Lorraine} lives in {C|Macon} and wants to visit Sunday the {D|15th}. MRN {M|0087723-6}.""",

# 61 chat
"""hey {N|sam} did u see {N|rajesh}'s potassium? 6.4, repeat pending. dr {N|farouk} says shift him. mrn {M|3302958}""",

# 62 NH form
"""{N|pham, an} dob {D|09-09-1939} mrn {M|3305518} - need NH transfer form for {G|saint agnes manor}, {C|fall river}. accepting rn {N|denise} {P|508-555-0170}""",

# 63 trauma
"""stat page dr {N|o'connell} - {N|yusuf} in trauma bay 2 GCS 8, ems from {C|paterson}, sister {N|amina} {P|973-555-0152}""",

# 64 PACS
"""Pls send CT images to {G|Mercy Ridge Hospital} PACS, attn Dr. {N|Obuya}, IP {IP|10.42.118.7}. Pt {N|Cheng Lin}, MRN {M|0041927}, study {D|11/29/2024}.""",

# 65 overseas family
"""{N|bernadette}, can you call the family of pt in 9 ({N|sweeney}) - she's {A|92} and they're in {C|galway}, ireland. # is {P|+353 91 555 0123}, ask for {N|niamh}. mrn {M|7788120}""",

# 66 dob discrepancy
"""chart says dob {D|jan 5 1932}, pt says he's {A|91}. which is right? {N|andrzej nowak} mrn {M|1950283}, wife {N|halina} says {D|1/5/33}""",

# 67 case manager SNF
"""{N|Imani Brooks}, 41F, needs SNF placement, Medicaid {HP|MCD448812097}, from {CO|Hidalgo County}, prefers {C|McAllen} area. Contact sister {N|Jasmine} {P|956-555-0148}. MRN {M|H-6631092}; admitted {D|11/30/2024}.""",

# 68 handoff
"""fyi ms {N|gray} leaving at 1500, {N|lopez} will take her pts incl {N|dubois} in 16 (mrn {M|5503318}), {A|100}yo, bday {D|12/8}""",

# 69 trauma unknown
"""trauma: car plate {VEH|7KXR442} per police, pt possibly {N|dmitri volkov} from {C|spokane}, no id. ems says crash on {D|12/1} near {C|cheney}, tmp mrn {M|TR-000517}""",

# 70 allergy
"""Please confirm whether {N|Ahmad Karimi} (MRN {M|A-7720155}, DOB {D|2/28/1940}) has a documented penicillin allergy; outside record from {G|Kessling Memorial} in {C|Toledo} says hives in 2019.""",

# 71 NICU
"""NICU: baby boy {N|Dlamini}, mom {N|Thandiwe Dlamini} mrn {M|6672019}, born {D|11/22} 0342 at {G|st luke regional}, apgars 7/9""",

# 72 prior auth
"""need dr {N|alvarez}'s npi {OID|1578834092} for the prior auth, {N|tam} in billing asking. pt {N|joseph ray}, auth {OID|PA-33918-4}, dos {D|11/26}""",

# 73 UR
"""UR: {N|Leah} here - {N|Castellanos} (aged {A|96}), inpt since {D|11/2}, {G|Blue Ridge Rehab} declined, try {G|Shenandoah Valley SNF}? daughter {N|Marisela} ok w/ {C|Harrisonburg} or {C|Staunton}""",

# 74 email
"""pt {N|gloria greenberg} emailed from {E|ggreenberg47@fastmail.net} asking about her {D|12/9} colonoscopy prep, she's {A|90} and on plavix. dr {N|kessler}'s nurse {N|ana} wants a callback {P|410-555-0109}""",

# 75 callbacks
"""reach dr {N|adeyemi} at {P|2025550139} or {P|202 555 0140} re {N|folasade}, path from {D|11/12} is back, mrn {M|2839014}""",

# 76 ER
"""{N|young, brandon} 19M in er bay 6 - etoh 310, friend {N|austin} says they were at a party in {C|athens}. mrn {M|7102284}""",

# 77 hospice eligibility
"""Does Mr. {N|Harpreet Singh}, {A|98}, qualify for home hospice? Lives with grandson {N|Arjun} at {SA|2207 Birch Hollow Rd}, {C|Modesto}, CA {Z|95355}, {CO|Stanislaus County}.""",

# 78 covid clearance
"""{N|lou} - covid swab on {N|ramirez-ortega} came back neg, clear to go to {G|sunrise senior living} in {C|mesa} d/c {D|12/19}, mrn {M|9920371}""",

# 79 outside CT
"""look up {N|tanaka, kenji} — had a ct at outside hosp ({G|queen's medical center}?) {D|aug 2023}, we need the read. he's {A|ninety-two} per son {N|hiro}""",

# 80 referral
"""Draft a referral: {N|Naledi Mokoena}, {A|90}, DOB {D|1934-12-01}, to Dr. {N|Fergus MacLeod} at {G|Highland Memory Clinic}, {C|Asheville}; phone {P|828-555-0161}, fax {F|828-555-0162}. Last MoCA 14/30 on {D|11/7}.""",
]

# ---------------------------------------------------------------------------
# 30 PHI-free queries (hard negatives)
# ---------------------------------------------------------------------------
NEGS = [
"""k 6.1 on pt in rm 12, hemolyzed? repeat or just give calcium gluconate + insulin/d50""",
"""dose of vanc for 85 yo 60 kg crcl 30, trough goal 15-20 or auc?""",
"""Is a Whipple contraindicated in an 84-year-old with ECOG 2 and albumin 2.9?""",
"""will grant a 2nd dose of ketorolac if pain still 7/10 at 1400, max 3 doses""",
"""mark the foley removal time in the flowsheet pls, we may need a bladder scan q6h""",
"""whats the bill code for 99223 vs 99233 - pt admitted Sunday night, I saw him Monday""",
"""Parkinson pt in bed 4 on sinemet 25/100 tid, can we give reglan for nausea?""",
"""graves dz w/ tsh <0.01 and ft4 3.2, start methimazole 10 or 20?""",
"""hope to extubate tomorrow am if sbt passes, rsbi 62, on 5/5""",
"""rose spots + relative bradycardia, think typhoid? travel hx unknown, 27M""",
"""Bishop score 8 at 39+2, ok to start pitocin or cervidil first? will page ob if so""",
"""Apgar 8 and 9, 3.2 kg, G2P2, mom wants to room in - any reason to send to nursery""",
"""Bell palsy in 45M, prednisone 60 x 5d + valacyclovir? or steroids alone""",
"""max dose of tylenol for a 70 kg adult w/ cirrhosis, 2 g/day?""",
"""BRCA2 c.5946delT carrier, 38F, when to start breast MRI and what interval""",
"""ICD-10 for type 2 DM with CKD stage 3a: E11.22 + N18.31 right? or E11.65 too""",
"""LOINC 2160-0 vs 38483-4 for creatinine, which one does our lab map to""",
"""pt in 5 says she may be pregnant, LMP ~6 wks ago, hcg pending before CT""",
"""GCS 14 (E4V4M6), pupils 3mm brisk, CT head neg, ok for floor or stepdown?""",
"""summer hours for pharmacy? is the satellite open past 1900 on Saturdays""",
"""Dawn shift report: 3 admits, 1 rapid at 0230, nobody coded. Frank hematuria in rm 9, started CBI.""",
"""what's the wells score for PE if HR 110, prior DVT, no other sx""",
"""Crohn's pt 88 yo on infliximab 5 mg/kg, hold for shingrix or give it?""",
"""Hunter syndrome vs Hurler - which one is X-linked again""",
"""x-ray shows Kerley B lines, start lasix 40 IV bid, recheck bmp at 0600""",
"""ok to give 1/2 tab of percocet 5/325 for 4/10 pain or wait till 2200?""",
"""In 2019 the guidelines changed for afib - pt over 65 with CHA2DS2-VASc 3, anticoag even if he's a fall risk?""",
"""pt in 22B fell at 0300, no head strike, on eliquis - need CT per policy? pt is 89""",
"""ambulance bay lane closed for repaving, use the north entrance after 1800 Tues through Thurs""",
"""young adult, 24, first unprovoked seizure, keppra load 20 mg/kg or observe? MRI brain outpatient""",
]

MARK = re.compile(r"\{([A-Z]+)\|([^{}|]+)\}")


def build(raw):
    """Return (plain_text, spans) with spans as (bstart, bend, kind, value)."""
    out = []
    spans = []
    pos = 0  # byte position in output
    last = 0
    for m in MARK.finditer(raw):
        before = raw[last:m.start()]
        out.append(before)
        pos += len(before.encode("utf-8"))
        abbr, value = m.group(1), m.group(2)
        if abbr not in ABBR:
            raise SystemExit(f"unknown abbreviation {abbr!r} in {raw[:60]!r}")
        b = len(value.encode("utf-8"))
        spans.append((pos, pos + b, ABBR[abbr], value))
        out.append(value)
        pos += b
        last = m.end()
    out.append(raw[last:])
    return "".join(out), spans


def edge_ok(kind, value):
    first, last = value[0], value[-1]
    if not last.isalnum():
        return False
    if first.isalnum():
        return True
    return kind in ("PHONE", "FAX") and first in "(+"


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "notes.jsonl")
    records = []
    expected = {}
    for cat, texts, width in (("query", QUERIES, 2), ("neg", NEGS, 2)):
        for i, raw in enumerate(texts, 1):
            rid = f"{cat}{i:0{width}d}"
            text, spans = build(raw)
            expected[rid] = spans
            records.append({
                "id": rid,
                "text": text,
                "spans": [{"bstart": s, "bend": e, "kind": k} for s, e, k, _ in spans],
            })
    with open(path, "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")

    # ---- verification: re-read the file -------------------------------------
    errors = []
    kinds = Counter()
    per_cat = Counter()
    per_cat_texts = Counter()
    seen_ids = set()
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            rid = r["id"]
            if rid in seen_ids:
                errors.append(f"{rid}: duplicate id")
            seen_ids.add(rid)
            cat = re.match(r"[a-z]+", rid).group(0)
            per_cat_texts[cat] += 1
            tb = r["text"].encode("utf-8")
            if "{" in r["text"] or "}" in r["text"] or "|" in r["text"]:
                errors.append(f"{rid}: leftover markup")
            exp = expected[rid]
            if len(exp) != len(r["spans"]):
                errors.append(f"{rid}: span count mismatch")
            prev_end = -1
            for sp, (es, ee, ek, ev) in zip(r["spans"], exp):
                s, e, k = sp["bstart"], sp["bend"], sp["kind"]
                if (s, e, k) != (es, ee, ek):
                    errors.append(f"{rid}: span mismatch {sp}")
                if s < prev_end:
                    errors.append(f"{rid}: overlap/unsorted at {s}")
                prev_end = e
                try:
                    val = tb[s:e].decode("utf-8")
                except UnicodeDecodeError:
                    errors.append(f"{rid}: span {s}-{e} not on char boundary")
                    continue
                if val != ev:
                    errors.append(f"{rid}: {val!r} != {ev!r}")
                if not val or not edge_ok(k, val):
                    errors.append(f"{rid}: bad edge {val!r} ({k})")
                if k not in ABBR.values():
                    errors.append(f"{rid}: bad kind {k}")
                kinds[k] += 1
                per_cat[cat] += 1
            if cat == "neg" and r["spans"]:
                errors.append(f"{rid}: negative text has spans")
            if cat == "query" and not r["spans"]:
                errors.append(f"{rid}: PHI text has no spans")
    if errors:
        print("\n".join(errors))
        sys.exit(1)

    print(f"texts: {sum(per_cat_texts.values())}  spans: {sum(kinds.values())}")
    print("per kind:")
    for k, n in kinds.most_common():
        print(f"  {k:16s} {n}")
    print("per category (texts / spans):")
    for c in per_cat_texts:
        print(f"  {c:8s} {per_cat_texts[c]:4d} / {per_cat[c]}")
    print("OK")


if __name__ == "__main__":
    main()

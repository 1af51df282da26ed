#!/usr/bin/env python3
"""Hand-written PHI test corpus: clinician / coder / clerk queries to an AI
assistant or EHR search box, plus PHI-free hard negatives.

Inline markup {ABBR|value}; writes notes.jsonl next to this file with UTF-8
byte offsets, verifies every span, prints counts per kind.
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

TEXTS = [
# ---------------------------------------------------------------- queries
("q01", """pull labs for {N|hope garcia} dob {D|4/12/58} mrn {MRN|00482913} - last 3 bmps pls + the cbc from {D|feb 27}"""),

("q02", """draft letter to dr {N|okafor} re {N|will brennan} (dob {D|8/30/1951}), seen {D|3/14} for chf f/u. wt down 4 lb, cont lasix 40 bid, recheck bmp 1 wk, next visit at {G|St Brendan Heart & Vascular} {D|4/2}. sign as {N|tess mcallister} np"""),

("q03", """summarize pls: '{A|93} y/o F from {G|maple grove snf} admitted {D|11/19} w/ ams, ?uti. daughter {N|faith} at bedside, best # {P|(608) 555-0143}. baseline a&ox2 per {N|faith}. ua pending, cx sent'"""),

("q04", """PA for eliquis 5mg bid — pt {N|Nguyen, Thi Lan} dob {D|02/02/1947}, member ID {HP|XQH482019937}, dx afib I48.91 CHA2DS2-VASc 5, failed warfarin (labile INR, TTR 41%). fax determination to {F|1-877-555-0190} attn {N|Deb}"""),

("q05", """billing says ssn {SSN|412-55-9087} doesnt match medicare for {N|marcus delacroix-pierre}, can u check what we have? mrn {MRN|E1029384}, he was last here {D|10/5/2023}"""),

("q06", """tmrw am clinic, flag anyone overdue a1c or foot exam:
0800 {N|rose whitaker} {D|3/9/61} htn
0820 {N|king, dwayne} {D|11/23/74} dm2
0840 {N|Priya Raghunathan} {D|6/1/90} new pt
0900 {N|bishop} {D|1/17/88} (the son not the dad)
0920 {N|Olusegun Adebayo-Cole} {D|5/5/59} bp
0940 {N|hollis, june} {D|12/30/45} ?cancel
1000 {N|Marisol Quiñones} {D|8/8/83} dm2 a1c 9.1 last time
1020 {N|de vries, anneke} {D|2/2/52} med review"""),

("q07", """{N|grant} metoprolol 25 bid since {D|jan 3}, hr still 110s bp 98/60 — uptitrate or add dig? wife {N|della} says hes dizzy. cards ({N|sokolov}) not answering pages"""),

("q08", """is {N|june} still on coumadin? inr 4.2 on {D|the 9th}, dr {N|patel} wanted hold x2 doses then 2.5 daily. recheck was due {D|12/12} and i dont see it. daughter {N|paula} does her pillbox"""),

("q09", """send dc summary to pcp {N|Haruto Sato} MD {E|hsato@lakeshorefammed.org} and fax to {G|Lakeshore Family Medicine} {F|312-555-0177}, cc cards dr. {N|ibáñez} — pt {N|Gwendolyn Price}, dc'd {D|6/3}"""),

("q10", """pt called w new address: {ST|2218 N Kedzie Ave Apt 3R}, {C|Chicago} IL {Z|60647}. update chart for {N|alejandra ruiz ocampo} mrn {MRN|7734102}, new cell {P|773-555-0119}, old # {P|773-555-0888} disconnected. also parking permit plate {VEH|8BNM662} for dialysis lot"""),

("q11", """coding q: enc {D|02/11/2024} acct {AC|500392817}, attending {N|Feldman} wrote 'demand ischemia, trop 0.09->0.31' — I21.A1 type 2 MI or I24.89? no cath. second enc {D|02/14/2024} acct {AC|500394402} same issue, {N|Feldman} again"""),

("q12", """fmla paperwork for {N|mercy adjei} — employer {G|tyson foods dakota city}, leave {D|5/6/24} thru {D|6/17/24}, s/p c-section {D|5/4/24} (baby {N|kwame} in nicu). supervisor {N|kurt hanneman} needs it by {D|friday 5/10}"""),

("q13", """who is {N|page}? night note says 'd/w {N|page} re insulin gtt' on {D|10/22} at 0300 but theres no {N|page} in the directory. charge that night was {N|bernadette}"""),

("q14", """mr. {N|young} 67M back pain + 15lb wt loss, ca 11.2, spep pending. what else to send before onc referral? lives out in {C|ypsilanti} w wife {N|bev}, pcp dr {N|marsh}"""),

("q15", """bed 12 {N|abdulrahman al-sayegh} needs arabic interpreter, wife {N|fatima} keeps calling {P|313-555-0128 x204}, son {N|omar} also called. can someone update them"""),

("q16", """remote ppm check: {N|Stanislaw Wozniak}, medtronic azure xt dr sn {DEV|RNB417823H}, ra lead sn {DEV|PJN2207719V}, last interrogation {D|11/30/2023}, carelink link {URL|https://carelink.medtronic.com/clinic/patients/9981324} not loading"""),

("q17", """epic keeps kicking me out on ws {IP|10.42.118.207} ({G|northside family clinic} front desk), put the ticket under {N|kim brown} pls. also results from {IP|192.168.20.14} stopped posting ~2am, {N|marco} in IT says its the interface engine"""),

("q18", """handicap placard form: {N|lorraine o'sullivan}, dob {D|12/1/1949}, dl {LIC|S530-4417-8821-06}, severe copd on 3L, cant walk 50 ft w/o stopping. address on file {ST|19 Beech St} {C|Worcester} {Z|01605}"""),

("q19", """mvc trauma, unk pt ~30M. car plate {VEH|7KXR221} (CA) per officer {N|romero} badge {OID|4471}, case # {OID|24-018812}. other vehicle vin {VEH|2T1BURHE5JC043821}, driver {N|keisha lawton} in bay 3, her mom {N|gail} on the way"""),

("q20", """need to verify dea {LIC|BV4471823} and tx license {LIC|Q4417} for dr. {N|pieter van den berg} before i cosign his suboxone scripts, npi 1588832201"""),

("q21", """path acc {OID|S24-11873} on {N|esperanza tovar} collected {D|8/2}, still says pending?? she sees onc (dr. {N|achebe}) {D|8/9}. also her flow {OID|F24-2207} from {D|7/29} never resulted"""),

("q22", """{N|amaka} in 4 wants husband {N|chidi} called {P|404.555.0166}, if no answer her sister {N|ngozi} {P|678-555-0190}. shes headed to cath lab"""),

("q23", """write school excuse: {N|jayden brooks} seen {D|mon 4/15} for strep, may return to {G|roosevelt middle school} {D|4/17}, no PE until {D|4/22}. mom is {N|tanisha}, wants it emailed to {E|tbrooks.home@icloud.com}"""),

("q24", """ins verify: bcbs id {HP|ZGP903341776}, subscriber {N|darnell washington} (dad), pt {N|amir washington} dob {D|07/19/2016}, acct {AC|100488213}. coverage termed {D|12/31/2023}?"""),

("q25", """{N|yusuf} {A|91}yo nonverbal, wt down 12% in 3 mo, family wants hospice eval - which agency covers {CO|washtenaw county}? son {N|idris} {P|734-555-0162}, last note from dr {N|lindqvist}"""),

("q26", """{N|smith} ferritin 2023"""),

("q27", """lookup {N|wood, benjamin a} dob {D|11/11/1946} — veteran, need records from {G|hines va} (ROI fax {F|708-555-0124}), last admit there {D|march 2022}, wife {N|carol} says he had a cabg"""),

("q28", """pt lives in {C|truth or consequences} ({CO|sierra county}) w sister {N|april nez}. nearest HD unit? she does MWF 2nd shift, first chair here {D|5/19}"""),

("q29", """transfer: accepting dr. {N|okonkwo-hale} at {G|saint mary's hospital} {C|rochester}, pt {N|earl pennington} mrn {MRN|55100438}, bed pending, report to {P|507-555-0196}, send records fax {F|507-555-0197}"""),

("q30", """refill req {N|henry kowalczyk} lisinopril 20, last seen {D|sept 2023}. outside list: lisinopril (rx dr. {N|amsel} {D|3/2/2023}), atorva 40 ({N|amsel} {D|3/2/2023}), tamsulosin 0.4 (uro, dr {N|quist}, {D|11/2022}). ok to send 30d + make appt?"""),

("q31", """denials batch:
{OID|CLM-2024-0093318} {N|DOE, MARGARET} dos {D|01/08/24} CO-97
{OID|CLM-2024-0093321} {N|DOE, ROBERT} dos {D|01/08/24} CO-97
{OID|CLM-2024-0101977} {N|AKINWANDE, FOLASADE} dos {D|01/12/24} CO-16
for the co-97s is mod 25 the fix? 99214 + 20610"""),

("q32", """d/c to {G|golden meadows rehab}, {ST|1400 County Rd 12}, {C|Fairmont} MN {Z|56031} ({CO|Martin County}). report to {N|sandy} RN {P|507-555-0131} fax {F|507-555-0132}. pt {N|Arne Lindgren}, d/c {D|9/18}"""),

("q33", """letter of med necessity for power wheelchair: {N|Consuelo Bautista}, {A|90}F, ms dx 1998, edss 8.0, cannot self propel, lives {ST|4471 Via Lucero} {C|Chula Vista} {Z|91910}, medi-cal id {HP|91847263K}, f2f visit {D|10/17/24}, vendor {G|national seating & mobility}. sign {N|amara nwosu} md, ca lic {LIC|A148823}"""),

("q34", """pls pull all notes by {N|J. Achterberg} on {N|finn mcgrath} from {D|june 2023} to {D|aug 2023}, also anything from dr. {N|boateng} after {D|9/1/23}"""),

("q35", """'Pt seen with interpreter Mr. {N|Tran} (ID {OID|V-20931}). {N|Luong Van Minh} is a 72 y/o M reporting cough x3 wk, seen at {G|Asian Health Services} on {D|1/9} and given azithro. Son {N|Kevin Luong} present.' — can i bill 99215 for this"""),

("q36", """how do i find a pts portal acct? {N|gloria esposito} says she never got the activation email at {E|gloria.esp1952@yahoo.com}, dob {D|7/4/1952}. her son {N|paolo} tried {URL|https://mychart.summithealth.org/activate?code=QW7P29KD} and it says expired"""),

("q37", """{N|brown} on zosyn since tues, cx back MSSA — narrow to cefazolin? ok to do w/o ID?"""),

("q38", """crit call from {G|quest diagnostics} for {N|lamar jefferson}, k 6.8, drawn {D|4/30}, accession {OID|KQ553021R}, call back {P|800-555-0171}. ordering was {N|szabo}. pt not answering home or cell"""),

("q39", """pt {N|Ingrid Solberg} {A|96} at {G|Lutheran Home of Decorah}, daughter {N|Kari Solberg-Ness} is poa, doc dated {D|2/28/2019}. poa doc lists the ssn as {SSN|479-20-6618} — do we need to redact before scanning? {N|ingrid}'s pcp is {N|hovland}"""),

("q40", """make a timeline pls: pt {N|Ernesto Valdez}, adm {D|1/3/24} from {G|Mercy General} ED, intubated {D|1/5}, family mtg w wife {N|lupe} + daughter {N|marisela} {D|1/8}, trach {D|1/12} by dr. {N|ferreira}, peg {D|1/14}, to {G|Kindred LTACH} {D|1/22}. {N|lupe}'s cell {P|916-555-0138}"""),

("q41", """er note: pt {N|rosa} fell at work ({G|walmart dc 6094} loading dock) {D|3/3}, workers comp claim {OID|WC-883120-4}, adjuster {N|tom keegan} {P|(919) 555-0102}. what do i need in the note for wc"""),

("q42", """pts name is literally {N|Major Thompson}, allergy list says pcn but hes had amox fine (urgent care {D|feb 2021}). medicare mbi {HP|1EG4-TE5-MK73} if you need it"""),

("q43", """help me word a msg to mrs {N|kaur}: mammo {D|5/30} was birads 0, needs dx views at {G|valley imaging} {D|6/12} 10:15, she can confirm at {URL|https://mychart.valleyhealth.org/scheduling/confirm?t=8X2K9Q}"""),

("q44", """who covers dr. {N|nakamura}'s inbox {D|7/1}-{D|7/15}? {N|tariq} said ask {N|lourdes}. also call sched says {D|7/4} is {N|osei} but i think {N|osei} swapped w {N|bianchi}? and {D|7/6}-{D|7/7} shows {N|abubakar} twice"""),

("q45", """{N|caleb mercer} 9yo, tandem t:slim x2 sn {DEV|TS-01-2338791} occlusion alarms x3 overnight, bg 312, last site change {D|sun 9/15}, dad {N|ryan} {P|(615) 555-0184}"""),

("q46", """help fill death cert wksht: decedent {N|Harold Eugene Fitch}, dob {D|4/9/1931}, dod {D|11/2/2024} 0412, age {A|93}, place {G|Hospice House of Mercer County}, {C|Princeton} WV, {CO|Mercer County}, informant {N|Linda Fitch-Carr} (daughter), funeral home {G|Bailey-Kirk Funeral Home}, ssn {SSN|233-41-0967}. immediate cause? he had esrd and refused hd"""),

("q47", """wound care order {N|Hamid Karimi}, home health {G|BrightPath Home Care}, address {ST|87 Orchard Lane}, {C|Sag Harbor} NY {Z|11963} ({CO|Suffolk County}), start {D|10/14}. daughter {N|shirin} {P|(631) 555-0175}, nurse {N|bridget} mon/thu, f/u dr. {N|castellano} {D|10/28}"""),

("q48", """{N|dmitri volkov} drives a school bus, cdl {LIC|V41928873}, had a seizure 2 days ago. do i have to report to dmv in IL? hes begging me not to"""),

("q49", """turn this into sbar pls: 'rm 3 {N|kowalski} 74M chf exac on bipap, wife {N|dorota} aware. rm 5 {N|abena owusu} 31F hyperemesis 2nd bag. rm 7 {N|T. Faith} 45M r/o appy, surg (dr. {N|lindahl}) aware. rm 9 {N|leroy} etoh w/d, last drink {D|sat 6/8}, ciwa 14. rm 11 ms. {N|santos-kealoha} here since {D|6/9}, awaiting psych'"""),

("q50", """pts on amio needing tsh/lfts: {N|lee} (last {D|1/12}), {N|joy park} (last {D|8/2023}), {N|sterling} (never), {N|hale} (last {D|11/29}), {N|gus} started {D|2/5} so baseline only"""),

("q51", """auto ins claim: {N|brianna holt}, policy {AC|AZ-7738120-03}, vin {VEH|1HGCM82633A004352}, accident {D|2/14/24}, they want records {D|2/14} thru {D|3/20}"""),

("q52", """recall list overdue colonoscopy, draft a letter for each:
{N|Baptiste, Jean-Claude} dob {D|2/14/1962} last scope {D|6/2013}
{N|O'Hara, Siobhan} dob {D|9/9/1968} last scope {D|1/2014}
{N|Ramírez Soto, Luz} dob {D|4/27/1970} never
{N|Ng, Benedict} dob {D|10/31/1959} last 2012 w dr. {N|kessler}
sign from dr. {N|ama-asante}"""),

("q53", """telehealth link for {N|saanvi iyer} {D|11/8} 3pm: {URL|https://zoom.us/j/94418823301} — can u paste into her appt instructions + email to {E|saanvi.iyer88@gmail.com}. interpreter {N|ravi} gujarati"""),

("q54", """{N|Chen Wei} vs {N|Wei Chen} — 2 pts, mrns {MRN|3309811} and {MRN|3309118}, dobs {D|3/3/71} and {D|3/7/71}. DONT merge, just flag"""),

("q55", """'Ms. {N|Mwangi} is a 58 y/o G4P4 referred by Dr. {N|Esther Kamau} of {G|Kenyatta Family Clinic}, {C|Minneapolis}, for PMB. US {D|3/2} showed stripe 9mm, EMB {D|3/16} nondiagnostic.' can you make this sound more professional"""),

("q56", """{N|dolores} pulled her picc (power picc lot {DEV|REDR1930}), placed {D|11/2} by {N|jen} from vascular access, tip cx?"""),

("q57", """mrn {MRN|004417783} allergies + why is ssn {SSN|601-38-4452} on facesheet wrong"""),

("q58", """disability form (state SDI) asks for {N|Tobias Richter} ssn {SSN|538-22-1174}, employer {G|Boeing Everett}, last day worked {D|8/19/2024}, est return {D|11/1/2024}, home {ST|3312 Rucker Ave} {C|Everett} WA {Z|98201}. ok to fill all that in for him?"""),

("q59", """fwd portal msg from {E|bigjim.cavanaugh@gmail.com} sent {D|9/12} 11:48pm: '{N|jim cavanaugh} here my sugars are 300s since the prednisone, dr. {N|oyelaran} said call'"""),

("q60", """er visit {D|1/1/24} acct {AC|HB-20240101-0448}, {N|Nia Bankole}, self pay, wants payment plan, guarantor is dad {N|kofi bankole}, call {P|(202) 555-0157}"""),

("q61", """{N|bao} showing age {A|102}, dob {D|01/01/1922} — prob placeholder from registration. who fixes"""),

("q62", """ok to give {N|will} lorazepam 0.5 before mri? claustrophobic. mri {D|thurs 2/6} 0730, {N|haddad} ordered it"""),

("q63", """referral: {N|sebastián fuentes} to {G|Shriners Children's Texas} for clubfoot, appt {D|3/22/24}, medicaid {HP|518830927}, mom {N|yesenia} {P|956-555-0148}, lives {C|brownsville} ({CO|cameron county}), pcp dr. {N|garza-leal} fax {F|956-555-0149}"""),

("q64", """please draft: To whom it may concern, {N|Grace Liu} (DOB {D|09/14/1988}) is under my care at {G|Pacifica Women's Health}, {ST|2250 Geary Blvd Ste 400}, {C|San Francisco}, CA {Z|94115}. She is 32 wks, EDD {D|2/3/25}, advise no air travel after {D|Dec 20}. Questions: {P|(415) 555-0110}, fax {F|(415) 555-0111}. — {N|Hannah Lowe}, MD"""),

("q65", """specimen mislabeled: tube {OID|SP-88120374} had {N|ortiz, carmen} but req was {N|ortiz, carla}, collected {D|3/11} 0540 by {N|harris}. redraw?"""),

("q66", """locked out again, employee id {OID|E0047291}, {N|nkechi udeh}, 4 west, workstation {IP|10.8.33.190}, email {E|nudeh@stjosephhealth.org}"""),

("q67", """transport: {N|ruth abernathy} {A|98}, wheelchair van plate {VEH|ABK-4419} from {G|evergreen assisted living} arriving ~1400 {D|12/3}, nephew {N|doug} following, his # {P|(541) 555-0129}"""),

("q68", """dme order {N|patrice}—cpap resmed airsense 11 serial {DEV|23172384519}, prev rx {D|4/4/2022}, dme {G|apria} fax {F|(888) 555-0163}"""),

("q69", """vpn ip {IP|172.16.4.22}? trying to get to {URL|https://citrix.hcmc-remote.org} from home — {N|ali}"""),

("q70", """pod b has 3 pts named {N|Garcia}: {N|joseph}, {N|mary}, {N|jesus maria}. double check armbands before transfusing {N|mary}, her t&s expires {D|4/18}"""),

# ---------------------------------------------------------------- hard negatives
("neg01", """wells score cutoff for PE in 78yo on apixaban 5 mg bid, d-dimer 620 — still need CTPA? age-adjusted cutoff is age x 10 right"""),
("neg02", """los angeles grade C esophagitis on egd, ppi bid x 8 wk then repeat scope? h pylori neg, Barrett's not seen"""),
("neg03", """child-pugh B vs C with bili 2.8, alb 2.9, inr 1.9, mild ascites, no enceph — MELD-Na 19, is that transplant referral range"""),
("neg04", """difference between Smith fracture and Colles fracture, and when does a Barton fracture need ORIF"""),
("neg05", """ranson vs revised atlanta classification 2012 for pancreatitis severity — which does GI use now? BISAP 3, lipase 3x ULN"""),
("neg06", """ottawa ankle rules vs ottawa knee rules in a 15yo, and do the canadian c-spine rules apply under 16"""),
("neg07", """keppra 500 bid to 1000 bid for breakthrough sz, crcl 35, any adjustment? also on lacosamide 100 bid"""),
("neg08", """hunt and hess 3, modified fisher 4 SAH — nimodipine 60 q4h x 21 days, bp goal sbp <160?"""),
("neg09", """bishop score 5 at 39+2, cervidil or cytotec 25 mcg q4h? gbs pos, pcn allergy (hives) — cefazolin or clinda. prior baby apgars 8/9"""),
("neg10", """wolff-parkinson-white with afib, why avoid adenosine and dilt? procainamide dose 20-50 mg/min"""),
("neg11", """nyha class III hfref ef 25%, on entresto 49/51 bid, metoprolol succ 100, spironolactone 25, jardiance 10 — next step per ACC/AHA 2022? ivabradine if hr >70"""),
("neg12", """salter-harris II distal radius in 11yo, pain 7/10, grip 4/5 — how long casting? also what's a Gustilo-Anderson IIIB"""),
("neg13", """montreal classification A2 L3 B2 crohn's, start humira or skyrizi? quantiferon neg, hep B sAb pos"""),
("neg14", """duke criteria: 1 major + 3 minor = definite IE? strep gallolyticus bacteremia, so needs colonoscopy right"""),
("neg15", """GOLD 2024 group E copd on trelegy still exacerbating, eos 320 — dupixent or roflumilast first?"""),
("neg16", """lugano staging vs ann arbor for hodgkin lymphoma, and what's deauville 4 mean for escalation"""),
("neg17", """milan criteria for HCC: 1 lesion ≤5 cm or up to 3 each ≤3 cm, and how do UCSF criteria extend that"""),
("neg18", """tokyo guidelines 2018 grade II cholangitis, ercp within 24h or 48h? on zosyn 4.5 q6"""),
("neg19", """icd-10 for type 2 dm w ckd 3b on insulin: E11.22 + N18.32 + Z79.4 correct order? cpt 99214 w G2211"""),
("neg20", """san francisco syncope rule vs canadian syncope risk score, which is better validated over 65"""),
("neg21", """guillain-barré vs CIDP if sx > 8 wks? strength 3/5 prox 4/5 distal. IVIG 2 g/kg over 5 days, check IgA first?"""),
("neg22", """bethesda category IV thyroid nodule 2.3 cm, afirma or straight to lobectomy? TI-RADS 4"""),
("neg23", """kawasaki disease day 6 of fever, ivig 2 g/kg + asa 80-100 mg/kg/day, when to drop to low dose 3-5 mg/kg"""),
("neg24", """rotterdam criteria pcos needs 2 of 3, does AMH count yet? metformin 500 xr vs letrozole 2.5 for ovulation induction"""),
("neg25", """amsterdam II criteria vs revised bethesda guidelines for lynch, MSI-H on path, MLH1 loss, BRAF V600E neg"""),
("neg26", """killip class II, TIMI 4, GRACE 142 nstemi — cath within 24h? brilinta 180 load vs plavix 600"""),
("neg27", """spetzler-martin grade 3 AVM, radiosurgery vs embo? also is a Glasgow 13 'moderate' tbi or mild"""),
("neg28", """mallampati 4, stop-bang 6, bmi 44 — awake fiberoptic? sugammadex 16 mg/kg for immediate reversal after roc 1.2"""),
("neg29", """prolia 60 mg q6mo, T-score -3.1, FRAX 24%/6% — switch to zoledronic acid 5 mg? drug holiday after 10 yrs or never"""),
("neg30", """SJS from lamotrigine vs DRESS, RegiSCAR 5 — started at 25 mg qod in 2019, titrated to 200. safe to try levetiracetam 500 bid or avoid aromatic AEDs only"""),
]

MARK = re.compile(r"\{(" + "|".join(sorted(KINDS, key=len, reverse=True)) + r")\|([^{}|]*)\}")


def build(marked):
    out = bytearray()
    spans = []
    pos = 0
    for m in MARK.finditer(marked):
        out += marked[pos:m.start()].encode("utf-8")
        val = m.group(2)
        b = len(out)
        out += val.encode("utf-8")
        spans.append({"bstart": b, "bend": len(out), "kind": KINDS[m.group(1)], "_v": val})
        pos = m.end()
    out += marked[pos:].encode("utf-8")
    return out.decode("utf-8"), spans


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ids = set()
    counts = Counter()
    rows = []
    for tid, marked in TEXTS:
        assert tid not in ids, tid
        ids.add(tid)
        text, spans = build(marked)
        bad = [c for c in "{}" if c in text]
        assert not bad, (tid, "leftover markup", text)
        raw = text.encode("utf-8")
        for s in spans:
            got = raw[s["bstart"]:s["bend"]].decode("utf-8")
            assert got == s.pop("_v"), (tid, got)
            assert got == got.strip() and got, (tid, repr(got))
            counts[s["kind"]] += 1
        if tid.startswith("neg"):
            assert not spans, tid
        rows.append({"id": tid, "text": text, "spans": spans})
    with open(os.path.join(here, "notes.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"texts: {len(rows)} (negatives: {sum(1 for r in rows if not r['spans'])})")
    print(f"spans: {sum(counts.values())}")
    for k in KINDS.values():
        print(f"  {k:15s} {counts[k]}")
    missing = [k for k in KINDS.values() if counts[k] == 0]
    if missing:
        print("MISSING KINDS:", missing)
        sys.exit(1)


if __name__ == "__main__":
    main()

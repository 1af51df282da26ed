#!/usr/bin/env python3
"""Hand-labelled PHI test corpus: clinical search queries, secure chat, portal
messages, phone triage, scheduling/billing, handoffs, plus hard negatives.
Markup: {ABBR|value}. Writes notes.jsonl next to this file with UTF-8 byte offsets."""
import json, os, re, sys
from collections import Counter

KINDS = {
    "N": "NAME", "ST": "STREET_ADDRESS", "C": "CITY", "CO": "COUNTY", "Z": "ZIP",
    "G": "GEO", "D": "DATE", "A": "AGE_90_PLUS", "P": "PHONE", "F": "FAX",
    "E": "EMAIL", "SSN": "SSN", "MRN": "MRN", "HP": "HEALTH_PLAN_ID",
    "AC": "ACCOUNT_NUMBER", "LIC": "LICENSE_NUMBER", "VEH": "VEHICLE_ID",
    "DEV": "DEVICE_ID", "URL": "URL", "IP": "IP_ADDRESS", "OID": "OTHER_ID",
}

TEXTS = [
# ---------------- search / assistant queries ----------------
("q01", "pull the last 3 a1c for {N|maria gonzalez} mrn {MRN|4482913} dob {D|5/5/1980} and cc dr {N|brennan}"),
("q02", "did dr {N|okafor} see pt on {D|3/14}? cant find the note, pt is {N|sam whitcomb} mrn {MRN|2290817}"),
("q03", "show me every ed visit for {N|hope castellanos} dob {D|07/22/1961} since {D|jan 2023}, she says she was at {G|st clare's} in {C|schenectady} too"),
("q04", "inr trend for {N|will prendergast} mrn# {MRN|00734512} last 6 mo, on warfarin 5mg. wife {N|june} says he missed doses around {D|feb 9}"),
("q05", "list all pts seen by {N|grant oyelaran} np at {G|riverside family medicine} btwn {D|2/1/24} and {D|2/29/24} w dx htn"),
("q06", "find path accession {OID|S24-118832} for {N|nguyen thi lan}, collected {D|april 3} by dr. {N|hwang}, why still pending??"),
("q07", "who is pcp for {N|rose bishop} {D|10-4-1948}? lives in {C|port jervis}, daughter {N|ann marie} is hcp, phone {P|845 555 0161}"),
("q08", "pt {N|Kowalczyk, Stanisław} {A|94}yo adm {D|12/28} to 5 south from {G|Fairview Manor} — summarize last 5 progress notes pls"),
("q09", "is {N|mercy adjei}'s medicaid id {HP|NY48813027B} still active or did it lapse in {D|march 2024}"),
("q10", "pull ct chest for {N|van der berg, pieter} acc {OID|RAD-2291034} done {D|5/6/2024} at {G|Hollins Imaging Center}, compare w/ {D|nov 2022}"),
("q11", "pt {N|liu wei} ssn {SSN|412-55-8830} dob {D|1/17/1979} — why does insurance keep rejecting? member id {HP|WLP772104413}"),
("q12", "need serial for {N|april young}s icd for the recall, i think its {DEV|PJN418233S}, implanted {D|aug 2019} at {G|good samaritan} by dr. {N|feldmann}"),
("q13", "summarize {N|Bartholomew Ijeoma}'s hospital course {D|Oct 2}-{D|Oct 9}, he's {A|91}, going to {G|Cedar Hollow Rehab} tmrw"),
("q14", "allergies for {N|josé luis peña-ortiz} mrn {MRN|A00918274}? pharmacy says pcn but chart says nkda. also confirm his # {P|(347) 555-0193}"),
("q15", "which of my pts live in {CO|Delaware County} and havent had a colonoscopy? start w/ {N|Ostrowski} and {N|Mbatha}"),
# ---------------- secure chat ----------------
("chat01", "hey {N|priya} bed 9 {N|castellano} K 5.9 on repeat, still on lisinopril 20. want lokelma? his wife {N|teresa} is asking for u too"),
("chat02", "Dr {N|Asante} pls call 4 north re Mrs {N|Whitfield}, family wants update. pager 44812 or call {N|Joanne} at {P|716-555-0143 ext 2208}"),
("chat03", "fyi {N|Eleanor King} in 22B is {A|97}, daughter {N|Pam Keating} wants to talk DNR before thurs {D|6/13}. Dr. {N|Sorensen} aware"),
("chat04", "{N|marcus} the lady in 7 (mrs {N|oyelowo}) keeps asking for u, says u promised to call her son {N|tunde} at {P|(312) 555-8841}"),
("chat05", "just got call from {G|Quest Diagnostics}, critical plt 18 on {N|beatriz almeida}, specimen {OID|QX0447218}. rn {N|kayla} notified dr. {N|moss} 1342"),
("chat06", "dr {N|nakamura} ok to d/c mr {N|page} today? daughter {N|lorraine} picking up at 3, going home to {C|dunkirk}, vna is {G|Chautauqua Home Health}"),
("chat07", "heads up {N|brown} in 14 is a {A|102}yo from {G|maplewood gardens alf}, pretty confused, son {N|gerald brown} is poa {P|585.555.0192}"),
("chat08", "is {N|hope} charge tonight? need her to ok the 1:1 sitter for {N|danny mcbride}, he tried to leave twice. {N|will} from security is here"),
("chat09", "pt {N|ibrahim diallo} eloped ~2200 in blue hoodie, security notified, drives gray honda plate {VEH|KDR-4471}. last known addr {ST|33 Orchard St}, {C|Newburgh} {Z|12550}"),
("chat10", "sister {N|mary agnes} is up on 6 for mr {N|dubois}, family ({N|claudette}, {N|rené}) requested last rites. they hope to be here by 5"),
# ---------------- patient portal ----------------
("portal01", "Hi Dr {N|Brennan}, this is {N|Gloria Esperanza Ruiz} (dob {D|9/30/1958}). I moved so please update my address: {ST|118 Larkspur Ln Apt 4}, {C|Hemet}, CA {Z|92543}. New cell is {P|951-555-0187}. Thank you!"),
("portal02", "hello i am writing for my father {N|Kwame Mensah-Bonsu} he is {A|92} and his bp meds make him dizzy since last {D|tuesday the 9th}. can dr {N|alvarez} call me ({N|Efua}) at {P|(718) 555-3390}. he lives with me at {ST|2417 Ocean Ave}, {C|Brooklyn} {Z|11229}"),
("portal03", "Dr {N|Chen}, I got a bill for my visit on {D|January 8th} but it should have gone to insurance, member # {HP|ZXB449201788}. account number on the bill is {AC|100382745}. can someone fix this?? my number is {P|585-555-0114}. - {N|Harold Grant}"),
("portal04", "Good morning. I need a note for my job at {G|Tractor Supply} in {C|Glens Falls} saying I was seen {D|4/22} and {D|4/23}. My supervisor is {N|Dale Wojcik}, fax {F|518-555-0176}. Thanks, {N|Tamika Faith Jones}"),
("portal05", "my daughter {N|Aaliyah} (dob {D|06/05/2017}) needs her school form for {G|Roosevelt Elementary} signed by {D|Aug 30}. can i pick it up or will u fax it to the nurse mrs. {N|delgado} {F|(914) 555-0150}? {N|Keisha Washington}"),
("portal06", "Hi im trying to log in but it says my account is locked. my username is {E|rjpatel1971@yahoo.com}. {N|Rajesh Patel}, dob {D|2/2/1971}, mrn {MRN|60044312}. please call {P|+1 (609) 555-0128}"),
("portal07", "To whom it may concern, my mother {N|Wilhelmina de Vries} passed away on {D|May 2, 2024} at {G|Saint Anthony's Hospice} in {C|Kingston}. Please cancel her appointment on {D|5/15} with Dr {N|Ochoa}. - {N|Margriet de Vries-Hall}"),
("portal08", "can i get a refill on metformin 1000 mg sent to the {G|Walgreens} in {C|Schenectady}? rx # {OID|6120887}. my new insurance id is {HP|MVP-00418862-01}. {N|Luis Ybarra} {D|3/3/1966}"),
("portal09", "Dr {N|Oduya} is it ok for me to fly to {C|Lagos} on the {D|19th of July}? I had my knee replaced {D|6/20} at {G|Northside Ortho Surgery Center}. My brother {N|Emeka} can travel with me. {N|Chinedu Okafor}"),
("portal10", "this is {N|Bill Young} about my wife {N|Rosemary Young} mrn {MRN|55012984}. her visiting nurse {N|Kathy} from {G|Hudson Valley Home Care} said to message you about the wound on her heel. photos here {URL|https://photos.app.goo.gl/x7Yq2RmLp4Kd}. we live at {ST|61 Mill Pond Rd}, {C|Red Hook}"),
# ---------------- phone triage ----------------
("tri01", "TC from pt {N|Lorenzo Bianchi} ({D|4/9/1956}) cb# {P|845-555-0134}. c/o CP x2h radiating L arm, hx htn/hld. advised 911 now, pt agreed. notified Dr {N|Shapiro} 1412. -{N|K. Mahoney} RN"),
("tri02", "phone note {D|11/17/23} 0915: mom {N|Yesenia Morales} calling re {N|Mateo} (2yo) fever 102.8 x 2 days, tylenol q6. no rash, wet diapers ok. appt w/ dr {N|abiodun} today 1:40. callback {P|(559) 555-2281}"),
("tri03", "Pt's son {N|Vikram Iyer} called - father {N|Subramanian Iyer} {A|90}M fell at {G|Brookdale Senior Living} last night, no LOC, on eliquis. Advised ED eval at {G|Ellis Hospital}. Son's # {P|518 555 0199}, he is at work at {G|GE Vernova} until 5"),
("tri04", "triage: mrs {N|o'hara} ({N|Bridget}) called, ran out of lasix, wt up 4 lb since {D|Monday the 3rd}, mild SOB. rx sent to {G|CVS} {C|Oneonta}, ph {P|607-555-0110}. will call her back tmrw. -{N|tess b.}"),
("tri05", "after hrs call {D|12/24} 2330: {N|Joaquin Reyes} reports BG 412, shaky, has glargine 20u. advised check ketones, ED if mod/large. lives out in {CO|Sullivan County}, ~40 min to ED. on-call Dr. {N|Adebayo-Clarke} notified"),
("tri06", "vm from {N|Bernadette Mbeki}, dob {D|8/8/1944}, wants results of her mammo from {G|Women's Imaging of Saratoga}, done {D|9/27}. cb {P|518-555-0163} after 4pm only"),
("tri07", "nurse line: caller {N|Grant Holloway} asking if his {A|99} yo grandmother {N|Ida Holloway} can get rsv vaccine at home, she is at {ST|9 Juniper Way}, {C|Lake Placid} {Z|12946}. his email {E|grant.holloway@icloud.com}"),
("tri08", "returned call to {N|Shanice Brown} x2, no answer, lvm to call back {P|(585) 555-0107}. re: positive result, accession {OID|MC2411-08823}, collected {D|11/4}. will try again {D|11/8}"),
# ---------------- scheduling ----------------
("sched01", "pls move {N|Abdullah Qureshi} from {D|7/2} 10:30 to {D|7/9} any time, he's traveling to {C|Karachi}. cell {P|(201) 555-0146}, mrn {MRN|4417720}"),
("sched02", "dr {N|ekwueme} is out {D|8/12}-{D|8/16}, need to r/s her 22 pts incl {N|Margaret Fairweather} (new pt, ref from {G|Canandaigua Family Practice}, ph {P|585-555-0131})"),
("sched03", "new referral by fax from {F|(716) 555-0148}: pt {N|Hyun-woo Park} dob {D|1991-03-14} mrn {MRN|880021455}, ref dx afib, referring Dr {N|Min-jung Seo} at {G|Lockport Medical Group}. sched w/ ep in 2-3 wks"),
("sched04", "interpreter needed (haitian creole) for {N|Jean-Baptiste Louissaint} appt wed {D|10/16} 2pm. contact niece {N|Mirlande} {P|347-555-0122} or {E|mirlande.l@gmail.com}"),
("sched05", "Mr {N|Young} called to cancel {D|June 4} appt, will r/s when back from {C|Myrtle Beach}. NOTE: {N|Young, Walter} is not {N|Young, Wallace} - both dob {D|2/12/1941}, check mrn {MRN|3008815} vs {MRN|3008851}"),
("sched06", "block {D|9/3} am for Dr {N|Van Houten}'s procedures at {G|Oak Ridge ASC}, first case {N|Hattie Sims} case #{OID|ASC-24-00731}, anesthesia dr. {N|ferreira}"),
# ---------------- billing ----------------
("bill01", "claim {OID|CLM7720045511} for {N|Olusegun Bamidele} dos {D|2/19/2024} denied, member id {HP|UHC903318872}, acct {AC|4410029371}. resubmit w/ mod 25, ref dr. {N|kapoor} npi on file"),
("bill02", "pt {N|Diane Kaczmarek} disputing charge on acct {AC|88120473}, says she paid at {G|WellNow Urgent Care} on {D|3/30}, receipt # {OID|WN-558213}. left # {P|(315) 555-0147}"),
("bill03", "self pay pt {N|Tran Van Minh} wants payment plan, bal $1,240. addr {ST|77 Division St Apt 2R}, {C|Amsterdam} {Z|12010}. ssn on file {SSN|078-11-4432} but he says thats wrong, correct one {SSN|078 11 4423}"),
("bill04", "workers comp case {OID|WC-2023-119845} for {N|Raymond Pierce}, injured {D|10/30/2023} at {G|Dolan Brothers Roofing}, adjuster {N|Tara Lindgren} {P|800-555-0166 x314}, {E|tlindgren@statefundins.com}"),
("bill05", "wrong pt on statement - {N|Maria Gonzalez} ({D|5/5/1980}) got bill for {N|Maria Gonzales} ({D|5/15/1980}). pls split accts {AC|30029184} / {AC|30029817}"),
("bill06", "prior auth for humira 40mg q2wk for {N|Caleb Strickland}, plan id {HP|BCBS-XKF882014903}, auth ref {OID|PA24-5518201}, fax back to {F|1-866-555-0199} attn {N|Rhonda}"),
# ---------------- handoff ----------------
("ho01", "bed 4 {N|Agnieszka Nowak} 67F POD1 lap chole, pain ok, ambulating, d/c am if tol diet. husband {N|Piotr} {P|315-555-0190}, they live in {C|Utica}"),
("ho02", "Mr {N|King} 88M (NOT the {A|95}yo {N|Kingsley} in 12!!) NPO after mn for egd {D|3/22}, hgb 7.2 -> 1u prbc, recheck 0400"),
("ho03", "rm 503 {N|Okonjo, Adaeze} 16F - sickle cell crisis, PCA dilaudid, mom {N|Ngozi} at bedside. school ({G|Bishop Ludden High}) called re absence, told them we cant give info"),
("ho04", "SBAR: {N|Hollis Faircloth} {A|93}F from {G|Pine Haven Nursing Home}, uti -> sepsis, on zosyn. DNR/DNI per MOLST dated {D|1/4/2022}. contact niece {N|Bonnie Faircloth-Meyers} {P|(607) 555-0139}"),
("ho05", "ICU to stepdown: {N|Rashid Mahmoud}, MRN {MRN|7730441}, extubated {D|10/3}, 2L NC. wife {N|Layla} speaks arabic only, use interpreter. attending tmrw dr {N|strauss}"),
("ho06", "nights: {N|dwayne jackson} rm 7 pulled iv again, sitter req sent. daughter {N|april} wants a call if anything changes {P|585-555-0175}. his dog is w/ neighbor mrs {N|rose}"),
# ---------------- misc: security, credentialing, dme, sw ----------------
("it01", "privacy alert: {N|Jennifer Amankwah} (badge {OID|EMP-20417}) opened chart of {N|Terrence Wilkes} mrn {MRN|6608821} from {IP|10.42.18.233} on {D|2/11/2024} 02:14, not on care team"),
("it02", "portal sign-in from unusual ip {IP|185.220.101.47} for {E|bwhite.mercy@outlook.com}, acct holder {N|Barbara White}, locked acct and called her at {P|(914) 555-0108}"),
("misc01", "cred: Dr {N|Femi Adeyemi} NY lic {LIC|298114}, DEA {LIC|FA4928371}, starts {D|Sept 1} at {G|Kingston Community Health Center}, cv at {URL|www.femiadeyemi-md.com}"),
("misc02", "police (officer {N|Delgado}, badge {OID|4471}) requesting BAC on MVC driver {N|Luca Moretti}, vehicle VIN {VEH|1HGCM82633A004352}. need warrant or pt consent - ask Dr. {N|Whitaker}"),
("misc03", "dme: cpap for {N|Harold Bishop} serial {DEV|J0024-88731}, supplier {G|Apria} {P|800-555-0121}, compliance download due {D|12/1}, pt's email {E|hbishop@frontiernet.net}"),
("misc04", "SW: pt {N|Antoine Baptiste} homeless, last addr {ST|15 Clinton Ave S}, {C|Rochester} {Z|14604}, medicaid app #{OID|MA-77301928} pending. shelter bed at {G|House of Mercy} confirmed for {D|11/20}"),
("misc05", "ob: {N|Marisol Quintero} G3P2 @ 38+2, edd {D|7/30/2024}, delivering at {G|Bassett Medical Center}, partner {N|Héctor} {P|607-555-0172}, doula {N|Faith Amoako}"),
# ---------------- hard negatives (no PHI) ----------------
("neg01", "pt w/ parkinson's on carbidopa-levodopa 25/100 tid, moca 24/30, 78yo. will f/u in 2 wks, hope to d/c tmrw from 4 west"),
("neg02", "whats the wells score cutoff for pe vs just using perc in a 52 yo w/ hx dvt in 2019? d-dimer 0.62"),
("neg03", "Bishop score 9, Apgars 8 and 9 at 1 and 5 min, 39+4 wks, delivered 0314, EBL 350 mL. Baby to mother-baby on 3 East, not NICU."),
("neg04", "foley d/c'd 0600, voided 250 at 1030. Will bladder scan q6h x 24h. Troponin rose from 0.02 to 0.09, repeat at 1400. Page the resident if >0.1."),
("neg05", "can you grant me access to the sepsis dashboard in epic? my role changed to charge rn on 6 north in 2023 but access never got updated"),
("neg06", "ottawa ankle rules neg, san francisco syncope rule neg, canadian c-spine rule applied, pt 45F, ok to d/c w/ pcp f/u 1 wk"),
("neg07", "Los Angeles grade C esophagitis on EGD, no Barrett's seen. Start pantoprazole 40 bid x 8 wks, repeat EGD in 3 mo. H. pylori bx pending."),
("neg08", "Child-Pugh B, MELD-Na 18, ascites on spironolactone 100 / furosemide 40, para 2x/mo. Hope we can get TIPS eval. May need albumin 25% w/ next para."),
("neg09", "GBS (Guillain-Barré) vs CIDP? NIF -28, FVC 1.6 L, IVIG 2 g/kg over 5d started. ICU consult placed, sats low 90s on 2L."),
("neg10", "sjögren's w/ raynaud's, on hydroxychloroquine 200 bid, last eye exam 2022 ok, SSA+/SSB+. 62yo, hashimoto's on levothyroxine 88 mcg."),
("neg11", "does the acc/aha hf guideline say start dapagliflozin 10 mg in hfref ef 30%? she's 84, egfr 38, k 4.9 (DAPA-HF excluded egfr <30, EMPEROR-Reduced <20)"),
("neg12", "Code blue 5 South rm 512 at 0247, ROSC after 2 rounds, epi x2, amio 300. GCS 6, intubated, to MICU bed 14. Wolff-Parkinson-White on prior ECG."),
("neg13", "young pt, brown sputum, klebsiella pneumoniae in cx, R to ampicillin, S to ceftriaxone. kingella neg. will narrow to ceftriaxone 2g q24, 7 day course."),
("neg14", "major bleed protocol activated 1915, 1:1:1 ratio, TXA 1 g. INR 3.2 on warfarin -> kcentra 50 u/kg + vit K 10 mg IV. Hgb 6.1."),
("neg15", "wood's lamp neg, tinea versicolor vs pityriasis rosea (herald patch?). rx ketoconazole 2% shampoo, f/u prn. Grade 2 per Hurley? no, not HS."),
("neg16", "billing q: is 99215 w/ mod 25 + 20610 ok same day? dx M17.11, E11.65. NPI 1679543210 on claim. does the 2024 cpt manual allow it?"),
("neg17", "portal reply template: Hi, your results are back and look normal. Please call the office if you have questions. We hope you feel better soon!"),
("neg18", "pt 89yo on 7 West, CAM-ICU pos, haldol 0.5 mg x1 at 2200. Murphy's sign neg, McBurney's point nontender. Will watch overnight, may need sitter."),
("neg19", "epic downtime 0200-0400 sat for upgrade to 2024.1.2, use paper MAR and downtime forms on 3 north / 3 south, BCA pcs are in the med rooms"),
("neg20", "seattle hf model 1-yr mortality 12%, kccq 45, nyha iii. swan-ganz: CO 3.1, CI 1.8, PCWP 28. impella cp vs more diuresis? Frank-Starling says..."),
("neg21", "rsv vaccine (arexvy) for adults 60+: can it be given with flu and covid boosters? pt is 71, has copd gold 3, on trelegy. hope so, saves a visit"),
("neg22", "ED board: 4 pts in waiting rm > 3h, 2 boarders on 4 West, 1 psych hold. ESI 2 chest pain in triage bay 3 at 1422, HEART score 5, TIMI 2."),
]

PAT = re.compile(r"\{(" + "|".join(sorted(KINDS, key=len, reverse=True)) + r")\|([^{}|]*)\}")


def build(marked):
    out = bytearray()
    spans, values = [], []
    pos = 0
    for m in PAT.finditer(marked):
        out += marked[pos:m.start()].encode("utf-8")
        val = m.group(2)
        b = len(out)
        out += val.encode("utf-8")
        spans.append({"bstart": b, "bend": len(out), "kind": KINDS[m.group(1)]})
        values.append(val)
        pos = m.end()
    out += marked[pos:].encode("utf-8")
    text = out.decode("utf-8")
    return text, spans, values


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ids = [i for i, _ in TEXTS]
    assert len(ids) == len(set(ids)), "duplicate ids"
    counts = Counter()
    rows = []
    for tid, marked in TEXTS:
        text, spans, values = build(marked)
        assert "{" not in text and "}" not in text, f"unparsed markup in {tid}: {text}"
        raw = text.encode("utf-8")
        for s, v in zip(spans, values):
            got = raw[s["bstart"]:s["bend"]].decode("utf-8")
            assert got == v, f"{tid}: span mismatch {got!r} != {v!r}"
            assert v == v.strip() and v, f"{tid}: bad span value {v!r}"
            counts[s["kind"]] += 1
        if tid.startswith("neg"):
            assert not spans, f"{tid}: hard negative has spans"
        else:
            assert spans, f"{tid}: PHI text without spans"
        rows.append({"id": tid, "text": text, "spans": spans})
    with open(os.path.join(here, "notes.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    neg = sum(1 for r in rows if not r["spans"])
    print(f"texts: {len(rows)} (hard negatives: {neg})")
    print(f"spans: {sum(counts.values())}")
    for k in KINDS.values():
        print(f"  {k:15s} {counts.get(k, 0)}")


if __name__ == "__main__":
    main()

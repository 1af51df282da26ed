#!/usr/bin/env python3
"""Hand-written PHI test corpus: search-box queries, assistant prompts and short
free-text fields (order comments, RFV, flowsheet comments, bed board, sticky notes).
Inline markup {ABBR|value}; writes notes.jsonl with UTF-8 byte offsets."""
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
# ---- search-box / assistant queries --------------------------------------
("q01", "pull all notes on {N|hope reyes} dob {D|4/17/52} mrn {MRN|00482113} last 6 mo, pcp dr {N|ansari}"),
("q02", "did {N|grant} in 14b get his lovenox this am?? wife {N|faith} asking, her cell {P|(555) 301-8842}"),
("q03", "summarize ed visits for {N|will okafor} since {D|jan 3rd}, esp the fall at {G|riverside manor} - ems run {OID|R24-00981}"),
("q04", "pt {N|rose king} {A|94}yo from {G|maple grove snf} - what were her baseline creat values"),
("q05", "list diabetics in zip {Z|02139} or {Z|02141} w a1c >9 seen by dr {N|bishop} or dr {N|faye lindqvist} in {D|march 2023}"),
("q06", "fax # for {G|st agnes cardiology}?? tried {F|410 555 0192} and it bounced, their front desk {N|tonya} said try {F|410-555-0199}"),
("q07", "claim {OID|CLM2023-0098812} denied for {N|page, june m} member id {HP|XGH884120331} - need mod 25 on the 99214?"),
("q08", "is mr {N|young}s daughter {N|april} the hcp? number on file {P|555.442.9017} goes to vm, other dtr {N|joanne} {P|555.442.6630}"),
("q09", "pt says she lives w nephew {N|kwame asante} at {ST|1182 old mill rd} {C|chillicothe} {Z|45601}, needs hh referral, his # {P|740-555-2187}"),
("q10", "what dose of vanc did {N|mercy adeyemi} get on {D|11/02} and was a trough drawn, pharmd {N|ellis} says {D|11/3} level was 22"),
("q11", "email for dr {N|nguyen thi lan}? is it {E|lan.nguyen@valleyhealth.org} or the old one"),
("q12", "billing says ssn {SSN|412-55-0913} doesnt match for {N|DeShawn Grant}, who do i ask"),
("q13", "portal login issue - pt {N|amir haddad} acct {AC|40021887-3} cant see results from {D|sept 12}, his email {E|a.haddad@outlook.com}"),
("q14", "has anyone called {CO|Hidalgo County} aps about {N|Esperanza Ruiz}? case {OID|APS-22-18834}, worker {N|Benito Garza} {P|956-555-4021}"),
("q15", "find path report specimen {OID|S23-44817} for {N|chen, wei} - onc wants it b4 tumor board"),
("q16", "license # for dr {N|adebayo} shows expired in credentialing?? {LIC|MD.0498812}, dea {LIC|BA4412987}"),
("q17", "who is the pcp for baby boy {N|lopez}? mom {N|yesenia lopez} dob {D|12-9-1998}, delivered {D|6/11} at {G|Women's Pavilion}"),
("q18", "pt {N|hong mei} {A|92}y needs cantonese interpreter, grandson {N|kevin} says email him {E|kevinhong88@gmail.com}"),
("q19", "did dr {N|may} sign the {D|may 4} consult on {N|august reed} or is it still pended, {N|august}s wife {N|dinah} keeps calling"),
("q20", "mrn {MRN|A00938812} vs {MRN|A00938821} dup chart? both {N|Joy Mensah}, same dob {D|03/30/1971}"),
("q21", "find notes mentioning {N|ivy sterling} and {G|jefferson high school} - possible concussion cluster w {N|brooks} and {N|carter m.}"),
("q22", "dob {D|2/29/32} - is {N|Hyun-woo Park} {A|92} or {A|91}? chart header says {A|91}"),
("q23", "is there a note from dr {N|Lungu} re {N|Florin}s bx, accession {OID|SP-24-00712}"),
("q24", "{N|lily}s mom called again, says {N|lily} has had fever 102 since {D|thurs the 9th}, triage?"),
("q25", "pull labs for {N|angel torres} {D|dec 2022} thru {D|feb 2023}, mainly lfts, outside ones from {G|Quest - Pueblo West}"),
("q26", "draft letter to mr {N|Abdullah Al-Rashid} at {ST|7 Cedar Ct} {C|Dearborn} {Z|48126} re 3 missed appts, keep it kind"),
("q27", "who is '{N|Chip}' in the sw note? pts roommate at {G|Harbor House}? or her ex {N|Charles Whitt}"),
("q28", "ssn lookup {SSN|078 05 1120} returns 2 pts - {N|Joseph King} and {N|Joe King Jr}, merge?"),
("q29", "page dr {N|o'neill} re baby girl {N|Castillo} bili 14.2 at 36h"),
("q30", "who is hcp for {N|otto von schmidt}? notes say nephew {N|Friedrich} but poa form says {N|Ingrid Baumann}"),
("q31", "when is {N|Dawn}s next remicade, she called {P|555 712 0094} twice, infusion rn {N|Marisol} off till {D|the 20th}"),
("q32", "is it ok to email pt {N|sam} at {E|sam.ortiz77@yahoo.com} re portal or is that a hipaa thing"),
("q33", "chaplain {N|Ignatius} note from {D|1/8} - cant find it under spiritual care, pt {N|Benedict Osei} mrn {MRN|3300718}"),
("q34", "de-id this pls: {N|Olu Bankole}, {A|93}, {ST|55 Jubilee Rd}, {C|Ibadan}, visiting son in {C|Houston} {Z|77084}"),
("q35", "what was mrs {N|wood}s inr on {D|the 14th}? coumadin clinic {G|Eastside Anticoag} needs it, fax {F|555-201-7740}, pt {N|Ruth Ann Wood}"),
("q36", "show me all encounters for {N|Zoë Achterberg} at {G|Ridgeview Medical Center} {D|2021-05-01} to {D|2021-09-30}"),
("q37", "pt {N|José Muñoz} from {C|Guadalajara}, here on visa, no ins - charity care app # {OID|FA-031877}?"),
("q38", "what tests did {N|Małgorzata Wiśniewska} have in {C|Kraków} before transfer? daughter {N|Kasia} has cd"),
("q39", "coder: acct {AC|7700219934} {N|HARRIS, WILL} dos {D|06/03/2023} op note missing, surgeon {N|Levin}"),
("q40", "ask ai: summarize {N|Precious Dlamini}'s last 3 nephrology notes, she's at {G|DaVita Northgate} mwf"),
("q41", "find {N|Kenji Watanabe} - may be under {N|Ken Watanabe}, dob {D|10/21/48}, lives {C|Torrance} {Z|90503}, wife {N|Aiko}"),
("q42", "pt {N|Summer Hill} lives {ST|418 Hill St} {C|Athens} {Z|30601} - need hh agency phone"),
("q43", "did rev {N|bishop}s wife {N|Grace} ever get a fu appt after the {D|oct 30} echo at {G|Clearwater Heart}"),
("q44", "medicare mbi for {N|Harold Finch}? card says {HP|1EG4-TE5-MK72}, system rejects, secondary AARP {HP|00418827-11}"),
("q45", "whats dr {N|King}s cell, need to ask about {N|Marcus Bell} before 5. i have {P|555-0139} but thats the office"),
("q46", "remote access blocked from {IP|10.44.118.207} for {N|s. okonkwo}, badge {OID|44812-B}, pls reset"),
("q47", "audit req: who opened mrn {MRN|2209184} on {D|3/3/24}? access from {IP|172.16.40.9}, user {OID|jdoe4}"),
("q48", "pt {N|grace whitaker} says her records posted at {URL|facebook.com/grace.whitaker.1954} - who handles this, she lives {C|Lubbock}"),
("q49", "link pt sent for outside imaging {URL|https://share.pinecrestimg.com/v/8841-KQ2}, cant open, pt {N|Ahmed Siddiqui} dob {D|1/5/77}"),
("q50", "what hospital is closest to {ST|Rt 9 box 114} {C|Wardensville}? {CO|Hardy County} ems asking"),

# ---- order comments ----------------------------------------------------
("oc01", "pls call dr {N|wood} pgr 4471 w/ results. pt {N|rajesh iyer} mrn {MRN|7719023} dob {D|8/8/61}"),
("oc02", "pacemaker interrogation - device sn {DEV|PJN448120S}, rep {N|kyle} {P|555-610-2294} will be here 1400 wed {D|3/6}"),
("oc03", "home o2 to {ST|22 Birchwood Ln, Apt 3}, {C|Scranton}, {Z|18505}; sister {N|Carol} will receive delivery"),
("oc04", "send d/c summary to {G|Guthrie clinic} {F|(570) 555-8841} attn {N|Brenda}"),
("oc05", "STAT CT head, pt on eliquis. ordered by {N|Patel, Anjali} per dr {N|Grant}. pt {N|Ebony Sanders} {A|91}F fall at {G|Brookdale Lakeview}"),
("oc06", "fax H&P to {G|Willow Creek Hospice} {F|208-555-7713}, ref {OID|HSP-88201}"),
("oc07", "transport {N|Nguyen Van Hai} to {G|Moores Cancer Center} Tue {D|8/13} 0730, pickup {ST|3411 El Cajon Blvd #22}"),
("oc08", "DME walker. deliver to daughter {N|Ngozi Eze} {ST|904 W Sumner Ave} {C|Spokane} {Z|99204}, ph {P|509 555 3318}"),
("oc09", "insulin pump sn {DEV|OM1-7720-4489} alarming, pt {N|Tamika} cannot reach vendor - pharmacy pls assist, mom {N|Latrice} {P|555 623 9018}"),
("oc10", "outside records req from {G|Baptist Memorial - Golden Triangle}, auth # {OID|PA7731902}, ins id {HP|ZQJ 449 01 7723}"),

# ---- reasons for visit -------------------------------------------------
("rfv01", "f/u knee, referred by dr {N|brown}s office {G|lakeside ortho}, inj done {D|9/19}"),
("rfv02", "MVA - driver, plate {VEH|7KDL392} per ems, coming from {C|bakersfield}, passenger {N|Dario Fuentes} to {G|Kern Medical}"),
("rfv03", "rash x3d, sent by school nurse mrs {N|dunn} at {G|Westview Elementary}, dad {N|Pete Yoder} {P|555-884-0712}"),
("rfv04", "work inj at {G|Tyson plant} in {C|Noel}, supervisor {N|Gary Hale} w/ pt, wc claim {OID|WC-5518230}"),
("rfv05", "{A|99} y/o here for flu shot, accompanied by great-granddaughter {N|Aaliyah}, lives {G|Shady Pines} in {C|Kissimmee}"),
("rfv06", "wants 2nd opinion, seen at {G|Mayo Rochester} {D|Aug 2022} by dr {N|Halvorsen}"),
("rfv07", "dog bite L hand, neighbors dog, owner {N|Rusty Cobb} {ST|16 Larkspur Way}, {C|Boise}. animal ctrl case {OID|AC-24-3312}"),

# ---- nursing flowsheet comments ---------------------------------------
("fs01", "dtr {N|maria elena} at bedside, pt oriented x2, asking for fr {N|dominic} from {G|St Casimir}"),
("fs02", "pt's husband {N|bill} left # {P|555-883-1920} wants call before 2100 if any change, pt {N|Noreen} aware"),
("fs03", "family at bs: wife {N|Dolores}, son {N|Ray Jr}, neighbor mr {N|Patel}. pt calm"),
("fs04", "0300 pt calling out for '{N|Harold}' (late husband per dtr {N|Sue}), reoriented. {A|93} y/o, sitter {N|Kiara} at bs"),
("fs05", "pt states 'my boy {N|Junior} took my wallet', sw {N|Rosa Delgado} notified, security rpt {OID|IR-20240117-06}"),
("fs06", "wound vac {DEV|KCI-VAC-20418833} changed, pt tol well. wife {N|June} taught, next change Fri {D|1/19}"),
("fs07", "pt refused am meds, says only wants to talk to dr {N|Okafor-Bright}. charge rn {N|Wren} aware, {N|Hollis} (son) called"),

# ---- bed board lines ----------------------------------------------------
("bb01", "12W-04 | {N|KOWALSKI, S} | {A|91}F | hip fx NPO p 2300 | dr {N|major} | from {G|Oak Hollow ALF}"),
("bb02", "ED 7 | {N|O'SULLIVAN, BRIGID} | {A|97} | CHF | dispo {G|St. Brendan's Home} | niece {N|Maeve} {P|555 330 1268}"),
("bb03", "4N-12A {N|BROWN, MERCY} {A|90}F cdiff iso, son {N|Tyrone} POA"),
("bb04", "OB3 {N|NGUYEN T} G2P1 39wk, FOB {N|Minh} ph {P|555-290-4471}, edd {D|4/02}"),
("bb05", "5S-22 {N|DE LA CRUZ, ANGEL} 44M pending bed from {G|Sierra Vista SNF}, arr ~1600 {D|11/27}"),

# ---- sticky notes / care manager ---------------------------------------
("sn01", "call back {N|linda} dtr of rm 3 {P|555-0187} after 4, re her dad {N|Walt}"),
("sn02", "{N|Faith} - remind dr {N|Wood} re mr {N|Summers} PA for humira, ins id {HP|W2284019955}"),
("sn03", "{N|Sunny} from {G|Banner Desert} transplant {P|480-555-0134 ext 221} - re {N|Kofi}"),
("sn04", "son's truck plate {VEH|8HJK221} blocking amb bay again, security {N|Luis} notified, son is {N|Trey Pruitt}"),
("sn05", "{N|bobby} - pt {N|Reggie Long} dl {LIC|D3348-2219-0081} copied for ID, scan to chart"),
("cm01", "mrs {N|van der berg} d/c to {G|heritage oaks rehab} {D|2/14}, son {N|pieter} drives her, {P|555 218 7730}"),
("cm02", "spoke w pastor {N|Cole} from {G|Mt Zion AME}, will help w rides to dialysis at {G|Fresenius Ridge Ave} for {N|Odessa Freeman} starting {D|Monday the 3rd}"),
("cm03", "dtr {N|Precious} wants records to {ST|PO Box 1123} {C|Gallup} {Z|87305}, faxed roi to {F|505-555-2210}"),
("cm04", "pt lives rural {CO|Greenbrier County}, nearest er {G|Greenbrier Valley Medical Center}, no car since {D|July 2023}, neighbor {N|Dwight} checks"),
("cm05", "pts aunt {N|Chiamaka} interpreting (igbo) - ok per policy? pt {N|Ifeoma Nwosu} declined phone interp, husband {N|Emeka} at work at {G|Amazon DFW7}"),
("cm06", "f/u call {D|4/2}: Mr {N|Abernathy} {A|96} doing ok, niece {N|Tess} checking daily, meals on wheels started"),
("cm07", "research: participant {OID|P-118} ({N|K. Haddad}) missed v3 {D|5/22}, rescheduled {D|6/5}, coord {N|Aisha B.}"),
("cm08", "cohort pull - exclude subj {OID|SUBJ-0412} ({N|D. Popescu}) withdrew consent {D|2022-08-30}, and {OID|SUBJ-0519} lost to fu after {D|2023-01-12}"),
("cm09", "pts car {VEH|1HGCM82633A004352} towed from {G|Mercy West} garage, son {N|Devon} asking which lot"),
("cm10", "medicaid {HP|91557203H} pending, {N|Teodoro}s wife {N|Luz} to bring docs to {ST|2100 S Main St suite 4}"),

# ---- hard negatives -----------------------------------------------------
("neg01", "pt w/ hx parkinson's on sinemet 25/100 tid, morse fall score 45, ht 5'7\""),
("neg02", "does bishop score >8 favor induction or should we start cytotec 25 mcg"),
("neg03", "child-pugh b, meld 18, on lactulose 20 g bid + rifaximin 550 bid"),
("neg04", "apgar 8/9, ballard 38 wk, wt 3.2 kg, no NICU needs"),
("neg05", "wells score 4.5, d-dimer 0.8, ct pe ordered 1430"),
("neg06", "LA grade C esophagitis on egd, start pantoprazole 40 bid x8wk"),
("neg07", "NYHA class III, EF 30%, on entresto 49/51 and jardiance 10"),
("neg08", "gleason 3+4=7, psa 6.2 in 2019, now 9.8"),
("neg09", "baker's cyst vs dvt? wood's lamp neg for tinea"),
("neg10", "kernig and brudzinski neg, gcs 15, no photophobia"),
("neg11", "hashimoto's, tsh 7.1 on levothyroxine 88 mcg, recheck 6 wk"),
("neg12", "cushing vs addison w/u - am cortisol 3.1, acth stim pending"),
("neg13", "epic 2023.1 downtime 0200-0400, use paper mar"),
("neg14", "bed 12B clean, rdy for admit, rm 4410 needs tv fixed"),
("neg15", "page resident pgr 31207 re K 5.9, ekg peaked t's"),
("neg16", "ESBL E. coli in urine, klebsiella in sputum, ertapenem 1 g q24"),
("neg17", "icd-10 I50.23 vs I50.33? cpt 99223, loinc 2160-0 for creat"),
("neg18", "rapid response 0415, MEWS 6, sbp 82, 2L NS bolus"),
("neg19", "BRCA1 c.68_69delAG carrier, refer genetics"),
("neg20", "ottawa ankle rules neg, no xray needed, RICE + ibuprofen 600"),
("neg21", "modified duke criteria 2 major, TEE pending, cefazolin 2 g q8"),
("neg22", "mallampati 3, ASA III, 72 yo M, difficult airway cart to OR 4"),
("neg23", "page kidney vs brown-séquard?? no - r/o guillain-barré, LP today"),
("neg24", "major depressive d/o, PHQ-9 19, start sertraline 50, HOPE-3 trial data re bp?"),
("neg25", "rose bengal stain +, schirmer 4 mm, sjogren's likely, ssa/ssb sent"),
("neg26", "king-devick test 52 s (baseline 44), sideline concussion protocol ver 5"),
]

MARK = re.compile(r"\{([A-Z]+)\|([^{}|]*)\}")


def build(raw):
    out = bytearray()
    spans = []
    pos = 0
    for m in MARK.finditer(raw):
        out += raw[pos:m.start()].encode("utf-8")
        abbr, val = m.group(1), m.group(2)
        if abbr not in KINDS:
            sys.exit(f"unknown abbr {abbr!r} in {raw!r}")
        b = len(out)
        out += val.encode("utf-8")
        spans.append({"bstart": b, "bend": len(out), "kind": KINDS[abbr], "_v": val})
        pos = m.end()
    out += raw[pos:].encode("utf-8")
    text = out.decode("utf-8")
    if "{" in text or "}" in text:
        sys.exit(f"stray markup in {raw!r}")
    return text, spans


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ids = [i for i, _ in TEXTS]
    dup = [i for i, c in Counter(ids).items() if c > 1]
    if dup:
        sys.exit(f"duplicate ids: {dup}")
    counts = Counter()
    npos = nneg = 0
    path = os.path.join(here, "notes.jsonl")
    with open(path, "w", encoding="utf-8") as fh:
        for tid, raw in TEXTS:
            text, spans = build(raw)
            tb = text.encode("utf-8")
            for s in spans:
                got = tb[s["bstart"]:s["bend"]].decode("utf-8")
                if got != s.pop("_v"):
                    sys.exit(f"span mismatch in {tid}: {got!r}")
                counts[s["kind"]] += 1
            if tid.startswith("neg") and spans:
                sys.exit(f"negative {tid} has spans")
            if spans:
                npos += 1
            else:
                nneg += 1
            fh.write(json.dumps({"id": tid, "text": text, "spans": spans},
                                ensure_ascii=False) + "\n")
    # re-read and verify from disk
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            tb = rec["text"].encode("utf-8")
            for s in rec["spans"]:
                assert 0 <= s["bstart"] < s["bend"] <= len(tb), rec["id"]
                tb[s["bstart"]:s["bend"]].decode("utf-8")
    print(f"texts: {len(TEXTS)} (with PHI {npos}, negatives {nneg})")
    print(f"spans: {sum(counts.values())}")
    for k, v in sorted(counts.items(), key=lambda kv: -kv[1]):
        print(f"  {k:16s} {v}")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Corpus `twentieth`: queries/requests typed by clinical and clerical staff to an
AI assistant or EHR search box, plus PHI-free hard negatives.

Inline markup {ABBR|value}; writes notes.jsonl (UTF-8 byte offsets) next to this file.
Python 3 stdlib only.
"""
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

# ---------------------------------------------------------------------------
# 60 queries / requests containing PHI
# ---------------------------------------------------------------------------
POS = [
("q01", """can you rewrite this so it sounds more professional, it's going to the patient's daughter:

Dear Ms. {N|Faith Oyelaran}, your mother {N|Adebisi Oyelaran} was seen in our clinic on {D|March 3} and we are worried about her weight loss. She is {A|91} and lives alone at {ST|2207 Cumberland Rd} in {C|Hagerstown} so we think home health would help. Call me at {P|(301) 555-0148} or email {E|cwalsh@antietamfamilymed.org} with questions.
- {N|Colleen Walsh}, RN, {G|Antietam Family Medicine}"""),

("q02", "mrn {MRN|00739215} whats the last a1c and when was it drawn"),

("q03", "pull up {N|jones, margaret} dob {D|2/14/1933}"),

("q04", """Summarize these labs for handoff. Pt is {N|Rajesh Subramaniam} ({MRN|MR-2204817}), {A|94}M, admitted {D|11/02/2024} from {G|Brookdale Westlake Village}.

Test   {D|11/02}   {D|11/03}   {D|11/04}
Na     128     131     133
K      5.4     4.9     4.6
Cr     2.31    2.05    1.78
BUN    61      54      44
Hgb    8.9     8.6     9.1

Dr. {N|Okonkwo} wants to know if the AKI is actually improving or if it's just the fluids."""),

("q05", "who is the pcp for {N|hope delacruz-baptiste}"),

("q06", "Need to move {N|Will Grant}'s colonoscopy from {D|Tuesday the 4th} to sometime the week of {D|Feb 17}. He can only do mornings. Cell {P|913-555-2876}, ok to text."),

("q07", "pt {N|rose king} {A|92}yo on apixaban 5 bid wt 48kg cr 1.6 shouldnt she be on 2.5? her nephew {N|darnell} keeps calling the unit asking why we havent changed it"),

("q08", "Claim {OID|CLM-7730094185} on acct {AC|5500218763} denied CO-16, DOS {D|09/18/2024}, pt {N|Yusuf Al-Hashimi}. Billed 20610 + 99213-25. What am I missing?"),

("q09", "Please fax the d/c summary for {N|Bartholomew Page} to {G|Sunnyvale Post-Acute}, fax {F|408-555-0199}, attn {N|Lourdes} in admissions. They won't take him without it."),

("q10", "is {N|mercy young} still on 5w or did she go to rehab already. family says shes {A|101} and sharp as a tack lol"),

("q11", """Clean this HPI up for the chart:

pt is a {A|90} y/o female brought in by daughter {N|April Nakamura-Reyes} from home in {C|Kaneohe}. fell getting out of bed around 0200, +head strike, on warfarin for afib, INR this am 3.4. lives w/ husband {N|Hideo} who has dementia, neighbor {N|Keoni Kahananui} found them both on the floor. CT head neg. pt wants to go home"""),

("q12", "hey can u call Dr. {N|Szymański} re bed 14, pt {N|Zbigniew Wróblewski} pulled his foley again and wife {N|Halina} is at bedside and pretty upset. they only moved here from {C|Kraków} last yr. her cell {P|773-555-0912}"),

("q13", "insurance on file for {N|javier montes de oca}? member id {HP|ZGP40938271} keeps rejecting at the pharmacy"),

("q14", "Patient {N|Grace Adjei-Mensah} moved. New address {ST|88 Old Post Rd Unit 4}, {C|Tarrytown}, NY {Z|10591}. Home {P|914-555-3307}. Please update demographics and re-verify Medicaid CIN {HP|RT48211Q}."),

("q15", "got an email from {E|b.vandermeer62@gmail.com}, says she's {N|Bernadette van der Meer}'s daughter and wants all her mom's records. she also sent a link {URL|https://www.gofundme.com/f/help-bernadette-van-der-meer}. can we release anything without a signed auth?"),

("q16", "find sw notes by {N|grant okafor} on {N|faith brown}"),

("q17", """Please make this referral letter shorter, it's way too long:

RE: {N|Luz María Echeverría}, DOB {D|07/30/1948}, MRN {MRN|4471902}
To: Dr. {N|Anjali Deshpande}, {G|Valley Rheumatology Associates}, {ST|1150 N Fresno St Suite 210}, {C|Fresno}, CA {Z|93703}

Dear Dr. {N|Deshpande},
I am referring Mrs. {N|Echeverría} for evaluation of a symmetric inflammatory polyarthritis of the MCPs and wrists for about four months. She was born in {C|Oaxaca} and has worked at the {G|Sun-Maid} packing plant for 22 years, which she can no longer do. RF 88, anti-CCP >250, ESR 61. I started prednisone 10 mg daily with partial relief. Please contact my office at {P|559-555-7720} or fax {F|559-555-7721}.
Sincerely,
{N|Thomas Whitfield}, MD"""),

("q18", "{N|okoro} in 12 needs a sitter again, who do i call after 7"),

("q19", "Prescriber {N|Nathaniel Bishop}, DEA {LIC|AB4419276}, state license {LIC|MD 0512783}, NPI 1467583920 - is he credentialed at {G|Mercy St. Anne} yet? Pharmacy won't fill his Norco scripts until I confirm."),

("q20", "pts {N|june abernathy} and {N|june abernathy-cole} keep getting merged, mrns {MRN|10048823} and {MRN|10048832}, who fixes this"),

("q21", "Draft a portal message to Mr. {N|Kwame Boateng} letting him know his colonoscopy is confirmed for {D|Monday, October 14} at 7:30 at {G|Eastgate Endoscopy Center}. He should hold his Ozempic the week before, and his driver can't be an Uber."),

("q22", "Looking for wheelchair van transport for {N|Delphine Toussaint}, she's {A|ninety-six}, lives at {ST|1419 Esplanade Ave} {C|New Orleans} {Z|70116}, needs to get to {G|Fresenius Kidney Care Mid-City} MWF 6am chair. Any vendor that takes Humana?"),

("q23", "can you find path accession {OID|sp24-018837} for {N|kowalczyk}, surgeon says its not in results"),

("q24", "Portal login issue: {N|Mamadou Diallo} says the verification link {URL|https://mychart.lakeshorehealth.org/verify?u=md881274} expired and his login from {IP|73.162.40.119} got blocked after 3 tries. Can someone reset him?"),

("q25", "{N|hope} in room 7 wants to know when her son {N|king marshall} can visit, what are nights visiting hrs now"),

("q26", "Device clinic: remote interrogation for {N|Eleanor Whitcombe}, pacemaker serial {DEV|PJN418820S}, shows 12% RV pacing, 2 AHREs <30 sec. Rep {N|Dev Patel} called back from {P|612-555-4400 x3318}. Does she need anticoag?"),

("q27", "{N|ahmed} {D|4/9} labs?"),

("q28", """Translate this into plain language for the family, they speak some English but the son reads it better:

{N|Nguyễn Thị Lan}, {A|93}F, admitted {D|2024-08-19}, discharged {D|2024-08-27}. Dx: CAP complicated by hyperactive delirium. Tx: ceftriaxone + azithromycin, transitioned to cefpodoxime to complete 7 days. Follow up with PCP Dr. {N|Tran} at {G|Little Saigon Family Clinic} within 1 week. Daughter {N|Linh} is HCP, {P|714-555-0263}."""),

("q29", "how do i bill 99497 for the acp convo w {N|walter ngcobo}'s family on {D|jan 3}, it was 40 min, do i add 99498"),

("q30", "Pls check SNF benefit days for {N|Margarethe von Hohenberg}, Medicare MBI {HP|1EG4-TE5-MK73}, AARP supplement {HP|334290118-7}, SSN on file {SSN|512-33-0987}. She had a 3-night inpatient stay so should qualify."),

("q31", "pt {N|lily page} hasnt voided since 0600 bladder scan 620 ok to straight cath or need order"),

("q32", "Subpoena received for {N|Darius Whitfield-Moore}, case no. {OID|2024-CV-03318}, {CO|Travis County} district court, requesting records from {D|01/2022} to present. Who in HIM handles these?"),

("q33", "{N|siobhan o'driscoll} called from {C|cork} about her mom {N|bridget}, wants a call back on {P|+353 87 412 9930}, she's 5 hrs ahead so before noon pls"),

("q34", "Work comp case: {N|Luis Ferreira-Gomes}, employee ID {OID|E-448102} at {G|Tyson Foods} in {C|Noel}, MO, crush injury R hand {D|6/11/24}. Adjuster is {N|Karen Stubbs}, {E|kstubbs@midwestcompco.com}, claim {OID|WC-24-118830}. Can I send her the ortho note?"),

("q35", "school note for {N|aaliyah brown} to go back to {G|jefferson middle school} on {D|monday the 9th}, no pe for 2 wks"),

("q36", "Verify this order please. {N|Ifeoma Nwachukwu}, {A|90}F, wt 51.2 kg, SCr 1.4, CrCl ~22. Vanc 1250 mg q12h ordered by Dr. {N|Haldane}, order # {OID|ORD-55120934}. 6 North bed 3. Trough pending. Pager 4417 if you need me."),

("q37", "aunt lives in {C|kumasi}, pt {N|kofi mensah-bonsu} flew back {D|aug 2}, fever x4 days and rigors, do we send malaria smear x3 or rapid test first"),

("q38", "Who do I contact at {G|Sacred Heart Academy} about a student's EpiPen order? Student is {N|Maeve Gallagher}, 3rd grade, mom {N|Nora} at {P|(203) 555-6612}."),

("q39", "look up acct {AC|9900471235} balance, pt says she paid"),

("q40", "ED security note for review: pt {N|Trevor Kingsley} left AMA with IV still in, drove off in a silver Civic, plate {VEH|8ZRT417} (CA). Officer {N|Ramirez}, badge {OID|2291}, notified. Do we need to file anything else?"),

("q41", "dob for {N|yevgenia kravchenko}? she says {D|12 march 1931} but chart has {D|3/21/1931}"),

("q42", "Compare with prior CT abdomen from {G|Kadlec Regional Medical Center}, accession {OID|KR-CT-2231904}, done {D|14-Jun-2023}. Patient {N|Harold Schumacher}, our MRN {MRN|E0028814}. Can you pull the images over?"),

("q43", "wheres the signed consent for {N|mohammed al-farsi}, is it in media from {D|10/7} or did anesthesia keep it"),

("q44", "Video visit failed for {N|Priya Venkataraman}, connection from {IP|2601:645:c300:8a0::1f}. She's in {C|Sunnyvale} now but will be in {C|Pune} next month with her father {N|Venkataraman Iyer}, who is {A|97}. Can we still do telehealth while she's abroad?"),

("q45", "ssn {SSN|301-44-8812} no match in registration, pt {N|deshawn rivers}, maybe typo"),

("q46", "Rewrite in a warmer tone: To whom it may concern at {G|Northfield Community College} Disability Services, {N|Samira Haddad} (DOB {D|5/22/2003}) is under my care for type 1 diabetes and uses a Dexcom G7 (transmitter {DEV|3MX9K2L7PQ}) and an Omnipod 5. She must be allowed to carry snacks and her phone during exams. -- Dr. {N|Elena Marchetti}"),

("q47", "pt says grandma {N|rose} is her hcp but no paperwork on file. {N|rose} lives in {C|quezon city} half the year, number {P|580 555 2019}"),

("q48", "Registration needs to verify ID for {N|Tomasz Nowak}: IL driver's license {LIC|N200-4471-9923}, address on license {ST|5620 W Belmont Ave}, {C|Chicago} {Z|60634}, {CO|Cook County}. Insurance card says a different address. Which one do we keep?"),

("q49", "chaplain {N|hope okeke} is asking for the family contact for bed 9, {N|mr adeyemi}, is it ok to give it to her"),

("q50", """What ICD-10 codes fit this?

S: {N|Bao Chen} is a {A|92} y.o. man seen {D|Thursday, May 16} for f/u CKD 4 and HFpEF. Lives with son {N|Wei} in {C|Flushing}. 3-pillow orthopnea, walking less.
O: BP 152/84, wt up 2.1 kg, 2+ pitting edema to mid shin.
A/P: Increase torsemide to 40 daily. BMP in 1 wk at {G|NewYork-Presbyterian Queens}. RTC 2 wks."""),

("q51", "anyone have {N|dr van den berg}'s cell? need her about the {A|90} y/o in 4b, son wants to talk"),

("q52", "Book {N|Juniper Hale} and her twin {N|Wren Hale} (peds WCC) back to back. Mom {N|Brooke} prefers {D|Dec 2nd} or {D|12/5}, phone {P|802-555-7741}. They drive in from {C|St. Johnsbury} so nothing before 10."),

("q53", "acct {AC|0044-778120-03} billed to wrong payer pt {N|ngozi eze} claim {OID|88301124577} how do i rebill"),

("q54", "Epic froze on workstation {IP|10.42.17.203} while I was in {N|Oluwaseun Balogun}'s chart (MRN {MRN|8823390}). Did my note save? It was a long one."),

("q55", "pt {N|faith} in triage asking for work note for {G|walmart distribution center}, says she was out {D|3/18} thru {D|3/20}"),

("q56", """Summarize this thread for me:

From: {N|Marisol Quintero} <{E|mquintero@desertviewhc.org}>
Sent: {D|Wednesday, January 8, 2025} 4:12 PM
To: {N|Patrick Doyle}
Subject: RE: {N|Gutierrez} hernia f/u

Patrick - {N|Ernesto Gutierrez} ({MRN|DV-0091183}) came back to {G|Desert View Health Center} today asking about his hernia surgery. He says the surgeon's office at {G|Banner Casa Grande Medical Center} never called him. He's {A|90}, no phone, lives at {ST|312 E Cottonwood Ln}, {C|Casa Grande} {Z|85122} ({CO|Pinal County}). Can you have someone drive a letter out or call his granddaughter {N|Yesenia}?"""),

("q57", "need visitor pass for imam {N|yusuf qureshi} to see {N|mrs siddiqui} in icu, family also flying in from {C|karachi} tmrw"),

("q58", "Home health aide {N|Precious Dlamini} hit a deer in the agency car, VIN {VEH|1HGCV1F34LA027715}. She's fine, but today's visit for Mr. {N|Lindqvist} at {ST|77 Birch Hollow Rd} needs to be rescheduled. Supervisor is {N|Desmond Major}, can someone let him know?"),

("q59", "lab says specimen {OID|24-HE-004417} unlabeled, pt {N|young, william} {D|11/20} am draw, need redraw order?"),

("q60", """Reconcile this outside med list from {G|Kaiser Permanente Panorama City} (faxed from {F|818-555-0420}) for {N|Ana Lucía Beltrán}, DOB {D|09-03-1940}:
- lisinopril 20 mg daily
- metformin 1000 mg BID
- atorvastatin 40 mg qhs
- Eliquis 5 mg BID
Our list still has Xarelto 15 mg. Son {N|Rodrigo} says she switched in {D|May 2023} when her cardiologist Dr. {N|Charlotte Wood} retired. Which should I keep?"""),
]

# ---------------------------------------------------------------------------
# 30 PHI-free hard negatives
# ---------------------------------------------------------------------------
NEG = [
("neg01", "What's the Los Angeles classification grade if there are mucosal breaks >5 mm that don't extend between the tops of two folds? EGD also showed a 3 cm hiatal hernia, Barrett's ruled out on biopsy."),

("neg02", "can i give eliquis 2.5 bid to an 89 yo w cr 1.6 and wt 58kg or does she not meet dose reduction"),

("neg03", "Summarize ISCHEMIA vs COURAGE - does PCI reduce MI in stable CAD? Pt is 67M, CCS class II angina, LVEF 55%, SYNTAX score 18, on metoprolol 50 mg BID and Imdur 30."),

("neg04", """interpret pls
WBC 14.2 H
Hgb 10.1 L
Plt 412
Na 131 L
K 5.9 H (hemolyzed?)
Lactate 2.8
Procalcitonin 0.9
blood cx x2 pending, drawn 0310 and 0325"""),

("neg05", "hope this is ok to ask here. will a pt s/p Whipple need the Foley past POD 2? surgeon wants it out early if UOP stays >0.5 mL/kg/hr"),

("neg06", "Rome IV criteria for IBS-D vs functional diarrhea - what's the difference in the pain requirement? And at what point do alarm features (age >50, weight loss, nocturnal stools) push you to colonoscopy?"),

("neg07", "Ann Arbor stage IIB with bulky disease - does the Lugano classification change that for classic Hodgkin lymphoma? Interim PET Deauville 4 after 2 cycles of ABVD."),

("neg08", "Brown-Séquard syndrome after stab wound at T10: which side loses pain and temp? Pt also hit his head, does the King-Devick test add anything over SCAT6?"),

("neg09", "patient in room 412 bed B rose from bed without calling, bed alarm was off, morse fall score 65, what does policy say about post-fall huddle"),

("neg10", "Page kidney vs renal artery stenosis - how do you tell them apart? BP 188/102 two weeks after a subcapsular hematoma from a renal biopsy."),

("neg11", "Bishop score 5 at 39w2d, G2P1, can we start Pitocin or ripen first with Cytotec 25 mcg q4h? Category I tracing, EFW 3,450 g."),

("neg12", "Kansas City Cardiomyopathy Questionnaire went from 42 to 61 after starting Entresto 49/51 and Jardiance 10 mg. Is that a clinically meaningful change? NT-proBNP also dropped 3,410 -> 1,220 pg/mL."),

("neg13", "young adult w brown urine after a marathon ck 48000 cr 1.9 how much fluid and do we bicarb"),

("neg14", "ACC/AHA vs ESC guidelines for LDL target after ACS: under 55 or under 70? He's on atorvastatin 80 + ezetimibe 10 and LDL is 68. Worth adding a PCSK9 per FOURIER?"),

("neg15", "Glasgow-Blatchford 11, Rockall 5, Hgb 6.8, BUN 58, on aspirin 81 and clopidogrel 75. Timing of EGD per the ACG upper GI bleed guideline?"),

("neg16", "Ottawa ankle rules and the Canadian CT head rule - 72F fell from standing at 1400, on Xarelto 20, GCS 15, no LOC, tender over lateral malleolus. Image both?"),

("neg17", """Can you check this op note template for typos?

PROCEDURE: Laparoscopic Roux-en-Y gastric bypass
FINDINGS: Small hiatal hernia, repaired primarily. Petersen's defect closed with 2-0 Ethibond. 19 mm Jackson-Pratt drain left in LUQ.
EBL: 25 mL. Counts correct x2.
IMPLANTS: None.
DISPOSITION: PACU in stable condition. 44F, BMI 47.3, OSA on CPAP 12 cm H2O."""),

("neg18", "whats the ceftriaxone dose for lyme meningitis in a 9 yo 30kg, and for rocky mountain spotted fever its still doxy regardless of age right"),

("neg19", "Bethesda category IV thyroid nodule, TI-RADS 4, 2.3 cm. Afirma GSC or ThyroSeq v3 first? What does the 2015 ATA guideline say about lobectomy?"),

("neg20", "Stanford type A vs DeBakey type II - same thing? BP 92/50 in the right arm, 140/80 in the left. Also hearing a diastolic rumble at the apex, is that an Austin Flint murmur from AI?"),

("neg21", "Milan criteria: single HCC 4.8 cm, AFP 210, MELD-Na 19, Child-Pugh B7. Does he qualify for listing, or would downstaging with Y-90 TARE be needed first?"),

("neg22", "faith based objection to blood products, jehovahs witness, hgb 5.9 post partum, can we do epo + iv iron (venofer 200 mg x5) what do the guidelines say"),

("neg23", "Richmond Agitation-Sedation Scale -4 on propofol 40 mcg/kg/min and fentanyl 100 mcg/h, CAM-ICU unable to assess. Do the SAT at 0800 with the SBT or stagger them per ABCDEF bundle?"),

("neg24", "Tokyo Guidelines 2018 grade II acute cholangitis: TBili 4.2, WBC 18.1, T 39.1. ERCP within 48h? Zosyn vs Unasyn given our antibiogram shows 30% E. coli ampicillin-sulbactam resistance."),

("neg25", "major issue w the alaris pump on channel b keeps alarming downstream occlusion. heparin at 18 units/kg/hr, aptt 92 at 0600 (goal 60-85). hold 1 hr and decrease by 2 per nomogram?"),

("neg26", "Amsterdam II criteria vs revised Bethesda guidelines for Lynch: pt's father had colon cancer at 48, paternal aunt endometrial cancer at 52, pt is 39 with MSI-H tumor and loss of MLH1/PMS2 on IHC. Next step BRAF V600E or MLH1 promoter methylation?"),

("neg27", "Chicago classification v4.0: IRP 28 mmHg, 100% failed peristalsis, panesophageal pressurization in 3 of 10 swallows. Type II achalasia? POEM or Heller myotomy with Dor fundoplication?"),

("neg28", "Duke criteria question: 2 of 3 blood cultures with Strep gallolyticus, Janeway lesions on the soles, Osler nodes, Roth spots on fundoscopy, TTE negative. Go to TEE? And he needs a colonoscopy for the bovis, right? 76M, on Eliquis since 2019."),

("neg29", "Explain the Berlin definition of ARDS vs the 2023 global definition. P/F 140 on PEEP 10, bilateral opacities, not cardiogenic. Prone now? PROSEVA showed benefit at P/F < 150 for at least 16 h/day."),

("neg30", "will grant funding cover dexcom g7 sensors for uninsured pts or do we have to go thru the manufacturer patient assistance program. asking for our diabetes educator, she has 6 pts waiting"),
]

MARK = re.compile(r"\{([A-Z]+)\|([^{}|]*)\}")


def build(raw):
    out = bytearray()
    spans = []
    expect = []
    pos = 0
    for m in MARK.finditer(raw):
        out += raw[pos:m.start()].encode("utf-8")
        abbr, val = m.group(1), m.group(2)
        if abbr not in KINDS:
            raise ValueError("unknown abbreviation %r in %r" % (abbr, raw[:60]))
        if not val or val != val.strip():
            raise ValueError("empty or padded value %r" % val)
        b = len(out)
        out += val.encode("utf-8")
        spans.append({"bstart": b, "bend": len(out), "kind": KINDS[abbr]})
        expect.append(val)
        pos = m.end()
    out += raw[pos:].encode("utf-8")
    text = out.decode("utf-8")
    if "{" in text or "}" in text:
        raise ValueError("leftover markup in %r" % text[:80])
    return text, spans, expect


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    records = []
    seen = set()
    counts = Counter()
    for group, items in (("pos", POS), ("neg", NEG)):
        for nid, raw in items:
            if nid in seen:
                raise ValueError("duplicate id " + nid)
            seen.add(nid)
            text, spans, expect = build(raw)
            if group == "neg" and spans:
                raise ValueError(nid + ": negative has spans")
            if group == "pos" and not spans:
                raise ValueError(nid + ": positive has no spans")
            # verify
            tb = text.encode("utf-8")
            for sp, val in zip(spans, expect):
                got = tb[sp["bstart"]:sp["bend"]].decode("utf-8")
                if got != val:
                    raise AssertionError("%s: span %r != %r" % (nid, got, val))
                counts[sp["kind"]] += 1
            records.append({"id": nid, "text": text, "spans": spans})

    path = os.path.join(here, "notes.jsonl")
    with open(path, "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")

    # re-read and verify once more from disk
    with open(path, encoding="utf-8") as fh:
        back = [json.loads(l) for l in fh]
    assert len(back) == len(records)
    for r, (nid, raw) in zip(back, POS + NEG):
        _, _, expect = build(raw)
        tb = r["text"].encode("utf-8")
        for sp, val in zip(r["spans"], expect):
            assert tb[sp["bstart"]:sp["bend"]].decode("utf-8") == val, nid

    npos = sum(1 for r in records if r["spans"])
    print("texts: %d (%d with PHI, %d hard negatives)" % (len(records), npos, len(records) - npos))
    print("spans: %d" % sum(counts.values()))
    for k in KINDS.values():
        print("  %-15s %d" % (k, counts.get(k, 0)))
    print("all spans verified; wrote", path)


if __name__ == "__main__":
    main()

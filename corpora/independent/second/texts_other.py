# Letters/forms (15), messages (20), snippets (15), hard negatives (15).
LETTERS, MESSAGES, SNIPPETS, NEGATIVES = [], [], [], []

def L(i, t): LETTERS.append(("h2_letter_%02d" % i, t.strip("\n")))
def M(i, t): MESSAGES.append(("h2_msg_%02d" % i, t.strip("\n")))
def S(i, t): SNIPPETS.append(("h2_snip_%02d" % i, t.strip("\n")))
def NEG(i, t): NEGATIVES.append(("h2_neg_%02d" % i, t.strip("\n")))

# ---------------------------------------------------------------- letters
L(1, """
{G|NORTHGATE FAMILY MEDICINE}
{ST|4820 Roosevelt Way NE, Suite 200} \u00b7 {C|Seattle}, WA {Z|98105}
Tel {P|(206) 555-0121} \u00b7 Fax {F|(206) 555-0122}

{D|October 2, 2024}

{N|Hannah Leibowitz}, MD
Neurology \u2013 {G|Swedish Neuroscience Institute}
{ST|550 17th Ave}, {C|Seattle}, WA {Z|98122}

RE: {N|Thanh Huong Vo}     DOB: {D|06/30/1971}

Dear Dr. {N|Leibowitz},

Thank you for seeing Ms. {N|Vo}, a 53 y/o woman w/ HTN and migraine w/o aura who has had two episodes of transient expressive aphasia ({D|9/14} and {D|9/27}), each ~20 min, the second accompanied by R hand clumsiness. MRI brain {D|9/30/24} at {G|UW Medical Center \u2013 Northwest} showed no acute infarct; MRA unremarkable. Her husband {N|Quang} witnessed the second episode and describes no shaking. I started ASA 81 and atorvastatin 40 pending your evaluation. Holter placed {D|10/1}.

She can be reached at {P|206-555-0176} (cell) and prefers a Vietnamese interpreter.

Sincerely,

{N|Liam O'Connor-Baptiste}, DO
""")

L(2, """
FAX \u2014 URGENT REFERRAL
To: {G|Digestive Health Associates of Texas} \u2013 {C|Plano}    Fax {F|972.555.0144}
From: {G|Frisco Internal Medicine}    Fax {F|469.555.0160}    Ph {P|469.555.0161}
Date {D|1/12/24}    Pages: 4 (incl cover)

Pt: {N|Chinonso Eze-Adeyemi}     DOB {D|4/18/85}     Ins: BCBSTX, Member {HP|ZGP893312457}
Reason: IDA (Hgb 8.9, ferritin 4) + intermittent melena x2 mo. 38M. No prior scope. FHx: father colon ca at 52.
Request: EGD/colonoscopy within 2 wks please.
Contact pt: {P|214-555-0107}, {E|chinonso.eze@yahoo.com}
Referring: Dr. {N|Kaveh Farahani}, NPI {OID|1487223390}

CONFIDENTIALITY NOTICE: This fax contains protected health information. If received in error, notify sender and destroy.
""")

L(3, """
CERTIFICATION OF HEALTH CARE PROVIDER FOR EMPLOYEE'S SERIOUS HEALTH CONDITION (FMLA) \u2014 excerpt

Employee name: {N|Rosa Elena Castillo}
Employee ID: {OID|E0044812}

SECTION III \u2014 HEALTH CARE PROVIDER
Provider name: {N|Benjamin Wojcik}, MD       Type of practice: Rheumatology
Address: {G|Lehigh Valley Rheumatology}, {ST|1250 S Cedar Crest Blvd Ste 110}, {C|Allentown}, PA {Z|18103}
Telephone: {P|(610) 555-0178}     Fax: {F|(610) 555-0179}

PART A
(1) Approximate date condition commenced: {D|03/2022}
    Probable duration of condition: lifetime
(2) Inpatient care: \u2610 No  \u2611 Yes \u2014 dates of admission: {D|8/19/2024} \u2013 {D|8/23/2024} ({G|Lehigh Valley Hospital\u2013Cedar Crest})
(3) Follow-up treatment: infliximab infusion q8 wks (next {D|10/18/24}, {D|12/13/24}) + office visits q3 mo
(4) Medical facts: seropositive RA w/ flares; hospitalized {D|Aug 2024} for septic arthritis L knee.
PART B
Episodic flare-ups: est. 2 per month, each lasting 1-3 days, during which pt unable to perform job functions (repetitive hand use).

Signature: {N|B. Wojcik}, MD      Date: {D|9/3/2024}
""")

L(4, """
MEDICAL SOURCE STATEMENT \u2014 PHYSICAL (SSA)
Claimant: {N|Tyrone DeShawn Mitchell}
SSN: {SSN|412-55-8190}
DOB: {D|11-02-1968}
Treating relationship since: {D|05/2017}; most recent exam {D|02/20/2024}
Dx: lumbar DDD w/ radiculopathy s/p L4-5 fusion ({D|3/2019}, {G|Vanderbilt}); DM2 w/ peripheral neuropathy; COPD (FEV1 52%)

Exertional limits:
  lift/carry <10 lbs occasionally, never >10
  stand/walk <2h total in 8h day; sit ~4h, must alternate q30 min
  cane required for ambulation: yes
Off-task: >25% of workday. Absences: >4 days/month.
Earliest date limitations apply: {D|03/11/2019}.

Completed by: {N|Marguerite Dufresne}, NP \u2014 {G|Clarksville Family Health Center}, {C|Clarksville}, TN
Phone {P|931-555-0193}    APRN license {LIC|APN 14221}
""")

L(5, """
{G|Little Rock Pediatric Clinic}
{ST|9601 Lile Dr}, {C|Little Rock} AR {Z|72205} | {P|501-555-0117}

{D|Feb 26, 2024}

To whom it may concern,

{N|Jaylen Whitfield} (DOB {D|7/12/2012}) was seen in our clinic today. He may return to school on {D|2/28/24}. Please excuse his absences {D|2/22} - {D|2/27}.
He was diagnosed with influenza A. No PE/sports until {D|3/4}.
His grandmother/guardian Ms. {N|Loretta Whitfield} may pick up homework.

Dr. {N|Hope Anyanwu}
""")

L(6, """
WORK STATUS REPORT
{G|Concentra Urgent Care \u2013 Elk Grove Village}
Employee: {N|Krzysztof Zieli\u0144ski}     DOI: {D|06/04/24}     Claim #: {OID|WC-24-118273}
Employer contact: {N|Sharon Kowalczyk} (HR)   fax {F|847-555-0140}
Visit date: {D|06/06/24}
Dx: L hand crush injury; lacerations 3rd/4th digits; tuft fx 3rd digit.
Status: MODIFIED DUTY {D|6/6/24} through {D|6/20/24}.
  - no use of L hand
  - no forklift operation, no ladders
Next appt: {D|6/13/24} 8:30 AM
Provider: {N|Nadia Petrovi\u0107}, PA-C
""")

L(7, """
PRIOR AUTHORIZATION REQUEST \u2014 dupilumab (Dupixent) 300 mg/2 mL
Plan: Aetna Better Health of Florida      Fax to: {F|1-866-555-0117}
Member: {N|Amira Farouk Hassan}     Member ID: {HP|W219834077}     DOB: {D|08.21.2009}
Prescriber: {N|Leah Finkelstein}, MD (Peds Allergy)   NPI {OID|1356892044}   DEA {LIC|BF4417723}
Practice: {G|Children's Allergy & Asthma of Tampa Bay}, {ST|2901 W Swann Ave}, {C|Tampa} FL {Z|33609}   ph {P|813-555-0188}

Dx: L20.84 severe atopic dermatitis; J45.40 moderate persistent asthma
Tried/failed:
 - triamcinolone 0.1% oint (2021-2022): partial response
 - tacrolimus 0.1% oint {D|3/2023}-{D|9/2023}: inadequate
 - crisaborole {D|10/2023}-{D|1/2024}: burning, d/c
 - NB-UVB x24 sessions at {G|USF Health Dermatology}: failed
EASI 31 ({D|4/9/24}), IGA 4, BSA 38%.
Request: 600 mg load then 300 mg q2wk x 6 mo.
Signature: {N|L. Finkelstein}   {D|4/10/2024}
""")

L(8, """
Radiology prior auth \u2013 phone documentation
{D|5/29/24} 1415 \u2013 called eviCore {P|888-555-0187} for MRI L-spine w/o (72148).
Pt {N|Connor MacLeod}, DOB {D|1/3/77}, UHC member {HP|998120334-01}
Ordering: Dr. {N|Sunita Raghunathan}
Rep "{N|Tasha}", call ref # {OID|CS-5512093}. Clinicals given: LBP w/ L L5 radiculopathy x8 wks, failed PT x6 wks + NSAIDs, new EHL weakness 4/5.
Status: pending clinical review; P2P offered {D|5/31} 11:00 w/ Dr. {N|Hewitt} (eviCore).
Update {D|5/31/24}: P2P done, APPROVED, auth # {OID|A2405291177}, valid {D|5/31/24}\u2013{D|7/30/24}. Scheduled at {G|Tri-State Imaging \u2013 Evansville} {D|6/4}. Pt notified.
-{N|Brianna Stahl}, MA
""")

L(9, """
DEATH SUMMARY

Decedent: {N|Giuseppe "Joe" Marchetti}
MRN: {MRN|0711299}     DOB: {D|09/09/1931}     Age: {A|92}
Date/time of death: {D|01/04/2024} 03:47
Place: {G|Good Samaritan Hospital} ICU, {C|Suffern}, NY
Attending: {N|Rivka Goldfarb}, MD
Pronounced by: Dr. {N|Se\u00e1n \u00d3 Murch\u00fa} (PGY2)

CAUSE OF DEATH
 Ia. Septic shock
 Ib. Perforated sigmoid diverticulitis
 II. CAD, CKD stage 4, advanced dementia

HOSPITAL COURSE: Mr. {N|Marchetti} was a {A|92} y/o man admitted {D|12/31/23} from {G|Northern Riverview Health Care Center} w/ abd pain and hypotension. CT: sigmoid perforation w/ free air. Surgery (Dr. {N|Okoro}): given frailty and family wishes, nonoperative mgmt. Transitioned to CMO {D|1/2/24} after family meeting w/ daughters {N|Angela Marchetti-Russo} (HCP) and {N|Teresa}.
Family present at time of death. Not an ME case. Autopsy declined. OPO notified {D|1/4/24} 0410, ref {OID|LONY-24-00318}, not a candidate.
""")

L(10, """
{G|Hospice of the Valley}
{ST|1510 E Flower St}, {C|Phoenix}, AZ {Z|85014}

{D|March 18, 2024}

Dear Mr. {N|Delacroix-Nguyen} and family,

All of us who cared for {N|Yvette} were saddened to learn of her death on {D|March 3}. It was a privilege to know her during her time with us at the {G|Dobson Home} inpatient unit.

Grief can show up in unexpected ways. Our bereavement coordinator, {N|Summer Whitehorse}, will call you in the coming weeks. You may also reach her directly at {P|602.555.0147} or {E|swhitehorse@hov.example.org}. A remembrance gathering will be held {D|April 20} at 10am.

With sympathy,
{N|Danielle Okoro-Baines}, RN, Team Manager
""")

L(11, """
{D|12/5/2023}

{N|Thi Bich Ngoc Pham}
{ST|7712 Bellaire Blvd Apt 14}
{C|Houston}, TX {Z|77036}

Dear Ms. {N|Pham},

Your screening mammogram on {D|11/29/2023} at {G|Memorial Hermann Breast Care Center \u2013 Southwest} was normal (BI-RADS 1: negative). We recommend your next screening mammogram in 1 year (around {D|Nov 2024}).

You can view your full results in MyChart at {URL|https://mychart.memorialhermann.example.org} or call us at {P|713-555-0175}.

Sincerely,
{N|Oksana Hrytsenko}, MD
""")

L(12, """
Dept. of Endocrinology, {G|St. Michael's Hospital}
{ST|30 Bond St}, {C|Toronto}, ON {Z|M5B 1W8}

{D|14 March 2024}

Dr. {N|Aditi Chaudhary}
{G|Bathurst Family Health Team}

RE: {N|Olusegun Bankole}, DOB {D|1979-11-02}, OHIP {HP|4471-228-913-KT}

Dear {N|Aditi},

I saw Mr. {N|Bankole} in clinic today for his 2.3 cm R thyroid nodule (TI-RADS 4). FNA {D|Feb 28} was Bethesda III (AUS). Molecular testing was negative. He is euthyroid (TSH 1.8).

Plan: repeat US in 6 months ({D|Sept 2024}); surgical referral if growth >20%.

Best regards,
{N|Marc-Andr\u00e9 Tremblay}, MD FRCPC
""")

L(13, """
{G|Sleep Disorders Center of Southern Utah}
{ST|1380 E Medical Center Dr}, {C|St. George}, UT {Z|84790}    Ph {P|435-555-0131}

{D|06/20/2024}

TO: TSA / Airline Personnel

This letter confirms that {N|Magnus Thorvaldsen} (DOB {D|2/2/1962}) has severe obstructive sleep apnea and requires CPAP nightly, including in flight on overnight segments.
Device: ResMed AirSense 11 AutoSet, serial {DEV|23222610478}
Portable O2 concentrator: Inogen One G5, SN {DEV|G5-2211-08841}
Travel dates {D|7/1/24}\u2013{D|7/15/24} to {C|Reykjav\u00edk}.

{N|Harriet Lindqvist}, MD, Diplomate ABSM
""")

L(14, """
DRIVER MEDICAL EVALUATION \u2014 physician section
Driver: {N|Eleanor Faith Whitcombe}      Age: {A|91}
Driver license #: {LIC|W325-6619-4782}      DOB: {D|5/5/1933}
Address: {ST|12 Spruce Hill Rd}, {C|Peterborough}, NH {Z|03458}

Dx: mild cognitive impairment; AMD (OD 20/70, OS 20/40); AF on warfarin.
MoCA 21/30 ({D|4/30/24}). Trails B 190 sec.
Recommend: on-road eval w/ OT driving program at {G|Monadnock Community Hospital}.
Restriction (if passes): daylight only, 15 mi radius, no highway.
Physician: Dr. {N|Henrik Aasen}, license {LIC|NH 18223}
Date: {D|5/1/2024}
""")

L(15, """
AUTHORIZATION FOR RELEASE OF PROTECTED HEALTH INFORMATION
Patient name: {N|Yusuf Demir}              DOB: {D|03/15/1990}
MRN: {MRN|KP-00188273}      Other names used: {N|Yusuf Demirci}
Release FROM: {G|Kaiser Permanente San Jose Medical Center}
Release TO: {N|Amanda Ruiz}, Esq., {ST|333 W Santa Clara St Ste 800}, {C|San Jose}, CA {Z|95113}
            Fax {F|408-555-0155}   Email {E|aruiz@ruizlaw.example.com}
Information: records from {D|01/01/2022} to {D|12/31/2023}, incl imaging (CD)
Purpose: legal
Expires: {D|6/30/2025}
Signature: {N|Y. Demir}      Date: {D|4/2/24}
e-signature audit: submitted from IP {IP|73.158.42.201}
""")

# ---------------------------------------------------------------- messages
M(1, """
Subject: refill + question

hi dr {N|nguyen} its {N|maria delgado} (DOB {D|4/9/61}). i ran out of my lisinopril yesterday and the pharmacy (the {G|walgreens on 5th & main}) says they need a new script. also my sugar was 210 this morning is that bad?? i can come in thurs if u need to see me. also can u send the papers for my work to my email {E|mdelgado1961@gmail.com}
thanks, {N|maria}
""")

M(2, """
To: Dr. {N|Oyelaran-Katz}
Re: scan results?

Hello, this is {N|Grace}, {N|Seun}'s wife. We got a call that his PET from {D|June 12} is in but nobody has called us back. Could someone call me at {P|857 555 0129}? He is feeling ok, some fatigue, eating better. Thank you so much.
""")

M(3, """
Hey so I think I have another UTI. burning + going every 10 min since like sunday. no fever no back pain. Last time ({D|march 3rd}) you guys sent cipro to {G|CVS #1234 on Elm St} and it worked. can you do that again?? \u2014 {N|Jess Kowalski-Brandt}
""")

M(4, """
Buenos d\u00edas Dra. {N|Ram\u00edrez}, soy la mam\u00e1 de {N|Sof\u00eda Guti\u00e9rrez}. La ni\u00f1a tiene fiebre de 39 desde ayer y vomit\u00f3 2 veces. Tiene cita el {D|15 de mayo} pero no s\u00e9 si esperar. Mi n\u00famero es {P|(323) 555-0185}. Gracias, {N|Luc\u00eda}
""")

M(5, """
Hi it's {N|Tom Brennan} again. Quick update on my BP log since the med change on {D|2/3}:
{D|2/5}  138/86
{D|2/6}  142/90
{D|2/7}  131/84
{D|2/9}  129/80
Still getting a little dizzy when I stand up fast. Should I keep going w/ the 10mg? My appt w/ Dr. {N|Feldman} isn't until {D|3/20}.
""")

M(6, """
I tried to log in to the portal at {URL|mychart.lahey.example.org} and it keeps saying my account is locked. IT said to send you my IP which is {IP|24.61.188.203}?? not sure why. my name is {N|Siobhan Kavanagh}, MRN {MRN|3318740}. Can someone reset it? cell {P|781-555-0120}
""")

M(7, """
Dr {N|Abubakar}, my mom ({N|Hauwa Bello}, she's {A|93}) fell again last night, no injury I think but she's more confused today. She lives with me at {ST|58 Linden St}, {C|Brookline}. should I bring her to ER or can the visiting nurse come today? - {N|Zainab}
""")

M(8, """
TELEPHONE ENCOUNTER  {D|10/28/24}  0915
Caller: {N|Hope Nakashima} (self)   cb# {P|503-555-0111}
Reason: spotting
S: 8w2d by LMP ({D|9/1/24}), G2P1. light pink spotting since last night, no clots, mild cramping 2/10. No dizziness. Blood type unknown to pt.
Protocol: Pregnancy - Vaginal Bleeding (Schmitt-Thompson).
Disposition: see within 24h. Appt made {D|10/29} 0840 w/ Dr. {N|Adeyemi-Cole}. Advised to go to {G|OHSU} L&D triage if soaking a pad/hr, severe pain or fainting. Pt verbalized understanding.
{N|Lindsay Berg}, RN
""")

M(9, """
ph note - pt's daughter {N|Ngozi} called re: dad ({N|Emmanuel Chukwu}, DOB {D|1/1/1950}) - POD4 from CABG at {G|Emory University Hospital Midtown}, sternal incision "weepy" + temp 100.9 this am. Advised ED eval now. she'll take him to {G|Emory St. Joseph's}. Notified Dr {N|Patel} on call. - {N|kt} RN
""")

M(10, """
Refill req: {N|Arjun Mehra} (DOB {D|12/12/56}) req oxycodone 5mg #60 - last filled {D|11/29/23} at {G|Rite Aid #3318}, PDMP checked {D|12/20} - appropriate. ok per Dr. {N|Stein}, e-sent. Pt aware, VM left at {P|215-555-0198}.
""")

M(11, """
Nurse triage \u2014 after hours
Caller: mom {N|Keke Johnson} re: {N|Amari Johnson}, 11 mo
Fever 104.1 rectal since 2200, gave tylenol 2.5 ml (160/5) at 0200. Drinking ok, 4 wet diapers today. No rash, no resp distress. Fussy but consolable.
Protocol: Fever - 3 months or older. Disposition: see today in office.
Appt made w/ Dr. {N|Wood} 1040 {D|12/3}. Call back {P|404.555.0126} if worse.
""")

M(12, """
TC from {G|Walgreens #10472} pharmacist {N|Kyle} re: interaction \u2014 pt {N|Beatriz Sol\u00eds} on warfarin, new rx for bactrim DS from urgent care {D|5/13}. Discussed w/ Dr. {N|Omondi}: changed to nitrofurantoin 100 BID x5d; INR check {D|5/16}. Pharmacist aware, pt notified at {P|(915) 555-0153}.
""")

M(13, """
Called pt back re: INR 4.8 (drawn {D|9/16} at {G|Quest \u2013 Yonkers}). Pt {N|Shlomo Weissberg} denies bleeding. Hold warfarin tonight + tmrw, then resume 5mg daily except 2.5 Mon/Fri. Recheck {D|9/19}. Wife {N|Chana} on extension, repeated back plan.
""")

M(14, """
can u see rm 12 pt mr. {N|hasselbeck}? sats 88 on 4L, rr 30, looks tired. abg pending. - {N|jenna} rn 4N
""")

M(15, """
Dr {N|Okafor} pls call re bed 7 Mrs {N|Lindqvist}, K 6.2 (repeat pending), ekg w peaked t's. call back {P|312-555-0147}. thx
""")

M(16, """
[08:02] {N|Priya Natarajan}: hey r u covering {N|Dumont} today? the pt in 14b
[08:03] {N|Ezra Goldfarb}: yes. whats up
[08:03] {N|Priya Natarajan}: his wife {N|Celine} wants a call, shes at {P|(504) 555-0133}. also he's NPO for IR tmrw ({D|11/9}) dont let them feed him lol
[08:05] {N|Ezra Goldfarb}: k will call her after rounds. thx
""")

M(17, """
STAT CONSULT: 78F {N|Ruiz, Carmen} MRN {MRN|2233415} ED bay 9 - ?cord compression, hx breast ca, new bilat LE weakness + urinary retention since this AM. MRI pending. call Dr. {N|Ibekwe} {P|617-555-0104}
""")

M(18, """
fyi pt {N|will hunter} in 22 (yes thats his name lol) is leaving AMA, signed form, aware of risks. sister {N|summer} picking him up. will need f/u w/ PCP dr {N|mcgee} in 1-2 days, i put in the referral
""")

M(19, """
pls reorder heparin for {N|Boateng} rm 4, ptt 112 at 0400 so held x1h per nomogram and rate decreased. next ptt 1000. thx - {N|Marguerite} RN
""")

M(20, """
Transfer Center: request from {G|Brookings Health System} ({C|Brookings}, SD) \u2014 55M STEMI s/p TNK at 1152, reperfusion criteria not met. Pt {N|Jorge Villarreal}, DOB {D|10/10/1968}. Accepting: Dr. {N|Halvorsen} (IC). ETA 1340 by air. Transfer ref {OID|TC-0941-2281}. Cath lab activated.
""")

# ---------------------------------------------------------------- snippets
S(1, """
Pt: {N|KOWALCZYK, ANNA M}  MRN# {MRN|0049213}  DOB {D|2/14/33} ({A|91}y)  Adm {D|1/3/24}  Att: {N|LIPSCOMB}
""")

S(2, """
{G|QUEST DIAGNOSTICS TETERBORO}
PATIENT: {N|OKONJO, ADAOBI}            SPECIMEN ID: {OID|0147-338-2201-0}
DOB: {D|07/19/1984}   AGE: 39Y   SEX: F     ACCOUNT: {AC|30228815}
COLLECTED: {D|03/11/2024} 07:42    RECEIVED: {D|03/11/2024} 11:05    REPORTED: {D|03/12/2024} 06:20
ORDERING: {N|FRIEDMAN, JONAH}   NPI {OID|1922130584}
TEST: COMPREHENSIVE METABOLIC PANEL
  GLUCOSE        98    65-99 mg/dL
  CREATININE   0.82    0.57-1.00
""")

S(3, """
EXAM: CT CHEST W CONTRAST      ACC# {OID|CT24-0918827}
PT: {N|Hassan, Omar Y}     MRN {MRN|6620184}     DOB {D|1958-02-11}
EXAM DATE: {D|2024-09-18}     ORDERING: Dr. {N|Beatrix Novak}
COMPARISON: {D|2023-03-02} (outside, {G|Hackensack Meridian JFK University Medical Center})
""")

S(4, """
{G|CVS Pharmacy #2291}
{ST|1180 Broadway}, {C|Somerville} MA {Z|02144}   {P|(617) 555-0162}
Rx# {OID|4402917-03}      Filled {D|05/14/24}
{N|MCALLISTER, FIONA}
TAKE 1 TABLET BY MOUTH TWICE DAILY WITH MEALS
METFORMIN 500MG TAB    QTY 60    REFILLS 3
DR. {N|S. AGARWAL}
DISCARD AFTER {D|05/14/25}
""")

S(5, """
{N|LEE, SUNG-MIN}
MRN {MRN|00331928}   FIN {AC|8841920017}
DOB {D|08/08/1948}   75Y  M
ALLERGY: PCN, LATEX
ATT: {N|Agarwal-Smith, R}
""")

S(6, """
5 NORTH BED BOARD   {D|4/17}   0700
501  {N|Olsen, T}            RN {N|Kate}      dc today -> home
502  {N|Abdi, H}             RN {N|Kate}      NPO for EGD
503  (blocked - isolation)
504  {N|Ferreira, M}         RN {N|Dwayne}    fall risk, sitter
505  {N|Wood, L}             RN {N|Dwayne}    DC to {G|Brightview Rehab}
506  {N|Gonzalez-Pardo, E}   RN {N|Hope}      q2 neuro
""")

S(7, """
SURGICAL PATHOLOGY REPORT      Case: {OID|S24-22871}
Patient: {N|Friedman, Miriam R}     MRN: {MRN|4402199}
Collected: {D|6/3/2024}   Received: {D|6/3/2024}   Signed out: {D|6/5/2024}
Submitting physician: {N|Okoye, Chidinma}     Facility: {G|Lenox Hill Hospital}
Pathologist: {N|Ravindran, Meena}, MD
""")

S(8, """
ED TRACK   {D|11/11/23}
Rm   Pt                  Age   CC                 MD          RN
T1   {N|Bianchi, L}        {A|97}    fall/hip pain      {N|Kim}         {N|Ortiz}
T2   {N|Mbeki, S}          34    abd pain           {N|Kim}         {N|Ortiz}
4    {N|Ng, Wai Man}       {A|90}    SOB                {N|Rosenthal}   {N|Faith}
9    {N|Doyle, P}          88    AMS                {N|Rosenthal}   {N|Faith}
""")

S(9, """
{N|NWACHUKWU, OBINNA}   {MRN|E3321987}
DOB {D|04/30/1990}
BLOOD CX #1  L AC   coll {D|09/02/24} 2210  by {N|TMB}
ACC {OID|24-246-00713}
""")

S(10, """
{G|Essentia Health \u2013 Duluth Clinic}: Hi {N|Lars}, reminder of your appt w/ Dr. {N|Obuya} on {D|10/7} at 9:40am. Reply C to confirm, R to reschedule. Questions {P|218-555-0100}. Directions: {URL|https://www.essentia.example.org/locations/duluth-clinic}
""")

S(11, """
BlueCross BlueShield of Michigan
Member: {N|JAROSLAW KOWAL}
ID: {HP|XYK 8823 91044}
Effective {D|01/01/2024}
PCP: DR {N|A HAMMOUD}
OV $25 / SPEC $50 / ER $250
""")

S(12, """
FACE SHEET
Name: {N|Guzm\u00e1n Ortega, Jos\u00e9 \u00c1ngel}    Sex: M    DOB: {D|17/03/1955}    Lang: Spanish
Address: {ST|2340 S Kedzie Ave}, {C|Chicago}, IL {Z|60623}  ({CO|Cook County})
Home {P|773-555-0145}    Cell {P|773-555-0146}
SSN {SSN|327-88-1402}
Emergency contact: {N|Guadalupe Ortega} (wife), same address
Insurance: Medicare {HP|4RT7-GH2-KP18} / Medicaid IL {HP|118927734}
Guarantor acct {AC|GA-00919221}
""")

S(13, """
MEDTRONIC CARELINK \u2014 Remote Transmission
Patient: {N|Halvorsen, Per}     DOB {D|1944-12-01}
Device: Micra AV2     SN {DEV|MAV812273S}
Transmission received {D|2024-07-22} 03:14
Clinic: {G|Essentia Health Heart & Vascular Center}
""")

S(14, """
MICU census {D|3/14}: 1-{N|Odom}  2-{N|Nakagawa}  3-empty  4-{N|Rahimi}  5-{N|St. Pierre}  6-{N|Hope Mabry}  7-{N|MacAulay}
""")

S(15, """
OR 6    Tue {D|10/22/24}
0730  {N|Szabo, Ilona}   71F   R TKA    \u2014 {N|Solberg}/{N|Brooks}   anes {N|Chou}
1015  {N|Mwangi, Peter}  49M   L TSA    \u2014 {N|Solberg}
1300  {N|King, Faith}    63F   rev THA  \u2014 {N|Solberg}/{N|Brooks}
""")

# ---------------------------------------------------------------- hard negatives (no PHI)
NEG(1, """
HF clinic f/u. pt is 89 y/o, dx w/ HFpEF in 2019. c/o DOE x3 days, 2-pillow orthopnea. BP 142/88, HR 96, wt up 4 lb. 2/6 SEM at RUSB, JVP 10 cm. pain 0/10. BNP 1,240. Will start lasix 40 IV BID, recheck BMP in 2-3 days. Dx I50.32; hx I10, N18.31. May consider SGLT2i once euvolemic. RTC 1-2 wks.
""")

NEG(2, """
Neuro: A&Ox3. CN II-XII intact. 5/5 strength throughout except 4+/5 L hip flexion. DTRs 2+ symmetric, Babinski neg bilat, Hoffmann neg. Romberg neg. GCS 14 (E4V4M6) on arrival -> 15. Hx Parkinson's dz on carbidopa/levodopa 25/100 1 1/2 tab TID. No Lhermitte sign. NIHSS 1.
""")

NEG(3, """
L&D: G2P1011 at 39w2d, SROM 0400 clear. Bishop 8. FHT 140s, mod variability, +accels, cat I. Pitocin 2 mU/min, up by 2 q30. Cervix 6/90/0 -> 10/100/+2. SVD, Apgars 8/9, wt 3.6 kg. EBL 300. 1st degree lac, hemostatic, not repaired. GBS neg. Rh+. Hgb 11.4 -> 10.1.
""")

NEG(4, """
Coding summary: CPT 99214-25, 93000, 36415. ICD-10: E11.65, I10, Z79.4, E78.5. LOINC 2345-7 (glucose), 4548-4 (HbA1c), 2160-0 (creatinine). NDC 0002-8215-01 (insulin lispro), NDC 0169-4132-12. HCPCS J1885 x2 units. POS 11. Modifier 59 not required.
""")

NEG(5, """
Molecular: NGS panel (523 genes) - EGFR exon 19 del (p.E746_A750del) VAF 34%; TP53 c.743G>A (p.R248Q); STK11 wt; KRAS G12C not detected. TMB 12 mut/Mb, MSI-stable. PD-L1 TPS 60% (22C3). Staging: cT2b N2 M0, stage IIIA (AJCC 8th). Hodgkin and Burkitt excluded on heme path review.
""")

NEG(6, """
Vent: AC/VC 450 x 16, PEEP 10, FiO2 40%. Plateau 24, driving pressure 14. ABG 7.36/44/82. P/F 205. RASS -2 on propofol 20 mcg/kg/min. Plan SAT/SBT in AM, hope to extubate tmrw if passes. Foley d/c'd. CVP 8. Levo 0.04 -> off. Lines day 5.
""")

NEG(7, """
Pre-op checklist: Mark the site per protocol before transfer. May consider regional block if INR < 1.5. Grant funding covers the CGM pilot for eligible pts. Bill insurance for the walker and shower chair. Will reassess drain output in AM. Temp rose to 101F overnight then defervesced with acetaminophen. Faith-based support declined.
""")

NEG(8, """
Main concern today is R knee pain x6 wks, worse on stairs. Park the car in the garage level 2 for the imaging suite next time. Stone passed at home last wk per pt (strained, brought in). Pt's king size bed too high for transfers - OT to assess. Price of brand inhaler ~$450/mo, switched to generic. Young adult transition clinic discussed. Hunter syndrome ruled out in childhood.
""")

NEG(9, """
Med rec: metoprolol succinate 25 mg daily; 1/2 tab if HR < 60. Warfarin 5 mg M/W/F, 2.5 mg other days, INR goal 2-3. Glargine 10 u qhs. Vit D 50,000 IU weekly x8 wks. Acetaminophen 650 q6h prn. Labs ordered: CBC w/ diff (85025), BMP (80048), HGBA1C, order codes LAB3021 and LAB118, lavender + gold top.
""")

NEG(10, """
Peds sick visit: 4 yo w/ 2 wks of cough, worse at night. Wt 14.2 kg (50th %ile), Ht 98 cm (45th). Temp 101.2, RR 28, O2 sat 97% RA. Mild subcostal retractions. Immunizations UTD per 2023 schedule. Tanner 1. Summer camp form deferred until cough resolves. Albuterol 2 puffs q4h prn x5 days.
""")

NEG(11, """
Psych f/u: PHQ-9 17 -> 11, GAD-7 12. C-SSRS screen neg. MDD since 2015, 3 prior med trials. Sertraline 100 mg daily; will titrate to 150. Anxiety 3/10, sleep 6h. AUDIT-C 2. Denies SI/HI. Joy in activities returning (anhedonia improved). Will f/u in 4 wks.
""")

NEG(12, """
CT chest w/o contrast. Comparison: prior CT from 2021. Findings: 4 mm RUL solid nodule (series 3, image 112), stable x3 yrs. Mild centrilobular emphysema. Coronary calcs. Bosniak 2 cyst L kidney 1.2 cm. Impression: 1. Stable 4 mm nodule, benign per Fleischner; no f/u. 2. Lung-RADS 2.
""")

NEG(13, """
HD: M/W/F via L radiocephalic AVF. EDW 72.5 kg, pre wt 75.4, UF 2.8 L. Kt/V 1.4, URR 72%. 2K/2.5Ca bath, Qb 400, Qd 600, 3.5 hrs. Thrill +, bruit +. Hgb 10.4 on ESA, PTH 412, phos 5.9. Next tx as scheduled.
""")

NEG(14, """
Ortho: R distal radius fx, Colles type, AO 23-A2, 20 deg dorsal angulation. Closed reduction under hematoma block, sugar-tong splint. NWB x6 wks. Repeat XR 3 views in 1 wk. Cap refill < 2 sec, radial pulse 2+. Hx of Salter-Harris II fx same wrist age 12. ROM 0-120 deg at elbow.
""")

NEG(15, """
MAR notes: vanc 1250 mg q12h; trough before 4th dose at 0530. Cefepime 2 g q8h (0600/1400/2200). Last BM 2 days ago, senna 17.2 mg qhs. I/O +1.2 L. Pt in room 12, bed 2. Charge RN reachable via Vocera. Wood's lamp exam neg. Young's modulus of cast material n/a. Brooks wheelchair cushion ordered.
""")

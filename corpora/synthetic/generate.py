#!/usr/bin/env python3
"""Synthetic, labelled clinical-note corpus for evaluating the deid PHI detector.

Standard library only (Python 3.11).  Deterministic for a given --seed.

    python3 corpora/synthetic/generate.py            # regenerate + self-check
    python3 corpora/synthetic/generate.py --check    # only verify existing files

Outputs (next to this file):
    notes.jsonl          ~600 notes in 12 styles, span-level PHI labels
    queries.jsonl        ~200 short clinician queries (about half PHI-free)
    clinical_terms.txt   clinical terms that must survive de-identification

Every name, place, facility and street below is hand-written in this file; the
generator deliberately does NOT read the detector's lexicons (data/lexicons),
so the corpus does not simply reward memorising those lists.

See README.md for the labelling conventions.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import sys
import unicodedata
from collections import Counter
from datetime import date, timedelta

OUT_DIR = os.path.dirname(os.path.abspath(__file__))

KINDS = (
    "NAME", "STREET_ADDRESS", "CITY", "COUNTY", "ZIP", "GEO", "DATE",
    "AGE_90_PLUS", "PHONE", "FAX", "EMAIL", "SSN", "MRN", "HEALTH_PLAN_ID",
    "ACCOUNT_NUMBER", "LICENSE_NUMBER", "VEHICLE_ID", "DEVICE_ID", "URL",
    "IP_ADDRESS", "OTHER_ID",
)

N_NOTES = 600
PHI_FREE_FRACTION = 0.20
N_QUERIES = 200
MIN_PER_KIND = 30

# ---------------------------------------------------------------------------
# Hand-written name lists (independent of any census / SSA lexicon files)
# ---------------------------------------------------------------------------

FIRST_F = [
    "Mary", "Patricia", "Linda", "Barbara", "Elizabeth", "Jennifer", "Maria",
    "Susan", "Margaret", "Dorothy", "Hope", "Faith", "Rose", "Grace", "Joy",
    "Ruby", "June", "Iris", "Ivy", "Dawn", "Aaliyah", "Adaeze", "Aiko",
    "Alejandra", "Amara", "Anjali", "Annika", "Anna", "Beatriz", "Chiamaka",
    "Chloé", "Dagny", "Deja", "Ebony", "Eleni", "Esperanza", "Fatima",
    "Fernanda", "Guadalupe", "Hadiza", "Hana", "Ingrid", "Imani", "Jamila",
    "Keisha", "Kiana", "Lakshmi", "Leilani", "Mai", "Malia", "Mei", "Nadia",
    "Ngozi", "Noor", "Oksana", "Priya", "Rania", "Renée", "Saoirse",
    "Siobhan", "Sunita", "Svetlana", "Tamar", "Ulrike", "Valentina",
    "Wanjiru", "Ximena", "Yasmin", "Yuki", "Zainab", "Zoë", "Agnieszka",
    "Bronwyn", "Dolores", "Eun-ji", "Gwendolyn", "Hilda", "Inés", "Keiko",
    "Lucía", "Magdalena", "Mildred", "Pilar", "Bernadette", "Opal",
]

FIRST_M = [
    "James", "John", "Robert", "Michael", "William", "David", "Richard",
    "Joseph", "Thomas", "Charles", "Will", "Grant", "Hunter", "Mason",
    "Abdullah", "Ahmed", "Alejandro", "Amit", "Anh", "Arjun", "Bao", "Björn",
    "Chidi", "Chinedu", "Darnell", "Deshawn", "Diego", "Dmitri", "Emeka",
    "Enrique", "Farid", "Giovanni", "Hamza", "Hiroshi", "Hyun-woo", "Ibrahim",
    "Ikaika", "Jamal", "Javier", "Jin", "José", "Joaquín", "Kofi", "Kwame",
    "Lars", "Liam", "Mateo", "Mohammed", "Nikolai", "Olusegun", "Omar",
    "Pavel", "Rahul", "Ramón", "Rashid", "Santiago", "Sean", "Seamus",
    "Sergei", "Tariq", "Tevita", "Tomasz", "Tyrone", "Vikram", "Wei",
    "Xavier", "Yusuf", "Zbigniew", "Cornelius", "Ezekiel", "Otis", "Rufus",
    "Wendell", "Hector", "Malik", "Kenji", "Ravi", "Jean-Pierre", "Mustafa",
]

FIRST_NEUTRAL = ["Jordan", "Taylor", "Morgan", "Casey", "Jamie", "Alex",
                 "Riley", "Avery", "Robin", "Oluwaseun", "Quinn"]

SURNAMES = [
    "Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller",
    "Davis", "Rodriguez", "Martinez", "Hernandez", "Lopez", "Gonzalez",
    "Wilson", "Anderson", "Thomas", "Taylor", "Moore", "Jackson", "Martin",
    "Lee", "Perez", "Thompson", "White", "Harris", "Sanchez", "Clark",
    "Ramirez", "Lewis", "Robinson", "Walker", "Young", "Allen", "King",
    "Wright", "Scott", "Torres", "Nguyen", "Hill", "Flores", "Green",
    "Adams", "Nelson", "Baker", "Hall", "Rivera", "Campbell", "Mitchell",
    "Carter", "Roberts", "Hope", "Grant", "Will", "Rose", "Jordan", "Faith",
    "Little", "Long", "Strong", "Black", "Gray", "Love", "Moody", "Day",
    "May", "Frost", "Snow", "Winter", "Park", "Kim", "Choi", "Tanaka",
    "Yamamoto", "Sato", "Watanabe", "Chen", "Wang", "Zhang", "Liu", "Huang",
    "Tran", "Pham", "Le", "Vo", "Patel", "Shah", "Singh", "Kaur", "Gupta",
    "Reddy", "Iyer", "Chatterjee", "Banerjee", "Khan", "Ahmed", "Hussain",
    "Al-Rashidi", "Al-Farsi", "El-Amin", "Haddad", "Nasser", "Abdi",
    "Mohamud", "Okafor", "Okonkwo", "Adeyemi", "Oyelaran", "Mensah",
    "Asante", "Mwangi", "Otieno", "Abebe", "Tesfaye", "Diallo", "Ndiaye",
    "Kowalczyk", "Nowak", "Wisniewski", "Kovacs", "Horvath", "Novak",
    "Ivanov", "Petrov", "Smirnov", "Kuznetsov", "Popescu", "Papadopoulos",
    "Georgiou", "Rossi", "Russo", "Esposito", "Bianchi", "Romano", "Müller",
    "Schmidt", "Schneider", "Fischer", "Weber", "Becker", "Hoffmann",
    "Jansen", "de Vries", "van der Berg", "van Dijk", "Bakker", "de la Cruz",
    "de los Santos", "del Rio", "da Silva", "dos Santos", "Oliveira",
    "Souza", "Pereira", "Costa", "Ferreira", "O'Sullivan", "O'Brien",
    "O'Neill", "McCarthy", "MacDonald", "Fitzgerald", "Ni Bhriain",
    "Mac Giolla Phadraig", "Byrne", "Doyle", "Kennedy", "Lindqvist",
    "Johansson", "Nilsson", "Hansen", "Larsen", "Jensen", "Haugen",
    "Virtanen", "Korhonen", "Cohen", "Levi", "Friedman", "Goldberg", "Katz",
    "Mizrahi", "Yilmaz", "Kaya", "Demir", "Ozturk", "Begay", "Yazzie",
    "Tsosie", "Kealoha", "Kahananui", "Fonoti", "Tuilagi", "Lopez-Garcia",
    "Smith-Jones", "Ramos-Vega", "Harris-Whitfield", "St. John", "St. Clair",
    "Saint-Pierre", "Dubois", "Lefebvre", "Moreau", "Bouchard", "Gagnon",
    "Tremblay", "Nakamura", "Kobayashi", "Bui", "Dang", "Ho", "Lam", "Ng",
    "Wong", "Chan", "Cheung", "Ong", "Lim", "Tan", "Goh", "Santos", "Reyes",
    "Cruz", "Bautista", "Mendoza", "Villanueva", "Washington", "Jefferson",
    "Franklin", "Brooks", "Banks", "Freeman", "Battle", "Núñez", "Peña",
]

# Names that are also ordinary English words / months / places.  Used only by
# the leak check (an unlabelled "will" or "May" is not a leak).
COMMON_WORD_NAMES = {
    "Hope", "Faith", "Rose", "Grace", "Joy", "Ruby", "June", "Iris", "Ivy",
    "Dawn", "Will", "Grant", "Hunter", "Mason", "Jordan", "Young", "Brown",
    "King", "Little", "Long", "Strong", "Black", "Gray", "Love", "Day",
    "May", "Frost", "Snow", "Winter", "Park", "Green", "Hill", "White",
    "Battle", "Banks", "Brooks", "Washington", "Jefferson", "Franklin",
    "Baker", "Hall", "Le", "Ho", "Lee", "Long", "Martin", "Thomas", "Opal",
    "Taylor", "Carter", "Wright", "Moody", "Freeman", "Cruz", "Lam", "Tan",
    "Will", "Pilar", "Quinn", "Alex", "Jamie",
}

MIDDLE_INITIALS = list("ABCDEFGHJKLMNPRSTW")

RELATIONS = [  # (word, sex or None, shares surname probability)
    ("daughter", "F", 0.6), ("son", "M", 0.8), ("wife", "F", 0.8),
    ("husband", "M", 0.9), ("sister", "F", 0.5), ("brother", "M", 0.8),
    ("niece", "F", 0.3), ("nephew", "M", 0.4), ("granddaughter", "F", 0.4),
    ("grandson", "M", 0.6), ("partner", None, 0.1), ("friend", None, 0.0),
    ("neighbor", None, 0.0), ("daughter-in-law", "F", 0.5),
    ("son-in-law", "M", 0.0), ("cousin", None, 0.3),
]

# ---------------------------------------------------------------------------
# Places (hand-written)
# ---------------------------------------------------------------------------

STATES = {
    "AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "CA": "California",
    "CO": "Colorado", "CT": "Connecticut", "FL": "Florida", "GA": "Georgia",
    "HI": "Hawaii", "ID": "Idaho", "IL": "Illinois", "IN": "Indiana",
    "IA": "Iowa", "KY": "Kentucky", "LA": "Louisiana", "MD": "Maryland",
    "MA": "Massachusetts", "MI": "Michigan", "MN": "Minnesota",
    "MO": "Missouri", "MT": "Montana", "NE": "Nebraska", "NJ": "New Jersey",
    "NM": "New Mexico", "NY": "New York", "NC": "North Carolina",
    "ND": "North Dakota", "OH": "Ohio", "OR": "Oregon", "PA": "Pennsylvania",
    "RI": "Rhode Island", "SD": "South Dakota", "TN": "Tennessee",
    "TX": "Texas", "UT": "Utah", "VA": "Virginia", "WA": "Washington",
    "WI": "Wisconsin", "WY": "Wyoming",
}

CITIES = [  # (city, state, zip3)
    ("Cleveland", "OH", "441"), ("Columbus", "OH", "432"), ("Akron", "OH", "443"),
    ("Cuyahoga Falls", "OH", "442"), ("Dayton", "OH", "454"), ("Toledo", "OH", "436"),
    ("Lorain", "OH", "440"), ("Parma", "OH", "441"), ("Lakewood", "OH", "441"),
    ("Independence", "OH", "441"), ("Mentor", "OH", "440"), ("Warren", "OH", "444"),
    ("Pittsburgh", "PA", "152"), ("Erie", "PA", "165"), ("Philadelphia", "PA", "191"),
    ("Ann Arbor", "MI", "481"), ("Grand Rapids", "MI", "495"), ("Detroit", "MI", "482"),
    ("Chicago", "IL", "606"), ("Evanston", "IL", "602"), ("Springfield", "IL", "627"),
    ("Milwaukee", "WI", "532"), ("Madison", "WI", "537"), ("Minneapolis", "MN", "554"),
    ("St. Paul", "MN", "551"), ("Des Moines", "IA", "503"), ("Omaha", "NE", "681"),
    ("Kansas City", "MO", "641"), ("St. Louis", "MO", "631"), ("Louisville", "KY", "402"),
    ("Nashville", "TN", "372"), ("Memphis", "TN", "381"), ("Atlanta", "GA", "303"),
    ("Savannah", "GA", "314"), ("Charlotte", "NC", "282"), ("Winston-Salem", "NC", "271"),
    ("Richmond", "VA", "232"), ("Baltimore", "MD", "212"), ("Boston", "MA", "021"),
    ("Worcester", "MA", "016"), ("Providence", "RI", "029"), ("Hartford", "CT", "061"),
    ("Buffalo", "NY", "142"), ("Rochester", "NY", "146"), ("Newark", "NJ", "071"),
    ("Miami", "FL", "331"), ("Tampa", "FL", "336"), ("Orlando", "FL", "328"),
    ("Jacksonville", "FL", "322"), ("New Orleans", "LA", "701"), ("Baton Rouge", "LA", "708"),
    ("Houston", "TX", "770"), ("San Antonio", "TX", "782"), ("El Paso", "TX", "799"),
    ("Austin", "TX", "787"), ("Dallas", "TX", "752"), ("Albuquerque", "NM", "871"),
    ("Las Cruces", "NM", "880"), ("Phoenix", "AZ", "850"), ("Tucson", "AZ", "857"),
    ("Denver", "CO", "802"), ("Boulder", "CO", "803"), ("Salt Lake City", "UT", "841"),
    ("Boise", "ID", "837"), ("Coeur d'Alene", "ID", "838"), ("Seattle", "WA", "981"),
    ("Spokane", "WA", "992"), ("Portland", "OR", "972"), ("Eugene", "OR", "974"),
    ("Sacramento", "CA", "958"), ("Oakland", "CA", "946"), ("San Diego", "CA", "921"),
    ("Fresno", "CA", "937"), ("Honolulu", "HI", "968"), ("Anchorage", "AK", "995"),
    ("Sioux Falls", "SD", "571"), ("Fargo", "ND", "581"), ("Billings", "MT", "591"),
    ("Cheyenne", "WY", "820"), ("Fort Wayne", "IN", "468"), ("Indianapolis", "IN", "462"),
    ("Gary", "IN", "464"), ("Florence", "AL", "356"), ("Española", "NM", "875"),
]

COUNTIES = [  # (name, state, suffix)
    ("Cuyahoga", "OH", "County"), ("Summit", "OH", "County"), ("Lorain", "OH", "County"),
    ("Franklin", "OH", "County"), ("Montgomery", "OH", "County"), ("Lucas", "OH", "County"),
    ("Lake", "OH", "County"), ("Trumbull", "OH", "County"),
    ("Allegheny", "PA", "County"), ("Erie", "PA", "County"), ("Philadelphia", "PA", "County"),
    ("Washtenaw", "MI", "County"), ("Wayne", "MI", "County"), ("Kent", "MI", "County"),
    ("Cook", "IL", "County"), ("DuPage", "IL", "County"), ("Sangamon", "IL", "County"),
    ("Milwaukee", "WI", "County"), ("Dane", "WI", "County"), ("Hennepin", "MN", "County"),
    ("Ramsey", "MN", "County"), ("Polk", "IA", "County"), ("Douglas", "NE", "County"),
    ("Jackson", "MO", "County"), ("St. Louis", "MO", "County"), ("Jefferson", "KY", "County"),
    ("Davidson", "TN", "County"), ("Shelby", "TN", "County"), ("Fulton", "GA", "County"),
    ("Chatham", "GA", "County"), ("Mecklenburg", "NC", "County"), ("Forsyth", "NC", "County"),
    ("Henrico", "VA", "County"), ("Baltimore", "MD", "County"), ("Prince George's", "MD", "County"),
    ("Suffolk", "MA", "County"), ("Worcester", "MA", "County"), ("Providence", "RI", "County"),
    ("Hartford", "CT", "County"), ("Erie", "NY", "County"), ("Monroe", "NY", "County"),
    ("Essex", "NJ", "County"), ("Miami-Dade", "FL", "County"), ("Hillsborough", "FL", "County"),
    ("Orange", "FL", "County"), ("Duval", "FL", "County"), ("Orleans", "LA", "Parish"),
    ("East Baton Rouge", "LA", "Parish"), ("Harris", "TX", "County"), ("Bexar", "TX", "County"),
    ("El Paso", "TX", "County"), ("Travis", "TX", "County"), ("Dallas", "TX", "County"),
    ("Bernalillo", "NM", "County"), ("Doña Ana", "NM", "County"), ("Rio Arriba", "NM", "County"),
    ("Maricopa", "AZ", "County"), ("Pima", "AZ", "County"), ("Denver", "CO", "County"),
    ("Boulder", "CO", "County"), ("Salt Lake", "UT", "County"), ("Ada", "ID", "County"),
    ("Kootenai", "ID", "County"), ("King", "WA", "County"), ("Spokane", "WA", "County"),
    ("Multnomah", "OR", "County"), ("Lane", "OR", "County"), ("Sacramento", "CA", "County"),
    ("Alameda", "CA", "County"), ("San Diego", "CA", "County"), ("Fresno", "CA", "County"),
    ("Honolulu", "HI", "County"), ("Minnehaha", "SD", "County"), ("Cass", "ND", "County"),
    ("Yellowstone", "MT", "County"), ("Laramie", "WY", "County"), ("Allen", "IN", "County"),
    ("Marion", "IN", "County"), ("Lake", "IN", "County"), ("Lauderdale", "AL", "County"),
    ("Anchorage", "AK", "Borough"),
]

STREET_NAMES = [
    "Maple", "Oak", "Elm", "Cedar", "Lakeshore", "Lincoln", "Martin Luther King Jr.",
    "Euclid", "Detroit", "Superior", "Prospect", "Chestnut", "Walnut", "Park",
    "Hillcrest", "Sunset", "Ridgewood", "Willow", "Birch", "Third", "42nd", "Old Mill",
    "Country Club", "Saint Clair", "Riverside", "Magnolia", "Peachtree", "Kingsbury",
    "Harvard", "Fairmount", "Mayfield", "Broadview", "Pearl", "Juniper", "Sycamore",
    "Cherry Blossom", "Lake Forest", "Pine Hollow", "Bluebonnet", "Mesa Verde",
    "Camino del Sol", "Kalakaua", "Ashbury", "Wentworth", "Grandview", "Lorain",
    "Clifton", "Shaker", "Coventry", "Blossom Hill", "Ridge", "Dover", "Whitney",
]
STREET_TYPES = ["Ave", "Avenue", "St", "Street", "Rd", "Road", "Blvd", "Dr", "Drive",
                "Ln", "Lane", "Ct", "Way", "Pkwy", "Terrace", "Circle", "Pl", "Trail"]

FACILITIES = [
    "St. Vincent's Hospital", "Mt. Sinai Medical Center", "Riverside Assisted Living",
    "Mercy General Hospital", "Good Samaritan Hospital", "Lakeshore Regional Medical Center",
    "St. Luke's Medical Center", "Our Lady of Lourdes Hospital", "Providence St. Joseph Hospital",
    "Parkview Community Hospital", "Northside Family Health Clinic",
    "Eastside Community Health Center", "Cedar Ridge Behavioral Health",
    "Willow Creek Nursing and Rehabilitation", "Sunrise Senior Living of Brookfield",
    "Maple Grove Skilled Nursing Facility", "Golden Years Memory Care", "Hillcrest Hospice House",
    "Bayview Dialysis Center", "Summit Orthopedic Surgery Center", "Three Rivers Urgent Care",
    "Valley View Medical Center", "Holy Cross Hospital", "Heartland Rehabilitation Hospital",
    "Desert Springs Hospital", "Pine Hollow Clinic", "Blue Ridge Women's Health",
    "Harborview Medical Center", "Evergreen Manor", "Oak Haven Group Home",
    "Hope Haven Shelter", "Grace House Shelter", "St. Martin de Porres Shelter",
    "Eleanor Whitfield VA Medical Center", "Fairview Southdale Hospital",
    "Baptist Memorial Hospital", "Presbyterian Hospital of Westfield",
    "University Medical Center of Southfield", "Kindred Hospital Westside",
    "Children's Hospital of the Prairie", "Lakeview Nursing and Rehabilitation Center",
    "Brookside Family Medicine", "Prairie Star Cancer Institute", "Magnolia Gardens Assisted Living",
    "Silver Lake Adult Day Center", "Meadowbrook Rehabilitation Center",
]

COUNTRIES = ["Mexico", "Jordan", "Brazil", "India", "Nigeria", "Vietnam", "Poland",
             "Ireland", "Guatemala", "the Philippines", "Kenya", "Ukraine", "Somalia",
             "Haiti", "Georgia (the country)", "Peru", "Ghana", "Italy"]

PAYERS = ["Medicare", "Medicaid", "Aetna", "Anthem Blue Cross", "UnitedHealthcare",
          "Humana Gold Plus", "Cigna", "CareSource", "Molina Healthcare", "Tricare",
          "Kaiser Permanente", "Medical Mutual"]

JOBS = ["machinist", "teacher", "nurse", "bus driver", "accountant", "farmer",
        "electrician", "postal worker", "engineer", "cook", "librarian", "welder",
        "home health aide", "truck driver", "pastor", "seamstress"]

AREA_CODES = ["216", "330", "440", "419", "614", "513", "312", "773", "847", "414",
              "608", "612", "651", "515", "402", "816", "314", "502", "615", "901",
              "404", "912", "704", "336", "804", "410", "617", "508", "401", "860",
              "716", "585", "973", "215", "305", "813", "407", "904", "504", "225",
              "713", "210", "915", "512", "214", "505", "575", "602", "520", "303",
              "720", "801", "208", "206", "509", "503", "541", "916", "510", "619",
              "559", "808", "907", "605", "701", "406", "307", "260", "317", "219",
              "555", "555", "555"]

EMAIL_DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "aol.com", "icloud.com",
                 "hotmail.com", "comcast.net", "protonmail.com", "att.net"]
ORG_DOMAINS = ["example-health.org", "lakeshorehealth.org", "riversidecare.org",
               "mercygeneral.org", "valleyviewmed.org", "northsideclinic.com",
               "prairiestar.org", "harborview-med.org"]

# ---------------------------------------------------------------------------
# Clinical (non-PHI) vocabulary: used as hard negatives and for the allow list
# ---------------------------------------------------------------------------

EPONYMS = [
    "Parkinson's disease", "Hodgkin lymphoma", "non-Hodgkin lymphoma", "Crohn's disease",
    "Addison's disease", "Alzheimer's dementia", "Bell's palsy", "Cushing syndrome",
    "Graves disease", "Hashimoto's thyroiditis", "Sjogren's syndrome", "Raynaud's phenomenon",
    "Guillain-Barre syndrome", "Meniere's disease", "Barrett's esophagus",
    "Wolff-Parkinson-White syndrome", "Down syndrome", "Marfan syndrome", "Kawasaki disease",
    "Paget's disease of bone", "Dupuytren's contracture", "Huntington's disease",
    "Wilson's disease", "von Willebrand disease", "Takotsubo cardiomyopathy",
    "Wernicke encephalopathy", "Korsakoff syndrome", "Lyme disease", "Tourette syndrome",
    "Kaposi sarcoma", "Burkitt lymphoma", "Ewing sarcoma", "Wilms tumor",
    "Zollinger-Ellison syndrome", "Mallory-Weiss tear", "Baker's cyst", "Colles fracture",
    "Bence Jones proteinuria", "Charcot foot", "Brown-Sequard syndrome",
    "Stevens-Johnson syndrome", "Hirschsprung disease", "Osgood-Schlatter disease",
    "Lou Gehrig's disease", "Tetralogy of Fallot", "Ludwig's angina", "Lewy body dementia",
    "Waldenstrom macroglobulinemia", "Dressler syndrome", "Conn syndrome",
]

SIGNS = [
    "Babinski sign", "Murphy's sign", "Homan's sign", "Kernig's sign", "Brudzinski's sign",
    "Romberg test", "Trousseau sign", "Chvostek sign", "Tinel's sign", "Phalen's test",
    "McBurney's point tenderness", "Rovsing's sign", "Kussmaul respirations",
    "Cheyne-Stokes respirations", "Virchow's node", "Foley catheter", "Swan-Ganz catheter",
    "Hickman line", "Jackson-Pratt drain", "Penrose drain", "Whipple procedure",
    "Nissen fundoplication", "Roux-en-Y gastric bypass", "Hartmann's procedure",
    "Billroth II", "Glasgow Coma Scale", "Apgar score", "Gleason score 3+4=7",
    "Breslow depth", "Clark level", "Bishop score", "Ranson criteria", "Child-Pugh class B",
    "Mallampati II", "Snellen 20/40", "Allen test", "Fleischner Society guidelines",
    "Cockcroft-Gault", "Seldinger technique", "Valsalva maneuver", "Trendelenburg position",
    "Heimlich maneuver", "Bovie cautery", "Doppler ultrasound", "Holter monitor",
]

GENES = [
    "BRCA2 c.5946delT", "BRCA1 c.68_69delAG", "EGFR L858R", "EGFR exon 19 deletion",
    "KRAS G12C", "BRAF V600E", "JAK2 V617F", "HFE C282Y", "Factor V Leiden", "APOE e4/e4",
    "CFTR F508del", "TP53 R175H", "IDH1 R132H", "PIK3CA H1047R", "ALK rearrangement",
    "MTHFR C677T", "HLA-B*57:01", "CYP2C19*2", "FLT3-ITD", "NPM1 mutation",
    "ERBB2 amplification", "MSI-high", "PD-L1 TPS 60%", "ATM c.7271T>G", "PALB2 c.3113G>A",
]

CODES = [
    "ICD-10 E11.9", "ICD-10 I10", "ICD-10 I48.91", "ICD-10 N18.32", "ICD-10 J44.1",
    "ICD-10 C50.911", "ICD-10 G20", "ICD-10 F03.90", "ICD-10 Z79.01", "ICD-10 I50.22",
    "ICD-10 K50.90", "ICD-10 E27.1", "LOINC 2345-7", "LOINC 4548-4", "LOINC 2160-0",
    "LOINC 718-7", "LOINC 33914-3", "SNOMED 44054006", "SNOMED 38341003",
    "SNOMED 195967001", "SNOMED 49436004", "CPT 99213", "CPT 99223", "CPT 93306",
    "CPT 71260", "CPT 88307", "CPT 45378", "HCPCS G0439", "HCPCS J1885", "DRG 291",
    "RxNorm 197361", "NDC 0093-7146-56",
]

DX = [  # chronic problems (PMH)
    "type 2 diabetes mellitus", "hypertension", "hyperlipidemia", "CKD stage 3b",
    "HFrEF (EF 30%)", "HFpEF", "atrial fibrillation", "COPD on 2L home O2", "CAD s/p PCI",
    "hypothyroidism", "GERD", "osteoarthritis", "osteoporosis", "major depressive disorder",
    "obstructive sleep apnea on CPAP", "iron deficiency anemia", "BPH",
    "peripheral artery disease", "gout", "chronic low back pain", "glaucoma",
    "macular degeneration", "mild cognitive impairment", "bilateral hearing loss",
]

ACUTE = [  # (admission problem, matching treatment)
    ("community-acquired pneumonia", "ceftriaxone 1 g IV daily and azithromycin 500 mg PO daily"),
    ("acute on chronic HFrEF", "furosemide 40 mg IV BID with daily weights"),
    ("sepsis secondary to UTI", "piperacillin-tazobactam 4.5 g IV q6h, 30 mL/kg LR bolus"),
    ("NSTEMI", "heparin drip per ACS nomogram, aspirin 81 mg daily, atorvastatin 80 mg nightly"),
    ("DKA", "insulin infusion per DKA protocol, add dextrose once glucose < 250"),
    ("acute kidney injury", "LR at 100 mL/h, hold lisinopril, renally dose medications"),
    ("cellulitis of the left lower extremity", "cefazolin 2 g IV q8h, elevate extremity"),
    ("C. difficile colitis", "oral vancomycin 125 mg QID x10 days"),
    ("hyponatremia", "fluid restriction 1.2 L/day, sodium chloride tabs 1 g TID"),
    ("COPD exacerbation", "prednisone 40 mg daily x5 days, albuterol-ipratropium nebs q4h"),
    ("atrial fibrillation with RVR", "diltiazem 10 mg IV x1 then metoprolol tartrate 25 mg PO q6h"),
    ("left hip fracture", "orthopedics consult, acetaminophen 1 g q8h, hold apixaban"),
    ("COVID-19 pneumonia", "dexamethasone 6 mg daily, remdesivir, prone as tolerated"),
    ("aspiration pneumonia", "ampicillin-sulbactam 3 g IV q6h, SLP swallow evaluation"),
    ("small bowel obstruction", "NPO, NG tube to low intermittent suction, surgery consult"),
    ("hyperactive delirium", "nonpharmacologic measures, melatonin 3 mg qHS, avoid benzodiazepines"),
    ("acute ischemic stroke", "aspirin 325 mg x1, permissive hypertension, neurology consult"),
    ("upper GI bleed", "pantoprazole 40 mg IV BID, transfuse for Hgb < 7, GI for EGD"),
    ("acute pyelonephritis", "ceftriaxone 1 g IV daily"),
    ("symptomatic bradycardia", "telemetry, hold metoprolol, cardiology consult re: pacemaker"),
]


PROCS = [
    "CABG x3", "right total knee arthroplasty", "laparoscopic cholecystectomy",
    "appendectomy", "TURP", "left hip hemiarthroplasty", "cataract extraction OU",
    "PCI with DES to LAD", "hysterectomy", "Nissen fundoplication", "Whipple procedure",
    "lumbar laminectomy L4-L5", "TAVR", "carotid endarterectomy", "colectomy",
]

SYMPTOMS = [
    "shortness of breath", "chest pain", "productive cough with brown sputum", "dizziness",
    "generalized weakness", "abdominal pain", "nausea and vomiting", "confusion",
    "fever and chills", "left leg swelling", "dysuria", "palpitations", "headache",
    "syncope", "melena", "hematuria", "right-sided weakness", "dyspnea on exertion",
    "worsening edema", "low back pain", "recurrent falls", "rose-colored urine",
    "poor appetite", "word-finding difficulty",
]

CC_QUOTES = ["I can't catch my breath", "my chest feels heavy", "I keep falling",
             "my legs are swollen", "I feel like I'm going to pass out",
             "I haven't been myself", "the pain will not go away"]

ALLERGIES = ["penicillin (rash)", "sulfa (hives)", "codeine (nausea)", "latex",
             "iodinated contrast (anaphylaxis)", "lisinopril (angioedema)", "shellfish",
             "NKDA", "vancomycin (red man syndrome)", "morphine (pruritus)"]

MEDS = [
    ("metoprolol succinate", ["25 mg", "50 mg", "100 mg"], ["PO daily"]),
    ("metoprolol tartrate", ["12.5 mg", "25 mg"], ["PO BID"]),
    ("lisinopril", ["5 mg", "10 mg", "20 mg", "40 mg"], ["PO daily"]),
    ("losartan", ["25 mg", "50 mg", "100 mg"], ["PO daily"]),
    ("amlodipine", ["5 mg", "10 mg"], ["PO daily"]),
    ("hydrochlorothiazide", ["12.5 mg", "25 mg"], ["PO daily"]),
    ("furosemide", ["20 mg", "40 mg", "80 mg"], ["PO daily", "IV BID", "PO BID"]),
    ("torsemide", ["20 mg", "40 mg"], ["PO daily"]),
    ("spironolactone", ["12.5 mg", "25 mg"], ["PO daily"]),
    ("atorvastatin", ["20 mg", "40 mg", "80 mg"], ["PO nightly"]),
    ("rosuvastatin", ["10 mg", "20 mg"], ["PO daily"]),
    ("aspirin", ["81 mg"], ["PO daily"]),
    ("clopidogrel", ["75 mg"], ["PO daily"]),
    ("apixaban", ["2.5 mg", "5 mg"], ["PO BID"]),
    ("rivaroxaban", ["15 mg", "20 mg"], ["PO daily with dinner"]),
    ("warfarin", ["2.5 mg", "5 mg"], ["PO daily (goal INR 2-3)"]),
    ("heparin", ["5000 units"], ["SC q8h"]),
    ("enoxaparin", ["40 mg", "1 mg/kg"], ["SC daily", "SC q12h"]),
    ("insulin glargine", ["10 units", "18 units", "24 units"], ["SC qHS"]),
    ("insulin lispro", ["4 units", "6 units"], ["SC TID AC plus sliding scale"]),
    ("metformin", ["500 mg", "1000 mg"], ["PO BID"]),
    ("empagliflozin", ["10 mg"], ["PO daily"]),
    ("semaglutide", ["0.5 mg", "1 mg"], ["SC weekly"]),
    ("levothyroxine", ["50 mcg", "75 mcg", "88 mcg"], ["PO daily"]),
    ("pantoprazole", ["40 mg"], ["PO daily"]),
    ("omeprazole", ["20 mg"], ["PO daily"]),
    ("sertraline", ["50 mg", "100 mg"], ["PO daily"]),
    ("escitalopram", ["10 mg"], ["PO daily"]),
    ("mirtazapine", ["7.5 mg", "15 mg"], ["PO qHS"]),
    ("donepezil", ["5 mg", "10 mg"], ["PO qHS"]),
    ("memantine", ["10 mg"], ["PO BID"]),
    ("carbidopa-levodopa", ["25-100 mg 1 tab", "25-100 mg 2 tabs"], ["PO TID"]),
    ("gabapentin", ["100 mg", "300 mg"], ["PO TID", "PO qHS"]),
    ("acetaminophen", ["650 mg", "1 g"], ["PO q6h PRN pain"]),
    ("oxycodone", ["5 mg"], ["PO q4h PRN severe pain"]),
    ("tamsulosin", ["0.4 mg"], ["PO qHS"]),
    ("finasteride", ["5 mg"], ["PO daily"]),
    ("albuterol", ["2 puffs"], ["inhaled q4h PRN wheeze"]),
    ("tiotropium", ["18 mcg"], ["inhaled daily"]),
    ("fluticasone-salmeterol", ["250/50 mcg 1 puff"], ["inhaled BID"]),
    ("prednisone", ["40 mg", "10 mg"], ["PO daily x5 days", "PO daily"]),
    ("hydrocortisone", ["20 mg AM / 10 mg PM"], ["PO"]),
    ("methimazole", ["10 mg"], ["PO daily"]),
    ("mesalamine", ["1.2 g"], ["PO BID"]),
    ("vancomycin", ["1250 mg", "1 g"], ["IV q12h"]),
    ("piperacillin-tazobactam", ["4.5 g"], ["IV q6h"]),
    ("ceftriaxone", ["1 g", "2 g"], ["IV daily"]),
    ("azithromycin", ["500 mg"], ["PO daily x3 days"]),
    ("cephalexin", ["500 mg"], ["PO QID x7 days"]),
    ("nitrofurantoin", ["100 mg"], ["PO BID x5 days"]),
    ("potassium chloride", ["20 mEq", "40 mEq"], ["PO daily", "PO x1"]),
    ("magnesium oxide", ["400 mg"], ["PO daily"]),
    ("cholecalciferol", ["2000 IU"], ["PO daily"]),
    ("cyanocobalamin", ["1000 mcg"], ["PO daily"]),
    ("ferrous sulfate", ["325 mg"], ["PO daily"]),
    ("senna", ["8.6 mg"], ["PO qHS PRN constipation"]),
    ("polyethylene glycol", ["17 g"], ["PO daily"]),
    ("ondansetron", ["4 mg"], ["IV q6h PRN nausea"]),
    ("quetiapine", ["12.5 mg", "25 mg"], ["PO qHS PRN agitation"]),
    ("allopurinol", ["100 mg", "300 mg"], ["PO daily"]),
    ("colchicine", ["0.6 mg"], ["PO daily"]),
    ("digoxin", ["0.125 mg"], ["PO daily"]),
    ("amiodarone", ["200 mg"], ["PO daily"]),
    ("diltiazem ER", ["120 mg", "180 mg"], ["PO daily"]),
    ("nitroglycerin", ["0.4 mg"], ["SL q5min PRN chest pain"]),
]

SCORES = ["GCS 15", "GCS 14", "NIHSS 4", "NIHSS 0", "CHA2DS2-VASc 4", "HAS-BLED 2",
          "Wells score 2", "PHQ-9 of 14", "Braden 16", "Morse fall score 45",
          "MoCA 22/30", "MMSE 24/30", "CURB-65 of 2", "qSOFA 1", "APACHE II 18",
          "Apgar 8 and 9", "ECOG 1", "Karnofsky 70", "CIWA 6", "RASS -1", "Caprini 5"]

ABBREVIATIONS = [
    "NKDA", "SOB", "DOE", "PRN", "BID", "TID", "QID", "qHS", "PO", "IV", "SC", "NPO",
    "CHF", "COPD", "CKD", "AKI", "DVT", "PE", "MI", "CABG", "PCI", "TIA", "CVA", "GERD",
    "BPH", "UTI", "OSA", "HCPOA", "DNR/DNI", "A&Ox3", "PERRL", "EOMI", "NT/ND", "RRR",
    "CTAB", "I/O", "SNF", "LTAC", "PT/OT", "ADLs", "IADLs", "MMSE", "MoCA", "NGTD",
    "TTE", "TEE", "EF", "LVEF", "JVP", "ESI", "LOC", "MVC", "s/p", "r/o", "c/o", "h/o",
]

# Radiology: each exam comes with a matching technique and (finding, impression)
# pairs.  Findings/impressions may hold placeholders; PHI-free notes only use the
# ones without "{".
RAD_SETS = [
    {"exams": ["CT chest with IV contrast", "CTA chest (PE protocol)"], "q": "Evaluate for PE.",
     "tech": "Axial images were obtained from the thoracic inlet through the adrenals following administration of 80 mL Omnipaque 350 IV. Coronal and sagittal reformats. DLP 412 mGy-cm.",
     "pairs": [
         ("Lungs: 4 mm solid nodule in the right upper lobe (series 3, image 45), unchanged. No consolidation.\nPleura: small right pleural effusion.\nHeart: mild cardiomegaly. Coronary artery calcifications. No pericardial effusion.\nPulmonary arteries: no filling defect to the segmental level.\nUpper abdomen: 1.2 cm hypodensity in the left kidney, likely a cyst.\nBones: degenerative changes of the thoracic spine.",
          "1. No pulmonary embolism.\n2. Stable 4 mm right upper lobe nodule; no follow-up needed per Fleischner Society guidelines.\n3. Small right pleural effusion."),
         ("Pulmonary arteries: filling defects in the right lower lobe segmental and subsegmental arteries. RV/LV ratio 0.9; no septal bowing.\nLungs: peripheral wedge-shaped opacity in the right lower lobe. No pneumothorax.",
          "1. Acute right lower lobe pulmonary emboli without CT evidence of right heart strain.\n2. Possible early pulmonary infarct."),
         ("Dual-chamber ICD (device clinic record lists SN: {dev}) with leads in the right atrium and right ventricle. No filling defect in the pulmonary arteries. Mild cardiomegaly.",
          "1. No pulmonary embolism.\n2. ICD leads in expected position."),
     ]},
    {"exams": ["CT head without contrast"], "q": "Assess for intracranial hemorrhage.",
     "tech": "Noncontrast axial CT of the head with sagittal and coronal reformats. CTDIvol 52 mGy.",
     "pairs": [
         ("No acute intracranial hemorrhage, mass effect, or midline shift. Chronic small vessel ischemic changes. Remote lacunar infarct in the left basal ganglia. Ventricles proportionate to sulci. Mastoid air cells and paranasal sinuses are clear. Calvarium intact.",
          "1. No acute intracranial abnormality.\n2. Chronic microvascular ischemic changes."),
         ("Acute left frontoparietal subdural hematoma measuring 8 mm in maximal thickness with 3 mm rightward midline shift. No hydrocephalus. Left parietal scalp hematoma.",
          "Acute left subdural hematoma with mild mass effect."),
     ]},
    {"exams": ["MRI brain with and without contrast"], "q": "Evaluate for acute stroke.",
     "tech": "Multiplanar, multisequence MRI before and after 7 mL gadobutrol IV.",
     "pairs": [
         ("Restricted diffusion in the left insula and frontal operculum with corresponding FLAIR hyperintensity. No hemorrhage. Flow voids preserved.",
          "Acute infarct in the left MCA territory."),
         ("No restricted diffusion. Mild generalized volume loss and periventricular white matter T2 hyperintensities. No abnormal enhancement.",
          "No acute intracranial abnormality. Chronic small vessel ischemic disease."),
     ]},
    {"exams": ["XR chest PA and lateral", "XR chest portable AP"], "q": "Evaluate for pneumonia.",
     "tech": "Frontal and lateral views of the chest.",
     "pairs": [
         ("Left-sided dual-chamber pacemaker with leads terminating in the right atrium and right ventricle. Cardiomediastinal silhouette is enlarged. Mild pulmonary vascular congestion. Small bilateral pleural effusions. No pneumothorax.",
          "1. Mild interstitial edema.\n2. Pacemaker in expected position."),
         ("Patchy consolidation in the right lower lobe with air bronchograms. Blunting of the right costophrenic angle. Heart size normal.",
          "Right lower lobe pneumonia with small parapneumonic effusion."),
     ]},
    {"exams": ["US right upper quadrant"], "q": "Evaluate for cholecystitis.",
     "tech": "Grayscale and color Doppler ultrasound images were obtained.",
     "pairs": [
         ("Gallbladder: distended with multiple shadowing stones, wall thickening to 5 mm, pericholecystic fluid, and positive sonographic Murphy's sign.\nCommon bile duct: 4 mm.\nLiver: normal echotexture.\nRight kidney: 10.8 cm, no hydronephrosis.",
          "Acute calculous cholecystitis."),
     ]},
    {"exams": ["CT abdomen and pelvis with IV contrast"], "q": "Evaluate for obstruction.",
     "tech": "Axial images of the abdomen and pelvis after 100 mL Omnipaque 350 IV; no oral contrast.",
     "pairs": [
         ("Dilated fluid-filled small bowel loops up to 3.8 cm with a transition point in the right lower quadrant. Distal ileum and colon decompressed. No free air. Small volume ascites.",
          "Small bowel obstruction with transition point in the right lower quadrant, likely adhesive."),
         ("Sigmoid diverticulosis with wall thickening and pericolic fat stranding. No abscess or extraluminal air.",
          "Acute uncomplicated sigmoid diverticulitis."),
     ]},
    {"exams": ["MRI lumbar spine without contrast"], "q": "Evaluate for stenosis.",
     "tech": "Sagittal and axial T1- and T2-weighted images without contrast.",
     "pairs": [
         ("L4-L5: broad-based disc bulge with moderate central canal stenosis and bilateral foraminal narrowing.\nL5-S1: small central protrusion contacting the traversing S1 nerve roots. Conus terminates at L1.",
          "Moderate L4-L5 central canal stenosis. Recommend clinical correlation."),
     ]},
    {"exams": ["Bilateral lower extremity venous duplex"], "q": "Evaluate for DVT.",
     "tech": "Grayscale compression and color Doppler imaging of the deep veins of both legs.",
     "pairs": [
         ("Occlusive thrombus in the left common femoral and popliteal veins. Right lower extremity veins compressible with normal phasic flow. Baker's cyst in the right popliteal fossa measuring 3.1 x 1.4 cm.",
          "Acute left lower extremity DVT."),
         ("All deep veins fully compressible bilaterally with normal flow and augmentation. Baker's cyst in the left popliteal fossa, 2.2 cm.",
          "No DVT. Left Baker's cyst."),
     ]},
    {"exams": ["Screening mammogram bilateral (3D)"], "q": "Routine screening.",
     "tech": "Bilateral CC and MLO views with tomosynthesis.",
     "pairs": [
         ("The breasts are heterogeneously dense. No suspicious masses, calcifications, or architectural distortion.",
          "BI-RADS 1: Negative. Routine screening mammogram in 1 year."),
     ]},
    {"exams": ["XR left hip 2 views"], "q": "Evaluate for fracture after fall.",
     "tech": "AP pelvis and lateral left hip.",
     "pairs": [
         ("Acute minimally displaced fracture of the left femoral neck. No dislocation. Diffuse osteopenia. Vascular calcifications.",
          "Acute left femoral neck fracture."),
     ]},
    {"exams": ["CT cervical spine without contrast"], "q": "Evaluate for fracture after fall.",
     "tech": "Noncontrast helical CT of the cervical spine with sagittal and coronal reformats.",
     "pairs": [
         ("No acute fracture or malalignment. Multilevel degenerative disc disease, most pronounced at C5-C6. Prevertebral soft tissues normal.",
          "No acute cervical spine fracture."),
     ]},
]



# ---------------------------------------------------------------------------
# Check-digit helpers for realistic identifiers
# ---------------------------------------------------------------------------

def luhn_check_digit(payload: str) -> int:
    total = 0
    for i, ch in enumerate(reversed(payload)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return (10 - total % 10) % 10


VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
VIN_TRANSLIT = {**{str(i): i for i in range(10)},
                "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7, "H": 8,
                "J": 1, "K": 2, "L": 3, "M": 4, "N": 5, "P": 7, "R": 9,
                "S": 2, "T": 3, "U": 4, "V": 5, "W": 6, "X": 7, "Y": 8, "Z": 9}
VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin_check_char(vin17: str) -> str:
    s = sum(VIN_TRANSLIT[c] * w for c, w in zip(vin17, VIN_WEIGHTS))
    r = s % 11
    return "X" if r == 10 else str(r)


def gs1_check_digit(payload: str) -> int:
    total = 0
    for i, ch in enumerate(reversed(payload)):
        total += int(ch) * (3 if i % 2 == 0 else 1)
    return (10 - total % 10) % 10


assert luhn_check_digit("80840" + "123456789") == 3          # NPI 1234567893
assert vin_check_char("1HGCM82633A004352") == "3"             # textbook VIN
assert gs1_check_digit("0084458800328") == 8                  # GTIN 00844588003288


def ascii_fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def ordinal(n: int) -> str:
    if 10 <= n % 100 <= 20:
        suf = "th"
    else:
        suf = {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf}"


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
MON3 = [m[:3] for m in MONTHS]


# ---------------------------------------------------------------------------
# People
# ---------------------------------------------------------------------------

def W(rng, pairs):
    """Weighted choice from [(value, weight), ...]."""
    tot = sum(w for _, w in pairs)
    x = rng.random() * tot
    for v, w in pairs:
        x -= w
        if x < 0:
            return v
    return pairs[-1][0]


ROLE_KIND = {"pt": "pt", "doc": "prov", "doc2": "prov", "pcp": "prov", "ref": "prov",
             "rad": "prov", "path": "prov", "nurse": "nurse", "nurse2": "nurse",
             "sw": "staff", "sw2": "staff", "pharm": "staff", "rel": "rel", "rel2": "rel"}

ROLE_STYLES = {
    "pt": [("full", 30), ("title", 25), ("tfull", 5), ("init", 6), ("first", 6),
           ("last", 3), ("generic", 10)],
    "prov": [("dr", 40), ("drfull", 20), ("cred", 20), ("icred", 10), ("last", 3), ("full", 7)],
    "nurse": [("nurse", 25), ("cred", 30), ("full", 25), ("first", 20)],
    "rel": [("full", 50), ("first", 30), ("title", 20)],
    "staff": [("full", 50), ("cred", 50)],
}


class Person:
    def __init__(self, rng, role, sex=None, last=None):
        self.rng = rng
        self.role = role
        self.sex = sex or rng.choice("FM")
        r = rng.random()
        if r < 0.07:
            self.first = rng.choice(FIRST_NEUTRAL)
        else:
            self.first = rng.choice(FIRST_F if self.sex == "F" else FIRST_M)
        self.middle = rng.choice(MIDDLE_INITIALS) if rng.random() < 0.3 else None
        self.last = last or rng.choice(SURNAMES)
        self.suffix = (rng.choice(["Jr", "Sr", "III", "II"])
                       if self.sex == "M" and role in ("pt", "rel") and rng.random() < 0.05 else None)
        kind = ROLE_KIND[role]
        if kind == "prov":
            self.title = "Dr."
            self.cred = W(rng, [("MD", 70), ("DO", 20), ("MD, PhD", 5), ("MBBS", 5)])
        elif kind == "nurse":
            self.title = "Nurse"
            self.cred = rng.choice(["RN", "BSN, RN", "RN", "LPN", "MSN, RN"])
        elif role in ("sw", "sw2"):
            self.title = rng.choice(["Ms.", "Mr."]) if self.sex else "Ms."
            self.cred = rng.choice(["LISW-S", "MSW, LCSW", "LSW", "MSW"])
        elif role == "pharm":
            self.title = "Dr."
            self.cred = rng.choice(["PharmD", "PharmD, BCPS", "RPh"])
        else:
            self.title = "Mr." if self.sex == "M" else rng.choice(["Mrs.", "Ms.", "Ms.", "Miss"])
            self.cred = None

    def full(self, middle_ok=True):
        parts = [self.first]
        if self.middle and middle_ok and self.rng.random() < 0.5:
            parts.append(self.middle + ".")
        parts.append(self.last)
        s = " ".join(parts)
        if self.suffix:
            s += " " + self.suffix
        return s

    def render(self, style, generic_ok):
        rng = self.rng
        if style is None:
            style = W(rng, ROLE_STYLES[ROLE_KIND[self.role]])
            if style == "generic" and not generic_ok:
                style = "full"
        N = "NAME"
        f, l = self.first, self.last
        if style == "generic":
            return [(rng.choice(["the patient", "the patient", "the pt", "patient"]), None)]
        if style == "full":
            return [(self.full(), N)]
        if style == "first":
            return [(f, N)]
        if style == "last":
            return [(l, N)]
        if style == "title":
            if self.title == "Dr.":
                return [(rng.choice(["Dr. ", "Dr. ", "Dr ", "Doctor "]), None), (l, N)]
            if self.title == "Nurse":
                return [("Nurse ", None), (rng.choice([f, l]), N)]
            return [(self.title + " ", None), (l, N)]
        if style == "tfull":
            return [(self.title + " ", None), (self.full(), N)]
        if style == "dr":
            return [(rng.choice(["Dr. ", "Dr. ", "Dr. ", "Dr ", "Doctor "]), None), (l, N)]
        if style == "drfull":
            return [("Dr. ", None), (self.full(), N)]
        if style == "cred":
            return [(self.full(), N), (", " + (self.cred or "MD"), None)]
        if style == "icred":
            return [(f"{f[0]}. {l}", N), (", " + (self.cred or "MD"), None)]
        if style == "sig":
            mid = f" {self.middle}." if self.middle else ""
            s = f"{f}{mid} {l}"
            if self.cred:
                return [(s, N), (", " + self.cred, None)]
            return [(s, N)]
        if style == "init":
            return [(f"{f[0]}. {l}", N)]
        if style == "finit":
            return [(f"{f} {l[0].upper()}.", N)]
        if style == "lf":
            mid = " " + self.middle if self.middle and rng.random() < 0.5 else ""
            return [(f"{l}, {f}{mid}", N)]
        if style == "LF":
            mid = " " + self.middle if self.middle and rng.random() < 0.5 else ""
            return [(f"{l}, {f}{mid}".upper(), N)]
        if style == "UP":
            return [(self.full().upper(), N)]
        if style == "lower":
            return [(f"{f} {l}".lower(), N)]
        if style == "nurse":
            return [("Nurse ", None), (rng.choice([f, l, f]), N)]
        if style == "nolast":  # "Anna S." style used mid-sentence
            return [(f"{f} {l[0].upper()}.", N)]
        raise KeyError(style)


# ---------------------------------------------------------------------------
# Note generator: per-note context + placeholder resolution
# ---------------------------------------------------------------------------

PH_RE = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)(?:\.([A-Za-z0-9_]+))?\}")

# Placeholders that never produce PHI.
NONPHI = {
    "he", "his", "him", "man", "sexw", "sexl", "relw", "rel2w", "state", "med", "med2",
    "med3", "tx", "medlist", "medinline", "drug", "labs", "bmp", "cbc", "vitals", "score",
    "eponym", "eponym2", "sign", "dx", "dx2", "pmh", "pmhlines", "gene", "code", "code2",
    "dur", "durago", "time", "year", "year2", "room", "frac", "allergy", "allergy2",
    "symptom", "symptom2", "country", "weekday", "proc", "proc2", "job", "payer", "num",
    "esi", "ccq", "agey", "relagey", "rad_exam", "rad_q", "rad_tech", "rad_find", "rad_imp", "mrrows", "pathdx", "abbr", "wt",
}
# Placeholders that render neutrally (no PHI) in PHI-free notes.
NEUTRAL = {"pt", "a_age", "agephrase", "agebare", "agen", "relage"}


def template_ok(tpl, phi_free):
    if not phi_free:
        return True
    for m in PH_RE.finditer(tpl):
        name, attr = m.group(1).lower(), m.group(2)
        if name in NONPHI:
            continue
        if name in NEUTRAL and attr is None:
            continue
        return False
    return True


class Builder:
    def __init__(self):
        self.parts = []
        self.n = 0
        self.spans = []

    def add(self, text, kind=None):
        if not text:
            return
        if kind:
            self.spans.append((self.n, self.n + len(text), kind))
        self.parts.append(text)
        self.n += len(text)

    def text(self):
        return "".join(self.parts)


class NoteGen:
    def __init__(self, rng, phi_free):
        self.rng = rng
        self.phi_free = phi_free
        self.cache = {}
        self.people = {}
        self.sex = rng.choice("FM")
        if phi_free:
            self.age = rng.choice([rng.randint(18, 64), rng.randint(55, 89), rng.randint(65, 89)])
        else:
            r = rng.random()
            if r < 0.32:
                self.age = W(rng, [(rng.randint(90, 94), 5), (rng.randint(95, 99), 3),
                                   (rng.randint(100, 106), 1)])
            elif r < 0.75:
                self.age = rng.randint(60, 89)
            else:
                self.age = rng.randint(18, 59)
        y0 = date(2018, 1, 1)
        self.svc = y0 + timedelta(days=rng.randint(0, 2737))
        self.dis = self.svc + timedelta(days=rng.randint(1, 12))
        self.dob = date(self.svc.year - self.age - 1, 1, 1) + timedelta(days=rng.randint(0, 364))
        # address
        city, st, z3 = rng.choice(CITIES)
        self.addr = self._make_address(city, st, z3)
        same = [c for c in COUNTIES if c[1] == st]
        self.county = rng.choice(same) if same else rng.choice(COUNTIES)

    # -- helpers ---------------------------------------------------------
    def _make_street(self):
        rng = self.rng
        if rng.random() < 0.05:
            return f"P.O. Box {rng.randint(10, 9999)}"
        num = str(rng.choice([rng.randint(1, 99), rng.randint(100, 999), rng.randint(1000, 9999),
                              rng.randint(1000, 9999), rng.randint(10000, 29999)]))
        pre = rng.choice(["", "", "", "", "", "N. ", "S. ", "E. ", "W. ", "North ", "West ", "NE "])
        s = f"{num} {pre}{rng.choice(STREET_NAMES)} {rng.choice(STREET_TYPES)}"
        r = rng.random()
        if r < 0.15:
            s += f", Apt {rng.randint(1, 12)}{rng.choice('ABCDEF')}"
        elif r < 0.22:
            s += f" Unit {rng.randint(1, 420)}"
        elif r < 0.27:
            s += f" #{rng.randint(1, 40)}"
        elif r < 0.30:
            s += f", Suite {rng.randint(100, 950)}"
        return s

    def _make_address(self, city=None, st=None, z3=None):
        rng = self.rng
        if city is None:
            city, st, z3 = rng.choice(CITIES)
        z = z3 + f"{rng.randint(1, 99):02d}"
        return {"street": self._make_street(), "city": city, "st": st, "zip": z,
                "zip4": f"{z}-{rng.randint(1, 9999):04d}"}

    def stable(self, key, fn):
        if key not in self.cache:
            self.cache[key] = fn()
        return self.cache[key]

    def person(self, role):
        if role not in self.people:
            rng = self.rng
            if role == "pt":
                p = Person(rng, "pt", sex=self.sex)
            elif role in ("rel", "rel2"):
                pt = self.person("pt")
                word, sex, same = rng.choice(RELATIONS)
                if role == "rel2":
                    while word == self.relword("rel"):
                        word, sex, same = rng.choice(RELATIONS)
                last = pt.last if rng.random() < same else None
                p = Person(rng, role, sex=sex, last=last)
                p.relword = word
            else:
                p = Person(rng, role)
            self.people[role] = p
        return self.people[role]

    def relword(self, role):
        return self.person(role).relword

    # -- resolution -------------------------------------------------------
    def resolve(self, name, attr):
        cap = name[0].isupper()
        key = name.lower()
        if key in ROLE_KIND:
            if self.phi_free:
                assert key == "pt" and attr is None
                segs = self.person_generic()
            else:
                segs = self.person(key).render(attr, generic_ok=(key == "pt"))
        else:
            fn = getattr(self, "ph_" + key)
            segs = fn(attr)
            if isinstance(segs, str):
                segs = [(segs, None)]
            if attr == "U":
                segs = [(t.upper(), k) for t, k in segs]
        if cap and segs:
            t, k = segs[0]
            segs = [(t[:1].upper() + t[1:], k)] + list(segs[1:])
        return segs

    def person_generic(self):
        return [(self.rng.choice(["the patient", "the patient", "the pt", "patient"]), None)]

    def render(self, b: Builder, tpl: str):
        pos = 0
        for m in PH_RE.finditer(tpl):
            b.add(tpl[pos:m.start()])
            for t, k in self.resolve(m.group(1), m.group(2)):
                b.add(t, k)
            pos = m.end()
        b.add(tpl[pos:])

    # -- pronouns / sex ---------------------------------------------------
    def ph_he(self, a):
        return "she" if self.sex == "F" else "he"

    def ph_his(self, a):
        return "her" if self.sex == "F" else "his"

    def ph_him(self, a):
        return "her" if self.sex == "F" else "him"

    def ph_man(self, a):
        return "woman" if self.sex == "F" else "man"

    def ph_sexw(self, a):
        return "female" if self.sex == "F" else "male"

    def ph_sexl(self, a):
        return self.sex

    def ph_relw(self, a):
        if self.phi_free:
            return self.stable("relw_free", lambda: self.rng.choice([r[0] for r in RELATIONS]))
        return self.relword("rel")

    def ph_rel2w(self, a):
        if self.phi_free:
            return self.stable("rel2w_free", lambda: self.rng.choice(["son", "niece", "friend"]))
        return self.relword("rel2")

    # -- ages -------------------------------------------------------------
    def _age_num(self, n):
        return [(str(n), "AGE_90_PLUS" if n >= 90 else None)]

    def _age_phrase(self, n):
        rng = self.rng
        sexw = "female" if self.sex == "F" else "male"
        manw = "woman" if self.sex == "F" else "man"
        form = rng.randrange(9)
        num = self._age_num(n)
        if form == 0:
            return num + [(f"-year-old {manw}", None)]
        if form == 1:
            return num + [(f"-year-old {sexw}", None)]
        if form == 2:
            return num + [(f" year old {sexw}", None)]
        if form == 3:
            return num + [(f" yo {self.sex}", None)]
        if form == 4:
            return num + [(f" y/o {sexw}", None)]
        if form == 5:
            return num + [(self.sex, None)]
        if form == 6:
            return num + [(f" y.o. {sexw}", None)]
        if form == 7:
            return num + [(f" yo {manw}", None)]
        return num + [(f"-year-old {sexw}", None)]

    def ph_agephrase(self, a):
        return self._age_phrase(self.age)

    def ph_a_age(self, a):
        n = self.age
        art = "an " if (n in (8, 11, 18) or 80 <= n <= 89) else "a "
        return [(art, None)] + self._age_phrase(n)

    def ph_agebare(self, a):
        rng = self.rng
        num = self._age_num(self.age)
        form = rng.randrange(5)
        if form == 0:
            return [("age ", None)] + num
        if form == 1:
            return [("aged ", None)] + num
        if form == 2:
            return num + [(" years old", None)]
        if form == 3:
            return num + [(" years of age", None)]
        return [("age ", None)] + num

    def ph_agen(self, a):
        return self._age_num(self.age)

    def ph_relage(self, a):
        if not self.phi_free and self.rng.random() < 0.55:
            return self._age_num(self.rng.randint(90, 103))
        return self._age_num(self.rng.randint(55, 89))

    def ph_relagey(self, a):
        return str(self.rng.randint(45, 88))

    def ph_agey(self, a):
        n = self.rng.randint(19, 89)
        return f"{n}-year-old"

    # -- dates ------------------------------------------------------------
    HEADER_FORMATS = ["mmddyyyy", "mmddyyyy", "mdyyyy", "mdyy", "iso", "iso", "dmony",
                      "dotted", "long", "short", "mdydash"]
    PROSE_FORMATS = HEADER_FORMATS + ["long_ord", "long_ord", "the_of", "d_month_y",
                                      "d_mon_y", "month_d", "shortdot", "mdy_noyr_long"]

    def fmt_date(self, d: date, fmt=None, header=False):
        rng = self.rng
        if fmt is None or fmt == "h":
            fmt = rng.choice(self.HEADER_FORMATS if (header or fmt == "h") else self.PROSE_FORMATS)
        D = "DATE"
        y, m, dd = d.year, d.month, d.day
        if fmt == "mmddyyyy":
            return [(f"{m:02d}/{dd:02d}/{y}", D)]
        if fmt == "mdyyyy":
            return [(f"{m}/{dd}/{y}", D)]
        if fmt == "mdyy":
            return [(f"{m}/{dd}/{y % 100:02d}", D)]
        if fmt == "iso":
            return [(f"{y}-{m:02d}-{dd:02d}", D)]
        if fmt == "dmony":
            return [(f"{dd:02d}-{MON3[m - 1]}-{y}", D)]
        if fmt == "dotted":
            return [(f"{dd:02d}.{m:02d}.{y}", D)]
        if fmt == "long":
            return [(f"{MONTHS[m - 1]} {dd}, {y}", D)]
        if fmt == "short":
            return [(f"{MON3[m - 1]} {dd}, {y}", D)]
        if fmt == "shortdot":
            mon = MON3[m - 1] + ("." if m != 5 else "")
            return [(f"{mon} {dd}, {y}", D)]
        if fmt == "mdydash":
            return [(f"{m:02d}-{dd:02d}-{y}", D)]
        if fmt == "long_ord":
            return [(f"{MONTHS[m - 1]} {ordinal(dd)}, {y}", D)]
        if fmt == "the_of":
            return [("the ", None), (f"{ordinal(dd)} of {MONTHS[m - 1]}", D)]
        if fmt == "d_month_y":
            return [(f"{dd} {MONTHS[m - 1]} {y}", D)]
        if fmt == "d_mon_y":
            return [(f"{dd} {MON3[m - 1]} {y}", D)]
        if fmt == "month_d":
            return [(f"{MONTHS[m - 1]} {dd}", D)]
        if fmt == "mdy_noyr_long":
            return [(f"{MON3[m - 1]} {ordinal(dd)}", D)]
        if fmt == "compact":
            return [(f"{y}{m:02d}{dd:02d}", D)]
        raise KeyError(fmt)

    def _near(self, lo, hi):
        return self.svc + timedelta(days=self.rng.randint(lo, hi))

    def ph_dob(self, a):
        if a is None and self.rng.random() < 0.7:
            a = "h"
        return self.fmt_date(self.dob, a)

    def ph_adm(self, a):
        return self.fmt_date(self.svc, a)

    def ph_svc(self, a):
        return self.fmt_date(self.svc, a)

    def ph_dis(self, a):
        return self.fmt_date(self.dis, a)

    def ph_date(self, a):
        return self.fmt_date(self._near(-20, 20), a)

    def ph_pastdate(self, a):
        return self.fmt_date(self._near(-2500, -30), a)

    def ph_futdate(self, a):
        return self.fmt_date(self._near(7, 120), a)

    def ph_md(self, a):
        d = self._near(-60, -2)
        return [(self.rng.choice([f"{MONTHS[d.month - 1]} {d.day}", f"{MON3[d.month - 1]} {d.day}",
                                  f"{MONTHS[d.month - 1]} {ordinal(d.day)}"]), "DATE")]

    def ph_my(self, a):
        d = self._near(-2500, -20)
        rng = self.rng
        return [(rng.choice([f"{MON3[d.month - 1]} {d.year}", f"{MONTHS[d.month - 1]} {d.year}",
                             f"{MONTHS[d.month - 1]} {d.year}", f"{d.month:02d}/{d.year}",
                             f"{MONTHS[d.month - 1]} of {d.year}"]), "DATE")]

    def ph_ts(self, a):
        d = self._near(-3, 3)
        rng = self.rng
        s = f"{d.year}{d.month:02d}{d.day:02d}{rng.randint(0, 23):02d}{rng.randint(0, 59):02d}"
        if rng.random() < 0.7:
            s += f"{rng.randint(0, 59):02d}"
        return [(s, "DATE")]

    def ph_isots(self, a):
        d = self._near(-2, 2)
        rng = self.rng
        hh, mm, ss = rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)
        if rng.random() < 0.5:
            return [(f"{d.year}-{d.month:02d}-{d.day:02d}T{hh:02d}:{mm:02d}:{ss:02d}", "DATE")]
        return self.fmt_date(d, "h") + [(f" {hh:02d}:{mm:02d}", None)]

    def ph_year(self, a):
        return str(self.rng.randint(1975, self.svc.year - 1))

    ph_year2 = ph_year

    def ph_time(self, a):
        rng = self.rng
        h, m = rng.randint(0, 23), rng.choice([0, 5, 10, 15, 20, 30, 40, 42, 45, 50])
        f = rng.randrange(3)
        if f == 0:
            return f"{h:02d}:{m:02d}"
        if f == 1:
            return f"{h:02d}{m:02d}"
        return f"{(h % 12) or 12}:{m:02d} {'AM' if h < 12 else 'PM'}"

    def ph_weekday(self, a):
        return self.rng.choice(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
                                "Saturday", "Sunday"])

    # -- places -----------------------------------------------------------
    def _addr_segs(self, ad):
        rng = self.rng
        st = ad["st"] if rng.random() < 0.8 else STATES[ad["st"]]
        z = ad["zip4"] if rng.random() < 0.15 else ad["zip"]
        sep = "\n" if rng.random() < 0.2 else ", "
        segs = [(ad["street"], "STREET_ADDRESS"), (sep, None), (ad["city"], "CITY"),
                (", " + st + " ", None), (z, "ZIP")]
        return segs

    def ph_addr(self, a):
        return self._addr_segs(self.addr)

    def ph_street(self, a):
        return [(self.addr["street"], "STREET_ADDRESS")]

    def ph_city(self, a):
        return [(self.addr["city"], "CITY")]

    def ph_citystate(self, a):
        st = self.addr["st"] if self.rng.random() < 0.5 else STATES[self.addr["st"]]
        return [(self.addr["city"], "CITY"), (", " + st, None)]

    def ph_city2(self, a):
        c = self.stable("city2", lambda: self.rng.choice(CITIES))
        return [(c[0], "CITY"), (", " + c[1], None)]

    def ph_zip(self, a):
        return [(self.addr["zip"], "ZIP")]

    def ph_state(self, a):
        return STATES[self.addr["st"]] if self.rng.random() < 0.7 else self.addr["st"]

    def ph_county(self, a):
        name, st, suf = self.county
        if suf == "County" and self.rng.random() < 0.12:
            return [(name + " Co.", "COUNTY")]
        return [(f"{name} {suf}", "COUNTY")]

    def ph_fac(self, a):
        return [(self.stable("fac", lambda: self.rng.choice(FACILITIES)), "GEO")]

    def ph_fac2(self, a):
        f1 = self.stable("fac", lambda: self.rng.choice(FACILITIES))

        def pick():
            while True:
                f = self.rng.choice(FACILITIES)
                if f != f1:
                    return f
        return [(self.stable("fac2", pick), "GEO")]

    def ph_faddr(self, a):
        return self._addr_segs(self.stable("faddr", self._make_address))

    def ph_faddr2(self, a):
        return self._addr_segs(self.stable("faddr2", self._make_address))

    def ph_country(self, a):
        return self.rng.choice(COUNTRIES)

    # -- contact ----------------------------------------------------------
    def _phone_number(self):
        rng = self.rng
        ac = rng.choice(AREA_CODES)
        if ac == "555":
            ac = rng.choice(AREA_CODES[:-3])
            ex, ln = "555", f"01{rng.randint(0, 99):02d}"
        else:
            ex = f"{rng.randint(2, 9)}{rng.randint(0, 9)}{rng.randint(0, 9)}"
            if ex[1:] == "11":
                ex = ex[0] + "21"
            ln = f"{rng.randint(0, 9999):04d}"
        return ac, ex, ln

    def _fmt_phone(self, parts, allow_ext=True):
        ac, ex, ln = parts
        rng = self.rng
        f = rng.randrange(10)
        if f == 0:
            s = f"({ac}) {ex}-{ln}"
        elif f == 1:
            s = f"{ac}.{ex}.{ln}"
        elif f == 2:
            s = f"+1 {ac} {ex} {ln}"
        elif f == 3:
            s = f"({ac}){ex}-{ln}"
        elif f == 4:
            s = f"+1-{ac}-{ex}-{ln}"
        elif f == 5:
            s = f"{ac} {ex} {ln}"
        else:
            s = f"{ac}-{ex}-{ln}"
        if allow_ext and rng.random() < 0.08:
            s += rng.choice([f" x{rng.randint(100, 4999)}", f" ext. {rng.randint(10, 999)}"])
        return s

    def ph_phone(self, a):
        return [(self._fmt_phone(self.stable("phone", self._phone_number)), "PHONE")]

    def ph_cell(self, a):
        return [(self._fmt_phone(self.stable("cell", self._phone_number), False), "PHONE")]

    def ph_phone2(self, a):
        return [(self._fmt_phone(self.stable("phone2", self._phone_number)), "PHONE")]

    def ph_fax(self, a):
        return [(self._fmt_phone(self.stable("fax", self._phone_number), False), "FAX")]

    def _email_for(self, p, org=False):
        rng = self.rng
        f = re.sub(r"[^a-z]", "", ascii_fold(p.first).lower())
        l = re.sub(r"[^a-z]", "", ascii_fold(p.last).lower())
        if org:
            local = rng.choice([f"{f}.{l}", f"{f[0]}{l}", f"{l}{f[0]}", f"{f}.{l}{rng.randint(2, 9)}"])
            return f"{local}@{rng.choice(ORG_DOMAINS)}"
        local = rng.choice([f"{f}.{l}", f"{f[0]}{l}{rng.randint(1, 99)}", f"{l}.{f}",
                            f"{f}{l}{rng.randint(40, 99)}", f"{f}_{rng.randint(100, 999)}",
                            f"{rng.choice(['grandma', 'nana', 'papa', 'sunny', 'buckeye', 'bigred'])}{f}{rng.randint(1, 99)}"])
        return f"{local}@{rng.choice(EMAIL_DOMAINS)}"

    def ph_email(self, a):
        return [(self.stable("email", lambda: self._email_for(self.person("pt"))), "EMAIL")]

    def ph_email2(self, a):
        return [(self.stable("email2", lambda: self._email_for(self.person("rel"))), "EMAIL")]

    def ph_docemail(self, a):
        return [(self.stable("docemail", lambda: self._email_for(self.person("doc"), org=True)), "EMAIL")]

    def _url(self):
        rng = self.rng
        dom = rng.choice(ORG_DOMAINS)
        n = rng.randint(10000, 9999999)
        p = self.person("pt")
        slug = re.sub(r"[^a-z]", "", ascii_fold(p.first + p.last).lower())
        return rng.choice([
            f"https://portal.{dom}/patient/{n}",
            f"https://mychart.{dom}/visit/{n}?token={rng.getrandbits(32):08x}",
            f"https://telehealth.{dom}/join/{n % 10000:04d}-{rng.randint(1000, 9999)}",
            f"https://vc.{dom}/room/pt-{n}",
            f"http://www.caringbridge.org/visit/{slug}",
            f"https://www.gofundme.com/f/help-{slug}-recover",
            f"https://{dom}/results/{n}/view",
            f"portal.{dom}/records?mrn={n}",
            f"https://zoom.us/j/{rng.randint(10**9, 10**10 - 1)}?pwd={rng.getrandbits(40):010x}",
        ])

    def ph_url(self, a):
        return [(self.stable("url", self._url), "URL")]

    def ph_url2(self, a):
        return [(self.stable("url2", self._url), "URL")]

    def _ipv4(self):
        rng = self.rng
        f = rng.randrange(4)
        if f == 0:
            return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
        if f == 1:
            return f"192.168.{rng.randint(0, 20)}.{rng.randint(2, 254)}"
        return (f"{rng.choice([24, 47, 67, 68, 71, 73, 76, 98, 99, 104, 107, 108, 174, 184, 203])}"
                f".{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}")

    def _ipv6(self):
        rng = self.rng
        g = [f"{rng.getrandbits(16):x}" for _ in range(8)]
        f = rng.randrange(3)
        if f == 0:
            return ":".join([rng.choice(["2600", "2601", "2603", "2a02"])] + g[1:])
        if f == 1:
            return "fe80::" + ":".join(g[4:])
        return f"2001:db8:{g[2]}::{g[6]}:{g[7]}"

    def ph_ip(self, a):
        return [(self.stable("ip", self._ipv4), "IP_ADDRESS")]

    def ph_ipv6(self, a):
        return [(self.stable("ipv6", self._ipv6), "IP_ADDRESS")]

    # -- identifiers ------------------------------------------------------
    def _digits(self, n):
        return "".join(str(self.rng.randint(0, 9)) for _ in range(n))

    def _letters(self, n, pool="ABCDEFGHJKLMNPRSTUVWXYZ"):
        return "".join(self.rng.choice(pool) for _ in range(n))

    def _mrn(self):
        rng = self.rng
        return rng.choice([
            f"00{self._digits(6)}", f"{rng.randint(1000000, 9999999)}",
            f"{self._letters(1)}-00{self._digits(5)}", f"E{self._digits(7)}",
            f"MR{self._digits(6)}", f"10{self._digits(8)}", f"{self._digits(3)}-{self._digits(2)}-{self._digits(2)}",
        ])

    def ph_mrn(self, a):
        return [(self.stable("mrn", self._mrn), "MRN")]

    def ph_acct(self, a):
        rng = self.rng
        return [(self.stable("acct", lambda: rng.choice([
            f"{self._digits(5)}-{self._digits(4)}", f"{rng.randint(4, 9)}{self._digits(9)}",
            f"HB-{self._digits(7)}", f"V{self._digits(10)}", f"{self._digits(8)}"])), "ACCOUNT_NUMBER")]

    def ph_ssn(self, a):
        def make():
            rng = self.rng
            area = rng.randint(1, 899)
            while area == 666:
                area = rng.randint(1, 899)
            g, s = rng.randint(1, 99), rng.randint(1, 9999)
            return area, g, s
        area, g, s = self.stable("ssn", make)
        f = self.rng.randrange(6)
        if f == 4:
            txt = f"{area:03d} {g:02d} {s:04d}"
        elif f == 5:
            txt = f"{area:03d}{g:02d}{s:04d}"
        else:
            txt = f"{area:03d}-{g:02d}-{s:04d}"
        return [(txt, "SSN")]

    def ph_hpid(self, a):
        rng = self.rng
        return [(self.stable("hpid", lambda: rng.choice([
            f"{self._letters(3)}{self._digits(9)}", f"W{self._digits(9)}",
            f"{self._letters(3)}{self._digits(1)}{self._letters(1)}{self._digits(7)}",
            f"H{self._digits(8)}-0{rng.randint(1, 4)}", f"MEM-00{self._digits(6)}",
            f"{self._digits(9)}{self._letters(1)}", f"U{self._digits(10)}"])), "HEALTH_PLAN_ID")]

    def ph_mbi(self, a):
        def make():
            A = "ACDEFGHJKMNPQRTUVWXY"
            AN = A + "0123456789"
            r = self.rng
            c = [str(r.randint(1, 9)), r.choice(A), r.choice(AN), str(r.randint(0, 9)),
                 r.choice(A), r.choice(AN), str(r.randint(0, 9)), r.choice(A), r.choice(A),
                 str(r.randint(0, 9)), str(r.randint(0, 9))]
            return "".join(c)
        m = self.stable("mbi", make)
        if self.rng.random() < 0.5:
            m = f"{m[:4]}-{m[4:7]}-{m[7:]}"
        return [(m, "HEALTH_PLAN_ID")]

    def ph_medicaid(self, a):
        rng = self.rng
        return [(self.stable("medicaid", lambda: rng.choice([
            self._digits(12), f"{self._digits(8)}{self._letters(2)}", f"MCD{self._digits(9)}",
            f"{self._letters(2)}{self._digits(6)}{self._letters(1)}"])), "HEALTH_PLAN_ID")]

    def ph_npi(self, a):
        def make():
            base = str(self.rng.randint(1, 2)) + self._digits(8)
            return base + str(luhn_check_digit("80840" + base))
        return [(self.stable("npi", make), "OTHER_ID")]

    def ph_dea(self, a):
        def make():
            doc = self.person("doc")
            l1 = self.rng.choice("ABFGM")
            l2 = ascii_fold(doc.last)[0].upper()
            d = [self.rng.randint(0, 9) for _ in range(6)]
            chk = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
            return l1 + l2 + "".join(map(str, d)) + str(chk)
        return [(self.stable("dea", make), "LICENSE_NUMBER")]

    def ph_lic(self, a):
        rng = self.rng
        return [(self.stable("lic", lambda: rng.choice([
            f"35.{self._digits(6)}", f"G{self._digits(5)}", f"MD-00{self._digits(5)}",
            f"036.{self._digits(6)}", f"{self._digits(7)}", f"RN{self._digits(7)}",
            f"{self._letters(2)}{self._digits(6)}"])), "LICENSE_NUMBER")]

    def ph_dl(self, a):
        rng = self.rng
        return [(self.stable("dl", lambda: rng.choice([
            f"{self._letters(1)}{self._digits(7)}", f"{self._letters(2)}{self._digits(6)}",
            f"{self._letters(1)}{self._digits(3)}-{self._digits(4)}-{self._digits(4)}",
            f"{self._digits(3)}-{self._digits(3)}-{self._digits(3)}", f"{self._digits(9)}"])),
            "LICENSE_NUMBER")]

    def _vin(self):
        rng = self.rng
        wmi = rng.choice(["1HG", "1FT", "2T1", "3VW", "JHM", "5YJ", "1G1", "WBA", "KMH",
                          "4T1", "1FA", "2HG", "JTD", "5N1", "1C4"])
        vds = "".join(rng.choice(VIN_CHARS) for _ in range(5))
        year = rng.choice("ABCDEFGHJKLMNPRSTVWXY123456789")
        plant = rng.choice(VIN_CHARS)
        serial = self._digits(6)
        v = wmi + vds + "0" + year + plant + serial
        return v[:8] + vin_check_char(v) + v[9:]

    def ph_vin(self, a):
        return [(self.stable("vin", self._vin), "VEHICLE_ID")]

    def ph_plate(self, a):
        rng = self.rng
        return [(self.stable("plate", lambda: rng.choice([
            f"{rng.randint(1, 9)}{self._letters(3)}{self._digits(3)}", f"{self._letters(3)} {self._digits(4)}",
            f"{self._letters(3)}-{self._digits(4)}", f"{self._letters(3)}{self._digits(4)}",
            f"{self._digits(3)} {self._letters(3)}", f"{self._letters(2)}{self._digits(1)} {self._letters(1)}{self._digits(2)}"])),
            "VEHICLE_ID")]

    def _dev(self):
        rng = self.rng
        return rng.choice([
            f"PM{self._digits(4)}-{self._digits(2)}{self._letters(1)}", f"RNA{self._digits(6)}S",
            f"PJN{self._digits(6)}H", f"ICD-{self._digits(4)}-{self._digits(4)}",
            f"{self._letters(1)}{self._digits(1)}{self._letters(1)}{self._digits(1)}{self._letters(2)}",
            f"{self._digits(8)}", f"SN{self._digits(7)}", f"LQ{self._digits(6)}{self._letters(1)}",
        ])

    def ph_dev(self, a):
        return [(self.stable("dev", self._dev), "DEVICE_ID")]

    def ph_dev2(self, a):
        return [(self.stable("dev2", self._dev), "DEVICE_ID")]

    def ph_udi(self, a):
        def make():
            rng = self.rng
            payload = "0" + self._digits(12)
            s = f"(01){payload}{gs1_check_digit(payload)}"
            if rng.random() < 0.5:
                d = self._near(200, 1200)
                s += f"(17){d.year % 100:02d}{d.month:02d}{d.day:02d}"
            if rng.random() < 0.6:
                s += f"(21){self._letters(1)}{self._digits(5)}"
            return s
        return [(self.stable("udi", make), "DEVICE_ID")]

    def _oid(self, key, fn):
        return [(self.stable(key, fn), "OTHER_ID")]

    def ph_accn(self, a):
        rng, y = self.rng, self.svc.year
        return self._oid("accn", lambda: rng.choice([
            f"RAD-{y}-00{self._digits(4)}", f"CT{y % 100}-00{self._digits(4)}",
            f"MR-{y % 100}-{self._digits(6)}", f"A{self._digits(8)}", f"ACC{y}.{self._digits(6)}"]))

    def ph_spec(self, a):
        rng, y = self.rng, self.svc.year % 100
        return self._oid("spec", lambda: rng.choice([
            f"S{y}-{self._digits(5)}", f"SP-{y}-00{self._digits(4)}", f"SP{y}-{self._digits(5)}",
            f"CY{y}-00{self._digits(3)}", f"H{y}-{self._digits(4)}"]))

    def ph_spec2(self, a):
        y = self.svc.year % 100
        return self._oid("spec2", lambda: f"S{y}-{self._digits(5)}-{self.rng.choice('ABC')}")

    def ph_uid(self, a):
        return self._oid("uid", lambda: "1.2.840.113619.2." + ".".join(
            str(self.rng.randint(1, 999999999)) for _ in range(4)))

    def ph_csn(self, a):
        return self._oid("csn", lambda: "1" + self._digits(9))

    def ph_emsrun(self, a):
        return self._oid("emsrun", lambda: self.rng.choice(
            [f"{self.svc.year % 100}-{self._digits(6)}", f"EMS{self.svc.year % 100}-{self._digits(5)}"]))

    def ph_apscase(self, a):
        return self._oid("aps", lambda: f"APS-{self.svc.year}-{self._digits(5)}")

    def ph_probate(self, a):
        return self._oid("probate", lambda: f"{self.svc.year - 1} GRD {self._digits(5)}")

    def ph_rxno(self, a):
        return self._oid("rxno", lambda: self._digits(7))

    def ph_priorauth(self, a):
        return self._oid("pa", lambda: f"PA-{self._digits(8)}")

    def ph_sessionid(self, a):
        return self._oid("sess", lambda: f"TH-{self.rng.getrandbits(32):08x}")

    def ph_order(self, a):
        return self._oid("order", lambda: f"ORD-{self._digits(8)}")

    def ph_outcase(self, a):
        return self._oid("outcase", lambda: f"{self.rng.choice(['SP', 'S', 'OS'])}{self.svc.year % 100 - 1}-{self._digits(4)}")

    def ph_claim(self, a):
        return self._oid("claim", lambda: f"{self._digits(4)}{self._letters(2)}{self._digits(6)}")

    def ph_stdid(self, a):
        return self._oid("stdid", lambda: f"{self.rng.choice(['ONC', 'CARD', 'NEU'])}-{self._digits(3)}-{self._digits(4)}")

    # -- clinical negatives ----------------------------------------------
    def _med(self):
        rng = self.rng
        name, doses, sigs = rng.choice(MEDS)
        return f"{name} {rng.choice(doses)} {rng.choice(sigs)}"

    def ph_med(self, a):
        return self._med()

    ph_med2 = ph_med
    ph_med3 = ph_med

    def ph_drug(self, a):
        return self.rng.choice(MEDS)[0]

    def ph_medlist(self, a):
        rng = self.rng
        k = rng.randint(3, 8)
        items = rng.sample(MEDS, k)
        bullet = rng.choice(["- ", "* ", "#"])
        lines = []
        for i, (name, doses, sigs) in enumerate(items, 1):
            b = f"{i}. " if bullet == "#" else bullet
            lines.append(f"{b}{name} {rng.choice(doses)} {rng.choice(sigs)}")
        return "\n".join(lines)

    def ph_medinline(self, a):
        return ", ".join(self._med() for _ in range(self.rng.randint(2, 5)))

    def ph_mrrows(self, a):
        rng = self.rng
        rows = []
        for name, doses, sigs in rng.sample(MEDS, rng.randint(4, 8)):
            last = rng.choice(["this AM", "last night", "yesterday 2100", "unknown", "2 days ago",
                               "today 0800"])
            act = rng.choice(["continue", "continue", "hold", "modify", "discontinue"])
            rows.append(f"{name} | {rng.choice(doses)} | {rng.choice(sigs)} | {last} | {act}")
        return "\n".join(rows)

    def ph_mrrowsd(self, a):
        rng = self.rng
        out = []
        for name, doses, sigs in rng.sample(MEDS, rng.randint(4, 7)):
            out.append((f"{name} | {rng.choice(doses)} | {rng.choice(sigs)} | ", None))
            if rng.random() < 0.6:
                out.extend(self.fmt_date(self._near(-5, 0), rng.choice(["mdyy", "mmddyyyy", "mdyyyy"])))
            else:
                out.append((rng.choice(["this AM", "unknown", "last night"]), None))
            out.append((" | " + rng.choice(["continue", "hold", "discontinue", "modify"]) + "\n", None))
        t, k = out[-1]
        out[-1] = (t.rstrip("\n"), k)
        return out

    def ph_bmp(self, a):
        r = self.rng
        return (f"Na {r.randint(126, 146)}, K {r.uniform(3.1, 5.6):.1f}, Cl {r.randint(95, 110)}, "
                f"HCO3 {r.randint(18, 30)}, BUN {r.randint(8, 62)}, Cr {r.uniform(0.6, 3.2):.1f}, "
                f"glucose {r.randint(70, 310)}")

    def ph_cbc(self, a):
        r = self.rng
        return f"WBC {r.uniform(3.1, 18.5):.1f}, Hgb {r.uniform(7.0, 15.5):.1f}, Plt {r.randint(80, 450)}"

    def ph_labs(self, a):
        r = self.rng
        extra = r.sample(["A1c 7.8%", "INR 2.3", "TSH 2.1", "BNP 845", "lactate 2.4",
                          "troponin <0.01", "Mg 1.9", "phos 3.4", "AST 42, ALT 38", "albumin 2.9",
                          "procalcitonin 0.8", "ferritin 12", "LDL 142", "eGFR 38",
                          "hs-troponin 18 ng/L", "UA with 2+ leukocyte esterase"], r.randint(1, 3))
        return "; ".join([self.ph_bmp(None), self.ph_cbc(None)] + extra)

    def ph_vitals(self, a):
        r = self.rng
        sbp = r.randint(92, 178)
        t = (f"T {r.uniform(36.2, 38.9):.1f} C" if r.random() < 0.7
             else f"Temp {r.uniform(97.0, 101.8):.1f} F")
        o2 = r.choice(["RA", "RA", "2L NC", "4L NC", "room air"])
        return (f"BP {sbp}/{r.randint(50, 98)}, HR {r.randint(52, 128)}, RR {r.randint(12, 26)}, "
                f"{t}, SpO2 {r.randint(88, 100)}% on {o2}")

    def ph_score(self, a):
        return self.rng.choice(SCORES)

    def ph_eponym(self, a):
        return self.rng.choice(EPONYMS)

    ph_eponym2 = ph_eponym

    def ph_sign(self, a):
        return self.rng.choice(SIGNS[:15])

    def _acute(self):
        return self.stable("acute", lambda: self.rng.choice(ACUTE))

    def ph_dx(self, a):
        return self._acute()[0]

    def ph_tx(self, a):
        return self._acute()[1]

    def ph_dx2(self, a):
        return self.rng.choice(DX)

    def ph_pmh(self, a):
        r = self.rng
        items = r.sample(DX, r.randint(2, 4)) + ([r.choice(EPONYMS)] if r.random() < 0.6 else [])
        r.shuffle(items)
        return ", ".join(items[:-1]) + ", and " + items[-1]

    def ph_pmhlines(self, a):
        r = self.rng
        items = r.sample(DX, r.randint(3, 6)) + r.sample(EPONYMS, r.randint(0, 2))
        r.shuffle(items)
        lines = [f"- {x}" for x in items]
        if r.random() < 0.6:
            lines.append(f"- s/p {r.choice(PROCS)} ({r.randint(1985, self.svc.year - 1)})")
        return "\n".join(lines)

    def ph_gene(self, a):
        return self.rng.choice(GENES)

    def ph_code(self, a):
        return self.rng.choice(CODES)

    ph_code2 = ph_code

    def ph_dur(self, a):
        r = self.rng
        n = r.randint(2, 10)
        return r.choice([f"for {n} days", f"x{n} days", f"over the past {n} weeks",
                         f"for {n} months", f"for the last {n} hours", "for 3 days"])

    def ph_durago(self, a):
        return f"{self.rng.randint(2, 12)} {self.rng.choice(['days', 'hours', 'weeks'])} ago"

    def ph_room(self, a):
        r = self.rng
        return r.choice([f"Room {r.randint(200, 899)}", f"Rm {r.randint(200, 899)}-{r.choice('AB')}",
                         f"bed {r.randint(1, 24)}", f"room {r.randint(200, 899)}"])

    def ph_frac(self, a):
        return self.rng.choice(["1/2 tablet", "3/4 of meals", "5/5 strength", "2/3 of breakfast"])

    def ph_allergy(self, a):
        return self.stable("allergy", lambda: self.rng.choice([x for x in ALLERGIES if x != "NKDA"]))

    def ph_allergy2(self, a):
        first = self.ph_allergy(None)
        return self.rng.choice([x for x in ALLERGIES if x not in (first, "NKDA")])

    def ph_symptom(self, a):
        return self.rng.choice(SYMPTOMS)

    ph_symptom2 = ph_symptom

    def ph_ccq(self, a):
        return self.rng.choice(CC_QUOTES)

    def ph_proc(self, a):
        return self.rng.choice(PROCS)

    ph_proc2 = ph_proc

    def ph_job(self, a):
        return self.rng.choice(JOBS)

    def ph_payer(self, a):
        return self.stable("payer", lambda: self.rng.choice(PAYERS))

    def ph_num(self, a):
        return str(self.rng.randint(2, 9))

    def ph_esi(self, a):
        return str(self.rng.randint(1, 5))

    def ph_wt(self, a):
        return f"{self.rng.uniform(42, 120):.1f} kg"

    def _radset(self):
        def pick():
            rs = self.rng.choice(RAD_SETS)
            pairs = [p for p in rs["pairs"] if not self.phi_free or "{" not in p[0] + p[1]]
            return rs["q"], rs["tech"], self.rng.choice(rs["exams"]), self.rng.choice(pairs)
        return self.stable("radset", pick)

    def _sub(self, tpl):
        """Render a nested template into segments."""
        b = Builder()
        self.render(b, tpl)
        text, segs, pos = b.text(), [], 0
        for st, en, k in b.spans:
            segs += [(text[pos:st], None), (text[st:en], k)]
            pos = en
        segs.append((text[pos:], None))
        return [x for x in segs if x[0]]

    def ph_rad_exam(self, a):
        return self._radset()[2]

    def ph_rad_q(self, a):
        return self._radset()[0]

    def ph_rad_tech(self, a):
        return self._radset()[1]

    def ph_rad_find(self, a):
        return self._sub(self._radset()[3][0])

    def ph_rad_imp(self, a):
        return self._sub(self._radset()[3][1])

    def ph_abbr(self, a):
        return self.rng.choice(ABBREVIATIONS)

    def ph_pathdx(self, a):
        return self.rng.choice(PATH_DX)


# ---------------------------------------------------------------------------
# Templates
# ---------------------------------------------------------------------------

PATH_DX = [
    ("A. Left breast, 10 o'clock, core needle biopsy:\n- Invasive ductal carcinoma, Nottingham grade 2 (3+2+1 = 6/9).\n"
     "- Ductal carcinoma in situ, cribriform type, intermediate nuclear grade.\n"
     "- ER positive (95%, strong), PR positive (40%, moderate), HER2 1+ (negative). Ki-67 20%."),
    ("A. Right upper lobe, wedge resection:\n- Invasive adenocarcinoma, acinar predominant, 2.1 cm.\n"
     "- Visceral pleural invasion not identified. Margins negative (closest 0.4 cm).\n"
     "- Molecular: EGFR L858R detected; ALK rearrangement not detected; PD-L1 TPS 60%."),
    ("A. Sigmoid colon, segmental resection:\n- Adenocarcinoma, moderately differentiated, invading into pericolorectal tissue (pT3).\n"
     "- 2 of 18 lymph nodes positive (pN1b). Mismatch repair: loss of MLH1 and PMS2; MSI-high.\n"
     "- BRAF V600E detected."),
    ("A. Prostate, needle biopsies (12 cores):\n- Prostatic adenocarcinoma, Gleason score 3+4=7 (Grade Group 2) in 4 of 12 cores.\n"
     "- Perineural invasion present. No extraprostatic extension identified."),
    ("A. Lymph node, left cervical, excisional biopsy:\n- Classic Hodgkin lymphoma, nodular sclerosis type.\n"
     "- Reed-Sternberg cells positive for CD30 and CD15, negative for CD45."),
    ("A. Skin, left upper back, excision:\n- Malignant melanoma, superficial spreading type, Breslow depth 1.2 mm, Clark level IV.\n"
     "- Mitotic rate 2/mm2. Peripheral and deep margins negative."),
    ("A. Stomach, antrum, biopsy:\n- Chronic active gastritis with Helicobacter pylori organisms identified on immunostain.\n"
     "- No intestinal metaplasia or dysplasia."),
    ("A. Esophagus, distal, biopsies:\n- Barrett's esophagus (intestinal metaplasia with goblet cells), negative for dysplasia."),
    ("A. Terminal ileum, biopsies:\n- Chronic active ileitis with non-necrotizing granulomas, consistent with Crohn's disease."),
    ("A. Bone marrow, aspirate and core biopsy:\n- Hypercellular marrow (70%) with myeloid hyperplasia.\n"
     "- JAK2 V617F detected; findings consistent with a myeloproliferative neoplasm."),
    ("A. Right ovary and fallopian tube:\n- High-grade serous carcinoma. Germline testing previously showed BRCA2 c.5946delT."),
]

POOLS: dict[str, list[str]] = {}


def pool(name, *tpls):
    POOLS[name] = list(tpls)


# ----- H&P ------------------------------------------------------------------
pool("hp_head",
     "HISTORY AND PHYSICAL\n\nPatient: {pt.lf}\nMRN: {mrn}\nDOB: {dob}\nDate of Admission: {adm.h}\nAttending: {doc.sig}\nPCP: {pcp}",
     "ADMISSION H&P\nName: {pt.full}    MRN {mrn}    Acct #: {acct}\nAdmit date: {adm.h}    Unit: 6 West, {room}",
     "H&P | {fac}\n{pt.LF} | DOB {dob} | Med Rec #: {mrn} | Age: {agen}\nAdmitted on {adm} by {doc}",
     "Internal Medicine Admission Note\nDate of service: {svc.h} {time}\nPatient seen and examined with resident {doc2.drfull}.",
     "HISTORY & PHYSICAL EXAMINATION\nPATIENT NAME: {pt.LF}\nMEDICAL RECORD NUMBER: {mrn}\nADMISSION DATE: {adm.h}\nREFERRING PHYSICIAN: {ref.cred}",
     "Admission H&P - {fac}\nPt: {pt.lf} ({agen}{sexl})   MR#: {mrn}   FIN: {acct}\nDOS: {svc.h}",
     "HISTORY AND PHYSICAL\n\nService: Hospital Medicine\nLevel of care: Inpatient, telemetry\nSource of history: patient and chart review",
     "ADMISSION H&P (Hospitalist)\nHistorian: patient, reliable. Interpreter not required.",
     "Internal Medicine Admission Note\nUnit: 5 East, {room}\nCode status on admission: Full code",
     )
pool("cc",
     "CHIEF COMPLAINT: {symptom} {dur}.",
     "CC: \"{ccq}\"",
     "Chief complaint: {symptom}.",
     "CC: {symptom} x {num} days",
     )
pool("hpi",
     "HISTORY OF PRESENT ILLNESS:\n{Pt} is {a_age} with a history of {pmh} who presents with {symptom} {dur}. {He} reports associated {symptom2}. {He} was seen at {fac2} on {pastdate} for similar symptoms and was started on {med}. Per {his} {relw}, {rel}, {he} has been more confused since {my}. Of note, creatinine rose from 1.1 to 1.8 during that admission.",
     "HPI: {Pt} is {a_age} brought in by EMS from {fac2} after an unwitnessed fall at {time}. Per {relw} {rel} ({phone}), {he} was last known well the prior evening. No LOC reported. {He} has known {eponym} and takes {med}. GCS 15 on arrival; NIHSS 0.",
     "HPI: {pt.title} is a pleasant {agephrase} who lives at {street} in {city} and was referred by {ref} for {symptom} {dur}. {He} denies fever or chills. Home BP log shows readings around 150/90. {He} was last admitted on {pastdate} for {dx2}.",
     "HPI:\n{agephrase} with {pmh} presenting with {symptom}. Symptoms started on {date} after {his} {relw} {rel} noticed {him} slumping to the right. Outside CT at {fac2} was negative for hemorrhage. Will obtain MRI brain.",
     "HISTORY OF PRESENT ILLNESS: {pt.full} is {a_age} well known to our service, last seen in clinic by {doc} on {pastdate}. {He} presents today with {symptom} {dur} and {symptom2}. {He} lives with {his} {relw} {rel}, who accompanies {him} today and assists with the history.",
     "HPI: {Pt} ({agebare}) presents with {symptom}. {His} {relw} reports poor PO intake since {md}. Hope is to avoid intubation; {pt.title} and family wish to continue full treatment for now.",
     "HPI: {pt.first} is {a_age} with {pmh}. {He} was in {his} usual state of health until {md}, when {he} developed {symptom}. Seen by {pcp} on {date}, who started {med}. Symptoms worsened and {he} presented to {fac}.",
     "HPI: The patient is {a_age} with {pmh} presenting with {symptom} {dur}. Symptoms began after a viral URI. No recent travel. Denies chest pain at rest. Troponin <0.01 x2.",
     "HISTORY OF PRESENT ILLNESS:\n{agephrase} with a history of {eponym} and {dx} who presents with {symptom}. Reports poor PO intake {dur}. Family will bring in the home medication list tomorrow.",
     "HPI: {Pt} is {a_age} who presents with pleuritic chest pain that started {durago}. Pain is 7/10, sharp, non-radiating, worse with inspiration. Denies hemoptysis. Recent travel to {country}. Wells score 4.",
     "HPI: {Pt} is {a_age} with {dx2} on {med} who was found by {his} {relw} to be more lethargic. Fingerstick glucose 42 by EMS, given D50 with improvement. No recent medication changes.",
     "HPI: {agephrase} with {pmh} admitted with {symptom} {dur}. Reports 3-pillow orthopnea and PND. Weight up 4 kg since last clinic visit. Ran out of {drug} {durago}.",
     )
pool("pmh",
     "PAST MEDICAL HISTORY:\n{pmhlines}",
     "PMH: {pmh}.\nPSH: {proc} ({year}), {proc2} ({year2}).",
     "Past Medical History:\n{pmhlines}\n\nPast Surgical History:\n- {proc} in {year}\n- {proc2}",
     "PMH: {pmh}; s/p {proc} at {fac2} in {my}.",
     )
pool("meds",
     "HOME MEDICATIONS:\n{medlist}",
     "Medications prior to admission:\n{medlist}",
     "Meds: {medinline}.",
     )
pool("allergies",
     "ALLERGIES: NKDA",
     "Allergies: {allergy}.",
     "ALLERGIES: {allergy}; {allergy2}.",
     )
pool("social",
     "SOCIAL HISTORY: Lives with {his} {relw} {rel} at {addr}. Retired {job}. Former smoker, 30 pack-years, quit in {year}. Drinks 1-2 glasses of wine weekly. No illicit drug use.",
     "Social: Resides at {fac} since {my}. Uses a walker. {Relw} {rel} is HCPOA and can be reached at {phone}.",
     "SOCIAL HISTORY: Lives on a farm outside {city} in {county}. Drives a pickup (plate {plate}). Smokeless tobacco 1 can/week.",
     "SH: Lives alone in {citystate}. Independent in ADLs. Still drives. Denies tobacco, alcohol, or drug use.",
     "SOCIAL HISTORY: Widowed. Moved from {country} in {year}. Lives in {county} with {his} {relw}, {rel}. Never smoker.",
     "SOCIAL HISTORY: Lives with spouse. Never smoker. Occasional alcohol. Independent with ADLs and IADLs. Walks 2 miles daily.",
     "Social: Lives in a 2nd floor apartment without an elevator. Former smoker (quit 2010). Works part-time as a {job}. No IVDU.",
     "SH: Lives with {his} {relw}, who will help with medications after discharge. Remote tobacco use. No alcohol.",
     )
pool("family",
     "FAMILY HISTORY: Mother with {eponym}, died at age {relage}. Father had an MI at {relagey}. Brother with {dx2}.",
     "FH: Noncontributory.",
     "Family history: father with Hodgkin lymphoma at age 40; mother alive at {relage} with Alzheimer's dementia. No family history of colon cancer.",
     "FHx: Sister with BRCA2 c.5946delT, breast cancer at 44. Maternal grandmother lived to {relage}.",
     "FAMILY HISTORY: Father died at {relage} of {eponym}. Mother with {dx2}.",
     )
pool("ros",
     "ROS: Positive for {symptom}. Negative for fever, chills, chest pain, hemoptysis. All other systems reviewed and negative.",
     "REVIEW OF SYSTEMS: 12-point ROS negative except as noted in HPI.",
     "ROS: +fatigue, +{symptom}. Denies headache, vision changes, dysuria, rash.",
     )
pool("exam",
     "PHYSICAL EXAM:\nVitals: {vitals}\nGeneral: {man} resting in bed, in no acute distress, A&Ox3.\nHEENT: PERRL, EOMI, MMM.\nCV: irregularly irregular, no murmurs.\nLungs: bibasilar crackles.\nAbd: soft, NT/ND, +BS.\nExt: 2+ pitting edema to the knees bilaterally.\nNeuro: CN II-XII intact, strength 5/5 throughout, negative Babinski sign.",
     "EXAM: {vitals}. Weight {wt}.\nGen: frail, chronically ill appearing.\nCV: RRR, 3/6 systolic murmur at RUSB.\nPulm: CTAB.\nAbd: +Murphy's sign, no rebound.\nSkin: no rashes.\nNeuro: resting tremor R>L, cogwheel rigidity, shuffling gait.",
     "Physical examination\nVS: {vitals}\nGeneral: appears stated age, comfortable.\nLungs: decreased breath sounds at the right base, dullness to percussion.\nHeart: regular, no rubs.\nExtremities: warm, no edema; Homan's sign negative.\nNeuro: alert, follows commands, GCS 15.",
     )
pool("labs",
     "LABS: {bmp}. {cbc}.",
     "Labs ({adm.h}): {labs}.",
     "Admission labs drawn {ts}: {labs}.",
     "LABS/DATA:\n{labs}\nECG: atrial fibrillation, rate 112, no acute ST changes.\nCXR: cardiomegaly with small bilateral effusions.",
     )
pool("assess",
     "ASSESSMENT AND PLAN:\n{Pt} is {a_age} with {pmh} admitted for {dx}.\n1. {dx}: {tx}; monitor I/Os. Will recheck labs in AM. Will repeat BMP in AM.\n2. {eponym}: continue home {med2}.\n3. DVT ppx: heparin 5000 units SC q8h.\nCode status: Full code (discussed with {pt.title} and {relw} {rel}).\nDispo: anticipate discharge to {fac2} in 2-3 days.",
     "A/P:\n# {dx} - {tx}. Blood cultures x2 pending.\n# {eponym} - stable, continue {med2}.\n# Goals of care - DNR/DNI confirmed with {pt.title} on {svc}; {his} {relw} {rel} is surrogate.\nCall {relw} at {cell} with updates.",
     "ASSESSMENT/PLAN:\n{agephrase} with {pmh} admitted with {dx}.\n1. {dx}: {tx}; repeat labs in AM.\n2. {eponym}: continue {med2}.\n3. FEN: cardiac diet, replete K and Mg.\n4. PPx: enoxaparin 40 mg SC daily.\nCode: DNR/DNI, confirmed with patient and family.",
     "Impression: {dx} in the setting of {eponym}. Plan: {tx}, PT/OT evaluation, fall precautions. Will reassess in AM. Discussed with attending.",
     )
pool("hp_sig",
     "{doc.sig}\nAttending Physician\nPager: {phone}",
     "Electronically signed by {doc.sig} on {svc.h} at {time}.",
     "Seen and examined with resident {doc2.cred}. I agree with the findings and plan above. -- {doc}",
     "Attending attestation: I saw and examined the patient and agree with the resident's findings and plan as documented above.",
     )

# ----- Discharge summary ----------------------------------------------------
pool("ds_head",
     "DISCHARGE SUMMARY\n\nPatient Name: {pt.lf}\nMRN: {mrn}\nAccount #: {acct}\nAdmission Date: {adm.h}\nDischarge Date: {dis.h}\nAttending Physician: {doc.sig}\nPrimary Care: {pcp.cred}",
     "Discharge Summary - {fac}\n{pt.UP}  DOB: {dob}  MRN: {mrn}  FIN: {acct}\nAdmitted: {adm.h}  Discharged: {dis.h}",
     "HOSPITAL DISCHARGE SUMMARY\nName: {pt.full}\nMed Rec #: {mrn}\nDates of stay: {adm.h} to {dis.h}\nDischarging provider: {doc.cred}",
     "DISCHARGE SUMMARY\nPatient: {pt.LF}   Age: {agen}   Sex: {sexl}\nEncounter CSN: {csn}\nAdmit: {adm.h}   Discharge: {dis.h}",
     "DISCHARGE SUMMARY\n\nService: Cardiology\nLength of stay: 4 days\nCondition at discharge: stable",
     "Hospital Discharge Summary\nDischarge disposition: home with home health\nCode status: DNR/DNI",
     )
pool("ds_reason",
     "REASON FOR ADMISSION: {dx}.",
     "Principal diagnosis: {dx}. Secondary diagnoses: {pmh}. Coding: {code}, {code2}.",
     "Admitting diagnosis: {symptom}. Discharge diagnosis: {dx}.",
     )
pool("ds_course",
     "HOSPITAL COURSE:\n{Pt} is {a_age} with {pmh} who was admitted on {adm} with {dx}. {He} was treated with {tx}. On {date}, {he} developed rapid atrial fibrillation, rate controlled with diltiazem 10 mg IV x1 then {med3}. Creatinine peaked at 2.1 and improved to 1.3 with IV fluids. {He} was seen by {doc2} of cardiology, who recommended outpatient Holter monitoring.",
     "Hospital course by problem:\n# MSSA bacteremia: Blood cultures from {adm} grew MSSA (Accession {accn}); TEE on {date} showed no vegetation. Completed 14 days of cefazolin 2 g IV q8h via PICC.\n# {eponym}: continued home {med2}.\n# Disposition: PT/OT recommended SNF; {pt.title} and {his} {relw} {rel} chose {fac2}.",
     "HOSPITAL COURSE: {pt.full} underwent dual-chamber pacemaker implantation on {date} by {doc2} for symptomatic complete heart block (device: Medtronic Azure, serial {dev}; UDI {udi}). Post-procedure CXR showed no pneumothorax. Wound clean and dry at discharge.",
     "HOSPITAL COURSE:\nThe patient is {a_age} admitted with {dx}. Treated with {tx} with clinical improvement. Hospital day 3 was complicated by delirium, managed nonpharmacologically. Na improved from 124 to 133 with fluid restriction. Ambulating with PT at discharge.",
     "Brief hospital course: Admitted with {dx}; treated with {tx}. Echo showed EF 35-40% with grade II diastolic dysfunction. GDMT optimized; net negative 4.2 L. Weight at discharge {wt}.",
     "Hospital course: {pt.title} ({agebare}) was admitted from {fac2} with {dx}. CT on {date} showed {eponym}-related changes. Palliative care ({doc2}) met with {pt.title} and {relw} {rel} on {date}; transitioned to comfort-focused care. Hospice referral to {fac} faxed ({fax}).",
     )
pool("ds_meds",
     "DISCHARGE MEDICATIONS:\nNEW: {med}\nCHANGED: {med2} (dose increased)\nSTOPPED: {med3}\nCONTINUE:\n{medlist}",
     "Discharge medications:\n{medlist}",
     "Medication changes: START {med}. STOP {med2}. Resume all other home medications.",
     "DISCHARGE MEDICATIONS:\n{medlist}\nControlled substance prescription (oxycodone 5 mg q6h PRN, #12) e-prescribed by {doc.cred}, DEA {dea}, NPI {npi}.",
     )
pool("ds_follow",
     "FOLLOW-UP:\n- {pcp} on {futdate} at {time}. Clinic phone {phone}, fax {fax}.\n- Cardiology with {doc2} in 2 weeks.\n- Labs: BMP in 1 week.",
     "Follow-up appointments: {fac2}, {faddr}; on {futdate} with {ref}. Please call {phone} to confirm.",
     "Referred to {county} Public Health for TB follow-up. Results viewable at {url}.",
     "Follow up with PCP in 1-2 weeks. Repeat CBC and BMP at that visit. Return precautions reviewed with patient, who verbalized understanding.",
     "Discharge instructions were posted to the patient portal ({url}). Questions: nurse line {phone}.",
     "Home health referral faxed to {fac2} (Fax: {fax}) on {dis}. Case manager: {sw.full}.",
     "Follow-up: heart failure clinic in 7 days; daily weights, call if gain > 2 lb in a day or 5 lb in a week. 2 g sodium diet, 1.5 L fluid restriction.",
     )
pool("ds_pending",
     "PENDING AT DISCHARGE: blood cultures from {date} (Accession {accn}); final pathology (Specimen {spec}).",
     "Pending results: none.",
     "Outstanding results: TSH, vitamin B12, SPEP.",
     "Pending: send-out {gene} testing (order {order}).",
     )
pool("ds_sig",
     "Electronically signed by {doc.sig} on {dis.h} at {time}.\ncc: {pcp.cred} (fax {fax})",
     "Dictated by: {doc2.cred}\nAttending: {doc.sig}\nD: {dis.h}  T: {date.h}",
     "Time spent on discharge: 40 minutes, >50% in counseling and coordination of care.",
     "Copy to: {pcp.drfull}, {fac2}, Fax: {fax}",
     )

# ----- Radiology ------------------------------------------------------------
pool("rad_head",
     "RADIOLOGY REPORT\nExam: {rad_exam}\nAccession: {accn}\nPatient: {pt.lf}    MRN: {mrn}    DOB: {dob}\nExam date: {svc.h} {time}\nOrdering provider: {doc.cred}\nLocation: {fac}",
     "{rad_exam.U}\nAcc#: {accn}    Study date: {ts}\nPatient name: {pt.LF}    Age/Sex: {agen}/{sexl}",
     "EXAM: {rad_exam}\nDATE: {svc.h}\nStudy Instance UID: {uid}\nPerformed at: {fac}",
     "{rad_exam.U}\nAccession #: {accn}\nMRN {mrn}\nReferring: {ref}\nExam performed {isots}",
     "EXAM: {rad_exam}\nCLINICAL INDICATION: {symptom}\nPRIORITY: STAT",
     "{rad_exam.U}\nORDERING SERVICE: Emergency Department",
     )
pool("rad_ind",
     "CLINICAL HISTORY: {agephrase} with {symptom}. {rad_q}",
     "Indication: {symptom}, r/o {dx}. Ordered by {doc}.",
     "HISTORY: {agephrase}, on apixaban 5 mg BID. {rad_q}",
     "Reason for exam: {symptom} {dur}; history of {eponym}. {rad_q}",
     )
pool("rad_comp",
     "COMPARISON: {pastdate.h}.",
     "COMPARISON: Similar exam from {my}; radiograph {pastdate.h}.",
     "COMPARISON: None.",
     "Comparison: prior study from {fac2} dated {pastdate}, images not available for direct comparison.",
     "COMPARISON: Prior exam from 2019.",
     )
pool("rad_tech",
     "TECHNIQUE: {rad_tech}",
     "Technique: {rad_tech}",
     )
pool("rad_find",
     "FINDINGS:\n{rad_find}",
     "FINDINGS: {rad_find}",
     )
pool("rad_imp",
     "IMPRESSION:\n{rad_imp}",
     "IMPRESSION:\n{rad_imp}",
     "IMPRESSION:\n{rad_imp}\nCritical result: findings discussed with {doc} by telephone at {time} on {svc}; read-back confirmed.",
     "IMPRESSION: {rad_imp}\nResults called to {doc} at {time}.",
     "IMPRESSION:\n{rad_imp}\nRecommend clinical correlation. Discussed with the ordering team.",
     )
pool("rad_sig",
     "Dictated by: {rad.cred}\nSigned: {isots}",
     "Electronically signed: {rad.sig}, {svc.h} {time}",
     "Resident: {doc2.cred}. Attending radiologist: {rad.cred}. I have personally reviewed the images and agree with the report.",
     "Attending radiologist attestation: images personally reviewed.",
     )

# ----- Nursing note ---------------------------------------------------------
pool("nn_head",
     "NURSING NOTE\nDate/Time: {svc.h} {time}\nPatient: {pt.lf}   MRN {mrn}   {room}",
     "Nursing Progress Note - {svc.h} 0700-1900\nPt: {pt.full} ({agen}{sexl})",
     "RN SHIFT ASSESSMENT\n{pt.LF}  DOB {dob}  {fac}",
     "NURSING ADMISSION INTAKE\n{pt.full} | MRN {mrn} | Acct {acct} | SSN {ssn}",
     "NURSING SHIFT NOTE (days)\nUnit: 4 North",
     "Nursing note - nights\nIsolation: contact precautions",
     )
pool("nn_body",
     "0700: Received report from {nurse2}. Pt A&Ox3, resting in bed, no acute distress. VS: {vitals}. Pain 3/10 to incision, oxycodone 5 mg PO given at 0815 with relief to 1/10.",
     "Foley catheter in place draining clear yellow urine, 450 mL this shift. Lung sounds diminished at bases. Incentive spirometer 1250 mL. Tolerating cardiac diet, ate 3/4 of breakfast.",
     "Insulin lispro 4 units SC given per sliding scale at 1130 for BG 212. Heparin 5000 units SC at 1400.",
     "{Relw} {rel} at bedside this afternoon, updated on plan of care by {doc}. {Relw} requests a call at {phone} with any changes.",
     "Belongings: cell phone, glasses, upper denture. Car keys given to {relw} {rel}; patient's vehicle (plate {plate}) remains in the visitor garage, level 3.",
     "Fall risk: Morse 55. Bed alarm on, non-skid socks, call light within reach. Braden 14; turned q2h, sacral foam dressing intact.",
     "Pt became agitated at 2200, pulling at lines. Reoriented. Haloperidol 0.5 mg IV x1 per {doc} with good effect. Sitter requested.",
     "Pt's {relw} called from out of state asking for an update; password verified, update given.",
     "1600: Pt ambulated 150 ft with PT and rolling walker, tolerated well. SpO2 95% on RA after ambulation.",
     "Rapid response called at 0342 for SBP 78; 500 mL LR bolus given, SBP improved to 102. {doc} at bedside.",
     "Wound vac to L heel changed, 125 mmHg continuous. Wound bed pink, granulating.",
     "Patient's home insulin pump (serial {dev}) removed and placed in locked belongings per policy.",
     "Pacemaker interrogated by device rep; pacemaker serial SN: {dev}. Underlying rhythm sinus brady 48.",
     "{pt.first} ate 2/3 of lunch and watched TV with {his} {relw}. Denies pain.",
     "{pt.title} refused evening dose of {med}, stating it makes {him} dizzy. {doc} notified.",
     "{pt.full} returned from IR at 1540, right groin site soft, no hematoma. Report given to {nurse2.nolast} at shift change.",
     "Seen by {doc2} from cardiology this AM; Nurse {nurse2.first} aware of new orders.",
     "Will continue to monitor. Call light within reach, bed in lowest position.",
     "Telemetry: sinus rhythm 70s with occasional PVCs. Potassium chloride 40 mEq PO given for K 3.2.",
     "Brown liquid stool x2, C. diff sample sent. Enteric precautions initiated.",
     )
pool("nn_sig",
     "-- {nurse.cred}",
     "Signed: {nurse.finit}, RN",
     "{nurse.sig}\nUnit phone {phone2}",
     "-- Day shift RN",
     )

# ----- Social work ----------------------------------------------------------
pool("sw_head",
     "SOCIAL WORK ASSESSMENT\nDate: {svc.h}\nPatient: {pt.full}  MRN: {mrn}\nReferral source: {doc}\nReason for referral: discharge planning",
     "Social Work Progress Note\n{pt.lf} | DOB {dob} | {fac}",
     "SW NOTE - {svc.h}\nRe: {pt.title} ({agen} y/o), {room}",
     "SOCIAL WORK NOTE\nReason for consult: discharge planning and caregiver support",
     )
pool("sw_body",
     "Living situation: Pt's home is at {addr}, a two-story house with 12 steps to enter. {His} {relw}, {rel}, lives nearby in {city2} and checks on {him} daily. {Relw} phone: {cell}. Email: {email2}.",
     "SW contacted {county} Adult Protective Services (case {apscase}) regarding concern for self-neglect. Intake worker {sw2.full} will make a home visit within 72 hours.",
     "Insurance: Medicare (MBI {mbi}) and {state} Medicaid (ID {medicaid}). Pt agreeable to applying for a Medicaid waiver; SSN {ssn} verified with patient for the application.",
     "SW faxed the {county} Job and Family Services application (SSN {ssn}, account {acct}) to {fax}.",
     "Transportation: Pt drives a 2012 Honda Accord, plate {plate}. {Relw} reports two minor accidents since {my}; SW discussed driving safety and will notify PCP {pcp}.",
     "Pt's vehicle, a 2015 Ford Escape (VIN {vin}), was towed from the ED ambulance bay on {date}; SW provided the tow lot phone number {phone}.",
     "Advance directive: HCPOA is {relw} {rel} ({phone}). Secondary agent: {rel2w} {rel2}. Copy scanned to chart on {date}.",
     "Pt was previously unhoused and stayed at {fac2}; now housed through a rapid rehousing program at {street}, {city}.",
     "Financial: Pt reports difficulty paying for apixaban 5 mg BID ($560 copay). SW submitted manufacturer assistance application using SSN {ssn} and Medicare MBI {mbi}.",
     "Pt lives with spouse in a single-level home. Spouse is primary caregiver and reports caregiver strain. Discussed respite options and adult day programs. Pt has Medicare and a supplemental plan.",
     "Pt expresses hope to return home. {His} {relw} will stay with pt for the first two weeks. Home health PT/OT referral placed. DME: rolling walker, shower chair.",
     "PHQ-9 score 14, GAD-7 score 9. Pt denies SI/HI. Provided list of outpatient counseling resources. Grant-funded transportation vouchers offered.",
     "Discharge plan: SNF placement at {fac2} ({faddr}); bed offer accepted on {date}. Report called to {nurse2} at {phone}. Facility fax: {fax}.",
     "Guardian: {rel.full} (court-appointed, {county} Probate Court case {probate}). Contact: {email2}.",
     "Pt's son reports pt has been driving despite vision loss; DMV record lists driver's license {dl}. Vehicle: 2009 Toyota Camry, VIN {vin}, plate {plate}.",
     "Pt receives Meals on Wheels through {county} Area Agency on Aging. Senior center transportation available Monday-Friday.",
     "Pt is a veteran; SW left voicemail for VA social worker {sw2.full} at {phone2}. Eligible for Aid and Attendance benefit.",
     "Caregiver {rel.full} ({relw}) works nights and is unable to provide 24-hour supervision. Family meeting scheduled for {futdate} at 14:00.",
     )
pool("sw_sig",
     "{sw.sig}\nPhone: {phone2}",
     "-- {sw.cred}",
     "-- Inpatient Social Work",
     )

# ----- Telehealth -----------------------------------------------------------
pool("th_head",
     "TELEHEALTH VISIT NOTE\nVisit type: Video (synchronous)\nDate: {svc.h}\nPatient: {pt.full}   DOB: {dob}   MRN: {mrn}\nProvider: {doc.cred}",
     "Virtual Visit - {fac}\nPatient location: home, {citystate}\nProvider location: clinic office\nPlatform: {url}",
     "TELEMEDICINE NOTE\nPatient: {pt.lf}  Acct: {acct}\nJoined via {url}\nPatient location: {county}, {state}",
     "VIDEO VISIT\n{pt.lf} ({agen} {sexl})  MRN {mrn}\nScheduled {svc.h} {time}",
     "TELEHEALTH VISIT\nModality: audio-video\nPatient location: home (state of residence verified)\nConsent: verbal consent obtained for telehealth visit",
     )
pool("th_tech",
     "Session link: {url}\nPatient connected from IP {ip} at {time}; the connection dropped once and was re-established from {ipv6}.",
     "Identity verified using full name and date of birth ({dob}). Patient joined from {ip}; audio quality fair.",
     "Identity verified with photo ID and last visit date. Waiting-room link sent by text: {url}",
     "Technical: patient used {his} {relw}'s tablet. Session ID: {sessionid}. Client IP {ip}.",
     "Audit: visit launched {isots} from {ip} (patient) and {ipv6} (provider).",
     "Video quality adequate throughout. No technical issues. Visit duration 25 minutes.",
     "Patient could not connect via video; visit converted to audio only. Called patient at {cell}.",
     )
pool("th_body",
     "Subjective: {Pt} reports {symptom} {dur}. Home BP readings 130s/80s. Taking {med} as prescribed. Fasting glucose 110-160.",
     "Objective: Alert, conversant, no increased work of breathing on video. Home pulse oximeter reading 96%. Weight per home scale {wt}.",
     "Assessment/Plan: {dx2} - stable. Continue {med}. {eponym} - follow up with neurology as scheduled. Labs ordered at {fac2}; patient to go on {futdate}.",
     "Patient asked that results be sent to {his} email {email} and to {his} {relw} {rel} at {email2}.",
     "Plan: increase {med}. Recheck BMP in 1 week. Will message results through the portal.",
     "Home health through {county} Visiting Nurses; next visit on {futdate}. Patient portal: {url2}",
     "{pt.title} was assisted by {relw} {rel}, who held the camera. {He} lives at {addr}.",
     "Discussed {eponym}; patient hopes to avoid further hospitalizations. Reviewed red flag symptoms.",
     )
pool("th_sig",
     "{doc.sig}\nTotal time: 22 minutes. Visit performed via telehealth; patient located in {state}.",
     "Provider attests patient was located in a state where provider is licensed.",
     "-- {doc.cred} | {docemail}",
     )

# ----- Pathology ------------------------------------------------------------
pool("path_head",
     "SURGICAL PATHOLOGY REPORT\nAccession #: {spec}\nPatient: {pt.lf}\nMRN: {mrn}\nDOB: {dob}\nCollected: {date.h}    Received: {date.h}\nSubmitting physician: {doc.cred}\nPathologist: {path.cred}",
     "PATHOLOGY REPORT - {fac}\nCase: {spec}   Patient: {pt.LF}   Age: {agen}   Sex: {sexl}\nDate of procedure: {svc.h}",
     "SURGICAL PATHOLOGY CONSULTATION\nCase {spec} | {pt.full} | MRN {mrn} | Acct {acct}",
     "SURGICAL PATHOLOGY\nSpecimen type: core needle biopsy\nFixative: 10% neutral buffered formalin",
     )
pool("path_clin",
     "CLINICAL HISTORY: {agephrase} with {symptom}; imaging concerning for malignancy.",
     "Clinical information provided by {doc}: mass on imaging, rule out malignancy.",
     "Clinical history: {agephrase}, history of {eponym}.",
     )
pool("path_dx",
     "FINAL DIAGNOSIS:\n{pathdx}",
     "DIAGNOSIS:\n{pathdx}\n\nComment: Findings discussed with {doc} on {date}.",
     )
pool("path_gross",
     "GROSS DESCRIPTION: Received in formalin, labeled with the patient's name ({pt.full}) and medical record number, are three tan-pink cores measuring 1.2 to 1.8 cm. Entirely submitted in cassette A1.",
     "GROSS DESCRIPTION: Received fresh and labeled \"{pt.LF}\" is a 14.5 cm segment of bowel. Specimen {spec2}. Representative sections in A1-A12.",
     "GROSS: Received in formalin labeled with the patient's name and MRN are multiple fragments of tan tissue, 0.8 cm in aggregate. Entirely submitted in cassettes A1-A2.",
     "GROSS: A 3.2 x 2.1 x 1.0 cm ellipse of skin with a 1.1 cm pigmented lesion. Inked and serially sectioned. Cassettes A1-A4.",
     )
pool("path_anc",
     "Molecular testing sent to reference laboratory (order {order}) on {date}.",
     "Outside consultation slides from {fac2} (outside case {outcase}) reviewed.",
     "Immunohistochemistry controls performed appropriately. CPT 88305, 88342 x3. ICD-10 C50.911.",
     "Intraoperative consultation: frozen section diagnosis called to {doc} in OR 7 at {time}.",
     "Surgeon: {doc2.drfull}. Procedure date {svc.h}. Specimen {spec2} received with requisition.",
     )
pool("path_sig",
     "Electronically signed out by {path.sig} on {date.h}",
     "I have personally reviewed the slides and agree with the diagnosis. -- {path.cred}",
     "Pathologist attestation on file. Report finalized.",
     )

# ----- ED triage ------------------------------------------------------------
pool("ed_head",
     "ED TRIAGE NOTE\nArrival: {isots} via EMS\nName: {pt.lf}    Age: {agen}    Sex: {sexl}\nMRN: {mrn}\nAcuity: ESI {esi}",
     "EMERGENCY DEPARTMENT TRIAGE - {fac}\nPt: {pt.full}, {agephrase}\nArrived {svc.h} {time} by private vehicle with {relw} {rel}",
     "ED TRIAGE | {pt.LF} | {agen}{sexl} | MRN {mrn} | CSN {csn}",
     "ED TRIAGE\nArrival mode: ambulatory\nAcuity: ESI 3\nIsolation: none",
     "TRIAGE ASSESSMENT\nArrival mode: EMS\nAcuity: ESI {esi}",
     )
pool("ed_narr",
     "Pt was the restrained driver in a low-speed MVC, airbag deployed. Vehicle VIN {vin} per police report; plate {plate}. Ambulatory at scene. Denies LOC. c/o neck pain 6/10.",
     "Per EMS (run #{emsrun}), pt found on floor at {fac2} by staff; unknown down time. BG 98. GCS 14 (E4V4M6).",
     "Pt states {he} has had {symptom} {dur}. Took aspirin 325 mg at home. Hx {eponym}, {dx2}.",
     "Pt's home address: {addr}. Emergency contact: {relw} {rel}, {cell}.",
     "Insurance: {payer}, Member ID: {hpid}. Driver's license {dl} scanned to chart.",
     "Registration: SSN {ssn}; guarantor {rel.lf} ({relw}); account {acct}.",
     "ID verified with {state} driver's license #{dl}. Emergency contact {rel.full} ({relw}), {cell}.",
     "Brought in by {county} EMS (run #{emsrun}) from home in {city}.",
     "Pt unable to provide history; identified by wallet card (SSN {ssn}) and {relw} {rel} by phone.",
     "Pt presents with {relw} after a fall at home. On apixaban 5 mg BID. Small laceration to L forehead, bleeding controlled.",
     "Pt ambulatory to triage c/o {symptom} {dur}. Denies fever. Last PO intake at 0900.",
     "Sepsis screen positive: T 38.9 C, HR 118, RR 24. Lactate ordered. Sepsis bundle initiated at 10:42.",
     "Pedestrian struck by a vehicle (reported plate {plate}) at low speed per bystander; police notified. Abrasions to both knees.",
     "Sent from {fac2} for {symptom}; transfer paperwork includes Medicare MBI {mbi}. Facility callback {phone}.",
     "{Pt} with {symptom}; King-Devick test not performed. Denies drug use. Lives with {his} {relw} and two young grandchildren.",
     )
pool("ed_vitals",
     "Triage vitals: {vitals}. Pain 8/10. Weight {wt}.",
     "VS: {vitals}. FSBG 145. {score}.",
     "Allergies: {allergy}. Tetanus up to date.",
     )
pool("ed_plan",
     "Placed in room 14. ECG at 10:05 shows sinus rhythm, no acute ST changes. Provider notified.",
     "Stroke alert called at {time}; last known well 2 hours prior. NIHSS 4. CT head ordered.",
     "Triage RN: {nurse.cred}",
     "Waiting room; reassess q1h. Patient advised to notify staff of worsening symptoms.",
     )

# ----- Referral letter ------------------------------------------------------
pool("ref_head",
     "{fac}\n{faddr}\nPhone: {phone}  |  Fax: {fax}\n\n{date.long}\n\n{ref.drfull}\n{fac2}\n{faddr2}\n\nRE: {pt.full}\nDOB: {dob}\nMRN: {mrn}\n\nDear Dr. {ref.last},",
     "{date.long}\n\nTo: {ref.drfull}, Cardiology\nFrom: {doc.cred}\nRe: {pt.lf} (DOB {dob})\n\nDear Dr. {ref.last},",
     "REFERRAL\nDate: {date.h}\nPatient: {pt.full}   Phone: {cell}\nReferring provider: {doc.cred}   Fax: {fax}\n\nDear colleague,",
     "Department of Cardiology\n\nDear Colleague,",
     "Neurology Referral\n\nDear Colleague,",
     )
pool("ref_body",
     "Thank you for seeing {pt.full}, {a_age} whom I am referring for evaluation of {eponym}. {He} has a history of {pmh}. {His} symptoms began in {my} and have progressed despite {med}. Recent labs: {labs}.",
     "I would be grateful if you could see {pt.title} at your earliest convenience regarding {dx2}. MRI performed at {fac2} on {pastdate} is enclosed (Accession {accn}).",
     "{He} can be reached at {phone} or by email at {email}. {His} {relw}, {rel}, helps coordinate appointments ({cell}).",
     "Insurance: {payer}, Member ID {hpid}. Prior authorization reference {priorauth}.",
     "Images can be viewed at {url}. {He} resides in {county} and prefers the satellite clinic.",
     "Demographics for your registration: SSN {ssn}, {payer} member ID {hpid}, home phone {phone2}.",
     "I am referring {a_age} with {dx2} and progressive {symptom} for further evaluation. Current medications include {medinline}. Echo showed EF 45%. I would appreciate your recommendations regarding management.",
     "Pertinent results: {labs}. {gene} identified on germline testing; genetic counseling recommended.",
     "{He} lives at {addr} and relies on {his} {relw} for transportation, so a morning appointment would be ideal.",
     "{pt.first} is enrolled in study {stdid}; please contact the coordinator before changing {drug}.",
     )
pool("ref_sig",
     "Sincerely,\n\n{doc.sig}\nNPI {npi}\nDEA# {dea}\nState license {lic}",
     "Kind regards,\n{doc.drfull}\n{fac}\nDirect line: {phone2}\nFax: {fax}\n{docemail}",
     "Sincerely,\n{doc.sig}\nNPI: {npi}",
     "Sincerely,\nThe Neurology Clinic Team",
     "With thanks,\nCardiology Intake Team",
     )

# ----- Medication reconciliation -------------------------------------------
pool("mr_head",
     "MEDICATION RECONCILIATION\nPatient: {pt.lf}    MRN: {mrn}    DOB: {dob}\nCompleted by: {pharm.cred}\nDate: {svc.h}",
     "Admission Medication History - {fac}\n{pt.full} | Acct {acct}\nSources: patient, {relw} {rel}, outpatient pharmacy (Phone {phone2}, Fax: {fax})",
     "MED REC - {pt.LF} - {svc.h}",
     "MEDICATION RECONCILIATION\nSources: patient interview, pill bottles, outpatient pharmacy fill history\nReconciliation type: admission",
     )
pool("mr_table",
     "Medication | Dose | Frequency | Last dose | Action\n{mrrows}",
     "Medication | Dose | Frequency | Last dose | Action\n{mrrowsd}",
     )
pool("mr_notes",
     "Prescriber of record for controlled substances: {doc.cred} (DEA {dea}). State PDMP reviewed; last fill {date}.",
     "Rx #{rxno} for apixaban 5 mg BID last filled {date} at the outpatient pharmacy.",
     "Insulin pump: Tandem t:slim X2, serial {dev}; basal 0.8 units/hr. CGM: Dexcom G7, transmitter {dev2}.",
     "Patient's {relw} {rel} brought pill bottles; fill history confirmed with pharmacy at {phone2}.",
     "Pharmacy benefit: {payer}, Member ID {hpid}, RxBIN 610014.",
     "Discrepancies: patient taking metoprolol tartrate 25 mg BID rather than succinate 50 mg daily as listed. Aspirin 81 mg discontinued by cardiology in 2022. Patient cuts lisinopril 20 mg tablets in 1/2.",
     "Allergies reviewed: {allergy}. No new allergies. Renal dosing: CrCl 38 mL/min; gabapentin reduced to 300 mg BID.",
     "Patient uses a pill organizer filled weekly by {his} {relw}. Adherence good per patient.",
     "Implanted device: spinal cord stimulator, UDI {udi}. MRI conditional.",
     )
pool("mr_sig",
     "{pharm.sig}\nPager {phone2}",
     "Pharmacy reconciliation complete.",
     "-- {pharm.cred}",
     )

# ----- Progress note (SOAP) ------------------------------------------------
pool("pn_head",
     "PROGRESS NOTE - Hospital Day {num}\nDate: {svc.h}\nPatient: {pt.lf}  MRN {mrn}\nAttending: {doc}",
     "Daily Progress Note -- {svc.h}\n{pt.full} ({agen} {sexl}), {room}",
     "SOAP NOTE {svc.h}\n{pt.UP} / MRN {mrn}",
     "PROGRESS NOTE\nHospital day 4\nService: Medicine Team B",
     "Progress Note\nPOD #2 s/p {proc}",
     )
pool("pn_s",
     "S: No acute events overnight. {Pt} reports improved breathing, slept well. Tolerating diet. {His} {relw} {rel} visited yesterday and will call {phone} later today.",
     "Subjective: c/o {symptom}. Pain controlled on acetaminophen 650 mg q6h. Denies chest pain, SOB.",
     "S: Pt states \"I feel like myself again.\" Ambulated in hallway x2. Appetite improving.",
     "S: {pt.first} is frustrated about the length of stay and asks when {he} can return to {fac2}.",
     "S: Overnight, pt had 6 beats of NSVT, asymptomatic. Will check electrolytes.",
     "S: {pt.last} was seen by {doc2} overnight for chest pain; troponin negative x2. {pt.full} now denies pain.",
     )
pool("pn_o",
     "O: {vitals}\nI/O: 1.8 L in / 3.1 L out\nExam: JVP 8 cm, bibasilar crackles improved, 1+ LE edema.\nLabs: {labs}",
     "Objective:\nVitals: {vitals}\nLabs ({svc.h}): {labs}\nMicro: blood cultures NGTD x48h (Accession {accn}).",
     "O: Afebrile. {vitals}. Incision C/D/I. Strength 5/5 bilateral upper extremities, 4/5 left hip flexion.\nLabs: {bmp}.",
     )
pool("pn_a",
     "A/P: {agephrase} with {dx}, improving.\n1. {dx}: {tx}; transition to PO tomorrow.\n2. {eponym}: home {med2}.\n3. FEN: KCl 40 mEq PO x1, Mg 2 g IV.\n4. Dispo: likely home in 1-2 days with home health.",
     "Assessment & Plan:\n# {dx} - {tx}. Reassess daily.\n# {eponym} - stable.\n# Goals of care: Discussed with {pt.title} and {relw} {rel} on {date}; DNR/DNI confirmed. Palliative care ({doc2}) following.",
     "A/P: {dx} - {tx}. Good functional status at baseline. Will advance diet and mobilize.",
     "Assessment: {dx}, complicated by {eponym}. Plan: {tx}. Follow up {gene} result. Discharge planning with SW {sw.full}.",
     )
pool("pn_sig",
     "{doc.sig}\nPager: {phone2}",
     "Created {isots}; workstation {ip}.",
     "Discussed with attending, who agrees with the plan.",
     "-- {doc.icred}, hospitalist",
     )

# ----- Clinician queries (used for style "clinician_query" and queries.jsonl)
pool("q_phi",
     "Show me labs for {pt.full} DOB {dob}",
     "show me labs for {pt.lower} dob {dob}",
     "Pull the last 3 BMPs for MRN {mrn}",
     "What meds is {pt.title} on?",
     "When was {pt.full}'s last colonoscopy?",
     "Summarize the {adm.h} admission for {pt.lf}",
     "Did {doc} sign the discharge for {pt.title}?",
     "Email the after-visit summary to {email}",
     "Call back {pt.first} at {cell} re: potassium",
     "{pt.full}, {agephrase}, EF 25% -- candidate for TAVR?",
     "Find notes mentioning {street}",
     "Look up member ID {hpid}",
     "Verify SSN {ssn} for {pt.lf}",
     "Trend creatinine for {pt.init} since {my}",
     "Any imaging for accession {accn}?",
     "Open the telehealth link {url}",
     "Who logged in from {ip} on {date.h}?",
     "Which patients from {fac} were readmitted within 30 days?",
     "List admissions from {county} with sepsis in 2023",
     "Patients in {city} zip {zip} overdue for mammogram",
     "Pacemaker SN {dev} -- any recall?",
     "Get the pathology for specimen {spec}",
     "Fax the consult note to {fax}",
     "Who is the HCPOA for {pt.title}? Is it {his} {relw} {rel}?",
     "Check DEA {dea} for {doc}",
     "NPI lookup {npi}",
     "Plate {plate} in the ED lot -- which patient?",
     "Is {pt.full} ({agebare}) on hospice?",
     "labs for {pt.lower} from {date.h}",
     "Did {pt.title} get the flu shot at {fac2}?",
     "Pull echo reports for acct {acct}",
     "Schedule {pt.lf} for CT on {futdate}",
     "{pt.full} {dob} A1c trend",
     "Medicare MBI {mbi} eligibility check",
     "Any ED visits for {pt.full} at {fac} since {pastdate}?",
     "Send {pt.title}'s records to {faddr}",
     "VIN {vin} -- whose car was towed from the ambulance bay?",
     "What did {doc} say about {pt.first}'s {eponym}?",
     "{agen} yo {sexl} {pt.last} -- CODE status?",
     )
pool("q_free",
     "What is the max dose of {drug} in CKD stage 4?",
     "Patients over 65 with A1c > 9 since 2020",
     "List patients on warfarin with INR > 4 in the last 30 days",
     "Does Bell's palsy require steroids within 72 hours?",
     "Compare LOS for Crohn's disease admissions 2019 vs 2023",
     "Show trend of troponin for patients with NSTEMI in the ICU",
     "How many 45M with chest pain had a negative stress test?",
     "Apixaban dose adjustment for age >= 80, weight <= 60 kg, Cr >= 1.5",
     "Will patients with Parkinson's disease tolerate haloperidol?",
     "How often does creatinine rise after contrast in CKD stage 3b?",
     "Young adults with Graves disease on methimazole",
     "Count encounters with {code} and CPT 99213 in 2022",
     "What is SNOMED 44054006?",
     "BRCA2 c.5946delT penetrance for ovarian cancer",
     "EGFR L858R first-line therapy options",
     "Patients in room 412 with a Foley catheter > 48 hours",
     "Normal range for Na, K, Cr",
     "NIHSS 4 -- tPA eligible?",
     "How many beds are open on 5 West at 14:30?",
     "Metoprolol tartrate 25 mg BID vs succinate 50 mg daily equivalence",
     "Alzheimer's dementia patients aged 70-85 on donepezil",
     "Which patients had an Apgar < 7 at 5 minutes last quarter?",
     "Interactions between {drug} and {drug}?",
     "Renal dosing for {drug} with CrCl 25",
     "Is {gene} actionable?",
     "Average GCS at discharge for TBI patients since 2018",
     "What does Babinski sign indicate in adults?",
     "Differential for {symptom} in a patient aged {relagey} with {eponym}",
     "Insulin 10 units qHS -- how to titrate glargine?",
     "Show {dx} readmissions for Q3 2024",
     "Which antibiotics cover MSSA bacteremia?",
     "When should Hodgkin lymphoma survivors start breast MRI screening?",
     "Latest guidance on Cushing syndrome screening tests",
     "Is {med} safe in pregnancy?",
     "Patients with {eponym} and {dx}",
     "Give me the LOINC code for hemoglobin A1c",
     "How many patients were discharged to SNF last month?",
     "Taper schedule for prednisone 40 mg daily x5 days",
     "Vitals trend: BP 128/82, HR 76 -- is this orthostatic?",
     "ICD-10 code for {dx}",
     "What is the half-life of {drug}?",
     "Patients with GCS <= 8 on arrival in 2023",
     "Hope for recovery after Guillain-Barre syndrome: typical timeline?",
     "Grant application needs number of Addison's disease cases since 2015",
     "Rose of troponin from 12 to 240 ng/L in 3 hours -- significant?",
     "Brown urine after rhabdo: CK threshold for IV fluids?",
     "King's College criteria for acetaminophen overdose",
     "Jordan travel history and fever: what to test?",
     )

# ----- Style specs: (pool, probability, min picks, max picks) -------------
STYLE_SPECS = {
    "hp": [("hp_head", 1, 1, 1), ("cc", 1, 1, 1), ("hpi", 1, 1, 1), ("pmh", 1, 1, 1),
           ("meds", .9, 1, 1), ("allergies", .7, 1, 1), ("social", .9, 1, 1),
           ("family", .7, 1, 1), ("ros", .5, 1, 1), ("exam", 1, 1, 1), ("labs", .9, 1, 1),
           ("assess", 1, 1, 1), ("hp_sig", 1, 1, 1)],
    "discharge_summary": [("ds_head", 1, 1, 1), ("ds_reason", 1, 1, 1), ("ds_course", 1, 1, 2),
                          ("ds_meds", 1, 1, 1), ("ds_follow", 1, 1, 2), ("ds_pending", .7, 1, 1),
                          ("ds_sig", 1, 1, 1)],
    "radiology_report": [("rad_head", 1, 1, 1), ("rad_ind", 1, 1, 1), ("rad_comp", 1, 1, 1),
                         ("rad_tech", .7, 1, 1), ("rad_find", 1, 1, 1), ("rad_imp", 1, 1, 1),
                         ("rad_sig", 1, 1, 1)],
    "nursing_note": [("nn_head", 1, 1, 1), ("nn_body", 1, 3, 6), ("nn_sig", 1, 1, 1)],
    "social_work_note": [("sw_head", 1, 1, 1), ("sw_body", 1, 3, 6), ("sw_sig", 1, 1, 1)],
    "telehealth_visit": [("th_head", 1, 1, 1), ("th_tech", 1, 1, 2), ("th_body", 1, 2, 4),
                         ("th_sig", 1, 1, 1)],
    "pathology_report": [("path_head", 1, 1, 1), ("path_clin", 1, 1, 1), ("path_dx", 1, 1, 1),
                         ("path_gross", 1, 1, 1), ("path_anc", .8, 1, 2), ("path_sig", 1, 1, 1)],
    "ed_triage": [("ed_head", 1, 1, 1), ("ed_narr", 1, 2, 4), ("ed_vitals", 1, 1, 2),
                  ("ed_plan", 1, 1, 1)],
    "clinician_query": [("q_phi", 1, 1, 4)],
    "referral_letter": [("ref_head", 1, 1, 1), ("ref_body", 1, 2, 4), ("ref_sig", 1, 1, 1)],
    "medication_reconciliation": [("mr_head", 1, 1, 1), ("mr_table", 1, 1, 1),
                                  ("mr_notes", 1, 2, 4), ("mr_sig", 1, 1, 1)],
    "progress_note": [("pn_head", 1, 1, 1), ("pn_s", 1, 1, 1), ("pn_o", 1, 1, 1),
                      ("pn_a", 1, 1, 1), ("pn_sig", 1, 1, 1)],
}
STYLE_SEP = {"nursing_note": "\n", "clinician_query": "\n", "ed_triage": "\n"}
STYLES = list(STYLE_SPECS)


def build_note(rng, style, phi_free):
    g = NoteGen(rng, phi_free)
    b = Builder()
    sep = STYLE_SEP.get(style, "\n\n")
    first = True
    for pool_name, prob, kmin, kmax in STYLE_SPECS[style]:
        if style == "clinician_query" and phi_free:
            pool_name = "q_free"
        if rng.random() >= prob:
            continue
        cands = [t for t in POOLS[pool_name] if template_ok(t, phi_free)]
        if not cands:
            continue
        k = min(len(cands), rng.randint(kmin, kmax))
        for tpl in rng.sample(cands, k):
            if not first:
                b.add(sep)
            first = False
            g.render(b, tpl)
    text = b.text()
    if phi_free:
        assert not b.spans, (style, text)
    return text, b.spans


def build_query(rng, phi_free):
    g = NoteGen(rng, phi_free)
    b = Builder()
    tpl = rng.choice([t for t in POOLS["q_free" if phi_free else "q_phi"] if template_ok(t, phi_free)])
    g.render(b, tpl)
    return b.text(), b.spans


# ---------------------------------------------------------------------------
# Records, output, checks
# ---------------------------------------------------------------------------

def make_record(rid, style, text, spans):
    out = []
    for s, e, k in sorted(spans):
        out.append({
            "start": s, "end": e,
            "bstart": len(text[:s].encode("utf-8")), "bend": len(text[:e].encode("utf-8")),
            "kind": k, "text": text[s:e],
        })
    return {"id": rid, "style": style, "text": text, "spans": out}


def generate(seed):
    rng = random.Random(seed)
    styles = [STYLES[i % len(STYLES)] for i in range(N_NOTES)]
    # PHI-free notes: the same share of every style, positions chosen at random.
    flags = [False] * N_NOTES
    for st in STYLES:
        idx = [i for i, s in enumerate(styles) if s == st]
        for i in rng.sample(idx, round(len(idx) * PHI_FREE_FRACTION)):
            flags[i] = True
    notes = []
    for i, (style, free) in enumerate(zip(styles, flags), 1):
        text, spans = build_note(rng, style, free)
        while not free and not spans:  # a PHI note must carry at least one label
            text, spans = build_note(rng, style, free)
        notes.append(make_record(f"note-{i:04d}", style, text, spans))

    queries, seen = [], set()
    want_free = N_QUERIES // 2
    counts = {True: 0, False: 0}
    attempts = 0
    while len(queries) < N_QUERIES and attempts < 20000:
        attempts += 1
        free = counts[True] < want_free and (counts[False] >= N_QUERIES - want_free or rng.random() < 0.5)
        text, spans = build_query(rng, free)
        if not free and not spans:
            continue
        if text in seen:
            continue
        seen.add(text)
        counts[free] += 1
        queries.append(make_record(f"query-{len(queries) + 1:04d}", "query", text, spans))
    return notes, queries


def clinical_terms():
    terms = []
    terms += EPONYMS + SIGNS + GENES + CODES + SCORES + ABBREVIATIONS
    for name, doses, sigs in MEDS:
        terms.append(f"{name} {doses[0]} {sigs[0]}")
    terms += ["Na 138", "K 4.1", "Cr 1.2", "Cl 102", "HCO3 24", "BUN 18", "WBC 11.2",
              "Hgb 9.8", "Plt 245", "A1c 7.8%", "INR 2.3", "TSH 2.1", "BNP 845",
              "troponin <0.01", "eGFR 38", "lactate 2.4", "BP 128/82", "HR 76", "RR 16",
              "SpO2 97%", "T 37.1 C", "insulin 10 units", "for 3 days", "x5 days",
              "67 year old", "45M", "in 2019", "since 2015", "at 14:30", "1/2 tablet",
              "5/5 strength", "3/4 of breakfast", "Room 412", "EF 35-40%", "CrCl 38 mL/min",
              "3-pillow orthopnea", "Grade Group 2", "pT3", "pN1b", "Ki-67 20%", "RxBIN 610014"]
    seen, out = set(), []
    for t in terms:
        if t not in seen:
            seen.add(t)
            out.append(t)
    return out


def write_outputs(notes, queries):
    for fname, recs in (("notes.jsonl", notes), ("queries.jsonl", queries)):
        with open(os.path.join(OUT_DIR, fname), "w", encoding="utf-8", newline="\n") as fh:
            for r in recs:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT_DIR, "clinical_terms.txt"), "w", encoding="utf-8", newline="\n") as fh:
        for t in clinical_terms():
            fh.write(t + "\n")


# Patterns that, if present in unlabelled text, almost certainly mean a
# template leaked PHI without a label.
LEAK_PATTERNS = [
    ("numeric date", re.compile(r"\b\d{1,2}/\d{1,2}/\d{2,4}\b")),
    ("iso date", re.compile(r"\b(19|20)\d\d-\d\d-\d\d\b")),
    ("phone", re.compile(r"\(?\b\d{3}\)?[-. ]\d{3}[-. ]\d{4}\b")),
    ("ssn", re.compile(r"\b\d{3}-\d{2}-\d{4}\b")),
    ("email", re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")),
    ("url", re.compile(r"https?://\S+")),
    ("ipv4", re.compile(r"\b\d{1,3}(?:\.\d{1,3}){3}\b")),
    ("age90", re.compile(r"\b(9\d|1[01]\d)(?:[- ]year|[- ]yo\b| y/o|[MF]\b| years)")),
]


def check(path_notes, path_queries, quiet=False):
    errors = []
    kind_counts = Counter()
    q_counts = Counter()
    n_free = 0
    n_notes = 0
    name_tokens_masked = 0
    allow = sorted(clinical_terms(), key=len, reverse=True)

    def check_file(path, counter, is_notes):
        nonlocal n_free, n_notes
        ids = set()
        with open(path, encoding="utf-8") as fh:
            for ln, line in enumerate(fh, 1):
                r = json.loads(line)
                text, spans = r["text"], r["spans"]
                if r["id"] in ids:
                    errors.append(f"{path}:{ln} duplicate id {r['id']}")
                ids.add(r["id"])
                if is_notes:
                    n_notes += 1
                    if not spans:
                        n_free += 1
                b = text.encode("utf-8")
                prev_end = -1
                prev = None
                covered = [False] * len(text)
                for s in spans:
                    st, en, k = s["start"], s["end"], s["kind"]
                    if k not in KINDS:
                        errors.append(f"{r['id']}: bad kind {k}")
                    if not (0 <= st < en <= len(text)):
                        errors.append(f"{r['id']}: bad offsets {s}")
                        continue
                    if text[st:en] != s["text"]:
                        errors.append(f"{r['id']}: span text mismatch {s}")
                    if b[s["bstart"]:s["bend"]].decode("utf-8") != s["text"]:
                        errors.append(f"{r['id']}: byte offsets mismatch {s}")
                    if s["bstart"] != len(text[:st].encode("utf-8")):
                        errors.append(f"{r['id']}: bstart mismatch {s}")
                    if st < prev_end:
                        errors.append(f"{r['id']}: overlapping/unsorted spans {prev} {s}")
                    if s["text"] != s["text"].strip():
                        errors.append(f"{r['id']}: span has surrounding whitespace {s}")
                    if (prev is not None and k == "NAME" and prev["kind"] == "NAME"
                            and text[prev["end"]:st].strip(" \t") == ""):
                        errors.append(f"{r['id']}: adjacent NAME spans should be one {prev} {s}")
                    prev, prev_end = s, en
                    counter[k] += 1
                    for i in range(st, en):
                        covered[i] = True
                # Leak check 1: PHI-looking patterns outside spans.
                for label, rx in LEAK_PATTERNS:
                    for m in rx.finditer(text):
                        # Only the identifying characters must be covered: the
                        # number of an age phrase, the alphanumerics otherwise
                        # (a surrounding "(" or trailing "." is not PHI).
                        if rx.groups:
                            idx = range(m.start(1), m.end(1))
                        else:
                            idx = [i for i in range(m.start(), m.end()) if text[i].isalnum()]
                        if not all(covered[i] for i in idx):
                            if label == "ipv4" and any(covered[m.start():m.end()]):
                                continue
                            errors.append(f"{r['id']}: unlabelled {label} {m.group(0)!r}")
                # Leak check 2: a labelled name token reappearing unlabelled.
                masked = list(text)
                for t in allow:
                    for m in re.finditer(r"(?<!\w)" + re.escape(t) + r"(?!\w)", text):
                        if any(covered[m.start():m.end()]):
                            errors.append(f"{r['id']}: allow-list term {t!r} overlaps a PHI span")
                        for i in range(m.start(), m.end()):
                            masked[i] = "\0"
                masked = "".join(masked)
                toks = set()
                for s in spans:
                    if s["kind"] == "NAME":
                        for tok in re.findall(r"[^\W\d_][\w'-]*", s["text"]):
                            if len(tok) >= 3 and tok not in COMMON_WORD_NAMES and tok.lower() != tok:
                                toks.add(tok)
                for tok in sorted(toks):
                    for m in re.finditer(r"(?<![\w'-])" + re.escape(tok) + r"(?![\w-])", masked):
                        if not all(covered[m.start():m.end()]):
                            errors.append(f"{r['id']}: unlabelled name token {tok!r} at {m.start()}")

    check_file(path_notes, kind_counts, True)
    check_file(path_queries, q_counts, False)

    for k in KINDS:
        if kind_counts[k] < MIN_PER_KIND:
            errors.append(f"kind {k} appears only {kind_counts[k]} times in notes (< {MIN_PER_KIND})")
    total = sum(kind_counts.values())
    if total < 4000:
        errors.append(f"only {total} spans in notes (< 4000)")
    frac = n_free / max(1, n_notes)
    if not (0.18 <= frac <= 0.22):
        errors.append(f"PHI-free fraction {frac:.3f} outside 0.18-0.22")
    size = sum(os.path.getsize(os.path.join(OUT_DIR, f))
               for f in ("notes.jsonl", "queries.jsonl", "clinical_terms.txt"))
    if size > 3_200_000:
        errors.append(f"outputs too large: {size} bytes")

    if not quiet:
        print(f"notes: {n_notes} ({n_free} PHI-free, {frac:.1%}); spans: {total}")
        print(f"{'kind':<16}{'notes':>7}{'queries':>9}")
        for k in KINDS:
            print(f"{k:<16}{kind_counts[k]:>7}{q_counts[k]:>9}")
        print(f"{'TOTAL':<16}{total:>7}{sum(q_counts.values()):>9}")
        print(f"output size: {size} bytes")
    if errors:
        for e in errors[:60]:
            print("CHECK FAILED:", e, file=sys.stderr)
        print(f"{len(errors)} error(s)", file=sys.stderr)
        return False
    if not quiet:
        print("check: OK")
    return True


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, default=7, help="random seed (default 7)")
    ap.add_argument("--check", action="store_true", help="only verify the existing output files")
    args = ap.parse_args(argv)
    if not args.check:
        notes, queries = generate(args.seed)
        write_outputs(notes, queries)
    ok = check(os.path.join(OUT_DIR, "notes.jsonl"), os.path.join(OUT_DIR, "queries.jsonl"))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())

"""Build a 200-file benchmark tree from the pydicom fixtures: `make_tree.py OUT [SKIP,SKIP]`.
Each patient gets one copy of each fixture (less the skipped ones) with its own PatientID,
PatientName and Study/Series/SOP Instance UIDs. The side-by-side tree skips
`image_dfl,nested_priv_SQ` (dcmanon and dicognito abort on them)."""
import os, shutil, sys
import pydicom
from pydicom.uid import generate_uid

SRC = os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../tests/data/pydicom")
NAMES = ["CT_small", "JPEG2000", "MR_small", "MR_small_RLE", "MR_small_bigendian",
         "MR_small_implicit", "image_dfl", "nested_priv_SQ", "reportsi", "rtplan"]
OUT = sys.argv[1] if len(sys.argv) > 1 else "/tmp/bench/tree"
if len(sys.argv) > 2:
    NAMES = [n for n in NAMES if n not in sys.argv[2].split(",")]
PATIENTS = 200 // len(NAMES)
shutil.rmtree(OUT, ignore_errors=True)
for p in range(PATIENTS):
    pdir = os.path.join(OUT, f"patient{p:02d}")
    os.makedirs(pdir)
    study = generate_uid(prefix="1.2.826.0.1.3680043.8.498.")
    for name in NAMES:
        ds = pydicom.dcmread(os.path.join(SRC, name + ".dcm"))
        ds.PatientID = f"MRN{4711000 + p}"
        ds.PatientName = f"DOE^PATIENT{p}"
        ds.StudyInstanceUID = study
        ds.SeriesInstanceUID = generate_uid(prefix="1.2.826.0.1.3680043.8.498.")
        sop = generate_uid(prefix="1.2.826.0.1.3680043.8.498.")
        ds.SOPInstanceUID = sop
        if hasattr(ds, "file_meta"):
            ds.file_meta.MediaStorageSOPInstanceUID = sop
        ds.save_as(os.path.join(pdir, name + ".dcm"))

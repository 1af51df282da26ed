"""200 CT images of 512x512x16 bit (~0.5 MB each): CT_small with its pixel data tiled,
20 patients x 10 images, each with its own PatientID and UIDs."""
import os, shutil, sys
import pydicom
from pydicom.uid import generate_uid
OUT = sys.argv[1]
CT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../tests/data/pydicom/CT_small.dcm")
shutil.rmtree(OUT, ignore_errors=True)
src = pydicom.dcmread(CT)
pixels = bytes(src.PixelData)  # 128x128x2
for p in range(20):
    d = os.path.join(OUT, f"patient{p:02d}"); os.makedirs(d)
    study, series = generate_uid(), generate_uid()
    for i in range(10):
        ds = pydicom.dcmread(CT)
        ds.Rows = ds.Columns = 512
        ds.PixelData = pixels * 16
        ds.PatientID = f"MRN{5800000 + p}"; ds.PatientName = f"ROE^PATIENT{p}"
        ds.StudyInstanceUID, ds.SeriesInstanceUID = study, series
        ds.SOPInstanceUID = ds.file_meta.MediaStorageSOPInstanceUID = generate_uid()
        ds.InstanceNumber = i + 1
        ds.save_as(os.path.join(d, f"ct{i:02d}.dcm"))

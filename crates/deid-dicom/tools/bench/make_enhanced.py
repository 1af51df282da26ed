#!/usr/bin/env python3
# make_enhanced.py OUT N FRAMES: enhanced-multiframe-like files (pydicom): N files, 8 per patient,
# each with FRAMES per-frame functional group items (dates, UIDs, positions) over CT_small pixels.
"""Enhanced-multiframe-like files: many per-frame functional group items (dates, UIDs, codes) and modest pixels."""
import os, shutil, sys
import pydicom
from pydicom.dataset import Dataset
from pydicom.sequence import Sequence
from pydicom.uid import generate_uid
OUT = sys.argv[1]; N = int(sys.argv[2]); FR = int(sys.argv[3])
CT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "tests", "data", "pydicom", "CT_small.dcm")
shutil.rmtree(OUT, ignore_errors=True)
src = pydicom.dcmread(CT)
pixels = bytes(src.PixelData)  # 128x128x2 = 32 kB
for p in range(N):
    d = os.path.join(OUT, f"patient{p//8:02d}"); os.makedirs(d, exist_ok=True)
    ds = pydicom.dcmread(CT)
    ds.NumberOfFrames = FR
    ds.PixelData = pixels * FR
    ds.PatientID = f"MRN{5900000 + p//8}"; ds.PatientName = f"ROE^PATIENT{p//8}"
    ds.StudyDescription = "CT CHEST ABDOMEN PELVIS W CONTRAST"
    ds.SeriesDescription = f"AX {p%4+1}.0 SOFT TISSUE"
    ds.SOPInstanceUID = ds.file_meta.MediaStorageSOPInstanceUID = generate_uid()
    ds.FrameOfReferenceUID = generate_uid()
    per = []
    for f in range(FR):
        it = Dataset()
        fc = Dataset(); fc.FrameAcquisitionDateTime = "20240301101502.123"; fc.FrameReferenceDateTime = "20240301101502.123"
        fc.StackID = "1"; fc.InStackPositionNumber = f + 1; fc.DimensionIndexValues = [1, f + 1]
        fc.FrameAcquisitionDuration = 12.5; fc.FrameComment = f"frame {f+1}"
        it.FrameContentSequence = Sequence([fc])
        pp = Dataset(); pp.ImagePositionPatient = [-120.0, -130.5, float(f) * 2.5]
        it.PlanePositionSequence = Sequence([pp])
        po = Dataset(); po.ImageOrientationPatient = [1, 0, 0, 0, 1, 0]
        it.PlaneOrientationSequence = Sequence([po])
        pm = Dataset(); pm.PixelSpacing = [0.7, 0.7]; pm.SliceThickness = 2.5
        it.PixelMeasuresSequence = Sequence([pm])
        vl = Dataset(); vl.WindowCenter = 40; vl.WindowWidth = 400
        it.FrameVOILUTSequence = Sequence([vl])
        ref = Dataset(); ref.ReferencedSOPClassUID = "1.2.840.10008.5.1.4.1.1.2"; ref.ReferencedSOPInstanceUID = generate_uid()
        it.DerivationImageSequence = Sequence([Dataset()]); it.DerivationImageSequence[0].SourceImageSequence = Sequence([ref])
        per.append(it)
    ds.PerFrameFunctionalGroupsSequence = Sequence(per)
    ds.save_as(os.path.join(d, f"enh{p:03d}.dcm"), enforce_file_format=True)

// SPDX-License-Identifier: Apache-2.0
//
// WriteExtract writes an Extract as the extract folder of docs/extract-format.md (patients.csv,
// events.csv, medications.csv, encounters.csv), in a form ReadExtract reads back to the same
// Extract. Each file is written to a temporary name in the folder and renamed into place once
// all four are complete, so a reader never sees a half-written file. Thread-safe: calls share
// nothing.
#pragma once

#include <string>

#include "extract/extract.hpp"

namespace lcn::extract {

// Writes `extract` into the folder `dir`, creating the folder when it is missing and replacing
// the four files when they exist. Rows keep the extract's order; a field is quoted when it holds
// a comma or a quote; values are written in the shortest form that reads back to the same float
// (NaN, "no value", as an empty field). On success all four files are in place. On failure
// throws Error(kUnavailable) naming the file; the temporary files are removed and the files
// already in `dir` are left as they were, unless the failure happens while renaming, after which
// some files may be new and some old.
// REQUIRES: every Event/Medication/Encounter::patient indexes extract.patients; patient ids are
// unique, non-empty and free of line breaks (ReadExtract's own rules).
void WriteExtract(const Extract& extract, const std::string& dir);

}  // namespace lcn::extract

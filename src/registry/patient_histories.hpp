// SPDX-License-Identifier: Apache-2.0
//
// Groups an extract's rows by patient into packed histories with a content hash: the first
// step of an import. The hash covers the patient's demographics and history in canonical order,
// so the same patient in the same state hashes the same whatever the row order of the files.
// Pure; runs on `threads` threads.
#pragma once

#include <string>
#include <vector>

#include "extract/extract.hpp"
#include "registry/history.hpp"

namespace lcn::registry {

struct PackedHistory {
  std::string history;       // EncodeHistory
  std::string content_hash;  // SHA-256 hex over demographics and `history`
  std::int64_t events = 0;
  std::int64_t medications = 0;
  std::int64_t encounters = 0;
};

// One PackedHistory per patient of `extract`, in patient order.
std::vector<PackedHistory> PackHistories(const extract::Extract& extract, unsigned threads = 2);

// The content hash of `patient` with packed `history`.
std::string ContentHash(const extract::Patient& patient, const std::string& history);

}  // namespace lcn::registry

// SPDX-License-Identifier: Apache-2.0
#include "registry/patient_histories.hpp"

#include <algorithm>
#include <thread>

#include "crypto/crypto.hpp"
#include "extract/day.hpp"
#include "registry/history_codec.hpp"

namespace lcn::registry {
namespace {

// offsets[p]..offsets[p+1] index `order`, which lists the rows of patient p.
struct Grouping {
  std::vector<std::uint32_t> offsets;
  std::vector<std::uint32_t> order;
};

template <typename Row>
Grouping GroupByPatient(const std::vector<Row>& rows, std::size_t patients) {
  Grouping g;
  g.offsets.assign(patients + 1, 0);
  for (const Row& r : rows) {
    ++g.offsets[r.patient + 1];
  }
  for (std::size_t p = 0; p < patients; ++p) {
    g.offsets[p + 1] += g.offsets[p];
  }
  g.order.resize(rows.size());
  std::vector<std::uint32_t> next(g.offsets.begin(), g.offsets.end() - 1);
  for (std::uint32_t i = 0; i < rows.size(); ++i) {
    g.order[next[rows[i].patient]++] = i;
  }
  return g;
}

void Append(std::string& out, std::string_view field) {
  out += field;
  out += '\x1f';
}

}  // namespace

std::string ContentHash(const extract::Patient& patient, const std::string& history) {
  std::string text;
  text.reserve(history.size() + 128);
  Append(text, patient.nhs_number.value_or(""));
  Append(text, extract::FormatDay(patient.birth_day));
  Append(text, domain::SexName(patient.sex));
  Append(text, patient.practice);
  Append(text, patient.postcode.value_or(""));
  Append(text, patient.death_day ? extract::FormatDay(*patient.death_day) : "");
  Append(text, patient.care_home.value_or(""));
  Append(text, patient.given_name.value_or(""));
  Append(text, patient.family_name.value_or(""));
  text += history;
  return crypto::Sha256Hex(text);
}

std::vector<PackedHistory> PackHistories(const extract::Extract& extract, unsigned threads) {
  const std::size_t n = extract.patients.size();
  const Grouping events = GroupByPatient(extract.events, n);
  const Grouping medications = GroupByPatient(extract.medications, n);
  const Grouping encounters = GroupByPatient(extract.encounters, n);
  std::vector<PackedHistory> out(n);
  const auto pack = [&](std::size_t begin, std::size_t end) {
    History h;
    for (std::size_t p = begin; p < end; ++p) {
      h.events.clear();
      h.medications.clear();
      h.encounters.clear();
      for (std::uint32_t i = events.offsets[p]; i < events.offsets[p + 1]; ++i) {
        const extract::Event& e = extract.events[events.order[i]];
        h.events.push_back({e.code, e.day, e.value});
      }
      for (std::uint32_t i = medications.offsets[p]; i < medications.offsets[p + 1]; ++i) {
        const extract::Medication& m = extract.medications[medications.order[i]];
        h.medications.push_back({m.code, m.day});
      }
      for (std::uint32_t i = encounters.offsets[p]; i < encounters.offsets[p + 1]; ++i) {
        const extract::Encounter& e = extract.encounters[encounters.order[i]];
        h.encounters.push_back({e.type, e.start_day, e.end_day});
      }
      PackedHistory& packed = out[p];
      packed.events = static_cast<std::int64_t>(h.events.size());
      packed.medications = static_cast<std::int64_t>(h.medications.size());
      packed.encounters = static_cast<std::int64_t>(h.encounters.size());
      packed.history = EncodeHistory(h);
      packed.content_hash = ContentHash(extract.patients[p], packed.history);
    }
  };
  threads = std::max(1U, std::min<unsigned>(threads, static_cast<unsigned>(n / 1024 + 1)));
  std::vector<std::thread> workers;
  const std::size_t slice = (n + threads - 1) / threads;
  for (unsigned t = 1; t < threads; ++t) {
    workers.emplace_back(pack, std::min(n, t * slice), std::min(n, (t + 1) * slice));
  }
  pack(0, std::min(n, slice));
  for (auto& w : workers) {
    w.join();
  }
  return out;
}

}  // namespace lcn::registry

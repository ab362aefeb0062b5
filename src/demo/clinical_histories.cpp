// SPDX-License-Identifier: Apache-2.0
#include "demo/clinical_histories.hpp"

#include <algorithm>
#include <thread>

#include "casefinding/definitions/definitions.hpp"
#include "core/error.hpp"
#include "demo/history_writer.hpp"
#include "demo/parallel_chunks.hpp"

namespace lcn::demo {
namespace {

constexpr std::size_t kChunk = 2048;         // people per unit of work
constexpr std::size_t kChunksPerThread = 4;  // chunks in flight per thread and wave

struct ChunkOutput {
  std::vector<extract::Event> events;
  std::vector<extract::Medication> medications;
  std::vector<extract::Encounter> encounters;
};

void WriteChunk(const HistoryWriter& writer, const std::vector<PersonPlan>& people,
                std::size_t begin, std::size_t end, std::vector<extract::Patient>& patients,
                ChunkOutput& out) {
  PersonRecords records;
  PersonHealth health;
  for (std::size_t i = begin; i < end; ++i) {
    writer.Write(i, people[i], patients[i], records, health);
    const auto patient = static_cast<std::uint32_t>(i);
    for (const auto& e : records.events) {
      out.events.push_back({patient, e.code, e.day, e.value});
    }
    for (const auto& m : records.issues) {
      out.medications.push_back({patient, m.code, m.day});
    }
    for (auto c : records.encounters) {
      c.patient = patient;
      out.encounters.push_back(c);
    }
  }
}

template <typename T>
void Append(std::vector<T>& to, std::vector<T>& from) {
  to.insert(to.end(), from.begin(), from.end());
  from = {};
}

// Reserves room for the whole extract, from the records of a sample of people spread evenly
// over the population, plus 5%, so the vectors do not grow (and copy) while they fill.
void Reserve(const HistoryWriter& writer, const std::vector<PersonPlan>& people,
             extract::Extract& x) {
  constexpr std::size_t kSample = 4096;
  const std::size_t step = std::max<std::size_t>(1, people.size() / kSample);
  PersonRecords records;
  PersonHealth health;
  extract::Patient patient;
  std::size_t sampled = 0;
  std::size_t events = 0;
  std::size_t issues = 0;
  std::size_t encounters = 0;
  for (std::size_t i = 0; i < people.size(); i += step, ++sampled) {
    writer.Write(i, people[i], patient, records, health);
    events += records.events.size();
    issues += records.issues.size();
    encounters += records.encounters.size();
  }
  const auto scaled = [&](std::size_t n) {
    return sampled == 0 ? 0 : n * people.size() / sampled * 21 / 20;
  };
  x.events.reserve(scaled(events));
  x.medications.reserve(scaled(issues));
  x.encounters.reserve(scaled(encounters));
}

}  // namespace

extract::Extract GenerateHistories(const std::vector<PersonPlan>& people,
                                   const GeographyPlan& geography,
                                   const std::vector<CareHomeSite>& care_homes, std::uint64_t seed,
                                   std::int32_t as_of_day, unsigned threads) {
  LCN_CHECK(people.size() < (std::size_t{1} << 32U));
  const HistoryModel model =
      BuildHistoryModel(LoadClinicalRates(), casefinding::DefaultDefinitions());
  const HistoryWriter writer(model, geography, care_homes, seed, as_of_day);
  if (threads == 0) {
    threads = std::max(1U, std::thread::hardware_concurrency());
  }
  extract::Extract x;
  x.patients.resize(people.size());
  Reserve(writer, people, x);
  const std::size_t chunks = (people.size() + kChunk - 1) / kChunk;
  const std::size_t wave = threads * kChunksPerThread;
  for (std::size_t first = 0; first < chunks; first += wave) {
    const std::size_t count = std::min(wave, chunks - first);
    std::vector<ChunkOutput> outputs(count);
    ForEachChunk(count, threads, [&](std::size_t k) {
      const std::size_t begin = (first + k) * kChunk;
      WriteChunk(writer, people, begin, std::min(begin + kChunk, people.size()), x.patients,
                 outputs[k]);
    });
    for (auto& out : outputs) {
      Append(x.events, out.events);
      Append(x.medications, out.medications);
      Append(x.encounters, out.encounters);
    }
  }
  return x;
}

}  // namespace lcn::demo

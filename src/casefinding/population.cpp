// SPDX-License-Identifier: Apache-2.0
#include "casefinding/population.hpp"

namespace lcn::casefinding {
namespace {

template <typename T>
std::size_t Used(const std::vector<T>& v) {
  return v.size() * sizeof(T);
}

template <typename T>
std::size_t Reserved(const std::vector<T>& v) {
  return v.capacity() * sizeof(T);
}

template <typename Measure>
std::size_t Total(const Population& p, Measure bytes) {
  std::size_t total =
      bytes(p.patient_ids) + bytes(p.birth_day) + bytes(p.death_day) + bytes(p.sex) +
      bytes(p.practice) + bytes(p.care_home) + bytes(p.event_offsets) + bytes(p.event_code) +
      bytes(p.event_day) + bytes(p.event_value) + bytes(p.medication_offsets) +
      bytes(p.medication_code) + bytes(p.medication_day) + bytes(p.encounter_offsets) +
      bytes(p.encounter_kind) + bytes(p.encounter_day) + bytes(p.concepts) + bytes(p.practices);
  for (const auto& id : p.patient_ids) {
    if (id.capacity() > 15) {  // beyond the small-string buffer
      total += id.capacity();
    }
  }
  return total;
}

}  // namespace

std::size_t Population::MemoryBytes() const {
  return Total(*this, [](const auto& v) { return Used(v); });
}

std::size_t Population::ReservedBytes() const {
  return Total(*this, [](const auto& v) { return Reserved(v); });
}

}  // namespace lcn::casefinding

// SPDX-License-Identifier: Apache-2.0
#include "casefinding/population.hpp"

namespace lcn::casefinding {
namespace {

template <typename T>
std::size_t Bytes(const std::vector<T>& v) {
  return v.capacity() * sizeof(T);
}

}  // namespace

std::size_t Population::MemoryBytes() const {
  std::size_t total = Bytes(patient_ids) + Bytes(birth_day) + Bytes(death_day) + Bytes(sex) +
                      Bytes(practice) + Bytes(care_home) + Bytes(event_offsets) +
                      Bytes(event_code) + Bytes(event_day) + Bytes(event_value) +
                      Bytes(medication_offsets) + Bytes(medication_code) + Bytes(medication_day) +
                      Bytes(encounter_offsets) + Bytes(encounter_kind) + Bytes(encounter_day) +
                      Bytes(concepts) + Bytes(practices);
  for (const auto& id : patient_ids) {
    if (id.capacity() > 15) {  // beyond the small-string buffer
      total += id.capacity();
    }
  }
  return total;
}

}  // namespace lcn::casefinding

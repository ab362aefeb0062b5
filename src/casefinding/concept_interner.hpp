// SPDX-License-Identifier: Apache-2.0
//
// ConceptInterner gives each distinct concept id a dense index, in first-seen order: the
// Population's concept dictionary. A population has a few thousand distinct codes and tens of
// millions of rows, so this lookup is the hot path of building one: open addressing with linear
// probing in a power-of-two table kept at most half full. Not thread-safe.
#pragma once

#include <cstdint>
#include <vector>

#include "casefinding/rule.hpp"

namespace lcn::casefinding {

class ConceptInterner {
 public:
  ConceptInterner() : slots_(kInitialSlots) {}

  // The index of `code`, a new one the first time it is seen.
  std::uint32_t Intern(ConceptId code) {
    for (std::size_t i = Hash(code);; i = (i + 1) & (slots_.size() - 1)) {
      Slot& s = slots_[i];
      if (s.index_plus_one == 0) {
        return Add(code, s);
      }
      if (s.code == code) {
        return s.index_plus_one - 1;
      }
    }
  }

  // The concepts by index; the interner is empty afterwards.
  std::vector<ConceptId> Take();

 private:
  struct Slot {
    ConceptId code = 0;
    std::uint32_t index_plus_one = 0;  // 0: empty
  };

  static constexpr std::size_t kInitialSlots = 1024;

  std::size_t Hash(ConceptId code) const {
    return static_cast<std::size_t>((static_cast<std::uint64_t>(code) * 0x9E3779B97F4A7C15ULL) >>
                                    32) &
           (slots_.size() - 1);
  }

  std::uint32_t Add(ConceptId code, Slot& empty);

  void Grow();

  std::vector<Slot> slots_;
  std::vector<ConceptId> concepts_;
};

}  // namespace lcn::casefinding

// SPDX-License-Identifier: Apache-2.0
#include "casefinding/concept_interner.hpp"

#include <utility>

namespace lcn::casefinding {

std::uint32_t ConceptInterner::Add(ConceptId code, Slot& empty) {
  const auto index = static_cast<std::uint32_t>(concepts_.size());
  concepts_.push_back(code);
  empty = {code, index + 1};
  if (concepts_.size() * 2 > slots_.size()) {
    Grow();
  }
  return index;
}

void ConceptInterner::Grow() {
  std::vector<Slot> old(slots_.size() * 2);
  std::swap(old, slots_);
  for (const Slot& s : old) {
    if (s.index_plus_one == 0) {
      continue;
    }
    std::size_t i = Hash(s.code);
    while (slots_[i].index_plus_one != 0) {
      i = (i + 1) & (slots_.size() - 1);
    }
    slots_[i] = s;
  }
}

std::vector<ConceptId> ConceptInterner::Take() {
  std::vector<ConceptId> out = std::move(concepts_);
  *this = ConceptInterner();
  return out;
}

}  // namespace lcn::casefinding

// SPDX-License-Identifier: Apache-2.0
#include "casefinding/row_owners.hpp"

#include <numeric>

#include "core/error.hpp"

namespace lcn::casefinding {

void RowOwners::Add(std::uint32_t person) {
  if (in_order_) {
    if (!runs_.empty() && runs_.back().person == person) {
      runs_.back().end = ++rows_;
      return;
    }
    if (runs_.empty() || runs_.back().person < person) {
      runs_.push_back({person, ++rows_});
      return;
    }
    SpellOut();
  }
  owner_.push_back(person);
  ++rows_;
}

void RowOwners::SpellOut() {
  owner_.reserve(std::size_t{rows_} + rows_ / 2 + 16);
  std::uint32_t row = 0;
  for (const Run& r : runs_) {
    owner_.insert(owner_.end(), r.end - row, r.person);
    row = r.end;
  }
  runs_.clear();
  runs_.shrink_to_fit();
  in_order_ = false;
}

std::vector<std::uint32_t> RowOwners::Group(std::size_t people,
                                            std::vector<std::uint32_t>& order) const {
  std::vector<std::uint32_t> start(people + 1, 0);
  order.clear();
  if (in_order_) {
    std::uint32_t row = 0;
    std::size_t p = 0;
    for (const Run& r : runs_) {
      LCN_CHECK(r.person < people);
      for (; p <= r.person; ++p) {
        start[p] = row;
      }
      row = r.end;
    }
    for (; p <= people; ++p) {
      start[p] = row;
    }
    return start;
  }
  for (const auto p : owner_) {
    LCN_CHECK(p < people);
    ++start[p + 1];
  }
  std::partial_sum(start.begin(), start.end(), start.begin());
  order.resize(owner_.size());
  std::vector<std::uint32_t> next(start.begin(), start.end() - 1);
  for (std::uint32_t row = 0; row < owner_.size(); ++row) {
    order[next[owner_[row]]++] = row;
  }
  return start;
}

void RowOwners::Clear() {
  *this = RowOwners();
}

}  // namespace lcn::casefinding

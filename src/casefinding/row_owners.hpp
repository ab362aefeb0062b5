// SPDX-License-Identifier: Apache-2.0
//
// RowOwners records which person each row of a PopulationBuilder table (events, medications or
// encounters) belongs to, and gives each person's range of rows once they are grouped. Loaders
// add every person with their whole history, so rows usually arrive in person order: then only
// one run per person is kept (8 bytes a person instead of 4 a row), and grouping the rows is
// free. The first row out of order spells the owners out, one per row, and Group() sorts by a
// stable counting sort. Not thread-safe.
#pragma once

#include <cstdint>
#include <vector>

namespace lcn::casefinding {

class RowOwners {
 public:
  void Add(std::uint32_t person);

  // True while every row added so far belonged to the same or a later person than the one before.
  bool InOrder() const { return in_order_; }

  // Each person's first row, for `people` people (people + 1 entries; person p owns rows
  // [start[p], start[p + 1]) once grouped). With InOrder() the rows are grouped already;
  // otherwise `order` receives the rows in grouped order (a stable counting sort).
  // REQUIRES: every person added is < people.
  std::vector<std::uint32_t> Group(std::size_t people, std::vector<std::uint32_t>& order) const;

  std::size_t Size() const { return rows_; }

  void Clear();

 private:
  struct Run {
    std::uint32_t person;
    std::uint32_t end;  // one past the run's last row
  };

  void SpellOut();

  bool in_order_ = true;
  std::uint32_t rows_ = 0;
  std::vector<Run> runs_;             // while in order
  std::vector<std::uint32_t> owner_;  // once out of order: one entry a row
};

}  // namespace lcn::casefinding

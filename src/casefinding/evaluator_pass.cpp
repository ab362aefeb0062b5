// SPDX-License-Identifier: Apache-2.0
//
// The evaluator's pass over one person's rows: split into the windows' segments, folded into
// list masks, and the row look-ups the record rules use (evaluator.cpp holds the step table
// and the combinators, evaluator_rules.cpp the record rules).
#include <algorithm>
#include <array>
#include <bit>

#include "casefinding/day_window.hpp"
#include "casefinding/evaluator.hpp"

namespace lcn::casefinding {

// The pass over one person's rows of one table: each record's list mask is ORed into the
// segment (between window starts) its day falls in. Everything the loop touches is in locals
// and kWords (the plan's mask words) is a constant, so the loop body is a few loads and ORs
// with no data-dependent branch; crossing into the next window, or past the as-of date, happens
// at most once per window.
template <std::size_t kWords>
void Evaluator::Segment(Table& table) const {
  const std::uint32_t* const codes = table.codes->data();
  const Day* const days = table.days->data();
  const std::uint32_t* const class_of = table.class_of->data();
  const ListMask* const classes = plan_.class_masks.data();
  const Day* const from = table.from.data();
  const std::size_t windows = table.windows.size();
  std::array<std::uint64_t, kWords> acc{};
  auto flush = [&](std::size_t segment) {
    for (std::size_t w = 0; w < kWords; ++w) {
      table.segments[segment].words[w] |= acc[w];
      acc[w] = 0;
    }
  };
  std::size_t k = 0;
  Day next = from[0];
  std::uint32_t row = table.begin;
  const std::uint32_t end = table.end;
  for (; row < end; ++row) {
    const Day day = days[row];
    if (day >= next) {
      for (; day >= next && k < windows; next = from[++k]) {
        flush(k);
        table.window_begin[table.windows[k]] = row;
      }
      if (day >= next) {
        break;  // past the last window start is past the as-of date: this row and the rest
      }
    }
    const ListMask& mask = classes[class_of[codes[row]]];
    for (std::size_t w = 0; w < kWords; ++w) {
      acc[w] |= mask.words[w];
    }
  }
  table.end = row;
  flush(k);
  for (; k < windows; ++k) {
    table.window_begin[table.windows[k]] = row;  // windows with none of these rows
  }
}

// From the segments, the masks of the lists ever, before each window and in each window. Only
// the first kWords words of the masks are ever set.
template <std::size_t kWords>
void Evaluator::Masks() {
  auto clear = [](ListMask& mask) {
    for (std::size_t w = 0; w < kWords; ++w) {
      mask.words[w] = 0;
    }
  };
  auto add = [](ListMask& to, const ListMask& from) {
    for (std::size_t w = 0; w < kWords; ++w) {
      to.words[w] |= from.words[w];
    }
  };
  clear(ever_);
  for (std::size_t k = 0; k < in_window_.size(); ++k) {
    clear(in_window_[k]);
    clear(before_window_[k]);
  }
  for (const Table* table : {&events_, &medications_}) {
    const std::size_t windows = table->windows.size();
    ListMask acc;
    for (std::size_t j = 0; j < windows; ++j) {
      add(acc, table->segments[j]);
      add(before_window_[table->windows[j]], acc);
    }
    add(ever_, acc);
    acc = table->segments[windows];
    add(ever_, acc);
    for (std::size_t j = windows; j-- > 0;) {
      add(in_window_[table->windows[j]], acc);
      add(acc, table->segments[j]);
    }
  }
  for (std::size_t k = 0; k < in_window_.size(); ++k) {
    for (std::size_t w = 0; w < kWords; ++w) {
      first_in_window_[k].words[w] = in_window_[k].words[w] & ~before_window_[k].words[w];
    }
  }
}

template <std::size_t kWords>
void Evaluator::LoadRecords(std::uint32_t person) {
  for (Table* table : {&events_, &medications_}) {
    table->begin = (*table->offsets)[person];
    table->end = (*table->offsets)[person + 1];
    for (ListMask& segment : table->segments) {
      for (std::size_t w = 0; w < kWords; ++w) {
        segment.words[w] = 0;
      }
    }
    Segment<kWords>(*table);
  }
  Masks<kWords>();
}

void Evaluator::Load(std::uint32_t person) {
  person_ = person;
  age_.reset();
  admissions_known_ = false;
  std::fill(condition_bits_.begin(), condition_bits_.end(), 0);
  std::fill(count_bits_.begin(), count_bits_.end(), 1);
  frailty_ = FrailtyCategory::kNotAssessed;
  frailty_bits_ = 1;
  person_bits_ = ListMask{};
  const Day birth = pop_.birth_day[person];
  for (std::size_t j = 0; j < demographics_.size(); ++j) {
    const Demographic& d = demographics_[j];
    using K = Rule::Kind;
    const bool holds = d.kind == K::kAgeAtLeast ? birth <= d.cutoff
                       : d.kind == K::kAgeBelow ? birth > d.cutoff
                       : d.kind == K::kSex      ? pop_.sex[person] == d.sex
                                                : pop_.care_home[person] != 0;
    person_bits_.words[j / 64] |= std::uint64_t{holds} << (j % 64);
  }
  switch (plan_.mask_words) {
    case 1:
      LoadRecords<1>(person);
      break;
    case 2:
      LoadRecords<2>(person);
      break;
    case 3:
      LoadRecords<3>(person);
      break;
    default:
      LoadRecords<ListMask::kWords>(person);
      break;
  }
}

bool Evaluator::EventIn(std::uint32_t row, std::uint16_t list) const {
  return plan_.class_masks[plan_.event_class[pop_.event_code[row]]].test(list);
}

bool Evaluator::MedicationIn(std::uint32_t row, std::uint16_t list) const {
  return plan_.class_masks[plan_.medication_class[pop_.medication_code[row]]].test(list);
}

int Evaluator::CountRows(std::uint16_t list, std::uint32_t from_row) const {
  const Table& table = plan_.list_is_medication[list] ? medications_ : events_;
  // The loop reads only locals: no reloading of the columns through the population.
  const std::uint32_t* const codes = table.codes->data();
  const std::uint32_t* const class_of = table.class_of->data();
  const ListMask* const classes = plan_.class_masks.data();
  const std::size_t word = list / 64;
  const unsigned shift = list % 64U;
  std::uint64_t count = 0;
  for (std::uint32_t row = from_row; row < table.end; ++row) {
    count += (classes[class_of[codes[row]]].words[word] >> shift) & 1U;
  }
  return static_cast<int>(count);
}

std::int64_t Evaluator::FirstRow(std::uint16_t list, std::uint32_t from_row) const {
  const bool medication = plan_.list_is_medication[list];
  const std::uint32_t end = medication ? medications_.end : events_.end;
  for (std::uint32_t row = from_row; row < end; ++row) {
    if (medication ? MedicationIn(row, list) : EventIn(row, list)) {
      return row;
    }
  }
  return -1;
}

std::int64_t Evaluator::LastRow(std::uint16_t list, std::uint32_t from_row) const {
  const bool medication = plan_.list_is_medication[list];
  for (std::uint32_t row = medication ? medications_.end : events_.end; row-- > from_row;) {
    if (medication ? MedicationIn(row, list) : EventIn(row, list)) {
      return row;
    }
  }
  return -1;
}

}  // namespace lcn::casefinding

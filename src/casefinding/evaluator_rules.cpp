// SPDX-License-Identifier: Apache-2.0
//
// The evaluator's record rules: codes, counts, distinct medications, values and emergency
// admissions, each reading only the person's rows in the rule's window (evaluator.cpp holds the
// per-person pass, the step table and the combinators).
#include <algorithm>
#include <cmath>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "casefinding/day_window.hpp"
#include "casefinding/evaluator.hpp"

namespace lcn::casefinding {

bool Evaluator::EvalCode(const Node& n, std::vector<Evidence>* evidence) {
  bool holds = false;
  if (n.window == 0) {
    holds = ever_.test(n.list);
  } else if (n.first) {
    // The earliest record is in the window: one in it, none before it.
    holds = in_window_[n.window_index].test(n.list) && !before_window_[n.window_index].test(n.list);
  } else {
    holds = in_window_[n.window_index].test(n.list);
  }
  if (holds && evidence) {
    const auto row =
        static_cast<std::uint32_t>(n.first || n.window == 0 ? FirstRow(n.list, events_.begin)
                                                            : LastRow(n.list, events_.begin));
    const float v = pop_.event_value[row];
    evidence->push_back({Evidence::Source::kEvent, pop_.concepts[pop_.event_code[row]],
                         pop_.event_day[row], std::isnan(v) ? 0 : v, !std::isnan(v),
                         CountRows(n.list, events_.begin), n.first ? "first recorded" : ""});
  }
  return holds;
}

bool Evaluator::EvalCount(const Node& n, std::vector<Evidence>* evidence) {
  const bool medication = n.kind == Rule::Kind::kMedications;
  const Table& rows = medication ? medications_ : events_;
  int count = 0;
  const std::uint32_t from_row = WindowBegin(n, rows);
  if (WindowMask(n).test(n.list)) {
    // One or more is known from the mask; a higher threshold counts the list's rows in the
    // window, unless the window holds too few rows of any list to reach it.
    if (n.at_least <= 1 && evidence == nullptr) {
      count = 1;
    } else if (std::int64_t{rows.end} - from_row >= n.at_least || evidence != nullptr) {
      count = CountRows(n.list, from_row);
    }
  }
  const bool holds = count >= n.at_least;
  if (holds && evidence) {
    const std::int64_t latest = LastRow(n.list, from_row);
    const auto& codes = medication ? pop_.medication_code : pop_.event_code;
    const auto& days = medication ? pop_.medication_day : pop_.event_day;
    evidence->push_back({medication ? Evidence::Source::kMedication : Evidence::Source::kEvent,
                         latest >= 0 ? pop_.concepts[codes[static_cast<std::size_t>(latest)]] : 0,
                         latest >= 0 ? days[static_cast<std::size_t>(latest)] : kNoDay, 0, false,
                         count, std::to_string(count) + (medication ? " issues" : " recorded")});
  }
  return holds;
}

// How many different values `codes` holds (reordering it). A year's issues are usually a
// handful: those are compared pairwise, without sorting; longer lists are sorted.
int DistinctCount(std::vector<std::uint32_t>& codes) {
  constexpr std::size_t kPairwise = 24;
  if (codes.size() <= kPairwise) {
    int distinct = 0;
    for (std::size_t i = 0; i < codes.size(); ++i) {
      bool first = true;
      for (std::size_t j = 0; j < i; ++j) {
        first &= codes[j] != codes[i];
      }
      distinct += first ? 1 : 0;
    }
    return distinct;
  }
  std::sort(codes.begin(), codes.end());
  return static_cast<int>(std::unique(codes.begin(), codes.end()) - codes.begin());
}

bool Evaluator::EvalDistinctMedications(const Node& n, std::vector<Evidence>* evidence) {
  scratch_codes_.clear();
  const std::uint32_t from_row = WindowBegin(n, medications_);
  // Fewer issues in the window than the threshold cannot reach it.
  const bool enough = std::int64_t{medications_.end} - from_row >= n.at_least;
  if (enough && (n.list == kAnyList || WindowMask(n).test(n.list))) {
    for (std::uint32_t m = from_row; m < medications_.end; ++m) {
      if (n.list == kAnyList || MedicationIn(m, n.list)) {
        scratch_codes_.push_back(pop_.medication_code[m]);
      }
    }
  }
  const bool holds = DistinctCount(scratch_codes_) >= n.at_least;
  const int distinct = holds && evidence ? DistinctCount(scratch_codes_) : 0;
  if (holds && evidence) {
    evidence->push_back({Evidence::Source::kMedication, 0, as_of_, 0, false, distinct,
                         std::to_string(distinct) + " different medications"});
  }
  return holds;
}

namespace {

// True when one of `rows` values is in [low, high] (NaN never is): four at a time with SSE2
// where the processor has it, without branches on the values.
bool AnyInRange(const float* values, std::uint32_t rows, float low, float high) {
  std::uint32_t i = 0;
  bool any = false;
#if defined(__SSE2__)
  const __m128 lo = _mm_set1_ps(low), hi = _mm_set1_ps(high);
  __m128 in = _mm_setzero_ps();
  for (; i + 4 <= rows; i += 4) {
    const __m128 x = _mm_loadu_ps(values + i);
    in = _mm_or_ps(in, _mm_and_ps(_mm_cmpge_ps(x, lo), _mm_cmple_ps(x, hi)));
  }
  any = _mm_movemask_ps(in) != 0;
#endif
  for (; i < rows; ++i) {
    any |= (values[i] >= low) & (values[i] <= high);
  }
  return any;
}

}  // namespace

bool Evaluator::EvalValue(const Node& n, std::vector<Evidence>* evidence) {
  // Latest values find their window's start by its day as they walk back, so Load() does not
  // split the rows at a window only they use; they are then gated on the list ever.
  const bool split = n.window == 0 || segmented_[n.window_index];
  if (!(split ? WindowMask(n) : ever_).test(n.list)) {
    return false;
  }
  const auto index = static_cast<std::size_t>(&n - plan_.nodes.data());
  const float low = value_low_[index], high = value_high_[index];
  auto meets = [low, high](float v) { return (v >= low) & (v <= high); };  // false for NaN
  const bool any = n.aggregate == ValueAggregate::kAny;
  const int wanted = n.aggregate == ValueAggregate::kMaxOfLatestTwo ? 2 : 1;
  const float* const values = pop_.event_value.data();
  if (any) {
    // Usually no value in the window meets the comparison, whatever its list: a branch-free
    // test over the value column says so without looking up any row's lists.
    const std::uint32_t from = WindowBegin(n, events_);
    if (!AnyInRange(values + from, events_.end - from, low, high)) {
      return false;
    }
  }
  std::uint32_t latest = 0, second = 0;
  int seen = 0;
  // Walk back from the latest record in the window to the latest one (or two) of the list with
  // a value; for "any", to the latest that meets the comparison. For "any" the comparison is
  // tested first since it rarely holds; otherwise both tests are made on every row rather than
  // branching on which rows have values.
  const Day* const days = pop_.event_day.data();
  const Day first_day = any ? kMinDay : WindowStart(as_of_, n.window);
  // Whether a row is in the list, from locals only (no reloading of the columns).
  const std::uint32_t* const codes = pop_.event_code.data();
  const std::uint32_t* const class_of = plan_.event_class.data();
  const ListMask* const classes = plan_.class_masks.data();
  const std::size_t word = n.list / 64;
  const unsigned shift = n.list % 64U;
  auto in_list = [&](std::uint32_t row) {
    return ((classes[class_of[codes[row]]].words[word] >> shift) & 1U) != 0;
  };
  for (std::uint32_t row = events_.end; row-- > (any ? WindowBegin(n, events_) : events_.begin);) {
    if (days[row] < first_day) {
      break;  // before the window
    }
    const float v = values[row];
    const bool match =
        any ? meets(v) && in_list(row) : static_cast<bool>(!std::isnan(v) & in_list(row));
    if (match) {
      (seen == 0 ? latest : second) = row;
      if (++seen == wanted) {
        break;
      }
    }
  }
  const bool holds = seen == wanted &&
                     meets(wanted == 2 ? std::max(values[latest], values[second]) : values[latest]);
  if (holds && evidence) {
    for (int i = 0; i < wanted; ++i) {
      const std::uint32_t row = i == 0 ? latest : second;
      evidence->push_back({Evidence::Source::kEvent, pop_.concepts[pop_.event_code[row]],
                           pop_.event_day[row], values[row], true, 0, ""});
    }
  }
  return holds;
}

int Evaluator::EmergencyAdmissions(Day window, std::vector<Evidence>* evidence) {
  if (evidence == nullptr && admissions_known_ && window == admissions_window_) {
    return admissions_;
  }
  const Day from = WindowStart(as_of_, window);
  int count = 0;
  const std::uint32_t begin = pop_.encounter_offsets[person_];
  const std::uint32_t end = pop_.encounter_offsets[person_ + 1];
  auto admission = [&](std::uint32_t e) {
    const Day day = pop_.encounter_day[e];
    return (pop_.encounter_kind[e] == EncounterKind::kEmergencyAdmission) & (day >= from) &
           (day <= as_of_);
  };
  if (evidence == nullptr) {
    // Without branches on the data: few encounters each, in no predictable order of kinds.
    for (auto e = begin; e < end; ++e) {
      count += static_cast<int>(admission(e));
    }
  } else {
    for (auto e = begin; e < end; ++e) {
      if (admission(e)) {
        ++count;
        evidence->push_back({Evidence::Source::kEncounter, 0, pop_.encounter_day[e], 0, false, 0,
                             "emergency admission"});
      }
    }
  }
  admissions_known_ = true;
  admissions_window_ = window;
  admissions_ = count;
  return count;
}

}  // namespace lcn::casefinding

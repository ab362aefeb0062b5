// SPDX-License-Identifier: Apache-2.0
//
// Plan: a DefinitionSet compiled against one Population's concept dictionary, ready for the
// engine. Rule trees are flattened into a node array; each referenced code list gets a small
// integer id; each concept gets a class, the set of lists containing it as a bit mask, so that
// the engine folds a record into "which lists has this person" with one OR. Every window a rule
// uses gets an index, so that the engine can split a person's day-ordered records into the
// windows' segments as it goes. Each definition carries the set of lists it needs, so the engine
// can skip it in one mask test for people who have none of them. Immutable after Compile;
// thread-safe.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "casefinding/population.hpp"
#include "casefinding/rule.hpp"

namespace lcn::casefinding {

constexpr std::size_t kMaxLists = 256;

// A set of list ids, as 64-bit words.
struct ListMask {
  static constexpr std::size_t kWords = kMaxLists / 64;
  std::array<std::uint64_t, kWords> words{};

  void set(std::size_t list) { words[list / 64] |= std::uint64_t{1} << (list % 64); }

  bool test(std::size_t list) const { return (words[list / 64] >> (list % 64)) & 1U; }

  bool Intersects(const ListMask& other) const {
    std::uint64_t any = 0;
    for (std::size_t w = 0; w < kWords; ++w) {
      any |= words[w] & other.words[w];
    }
    return any != 0;
  }

  ListMask& operator|=(const ListMask& other) {
    for (std::size_t w = 0; w < kWords; ++w) {
      words[w] |= other.words[w];
    }
    return *this;
  }

  bool operator==(const ListMask&) const = default;
  auto operator<=>(const ListMask&) const = default;
};

constexpr std::size_t kMaxConditionsPerSet = 64;
constexpr std::size_t kMaxCohorts = 32;
constexpr int kFrailtyDeficits = 36;

struct Node {
  Rule::Kind kind = Rule::Kind::kCode;
  std::uint16_t list = 0;  // list id, condition-set index or condition index
  std::uint16_t set = 0;   // kCondition: the set of the condition
  Day window = 0;          // 0 = no window (ever)
  bool first = false;
  std::int32_t at_least = 1;
  ValueAggregate aggregate = ValueAggregate::kLatest;
  Rule::Compare compare = Rule::Compare::kBelow;
  double threshold = 0;
  domain::Sex sex = domain::Sex::kUnknown;
  std::uint32_t child_begin = 0;  // into Plan::children
  std::uint32_t child_end = 0;
  std::uint16_t window_index = 0;  // record rules with a window: index into Plan::windows
};

struct CompiledDefinition {
  std::string id;
  std::string name;
  std::optional<double> weight;
  std::uint32_t root = 0;    // node index
  ListMask needs;            // lists the rule can use
  bool needs_events = true;  // false when the rule can hold with none of its lists
};

struct CompiledSet {
  std::string name;
  std::vector<CompiledDefinition> conditions;
};

struct Plan {
  std::string version;
  std::vector<std::string> list_names;  // by list id
  std::vector<bool> list_is_medication;
  // concept index -> class, as an event code and as a medication code; class_masks[class] is
  // the set of lists containing the concept. Class 0 is "in no list".
  std::vector<std::uint32_t> event_class, medication_class;
  std::vector<ListMask> class_masks;
  std::size_t mask_words = 1;  // words of a ListMask in use: ceil(lists / 64), at least 1
  // The distinct windows (days) of the record rules (code, value, counts, distinct
  // medications), longest first.
  std::vector<Day> windows;
  std::vector<Node> nodes;
  std::vector<std::uint32_t> children;
  std::vector<CompiledSet> sets;
  std::vector<CompiledDefinition> deficits;
  std::vector<CompiledDefinition> cohorts;
  std::int32_t admissions_window = 365;

  // Index of the condition set called `name`, or -1.
  int SetIndex(const std::string& name) const;
};

// Compiles `definitions` for `population`. Throws Error(kBadRequest) when a rule names an
// unknown list, set or condition, or when limits are exceeded (256 lists, 64 conditions per
// set, 32 cohorts).
Plan Compile(const DefinitionSet& definitions, const Population& population);

}  // namespace lcn::casefinding

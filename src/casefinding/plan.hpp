// SPDX-License-Identifier: Apache-2.0
//
// Plan: a DefinitionSet compiled against one Population's concept dictionary, ready for the
// engine. Rule trees are flattened into a node array; each referenced code list gets a small
// integer id; each concept maps to the lists that contain it (separately for events and for
// medications), the first one inline so that the usual one-list concept costs one lookup. Each
// definition carries the set of lists it needs, so the engine can skip it in one instruction for
// people who have none of them, and a definition that is just "a code in list L, ever" is marked
// so that it is one bit test. Counting rules with a window get a per-list counter slot, so the
// evaluator counts records in every window in its single pass over a person's records.
// Immutable after Compile; thread-safe.
#pragma once

#include <bitset>
#include <cstdint>
#include <string>
#include <vector>

#include "casefinding/population.hpp"
#include "casefinding/rule.hpp"

namespace lcn::casefinding {

constexpr std::size_t kMaxLists = 256;
using ListMask = std::bitset<kMaxLists>;

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
  std::uint16_t slot = 0;  // kMedications, kEventCount with a window: the list's counter slot
};

// The lists one concept belongs to: `first` inline (Plan::NoList() when none) and any further
// ones in Plan::extra_lists[extra_begin, extra_begin + extra_count).
struct ConceptLists {
  std::uint16_t first = 0;
  std::uint16_t extra_count = 0;
  std::uint32_t extra_begin = 0;
};

struct CompiledDefinition {
  std::string id;
  std::string name;
  std::optional<double> weight;
  std::uint32_t root = 0;    // node index
  ListMask needs;            // lists the rule can use
  bool needs_events = true;  // false when the rule can hold with none of its lists
  std::int32_t ever_list = -1;  // >= 0: the rule is "a code in this list, ever"
};

struct CompiledSet {
  std::string name;
  std::vector<CompiledDefinition> conditions;
};

struct Plan {
  std::string version;
  std::vector<std::string> list_names;  // by list id
  std::vector<bool> list_is_medication;
  // concept index -> the lists containing it, as an event code and as a medication code.
  std::vector<ConceptLists> event_concepts, medication_concepts;
  std::vector<std::uint16_t> extra_lists;
  // Counting rules with a window: each list has `window_slots` counters; slot_windows[list *
  // window_slots + k] is the window counted in slot k (0 when the slot is unused).
  std::uint16_t window_slots = 0;
  std::vector<Day> slot_windows;
  std::vector<Node> nodes;
  std::vector<std::uint32_t> children;
  std::vector<CompiledSet> sets;
  std::vector<CompiledDefinition> deficits;
  std::vector<CompiledDefinition> cohorts;
  std::int32_t admissions_window = 365;

  // Index of the condition set called `name`, or -1.
  int SetIndex(const std::string& name) const;

  // The list id standing for "in no list" (one past the last list).
  std::uint16_t NoList() const { return static_cast<std::uint16_t>(list_names.size()); }
};

// Compiles `definitions` for `population`. Throws Error(kBadRequest) when a rule names an
// unknown list, set or condition, or when limits are exceeded (256 lists, 64 conditions per
// set, 32 cohorts).
Plan Compile(const DefinitionSet& definitions, const Population& population);

}  // namespace lcn::casefinding

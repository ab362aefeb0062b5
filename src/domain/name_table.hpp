// SPDX-License-Identifier: Apache-2.0
//
// A fixed table of enum values and their wire names, and the two look-ups every such table
// needs. For the domain's small vocabularies (enrolment states, task states, ...).
#pragma once

#include <array>
#include <optional>
#include <string_view>
#include <utility>

namespace lcn::domain {

template <typename E, std::size_t N>
using NameTable = std::array<std::pair<E, std::string_view>, N>;

// The value named `name` (exact), or std::nullopt.
template <typename E, std::size_t N>
std::optional<E> ParseName(const NameTable<E, N>& table, std::string_view name) {
  for (const auto& [value, text] : table) {
    if (text == name) {
      return value;
    }
  }
  return std::nullopt;
}

// The name of `value`, or "" when the table lacks it.
template <typename E, std::size_t N>
std::string_view NameOf(const NameTable<E, N>& table, E value) {
  for (const auto& [v, text] : table) {
    if (v == value) {
      return text;
    }
  }
  return "";
}

}  // namespace lcn::domain

// SPDX-License-Identifier: Apache-2.0
//
// Vocabulary<E>: a view of a fixed table of enum values and their wire names, so that one table
// answers every question asked of a small vocabulary: parse a name, name a value, list the names
// (for "must be one of ..." messages, JSON Schema enumerations and vocabulary endpoints).
// The table it views must outlive it (tables are namespace-scope constants). Thread-safe.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace lcn {

template <typename E>
class Vocabulary {
 public:
  using Entry = std::pair<E, std::string_view>;

  template <std::size_t N>
  constexpr Vocabulary(const std::array<Entry, N>& table)  // NOLINT(google-explicit-constructor)
      : entries_(table) {}

  // The value named `name` (exact), or std::nullopt.
  [[nodiscard]] std::optional<E> Parse(std::string_view name) const {
    for (const auto& [value, text] : entries_) {
      if (text == name) {
        return value;
      }
    }
    return std::nullopt;
  }

  // The name of `value`, or "" when the table lacks it.
  [[nodiscard]] std::string_view Name(E value) const {
    for (const auto& [v, text] : entries_) {
      if (v == value) {
        return text;
      }
    }
    return "";
  }

  // Every name, in table order.
  [[nodiscard]] std::vector<std::string_view> Names() const {
    std::vector<std::string_view> names;
    names.reserve(entries_.size());
    for (const auto& entry : entries_) {
      names.push_back(entry.second);
    }
    return names;
  }

  // "a, b, c", for messages.
  [[nodiscard]] std::string Joined() const {
    std::string out;
    for (const auto& entry : entries_) {
      if (!out.empty()) {
        out += ", ";
      }
      out += entry.second;
    }
    return out;
  }

 private:
  std::span<const Entry> entries_;
};

}  // namespace lcn

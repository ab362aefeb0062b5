// SPDX-License-Identifier: Apache-2.0
//
// Vocabulary<E>: a view of a fixed table of enum values and their wire names, so that one table
// answers every question asked of a small vocabulary: parse a name, name a value, list the names
// (for "must be one of ..." messages, JSON Schema enumerations and vocabulary endpoints).
// Optionally also a table of labels, the words for people ("In progress" for in_progress), in
// the same order: the wire contract carries them (x-enumDescriptions) so that every client shows
// the server's words. The tables it views must outlive it (tables are namespace-scope
// constants). Thread-safe.
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

  // Names and labels: `labels` gives each value of `table` its words, in the same order (each
  // definition checks it at compile time: static_assert(Vocabulary(...).LabelsMatch())).
  template <std::size_t N>
  constexpr Vocabulary(const std::array<Entry, N>& table, const std::array<Entry, N>& labels)
      : entries_(table), labels_(labels) {}

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

  // Whether the vocabulary has labels.
  [[nodiscard]] bool Labelled() const { return !labels_.empty(); }

  // The label of `value`; its name when the vocabulary has no labels.
  [[nodiscard]] std::string_view Label(E value) const {
    for (const auto& [v, text] : labels_) {
      if (v == value) {
        return text;
      }
    }
    return Name(value);
  }

  // Each name with its label, in table order (empty when the vocabulary has no labels).
  [[nodiscard]] std::vector<std::pair<std::string_view, std::string_view>> NamedLabels() const {
    std::vector<std::pair<std::string_view, std::string_view>> out;
    out.reserve(labels_.size());
    for (const auto& [value, label] : labels_) {
      out.emplace_back(Name(value), label);
    }
    return out;
  }

  // True when the labels name the same values as the names, in the same order, and none is
  // empty (or there are no labels).
  [[nodiscard]] constexpr bool LabelsMatch() const {
    if (labels_.empty()) {
      return true;
    }
    if (labels_.size() != entries_.size()) {
      return false;
    }
    for (std::size_t i = 0; i < labels_.size(); ++i) {
      if (labels_[i].first != entries_[i].first || labels_[i].second.empty()) {
        return false;
      }
    }
    return true;
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
  std::span<const Entry> labels_;
};

}  // namespace lcn

// SPDX-License-Identifier: Apache-2.0
//
// Values that both database drivers bind and read back, and a result Row.
// Booleans are stored as integers 0/1 and times as UTC microseconds (BIGINT) in both engines.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace lcn::sql {

// Raw bytes (SQLite BLOB, PostgreSQL BYTEA), kept apart from text so that drivers can bind
// them as binary and never check them as UTF-8.
struct Blob {
  std::string bytes;

  bool operator==(const Blob&) const = default;
};

using Value = std::variant<std::monostate, std::int64_t, double, std::string, Blob>;

// Named parameters for ${name} placeholders.
using Params = std::vector<std::pair<std::string, Value>>;

// Helpers for optional values: std::nullopt binds NULL.
inline Value Nullable(const std::optional<std::string>& v) {
  return v ? Value(*v) : Value(std::monostate{});
}

inline Value Nullable(const std::optional<std::int64_t>& v) {
  return v ? Value(*v) : Value(std::monostate{});
}

// One result row: the column names and values. Accessors throw Error(kInternal) on a missing
// column or a type mismatch, which is a bug in the calling repository.
class Row {
 public:
  Row(const std::vector<std::string>* names, std::vector<Value> values)
      : names_(names), values_(std::move(values)) {}

  std::size_t Size() const { return values_.size(); }

  bool IsNull(std::string_view column) const;

  std::int64_t Int(std::string_view column) const;

  double Real(std::string_view column) const;

  const std::string& Text(std::string_view column) const;

  const std::string& Bytes(std::string_view column) const;  // a Blob column

  std::optional<std::int64_t> OptInt(std::string_view column) const;

  std::optional<std::string> OptText(std::string_view column) const;

  const Value& At(std::size_t index) const { return values_.at(index); }

 private:
  const Value& Get(std::string_view column) const;

  const std::vector<std::string>* names_;
  std::vector<Value> values_;
};

}  // namespace lcn::sql

// SPDX-License-Identifier: Apache-2.0
#include "sql/value.hpp"

#include "core/error.hpp"

namespace lcn::sql {

const Value& Row::Get(std::string_view column) const {
  for (std::size_t i = 0; i < names_->size(); ++i) {
    if ((*names_)[i] == column) {
      return values_[i];
    }
  }
  throw Error(ErrorCode::kInternal, "no column " + std::string(column) + " in result");
}

bool Row::IsNull(std::string_view column) const {
  return std::holds_alternative<std::monostate>(Get(column));
}

std::int64_t Row::Int(std::string_view column) const {
  const Value& v = Get(column);
  if (const auto* i = std::get_if<std::int64_t>(&v)) {
    return *i;
  }
  throw Error(ErrorCode::kInternal, "column " + std::string(column) + " is not an integer");
}

double Row::Real(std::string_view column) const {
  const Value& v = Get(column);
  if (const auto* d = std::get_if<double>(&v)) {
    return *d;
  }
  if (const auto* i = std::get_if<std::int64_t>(&v)) {
    return static_cast<double>(*i);
  }
  throw Error(ErrorCode::kInternal, "column " + std::string(column) + " is not a number");
}

const std::string& Row::Text(std::string_view column) const {
  const Value& v = Get(column);
  if (const auto* s = std::get_if<std::string>(&v)) {
    return *s;
  }
  throw Error(ErrorCode::kInternal, "column " + std::string(column) + " is not text");
}

const std::string& Row::Bytes(std::string_view column) const {
  const Value& v = Get(column);
  if (const auto* b = std::get_if<Blob>(&v)) {
    return b->bytes;
  }
  throw Error(ErrorCode::kInternal, "column " + std::string(column) + " is not a blob");
}

std::optional<std::int64_t> Row::OptInt(std::string_view column) const {
  if (IsNull(column)) {
    return std::nullopt;
  }
  return Int(column);
}

std::optional<std::string> Row::OptText(std::string_view column) const {
  if (IsNull(column)) {
    return std::nullopt;
  }
  return Text(column);
}

}  // namespace lcn::sql

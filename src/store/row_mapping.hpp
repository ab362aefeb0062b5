// SPDX-License-Identifier: Apache-2.0
//
// Small helpers shared by the repositories for strong ids, NULLs and version conflicts.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/error.hpp"
#include "sql/database.hpp"
#include "sql/value.hpp"

namespace lcn::store {

template <typename Id>
std::optional<Id> OptId(const sql::Row& r, std::string_view column) {
  const auto v = r.OptInt(column);
  return v ? std::optional<Id>(Id(*v)) : std::nullopt;
}

template <typename Id>
sql::Value NullableId(const std::optional<Id>& id) {
  return id ? sql::Value(id->Value()) : sql::Value(std::monostate{});
}

// Runs `sql` and maps the first row with `map`; std::nullopt when there is none.
template <typename Map>
auto QueryOne(sql::Transaction& tx, std::string_view sql, const sql::Params& params, Map map)
    -> std::optional<decltype(map(std::declval<const sql::Row&>()))> {
  std::optional<decltype(map(std::declval<const sql::Row&>()))> out;
  tx.Query(sql, params, [&](const sql::Row& r) {
    if (!out) {
      out = map(r);
    }
  });
  return out;
}

// Runs `sql` and maps every row with `map`, in order.
template <typename Map>
auto QueryAll(sql::Transaction& tx, std::string_view sql, const sql::Params& params, Map map)
    -> std::vector<decltype(map(std::declval<const sql::Row&>()))> {
  std::vector<decltype(map(std::declval<const sql::Row&>()))> out;
  tx.Query(sql, params, [&](const sql::Row& r) { out.push_back(map(r)); });
  return out;
}

// "${i0}, ${i1}, ..." for `values`, adding each to `params` (for an IN list).
template <typename Id>
std::string InList(const std::vector<Id>& values, sql::Params& params) {
  std::string list;
  for (std::size_t i = 0; i < values.size(); ++i) {
    const std::string name = "in" + std::to_string(i);
    list += (i > 0 ? ", ${" : "${") + name + "}";
    params.emplace_back(name, values[i].Value());
  }
  return list;
}

// After an UPDATE ... WHERE version = ? changed nothing: throws kConflict when the record exists
// (someone else changed it since it was read), kNotFound when it does not.
[[noreturn]] inline void ThrowStaleOrMissing(bool exists, const std::string& what) {
  if (exists) {
    throw Error(ErrorCode::kConflict,
                "the " + what +
                    " was changed by someone else since you read it; reload it and "
                    "apply your change again");
  }
  throw Error(ErrorCode::kNotFound, "no such " + what);
}

}  // namespace lcn::store

// SPDX-License-Identifier: Apache-2.0
#include "sql/database.hpp"

#include "core/error.hpp"
#include "sql/postgres/postgres_database.hpp"
#include "sql/sqlite/sqlite_database.hpp"

namespace lcn::sql {

std::unique_ptr<Database> OpenDatabase(const std::string& url) {
  constexpr std::string_view kSqlite = "sqlite:";
  if (url.rfind(kSqlite, 0) == 0) {
    const std::string path = url.substr(kSqlite.size());
    if (path.empty()) {
      throw Error(ErrorCode::kConfiguration,
                  "database URL sqlite: needs a path, e.g. sqlite:lcn.db");
    }
    return std::make_unique<SqliteDatabase>(path);
  }
  if (url.rfind("postgresql://", 0) == 0 || url.rfind("postgres://", 0) == 0) {
    return std::make_unique<PostgresDatabase>(url);
  }
  throw Error(ErrorCode::kConfiguration,
              "database URL must start with sqlite: or postgresql:// (got '" +
                  url.substr(0, url.find(':')) + ":...')");
}

}  // namespace lcn::sql

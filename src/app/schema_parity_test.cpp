// SPDX-License-Identifier: Apache-2.0
//
// The SQLite and PostgreSQL schemas agree after all migrations (app::AllMigrations: the
// platform's and every capability's, which is why this test sits beside the registration): the
// same tables, the same columns with compatible types and the same nullability, the same primary
// keys, and the same indexes (columns in order, unique or not, partial or not). Index names are
// not compared: each engine names the indexes of UNIQUE constraints itself. Needs both engines,
// so it skips unless LCN_TEST_POSTGRES_URL is set.
//
// Deliberate differences, which the comparison normalises:
// - Types: each engine's own spelling of one storage class. SQLite INTEGER is PostgreSQL BIGINT
//   or INTEGER (or BOOLEAN); TEXT is TEXT (or VARCHAR); REAL is DOUBLE PRECISION (or REAL,
//   NUMERIC); BLOB is BYTEA. The drivers map all of them to the same sql::Value alternatives.
// - Primary-key columns are NOT NULL on PostgreSQL by definition; SQLite reports them nullable
//   unless declared NOT NULL (an INTEGER PRIMARY KEY is the rowid and can never be NULL). They
//   count as NOT NULL on both.
// - A single INTEGER PRIMARY KEY has no index in SQLite (it is the rowid), and PostgreSQL's
//   primary-key index is compared as the primary key, not as an index.
#include <cctype>
#include <cstdint>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "app/capabilities.hpp"
#include "sql/database.hpp"
#include "sql/migrator.hpp"
#include "testing/fake_clock.hpp"
#include "testing/test_database.hpp"

namespace lcn::sql {
namespace {

struct Column {
  std::string type_class;  // integer, text, real, blob, or the engine's type when unknown
  bool not_null = false;

  bool operator==(const Column&) const = default;
};

struct Table {
  std::map<std::string, Column> columns;
  std::vector<std::string> primary_key;  // in key order
};

struct Schema {
  std::map<std::string, Table> tables;
  std::set<std::string> indexes;  // "table(a,b) unique partial"
};

std::string Lower(std::string text) {
  for (char& c : text) {
    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return text;
}

std::string TypeClass(const std::string& declared) {
  std::string type = Lower(declared);
  if (type.find("int") != std::string::npos || type == "boolean") {
    return "integer";
  }
  if (type == "text" || type.starts_with("character varying") || type.starts_with("varchar")) {
    return "text";
  }
  if (type == "real" || type == "double precision" || type.starts_with("numeric")) {
    return "real";
  }
  if (type == "blob" || type == "bytea") {
    return "blob";
  }
  return type;
}

std::string IndexKey(const std::string& table, const std::string& columns, bool unique,
                     bool partial) {
  return table + "(" + columns + ")" + (unique ? " unique" : "") + (partial ? " partial" : "");
}

Schema ReadSqlite(Database& db) {
  Schema schema;
  auto tx = db.Begin(TransactionMode::kReadOnly);
  std::vector<std::string> names;
  tx->Query(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
      "ORDER BY name",
      {}, [&](const Row& row) { names.push_back(row.Text("name")); });
  for (const std::string& name : names) {
    Table& table = schema.tables[name];
    std::map<std::int64_t, std::string> key;
    tx->Query("SELECT name, type, \"notnull\" AS not_null, pk FROM pragma_table_info(${t})",
              {{"t", name}}, [&](const Row& row) {
                const bool in_key = row.Int("pk") > 0;
                table.columns[Lower(row.Text("name"))] = {TypeClass(row.Text("type")),
                                                          row.Int("not_null") != 0 || in_key};
                if (in_key) {
                  key[row.Int("pk")] = Lower(row.Text("name"));
                }
              });
    for (const auto& [position, column] : key) {
      table.primary_key.push_back(column);
    }

    struct Index {
      std::string name;
      bool unique;
      bool partial;
    };

    std::vector<Index> indexes;
    tx->Query("SELECT name, \"unique\" AS is_unique, origin, partial FROM pragma_index_list(${t})",
              {{"t", name}}, [&](const Row& row) {
                if (row.Text("origin") != "pk") {
                  indexes.push_back(
                      {row.Text("name"), row.Int("is_unique") != 0, row.Int("partial") != 0});
                }
              });
    for (const Index& index : indexes) {
      std::string columns;
      tx->Query("SELECT name FROM pragma_index_info(${i}) ORDER BY seqno", {{"i", index.name}},
                [&](const Row& row) {
                  columns +=
                      (columns.empty() ? "" : ",") +
                      (row.IsNull("name") ? std::string("<expression>") : Lower(row.Text("name")));
                });
      schema.indexes.insert(IndexKey(name, columns, index.unique, index.partial));
    }
  }
  return schema;
}

Schema ReadPostgres(Database& db) {
  Schema schema;
  auto tx = db.Begin(TransactionMode::kReadOnly);
  tx->Query(
      "SELECT table_name::text AS table_name, column_name::text AS column_name, "
      "data_type::text AS data_type, is_nullable::text AS is_nullable "
      "FROM information_schema.columns WHERE table_schema = current_schema() "
      "AND table_name IN (SELECT table_name FROM information_schema.tables "
      "WHERE table_schema = current_schema() AND table_type = 'BASE TABLE')",
      {}, [&](const Row& row) {
        schema.tables[row.Text("table_name")].columns[row.Text("column_name")] = {
            TypeClass(row.Text("data_type")), row.Text("is_nullable") == "NO"};
      });
  tx->Query(
      "SELECT t.relname::text AS table_name, ix.indisunique AS is_unique, "
      "ix.indisprimary AS is_primary, ix.indpred IS NOT NULL AS partial, "
      "array_to_string(ARRAY(SELECT COALESCE(a.attname::text, '<expression>') "
      "  FROM unnest(ix.indkey::int2[]) WITH ORDINALITY AS k(attnum, ord) "
      "  LEFT JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum "
      "  ORDER BY k.ord), ',') AS columns "
      "FROM pg_index ix JOIN pg_class t ON t.oid = ix.indrelid "
      "JOIN pg_namespace n ON n.oid = t.relnamespace WHERE n.nspname = current_schema()",
      {}, [&](const Row& row) {
        const std::string& table = row.Text("table_name");
        const std::string& columns = row.Text("columns");
        if (row.Int("is_primary") != 0) {
          std::stringstream parts(columns);
          std::string column;
          while (std::getline(parts, column, ',')) {
            schema.tables[table].primary_key.push_back(column);
          }
          return;
        }
        schema.indexes.insert(
            IndexKey(table, columns, row.Int("is_unique") != 0, row.Int("partial") != 0));
      });
  return schema;
}

std::string Describe(const std::set<std::string>& items) {
  std::string out;
  for (const auto& item : items) {
    out += "\n  " + item;
  }
  return out;
}

TEST(SchemaConformanceTest, SqliteAndPostgresSchemasAgreeAfterAllMigrations) {
  if (!test::PostgresAvailable()) {
    GTEST_SKIP() << "set LCN_TEST_POSTGRES_URL (see scripts/pg-test-cluster.sh) to compare the "
                    "SQLite and PostgreSQL schemas";
  }
  test::FakeClock clock;
  auto sqlite = test::MakeTestDatabase(test::Backend::kSqlite);
  auto postgres = test::MakeTestDatabase(test::Backend::kPostgres);
  ApplyMigrations(*sqlite, clock, app::AllMigrations());
  ApplyMigrations(*postgres, clock, app::AllMigrations());
  const Schema lite = ReadSqlite(*sqlite);
  const Schema pg = ReadPostgres(*postgres);

  std::set<std::string> lite_tables, pg_tables;
  for (const auto& [name, table] : lite.tables) {
    lite_tables.insert(name);
  }
  for (const auto& [name, table] : pg.tables) {
    pg_tables.insert(name);
  }
  ASSERT_EQ(lite_tables, pg_tables);
  EXPECT_GT(lite_tables.size(), 10U);

  for (const auto& [name, table] : lite.tables) {
    const Table& other = pg.tables.at(name);
    std::set<std::string> lite_columns, pg_columns;
    for (const auto& [column, spec] : table.columns) {
      lite_columns.insert(column + " " + spec.type_class + (spec.not_null ? " not null" : ""));
    }
    for (const auto& [column, spec] : other.columns) {
      pg_columns.insert(column + " " + spec.type_class + (spec.not_null ? " not null" : ""));
    }
    EXPECT_EQ(lite_columns, pg_columns) << "table " << name << "\nSQLite:" << Describe(lite_columns)
                                        << "\nPostgreSQL:" << Describe(pg_columns);
    EXPECT_EQ(table.primary_key, other.primary_key) << "primary key of " << name;
  }

  std::set<std::string> only_sqlite, only_postgres;
  for (const auto& index : lite.indexes) {
    if (!pg.indexes.contains(index)) {
      only_sqlite.insert(index);
    }
  }
  for (const auto& index : pg.indexes) {
    if (!lite.indexes.contains(index)) {
      only_postgres.insert(index);
    }
  }
  EXPECT_TRUE(only_sqlite.empty() && only_postgres.empty())
      << "indexes only on SQLite:" << Describe(only_sqlite)
      << "\nindexes only on PostgreSQL:" << Describe(only_postgres);
  EXPECT_GT(lite.indexes.size(), 20U);
}

}  // namespace
}  // namespace lcn::sql

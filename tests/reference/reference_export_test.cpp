// SPDX-License-Identifier: Apache-2.0
//
// The exported comparison files (reference_export.hpp): loading the CSV files into a fresh
// SQLite database with the exported schema, running the exported rules line by line and then
// the results query gives exactly the engine's exported results, person by person. And the
// DuckDB dialect of the same generator: the same rules, written with what DuckDB understands.
#include "reference_export.hpp"

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <unistd.h>

#include "casefinding/engine.hpp"
#include "sql/sqlite/sqlite_database.hpp"
#include "test_population.hpp"

namespace lcn::casefinding {
namespace {

namespace fs = std::filesystem;

std::vector<std::string> Lines(const fs::path& file) {
  std::ifstream in(file);
  std::vector<std::string> out;
  for (std::string line; std::getline(in, line);) {
    out.push_back(line);
  }
  return out;
}

std::string ReadFile(const fs::path& file) {
  std::ifstream in(file);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

std::vector<std::string> Split(const std::string& line) {
  std::vector<std::string> out;
  std::stringstream in(line);
  for (std::string field; std::getline(in, field, ',');) {
    out.push_back(field);
  }
  if (!line.empty() && line.back() == ',') {
    out.emplace_back();
  }
  return out;
}

// Loads one exported CSV file into `table`: integers, the value column as a double or NULL,
// and text as text.
void LoadCsv(sql::Transaction& tx, const fs::path& file, const std::string& table) {
  const auto lines = Lines(file);
  ASSERT_FALSE(lines.empty()) << file;
  const auto columns = Split(lines[0]);
  std::string insert = "INSERT INTO " + table + " VALUES (";
  for (std::size_t c = 0; c < columns.size(); ++c) {
    insert += (c ? ", ${" : "${") + columns[c] + "}";
  }
  insert += ")";
  for (std::size_t i = 1; i < lines.size(); ++i) {
    const auto fields = Split(lines[i]);
    ASSERT_EQ(fields.size(), columns.size()) << file << " line " << i + 1;
    sql::Params params;
    for (std::size_t c = 0; c < columns.size(); ++c) {
      const std::string& f = fields[c];
      if (columns[c] == "value") {
        params.emplace_back(columns[c], f.empty() ? sql::Value() : sql::Value(std::stod(f)));
      } else if (columns[c] == "sex" || columns[c] == "list") {
        params.emplace_back(columns[c], f);
      } else {
        params.emplace_back(columns[c], sql::Value(std::stoll(f)));
      }
    }
    tx.Execute(insert, params);
  }
}

class ExportTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("lcn-reference-export-" + std::to_string(::getpid()) + "-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
  }

  void TearDown() override { fs::remove_all(dir_); }

  fs::path dir_;
};

void ExpectRoundTrip(const DefinitionSet& defs, const fs::path& dir) {
  const Population pop = testdata::RandomPopulation(3, 300, 12);
  const Results engine = casefinding::Run(pop, Compile(defs, pop), testdata::AsOf(), 2);
  reference::ExportInputs(dir, pop, defs, testdata::AsOf(), reference::Dialect::kSqlite);
  reference::ExportResults(dir, pop, defs, engine);

  // The manifest names every table with its row count.
  const std::string manifest = ReadFile(dir / "manifest.json");
  EXPECT_NE(manifest.find("\"dialect\": \"sqlite\""), std::string::npos) << manifest;
  EXPECT_NE(manifest.find("{\"table\": \"ref_events\", \"file\": \"events.csv\", \"rows\": " +
                          std::to_string(pop.EventCount()) + "}"),
            std::string::npos)
      << manifest;
  EXPECT_EQ(Lines(dir / "events.csv").size(), pop.EventCount() + 1);
  EXPECT_EQ(Lines(dir / "medications.csv").size(), pop.medication_code.size() + 1);

  sql::SqliteDatabase db(":memory:");
  auto tx = db.Begin(sql::TransactionMode::kReadWrite);
  tx->ExecuteScript(ReadFile(dir / "schema.sql"));
  LoadCsv(*tx, dir / "people.csv", "ref_people");
  LoadCsv(*tx, dir / "events.csv", "ref_events");
  LoadCsv(*tx, dir / "medications.csv", "ref_medications");
  LoadCsv(*tx, dir / "encounters.csv", "ref_encounters");
  LoadCsv(*tx, dir / "list_codes.csv", "ref_list_codes");
  const auto rules = Lines(dir / "rules.sql");
  ASSERT_FALSE(rules.empty());
  for (const auto& statement : rules) {
    tx->ExecuteScript(statement);
  }

  const auto expected = Lines(dir / "engine_results.csv");
  ASSERT_EQ(expected.size(), pop.Size() + 1);
  const auto columns = reference::ResultColumns(defs);
  EXPECT_EQ(Split(expected[0]), columns);
  std::size_t row = 0;
  bool some_condition = false;
  tx->Query(Lines(dir / "results.sql").at(0), {}, [&](const sql::Row& r) {
    ++row;
    std::string line;
    for (std::size_t c = 0; c < columns.size(); ++c) {
      const auto v = r.Int(columns[c]);
      line += (c ? "," : "") + (columns[c].starts_with("conditions_")
                                    ? std::to_string(static_cast<std::uint64_t>(v))
                                    : std::to_string(v));
      some_condition = some_condition || (columns[c].starts_with("conditions_") && v != 0);
    }
    ASSERT_LT(row, expected.size());
    EXPECT_EQ(line, expected[row]) << "person " << row - 1;
  });
  EXPECT_EQ(row, pop.Size());
  EXPECT_TRUE(some_condition);
}

TEST_F(ExportTest, ExportedFilesInSqliteGiveTheEnginesResults) {
  ExpectRoundTrip(testdata::RuleKindDefinitions(), dir_);
}

TEST_F(ExportTest, OverlappingListsRoundTripToo) {
  ExpectRoundTrip(testdata::OverlapDefinitions(), dir_);
}

TEST(SqlDialect, DuckDbGetsTheSameRulesInItsOwnDates) {
  const auto defs = testdata::OverlapDefinitions();
  const auto sqlite =
      reference::EvaluationStatements(defs, testdata::AsOf(), reference::Dialect::kSqlite);
  const auto duck =
      reference::EvaluationStatements(defs, testdata::AsOf(), reference::Dialect::kDuckDb);
  ASSERT_EQ(sqlite.size(), duck.size());
  std::size_t differ = 0;
  for (std::size_t i = 0; i < duck.size(); ++i) {
    EXPECT_EQ(duck[i].find("unixepoch"), std::string::npos) << duck[i];
    EXPECT_EQ(duck[i].find('\n'), std::string::npos);
    // Only age tests are written differently.
    if (duck[i] != sqlite[i]) {
      ++differ;
      EXPECT_NE(duck[i].find("DATE '1970-01-01'"), std::string::npos) << duck[i];
      EXPECT_NE(sqlite[i].find("'unixepoch'"), std::string::npos) << sqlite[i];
    }
  }
  EXPECT_GT(differ, 0U);
  EXPECT_LT(differ, duck.size());

  const std::string schema = reference::SchemaScript(reference::Dialect::kDuckDb);
  EXPECT_EQ(schema.find("INDEX"), std::string::npos);
  EXPECT_EQ(schema.find("PRIMARY KEY"), std::string::npos);
  EXPECT_NE(schema.find("value DOUBLE"), std::string::npos);
  EXPECT_TRUE(reference::IndexScript(reference::Dialect::kDuckDb).empty());
  const std::string results =
      reference::ResultsQuery(defs, testdata::AsOf(), reference::Dialect::kDuckDb);
  EXPECT_NE(results.find("CAST(1 AS UBIGINT) << 0"), std::string::npos);
  EXPECT_EQ(results.find("(1 << 0)"), std::string::npos);
}

}  // namespace
}  // namespace lcn::casefinding

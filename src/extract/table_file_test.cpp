// SPDX-License-Identifier: Apache-2.0
//
// TableFile: loading a file and matching its header, the problems reported on line 1 or for
// the file itself, and row-count estimates.
#include "extract/table_file.hpp"

#include <array>
#include <filesystem>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "extract/extract_test_dir.hpp"

namespace lcn::extract {
namespace {

constexpr std::array<ColumnSpec, 3> kColumns = {{
    {"id", true},
    {"day", true},
    {"note", false},
}};

class TableFileTest : public ::testing::Test {
 protected:
  // Opens `name` with kColumns; returns the reported problems as formatted lines.
  std::vector<std::string> Open(const std::string& name, bool required = true) {
    RowErrors errors(name, 10);
    table_ = TableFile::Open(dir_.Path(), name, kColumns, required, errors);
    std::vector<std::string> lines;
    for (const RowError& error : errors.Kept()) {
      lines.push_back(FormatRowError(error));
    }
    return lines;
  }

  using Lines = std::vector<std::string>;

  ExtractTestDir dir_;
  std::optional<TableFile> table_;
};

TEST_F(TableFileTest, MapsColumnsByNameAndPointsAbsentOnesAtAnEmptySlot) {
  dir_.Write("t.csv", "day,id\n2020-01-01,A\n");

  EXPECT_EQ(Open("t.csv"), Lines{});
  ASSERT_TRUE(table_.has_value());
  EXPECT_EQ(table_->FieldCount(), 2U);
  RowFields fields{};
  CsvCursor cursor(table_->RowsBegin(), table_->RowsEnd());
  const CsvLine line = cursor.Next(table_->Slots(fields));
  RowErrors row_errors("t.csv", 1);
  EXPECT_TRUE(table_->CheckShape(line, 2, row_errors));
  EXPECT_EQ(table_->Field(fields, 0), "A");
  EXPECT_EQ(table_->Field(fields, 1), "2020-01-01");
  EXPECT_EQ(table_->Field(fields, 2), "");
  EXPECT_TRUE(cursor.Done());
}

TEST_F(TableFileTest, AbsentOptionalFileIsNotAProblem) {
  EXPECT_EQ(Open("none.csv", /*required=*/false), Lines{});
  EXPECT_FALSE(table_.has_value());
  EXPECT_EQ(Open("none.csv"), Lines{"none.csv: file is missing"});
}

TEST_F(TableFileTest, DirectoryIsUnreadable) {
  std::filesystem::create_directory(dir_.Path() + "/d.csv");

  EXPECT_EQ(Open("d.csv", /*required=*/false),
            Lines{"d.csv: file cannot be read: not a regular file"});
  EXPECT_FALSE(table_.has_value());
}

TEST_F(TableFileTest, BadlyQuotedHeaderIsRefused) {
  dir_.Write("t.csv", "id,\"day\n1,2\n");

  EXPECT_EQ(Open("t.csv"),
            Lines{"t.csv:1: header: unterminated quoted field (line breaks inside fields are "
                  "not allowed)"});
  EXPECT_FALSE(table_.has_value());
}

TEST_F(TableFileTest, TooManyColumnsAreRefused) {
  std::string header = "id,day";
  for (int i = 0; i < 40; ++i) {
    header += ",c" + std::to_string(i);
  }
  dir_.Write("t.csv", header + "\n");

  EXPECT_EQ(Open("t.csv"), Lines{"t.csv:1: header has 42 columns; at most 32 are allowed"});
}

TEST_F(TableFileTest, UnknownColumnNamesAreShownSafely) {
  dir_.Write("t.csv", "id,day,\xC3\xA9\x01x\n");

  EXPECT_EQ(Open("t.csv"), Lines{"t.csv:1: ???x: unknown column"});
  EXPECT_TRUE(table_.has_value());
}

TEST(EstimateRowsTest, EstimatesFromTheAverageLineWithSomeToSpare) {
  std::string text;
  for (int i = 0; i < 10000; ++i) {
    text += "P1,123456,2020-01-01,\n";
  }
  const std::size_t estimate = EstimateRows(text.data(), text.data() + text.size());
  EXPECT_GE(estimate, 10000U);
  EXPECT_LE(estimate, 11100U);
  EXPECT_EQ(EstimateRows(text.data(), text.data()), 16U);
}

}  // namespace
}  // namespace lcn::extract

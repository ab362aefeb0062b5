// SPDX-License-Identifier: Apache-2.0
//
// The CSV line scanner: splitting, unquoting in place, CRLF, and the problems it reports.
#include "extract/csv_line.hpp"

#include <array>
#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace lcn::extract {
namespace {

struct Scanned {
  std::vector<std::string> fields;
  CsvLine line;
};

// Scans every line of `text`.
std::vector<Scanned> ScanAll(std::string text, std::size_t capacity = 8) {
  std::vector<Scanned> result;
  CsvCursor cursor(text.data(), text.data() + text.size());
  std::array<std::string_view, 16> slots{};
  while (!cursor.Done()) {
    Scanned scanned;
    scanned.line = cursor.Next(std::span(slots.data(), capacity));
    for (std::size_t i = 0; i < scanned.line.field_count && i < capacity; ++i) {
      scanned.fields.emplace_back(slots[i]);
    }
    result.push_back(std::move(scanned));
  }
  return result;
}

using Fields = std::vector<std::string>;

TEST(CsvLineTest, SplitsLinesAndFields) {
  const auto lines = ScanAll("a,b,c\n,,\nlast");
  ASSERT_EQ(lines.size(), 3U);
  EXPECT_EQ(lines[0].fields, (Fields{"a", "b", "c"}));
  EXPECT_EQ(lines[1].fields, (Fields{"", "", ""}));
  EXPECT_EQ(lines[2].fields, (Fields{"last"}));
  EXPECT_FALSE(lines[1].line.blank);
}

TEST(CsvLineTest, UnquotesInPlace) {
  const auto lines = ScanAll("\"a,b\",\"say \"\"hi\"\"\",\"\",\"\"\"\"\n");
  ASSERT_EQ(lines.size(), 1U);
  EXPECT_EQ(lines[0].fields, (Fields{"a,b", "say \"hi\"", "", "\""}));
  EXPECT_EQ(lines[0].line.problem, CsvProblem::kNone);
}

TEST(CsvLineTest, DropsCarriageReturnOnlyAtLineEnds) {
  const auto lines = ScanAll("a,b\r\n\"c\"\r\nd\re,f\r");
  ASSERT_EQ(lines.size(), 3U);
  EXPECT_EQ(lines[0].fields, (Fields{"a", "b"}));
  EXPECT_EQ(lines[1].fields, (Fields{"c"}));
  EXPECT_EQ(lines[2].fields, (Fields{"d\re", "f"}));
}

TEST(CsvLineTest, MarksBlankLinesButNotQuotedEmptyOnes) {
  const auto lines = ScanAll("\n\r\n\"\"\n");
  ASSERT_EQ(lines.size(), 3U);
  EXPECT_TRUE(lines[0].line.blank);
  EXPECT_TRUE(lines[1].line.blank);
  EXPECT_FALSE(lines[2].line.blank);
}

TEST(CsvLineTest, CountsFieldsPastCapacity) {
  const auto lines = ScanAll("a,b,c,d,e\nx", 2);
  ASSERT_EQ(lines.size(), 2U);
  EXPECT_EQ(lines[0].line.field_count, 5U);
  EXPECT_EQ(lines[0].fields, (Fields{"a", "b"}));
  EXPECT_EQ(lines[1].fields, (Fields{"x"}));
}

TEST(CsvLineTest, ReportsTheFirstProblemAndItsField) {
  const auto lines = ScanAll("a,\"b\nc,\"d\"e,f\"\ng,h\"i\n");
  ASSERT_EQ(lines.size(), 3U);
  EXPECT_EQ(lines[0].line.problem, CsvProblem::kUnterminatedQuote);
  EXPECT_EQ(lines[0].line.problem_field, 1U);
  EXPECT_EQ(lines[1].line.problem, CsvProblem::kTextAfterClosingQuote);
  EXPECT_EQ(lines[1].line.problem_field, 1U);
  EXPECT_EQ(lines[1].line.field_count, 3U);
  EXPECT_EQ(lines[2].line.problem, CsvProblem::kQuoteInUnquotedField);
  EXPECT_EQ(lines[2].line.problem_field, 1U);
}

TEST(CsvLineTest, TrimsTrailingLineBreaks) {
  std::string text = "a\r\n\n\r\n";
  EXPECT_EQ(TrimTrailingLineBreaks(text.data(), text.data() + text.size()), text.data() + 1);
  std::string empty;
  EXPECT_EQ(TrimTrailingLineBreaks(empty.data(), empty.data()), empty.data());
}

}  // namespace
}  // namespace lcn::extract

// SPDX-License-Identifier: Apache-2.0
//
// CsvTable: quoting, line ends, blank lines and malformed input.
#include "demo/csv_reader.hpp"

#include <gtest/gtest.h>

#include "core/error.hpp"

namespace lcn::demo {
namespace {

TEST(CsvTableTest, ReadsQuotedFieldsWithCommasQuotesAndLineBreaks) {
  const auto table = CsvTable::Parse(
      "name,address,note\r\n"
      "BALL TREE,\"WESTERN RD, LANCING\",\"say \"\"hi\"\"\"\r\n"
      "\r\n"
      "SECOND,\"two\nlines\",\n");
  ASSERT_EQ(table.RowCount(), 2U);
  EXPECT_EQ(table.Field(0, "name"), "BALL TREE");
  EXPECT_EQ(table.Field(0, "address"), "WESTERN RD, LANCING");
  EXPECT_EQ(table.Field(0, "note"), "say \"hi\"");
  EXPECT_EQ(table.Field(1, "address"), "two\nlines");
  EXPECT_EQ(table.Field(1, "note"), "");
}

TEST(CsvTableTest, AcceptsAMissingFinalLineEnd) {
  const auto table = CsvTable::Parse("a,b\n1,2");
  ASSERT_EQ(table.RowCount(), 1U);
  EXPECT_EQ(table.Field(0, "b"), "2");
  EXPECT_EQ(table.Header(), (std::vector<std::string>{"a", "b"}));
}

TEST(CsvTableTest, RejectsMalformedInput) {
  for (const char* text :
       {"a,b\n\"open,2\n", "a,b\n1,2,3\n", "a,b\n\"x\"y,2\n", "a,b\nx\"y,2\n", ""}) {
    EXPECT_THROW((void)CsvTable::Parse(text), Error) << text;
  }
}

TEST(CsvTableTest, RejectsAnUnknownColumn) {
  const auto table = CsvTable::Parse("a,b\n1,2\n");
  EXPECT_THROW((void)table.Field(0, "c"), Error);
}

}  // namespace
}  // namespace lcn::demo

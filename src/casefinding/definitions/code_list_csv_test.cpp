// SPDX-License-Identifier: Apache-2.0
#include "casefinding/definitions/code_list_csv.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace lcn::casefinding {
namespace {

using ::testing::ElementsAre;

std::vector<ConceptId> Parse(std::string_view text, IssueCollector& issues) {
  return ParseCodeListCsv(text, "codelists/x.csv", issues);
}

TEST(CodeListCsvTest, ReadsCodesSortedAndDistinct) {
  IssueCollector issues;
  const auto codes = Parse(
      "\xEF\xBB\xBF"
      "code,term\r\n21897009,Generalized anxiety disorder\r\n\r\n197480006,\"Anxiety, "
      "\"\"disorder\"\"\"\r\n21897009,again\r\n",
      issues);
  EXPECT_TRUE(issues.Empty());
  EXPECT_THAT(codes, ElementsAre(21897009, 197480006));
}

TEST(CodeListCsvTest, AcceptsASourceColumn) {
  IssueCollector issues;
  const auto codes = Parse("code,term,source\n197480006,Anxiety disorder,A\n", issues);
  EXPECT_TRUE(issues.Empty());
  EXPECT_THAT(codes, ElementsAre(197480006));
}

TEST(CodeListCsvTest, NamesFileLineAndColumnOfEachBadCode) {
  IssueCollector issues;
  (void)Parse("code,term\n197480006,ok\nabc,bad\n\n197480007,typo\n", issues);
  ASSERT_EQ(issues.Issues().size(), 2U);
  EXPECT_EQ(issues.Issues()[0].field, "codelists/x.csv:3:1");
  EXPECT_EQ(issues.Issues()[0].message, "code 'abc' is not a number");
  EXPECT_EQ(issues.Issues()[1].field, "codelists/x.csv:5:1");
  EXPECT_EQ(issues.Issues()[1].message, "code '197480007' fails the SNOMED CT check digit");
}

TEST(CodeListCsvTest, RefusesWrongHeaderColumnCountsAndBadQuotes) {
  {
    IssueCollector issues;
    (void)Parse("id,term\n197480006,x\n", issues);
    ASSERT_EQ(issues.Issues().size(), 1U);
    EXPECT_EQ(issues.Issues()[0].field, "codelists/x.csv:1:1");
    EXPECT_EQ(issues.Issues()[0].message, "the header must be 'code,term' or 'code,term,source'");
  }
  {
    IssueCollector issues;
    (void)Parse("code,term\n197480006,a,b\n21897009,\"open\n", issues);
    ASSERT_EQ(issues.Issues().size(), 2U);
    EXPECT_EQ(issues.Issues()[0].field, "codelists/x.csv:2:1");
    EXPECT_EQ(issues.Issues()[0].message, "expected 2 columns, found 3");
    EXPECT_EQ(issues.Issues()[1].field, "codelists/x.csv:3:10");
    EXPECT_EQ(issues.Issues()[1].message, "unterminated quoted field");
  }
}

TEST(CodeListCsvTest, RefusesEmptyFilesAndListsWithoutCodes) {
  IssueCollector empty_file;
  (void)Parse("", empty_file);
  ASSERT_EQ(empty_file.Issues().size(), 1U);
  EXPECT_EQ(empty_file.Issues()[0].message, "the file is empty; it needs the header 'code,term'");
  IssueCollector header_only;
  (void)Parse("code,term\n", header_only);
  ASSERT_EQ(header_only.Issues().size(), 1U);
  EXPECT_EQ(header_only.Issues()[0].field, "codelists/x.csv");
  EXPECT_EQ(header_only.Issues()[0].message, "the list has no codes");
}

}  // namespace
}  // namespace lcn::casefinding

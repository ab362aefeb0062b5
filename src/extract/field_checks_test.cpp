// SPDX-License-Identifier: Apache-2.0
//
// Concept ids, ODS codes, values and UTF-8 text.
#include "extract/field_checks.hpp"

#include <string>

#include <gtest/gtest.h>

#include "extract/row_errors.hpp"

namespace lcn::extract {
namespace {

TEST(FieldChecksTest, ConceptIdsHaveSixToEighteenDigits) {
  EXPECT_EQ(ParseConceptId("123456"), std::optional<std::int64_t>(123456));
  EXPECT_EQ(ParseConceptId("999999999999999999"), std::optional<std::int64_t>(999999999999999999));
  for (const char* bad :
       {"12345", "1234567890123456789", "012345", "12345a", "-123456", "", " 123456"}) {
    EXPECT_EQ(ParseConceptId(bad), std::nullopt) << bad;
  }
}

TEST(FieldChecksTest, OdsCodesAreThreeToTenUpperCaseLettersOrDigits) {
  EXPECT_TRUE(IsOdsCode("A81001"));
  EXPECT_TRUE(IsOdsCode("RX1"));
  EXPECT_TRUE(IsOdsCode("ABCDEFGH12"));
  for (const char* bad : {"AB", "ABCDEFGH123", "a81001", "A8100 ", "A81-01", ""}) {
    EXPECT_FALSE(IsOdsCode(bad)) << bad;
  }
}

TEST(FieldChecksTest, ValuesAreFiniteNumbers) {
  EXPECT_EQ(ParseValue("5.4"), std::optional<float>(5.4F));
  EXPECT_EQ(ParseValue("-12"), std::optional<float>(-12.0F));
  EXPECT_EQ(ParseValue(".5"), std::optional<float>(0.5F));
  EXPECT_EQ(ParseValue("1e3"), std::optional<float>(1000.0F));
  for (const char* bad :
       {"", "+1", "nan", "-inf", "inf", "1e50", "1,5", " 1", "1 ", "0x10", "-", "abc"}) {
    EXPECT_EQ(ParseValue(bad), std::nullopt) << bad;
  }
}

TEST(FieldChecksTest, CleanUtf8RefusesMalformedSequencesAndControls) {
  EXPECT_TRUE(IsCleanUtf8("TS1 3BA"));
  EXPECT_TRUE(IsCleanUtf8("Zoë \xE2\x82\xAC \xF0\x9F\x98\x80"));
  for (const std::string& bad :
       {std::string("\xC3"), std::string("\xC0\xAF"), std::string("\xE0\x80\xAF"),
        std::string("\xED\xA0\x80"), std::string("\xF4\x90\x80\x80"), std::string("a\tb"),
        std::string("a\0b", 3), std::string("\x7F")}) {
    EXPECT_FALSE(IsCleanUtf8(bad)) << bad;
  }
}

TEST(FieldChecksTest, ShownValuesArePrintableAndShort) {
  EXPECT_EQ(ShownValue("abc"), "abc");
  EXPECT_EQ(ShownValue("a\x01\xC3\xA9"), "a???");
  EXPECT_EQ(ShownValue(std::string(50, 'x')), std::string(40, 'x') + "...");
}

}  // namespace
}  // namespace lcn::extract

// SPDX-License-Identifier: Apache-2.0
#include "sql/query_text.hpp"

#include <gtest/gtest.h>

#include "core/error.hpp"

namespace lcn::sql {
namespace {

TEST(QueryTextTest, NumbersPlaceholdersAndReusesRepeatedNames) {
  const auto q =
      RewritePlaceholders("SELECT * FROM t WHERE a = ${a} AND b = ${b} OR c = ${a}", '$');
  EXPECT_EQ(q.text, "SELECT * FROM t WHERE a = $1 AND b = $2 OR c = $1");
  ASSERT_EQ(q.names.size(), 2U);
  EXPECT_EQ(q.names[0], "a");
  EXPECT_EQ(q.names[1], "b");
}

TEST(QueryTextTest, LeavesLiteralsAndCastsAlone) {
  const auto q = RewritePlaceholders("SELECT '${x}', ${y}::bigint", '?');
  EXPECT_EQ(q.text, "SELECT '${x}', ?1::bigint");
}

TEST(QueryTextTest, RejectsUnterminatedPlaceholder) {
  EXPECT_THROW(RewritePlaceholders("SELECT ${oops", '?'), Error);
}

}  // namespace
}  // namespace lcn::sql

// SPDX-License-Identifier: Apache-2.0
#include "sql/query_text.hpp"

#include <algorithm>

#include "core/error.hpp"

namespace lcn::sql {

RewrittenQuery RewritePlaceholders(std::string_view sql, char prefix) {
  RewrittenQuery out;
  out.text.reserve(sql.size());
  bool in_literal = false;
  for (std::size_t i = 0; i < sql.size(); ++i) {
    const char c = sql[i];
    if (c == '\'') {
      in_literal = !in_literal;
    }
    if (!in_literal && c == '$' && i + 1 < sql.size() && sql[i + 1] == '{') {
      const std::size_t end = sql.find('}', i + 2);
      if (end == std::string_view::npos) {
        throw Error(ErrorCode::kInternal, "unterminated ${ placeholder in SQL");
      }
      const std::string name(sql.substr(i + 2, end - i - 2));
      auto it = std::find(out.names.begin(), out.names.end(), name);
      std::size_t number = 0;
      if (it == out.names.end()) {
        out.names.push_back(name);
        number = out.names.size();
      } else {
        number = static_cast<std::size_t>(it - out.names.begin()) + 1;
      }
      out.text.push_back(prefix);
      out.text += std::to_string(number);
      i = end;
      continue;
    }
    out.text.push_back(c);
  }
  return out;
}

}  // namespace lcn::sql

// SPDX-License-Identifier: Apache-2.0
#include "reference_export.hpp"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"
#include "domain/kinds.hpp"

namespace lcn::casefinding::reference {
namespace {

// A buffered file of CSV rows (or lines of text). Throws lcn::Error on an I/O failure.
class Writer {
 public:
  explicit Writer(const std::filesystem::path& path) : path_(path) {
    file_ = std::fopen(path.c_str(), "wb");
    if (file_ == nullptr) {
      throw Error(ErrorCode::kUnavailable, "cannot write " + path.string());
    }
    buffer_.reserve(kFlushAt + 4096);
  }

  Writer(const Writer&) = delete;
  Writer& operator=(const Writer&) = delete;

  ~Writer() {
    if (file_ != nullptr) {
      std::fclose(file_);
    }
  }

  Writer& Int(std::int64_t v) {
    Separate();
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof digits, v).ptr;
    buffer_.append(digits, end);
    return *this;
  }

  // A float exactly: the shortest decimal that reads back as the same double. NaN is empty.
  Writer& Real(float v) {
    Separate();
    if (!std::isnan(v)) {
      char digits[32];
      const auto end = std::to_chars(digits, digits + sizeof digits, static_cast<double>(v)).ptr;
      buffer_.append(digits, end);
    }
    return *this;
  }

  // Text, quoted when it holds a comma, a quote or a line break.
  Writer& Text(std::string_view v) {
    Separate();
    if (v.find_first_of(",\"\r\n") == std::string_view::npos) {
      buffer_.append(v);
    } else {
      buffer_ += '"';
      for (const char c : v) {
        buffer_.append(c == '"' ? 2 : 1, c);
      }
      buffer_ += '"';
    }
    return *this;
  }

  // Raw text, not a field.
  Writer& Raw(std::string_view v) {
    buffer_.append(v);
    return *this;
  }

  void EndRow() {
    buffer_ += '\n';
    first_ = true;
    ++rows_;
    if (buffer_.size() >= kFlushAt) {
      Flush();
    }
  }

  // Writes what is buffered and closes the file; returns the bytes written.
  std::size_t Close() {
    Flush();
    if (std::fclose(file_) != 0) {
      file_ = nullptr;
      throw Error(ErrorCode::kUnavailable, "cannot write " + path_.string());
    }
    file_ = nullptr;
    return bytes_;
  }

  std::size_t Rows() const { return rows_; }

 private:
  static constexpr std::size_t kFlushAt = 1 << 20;

  void Separate() {
    if (!first_) {
      buffer_ += ',';
    }
    first_ = false;
  }

  void Flush() {
    if (!buffer_.empty() &&
        std::fwrite(buffer_.data(), 1, buffer_.size(), file_) != buffer_.size()) {
      throw Error(ErrorCode::kUnavailable, "cannot write " + path_.string());
    }
    bytes_ += buffer_.size();
    buffer_.clear();
  }

  std::filesystem::path path_;
  std::FILE* file_ = nullptr;
  std::string buffer_;
  bool first_ = true;
  std::size_t rows_ = 0;
  std::size_t bytes_ = 0;
};

// A header line: the names, comma-separated (not counted as a row).
void Header(Writer& w, const std::vector<std::string>& names) {
  std::string line;
  for (const auto& name : names) {
    line += (line.empty() ? "" : ",") + name;
  }
  w.Raw(line + "\n");
}

std::string JsonString(std::string_view s) {
  std::string out = "\"";
  for (const char c : s) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (static_cast<unsigned char>(c) < 0x20) {
      char escaped[8];
      std::snprintf(escaped, sizeof escaped, "\\u%04x", c);
      out += escaped;
    } else {
      out += c;
    }
  }
  return out + "\"";
}

// Writes `text` as a file (one line per statement for SQL); returns its size.
std::size_t WriteText(const std::filesystem::path& path, const std::string& text) {
  Writer w(path);
  w.Raw(text);
  return w.Close();
}

std::string OneLine(const std::string& statement) {
  LCN_CHECK(statement.find_first_of("\r\n") == std::string::npos);
  return statement + "\n";
}

}  // namespace

std::size_t ExportInputs(const std::filesystem::path& dir, const Population& pop,
                         const DefinitionSet& definitions, Day as_of, Dialect dialect) {
  std::filesystem::create_directories(dir);
  std::size_t bytes = 0;

  struct Table {
    std::string table, file;
    std::size_t rows;
  };

  std::vector<Table> tables;
  auto done = [&](Writer& w, const std::string& table, const std::string& file) {
    const std::size_t rows = w.Rows();
    bytes += w.Close();
    tables.push_back({table, file, rows});
  };
  // One CSV row per record of a per-person table: write(person, record) writes its fields.
  auto each_record = [&](Writer& w, const std::vector<std::uint32_t>& offsets, auto&& write) {
    for (std::size_t p = 0; p < pop.Size(); ++p) {
      for (auto r = offsets[p]; r < offsets[p + 1]; ++r) {
        write(static_cast<std::int64_t>(p), r);
        w.EndRow();
      }
    }
  };
  {
    Writer w(dir / "people.csv");
    Header(w, {"id", "birth_day", "sex", "care_home"});
    for (std::size_t p = 0; p < pop.Size(); ++p) {
      w.Int(static_cast<std::int64_t>(p))
          .Int(pop.birth_day[p])
          .Text(domain::SexName(pop.sex[p]))
          .Int(pop.care_home[p]);
      w.EndRow();
    }
    done(w, "ref_people", "people.csv");
  }
  {
    Writer w(dir / "events.csv");
    Header(w, {"person", "code", "day", "value"});
    each_record(w, pop.event_offsets, [&](std::int64_t p, std::uint32_t e) {
      w.Int(p).Int(pop.concepts[pop.event_code[e]]).Int(pop.event_day[e]).Real(pop.event_value[e]);
    });
    done(w, "ref_events", "events.csv");
  }
  {
    Writer w(dir / "medications.csv");
    Header(w, {"person", "code", "day"});
    each_record(w, pop.medication_offsets, [&](std::int64_t p, std::uint32_t m) {
      w.Int(p).Int(pop.concepts[pop.medication_code[m]]).Int(pop.medication_day[m]);
    });
    done(w, "ref_medications", "medications.csv");
  }
  {
    Writer w(dir / "encounters.csv");
    Header(w, {"person", "kind", "day"});
    each_record(w, pop.encounter_offsets, [&](std::int64_t p, std::uint32_t c) {
      w.Int(p).Int(static_cast<std::int64_t>(pop.encounter_kind[c])).Int(pop.encounter_day[c]);
    });
    done(w, "ref_encounters", "encounters.csv");
  }
  {
    Writer w(dir / "list_codes.csv");
    Header(w, {"list", "code"});
    for (const auto& [name, list] : definitions.code_lists) {
      for (const ConceptId code : std::set<ConceptId>(list.codes.begin(), list.codes.end())) {
        w.Text(name).Int(code);
        w.EndRow();
      }
    }
    done(w, "ref_list_codes", "list_codes.csv");
  }

  bytes += WriteText(dir / "schema.sql", SchemaScript(dialect) + "\n");
  bytes += WriteText(dir / "index.sql", IndexScript(dialect) + "\n");
  std::string rules;
  for (const auto& statement : EvaluationStatements(definitions, as_of, dialect)) {
    rules += OneLine(statement);
  }
  bytes += WriteText(dir / "rules.sql", rules);
  bytes += WriteText(dir / "results.sql", OneLine(ResultsQuery(definitions, as_of, dialect)));

  std::string manifest =
      "{\n  \"dialect\": " + JsonString(dialect == Dialect::kDuckDb ? "duckdb" : "sqlite") +
      ",\n  \"as_of\": " + std::to_string(as_of) +
      ",\n  \"definitions_version\": " + JsonString(definitions.version) +
      ",\n  \"people\": " + std::to_string(pop.Size()) + ",\n  \"tables\": [";
  for (std::size_t t = 0; t < tables.size(); ++t) {
    manifest += std::string(t ? "," : "") + "\n    {\"table\": " + JsonString(tables[t].table) +
                ", \"file\": " + JsonString(tables[t].file) +
                ", \"rows\": " + std::to_string(tables[t].rows) + "}";
  }
  manifest +=
      "\n  ],\n  \"schema\": \"schema.sql\",\n  \"index\": \"index.sql\",\n"
      "  \"rules\": \"rules.sql\",\n  \"results_query\": \"results.sql\",\n"
      "  \"engine_results\": \"engine_results.csv\",\n  \"condition_sets\": [";
  std::size_t s = 0;
  for (const auto& entry : definitions.condition_sets) {
    manifest += (s++ ? ", " : "") + JsonString(entry.first);
  }
  manifest += "],\n  \"result_columns\": [";
  const auto columns = ResultColumns(definitions);
  for (std::size_t c = 0; c < columns.size(); ++c) {
    manifest += (c ? ", " : "") + JsonString(columns[c]);
  }
  manifest += "]\n}\n";
  bytes += WriteText(dir / "manifest.json", manifest);
  return bytes;
}

void ExportResults(const std::filesystem::path& dir, const Population& pop,
                   const DefinitionSet& definitions, const Results& results) {
  LCN_CHECK(results.condition_bits.size() == definitions.condition_sets.size());
  std::filesystem::create_directories(dir);
  Writer w(dir / "engine_results.csv");
  Header(w, ResultColumns(definitions));
  char digits[24];
  for (std::size_t p = 0; p < pop.Size(); ++p) {
    w.Int(static_cast<std::int64_t>(p));
    for (const auto& set : results.condition_bits) {
      // Unsigned: a 64th condition sets the top bit.
      const auto end = std::to_chars(digits, digits + sizeof digits, set[p]).ptr;
      w.Raw(",").Raw(std::string_view(digits, static_cast<std::size_t>(end - digits)));
    }
    w.Int(results.efi_deficits[p]).Int(results.emergency_admissions[p]).Int(results.cohort_bits[p]);
    w.EndRow();
  }
  w.Close();
}

}  // namespace lcn::casefinding::reference

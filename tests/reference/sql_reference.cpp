// SPDX-License-Identifier: Apache-2.0
#include "sql_reference.hpp"

#include <cmath>
#include <sstream>

#include "core/error.hpp"
#include "domain/kinds.hpp"

namespace lcn::casefinding::reference {
namespace {

std::string Quote(const std::string& s) {
  std::string out = "'";
  for (const char c : s) {
    out += c == '\'' ? "''" : std::string(1, c);
  }
  return out + "'";
}

std::string Number(double v) {
  std::ostringstream s;
  s.precision(17);
  s << v;
  return s.str();
}

std::string Window(const Rule& r, Day as_of, const std::string& column) {
  return r.within_days ? " AND " + column + " > " + std::to_string(as_of - *r.within_days) : "";
}

std::string InList(const std::string& column, const std::string& list) {
  return column + " IN (SELECT code FROM ref_list_codes WHERE list = " + Quote(list) + ")";
}

std::string Compare(const Rule& r) {
  switch (r.compare) {
    case Rule::Compare::kBelow:
      return " < " + Number(r.threshold);
    case Rule::Compare::kAtMost:
      return " <= " + Number(r.threshold);
    case Rule::Compare::kAbove:
      return " > " + Number(r.threshold);
    case Rule::Compare::kAtLeast:
      return " >= " + Number(r.threshold);
  }
  return "";
}

// Age in whole years on the as-of date, from day numbers: years between the dates, less one
// when the birthday (month and day) is still to come.
std::string AgeExpression(Day as_of, Dialect dialect) {
  if (dialect == Dialect::kDuckDb) {
    const std::string asof = "(DATE '1970-01-01' + " + std::to_string(as_of) + ")";
    const std::string birth = "(DATE '1970-01-01' + p.birth_day)";
    return "(year(" + asof + ") - year(" + birth + ") - CAST(strftime(" + asof +
           ", '%m-%d') < strftime(" + birth + ", '%m-%d') AS INTEGER))";
  }
  const std::string asof = "date(" + std::to_string(as_of) + " * 86400, 'unixepoch')";
  const std::string birth = "date(p.birth_day * 86400, 'unixepoch')";
  return "(CAST(strftime('%Y', " + asof + ") AS INTEGER) - CAST(strftime('%Y', " + birth +
         ") AS INTEGER) - (strftime('%m-%d', " + asof + ") < strftime('%m-%d', " + birth + ")))";
}

// Bit `index` of a 64-bit mask: SQLite integers are signed 64-bit (bit 63 is negative, and a
// sum of distinct bits never overflows); DuckDB shifts an unsigned BIGINT.
std::string Bit(std::size_t index, Dialect dialect) {
  return dialect == Dialect::kDuckDb ? "(CAST(1 AS UBIGINT) << " + std::to_string(index) + ")"
                                     : "(1 << " + std::to_string(index) + ")";
}

// The sum of the bits of the ids in `ids` for the ref_holds rows of `kind` (and group `grp`).
std::string MaskSum(const std::string& kind, const std::string* grp,
                    const std::vector<Definition>& ids, Dialect dialect) {
  std::string out = "SUM(CASE WHEN kind = " + Quote(kind) +
                    (grp ? " AND grp = " + Quote(*grp) : std::string()) + " THEN CASE id";
  for (std::size_t i = 0; i < ids.size(); ++i) {
    out += " WHEN " + Quote(ids[i].id) + " THEN " + Bit(i, dialect);
  }
  return out + " ELSE 0 END ELSE 0 END)";
}

}  // namespace

std::string Predicate(const Rule& r, Day as_of, const std::string& person, Dialect dialect) {
  using K = Rule::Kind;
  const std::string up_to = std::to_string(as_of);
  const std::string ev = "FROM ref_events e WHERE e.person = " + person + " AND e.day <= " + up_to;
  const std::string med =
      "FROM ref_medications m WHERE m.person = " + person + " AND m.day <= " + up_to;
  switch (r.kind) {
    case K::kCode:
      if (r.first) {
        return "IFNULL((SELECT MIN(e.day) " + ev + " AND " + InList("e.code", r.list) + ") > " +
               std::to_string(as_of - r.within_days.value_or(as_of + 1)) + ", 0)";
      }
      return "EXISTS (SELECT 1 " + ev + " AND " + InList("e.code", r.list) +
             Window(r, as_of, "e.day") + ")";
    case K::kMedications:
      return "((SELECT COUNT(*) FROM (SELECT DISTINCT m.code, m.day " + med + " AND " +
             InList("m.code", r.list) + Window(r, as_of, "m.day") +
             ")) >= " + std::to_string(r.at_least) + ")";
    case K::kDistinctMedications:
      return "((SELECT COUNT(DISTINCT m.code) " + med +
             (r.list == "any" ? "" : " AND " + InList("m.code", r.list)) +
             Window(r, as_of, "m.day") + ") >= " + std::to_string(r.at_least) + ")";
    case K::kValue: {
      const std::string values = "SELECT e.value AS v " + ev + " AND " + InList("e.code", r.list) +
                                 " AND e.value IS NOT NULL" + Window(r, as_of, "e.day");
      switch (r.aggregate) {
        case ValueAggregate::kAny:
          return "EXISTS (" + values + " AND e.value" + Compare(r) + ")";
        case ValueAggregate::kLatest:
          return "IFNULL((" + values + " ORDER BY e.day DESC, e.code DESC LIMIT 1)" + Compare(r) +
                 ", 0)";
        case ValueAggregate::kMaxOfLatestTwo:
          return "IFNULL((SELECT CASE WHEN COUNT(*) = 2 THEN MAX(v) END FROM (" + values +
                 " ORDER BY e.day DESC, e.code DESC LIMIT 2))" + Compare(r) + ", 0)";
      }
      return "0";
    }
    case K::kEventCount:
      return "((SELECT COUNT(*) FROM (SELECT DISTINCT e.code, e.day, e.value " + ev + " AND " +
             InList("e.code", r.list) + Window(r, as_of, "e.day") +
             ")) >= " + std::to_string(r.at_least) + ")";
    case K::kAgeAtLeast:
      return "(" + AgeExpression(as_of, dialect) + " >= " + std::to_string(r.at_least) + ")";
    case K::kAgeBelow:
      return "(" + AgeExpression(as_of, dialect) + " < " + std::to_string(r.at_least) + ")";
    case K::kSex:
      return "(p.sex = " + Quote(r.text) + ")";
    case K::kCareHome:
      return "(p.care_home = 1)";
    case K::kConditionCount:
      return "((SELECT COUNT(*) FROM ref_holds h WHERE h.person = " + person +
             " AND h.kind = 'condition' AND h.grp = " + Quote(r.list) +
             ") >= " + std::to_string(r.at_least) + ")";
    case K::kCondition:
      return "EXISTS (SELECT 1 FROM ref_holds h WHERE h.person = " + person +
             " AND h.kind = 'condition' AND h.id = " + Quote(r.list) + ")";
    case K::kFrailtyAtLeast: {
      const int min_deficits = r.text == "severe" ? 13 : r.text == "moderate" ? 9 : 5;
      return "(" + AgeExpression(as_of, dialect) +
             " >= 65 AND (SELECT COUNT(*) FROM ref_holds h WHERE h.person = " + person +
             " AND h.kind = 'deficit') >= " + std::to_string(min_deficits) + ")";
    }
    case K::kEmergencyAdmissions:
      return "((SELECT COUNT(*) FROM (SELECT DISTINCT c.day FROM ref_encounters c WHERE c.person "
             "= " +
             person + " AND c.kind = 0 AND c.day <= " + up_to + Window(r, as_of, "c.day") +
             ")) >= " + std::to_string(r.at_least) + ")";
    case K::kAnyOf:
    case K::kAllOf: {
      std::string out = "(";
      for (std::size_t i = 0; i < r.children.size(); ++i) {
        out += (i ? (r.kind == K::kAnyOf ? " OR " : " AND ") : "") +
               Predicate(*r.children[i], as_of, person, dialect);
      }
      return out + ")";
    }
    case K::kNot:
      return "(NOT " + Predicate(*r.children.at(0), as_of, person, dialect) + ")";
  }
  return "0";
}

std::string SchemaScript(Dialect dialect) {
  const bool duck = dialect == Dialect::kDuckDb;
  // SQLite's REAL is 8 bytes, DuckDB's 4: values are DOUBLE there. DuckDB gets no keys: the
  // exported rows are unique and in person order, and a key would only slow the load.
  return std::string(
             "DROP TABLE IF EXISTS ref_people; DROP TABLE IF EXISTS ref_events;"
             "DROP TABLE IF EXISTS ref_medications; DROP TABLE IF EXISTS ref_encounters;"
             "DROP TABLE IF EXISTS ref_list_codes; DROP TABLE IF EXISTS ref_holds;") +
         (duck ? "CREATE TABLE ref_people (id INTEGER, birth_day INTEGER, sex VARCHAR,"
                 " care_home INTEGER);"
                 "CREATE TABLE ref_events (person INTEGER, code BIGINT, day INTEGER, value DOUBLE);"
                 "CREATE TABLE ref_medications (person INTEGER, code BIGINT, day INTEGER);"
                 "CREATE TABLE ref_encounters (person INTEGER, kind INTEGER, day INTEGER);"
                 "CREATE TABLE ref_list_codes (list VARCHAR, code BIGINT);"
                 "CREATE TABLE ref_holds (person INTEGER, kind VARCHAR, grp VARCHAR, id VARCHAR);"
               : "CREATE TABLE ref_people (id INTEGER PRIMARY KEY, birth_day INTEGER, sex TEXT,"
                 " care_home INTEGER);"
                 "CREATE TABLE ref_events (person INTEGER, code INTEGER, day INTEGER, value REAL);"
                 "CREATE TABLE ref_medications (person INTEGER, code INTEGER, day INTEGER);"
                 "CREATE TABLE ref_encounters (person INTEGER, kind INTEGER, day INTEGER);"
                 "CREATE TABLE ref_list_codes (list TEXT, code INTEGER, PRIMARY KEY (list, code));"
                 "CREATE TABLE ref_holds (person INTEGER, kind TEXT, grp TEXT, id TEXT);"
                 "CREATE INDEX ref_holds_person ON ref_holds (person, kind, grp, id);");
}

std::string IndexScript(Dialect dialect) {
  return dialect == Dialect::kDuckDb
             ? ""
             : "CREATE INDEX ref_events_person ON ref_events (person, code);"
               "CREATE INDEX ref_medications_person ON ref_medications (person, code);"
               "CREATE INDEX ref_encounters_person ON ref_encounters (person);";
}

void Load(sql::Database& db, const Population& pop, const DefinitionSet& definitions) {
  auto tx = db.Begin(sql::TransactionMode::kReadWrite);
  tx->ExecuteScript(SchemaScript(Dialect::kSqlite));
  for (std::size_t p = 0; p < pop.Size(); ++p) {
    tx->Execute("INSERT INTO ref_people VALUES (${id}, ${birth}, ${sex}, ${care})",
                {{"id", static_cast<std::int64_t>(p)},
                 {"birth", std::int64_t{pop.birth_day[p]}},
                 {"sex", std::string(domain::SexName(pop.sex[p]))},
                 {"care", std::int64_t{pop.care_home[p]}}});
    for (auto e = pop.event_offsets[p]; e < pop.event_offsets[p + 1]; ++e) {
      const float v = pop.event_value[e];
      tx->Execute("INSERT INTO ref_events VALUES (${p}, ${c}, ${d}, ${v})",
                  {{"p", static_cast<std::int64_t>(p)},
                   {"c", pop.concepts[pop.event_code[e]]},
                   {"d", std::int64_t{pop.event_day[e]}},
                   {"v", std::isnan(v) ? sql::Value() : sql::Value(static_cast<double>(v))}});
    }
    for (auto m = pop.medication_offsets[p]; m < pop.medication_offsets[p + 1]; ++m) {
      tx->Execute("INSERT INTO ref_medications VALUES (${p}, ${c}, ${d})",
                  {{"p", static_cast<std::int64_t>(p)},
                   {"c", pop.concepts[pop.medication_code[m]]},
                   {"d", std::int64_t{pop.medication_day[m]}}});
    }
    for (auto c = pop.encounter_offsets[p]; c < pop.encounter_offsets[p + 1]; ++c) {
      tx->Execute("INSERT INTO ref_encounters VALUES (${p}, ${k}, ${d})",
                  {{"p", static_cast<std::int64_t>(p)},
                   {"k", static_cast<std::int64_t>(pop.encounter_kind[c])},
                   {"d", std::int64_t{pop.encounter_day[c]}}});
    }
  }
  for (const auto& [name, list] : definitions.code_lists) {
    for (const ConceptId code : list.codes) {
      tx->Execute("INSERT OR IGNORE INTO ref_list_codes VALUES (${l}, ${c})",
                  {{"l", name}, {"c", code}});
    }
  }
  tx->ExecuteScript(IndexScript(Dialect::kSqlite));
  tx->Commit();
}

std::vector<std::string> EvaluationStatements(const DefinitionSet& definitions, Day as_of,
                                              Dialect dialect) {
  std::vector<std::string> out;
  auto record = [&](const std::string& kind, const std::string& group, const Definition& d,
                    const std::string& extra) {
    out.push_back("INSERT INTO ref_holds SELECT p.id, " + Quote(kind) + ", " + Quote(group) + ", " +
                  Quote(d.id) + " FROM ref_people p WHERE " + extra +
                  Predicate(*d.rule, as_of, "p.id", dialect));
  };
  for (const auto& [name, conditions] : definitions.condition_sets) {
    for (const auto& condition : conditions) {
      record("condition", name, condition, "");
    }
  }
  const std::string adult65 = AgeExpression(as_of, dialect) + " >= 65 AND ";
  for (const auto& d : definitions.frailty_deficits) {
    record("deficit", "efi", d, adult65);
  }
  for (const auto& d : definitions.cohorts) {
    record("cohort", "", d, "");
  }
  return out;
}

std::vector<std::string> ResultColumns(const DefinitionSet& definitions) {
  std::vector<std::string> out{"person"};
  for (std::size_t s = 0; s < definitions.condition_sets.size(); ++s) {
    out.push_back("conditions_" + std::to_string(s));
  }
  out.insert(out.end(), {"efi_deficits", "emergency_admissions", "cohorts"});
  return out;
}

std::string ResultsQuery(const DefinitionSet& definitions, Day as_of, Dialect dialect) {
  const bool duck = dialect == Dialect::kDuckDb;
  std::string holds = "WITH h AS (SELECT person";
  std::string select = "SELECT p.id AS person";
  std::size_t s = 0;
  for (const auto& [name, conditions] : definitions.condition_sets) {
    const std::string column = "conditions_" + std::to_string(s++);
    holds += ", " + MaskSum("condition", &name, conditions, dialect) + " AS " + column;
    select += duck ? ", CAST(COALESCE(h." + column + ", 0) AS UBIGINT) AS " + column
                   : ", COALESCE(h." + column + ", 0) AS " + column;
  }
  holds += ", SUM(CASE WHEN kind = 'deficit' THEN 1 ELSE 0 END) AS deficits, " +
           MaskSum("cohort", nullptr, definitions.cohorts, dialect) +
           " AS cohorts FROM ref_holds GROUP BY person), ";
  const std::string up_to = std::to_string(as_of);
  holds +=
      "a AS (SELECT person, COUNT(DISTINCT day) AS n FROM ref_encounters WHERE kind = 0 AND "
      "day <= " +
      up_to + " AND day > " + std::to_string(as_of - 365) + " GROUP BY person) ";
  const std::string not_assessed = std::to_string(int{kNotAssessed});
  if (definitions.frailty_deficits.empty()) {
    select += ", " + not_assessed + " AS efi_deficits";
  } else {
    select += ", CASE WHEN " + AgeExpression(as_of, dialect) +
              " >= 65 THEN COALESCE(h.deficits, 0) ELSE " + not_assessed + " END AS efi_deficits";
  }
  select += ", COALESCE(a.n, 0) AS emergency_admissions, COALESCE(h.cohorts, 0) AS cohorts";
  return holds + select +
         " FROM ref_people p LEFT JOIN h ON h.person = p.id LEFT JOIN a ON a.person = p.id "
         "ORDER BY p.id";
}

Results Evaluate(sql::Database& db, const Population& pop, const DefinitionSet& definitions,
                 Day as_of) {
  const std::size_t n = pop.Size();
  const std::size_t sets = definitions.condition_sets.size();
  Results out;
  out.as_of = as_of;
  out.definitions_version = definitions.version;
  out.condition_bits.assign(sets, std::vector<std::uint64_t>(n, 0));
  out.efi_deficits.assign(n, kNotAssessed);
  out.emergency_admissions.assign(n, 0);
  out.cohort_bits.assign(n, 0);
  auto tx = db.Begin(sql::TransactionMode::kReadWrite);
  tx->ExecuteScript("DELETE FROM ref_holds");
  for (const auto& statement : EvaluationStatements(definitions, as_of, Dialect::kSqlite)) {
    tx->ExecuteScript(statement);
  }
  tx->Query(ResultsQuery(definitions, as_of, Dialect::kSqlite), {}, [&](const sql::Row& r) {
    const auto p = static_cast<std::size_t>(r.Int("person"));
    for (std::size_t s = 0; s < sets; ++s) {
      out.condition_bits[s][p] =
          static_cast<std::uint64_t>(r.Int("conditions_" + std::to_string(s)));
    }
    out.efi_deficits[p] = static_cast<std::uint8_t>(r.Int("efi_deficits"));
    out.emergency_admissions[p] = static_cast<std::uint16_t>(r.Int("emergency_admissions"));
    out.cohort_bits[p] = static_cast<std::uint32_t>(r.Int("cohorts"));
  });
  tx->Commit();
  return out;
}

}  // namespace lcn::casefinding::reference

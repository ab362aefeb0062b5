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

// Age in whole years on the as-of date, from day numbers, with SQLite's date functions.
std::string AgeExpression(Day as_of) {
  const std::string asof = "date(" + std::to_string(as_of) + " * 86400, 'unixepoch')";
  const std::string birth = "date(p.birth_day * 86400, 'unixepoch')";
  return "(CAST(strftime('%Y', " + asof + ") AS INTEGER) - CAST(strftime('%Y', " + birth +
         ") AS INTEGER) - (strftime('%m-%d', " + asof + ") < strftime('%m-%d', " + birth + ")))";
}

}  // namespace

std::string Predicate(const Rule& r, Day as_of, const std::string& person) {
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
      return "(" + AgeExpression(as_of) + " >= " + std::to_string(r.at_least) + ")";
    case K::kAgeBelow:
      return "(" + AgeExpression(as_of) + " < " + std::to_string(r.at_least) + ")";
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
      return "(" + AgeExpression(as_of) + " >= 65 AND (SELECT COUNT(*) FROM ref_holds h WHERE " +
             "h.person = " + person +
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
               Predicate(*r.children[i], as_of, person);
      }
      return out + ")";
    }
    case K::kNot:
      return "(NOT " + Predicate(*r.children.at(0), as_of, person) + ")";
  }
  return "0";
}

void Load(sql::Database& db, const Population& pop, const DefinitionSet& definitions) {
  auto tx = db.Begin(sql::TransactionMode::kReadWrite);
  tx->ExecuteScript(
      "DROP TABLE IF EXISTS ref_people; DROP TABLE IF EXISTS ref_events;"
      "DROP TABLE IF EXISTS ref_medications; DROP TABLE IF EXISTS ref_encounters;"
      "DROP TABLE IF EXISTS ref_list_codes; DROP TABLE IF EXISTS ref_holds;"
      "CREATE TABLE ref_people (id INTEGER PRIMARY KEY, birth_day INTEGER, sex TEXT,"
      " care_home INTEGER);"
      "CREATE TABLE ref_events (person INTEGER, code INTEGER, day INTEGER, value REAL);"
      "CREATE TABLE ref_medications (person INTEGER, code INTEGER, day INTEGER);"
      "CREATE TABLE ref_encounters (person INTEGER, kind INTEGER, day INTEGER);"
      "CREATE TABLE ref_list_codes (list TEXT, code INTEGER, PRIMARY KEY (list, code));"
      "CREATE TABLE ref_holds (person INTEGER, kind TEXT, grp TEXT, id TEXT);"
      "CREATE INDEX ref_holds_person ON ref_holds (person, kind, grp, id);");
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
  tx->ExecuteScript(
      "CREATE INDEX ref_events_person ON ref_events (person, code);"
      "CREATE INDEX ref_medications_person ON ref_medications (person, code);"
      "CREATE INDEX ref_encounters_person ON ref_encounters (person);");
  tx->Commit();
}

Results Evaluate(sql::Database& db, const Population& pop, const DefinitionSet& definitions,
                 Day as_of) {
  const std::size_t n = pop.Size();
  Results out;
  out.as_of = as_of;
  out.definitions_version = definitions.version;
  out.condition_bits.assign(definitions.condition_sets.size(), std::vector<std::uint64_t>(n, 0));
  out.efi_deficits.assign(n, kNotAssessed);
  out.emergency_admissions.assign(n, 0);
  out.cohort_bits.assign(n, 0);
  auto tx = db.Begin(sql::TransactionMode::kReadWrite);
  tx->ExecuteScript("DELETE FROM ref_holds");
  auto record = [&](const std::string& kind, const std::string& group, const Definition& d,
                    const std::string& extra) {
    tx->ExecuteScript("INSERT INTO ref_holds SELECT p.id, " + Quote(kind) + ", " + Quote(group) +
                      ", " + Quote(d.id) + " FROM ref_people p WHERE " + extra +
                      Predicate(*d.rule, as_of, "p.id"));
  };
  std::size_t set_index = 0;
  for (const auto& [name, conditions] : definitions.condition_sets) {
    for (std::size_t c = 0; c < conditions.size(); ++c) {
      record("condition", name, conditions[c], "");
      tx->Query(
          "SELECT person FROM ref_holds WHERE kind = 'condition' AND grp = ${g} AND id = ${i}",
          {{"g", name}, {"i", conditions[c].id}}, [&](const sql::Row& r) {
            out.condition_bits[set_index][static_cast<std::size_t>(r.Int("person"))] |=
                std::uint64_t{1} << c;
          });
    }
    ++set_index;
  }
  const std::string adult65 = AgeExpression(as_of) + " >= 65 AND ";
  for (const auto& d : definitions.frailty_deficits) {
    record("deficit", "efi", d, adult65);
  }
  if (!definitions.frailty_deficits.empty()) {
    tx->Query(
        "SELECT p.id AS id, (SELECT COUNT(*) FROM ref_holds h WHERE h.person = p.id AND "
        "h.kind = 'deficit') AS n FROM ref_people p WHERE " +
            adult65 + "1",
        {}, [&](const sql::Row& r) {
          out.efi_deficits[static_cast<std::size_t>(r.Int("id"))] =
              static_cast<std::uint8_t>(r.Int("n"));
        });
  }
  tx->Query(
      "SELECT person, COUNT(DISTINCT day) AS n FROM ref_encounters WHERE kind = 0 AND day <= " +
          std::to_string(as_of) + " AND day > " + std::to_string(as_of - 365) + " GROUP BY person",
      {}, [&](const sql::Row& r) {
        out.emergency_admissions[static_cast<std::size_t>(r.Int("person"))] =
            static_cast<std::uint16_t>(r.Int("n"));
      });
  for (std::size_t c = 0; c < definitions.cohorts.size(); ++c) {
    record("cohort", "", definitions.cohorts[c], "");
    tx->Query("SELECT person FROM ref_holds WHERE kind = 'cohort' AND id = ${i}",
              {{"i", definitions.cohorts[c].id}}, [&](const sql::Row& r) {
                out.cohort_bits[static_cast<std::size_t>(r.Int("person"))] |= std::uint32_t{1} << c;
              });
  }
  tx->Commit();
  return out;
}

}  // namespace lcn::casefinding::reference

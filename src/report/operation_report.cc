#include "report/operation_report.hpp"

#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <stdexcept>

#include "core/domain.hpp"
#include "exchange/operation_summary.hpp"
#include "exchange/operations.hpp"
#include "records/seizure_store.hpp"

namespace custos::report {
namespace {

using nlohmann::json;

// Adds a quantity into a totals object {kg, pcs, l, m3}.
void add_quantity(json& totals, const records::Quantity& q) {
  std::string unit = q.unit;
  double amount = q.amount;
  if (auto kg = records::to_kg(q)) {
    unit = "kg";
    amount = *kg;
  }
  totals[unit] = totals.value(unit, 0.0) + amount;
  if (q.estimate) totals["estimated_" + unit] = totals.value("estimated_" + unit, 0.0) + amount;
}

json empty_totals() { return {{"seizures", 0}, {"kg", 0.0}, {"pcs", 0.0}}; }

void count(json& bucket, const records::Seizure& s) {
  if (bucket.is_null()) bucket = empty_totals();
  bucket["seizures"] = bucket["seizures"].get<int64_t>() + 1;
  for (const records::Quantity& q : s.quantities) add_quantity(bucket, q);
}

std::string detection_group(const std::string& d) {
  if (d == "profile" || d == "model") return "targeting";
  if (d == "random") return "random";
  if (d == "tip-off") return "tip-off";
  if (d.empty()) return "unknown";
  return "other";
}

std::string fmt_num(double v) {
  char buf[64];
  if (v == static_cast<int64_t>(v) && std::abs(v) < 1e15)
    std::snprintf(buf, sizeof buf, "%lld", static_cast<long long>(v));
  else
    std::snprintf(buf, sizeof buf, "%.3f", v);
  std::string s = buf;
  // thousands separators for readability
  size_t dot = s.find('.');
  size_t end = dot == std::string::npos ? s.size() : dot;
  for (int64_t i = static_cast<int64_t>(end) - 3; i > (s[0] == '-' ? 1 : 0); i -= 3)
    s.insert(static_cast<size_t>(i), ",");
  return s;
}

// A horizontal bar chart as inline SVG.
std::string bar_chart(const std::string& title, const std::vector<std::pair<std::string, double>>& rows,
                      const std::string& unit) {
  std::ostringstream o;
  const int bar_h = 22, label_w = 170, chart_w = 420, top = 28;
  const int h = top + static_cast<int>(rows.size()) * bar_h + 10;
  double max = 0;
  for (const auto& r : rows) max = std::max(max, r.second);
  o << "<figure><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" << label_w + chart_w + 120
    << "\" height=\"" << h << "\" role=\"img\" aria-label=\"" << html_escape(title) << "\">";
  o << "<text x=\"0\" y=\"16\" font-size=\"14\" font-weight=\"bold\">" << html_escape(title) << "</text>";
  int y = top;
  for (const auto& [label, v] : rows) {
    int w = max > 0 ? static_cast<int>(v / max * chart_w + 0.5) : 0;
    o << "<text x=\"" << label_w - 6 << "\" y=\"" << y + 15 << "\" font-size=\"12\" text-anchor=\"end\">"
      << html_escape(label) << "</text>";
    o << "<rect x=\"" << label_w << "\" y=\"" << y + 3 << "\" width=\"" << w << "\" height=\"" << bar_h - 6
      << "\" fill=\"#2b6cb0\"/>";
    o << "<text x=\"" << label_w + w + 6 << "\" y=\"" << y + 15 << "\" font-size=\"12\">" << fmt_num(v) << " "
      << html_escape(unit) << "</text>";
    y += bar_h;
  }
  if (rows.empty()) o << "<text x=\"0\" y=\"" << top + 14 << "\" font-size=\"12\">no data</text>";
  o << "</svg></figure>\n";
  return o.str();
}

std::vector<std::pair<std::string, double>> rows_of(const json& by, const std::string& key,
                                                    size_t limit = 15) {
  std::vector<std::pair<std::string, double>> rows;
  for (auto it = by.begin(); it != by.end(); ++it)
    if (it.value().contains(key) && it.value()[key].get<double>() > 0)
      rows.emplace_back(it.key(), it.value()[key].get<double>());
  std::stable_sort(rows.begin(), rows.end(),
                   [](const auto& a, const auto& b) { return a.second > b.second; });
  if (rows.size() > limit) rows.resize(limit);
  return rows;
}

std::string table(const json& by, const std::vector<std::string>& cols, const std::string& first) {
  std::ostringstream o;
  o << "<table><tr><th>" << html_escape(first) << "</th>";
  for (const std::string& c : cols) o << "<th>" << html_escape(c) << "</th>";
  o << "</tr>";
  for (auto it = by.begin(); it != by.end(); ++it) {
    o << "<tr><td>" << html_escape(it.key()) << "</td>";
    for (const std::string& c : cols)
      o << "<td class=\"n\">" << (it.value().contains(c) ? fmt_num(it.value()[c].get<double>()) : "")
        << "</td>";
    o << "</tr>";
  }
  o << "</table>\n";
  return o.str();
}

const char* kStyle =
    "body{font-family:sans-serif;margin:2em;color:#1a202c}table{border-collapse:collapse;margin:0.5em 0 "
    "1.5em}"
    "td,th{border:1px solid #cbd5e0;padding:3px 8px}td.n{text-align:right}th{background:#edf2f7}"
    "figure{margin:1em 0}.note{color:#4a5568;font-size:0.9em}";

}  // namespace

std::string html_escape(std::string_view s) {
  std::string o;
  for (char c : s) switch (c) {
      case '&': o += "&amp;"; break;
      case '<': o += "&lt;"; break;
      case '>': o += "&gt;"; break;
      case '"': o += "&quot;"; break;
      case '\'': o += "&#39;"; break;
      default: o += c;
    }
  return o;
}

namespace {

// The participants' shared seizures, for the operation's coordinator only.
json partners_of(Store& store, const std::string& operation) {
  if (operation.empty()) return nullptr;
  auto op = exchange::find_operation(store, operation);
  if (!op || op->coordinator != store.administration()) return nullptr;
  return exchange::operation_summary(store, operation);
}

}  // namespace

json operation_report(Store& store, const OperationQuery& q, risk::ProfileEngine* profiles) {
  records::SeizureFilter f;
  f.from = q.from;
  f.to = q.to;
  f.domain = q.domain;
  f.operation = q.name;
  std::vector<records::Seizure> seizures = records::list_seizures(store, f);
  json quantities = {{"kg", 0.0}, {"pcs", 0.0}, {"l", 0.0}, {"m3", 0.0}};
  json by_domain = json::object(), by_country = json::object(), by_detection = json::object(),
       by_detection_group = json::object(), by_commodity = json::object(), by_route = json::object(),
       by_departure = json::object(), by_operation = json::object();
  std::set<std::string> offices;
  int64_t estimated = 0, with_declaration = 0;
  std::map<std::string, int64_t> profile_seizures;
  std::vector<risk::ProfileHit> hits;
  for (const records::Seizure& s : seizures) {
    for (const records::Quantity& x : s.quantities) add_quantity(quantities, x);
    bool est = false;
    for (const records::Quantity& x : s.quantities) est = est || x.estimate;
    estimated += est;
    count(by_domain[s.domain], s);
    count(by_country[s.country], s);
    count(by_detection[s.detection.empty() ? "unknown" : s.detection], s);
    count(by_detection_group[detection_group(s.detection)], s);
    // The domain's code names the commodity when there is one.
    std::string commodity = !s.taxon.empty()        ? s.taxon
                            : !s.substance.empty()  ? s.substance
                            : !s.waste_code.empty() ? s.waste_code
                            : !s.commodity.empty()  ? s.commodity
                                                    : (s.hs_code.empty() ? "unspecified" : "HS " + s.hs_code);
    count(by_commodity[s.domain + ": " + commodity], s);
    std::string route;
    for (const records::RouteLeg& l : s.route)
      if (l.role != "origin") route += (route.empty() ? "" : ">") + l.country + (l.confirmed ? "" : "?");
    if (!route.empty()) count(by_route[route], s);
    for (const records::RouteLeg& l : s.route)
      if (l.role == "departure") count(by_departure[l.country], s);
    if (!s.operation.empty()) count(by_operation[s.operation], s);
    if (!s.office.empty()) offices.insert(s.office);
    if (!s.declarations.empty()) ++with_declaration;
    if (profiles) {
      std::set<std::string> hit_profiles;
      for (const std::string& id : s.declarations)
        if (auto d = store.get(id)) {
          profiles->match(*d, hits, false);
          for (const risk::ProfileHit& h : hits) hit_profiles.insert(profiles->profiles()[h.profile].id);
        }
      for (const std::string& p : hit_profiles) ++profile_seizures[p];
    }
  }
  std::vector<std::pair<std::string, int64_t>> top(profile_seizures.begin(), profile_seizures.end());
  std::stable_sort(top.begin(), top.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
  json top_profiles = json::array();
  for (size_t i = 0; i < top.size() && i < 10; ++i)
    top_profiles.push_back({{"profile", top[i].first}, {"seizures", top[i].second}});
  return {{"operation", q.name},
          {"from", q.from.str()},
          {"to", q.to.str()},
          {"domain", q.domain},
          {"seizures", seizures.size()},
          {"with_estimates", estimated},
          {"on_declarations", with_declaration},
          {"offices", offices.size()},
          {"quantities", quantities},
          {"by_domain", by_domain},
          {"by_commodity", by_commodity},
          {"by_country", by_country},
          {"by_departure", by_departure},
          {"by_route", by_route},
          {"by_detection", by_detection},
          {"by_detection_group", by_detection_group},
          {"by_operation", by_operation},
          {"top_profiles", top_profiles},
          {"partners", partners_of(store, q.name)}};
}

namespace {

// "12.5 t, 3 containers (estimated 1.5 t)": measured and estimated apart.
std::string quantities_text(const json& qs) {
  std::string measured, estimated;
  for (const json& q : qs) {
    std::string& into = q.value("estimated", false) ? estimated : measured;
    into +=
        (into.empty() ? "" : ", ") + fmt::format("{}", q.value("amount", 0.0)) + " " + q.value("unit", "");
  }
  if (measured.empty() && estimated.empty()) return "-";
  if (estimated.empty()) return measured;
  return (measured.empty() ? "" : measured + " ") + "(estimated " + estimated + ")";
}

// The coordinator's section: what each participant shared, and who stayed silent.
std::string partners_html(const json& p) {
  std::ostringstream o;
  o << "<h2>Participants' shared seizures</h2><p class=\"note\">As coordinator of operation "
    << html_escape(p.value("operation", "")) << ": the current seizures each participant shared at level "
    << "operation or wider (this administration's own included), whatever their date; estimated "
       "quantities are kept apart.</p>";
  o << "<table><tr><th>administration</th><th>seizures</th><th>quantities</th><th>records</th></tr>";
  for (const json& a : p["administrations"]) {
    o << "<tr><td>" << html_escape(a.value("administration", "")) << "</td><td class=\"n\">"
      << a.value("seizures", int64_t{0}) << "</td><td>" << html_escape(quantities_text(a["quantities"]))
      << "</td><td>";
    bool first = true;
    for (const json& rec : a["records"]) {
      o << (first ? "" : "<br>") << html_escape(rec.value("date", "")) << " "
        << html_escape(rec.value("country", "")) << ": " << html_escape(rec.value("commodity", ""));
      first = false;
    }
    o << "</td></tr>";
  }
  const json& t = p["total"];
  o << "<tr><th>total</th><th class=\"n\">" << t.value("seizures", int64_t{0}) << "</th><th>"
    << html_escape(quantities_text(t["quantities"])) << "</th><th></th></tr></table>\n";
  std::string silent;
  for (const json& s : p["silent"]) silent += (silent.empty() ? "" : ", ") + s.get<std::string>();
  if (!silent.empty()) o << "<p>Shared no seizure: " << html_escape(silent) << ".</p>\n";
  return o.str();
}

}  // namespace

std::string operation_html(const json& r) {
  std::ostringstream o;
  std::string title =
      r.value("operation", "").empty() ? "Seizures" : "Operation " + r["operation"].get<std::string>();
  o << "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" << html_escape(title)
    << "</title><style>" << kStyle << "</style></head><body>\n";
  o << "<h1>" << html_escape(title) << "</h1>\n<p>" << r["from"].get<std::string>() << " to "
    << r["to"].get<std::string>()
    << (r.value("domain", "").empty() ? "" : ", domain " + html_escape(r["domain"].get<std::string>()))
    << ": <b>" << r["seizures"].get<int64_t>() << "</b> seizure(s) by " << r["offices"].get<int64_t>()
    << " office(s); " << r["on_declarations"].get<int64_t>() << " on declarations, "
    << r["with_estimates"].get<int64_t>() << " with estimated quantities.</p>\n";
  const json& qt = r["quantities"];
  o << "<h2>Quantities</h2><p class=\"note\">Weights (t and g converted to kg), pieces, litres and cubic "
       "metres "
       "are reported apart and never added.</p><table><tr>";
  for (auto it = qt.begin(); it != qt.end(); ++it) o << "<th>" << html_escape(it.key()) << "</th>";
  o << "</tr><tr>";
  for (auto it = qt.begin(); it != qt.end(); ++it)
    o << "<td class=\"n\">" << fmt_num(it.value().get<double>()) << "</td>";
  o << "</tr></table>\n";
  o << "<h2>By domain</h2>" << bar_chart("Seizures by domain", rows_of(r["by_domain"], "seizures"), "")
    << bar_chart("Weight by domain", rows_of(r["by_domain"], "kg"), "kg")
    << table(r["by_domain"], {"seizures", "kg", "pcs", "l", "m3"}, "domain");
  o << "<h2>By commodity</h2>" << bar_chart("Weight by commodity", rows_of(r["by_commodity"], "kg"), "kg")
    << table(r["by_commodity"], {"seizures", "kg", "pcs", "l", "m3"}, "commodity");
  o << "<h2>By country of seizure</h2>"
    << bar_chart("Seizures by country", rows_of(r["by_country"], "seizures"), "")
    << table(r["by_country"], {"seizures", "kg", "pcs"}, "country");
  o << "<h2>By departure country and route</h2>"
    << table(r["by_departure"], {"seizures", "kg", "pcs"}, "departure")
    << "<p class=\"note\">Routes run departure, transits, destination; '?' marks a leg not confirmed.</p>"
    << table(r["by_route"], {"seizures", "kg", "pcs"}, "route");
  o << "<h2>By detection</h2>"
    << bar_chart("Targeting, random and tip-off", rows_of(r["by_detection_group"], "seizures"), "")
    << table(r["by_detection"], {"seizures", "kg", "pcs"}, "detection");
  o << "<h2>Top profiles by seizures</h2><table><tr><th>profile</th><th>seizures</th></tr>";
  for (const json& p : r["top_profiles"])
    o << "<tr><td>" << html_escape(p["profile"].get<std::string>()) << "</td><td class=\"n\">"
      << p["seizures"] << "</td></tr>";
  o << "</table>\n";
  if (r.contains("partners") && r["partners"].is_object()) o << partners_html(r["partners"]);
  o << "</body></html>\n";
  return o.str();
}

void html_to_pdf(const std::string& html, const std::string& pdf_path, const std::string& chromium) {
  if (access(chromium.c_str(), X_OK) != 0)
    throw std::runtime_error(chromium + " is not installed; use --format html and print it from a browser");
  namespace fs = std::filesystem;
  fs::path dir = fs::temp_directory_path() / ("custos-report-" + std::to_string(getpid()));
  fs::create_directories(dir);
  fs::path page = dir / "report.html";
  {
    std::ofstream out(page, std::ios::binary);
    out << html;
  }
  fs::path out_abs = fs::absolute(pdf_path);
  std::string cmd = "'" + chromium +
                    "' --headless --no-sandbox --disable-gpu --no-pdf-header-footer --user-data-dir='" +
                    (dir / "profile").string() + "' --print-to-pdf='" + out_abs.string() + "' 'file://" +
                    page.string() + "' >/dev/null 2>&1";
  for (char c : out_abs.string())
    if (c == '\'') throw std::runtime_error("the PDF path may not contain a quote");
  int rc = std::system(cmd.c_str());
  std::error_code ec;
  fs::remove_all(dir, ec);
  if (rc != 0 || !fs::exists(out_abs) || fs::file_size(out_abs) == 0)
    throw std::runtime_error("headless Chromium could not print the PDF (exit " + std::to_string(rc) + ")");
}

json profile_report(Store& store, risk::ProfileEngine& engine) {
  std::map<std::string, InspectionResult> recorded;
  for (const Event& e : store.events("outcome")) {
    auto j = json::parse(e.data, nullptr, false);
    if (j.is_object())
      if (auto res = parse_inspection_result(j.value("inspection_result", ""))) {
        // A seizure wins over an earlier clean result for the same declaration.
        auto it = recorded.find(e.declaration_id);
        if (it == recorded.end() || *res == InspectionResult::seizure ||
            it->second != InspectionResult::seizure)
          recorded[e.declaration_id] = *res;
      }
  }
  struct Stats {
    int64_t hits = 0, inspected = 0, seizures = 0;
  };
  std::vector<Stats> stats(engine.profiles().size());
  std::vector<risk::ProfileHit> hits;
  int64_t declarations = 0;
  store.scan({}, [&](const Declaration& d) {
    ++declarations;
    engine.match(d, hits, false);
    std::optional<InspectionResult> res = d.outcome.inspection;
    if (auto it = recorded.find(d.id); it != recorded.end()) res = it->second;
    for (const risk::ProfileHit& h : hits) {
      Stats& s = stats[h.profile];
      ++s.hits;
      if (res) {
        ++s.inspected;
        if (*res == InspectionResult::seizure) ++s.seizures;
      }
    }
    return true;
  });
  json rows = json::array();
  for (size_t i = 0; i < stats.size(); ++i) {
    const Stats& s = stats[i];
    rows.push_back(
        {{"profile", engine.profiles()[i].id},
         {"domain", to_string(engine.profiles()[i].domain)},
         {"hits", s.hits},
         {"inspections", s.inspected},
         {"seizures", s.seizures},
         {"seizure_rate",
          s.inspected ? json(static_cast<double>(s.seizures) / static_cast<double>(s.inspected)) : json()}});
  }
  std::stable_sort(rows.begin(), rows.end(), [](const json& a, const json& b) {
    if (a["seizures"] != b["seizures"]) return a["seizures"].get<int64_t>() > b["seizures"].get<int64_t>();
    return a["hits"].get<int64_t>() > b["hits"].get<int64_t>();
  });
  return {{"declarations", declarations}, {"recorded_outcomes", recorded.size()}, {"profiles", rows}};
}

std::string profile_html(const json& r) {
  std::ostringstream o;
  o << "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Profiles</title><style>"
    << kStyle << "</style></head><body><h1>Profiles: hits, inspections and seizures</h1><p>"
    << r["declarations"] << " stored declaration(s), " << r["recorded_outcomes"]
    << " recorded outcome(s).</p>";
  std::vector<std::pair<std::string, double>> bars;
  for (const json& p : r["profiles"])
    if (p["seizures"].get<int64_t>() > 0 && bars.size() < 15)
      bars.emplace_back(p["profile"], p["seizures"].get<double>());
  o << bar_chart("Seizures by profile", bars, "");
  o << "<table><tr><th>profile</th><th>domain</th><th>hits</th><th>inspections</th><th>seizures</"
       "th><th>seizure "
       "rate</th></tr>";
  for (const json& p : r["profiles"]) {
    if (p["hits"].get<int64_t>() == 0) continue;
    o << "<tr><td>" << html_escape(p["profile"].get<std::string>()) << "</td><td>"
      << html_escape(p["domain"].get<std::string>()) << "</td><td class=\"n\">" << p["hits"]
      << "</td><td class=\"n\">" << p["inspections"] << "</td><td class=\"n\">" << p["seizures"]
      << "</td><td class=\"n\">"
      << (p["seizure_rate"].is_null() ? std::string("n/a") : fmt_num(p["seizure_rate"].get<double>()))
      << "</td></tr>";
  }
  o << "</table></body></html>\n";
  return o.str();
}

}  // namespace custos::report

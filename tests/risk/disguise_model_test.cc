// The disguise model: named features from what a disguise does not change
// and the description's words,
// one classifier per illicit domain learned from recorded seizures against
// lawful trade, a threshold that lets the chosen share of lawful trade
// through, findings whose drivers the workbench's English templates
// reproduce, the same model from the same seed, broken documents refused,
// and the active version kept in either store.
#include "risk/disguise_model.hpp"
#include "risk/function_words.hpp"

#include <gtest/gtest.h>

#include <unistd.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <random>

#include "finding_templates.hpp"
#include "risk/pipeline.hpp"
#include "risk_fixtures.hpp"
#include "store_backends.hpp"

namespace custos::risk {
namespace {

const std::unordered_map<std::string, double> kRates = {{"USD", 1.0}, {"EUR", 1.08}};

Declaration declaration(const std::string& id, const std::string& hs, const std::string& from, double kg,
                        double usd, const std::string& consignee, const std::string& mode = "sea") {
  Declaration d;
  d.id = id;
  d.flow = Flow::import;
  d.date = *Date::parse("2026-03-02");
  d.transport_mode = mode;
  d.departure_country = Country::parse(from);
  d.destination_country = Country::parse("NL");
  d.consignee.name = consignee;
  Item it;
  it.item_no = 1;
  it.hs_code = *HsCode::parse(hs);
  it.description = "goods";
  it.origin = Country::parse(from);
  it.net_mass_kg = kg;
  it.value = usd;
  it.currency = "USD";
  d.items.push_back(it);
  return d;
}

// Lawful trade: many routes, codes and prices, organisations; and seizures of
// plastic waste declared as prime polymer: from one hub, at scrap prices, by
// the tonne, to a private person's name.
std::vector<Declaration> trade(int lawful, int seizures, uint64_t seed = 3) {
  std::mt19937_64 rng(seed);
  const char* from[] = {"DE", "FR", "CN", "US", "JP", "KR", "GB", "IT", "ES", "BE"};
  const char* hs[] = {"390110", "847130", "620342", "940360", "870323", "300490", "854231", "732690"};
  std::uniform_real_distribution<double> price(1.0, 60.0), mass(5, 4000);
  std::vector<Declaration> out;
  for (int i = 0; i < lawful; ++i) {
    const double kg = mass(rng);
    out.push_back(declaration("L" + std::to_string(i), hs[rng() % 8], from[rng() % 10], kg, kg * price(rng),
                              "Trading Company " + std::to_string(i) + " B.V."));
  }
  for (int i = 0; i < seizures; ++i) {
    const double kg = 15000 + 1000.0 * (i % 7);
    Declaration d = declaration("S" + std::to_string(i), i % 2 ? "390110" : "390120", "MY", kg, kg * 0.12,
                                "Private person");
    d.outcome.illicit_domain = Domain::waste;
    d.outcome.inspection = InspectionResult::seizure;
    out.push_back(std::move(d));
  }
  return out;
}

TEST(DisguiseModel, FeaturesNameWhatADisguiseDoesNotChange) {
  DisguiseModel m = DisguiseModel::train(trade(50, 5), kRates);
  Declaration d = declaration("D", "391590", "NG", 12000, 12000 * 0.2, "Private person", "Sea");
  d.items[0].currency = "EUR";
  d.items[0].value = 12000 * 0.2 / 1.08;  // 0.2 USD/kg
  const auto f = m.features(d);
  for (const char* want : {"chapter:39", "heading:3915", "subheading:391590", "origin:NG", "departure:NG",
                           "destination:NL", "mode:sea", "flow:import", "consignee:person", "net_mass:4",
                           "usd_per_kg:-2", "usd_per_kg_in_chapter:39:-2"})
    EXPECT_NE(std::find(f.begin(), f.end(), want), f.end()) << want;
  EXPECT_TRUE(std::is_sorted(f.begin(), f.end()));

  // The description's words, folded, of three letters or more, without
  // digits: what the declarant chose also has its vocabulary.
  d.items[0].description = "Baled PET bottles, 3 mm, grade A1; Mischballen, gepresst";
  const auto w = m.features(d);
  for (const char* want :
       {"word:baled", "word:pet", "word:bottles", "word:grade", "word:mischballen", "word:gepresst"})
    EXPECT_NE(std::find(w.begin(), w.end(), want), w.end()) << want;
  for (const char* not_a_word : {"word:3", "word:mm", "word:a1", "word:Baled"})
    EXPECT_EQ(std::find(w.begin(), w.end(), not_a_word), w.end()) << not_a_word;
  // Words are split as the profiles split them: punctuation beyond ASCII
  // (guillemets, a full-width comma) separates words too.
  d.items[0].description = "«Tapis» ancien; 塑料颗粒，再生料";
  const auto u = m.features(d);
  for (const char* want : {"word:tapis", "word:ancien", "word:塑料颗粒", "word:再生料"})
    EXPECT_NE(std::find(u.begin(), u.end(), want), u.end()) << want;

  // What is not declared adds nothing: no guess for an unknown currency, an
  // absent mass or a name that says neither person nor organisation.
  d.items[0].currency = "XXX";
  d.consignee.name.clear();
  d.destination_country.reset();
  const auto g = m.features(d);
  for (const std::string& x : g) {
    EXPECT_NE(x.rfind("usd_per_kg", 0), 0u) << x;
    EXPECT_NE(x.rfind("consignee", 0), 0u) << x;
    EXPECT_NE(x.rfind("destination", 0), 0u) << x;
  }
}

TEST(DisguiseModel, LearnsTheSeizuresPatternAndSaysWhyInWords) {
  DisguiseModel m = DisguiseModel::train(trade(600, 40), kRates);
  EXPECT_TRUE(m.trained(Domain::waste));
  EXPECT_FALSE(m.trained(Domain::wildlife));  // no seizure recorded

  Declaration suspect = declaration("Q1", "390110", "MY", 18000, 18000 * 0.1, "Private person");
  auto f = m.finding(suspect);
  ASSERT_TRUE(f.has_value());
  EXPECT_EQ(f->source, "model");
  EXPECT_EQ(f->id, "disguise");
  EXPECT_EQ(f->domain, Domain::waste);
  EXPECT_EQ(f->evidence["lane"], "yellow");
  EXPECT_GE(f->weight, 40);
  EXPECT_LE(f->weight, 70);
  EXPECT_GT(f->evidence["probability"].get<double>(), f->evidence["threshold"].get<double>());
  const auto& drivers = f->evidence["drivers"];
  ASSERT_FALSE(drivers.empty());
  EXPECT_LE(drivers.size(), 3u);
  for (const auto& d : drivers) {
    EXPECT_GT(d["weight"].get<double>(), 0);
    EXPECT_NE(f->reason.find(d["words"].get<std::string>()), std::string::npos) << f->reason;
  }
  EXPECT_NE(f->reason.find("recorded waste seizures"), std::string::npos) << f->reason;
  EXPECT_FALSE(f->instructions.empty());

  // Ordinary trade on the same codes is not flagged.
  EXPECT_FALSE(m.finding(declaration("Q2", "390110", "DE", 800, 800 * 1.4, "Polymer Trading GmbH")));
  EXPECT_FALSE(m.finding(declaration("Q3", "847130", "CN", 300, 300 * 40, "Computer Company Ltd")));
}

// Seizures described as `words` and their lawful twins, on the same route,
// mass and price, described as "polymer granules": only the words tell them
// apart, so the words are what the model learns.
DisguiseModel learned_from_words(const std::string& words) {
  std::vector<Declaration> ds = trade(600, 40);
  for (int i = 0; i < 40; ++i) {
    Declaration twin = ds[600 + static_cast<size_t>(i)];
    twin.id = "T" + std::to_string(i);
    twin.outcome = {};
    ds.push_back(std::move(twin));
  }
  for (Declaration& d : ds) d.items[0].description = d.outcome.illicit_domain ? words : "polymer granules";
  return DisguiseModel::train(ds, kRates);
}

// A declaration on the seizures' route, mass and price, described as `words`.
Declaration described(const std::string& words) {
  Declaration q = declaration("Q", "390110", "MY", 18000, 18000 * 0.1, "Private person");
  q.items[0].description = words;
  return q;
}

// Words that say nothing of the goods ("para", "pcs", two-letter "шт") may
// weigh in the score as learned, but are never given as a reason: an officer
// cannot act on them. The score is the same as with them shown.
TEST(DisguiseModel, GivesNoFunctionWordAsAReason) {
  EXPECT_TRUE(says_nothing_of_goods("para"));
  EXPECT_TRUE(says_nothing_of_goods("pcs"));
  EXPECT_TRUE(says_nothing_of_goods("для"));
  EXPECT_TRUE(says_nothing_of_goods("шт"));        // two letters, four bytes
  EXPECT_TRUE(says_nothing_of_goods("stuck"));     // "Stück", folded
  EXPECT_FALSE(says_nothing_of_goods("without"));  // a claim an officer can check
  EXPECT_FALSE(says_nothing_of_goods("other"));
  EXPECT_FALSE(says_nothing_of_goods("fur"));
  EXPECT_FALSE(says_nothing_of_goods("象牙"));  // ivory: two characters, a whole word
  EXPECT_FALSE(says_nothing_of_goods("상아"));

  const DisguiseModel m = learned_from_words("polvo para limpieza, 20 pcs шт");
  const Declaration q = described("polvo para limpieza, 20 pcs шт");
  const auto f = m.finding(q);
  ASSERT_TRUE(f.has_value());
  const std::string said = f->evidence["drivers"].dump();
  EXPECT_NE(said.find("word:limpieza"), std::string::npos) << said;  // a reason an officer can check
  for (const char* silent : {"word:para", "word:pcs", "word:шт"}) {
    EXPECT_EQ(said.find(silent), std::string::npos) << silent << " in " << said;
    EXPECT_EQ(f->reason.find(std::string(silent).substr(5)), std::string::npos) << f->reason;
  }
  const auto features = m.features(q);
  EXPECT_NE(std::find(features.begin(), features.end(), "word:para"), features.end());
}

// "für" folds into "fur": German descriptions give the model the word "fur",
// which it weighs as learned, but "Ersatzteile für Pumpen" says nothing of
// fur, so the word is given as a reason only where it is written as a word
// for goods.
TEST(DisguiseModel, GivesNoFoldedFunctionWordAsAReason) {
  EXPECT_EQ(words_written_as_function_words("Ersatzteile für Pumpen"), std::vector<std::string>{"fur"});
  EXPECT_EQ(words_written_as_function_words("ERSATZTEILE FÜR PUMPEN"), std::vector<std::string>{"fur"});
  EXPECT_TRUE(words_written_as_function_words("Pelze für Mäntel, fur skins").empty());
  EXPECT_TRUE(words_written_as_function_words("fur skins").empty());              // ASCII
  EXPECT_TRUE(words_written_as_function_words("Fürstenberg Porzellan").empty());  // not the whole word

  const DisguiseModel m = learned_from_words("Reinigungspulver für Fässer");
  Declaration q = described("Reinigungspulver für Fässer");
  auto f = m.finding(q);
  ASSERT_TRUE(f.has_value());
  std::string said = f->evidence["drivers"].dump();
  EXPECT_NE(said.find("word:reinigungspulver"), std::string::npos) << said;
  EXPECT_EQ(said.find("word:fur"), std::string::npos) << said;
  const auto features = m.features(q);
  EXPECT_NE(std::find(features.begin(), features.end(), "word:fur"), features.end());  // weighed as learned

  // Written as a word for goods in another item: a reason.
  q.items.push_back(q.items[0]);
  q.items[1].description = "fur trimmings";
  f = m.finding(q);
  ASSERT_TRUE(f.has_value());
  said = f->evidence["drivers"].dump();
  EXPECT_NE(said.find("word:fur"), std::string::npos) << said;
}

// A declaration above the thresholds of two domains gets a finding for each,
// the one furthest above first: the officer learns both things to look for
// (a precursor and a waste concealment ask for different checks), while the
// score counts the model's resemblance once.
TEST(DisguiseModel, NamesEveryDomainItResemblesAndWeighsTheStrongestOnce) {
  auto ds = trade(600, 40);
  // Precursor seizures on the waste seizures' route, price and consignee,
  // under a fertiliser code.
  for (int i = 0; i < 40; ++i) {
    const double kg = 15000 + 1000.0 * (i % 7);
    Declaration d = declaration("P" + std::to_string(i), "310230", "MY", kg, kg * 0.12, "Private person");
    d.outcome.illicit_domain = Domain::precursors;
    d.outcome.inspection = InspectionResult::seizure;
    ds.push_back(std::move(d));
  }
  const DisguiseModel m = DisguiseModel::train(ds, kRates);
  // Neither domain's codes: only what both kinds of seizure share.
  const Declaration q = declaration("Q", "391590", "MY", 18000, 18000 * 0.1, "Private person");
  const auto all = m.flags(q);
  ASSERT_GE(all.size(), 2u);
  EXPECT_NE(all[0].domain, all[1].domain);
  for (size_t i = 1; i < all.size(); ++i) {
    auto margin = [](const DisguiseScore& s) {
      return std::log(s.probability / (1 - s.probability)) - std::log(s.threshold / (1 - s.threshold));
    };
    EXPECT_GE(margin(all[i - 1]), margin(all[i]));
    EXPECT_GT(all[i].probability, all[i].threshold);
  }
  EXPECT_EQ(m.flag(q)->domain, all[0].domain);

  const auto fs = m.findings(q);
  ASSERT_EQ(fs.size(), all.size());
  const auto first = m.finding(q);
  ASSERT_TRUE(first.has_value());
  EXPECT_EQ(fs[0].reason, first->reason);
  EXPECT_EQ(fs[0].weight, first->weight);
  EXPECT_GE(fs[0].weight, 40);
  EXPECT_FALSE(fs[0].evidence.contains("strongest_domain"));
  const std::string strongest(to_string(all[0].domain));
  for (size_t i = 1; i < fs.size(); ++i) {
    EXPECT_EQ(fs[i].domain, all[i].domain);
    EXPECT_EQ(fs[i].weight, 0.0);
    EXPECT_EQ(lane_of(fs[i]), Lane::yellow);  // the same document check
    EXPECT_EQ(fs[i].evidence["strongest_domain"], strongest);
    EXPECT_NE(
        fs[i].reason.find("Resembles the recorded " + std::string(to_string(all[i].domain)) + " seizures"),
        std::string::npos)
        << fs[i].reason;
    EXPECT_NE(fs[i].reason.find("Resembles the recorded " + strongest +
                                " seizures more (that finding carries the score)."),
              std::string::npos)
        << fs[i].reason;
  }
  EXPECT_DOUBLE_EQ(combine_score(fs), combine_score({fs[0]}));

  // Lawful trade gets none.
  EXPECT_TRUE(m.findings(declaration("L", "390110", "DE", 800, 800 * 1.4, "Polymer Trading GmbH")).empty());
}

TEST(DisguiseModel, TheThresholdLetsTheChosenShareOfLawfulTradeThrough) {
  const auto ds = trade(2000, 60);
  for (double share : {0.001, 0.01, 0.05}) {
    for (int folds : {0, 5}) {
      DisguiseTraining o;
      o.ordinary_share = share;
      o.calibration_folds = folds;
      DisguiseModel m = DisguiseModel::train(ds, kRates, o);
      size_t flagged = 0, lawful = 0;
      for (const Declaration& d : ds)
        if (!d.outcome.illicit_domain) {
          ++lawful;
          flagged += m.flag(d).has_value();
        }
      const auto above = m.report()["negatives_above_threshold"]["waste"].get<size_t>();
      // One trained domain: the whole budget is its own.
      EXPECT_LE(above, static_cast<size_t>(std::floor(share * lawful))) << share;
      EXPECT_GE(m.report()["thresholds"]["waste"].get<double>(), o.min_probability) << share;
      // In-sample, the report counts what the model flags; held out, what
      // models that had not learned each declaration scored above it.
      if (folds == 0) {
        EXPECT_EQ(above, flagged) << share;
      }
      EXPECT_EQ(m.report()["negatives"].get<size_t>(), lawful);
      EXPECT_EQ(m.report()["positives"]["waste"].get<size_t>(), 60u);
    }
  }
}

// Lawful declarations that each carry words of their own (a lot number
// spelled out, a brand): a model scoring the trade it learned from has
// learned those words too, so its scores of that trade sit lower than those
// of lawful trade to come. Thresholds set on the scores of models that did
// not learn each declaration hold on new trade; thresholds set in-sample let
// more of it through than they promised.
TEST(DisguiseModel, ThresholdsSetOnHeldOutScoresHoldOnTradeNotSeen) {
  auto own_words = [](std::vector<Declaration> ds, uint64_t seed) {
    std::mt19937_64 rng(seed);
    for (Declaration& d : ds) {
      std::string w;
      for (int i = 0; i < 7; ++i) w += static_cast<char>('a' + rng() % 26);
      d.items[0].description = "goods " + w;
    }
    return ds;
  };
  // One lawful declaration in 40 is the seizures' twin in everything but its
  // words (the same hub, code, mass and price, a private person's name).
  auto mixed = [](int lawful, int seizures, uint64_t seed) {
    auto ds = trade(lawful, seizures, seed);
    std::mt19937_64 rng(seed + 100);
    for (Declaration& d : ds)
      if (!d.outcome.illicit_domain && rng() % 40 == 0)
        d = declaration(d.id, "390110", "MY", 15000, 15000 * 0.12, "Private person");
    return ds;
  };
  const auto train = own_words(mixed(4000, 120, 3), 11);
  const auto later = own_words(mixed(4000, 0, 4), 12);
  const double share = 0.01;
  auto flagged_later = [&](const DisguiseModel& m) {
    size_t n = 0;
    for (const Declaration& d : later) n += m.flag(d).has_value();
    return static_cast<double>(n) / static_cast<double>(later.size());
  };
  DisguiseTraining in_sample, held_out;
  in_sample.ordinary_share = held_out.ordinary_share = share;
  in_sample.min_probability = held_out.min_probability = 0.1;  // the budget decides
  in_sample.calibration_folds = 0;
  held_out.calibration_folds = 5;
  const DisguiseModel a = DisguiseModel::train(train, kRates, in_sample);
  const DisguiseModel b = DisguiseModel::train(train, kRates, held_out);
  const double promised_b =
      b.report()["negatives_above_threshold"]["waste"].get<double>() / b.report()["negatives"].get<double>();
  std::cout << "later lawful trade flagged: in-sample thresholds " << flagged_later(a) << ", held-out "
            << flagged_later(b) << " (promised " << promised_b << ")\n";
  EXPECT_GE(b.report()["thresholds"]["waste"].get<double>(), a.report()["thresholds"]["waste"].get<double>());
  EXPECT_GT(flagged_later(a), 1.5 * share);  // in-sample: more than it promised
  EXPECT_LE(flagged_later(b), 1.5 * share);  // held out: about what it promised
  EXPECT_LE(flagged_later(b), flagged_later(a));
  // The finding says the share measured on held-out scores.
  for (const Declaration& d : train)
    if (auto f = b.finding(d)) {
      EXPECT_DOUBLE_EQ(f->evidence["ordinary_share"].get<double>(), promised_b);
      break;
    }
}

// Two domains, one whose seizures stand out and one whose seizures look like
// any lawful declaration: the lawful budget, spent by recall, catches at least
// as large a share of the seizures as equal shares do, and the total stays
// within the budget.
TEST(DisguiseModel, TheLawfulBudgetGoesWhereItCatchesTheMost) {
  auto ds = trade(4000, 100, 5);
  std::mt19937_64 rng(8);
  for (Declaration& d : ds)
    if (!d.outcome.illicit_domain && rng() % 20 == 0) {
      d.outcome.illicit_domain = Domain::ozone;  // indistinguishable from lawful trade
      d.outcome.inspection = InspectionResult::seizure;
    }
  // Lawful polymer from the waste hub to private persons, and half the waste
  // seizures declared at its price: waste's threshold has lawful twins to
  // spend its budget on, and seizures to catch with it.
  for (Declaration& d : ds) {
    if (!d.outcome.illicit_domain && rng() % 15 == 0) {
      const double kg = 15000 + 1000.0 * static_cast<double>(rng() % 7);
      d = declaration(d.id, rng() % 2 ? "390110" : "390120", "MY", kg, kg * 1.1, "Private person");
    }
    if (d.outcome.illicit_domain == Domain::waste && rng() % 2 == 0)
      d.items[0].value = *d.items[0].net_mass_kg * 1.1;
  }
  DisguiseTraining equal, by_recall;
  equal.ordinary_share = by_recall.ordinary_share = 0.01;
  equal.min_probability = by_recall.min_probability = 0.1;
  equal.share_by_recall = false;
  by_recall.share_by_recall = true;
  const DisguiseModel e = DisguiseModel::train(ds, kRates, equal);
  const DisguiseModel r = DisguiseModel::train(ds, kRates, by_recall);
  const auto& er = e.report();
  const auto& rr = r.report();
  const size_t budget = 2 * static_cast<size_t>(std::floor(0.01 * rr["negatives"].get<double>()));
  EXPECT_LE(rr["negatives_above_threshold"]["waste"].get<size_t>() +
                rr["negatives_above_threshold"]["ozone"].get<size_t>(),
            budget);
  // Recall summed over the domains (each domain's share of its seizures, what
  // the budget is spent on), on the same held-out scores: never less than
  // with equal shares, and waste, whose seizures stand out, keeps its catch.
  auto recall = [](const nlohmann::json& r, const char* d) {
    return r["seizures_above_threshold"][d].get<double>() / r["positives"][d].get<double>();
  };
  EXPECT_GE(recall(rr, "waste") + recall(rr, "ozone"), recall(er, "waste") + recall(er, "ozone"));
  EXPECT_GT(recall(rr, "waste"), recall(er, "waste"));  // the budget went where it catches
  std::cout << "recall waste + ozone: equal shares " << recall(er, "waste") << " + " << recall(er, "ozone")
            << ", by recall " << recall(rr, "waste") << " + " << recall(rr, "ozone") << "\n";
}

TEST(DisguiseModel, RefusesToLearnFromNothing) {
  EXPECT_THROW(DisguiseModel::train(trade(100, 0), kRates), DisguiseModelError);  // no seizure
  EXPECT_THROW(DisguiseModel::train(trade(0, 30), kRates), DisguiseModelError);   // no lawful trade
  DisguiseTraining o;
  o.min_positives = 50;
  EXPECT_THROW(DisguiseModel::train(trade(100, 30), kRates, o), DisguiseModelError);  // too few
}

TEST(DisguiseModel, TheSameSeedGivesTheSameModelAndItsDocumentScoresTheSame) {
  const auto ds = trade(500, 30);
  DisguiseModel a = DisguiseModel::train(ds, kRates), b = DisguiseModel::train(ds, kRates);
  EXPECT_EQ(a.to_json().dump(), b.to_json().dump());
  DisguiseModel c = DisguiseModel::from_json(nlohmann::json::parse(a.to_json().dump()));
  EXPECT_EQ(c.to_json().dump(), a.to_json().dump());
  Declaration q = declaration("Q", "390120", "MY", 16000, 16000 * 0.15, "Private person");
  auto fa = a.finding(q), fc = c.finding(q);
  ASSERT_TRUE(fa && fc);
  EXPECT_EQ(fa->reason, fc->reason);
  EXPECT_DOUBLE_EQ(a.probabilities(q)[0], c.probabilities(q)[0]);
  EXPECT_TRUE(std::isnan(c.probabilities(q)[5]));  // wildlife: not trained
}

TEST(DisguiseModel, BrokenDocumentsAreRefusedWithTheReason) {
  auto good = DisguiseModel::train(trade(100, 10), kRates).to_json();
  auto refused = [](nlohmann::json j, const std::string& says) {
    try {
      DisguiseModel::from_json(j);
      ADD_FAILURE() << "accepted: " << j.dump().substr(0, 200);
    } catch (const DisguiseModelError& e) {
      EXPECT_NE(std::string(e.what()).find(says), std::string::npos) << e.what();
    }
  };
  refused(nlohmann::json::array(), "not a JSON object");
  auto j = good;
  j["format"] = 9;
  refused(j, "format");
  j = good;
  j.erase("rates");
  refused(j, "rates");
  j = good;
  j["rates"]["EUR"] = -1;
  refused(j, "not positive");
  j = good;
  j["domains"]["fiscal"] = j["domains"]["waste"];
  refused(j, "'fiscal' is not an illicit domain");
  j = good;
  j["domains"]["waste"]["weights"]["chapter:39"] = "heavy";
  refused(j, "not a finite number");
  j = good;
  j["domains"]["waste"].erase("threshold");
  refused(j, "threshold");
  j = good;
  j["domains"] = nlohmann::json::object();
  refused(j, "no domain is trained");
}

// The workbench writes the reason from the evidence with the templates
// finding.model.disguise.* and finding.model.driver.disguise.*; filled in
// English they must say what the server says.
std::string english_driver(const nlohmann::json& message) {
  std::map<std::string, std::string> values;
  for (const auto& [k, v] : message["params"].items())
    values[k] = v.is_string() ? v.get<std::string>()
                              : (std::abs(v["number"].get<double>()) >= 10
                                     ? fmt::format("{:.0f}", v["number"].get<double>())
                                     : fmt::format("{:.2g}", v["number"].get<double>()));
  return test::fill(test::english_message("finding.model.driver." + message["id"].get<std::string>()),
                    values);
}

TEST(DisguiseModel, TheWorkbenchEnglishTemplatesSayWhatTheServerSays) {
  DisguiseModel m = DisguiseModel::train(trade(600, 40), kRates);
  auto f = m.finding(declaration("Q1", "390110", "MY", 18000, 18000 * 0.1, "Private person"));
  ASSERT_TRUE(f.has_value());
  const auto& ev = f->evidence;
  std::string drivers;
  for (const auto& d : ev["drivers"]) drivers += (drivers.empty() ? "" : "; ") + english_driver(d["message"]);
  const std::string reason =
      test::fill(test::english_message("finding.model.disguise.reason"),
                 {{"domain", ev["domain"].get<std::string>()},
                  {"drivers", drivers},
                  {"probability", fmt::format("{:.2f}", ev["probability"].get<double>())},
                  {"threshold", fmt::format("{:.2f}", ev["threshold"].get<double>())},
                  {"share", fmt::format("{:g}", 100 * ev["ordinary_share"].get<double>())},
                  {"note", ""}});
  EXPECT_EQ(reason, f->reason);
  EXPECT_EQ(test::english_message("finding.model.disguise.instructions"), f->instructions);

  // Every kind of driver has its template and reads as driver_text() writes it.
  for (const char* feature :
       {"chapter:39", "heading:3915", "subheading:391590", "origin:NG", "departure:MY", "destination:LB",
        "mode:post", "flow:export", "consignee:person", "consignee:organisation", "usd_per_kg:-2",
        "usd_per_kg:7", "usd_per_kg_in_chapter:97:5", "net_mass:-2", "net_mass:4", "word:bales"})
    EXPECT_EQ(english_driver(driver_words(feature)), driver_text(feature)) << feature;
  EXPECT_EQ(driver_text("usd_per_kg:-2"), "declared at 0.1-0.32 USD/kg");
  EXPECT_EQ(driver_text("usd_per_kg:7"), "declared at 3162-10000 USD/kg");
  EXPECT_EQ(driver_text("net_mass:4"), "net mass 10000-100000 kg");
  EXPECT_EQ(driver_text("consignee:person"), "consigned to a private person");
  EXPECT_EQ(driver_text("word:bales"), "the word \u201cbales\u201d in the description");
}

class DisguiseModelStore : public test::BackendTest {};

TEST_P(DisguiseModelStore, TheActiveVersionIsTheNewestAndABrokenOneIsRefused) {
  auto store = fresh("disguise");
  EXPECT_EQ(load_active_disguise_model(*store), nullptr);
  DisguiseModel m = DisguiseModel::train(trade(300, 20), kRates);
  EXPECT_EQ(store_disguise_model(*store, m), 1);
  auto loaded = load_active_disguise_model(*store);
  ASSERT_NE(loaded, nullptr);
  EXPECT_EQ(loaded->to_json().dump(), m.to_json().dump());
  Declaration q = declaration("Q", "390110", "MY", 18000, 18000 * 0.1, "Private person");
  EXPECT_EQ(loaded->finding(q)->reason, m.finding(q)->reason);

  Artifact broken;
  broken.kind = std::string(kDisguiseModelKind);
  broken.name = std::string(kDisguiseModelName);
  broken.payload = "{not json";
  EXPECT_EQ(store->put_artifact(broken), 2);
  EXPECT_THROW(load_active_disguise_model(*store), DisguiseModelError);
  store->activate_artifact(kDisguiseModelKind, kDisguiseModelName, 1);
  EXPECT_NE(load_active_disguise_model(*store), nullptr);
}

// A new installation has no trade of its own to learn from: the built-in
// model (data/models/disguise.json) stands in, says so in its findings, and
// gives way to a trained version, or to the store's own trade once it holds
// kBuiltinDisguiseModelUntil declarations; a broken built-in file is refused
// like a broken profile set.
TEST_P(DisguiseModelStore, TheBuiltInModelStandsInUntilTheStoreHasItsOwnTradeOrModel) {
  auto store = fresh("builtin");
  const std::filesystem::path data =
      std::filesystem::temp_directory_path() / ("custos-builtin-" + std::to_string(::getpid()));
  std::filesystem::create_directories(data / "models");
  PipelineOptions po;  // one profile that never fires, no indicators
  po.profile_sources = {{"p.toml", testing::header("NOTHING") + "[profile.when]\nhs = [\"970600\"]\n"}};
  po.groups_path = std::string(CUSTOS_SOURCE_DIR) + "/data/country-groups.toml";
  po.indicators = false;
  auto plugged = [&](Declaration q) {
    Pipeline pipeline(po);
    DisguiseModelInUse in_use = add_active_disguise_model(pipeline, *store, data.string());
    Assessment a = pipeline.assess(q, false);
    std::string model = "none";
    for (const Finding& f : a.findings)
      if (f.id == "disguise") model = f.evidence.value("model", "stored");
    return std::make_pair(in_use, model);
  };
  const Declaration q = declaration("Q", "390110", "MY", 18000, 18000 * 0.1, "Private person");

  EXPECT_EQ(plugged(q), std::make_pair(DisguiseModelInUse::none, std::string("none"))) << "no file: none";
  const DisguiseModel builtin = DisguiseModel::train(trade(300, 20), kRates);
  std::ofstream(data / "models" / "disguise.json") << builtin.to_json().dump();
  EXPECT_EQ(plugged(q), std::make_pair(DisguiseModelInUse::builtin, std::string("built-in")));
  {  // ... and says so after the score, in the workbench's words.
    Pipeline pipeline(po);
    add_active_disguise_model(pipeline, *store, data.string());
    std::string reason;
    for (const Finding& f : pipeline.assess(q, false).findings)
      if (f.id == "disguise") reason = f.reason;
    const std::string note = " " + test::english_message("finding.model.disguise.builtin");
    ASSERT_GT(reason.size(), note.size());
    EXPECT_EQ(reason.substr(reason.size() - note.size()), note) << reason;
  }
  EXPECT_EQ(describe(DisguiseModelInUse::builtin).rfind("built-in disguise model", 0), 0u);

  // The store's own trade arrives: the built-in model steps aside.
  std::vector<Declaration> own;
  for (size_t i = 0; i < kBuiltinDisguiseModelUntil; ++i)
    own.push_back(declaration("OWN" + std::to_string(i), "847130", "DE", 100, 2500, "Office Supplies GmbH"));
  store->put_batch(std::span<const Declaration>(own.data(), own.size() - 1), "test");
  EXPECT_EQ(plugged(q).first, DisguiseModelInUse::builtin) << "one declaration short";
  store->put_batch(std::span<const Declaration>(&own.back(), 1), "test");
  EXPECT_EQ(plugged(q), std::make_pair(DisguiseModelInUse::none, std::string("none")));

  // A trained version is used whatever the store holds.
  store_disguise_model(*store, DisguiseModel::train(trade(300, 20, 5), kRates));
  EXPECT_EQ(plugged(q), std::make_pair(DisguiseModelInUse::stored, std::string("stored")));

  // A broken built-in file is refused (on a store that would use it).
  auto empty = fresh("builtin-broken");
  std::ofstream(data / "models" / "disguise.json") << R"({"format": 1, "domains": "no"})";
  Pipeline pipeline(po);
  EXPECT_THROW(add_active_disguise_model(pipeline, *empty, data.string()), ProfileSetError);
  std::filesystem::remove_all(data);
}

// A trade the built-in model does not fit (here: declarations that look
// like its seizures, none of them recorded as one) would drown officers in
// checks: once kBuiltinFitSample such declarations are stored it is set
// aside, and says why; recorded seizures are not held against it.
TEST_P(DisguiseModelStore, TheBuiltInModelIsSetAsideWhereItDoesNotFitTheTrade) {
  const std::filesystem::path data =
      std::filesystem::temp_directory_path() / ("custos-misfit-" + std::to_string(::getpid()));
  std::filesystem::create_directories(data / "models");
  std::ofstream(data / "models" / "disguise.json")
      << DisguiseModel::train(trade(300, 20), kRates).to_json().dump();
  PipelineOptions po;
  po.profile_sources = {{"p.toml", testing::header("NOTHING") + "[profile.when]\nhs = [\"970600\"]\n"}};
  po.groups_path = std::string(CUSTOS_SOURCE_DIR) + "/data/country-groups.toml";
  po.indicators = false;
  auto plugged = [&](Store& store, std::span<const Declaration> to_assess = {}) {
    Pipeline pipeline(po);
    DisguiseModelInUse in_use = add_active_disguise_model(pipeline, store, data.string(), to_assess);
    bool finding = false;
    for (const Finding& f :
         pipeline.assess(declaration("Q", "390110", "MY", 18000, 18000 * 0.1, "Private person"), false)
             .findings)
      finding = finding || f.id == "disguise";
    return std::make_pair(in_use, finding);
  };
  auto look_alike = [](size_t i) {
    return declaration("M" + std::to_string(i), "390120", "MY", 15000.0 + static_cast<double>(i),
                       15000 * 0.12, "Private person");
  };

  auto store = fresh("misfit");
  std::vector<Declaration> batch;
  for (size_t i = 0; i + 1 < kBuiltinFitSample; ++i) batch.push_back(look_alike(i));
  store->put_batch(batch, "test");
  EXPECT_EQ(plugged(*store), std::make_pair(DisguiseModelInUse::builtin, true)) << "too few to judge";
  const DisguiseModel builtin = DisguiseModel::train(trade(300, 20), kRates);
  const BuiltinFit before = builtin_fit(*store, builtin);
  EXPECT_EQ(before.scored, kBuiltinFitSample - 1);
  EXPECT_GT(before.flagged, before.scored / 2);
  EXPECT_FALSE(before.set_aside());

  const Declaration one_more = look_alike(kBuiltinFitSample);
  store->put_batch(std::span<const Declaration>(&one_more, 1), "test");
  EXPECT_TRUE(builtin_fit(*store, builtin).set_aside());
  EXPECT_EQ(plugged(*store), std::make_pair(DisguiseModelInUse::builtin_set_aside, false));
  EXPECT_EQ(disguise_model_in_use(*store, data.string()), DisguiseModelInUse::builtin_set_aside);
  const std::string why = describe(DisguiseModelInUse::builtin_set_aside);
  EXPECT_EQ(why.rfind("no disguise model (the built-in one is set aside", 0), 0u) << why;
  EXPECT_NE(why.find("custos model train-disguise"), std::string::npos) << why;

  // The same trade about to be assessed without being stored (custos assess
  // --input) is the administration's too: judged on the stored declarations
  // and then on it, kBuiltinDisguiseModelUntil at most in all.
  std::vector<Declaration> incoming = batch;
  incoming.push_back(one_more);
  auto bare = fresh("misfit-incoming");
  const std::span<const Declaration> all(incoming);
  EXPECT_FALSE(builtin_fit(*bare, builtin, all.first(kBuiltinFitSample - 1)).set_aside())
      << "too few to judge";
  EXPECT_EQ(plugged(*bare, all.first(kBuiltinFitSample - 1)),
            std::make_pair(DisguiseModelInUse::builtin, true));
  EXPECT_TRUE(builtin_fit(*bare, builtin, all).set_aside());
  EXPECT_EQ(plugged(*bare, all), std::make_pair(DisguiseModelInUse::builtin_set_aside, false));
  EXPECT_EQ(plugged(*bare), std::make_pair(DisguiseModelInUse::builtin, true))
      << "nothing stored, nothing to assess";
  auto half = fresh("misfit-half");
  half->put_batch(all.first(kBuiltinFitSample / 2), "test");
  const BuiltinFit both = builtin_fit(*half, builtin, all.subspan(kBuiltinFitSample / 2));
  EXPECT_EQ(both.scored, kBuiltinFitSample);
  EXPECT_TRUE(both.set_aside());
  std::vector<Declaration> many;
  for (size_t i = 0; i < kBuiltinDisguiseModelUntil + 50; ++i) many.push_back(look_alike(1000 + i));
  EXPECT_EQ(builtin_fit(*half, builtin, many).scored, kBuiltinDisguiseModelUntil);

  // The same declarations recorded as seizures: nothing held against it.
  auto seized = fresh("misfit-seized");
  for (Declaration& d : batch) {
    d.outcome.illicit_domain = Domain::waste;
    d.outcome.inspection = InspectionResult::seizure;
  }
  batch.push_back(one_more);
  batch.back().outcome.illicit_domain = Domain::waste;
  seized->put_batch(batch, "test");
  EXPECT_EQ(builtin_fit(*seized, builtin).scored, 0u);
  EXPECT_EQ(plugged(*seized), std::make_pair(DisguiseModelInUse::builtin, true));
  std::filesystem::remove_all(data);
}

CUSTOS_ON_BOTH_BACKENDS(DisguiseModelStore);

}  // namespace
}  // namespace custos::risk

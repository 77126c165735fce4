// End-to-end checks of `custos spectra` through the real executable.
#include <gtest/gtest.h>

#include <array>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>

namespace {

struct CommandRun {
  int code = -1;
  std::string out;
};

CommandRun run(const std::string& args) {
  CommandRun r;
  const std::string cmd = std::string(CUSTOS_BINARY) + " " + args + " 2>/dev/null";
  FILE* p = popen(cmd.c_str(), "r");
  if (p == nullptr) return r;
  std::array<char, 4096> buf{};
  while (fgets(buf.data(), buf.size(), p) != nullptr) r.out += buf.data();
  const int status = pclose(p);
  r.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return r;
}

nlohmann::json last_line(const std::string& out) {
  std::string s = out;
  while (!s.empty() && s.back() == '\n') s.pop_back();
  return nlohmann::json::parse(s.substr(s.rfind('\n') + 1));
}

void write_spectrum(const std::string& path, const std::string& name, const std::string& id,
                    const std::vector<std::pair<double, double>>& bands) {
  std::ofstream out(path);
  out << "##NAMES=" << name << "\n##RRUFFID=" << id << "\n";
  for (double x = 120; x <= 1250; x += 0.5) {
    double y = 0;
    for (const auto& [c, h] : bands) y += h * std::exp(-0.5 * std::pow((x - c) / 3.5, 2));
    out << x << ", " << y << "\r\n";
  }
}

TEST(SpectraCli, ShowIdentifyAndBadInput) {
  if (!std::filesystem::exists(CUSTOS_BINARY)) GTEST_SKIP() << "custos executable not built";
  const std::string dir = testing::TempDir() + "/spectra_cli";
  std::filesystem::create_directories(dir + "/lib");
  write_spectrum(dir + "/lib/Nitratine__R1.txt", "Nitratine", "R1", {{1068, 1.0}, {725, 0.15}, {185, 0.2}});
  write_spectrum(dir + "/lib/Calcite__R2.txt", "Calcite", "R2", {{1086, 1.0}, {712, 0.2}, {281, 0.35}});
  write_spectrum(dir + "/lib/Quartz__R3.txt", "Quartz", "R3", {{465, 1.0}, {206, 0.35}, {355, 0.15}});
  write_spectrum(dir + "/query.txt", "unknown", "Q", {{1067, 1.0}, {724, 0.15}, {186, 0.2}});

  const CommandRun show = run("spectra show " + dir + "/query.txt --json");
  ASSERT_EQ(show.code, 0) << show.out;
  const auto s = last_line(show.out);
  EXPECT_EQ(s["x"].size(), s["y"].size());
  EXPECT_EQ(s["meta"]["NAMES"], "unknown");

  const CommandRun build = run("spectra library build " + dir + "/lib --out " + dir + "/lib.bin --json");
  ASSERT_EQ(build.code, 0) << build.out;
  EXPECT_EQ(last_line(build.out)["entries"], 3);

  const CommandRun id = run("spectra identify " + dir + "/query.txt --library " + dir + "/lib.bin --json");
  ASSERT_EQ(id.code, 0) << id.out;
  const auto j = last_line(id.out);
  EXPECT_EQ(j["candidates"][0]["name"], "Nitratine");
  ASSERT_TRUE(j.contains("findings")) << id.out;
  EXPECT_EQ(j["findings"][0]["domain"], "precursors");

  std::ofstream(dir + "/bad.csv") << "100,1\n101,x\n";
  EXPECT_EQ(run("spectra show " + dir + "/bad.csv").code, 3);
  EXPECT_EQ(run("spectra identify " + dir + "/query.txt --library " + dir + "/bad.csv").code, 3);
  std::filesystem::remove_all(dir);
}

}  // namespace

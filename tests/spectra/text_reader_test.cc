#include "spectra/text_reader.hpp"

#include <gtest/gtest.h>

#include <filesystem>

#include "spectra/reader.hpp"

namespace custos::spectra {
namespace {

TEST(RruffText, HeaderThenMixedLineEndingsAndENotation) {
  // RRUFF exports: header lines end in LF, data lines in CRLF, numbers fixed or E-notation.
  const std::string text =
      "##NAMES=Calcite\n##RRUFFID=R040070\n##IDEAL CHEMISTRY=CaCO_3_\n"
      "150.1234, 0.0000000E+00\r\n150.6055, 14.14160\r\n151.0876, 1.2E+03\r\n\r\n\n";
  const Spectrum s = parse_xy_text(text, "calcite.txt");
  ASSERT_EQ(s.size(), 3u);
  EXPECT_DOUBLE_EQ(s.y[0], 0);
  EXPECT_DOUBLE_EQ(s.y[1], 14.1416);
  EXPECT_DOUBLE_EQ(s.y[2], 1200);
  EXPECT_EQ(s.field("NAMES"), "Calcite");
  EXPECT_EQ(s.field("rruff_id"), "R040070");
}

TEST(PlainText, CsvWithHeaderTsvWithoutSemicolonWithDecimalComma) {
  const Spectrum csv = parse_xy_text("wavenumber,intensity\n100,1\n101,2\n", "a.csv");
  EXPECT_EQ(csv.y, (std::vector<double>{1, 2}));
  EXPECT_EQ(csv.field("COLUMNS"), "wavenumber,intensity");
  const Spectrum tsv = parse_xy_text("100\t1.5\n101\t2.5\n", "a.tsv");
  EXPECT_EQ(tsv.y, (std::vector<double>{1.5, 2.5}));
  const Spectrum eu = parse_xy_text("100,5;1,25\n101,5;2,5\n", "a.csv");
  EXPECT_EQ(eu.x, (std::vector<double>{100.5, 101.5}));
  EXPECT_EQ(eu.y, (std::vector<double>{1.25, 2.5}));
  const Spectrum spaces = parse_xy_text("  100   1\n  101   2 \n", "a.txt");
  EXPECT_EQ(spaces.y, (std::vector<double>{1, 2}));
}

TEST(PlainText, BadRowNamesFileAndLine) {
  try {
    parse_xy_text("100,1\n101,2\n102,abc\n", "bad.csv");
    FAIL();
  } catch (const SpectrumError& e) {
    EXPECT_EQ(e.line(), 3);
    EXPECT_NE(std::string(e.what()).find("bad.csv:3"), std::string::npos);
  }
  EXPECT_THROW(parse_xy_text("", "empty.csv"), SpectrumError);
  EXPECT_THROW(parse_xy_text("just one column\n1\n", "one.csv"), SpectrumError);
}

TEST(Reader, SortsAndDropsRepeatedShifts) {
  const auto s = parse_spectra("3,30\n1,10\n2,20\n2,21\n", "m.csv");
  EXPECT_EQ(s[0].x, (std::vector<double>{1, 2, 3}));
  EXPECT_EQ(s[0].y, (std::vector<double>{10, 20, 30}));
}

TEST(RruffText, RealFileFromTheSharedFolder) {
  const std::string dir = std::string(CUSTOS_SHARED_DATA) + "/raman/rruff-785nm";
  if (!std::filesystem::exists(dir)) GTEST_SKIP() << "shared RRUFF data absent: " << dir;
  std::size_t n = 0;
  for (const auto& de : std::filesystem::directory_iterator(dir)) {
    const Spectrum s = read_spectrum(de.path().string());
    EXPECT_GT(s.size(), 100u) << de.path();
    EXPECT_FALSE(s.field("NAMES").empty()) << de.path();
    if (++n == 50) break;
  }
}

}  // namespace
}  // namespace custos::spectra

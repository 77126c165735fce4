#include "core/csv_reader.hpp"

#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

namespace custos {
namespace {

std::vector<std::vector<std::string>> read_all(std::string_view data, std::vector<int64_t>* lines = nullptr,
                                               std::vector<std::string>* errors = nullptr) {
  auto r = CsvReader::from_memory(data);
  CsvRecord rec;
  std::vector<std::vector<std::string>> out;
  while (r.next(rec)) {
    out.emplace_back(rec.fields.begin(), rec.fields.end());
    if (lines) lines->push_back(rec.line);
    if (errors) errors->push_back(rec.error);
  }
  return out;
}

TEST(CsvReader, QuotesDelimitersAndEmbeddedLineBreaks) {
  std::vector<int64_t> lines;
  auto rows = read_all("a,b,c\n1,\"x, y\",\"say \"\"hi\"\"\"\n2,\"two\nlines\",z\n3,,\n", &lines);
  ASSERT_EQ(rows.size(), 4u);
  EXPECT_EQ(rows[1][1], "x, y");
  EXPECT_EQ(rows[1][2], "say \"hi\"");
  EXPECT_EQ(rows[2][1], "two\nlines");
  EXPECT_EQ(rows[3], (std::vector<std::string>{"3", "", ""}));
  EXPECT_EQ(lines, (std::vector<int64_t>{1, 2, 3, 5}));
}

TEST(CsvReader, CrLfBomAndBlankLines) {
  std::vector<int64_t> lines;
  auto rows = read_all("\xEF\xBB\xBFh1,h2\r\n\r\nv1,\"v2\"\r\n\nlast,row", &lines);
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[0][0], "h1");
  EXPECT_EQ(rows[1][1], "v2");
  EXPECT_EQ(rows[2][1], "row");
  EXPECT_EQ(lines, (std::vector<int64_t>{1, 3, 5}));
}

TEST(CsvReader, ReportsMalformedQuotesOnTheRecord) {
  std::vector<std::string> errors;
  auto rows = read_all("a,b\n\"x\"y,2\nok,1\n\"never closed,3\n", nullptr, &errors);
  ASSERT_EQ(rows.size(), 4u);
  EXPECT_TRUE(errors[0].empty());
  EXPECT_NE(errors[1].find("after a closing quote"), std::string::npos);
  EXPECT_EQ(rows[1].size(), 2u);  // still split so the id can be reported
  EXPECT_TRUE(errors[2].empty());
  EXPECT_NE(errors[3].find("not closed"), std::string::npos);
}

TEST(CsvReader, KeepsAQuoteInsideAnUnquotedField) {
  auto rows = read_all("steel pipe 12\" diameter,5\n");
  EXPECT_EQ(rows[0][0], "steel pipe 12\" diameter");
}

TEST(CsvReader, RecordsLongerThanTheBufferAndChunkBoundaries) {
  // A tiny buffer forces every record across refills.
  std::string path = ::testing::TempDir() + "/csv_chunks.csv";
  {
    std::ofstream f(path, std::ios::binary);
    f << "id,text\r\n";
    for (int i = 0; i < 500; ++i)
      f << i << ",\"" << std::string(static_cast<size_t>(i % 37), 'x') << "\"\"q\"\r\n";
  }
  CsvReader::Options o;
  o.buffer_size = 16;
  CsvReader r(path, o);
  CsvRecord rec;
  ASSERT_TRUE(r.next(rec));
  int n = 0;
  while (r.next(rec)) {
    ASSERT_EQ(rec.fields.size(), 2u);
    EXPECT_EQ(rec.fields[0], std::to_string(n));
    EXPECT_EQ(rec.fields[1], std::string(static_cast<size_t>(n % 37), 'x') + "\"q");
    EXPECT_EQ(rec.line, n + 2);
    ++n;
  }
  EXPECT_EQ(n, 500);
  std::remove(path.c_str());
}

TEST(CsvReader, TabSeparated) {
  CsvReader::Options o;
  o.delimiter = '\t';
  auto r = CsvReader::from_memory("a\tb,c\n", o);
  CsvRecord rec;
  ASSERT_TRUE(r.next(rec));
  ASSERT_EQ(rec.fields.size(), 2u);
  EXPECT_EQ(rec.fields[1], "b,c");
}

}  // namespace
}  // namespace custos

// The OFAC importer on arbitrary bytes: the input is cut into the four
// tables at NUL bytes. Any outcome but ImportError or a result is a bug.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "screen/importers.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view in(reinterpret_cast<const char*>(data), size);
  std::string_view parts[4];
  for (int i = 0; i < 3; ++i) {
    std::size_t cut = in.find('\0');
    parts[i] = in.substr(0, cut);
    in = cut == std::string_view::npos ? std::string_view() : in.substr(cut + 1);
  }
  parts[3] = in;
  custos::screen::OfacTables t;
  t.primary = parts[0];
  t.aliases = parts[1];
  t.addresses = parts[2];
  t.comments = parts[3];
  try {
    custos::screen::import_ofac_text(t, "ofac");
  } catch (const custos::screen::ImportError&) {
  }
  return 0;
}

// The UK tables importer on arbitrary bytes, cut into five tables at NULs.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "screen/importers.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view in(reinterpret_cast<const char*>(data), size);
  std::string_view parts[5];
  for (int i = 0; i < 4; ++i) {
    std::size_t cut = in.find('\0');
    parts[i] = in.substr(0, cut);
    in = cut == std::string_view::npos ? std::string_view() : in.substr(cut + 1);
  }
  parts[4] = in;
  try {
    custos::screen::import_uk_text({parts[0], parts[1], parts[2], parts[3], parts[4]}, "uk", "uk");
  } catch (const custos::screen::ImportError&) {
  }
  return 0;
}

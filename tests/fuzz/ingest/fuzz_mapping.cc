// Mapping files on arbitrary bytes: a mapping or a MappingError, never a crash.
#include <cstdint>
#include <string>

#include "ingest/mapping.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  try {
    auto m = custos::Mapping::parse(std::string_view(reinterpret_cast<const char*>(data), size), "fuzz.toml");
    for (const auto& c : m->columns()) (void)m->translate(c.field, c.source);
  } catch (const custos::MappingError&) {
  }
  return 0;
}

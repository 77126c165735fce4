#include <gtest/gtest.h>

#include "screen/name_normalizer.hpp"

namespace custos::screen {
namespace {

TEST(NameNormalizer, FoldsCaseAndPunctuation) {
  EXPECT_EQ(prepare_name("AL-QA'IDA").normalized(), "al qaida");
}

}  // namespace
}  // namespace custos::screen

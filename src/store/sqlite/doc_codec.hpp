#pragma once
// How a declaration's canonical JSON is kept on disk. A declaration document
// is small (about 0.5-2 KB) and repeats the same keys, codes and party names
// across a store, so each one is compressed on its own with Zstandard and a
// dictionary trained on the store's first large batch: about five times
// smaller than the text, which is what makes ingest disk-bound no longer and
// keeps a national store's backups small. Each document stays readable on
// its own (no neighbour needed), and documents written as plain text by an
// older Custos are read as they are.
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <span>
#include <string>
#include <string_view>

struct ZSTD_CCtx_s;
struct ZSTD_DCtx_s;
struct ZSTD_CDict_s;
struct ZSTD_DDict_s;

namespace custos::sqlite {

class DocCodec {
 public:
  DocCodec();
  ~DocCodec();
  DocCodec(const DocCodec&) = delete;
  DocCodec& operator=(const DocCodec&) = delete;

  // Makes `dict` (a Zstandard dictionary) the one new documents are
  // compressed with, and known for decoding. Returns its dictionary id.
  uint32_t use_dictionary(std::string_view dict);
  // Makes a dictionary known for decoding only (an older one).
  uint32_t add_dictionary(std::string_view dict);
  // The id Zstandard gives a dictionary (0: not a dictionary).
  static uint32_t dictionary_id(std::string_view dict);
  bool has_dictionary() const;

  // Trains a dictionary on sample documents (the first kMaxSamples); empty
  // when they are too few or too alike to train one (the caller then
  // compresses without).
  static std::string train(std::span<const std::string> samples);
  static constexpr size_t kMaxSamples = 2048;
  // Enough samples for train() to be worth calling.
  static constexpr size_t kMinSamples = 1000;

  // Compressed frame of a canonical JSON document. Calls with different
  // `encoder` numbers (below kEncoders) may run at the same time, also
  // while another thread calls use_dictionary(); decode() and
  // add_dictionary() belong to one thread.
  static constexpr unsigned kEncoders = 3;  // two for a batch split in halves, one for prepare()
  std::string encode(std::string_view json, unsigned encoder = 0);
  // The canonical JSON back. Throws StoreError naming the dictionary when the
  // frame needs one the store does not have, or when the frame is damaged.
  std::string decode(std::string_view frame);

 private:
  ZSTD_CCtx_s* cctx_[kEncoders];
  ZSTD_DCtx_s* dctx_;
  // Swapped by use_dictionary() while another thread may be encoding; each
  // encode() holds the one it started with.
  mutable std::mutex cdict_mu_;
  std::shared_ptr<ZSTD_CDict_s> cdict_;
  std::map<uint32_t, ZSTD_DDict_s*> ddicts_;
};

}  // namespace custos::sqlite

// The spectrometer: a Raman spectrum file as the body (the text formats
// `custos spectra identify` reads: two-column x,y text, RRUFF, JCAMP-DX),
// identified against the server's spectral library (--spectral-library).
#include <memory>

#include "server/api_error.hpp"
#include "server/options.hpp"
#include "server/request_context.hpp"
#ifdef CUSTOS_SERVER_WITH_SPECTRA
#include "spectra/library.hpp"
#include "spectra/preprocess.hpp"
#include "spectra/reader.hpp"
#include "spectra/search.hpp"
#endif

namespace custos::server {
namespace {

using auth::Role;
const Access kUsers = Access::only({Role::officer, Role::supervisor, Role::analyst});

Reply identify(RequestContext& ctx) {
  ctx.only_query({});
  const std::string type = ctx.content_type();
  if (type != "text/plain" && type != "application/octet-stream" && type != "chemical/x-jcamp-dx")
    throw ApiError("unsupported_media_type", "",
                   "text/plain, chemical/x-jcamp-dx or application/octet-stream")
        .said("spectrum_media");
  const std::string& path = ctx.services().options.spectral_library;
  if (path.empty())
    throw ApiError("not_configured", "", "no spectral library (custos serve --spectral-library FILE)")
        .said("no_spectral_library");
#ifdef CUSTOS_SERVER_WITH_SPECTRA
  struct Loaded {
    std::string path;
    std::unique_ptr<spectra::Library> library;
    std::unique_ptr<spectra::Searcher> searcher;
  };
  thread_local Loaded loaded;
  if (!loaded.library || loaded.path != path) {
    try {
      loaded.searcher.reset();
      loaded.library = std::make_unique<spectra::Library>(spectra::Library::load(path));
      loaded.searcher = std::make_unique<spectra::Searcher>(*loaded.library);
      loaded.path = path;
    } catch (const std::exception& e) {
      loaded.library.reset();
      throw ApiError("not_configured", "", "the spectral library cannot be read: " + std::string(e.what()));
    }
  }
  std::vector<spectra::Spectrum> spectra;
  try {
    spectra = spectra::parse_spectra(ctx.body(), "body");
  } catch (const spectra::SpectrumError& e) {
    throw ApiError("malformed_body", "", e.what());
  }
  if (spectra.empty()) throw ApiError("malformed_body", "", "no spectrum in the body").said("no_spectrum");
  try {
    const spectra::Identification id = loaded.searcher->identify(
        spectra::prepare(spectra.front(), loaded.library->grid(), loaded.library->options()));
    return Reply::json(spectra::to_json(id, *loaded.library));
  } catch (const spectra::SpectrumError& e) {
    throw ApiError("invalid_value", "body", e.what());
  }
#else
  throw ApiError("not_implemented", "", "this build has no spectra module").said("no_spectra_build");
#endif
}

}  // namespace

void register_spectra_routes(Router& router) {
  router.add(http::verb::post, "/api/v1/spectra/identify", kUsers, identify);
}

}  // namespace custos::server

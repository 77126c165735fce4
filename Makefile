# Custos: the two commands of the README, and the steps behind them.
#   make demo   install what is missing, build, and run the demo on ./custos.db
#   make test   install what is missing, build, and run every test (what CI runs)
BUILD      ?= build
ASAN_BUILD ?= build-asan
FUZZ_BUILD ?= build-fuzz
JOBS       ?= 2
FUZZ_SECONDS ?= 20
CMAKE_FLAGS ?= -DCMAKE_BUILD_TYPE=RelWithDebInfo

.PHONY: all deps build demo test unit-tests asan-tests fuzz-tests format-check format bench clean

all: build

deps:
	@./scripts/install-deps.sh

build: deps
	cmake -S . -B $(BUILD) $(CMAKE_FLAGS)
	cmake --build $(BUILD) -j$(JOBS)

demo: build
	$(BUILD)/src/cli/custos demo

# What CI runs: formatting, the full test suite, the unit tests again under
# AddressSanitizer + UndefinedBehaviorSanitizer, and each fuzz target briefly.
test: deps format-check build unit-tests asan-tests fuzz-tests
	@echo "make test: all steps passed"

# Every suite runs on both stores: beside a throw-away PostgreSQL cluster
# (scripts/with-postgres.sh), the tests' PostgreSQL runs are not skipped.
unit-tests:
	cd $(BUILD) && $(CURDIR)/scripts/with-postgres.sh ctest --output-on-failure -j$(JOBS) --timeout 1200

asan-tests: deps
	cmake -S . -B $(ASAN_BUILD) -DCMAKE_BUILD_TYPE=Debug -DCUSTOS_SANITIZE=ON -DCUSTOS_BENCH=OFF
	cmake --build $(ASAN_BUILD) -j$(JOBS) --target unit_tests
	cd $(ASAN_BUILD) && ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
	  LSAN_OPTIONS=suppressions=$(CURDIR)/scripts/lsan.supp:print_suppressions=0 \
	  CUSTOS_SANITIZED=1 ctest --output-on-failure -j$(JOBS) --timeout 1800 -L unit

fuzz-tests: deps
	CC=clang CXX=clang++ cmake -S . -B $(FUZZ_BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCUSTOS_FUZZ=ON
	cmake --build $(FUZZ_BUILD) -j$(JOBS) --target fuzzers
	FUZZ_SECONDS=$(FUZZ_SECONDS) ./scripts/run-fuzzers.sh $(FUZZ_BUILD)

format-check:
	@./scripts/format.sh --check

format:
	@./scripts/format.sh

bench: build
	./scripts/bench.sh $(BUILD)

clean:
	rm -rf $(BUILD) $(ASAN_BUILD) $(FUZZ_BUILD)

# The .deb: the binary, the systemd unit custos.service, /etc/custos/custos.toml,
# the man page (cmake/Packaging.cmake, docs/operations.md). Checked by tests/package.
.PHONY: package
package: build
	cd $(BUILD) && cpack -G DEB
	@ls $(BUILD)/custos_*.deb

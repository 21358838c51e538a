# News Context: every command a developer or CI needs. `make help` lists them.
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

BUILD      := build
PKG        := $(BUILD)/pkg
EXT_OUT    := $(BUILD)/extension
WWW_OUT    := $(BUILD)/www
WASM_RAW   := target/wasm32-unknown-unknown/release/news_context.wasm
DEMO_PORT  ?= 8765
SHARED     ?= ../shared

.PHONY: help deps wasm extension www demo test test-rust test-kb test-browser eval bench kb lint clean fuzz test-fuzz

help: ## List the commands
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-14s %s\n", $$1, $$2}'

deps: ## Install what is missing (wasm target, wasm-bindgen-cli, chromium, firefox-esr, npm packages, advancecomp, nightly + cargo-fuzz)
	tools/install-deps.sh all

# ---------------------------------------------------------------- build
wasm: ## Build the wasm module, its JS glue and the knowledge-base file (kb.bin) into build/pkg
	tools/install-deps.sh wasm node
	mkdir -p $(BUILD)
	cargo build --lib --release --target wasm32-unknown-unknown --no-default-features --features share-alike \
	  --message-format=json-render-diagnostics > $(BUILD)/cargo-wasm.jsonl
	rm -rf $(PKG) && mkdir -p $(PKG)
	wasm-bindgen $(WASM_RAW) --target web --out-dir $(PKG) --no-typescript \
	  --remove-name-section --remove-producers-section
	@# The knowledge base is a file beside the wasm (src/people/kb_format.rs): build.rs wrote it
	@# into its OUT_DIR, which cargo names in its build-script message.
	tools/kb-file-of-build.py $(BUILD)/cargo-wasm.jsonl $(PKG)/kb.bin
	@# No wasm-opt: -Oz (binaryen 132) made the module 4% smaller raw but 2% larger gzip
	@# (854,515 / 344,417 against 886,932 / 338,270 bytes), and the store zip is deflated.
	@ls -l $(PKG)

extension: wasm ## Build the unpacked extension (build/extension) and a zip per store
	tools/install-deps.sh pack
	tools/build-extension.sh $(PKG) $(EXT_OUT) $(BUILD)

www: wasm ## Build the demo page into build/www
	tools/build-www.sh $(PKG) $(WWW_OUT)

demo: www ## Build and serve the demo page on 127.0.0.1
	@echo "News Context demo: http://127.0.0.1:$(DEMO_PORT)/"
	python3 -m http.server $(DEMO_PORT) --bind 127.0.0.1 --directory $(WWW_OUT)

kb: ## Rebuild data/kb from ../shared/data/leaders and data/curated [WIKIDATA=export.json WIKIDATA_AS_OF=YYYY-MM-DD]
	python3 tools/kb/convert.py --raw $(SHARED)/data/leaders --curated data/curated --out data/kb$(if $(WIKIDATA), --wikidata $(WIKIDATA) --wikidata-as-of "$(WIKIDATA_AS_OF)")

# ---------------------------------------------------------------- checks
test: ## Run every test: Rust core, knowledge base, the extension in real browsers
	tools/install-deps.sh all
	$(MAKE) test-rust test-fuzz test-kb extension www
	$(MAKE) test-browser

test-rust:
	# Formatting and lints first: unformatted code or a clippy warning should not land.
	cargo fmt --check
	cargo clippy --all-targets -- -D warnings
	cargo test --all-targets
	# The knowledge base built without share-alike fields (tests/kb_compiled.rs checks it).
	cargo test --no-default-features --features cli --test kb_compiled

# Bounded fuzzing (20 s a target); install-deps installs nightly and cargo-fuzz, and if it could not, this prints "skipped: ...".
test-fuzz:
	fuzz/run.sh $${FUZZ_SECONDS:-20}

fuzz: ## Fuzz analyze and plan with cargo-fuzz (nightly), 10 minutes a target (FUZZ_SECONDS=...)
	fuzz/run.sh $${FUZZ_SECONDS:-600}

test-kb:
	python3 -m unittest discover -s tools/kb -p 'test_*.py'

test-browser:
	node --test tests/browser/

eval: ## Measure mentions and attribution against the corpora in ../shared
	cargo run --profile native --bin news-context -- eval --shared $(SHARED)

bench: ## Benchmarks: speed, size, memory, next to compromise and mark.js (bench/README.md); ~40 min on 2 busy cores
	tools/install-deps.sh all valgrind
	$(MAKE) extension
	NC_SHARED=$(SHARED) node bench/run.mjs

.PHONY: bench-quick
bench-quick: ## The benchmark on small samples (a few minutes; results stay in bench/results/tmp)
	tools/install-deps.sh all valgrind
	$(MAKE) extension
	NC_SHARED=$(SHARED) node bench/run.mjs --quick

lint:
	cargo clippy --all-targets -- -D warnings

clean:
	rm -rf $(BUILD) target

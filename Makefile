# The project's commands: `make serve` runs the app locally, `make test` runs every check, `make export` writes the corpus as JSON, `make bench` measures.
#
# Every target first runs .ci/setup, which installs whatever tools are missing.
# Each step prints what it runs; the first failing step stops make with a non-zero exit.

SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := help

WASM_TARGET := wasm32-unknown-unknown
CORPUS_JSON := target/corpus.json
# The reader app as the browser runs it, and the crate of the maintainers' commands (Cargo.toml).
BROWSER_APP := -p parallel-lives --features hydrate
# ... and as the prerenderer renders it, natively.
SERVER_APP := -p parallel-lives --features ssr
COMMANDS := -p parallel-lives-commands

# Tools installed by .ci/setup: cargo's bin folder, and npm's for wasm-opt (binaryen).
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
# Trunk must not look for a newer release of itself (there is no network for that).
export TRUNK_SKIP_VERSION_CHECK := true
# wasm-bindgen-test-runner drives headless Chromium through this driver.
export CHROMEDRIVER := /usr/bin/chromedriver

step = @printf '\n==> %s\n' '$(1)'

.PHONY: help setup serve test export names ablation experiences snapshots screenshots bench lighthouse \
	fmt clippy clippy-wasm test-native test-wasm build e2e
# Steps run one after another, in the order `test` lists them, even under `make -j`.
.NOTPARALLEL:

help:
	@echo 'make serve   install what is missing, then serve the app at http://127.0.0.1:8080/'
	@echo 'make test    install what is missing, then run every check (formatting, lints, unit,'
	@echo '             in-browser and end-to-end tests)'
	@echo 'make export  write the compiled corpus as JSON to $(CORPUS_JSON)'
	@echo 'make names   list the names the finder found that seeds/glossary.toml lacks, and write'
	@echo '             them as glossary stubs to target/glossary-candidates.toml'
	@echo 'make ablation  the name finder with no glossary against the full glossary, per kind'
	@echo 'make experiences  the turns of fate found in each biography (arrested, readmitted...),'
	@echo '             per kind, the pairs made across lives, and every cue read with its verdict'
	@echo 'make snapshots  write the reviewed snapshot files (tests/snapshots/) anew; read the diff'
	@echo 'make bench   measure the release build (weight, first paint, hover, start-up, scale,'
	@echo '             Lighthouse); print the table and write docs/benchmarks.md'
	@echo 'make lighthouse  only the Lighthouse scores of / and every article'
	@echo 'make setup   only install the tools (.ci/setup)'

setup:
	$(call step,setup: .ci/setup)
	@.ci/setup

# A release build served as a production host serves it (brotli/gzip, cache headers; tests/serve.mjs),
# rebuilt by `trunk watch` whenever seeds/, src/, styles/ or index.html change: reload to see it.
serve: setup build
	$(call step,serve: http://127.0.0.1:8080/ (node tests/serve.mjs --watch))
	node tests/serve.mjs --root dist --port 8080 --watch

test: setup fmt clippy clippy-wasm test-native test-wasm build export e2e
	$(call step,test: all checks passed)

fmt: setup
	$(call step,test: formatting (cargo fmt --check))
	cargo fmt --all --check

clippy: setup
	$(call step,test: lints for the native build of every crate (cargo clippy --workspace))
	cargo clippy --workspace --all-targets --all-features -- -D warnings
	cargo clippy $(SERVER_APP) --all-targets -- -D warnings

clippy-wasm: setup
	$(call step,test: lints for the browser build (cargo clippy --target $(WASM_TARGET)))
	cargo clippy --target $(WASM_TARGET) $(BROWSER_APP) --all-targets -- -D warnings

test-native: setup
	$(call step,test: native unit and integration tests of every crate (cargo test --workspace))
	cargo test --workspace

test-wasm: setup
	$(call step,test: in-browser tests in headless Chromium (cargo test --target $(WASM_TARGET)))
	cargo test --target $(WASM_TARGET) $(BROWSER_APP)

build: setup
	$(call step,test: release build (trunk build --release) into dist/)
	trunk build --release --offline

export: setup
	$(call step,export: cargo run $(COMMANDS) --bin export-corpus -- $(CORPUS_JSON))
	@mkdir -p $(dir $(CORPUS_JSON))
	cargo run --quiet $(COMMANDS) --bin export-corpus -- $(CORPUS_JSON)
	@test -s $(CORPUS_JSON) || { echo 'export-corpus wrote nothing to $(CORPUS_JSON)' >&2; exit 1; }
	@echo 'corpus written to $(CURDIR)/$(CORPUS_JSON)'

names:
	$(call step,names: cargo run $(COMMANDS) --bin names (writes target/glossary-candidates.toml))
	cargo run --quiet $(COMMANDS) --bin names

# The reviewed snapshot files (tests/snapshots/), written anew from the code: read `git diff` before committing.
snapshots:
	$(call step,snapshots: UPDATE_SNAPSHOTS=1 cargo test -p parallel-lives-compiler snapshots)
	UPDATE_SNAPSHOTS=1 cargo test --quiet -p parallel-lives-compiler --lib snapshots
	git --no-pager diff --stat -- tests/snapshots/

ablation:
	$(call step,ablation: cargo run $(COMMANDS) --bin names -- --ablation)
	cargo run --quiet $(COMMANDS) --bin names -- --ablation

experiences:
	$(call step,experiences: cargo run $(COMMANDS) --bin names -- --experiences)
	cargo run --quiet $(COMMANDS) --bin names -- --experiences

bench: setup build export
	$(call step,bench: node tests/bench/bench.mjs (writes docs/benchmarks.md))
	node tests/bench/bench.mjs

screenshots: setup build
	$(call step,screenshots: node tests/e2e/screenshots.mjs (writes docs/card-*.png))
	node tests/e2e/screenshots.mjs

lighthouse: setup build export
	$(call step,lighthouse: node tests/bench/lighthouse.mjs)
	node tests/bench/lighthouse.mjs

e2e: setup build export
	$(call step,test: end-to-end tests against dist/ in headless Chromium (node --test tests/e2e/))
	node --test --test-concurrency=1 tests/e2e/

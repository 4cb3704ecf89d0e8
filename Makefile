# textfacts — PGXS build of the extension, and plain rules for what is built
# from src/core alone: the CLI (build/textfacts), the C unit tests and the
# fuzz harnesses.  The CLI is deliberately not PGXS's PROGRAM, which would
# install it into PostgreSQL's bin directory.
#
#   make                 extension + CLI
#   make install         extension into PostgreSQL (pg_config)
#   make unit            build and run the C unit tests of src/core
#   make check-sanitize  unit tests and the CLI over the fuzz corpora, built with ASan+UBSan
#   make check-valgrind  the same, ordinary builds, under valgrind memcheck
#   make check-valgrind-server   pg_regress (reduced) in a USE_VALGRIND server under memcheck
#   make fuzz-smoke      replay the fuzz corpora and random inputs (gcc, ASan-free)
#   make fuzz            libFuzzer builds of the harnesses (clang)
#   make fuzz-long FUZZ_SECONDS=N   each libFuzzer harness for N seconds, with its
#                        seed corpus and dictionary (test/fuzz/dict); reports
#                        executions and cov/ft per harness
#   make eval            score the CLI on the evaluation sets of test/data, and on
#                        the optional corpora in CORPORA=dir when present (scripts/eval)
#   make check-scorer    compare test/eval/score.py with the team's reference copy
#                        (SCORER_REF=path, default ../shared/eval/score.py)
#   make generated       regenerate every table of src/core/generated/ (the four below)
#   make gazetteer       ... src/core/generated/gazetteer_data.c
#   make currencies      ... src/core/generated/currency_data.c
#   make gazetteer-i18n  ... src/core/generated/gazetteer_i18n_data.c
#   make lexicon         ... src/core/generated/lexicon_data.c
#   make first-names     ... src/core/generated/first_names_data.c
#   make place-words     ... src/core/generated/place_words_data.c
#   make model           train the person tagger (build/tf_train) on CORPORA=dir/entities
#                        into src/core/generated/tagger_model.c
#   make check-model     retrain and compare with the committed model byte for byte
#   make check-generated regenerate into a temporary directory and compare with what is
#                        committed (scripts/setup installs every input)
#   make check-callgraph no call cycle between the files of src/core, nor of src/pg
#                        (scripts/check_callgraph.py over the objects' symbols)
#   make installcheck    pg_regress against a running server
#   make installcheck-security   the attacks of test/security against a running server
#   WERROR=1             warnings are errors for the project's own code

EXTENSION = textfacts
EXTVERSION = $(shell sed -n "s/^default_version *= *'\(.*\)'/\1/p" textfacts.control)
MODULE_big = textfacts

# hand-written files in src/core, generated tables in src/core/generated
CORE_SRCS := $(sort $(wildcard src/core/*.c)) $(sort $(wildcard src/core/generated/*.c))
CORE_HDRS := $(wildcard src/core/*.h)
PG_SRCS := $(sort $(wildcard src/pg/*.c))
OBJS = $(CORE_SRCS:.c=.o) $(PG_SRCS:.c=.o)

DATA = $(sort $(wildcard src/sql/textfacts--*.sql))
REGRESS = $(patsubst sql/%.sql,%,$(sort $(wildcard sql/*.sql)))
REGRESS_OPTS = --inputdir=. --load-extension=textfacts
# isolation tests (test/isolation/specs): concurrent refreshes (issue 17).
# PGXS runs them with $(top_builddir)/src/test/isolation/pg_isolation_regress,
# which Debian ships in postgresql-client-15 (under lib/pgxs, with
# isolationtester beside it); installcheck fails early if it is missing.
ISOLATION = $(patsubst test/isolation/specs/%.spec,%,$(sort $(wildcard test/isolation/specs/*.spec)))
ISOLATION_OPTS = --inputdir=test/isolation --outputdir=test/isolation/output_iso \
	--load-extension=textfacts
EXTRA_CLEAN = build results regression.diffs regression.out \
	test/security/results test/security/regression.diffs test/security/regression.out \
	test/isolation/output_iso

PG_CONFIG ?= pg_config
PGXS := $(shell $(PG_CONFIG) --pgxs)

ICU_PC_CFLAGS := $(shell pkg-config --cflags icu-uc icu-i18n 2>/dev/null)
ICU_PC_LIBS := $(shell pkg-config --libs icu-uc icu-i18n 2>/dev/null)

PG_CPPFLAGS = -Isrc/core -Isrc/pg $(ICU_PC_CFLAGS)
# -Bsymbolic-functions: the library's calls to its own functions are bound
# when it is linked.  Otherwise each is a PLT slot that the dynamic linker
# resolves by name through every library of the backend when LOAD maps it
# (PostgreSQL loads with RTLD_NOW): 267 lookups, a third of what was left of
# a new backend's LOAD once the tables had no pointers (issue 19).  The
# functions stay exported, for dlsym and for JIT inlining.
SHLIB_LINK = $(ICU_PC_LIBS) -Wl,-Bsymbolic-functions

ifdef WERROR
PG_CFLAGS = -Wall -Wextra -Werror -Wno-unused-parameter -Wno-missing-field-initializers
endif

include $(PGXS)

PG_ISOLATION_REGRESS = $(top_builddir)/src/test/isolation/pg_isolation_regress
installcheck: check-isolation-tools
check-isolation-tools:
	@test -x $(PG_ISOLATION_REGRESS) || { echo "$(PG_ISOLATION_REGRESS) is missing: install postgresql-client-15 (scripts/setup does)" >&2; exit 1; }
.PHONY: check-isolation-tools

# The security suite (issue 13): hostile roles against an installed
# extension.  Its tests make roles and databases of their own (roles are
# cluster-wide: named tf_sec_*, dropped at the end), so it runs apart from
# REGRESS, which loads the extension into one database.
SECURITY_REGRESS = $(patsubst test/security/sql/%.sql,%,$(sort $(wildcard test/security/sql/*.sql)))
installcheck-security:
	$(pg_regress_installcheck) --inputdir=test/security --outputdir=test/security \
		--dbname=tf_security $(SECURITY_REGRESS)

.PHONY: installcheck-security

# src/core is C99 of its own and need not follow PostgreSQL's
# declarations-at-the-top rule that PGXS's flags enforce.
$(CORE_SRCS:.c=.o): override CFLAGS += -std=gnu99 -Wno-declaration-after-statement
$(OBJS): $(CORE_HDRS) $(wildcard src/pg/*.h)

# ---- built from src/core alone ----

BUILD = build
HOST_CC ?= cc
HOST_CFLAGS = -std=c99 -D_POSIX_C_SOURCE=200809L -O2 -g -Wall -Wextra \
	-Wno-unused-parameter $(if $(WERROR),-Werror) -Isrc/core -Isrc/cli $(ICU_PC_CFLAGS)
HOST_LIBS = $(ICU_PC_LIBS)

HOST_CORE_OBJS = $(patsubst src/core/%.c,$(BUILD)/core/%.o,$(CORE_SRCS))
CLI_OBJS = $(BUILD)/cli/textfacts_cli.o $(BUILD)/cli/json.o

$(BUILD)/core/%.o: src/core/%.c $(CORE_HDRS)
	@mkdir -p $(dir $@)
	$(HOST_CC) $(HOST_CFLAGS) -c -o $@ $<

$(BUILD)/cli/%.o: src/cli/%.c $(wildcard src/cli/*.h) $(CORE_HDRS)
	@mkdir -p $(dir $@)
	$(HOST_CC) $(HOST_CFLAGS) -c -o $@ $<

$(BUILD)/textfacts: $(HOST_CORE_OBJS) $(CLI_OBJS)
	$(HOST_CC) -o $@ $^ $(HOST_LIBS)

all: $(BUILD)/textfacts

# the person tagger's trainer (make model)
$(BUILD)/train/%.o: src/train/%.c $(wildcard src/cli/*.h) $(CORE_HDRS)
	@mkdir -p $(dir $@)
	$(HOST_CC) $(HOST_CFLAGS) -c -o $@ $<

$(BUILD)/tf_train: $(BUILD)/train/tf_train.o $(BUILD)/cli/json.o $(HOST_CORE_OBJS)
	$(HOST_CC) -o $@ $^ $(HOST_LIBS) -lm

# C unit tests: one program per test/unit/test_*.c, TAP output
UNIT_SRCS := $(sort $(wildcard test/unit/test_*.c))
UNIT_BINS = $(patsubst test/unit/%.c,$(BUILD)/unit/%,$(UNIT_SRCS))

$(BUILD)/unit/%: test/unit/%.c test/unit/tap.h $(HOST_CORE_OBJS)
	@mkdir -p $(dir $@)
	$(HOST_CC) $(HOST_CFLAGS) -Itest/unit -o $@ $< $(HOST_CORE_OBJS) $(HOST_LIBS)

unit-build: $(UNIT_BINS)

unit: $(UNIT_BINS)
	@for t in $(UNIT_BINS); do echo "# $$t"; $$t || exit 1; done

# The same unit tests and CLI built with ASan+UBSan (every report fatal),
# and both run over the fuzz corpora (scripts/check-memory): what
# scripts/test runs as "sanitizers".  check-valgrind runs the ordinary
# builds under valgrind memcheck instead (leaks, uninitialised reads).
SAN_CC ?= clang
SAN_FLAGS = -O1 -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer
SAN_CORE_OBJS = $(patsubst src/core/%.c,$(BUILD)/san/core/%.o,$(CORE_SRCS))
SAN_UNIT_BINS = $(patsubst test/unit/%.c,$(BUILD)/san/unit/%,$(UNIT_SRCS))

$(BUILD)/san/core/%.o: src/core/%.c $(CORE_HDRS)
	@mkdir -p $(dir $@)
	$(SAN_CC) $(HOST_CFLAGS) $(SAN_FLAGS) -c -o $@ $<

$(BUILD)/san/cli/%.o: src/cli/%.c $(wildcard src/cli/*.h) $(CORE_HDRS)
	@mkdir -p $(dir $@)
	$(SAN_CC) $(HOST_CFLAGS) $(SAN_FLAGS) -c -o $@ $<

$(BUILD)/san/textfacts: $(SAN_CORE_OBJS) $(BUILD)/san/cli/textfacts_cli.o $(BUILD)/san/cli/json.o
	$(SAN_CC) $(SAN_FLAGS) -o $@ $^ $(HOST_LIBS)

$(BUILD)/san/unit/%: test/unit/%.c test/unit/tap.h $(SAN_CORE_OBJS)
	@mkdir -p $(dir $@)
	$(SAN_CC) $(HOST_CFLAGS) $(SAN_FLAGS) -Itest/unit -o $@ $< $(SAN_CORE_OBJS) $(HOST_LIBS)

sanitize-build: $(SAN_UNIT_BINS) $(BUILD)/san/textfacts

check-sanitize: sanitize-build
	@scripts/check-memory asan $(BUILD)/san

check-valgrind: $(UNIT_BINS) $(BUILD)/textfacts
	@scripts/check-memory valgrind $(BUILD)

# textfacts in a server under valgrind: PostgreSQL 15 built with
# USE_VALGRIND from Debian's source package into /var/tmp
# (scripts/valgrind-pg), a reduced pg_regress schedule
# (scripts/check-valgrind-server).  Too slow for scripts/test.
check-valgrind-server:
	@scripts/check-valgrind-server

# fuzz harnesses: test/fuzz/fuzz_*.c define LLVMFuzzerTestOneInput
FUZZ_SRCS := $(sort $(wildcard test/fuzz/fuzz_*.c))
FUZZ_SMOKE_BINS = $(patsubst test/fuzz/%.c,$(BUILD)/fuzz-smoke/%,$(FUZZ_SRCS))
FUZZ_BINS = $(patsubst test/fuzz/%.c,$(BUILD)/fuzz/%,$(FUZZ_SRCS))
FUZZ_EXTRA = $(BUILD)/cli/json.o

$(BUILD)/fuzz-smoke/%: test/fuzz/%.c test/fuzz/smoke_driver.c $(wildcard test/fuzz/*.h) $(HOST_CORE_OBJS) $(FUZZ_EXTRA)
	@mkdir -p $(dir $@)
	$(HOST_CC) $(HOST_CFLAGS) -o $@ $< test/fuzz/smoke_driver.c $(HOST_CORE_OBJS) $(FUZZ_EXTRA) $(HOST_LIBS)

fuzz-smoke-build: $(FUZZ_SMOKE_BINS)

fuzz-smoke: $(FUZZ_SMOKE_BINS)
	@for t in $(FUZZ_SMOKE_BINS); do n=$$(basename $$t); \
		$$t test/fuzz/corpus/$${n#fuzz_} || exit 1; done

FUZZ_CC ?= clang
FUZZ_CFLAGS = -g -O1 -fsanitize=fuzzer-no-link,address,undefined -Isrc/core -Isrc/cli $(ICU_PC_CFLAGS)
# the engine is compiled once for all harnesses (instrumented, without
# libFuzzer's main), each harness links it with libFuzzer
FUZZ_CORE_OBJS = $(patsubst src/core/%.c,$(BUILD)/fuzz-obj/core/%.o,$(CORE_SRCS)) $(BUILD)/fuzz-obj/cli/json.o

$(BUILD)/fuzz-obj/%.o: src/%.c $(CORE_HDRS) $(wildcard src/cli/*.h)
	@mkdir -p $(dir $@)
	$(FUZZ_CC) $(FUZZ_CFLAGS) -c -o $@ $<

$(BUILD)/fuzz/%: test/fuzz/%.c $(wildcard test/fuzz/*.h) $(FUZZ_CORE_OBJS)
	@mkdir -p $(dir $@)
	$(FUZZ_CC) $(FUZZ_CFLAGS) -fsanitize=fuzzer -o $@ $< $(FUZZ_CORE_OBJS) $(HOST_LIBS)

fuzz: $(FUZZ_BINS)

# Long fuzzing: every harness for FUZZ_SECONDS seconds (default 1800), one
# after the other, from a copy of its seed corpus (test/fuzz/corpus/NAME)
# with its dictionary (test/fuzz/dict/NAME.dict).  The grown corpora, the
# logs and any crash-* files go to FUZZ_OUT (default build/fuzz-long); the
# last line per harness gives its executions and final cov:/ft:.
# FUZZ_TARGETS=fuzz_extract... picks harnesses.  Fails on the first report.
FUZZ_SECONDS ?= 1800
FUZZ_OUT ?= $(BUILD)/fuzz-long
FUZZ_TARGETS ?= $(notdir $(FUZZ_BINS))
fuzz-long: $(FUZZ_BINS)
	@FUZZ_SECONDS=$(FUZZ_SECONDS) FUZZ_OUT=$(FUZZ_OUT) scripts/fuzz-long $(FUZZ_TARGETS)

# ---- data and evaluation ----

# generators and their inputs: data/README.md
gazetteer:
	python3 data/gen_gazetteer.py

# currency tables from ICU (data/dump_icu_currencies.c), iso-codes and data/currency_news.tsv
currencies:
	python3 data/gen_currencies.py

gazetteer-i18n:
	python3 data/gen_i18n_gazetteer.py

# the engine's words (months, weekdays, numbers, scales, abbreviations) from data/lexicon.tsv
lexicon:
	python3 data/gen_lexicon.py

# first names for the person tagger, from the npm packages of data/package.json
first-names:
	python3 data/gen_first_names.py

# the words of GeoNames' place names, a feature of the person tagger
place-words:
	python3 data/gen_place_words.py

generated: gazetteer currencies gazetteer-i18n lexicon first-names place-words

# the person tagger's model from the training sets in CORPORA/entities (data/README.md):
# UNER EWT train, wikigold, and GMB without its test tenth (data/gmb_split.py),
# whose silver tags count less (--weight)
TRAIN_SETS = $(CORPORA)/entities
MODEL_ARGS = --epochs 6 --min-count 2 --prune 50 --uner $(TRAIN_SETS)/uner-ewt-train.jsonl \
	--wikigold $(TRAIN_SETS)/wikigold.jsonl --weight 0.2 --gmb $(BUILD)/model/gmb-train.jsonl
$(BUILD)/model/gmb-train.jsonl: $(TRAIN_SETS)/gmb-silver.jsonl data/gmb_split.py
	@mkdir -p $(dir $@)
	python3 data/gmb_split.py $< train > $@

model: $(BUILD)/tf_train $(BUILD)/model/gmb-train.jsonl
	$(BUILD)/tf_train $(MODEL_ARGS) --out src/core/generated/tagger_model.c
	sha256sum src/core/generated/tagger_model.c

# retrains into build/model and compares with the committed model, byte for byte (not in CI)
check-model: $(BUILD)/tf_train $(BUILD)/model/gmb-train.jsonl
	$(BUILD)/tf_train $(MODEL_ARGS) --out $(BUILD)/model/tagger_model.c
	cmp src/core/generated/tagger_model.c $(BUILD)/model/tagger_model.c \
		&& echo "src/core/generated/tagger_model.c is what make model makes"

check-generated:
	python3 data/check_generated.py

# the layering of the code: a file never calls back into a file that calls it
check-callgraph: $(HOST_CORE_OBJS) $(PG_SRCS:.c=.o)
	@python3 scripts/check_callgraph.py $(foreach o,$(HOST_CORE_OBJS),src/core:$(o)) \
		$(foreach o,$(PG_SRCS:.c=.o),src/pg:$(o))

# optional corpora outside the repository (scripts/eval names what is
# missing); not DATA, which PGXS uses for the files it installs
CORPORA ?= ../shared/data
eval: $(BUILD)/textfacts
	@scripts/eval --data $(CORPORA)

# test/eval/score.py is a copy of the team's reference scorer with a header of
# three comment lines; the rest must be the same
SCORER_REF ?= ../shared/eval/score.py
check-scorer:
	@if [ -f $(SCORER_REF) ]; then \
		sed '2,4d' test/eval/score.py | diff -u $(SCORER_REF) - \
			&& echo "test/eval/score.py is the same as $(SCORER_REF)"; \
	else echo "test/eval/score.py not checked: $(SCORER_REF) is not here"; fi

# textfacts against to_tsvector in one run on a throwaway cluster (bench/bench.sh;
# BASELINE=REV also times the CLI of that commit)
bench:
	@bench/bench.sh

.PHONY: unit unit-build sanitize-build check-sanitize check-valgrind check-valgrind-server fuzz fuzz-long fuzz-smoke fuzz-smoke-build gazetteer currencies gazetteer-i18n lexicon \
	first-names place-words model check-model generated check-generated check-callgraph eval check-scorer bench

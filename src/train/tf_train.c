/*
 * tf_train.c — trains the person tagger's model (build/tf_train, `make
 * model`) and writes it as src/core/generated/tagger_model.c.
 *
 * usage: tf_train [--epochs N] [--min-count N] --out FILE
 *                 {[--weight X] --gmb FILE | --uner FILE | --wikigold FILE} ...
 *
 * The training sets are JSONL with "text" and "spans" (start/end in
 * characters, or bstart/bend in bytes, and a label).  --gmb must be given
 * the GMB sentences without the test tenth (data/gmb_split.py ... train,
 * which `make model` runs).  Labels: GMB per -> PER (titles left out of the
 * span, as the stage leaves them out), org -> ORG, geo -> LOC, gpe (a
 * nationality or a country used as an actor; the gazetteer gives both their
 * ISO norms) -> MISC, art/eve/nat -> MISC, tim -> O; UNER PER/ORG/LOC;
 * wikigold PER/ORG/LOC/MISC.
 *
 * Each text goes through the engine itself (src/core, linked in): the
 * tokenizer, the stages before the tagger, and tagger_features.c, so that
 * the model is trained on exactly what the stage will compute.  Training
 * is an averaged structured perceptron over the segments the stage decodes
 * (tf_tag_segments), an update counting --weight times (the weight given
 * before the file: GMB's silver tags count less than the human ones),
 * single-threaded, with a fixed seed for the order of
 * the examples: the same files give the same model, byte for byte (`make
 * check-model`).  Features seen fewer than --min-count times get no weight.
 */
#include "stages.h"
#include "tagger.h"
#include "gazetteer.h"
#include "text.h"
#include "json.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#define NT TF_TAG_NTAGS
#define NE (TF_TAG_NTAGS + 1)

static void
die(const char *msg)
{
	fprintf(stderr, "tf_train: %s\n", msg);
	exit(1);
}

static void *
xrealloc(void *p, size_t n)
{
	p = realloc(p, n ? n : 1);
	if (p == NULL)
		die("out of memory");
	return p;
}

/* ---- the examples: segments with their features and gold tags ---- */

typedef struct segment
{
	size_t		tok;			/* first token in all_nfeats / all_gold */
	size_t		feat;			/* first feature in all_feats */
	int			n;
	float		weight;			/* of its training set (--weight) */
} segment;

static segment *segs;
static size_t nsegs,
			capsegs;
static uint32_t *all_feats;
static size_t nfeats_total,
			capfeats;
static uint8_t *all_nfeats,
		   *all_gold;
static size_t ntoks_total,
			captoks;

/* the gold tag of each token of the document being read */
static uint8_t *doc_gold;

/* the weight of the updates of the files that follow (--weight) */
static float cur_weight = 1;

/*
 * A gold name that the segment's edge cuts (a name of lower-case words
 * before or after the capitals: "al-Qaida", "iPhone") is the part inside:
 * the decoder could never give a sequence that opens or closes outside the
 * segment, and an update towards one it cannot reach only adds noise.
 */
static void
cut_gold(uint8_t *gold, int n)
{
	int			t = gold[0];

	if (t != 0 && (TF_TAG_PART(t) == TF_TB_I || TF_TAG_PART(t) == TF_TB_L))
		gold[0] = (uint8_t) TF_TAG(TF_TAG_CLASS(t), TF_TAG_PART(t) == TF_TB_I ? TF_TB_B : TF_TB_U);
	t = gold[n - 1];
	if (t != 0 && (TF_TAG_PART(t) == TF_TB_B || TF_TAG_PART(t) == TF_TB_I))
		gold[n - 1] = (uint8_t) TF_TAG(TF_TAG_CLASS(t), TF_TAG_PART(t) == TF_TB_I ? TF_TB_L : TF_TB_U);
}

static void
add_segment(tf_doc *doc, int first, int last, void *arg)
{
	const tf_tag_docinfo *di = arg;
	int			n = last - first + 1;
	uint32_t	feats[TF_TAG_MAX_SEG * TF_TAG_MAX_FEATS];
	uint8_t		nf[TF_TAG_MAX_SEG];

	tf_tag_features(doc, di, first, last, feats, nf);
	if (nsegs == capsegs)
	{
		capsegs = capsegs ? capsegs * 2 : 4096;
		segs = xrealloc(segs, capsegs * sizeof(segment));
	}
	if (ntoks_total + n > captoks)
	{
		while (ntoks_total + n > captoks)
			captoks = captoks ? captoks * 2 : 65536;
		all_nfeats = xrealloc(all_nfeats, captoks);
		all_gold = xrealloc(all_gold, captoks);
	}
	segs[nsegs].tok = ntoks_total;
	segs[nsegs].feat = nfeats_total;
	segs[nsegs].n = n;
	segs[nsegs].weight = cur_weight;
	nsegs++;
	for (int k = 0; k < n; k++)
	{
		if (nfeats_total + nf[k] > capfeats)
		{
			while (nfeats_total + nf[k] > capfeats)
				capfeats = capfeats ? capfeats * 2 : (1 << 20);
			all_feats = xrealloc(all_feats, capfeats * sizeof(uint32_t));
		}
		memcpy(all_feats + nfeats_total, feats + (size_t) k * TF_TAG_MAX_FEATS,
			   nf[k] * sizeof(uint32_t));
		nfeats_total += nf[k];
		all_nfeats[ntoks_total] = nf[k];
		all_gold[ntoks_total] = doc_gold[first + k];
		ntoks_total++;
	}
	cut_gold(all_gold + ntoks_total - n, n);
}

/* ---- reading the training sets ---- */

enum scheme
{
	S_GMB, S_UNER, S_WIKIGOLD
};

/* the labels of each scheme and their classes; any other label is O */
static const struct
{
	enum scheme sc;
	const char *label;
	int			cls;
}			labels[] = {
	{S_GMB, "per", TF_TC_PER}, {S_GMB, "org", TF_TC_ORG}, {S_GMB, "geo", TF_TC_LOC},
	{S_GMB, "gpe", TF_TC_MISC}, {S_GMB, "art", TF_TC_MISC}, {S_GMB, "eve", TF_TC_MISC},
	{S_GMB, "nat", TF_TC_MISC},
	{S_UNER, "PER", TF_TC_PER}, {S_UNER, "ORG", TF_TC_ORG}, {S_UNER, "LOC", TF_TC_LOC},
	{S_WIKIGOLD, "PER", TF_TC_PER}, {S_WIKIGOLD, "ORG", TF_TC_ORG},
	{S_WIKIGOLD, "LOC", TF_TC_LOC}, {S_WIKIGOLD, "MISC", TF_TC_MISC},
};

/* the class of a label (TF_TC_*), or -1 for O */
static int
label_class(enum scheme sc, const char *label)
{
	for (size_t k = 0; k < sizeof(labels) / sizeof(labels[0]); k++)
		if (labels[k].sc == sc && strcmp(labels[k].label, label) == 0)
			return labels[k].cls;
	return -1;
}

/* the byte offset of character c of text[0..len) */
static size_t
char_to_byte(const char *text, size_t len, long c)
{
	size_t		pos = 0;

	for (long k = 0; k < c && pos < len; k++)
		tf_utf8_next(text, len, &pos);
	return pos;
}

/* marks the tokens of one gold span [bs, be) with BILOU tags of class cls */
static void
mark_span(const tf_doc *doc, int cls, size_t bs, size_t be)
{
	int			first = -1,
				last = -1;

	for (int i = 0; i < doc->ntok; i++)
		if (doc->tok[i].bstart >= bs && doc->tok[i].bstart < be)
		{
			if (first < 0)
				first = i;
			last = i;
		}
	if (first < 0)
		return;
	if (cls == TF_TC_PER)
	{
		/* the stage leaves titles out of a person: so does its training */
		first = tf_tag_person_start(doc, first, last);
	}
	for (int i = first; i <= last; i++)
		if (doc_gold[i] != 0)
			return;				/* overlapping gold spans: the first wins */
	if (first == last)
		doc_gold[first] = TF_TAG(cls, TF_TB_U);
	else
	{
		doc_gold[first] = TF_TAG(cls, TF_TB_B);
		for (int i = first + 1; i < last; i++)
			doc_gold[i] = TF_TAG(cls, TF_TB_I);
		doc_gold[last] = TF_TAG(cls, TF_TB_L);
	}
}

static long
member_long(json_member *m)
{
	return m->value != NULL ? strtol(m->value, NULL, 10) : -1;
}

static void
read_record(enum scheme sc, const char *text, size_t len, const char *spans, size_t slen)
{
	tf_options	opts;
	tf_doc		doc;
	tf_tokens	toks;
	int32_t		countdown;
	tf_tag_docinfo di;
	size_t		pos = 0,
				a,
				b;

	tf_options_init(&opts);
	tf_doc_open(&doc, &tf_malloc_allocator, text, len, &opts, &countdown, &toks);
	tf_doc_run_stages(&doc, tf_recognize_tagger);
	doc_gold = xrealloc(doc_gold, (size_t) doc.ntok + 1);
	memset(doc_gold, 0, (size_t) doc.ntok + 1);
	while (spans != NULL && json_array_next(spans, slen, &pos, &a, &b))
	{
		json_member m[5] = {{"label", NULL, 0, false, false}, {"start", NULL, 0, false, false},
			{"end", NULL, 0, false, false}, {"bstart", NULL, 0, false, false},
			{"bend", NULL, 0, false, false}};
		int			cls;
		size_t		bs,
					be;

		if (!json_read_object(spans + a, b - a, m, 5) || m[0].value == NULL)
			die("a span that is not an object with a label");
		cls = label_class(sc, m[0].value);
		if (m[3].value != NULL && m[4].value != NULL)
		{
			bs = (size_t) member_long(&m[3]);
			be = (size_t) member_long(&m[4]);
		}
		else
		{
			bs = char_to_byte(text, len, member_long(&m[1]));
			be = char_to_byte(text, len, member_long(&m[2]));
		}
		if (cls >= 0 && bs < be && be <= len)
			mark_span(&doc, cls, bs, be);
		json_free_members(m, 5);
	}
	tf_tag_docinfo_build(&doc, &di);
	tf_tag_segments(&doc, true, add_segment, &di);
	tf_tag_docinfo_free(&doc, &di);
	tf_doc_close(&doc);
}

static void
read_file(enum scheme sc, const char *path)
{
	FILE	   *f = fopen(path, "r");
	char	   *line = NULL;
	size_t		cap = 0;
	ssize_t		n;
	long		nrec = 0;

	if (f == NULL)
	{
		perror(path);
		exit(1);
	}
	while ((n = getline(&line, &cap, f)) > 0)
	{
		json_member m[2] = {{"text", NULL, 0, false, false}, {"spans", NULL, 0, false, true}};

		if (!json_read_object(line, (size_t) n, m, 2) || m[0].value == NULL)
			die("a line that is not a JSON object with \"text\"");
		read_record(sc, m[0].value, m[0].len, m[1].value, m[1].len);
		json_free_members(m, 2);
		nrec++;
	}
	free(line);
	fclose(f);
	fprintf(stderr, "tf_train: %s: %ld records\n", path, nrec);
}

/* ---- the weights while training ---- */

typedef struct wrow
{
	float		w[NT];
	float		u[NT];			/* sum of c * update, for the average */
} wrow;

static uint32_t *wkeys;			/* feature hash, 0 empty */
static uint32_t *wcount;		/* how often the feature was seen */
static int32_t *wrowidx;		/* its row, or -1 */
static uint32_t wmask;
static wrow *rows;
static size_t nrows;
static float tw[NE * NE],
			tu[NE * NE];

/* the least quantised weight kept (--prune): smaller ones cost a lookup for little */
static long prune = 1;

static uint32_t
wslot(uint32_t key)
{
	uint32_t	h = key & wmask;

	while (wkeys[h] != 0 && wkeys[h] != key)
		h = (h + 1) & wmask;
	return h;
}

static void
count_features(int min_count)
{
	uint32_t	size = 1;

	while (size < nfeats_total / 2 + 1024)
		size <<= 1;
	wkeys = calloc(size, sizeof(uint32_t));
	wcount = calloc(size, sizeof(uint32_t));
	wrowidx = malloc(size * sizeof(int32_t));
	if (!wkeys || !wcount || !wrowidx)
		die("out of memory");
	wmask = size - 1;
	for (size_t k = 0; k < nfeats_total; k++)
	{
		uint32_t	h = wslot(all_feats[k]);

		if (wkeys[h] == 0)
		{
			wkeys[h] = all_feats[k];
			/* keep the table at most half full */
			if (++nrows * 2 > size)
				die("feature table full");
		}
		wcount[h]++;
	}
	nrows = 0;
	for (uint32_t h = 0; h <= wmask; h++)
		wrowidx[h] = (wkeys[h] != 0 && wcount[h] >= (uint32_t) min_count) ? (int32_t) nrows++ : -1;
	rows = calloc(nrows ? nrows : 1, sizeof(wrow));
	if (rows == NULL)
		die("out of memory");
	/* features below the count are dropped from the examples once and for all */
	for (size_t k = 0; k < nfeats_total; k++)
	{
		int32_t		r = wrowidx[wslot(all_feats[k])];

		all_feats[k] = (uint32_t) r;	/* the row, or (uint32_t) -1 */
	}
	fprintf(stderr, "tf_train: %zu features kept of %u slots\n", nrows, size);
}

static void
update_feats(const segment *s, int k, int tag, float d, float c)
{
	size_t		off = s->feat;

	for (int j = 0; j < k; j++)
		off += all_nfeats[s->tok + j];
	for (int j = 0; j < all_nfeats[s->tok + k]; j++)
	{
		uint32_t	r = all_feats[off + j];

		if (r == (uint32_t) -1)
			continue;
		rows[r].w[tag] += d;
		rows[r].u[tag] += c * d;
	}
}

static void
train(int epochs)
{
	size_t	   *order = malloc(nsegs * sizeof(size_t));
	uint64_t	rng = 0x5eed5eedu;
	float		c = 1;
	float		emit[TF_TAG_MAX_SEG * NT];
	float		trans[NE * NE];
	uint8_t		pred[TF_TAG_MAX_SEG];

	for (size_t k = 0; k < nsegs; k++)
		order[k] = k;
	for (int e = 0; e < epochs; e++)
	{
		long		wrong = 0,
					total = 0;

		/* a fixed shuffle per epoch: Fisher-Yates over an LCG */
		for (size_t k = nsegs; k > 1; k--)
		{
			size_t		j;

			rng = rng * 6364136223846793005ull + 1442695040888963407ull;
			j = (size_t) ((rng >> 33) % k);
			size_t		t = order[k - 1];

			order[k - 1] = order[j];
			order[j] = t;
		}
		for (size_t q = 0; q < nsegs; q++)
		{
			const segment *s = &segs[order[q]];
			const uint8_t *gold = all_gold + s->tok;
			size_t		off = s->feat;
			bool		same = true;

			for (int k = 0; k < s->n; k++)
			{
				for (int t = 0; t < NT; t++)
					emit[k * NT + t] = 0;
				for (int j = 0; j < all_nfeats[s->tok + k]; j++)
				{
					uint32_t	r = all_feats[off + j];

					if (r != (uint32_t) -1)
						for (int t = 0; t < NT; t++)
							emit[k * NT + t] += rows[r].w[t];
				}
				off += all_nfeats[s->tok + k];
			}
			memcpy(trans, tw, sizeof(trans));
			tf_tag_viterbi(emit, s->n, trans, pred);
			for (int k = 0; k < s->n; k++)
			{
				total++;
				if (pred[k] != gold[k])
				{
					wrong++;
					same = false;
				}
			}
			if (!same)
			{
				for (int k = 0; k < s->n; k++)
					if (pred[k] != gold[k])
					{
						update_feats(s, k, gold[k], s->weight, c);
						update_feats(s, k, pred[k], -s->weight, c);
					}
				for (int k = 0; k <= s->n; k++)
				{
					int			ga = k == 0 ? NT : gold[k - 1],
								gb = k == s->n ? NT : gold[k],
								pa = k == 0 ? NT : pred[k - 1],
								pb = k == s->n ? NT : pred[k];

					tw[ga * NE + gb] += s->weight;
					tu[ga * NE + gb] += c * s->weight;
					tw[pa * NE + pb] -= s->weight;
					tu[pa * NE + pb] -= c * s->weight;
				}
			}
			c++;
		}
		fprintf(stderr, "tf_train: epoch %d: %ld of %ld tokens wrong\n", e + 1, wrong, total);
	}
	/* the average */
	for (size_t r = 0; r < nrows; r++)
		for (int t = 0; t < NT; t++)
			rows[r].w[t] -= rows[r].u[t] / c;
	for (int k = 0; k < NE * NE; k++)
		tw[k] -= tu[k] / c;
	free(order);
}

/* ---- the generated model ---- */

static void
write_model(const char *path, int argc, char **argv)
{
	FILE	   *f = fopen(path, "w");
	float		maxw = 0,
				scale;
	uint32_t	nslots = 1,
				nkept = 0;
	uint32_t   *keys,
			   *rowsout;
	uint32_t   *weights;
	int16_t    *dense;
	size_t		nw = 0,
				nd = 0;

	if (f == NULL)
	{
		perror(path);
		exit(1);
	}
	for (size_t r = 0; r < nrows; r++)
		for (int t = 0; t < NT; t++)
			if (fabsf(rows[r].w[t]) > maxw)
				maxw = fabsf(rows[r].w[t]);
	for (int k = 0; k < NE * NE; k++)
		if (fabsf(tw[k]) > maxw)
			maxw = fabsf(tw[k]);
	scale = maxw > 0 ? maxw / 32767.0f : 1.0f;

	/* the features with a weight that survives quantisation */
	for (uint32_t h = 0; h <= wmask; h++)
		if (wrowidx[h] >= 0)
			for (int t = 0; t < NT; t++)
				if (labs(lrintf(rows[wrowidx[h]].w[t] / scale)) >= prune)
				{
					nkept++;
					break;
				}
	/*
	 * At most half full: nearly every feature the decoder looks up is in
	 * the model (96% on the VOA bench text), and a smaller table stays in
	 * the caches better than fewer probes would save.
	 */
	while ((uint64_t) nslots < (uint64_t) nkept * 2 + 1)
		nslots <<= 1;
	keys = calloc(nslots, sizeof(uint32_t));
	rowsout = calloc(nslots, sizeof(uint32_t));
	weights = malloc((size_t) nkept * NT * sizeof(uint32_t));
	dense = calloc((size_t) nkept * TF_TAG_LANES, sizeof(int16_t));
	if (!keys || !rowsout || !weights || !dense)
		die("out of memory");
	/* slots in the order of the training table: deterministic */
	for (uint32_t h = 0; h <= wmask; h++)
	{
		uint32_t	s,
					start = (uint32_t) nw,
					count = 0;
		long		q[NT];

		if (wrowidx[h] < 0)
			continue;
		for (int t = 0; t < NT; t++)
		{
			q[t] = lrintf(rows[wrowidx[h]].w[t] / scale);
			if (labs(q[t]) < prune)
				q[t] = 0;
			else if (q[t] > 32767 || q[t] < -32767)
				die("a weight out of the range of int16");
			else
				count++;
		}
		if (count == 0)
			continue;
		if (count >= TF_TAG_DENSE_MIN)
		{
			/* a dense row (tagger.h): count field 0, start its number */
			for (int t = 0; t < NT; t++)
				dense[nd * TF_TAG_LANES + t] = (int16_t) q[t];
			start = (uint32_t) nd++;
			count = 0;
		}
		else
			for (int t = 0; t < NT; t++)
				if (q[t] != 0)
					weights[nw++] = (uint32_t) t << 16 | (uint16_t) (int16_t) q[t];
		for (s = wkeys[h] & (nslots - 1); keys[s] != 0; s = (s + 1) & (nslots - 1))
			;
		keys[s] = wkeys[h];
		rowsout[s] = start << 5 | count;
	}
	if (nw >= (1u << 27) || nd >= (1u << 27))
		die("too many weights for the model's layout");

	fprintf(f, "/*\n * tagger_model.c — GENERATED by build/tf_train (src/train/tf_train.c,\n"
			" * `make model`); do not edit.  The person tagger's weights: see\n"
			" * src/core/tagger.h for the layout and data/README.md for the training\n"
			" * files, their sha256 and the command.\n *\n * Command:");
	for (int k = 1; k < argc; k++)
	{
		const char *a = argv[k],
				   *slash = strrchr(a, '/');

		/* file names without their directories: the model is the same wherever they are */
		fprintf(f, " %s", a[0] != '-' && slash != NULL ? slash + 1 : a);
	}
	fprintf(f, "\n * %u features: %zu dense of %d weights, %zu weights of the others; scale %.9g.\n"
			" */\n#include \"tagger.h\"\n\n", nkept, nd, TF_TAG_LANES, nw, (double) scale);
	fprintf(f, "static const tf_tag_slot slots[%u] = {\n", nslots);
	for (uint32_t s = 0; s < nslots; s++)
		fprintf(f, "{%u,%u},%s", keys[s], rowsout[s], s % 6 == 5 ? "\n" : "");
	fprintf(f, "\n};\n\nstatic const uint32_t weights[%zu] = {\n", nw ? nw : 1);
	for (size_t k = 0; k < nw; k++)
		fprintf(f, "%u,%s", weights[k], k % 10 == 9 ? "\n" : "");
	fprintf(f, "\n};\n\nstatic const int16_t dense[%zu] = {\n", nd ? nd * TF_TAG_LANES : 1);
	for (size_t k = 0; k < nd * TF_TAG_LANES; k++)
		fprintf(f, "%d,%s", dense[k], k % TF_TAG_LANES == TF_TAG_LANES - 1 ? "\n" : "");
	fprintf(f, "\n};\n\nstatic const int32_t trans[%d] = {\n", NE * NE);
	for (int k = 0; k < NE * NE; k++)
		fprintf(f, "%ld,%s", lrintf(tw[k] / scale), k % NE == NE - 1 ? "\n" : "");
	fprintf(f, "};\n\nconst tf_tag_model tf_tagger_model = {\n"
			"\tslots, %u, weights, %zu, dense, %zu, trans, %.9gf\n};\n",
			nslots, nw, nd, (double) scale);
	fclose(f);
	fprintf(stderr, "tf_train: wrote %s: %u features (%zu dense), %zu weights\n", path, nkept, nd, nw);
}

int
main(int argc, char **argv)
{
	int			epochs = 6,
				min_count = 2;
	const char *out = NULL;
	clock_t		t0 = clock();

	for (int k = 1; k < argc; k++)
	{
		if (strcmp(argv[k], "--epochs") == 0 && k + 1 < argc)
			epochs = atoi(argv[++k]);
		else if (strcmp(argv[k], "--prune") == 0 && k + 1 < argc)
		{
			prune = atol(argv[++k]);
			if (prune < 1)
				prune = 1;
		}
		else if (strcmp(argv[k], "--min-count") == 0 && k + 1 < argc)
			min_count = atoi(argv[++k]);
		else if (strcmp(argv[k], "--weight") == 0 && k + 1 < argc)
			cur_weight = (float) atof(argv[++k]);
		else if (strcmp(argv[k], "--out") == 0 && k + 1 < argc)
			out = argv[++k];
		else if (strcmp(argv[k], "--gmb") == 0 && k + 1 < argc)
			read_file(S_GMB, argv[++k]);
		else if (strcmp(argv[k], "--uner") == 0 && k + 1 < argc)
			read_file(S_UNER, argv[++k]);
		else if (strcmp(argv[k], "--wikigold") == 0 && k + 1 < argc)
			read_file(S_WIKIGOLD, argv[++k]);
		else
			die("usage: tf_train [--epochs N] [--min-count N] --out FILE "
				"{--gmb FILE | --uner FILE | --wikigold FILE} ...");
	}
	if (out == NULL || nsegs == 0)
		die("nothing to train on, or no --out");
	fprintf(stderr, "tf_train: %zu segments, %zu tokens, %zu features\n", nsegs, ntoks_total,
			nfeats_total);
	count_features(min_count);
	train(epochs);
	write_model(out, argc, argv);
	fprintf(stderr, "tf_train: %.1f s of CPU\n", (double) (clock() - t0) / CLOCKS_PER_SEC);
	return 0;
}

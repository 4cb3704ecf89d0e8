/*
 * tagger_features.c — what the person tagger sees of a token: the one
 * definition of its features, read by the stage (tagger.c) and by the
 * training tool (src/train/tf_train.c), so that training and decoding can
 * never disagree.
 *
 * A feature is a 32-bit hash of a template number and a value (the word,
 * its shape, a neighbour, a gazetteer class...); the model keeps weights
 * only for the hashes training saw, so no string is built or stored.  Each
 * token's values are hashed once (tok_info) and combined per template.
 *
 * The templates: the word as written and lower-cased; its shape (Xxxx,
 * X.X., dd) and the shape with repeats collapsed; prefixes and suffixes of
 * one to four characters; the lower-cased word and shape of the neighbour
 * each side, and the word pairs around it; the class of the token and of its
 * neighbours: which fact an earlier stage made of it (the gazetteer's
 * countries, places, orgs; dates; figures), the gazetteer's entry and
 * context class (title, time, direction, preposition of place, function
 * word), an organisation's head noun, a first name, a word of a GeoNames
 * place name, a month or weekday, a function word of the lexicon; sentence-initial capitals; and two
 * document features: the word written capitalised elsewhere in the
 * document not first in its sentence, and inside a longer capitalised run.
 */
#include "tagger.h"
#include "entities.h"
#include "lexicon.h"
#include "text.h"

#include <unicode/uchar.h>

/* ---- hashing ---- */

static inline uint32_t
fmix(uint32_t h)
{
	h ^= h >> 16;
	h *= 0x85ebca6bu;
	h ^= h >> 13;
	h *= 0xc2b2ae35u;
	h ^= h >> 16;
	return h;
}

static inline uint32_t
combine(uint32_t h, uint32_t v)
{
	return h ^ (v + 0x9e3779b9u + (h << 6) + (h >> 2));
}

/* the feature of template t with value v; never 0 (the model's empty key) */
static inline uint32_t
feat(uint32_t t, uint32_t v)
{
	uint32_t	h = fmix(combine(t * 0x01000193u + 0x7f4a7c15u, v));

	return h != 0 ? h : 1;
}

/* ---- a token's values ---- */

/* attribute bits of a token (tok_info.attrs) */
#define A_CLAIM_SHIFT	0		/* 4 bits: 1 + the kind of the fact owning it */
#define A_GAZ_SHIFT		4		/* 4 bits: 1 + the gazetteer entry's kind */
#define A_CTX_SHIFT		8		/* 5 bits: TF_CTX_* */
#define A_FIRST_SHIFT	13		/* 2 bits: first name, male 1, female 2 */
#define A_ORGHEAD		(1u << 15)
#define A_CAP			(1u << 16)
#define A_UPPER			(1u << 17)
#define A_LOWER			(1u << 18)
#define A_SENT			(1u << 19)
#define A_DOC_SHIFT		20		/* 2 bits: TF_TAG_DOC_* */
#define A_CALENDAR		(1u << 22)	/* a month or weekday */
#define A_FUNC			(1u << 23)	/* a function word of the lexicon */
#define A_TYPE_SHIFT	24		/* 2 bits: tf_token_type */
#define A_EDGE			(1u << 26)	/* beyond the sentence */
#define A_SIDE_SHIFT	27		/* 2 bits: 1 before the sentence, 2 after */
#define A_PLACE_SHIFT	29		/* 2 bits: a word of a place name (tf_place_word_flags) */

#define MAX_WORD_BYTES	64
#define MAX_SHAPE		12

typedef struct tok_info
{
	uint32_t	word;
	uint32_t	lower;
	uint32_t	shape;
	uint32_t	sshape;
	uint32_t	pre[4];
	uint32_t	suf[4];
	uint32_t	attrs;
} tok_info;

/*
 * The hash of a lower-cased word, as the document features key it; the
 * word's plain tf_hash (as the table of place words keys it) in *fnv.
 */
static uint32_t
lower_hash(const tf_doc *doc, int i, char *buf, size_t *len, uint32_t *fnv)
{
	size_t		n = tf_lower(tf_tok_text(doc, i), tf_tok_len(doc, i), buf, MAX_WORD_BYTES);

	if (n == (size_t) -1)
	{
		/* a very long word: its first bytes, cut at a character */
		n = tf_tok_len(doc, i) < MAX_WORD_BYTES ? tf_tok_len(doc, i) : MAX_WORD_BYTES;
		while (n > 0 && ((unsigned char) tf_tok_text(doc, i)[n] & 0xC0) == 0x80)
			n--;
		memcpy(buf, tf_tok_text(doc, i), n);
	}
	*len = n;
	*fnv = tf_hash(buf, n);
	return fmix(*fnv);
}

static char
shape_char(int32_t c)
{
	if (c < 0)
		return '?';
	if (c < 0x80)
	{
		if (c >= 'A' && c <= 'Z')
			return 'X';
		if (c >= 'a' && c <= 'z')
			return 'x';
		if (c >= '0' && c <= '9')
			return 'd';
		return (char) c;
	}
	if (u_isUUppercase(c) || u_istitle(c))
		return 'X';
	if (u_isULowercase(c))
		return 'x';
	if (u_isdigit(c))
		return 'd';
	return 'o';
}

static uint32_t
lookup_place_word(uint32_t fnv)
{
	uint32_t	lo = 0,
				hi = tf_place_words_size;

	while (lo < hi)
	{
		uint32_t	mid = lo + (hi - lo) / 2;

		if (tf_place_word_hashes[mid] < fnv)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < tf_place_words_size && tf_place_word_hashes[lo] == fnv ? tf_place_word_flags[lo] : 0;
}

static uint32_t
lookup_first_name(const char *w, size_t n)
{
	int			k = tf_slots_find(tf_first_name_slots, tf_first_name_nslots, tf_first_names,
								  sizeof(tf_first_name), tf_first_name_pool, w, n);

	return k < 0 ? 0 : tf_first_names[k].flags;
}

uint8_t *
tf_tag_doc_slot(const tf_tag_docinfo *di, uint32_t key)
{
	if (di->mask == 0)
		return NULL;
	if (key == 0)
		key = 1;
	for (uint32_t h = key & di->mask;; h = (h + 1) & di->mask)
	{
		if (di->keys[h] == key)
			return &di->flags[h];
		if (di->keys[h] == 0)
			return NULL;
	}
}

static uint32_t
doc_flags(const tf_tag_docinfo *di, uint32_t key)
{
	uint8_t    *fl = tf_tag_doc_slot(di, key);

	return fl != NULL ? (*fl & (TF_TAG_DOC_CAP_INNER | TF_TAG_DOC_IN_SEQ)) : 0;
}

bool
tf_tag_is_first_name(const tf_doc *doc, int i)
{
	char		low[MAX_WORD_BYTES];
	size_t		n;
	uint32_t	fnv;

	lower_hash(doc, i, low, &n, &fnv);
	return lookup_first_name(low, n) != 0;
}

uint32_t
tf_tag_word_key(const tf_doc *doc, int i)
{
	char		low[MAX_WORD_BYTES];
	size_t		n;
	uint32_t	fnv,
				key = lower_hash(doc, i, low, &n, &fnv);

	return key != 0 ? key : 1;
}

/*
 * The values of token i that its text alone gives (all but the attributes
 * of its place: claimed, first of its sentence, the document's flags), the
 * hash of its first 256 bytes being h.
 */
static void
word_info(const tf_doc *doc, int i, uint32_t h, tok_info *ti)
{
	const tf_token *t = &doc->tok[i];
	const char *s = tf_tok_text(doc, i);
	size_t		len = tf_tok_len(doc, i);
	char		low[MAX_WORD_BYTES];
	char		shape[MAX_SHAPE],
				sshape[MAX_SHAPE];
	size_t		nlow,
				ns = 0,
				nss = 0,
				pos = 0;
	size_t		cps[MAX_WORD_BYTES + 1];	/* character starts in low */
	int			ncp = 0;
	uint32_t	a = 0,
				fnv;
	const tf_gaz_entry *ge;
	const tf_lexword *lw;

	ti->lower = lower_hash(doc, i, low, &nlow, &fnv);

	while (pos < len && pos < 256)
	{
		char		c = shape_char(tf_utf8_next(s, len, &pos));

		if (ns < MAX_SHAPE)
			shape[ns++] = c;
		if (nss < MAX_SHAPE && (nss == 0 || sshape[nss - 1] != c))
			sshape[nss++] = c;
	}
	ti->sshape = fmix(tf_hash(sshape, nss));
	ti->word = fmix(h);
	ti->shape = fmix(tf_hash(shape, ns));
	for (pos = 0; pos < nlow;)
	{
		cps[ncp++] = pos;
		tf_utf8_next(low, nlow, &pos);
	}
	cps[ncp] = nlow;
	for (int k = 0; k < 4; k++)
	{
		int			m = k + 1 < ncp ? k + 1 : ncp;

		ti->pre[k] = fmix(tf_hash(low, cps[m]));
		ti->suf[k] = fmix(tf_hash(low + cps[ncp - m], nlow - cps[ncp - m]));
	}

	if (t->type == TF_TOK_WORD)
	{
		/* one lookup for the entry and its context class (tf_ent_ctx's) */
		if ((ge = tf_gaz_token_entry(doc, i)) != NULL)
		{
			if (ge->kind != TF_GAZ_KIND_NONE)
				a |= (uint32_t) (ge->kind + 1) << A_GAZ_SHIFT;
			/* the 5 bits of the classes that bear on names (not people.c's) */
			a |= (uint32_t) (ge->ctx & TF_CTX_NAME_CLASSES) << A_CTX_SHIFT;
		}
		if (t->flags & TF_TF_CAP)
		{
			a |= lookup_first_name(low, nlow) << A_FIRST_SHIFT;
			a |= lookup_place_word(fnv) << A_PLACE_SHIFT;
		}
		if (tf_org_head_flags(doc, i))
			a |= A_ORGHEAD;
		if ((lw = tf_lex_find(low, nlow)) != NULL)
		{
			if (lw->date.cls == DW_MONTH || lw->date.cls == DW_WEEKDAY)
				a |= A_CALENDAR;
			if (lw->num.cls == NW_OTHER || lw->num.cls == NW_A || lw->num.cls == NW_AND)
				a |= A_FUNC;
		}
	}
	if (t->flags & TF_TF_CAP)
		a |= A_CAP;
	if (t->flags & TF_TF_UPPER)
		a |= A_UPPER;
	if (t->flags & TF_TF_LOWER)
		a |= A_LOWER;
	a |= (uint32_t) (t->type & 3) << A_TYPE_SHIFT;
	ti->attrs = a;
}

/*
 * A document's words as word_info gives them: a direct-mapped cache of
 * tf_tag_docinfo's (words, words_mask), an entry per distinct text that
 * last came to its slot.  The words around names ("said", "the", "of") and
 * the names themselves come again and again, and a word's values cost
 * hashes and five table lookups.
 */
struct tf_tag_word
{
	uint32_t	bstart;			/* the word's bytes in the text */
	uint32_t	len;			/* 0: an empty slot */
	tok_info	info;
};

#define WORDS_MIN	64
#define WORDS_MAX	4096		/* 4,096 slots of 60 bytes: 240 kB at most */

/*
 * A slot for every fourth capitalised word of the document: in a news
 * article a quarter of the window's words are met again (more slots gain
 * nothing there, and zeroing them costs more than they save); in a
 * megabyte of news three quarters are.
 */
#define WORDS_PER_CAP 4

/*
 * The values of token i; with only_window, only those its neighbours'
 * features read (lower, sshape, attrs: token_features), for a token of the
 * window that is not decoded itself.
 */
static void
tok_info_fill(const tf_doc *doc, const tf_tag_docinfo *di, int i, tok_info *ti, bool only_window)
{
	const tf_token *t = &doc->tok[i];
	const char *s = tf_tok_text(doc, i);
	size_t		len = tf_tok_len(doc, i);
	uint32_t	h = tf_hash(s, len < 256 ? len : 256);
	struct tf_tag_word *w = di->words != NULL ? &di->words[fmix(h) & di->words_mask] : NULL;
	uint32_t	a;

	if (w != NULL && w->len == len && memcmp(doc->text + w->bstart, s, len) == 0)
		*ti = w->info;
	else
	{
		word_info(doc, i, h, ti);
		if (w != NULL && len > 0)
		{
			w->bstart = t->bstart;
			w->len = (uint32_t) len;
			w->info = *ti;
		}
	}
	if (only_window)
	{
		ti->word = ti->shape = 0;
		memset(ti->pre, 0, sizeof(ti->pre));
		memset(ti->suf, 0, sizeof(ti->suf));
	}
	a = ti->attrs;
	if (t->claimed)
		a |= (uint32_t) t->claimed << A_CLAIM_SHIFT;
	if (t->type == TF_TOK_WORD && (t->flags & TF_TF_CAP))
		a |= doc_flags(di, ti->lower) << A_DOC_SHIFT;
	if (t->flags & TF_TF_SENT_START)
		a |= A_SENT;
	ti->attrs = a;
}

/* the values of a position beyond the sentence, one per side */
static void
tok_info_edge(tok_info *ti, uint32_t side)
{
	uint32_t	v = fmix(0xed9e000u + side);

	ti->word = ti->lower = ti->shape = ti->sshape = v;
	for (int k = 0; k < 4; k++)
		ti->pre[k] = ti->suf[k] = v;
	ti->attrs = A_EDGE | side << A_SIDE_SHIFT;
}

/* ---- templates ---- */

enum
{
	T_BIAS = 1, T_WORD, T_LOWER, T_SHAPE, T_SSHAPE, T_PRE, T_SUF = T_PRE + 4,
	/* numbered as when the features read two neighbours each side */
	T_LOWER_LEFT = T_SUF + 5, T_LOWER_RIGHT = T_SUF + 6,
	T_SHAPE_LEFT = T_SUF + 9, T_SHAPE_RIGHT = T_SUF + 10,
	T_BIGRAM_L = T_SUF + 12, T_BIGRAM_R, T_SHAPE3,
	T_CLAIM_AT,					/* + 3 offsets (-1, 0, +1) */
	T_GAZ_AT = T_CLAIM_AT + 3,
	T_CTX_AT = T_GAZ_AT + 3,
	T_FIRST_AT = T_CTX_AT + 3,
	T_ORGHEAD_AT = T_FIRST_AT + 3,
	T_CAL_AT = T_ORGHEAD_AT + 3,
	T_PLACE_AT = T_CAL_AT + 3,
	T_DOC = T_PLACE_AT + 3, T_CAPCLASS, T_CAPCLASS_PREV, T_WORD_CAPCLASS_UNUSED, T_LOWER_PREV_CTX
};

/* the bits of tok_info.attrs that the class features read */
#define A_CLASS_MASK	(0xFFFFu | A_CALENDAR | 3u << A_PLACE_SHIFT)

int
tf_tag_class_features(int p, uint32_t a, uint32_t *f)
{
	int			n = 0;

	f[n++] = feat(T_CLAIM_AT + p, (a >> A_CLAIM_SHIFT) & 15);
	f[n++] = feat(T_GAZ_AT + p, (a >> A_GAZ_SHIFT) & 15);
	f[n++] = feat(T_CTX_AT + p, (a >> A_CTX_SHIFT) & 31);
	f[n++] = feat(T_FIRST_AT + p, (a >> A_FIRST_SHIFT) & 3);
	f[n++] = feat(T_ORGHEAD_AT + p, (a & A_ORGHEAD) != 0);
	f[n++] = feat(T_CAL_AT + p, (a & A_CALENDAR) != 0);
	f[n++] = feat(T_PLACE_AT + p, (a >> A_PLACE_SHIFT) & 3);
	return n;
}

/*
 * The features of w[1], w[0] and w[2] being its neighbours, into f; with
 * keys, the class features of its three positions are left out and their
 * keys put there.  (The neighbours two away, their words and shapes, weighed
 * nothing on UNER EWT dev or the GMB test tenth: overall F1 0.755 -> 0.757
 * without them and without the word-and-capital template, five lookups a
 * token fewer and a window of three tokens.)
 */
static void
token_features(const tok_info *w, uint32_t *f, uint8_t *nf, uint32_t *keys)
{
	const tok_info *left = &w[0],
			   *c = &w[1],
			   *right = &w[2];
	int			n = 0;

	f[n++] = feat(T_BIAS, 0);
	f[n++] = feat(T_WORD, c->word);
	f[n++] = feat(T_LOWER, c->lower);
	f[n++] = feat(T_SHAPE, c->shape);
	f[n++] = feat(T_SSHAPE, c->sshape);
	for (int k = 0; k < 4; k++)
	{
		f[n++] = feat(T_PRE + k, c->pre[k]);
		f[n++] = feat(T_SUF + k, c->suf[k]);
	}
	f[n++] = feat(T_LOWER_LEFT, left->lower);
	f[n++] = feat(T_SHAPE_LEFT, left->sshape);
	f[n++] = feat(T_LOWER_RIGHT, right->lower);
	f[n++] = feat(T_SHAPE_RIGHT, right->sshape);
	f[n++] = feat(T_BIGRAM_L, combine(left->lower, c->lower));
	f[n++] = feat(T_BIGRAM_R, combine(c->lower, right->lower));
	f[n++] = feat(T_SHAPE3, combine(combine(left->sshape, c->sshape), right->sshape));
	for (int p = 0; p < 3; p++)
	{
		if (keys != NULL)
			keys[p] = w[p].attrs & A_CLASS_MASK;
		else
			n += tf_tag_class_features(p, w[p].attrs & A_CLASS_MASK, f + n);
	}
	f[n++] = feat(T_DOC, (c->attrs >> A_DOC_SHIFT) & 3);

	/* the kind of capital: sentence-initial or not, a function word or not */
	{
		uint32_t	cap = c->attrs & (A_CAP | A_UPPER | A_LOWER | A_SENT | A_FUNC | A_EDGE);
		uint32_t	capp = left->attrs & (A_CAP | A_UPPER | A_LOWER | A_SENT | A_FUNC | A_EDGE | 3u << A_SIDE_SHIFT);

		f[n++] = feat(T_CAPCLASS, cap);
		f[n++] = feat(T_CAPCLASS_PREV, combine(capp, cap));
		f[n++] = feat(T_LOWER_PREV_CTX, combine(left->lower, (c->attrs >> A_CTX_SHIFT) & 31));
	}
	*nf = (uint8_t) n;
}

void
tf_tag_features(const tf_doc *doc, const tf_tag_docinfo *di, int first, int last,
				uint32_t *feats, uint8_t *nfeats)
{
	tf_tag_features_split(doc, di, first, last, feats, nfeats, NULL);
}

void
tf_tag_features_split(const tf_doc *doc, const tf_tag_docinfo *di, int first, int last,
					  uint32_t *feats, uint8_t *nfeats, uint32_t *keys)
{
	tok_info	win[TF_TAG_MAX_SEG + 2 * TF_TAG_CONTEXT];
	uint32_t	sent = doc->tok[first].sentence;
	int			n = last - first + 1;

	/* win[k] is token first - TF_TAG_CONTEXT + k */
	for (int k = 0; k < n + 2 * TF_TAG_CONTEXT; k++)
	{
		int			i = first - TF_TAG_CONTEXT + k;

		if (i < 0 || i >= doc->ntok || doc->tok[i].sentence != sent)
			tok_info_edge(&win[k], i < first ? 1 : 2);
		else
			tok_info_fill(doc, di, i, &win[k], i < first || i > last);
	}
	for (int k = 0; k < n; k++)
		token_features(&win[k], feats + (size_t) k * TF_TAG_MAX_FEATS, &nfeats[k],
					   keys != NULL ? keys + (size_t) k * 3 : NULL);
}

/* ---- segments ---- */

static inline bool
is_cap_word(const tf_doc *doc, int i)
{
	return doc->tok[i].type == TF_TOK_WORD && (doc->tok[i].flags & TF_TF_CAP);
}

/*
 * A capitalised word that begins a segment: not a function word that is
 * capitalised only because it begins a sentence ("The", "But", "In": a name
 * after it seeds a segment of its own), nor a one-letter word that is no
 * initial ("I", "A").
 */
static bool
seeds_segment(const tf_doc *doc, int i)
{
	if (!is_cap_word(doc, i))
		return false;
	if (tf_tok_len(doc, i) == 1)
		return i + 1 < doc->ntok && tf_tok_is(doc, i + 1, ".");
	if ((doc->tok[i].flags & TF_TF_SENT_START) && !(i + 1 < doc->ntok && is_cap_word(doc, i + 1)))
	{
		char		low[TF_LEX_MAX_WORD + 1];
		size_t		n = tf_lower(tf_tok_text(doc, i), tf_tok_len(doc, i), low, sizeof(low));
		const tf_lexword *lw = n == (size_t) -1 ? NULL : tf_lex_find(low, n);

		if (lw != NULL && (lw->num.cls == NW_OTHER || lw->num.cls == NW_A || lw->num.cls == NW_AND))
			return false;
	}
	return true;
}

/*
 * A capitalised word an earlier stage claimed (a country, a month) counts
 * in a segment only beside another capitalised word: "Royal Dutch Shell",
 * "Afghanistan General Stanley McChrystal" are read whole, but "Bush said
 * Tuesday" ends at "Bush".  (Of the VOA bench text's segments, this leaves
 * out a quarter of the tokens, and on UNER EWT dev and the GMB test tenth
 * the scores do not move: a name never takes a claimed token in.)
 */
static bool
seeds_with(const tf_doc *doc, int i)
{
	if (!seeds_segment(doc, i))
		return false;
	if (tf_tok_free(doc, i))
		return true;
	return (i > 0 && doc->tok[i - 1].sentence == doc->tok[i].sentence && is_cap_word(doc, i - 1)) ||
		(i + 1 < doc->ntok && doc->tok[i + 1].sentence == doc->tok[i].sentence &&
		 is_cap_word(doc, i + 1));
}

void
tf_tag_segments(tf_doc *doc, bool training, tf_tag_segment_fn fn, void *arg)
{
	int			i = 0;

	while (i < doc->ntok)
	{
		int			first,
					last;
		uint32_t	sent;
		bool		open;

		TF_TICK(doc);
		if (!seeds_with(doc, i))
		{
			i++;
			continue;
		}
		/*
		 * A segment: from a capital on while the next capital is at most
		 * TF_TAG_GAP tokens after the last one ("Bank of America",
		 * "Ministry of the Interior", "Abu Musab al-Zarqawi"), inside one
		 * sentence, at most TF_TAG_MAX_SEG tokens.  The words around it
		 * are no part of a name (a name begins and ends in a capital,
		 * emit_span), so they are left out of the decoding: their
		 * features still reach the segment's through the window.
		 */
		sent = doc->tok[i].sentence;
		first = last = i;
		open = tf_tok_free(doc, i);
		for (int j = i + 1; j < doc->ntok && doc->tok[j].sentence == sent &&
			 j - last <= TF_TAG_GAP + 1 && j - first < TF_TAG_MAX_SEG; j++)
		{
			TF_TICK(doc);
			if (seeds_with(doc, j))
			{
				last = j;
				open |= tf_tok_free(doc, j);
			}
		}
		/*
		 * A segment whose capitals an earlier stage all claimed (a
		 * country, a month, an org of the gazetteer) can give no name: a
		 * name never takes a claimed token in (emit_span).  Training
		 * reads it all the same, as an example of what is no name.
		 */
		if (training || open)
			fn(doc, first, last, arg);
		i = last + 1;
	}
}

/* ---- the document's capitalised words ---- */

void
tf_tag_docinfo_build(tf_doc *doc, tf_tag_docinfo *di)
{
	int			ncap = 0;
	uint32_t	size = 1;

	memset(di, 0, sizeof(*di));
	for (int i = 0; i < doc->ntok; i++)
	{
		TF_TICK(doc);
		ncap += is_cap_word(doc, i);
	}
	if (ncap == 0)
		return;
	while (size < (uint32_t) ncap * 2 && size < (1u << 30))
		size <<= 1;
	di->keys = tf_alloc_array(doc->a, size, sizeof(uint32_t));
	di->flags = tf_alloc_array(doc->a, size, sizeof(uint8_t));
	memset(di->keys, 0, (size_t) size * sizeof(uint32_t));
	memset(di->flags, 0, size);
	di->mask = size - 1;
	{
		uint32_t	nw = WORDS_MIN;

		while (nw < (uint32_t) ncap / WORDS_PER_CAP && nw < WORDS_MAX)
			nw <<= 1;
		di->words = tf_alloc_array(doc->a, nw, sizeof(struct tf_tag_word));
		memset(di->words, 0, (size_t) nw * sizeof(struct tf_tag_word));
		di->words_mask = nw - 1;
	}
	for (int i = 0; i < doc->ntok; i++)
	{
		uint32_t	key,
					h;
		uint8_t		fl = 0;

		TF_TICK(doc);
		if (!is_cap_word(doc, i))
			continue;
		key = tf_tag_word_key(doc, i);
		if (!(doc->tok[i].flags & TF_TF_SENT_START))
			fl |= TF_TAG_DOC_CAP_INNER;
		if ((i > 0 && is_cap_word(doc, i - 1) && doc->tok[i - 1].sentence == doc->tok[i].sentence) ||
			(i + 1 < doc->ntok && is_cap_word(doc, i + 1) &&
			 doc->tok[i + 1].sentence == doc->tok[i].sentence))
			fl |= TF_TAG_DOC_IN_SEQ;
		if (i >= 2 && i + 1 < doc->ntok && tf_tok_is(doc, i - 1, "(") && tf_tok_is(doc, i + 1, ")") &&
			is_cap_word(doc, i - 2))
			fl |= TF_TAG_DOC_BRACKETED;
		for (h = key & di->mask; di->keys[h] != 0 && di->keys[h] != key; h = (h + 1) & di->mask)
			;
		di->keys[h] = key;
		di->flags[h] |= fl;
	}
}

void
tf_tag_docinfo_free(tf_doc *doc, tf_tag_docinfo *di)
{
	if (di->keys != NULL)
		doc->a->free(doc->a->ctx, di->keys);
	if (di->flags != NULL)
		doc->a->free(doc->a->ctx, di->flags);
	if (di->words != NULL)
		doc->a->free(doc->a->ctx, di->words);
	memset(di, 0, sizeof(*di));
}

/* ---- people's titles ---- */

int
tf_tag_person_start(const tf_doc *doc, int first, int last)
{
	int			start = first;

	for (int i = first; i < last; i++)
	{
		uint8_t		c = tf_ent_ctx(doc, i);

		/* an honorific stays in the name ("Khawaja Muhammad Asif") */
		if ((c & TF_CTX_TITLE) && !(c & TF_CTX_HONORIFIC))
			start = i + 1;
		else if (start == i && tf_tok_is(doc, i, "."))
			start = i + 1;
	}
	return start;
}

/*
 * headline.c — why an article matched: the sentences that hold the facts a
 * query found, with those facts marked, as ts_headline shows the words.
 *
 * A fact counts when its key satisfies a term of the query that is not
 * negated (under an even number of '!'): "country:PK & !org:IMF" marks
 * Pakistan, never the IMF.  Sentences are ranked by how many distinct terms
 * they show, then by position, and the best ones are printed in text order.
 * Work is linear in the text plus facts times terms; both are bounded (the
 * query by TF_FQ_MAX_NODES).
 */
#include "factsearch_internal.h"

#include <stdlib.h>

#define TF_STR_(x) #x
#define TF_STR(x) TF_STR_(x)

/* ---- options ---- */

static bool
opt_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == ',';
}

static bool
name_is(const char *s, size_t n, const char *name)
{
	return strlen(name) == n && tf_ascii_eq_ci(s, name, n);
}

/*
 * Reads one "name=value" of the options at s[*i..len): the name's and the
 * value's offsets and lengths (a value may be quoted); false with *err set.
 */
static bool
read_option(const char *s, size_t len, size_t *i, size_t *nstart, size_t *nlen,
			size_t *vstart, size_t *vlen, tf_parse_error *err)
{
	*nstart = *i;
	while (*i < len && ((s[*i] >= 'a' && s[*i] <= 'z') || (s[*i] >= 'A' && s[*i] <= 'Z')))
		(*i)++;
	*nlen = *i - *nstart;
	while (*i < len && (s[*i] == ' ' || s[*i] == '\t'))
		(*i)++;
	if (*nlen == 0 || *i >= len || s[*i] != '=')
	{
		tf_set_error(err, TF_ERR_SYNTAX, s, *i,
					 "Write options as name=value pairs, as in StartSel=<em>, StopSel=</em>, MaxFragments=2.",
					 "expected name=value in headline options");
		return false;
	}
	(*i)++;
	while (*i < len && (s[*i] == ' ' || s[*i] == '\t'))
		(*i)++;
	if (*i < len && s[*i] == '"')
	{
		*vstart = ++(*i);
		while (*i < len && s[*i] != '"')
			(*i)++;
		if (*i >= len)
		{
			tf_set_error(err, TF_ERR_SYNTAX, s, *vstart - 1, NULL,
						 "unterminated quoted value in headline options");
			return false;
		}
		*vlen = *i - *vstart;
		(*i)++;
	}
	else
	{
		*vstart = *i;
		while (*i < len && !opt_space(s[*i]))
			(*i)++;
		*vlen = *i - *vstart;
	}
	return true;
}

/* MaxFragments=value, s[vstart..vstart + vlen): 0 to TF_HEADLINE_MAX_FRAGMENTS */
static bool
set_max_fragments(const char *s, size_t vstart, size_t vlen, tf_headline_opts *o,
				  tf_parse_error *err)
{
	long		v = 0;

	for (size_t k = 0; k < vlen; k++)
	{
		if (s[vstart + k] < '0' || s[vstart + k] > '9' || v > TF_HEADLINE_MAX_FRAGMENTS)
		{
			v = -1;
			break;
		}
		v = v * 10 + (s[vstart + k] - '0');
	}
	if (vlen == 0 || v < 0 || v > TF_HEADLINE_MAX_FRAGMENTS)
	{
		tf_set_error(err, TF_ERR_SYNTAX, s, vstart,
					 "MaxFragments is at most " TF_STR(TF_HEADLINE_MAX_FRAGMENTS)
					 "; 0 shows every sentence that holds a match.",
					 "MaxFragments must be a whole number from 0 to "
					 TF_STR(TF_HEADLINE_MAX_FRAGMENTS));
		return false;
	}
	o->max_fragments = (int) v;
	return true;
}

/* sets the option named s[nstart..+nlen) to s[vstart..+vlen) */
static bool
set_option(const char *s, size_t nstart, size_t nlen, size_t vstart, size_t vlen,
		   tf_headline_opts *o, tf_parse_error *err)
{
	/* the options whose value is a string, and how long it may be */
	const struct
	{
		const char *name;
		const char **value;
		size_t	   *len;
		bool		marker;		/* at most TF_HEADLINE_MAX_MARKER bytes */
	}			strings[] = {
		{"startsel", &o->start_sel, &o->start_len, true},
		{"stopsel", &o->stop_sel, &o->stop_len, true},
		{"fragmentdelimiter", &o->delimiter, &o->delimiter_len, true},
		{"dollar", &o->dollar, &o->dollar_len, false},
	};

	for (size_t k = 0; k < sizeof(strings) / sizeof(strings[0]); k++)
	{
		if (!name_is(s + nstart, nlen, strings[k].name))
			continue;
		if (strings[k].marker && vlen > TF_HEADLINE_MAX_MARKER)
		{
			tf_set_error(err, TF_ERR_SYNTAX, s, vstart,
						 "StartSel, StopSel and FragmentDelimiter may be at most "
						 TF_STR(TF_HEADLINE_MAX_MARKER) " bytes long.",
						 "headline option %.*s is too long (%zu bytes)", (int) nlen,
						 s + nstart, vlen);
			return false;
		}
		*strings[k].value = s + vstart;
		*strings[k].len = vlen;
		return true;
	}
	if (name_is(s + nstart, nlen, "maxfragments"))
		return set_max_fragments(s, vstart, vlen, o, err);
	tf_set_error(err, TF_ERR_SYNTAX, s, nstart,
				 "The options are StartSel, StopSel, MaxFragments, FragmentDelimiter and Dollar.",
				 "unrecognized headline option \"%.*s\"", tf_clip(s + nstart, nlen, 40),
				 s + nstart);
	return false;
}

bool
tf_headline_options(const char *s, size_t len, tf_headline_opts *o, tf_parse_error *err)
{
	size_t		i = 0;

	o->start_sel = "<b>";
	o->start_len = 3;
	o->stop_sel = "</b>";
	o->stop_len = 4;
	o->delimiter = " ... ";
	o->delimiter_len = 5;
	o->max_fragments = TF_HEADLINE_MAX_FRAGMENTS_DEFAULT;
	o->dollar = NULL;
	o->dollar_len = 0;
	o->max_output = 0;
	err->code = TF_OK;

	for (;;)
	{
		size_t		nstart,
					nlen,
					vstart,
					vlen;

		while (i < len && opt_space(s[i]))
			i++;
		if (i >= len)
			return true;
		if (!read_option(s, len, &i, &nstart, &nlen, &vstart, &vlen, err) ||
			!set_option(s, nstart, nlen, vstart, vlen, o, err))
			return false;
	}
}

/* ---- the headline ---- */

typedef struct sentence
{
	uint32_t	bstart;
	uint32_t	bend;
	int			score;			/* distinct positive terms shown */
	bool		chosen;
} sentence;

/* the polarity of each term: true if it is under an even number of NOTs */
static void
term_polarity(const tf_fq_header *q, uint32_t idx, bool positive, bool *pos_terms)
{
	const tf_fq_node *n = &tf_fq_nodes(q)[idx];
	uint32_t	child = idx + 1;

	switch (n->type)
	{
		case TF_FQ_TERM:
			pos_terms[n->term] = pos_terms[n->term] || positive;
			break;
		case TF_FQ_NOT:
			term_polarity(q, child, !positive, pos_terms);
			break;
		default:
			for (int k = 0; k < n->nchild; k++)
			{
				term_polarity(q, child, positive, pos_terms);
				child += tf_fq_nodes(q)[child].size;
			}
			break;
	}
}

static int
by_rank(const void *pa, const void *pb)
{
	const sentence *const *a = pa;
	const sentence *const *b = pb;

	if ((*a)->score != (*b)->score)
		return (*a)->score > (*b)->score ? -1 : 1;
	return (*a)->bstart < (*b)->bstart ? -1 : (*a)->bstart > (*b)->bstart;
}

/* the nearest character boundary at or before pos (not before lo) */
static uint32_t
char_start(const char *text, uint32_t lo, uint32_t pos)
{
	while (pos > lo && ((unsigned char) text[pos] & 0xC0) == 0x80)
		pos--;
	return pos;
}

/* is c white space where a window may begin or end? */
static bool
is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/*
 * The part of sentence [sb, se) to show: all of it when it is at most
 * TF_HEADLINE_MAX_SENTENCE bytes; else a window of about that size that
 * begins a quarter of it before the first matched fact (first_mark, or the
 * sentence's start without one) and never cuts that fact, nor a character;
 * both ends go back to a space when one is near.
 */
static void
fragment_window(const char *text, uint32_t sb, uint32_t se, const tf_fact *first_mark,
				uint32_t *ws, uint32_t *we)
{
	const uint32_t w = TF_HEADLINE_MAX_SENTENCE;
	uint32_t	a,
				b,
				k;

	if (se - sb <= w)
	{
		*ws = sb;
		*we = se;
		return;
	}
	a = sb;
	if (first_mark != NULL && first_mark->bpos - sb > w / 4)
	{
		a = char_start(text, sb, first_mark->bpos - w / 4);
		/* start after a space within the next few bytes, if there is one */
		for (k = a; k < a + 40 && k < first_mark->bpos; k++)
			if (is_space(text[k]))
			{
				a = k + 1;
				break;
			}
	}
	b = se - a > w ? char_start(text, a, a + w) : se;
	if (first_mark != NULL && b < first_mark->bpos + first_mark->blen)
		b = first_mark->bpos + first_mark->blen;
	else if (b < se)
	{
		/* end before a space within the last few bytes, if there is one */
		uint32_t	lo = first_mark != NULL ? first_mark->bpos + first_mark->blen : a;

		for (k = b; k + 40 > b && k > lo; k--)
			if (is_space(text[k - 1]))
			{
				b = k - 1;
				break;
			}
	}
	*ws = a;
	*we = b;
}

/* a headline being made: the document's facts and sentences, and which count */
typedef struct headline
{
	const tf_allocator *a;
	const char *text;
	const tf_fq_header *q;
	const tf_headline_opts *o;
	tf_result	res;
	sentence   *sent;			/* the sentences' spans, 1-based */
	uint32_t	nsent;
	bool	   *marked;			/* per fact: a positive term matches it */
	int32_t		countdown;
} headline;

/* marks the facts a positive term matches, and scores each sentence by its distinct terms */
static void
mark_facts(headline *h)
{
	const tf_fq_header *q = h->q;
	int			nterms = (int) q->nterms;
	bool	   *pos_terms;
	uint32_t   *last_seen;		/* per term: the last sentence it was seen in */

	pos_terms = tf_arena_alloc(h->res.arena, (size_t) (nterms > 0 ? nterms : 1));
	memset(pos_terms, 0, (size_t) (nterms > 0 ? nterms : 1));
	if (q->nnodes > 0)
		term_polarity(q, 0, true, pos_terms);

	h->marked = tf_arena_alloc(h->res.arena, (size_t) (h->res.nfacts > 0 ? h->res.nfacts : 1));
	memset(h->marked, 0, (size_t) (h->res.nfacts > 0 ? h->res.nfacts : 1));
	/* facts come in text order, so a term's sentences do too */
	last_seen = tf_arena_alloc_array(h->res.arena, (size_t) (nterms > 0 ? nterms : 1),
									 sizeof(uint32_t));
	memset(last_seen, 0, sizeof(uint32_t) * (size_t) (nterms > 0 ? nterms : 1));
	for (int f = 0; f < h->res.nfacts; f++)
	{
		uint8_t		key[TF_KEY_MAX];
		size_t		klen = tf_factkey_from_fact(&h->res.facts[f], h->text, key);
		uint32_t	s = h->res.facts[f].sentence;

		TF_CHECK_EVERY(h->a, h->countdown);
		if (klen == 0 || s < 1 || s > h->nsent)
			continue;
		for (uint32_t i = 0; i < q->nnodes; i++)
		{
			const tf_fq_node *t = &tf_fq_nodes(q)[i];

			/* facts times terms: a long query over many facts counts too */
			TF_CHECK_EVERY(h->a, h->countdown);
			if (t->type != TF_FQ_TERM || !pos_terms[t->term] ||
				tf_fq_term_match(q, t, key, klen) != TF_KEY_MATCH)
				continue;
			h->marked[f] = true;
			if (last_seen[t->term] != s)
			{
				last_seen[t->term] = s;
				h->sent[s].score++;
			}
		}
	}
}

/* chooses the best sentences (MaxFragments of them), or the opening one when none matched */
static void
choose_sentences(headline *h)
{
	sentence  **rank = tf_arena_alloc_array(h->res.arena, (size_t) h->nsent + 1,
											sizeof(sentence *));
	int			n = 0,
				chosen = 0;

	for (uint32_t s = 1; s <= h->nsent; s++)
	{
		TF_CHECK_EVERY(h->a, h->countdown);
		if (h->sent[s].score > 0)
			rank[n++] = &h->sent[s];
	}
	tf_sort(h->a, rank, (size_t) n, sizeof(sentence *), by_rank);
	for (int k = 0; k < n && (h->o->max_fragments == 0 || k < h->o->max_fragments); k++)
	{
		rank[k]->chosen = true;
		chosen++;
	}
	if (chosen == 0 && h->nsent >= 1)
		h->sent[1].chosen = true;	/* nothing matched: the opening sentence */
}

/* the chosen sentences in text order, the matched facts marked */
static char *
print_headline(headline *h)
{
	const char *text = h->text;
	const tf_headline_opts *o = h->o;
	const tf_fact *facts = h->res.facts;
	int			nfacts = h->res.nfacts;
	tf_buf		out;
	bool		first = true;
	int			f = 0;

	tf_buf_init(&out, h->a);
	if (o->max_output > 0 && o->max_output < out.max)
		out.max = o->max_output;
	for (uint32_t s = 1; s <= h->nsent; s++)
	{
		const sentence *st = &h->sent[s];
		uint32_t	at,
					ws,
					we;
		const tf_fact *first_mark = NULL;

		TF_CHECK_EVERY(h->a, h->countdown);
		if (!st->chosen || st->bend <= st->bstart)
			continue;
		while (f < nfacts && facts[f].bpos < st->bstart)
			f++;
		for (int g = f; g < nfacts && facts[g].bpos < st->bend; g++)
		{
			TF_CHECK_EVERY(h->a, h->countdown);
			if (h->marked[g] && facts[g].bpos + facts[g].blen <= st->bend)
			{
				first_mark = &facts[g];
				break;
			}
		}
		fragment_window(text, st->bstart, st->bend, first_mark, &ws, &we);
		if (!first)
			tf_buf_append(&out, o->delimiter, o->delimiter_len);
		first = false;
		at = ws;
		while (f < nfacts && facts[f].bpos < ws)
			f++;
		for (; f < nfacts && facts[f].bpos < we; f++)
		{
			const tf_fact *ft = &facts[f];

			TF_CHECK_EVERY(h->a, h->countdown);
			/* facts do not overlap; a fact that would is left unmarked */
			if (!h->marked[f] || ft->bpos < at || ft->bpos + ft->blen > we)
				continue;
			tf_buf_append(&out, text + at, ft->bpos - at);
			tf_buf_append(&out, o->start_sel, o->start_len);
			tf_buf_append(&out, text + ft->bpos, ft->blen);
			tf_buf_append(&out, o->stop_sel, o->stop_len);
			at = ft->bpos + ft->blen;
		}
		tf_buf_append(&out, text + at, we - at);
	}
	return out.data;
}

char *
tf_headline(const tf_allocator *a, const char *text, size_t len, const tf_options *opts,
			const tf_fq_header *q, const tf_headline_opts *o)
{
	tf_options	xopts = *opts;
	headline	h;
	char	   *out;

	memset(&h, 0, sizeof(h));
	h.a = a;
	h.text = text;
	h.q = q;
	h.o = o;
	h.countdown = TF_INTERRUPT_EVERY;

	/* the sentences' spans come with the facts: no second tokenization */
	xopts.sentences = true;
	tf_extract(a, text, len, &xopts, &h.res);
	h.nsent = h.res.nsentences;

	/* sentence spans, 1-based */
	h.sent = tf_arena_alloc_array(h.res.arena, (size_t) h.nsent + 1, sizeof(sentence));
	memset(h.sent, 0, sizeof(sentence) * ((size_t) h.nsent + 1));
	for (uint32_t s = 1; s <= h.nsent; s++)
	{
		TF_CHECK_EVERY(a, h.countdown);
		h.sent[s].bstart = h.res.sentences[s - 1].bstart;
		h.sent[s].bend = h.res.sentences[s - 1].bend;
	}

	mark_facts(&h);
	choose_sentences(&h);
	out = print_headline(&h);
	tf_result_free(a, &h.res);
	return out;
}

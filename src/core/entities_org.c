/*
 * entities_org.c — organisations named by pattern, and the acronyms a
 * document defines.
 *
 * Most organisations economic news names are too many to list, but their
 * names follow a few shapes any reader knows: a head noun with the name
 * before it ("Finance Ministry", "Qatar Airways", "U.S. State Department")
 * or after "of" ("Ministry of Finance", "Bank of England", "State Bank of
 * Pakistan").  The head nouns are listed below; the name around them is a run
 * of capitalised words.  A country name inside such a run belongs to the
 * org ("Bank of England" is not England); a nationality adjective in front
 * stays a nationality ("Russian Foreign Ministry"), except before a head that
 * makes a proper name of it ("Turkish Airlines", "Russian Central Bank").
 *
 * A name written out and followed by its acronym in brackets ("Federal Board
 * of Revenue (FBR)") defines the acronym for the rest of the document; this
 * also holds for a place ("Khyber Pakhtunkhwa (KP)").
 *
 * All loops are bounded by small constants (MAX_NAME_TOKENS), so the work per
 * token is constant.
 */
#include "entities.h"

#define MAX_NAME_TOKENS 8		/* words of a name before or after the head */
#define MAX_ACRO_BYTES 12

/* head nouns: what may stand before them (a name) and after them (of + name) */
#define HEAD_FINAL		0x01	/* "Finance Ministry" */
#define HEAD_OF			0x02	/* "Ministry of Finance" */
#define HEAD_PROPER		0x04	/* a nationality before it is part of the name */
#define HEAD_WEAK		0x08	/* an everyday noun too ("Civic Center"): the
								 * name before it must hold a known name
								 * ("U.S. National Hurricane Center") */

typedef struct org_head
{
	const char *word;
	uint8_t		len;			/* strlen(word) */
	uint8_t		flags;
} org_head;

#define HEAD(word, flags) {word, sizeof(word) - 1, flags}

/*
 * Sorted by bytes: tf_org_head_flags, which the entity stage asks of every
 * capitalised word and the tagger of every word it decodes, finds the
 * heads of the word's first letter by a binary search.
 */
static const org_head heads[] = {
	HEAD("Administration", HEAD_FINAL | HEAD_OF | HEAD_WEAK),
	HEAD("Agency", HEAD_FINAL | HEAD_OF),
	HEAD("Airlines", HEAD_FINAL | HEAD_PROPER),
	HEAD("Airways", HEAD_FINAL | HEAD_PROPER),
	HEAD("Army", HEAD_FINAL),
	HEAD("Assembly", HEAD_FINAL),
	HEAD("Association", HEAD_FINAL | HEAD_OF),
	HEAD("Authority", HEAD_FINAL | HEAD_OF),
	HEAD("Bank", HEAD_FINAL | HEAD_OF | HEAD_PROPER),
	HEAD("Board", HEAD_FINAL | HEAD_OF),
	HEAD("Bureau", HEAD_FINAL | HEAD_OF),
	HEAD("Center", HEAD_FINAL | HEAD_OF | HEAD_WEAK),
	HEAD("Centre", HEAD_FINAL | HEAD_OF | HEAD_WEAK),
	HEAD("Command", HEAD_FINAL | HEAD_WEAK),
	HEAD("Commission", HEAD_FINAL | HEAD_OF),
	HEAD("Committee", HEAD_FINAL | HEAD_OF),
	HEAD("Company", HEAD_FINAL | HEAD_OF | HEAD_PROPER | HEAD_WEAK),
	HEAD("Congress", HEAD_FINAL),
	HEAD("Corporation", HEAD_FINAL | HEAD_OF | HEAD_PROPER | HEAD_WEAK),
	HEAD("Corps", HEAD_FINAL | HEAD_WEAK),
	HEAD("Council", HEAD_FINAL | HEAD_OF),
	HEAD("Court", HEAD_FINAL | HEAD_OF),
	HEAD("Department", HEAD_FINAL | HEAD_OF),
	HEAD("Embassy", HEAD_FINAL | HEAD_OF),
	HEAD("Exchange", HEAD_FINAL | HEAD_PROPER | HEAD_WEAK),
	HEAD("Federation", HEAD_FINAL | HEAD_OF),
	HEAD("Forces", HEAD_FINAL),
	HEAD("Fund", HEAD_FINAL | HEAD_OF),
	HEAD("Government", HEAD_FINAL | HEAD_WEAK),
	HEAD("Group", HEAD_FINAL | HEAD_WEAK),
	HEAD("Guard", HEAD_FINAL | HEAD_WEAK),
	HEAD("House", HEAD_FINAL | HEAD_OF | HEAD_WEAK),
	HEAD("Institute", HEAD_FINAL | HEAD_OF),
	HEAD("League", HEAD_FINAL | HEAD_OF),
	HEAD("Marines", HEAD_FINAL | HEAD_WEAK),
	HEAD("Ministries", HEAD_FINAL | HEAD_OF),
	HEAD("Ministry", HEAD_FINAL | HEAD_OF),
	HEAD("Navy", HEAD_FINAL),
	HEAD("Office", HEAD_FINAL | HEAD_OF | HEAD_WEAK),
	HEAD("Organisation", HEAD_FINAL | HEAD_OF),
	HEAD("Organization", HEAD_FINAL | HEAD_OF),
	HEAD("Parliament", HEAD_FINAL),
	HEAD("Party", HEAD_FINAL | HEAD_OF),
	HEAD("Police", HEAD_FINAL),
	HEAD("Secretariat", HEAD_FINAL),
	HEAD("Senate", HEAD_FINAL),
	HEAD("Service", HEAD_FINAL | HEAD_OF | HEAD_WEAK),
	HEAD("Survey", HEAD_FINAL | HEAD_WEAK),
	HEAD("Tribunal", HEAD_FINAL | HEAD_OF),
	HEAD("University", HEAD_FINAL | HEAD_OF),
};

#define NHEADS (sizeof(heads) / sizeof(heads[0]))

/* the flags of head noun token i, 0 if it is none (also a feature of the person tagger) */
uint8_t
tf_org_head_flags(const tf_doc *doc, int i)
{
	const char *s;
	size_t		n;
	size_t		lo = 0,
				hi = NHEADS;

	if (i < 0 || i >= doc->ntok || doc->tok[i].type != TF_TOK_WORD ||
		!(doc->tok[i].flags & TF_TF_CAP))
		return 0;
	s = tf_tok_text(doc, i);
	n = tf_tok_len(doc, i);
	if (n < 4 || n > 14)
		return 0;
	while (lo < hi)
	{
		size_t		mid = lo + (hi - lo) / 2;

		if ((unsigned char) heads[mid].word[0] < (unsigned char) s[0])
			lo = mid + 1;
		else
			hi = mid;
	}
	for (; lo < NHEADS && heads[lo].word[0] == s[0]; lo++)
		if (heads[lo].len == n && memcmp(heads[lo].word, s, n) == 0)
			return heads[lo].flags;
	return 0;
}

static bool
is_cap_word(const tf_doc *doc, int k)
{
	return k >= 0 && k < doc->ntok && doc->tok[k].type == TF_TOK_WORD &&
		(doc->tok[k].flags & TF_TF_CAP);
}

/* the first-pass match that ends at token k (a name of several tokens), if any */
static int
match_ending_at(const tf_ent_state *st, int k, const tf_gaz_entry **e)
{
	for (int j = k; j >= 0 && j > k - MAX_NAME_TOKENS; j--)
		if (st->match[j] != 0 && tf_ent_match_last(st, j) == k)
		{
			*e = tf_ent_match(st, j);
			return j;
		}
	return -1;
}

/* a name's text with runs of white space made one space, in the arena */
static const char *
span_text(tf_doc *doc, int first, int last)
{
	size_t		n = doc->tok[last].bend - doc->tok[first].bstart;
	char	   *s = tf_arena_alloc(doc->arena, n + 1);
	size_t		o = 0;

	for (int k = first; k <= last; k++)
	{
		if (k > first && (doc->tok[k].flags & TF_TF_SPACE_BEFORE))
			s[o++] = ' ';
		memcpy(s + o, tf_tok_text(doc, k), tf_tok_len(doc, k));
		o += tf_tok_len(doc, k);
	}
	s[o] = '\0';
	return s;
}

static int
add_org(tf_ent_state *st, int first, int last)
{
	tf_doc	   *doc = st->doc;
	int			fact = doc->nfacts;
	int			r;

	tf_doc_add_fact(doc, TF_ORG, first, last);
	tf_doc_fact(doc, fact)->norm = span_text(doc, first, last);
	r = tf_acronym_define(st, fact, last);
	return r >= 0 ? r : last;
}

/*
 * The name after "of" at token i (the "of"): capitalised words, joined by
 * "and", "of", "for", "the", "&"; returns its last token or -1.
 */
static int
of_name(const tf_ent_state *st, int i, int sentence)
{
	const tf_doc *doc = st->doc;
	int			end = -1;
	int			k = i + 1;

	if (!(tf_tok_is(doc, i, "of") || tf_tok_is(doc, i, "for")))
		return -1;
	for (int n = 0; n < MAX_NAME_TOKENS && k < doc->ntok; n++, k++)
	{
		if (doc->tok[k].sentence != (uint32_t) sentence || doc->tok[k].claimed)
			break;
		if (is_cap_word(doc, k))
		{
			if (tf_ent_ctx(doc, k) & (TF_CTX_TITLE | TF_CTX_TIME))
				break;
			end = k;
			/* a multi-token name ("U.S.", "Côte d'Ivoire") in one step */
			if (st->match[k] != 0 && tf_ent_match_last(st, k) > k)
			{
				n += tf_ent_match_last(st, k) - k;
				k = end = tf_ent_match_last(st, k);
			}
			continue;
		}
		if (end >= 0 && (tf_tok_is(doc, k, "and") || tf_tok_is(doc, k, "of") ||
						 tf_tok_is(doc, k, "for") || tf_tok_is(doc, k, "the") ||
						 tf_tok_is(doc, k, "&")) && is_cap_word(doc, k + 1))
			continue;
		break;
	}
	return end;
}

int
tf_org_pattern(tf_ent_state *st, int i)
{
	tf_doc	   *doc = st->doc;
	int			sentence = (int) doc->tok[i].sentence;
	uint8_t		hf;
	int			head = i;
	int			first = i;
	int			last;
	int			nunits = 0;
	int			unit_first[MAX_NAME_TOKENS];
	uint8_t		unit_kind[MAX_NAME_TOKENS];	/* tf_kind, or TF_GAZ_KIND_NONE */

	/* "Central Bank": one head of two words */
	if (tf_tok_len(doc, i) == 7 && tf_tok_is(doc, i, "Central") && tf_tok_is(doc, i + 1, "Bank"))
	{
		head = i + 1;
		hf = HEAD_FINAL | HEAD_OF | HEAD_PROPER;
	}
	else if ((hf = tf_org_head_flags(doc, i)) == 0)
		return -1;
	if (!tf_span_free(doc, i, head))
		return -1;

	/*
	 * The name before the head: capitalised words and known names, nearest
	 * first, each set off by a space.
	 */
	for (int k = i - 1; k >= 0 && nunits < MAX_NAME_TOKENS;)
	{
		const tf_gaz_entry *e = NULL;
		int			j;

		if (doc->tok[k].sentence != (uint32_t) sentence || doc->tok[k].claimed ||
			!(doc->tok[k + 1].flags & TF_TF_SPACE_BEFORE))
			break;
		j = match_ending_at(st, k, &e);
		if (j < 0)
		{
			j = k;
			e = tf_ent_match(st, k);
			if (e != NULL && tf_ent_match_last(st, k) >= i)
				return -1;		/* a longer known name: "West Bank", "Soviet Union" */
		}
		if (!is_cap_word(doc, j) ||
			(tf_ent_ctx(doc, j) & (TF_CTX_TIME | TF_CTX_FUNC | TF_CTX_LOC)))
			break;
		unit_first[nunits] = j;
		unit_kind[nunits] = e != NULL ? e->kind : TF_GAZ_KIND_NONE;
		nunits++;
		k = j - 1;
	}
	/* a nationality in front stays one, unless the head makes it a name */
	if (nunits > 0 && unit_kind[nunits - 1] == TF_NATIONALITY &&
		!(hf & HEAD_PROPER && nunits == 1))
		nunits--;
	if (nunits > 0)
		first = unit_first[nunits - 1];
	if (hf & HEAD_WEAK)
	{
		bool		named = false;

		for (int u = 0; u < nunits; u++)
			if (unit_kind[u] != TF_GAZ_KIND_NONE)
				named = true;
		if (!named)
			nunits = 0;			/* then only "of" + a name makes it one */
	}

	/* the name after "of" */
	last = head;
	if (hf & HEAD_OF)
	{
		int			end = of_name(st, head + 1, sentence);

		if (end >= 0)
			last = end;
	}
	if (last == head && (nunits == 0 || !(hf & HEAD_FINAL)))
		return -1;
	return add_org(st, first, last);
}

/*
 * Reads an acronym at token i: capitalised letters (two or more capitals,
 * "FBR", "AfDB", "PML-N"), glued into one run.  Returns its last token, or -1.
 */
static int
read_acronym(const tf_doc *doc, int i, char *letters, size_t *nletters)
{
	int			k = i;
	int			caps = 0;
	size_t		n = 0;
	size_t		bytes = 0;

	if (i < 0 || i >= doc->ntok || doc->tok[i].type != TF_TOK_WORD ||
		!(doc->tok[i].flags & TF_TF_CAP))
		return -1;
	for (;;)
	{
		if (doc->tok[k].type == TF_TOK_WORD)
		{
			const char *s = tf_tok_text(doc, k);
			size_t		len = tf_tok_len(doc, k);

			for (size_t b = 0; b < len; b++)
			{
				if (s[b] >= 'A' && s[b] <= 'Z')
				{
					caps++;
					if (n < MAX_ACRO_BYTES)
						letters[n++] = s[b];
				}
				else if (!(s[b] >= 'a' && s[b] <= 'z'))
					return -1;	/* ASCII letters only */
			}
			bytes += len;
		}
		else if (tf_tok_cp(doc, k) == '-' || tf_tok_cp(doc, k) == '&')
			bytes++;
		else
			break;
		if (bytes > MAX_ACRO_BYTES || !tf_tok_glued(doc, k))
			break;
		if (doc->tok[k + 1].type != TF_TOK_WORD && tf_tok_cp(doc, k + 1) != '-' &&
			tf_tok_cp(doc, k + 1) != '&')
			break;
		k++;
	}
	if (caps < 2 || bytes > MAX_ACRO_BYTES || doc->tok[k].type != TF_TOK_WORD)
		return -1;
	*nletters = n;
	return k;
}

/*
 * Do the initials of the words of tokens [first, last] spell the acronym?
 * Capitalised words must each give their initial; "of", "and", "the" may or
 * may not ("Federal Board of Revenue" is FBR; "Bank of England" BoE).
 */
static bool
initials_match(const tf_doc *doc, int first, int last, const char *letters, size_t n)
{
	/* ok[k][m]: words from k on spell letters from m on */
	bool		ok[2 * MAX_NAME_TOKENS + 2][MAX_ACRO_BYTES + 1];
	int			nw = last - first + 1;

	if (nw > 2 * MAX_NAME_TOKENS || n == 0)
		return false;
	for (int k = nw; k >= 0; k--)
		for (int m = (int) n; m >= 0; m--)
		{
			const tf_token *t;
			char		c;

			if (k == nw)
			{
				ok[k][m] = (m == (int) n);
				continue;
			}
			t = &doc->tok[first + k];
			if (t->type != TF_TOK_WORD)
			{
				ok[k][m] = ok[k + 1][m];	/* "-", "&", "'" give no letter */
				continue;
			}
			c = tf_ascii_upper(tf_tok_text(doc, first + k)[0]);
			if (t->flags & TF_TF_CAP)
				ok[k][m] = m < (int) n && c == letters[m] && ok[k + 1][m + 1];
			else
				ok[k][m] = ok[k + 1][m] || (m < (int) n && c == letters[m] && ok[k + 1][m + 1]);
		}
	return ok[0][0];
}

/* the link an acronym [first, last] makes to fact f */
static void
make_link(const tf_doc *doc, const tf_fact *f, int first, int last, tf_acro_link *l)
{
	const tf_detail *d = tf_fact_detail(f, "country");

	l->acro = tf_tok_text(doc, first);
	l->len = doc->tok[last].bend - doc->tok[first].bstart;
	l->kind = (uint8_t) f->kind;
	l->norm = f->norm;
	l->country = d != NULL ? d->str : NULL;
}

/* the fact of an acronym mention [first, last] that link l names */
static void
add_acronym_fact(tf_ent_state *st, const tf_acro_link *l, int first, int last)
{
	tf_doc	   *doc = st->doc;
	tf_fact    *f = tf_doc_add_fact(doc, (tf_kind) l->kind, first, last);

	f->norm = l->norm;
	if (l->country)
		tf_fact_set_detail_str(doc, f, "country", l->country);
	if (l->kind == TF_ORG)
		tf_fact_set_detail_str(doc, f, "acronym",
							   tf_arena_strndup(doc->arena, l->acro, l->len));
}

int
tf_acronym_define(tf_ent_state *st, int fact, int last)
{
	tf_doc	   *doc = st->doc;
	char		letters[MAX_ACRO_BYTES];
	size_t		n = 0;
	int			a_last;
	int			first;
	const tf_detail *acro;
	tf_acro_link link;

	if (last + 3 >= doc->ntok || tf_tok_cp(doc, last + 1) != '(' ||
		doc->tok[last + 1].sentence != doc->tok[last].sentence)
		return -1;
	a_last = read_acronym(doc, last + 2, letters, &n);
	if (a_last < 0 || a_last + 1 >= doc->ntok || tf_tok_cp(doc, a_last + 1) != ')' ||
		!tf_span_free(doc, last + 2, a_last))
		return -1;
	/* the fact's own acronym, or one its initials spell */
	first = -1;
	for (int k = last; k >= 0 && k > last - 2 * MAX_NAME_TOKENS; k--)
		if (doc->tok[k].bstart == tf_doc_fact(doc, fact)->bpos)
		{
			first = k;
			break;
		}
	acro = tf_fact_detail(tf_doc_fact(doc, fact), "acronym");
	if (!((acro != NULL && strlen(acro->str) == doc->tok[a_last].bend - doc->tok[last + 2].bstart &&
		   memcmp(acro->str, tf_tok_text(doc, last + 2), strlen(acro->str)) == 0) ||
		  (first >= 0 && initials_match(doc, first, last, letters, n))))
		return -1;
	/* the full name carries its acronym too */
	if (acro == NULL && tf_doc_fact(doc, fact)->kind == TF_ORG)
		tf_fact_set_detail_str(doc, tf_doc_fact(doc, fact), "acronym",
							   tf_arena_strndup(doc->arena, tf_tok_text(doc, last + 2),
												doc->tok[a_last].bend - doc->tok[last + 2].bstart));
	make_link(doc, tf_doc_fact(doc, fact), last + 2, a_last, &link);
	if (st->nlinks < TF_MAX_LINKS)
		st->links[st->nlinks++] = link;
	add_acronym_fact(st, &link, last + 2, a_last);
	return a_last + 1;
}

/* does a head noun stand among tokens [first, last]? */
static bool
has_head(const tf_doc *doc, int first, int last)
{
	for (int k = first; k <= last; k++)
		if (tf_org_head_flags(doc, k) != 0)
			return true;
	return false;
}

int
tf_acronym_unknown(tf_ent_state *st, int i)
{
	tf_doc	   *doc = st->doc;
	char		letters[MAX_ACRO_BYTES];
	size_t		n = 0;
	int			a_last;
	int			sentence = (int) doc->tok[i].sentence;
	int			low;

	a_last = read_acronym(doc, i + 1, letters, &n);
	if (a_last < 0 || a_last + 1 >= doc->ntok || tf_tok_cp(doc, a_last + 1) != ')' ||
		i == 0 || !is_cap_word(doc, i - 1))
		return -1;
	/* the run of name words before the bracket */
	low = i - 1;
	for (int k = i - 1; k >= 0 && k > i - 1 - 2 * MAX_NAME_TOKENS; k--)
	{
		if (doc->tok[k].sentence != (uint32_t) sentence || doc->tok[k].claimed)
			break;
		if (is_cap_word(doc, k))
		{
			if (tf_ent_ctx(doc, k) & (TF_CTX_FUNC | TF_CTX_TITLE | TF_CTX_TIME))
				break;
			low = k;
			continue;
		}
		if (doc->tok[k].type == TF_TOK_WORD && (tf_tok_is(doc, k, "of") ||
												 tf_tok_is(doc, k, "and") ||
												 tf_tok_is(doc, k, "for") ||
												 tf_tok_is(doc, k, "the")))
			continue;
		if (tf_tok_cp(doc, k) == '-' || tf_tok_cp(doc, k) == '&')
			continue;
		break;
	}
	/* the nearest start whose initials spell the acronym */
	for (int first = i - 1; first >= low; first--)
	{
		if (!is_cap_word(doc, first) || !initials_match(doc, first, i - 1, letters, n))
			continue;
		if (!has_head(doc, first, i - 1))
			return -1;			/* "Gross Domestic Product (GDP)" is no org */
		{
			int			fact = doc->nfacts;
			int			r;

			tf_doc_add_fact(doc, TF_ORG, first, i - 1);
			tf_doc_fact(doc, fact)->norm = span_text(doc, first, i - 1);
			r = tf_acronym_define(st, fact, i - 1);
			return r >= 0 ? r : i - 1;
		}
	}
	return -1;
}

int
tf_acronym_mention(tf_ent_state *st, int i)
{
	tf_doc	   *doc = st->doc;
	char		letters[MAX_ACRO_BYTES];
	size_t		n = 0;
	int			a_last = read_acronym(doc, i, letters, &n);
	size_t		len;

	if (a_last < 0 || !tf_span_free(doc, i, a_last))
		return -1;
	/* not a word's start ("FBR's" is fine, "FBRX" is another word) */
	if (tf_tok_glued(doc, a_last) && doc->tok[a_last + 1].type == TF_TOK_WORD)
		return -1;
	len = doc->tok[a_last].bend - doc->tok[i].bstart;
	for (int k = 0; k < st->nlinks; k++)
		if (st->links[k].len == len && memcmp(st->links[k].acro, tf_tok_text(doc, i), len) == 0)
		{
			add_acronym_fact(st, &st->links[k], i, a_last);
			return a_last;
		}
	return -1;
}

/*
 * Which orgs of the short-form table has the document named so far?  The
 * facts added since the last call are read once each: the work is linear in
 * the facts, however many short forms the text has.
 */
static void
short_forms_seen(tf_ent_state *st)
{
	tf_doc	   *doc = st->doc;

	if (st->short_seen == NULL)
	{
		st->short_seen = tf_alloc_array(doc->a, tf_gaz_nshorts, sizeof(bool));
		memset(st->short_seen, 0, tf_gaz_nshorts * sizeof(bool));
	}
	for (; st->short_scanned < doc->nfacts; st->short_scanned++)
	{
		const tf_fact *f = tf_doc_fact(doc, st->short_scanned);

		TF_TICK(doc);
		if (f->kind != TF_ORG || f->norm == NULL)
			continue;
		for (uint32_t r = 0; r < tf_gaz_nshorts; r++)
			if (!st->short_seen[r] &&
				strcmp(f->norm, tf_gaz_norm(&tf_gaz_entries[tf_gaz_shorts[r].entry])) == 0)
				st->short_seen[r] = true;
	}
}

int
tf_org_short_form(tf_ent_state *st, int i)
{
	tf_doc	   *doc = st->doc;
	char		key[TF_GAZ_MAX_KEY];
	size_t		off = 0;
	size_t		lo;
	const tf_gaz_entry *found = NULL;

	if (!tf_tok_is_ci(doc, i - 1, "the") || !(doc->tok[i].flags & TF_TF_CAP) ||
		(doc->tok[i].flags & TF_TF_UPPER) || !tf_gaz_append_key(doc, i, true, key, &off))
		return -1;
	/* the whole word ("the Fund's" is fine), and not a longer name's first ("the Bank Holiday") */
	if (tf_tok_glued(doc, i) && doc->tok[i + 1].type == TF_TOK_WORD)
		return -1;
	if (i + 1 < doc->ntok && doc->tok[i + 1].type == TF_TOK_WORD &&
		(doc->tok[i + 1].flags & TF_TF_CAP) && doc->tok[i + 1].sentence == doc->tok[i].sentence)
		return -1;
	if (off >= sizeof(key))
		return -1;
	key[off] = '\0';
	lo = tf_pool_lower_bound(tf_gaz_shorts, tf_gaz_nshorts, sizeof(tf_gaz_short), tf_gaz_pool, key);
	if (lo >= tf_gaz_nshorts || strcmp(tf_gaz_short_key(&tf_gaz_shorts[lo]), key) != 0)
		return -1;
	short_forms_seen(st);
	/* the one org the document named among those the short form may be */
	for (size_t r = lo; r < tf_gaz_nshorts && strcmp(tf_gaz_short_key(&tf_gaz_shorts[r]), tf_gaz_short_key(&tf_gaz_shorts[lo])) == 0; r++)
	{
		const tf_gaz_entry *e = &tf_gaz_entries[tf_gaz_shorts[r].entry];

		if (!st->short_seen[r])
			continue;
		if (found != NULL && strcmp(tf_gaz_norm(found), tf_gaz_norm(e)) != 0)
			return -1;			/* two orgs named: which one is meant? */
		found = e;
	}
	if (found == NULL)
		return -1;
	{
		tf_fact    *f = tf_doc_add_fact(doc, TF_ORG, i, i);

		f->norm = tf_gaz_norm(found);
		if (found->acronym_off)
			tf_fact_set_detail_str(doc, f, "acronym", tf_gaz_acronym(found));
		if (found->country_off)
			tf_fact_set_detail_str(doc, f, "country", tf_gaz_country(found));
	}
	return i;
}


/*
 * factquery_match.c — evaluating a factquery: a term against one key (the
 * matcher GIN's consistent functions and partial match share), a term
 * against a factvector, and the three-valued evaluation of the tree.
 */
#include "factsearch_internal.h"

/* ---- matching ---- */

size_t
tf_fq_term_start(const tf_fq_header *q, const tf_fq_node *t, uint8_t *buf, bool *exact)
{
	const uint8_t *strs = tf_fq_strings(q);
	size_t		o = 0;

	*exact = false;
	buf[o++] = (uint8_t) (t->kind + 1);
	switch (t->form)
	{
		case TF_FQ_NORM:
		case TF_FQ_PREFIX:
			if (t->kind != TF_DATE)
			{
				memcpy(buf + o, strs + t->str_off, t->str_len);
				o += t->str_len;
				*exact = t->form == TF_FQ_NORM;
			}
			break;
		case TF_FQ_FIGURE:
			if (t->flags & TF_FQ_HAS_UNIT)
			{
				memcpy(buf + o, strs + t->str_off, t->str_len);
				o += t->str_len;
				buf[o++] = 0;
				if (t->flags & TF_FQ_HAS_LO)
				{
					memcpy(buf + o, strs + t->lo_off, t->lo_len);
					o += t->lo_len;
				}
				*exact = t->cmp == TF_CMP_EQ;
			}
			break;
		case TF_FQ_DATE:
			buf[o++] = TF_DATE_INTERVAL;
			break;
		default:
			break;
	}
	return o;
}

static bool
starts_with(const uint8_t *s, size_t len, const uint8_t *prefix, size_t plen)
{
	return len >= plen && memcmp(s, prefix, plen) == 0;
}

int
tf_fq_term_match(const tf_fq_header *q, const tf_fq_node *t, const uint8_t *key, size_t len)
{
	const uint8_t *strs = tf_fq_strings(q);
	const uint8_t *str = strs + t->str_off;
	uint8_t		k = (uint8_t) (t->kind + 1);

	if (len == 0 || key[0] < k)
		return TF_KEY_SKIP;
	if (key[0] > k)
		return TF_KEY_STOP;
	switch (t->form)
	{
		case TF_FQ_KIND:
			return TF_KEY_MATCH;
		case TF_FQ_NORM:
		case TF_FQ_PREFIX:
			if (t->kind == TF_DATE)
			{
				size_t		hdr;

				if (len < 2 || key[1] > TF_DATE_INTERVAL || len < TF_DATE_HDR(key[1]))
					return TF_KEY_SKIP;
				hdr = TF_DATE_HDR(key[1]);
				if (t->form == TF_FQ_NORM ? (len - hdr == t->str_len &&
											 memcmp(key + hdr, str, t->str_len) == 0)
					: starts_with(key + hdr, len - hdr, str, t->str_len))
					return TF_KEY_MATCH;
				return TF_KEY_SKIP;
			}
			if (t->form == TF_FQ_NORM)
				return len - 1 == t->str_len && memcmp(key + 1, str, t->str_len) == 0 ?
					TF_KEY_MATCH : TF_KEY_STOP;
			return starts_with(key + 1, len - 1, str, t->str_len) ? TF_KEY_MATCH : TF_KEY_STOP;
		case TF_FQ_FIGURE:
			{
				const uint8_t *z = memchr(key + 1, 0, len - 1);
				const uint8_t *num;
				size_t		ulen,
							nlen;
				int			beyond;

				if (z == NULL)
					return TF_KEY_SKIP;
				ulen = (size_t) (z - (key + 1));
				num = z + 1;
				nlen = len - ulen - 2;
				beyond = TF_KEY_SKIP;
				if (t->flags & TF_FQ_HAS_UNIT)
				{
					if (ulen != t->str_len || memcmp(key + 1, str, ulen) != 0)
						return tf_key_cmp(key + 1, ulen, str, t->str_len) > 0 ?
							TF_KEY_STOP : TF_KEY_SKIP;
					/* keys of one unit run in value order */
					beyond = TF_KEY_STOP;
				}
				if (t->flags & TF_FQ_HAS_HI)
				{
					int			c = tf_key_cmp(num, nlen, strs + t->hi_off, t->hi_len);

					if (c > 0 || (c == 0 && !(t->flags & TF_FQ_HI_INCL)))
						return beyond;
				}
				if (t->flags & TF_FQ_HAS_LO)
				{
					int			c = tf_key_cmp(num, nlen, strs + t->lo_off, t->lo_len);

					if (c < 0 || (c == 0 && !(t->flags & TF_FQ_LO_INCL)))
						return TF_KEY_SKIP;
				}
				return TF_KEY_MATCH;
			}
		case TF_FQ_DATE:
			{
				int32_t		from,
							to;

				if (len < 2)
					return TF_KEY_SKIP;
				if (key[1] != TF_DATE_INTERVAL)
					return key[1] > TF_DATE_INTERVAL ? TF_KEY_STOP : TF_KEY_SKIP;
				if (len < TF_DATE_HDR(TF_DATE_INTERVAL))
					return TF_KEY_SKIP;
				from = (int32_t) tf_get_be32(key + 2);
				to = (int32_t) tf_get_be32(key + 6);
				/* date keys run in order of their first day */
				if ((t->flags & TF_FQ_HAS_HI) && from > t->hi_day)
					return TF_KEY_STOP;
				if ((t->flags & TF_FQ_HAS_LO) && to < t->lo_day)
					return TF_KEY_SKIP;
				return TF_KEY_MATCH;
			}
	}
	return TF_KEY_SKIP;
}

bool
tf_fq_term_in_vector(const tf_fq_header *q, const tf_fq_node *t, const tf_fv_header *v)
{
	uint8_t		start[TF_KEY_MAX];
	bool		exact;
	size_t		slen = tf_fq_term_start(q, t, start, &exact);

	for (uint32_t i = tf_fv_lower_bound(v, start, slen); i < v->nkeys; i++)
	{
		size_t		klen;
		const uint8_t *key = tf_fv_key(v, i, &klen);
		int			r = tf_fq_term_match(q, t, key, klen);

		if (r == TF_KEY_MATCH)
			return true;
		if (r == TF_KEY_STOP)
			return false;
	}
	return false;
}

static tf_tri
eval_node(const tf_fq_header *q, uint32_t idx,
		  tf_tri (*term_value) (void *, const tf_fq_node *), void *ctx)
{
	const tf_fq_node *n = &tf_fq_nodes(q)[idx];
	uint32_t	child = idx + 1;
	tf_tri		res;

	switch (n->type)
	{
		case TF_FQ_TERM:
			return term_value(ctx, n);
		case TF_FQ_NOT:
			res = eval_node(q, child, term_value, ctx);
			return res == TF_MAYBE ? TF_MAYBE : res == TF_TRUE ? TF_FALSE : TF_TRUE;
		case TF_FQ_AND:
		case TF_FQ_OR:
			{
				/* an AND is false at its first false child, an OR true at its first true one */
				tf_tri		decides = n->type == TF_FQ_AND ? TF_FALSE : TF_TRUE;

				res = n->type == TF_FQ_AND ? TF_TRUE : TF_FALSE;
				for (int k = 0; k < n->nchild; k++)
				{
					tf_tri		v = eval_node(q, child, term_value, ctx);

					if (v == decides)
						return decides;
					if (v == TF_MAYBE)
						res = TF_MAYBE;
					child += tf_fq_nodes(q)[child].size;
				}
				return res;
			}
	}
	return TF_FALSE;
}

tf_tri
tf_fq_eval(const tf_fq_header *q, tf_tri (*term_value) (void *ctx, const tf_fq_node *term),
		   void *ctx)
{
	if (q->nnodes == 0)
		return TF_FALSE;
	return eval_node(q, 0, term_value, ctx);
}

const tf_fq_node *
tf_fq_term(const tf_fq_header *q, int term)
{
	for (uint32_t i = 0; i < q->nnodes; i++)
		if (tf_fq_nodes(q)[i].type == TF_FQ_TERM && tf_fq_nodes(q)[i].term == term)
			return &tf_fq_nodes(q)[i];
	return NULL;
}

typedef struct match_ctx
{
	const tf_fq_header *q;
	const tf_fv_header *v;
} match_ctx;

static tf_tri
term_in_vector(void *ctx, const tf_fq_node *term)
{
	match_ctx  *m = ctx;

	return tf_fq_term_in_vector(m->q, term, m->v) ? TF_TRUE : TF_FALSE;
}

bool
tf_fq_match(const tf_fq_header *q, const tf_fv_header *v)
{
	match_ctx	m = {q, v};

	return tf_fq_eval(q, term_in_vector, &m) == TF_TRUE;
}

/*
 * factquery_parse.c — the fact query language's parser: the grammar of
 * and/or/not, and the flat form a factquery value stores.  The lexer and
 * the errors are factquery_lex.c; the meaning of each term (kinds, values,
 * comparisons, ranges, dates) is read by factquery_term.c;
 * factquery_format.c writes the canonical text and
 * factquery_match.c evaluates a query against a factvector (and, through
 * the term matcher, against the keys of a GIN index).
 *
 * Grammar (DESIGN.md):
 *
 *   query  := or
 *   or     := and ( '|' and )*
 *   and    := not ( '&' not )*
 *   not    := '!' not | '(' or ')' | term
 *   term   := KIND                                     any fact of that kind
 *           | KIND ':' VALUE [ '*' ]                   entity or date by norm; * = prefix
 *           | KIND [ ':' UNIT ] CMP NUMBER             figures
 *           | KIND [ ':' UNIT ] ':' NUMBER '..' NUMBER inclusive range
 *           | 'date' CMP DATE | 'date:' DATE '..' DATE
 *   CMP    := '<' | '<=' | '=' | '>=' | '>'
 *   VALUE  := [A-Za-z0-9_.-]+ | '"' ( any but '"' and '\' | '\"' | '\\' )* '"'
 *
 * Choices where DESIGN.md is silent (documented in the README):
 *  - white space may stand between terms and operators and around CMP;
 *  - a figure kind with one value is a unit when the value is not a number
 *    (money:USD: any amount in dollars) and an equality when it is
 *    (percent:5 = percent=5); KIND ':' UNIT ':' NUMBER is an equality too, so
 *    every key of a factvector's text form is also a query term; an empty
 *    unit (number::70, number:"") means "no unit";
 *  - date:VALUE with a calendar value (2024, 2024-09, 2024-09-08, 2024-W40,
 *    2024-Q3, 2024-H2) matches by interval overlap; any other value
 *    (XXXX-09, PRESENT_REF) matches an unresolved date by its norm;
 *  - date>=X: the fact ends on or after X's first day; date>X: after X's
 *    last; date<=X: it starts on or before X's last day; date<X: before X's
 *    first;
 *  - kinds are matched in any case, canonical text is lower case; money
 *    units are ISO codes in upper case; names are matched exactly.
 *
 * Operators of one kind are flattened (a & (b & c) is one AND of three), so
 * the canonical text has no redundant parentheses and reparses to the same
 * query.  Work is bounded: TF_FQ_MAX_NODES nodes, TF_FQ_MAX_DEPTH nesting,
 * values of at most TF_KEY_MAX bytes, one pass over the input.
 */
#include "factquery_parser.h"

/* child under parent; a child of the same operator gives its children instead */
static void
add_child(parser *p, pnode *parent, pnode *child)
{
	if (child->n.type == parent->n.type)
	{
		for (int k = 0; k < child->nchild; k++)
			add_child(p, parent, child->child[k]);
		return;
	}
	parent->child = tf_arena_grow(p->arena, parent->child, &parent->cap,
								  parent->nchild + 1, sizeof(pnode *));
	parent->child[parent->nchild++] = child;
}

static pnode *parse_or(parser *p, int depth);

static pnode *
parse_not(parser *p, int depth)
{
	int			c;

	fq_skip_ws(p);
	if (depth > TF_FQ_MAX_DEPTH)
		return fq_fail(p, TF_ERR_LIMIT, p->i, NULL,
					"factquery is nested more than %d levels deep", TF_FQ_MAX_DEPTH);
	c = fq_peek(p);
	if (c == '!')
	{
		pnode	   *n,
				   *child;

		p->i++;
		child = parse_not(p, depth + 1);
		if (child == NULL)
			return NULL;
		n = fq_new_node(p, TF_FQ_NOT);
		if (n == NULL)
			return NULL;
		n->child = tf_arena_alloc(p->arena, sizeof(pnode *));
		n->child[0] = child;
		n->nchild = n->cap = 1;
		return n;
	}
	if (c == '(')
	{
		size_t		open = p->i;
		pnode	   *inner;

		p->i++;
		inner = parse_or(p, depth + 1);
		if (inner == NULL)
			return NULL;
		fq_skip_ws(p);
		if (fq_peek(p) != ')')
		{
			if (fq_peek(p) < 0)
				return fq_fail(p, TF_ERR_SYNTAX, open, "Every ( needs a matching ).",
							"unclosed \"(\"");
			fq_term_end(p, -1);
			return NULL;
		}
		p->i++;
		return inner;
	}
	if (fq_is_alpha(c))
		return fq_parse_term(p);
	if (c < 0)
		return fq_fail(p, TF_ERR_SYNTAX, p->i, "Write a fact term such as country:PK or money:USD>=1e9.",
					"unexpected end of factquery: expected a term");
	{
		char		what[32];

		fq_char_at(p, p->i, what, sizeof(what));
		return fq_fail(p, TF_ERR_SYNTAX, p->i,
					"A term starts with a fact kind, as in country:PK or money:USD>=1e9.",
					"expected a term, found %s", what);
	}
}

/*
 * operand ( op operand )*: one node of type over the operands, or the
 * operand alone; "and" over "not", "or" over "and"
 */
static pnode *
parse_list(parser *p, int depth, int op, tf_fq_type type,
		   pnode *(*operand) (parser *p, int depth))
{
	pnode	   *first = operand(p, depth),
			   *n;

	if (first == NULL)
		return NULL;
	fq_skip_ws(p);
	if (fq_peek(p) != op)
		return first;
	n = fq_new_node(p, type);
	if (n == NULL)
		return NULL;
	add_child(p, n, first);
	while (fq_peek(p) == op)
	{
		pnode	   *next;

		p->i++;
		next = operand(p, depth);
		if (next == NULL)
			return NULL;
		add_child(p, n, next);
		fq_skip_ws(p);
	}
	return n;
}

static pnode *
parse_and(parser *p, int depth)
{
	return parse_list(p, depth, '&', TF_FQ_AND, parse_not);
}

static pnode *
parse_or(parser *p, int depth)
{
	return parse_list(p, depth, '|', TF_FQ_OR, parse_and);
}

/* ---- the flat form ---- */

static void
measure(const pnode *n, uint32_t *nnodes, size_t *strsize)
{
	(*nnodes)++;
	*strsize += n->str_len + n->lo_len + n->hi_len;
	for (int k = 0; k < n->nchild; k++)
		measure(n->child[k], nnodes, strsize);
}

typedef struct emitter
{
	tf_fq_node *nodes;
	uint8_t    *strs;
	uint32_t	nnodes;
	uint32_t	soff;
	uint16_t	nterms;
} emitter;

static uint32_t
put_str(emitter *e, const void *s, size_t len)
{
	uint32_t	off = e->soff;

	if (len > 0)
		memcpy(e->strs + off, s, len);
	e->soff += (uint32_t) len;
	return off;
}

static uint32_t
emit(emitter *e, const pnode *n)
{
	uint32_t	idx = e->nnodes++;
	tf_fq_node *o = &e->nodes[idx];

	*o = n->n;
	if (n->n.type == TF_FQ_TERM)
	{
		o->term = e->nterms++;
		o->str_off = put_str(e, n->str, n->str_len);
		o->str_len = (uint16_t) n->str_len;
		o->lo_off = put_str(e, n->lo, n->lo_len);
		o->lo_len = (uint16_t) n->lo_len;
		o->hi_off = put_str(e, n->hi, n->hi_len);
		o->hi_len = (uint16_t) n->hi_len;
	}
	o->nchild = (uint16_t) n->nchild;
	for (int k = 0; k < n->nchild; k++)
		emit(e, n->child[k]);
	e->nodes[idx].size = e->nnodes - idx;
	return idx;
}

void *
tf_fq_parse(const tf_allocator *a, size_t hdrsize, const char *s, size_t len,
			size_t *size, tf_parse_error *err)
{
	parser		p;
	pnode	   *root;
	void	   *res = NULL;

	memset(&p, 0, sizeof(p));
	p.a = a;
	p.arena = tf_arena_create(a);
	p.s = s;
	p.len = len;
	p.err = err;
	err->code = TF_OK;

	fq_skip_ws(&p);
	if (p.i >= len)
	{
		fq_fail(&p, TF_ERR_SYNTAX, p.i, "Write a fact term such as country:PK or money:USD>=1e9.",
			 "empty factquery");
		goto done;
	}
	root = parse_or(&p, 0);
	if (root == NULL)
		goto done;
	fq_skip_ws(&p);
	if (p.i < len)
	{
		if (fq_peek(&p) == ')')
			fq_fail(&p, TF_ERR_SYNTAX, p.i, "Every ) needs a ( before it.", "unmatched \")\"");
		else
			fq_term_end(&p, -1);
		goto done;
	}
	{
		uint32_t	nnodes = 0;
		size_t		strsize = 0,
					total;
		char	   *block;
		tf_fq_header *h;
		emitter		e;

		measure(root, &nnodes, &strsize);
		total = sizeof(tf_fq_header) + nnodes * sizeof(tf_fq_node) + strsize;
		block = a->alloc(a->ctx, hdrsize + total);
		memset(block, 0, hdrsize + sizeof(tf_fq_header));
		h = (tf_fq_header *) (block + hdrsize);
		h->version = TF_FQ_FORMAT_VERSION;
		h->nnodes = nnodes;
		h->strsize = (uint32_t) strsize;
		memset(&e, 0, sizeof(e));
		e.nodes = (tf_fq_node *) (h + 1);
		e.strs = (uint8_t *) (e.nodes + nnodes);
		emit(&e, root);
		h->nterms = e.nterms;
		*size = hdrsize + total;
		res = block;
	}
done:
	tf_arena_destroy(p.arena);
	return res;
}

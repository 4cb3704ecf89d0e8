/*
 * factquery_parser.h — what the files of the factquery parser share
 * (factquery_lex.c, factquery_parse.c, factquery_term.c, factquery_format.c):
 * the parse tree, the parser's state, the lexer's small helpers and the
 * error hints.
 */
#ifndef TF_FACTQUERY_PARSER_H
#define TF_FACTQUERY_PARSER_H

#include "factsearch_internal.h"

typedef struct pnode
{
	tf_fq_node	n;
	const char *str;
	const uint8_t *lo;
	const uint8_t *hi;
	size_t		str_len;
	size_t		lo_len;
	size_t		hi_len;
	struct pnode **child;
	int			nchild;
	int			cap;
} pnode;

typedef struct parser
{
	const tf_allocator *a;
	tf_arena   *arena;
	const char *s;
	size_t		len;
	size_t		i;
	tf_parse_error *err;
	int			nnodes;
} parser;

/* a VALUE as read */
typedef struct value
{
	const char *s;
	size_t		len;
	size_t		pos;
	bool		quoted;
} value;

/* error hints, shared by the lexer and the terms */
extern const char fq_quote_hint[];
extern const char fq_number_hint[];
extern const char fq_date_hint[];
extern const char fq_cmp_hint[];
/* the text of each tf_fq_cmp */
extern const char *const fq_cmp_text[];

/* ---- lexing, nodes and errors (factquery_lex.c) ---- */

static inline int
fq_peek(const parser *p)
{
	return p->i < p->len ? (unsigned char) p->s[p->i] : -1;
}

static inline bool
fq_is_space(int c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

static inline void
fq_skip_ws(parser *p)
{
	while (p->i < p->len && fq_is_space((unsigned char) p->s[p->i]))
		p->i++;
}

static inline bool
fq_is_alpha(int c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static inline bool
fq_is_bare(int c, bool numeric)
{
	return fq_is_alpha(c) || (c >= '0' && c <= '9') || c == '_' || c == '.' || c == '-' ||
		(numeric && c == '+');
}

static inline bool
fq_is_cmp(int c)
{
	return c == '<' || c == '>' || c == '=';
}

/* Sets the error and returns NULL, so that a parser can "return fq_fail(...)". */
extern void *fq_fail(parser *p, tf_errcode code, size_t off, const char *hint, const char *fmt,...)
#if defined(__GNUC__)
			__attribute__((format(printf, 5, 6)))
#endif
			;
/* the character at p->s[off] as a printable string, for messages */
extern void fq_char_at(const parser *p, size_t off, char *buf, size_t bufsize);
/* a new node of the tree, counted against TF_FQ_MAX_NODES (NULL: error set) */
extern pnode *fq_new_node(parser *p, tf_fq_type type);
/* reads a VALUE, quoted or bare ('+' allowed where numeric) */
extern bool fq_read_value(parser *p, bool numeric, value *v);
/* the offset of the first ".." in v, or -1 */
extern long fq_find_range(const value *v);
/* reads a comparison operator (TF_CMP_NONE: none there) */
extern int	fq_read_cmp(parser *p);
/* true if a term may end here; else sets the error of what stands there */
extern bool fq_term_end(parser *p, int kind);

/* ---- terms (factquery_term.c) ---- */

/* KIND [ ':' VALUE ... | CMP ... ]: one term, NULL with the error set */
extern pnode *fq_parse_term(parser *p);

#endif							/* TF_FACTQUERY_PARSER_H */

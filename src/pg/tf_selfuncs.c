/*
 * tf_selfuncs.c — statistics and selectivity for fact search: how many rows
 * will "facts @@ query" keep?
 *
 * ANALYZE (factvector_typanalyze) samples the column — or the expression of
 * an index on to_factvector(...) — and stores its most common keys with the
 * fraction of rows holding each, as a STATISTIC_KIND_MCELEM slot (the kind
 * tsvector and arrays use), keys sorted byte-wise so the estimator can find
 * a term's keys with the same start-key-and-scan it uses everywhere.
 *
 * factquery_sel then estimates each term: an exact term is the frequency of
 * its key (or half the least frequency kept, for a key too rare to be
 * kept); a partial term (kind, prefix, comparison, range, date overlap)
 * holds when any of its keys does, taken as independent: 1 - prod(1 - f).
 * Terms combine as independent events (AND: product, OR: 1 - (1-a)(1-b),
 * NOT: 1 - a), times the share of non-NULL rows.  Without statistics it
 * falls back to contsel's constant.  Joins keep contjoinsel.
 */
#include "textfacts_pg.h"

#include "access/detoast.h"
#include "access/htup_details.h"
#include "catalog/pg_operator_d.h"
#include "catalog/pg_statistic.h"
#include "catalog/pg_type_d.h"
#include "commands/vacuum.h"
#include "utils/lsyscache.h"
#include "utils/selfuncs.h"

/* contsel's constant, when there are no statistics */
#define DEFAULT_FACT_SEL	0.001
/* keys collected per ANALYZE at most: bounds its memory */
#define MAX_SAMPLE_KEYS		(4 * 1024 * 1024)

typedef struct sample_key
{
	const uint8 *key;
	uint16		len;
} sample_key;

static int
sample_key_cmp(const void *pa, const void *pb)
{
	const sample_key *a = pa,
			   *b = pb;

	return tf_key_cmp(a->key, a->len, b->key, b->len);
}

typedef struct key_freq
{
	const uint8 *key;
	uint16		len;
	int			rows;
} key_freq;

static int
key_freq_by_rows(const void *pa, const void *pb)
{
	const key_freq *a = pa,
			   *b = pb;

	if (a->rows != b->rows)
		return a->rows > b->rows ? -1 : 1;
	return tf_key_cmp(a->key, a->len, b->key, b->len);
}

static int
key_freq_by_key(const void *pa, const void *pb)
{
	const key_freq *a = pa,
			   *b = pb;

	return tf_key_cmp(a->key, a->len, b->key, b->len);
}

static void
compute_factvector_stats(VacAttrStats *stats, AnalyzeAttrFetchFunc fetchfunc,
						 int samplerows, double totalrows)
{
	sample_key *keys;
	int			nkeys = 0,
				cap = 1024;
	int			nonnull = 0,
				nulls = 0;
	double		width = 0;
	key_freq   *freqs;
	int			nfreqs = 0;
	int			keep = stats->attr->attstattarget * 10;

	keys = palloc(sizeof(sample_key) * cap);
	for (int r = 0; r < samplerows; r++)
	{
		bool		isnull;
		Datum		value = fetchfunc(stats, r, &isnull);
		struct varlena *v;
		const tf_fv_header *h;

		vacuum_delay_point();
		if (isnull)
		{
			nulls++;
			continue;
		}
		nonnull++;
		width += VARSIZE_ANY(DatumGetPointer(value));
		v = DatumGetFactVectorP(value);
		h = FV_HDR(v);
		for (uint32 i = 0; i < h->nkeys && nkeys < MAX_SAMPLE_KEYS; i++)
		{
			size_t		len;
			const uint8 *key = tf_fv_key(h, i, &len);
			uint8	   *copy = palloc(len);

			memcpy(copy, key, len);
			if (nkeys >= cap)
			{
				cap *= 2;
				keys = repalloc(keys, sizeof(sample_key) * cap);
			}
			keys[nkeys].key = copy;
			keys[nkeys].len = (uint16) len;
			nkeys++;
		}
		if ((Pointer) v != DatumGetPointer(value))
			pfree(v);
	}

	stats->stats_valid = true;
	stats->stanullfrac = samplerows > 0 ? (float4) nulls / samplerows : 0;
	stats->stawidth = nonnull > 0 ? (int32) (width / nonnull) : 0;
	stats->stadistinct = -1.0;	/* unknown; assume mostly distinct, like tsvector */
	if (nonnull == 0 || nkeys == 0 || keep <= 0)
		return;

	/* keys are unique within a row, so a run of equal keys counts rows */
	qsort(keys, nkeys, sizeof(sample_key), sample_key_cmp);
	freqs = palloc(sizeof(key_freq) * nkeys);
	for (int i = 0; i < nkeys; i++)
	{
		if (nfreqs > 0 && tf_key_cmp(freqs[nfreqs - 1].key, freqs[nfreqs - 1].len,
									 keys[i].key, keys[i].len) == 0)
			freqs[nfreqs - 1].rows++;
		else
		{
			freqs[nfreqs].key = keys[i].key;
			freqs[nfreqs].len = keys[i].len;
			freqs[nfreqs].rows = 1;
			nfreqs++;
		}
	}
	/* the most common, then in key order for the estimator's searches */
	qsort(freqs, nfreqs, sizeof(key_freq), key_freq_by_rows);
	if (nfreqs > keep)
		nfreqs = keep;
	qsort(freqs, nfreqs, sizeof(key_freq), key_freq_by_key);
	{
		MemoryContext old = MemoryContextSwitchTo(stats->anl_context);
		Datum	   *values = palloc(sizeof(Datum) * nfreqs);
		float4	   *numbers = palloc(sizeof(float4) * (nfreqs + 2));
		float4		minf = 1,
					maxf = 0;

		for (int i = 0; i < nfreqs; i++)
		{
			bytea	   *b = palloc(VARHDRSZ + freqs[i].len);
			float4		f = (float4) freqs[i].rows / nonnull;

			SET_VARSIZE(b, VARHDRSZ + freqs[i].len);
			memcpy(VARDATA(b), freqs[i].key, freqs[i].len);
			values[i] = PointerGetDatum(b);
			numbers[i] = f;
			minf = Min(minf, f);
			maxf = Max(maxf, f);
		}
		/* as for tsvector and arrays: the least and greatest frequency last */
		numbers[nfreqs] = minf;
		numbers[nfreqs + 1] = maxf;
		MemoryContextSwitchTo(old);

		stats->stakind[0] = STATISTIC_KIND_MCELEM;
		stats->staop[0] = ByteaEqualOperator;
		stats->stacoll[0] = InvalidOid;
		stats->stanumbers[0] = numbers;
		stats->numnumbers[0] = nfreqs + 2;
		stats->stavalues[0] = values;
		stats->numvalues[0] = nfreqs;
		stats->statypid[0] = BYTEAOID;
		stats->statyplen[0] = -1;
		stats->statypbyval[0] = false;
		stats->statypalign[0] = TYPALIGN_INT;
	}
}

PG_FUNCTION_INFO_V1(factvector_typanalyze);
Datum
factvector_typanalyze(PG_FUNCTION_ARGS)
{
	VacAttrStats *stats = (VacAttrStats *) PG_GETARG_POINTER(0);

	if (stats->attr->attstattarget < 0)
		stats->attr->attstattarget = default_statistics_target;
	stats->compute_stats = compute_factvector_stats;
	/* the same sample size std_typanalyze would choose */
	stats->minrows = 300 * stats->attr->attstattarget;
	PG_RETURN_BOOL(true);
}

/* ---- estimation ---- */

typedef struct mcelem
{
	Datum	   *values;
	int			nvalues;
	float4	   *freqs;
	float4		minfreq;
} mcelem;

static const uint8 *
mc_key(const mcelem *mc, int i, size_t *len)
{
	bytea	   *b = (bytea *) DatumGetPointer(mc->values[i]);

	*len = VARSIZE_ANY_EXHDR(b);
	return (const uint8 *) VARDATA_ANY(b);
}

static double
term_sel(const tf_fq_header *q, const tf_fq_node *t, const mcelem *mc)
{
	uint8		start[TF_KEY_MAX];
	bool		exact;
	size_t		slen = tf_fq_term_start(q, t, start, &exact);
	int			lo = 0,
				hi = mc->nvalues;
	double		none = 1.0;
	bool		found = false;

	/* the first kept key at or after the start */
	while (lo < hi)
	{
		int			mid = lo + (hi - lo) / 2;
		size_t		mlen;
		const uint8 *m = mc_key(mc, mid, &mlen);

		if (tf_key_cmp(m, mlen, start, slen) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (int i = lo; i < mc->nvalues; i++)
	{
		size_t		len;
		const uint8 *key = mc_key(mc, i, &len);
		int			r = tf_fq_term_match(q, t, key, len);

		if (r == TF_KEY_STOP)
			break;
		if (r == TF_KEY_MATCH)
		{
			none *= 1.0 - mc->freqs[i];
			found = true;
			if (exact)
				break;
		}
	}
	/* a key not kept is rarer than every kept one */
	if (!found)
		return mc->minfreq / 2;
	return 1.0 - none;
}

static double
node_sel(const tf_fq_header *q, uint32 idx, const mcelem *mc)
{
	const tf_fq_node *n = &tf_fq_nodes(q)[idx];
	uint32		child = idx + 1;
	double		s;

	switch (n->type)
	{
		case TF_FQ_TERM:
			return term_sel(q, n, mc);
		case TF_FQ_NOT:
			return 1.0 - node_sel(q, child, mc);
		case TF_FQ_AND:
			s = 1.0;
			for (int k = 0; k < n->nchild; k++)
			{
				s *= node_sel(q, child, mc);
				child += tf_fq_nodes(q)[child].size;
			}
			return s;
		case TF_FQ_OR:
			s = 1.0;
			for (int k = 0; k < n->nchild; k++)
			{
				s *= 1.0 - node_sel(q, child, mc);
				child += tf_fq_nodes(q)[child].size;
			}
			return 1.0 - s;
	}
	return DEFAULT_FACT_SEL;
}

/*
 * Restriction selectivity of factvector @@ factquery (either way round).
 */
PG_FUNCTION_INFO_V1(factquery_sel);
Datum
factquery_sel(PG_FUNCTION_ARGS)
{
	PlannerInfo *root = (PlannerInfo *) PG_GETARG_POINTER(0);
	List	   *args = (List *) PG_GETARG_POINTER(2);
	int			varRelid = PG_GETARG_INT32(3);
	VariableStatData vardata;
	Node	   *other;
	bool		varonleft;
	double		selec = DEFAULT_FACT_SEL;
	Const	   *c;

	if (!get_restriction_variable(root, args, varRelid, &vardata, &other, &varonleft))
		PG_RETURN_FLOAT8(DEFAULT_FACT_SEL);
	if (!IsA(other, Const))
	{
		ReleaseVariableStats(vardata);
		PG_RETURN_FLOAT8(DEFAULT_FACT_SEL);
	}
	c = (Const *) other;
	if (c->constisnull)
	{
		ReleaseVariableStats(vardata);
		PG_RETURN_FLOAT8(0.0);
	}
	if (HeapTupleIsValid(vardata.statsTuple))
	{
		Form_pg_statistic st = (Form_pg_statistic) GETSTRUCT(vardata.statsTuple);
		AttStatsSlot sslot;

		if (get_attstatsslot(&sslot, vardata.statsTuple, STATISTIC_KIND_MCELEM, InvalidOid,
							 ATTSTATSSLOT_VALUES | ATTSTATSSLOT_NUMBERS))
		{
			struct varlena *qv = DatumGetFactQueryP(c->constvalue);
			mcelem		mc;

			if (sslot.nnumbers == sslot.nvalues + 2)
			{
				mc.values = sslot.values;
				mc.nvalues = sslot.nvalues;
				mc.freqs = sslot.numbers;
				mc.minfreq = sslot.numbers[sslot.nvalues];
				if (FQ_HDR(qv)->nnodes > 0)
					selec = node_sel(FQ_HDR(qv), 0, &mc);
			}
			free_attstatsslot(&sslot);
		}
		else
		{
			/* statistics without keys: the sampled vectors were all empty */
			selec = DEFAULT_FACT_SEL;
		}
		selec *= 1.0 - st->stanullfrac;
	}
	ReleaseVariableStats(vardata);
	CLAMP_PROBABILITY(selec);
	PG_RETURN_FLOAT8(selec);
}

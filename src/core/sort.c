/*
 * sort.c — a stable sort that can be cancelled.
 *
 * The facts of a document, a factvector's keys and a headline's sentences
 * can number in the millions; qsort cannot be interrupted, and glibc's
 * allocates a copy of the array behind the caller's allocator.  This is a
 * merge sort of indices (8 bytes per element of scratch from the caller's
 * allocator), then one pass that moves each element to its place, following
 * the permutation's cycles.  Stable, as glibc's merge sort is, so the order
 * of equal elements (and so the engine's output) is what qsort gave.
 */
#include "tf_internal.h"

typedef struct sorter
{
	const tf_allocator *a;
	const char *base;
	size_t		size;
	int			(*cmp) (const void *, const void *);
	int32_t		countdown;
} sorter;

static inline int
cmp_at(sorter *s, uint32_t x, uint32_t y)
{
	TF_CHECK_EVERY(s->a, s->countdown);
	return s->cmp(s->base + (size_t) x * s->size, s->base + (size_t) y * s->size);
}

/* sorts idx[0..n) using tmp[0..n) */
static void
merge_sort(sorter *s, uint32_t *idx, uint32_t *tmp, size_t n)
{
	size_t		half,
				i,
				j,
				k;

	if (n < 2)
		return;
	if (n <= 8)
	{
		/* insertion sort: stable, and the runs of facts are mostly in order */
		for (i = 1; i < n; i++)
		{
			uint32_t	x = idx[i];

			for (j = i; j > 0 && cmp_at(s, idx[j - 1], x) > 0; j--)
				idx[j] = idx[j - 1];
			idx[j] = x;
		}
		return;
	}
	half = n / 2;
	merge_sort(s, idx, tmp, half);
	merge_sort(s, idx + half, tmp, n - half);
	/* already in order: the facts of one stage come in text order */
	if (cmp_at(s, idx[half - 1], idx[half]) <= 0)
		return;
	memcpy(tmp, idx, half * sizeof(uint32_t));
	i = 0;
	j = half;
	k = 0;
	while (i < half && j < n)
	{
		/* ties take the left one: stable */
		if (cmp_at(s, tmp[i], idx[j]) <= 0)
			idx[k++] = tmp[i++];
		else
			idx[k++] = idx[j++];
	}
	while (i < half)
		idx[k++] = tmp[i++];
}

void
tf_sort(const tf_allocator *a, void *base, size_t n, size_t size,
		int (*cmp) (const void *, const void *))
{
	sorter		s;
	uint32_t   *idx;
	char	   *hold;
	char	   *b = base;

	if (n < 2)
		return;
	if (n > UINT32_MAX)
		a->error(a->ctx, TF_MSG_TOO_LARGE);
	s.a = a;
	s.base = base;
	s.size = size;
	s.cmp = cmp;
	s.countdown = TF_INTERRUPT_EVERY;
	idx = tf_alloc_array(a, n, 2 * sizeof(uint32_t));
	for (size_t k = 0; k < n; k++)
		idx[k] = (uint32_t) k;
	merge_sort(&s, idx, idx + n, n);

	/* element idx[k] goes to place k: move each cycle through one spare */
	hold = a->alloc(a->ctx, size);
	for (size_t k = 0; k < n; k++)
	{
		size_t		j = k;

		if (idx[k] == k)
			continue;
		memcpy(hold, b + k * size, size);
		while (idx[j] != k)
		{
			size_t		from = idx[j];

			memcpy(b + j * size, b + from * size, size);
			idx[j] = (uint32_t) j;
			j = from;
			TF_CHECK_EVERY(a, s.countdown);
		}
		memcpy(b + j * size, hold, size);
		idx[j] = (uint32_t) j;
	}
	a->free(a->ctx, hold);
	a->free(a->ctx, idx);
}

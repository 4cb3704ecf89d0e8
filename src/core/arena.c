/*
 * arena.c — bump allocation for one extraction.
 *
 * Everything an extraction makes (facts, their strings, scratch arrays) lives
 * in one arena that is freed at once, so no stage has to track ownership and
 * a backend's per-call memory context is released in one step.
 */
#include "tf_internal.h"

#define TF_ARENA_ALIGN 16
#define TF_ARENA_MIN_CHUNK 8192

static size_t
align_up(size_t n)
{
	return (n + TF_ARENA_ALIGN - 1) & ~(size_t) (TF_ARENA_ALIGN - 1);
}

tf_arena *
tf_arena_create(const tf_allocator *a)
{
	tf_arena   *arena = a->alloc(a->ctx, sizeof(tf_arena));

	arena->a = a;
	arena->head = NULL;
	return arena;
}

void *
tf_arena_alloc(tf_arena *arena, size_t size)
{
	tf_arena_chunk *c = arena->head;
	size_t		hdr = align_up(sizeof(tf_arena_chunk));
	void	   *p;

	if (size > TF_MAX_ALLOC)
		arena->a->error(arena->a->ctx, TF_MSG_TOO_LARGE);
	size = align_up(size ? size : 1);
	if (c == NULL || c->size - c->used < size)
	{
		size_t		csize = size > TF_ARENA_MIN_CHUNK ? size : TF_ARENA_MIN_CHUNK;

		/* grow chunks geometrically so big documents need few of them */
		if (c != NULL && csize < c->size * 2 && c->size * 2 <= ((size_t) 1 << 26))
			csize = c->size * 2;
		c = arena->a->alloc(arena->a->ctx, hdr + csize);
		c->next = arena->head;
		c->size = csize;
		c->used = 0;
		arena->head = c;
	}
	p = (char *) c + hdr + c->used;
	c->used += size;
	return p;
}

size_t
tf_array_size(const tf_allocator *a, size_t n, size_t size)
{
	if (size != 0 && n > TF_MAX_ALLOC / size)
		a->error(a->ctx, TF_MSG_TOO_LARGE);
	return n * size;
}

char *
tf_arena_strndup(tf_arena *arena, const char *s, size_t len)
{
	char	   *p = tf_arena_alloc(arena, len + 1);

	memcpy(p, s, len);
	p[len] = '\0';
	return p;
}

void *
tf_arena_grow(tf_arena *arena, void *array, int *cap, int need, size_t elemsize)
{
	int			newcap;
	void	   *p;

	if (need <= *cap)
		return array;
	newcap = *cap > 0 ? *cap : 16;
	while (newcap < need)
	{
		if (newcap > (1 << 28))
			arena->a->error(arena->a->ctx, "textfacts: too many items in one document");
		newcap *= 2;
	}
	p = tf_arena_alloc_array(arena, (size_t) newcap, elemsize);
	if (array != NULL && *cap > 0)
		memcpy(p, array, (size_t) *cap * elemsize);
	*cap = newcap;
	return p;
}

void
tf_arena_destroy(tf_arena *arena)
{
	const tf_allocator *a;
	tf_arena_chunk *c;

	if (arena == NULL)
		return;
	a = arena->a;
	c = arena->head;
	while (c != NULL)
	{
		tf_arena_chunk *next = c->next;

		a->free(a->ctx, c);
		c = next;
	}
	a->free(a->ctx, arena);
}
